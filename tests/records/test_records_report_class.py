"""The report an instructor or a course director reads: per trainee, trainee x scenario, sessions grouped,
the heat-map per dimension, where the class goes wrong in words, text that cannot pose as other text, French."""

from __future__ import annotations

import re

import pytest
from records_support import CHECKPOINT, LOOP, make_class, play
from test_records_report import _Page, build_class_report

from game.cli import main
from game.records import RecordStore, Trainee
from game.records.scenario_texts import ScenarioIndex


@pytest.fixture
def store(tmp_path):
    with RecordStore.open(tmp_path / "records.sqlite3") as opened:
        yield opened


def _html(store, tmp_path, *args: str) -> str:
    out = tmp_path / "report.html"
    assert main(["report", "--db", str(store.path), "-o", str(out), *args]) == 0
    return out.read_text(encoding="utf-8")


def test_one_row_per_trainee_and_a_trainee_by_scenario_matrix(store, tmp_path):
    for attempt in range(3):
        play(store, CHECKPOINT, Trainee("amina", "Amina"), seed=attempt)
    play(store, LOOP, Trainee("amina", "Amina"), seed=4, decisions=2, finish=False)
    play(store, CHECKPOINT, Trainee("ben", "Ben"), seed=7)
    report = build_class_report(store, ScenarioIndex())
    amina, ben = report.trainees
    assert (amina.trainee.id, len(amina.rows), amina.scenarios, len(amina.finished)) == ("amina", 4, 2, 3)
    best = max(r.session.overall for r in amina.finished)
    cell = report.matrix[("amina", "checkpoint-market")]
    assert (cell.attempts, cell.best, cell.unfinished) == (3, best, 0)
    assert report.matrix[("amina", "patrol-loop")].unfinished == 1
    assert ("ben", "patrol-loop") not in report.matrix
    html = _html(store, tmp_path)
    assert html.count('<details>') == 2  # sessions grouped under each trainee, folded
    assert "3 attempts" in html and "not played" in html


def test_tables_are_sortable_by_their_headings(store, tmp_path):
    make_class(store, trainees=3)
    page = _Page(_html(store, tmp_path))
    buttons = [attrs for tag, attrs in page.tags if tag == "button" and "data-col" in attrs]
    assert len(buttons) >= 10
    assert ("nav", {"aria-label": "Contents"}) in page.tags
    assert {"main", "header", "footer"} <= {tag for tag, _ in page.tags}


def test_the_heat_map_shows_each_dimension_so_plus_one_minus_one_is_not_neutral(store, tmp_path):
    play(store, CHECKPOINT, "t1", seed=1)
    report = build_class_report(store, ScenarioIndex())
    [scenario] = report.scenarios
    mixed = next(o for n in scenario.nodes for o in n.options.values()
                 if sorted(o.ratings.values()) == [-1, 1])
    assert mixed.total == 0 and not mixed.poor
    html = _html(store, tmp_path)
    block = html[html.index(f"<bdi>{mixed.choice}</bdi>"):]
    row = block[:block.index("</tr>")]
    assert 'class="num rating up">+1<' in row and 'class="num rating down">-1<' in row


def test_where_the_class_goes_wrong_names_the_node_by_its_words(store, tmp_path):
    for number in range(3):
        recorded = play(store, LOOP, f"t{number}", seed=number, decisions=0, finish=False)
        while recorded.session.node_id != "well":
            recorded.choose("patrol")
        recorded.choose("push" if number < 2 else "queue-help")
    html = _html(store, tmp_path, "--scenarios", str(LOOP.parent))
    wrong = html[html.index("Where the class goes wrong"):html.index("Decisions at each node")]
    assert "A queue has formed at the well." in wrong  # the node's own words, not its id
    assert "Push through the queue." in wrong and "67%" in wrong and "red line" in wrong


def test_direction_overrides_cannot_make_one_name_look_like_another(store, tmp_path):
    play(store, LOOP, Trainee("t1", "\u202egnp.exe"), seed=1, decisions=1, course="\u2067RTL\u2069 course")
    store.review(1, 2, "note \u202eevil", "\u200fcapt")
    html = _html(store, tmp_path)
    assert "\u202e" not in html and "\u2067" not in html and "\u200f" not in html
    assert "<bdi>[U+202E]gnp.exe (t1)</bdi>" in html
    assert "[U+2067]RTL[U+2069] course" in html


def test_a_long_unbroken_name_wraps_instead_of_pushing_columns_off_the_page(store, tmp_path):
    play(store, LOOP, Trainee("t" + "x" * 300, "N" * 400), seed=1, decisions=1)
    html = _html(store, tmp_path)
    css = html[html.index("<style>"):html.index("</style>")]
    assert re.search(r"td\{overflow-wrap:anywhere\}", css)
    assert ".wide{overflow-x:auto}" in css  # and a wide table scrolls inside its own box


def test_the_report_in_french(store, tmp_path):
    make_class(store, trainees=3)
    html = _html(store, tmp_path, "--lang", "fr")
    text = "".join(_Page(html).text)
    assert '<html lang="fr">' in html
    for words in ("Rapport de classe Bluehelm", "Stagiaires", "Séances par stagiaire", "Sensibilité culturelle",
                  "Où la classe se trompe", "Analyse des items"):
        assert words in text, words
    record = store.sessions()[0]
    assert f"{record.overall:g}".replace(".", ",") + "\u00a0%" in text
    assert "Bluehelm class report" not in text


def test_item_analysis_needs_ten_trainees_and_says_so(store, tmp_path):
    make_class(store, trainees=3)
    assert "needs at least 10 trainees" in _html(store, tmp_path)
