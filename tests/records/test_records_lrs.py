"""`xapi send` against a scripted LRS: batches, headers, retries, and one line per failure."""

from __future__ import annotations

import base64

import pytest
from lrs_stub import StubLrs, free_port, running
from records_support import LOOP, play

from game.cli import main
from game.records import RecordStore
from game.records.lrs import LrsClient, LrsError, SendFailed, pending_statements, send_pending
from game.records.sendlog import sent_count
from game.records.xapi import store_statements

FAST = {"timeout": 0.5, "retries": 2, "backoff": 0.01}


@pytest.fixture
def store(tmp_path):
    with RecordStore.open(tmp_path / "records.sqlite3") as opened:
        for number in range(3):
            play(opened, LOOP, f"t{number}", seed=number, decisions=4)  # 3 x 6 statements: initialized, 4 answers, terminated
        yield opened


def _send(store, url, *, batch=10, **options):
    return send_pending(store, LrsClient(url, "instructor", "s3cret", **{**FAST, **options}), batch=batch)


def _cli_send(store, url, *extra):
    return main(["xapi", "send", "--db", str(store.path), "--lrs", url, "--user", "instructor",
                 "--password", "s3cret", "--timeout", "0.5", "--retries", "1", "--backoff", "0.01", *extra])


def test_send_posts_batches_with_the_xapi_header_and_basic_auth_then_sends_nothing_new(store):
    stub = StubLrs()
    with running(stub) as url:
        report = _send(store, url, batch=10)
        again = _send(store, url, batch=10)
    everything = store_statements(store)
    assert (report.sent, report.batches, report.queued) == (18, 2, 0)
    assert [s["id"] for batch in stub.batches for s in batch] == [s.id for s in everything]
    assert [len(b) for b in stub.batches] == [10, 8]
    headers = stub.headers[0]
    assert headers["X-Experience-API-Version"] == "1.0.3"
    assert headers["Authorization"] == "Basic " + base64.b64encode(b"instructor:s3cret").decode()
    assert headers["Content-Type"].startswith("application/json")
    assert (again.sent, again.already_sent) == (0, 18)
    assert len(stub.batches) == 2


def test_a_timeout_or_a_5xx_is_retried_and_then_goes_through(store):
    stub = StubLrs(["hang", 503, "drop"])
    with running(stub) as url:
        report = _send(store, url, batch=30, retries=3)
    assert report.sent == 18
    assert len(stub.batches) == 1


def test_a_dropped_connection_halfway_leaves_the_rest_queued_for_the_next_send(store):
    stub = StubLrs(["ok", "drop", "drop", "drop"])
    with running(stub) as url:
        with pytest.raises(SendFailed) as caught:
            _send(store, url, batch=10, retries=2)
        assert (caught.value.report.sent, caught.value.report.queued) == (10, 8)
        assert "dropped before it answered (tried 3 times)" in str(caught.value)
        pending, sent = pending_statements(store, url)
        assert (len(pending), sent) == (8, 10)
        later = _send(store, url, batch=10)
    assert later.sent == 8
    ids = [s["id"] for batch in stub.batches for s in batch]
    assert len(ids) == len(set(ids)) == 18


def _one_line_error(capsys) -> str:
    err = capsys.readouterr().err.strip()
    assert "\n" not in err, err
    assert err.startswith("bluehelm: error: ")
    return err


def test_401_is_reported_in_one_line_and_nothing_is_marked_sent(store, capsys):
    stub = StubLrs([401], message="Invalid authentication credentials")
    with running(stub) as url:
        assert _cli_send(store, url) == 1
    err = _one_line_error(capsys)
    assert "refused the credentials of user 'instructor' (401 Unauthorized)" in err
    assert "0 statements sent, 18 still queued" in err
    assert sent_count(store, url) == 0


def test_400_reports_the_lrs_message_and_is_not_retried(store, capsys):
    stub = StubLrs([400], message="Statement 3: 'verb' is missing")
    with running(stub) as url:
        assert _cli_send(store, url, "--retries", "3") == 1
    err = _one_line_error(capsys)
    assert "rejected a batch of 18 statements (400 Bad Request): Statement 3: 'verb' is missing" in err
    assert len(stub.headers) == 1


def test_a_hanging_lrs_times_out_after_the_retries(store, capsys):
    stub = StubLrs(["hang", "hang"])
    with running(stub) as url:
        assert _cli_send(store, url) == 1
    err = _one_line_error(capsys)
    assert "did not answer within 0.5 s (tried 2 times)" in err and "18 still queued" in err


def test_connection_refused_is_one_line_and_everything_stays_queued(store, capsys):
    url = f"http://127.0.0.1:{free_port()}/xAPI"
    assert _cli_send(store, url) == 1
    err = _one_line_error(capsys)
    assert "connection refused (tried 2 times)" in err
    assert len(pending_statements(store, url)[0]) == 18


