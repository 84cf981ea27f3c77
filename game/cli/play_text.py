"""`bluehelm play-text FILE`: the terminal player (works over SSH and with a screen reader).

Plain lines only: no cursor movement and no colour, so a screen reader reads everything
in order. It plays through the same runner as the window (game/play): a timed node says
how long the trainee has, says again at half time and ten seconds before the end, and
times out on its own, without a key press; decision times run from the options being
shown to the answer; every decision is in the records store before the next one.
"""

from __future__ import annotations

import argparse
import getpass
import shutil
import sys
import textwrap
from pathlib import Path

from ..catalogs import NP_, P_, messages, texts
from ..debrief import Debrief
from ..engine.session import Outcome
from ..play import PlayRun, ResumeRefused, Who, resume_run, unfinished_for
from ..records import RecordsError, RecordStore
from .common import CommandError, load_playable, warn_if_untranslated
from .lines import LineReader
from ..textsafe import shown
from .terminal_debrief import render_debrief


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
    P_("play-text.left", "{seconds} seconds left."),
    P_("play-text.prompt", "Choose 1-{count} (q to quit): "),
    P_("play-text.again", "Please type a number from 1 to {count}, or q."),
    P_("play-text.timeout", "Time ran out: the situation decided for you."),
    P_("play-text.feedback", "Feedback: {text}"),
    P_("play-text.red-line", "Red line: {text}"),
    P_("play-text.saved", "Your decisions are saved (session {id}): play-text --resume carries on from here."),
    NP_("play-text.resumed", "Resuming session {id} after {count} decision.",
        "Resuming session {id} after {count} decisions."),
    P_("play-text.records-problem", "Warning: {problem}. Play goes on; this session may not be fully recorded."),
)
WARN_AT = 10.0
"""Besides half time, the terminal says how long is left this many seconds before a timer runs out."""


class TerminalPlayer:
    """A PlayRun in the terminal: it prints what the run shows and feeds it what the trainee types."""

    def __init__(self, run: PlayRun, reader: LineReader | None = None, write=print) -> None:
        self.run, self.write = run, write
        self.reader = reader or LineReader()
        self.width = min(88, shutil.get_terminal_size((80, 24)).columns)
        self.say_in = texts(run.language)
        run.listeners.append(self)

    def say(self, text: str = "") -> None:
        """Print wrapped paragraphs; control characters from a scenario are shown escaped, never sent raw."""
        text = shown(text, lines=True)
        for paragraph in text.strip("\n").split("\n") if text else [""]:
            self.write(textwrap.fill(paragraph, self.width) if paragraph.strip() else "")

    def words(self, key: str, **values: object) -> str:
        return self.say_in(WORDS["play-text." + key], **values)

    # -- what the run tells --------------------------------------------------------------------

    def records_problem(self, run: PlayRun, message: str) -> None:
        self.say(self.words("records-problem", problem=message))

    # -- play --------------------------------------------------------------------------------

    def play(self, *, briefing: bool = True) -> Debrief:
        session = self.run.session
        if briefing:
            self.say(session.text(session.scenario.title).upper())
            if session.scenario.briefing:
                self.say()
                self.say(session.text(session.scenario.briefing))
        while not self.run.finished:
            if not self.turn():
                self.say()
                self.say(self.words("ended"))
                if self.run.record_id is not None:
                    self.say(self.words("saved", id=self.run.record_id))
                break
        if self.run.finished:
            self.say()
            self.say(self.run.node.text)
        self.say()
        debrief = self.run.finish()
        self.write(render_debrief(debrief, self.run.language))
        return debrief

    def turn(self) -> bool:
        """One decision; False when the trainee quits or the input ends."""
        node, choices = self.run.node, self.run.choices
        self.say()
        if node.speaker:
            self.say(f"{node.speaker.name} ({node.speaker.role}):" if node.speaker.role else f"{node.speaker.name}:")
        self.say(node.text)
        if not choices:
            self.say(self.words("stuck"))
            return False
        for view in choices:
            self.say(f"  {view.number}. {view.text}")
        timer = self.run.seconds_left()
        if timer is not None:
            self.say(self.words("seconds", seconds=self.say_in.number(timer[1], 0)))
        self.run.show()
        try:
            outcome = self._answer(len(choices))
        except EOFError:
            return False
        if outcome is None:
            return False
        self.feedback(outcome)
        return True

    def _answer(self, count: int) -> Outcome | None:
        """The outcome of what the trainee typed, or of the timer; None when they quit."""
        warnings = self._warnings()
        prompt = self.words("prompt", count=count)
        while True:
            left = self.run.seconds_left()
            wait = None if left is None or not self.reader.can_wait else max(0.0, left[0] - (warnings[0] if warnings else 0))
            answer = self.reader.read(prompt, wait)
            outcome = self.run.tick()
            if outcome is not None:  # time ran out, whether or not something was typed meanwhile
                self.write("")
                self.say(self.words("timeout"))
                return outcome
            if answer is None:
                if warnings:
                    self.write("")
                    self.say(self.words("left", seconds=self.say_in.number(warnings.pop(0), 0)))
                prompt = self.words("prompt", count=count)
                continue
            answer = answer.strip().lower()
            if answer in ("q", "quit"):
                return None
            if answer.isdigit() and 1 <= int(answer) <= count:
                return self.run.choose(self.run.choices[int(answer) - 1].id)
            self.say(self.words("again", count=count))

    def _warnings(self) -> list[float]:
        """The seconds-left marks to announce on this node: half time, then WARN_AT (when they fit)."""
        left = self.run.seconds_left()
        if left is None:
            return []
        marks = sorted({round(left[1] / 2)} | ({WARN_AT} if left[1] > 2 * WARN_AT else set()), reverse=True)
        return [m for m in marks if 0 < m < left[0]]

    def feedback(self, outcome: Outcome) -> None:
        if self.run.mode != "training":
            return
        if outcome.feedback:
            self.say(self.words("feedback", text=outcome.feedback))
        if outcome.critical:
            self.say(self.words("red-line", text=outcome.critical))


