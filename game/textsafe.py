"""Text that is safe to print on a terminal: control characters shown escaped, never sent raw.

A scenario, a PO file or a file name may hold escape sequences (`\\e]0;title\\a`,
`\\e[2J`) that retitle the terminal, clear the screen or fake output when printed.
Every human-readable output of Bluehelm goes through `shown`, which writes such
characters the way Python writes them in a string (`\\x1b`, `\\u202e`), so the
author sees what is in the file and the terminal sees only plain text.
"""

from __future__ import annotations

import re

# C0 controls, DEL and C1 controls (\x9b is a one-byte CSI on some terminals), the bidirectional
# overrides and isolates that can reorder what a line seems to say, and the Unicode line and
# paragraph separators.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_UNSAFE_IN_LINES = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match[str]) -> str:
    char = match.group(0)
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def shown(text: object, *, lines: bool = False) -> str:
    """`text` (made a string) with every control character escaped; with `lines`, line breaks
    and tabs stay as they are (for multi-line output such as a debrief)."""
    value = text if isinstance(text, str) else str(text)
    return (_UNSAFE_IN_LINES if lines else _UNSAFE).sub(_escape, value)


def has_unsafe(text: str) -> bool:
    """Whether printing `text` raw could send a control character to the terminal."""
    return _UNSAFE.search(text) is not None
