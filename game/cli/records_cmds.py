"""`bluehelm report`, `review`, `xapi export|send` and `records list|info|export|forget|prune`.

All use the records file (data_dir()/records.sqlite3, or --db PATH); none creates one.
Commands that only read open it read-only, so a backup on read-only media works.
Every output named with -o goes through `game.files.write_output`. Failures are one
line: exit 1 for a bad file, session, trainee or LRS answer, 2 for usage.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from ..files import OutputError, write_output
from ..records import RecordsError, RecordStore, default_path
from ..records.bundle import bundle_ids, iter_bundles
from ..records.classdata import build_class_report
from ..records.csvout import csv_text
from ..records.lrs import (LrsClient, LrsError, SendFailed, insecure_password_host, normalized_endpoint,
                           pending_count, send_pending)
from ..records.lrs_read import fetch_statements, sessions_from_statements
from ..records.privacy import cutoff_time, forget, prune, trainee_export
from ..records.report_html import report_chunks
from ..records.scenario_texts import ScenarioIndex, texts_finder
from ..records.sendlog import queued_voids
from ..records.xapi import DEFAULT_HOME_PAGE, DefinitionCache, iter_statements
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


def _open(args: argparse.Namespace, *, readonly: bool = False) -> RecordStore:
    path = args.db if args.db is not None else default_path()
    if not path.exists():
        raise CommandError(f"no records file at {path} (give one with --db PATH)", status=1)
    try:
        return RecordStore.open(path, readonly=readonly)
    except RecordsError as exc:
        raise CommandError(str(exc), status=1) from exc


def _write(path: Path, data, inputs: list[Path]) -> None:
    """An output the user named: '-' is stdout; anything else through write_output."""
    if str(path) == "-":
        for chunk in [data] if isinstance(data, str) else data:
            sys.stdout.write(chunk)
        sys.stdout.flush()
        return
    try:
        write_output(path, data, inputs=inputs)
    except OutputError as exc:
        raise CommandError(str(exc), status=1) from exc


def _sidecars(path: Path) -> list[Path]:
    """A records file and the files SQLite keeps beside it: never a command's output."""
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"),
            path.with_name("records.key")]


def _password(args: argparse.Namespace) -> str:
    password = args.password if args.password is not None else os.environ.get(PASSWORD_ENV)
    if password is None:
        raise CommandError(f"give the LRS password with --password or the {PASSWORD_ENV} environment variable")
    return password


def _lrs_options(parser: argparse.ArgumentParser, *, required: bool) -> None:
    parser.add_argument("--lrs", required=required, default=None, metavar="URL",
                        help="the LRS's xAPI endpoint, e.g. https://lrs.example/xAPI")
    parser.add_argument("--user", required=False, default=None, help="LRS user (basic auth key)")
    parser.add_argument("--password", default=None,
                        help=f"LRS password (basic auth secret); default: the {PASSWORD_ENV} environment variable")
    parser.add_argument("--insecure-http", action="store_true",
                        help="allow the password over plain http:// to a host other than this machine")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds to wait for each answer (default 30)")
    parser.add_argument("--retries", type=int, default=3, help="retries of a timed out or failed request (default 3)")
    parser.add_argument("--backoff", type=float, default=1.0,
                        help="seconds before the first retry, doubling each time (default 1)")


def _client(args: argparse.Namespace) -> LrsClient:
    if not args.user:
        raise CommandError("give the LRS user with --user")
    password = _password(args)
    if args.retries < 0 or args.timeout <= 0 or args.backoff < 0:
        raise CommandError("--timeout must be positive, --retries and --backoff zero or more")
    try:
        endpoint = normalized_endpoint(args.lrs)
    except ValueError as exc:
        raise CommandError(str(exc)) from exc
    host = insecure_password_host(endpoint)
    if host is not None:
        if not args.insecure_http:
            raise CommandError(f"refusing to send the LRS password in clear over http:// to {host}: use https://, "
                               "or add --insecure-http if you trust every network between here and there")
        print(f"bluehelm: warning: the LRS password goes in clear over http:// to {host}", file=sys.stderr)
    return LrsClient(endpoint, args.user, password, timeout=args.timeout, retries=args.retries, backoff=args.backoff)


