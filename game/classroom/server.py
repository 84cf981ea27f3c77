"""The class's web server: an ASGI app (Starlette) that serves the trainees' page and one WebSocket.

Each connection is a seat (after a join or a rejoin with its token), an instructor (after a
control frame with the instructor token) or nobody yet. Every frame is checked (protocol.py):
too large, malformed, too fast, the wrong room code, an unknown token or a refused vote gets
an error frame, never a crash and never a change. Joins are rate-limited for the whole server,
and a connection that gets the room code wrong five times is closed.

After any change in the room, every connection is sent its own view (views.py): the room tells
the server through its listeners, from whichever thread changed it (the projector's, too).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import secrets
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from importlib import resources

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route, WebSocketRoute
from starlette.websockets import WebSocket, WebSocketDisconnect, WebSocketState

from ..authoring.i18n import scenario_coverage
from ..catalogs import language_name
from .journal import JournalError
from .protocol import Bucket, Control, Join, ProtocolError, Rejoin, SetLanguage, Vote, error_frame, parse
from .room import ClassError, ClassRoom
from .seats import Seat
from .views import projector_view, seat_view
from .words import page_words

STATIC = {"/": ("index.html", "text/html; charset=utf-8"), "/page.js": ("page.js", "text/javascript; charset=utf-8"),
          "/page.css": ("page.css", "text/css; charset=utf-8")}
HEADERS = {"Content-Security-Policy": "default-src 'self'; connect-src 'self'; img-src 'self' data:; "
                                      "frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
           "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer", "Cache-Control": "no-store"}
BAD_CODES_ALLOWED = 5
MESSAGE_RATE, MESSAGE_BURST = 10.0, 30.0
JOIN_RATE, JOIN_BURST = 30.0, 120.0
PAGES_EVERY = 0.25
"""Seconds: after a vote, the pages' vote counts are sent together at most this often (the projector at once)."""


@dataclass(eq=False)
class Connection:
    socket: WebSocket
    seat: Seat | None = None
    instructor: bool = False
    bad_codes: int = 0
    bucket: Bucket = field(default_factory=lambda: Bucket(MESSAGE_RATE, MESSAGE_BURST))


