"""Authoring commands: `new`, `graph`, `schema` and `i18n extract|apply`."""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from ..authoring.diagnostics import Severity, render_text
from ..authoring.loader import display_name, load_scenario
from ..authoring.schema import SCHEMA_ID
from ..files import OutputError, write_output
from ..textsafe import shown
from .common import CommandError
from ..paths import shipped_scenarios


def add_parser(commands: argparse._SubParsersAction) -> None:
    new = commands.add_parser("new", help="start a new scenario from a small, valid, commented template",
                              description="Write DIR/SLUG.yaml: a small valid scenario to start from. "
                                          "Never overwrites a file.")
    new.add_argument("slug", metavar="SLUG", help="the scenario's id, e.g. water-point")
    new.add_argument("--dir", type=Path, default=None,
                     help="folder to write it in (default: scenarios/ in the current folder, unless that is "
                          "Bluehelm's own shipped library)")
    new.set_defaults(handler=run_new)

    graph = commands.add_parser("graph", help="draw a scenario as a map (SVG, interactive HTML or Graphviz DOT)",
                                description="Draw FILE as a map laid out top to bottom. The format follows the "
                                            "output's suffix: .svg, .html (one file: pan, zoom, click a node) or .dot.")
    graph.add_argument("file", type=Path, metavar="FILE")
    graph.add_argument("-o", "--output", type=Path, required=True, metavar="MAP",
                       help="map.svg, map.html or map.dot")
    graph.add_argument("--lang", default=None, help="language of the labels (default: the scenario's)")
    graph.set_defaults(handler=run_graph)

    schema = commands.add_parser("schema", help="write the JSON Schema of scenario files, for editors",
                                 description="Write the JSON Schema of the scenario format (for the YAML "
                                             "language server: completion and checks while typing).")
    schema.add_argument("-o", "--output", type=Path, default=None, help="file to write (default: print it)")
    schema.set_defaults(handler=run_schema)

    i18n = commands.add_parser("i18n", help="translate a scenario through gettext PO files",
                               description="Extract a scenario's texts to a PO file for translators, "
                                           "and apply a translated PO file back to the scenario.")
    steps = i18n.add_subparsers(title="steps", metavar="STEP")
    extract = steps.add_parser("extract", help="write every text of FILE to a PO file",
                               description="Write every translatable text of FILE to a PO file: msgid the text, "
                                           "msgstr its existing translation (empty when missing).")
    extract.add_argument("file", type=Path, metavar="FILE")
    extract.add_argument("--lang", required=True, help="the language to translate into, e.g. fr")
    extract.add_argument("-o", "--output", type=Path, default=None, help="PO file to write (default: print it)")
    extract.set_defaults(handler=run_extract)
    apply = steps.add_parser("apply", help="write a PO file's translations into FILE",
                             description="Write the translations of PO into FILE, keeping its comments and "
                                         "layout; untouched texts keep their exact bytes.")
    apply.add_argument("file", type=Path, metavar="FILE")
    apply.add_argument("po", type=Path, metavar="PO")
    apply.add_argument("--lang", default=None, help="the PO file's language (default: its Language header)")
    apply.add_argument("-o", "--output", type=Path, default=None, help="write here instead of changing FILE")
    apply.set_defaults(handler=run_apply)
    i18n.set_defaults(handler=lambda args: _usage(i18n))


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


# -- new --------------------------------------------------------------------------

def run_new(args: argparse.Namespace) -> int:
    from ..authoring.scaffold import SCHEMA_FILE, ScaffoldError, write_scenario
    if args.dir is None:
        args.dir = Path("scenarios")
        if args.dir.resolve() == shipped_scenarios().resolve():
            raise CommandError("scenarios/ here is Bluehelm's shipped library: give --dir for your own folder "
                               "(or --dir scenarios to add to the library on purpose)")
    try:
        target = write_scenario(args.slug, args.dir)
    except ScaffoldError as exc:
        raise CommandError(shown(str(exc))) from exc
    except OSError as exc:
        raise CommandError(shown(f"cannot write {args.dir / (args.slug + '.yaml')}: {exc.strerror or exc}")) from exc
    print(f"wrote {shown(target)}", file=sys.stderr)
    print(shown(f"next: bluehelm validate {target}   (editor completion: bluehelm schema -o {args.dir / SCHEMA_FILE})"),
          file=sys.stderr)
    return 0


# -- graph --------------------------------------------------------------------------

def _loaded(path: Path):
    """The scenario to draw; for a file with errors, a draft of what could be read (the errors are listed)."""
    if not path.is_file():
        raise CommandError(shown(f"no such scenario file: {path}"))
    result = load_scenario(path)
    errors = [d for d in result.diagnostics if d.severity is Severity.ERROR]
    if not errors and result.scenario is not None:
        return result.scenario
    print(render_text(errors), file=sys.stderr)
    draft = _draft(path)
    if draft is None:
        raise CommandError(shown(f"{path} has errors and no node could be read; fix them "
                                 f"(bluehelm validate {path}) and try again"), status=1)
    print(shown(f"bluehelm: warning: {path} has {len(errors)} error(s); the map is a draft of what could be read"),
          file=sys.stderr)
    return draft