def _confirm(args: argparse.Namespace, question: str) -> None:
    """Destructive commands ask on a terminal; elsewhere they need --yes."""
    if args.yes:
        return
    if not sys.stdin.isatty():
        raise CommandError(f"{question}: add --yes to confirm")
    answer = input(f"{question}? [y/N] ").strip().lower()
    if answer not in ("y", "yes"):
        raise CommandError("nothing was deleted", status=1)


# -- report -------------------------------------------------------------------------------

def _add_report(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("report", help="an instructor's class report as one HTML file (and CSV)",
                                 description="Trainees, a trainee x scenario matrix, sessions, per-scenario "
                                             "statistics, a decision heat-map and item analysis, as one "
                                             "self-contained HTML file; --csv writes the session table. From the "
                                             "records file, or with --lrs from an LRS's statements.")
    _db_option(parser)
    _filters(parser)
    parser.add_argument("--scenarios", type=Path, action="append", default=[], metavar="FOLDER",
                        help="folder of scenario files for node and choice texts (besides the shipped library)")
    parser.add_argument("--lang", default="en", help="language of the report (en, fr) and of scenario texts")
    parser.add_argument("-o", "--output", type=Path, default=None, metavar="FILE", help="the HTML report")
    parser.add_argument("--csv", type=Path, default=None, metavar="FILE", help="the session table as CSV")
    _lrs_options(parser, required=False)
    parser.add_argument("--registration", default=None, metavar="UUID", help="with --lrs: only this session")
    parser.add_argument("--since", default=None, metavar="DATE", help="with --lrs: only statements after this date")
    parser.set_defaults(handler=run_report)


def run_report(args: argparse.Namespace) -> int:
    if args.output is None and args.csv is None:
        raise CommandError("say where to write the report: -o report.html and/or --csv class.csv")
    for folder in args.scenarios:
        if not folder.is_dir():
            raise CommandError(f"no such scenarios folder: {folder}")
    index = ScenarioIndex(args.scenarios)
    if args.lrs:
        report, inputs = _report_from_lrs(args, index), []
    else:
        with _open(args, readonly=True) as store:
            try:
                bundles = iter_bundles(store, bundle_ids(store, course=args.course, scenario=args.scenario))
                report = build_class_report(bundles, texts_finder(index, store.scenario_definition),
                                            course=args.course, scenario=args.scenario, language=args.lang,
                                            source=f"{store.path}")
            except RecordsError as exc:
                raise CommandError(str(exc), status=1) from exc
            inputs = _sidecars(store.path)
    if args.output is not None:
        _write(args.output, report_chunks(report, language=args.lang), inputs)
    if args.csv is not None:
        _write(args.csv, csv_text(report), inputs)
    written = " and ".join(str(p) for p in (args.output, args.csv) if p is not None)
    problems = f"; {len(report.flagged)} sessions to check (see the report)" if report.flagged else ""
    print(f"{len(report.rows)} sessions in {len(report.scenarios)} scenarios: wrote {written}{problems}",
          file=sys.stderr)
    return 0


def _report_from_lrs(args: argparse.Namespace, index: ScenarioIndex):
    client = _client(args)
    since = None
    if args.since:
        try:
            since = cutoff_time(args.since).replace(".000Z", "Z")
        except ValueError as exc:
            raise CommandError(f"--since: {exc}") from exc
    try:
        statements = fetch_statements(client, course=args.course, registration=args.registration, since=since)
        bundles = sessions_from_statements(statements, scenario=args.scenario)
    except LrsError as exc:
        raise CommandError(str(exc), status=1) from exc
    return build_class_report(bundles, texts_finder(index), course=args.course, scenario=args.scenario,
                              language=args.lang, source=f"LRS {client.endpoint}")


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


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


# -- xapi ---------------------------------------------------------------------------------

def _add_xapi(commands: argparse._SubParsersAction) -> None:
    actions = _group(commands, "xapi", "sessions as xAPI 1.0.3 statements: export to a file or send to an LRS",
                     "Sessions as xAPI 1.0.3 statements.")
    export = actions.add_parser("export", help="write every statement to a JSON file",
                                description="Write the statements of every matching session as one JSON array, "
                                            "one statement per line, streamed session by session.")
    _db_option(export)
    _filters(export)
    _home_page(export)
    _scenarios_option(export)
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE", help="JSON file ('-': stdout)")
    export.set_defaults(handler=run_export)

    send = actions.add_parser("send", help="send the statements an LRS does not have yet",
                              description="POST the statements not yet accepted by this LRS, in batches "
                                          "(withdrawals of forgotten trainees' statements first). A batch is marked "
                                          "as sent only once the LRS accepts it; whatever is not sent stays queued "
                                          "for the next run (exit 1).")
    _db_option(send)
    _filters(send)
    _home_page(send)
    _scenarios_option(send)
    _lrs_options(send, required=True)
    send.add_argument("--batch", type=int, default=50, help="statements per request (default 50)")
    send.set_defaults(handler=run_send)


def _home_page(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--home-page", default=DEFAULT_HOME_PAGE, metavar="URL",
                        help=f"homePage of the trainees' xAPI accounts (default {DEFAULT_HOME_PAGE})")


def _scenarios_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--scenarios", type=Path, action="append", default=[], metavar="FOLDER",
                        help="folder of scenario files whose texts sessions did not record (besides the library)")


