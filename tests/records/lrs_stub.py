"""A scripted stand-in LRS on a loopback port, for the failure cases of `xapi send`."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class StubLrs:
    """Answers each POST with the next scripted behaviour ('ok' once the script runs out).

    Behaviours: 'ok' (stores the batch, 200 with its ids), 'drop' (closes the socket
    without answering), 'hang' (answers nothing until the test ends), or an int
    status with the JSON body {"message": ...}.
    """

    def __init__(self, script: list[object] | None = None, message: str = "") -> None:
        self.script = list(script or [])
        self.message = message
        self.batches: list[list[dict]] = []
        self.headers: list = []
        self.release = threading.Event()
        self._lock = threading.Lock()

    def next_behaviour(self) -> object:
        with self._lock:
            return self.script.pop(0) if self.script else "ok"


def _handler(stub: StubLrs) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:  # quiet tests
            pass

        def do_POST(self) -> None:  # noqa: N802
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            stub.headers.append(self.headers)  # an email.message.Message: names are case-insensitive
            behaviour = stub.next_behaviour()
            if behaviour == "drop":
                self.close_connection = True
                self.connection.shutdown(socket.SHUT_RDWR)
                return
            if behaviour == "hang":
                stub.release.wait(10)  # bounded: the test sets it on the way out
                self.close_connection = True
                return
            if behaviour == "ok":
                statements = json.loads(body)
                stub.batches.append(statements)
                self._answer(200, [s["id"] for s in statements])
                return
            self._answer(int(behaviour), {"message": stub.message, "code": int(behaviour)})

        def _answer(self, status: int, payload: object) -> None:
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    return Handler


@contextmanager
def running(stub: StubLrs) -> Iterator[str]:
    """The stub served on 127.0.0.1 at a free port; yields its xAPI endpoint URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(stub))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/xAPI"
    finally:
        stub.release.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def free_port() -> int:
    """A loopback port nothing listens on (for 'connection refused')."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
