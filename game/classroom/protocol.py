"""The messages a page (or the instructor's token holder) may send, checked before anything reads them.

Every frame is JSON of one of these shapes, at most MAX_FRAME bytes; anything else gets an
error frame and changes nothing. Extra fields are refused (a vote cannot name another seat).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

MAX_FRAME = 2048
"""Bytes: the longest legitimate frame (a join with a 60-character name) is well under 300."""

Text = Annotated[str, Field(min_length=1, max_length=60)]
Code = Annotated[str, Field(min_length=1, max_length=12)]
Token = Annotated[str, Field(min_length=8, max_length=64)]
Language = Annotated[str, Field(pattern=r"^[a-z]{2,3}(-[A-Za-z]{2,4})?$")]
Choice = Annotated[str, Field(min_length=1, max_length=80)]


class _Message(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Join(_Message):
    type: Literal["join"]
    room: Code
    name: Text
    language: Language


class Rejoin(_Message):
    type: Literal["rejoin"]
    room: Code
    token: Token


class Vote(_Message):
    type: Literal["vote"]
    step: Annotated[int, Field(ge=0, le=10_000)]
    choice: Choice


class SetLanguage(_Message):
    type: Literal["language"]
    language: Language


class Control(_Message):
    """The instructor's keys, for whoever holds the instructor token printed in the terminal."""

    type: Literal["control"]
    token: Token
    action: Literal["reveal", "reopen", "majority", "take", "pause", "end", "watch"]
    choice: Choice | None = None


Message = Annotated[Union[Join, Rejoin, Vote, SetLanguage, Control], Field(discriminator="type")]
_PARSER: TypeAdapter = TypeAdapter(Message)


class ProtocolError(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def parse(frame: str | bytes | None) -> Join | Rejoin | Vote | SetLanguage | Control:
    """The message in a frame; ProtocolError (oversized or malformed) otherwise."""
    if frame is None:
        raise ProtocolError("malformed", "frames are JSON text")
    if len(frame) > MAX_FRAME:
        raise ProtocolError("too-large", f"frames are at most {MAX_FRAME} bytes")
    try:
        return _PARSER.validate_json(frame)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first.get("loc", ())) or "frame"
        raise ProtocolError("malformed", f"{where}: {first.get('msg', 'not understood')}") from None


def error_frame(code: str, message: str) -> dict:
    return {"type": "error", "code": code, "message": message}


@dataclass
class Bucket:
    """A token bucket: `rate` messages a second, bursts of `burst`."""

    rate: float
    burst: float
    clock: object = time.monotonic
    level: float = field(default=-1.0)
    at: float = 0.0

    def take(self) -> bool:
        now = self.clock()  # type: ignore[operator]
        if self.level < 0:
            self.level, self.at = self.burst, now
        self.level = min(self.burst, self.level + (now - self.at) * self.rate)
        self.at = now
        if self.level < 1:
            return False
        self.level -= 1
        return True
