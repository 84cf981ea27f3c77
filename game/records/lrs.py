"""Sending statements to a Learning Record Store (xAPI 1.0.3 over HTTP, stdlib urllib).

Batches are POSTed to ENDPOINT/statements with basic auth. Timeouts, dropped
connections and 5xx answers are retried with exponential backoff; anything else
ends the send with one line saying what the LRS said. A batch is marked as sent
in the store only once the LRS has accepted it, so a send cut off halfway
leaves the rest queued and the next send picks up there. Should the LRS store a
batch whose answer never arrives, the next send repeats it with the same
statement ids and contents, which an LRS accepts without storing them twice.
"""

from __future__ import annotations

import base64
import http.client
import ipaddress
import json
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

from .sendlog import mark_sent, mark_voids_sent, pending_session_ids, queued_voids, sent_count, sent_ids
from .store import RecordStore
from .xapi import (DEFAULT_HOME_PAGE, XAPI_VERSION, DefinitionCache, Definitions, QueuedStatement, iter_statements,
                   voiding_statement)

RETRYABLE_STATUS = {408, 429, 500, 502, 503, 504}
MESSAGE_LIMIT = 300


class LrsError(Exception):
    """The LRS could not take a batch; the message is one line."""


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """A redirected POST would come back as a GET and look like success: treat 3xx as an error."""

    def redirect_request(self, *args, **kwargs):  # noqa: ANN002, ANN003
        return None


