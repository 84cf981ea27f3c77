"""Shared fixtures. Every engine test runs twice: directly, and with the session
saved to JSON and restored after every action (as ink's test suite does)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from game.authoring.loader import LoadResult, load_scenario
from game.engine.rules import CompiledScenario, compile_scenario
from game.engine.session import Outcome, Session
from game.engine.state import SessionState

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
CONTRACT = FIXTURES / "contract-example.yaml"


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the real user's cache, settings or records."""
    home = tmp_path_factory.mktemp("bluehelm-home")
    monkeypatch.setenv("BLUEHELM_HOME", str(home))
    monkeypatch.setenv("BLUEHELM_CACHE_DIR", str(home / "cache"))


def load_ok(path: Path) -> LoadResult:
    result = load_scenario(path)
    assert result.ok, "\n".join(d.format() for d in result.diagnostics)
    return result


def compiled_from(path: Path) -> CompiledScenario:
    result = load_ok(path)
    assert result.scenario is not None
    return compile_scenario(result.scenario)


class Driver:
    """A Session, optionally saved to JSON and restored after every action."""

    def __init__(self, compiled: CompiledScenario, *, roundtrip: bool, seed: int = 0, language: str | None = None):
        self.compiled, self.roundtrip = compiled, roundtrip
        self.session = Session(compiled, seed=seed, language=language, content_hash="test")

    def _cycle(self) -> None:
        if self.roundtrip:
            saved = SessionState.from_json(json.loads(json.dumps(self.session.state.to_json())))
            self.session, report = Session.resume(self.compiled, saved, content_hash="test")
            assert report.exact

    def choose(self, choice_id: str) -> Outcome:
        outcome = self.session.choose(choice_id)
        self._cycle()
        return outcome

    def advance_time(self, seconds: float) -> Outcome | None:
        outcome = self.session.advance_time(seconds)
        self._cycle()
        return outcome

    def __getattr__(self, name: str):
        return getattr(self.session, name)


@pytest.fixture(params=["direct", "roundtrip"])
def driver(request: pytest.FixtureRequest):
    def make(path: Path = CONTRACT, **kwargs) -> Driver:
        return Driver(compiled_from(path), roundtrip=request.param == "roundtrip", **kwargs)
    return make
