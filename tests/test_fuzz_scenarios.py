"""The invariant of issue 14, property-based: a mutated scenario either gets diagnostics (never a
traceback), or it validates and then every tool works on it (tests/fuzzing.py says which).

Mutants start from real scenarios (the contract example, a looping fixture, an error example and a
shipped scenario) and change their structure and numbers; a second property mangles the text itself
(lines deleted, doubled, re-indented, tabbed). Derandomized and small, so CI stays fast and a failure
replays; bench/fuzz.py runs thousands with a seed.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from fuzzing import SEED_FILES, exercise, mangled_text, mutated_scenarios, seed_documents

SETTINGS = settings(max_examples=40, derandomize=True, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
SEEDS = seed_documents()
RAW_SEEDS = [path.read_bytes() for path in SEED_FILES]


def test_every_seed_validates_and_every_tool_works_on_it():
    for raw in RAW_SEEDS:
        assert exercise(raw)


@SETTINGS
@given(mutated_scenarios(SEEDS))
def test_a_mutated_scenario_gets_diagnostics_or_works_everywhere(raw):
    exercise(raw)


@SETTINGS
@given(mangled_text(RAW_SEEDS[:2]))
def test_a_mangled_file_gets_diagnostics_or_works_everywhere(raw):
    exercise(raw)
