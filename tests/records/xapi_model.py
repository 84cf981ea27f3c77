"""A strict xAPI 1.0.3 statement model for tests, built on Ralph's own pydantic models.

Ralph's `BaseXapiStatement` already forbids unknown keys and empty values and
checks IRIs, UUIDs, language maps and score ranges. This narrows it to what
Bluehelm promises: an id, a timestamp in UTC, version 1.0.3, an account agent,
an Activity object (whose definitions, interaction definitions with choices included, Ralph checks),
an ADL verb from our list and a registration in context.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Dict, Literal, Optional, Union
from uuid import UUID

from pydantic import field_validator
from ralph.models.xapi.base.agents import BaseXapiAgentWithAccount
from ralph.models.xapi.base.contexts import BaseXapiContext
from ralph.models.xapi.base.statements import BaseXapiStatement
from ralph.models.xapi.base.unnested_objects import BaseXapiActivity
from ralph.models.xapi.base.verbs import BaseXapiVerb
from ralph.models.xapi.concepts.verbs.adl_vocabulary import AnsweredVerb
from ralph.models.xapi.concepts.verbs.scorm_profile import CompletedVerb, InitializedVerb, TerminatedVerb


class PassedVerb(BaseXapiVerb):
    id: Literal["http://adlnet.gov/expapi/verbs/passed"]
    display: Optional[Dict[Literal["en-US"], Literal["passed"]]] = None


class FailedVerb(BaseXapiVerb):
    id: Literal["http://adlnet.gov/expapi/verbs/failed"]
    display: Optional[Dict[Literal["en-US"], Literal["failed"]]] = None


class SuspendedVerb(BaseXapiVerb):
    id: Literal["http://adlnet.gov/expapi/verbs/suspended"]
    display: Optional[Dict[Literal["en-US"], Literal["suspended"]]] = None


class ResumedVerb(BaseXapiVerb):
    id: Literal["http://adlnet.gov/expapi/verbs/resumed"]
    display: Optional[Dict[Literal["en-US"], Literal["resumed"]]] = None


class StrictContext(BaseXapiContext):
    registration: UUID


class BluehelmStatement(BaseXapiStatement):
    id: UUID
    actor: BaseXapiAgentWithAccount
    verb: Union[InitializedVerb, AnsweredVerb, SuspendedVerb, ResumedVerb, CompletedVerb, PassedVerb, FailedVerb,
                TerminatedVerb]
    object: BaseXapiActivity
    context: StrictContext
    timestamp: datetime
    version: Literal["1.0.3"]

    @field_validator("timestamp")
    @classmethod
    def _in_utc(cls, value: datetime) -> datetime:
        if value.utcoffset() != timedelta(0):
            raise ValueError("timestamps are written in UTC")
        return value


def validate_voiding(statement: dict) -> BaseXapiStatement:
    """A voiding statement: Ralph's own statement model, plus the verb and a StatementRef object."""
    assert statement["verb"]["id"] == "http://adlnet.gov/expapi/verbs/voided"
    assert statement["object"]["objectType"] == "StatementRef"
    UUID(statement["object"]["id"])
    return BaseXapiStatement.model_validate(statement)


def validate(statement: dict) -> BluehelmStatement:
    """Raises pydantic.ValidationError for anything xAPI 1.0.3 (or Bluehelm's profile of it) forbids."""
    return BluehelmStatement.model_validate(statement)