def _definitions(store: RecordStore, folders: list[Path]) -> DefinitionCache:
    return DefinitionCache.with_library(store, folders)


def run_export(args: argparse.Namespace) -> int:
    count = [0]
    with _open(args, readonly=True) as store:
        try:
            ids = bundle_ids(store, course=args.course, scenario=args.scenario)
            chunks = _statement_chunks(store, ids, _definitions(store, args.scenarios), args.home_page, count)
            _write(args.output, chunks, _sidecars(store.path))
        except RecordsError as exc:
            raise CommandError(str(exc), status=1) from exc
    if str(args.output) != "-":
        print(f"{count[0]} statements written to {args.output}", file=sys.stderr)
    return 0


def _statement_chunks(store: RecordStore, ids: list[int], definitions: DefinitionCache, home_page: str,
                      count: list[int]) -> Iterator[str]:
    """One JSON array, one statement a line, built one session at a time (bounded memory)."""
    yield "["
    for _, statements in iter_statements(store, ids, definitions, home_page=home_page):
        for statement in statements:
            yield ("\n" if count[0] == 0 else ",\n") + json.dumps(statement.body, ensure_ascii=False,
                                                                  separators=(",", ":"))
            count[0] += 1
    yield "\n]\n"


def run_send(args: argparse.Namespace) -> int:
    if args.batch < 1:
        raise CommandError("--batch must be at least 1")
    client = _client(args)
    with _open(args) as store:
        try:
            report = send_pending(store, client, batch=args.batch, home_page=args.home_page, course=args.course,
                                  scenario=args.scenario, definitions=_definitions(store, args.scenarios))
        except SendFailed as exc:
            done = exc.report
            raise CommandError(f"{exc}; {done.sent} statements sent, {done.queued} still queued "
                               "(run xapi send again)", status=1) from exc
        except LrsError as exc:
            raise CommandError(f"{exc}; nothing more was sent (run xapi send again)", status=1) from exc
        except RecordsError as exc:
            raise CommandError(str(exc), status=1) from exc
    withdrawn = f", {report.voided} withdrawals" if report.voided else ""
    print(f"sent {report.sent} statements in {report.batches} batches to {client.endpoint}"
          f" ({report.already_sent} were already there){withdrawn}")
    return 0


# -- records ------------------------------------------------------------------------------

