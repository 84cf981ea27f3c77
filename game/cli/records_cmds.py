"""`bluehelm report`, `review`, `xapi export|send` and `records list|info`: the trainee records.

All read the records file (data_dir()/records.sqlite3, or --db PATH); none
creates one. Failures are one line: exit 1 for a bad file, session or LRS
answer, 2 for usage.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from ..records import RecordsError, RecordStore, default_path
from ..records.classdata import build_class_report, write_csv
from ..records.lrs import LrsClient, SendFailed, normalized_endpoint, pending_statements, send_pending
from ..records.report_html import render_report
from ..records.scenario_texts import ScenarioIndex
from ..records.xapi import DEFAULT_HOME_PAGE, store_statements
from .common import CommandError

PASSWORD_ENV = "BLUEHELM_LRS_PASSWORD"


def add_parser(commands: argparse._SubParsersAction) -> None:
    _add_report(commands)
    _add_review(commands)
    _add_xapi(commands)
    _add_records(commands)


def _db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", type=Path, default=None, metavar="PATH",
                        help="records file (default: records.sqlite3 in the Bluehelm data folder)")


def _filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--course", default=None, help="only sessions of this course")
    parser.add_argument("--scenario", default=None, metavar="ID", help="only sessions of this scenario id")


def _open(args: argparse.Namespace) -> RecordStore:
    path = args.db if args.db is not None else default_path()
    if not path.exists():
        raise CommandError(f"no records file at {path} (give one with --db PATH)", status=1)
    try:
        return RecordStore.open(path)
    except RecordsError as exc:
        raise CommandError(str(exc), status=1) from exc


def _write(path: Path, text: str, what: str) -> None:
    try:
        if str(path) == "-":
            sys.stdout.write(text)
            return
        temporary = path.with_name(path.name + f".tmp{os.getpid()}")
        temporary.write_text(text, encoding="utf-8")
        temporary.replace(path)
    except OSError as exc:
        raise CommandError(f"cannot write the {what} to {path}: {exc.strerror or exc}", status=1) from exc


# -- report -------------------------------------------------------------------------------

def _add_report(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("report", help="an instructor's class report as one HTML file (and CSV)",
                                 description="Class table, per-scenario statistics and a decision heat-map, "
                                             "as one self-contained HTML file; --csv writes the class table.")
    _db_option(parser)
    _filters(parser)
    parser.add_argument("--scenarios", type=Path, action="append", default=[], metavar="FOLDER",
                        help="folder of scenario files for node and choice texts (besides the shipped library)")
    parser.add_argument("--lang", default=None, help="language of scenario texts (default: each scenario's)")
    parser.add_argument("-o", "--output", type=Path, default=None, metavar="FILE", help="the HTML report")
    parser.add_argument("--csv", type=Path, default=None, metavar="FILE", help="the class table as CSV")
    parser.set_defaults(handler=run_report)


def run_report(args: argparse.Namespace) -> int:
    if args.output is None and args.csv is None:
        raise CommandError("say where to write the report: -o report.html and/or --csv class.csv")
    for folder in args.scenarios:
        if not folder.is_dir():
            raise CommandError(f"no such scenarios folder: {folder}")
    with _open(args) as store:
        try:
            report = build_class_report(store, ScenarioIndex(args.scenarios), course=args.course,
                                        scenario=args.scenario, language=args.lang)
        except RecordsError as exc:
            raise CommandError(str(exc), status=1) from exc
    if args.output is not None:
        _write(args.output, render_report(report), "report")
    if args.csv is not None:
        try:
            write_csv(report, args.csv)
        except OSError as exc:
            raise CommandError(f"cannot write the CSV to {args.csv}: {exc.strerror or exc}", status=1) from exc
    written = " and ".join(str(p) for p in (args.output, args.csv) if p is not None)
    print(f"{len(report.rows)} sessions in {len(report.scenarios)} scenarios: wrote {written}", file=sys.stderr)
    return 0


# -- review -------------------------------------------------------------------------------

def _add_review(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("review", help="store an instructor's rating and comment on a session",
                                 description="Rate a session from 1 to 5 with a comment; a new review replaces "
                                             "the old. Session ids are shown by `bluehelm records list`.")
    _db_option(parser)
    parser.add_argument("session_id", type=int, metavar="SESSION_ID")
    parser.add_argument("--rating", type=int, required=True, choices=range(1, 6), metavar="1..5")
    parser.add_argument("--comment", default="", help="the instructor's comment")
    parser.add_argument("--reviewer", default="", help="the instructor's name")
    parser.set_defaults(handler=run_review)


def run_review(args: argparse.Namespace) -> int:
    with _open(args) as store:
        try:
            store.review(args.session_id, args.rating, args.comment, args.reviewer)
            record = store.session(args.session_id)
        except RecordsError as exc:
            raise CommandError(str(exc), status=1) from exc
    print(f"session {record.id} ({record.trainee.label}, {record.scenario_id}): rated {args.rating}/5")
    return 0


def _group(commands: argparse._SubParsersAction, name: str, help: str, description: str) -> argparse._SubParsersAction:
    """A command made of actions (`xapi export`, `records list`); alone, it prints its usage."""
    parser = commands.add_parser(name, help=help, description=description)
    parser.set_defaults(handler=lambda args: _usage(parser))
    return parser.add_subparsers(title="actions", metavar="ACTION")


# -- xapi ---------------------------------------------------------------------------------

def _add_xapi(commands: argparse._SubParsersAction) -> None:
    actions = _group(commands, "xapi", "sessions as xAPI 1.0.3 statements: export to a file or send to an LRS", "Sessions as xAPI 1.0.3 statements.")

    export = actions.add_parser("export", help="write every statement to a JSON file",
                                description="Write the statements of every matching session as one JSON array.")
    _db_option(export)
    _filters(export)
    _home_page(export)
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE", help="JSON file ('-': stdout)")
    export.set_defaults(handler=run_export)

    send = actions.add_parser("send", help="send the statements an LRS does not have yet",
                              description="POST the statements not yet accepted by this LRS, in batches. "
                                          "A batch is marked as sent only once the LRS accepts it; whatever is "
                                          "not sent stays queued for the next run (exit 1).")
    _db_option(send)
    _filters(send)
    _home_page(send)
    send.add_argument("--lrs", required=True, metavar="URL", help="the LRS's xAPI endpoint, e.g. https://lrs.example/xAPI")
    send.add_argument("--user", required=True, help="LRS user (basic auth key)")
    send.add_argument("--password", default=None,
                      help=f"LRS password (basic auth secret); default: the {PASSWORD_ENV} environment variable")
    send.add_argument("--batch", type=int, default=50, help="statements per request (default 50)")
    send.add_argument("--timeout", type=float, default=30.0, help="seconds to wait for each answer (default 30)")
    send.add_argument("--retries", type=int, default=3, help="retries of a timed out or failed batch (default 3)")
    send.add_argument("--backoff", type=float, default=1.0,
                      help="seconds before the first retry, doubling each time (default 1)")
    send.set_defaults(handler=run_send)


def _home_page(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--home-page", default=DEFAULT_HOME_PAGE, metavar="URL",
                        help=f"homePage of the trainees' xAPI accounts (default {DEFAULT_HOME_PAGE})")


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


def run_export(args: argparse.Namespace) -> int:
    with _open(args) as store:
        try:
            statements = store_statements(store, course=args.course, scenario=args.scenario,
                                          home_page=args.home_page)
        except RecordsError as exc:
            raise CommandError(str(exc), status=1) from exc
    _write(args.output, json.dumps([s.body for s in statements], ensure_ascii=False, indent=2) + "\n", "statements")
    if str(args.output) != "-":
        print(f"{len(statements)} statements written to {args.output}", file=sys.stderr)
    return 0


def run_send(args: argparse.Namespace) -> int:
    password = args.password if args.password is not None else os.environ.get(PASSWORD_ENV)
    if password is None:
        raise CommandError(f"give the LRS password with --password or the {PASSWORD_ENV} environment variable")
    if args.batch < 1 or args.retries < 0 or args.timeout <= 0 or args.backoff < 0:
        raise CommandError("--batch and --timeout must be positive, --retries and --backoff zero or more")
    try:
        client = LrsClient(args.lrs, args.user, password, timeout=args.timeout, retries=args.retries,
                           backoff=args.backoff)
    except ValueError as exc:
        raise CommandError(str(exc)) from exc
    with _open(args) as store:
        try:
            report = send_pending(store, client, batch=args.batch, home_page=args.home_page,
                                  course=args.course, scenario=args.scenario)
        except SendFailed as exc:
            done = exc.report
            raise CommandError(f"{exc}; {done.sent} statements sent, {done.queued} still queued "
                               "(run xapi send again)", status=1) from exc
        except RecordsError as exc:
            raise CommandError(str(exc), status=1) from exc
    print(f"sent {report.sent} statements in {report.batches} batches to {client.endpoint}"
          f" ({report.already_sent} were already there)")
    return 0


# -- records ------------------------------------------------------------------------------

def _add_records(commands: argparse._SubParsersAction) -> None:
    actions = _group(commands, "records", "list sessions in the records file, or describe it", "Look into the trainee records file.")
    listing = actions.add_parser("list", help="one line per session (id, trainee, scenario, state)")
    _db_option(listing)
    _filters(listing)
    listing.add_argument("--trainee", default=None, metavar="ID", help="only this trainee's sessions")
    listing.add_argument("--unfinished", action="store_true", help="only sessions that can be resumed")
    listing.set_defaults(handler=run_list)
    info = actions.add_parser("info", help="where the records file is, its schema and counts")
    _db_option(info)
    info.add_argument("--lrs", default=None, metavar="URL", help="also count statements not yet sent to this LRS")
    info.set_defaults(handler=run_info)


def run_list(args: argparse.Namespace) -> int:
    with _open(args) as store:
        try:
            if args.unfinished:
                found = [s for s in store.unfinished(args.trainee)
                         if (args.course is None or s.course == args.course)
                         and (args.scenario is None or s.scenario_id == args.scenario)]
            else:
                found = store.sessions(course=args.course, scenario=args.scenario, trainee=args.trainee)
        except RecordsError as exc:
            raise CommandError(str(exc), status=1) from exc
    for s in found:
        state = (f"{s.outcome}, {'passed' if s.passed else 'not passed'}, {s.overall}%" if s.finished
                 else f"unfinished after {s.decisions} decisions")
        review = f", rated {s.review.rating}/5" if s.review else ""
        course = f" [{s.course}]" if s.course else ""
        print(f"{s.id}\t{s.started_at}\t{s.trainee.label}{course}\t{s.scenario_id}\t{state}{review}")
    return 0


def run_info(args: argparse.Namespace) -> int:
    with _open(args) as store:
        try:
            sessions = store.sessions()
            lines = [f"records file: {store.path}", f"schema version: {store.schema_version}",
                     f"sessions: {len(sessions)} ({sum(1 for s in sessions if s.finished)} finished)",
                     f"trainees: {len({s.trainee.id for s in sessions})}"]
            if args.lrs:
                try:
                    pending, sent = pending_statements(store, normalized_endpoint(args.lrs))
                except ValueError as exc:
                    raise CommandError(str(exc)) from exc
                lines.append(f"xAPI statements for {args.lrs}: {sent} sent, {len(pending)} queued")
        except RecordsError as exc:
            raise CommandError(str(exc), status=1) from exc
    print("\n".join(lines))
    return 0