def _draft(path: Path):
    from ..authoring.draft import draft_scenario
    from ..authoring.yamlsource import read_yaml
    try:
        document, _ = read_yaml(path.read_bytes(), display_name(path))
    except OSError:
        return None
    return draft_scenario(document.data) if document is not None else None


def run_graph(args: argparse.Namespace) -> int:
    from ..authoring.graphmap import FORMATS, render_map
    suffix = args.output.suffix.lower()
    if suffix not in FORMATS:
        raise CommandError(f"cannot tell the map format from '{args.output}': name it map.svg, map.html or map.dot")
    scenario = _loaded(args.file)
    _write(args.output, render_map(scenario, suffix, language=args.lang), inputs=[args.file])
    print(f"wrote {shown(args.output)} ({len(scenario.nodes)} nodes)", file=sys.stderr)
    return 0


# -- schema -------------------------------------------------------------------------

def run_schema(args: argparse.Namespace) -> int:
    from ..authoring.schema import schema_json
    text = schema_json()
    if args.output is None:
        sys.stdout.write(text)
    else:
        _write(args.output, text, replaces=SCHEMA_FILE)
        print(f"wrote {shown(args.output)}", file=sys.stderr)
    return 0


# -- i18n ------------------------------------------------------------------------------

def _read(path: Path, what: str) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise CommandError(shown(f"cannot read {what} {path}: {exc.strerror or exc}")) from exc


def run_extract(args: argparse.Namespace) -> int:
    from ..authoring.i18n import TranslationError, extract
    raw = _read(args.file, "the scenario")
    try:
        po = extract(raw, display_name(args.file), args.lang)
    except TranslationError as exc:
        raise CommandError(shown(str(exc))) from exc
    if args.output is None:
        sys.stdout.write(str(po) + "\n")
    else:
        _write(args.output, str(po) + "\n", inputs=[args.file], replaces=PO_FILE)
        missing = sum(1 for entry in po if not entry.msgstr)
        print(f"wrote {shown(args.output)}: {len(po)} texts, {missing} without a '{shown(args.lang)}' translation",
              file=sys.stderr)
    return 0


def run_apply(args: argparse.Namespace) -> int:
    from ..authoring.i18n import TranslationError, apply, po_language, read_po
    raw = _read(args.file, "the scenario")
    try:
        po = read_po(_read(args.po, "the PO file"), display_name(args.po))
        report = apply(raw, display_name(args.file), po, po_language(po, args.lang))
    except TranslationError as exc:
        raise CommandError(shown(str(exc))) from exc
    for note in report.notes:
        print(f"warning: {shown(note)}", file=sys.stderr)
    if args.output is not None:
        _write(args.output, report.raw, inputs=[args.file, args.po])
    elif report.raw != raw:
        _write(args.file, report.raw, inputs=[args.po])  # FILE is changed in place: that is what apply does
    target = args.output or args.file
    print(f"{shown(target)}: {len(report.changed)} translation(s) written, {report.unchanged} already there, "
          f"{report.untranslated} untranslated, {report.fuzzy} fuzzy (not applied)", file=sys.stderr)
    return 0


# -- files ------------------------------------------------------------------------------

def _write(path: Path, data: str | bytes, *, inputs: Iterable[Path] = (), replaces: Replaceable | None = None) -> None:
    """Every -o of these commands: game.files.write_output (atomic; never over an input; into a device
    or FIFO as a stream; through a symlink), its refusal one line. With `replaces`, an existing file is
    overwritten only when it is of that kind (a schema over a schema, a PO file over a PO file)."""
    if replaces is not None and not _among(path, inputs):  # an input gets write_output's own, plainer refusal
        head = _existing_head(path)
        if head is not None and head.strip() and not replaces.test(head):
            raise CommandError(shown(f"{path} exists and is not {replaces.kind}: choose another name, "
                                     "or remove the file first"))
    try:
        write_output(path, data, inputs=inputs)
    except OutputError as exc:
        raise CommandError(shown(str(exc))) from exc


@dataclass(frozen=True)
class Replaceable:
    kind: str
    test: Callable[[bytes], bool]


SCHEMA_FILE = Replaceable("a Bluehelm schema", lambda head: SCHEMA_ID.encode() in head)
PO_FILE = Replaceable("a PO file", lambda head: re.search(rb"^msg(id|ctxt) ", head, re.M) is not None)


def _among(path: Path, inputs: Iterable[Path]) -> bool:
    try:
        return any(path.exists() and source.exists() and os.path.samefile(path, source) for source in inputs)
    except OSError:
        return False


def _existing_head(path: Path, size: int = 65536) -> bytes | None:
    """The start of the regular file at `path` (through links), or None when there is none to protect."""
    try:
        if not path.is_file():
            return None
        with path.open("rb") as stream:
            return stream.read(size)
    except OSError:
        return None  # write_output then says what is wrong, in one line
