"""`xapi send` to a REAL Ralph LRS on a loopback port, read back through Ralph's own xAPI API.

Ralph 5.1.0 accepts statements its models would reject, so a 200 proves
nothing: every statement read back is checked against our statements and
validated with the strict model. If Ralph cannot start, the test fails.
"""

from __future__ import annotations

import base64
import http.client
import json
import os
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import bcrypt
import pytest
from lrs_stub import free_port
from records_support import CHECKPOINT, HERE, LOOP, make_class, play
from xapi_model import validate

from game.records import RecordStore, Trainee
from game.records.lrs import pending_statements
from game.records.xapi import store_statements

USER, PASSWORD = "instructor", "s3cret"
START_SECONDS = 60


@dataclass
class Ralph:
    port: int
    process: subprocess.Popen

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/xAPI"

    def get(self, path: str) -> tuple[int, bytes]:
        token = base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
        request = urllib.request.Request(f"http://127.0.0.1:{self.port}{path}",
                                         headers={"Authorization": f"Basic {token}",
                                                  "X-Experience-API-Version": "1.0.3"})
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        with opener.open(request, timeout=10) as response:
            return response.status, response.read()

    def statements_of(self, registration: str) -> list[dict]:
        query = urllib.parse.urlencode({"registration": registration, "limit": 500})
        status, body = self.get(f"/xAPI/statements?{query}")
        assert status == 200
        return json.loads(body)["statements"]


@pytest.fixture
def ralph(tmp_path):
    folder = tmp_path / "ralph"
    folder.mkdir()
    users = [{"username": USER, "hash": bcrypt.hashpw(PASSWORD.encode(), bcrypt.gensalt(4)).decode(),
              "scopes": ["all"], "agent": {"mbox": "mailto:instructor@example.org"}}]
    (folder / "auth.json").write_text(json.dumps(users), encoding="utf-8")
    env = {**os.environ, "HOME": str(folder), "RALPH_APP_DIR": str(folder / "app"),
           "RALPH_RUNSERVER_BACKEND": "fs", "RALPH_AUTH_FILE": str(folder / "auth.json"),
           "RALPH_HISTORY_FILE": str(folder / "history.json"),
           "RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH": str(folder / "statements")}
    port = free_port()
    log = (folder / "ralph.log").open("w+b")
    process = subprocess.Popen([sys.executable, str(HERE / "ralph_lrs.py"), str(port)], env=env,
                               stdout=log, stderr=subprocess.STDOUT)
    server = Ralph(port, process)
    try:
        _wait_until_up(server, log)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
        log.close()


def _wait_until_up(server: Ralph, log) -> None:
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            log.seek(0)
            pytest.fail(f"Ralph's LRS exited with {server.process.returncode}: {log.read().decode()[-2000:]}")
        try:
            if server.get("/__heartbeat__")[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    log.seek(0)
    pytest.fail(f"Ralph's LRS did not answer within {START_SECONDS} s: {log.read().decode()[-2000:]}")


def _bluehelm(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "game", *args], capture_output=True, text=True, timeout=120)


def _send(db, url: str, *extra: str) -> subprocess.CompletedProcess:
    return _bluehelm("xapi", "send", "--db", str(db), "--lrs", url, "--user", USER, "--password", PASSWORD,
                     "--timeout", "5", "--backoff", "0.05", *extra)


def _class(tmp_path) -> RecordStore:
    store = RecordStore.open(tmp_path / "records.sqlite3")
    make_class(store, trainees=3)
    play(store, LOOP, Trainee("t-loop", "Loop Trainee"), seed=3, decisions=5, course="Course A")
    return store


def _check_read_back(store: RecordStore, ralph: Ralph) -> None:
    ours = store_statements(store)
    for record in store.sessions():
        expected = {s.id: s.body for s in ours if s.session_id == record.id}
        stored = ralph.statements_of(record.registration)
        assert sorted(s["id"] for s in stored) == sorted(expected), record.id  # each once, none missing
        for statement in stored:
            validate(statement)
            mine = expected[statement["id"]]
            for key in ("actor", "verb", "object", "context", "version"):
                assert statement[key] == mine[key], key
            assert statement.get("result", {}).get("response") == mine.get("result", {}).get("response")
            assert statement.get("result", {}).get("extensions") == mine.get("result", {}).get("extensions")
            assert statement["timestamp"] == mine["timestamp"]


