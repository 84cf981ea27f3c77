"""Every HTML output passes an axe-core audit in Chromium with no serious or critical violation:
the class report (in English and French, with every section it can have) and the scenario map."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest
from axe_audit import audit, need_chromium, serious
from records_support import CHECKPOINT, LOOP, ROOT, play

from game.cli import main
from game.records import RecordStore, Trainee


@pytest.fixture(scope="module")
def full_report(tmp_path_factory):
    """A class of twelve with every section a report can show: flags, item analysis, reviews, unfinished."""
    need_chromium()
    folder = tmp_path_factory.mktemp("a11y")
    path = folder / "records.sqlite3"
    with RecordStore.open(path) as store:
        for number in range(12):
            play(store, CHECKPOINT, Trainee(f"t{number:02d}", f"Trainee \u202e{number}", f"SN-{number}"),
                 seed=number, course="UNPK-7")
        play(store, LOOP, Trainee("t99", "\u0623\u0645\u064a\u0646\u0629"), seed=3, decisions=3, finish=False)
        store.review(1, 4, "Calm with the elder; " + "x" * 120, "Capt. Haddad")
    db = sqlite3.connect(path)
    db.execute("UPDATE sessions SET overall = 99 WHERE id = 2")  # an edited record, flagged
    db.commit()
    db.close()
    pages = {}
    for language in ("en", "fr"):
        out = folder / f"report-{language}.html"
        assert main(["report", "--db", str(path), "-o", str(out), "--lang", language]) == 0
        pages[language] = out
    return pages


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_class_report_has_no_serious_or_critical_accessibility_violation(full_report, language):
    html = full_report[language].read_text(encoding="utf-8")
    assert "Cronbach" in html and ("integrity" in html or "intégrité" in html)  # every section is there
    found = audit(full_report[language])
    assert serious(found) == [], found


def test_the_scenario_map_has_no_accessibility_violation(tmp_path):
    need_chromium()
    out = tmp_path / "map.html"
    done = subprocess.run([sys.executable, "-m", "game", "graph", str(ROOT / "scenarios" / "checkpoint-market.yaml"),
                           "-o", str(out)], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    found = audit(out)
    assert serious(found) == [], found
    assert found == [], found  # not even a moderate one (it had one: controls outside any landmark)
