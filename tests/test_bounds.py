"""Numbers in the format have bounds (BH015): every number that used to validate and then crash a tool
(issue 14, items 3, 4, 10 and 11) is refused by `validate` with one located line and its hint.

Each case is the issue's reproducer written into a small valid scenario; the last tests run the
commands that used to crash on such files and check they now stop with one line, and that numbers
at the very edge of the bounds still validate and play.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

from game.authoring.bounds import MAX_INTEGER
from game.authoring.diagnostics import shown_number
from game.authoring.loader import check_source
from game.authoring.schema import scenario_schema

from conftest import ROOT

BASE = """id: bounded
title: Bounded numbers
dimensions:
  crisis: {label: Crisis response, weight: 1}
variables:
  trust: {value: 50, min: 0, max: 100}
start: arrival
nodes:
  arrival:
    text: The crowd waits.
    timer: {seconds: 20, choice: wait}
    choices:
      - id: open
        text: Open the barrier.
        goto: done
        score: {crisis: 1}
        feedback: Opening lets the families through.
      - id: wait
        text: Wait.
        goto: {done: 3, arrival: 1}
        score: {crisis: -1}
        feedback: Waiting lets the tension grow.
  done:
    text: It is over.
    ending: success
"""
FILE = "bounded.yaml"
FINITE = ": YAML reads .inf and .nan as infinity and not-a-number; write a number"
TOO_LONG = "far beyond the format's bounds: write a small number, or put text in quotes"
WHOLE = f"is a whole number from {-MAX_INTEGER:,} to {MAX_INTEGER:,}"


def edit(old: str, new: str) -> str:
    assert BASE.count(old) == 1, old
    return BASE.replace(old, new)


def found(source: str) -> list[str]:
    return [d.format() for d in check_source(source.encode("utf-8"), FILE, None)[1]]


def error(line: int, column: int, message: str, code: str = "BH015") -> str:
    return f"{FILE}:{line}:{column}: error: {code} {message}"


def test_the_base_scenario_is_valid():
    assert found(BASE) == []


REFUSED = {  # issue 14's reproducers, each now one BH015 line with what to write instead
    "weight .inf": (edit("weight: 1}", "weight: .inf}"), error(4, 44, "'weight' must be a finite number, not .inf" + FINITE)),
    "weight .nan": (edit("weight: 1}", "weight: .nan}"), error(4, 44, "'weight' must be a finite number, not .nan" + FINITE)),
    "weight 1.0e+308": (edit("weight: 1}", "weight: 1.0e+308}"),
                        error(4, 44, "'weight' is at most 100, not 1e+308: weights only compare dimensions, so use "
                                     "small numbers such as 1 and 2")),
    "weight of 400 digits": (edit("weight: 1}", "weight: " + "9" * 400 + "}"),
                             error(4, 44, f"'9999999999999...' is a number of 400 characters, {TOO_LONG}")),
    "timer of 400 digits": (edit("seconds: 20", "seconds: " + "9" * 400),
                            error(11, 22, f"'9999999999999...' is a number of 400 characters, {TOO_LONG}")),
    "timer .inf": (edit("seconds: 20", "seconds: .inf"), error(11, 22, "'seconds' must be a finite number, not .inf" + FINITE)),
    "timer over an hour": (edit("seconds: 20", "seconds: 3601"),
                           error(11, 22, "'seconds' is at most 3,600, not 3601: a timer gives the seconds a trainee "
                                         "has to decide")),
    "minutes of 400 digits": (edit("title: Bounded numbers", "title: Bounded numbers\nminutes: " + "9" * 400),
                              error(3, 10, f"'9999999999999...' is a number of 400 characters, {TOO_LONG}")),
    "minutes over ten hours": (edit("title: Bounded numbers", "title: Bounded numbers\nminutes: 601"),
                               error(3, 10, "'minutes' is at most 600, not 601: give the minutes one playthrough takes")),
    "variable of 4,000 hex digits": (edit("{value: 50, min: 0, max: 100}", "{value: 0x" + "f" * 4000 + "}"),
                                     error(6, 18, f"'0xfffffffffff...' is a number of 4,002 characters, {TOO_LONG}")),
    "variable over a billion": (edit("{value: 50, min: 0, max: 100}", "{value: 1000000001}"),
                                error(6, 18, f"'value' {WHOLE}, not 1000000001: keep counters and scales small, "
                                             "e.g. 0 to 100")),
    "add of 20 digits": (edit("        score: {crisis: 1}\n", "        score: {crisis: 1}\n        add: {trust: "
                              + "9" * 20 + "}\n"),
                         error(17, 22, f"'trust' {WHOLE}, not a number of 20 digits: keep counters and scales small, "
                                       "e.g. 0 to 100")),
    "branch weight of 400 digits": (edit("{done: 3, arrival: 1}", "{done: " + "9" * 400 + ", arrival: 1}"),
                                    error(20, 22, f"'9999999999999...' is a number of 400 characters, {TOO_LONG}")),
    "branch weight .nan": (edit("{done: 3, arrival: 1}", "{done: .nan, arrival: 1}"),
                           error(20, 22, "'done' must be a finite number, not .nan" + FINITE)),
    "branch weight 1.0e+308": (edit("{done: 3, arrival: 1}", "{done: 1.0e+308, arrival: 1}"),
                               error(20, 22, "the weight for 'done' is at most 1,000,000, not 1e+308: weights only "
                                             "compare the branches, e.g. {calm: 3, angry: 1}")),
    "pass mark .nan": (edit("start: arrival", "pass_mark: .nan\nstart: arrival"),
                       error(7, 12, "'pass_mark' must be a finite number, not .nan" + FINITE)),
    "title of 4,000 digits": (edit("title: Bounded numbers", "title: " + "9" * 4000),
                              error(2, 8, f"'9999999999999...' is a number of 4,000 characters, {TOO_LONG}")),
    "condition with a 5,000-digit number": (
        edit("        goto: done\n", "        goto: done\n        if: trust > " + "9" * 5000 + "\n"),
        error(16, 21, "condition: the number 999999999999... (5,000 digits) is beyond the format's bounds "
                      f"({-MAX_INTEGER:,} to {MAX_INTEGER:,}): compare with a number a variable can hold")),
    "condition over a billion": (
        edit("        goto: done\n", "        goto: done\n        if: trust > 1000000001\n"),
        error(16, 21, "condition: the number 1000000001 is beyond the format's bounds "
                      f"({-MAX_INTEGER:,} to {MAX_INTEGER:,}): compare with a number a variable can hold")),
}


@pytest.mark.parametrize("source, expected", REFUSED.values(), ids=REFUSED.keys())
def test_a_number_beyond_the_bounds_is_one_located_error_with_its_hint(source, expected):
    assert found(source) == [expected]


def test_band_labels_must_differ_in_every_language():
    bands = "bands:\n  - {label: Low, from: 0}\n  - {label: Low, from: 50}\nstart: arrival"
    assert found(edit("start: arrival", bands)) == [
        error(9, 13, "two bands are labelled 'Low': give each band its own label", "BH013")]
    french = ("bands:\n  - {label: {en: Low, fr: Bas}, from: 0}\n  - {label: {en: High, fr: Bas}, from: 50}\n"
              "start: arrival")
    assert [line for line in found(edit("start: arrival", french)) if ": error: " in line] == [
        error(9, 13, "two bands are labelled 'Bas' in 'fr': give each band its own label", "BH013")]
    empty = "bands:\n  - {label: ' ', from: 0}\nstart: arrival"
    assert found(edit("start: arrival", empty)) == [
        error(8, 13, "a band needs a label: name it, e.g. 'competent'", "BH013")]


def test_the_edges_of_the_bounds_validate():
    source = edit("weight: 1}", "weight: 100}").replace("seconds: 20", "seconds: 3600") \
        .replace("{value: 50, min: 0, max: 100}", f"{{value: {MAX_INTEGER}, min: {-MAX_INTEGER}, max: {MAX_INTEGER}}}") \
        .replace("{done: 3, arrival: 1}", "{done: 1000000, arrival: 0.000001}")
    assert [line for line in found(source) if ": error: " in line] == []


def test_a_huge_integer_is_shown_by_its_size_never_written_out():
    assert shown_number(10**400) == "a number of 401 digits"
    assert shown_number(16**4000).startswith("a number of about") or "digits" in shown_number(16**4000)
    assert (shown_number(math.inf), shown_number(-math.inf), shown_number(math.nan)) == (".inf", "-.inf", ".nan")


def test_the_schema_states_the_bounds():
    definitions = scenario_schema()["$defs"]
    assert {m.get("maximum") for m in definitions["Timer"]["properties"]["seconds"]["anyOf"]} == {3600}
    assert {m.get("maximum") for m in definitions["Dimension"]["properties"]["weight"]["anyOf"]} == {100}
    integer = next(m for m in definitions["Variable"]["properties"]["value"]["anyOf"] if m["type"] == "integer")
    assert (integer["minimum"], integer["maximum"]) == (-MAX_INTEGER, MAX_INTEGER)
    assert definitions["Effects"]["properties"]["add"]["additionalProperties"]["maximum"] == MAX_INTEGER
    assert scenario_schema()["properties"]["minutes"]["anyOf"][0]["maximum"] == 600


# -- the commands that crashed on these files ------------------------------------------------------

def _bluehelm(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "game", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)})


@pytest.mark.parametrize("command", [["run"], ["autoplay", "--runs", "5"], ["analyze"]])
def test_a_file_with_an_infinite_weight_stops_each_command_with_one_line(tmp_path, command):
    (tmp_path / FILE).write_text(edit("weight: 1}", "weight: .inf}"), encoding="utf-8")
    done = _bluehelm(command[0], FILE, *command[1:], cwd=tmp_path)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.splitlines() == [
        error(4, 44, "'weight' must be a finite number, not .inf" + FINITE),
        f"bluehelm: error: {FILE} has errors; fix them (bluehelm validate {FILE}) and try again"]


def test_huge_runs_and_state_budgets_are_refused_with_one_line(tmp_path):
    (tmp_path / FILE).write_text(BASE, encoding="utf-8")
    runs = _bluehelm("autoplay", FILE, "--runs", str(10**12), cwd=tmp_path)
    assert (runs.returncode, runs.stderr) == (2, "bluehelm: error: --runs must be from 1 to 1,000,000\n")
    states = _bluehelm("analyze", FILE, "--max-states", "1000000000", cwd=tmp_path)
    assert (states.returncode, states.stderr) == (2, "bluehelm: error: --max-states must be from 1 to 2,000,000\n")
    visits = _bluehelm("analyze", FILE, "--max-visits", "1000", cwd=tmp_path)
    assert (visits.returncode, visits.stderr) == (2, "bluehelm: error: --max-visits must be from 1 to 100\n")


def test_numbers_at_the_edge_play_through_every_command(tmp_path):
    source = edit("weight: 1}", "weight: 100}").replace("{done: 3, arrival: 1}", "{done: 1000000, arrival: 0.000001}")
    (tmp_path / FILE).write_text(source, encoding="utf-8")
    for command in (["run", FILE, "--choices", "wait", "--json"], ["autoplay", FILE, "--runs", "20", "--json"],
                    ["analyze", FILE, "--json"], ["graph", FILE, "-o", "map.html"]):
        done = _bluehelm(*command, cwd=tmp_path)
        assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
        if "--json" in command:
            json.loads(done.stdout, parse_constant=lambda name: pytest.fail(f"{name} in JSON output"))


def test_an_analysis_that_runs_out_of_memory_ends_with_one_line(tmp_path, monkeypatch, capsys):
    from game.cli import analyze as command
    from game.cli import main

    def exhausted(*args, **kwargs):
        raise MemoryError
    monkeypatch.setattr(command, "analyze", exhausted)
    monkeypatch.chdir(tmp_path)
    (tmp_path / FILE).write_text(BASE, encoding="utf-8")
    assert main(["analyze", FILE, "--max-states", "2000000"]) == 1
    assert capsys.readouterr().err == ("bluehelm: error: the analysis ran out of memory: give a smaller --max-states "
                                       "(it was 2,000,000)\n")
