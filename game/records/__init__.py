"""Trainee records: the SQLite store, instructor reports and xAPI statements for a Learning Record Store.

Data flows one way: a front end (the play runner) writes to the `RecordStore`;
reports, item analysis and xAPI read from it (or, for reports, from an LRS).
Nothing here imports pygame. The store is private (0600 file, 0700 folder),
compact (decisions, not states) and integrity-tagged; docs/records.md has the
privacy model, the commands and the xAPI profile.
"""

from .models import DecisionRecord, Review, SessionRecord, Trainee
from .results import result_json
from .schema import LATEST as SCHEMA_VERSION
from .schema import RecordsError
from .store import RecordStore, default_path

__all__ = ["DecisionRecord", "RecordStore", "RecordsError", "Review", "SCHEMA_VERSION",
           "SessionRecord", "Trainee", "default_path", "result_json"]
