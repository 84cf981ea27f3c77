"""`bluehelm class [FILE|ID]`: an instructor runs a scenario on the projector; trainees vote from their browsers.

The web server (Starlette on uvicorn) runs inside this process, on the LAN address unless
--host names another (never all interfaces silently). The terminal says the join address, the
room code and the instructor token; the projector window shows the class (game/ui/scenes/
class_projector.py), or, with --no-window, the class is run with the instructor token alone.
Relaunching the same command resumes an unfinished class from its journal (--new starts afresh).
"""

from __future__ import annotations

import argparse
import ipaddress
import os
import socket
import sys
import threading
from pathlib import Path

from ..paths import shipped_scenarios
from ..userdirs import data_dir
from .common import CommandError, load_playable, scenario_path, warn_if_untranslated

DEFAULT_PORT = 8765


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("class", help="run a scenario with a class: projector and trainees' browsers",
                                 description="Run FILE (or a shipped scenario's ID) with a class: the projector "
                                             "shows the scene and a join panel; trainees vote from their own "
                                             "browsers on the same network.")
    parser.add_argument("file", type=Path, nargs="?", metavar="FILE|ID", default=None)
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help="port of the trainees' page")
    parser.add_argument("--host", default=None, metavar="ADDR",
                        help="address to listen on (default: this machine's LAN address; 127.0.0.1 for this "
                             "machine only; 0.0.0.0 for every interface)")
    parser.add_argument("--lang", default=None, help="language of the projector, e.g. fr (default: the scenario's)")
    parser.add_argument("--mode", choices=("training", "assessment"), default="training",
                        help="training shows feedback after each decision; assessment only in the debrief")
    parser.add_argument("--course", default="", metavar="CODE",
                        help="course code recorded with every trainee's session (default: class-ROOM)")
    parser.add_argument("--seed", type=int, default=None, help="seed of the options' order and random branches")
    parser.add_argument("--db", type=Path, default=None, metavar="PATH", help="records file (default: your data folder)")
    parser.add_argument("--journal", type=Path, default=None, metavar="PATH",
                        help="class journal, for resuming after a crash (default: classes/ID.sqlite in your data folder)")
    parser.add_argument("--new", action="store_true", help="start a new class even if one is unfinished")
    parser.add_argument("--no-window", action="store_true",
                        help="no projector window: control the class with the instructor token")
    parser.set_defaults(handler=run)


def lan_address() -> str | None:
    """This machine's first non-loopback IPv4 address, from its own host name (no packet is sent)."""
    try:
        found = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
    except OSError:
        return None
    for *_, address in found:
        if not ipaddress.ip_address(address[0]).is_loopback:
            return address[0]
    return None


def listen_address(asked: str | None) -> tuple[str, str | None]:
    """(address to listen on, a warning line or None)."""
    if asked:
        try:
            ipaddress.ip_address(asked)
        except ValueError:
            raise CommandError(f"--host must be an IP address such as 192.168.1.20, not {asked!r}") from None
        if asked in ("0.0.0.0", "::"):
            return asked, "listening on every network interface, as --host asked"
        return asked, None
    found = lan_address()
    if found is None:
        return "127.0.0.1", "no LAN address found: listening on 127.0.0.1 (this machine only); give --host ADDR"
    return found, None


def run(args: argparse.Namespace) -> int:
    from ..classroom import ClassError, ClassRoom, ClassSetup, Journal, JournalError
    from ..records import RecordsError, RecordStore

    path = scenario_path(args.file) if args.file is not None else shipped_scenarios() / "checkpoint-market.yaml"
    loaded, compiled = load_playable(path)
    warn_if_untranslated(loaded, args.lang)
    journal_path = args.journal or data_dir() / "classes" / f"{compiled.model.id}.sqlite"
    if args.new:
        _start_afresh(journal_path)
    host, warning = listen_address(args.host)
    listening = _bind(host, args.port)
    try:
        store = RecordStore.open(args.db)
    except RecordsError as exc:
        raise CommandError(f"{exc}; the class is not recorded without it") from exc
    setup = ClassSetup(compiled, loaded.content_hash, mode=args.mode, language=args.lang, course=args.course,
                       seed=args.seed)
    try:
        journal = Journal(journal_path)
        if journal.meta().get("phase") == "finished":  # that class is over and recorded: a new one begins
            journal.close()
            _start_afresh(journal_path)
            journal = Journal(journal_path)
        resumed = "room" in journal.meta()
        room = ClassRoom(setup, journal, store)
    except (ClassError, JournalError) as exc:
        raise CommandError(str(exc)) from exc
    url = f"http://{_url_host(host)}:{args.port}/?room={room.room}"
    if warning:
        print(f"bluehelm: warning: {warning}", file=sys.stderr)
    print(("Resumed" if resumed else "Started") + f" class {room.room}: {compiled.model.id} ({args.mode})")
    print(f"Trainees join at {url} with room code {room.room}")
    print(f"Instructor token: {room.instructor_token}")
    print(f"Journal: {journal_path} (run the same command again to resume; --new starts afresh)", flush=True)
    server = _server(room, host, args.port)
    if args.no_window:
        return _serve(server, listening)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [listening]}, name="class-server", daemon=True)
    thread.start()
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    from ..ui.scenes.class_projector import ProjectorError, run_projector  # pygame only loads for the window

    try:
        return run_projector(room, url, lambda: server.should_exit)
    except ProjectorError as exc:
        raise CommandError(f"cannot open the projector window ({exc}); run with --no-window and control "
                           "the class with the instructor token", status=1) from exc
    finally:
        server.should_exit = True


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


def _start_afresh(journal_path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{journal_path}{suffix}").unlink(missing_ok=True)


def _server(room, host: str, port: int):
    import uvicorn

    from ..classroom.server import ClassServer

    config = uvicorn.Config(ClassServer(room).app, host=host, port=port, log_level="warning", ws_max_size=4096,
                            lifespan="on")
    return uvicorn.Server(config)


def _bind(host: str, port: int) -> socket.socket:
    """The listening socket, bound before anything is printed: a taken port is one clear line."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    listening = socket.socket(family, socket.SOCK_STREAM)
    listening.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        listening.bind((host, port))
    except OSError as exc:
        listening.close()
        raise CommandError(f"cannot listen on {host}:{port} ({exc.strerror or exc}); give another --port, "
                           "or a --host that is an address of this machine", status=1) from None
    return listening


def _serve(server, listening: socket.socket) -> int:
    try:
        server.run(sockets=[listening])
    except KeyboardInterrupt:
        pass
    return 0
