"""`bluehelm report` and `review`: one self-contained HTML file, CSV, escaping, the heat-map."""

from __future__ import annotations

import csv
import re
import shutil
from html.parser import HTMLParser

import pytest
from records_support import CHECKPOINT, LOOP, make_class, play

from game.authoring.loader import load_scenario
from game.cli import main
from game.records import SCHEMA_VERSION, RecordStore, Trainee
from game.records.bundle import bundle_ids, iter_bundles
from game.records.classdata import build_class_report as _build_report
from game.records.scenario_texts import ScenarioIndex, texts_finder
from game.records.svg import bin_counts


def build_class_report(store, index, **filters):
    """The report's data as `bluehelm report` builds it from a records file."""
    ids = bundle_ids(store, course=filters.get("course"), scenario=filters.get("scenario"))
    return _build_report(iter_bundles(store, ids), texts_finder(index, store.scenario_definition), **filters)

XSS = "<script>alert(1)</script>"


@pytest.fixture
def store(tmp_path):
    with RecordStore.open(tmp_path / "records.sqlite3") as opened:
        yield opened


class _Page(HTMLParser):
    """The tags of a page and its text, as a browser would see them."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def _report(store, tmp_path, *args: str) -> tuple[int, str]:
    out = tmp_path / "report.html"
    status = main(["report", "--db", str(store.path), "-o", str(out), *args])
    return status, out.read_text(encoding="utf-8") if out.exists() else ""


def test_the_report_is_one_self_contained_file(store, tmp_path):
    make_class(store)
    status, html = _report(store, tmp_path)
    assert status == 0
    page = _Page(html)
    names = {tag for tag, _ in page.tags}
    assert "link" not in names and "img" not in names and "iframe" not in names
    assert [tag for tag, _ in page.tags].count("script") == 1  # the table sorter, inline
    assert all("src" not in attrs for _, attrs in page.tags)
    assert all(attrs.get("href", "#").startswith("#") for _, attrs in page.tags)  # links stay in the page
    assert "@import" not in html and "url(" not in html
    assert not re.search(r"(?:src|href)\s*=\s*[\"']?(?:https?:)?//", html)
    assert names >= {"style", "table", "svg", "rect"}


def test_a_trainee_named_like_a_script_shows_as_text(store, tmp_path):
    play(store, CHECKPOINT, Trainee("t1", XSS, '"><img src=x onerror=alert(2)>'), seed=1,
         course="<b>course</b>")
    store.review(1, 3, "<i>see me</i>", reviewer="<u>capt</u>")
    status, html = _report(store, tmp_path)
    assert status == 0
    assert XSS not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    page = _Page(html)
    assert {tag for tag, _ in page.tags}.isdisjoint({"img", "b", "i", "u"})
    assert [tag for tag, _ in page.tags].count("script") == 1
    text = "".join(page.text)
    assert XSS in text and "<i>see me</i>" in text and "<b>course</b>" in text


def test_the_class_table_has_scores_bands_red_lines_time_and_the_instructor_review(store, tmp_path):
    played = make_class(store)
    store.review(played[0].session_id, 4, "Calm with the elder; rushed the search.", "Capt. Haddad")
    report = build_class_report(store, ScenarioIndex())
    first = report.rows[0]
    debrief = store.debrief(first.session.id)
    assert first.dimensions == {d["id"]: d["percent"] for d in debrief["dimensions"]}
    assert first.band == debrief["overall_band"]
    assert first.red_lines == [r["text"] for r in debrief["red_lines"]]
    status, html = _report(store, tmp_path)
    text = "".join(_Page(html).text)
    assert "4/5" in text and "Calm with the elder; rushed the search." in text and "Capt. Haddad" in text
    assert f"{first.session.overall:g}%" in text
    assert "unfinished (2 decisions)" in text
    for label in ("Cultural sensitivity", "Crisis response", "Red lines", "Time taken", "Instructor rating",
                  "Trainees by scenario", "Sessions by trainee"):
        assert label in text


def test_csv_writes_the_class_table_for_spreadsheets(store, tmp_path):
    played = make_class(store)
    store.review(played[1].session_id, 2, "=HYPERLINK(\"http://x\")", "Capt. Haddad")
    out = tmp_path / "class.csv"
    assert main(["report", "--db", str(store.path), "--csv", str(out)]) == 0
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert len(rows) == 4
    assert rows[0]["trainee_id"] == "t0" and rows[0]["trainee_name"] == "Trainee 0"
    assert {"overall_percent", "cultural_percent", "crisis_percent", "band", "red_lines",
            "instructor_rating", "instructor_comment", "seconds_taken"} <= set(rows[0])
    assert rows[1]["instructor_rating"] == "2"
    assert rows[1]["instructor_comment"] == "'=HYPERLINK(\"http://x\")"  # never a live formula
    assert rows[3]["status"] == "unfinished" and rows[3]["overall_percent"] == ""
    record = store.session(played[0].session_id)
    assert float(rows[0]["overall_percent"]) == record.overall


def test_the_heat_map_counts_trainees_per_option_with_the_options_ratings(store):
    make_class(store)
    report = build_class_report(store, ScenarioIndex())
    [scenario] = report.scenarios
    nodes = {n.node: n for n in scenario.nodes}
    arrival = nodes["arrival"]
    chosen = {(s.trainee.id, d.choice) for s in store.sessions() for d in store.decisions(s.id) if d.node == "arrival"}
    assert len(arrival.trainees) == 4
    for choice in arrival.options.values():  # a trainee who came back to the node counts once per option
        assert choice.trainees == {trainee for trainee, taken in chosen if taken == choice.choice}
    assert {"ask-intel", "greet-elder", "check-interpreter", "start-searching"} <= set(arrival.options)
    greet = next(c for c in load_scenario(CHECKPOINT).scenario.nodes["arrival"].choices if c.id == "greet-elder")
    assert arrival.options["greet-elder"].ratings == greet.score  # the ratings the scenario gives it
    assert arrival.options["greet-elder"].text.startswith("Walk over to Baba Moussa")
    red_line = [o for n in scenario.nodes for o in n.options.values() if o.critical]
    assert red_line and all(o.poor for o in red_line)


def test_the_heat_map_outlines_a_node_where_most_of_the_class_goes_wrong(store, tmp_path):
    for number in range(3):
        recorded = play(store, LOOP, f"t{number}", seed=number, decisions=0, finish=False)
        while recorded.session.node_id != "well":
            recorded.choose("patrol")
        recorded.choose("push" if number < 2 else "queue-help")
    status, html = _report(store, tmp_path, "--scenarios", str(LOOP.parent))
    assert status == 0
    assert "Where the class goes wrong" in html and "67% chose a poor option" in html
    assert "Push through the queue." in html and "red line" in html


def _forget_recorded_texts(store) -> None:
    with store.writing("forget the recorded texts") as db:
        db.execute("DELETE FROM scenario_versions")


def test_a_scenario_file_that_is_gone_shows_ids(store, tmp_path):
    folder = tmp_path / "mine"
    folder.mkdir()
    copy = folder / "patrol-loop.yaml"
    shutil.copy(LOOP, copy)
    play(store, copy, "t1", seed=1, decisions=3)
    _forget_recorded_texts(store)  # as a records file from before the texts were recorded
    copy.unlink()
    status, html = _report(store, tmp_path)
    assert status == 0
    assert "was not found" in html
    assert "<code><bdi>greet</bdi></code>" in html or "<code><bdi>patrol</bdi></code>" in html
    assert "Greet the elders." not in html


def test_texts_come_from_a_changed_file_with_a_warning(store, tmp_path):
    folder = tmp_path / "mine"
    folder.mkdir()
    copy = folder / "patrol-loop.yaml"
    shutil.copy(LOOP, copy)
    play(store, copy, "t1", seed=1, decisions=3)
    _forget_recorded_texts(store)  # as a records file from before the texts were recorded
    copy.write_text(copy.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    status, html = _report(store, tmp_path, "--scenarios", str(folder))
    assert status == 0 and "has changed since" in html and "Greet the elders." in html


def test_filters_by_course_and_scenario(store, tmp_path):
    make_class(store, trainees=2, course="A")
    play(store, LOOP, "t9", seed=1, decisions=2, course="B")
    assert [r.session.course for r in build_class_report(store, ScenarioIndex(), course="B").rows] == ["B"]
    assert len(build_class_report(store, ScenarioIndex(), scenario="checkpoint-market").rows) == 2


def test_histogram_bins_cover_0_to_100():
    assert bin_counts([0, 9.9, 10, 55, 99.9, 100]) == [2, 1, 0, 0, 0, 1, 0, 0, 0, 2]


def test_review_command_stores_a_rating_shown_by_records_list(store, capsys):
    played = play(store, LOOP, "t1", seed=1, decisions=2)
    assert main(["review", "--db", str(store.path), str(played.session_id), "--rating", "5",
                 "--comment", "Exemplary."]) == 0
    assert "rated 5/5" in capsys.readouterr().out
    assert store.session(played.session_id).review.comment == "Exemplary."
    assert main(["records", "list", "--db", str(store.path)]) == 0
    assert "rated 5/5" in capsys.readouterr().out


def test_command_errors_are_one_line_with_the_right_status(store, tmp_path, capsys):
    def error(argv, status):
        assert main(argv) == status
        err = capsys.readouterr().err.strip()
        assert "\n" not in err and err.startswith("bluehelm: error: "), err
        return err

    assert "no session 42" in error(["review", "--db", str(store.path), "42", "--rating", "3"], 1)
    assert "no records file" in error(["report", "--db", str(tmp_path / "none.sqlite3"), "-o", "x.html"], 1)
    assert "-o report.html" in error(["report", "--db", str(store.path)], 2)
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"\x00\x01garbage" * 100)
    assert "not a Bluehelm records file" in error(["report", "--db", str(junk), "-o", "x.html"], 1)
    with pytest.raises(SystemExit) as usage:
        main(["review", "--db", str(store.path), "1", "--rating", "9"])
    assert usage.value.code == 2
    capsys.readouterr()


def test_records_info_counts_sessions_and_queued_statements(store, capsys):
    make_class(store, trainees=2)
    assert main(["records", "info", "--db", str(store.path), "--lrs", "http://127.0.0.1:9/xAPI"]) == 0
    out = capsys.readouterr().out
    assert f"schema version: {SCHEMA_VERSION}" in out and "sessions: 2 (1 finished)" in out and "0 sent" in out