def normalized_endpoint(url: str) -> str:
    """The LRS endpoint as the store remembers it: no trailing slash; only http(s) with a host."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"the LRS address must be an http:// or https:// URL, not {url!r}")
    if parts.username or parts.password:
        raise ValueError("give the LRS user and password with --user and --password, not inside the URL")
    return url.strip().rstrip("/")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class LrsClient:
    """POSTs statement batches to one LRS, retrying what may pass on a second try."""

    def __init__(self, endpoint: str, user: str, password: str, *, timeout: float = 30.0, retries: int = 3,
                 backoff: float = 1.0, sleep: Callable[[float], None] = time.sleep) -> None:
        self.endpoint = normalized_endpoint(endpoint)
        self.user = user
        self.timeout, self.retries, self.backoff, self._sleep = timeout, retries, backoff, sleep
        token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
        self._headers = {"Content-Type": "application/json; charset=utf-8", "X-Experience-API-Version": XAPI_VERSION,
                         "Authorization": f"Basic {token}"}
        handlers: list = [_NoRedirects()]
        if _is_loopback(urlsplit(self.endpoint).hostname or ""):
            handlers.append(urllib.request.ProxyHandler({}))  # a local LRS is never behind the proxy
        self._opener = urllib.request.build_opener(*handlers)

    @property
    def statements_url(self) -> str:
        return f"{self.endpoint}/statements"

    def post(self, statements: list[dict]) -> None:
        """Store one batch, or raise LrsError after the retries (when the failure is worth retrying)."""
        body = json.dumps(statements, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        self._with_retries(lambda: urllib.request.Request(self.statements_url, data=body, headers=self._headers,
                                                          method="POST"), len(statements))

    def get(self, url: str) -> dict:
        """GET a statements page (`url` absolute, or the LRS-relative `more` link) as JSON."""
        parts = urlsplit(self.endpoint)
        if url.startswith("/"):
            url = f"{parts.scheme}://{parts.netloc}{url}"
        if urlsplit(url).netloc != parts.netloc:
            raise LrsError(f"LRS at {self.endpoint} pointed to another server for more statements: {url}")
        headers = {k: v for k, v in self._headers.items() if k != "Content-Type"}
        body = self._with_retries(lambda: urllib.request.Request(url, headers=headers, method="GET"), 0)
        try:
            page = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise LrsError(f"LRS at {self.endpoint} answered with something that is not JSON") from exc
        if not isinstance(page, dict) or not isinstance(page.get("statements"), list):
            raise LrsError(f"LRS at {self.endpoint} answered without a list of statements")
        return page

    def _with_retries(self, request: Callable[[], urllib.request.Request], count: int) -> bytes:
        attempts = self.retries + 1
        for attempt in range(1, attempts + 1):
            problem, body = self._try(request(), count)
            if problem is None:
                return body
            if attempt == attempts:
                tries = f" (tried {attempts} times)" if attempts > 1 else ""
                raise LrsError(problem + tries)
            self._sleep(self.backoff * 2 ** (attempt - 1))
        raise AssertionError("unreachable")

    def _try(self, request: urllib.request.Request, count: int) -> tuple[str | None, bytes]:
        """(None, body) when the LRS answered; (a retryable problem, b"") ; LrsError when retrying is pointless."""
        try:
            with self._opener.open(request, timeout=self.timeout) as response:
                body = response.read()
                status = response.status
        except urllib.error.HTTPError as exc:
            return self._http_problem(exc, count), b""
        except urllib.error.URLError as exc:
            return self._network_problem(exc.reason), b""
        except (OSError, http.client.HTTPException) as exc:
            return self._network_problem(exc), b""
        if status not in (200, 204):
            raise LrsError(f"LRS at {self.endpoint} answered {status}; expected 200 or 204")
        return None, body

    def _http_problem(self, exc: urllib.error.HTTPError, count: int) -> str:
        status, message = exc.code, _lrs_message(exc)
        said = f": {message}" if message else ""
        if status in RETRYABLE_STATUS:
            return f"LRS at {self.endpoint} failed with {status} {exc.reason}{said}"
        if status in (401, 403):
            raise LrsError(f"LRS at {self.endpoint} refused the credentials of user {self.user!r} "
                           f"({status} {exc.reason}){said}")
        if status == 400:
            what = f"a batch of {count} statements" if count else "the request for statements"
            raise LrsError(f"LRS at {self.endpoint} rejected {what} (400 Bad Request){said}")
        if 300 <= status < 400:
            raise LrsError(f"LRS at {self.endpoint} redirected to {exc.headers.get('Location', '?')}: "
                           "give the LRS's own xAPI endpoint")
        raise LrsError(f"LRS at {self.endpoint} answered {status} {exc.reason}{said}")

    def _network_problem(self, reason: object) -> str:
        if isinstance(reason, (TimeoutError, socket.timeout)):
            return f"LRS at {self.endpoint} did not answer within {self.timeout:g} s"
        if isinstance(reason, ConnectionRefusedError):
            return f"cannot reach the LRS at {self.endpoint}: connection refused"
        if isinstance(reason, (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError)):
            return f"the connection to the LRS at {self.endpoint} dropped before it answered"
        if isinstance(reason, socket.gaierror):
            return f"cannot reach the LRS at {self.endpoint}: unknown host"
        text = getattr(reason, "strerror", None) or str(reason) or type(reason).__name__
        return f"cannot reach the LRS at {self.endpoint}: {text}"


def _lrs_message(exc: urllib.error.HTTPError) -> str:
    """What the LRS said, on one line: a JSON message/detail/error field, else the start of the body."""
    try:
        raw = exc.read().decode("utf-8", "replace")
    except (OSError, http.client.HTTPException):
        return ""
    text = raw
    try:
        data = json.loads(raw)
    except ValueError:
        data = None
    if isinstance(data, dict):
        found = next((data[k] for k in ("message", "detail", "error", "errorMessage") if data.get(k)), None)
        if isinstance(found, list):  # FastAPI validation errors: a list of {"msg": ...}
            found = "; ".join(str(item.get("msg", item)) if isinstance(item, dict) else str(item) for item in found)
        text = str(found) if found is not None else raw
    flat = " ".join(text.split())
    return flat if len(flat) <= MESSAGE_LIMIT else flat[:MESSAGE_LIMIT - 1] + "\u2026"


@dataclass(frozen=True, slots=True)
class SendReport:
    sent: int
    batches: int
    already_sent: int
    queued: int  # still to send after this run
    voided: int = 0  # withdrawals (voiding statements) sent


class SendFailed(Exception):
    """A send that stopped at a batch the LRS did not take; what got through is in `report`."""

    def __init__(self, error: LrsError, report: SendReport) -> None:
        super().__init__(str(error))
        self.report = report


def pending_statements(store: RecordStore, endpoint: str, *, home_page: str = DEFAULT_HOME_PAGE,
                       course: str | None = None, scenario: str | None = None,
                       definitions: Definitions | None = None) -> tuple[list[QueuedStatement], int]:
    """The statements the LRS at `endpoint` has not accepted yet, and how many it already has."""
    endpoint = normalized_endpoint(endpoint)
    pending = [s for _, todo, _ in _pending(store, endpoint, home_page, course, scenario, definitions) for s in todo]
    return pending, sent_count(store, endpoint, course=course, scenario=scenario)


def pending_count(store: RecordStore, endpoint: str, *, home_page: str = DEFAULT_HOME_PAGE,
                  course: str | None = None, scenario: str | None = None,
                  definitions: Definitions | None = None) -> tuple[int, int]:
    """How many statements the LRS has not accepted yet, and how many it has: counted, never held."""
    endpoint = normalized_endpoint(endpoint)
    pending = sum(len(todo) for _, todo, _ in _pending(store, endpoint, home_page, course, scenario, definitions))
    return pending, sent_count(store, endpoint, course=course, scenario=scenario)


def _pending(store: RecordStore, endpoint: str, home_page: str, course: str | None, scenario: str | None,
             definitions: Definitions | None) -> Iterator[tuple[int, list[QueuedStatement], int]]:
    """(session id, its statements not yet accepted, its version), for sessions changed since they were synced."""
    ids = pending_session_ids(store, endpoint, course=course, scenario=scenario)
    for bundle, statements in iter_statements(store, ids, definitions or DefinitionCache.with_library(store),
                                                 home_page=home_page):
        sent = sent_ids(store, endpoint, bundle.record.id)
        yield bundle.record.id, [s for s in statements if s.id not in sent], bundle.version


def send_pending(store: RecordStore, client: LrsClient, *, batch: int = 50, home_page: str = DEFAULT_HOME_PAGE,
                 course: str | None = None, scenario: str | None = None,
                 definitions: Definitions | None = None) -> SendReport:
    """Send what the LRS does not have yet, batch by batch, marking each batch once it is accepted.

    Withdrawals (voiding statements for a forgotten trainee) go first. Memory stays bounded: one
    batch and one session's statements at a time.
    """
    if batch < 1:
        raise ValueError("the batch size must be at least 1")
    endpoint = client.endpoint
    voided = _send_voids(store, client, batch, home_page)
    already = sent_count(store, endpoint, course=course, scenario=scenario)
    queue = _Queue(store, client, batch)
    try:
        for session_id, todo, version in _pending(store, endpoint, home_page, course, scenario, definitions):
            queue.add(session_id, todo, version)
        queue.flush(everything=True)
    except LrsError as exc:
        left = pending_count(store, endpoint, home_page=home_page, course=course, scenario=scenario,
                             definitions=definitions)[0]
        raise SendFailed(exc, SendReport(queue.sent, queue.batches, already, left, voided)) from exc
    return SendReport(queue.sent, queue.batches, already, 0, voided)


class _Queue:
    """Statements waiting to go, in batches; a session is marked synced with the batch holding its last one."""

    def __init__(self, store: RecordStore, client: LrsClient, batch: int) -> None:
        self.store, self.client, self.batch = store, client, batch
        self.items: list[tuple[QueuedStatement | None, tuple[int, int] | None]] = []
        self.sent = self.batches = 0

    def add(self, session_id: int, todo: list[QueuedStatement], version: int) -> None:
        self.items += [(s, None) for s in todo]
        self.items.append((None, (session_id, version)))  # a marker: all of it is queued before this point
        self.flush()

    def flush(self, *, everything: bool = False) -> None:
        while self._count() >= self.batch or (everything and self.items):
            taken, cut = 0, 0
            for cut, (statement, _) in enumerate(self.items, start=1):
                taken += statement is not None
                if taken == self.batch:
                    break
            chunk, self.items = self.items[:cut], self.items[cut:]
            while self.items and self.items[0][0] is None:  # markers right after the batch belong to it
                chunk.append(self.items.pop(0))
            statements = [s for s, _ in chunk if s is not None]
            if statements:
                self.client.post([s.body for s in statements])
                self.batches += 1
            mark_sent(self.store, self.client.endpoint, [(s.id, s.session_id) for s in statements],
                      [m for _, m in chunk if m is not None])
            self.sent += len(statements)

    def _count(self) -> int:
        return sum(1 for s, _ in self.items if s is not None)


def _send_voids(store: RecordStore, client: LrsClient, batch: int, home_page: str) -> int:
    queued = queued_voids(store, client.endpoint)
    done = 0
    for start in range(0, len(queued), batch):
        chunk = queued[start:start + batch]
        client.post([voiding_statement(ident, when, home_page=home_page) for ident, when in chunk])
        mark_voids_sent(store, client.endpoint, [ident for ident, _ in chunk])
        done += len(chunk)
    return done


def insecure_password_host(endpoint: str) -> str | None:
    """The host, when basic auth to `endpoint` would cross the network in clear (http:// to a non-local host)."""
    parts = urlsplit(endpoint)
    host = parts.hostname or ""
    if parts.scheme == "http" and not _is_loopback(host):
        return host
    return None
