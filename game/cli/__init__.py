"""The `bluehelm` command line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from .. import __version__
from ..authoring.diagnostics import did_you_mean
from ..textsafe import shown
from . import analyze, authoring_cmds, autoplay, class_cmd, library_cmds, play, play_text, records_cmds, run, validate
from .common import CommandError

COMMAND_MODULES = (play, play_text, library_cmds, validate, run, autoplay, analyze, authoring_cmds, records_cmds,
                   class_cmd)


class HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Descriptions as written, and every option's default in its help (unless the help already says it)."""

    def _get_help_string(self, action: argparse.Action) -> str:
        text = action.help or ""
        default = action.default
        shown = action.option_strings and not (default is None or default is False or default is argparse.SUPPRESS
                                               or default == "")
        if shown and "default" not in text and "%(default)" not in text:
            text += " (default: %(default)s)"
        return text


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="bluehelm", description="Bluehelm: peacekeeping scenario trainer and tools. "
                                     "With no command (or only options such as --lang fr), opens the trainer window.",
                                     formatter_class=HelpFormatter)
    parser.add_argument("--version", action="version", version=f"bluehelm {__version__}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.add_parser(commands)
    for command in _subparsers(parser):
        command.formatter_class = HelpFormatter
        for action in command._actions:
            if action.help is None and action.option_strings:
                action.help = ""  # argparse writes no line for an option without help: give its default one
                action.help = HelpFormatter._get_help_string(None, action) or None  # type: ignore[arg-type]
    return parser


def _subparsers(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    """Every command's parser, nested ones (records list, i18n extract...) included."""
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in dict.fromkeys(action.choices.values()):
                found += [child, *_subparsers(child)]
    return found


def _command_names(parser: argparse.ArgumentParser) -> list[str]:
    return [name for action in parser._actions if isinstance(action, argparse._SubParsersAction)
            for name in action.choices]


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0].startswith("-") and argv[0] not in ("-h", "--help", "--version")):
        argv = ["play", *argv]  # no command: the trainer window on the shipped library, with any options given
    names = _command_names(parser)
    if argv[0] not in names and not argv[0].startswith("-"):
        print(f"bluehelm: error: no command '{shown(argv[0])}'{did_you_mean(argv[0], names)}; "
              "'bluehelm --help' lists them", file=sys.stderr)
        return 2
    args = parser.parse_args(argv)
    if not hasattr(args, "handler"):
        parser.print_help()
        return 2
    try:
        return args.handler(args)
    except CommandError as exc:
        print(f"bluehelm: error: {shown(exc)}", file=sys.stderr)
        return exc.status
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


def entry_point() -> None:
    sys.exit(main())
