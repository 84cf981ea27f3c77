"""What the records store hands back: plain frozen rows, no database handles."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone


@dataclass(frozen=True, slots=True)
class Trainee:
    """A trainee as signed in: an id (required, what reports and the LRS know them by), name, service number."""

    id: str
    name: str = ""
    service_number: str = ""

    @property
    def label(self) -> str:
        return f"{self.name} ({self.id})" if self.name and self.name != self.id else self.id


@dataclass(frozen=True, slots=True)
class Review:
    """An instructor's global rating (1 to 5) and comment on one session."""

    rating: int
    comment: str
    reviewer: str
    reviewed_at: str


@dataclass(frozen=True, slots=True)
class DecisionRecord:
    session_id: int
    seq: int  # 1-based, in the order the decisions were made
    node: str
    choice: str
    goto: str
    ratings: dict[str, int]
    seconds: float  # seconds of play spent deciding
    timer_expired: bool
    play_at: float  # seconds of play since the session began
    decided_at: str  # UTC ISO 8601, when it was committed
    shown_position: int | None = None  # where the chosen option was shown (1 = first); None before shuffling
    damaged: bool = False  # its stored ratings were not readable JSON (read as no ratings)


@dataclass(frozen=True, slots=True)
class SessionRecord:
    id: int
    registration: str  # a UUID, the session's xAPI registration
    trainee: Trainee
    course: str
    scenario_id: str
    scenario_title: str
    content_hash: str
    language: str
    mode: str
    timer_setting: str
    app_version: str
    started_at: str
    finished_at: str | None
    decisions: int
    outcome: str | None
    passed: bool | None
    overall: float | None
    review: Review | None

    @property
    def finished(self) -> bool:
        return self.finished_at is not None

    @property
    def last_activity(self) -> str:
        return self.finished_at or self.started_at

    def seconds_taken(self) -> float | None:
        """Wall-clock seconds from start to end, None while unfinished."""
        if self.finished_at is None:
            return None
        return (parse_time(self.finished_at) - parse_time(self.started_at)).total_seconds()


def utc_now() -> str:
    """Now, as the store writes every time: UTC ISO 8601 with milliseconds and a Z."""
    return format_time(datetime.now(timezone.utc))


def format_time(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def parse_time(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))