def test_a_class_sent_to_ralph_reads_back_exactly_and_a_second_send_sends_nothing(tmp_path, ralph):
    store = _class(tmp_path)
    total = len(store_statements(store))
    first = _send(store.path, ralph.url, "--batch", "7")
    assert first.returncode == 0, first.stderr
    assert f"sent {total} statements" in first.stdout
    _check_read_back(store, ralph)

    again = _send(store.path, ralph.url, "--batch", "7")
    assert again.returncode == 0, again.stderr
    assert f"sent 0 statements in 0 batches to {ralph.url} ({total} were already there)" in again.stdout
    _check_read_back(store, ralph)
    store.close()


class _Proxy:
    """Forwards POSTs to Ralph; scripted to lose the answer of one batch and then drop every connection."""

    def __init__(self, ralph_port: int, script: list[str]) -> None:
        self.ralph_port, self.script, self.seen = ralph_port, list(script), []
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                step = proxy.script.pop(0) if proxy.script else "forward"
                proxy.seen.append(step)
                if step == "drop":
                    self.close_connection = True
                    return
                status, headers, answer = proxy.forward(self.path, body, self.headers)
                if step == "forward-then-drop":  # Ralph stored the batch; the answer never arrives
                    self.close_connection = True
                    return
                self.send_response(status)
                for name, value in headers:
                    if name.lower() not in ("transfer-encoding", "connection", "server", "date"):
                        self.send_header(name, value)
                self.end_headers()
                self.wfile.write(answer)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05},
                                       daemon=True)

    def forward(self, path: str, body: bytes, headers) -> tuple[int, list, bytes]:
        connection = http.client.HTTPConnection("127.0.0.1", self.ralph_port, timeout=10)
        try:
            keep = {k: v for k, v in headers.items() if k.lower() not in ("host", "connection")}
            connection.request("POST", path, body=body, headers=keep)
            response = connection.getresponse()
            return response.status, response.getheaders(), response.read()
        finally:
            connection.close()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/xAPI"

    def __enter__(self) -> "_Proxy":
        self.thread.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


def test_a_connection_dropped_halfway_leaves_the_rest_queued_and_a_later_send_completes(tmp_path, ralph):
    store = _class(tmp_path)
    total = len(store_statements(store))
    batch = 10
    with _Proxy(ralph.port, ["forward", "forward-then-drop", "drop", "drop"]) as proxy:
        cut = _send(store.path, proxy.url, "--batch", str(batch), "--retries", "2")
        assert cut.returncode == 1
        err = cut.stderr.strip()
        assert "\n" not in err and "dropped before it answered (tried 3 times)" in err, err
        assert f"{batch} statements sent, {total - batch} still queued" in err
        pending, sent = pending_statements(store, proxy.url)
        assert (len(pending), sent) == (total - batch, batch)

        later = _send(store.path, proxy.url, "--batch", str(batch))
        assert later.returncode == 0, later.stderr
        assert f"sent {total - batch} statements" in later.stdout
        assert proxy.seen[:4] == ["forward", "forward-then-drop", "drop", "drop"]
    assert pending_statements(store, proxy.url)[0] == []
    # The batch Ralph stored but whose answer was lost went again, with the same ids: still stored once.
    _check_read_back(store, ralph)
    store.close()


# -- reports across classrooms, and withdrawing a forgotten trainee ------------------------------

def _big_class(tmp_path) -> RecordStore:
    store = RecordStore.open(tmp_path / "records.sqlite3")
    for number in range(11):
        play(store, CHECKPOINT, Trainee(f"t{number:02d}", f"Trainee {number}"), seed=number, course="UNPK-7")
    play(store, LOOP, Trainee("t-loop"), seed=3, decisions=5, course="UNPK-7", finish=False)
    return store


