"""`bluehelm play [FILE|FOLDER]`: the trainee's window (with no path: the shipped library)."""

from __future__ import annotations

import argparse
import os
import re
from pathlib import Path

from ..paths import shipped_scenarios
from .common import CommandError

TIMER_CHOICES = ("x1", "x1.5", "x2", "off")


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("play", help="open the trainer window on a scenario or a library",
                                 description="Open the trainer window. FILE starts that scenario; FOLDER (or nothing: "
                                             "the shipped library) opens the scenario menu.")
    parser.add_argument("path", type=Path, nargs="?", metavar="FILE|FOLDER")
    parser.add_argument("--lang", default=None, help="language to play in, e.g. fr (default: your setting)")
    parser.add_argument("--mode", choices=("training", "assessment"), default="training",
                        help="training gives feedback after each decision; assessment only in the debrief")
    parser.add_argument("--trainee", default=None, metavar="ID", help="trainee name or service number (skips sign-in)")
    parser.add_argument("--course", default=None, metavar="CODE", help="course code recorded with the results")
    parser.add_argument("--timer", choices=TIMER_CHOICES, default=None,
                        help="time allowed on timed decisions; in assessment mode it cannot be changed (default x1)")
    parser.add_argument("--fullscreen", action="store_true", help="open full screen (F11 toggles)")
    parser.add_argument("--windowed-size", default="1280x800", metavar="WxH", help="window size (default 1280x800)")
    parser.add_argument("--seed", type=int, default=None, help="seed of weighted random branches (default: random)")
    parser.add_argument("--watch", action="store_true",
                        help="authoring: re-check FILE on every save; a valid edit reloads at the same point")
    parser.add_argument("--no-record", action="store_true",
                        help="keep this run out of the records (for authors testing a scenario)")
    parser.add_argument("--db", type=Path, default=None, metavar="PATH",
                        help="records file (default: records.sqlite3 in your data folder)")
    parser.set_defaults(handler=run)


def window_size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"\s*(\d{3,5})\s*[xX×]\s*(\d{3,5})\s*", text)
    if not match:
        raise CommandError(f"--windowed-size must look like 1280x800, not {text!r}")
    return int(match.group(1)), int(match.group(2))


def run(args: argparse.Namespace) -> int:
    path = args.path or shipped_scenarios()
    if not path.exists():
        raise CommandError(f"no such scenario file or folder: {path}")
    if args.watch and not path.is_file():
        raise CommandError("--watch needs a scenario FILE, not a folder")
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    from ..ui.app import Options, WindowError, open_app  # pygame only loads for the window, never for the other commands

    options = Options(paths=[path], language=args.lang, mode=args.mode, trainee=args.trainee, course=args.course,
                      timer=args.timer, fullscreen=args.fullscreen, size=window_size(args.windowed_size),
                      seed=args.seed, single_file=path.is_file(), db=args.db, watch=args.watch, record=not args.no_record)
    try:
        app = open_app(options)
    except WindowError as exc:
        raise CommandError(f"cannot open the trainer window ({exc}); without a screen, "
                           "play in the terminal: bluehelm play-text FILE", status=1) from exc
    return app.run()
