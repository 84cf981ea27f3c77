"""The compiled cache holds data, not code (issue 14, item 5): a planted or edited entry is never used,
and a warm load gives exactly what a cold load gives."""

from __future__ import annotations

import json
import os
import pickle
from pathlib import Path

import pytest

from game.authoring import compiled_cache
from game.authoring.library import scenario_files
from game.authoring.loader import content_hash, load_scenario
from game.authoring.redlines import catalogue_for
from game.paths import shipped_scenarios

from authoring_support import ROOT

CONTRACT = ROOT / "tests" / "fixtures" / "contract-example.yaml"


class Payload:
    """Unpickling this runs a command: what the issue's attacker planted."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (os.system, (f"touch {self.marker}",))


def entry_for(path: Path) -> Path:
    return compiled_cache.entry_path(content_hash(path.read_bytes()), catalogue_for(path).digest)


@pytest.fixture
def scenario(tmp_path: Path) -> Path:
    target = tmp_path / "s.yaml"
    target.write_bytes(CONTRACT.read_bytes())
    return target


def test_a_warm_load_comes_from_the_cache_and_equals_a_cold_one(scenario):
    cold = load_scenario(scenario, use_cache=True)
    warm = load_scenario(scenario, use_cache=True)
    assert (cold.from_cache, warm.from_cache) == (False, True)
    assert warm.scenario == cold.scenario and warm.diagnostics == cold.diagnostics and warm.id_at == cold.id_at


@pytest.mark.parametrize("path", scenario_files([shipped_scenarios()]), ids=lambda p: p.stem)
def test_every_shipped_scenario_round_trips_through_the_cache(path):
    cold = load_scenario(path, use_cache=True)
    if not cold.ok:
        pytest.skip(f"{path.name} does not validate (another change in progress)")
    warm = load_scenario(path, use_cache=True)
    assert warm.from_cache and warm.scenario == cold.scenario and warm.diagnostics == cold.diagnostics


def test_an_entry_is_json_behind_a_tag_never_a_pickle(scenario):
    load_scenario(scenario, use_cache=True)
    tag, _, body = entry_for(scenario).read_bytes().partition(b"\n")
    assert len(tag) == 64 and json.loads(body)["format"] == compiled_cache.CACHE_FORMAT
    assert not list(compiled_cache.cache_dir().glob("*.pickle"))


def test_a_planted_pickle_never_runs(scenario, tmp_path):
    marker = tmp_path / "pwned"
    digest = content_hash(scenario.read_bytes())
    catalogue = catalogue_for(scenario).digest
    folder = compiled_cache.cache_dir()
    folder.mkdir(parents=True, exist_ok=True)
    planted = pickle.dumps(Payload(marker))
    for name in (f"{digest}-{catalogue}-1-0.1.0.pickle", entry_for(scenario).name):  # the old name and the new one
        (folder / name).write_bytes(planted)
    result = load_scenario(scenario, use_cache=True)
    assert result.ok and not result.from_cache and not marker.exists()


def test_an_edited_entry_is_refused(scenario):
    load_scenario(scenario, use_cache=True)
    entry = entry_for(scenario)
    tag, _, body = entry.read_bytes().partition(b"\n")
    payload = json.loads(body)
    payload["scenario"]["title"] = "Edited"
    entry.write_bytes(tag + b"\n" + json.dumps(payload).encode())
    result = load_scenario(scenario, use_cache=True)
    assert not result.from_cache and result.scenario.title == "Checkpoint at the market road"


def test_an_entry_tagged_with_another_key_is_refused(scenario):
    load_scenario(scenario, use_cache=True)
    entry = entry_for(scenario)
    _, _, body = entry.read_bytes().partition(b"\n")
    entry.write_bytes(compiled_cache._mac(b"k" * compiled_cache.KEY_BYTES, body).encode() + b"\n" + body)
    assert not load_scenario(scenario, use_cache=True).from_cache


def test_a_key_others_may_read_or_replace_is_not_trusted(scenario):
    load_scenario(scenario, use_cache=True)
    key = compiled_cache.cache_dir() / ".key"
    assert key.stat().st_mode & 0o777 == 0o600
    key.chmod(0o644)
    assert not load_scenario(scenario, use_cache=True).from_cache
    key.unlink()
    key.symlink_to(scenario)
    assert not load_scenario(scenario, use_cache=True).from_cache


def test_a_valid_tag_on_a_model_that_does_not_validate_is_refused(scenario):
    """Even an entry tagged with the right key is read through the models: nothing unchecked reaches play."""
    load_scenario(scenario, use_cache=True)
    entry = entry_for(scenario)
    _, _, body = entry.read_bytes().partition(b"\n")
    payload = json.loads(body)
    payload["scenario"]["dimensions"]["crisis"]["weight"] = "heavy"
    body = json.dumps(payload).encode()
    key = (compiled_cache.cache_dir() / ".key").read_bytes()
    entry.write_bytes(compiled_cache._mac(key, body).encode() + b"\n" + body)
    assert not load_scenario(scenario, use_cache=True).from_cache


def test_a_cache_folder_that_cannot_be_written_only_costs_speed(scenario, monkeypatch, tmp_path):
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder should be")
    monkeypatch.setenv("BLUEHELM_CACHE_DIR", str(blocked))
    first, second = load_scenario(scenario, use_cache=True), load_scenario(scenario, use_cache=True)
    assert first.ok and second.ok and not second.from_cache
