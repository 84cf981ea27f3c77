"""Reading typed lines with a time limit, so a terminal timer fires without a key press.

Python's own `input()` blocks until Enter, and `select()` on `sys.stdin` misses lines that
Python has already buffered. This reader takes bytes straight from the file descriptor and
splits lines itself, so it can wait for a line *or* for the time limit, whichever comes first.
Where the input cannot be waited on (Windows consoles, a test's StringIO) it falls back to a
plain blocking read, and timers then fire when the trainee answers.
"""

from __future__ import annotations

import os
import select
import sys
import time
from collections.abc import Callable
from typing import TextIO

MAX_LINE = 4096
"""A longer line is not an answer: it is cut, so a paste cannot fill the memory."""


class LineReader:
    def __init__(self, stream: TextIO = sys.stdin, write: Callable[[str], None] | None = None) -> None:
        self.stream = stream
        self.write = write or (lambda text: (sys.stdout.write(text), sys.stdout.flush()))
        self._buffer = b""
        self._closed = False
        try:
            self._fd: int | None = stream.fileno()
            select.select([self._fd], [], [], 0)
        except (AttributeError, OSError, ValueError, TypeError):  # no descriptor, or one select cannot wait on
            self._fd = None

    @property
    def can_wait(self) -> bool:
        """Whether `read` can stop waiting when its time limit passes."""
        return self._fd is not None

    def read(self, prompt: str, timeout: float | None = None) -> str | None:
        """The next line (without its end), None when `timeout` seconds pass first; EOFError at the end."""
        self.write(prompt)
        if self._fd is None:
            line = self.stream.readline()
            if not line:
                raise EOFError
            return line.rstrip("\r\n")[:MAX_LINE]
        return self._read_fd(timeout)

    def _read_fd(self, timeout: float | None) -> str | None:
        assert self._fd is not None
        deadline = None if timeout is None else time.monotonic() + timeout
        while b"\n" not in self._buffer:
            if self._closed:
                if not self._buffer:
                    raise EOFError
                break
            wait = None if deadline is None else max(0.0, deadline - time.monotonic())
            ready, _, _ = select.select([self._fd], [], [], wait)
            if not ready:
                return None
            chunk = os.read(self._fd, 4096)
            if not chunk:
                self._closed = True
            self._buffer = (self._buffer + chunk)[-4 * MAX_LINE:]
        line, _, self._buffer = self._buffer.partition(b"\n")
        return line.decode("utf-8", errors="replace").rstrip("\r")[:MAX_LINE]