def test_a_persistent_500_names_the_status_and_message(store):
    stub = StubLrs([500, 500, 500], message="database unavailable")
    with running(stub) as url:
        with pytest.raises(SendFailed, match=r"failed with 500 Internal Server Error: database unavailable "
                                             r"\(tried 3 times\)"):
            _send(store, url)


def test_a_redirect_is_an_error_not_a_silent_get(store):
    client = LrsClient("http://127.0.0.1:1/xAPI", "u", "p", **FAST)
    assert client.statements_url == "http://127.0.0.1:1/xAPI/statements"
    stub = StubLrs([302])
    with running(stub) as url:
        with pytest.raises(SendFailed, match="redirected"):
            _send(store, url)


def test_usage_errors_exit_2(store, capsys, monkeypatch):
    monkeypatch.delenv("BLUEHELM_LRS_PASSWORD", raising=False)
    base = ["xapi", "send", "--db", str(store.path), "--user", "u"]
    assert main(base + ["--lrs", "http://127.0.0.1:9/xAPI"]) == 2
    assert "--password or the BLUEHELM_LRS_PASSWORD" in _one_line_error(capsys)
    assert main(base + ["--lrs", "ftp://lrs/xAPI", "--password", "p"]) == 2
    assert "http:// or https://" in _one_line_error(capsys)
    assert main(base + ["--lrs", "http://127.0.0.1:9/xAPI", "--password", "p", "--batch", "0"]) == 2


def test_the_password_can_come_from_the_environment(store, monkeypatch):
    monkeypatch.setenv("BLUEHELM_LRS_PASSWORD", "from-env")
    stub = StubLrs()
    with running(stub) as url:
        assert main(["xapi", "send", "--db", str(store.path), "--lrs", url, "--user", "u"]) == 0
    assert stub.headers[0]["Authorization"] == "Basic " + base64.b64encode(b"u:from-env").decode()


def test_lrs_client_refuses_credentials_inside_the_url():
    with pytest.raises(ValueError, match="--user and --password"):
        LrsClient("http://u:p@127.0.0.1/xAPI", "u", "p")
    with pytest.raises(LrsError):
        LrsClient(f"http://127.0.0.1:{free_port()}/xAPI", "u", "p", retries=0, timeout=0.5).post([{}])


def test_pending_statements_are_found_by_the_index_not_by_rebuilding_every_session(store, monkeypatch):
    stub = StubLrs()
    with running(stub) as url:
        _send(store, url, batch=50)
        play(store, LOOP, "t9", seed=9, decisions=2)  # one new session
        built = []
        from game.records import xapi

        original = xapi.session_statements
        monkeypatch.setattr(xapi, "session_statements", lambda bundle, *a, **k: built.append(bundle.record.id)
                            or original(bundle, *a, **k))
        pending, sent = pending_statements(store, url)
        assert built == [4] and sent == 18 and len(pending) == 4  # initialized, 2 answers, suspended
        report = _send(store, url, batch=50)
        assert report.sent == 4 and built == [4, 4]
        built.clear()
        assert pending_statements(store, url) == ([], 22) and built == []


def test_a_session_that_goes_on_after_a_send_sends_only_what_is_new(store):
    stub = StubLrs()
    recorded = play(store, LOOP, "t8", seed=8, decisions=2, finish=False)
    with running(stub) as url:
        _send(store, url, batch=50)
        store.record_resumed(recorded.session_id)
        recorded.choose(recorded.session.choices[0].id)
        report = _send(store, url, batch=50)
    verbs = [s["verb"]["id"].rsplit("/", 1)[1] for s in stub.batches[-1]]
    assert report.sent == 3 and verbs == ["resumed", "answered", "suspended"]


def test_basic_auth_over_plain_http_to_another_host_needs_a_flag(store, capsys, monkeypatch):
    base = ["xapi", "send", "--db", str(store.path), "--user", "u", "--password", "p", "--retries", "0",
            "--timeout", "0.2"]
    assert main(base + ["--lrs", "http://lrs.example.org/xAPI"]) == 2
    err = _one_line_error(capsys)
    assert "refusing to send the LRS password in clear over http:// to lrs.example.org" in err
    assert "--insecure-http" in err
    stub = StubLrs()
    with running(stub) as url:  # this machine: no warning, no flag
        assert main(base + ["--lrs", url]) == 0
        assert "warning" not in capsys.readouterr().err
        local = url.replace("127.0.0.1", "localhost")
        assert main(base + ["--lrs", local]) == 0
    def nothing_leaves(self, statements):  # the flagged send is stopped before any traffic leaves this machine
        raise LrsError("stopped by the test before sending")

    monkeypatch.setattr(LrsClient, "post", nothing_leaves)
    assert main(base + ["--lrs", "http://lrs.example.org/xAPI", "--insecure-http"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("bluehelm: warning: the LRS password goes in clear over http:// to lrs.example.org")
