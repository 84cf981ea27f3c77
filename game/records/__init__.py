"""Trainee records: the SQLite store, instructor reports and xAPI statements for a Learning Record Store.

Data flows one way: a `RecordedSession` (or any front end) writes to the
`RecordStore`; reports and xAPI read from it. Nothing here imports pygame.
"""

from .models import DecisionRecord, Review, SessionRecord, Trainee
from .recorder import RecordedSession, result_json
from .schema import LATEST as SCHEMA_VERSION
from .schema import RecordsError
from .store import RecordStore, default_path

__all__ = ["DecisionRecord", "RecordStore", "RecordedSession", "RecordsError", "Review", "SCHEMA_VERSION",
           "SessionRecord", "Trainee", "default_path", "result_json"]
