"""`bluehelm run FILE --choices a,b,c [--json]`: a headless playthrough, as the contract says."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from ..engine.session import ChoiceNotOffered, Session
from ..textsafe import shown
from .common import CommandError, load_playable, warn_if_untranslated
from game.debrief import build_debrief

from .terminal_debrief import render_debrief


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("run", help="play a scenario headless with a list of choice ids",
                                 description="Play FILE taking the listed choice ids in order (timers do not fire).")
    parser.add_argument("file", type=Path, metavar="FILE")
    parser.add_argument("--choices", default="", help="comma-separated choice ids, in order")
    parser.add_argument("--json", action="store_true", help="print the result as one JSON object")
    parser.add_argument("--seed", type=int, default=0, help="seed of weighted random branches (default 0)")
    parser.add_argument("--lang", default=None, help="language of texts such as red lines (default: the scenario's)")
    parser.set_defaults(handler=run)


def playthrough_json(session: Session) -> dict[str, object]:
    result = session.result()
    node = session.node
    return {
        "scenario": session.scenario.id,
        "path": session.path,
        "choices": [d.choice for d in session.decisions],
        "ending": node.id if node.ending else None,
        "outcome": result.outcome,
        "scores": {d: s.to_json() for d, s in result.scores.items()},
        "overall": result.overall,
        "passed": result.passed,
        "critical": result.critical,
        "variables": session.variables,
    }


def run(args: argparse.Namespace) -> int:
    loaded, compiled = load_playable(args.file)
    warn_if_untranslated(loaded, args.lang)
    session = Session(compiled, seed=args.seed, language=args.lang, content_hash=loaded.content_hash)
    for choice in [c.strip() for c in args.choices.split(",") if c.strip()]:
        try:
            session.choose(choice)
        except ChoiceNotOffered as exc:
            raise CommandError(shown(str(exc))) from exc
    if args.json:
        print(json.dumps(playthrough_json(session), ensure_ascii=False, indent=2))
    else:
        print(render_debrief(build_debrief(session), session.language))  # terminal-safe (report.py)
    return 0
