"""The `bluehelm` command line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from .. import __version__
from . import analyze, authoring_cmds, autoplay, play, play_text, records_cmds, run, validate
from .common import CommandError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="bluehelm", description="Bluehelm: peacekeeping scenario trainer and tools.")
    parser.add_argument("--version", action="version", version=f"bluehelm {__version__}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    for module in (validate, run, play, play_text, autoplay, records_cmds, analyze, authoring_cmds):
        module.add_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(argv or ["play"])  # no arguments: the trainer window on the shipped library
    if not hasattr(args, "handler"):
        parser.print_help()
        return 2
    try:
        return args.handler(args)
    except CommandError as exc:
        print(f"bluehelm: error: {exc}", file=sys.stderr)
        return exc.status
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


def entry_point() -> None:
    sys.exit(main())