class ClassServer:
    """The room on the web: its ASGI `app`, its connections and the broadcast of changes."""

    def __init__(self, room: ClassRoom) -> None:
        self.room = room
        self.connections: set[Connection] = set()
        self.joins = Bucket(JOIN_RATE, JOIN_BURST)
        self.loop: asyncio.AbstractEventLoop | None = None
        self.pending: asyncio.Task | None = None
        self.languages = self._languages()
        room.listeners.append(self._changed_from_any_thread)
        routes = [Route(path, self._static) for path in STATIC] + [
            Route("/info.json", self._info), WebSocketRoute("/ws", self._socket)]
        self.app = Starlette(routes=routes, lifespan=self._lifespan)

    def _languages(self) -> list[str]:
        scenario = self.room.setup.compiled.model
        found = [c.language for c in scenario_coverage(scenario)]
        return [scenario.language] + [code for code in found if code != scenario.language]

    @contextlib.asynccontextmanager
    async def _lifespan(self, app: Starlette) -> AsyncIterator[None]:
        self.loop = asyncio.get_running_loop()
        ticker = self.loop.create_task(self._ticker())
        try:
            yield
        finally:
            ticker.cancel()

    async def _ticker(self) -> None:
        """Timed decisions close on time even when nobody sends anything."""
        while True:
            await asyncio.sleep(1.0)
            self.room.tick()
            if self.room.seconds_left() is not None and self.room.phase in ("voting", "revealed"):
                await self._broadcast()

    # -- plain HTTP -------------------------------------------------------------------------

    async def _static(self, request: Request) -> Response:
        name, media_type = STATIC[request.url.path]
        body = resources.files(__package__).joinpath("static", name).read_bytes()
        return Response(body, media_type=media_type, headers=HEADERS)

    async def _info(self, request: Request) -> Response:
        asked = request.query_params.get("lang", "")[:8]
        language = asked if asked in self.languages else self.languages[0]
        session = self.room.mirror(language)
        return JSONResponse({"title": session.text(session.scenario.title), "language": language,
                             "languages": [{"code": code, "name": language_name(code)} for code in self.languages],
                             "words": page_words(language)}, headers=HEADERS)

    # -- the socket ---------------------------------------------------------------------------

    async def _socket(self, socket: WebSocket) -> None:
        await socket.accept()
        connection = Connection(socket)
        self.connections.add(connection)
        try:
            while True:
                frame = await socket.receive()
                if frame["type"] == "websocket.disconnect":
                    break
                await self._handle(connection, frame.get("text") if frame.get("text") is not None
                                   else frame.get("bytes"))
                if connection.bad_codes >= BAD_CODES_ALLOWED:
                    await socket.close(code=1008)
                    break
        except (WebSocketDisconnect, RuntimeError):
            pass  # the page went away mid-frame; its seat stays for its rejoin
        finally:
            self.connections.discard(connection)

    async def _handle(self, connection: Connection, frame: str | bytes | None) -> None:
        if not connection.bucket.take():
            await self._send(connection, error_frame("too-fast", "too many messages: slow down"))
            return
        try:
            message = parse(frame)
            reply = self._act(connection, message)
        except (ProtocolError, ClassError) as exc:
            await self._send(connection, error_frame(exc.code, str(exc)))
            return
        except JournalError as exc:  # a full disk: the vote is not acknowledged, and the page says why
            await self._send(connection, error_frame("journal", str(exc)))
            return
        if reply is not None:
            await self._send(connection, reply)
        if isinstance(message, Vote):
            await self._broadcast_vote()
        else:
            await self._broadcast()

    def _act(self, connection: Connection, message) -> dict | None:
        if isinstance(message, (Join, Rejoin)) and message.room.upper() != self.room.room:
            connection.bad_codes += 1
            raise ProtocolError("wrong-room", "that is not this class's room code")
        if isinstance(message, Join):
            return self._join(connection, message)
        if isinstance(message, Rejoin):
            seat = self.room.seat_for(message.token)
            if seat is None:
                raise ProtocolError("unknown-token", "that seat is not in this class: join again")
            self._take_over(seat)
            connection.seat = seat
            return {"type": "joined", "token": seat.token, "seat": seat.number, "language": seat.language}
        if isinstance(message, Control):
            return self._control(connection, message)
        if connection.seat is None:
            raise ProtocolError("not-joined", "join the class first")
        if isinstance(message, Vote):
            self.room.vote(connection.seat, message.choice, message.step)
            return {"type": "ack", "step": message.step, "choice": message.choice}
        if isinstance(message, SetLanguage):
            if message.language not in self.languages:
                raise ProtocolError("language", "this scenario is not written in that language")
            self.room.set_language(connection.seat, message.language)
        return None

    def _join(self, connection: Connection, message: Join) -> dict:
        if connection.seat is not None:
            raise ProtocolError("joined-already", "this page has a seat already")
        if not self.joins.take():
            raise ProtocolError("busy", "too many joins at once: try again in a moment")
        if message.language not in self.languages:
            raise ProtocolError("language", "this scenario is not written in that language")
        seat = self.room.join(message.name.strip() or "?", message.language)
        connection.seat = seat
        return {"type": "joined", "token": seat.token, "seat": seat.number, "language": seat.language}

    def _take_over(self, seat: Seat) -> None:
        """A seat is used by one page at a time: a rejoin elsewhere (a reloaded page) takes it over."""
        for other in [c for c in self.connections if c.seat is seat]:
            other.seat = None

    def _control(self, connection: Connection, message: Control) -> dict | None:
        if not secrets.compare_digest(message.token.encode(), self.room.instructor_token.encode()):
            connection.bad_codes += 1
            raise ProtocolError("not-instructor", "only the instructor controls the class")
        connection.instructor = True
        actions = {"reveal": self.room.reveal, "reopen": self.room.reopen, "majority": self.room.take_majority,
                   "pause": self.room.toggle_pause, "end": self.room.end, "watch": lambda: None}
        if message.action == "take":
            self.room.take(message.choice or "")
        else:
            actions[message.action]()
        return None

    # -- sending ------------------------------------------------------------------------------

    async def _send(self, connection: Connection, payload: dict) -> None:
        if connection.socket.application_state != WebSocketState.CONNECTED:
            return
        try:
            await connection.socket.send_text(json.dumps(payload, ensure_ascii=False))
        except (RuntimeError, WebSocketDisconnect, OSError):
            self.connections.discard(connection)

    async def _broadcast_vote(self) -> None:
        """A vote changes only counts on the pages: the projector hears now, the pages together a moment later."""
        for connection in [c for c in self.connections if c.instructor and c.seat is None]:
            await self._send(connection, {"type": "projector", **projector_view(self.room)})
        if self.pending is None or self.pending.done():
            self.pending = asyncio.get_running_loop().create_task(self._pages_soon())

    async def _pages_soon(self) -> None:
        await asyncio.sleep(PAGES_EVERY)
        for connection in [c for c in self.connections if c.seat is not None]:
            await self._send(connection, seat_view(self.room, connection.seat))

    async def _broadcast(self) -> None:
        for connection in list(self.connections):
            if connection.seat is not None:
                await self._send(connection, seat_view(self.room, connection.seat))
            elif connection.instructor:
                await self._send(connection, {"type": "projector", **projector_view(self.room)})

    def _changed_from_any_thread(self) -> None:
        """The room changed (perhaps from the projector's thread): send everyone their view."""
        loop = self.loop
        if loop is None or loop.is_closed():
            return
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is loop:
            return  # a change made by a frame: _handle broadcasts once it has replied
        asyncio.run_coroutine_threadsafe(self._broadcast(), loop)
