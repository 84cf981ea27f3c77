"""The one way Bluehelm writes a file: atomically, durably, and never over what it must not replace.

`write_file` is for the files Bluehelm owns (settings, caches): a temporary file in the
same folder, fsynced, renamed over the target, and the folder fsynced, so a crash or a
full disk leaves the old file or the new one, never half of either, and no temporary
file behind.

`write_output` is for what a user names with `-o`. On top of that it:
- refuses to write over one of the command's own inputs (`i18n extract s.yaml -o s.yaml`);
- writes *through* a symlink to its target (it never replaces the link itself);
- writes into a device or FIFO as a stream (`-o /dev/stdout`), and never replaces one;
- refuses a folder, with one line.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path


class OutputError(Exception):
    """An output that cannot or must not be written; the message is one line for the user."""


Data = bytes | str | Iterable[bytes | str]
"""What to write: text (as UTF-8), bytes, or chunks of either, written as they come (bounded memory)."""


def _chunks(data: Data) -> Iterable[bytes]:
    if isinstance(data, (str, bytes, bytearray, memoryview)):
        data = (data,)
    return (chunk.encode("utf-8") if isinstance(chunk, str) else chunk for chunk in data)


def write_file(target: Path, data: Data, *, mode: int | None = None) -> None:
    """Replace `target` atomically with `data` (text is written as UTF-8); raises OSError on failure."""
    folder = target.parent
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "wb") as stream:
            for chunk in _chunks(data):
                stream.write(chunk)
            stream.flush()
            os.fsync(stream.fileno())
        if mode is not None:
            os.chmod(temporary, mode)
        elif target.exists():
            os.chmod(temporary, stat.S_IMODE(target.stat().st_mode))
        else:
            os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _sync_folder(folder)


def write_output(target: Path, data: Data, *, inputs: Iterable[Path] = ()) -> None:
    """Write what the user asked for to `target`; raises OutputError (one line) when it must not or cannot."""
    try:
        resolved = target.resolve()
    except (OSError, RuntimeError) as exc:  # a symlink loop
        raise OutputError(f"cannot write {target}: {exc}") from exc
    for source in inputs:
        with contextlib.suppress(OSError):
            if resolved == source.resolve() or (resolved.exists() and os.path.samefile(resolved, source)):
                raise OutputError(f"{target} is also this command's input: choose another output file")
    try:
        info = resolved.stat()
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise OutputError(f"cannot write {target}: {exc.strerror or exc}") from exc
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise OutputError(f"{target} is a folder: name a file to write")
    try:
        if info is not None and not stat.S_ISREG(info.st_mode):  # a device or FIFO: stream into it
            with open(resolved, "wb") as stream:
                for chunk in _chunks(data):
                    stream.write(chunk)
            return
        if not resolved.parent.is_dir():
            raise OutputError(f"cannot write {target}: its folder {target.parent} does not exist")
        write_file(resolved, data)
    except OutputError:
        raise
    except OSError as exc:
        raise OutputError(f"cannot write {target}: {exc.strerror or exc}") from exc


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); a no-op where folders cannot be opened (Windows)."""
    with contextlib.suppress(OSError, AttributeError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
