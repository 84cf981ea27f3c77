"""The adversary's tools for the records tests: a small disk that fills up, read-only media, a lock held
by another process. Real where this machine allows (root: tmpfs mounts); otherwise a fake with the
same symptom, named in the test's output."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

LOCKER = """
import sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.readline()
db.execute("ROLLBACK")
"""


def _mount(folder: Path, options: str) -> bool:
    if os.geteuid() != 0:
        return False
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)], capture_output=True)
    return done.returncode == 0


def _unmount(folder: Path) -> None:
    subprocess.run(["umount", "-l", str(folder)], capture_output=True)


@contextmanager
def small_disk(tmp_path: Path, size: str = "2m") -> Iterator[Path | None]:
    """A folder on a tmpfs of `size` (None where mounting is impossible: the caller fakes ENOSPC)."""
    folder = tmp_path / "small-disk"
    folder.mkdir()
    if not _mount(folder, f"size={size},mode=0755"):
        yield None
        return
    try:
        yield folder
    finally:
        _unmount(folder)


def fill(folder: Path) -> Path:
    """Fill the disk under `folder` to the last byte; returns the filler (delete it to free the space)."""
    filler = folder / "filler.bin"
    descriptor = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for size in (1 << 16, 4096, 512, 1):
            try:
                while True:
                    os.write(descriptor, b"\0" * size)
            except OSError:
                continue
    finally:
        os.close(descriptor)
    return filler


@contextmanager
def read_only_copy(tmp_path: Path, files: list[Path]) -> Iterator[Path | None]:
    """`files` copied onto a tmpfs then remounted read-only, as on a locked USB stick or a CD (None: cannot)."""
    folder = tmp_path / "read-only-media"
    folder.mkdir()
    if not _mount(folder, "size=16m"):
        yield None
        return
    try:
        for source in files:
            (folder / source.name).write_bytes(source.read_bytes())
        remount = subprocess.run(["mount", "-o", "remount,ro", str(folder)], capture_output=True)
        yield folder if remount.returncode == 0 else None
    finally:
        _unmount(folder)


@contextmanager
def lock_held_by_another_process(db: Path) -> Iterator[subprocess.Popen]:
    """Another process holding an exclusive lock on the records file until the block ends."""
    child = subprocess.Popen([sys.executable, "-c", LOCKER, str(db)], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "locked"
        yield child
    finally:
        try:
            child.stdin.write("\n")
            child.stdin.flush()
        except OSError:
            pass
        child.wait(timeout=10)
        child.stdin.close()
        child.stdout.close()