def run(args: argparse.Namespace) -> int:
    loaded, compiled = load_playable(args.file)
    warn_if_untranslated(loaded, args.lang)
    who = Who(args.trainee or getpass.getuser(), args.course, args.mode, "off" if args.no_timers else "x1")
    store = _records(args)
    if args.resume:
        play, notice = _resumed(store, who, compiled, loaded.content_hash)
        print(shown(notice, lines=True))
    else:
        play = PlayRun.start(compiled, who, content_hash=loaded.content_hash, seed=args.seed, language=args.lang,
                             store=store)
    try:
        TerminalPlayer(play).play(briefing=not args.resume)
    except KeyboardInterrupt:
        print("\nSession ended.", file=sys.stderr)
        return 130
    finally:
        if store is not None:
            store.close()
    return 0


def _records(args: argparse.Namespace) -> RecordStore | None:
    """The records store, or None (with a warning) when it cannot be opened: that costs the record, never play."""
    if args.no_record:
        if args.resume:
            raise CommandError("--resume needs the records: drop --no-record")
        return None
    try:
        return RecordStore.open(args.db)
    except RecordsError as exc:
        if args.resume:
            raise CommandError(str(exc), status=1) from exc
        print(f"bluehelm: warning: {shown(exc)}; this session is not recorded", file=sys.stderr)
        return None


def _resumed(store: RecordStore, who: Who, compiled, content_hash: str) -> tuple[PlayRun, str]:
    try:
        record = unfinished_for(store, who.trainee, compiled.model.id, who.mode)
    except RecordsError as exc:
        raise CommandError(str(exc), status=1) from exc
    if record is None:
        raise CommandError(f"no unfinished {who.mode} session of '{compiled.model.id}' for trainee '{who.trainee}'",
                           status=1)
    try:
        play, report = resume_run(compiled, store, record, content_hash=content_hash)
    except ResumeRefused as exc:
        raise CommandError(str(exc), status=1) from exc
    notice = texts(play.language)(WORDS["play-text.resumed"], id=record.id, count=len(play.session.decisions))
    if not report.exact:
        notice += "\n" + report.message
    return play, notice
