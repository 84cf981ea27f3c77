"""Integrity tags: a keyed hash over what a session recorded, so an edited record is flagged.

Each installation has a random key in `records.key`, a 0600 file in the (0700) records
folder. A session's tag is an HMAC-SHA256 chain: the start (who, what, how, the start
state), then each decision in turn, then the result. The store extends the chain in the
same transaction as each write; the report recomputes it from the rows and flags a session
whose rows no longer match. Someone editing the file with another tool cannot make a
matching tag without the key. (Anyone who can read the key, e.g. the same account on the
same machine, could; the tag detects edits, it does not stop them.)
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import secrets
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

KEY_FILE = "records.key"
KEY_BYTES = 32

OK, EDITED, UNTAGGED, NO_KEY = "ok", "edited", "untagged", "no-key"


def key_path(records_file: Path) -> Path:
    return records_file.parent / KEY_FILE


def load_key(records_file: Path, *, create: bool) -> bytes | None:
    """The installation's key beside `records_file`; made (0600) when missing and `create` is set."""
    path = key_path(records_file)
    key = _read_key(path)
    if key is not None or not create:
        return key
    _create_key(path)
    return _read_key(path)


def _read_key(path: Path) -> bytes | None:
    try:
        text = path.read_text(encoding="ascii").strip()
        return bytes.fromhex(text) if len(text) == 2 * KEY_BYTES else None
    except (OSError, ValueError):
        return None


def _create_key(path: Path) -> None:
    """Write the key to a temporary file and hard-link it into place: a second process racing to make
    one keeps the first (a replaced key would make every session tagged before look edited)."""
    handle, temporary = tempfile.mkstemp(prefix=".records.key.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="ascii") as stream:
            os.fchmod(stream.fileno(), 0o600)
            stream.write(secrets.token_hex(KEY_BYTES) + "\n")
            stream.flush()
            os.fsync(stream.fileno())
        with contextlib.suppress(FileExistsError):
            os.link(temporary, path)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temporary)


def _mac(key: bytes, previous: str, part: str, values: Sequence[object]) -> str:
    text = json.dumps([previous, part, list(values)], ensure_ascii=False, separators=(",", ":"))
    return hmac.new(key, text.encode("utf-8"), hashlib.sha256).hexdigest()


def start_tag(key: bytes, start: Sequence[object]) -> str:
    return _mac(key, "", "start", start)


def decision_tag(key: bytes, previous: str, decision: Sequence[object]) -> str:
    return _mac(key, previous, "decision", decision)


def finish_tag(key: bytes, previous: str, finish: Sequence[object]) -> str:
    return _mac(key, previous, "finish", finish)


def expected_tag(key: bytes, start: Sequence[object], decisions: Iterable[Sequence[object]],
                 finish: Sequence[object] | None) -> str:
    tag = start_tag(key, start)
    for decision in decisions:
        tag = decision_tag(key, tag, decision)
    return finish_tag(key, tag, finish) if finish is not None else tag


def check(key: bytes | None, stored: str | None, start: Sequence[object], decisions: Iterable[Sequence[object]],
          finish: Sequence[object] | None) -> str:
    """OK, EDITED, UNTAGGED (recorded before tags were kept) or NO_KEY (the key file is not here)."""
    if stored is None:
        return UNTAGGED
    if key is None:
        return NO_KEY
    return OK if hmac.compare_digest(stored, expected_tag(key, start, decisions, finish)) else EDITED
