"""`bluehelm play-text FILE`: the terminal player (works over SSH and with a screen reader).

Plain lines only: no cursor movement, no colour, no live countdown, so a screen
reader reads everything in order. Timed nodes say how long the trainee has; the
time taken is measured between the prompt and the answer.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

from ..engine.session import Outcome, Session
from .common import load_playable
from scoring.debrief import build_debrief

from .report import render_debrief


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("play-text", help="play a scenario in the terminal",
                                 description="Play FILE in the terminal: type a choice's number and press Enter.")
    parser.add_argument("file", type=Path, metavar="FILE")
    parser.add_argument("--lang", default=None, help="language to play in, e.g. fr (default: the scenario's)")
    parser.add_argument("--seed", type=int, default=None, help="seed of weighted random branches (default: random)")
    parser.add_argument("--mode", choices=("training", "assessment"), default="training",
                        help="training shows feedback after each decision; assessment only at the end")
    parser.add_argument("--no-timers", action="store_true", help="timed decisions wait for you (training)")
    parser.set_defaults(handler=run)


class TerminalPlayer:
    def __init__(self, session: Session, *, mode: str, timers: bool,
                 read: Callable[[str], str] = input, write: Callable[[str], None] = print,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.session, self.mode, self.timers = session, mode, timers
        self.read, self.write, self.clock = read, write, clock
        self.width = min(88, shutil.get_terminal_size((80, 24)).columns)

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
                self.say("\nSession ended before the scenario's end.")
                break
        if self.session.finished:
            self.say()
            self.say(self.session.node.text)
        self.say()
        self.write(render_debrief(build_debrief(self.session, mode=self.mode), self.session.language))

    def turn(self) -> bool:
        """One decision; False when the trainee quits."""
        node, choices = self.session.node, self.session.choices
        self.say()
        if node.speaker:
            self.say(f"{node.speaker.name} ({node.speaker.role}):" if node.speaker.role else f"{node.speaker.name}:")
        self.say(node.text)
        if not choices:
            self.say("No choice is on offer here: the scenario cannot go on.")
            return False
        for view in choices:
            self.say(f"  {view.number}. {view.text}")
        timed = self.timers and node.timer_seconds is not None
        if timed:
            self.say(f"You have {node.timer_seconds:g} seconds to decide.")
        started = self.clock()
        while True:
            try:
                answer = self.read(f"Choose 1-{len(choices)} (q to quit): ").strip().lower()
            except EOFError:
                return False
            if answer in ("q", "quit"):
                return False
            if answer.isdigit() and 1 <= int(answer) <= len(choices):
                break
            self.say(f"Please type a number from 1 to {len(choices)}, or q.")
        outcome = self.session.advance_time(self.clock() - started) if timed else None
        if outcome is not None:
            self.say("Time ran out: the situation decided for you.")
        else:
            outcome = self.session.choose(choices[int(answer) - 1].id)
        self.feedback(outcome)
        return True

    def feedback(self, outcome: Outcome) -> None:
        if self.mode != "training":
            return
        if outcome.feedback:
            self.say(f"Feedback: {outcome.feedback}")
        if outcome.critical:
            self.say(f"Red line: {outcome.critical}")


def run(args: argparse.Namespace) -> int:
    loaded, compiled = load_playable(args.file)
    seed = args.seed if args.seed is not None else int(time.time())
    session = Session(compiled, seed=seed, language=args.lang, content_hash=loaded.content_hash)
    try:
        TerminalPlayer(session, mode=args.mode, timers=not args.no_timers).play()
    except KeyboardInterrupt:
        print("\nSession ended.", file=sys.stderr)
        return 130
    return 0
