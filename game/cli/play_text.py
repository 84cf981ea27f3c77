"""`bluehelm play-text FILE`: the terminal player (works over SSH and with a screen reader).

Plain lines only: no cursor movement, no colour, no live countdown, so a screen
reader reads everything in order. Timed nodes say how long the trainee has; the
time taken is measured between the prompt and the answer.
"""

from __future__ import annotations

import argparse
import getpass
import shutil
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

from ..engine.session import Outcome, Session
from ..records import RecordedSession, RecordsError, RecordStore
from .common import CommandError, load_playable, warn_if_untranslated
from game.debrief import build_debrief

from .report import render_debrief
from ..catalogs import NP_, P_, messages, texts


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("play-text", help="play a scenario in the terminal",
                                 description="Play FILE in the terminal: type a choice's number and press Enter.")
    parser.add_argument("file", type=Path, metavar="FILE")
    parser.add_argument("--lang", default=None, help="language to play in, e.g. fr (default: the scenario's)")
    parser.add_argument("--seed", type=int, default=None, help="seed of weighted random branches (default: random)")
    parser.add_argument("--mode", choices=("training", "assessment"), default="training",
                        help="training shows feedback after each decision; assessment only at the end")
    parser.add_argument("--no-timers", action="store_true", help="timed decisions wait for you (training)")
    parser.add_argument("--trainee", default=None, metavar="ID", help="trainee name or service number (default: your login)")
    parser.add_argument("--course", default="", metavar="CODE", help="course code recorded with the results")
    parser.add_argument("--db", type=Path, default=None, metavar="PATH", help="records file (default: your data folder)")
    parser.add_argument("--no-record", action="store_true", help="do not keep this session in the records")
    parser.add_argument("--resume", action="store_true", help="carry on your latest unfinished session of FILE")
    parser.set_defaults(handler=run)


WORDS = messages(
    P_("play-text.ended", "Session ended before the scenario's end."),
    P_("play-text.stuck", "No choice is on offer here: the scenario cannot go on."),
    P_("play-text.seconds", "You have {seconds} seconds to decide."),
    P_("play-text.prompt", "Choose 1-{count} (q to quit): "),
    P_("play-text.again", "Please type a number from 1 to {count}, or q."),
    P_("play-text.timeout", "Time ran out: the situation decided for you."),
    P_("play-text.feedback", "Feedback: {text}"),
    P_("play-text.red-line", "Red line: {text}"),
    P_("play-text.saved", "Your decisions are saved (session {id}): play-text --resume carries on from here."),
    NP_("play-text.resumed", "Resuming session {id} after {count} decision.",
        "Resuming session {id} after {count} decisions."),
)


def _words(language: str) -> dict[str, str]:
    """The labels in `language`, by their short key."""
    say = texts(language)
    return {key.removeprefix("play-text."): say(message) for key, message in WORDS.items()}


