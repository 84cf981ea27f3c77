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
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from .store import RecordStore
from .xapi import DEFAULT_HOME_PAGE, XAPI_VERSION, QueuedStatement, store_statements

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
        attempts = self.retries + 1
        for attempt in range(1, attempts + 1):
            problem = self._try_post(body, len(statements))
            if problem is None:
                return
            if attempt == attempts:
                tries = f" (tried {attempts} times)" if attempts > 1 else ""
                raise LrsError(problem + tries)
            self._sleep(self.backoff * 2 ** (attempt - 1))

    def _try_post(self, body: bytes, count: int) -> str | None:
        """None when the LRS took the batch; a retryable problem as text; LrsError when retrying is pointless."""
        request = urllib.request.Request(self.statements_url, data=body, headers=self._headers, method="POST")
        try:
            with self._opener.open(request, timeout=self.timeout) as response:
                response.read()
                status = response.status
        except urllib.error.HTTPError as exc:
            return self._http_problem(exc, count)
        except urllib.error.URLError as exc:
            return self._network_problem(exc.reason)
        except (OSError, http.client.HTTPException) as exc:
            return self._network_problem(exc)
        if status not in (200, 204):
            raise LrsError(f"LRS at {self.endpoint} answered {status} to a batch of statements; expected 200 or 204")
        return None

    def _http_problem(self, exc: urllib.error.HTTPError, count: int) -> str:
        status, message = exc.code, _lrs_message(exc)
        said = f": {message}" if message else ""
        if status in RETRYABLE_STATUS:
            return f"LRS at {self.endpoint} failed with {status} {exc.reason}{said}"
        if status in (401, 403):
            raise LrsError(f"LRS at {self.endpoint} refused the credentials of user {self.user!r} "
                           f"({status} {exc.reason}){said}")
        if status == 400:
            raise LrsError(f"LRS at {self.endpoint} rejected a batch of {count} statements (400 Bad Request){said}")
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


class SendFailed(Exception):
    """A send that stopped at a batch the LRS did not take; what got through is in `report`."""

    def __init__(self, error: LrsError, report: SendReport) -> None:
        super().__init__(str(error))
        self.report = report


def pending_statements(store: RecordStore, endpoint: str, *, home_page: str = DEFAULT_HOME_PAGE,
                       course: str | None = None, scenario: str | None = None) -> tuple[list[QueuedStatement], int]:
    """The statements the LRS at `endpoint` has not accepted yet, and how many it already has."""
    everything = store_statements(store, course=course, scenario=scenario, home_page=home_page)
    sent = store.sent_statement_ids(normalized_endpoint(endpoint))
    pending = [s for s in everything if s.id not in sent]
    return pending, len(everything) - len(pending)


def send_pending(store: RecordStore, client: LrsClient, *, batch: int = 50, home_page: str = DEFAULT_HOME_PAGE,
                 course: str | None = None, scenario: str | None = None) -> SendReport:
    """Send what the LRS does not have yet, batch by batch, marking each batch once it is accepted."""
    if batch < 1:
        raise ValueError("the batch size must be at least 1")
    pending, already = pending_statements(store, client.endpoint, home_page=home_page, course=course,
                                          scenario=scenario)
    sent = batches = 0
    for start in range(0, len(pending), batch):
        chunk = pending[start:start + batch]
        try:
            client.post([s.body for s in chunk])
        except LrsError as exc:
            raise SendFailed(exc, SendReport(sent, batches, already, len(pending) - sent)) from exc
        store.mark_sent(client.endpoint, [(s.id, s.session_id) for s in chunk])
        sent += len(chunk)
        batches += 1
    return SendReport(sent, batches, already, 0)
