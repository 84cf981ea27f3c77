"""`bluehelm list`: the scenario library, with the ids that every command accepts in place of a file."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from ..authoring.library import NoScenarios, scenario_files
from ..authoring.lint import scenario_languages
from ..authoring.loader import load_scenario
from ..authoring.model import localized
from ..paths import shipped_scenarios
from .common import CommandError


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("list", help="the scenario library, with ids",
                                 description="List the scenarios of a folder (default: the shipped library) with "
                                             "their ids, which play, play-text, run and the other commands accept "
                                             "in place of a file name.")
    parser.add_argument("folder", nargs="?", type=Path, default=None, metavar="FOLDER",
                        help="a folder of scenarios (default: the shipped library)")
    parser.add_argument("--lang", default="en", help="language of the titles")
    parser.add_argument("--json", action="store_true", help="print the list as JSON")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    try:
        files = scenario_files([args.folder or shipped_scenarios()])
    except NoScenarios as exc:
        raise CommandError(str(exc)) from exc
    rows = []
    for path in files:
        scenario = load_scenario(path, use_cache=True).scenario
        if scenario is None:
            rows.append({"id": None, "file": str(path), "title": "(has errors: bluehelm validate)"})
            continue
        rows.append({"id": scenario.id, "file": str(path),
                     "title": localized(scenario.title, args.lang, scenario.language),
                     "minutes": scenario.minutes, "difficulty": scenario.difficulty,
                     "languages": scenario_languages(scenario)})
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    width = max((len(r["id"] or "") for r in rows), default=2)
    for row in rows:
        if row["id"] is None:
            print(f"{'?':<{width}}  {row['file']}  {row['title']}")
            continue
        facts = ", ".join(f for f in (f"{row['minutes']:g} min" if row["minutes"] else "",
                                      f"difficulty {row['difficulty']}" if row["difficulty"] else "",
                                      "/".join(row["languages"])) if f)
        print(f"{row['id']:<{width}}  {row['title']}  ({facts})")
    return 0