def _same_sessions(ours, theirs) -> None:
    key = lambda row: row.session.registration  # noqa: E731
    assert sorted(map(key, ours.rows)) == sorted(map(key, theirs.rows))
    by_registration = {key(r): r for r in theirs.rows}
    for row in ours.rows:
        other = by_registration[key(row)]
        s, t = row.session, other.session
        assert (t.trainee.id, t.course, t.scenario_id, t.mode, t.content_hash, t.decisions) == (
            s.trainee.id, s.course, s.scenario_id, s.mode, s.content_hash, s.decisions)
        assert (t.finished, t.outcome, t.passed, t.overall) == (s.finished, s.outcome, s.passed, s.overall)
        assert other.dimensions == row.dimensions and other.red_lines == row.red_lines and other.band == row.band
        assert [(d.node, d.choice, d.ratings, d.shown_position) for d in other.bundle.decisions] == [
            (d.node, d.choice, d.ratings, d.shown_position) for d in row.bundle.decisions]


def test_the_class_report_built_from_ralph_is_the_records_files_report(tmp_path, ralph):
    from game.records.bundle import bundle_ids, iter_bundles
    from game.records.classdata import build_class_report
    from game.records.lrs import LrsClient
    from game.records.lrs_read import fetch_statements, sessions_from_statements
    from game.records.scenario_texts import ScenarioIndex, texts_finder

    store = _big_class(tmp_path)
    assert _send(store.path, ralph.url, "--batch", "40").returncode == 0
    index = ScenarioIndex()
    ours = build_class_report(iter_bundles(store, bundle_ids(store)), texts_finder(index, store.scenario_definition))
    client = LrsClient(ralph.url, USER, PASSWORD, retries=0, timeout=10)
    fetched = list(fetch_statements(client, course="UNPK-7", page=25))  # paged through `more`
    assert len(fetched) == len(store_statements(store))
    theirs = build_class_report(sessions_from_statements(iter(fetched)), texts_finder(index))
    _same_sessions(ours, theirs)
    [mine, lrs] = [r.scenarios[[s.scenario_id for s in r.scenarios].index("checkpoint-market")] for r in (ours, theirs)]
    assert mine.items.enough and [(i.node, i.reached, i.difficulty, i.discrimination) for i in mine.items.items] == [
        (i.node, i.reached, i.difficulty, i.discrimination) for i in lrs.items.items]
    assert lrs.items.alpha == mine.items.alpha and lrs.items.position == mine.items.position

    one = store.sessions()[0].registration
    only = sessions_from_statements(fetch_statements(client, registration=one))
    assert [b.record.registration for b in only] == [one]

    out = tmp_path / "lrs.html"
    done = _bluehelm("report", "--lrs", ralph.url, "--user", USER, "--password", PASSWORD, "--course", "UNPK-7",
                     "-o", str(out), "--csv", str(tmp_path / "lrs.csv"))
    assert done.returncode == 0, done.stderr
    html = out.read_text(encoding="utf-8")
    assert f"From the statements held by the LRS at {ralph.url}" in html and "Cronbach" in html
    store.close()


def test_forgetting_a_trainee_withdraws_what_ralph_already_has(tmp_path, ralph):
    from game.records.lrs import LrsClient
    from game.records.lrs_read import fetch_statements, sessions_from_statements
    from xapi_model import validate_voiding

    store = _class(tmp_path)
    assert _send(store.path, ralph.url).returncode == 0
    theirs = [s.id for s in store_statements(store) if s.body["actor"]["account"]["name"] == "t0"]
    forgot = _bluehelm("records", "forget", "--db", str(store.path), "t0", "--yes")
    assert forgot.returncode == 0, forgot.stderr
    assert f"{len(theirs)} statements already sent will be withdrawn" in forgot.stdout
    sent = _send(store.path, ralph.url)
    assert sent.returncode == 0, sent.stderr
    assert f"{len(theirs)} withdrawals" in sent.stdout
    client = LrsClient(ralph.url, USER, PASSWORD, retries=0, timeout=10)
    statements = list(fetch_statements(client))
    voids = [s for s in statements if s["verb"]["id"].endswith("/voided")]
    assert sorted(v["object"]["id"] for v in voids) == sorted(theirs)
    for void in voids:
        validate_voiding(void)
        assert "t0" not in json.dumps(void)  # a withdrawal names the statement, never the trainee
    trainees = {b.record.trainee.id for b in sessions_from_statements(iter(statements))}
    assert "t0" not in trainees and "t1" in trainees
    again = _send(store.path, ralph.url)
    assert "withdrawals" not in again.stdout  # sent once
    store.close()
