"""The validated scenario model: the shape of the format, as pydantic models.

These models check shape only (keys, types, required fields). Cross-references,
ranges and graph checks live in `checks.py`, which reports them with positions.
The same models produce the JSON Schema for editors.
"""

from __future__ import annotations

from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, model_validator

LocalText = Union[str, dict[str, str]]
"""A string in the scenario's language, or a mapping from language code to string."""

Scalar = Union[bool, int, str]
Weight = Union[int, float]
Rating = int
EndingKind = Literal["success", "partial", "failure"]


class FormatModel(BaseModel):
    """Strict, closed models; keys starting with `x-` are authors' notes and are dropped."""

    # allow_inf_nan=False: a model never holds .inf or .nan (BH015), whoever builds it.
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True, populate_by_name=True, allow_inf_nan=False)

    @model_validator(mode="before")
    @classmethod
    def _drop_author_notes(cls, data: object) -> object:
        if isinstance(data, dict):
            for key in data:  # a plain loop: this runs for each of a large scenario's 80,000 objects
                if isinstance(key, str) and key.startswith("x-"):
                    return {k: v for k, v in data.items() if not (isinstance(k, str) and k.startswith("x-"))}
        return data


class Objective(FormatModel):
    id: str
    text: LocalText


class Band(FormatModel):
    """An optional competency band: applies from `from` percent up to the next band."""

    label: LocalText
    from_: Weight = Field(alias="from")


class Dimension(FormatModel):
    label: LocalText
    weight: Weight = 1
    bands: list[Band] = Field(default_factory=list)


class Variable(FormatModel):
    value: Scalar
    min: int | None = None
    max: int | None = None
    label: LocalText | None = None
    show: bool = False


class CastMember(FormatModel):
    name: LocalText
    role: LocalText | None = None
    portrait: str | None = None


class Effects(FormatModel):
    add: dict[str, int] = Field(default_factory=dict)
    set_: dict[str, Scalar] = Field(default_factory=dict, alias="set")


class Timer(FormatModel):
    seconds: Annotated[Weight, Field(gt=0)]
    choice: str


class Variant(FormatModel):
    """A text shown instead of the plain one while its condition holds (state-aware text)."""

    if_: str = Field(alias="if")
    text: LocalText


RED_LINE_KEY = "red_line"


def red_line_id(critical: object) -> str | None:
    """The catalogue id a `critical: {red_line: ID}` names, else None (a free-text red line or none)."""
    if isinstance(critical, dict) and set(critical) == {RED_LINE_KEY} and isinstance(critical[RED_LINE_KEY], str):
        return critical[RED_LINE_KEY]
    return None


class Choice(FormatModel):
    id: str
    text: LocalText
    variants: list[Variant] = Field(default_factory=list)
    goto: Union[str, dict[str, Weight]]
    if_: str | None = Field(default=None, alias="if")
    once: bool = False
    add: dict[str, int] = Field(default_factory=dict)
    set_: dict[str, Scalar] = Field(default_factory=dict, alias="set")
    score: dict[str, Rating] = Field(default_factory=dict)
    feedback: LocalText | None = None
    objectives: list[str] = Field(default_factory=list)
    critical: LocalText | None = None
    """A red line: a sentence (per language), or `{red_line: ID}` naming a catalogue entry."""

    @property
    def red_line(self) -> str | None:
        return red_line_id(self.critical)


class Node(FormatModel):
    text: LocalText
    title: LocalText | None = None  # a short name for the decision point (the debrief's timeline)
    variants: list[Variant] = Field(default_factory=list)
    keep_order: bool = False
    speaker: str | None = None
    background: str | None = None
    on_enter: Effects | None = None
    timer: Timer | None = None
    choices: list[Choice] = Field(default_factory=list)
    ending: EndingKind | None = None


class AssessmentLimits(FormatModel):
    """Per-scenario overrides of the assessment-quality thresholds (percent or percentage points)."""

    best_is_longest: Weight | None = None
    giveaway_gap: Weight | None = None
    dominant: Weight | None = None
    naive_pass: Weight | None = None


class Scenario(FormatModel):
    id: str
    title: LocalText
    summary: LocalText | None = None
    language: str = "en"
    minutes: Weight | None = None
    difficulty: int | None = None
    tags: list[str] = Field(default_factory=list)
    briefing: LocalText | None = None
    objectives: list[Objective] = Field(default_factory=list)
    dimensions: dict[str, Dimension]
    pass_mark: Weight = 60
    pass_marks: dict[str, Weight] = Field(default_factory=dict)
    bands: list[Band] = Field(default_factory=list)
    variables: dict[str, Variable] = Field(default_factory=dict)
    cast: dict[str, CastMember] = Field(default_factory=dict)
    start: str
    nodes: dict[str, Node]
    assessment: AssessmentLimits | None = None


def localized(text: LocalText | None, language: str, fallback: str) -> str:
    """The text in `language`, else in the scenario's own language, else ''."""
    if text is None:
        return ""
    if isinstance(text, str):
        return text
    return text.get(language) or text.get(fallback) or next(iter(text.values()), "")
