"""Noticing that a scenario file was saved again (for `bluehelm play FILE --watch`).

Polling the file's modification time and size twice a second is all live reload
needs, works on every system and network drive, and costs nothing while idle.
"""

from __future__ import annotations

from pathlib import Path

POLL_SECONDS = 0.5


class FileWatcher:
    def __init__(self, path: Path, interval: float = POLL_SECONDS) -> None:
        self.path, self.interval = path, interval
        self._since = 0.0
        self._stamp = self._read()

    def _read(self) -> tuple[int, int] | None:
        try:
            status = self.path.stat()
        except OSError:
            return None  # mid-save or briefly gone: wait for it to come back
        return status.st_mtime_ns, status.st_size

    def poll(self, dt: float) -> bool:
        """True once each time the file has changed since the last poll that said so."""
        self._since += dt
        if self._since < self.interval:
            return False
        self._since = 0.0
        stamp = self._read()
        if stamp is None or stamp == self._stamp:
            return False
        self._stamp = stamp
        return True