def _add_records(commands: argparse._SubParsersAction) -> None:
    actions = _group(commands, "records", "list, describe, export or forget trainee records, and prune old ones",
                     "Look into the trainee records file, and exercise trainees' rights over it.")
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
    export = actions.add_parser("export", help="everything held about one trainee, as JSON",
                                description="Write everything the records file holds about one trainee (their "
                                            "sessions, decisions, results, reviews and what was sent where) as JSON.")
    _db_option(export)
    export.add_argument("trainee", metavar="TRAINEE", help="the trainee's id")
    export.add_argument("-o", "--output", type=Path, default=Path("-"), metavar="FILE", help="JSON file ('-': stdout)")
    export.set_defaults(handler=run_trainee_export)
    forgetting = actions.add_parser("forget", help="delete everything about one trainee (and withdraw it from LRSs)",
                                    description="Delete every record of one trainee from the records file, and queue "
                                                "xAPI voiding statements for what LRSs already have (sent by the next "
                                                "xapi send).")
    _db_option(forgetting)
    forgetting.add_argument("trainee", metavar="TRAINEE", help="the trainee's id")
    forgetting.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    forgetting.set_defaults(handler=run_forget)
    pruning = actions.add_parser("prune", help="delete sessions last active before a date (retention)",
                                 description="Delete the sessions whose last activity is before DATE, and trainees "
                                             "left with none. LRSs keep their own copies under their own rules.")
    _db_option(pruning)
    pruning.add_argument("--before", required=True, metavar="DATE", help="a date, 2025-01-31, or a UTC time")
    pruning.add_argument("--dry-run", action="store_true", help="only count what would be deleted")
    pruning.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    pruning.set_defaults(handler=run_prune)


def run_list(args: argparse.Namespace) -> int:
    with _open(args, readonly=True) as store:
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
    with _open(args, readonly=True) as store:
        try:
            sessions = store.sessions()
            lines = [f"records file: {store.path}" + (" (read-only)" if store.readonly else ""),
                     f"schema version: {store.schema_version}",
                     f"sessions: {len(sessions)} ({sum(1 for s in sessions if s.finished)} finished)",
                     f"trainees: {len({s.trainee.id for s in sessions})}"]
            if args.lrs:
                try:
                    endpoint = normalized_endpoint(args.lrs)
                except ValueError as exc:
                    raise CommandError(str(exc)) from exc
                pending, sent = pending_count(store, endpoint, definitions=_definitions(store, []))
                withdrawals = len(queued_voids(store, endpoint))
                lines.append(f"xAPI statements for {args.lrs}: {sent} sent, {pending} queued"
                             + (f", {withdrawals} withdrawals queued" if withdrawals else ""))
        except RecordsError as exc:
            raise CommandError(str(exc), status=1) from exc
    print("\n".join(lines))
    return 0


def run_trainee_export(args: argparse.Namespace) -> int:
    with _open(args, readonly=True) as store:
        try:
            data = trainee_export(store, args.trainee)
        except RecordsError as exc:
            raise CommandError(str(exc), status=1) from exc
        _write(args.output, json.dumps(data, ensure_ascii=False, indent=2) + "\n", _sidecars(store.path))
    if str(args.output) != "-":
        print(f"{len(data['sessions'])} sessions of {args.trainee} written to {args.output}", file=sys.stderr)
    return 0


def run_forget(args: argparse.Namespace) -> int:
    with _open(args) as store:
        try:
            count = len(store.sessions(trainee=args.trainee))
            _confirm(args, f"forget trainee {args.trainee!r} and their {count} sessions")
            removed = forget(store, args.trainee)
        except RecordsError as exc:
            raise CommandError(str(exc), status=1) from exc
    withdrawn = (f"; {removed.withdrawals} statements already sent will be withdrawn by the next xapi send"
                 if removed.withdrawals else "")
    print(f"forgot trainee {args.trainee}: {removed.sessions} sessions, {removed.decisions} decisions{withdrawn}")
    if not removed.wal_cleared:
        print("bluehelm: warning: another program holds the records file open: deleted pages leave its "
              "write-ahead log at the next checkpoint", file=sys.stderr)
    return 0


def run_prune(args: argparse.Namespace) -> int:
    try:
        cutoff_time(args.before)
    except ValueError as exc:
        raise CommandError(f"--before: {exc}") from exc
    with _open(args) as store:
        try:
            counted = prune(store, args.before, dry_run=True)
            if args.dry_run:
                print(f"would delete {counted.sessions} sessions ({counted.decisions} decisions) last active before "
                      f"{args.before}, and {counted.trainees} trainees left with none")
                return 0
            _confirm(args, f"delete {counted.sessions} sessions last active before {args.before}")
            removed = prune(store, args.before)
        except RecordsError as exc:
            raise CommandError(str(exc), status=1) from exc
    print(f"deleted {removed.sessions} sessions ({removed.decisions} decisions) last active before {args.before}, "
          f"and {removed.trainees} trainees left with none")
    return 0
