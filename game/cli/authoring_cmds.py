"""Authoring commands: `new`, `graph`, `schema` and `i18n extract|apply`."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from ..authoring.diagnostics import Severity, render_text
from ..authoring.loader import display_name, load_scenario
from .common import CommandError


def add_parser(commands: argparse._SubParsersAction) -> None:
    new = commands.add_parser("new", help="start a new scenario from a small, valid, commented template",
                              description="Write DIR/SLUG.yaml: a small valid scenario to start from. "
                                          "Never overwrites a file.")
    new.add_argument("slug", metavar="SLUG", help="the scenario's id, e.g. water-point")
    new.add_argument("--dir", type=Path, default=Path("scenarios"), help="folder to write it in (default scenarios/)")
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
    try:
        target = write_scenario(args.slug, args.dir)
    except ScaffoldError as exc:
        raise CommandError(str(exc)) from exc
    except OSError as exc:
        raise CommandError(f"cannot write {args.dir / (args.slug + '.yaml')}: {exc.strerror or exc}") from exc
    print(f"wrote {target}", file=sys.stderr)
    print(f"next: bluehelm validate {target}   (editor completion: bluehelm schema -o {args.dir / SCHEMA_FILE})",
          file=sys.stderr)
    return 0


# -- graph --------------------------------------------------------------------------

def _loaded(path: Path):
    if not path.is_file():
        raise CommandError(f"no such scenario file: {path}")
    result = load_scenario(path)
    errors = [d for d in result.diagnostics if d.severity is Severity.ERROR]
    if errors or result.scenario is None:
        print(render_text(errors), file=sys.stderr)
        raise CommandError(f"{path} has errors; fix them (bluehelm validate {path}) and try again", status=1)
    return result.scenario


def run_graph(args: argparse.Namespace) -> int:
    from ..authoring.graphmap import FORMATS, render_map
    suffix = args.output.suffix.lower()
    if suffix not in FORMATS:
        raise CommandError(f"cannot tell the map format from '{args.output}': name it map.svg, map.html or map.dot")
    scenario = _loaded(args.file)
    _write_text(args.output, render_map(scenario, suffix, language=args.lang))
    print(f"wrote {args.output} ({len(scenario.nodes)} nodes)", file=sys.stderr)
    return 0


# -- schema -------------------------------------------------------------------------

def run_schema(args: argparse.Namespace) -> int:
    from ..authoring.schema import schema_json
    text = schema_json()
    if args.output is None:
        sys.stdout.write(text)
    else:
        _write_text(args.output, text)
        print(f"wrote {args.output}", file=sys.stderr)
    return 0


# -- i18n ------------------------------------------------------------------------------

def _read(path: Path, what: str) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise CommandError(f"cannot read {what} {path}: {exc.strerror or exc}") from exc


def run_extract(args: argparse.Namespace) -> int:
    from ..authoring.i18n import TranslationError, extract
    raw = _read(args.file, "the scenario")
    try:
        po = extract(raw, display_name(args.file), args.lang)
    except TranslationError as exc:
        raise CommandError(str(exc)) from exc
    if args.output is None:
        sys.stdout.write(str(po) + "\n")
    else:
        _write_text(args.output, str(po) + "\n")
        missing = sum(1 for entry in po if not entry.msgstr)
        print(f"wrote {args.output}: {len(po)} texts, {missing} without a '{args.lang}' translation", file=sys.stderr)
    return 0


def run_apply(args: argparse.Namespace) -> int:
    import polib

    from ..authoring.i18n import TranslationError, apply, po_language
    raw = _read(args.file, "the scenario")
    try:
        po = polib.pofile(_read(args.po, "the PO file").decode("utf-8"))
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        raise CommandError(f"{args.po} is not a readable PO file: {exc}") from exc
    try:
        report = apply(raw, display_name(args.file), po, po_language(po, args.lang))
    except TranslationError as exc:
        raise CommandError(str(exc)) from exc
    for note in report.notes:
        print(f"warning: {note}", file=sys.stderr)
    target = args.output or args.file
    if report.raw != raw or args.output is not None:
        _write_bytes(target, report.raw)
    print(f"{target}: {len(report.changed)} translation(s) written, {report.unchanged} already there, "
          f"{report.untranslated} untranslated, {report.fuzzy} fuzzy (not applied)", file=sys.stderr)
    return 0


# -- files ------------------------------------------------------------------------------

def _write_text(path: Path, text: str) -> None:
    _write_bytes(path, text.encode("utf-8"))


def _write_bytes(path: Path, data: bytes) -> None:
    """Write through a temporary file beside the target, so a failure never leaves half a file."""
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        mode = path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~_umask()
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except OSError as exc:
        if temporary is not None and os.path.exists(temporary):
            os.unlink(temporary)
        raise CommandError(f"cannot write {path}: {exc.strerror or exc}") from exc


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