class TerminalPlayer:
    def __init__(self, session: Session, *, mode: str, timers: bool, recorder: RecordedSession | None = None,
                 read: Callable[[str], str] = input, write: Callable[[str], None] = print,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.session, self.mode, self.timers, self.recorder = session, mode, timers, recorder
        self.actor = recorder if recorder is not None else session  # a recorder commits every decision first
        self.read, self.write, self.clock = read, write, clock
        self.width = min(88, shutil.get_terminal_size((80, 24)).columns)
        self.words = _words(session.language)

    def say(self, text: str = "") -> None:
        for paragraph in text.strip("\n").split("\n") if text else [""]:
            self.write(textwrap.fill(paragraph, self.width) if paragraph.strip() else "")

    def play(self) -> None:
        scenario = self.session.scenario
        self.say(self.session.text(scenario.title).upper())
        if scenario.briefing:
            self.say()
            self.say(self.session.text(scenario.briefing))
        while not self.session.finished:
            if not self.turn():
                self.say()
                self.say(self.words["ended"])
                if self.recorder is not None:
                    self.say(self.words["saved"].format(id=self.recorder.session_id))
                break
        if self.session.finished:
            self.say()
            self.say(self.session.node.text)
        self.say()
        finished = self.session.finished and self.recorder is not None
        debrief = self.recorder.finish() if finished else build_debrief(self.session, mode=self.mode)
        self.write(render_debrief(debrief, self.session.language))

    def turn(self) -> bool:
        """One decision; False when the trainee quits."""
        node, choices = self.session.node, self.session.choices
        self.say()
        if node.speaker:
            self.say(f"{node.speaker.name} ({node.speaker.role}):" if node.speaker.role else f"{node.speaker.name}:")
        self.say(node.text)
        if not choices:
            self.say(self.words["stuck"])
            return False
        for view in choices:
            self.say(f"  {view.number}. {view.text}")
        timed = self.timers and node.timer_seconds is not None
        if timed:
            self.say(self.words["seconds"].format(seconds=f"{node.timer_seconds:g}"))
        started = self.clock()
        while True:
            try:
                answer = self.read(self.words["prompt"].format(count=len(choices))).strip().lower()
            except EOFError:
                return False
            if answer in ("q", "quit"):
                return False
            if answer.isdigit() and 1 <= int(answer) <= len(choices):
                break
            self.say(self.words["again"].format(count=len(choices)))
        outcome = self.actor.advance_time(self.clock() - started) if timed else None
        if outcome is not None:
            self.say(self.words["timeout"])
        else:
            outcome = self.actor.choose(choices[int(answer) - 1].id)
        self.feedback(outcome)
        return True

    def feedback(self, outcome: Outcome) -> None:
        if self.mode != "training":
            return
        if outcome.feedback:
            self.say(self.words["feedback"].format(text=outcome.feedback))
        if outcome.critical:
            self.say(self.words["red-line"].format(text=outcome.critical))


def run(args: argparse.Namespace) -> int:
    loaded, compiled = load_playable(args.file)
    warn_if_untranslated(loaded, args.lang)
    seed = args.seed if args.seed is not None else int(time.time())
    session = Session(compiled, seed=seed, language=args.lang, content_hash=loaded.content_hash)
    session, recorder, notice = _recorded(args, session, compiled, loaded.content_hash)
    if notice:
        print(notice)
    try:
        TerminalPlayer(session, mode=args.mode, timers=not args.no_timers, recorder=recorder).play()
    except KeyboardInterrupt:
        print("\nSession ended.", file=sys.stderr)
        return 130
    return 0


def _recorded(args: argparse.Namespace, session: Session, compiled, content_hash: str):
    """The session with its recorder (every decision committed to the records store), resumed if asked.

    A records file that cannot be opened costs the record, never the session.
    """
    if args.no_record:
        if args.resume:
            raise CommandError("--resume needs the records: drop --no-record")
        return session, None, ""
    trainee = args.trainee or getpass.getuser()
    try:
        store = RecordStore.open(args.db)
        if args.resume:
            return _resume(store, trainee, session, compiled, content_hash)
        recorder = RecordedSession.start(store, session, trainee=trainee, course=args.course, mode=args.mode,
                                         timer_setting="off" if args.no_timers else "x1")
        return session, recorder, ""
    except RecordsError as exc:
        if args.resume:
            raise CommandError(str(exc), status=1) from exc
        print(f"bluehelm: warning: {exc}; this session is not recorded", file=sys.stderr)
        return session, None, ""


def _resume(store: RecordStore, trainee: str, session: Session, compiled, content_hash: str):
    mine = [r for r in store.unfinished(trainee) if r.scenario_id == session.scenario.id]
    if not mine:
        raise CommandError(f"no unfinished session of '{session.scenario.id}' for trainee '{trainee}'", status=1)
    recorder, report = RecordedSession.resume(store, mine[0].id, compiled, content_hash)
    words = _words(recorder.session.language)
    notice = texts(recorder.session.language)(WORDS["play-text.resumed"], id=mine[0].id,
                                              count=len(recorder.session.decisions))
    if not report.exact:
        notice += "\n" + report.message
    return recorder.session, recorder, notice
