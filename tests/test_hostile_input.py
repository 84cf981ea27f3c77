"""Hostile and broken scenario files: each one fails cleanly and fast, at the exact line and column.

Every case runs through both halves of the Python API (`check_source` on bytes,
`load_scenario` on a file); a few also run through `bluehelm validate` in a
subprocess, which must exit with the right status and never print a traceback.
The last part has one test per rule of the contract's Validation section.
"""

from __future__ import annotations

import builtins
import json
import os
import subprocess
import sys
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest

from game.authoring.loader import check_source, load_scenario

from conftest import ROOT

BASE = """id: hostile
title: Hostile input
summary: A market café at dawn.
dimensions:
  crisis: {label: Crisis response}
variables:
  trust: {value: 50, min: 0, max: 100}
  searched: {value: false}
  mood: {value: calm}
cast:
  elder: {name: Hajja Amina}
objectives:
  - {id: de-escalate, text: Calm the crowd.}
start: arrival
nodes:
  arrival:
    speaker: elder
    text: The crowd waits.
    timer: {seconds: 20, choice: wait}
    choices:
      - id: open
        text: Open the barrier.
        goto: done
      - id: wait
        text: Wait.
        goto: done
  done:
    text: It is over.
    ending: success
"""
FILE = "hostile.yaml"
LEAVES = "leaves assets/: give a path inside assets/, such as backgrounds/market.png"
YES_NO = " (YAML reads unquoted yes/no/on/off/true/false as values, not text: put it in quotes)"
UNREACHABLE_FIX = "point a choice's goto at it, or remove it"
INDENTATION = (" (check the indentation here and on the line above: the keys of one mapping, and the items of one "
               "list, start in the same column)")

Validate = Callable[[str | bytes], list[str]]


def edit(old: str, new: str, text: str = BASE) -> str:
    """BASE with one exact piece replaced (the piece must occur once, so a typo here fails loudly)."""
    assert text.count(old) == 1, f"not exactly once in the scenario: {old!r}"
    return text.replace(old, new)


def in_open_choice(line: str) -> str:
    """BASE with one more key in the choice 'open' (it lands on line 24)."""
    return edit("        goto: done\n      - id: wait", f"        goto: done\n        {line}\n      - id: wait")


def condition(text: str) -> str:
    """BASE with `if: <text>` on the choice 'open' (line 24; the value starts at column 13)."""
    return in_open_choice(f"if: {text}")


def _as_bytes(source: str | bytes) -> bytes:
    return source.encode("utf-8") if isinstance(source, str) else source


@pytest.fixture(params=["check_source", "load_scenario"])
def validate(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Validate:
    """Check a scenario's text or bytes through one of the two entry points; returns the printed lines."""
    if request.param == "check_source":
        return lambda source: [d.format() for d in check_source(_as_bytes(source), FILE, None)[1]]
    monkeypatch.chdir(tmp_path)

    def through_a_file(source: str | bytes) -> list[str]:
        (tmp_path / FILE).write_bytes(_as_bytes(source))
        return [d.format() for d in load_scenario(Path(FILE)).diagnostics]
    return through_a_file


def error(line: int, column: int, code: str, message: str) -> str:
    return f"{FILE}:{line}:{column}: error: {code} {message}"


def warning(line: int, column: int, code: str, message: str) -> str:
    return f"{FILE}:{line}:{column}: warning: {code} {message}"


def test_the_base_scenario_is_valid(validate):
    assert validate(BASE) == []


# -- YAML syntax -----------------------------------------------------------------------

SYNTAX = {
    "bad indentation of a node key": (edit("    text: The crowd waits.", "   text: The crowd waits."),
                                      error(18, 4, "BH003", "YAML syntax error: did not find expected key" + INDENTATION)),
    "bad indentation of a choice": (edit("      - id: wait", "     - id: wait"),
                                    error(24, 6, "BH003", "YAML syntax error: did not find expected key" + INDENTATION)),
    "bad indentation of a node": (edit("  done:", " done:"),
                                  error(27, 2, "BH003", "YAML syntax error: did not find expected key" + INDENTATION)),
    "tab indentation inside a mapping": (
        edit("    text: The crowd waits.", "\ttext: The crowd waits."),
        error(18, 1, "BH003", "YAML syntax error: found a tab character that violates indentation (a tab character: "
                              "YAML indents with spaces, never tabs)")),
    "tab indentation of a first key": (
        edit("    speaker: elder", "\tspeaker: elder"),
        error(17, 1, "BH003", "YAML syntax error: a tab character: YAML indents with spaces, never tabs")),
    "colon and space inside unquoted text": (
        edit("text: Open the barrier.", "text: Open: now."),
        error(22, 19, "BH003", "YAML syntax error: mapping values are not allowed in this context (put text that contains ': ' in quotes)")),
    "unclosed flow mapping": (edit("{label: Crisis response}", "{label: Crisis response"),
                              error(6, 10, "BH003", "YAML syntax error: did not find expected ',' or '}'")),
    "alias to no anchor": (edit("summary: A market café at dawn.", "summary: *nothing"),
                           error(3, 10, "BH003", "YAML syntax error: alias '*nothing' names no anchor")),
    "a second YAML document": (BASE + "---\nid: again\n",
                               error(30, 1, "BH003", "a scenario file holds one YAML document; remove the second '---'")),
}


@pytest.mark.parametrize("source, expected", SYNTAX.values(), ids=SYNTAX.keys())
def test_yaml_syntax_error_is_one_located_line(validate, source, expected):
    assert validate(source) == [expected]


@pytest.mark.parametrize("quote", ['"', "'"])
def test_unclosed_quote_is_one_syntax_error(validate, quote):
    found = validate(edit("title: Hostile input", f"title: {quote}Hostile input"))
    assert len(found) == 1 and ": error: BH003 YAML syntax error: " in found[0]


def test_unclosed_quote_is_reported_where_the_quote_opens(validate):
    found = validate(edit("title: Hostile input", 'title: "Hostile input'))
    assert found[0].startswith(f"{FILE}:2:8: error: BH003 ")


def test_tab_indentation_message_names_the_tab(validate):
    found = validate(edit("    speaker: elder", "\tspeaker: elder"))
    assert "tab" in found[0].split(" BH003 ", 1)[1]


# -- wrong types -------------------------------------------------------------------------

WRONG_TYPES = {
    "id as a number": (edit("id: hostile", "id: 12"), error(1, 5, "BH012", "'id' must be text, not 12")),
    "title as a list": (edit("title: Hostile input", "title: [Hostile, input]"),
                        error(2, 8, "BH012", "'title' must be text or a mapping, not a list")),
    "minutes as text": (edit("summary: A market café at dawn.", "summary: A market café at dawn.\nminutes: twelve"),
                        error(4, 10, "BH012", "'minutes' must be a number, not the text 'twelve'")),
    "difficulty as a fraction": (
        edit("summary: A market café at dawn.", "summary: A market café at dawn.\ndifficulty: 2.5"),
        error(4, 13, "BH012", "'difficulty' must be a whole number, not 2.5")),
    "tags as text": (edit("summary: A market café at dawn.", "summary: A market café at dawn.\ntags: checkpoint"),
                     error(4, 7, "BH012", "'tags' must be a list, not the text 'checkpoint'")),
    "a tag as a number": (
        edit("summary: A market café at dawn.", "summary: A market café at dawn.\ntags: [checkpoint, 3]"),
        error(4, 20, "BH012", "each item of 'tags' must be text, not 3")),
    "dimensions as a list": (edit("  crisis: {label: Crisis response}", "  - crisis"),
                             error(5, 3, "BH012", "'dimensions' must be a mapping, not a list")),
    "weight as text": (edit("{label: Crisis response}", "{label: Crisis response, weight: heavy}"),
                       error(5, 44, "BH012", "'weight' must be a number, not the text 'heavy'")),
    "pass mark as text": (edit("start: arrival", "pass_mark: high\nstart: arrival"),
                          error(14, 12, "BH012", "'pass_mark' must be a number, not the text 'high'")),
    "variable value as a list": (
        edit("{value: 50, min: 0, max: 100}", "{value: [50]}"),
        error(7, 18, "BH012", "'value' must be true or false, a whole number or text, not a list")),
    "min as text": (edit("{value: 50, min: 0, max: 100}", "{value: 50, min: low}"),
                    error(7, 27, "BH012", "'min' must be a whole number, not the text 'low'")),
    "show as text": (edit("mood: {value: calm}", "mood: {value: calm, show: maybe}"),
                     error(9, 29, "BH012", "'show' must be true or false, not the text 'maybe'")),
    "cast member as text": (edit("elder: {name: Hajja Amina}", "elder: Hajja Amina"),
                            error(11, 10, "BH012", "'elder' must be a mapping, not the text 'Hajja Amina'")),
    "objectives as a mapping": (
        edit("  - {id: de-escalate, text: Calm the crowd.}", "  de-escalate: Calm the crowd."),
        error(13, 3, "BH012", "'objectives' must be a list, not a mapping")),
    "start as a number": (edit("start: arrival", "start: 1"), error(14, 8, "BH012", "'start' must be text, not 1")),
    "speaker as a list": (edit("speaker: elder", "speaker: [elder]"),
                          error(17, 14, "BH012", "'speaker' must be text, not a list")),
    "timer as text": (edit("timer: {seconds: 20, choice: wait}", "timer: soon"),
                      error(19, 12, "BH012", "'timer' must be a mapping, not the text 'soon'")),
    "timer seconds as text": (edit("{seconds: 20, choice: wait}", "{seconds: twenty, choice: wait}"),
                              error(19, 22, "BH012", "'seconds' must be a number, not the text 'twenty'")),
    "goto as a number": (edit("        goto: done\n      - id: wait", "        goto: 3\n      - id: wait"),
                         error(23, 15, "BH012", "'goto' must be text or a mapping, not 3")),
    "once as text": (in_open_choice("once: twice"),
                     error(24, 15, "BH012", "'once' must be true or false, not the text 'twice'")),
    "score as text": (in_open_choice("score: {crisis: high}"),
                      error(24, 25, "BH012", "'crisis' must be a whole number, not the text 'high'")),
    "score as a fraction": (in_open_choice("score: {crisis: 1.5}"),
                            error(24, 25, "BH012", "'crisis' must be a whole number, not 1.5")),
    "add of a fraction": (in_open_choice("add: {trust: 0.5}"),
                          error(24, 22, "BH012", "'trust' must be a whole number, not 0.5")),
    "objectives of a choice as text": (
        in_open_choice("objectives: de-escalate"),
        error(24, 21, "BH012", "'objectives' must be a list, not the text 'de-escalate'")),
    "key as a number": (edit("title: Hostile input", "title: Hostile input\n12: twelve"),
                        error(3, 1, "BH012", "a key here must be text, not 12")),
}


@pytest.mark.parametrize("source, expected", WRONG_TYPES.values(), ids=WRONG_TYPES.keys())
def test_wrong_type_names_the_key_and_what_it_must_be(validate, source, expected):
    assert validate(source) == [expected]


def test_a_choice_written_as_text_is_a_wrong_type(validate):
    source = edit("      - id: wait\n        text: Wait.\n        goto: done\n", "      - wait\n")
    assert validate(source) == [
        error(19, 34, "BH033", "timer choice names no choice of this node: 'wait'"),
        error(24, 9, "BH012", "each item of 'choices' must be a mapping, not the text 'wait'"),
    ]


YAML_WORDS = {
    "yes as a summary": (edit("summary: A market café at dawn.", "summary: yes"),
                         error(3, 10, "BH012", "'summary' must be text or a mapping, not true" + YES_NO)),
    "no as a choice text": (edit("text: Wait.", "text: no"),
                            error(25, 15, "BH012", "'text' must be text or a mapping, not false" + YES_NO)),
    "off as a choice text": (edit("text: Wait.", "text: off"),
                             error(25, 15, "BH012", "'text' must be text or a mapping, not false" + YES_NO)),
    "true as a condition": (in_open_choice("if: true"), error(24, 13, "BH012", "'if' must be text, not true" + YES_NO)),
    "yes as an ending": (edit("ending: success", "ending: yes"),
                         error(29, 13, "BH013", "'ending' must be one of 'success', 'partial' or 'failure', "
                                                "not true" + YES_NO)),
    "yes as a key": (edit("title: Hostile input", "title: Hostile input\nyes: please"),
                     error(3, 1, "BH012", "a key here must be text, not true" + YES_NO)),
    "an empty choice text": (
        edit("text: Wait.", "text:"),
        error(25, 14, "BH012", "'text' must be text or a mapping, not empty (null) (nothing, null or ~ means no "
                               "value in YAML: write the value, in quotes if it is the word null)")),
}


@pytest.mark.parametrize("source, expected", YAML_WORDS.values(), ids=YAML_WORDS.keys())
def test_unquoted_yaml_words_get_the_quoting_hint(validate, source, expected):
    assert validate(source) == [expected]


def test_quoted_yaml_words_are_text(validate):
    assert validate(edit("text: Wait.", 'text: "no"')) == []


# -- unknown and duplicate keys ------------------------------------------------------------

UNKNOWN_KEYS = {
    "top level": (edit("title: Hostile input", "titel: Hostile input"),
                  error(2, 1, "BH011", "unknown key 'titel' (did you mean 'title'?)")),
    "top level, not close to any": (edit("start: arrival", "colour: blue\nstart: arrival"),
                                    error(14, 1, "BH011", "unknown key 'colour'")),
    "dimension": (edit("{label: Crisis response}", "{lable: Crisis response}"),
                  error(5, 12, "BH011", "unknown key 'lable' (did you mean 'label'?)")),
    "variable": (edit("{value: 50, min: 0, max: 100}", "{value: 50, minimum: 0, max: 100}"),
                 error(7, 22, "BH011", "unknown key 'minimum' (did you mean 'min'?)")),
    "cast member": (edit("{name: Hajja Amina}", "{name: Hajja Amina, portait: portraits/elder.png}"),
                    error(11, 30, "BH011", "unknown key 'portait' (did you mean 'portrait'?)")),
    "objective": (edit("{id: de-escalate, text: Calm the crowd.}", "{id: de-escalate, txt: Calm the crowd.}"),
                  error(13, 23, "BH011", "unknown key 'txt' (did you mean 'text'?)")),
    "node": (edit("    speaker: elder", "    speeker: elder"),
             error(17, 5, "BH011", "unknown key 'speeker' (did you mean 'speaker'?)")),
    "on_enter": (edit("    speaker: elder", "    speaker: elder\n    on_enter: {ad: {trust: 1}}"),
                 error(18, 16, "BH011", "unknown key 'ad' (did you mean 'add'?)")),
    "timer": (edit("{seconds: 20, choice: wait}", "{secs: 20, choice: wait}"),
              error(19, 13, "BH011", "unknown key 'secs' (did you mean 'seconds'?)")),
    "choice": (in_open_choice("feedbak: Good."), error(24, 9, "BH011", "unknown key 'feedbak' (did you mean 'feedback'?)")),
}


@pytest.mark.parametrize("source, expected", UNKNOWN_KEYS.values(), ids=UNKNOWN_KEYS.keys())
def test_unknown_key_is_reported_once_with_did_you_mean(validate, source, expected):
    assert validate(source) == [expected]


def test_keys_starting_with_x_are_authors_notes(validate):
    source = edit("title: Hostile input", "title: Hostile input\nx-sources: [UNGA 46/182]\nx-1: 3")
    assert validate(edit("    speaker: elder", "    speaker: elder\n    x-todo: {ask: Amina}", source)) == []


DUPLICATE_KEYS = {
    "top level": (edit("title: Hostile input", "title: Hostile input\ntitle: Again"),
                  error(3, 1, "BH006", "duplicate key 'title' (first defined at line 2)")),
    "node id": (edit("  done:\n", "  arrival:\n    text: Again.\n    ending: success\n  done:\n"),
                error(27, 3, "BH006", "duplicate key 'arrival' (first defined at line 16)")),
    "choice key": (in_open_choice("goto: arrival"),
                   error(24, 9, "BH006", "duplicate key 'goto' (first defined at line 23)")),
    "in a flow mapping": (edit("{label: Crisis response}", "{label: Crisis response, label: Crisis}"),
                          error(5, 36, "BH006", "duplicate key 'label' (first defined at line 5)")),
}


@pytest.mark.parametrize("source, expected", DUPLICATE_KEYS.values(), ids=DUPLICATE_KEYS.keys())
def test_duplicate_key_points_at_the_second_and_names_the_first(validate, source, expected):
    assert validate(source) == [expected]


# -- broken references -------------------------------------------------------------------------

REFERENCES = {
    "start": (edit("start: arrival", "start: arrivel"),
              error(14, 8, "BH030", "start names no node: 'arrivel' (did you mean 'arrival'?)")),
    "goto": (edit("        goto: done\n      - id: wait", "        goto: dne\n      - id: wait"),
             error(23, 15, "BH031", "goto names no node: 'dne' (did you mean 'done'?)")),
    "weighted goto": (edit("        goto: done\n      - id: wait", "        goto: {done: 3, dnoe: 1}\n      - id: wait"),
                      error(23, 25, "BH031", "goto names no node: 'dnoe' (did you mean 'done'?)")),
    "speaker": (edit("speaker: elder", "speaker: eldest"),
                error(17, 14, "BH032", "speaker names no cast member: 'eldest' (did you mean 'elder'?)")),
    "timer choice": (edit("choice: wait}", "choice: wiat}"),
                     error(19, 34, "BH033", "timer choice names no choice of this node: 'wiat' (did you mean 'wait'?)")),
    "objective": (in_open_choice("objectives: [deescalate]"),
                  error(24, 22, "BH034", "objective reference names no objective: 'deescalate' "
                                         "(did you mean 'de-escalate'?)")),
    "add": (in_open_choice("add: {trusts: 1}"),
            error(24, 15, "BH035", "add names an undeclared variable 'trusts' (did you mean 'trust'?)")),
    "set": (in_open_choice("set: {serched: true}"),
            error(24, 15, "BH035", "set names an undeclared variable 'serched' (did you mean 'searched'?)")),
    "on_enter": (edit("    speaker: elder", "    speaker: elder\n    on_enter: {add: {tust: 1}}"),
                 error(18, 22, "BH035", "add names an undeclared variable 'tust' (did you mean 'trust'?)")),
    "condition": (condition("trsut >= 40"),
                  error(24, 13, "BH061", "condition names an undeclared variable 'trsut' (did you mean 'trust'?)")),
    "condition, other case": (condition("Trust >= 40"),
                              error(24, 13, "BH061", "condition names an undeclared variable 'Trust' "
                                                     "(did you mean 'trust'?)")),
    "score dimension": (in_open_choice("score: {crises: 1}"),
                        error(24, 17, "BH051", "score for undeclared dimension 'crises' (did you mean 'crisis'?)")),
    "pass mark dimension": (edit("start: arrival", "pass_marks: {crises: 50}\nstart: arrival"),
                            error(14, 14, "BH051", "pass mark for undeclared dimension 'crises' "
                                                   "(did you mean 'crisis'?)")),
    "nothing close": (edit("start: arrival", "start: zzz"), error(14, 8, "BH030", "start names no node: 'zzz'")),
}


@pytest.mark.parametrize("source, expected", REFERENCES.values(), ids=REFERENCES.keys())
def test_broken_reference_points_at_it_with_did_you_mean(validate, source, expected):
    assert validate(source) == [expected]


def test_a_scenario_without_nodes_has_a_start_that_names_nothing(validate):
    source = BASE[:BASE.index("nodes:")] + "nodes: {}\n"
    assert validate(source) == [error(14, 8, "BH030", "start names no node: 'arrival'")]


def test_thousands_of_broken_references_still_answer_fast():
    lines = ["id: many", "title: Many", "dimensions: {c: {label: C}}", "start: n0", "nodes:"]
    for i in range(2000):
        lines += [f"  n{i}:", "    text: A node.", "    choices:", f"      - {{id: go, text: Go., goto: gone-{i}}}"]
    _, found, _ = check_source("\n".join(lines).encode(), FILE, None)
    assert sum(d.code == "BH031" for d in found) == 2000


# -- unsafe tags ---------------------------------------------------------------------------------

TAG = "is not allowed: scenarios use plain YAML values only"
UNSAFE_TAGS = {
    "python object apply os.system": (
        "summary: !!python/object/apply:os.system touch",
        [error(3, 10, "BH004", f"tag '!!python/object/apply:os.system' {TAG}")]),
    "python object apply with arguments": (
        "summary: !!python/object/apply:os.system ['touch pwned']",
        [error(3, 10, "BH004", f"tag '!!python/object/apply:os.system' {TAG}"),
         error(3, 10, "BH012", "'summary' must be text or a mapping, not a list")]),
    "python name": ("summary: !!python/name:os.system ''",
                    [error(3, 10, "BH004", f"tag '!!python/name:os.system' {TAG}")]),
    "verbatim python tag": ("summary: !<tag:yaml.org,2002:python/object:os.system> x",
                            [error(3, 10, "BH004", f"tag '!!python/object:os.system' {TAG}")]),
    "custom tag": ("summary: !secret launch-codes", [error(3, 10, "BH004", f"tag '!secret' {TAG}")]),
    "binary": ("summary: !!binary aGVsbG8=", [error(3, 10, "BH004", f"tag '!!binary' {TAG}")]),
    "set": ("summary: A market café at dawn.\ntags: !!set {a, b}",
            [error(4, 7, "BH004", f"tag '!!set' {TAG}"),
             error(4, 7, "BH012", "'tags' must be a list, not a mapping")]),
}


@pytest.mark.parametrize("line, expected", UNSAFE_TAGS.values(), ids=UNSAFE_TAGS.keys())
def test_unsafe_tag_is_refused(validate, line, expected):
    assert validate(edit("summary: A market café at dawn.", line)) == expected


def test_plain_core_tags_are_accepted(validate):
    assert validate(edit("summary: A market café at dawn.", "summary: !!str 12")) == []


def _os_system_payload(marker: Path) -> str:
    return edit("summary: A market café at dawn.", f"summary: !!python/object/apply:os.system ['touch {marker}']")


def test_a_tag_never_runs_a_command(validate, tmp_path):
    marker = tmp_path / "pwned"
    assert validate(_os_system_payload(marker))
    assert not marker.exists()


# -- aliases, nesting, size ---------------------------------------------------------------------

BILLION_LAUGHS = "lol0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"lol{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]\n" for i in range(1, 10))


def test_billion_laughs_fails_fast_in_little_memory(validate):
    tracemalloc.start()
    found = validate(BILLION_LAUGHS)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert found == [error(6, 12, "BH005", "aliases expand to more than 100000 values (alias bomb?)")]
    assert peak < 50 * 1024 * 1024  # memory, not time: the time is bench/fuzz.py's to measure


def test_alias_bomb_inside_a_scenario_fails_fast(validate):
    source = edit("summary: A market café at dawn.", "summary: A market café at dawn.\n" +
                  BILLION_LAUGHS.replace("lol", "x-lol"))
    assert validate(source) == [error(9, 14, "BH005", "aliases expand to more than 100000 values (alias bomb?)")]


@pytest.mark.parametrize("note, column", [("&loop [*loop]", 16), ("&loop {self: *loop}", 22)])
def test_recursive_alias_is_refused(validate, note, column):
    source = edit("summary: A market café at dawn.", f"summary: A market café at dawn.\nx-loop: {note}")
    assert validate(source) == [
        error(4, column, "BH005", "alias '*loop' refers to a value that contains it (recursive alias)")]


def test_a_plain_alias_is_fine(validate):
    assert validate(edit("summary: A market café at dawn.", "summary: &s A market café.\nx-again: *s")) == []


@pytest.mark.parametrize("opening, inner, closing, column", [("[", "", "]", 71), ("{a: ", "1", "}", 260)],
                         ids=["lists", "mappings"])
def test_ten_thousand_nesting_levels_fail_fast(validate, opening, inner, closing, column):
    source = "nodes: " + opening * 10_000 + inner + closing * 10_000 + "\n"
    assert validate(source) == [error(1, column, "BH005", "nesting deeper than 64 levels")]


def test_a_40_mb_file_is_refused_fast(validate):
    source = BASE.encode() + b"# " + b"x" * (40 * 1024 * 1024) + b"\n"
    assert validate(source) == [error(1, 1, "BH001", "file is 40.0 MB; scenarios are limited to 32 MB")]


def test_a_missing_file_cannot_be_read(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    found = load_scenario(Path("gone.yaml")).diagnostics
    assert [d.format() for d in found] == ["gone.yaml:1:1: error: BH001 cannot read the file: No such file or directory"]


def test_a_huge_file_is_refused_before_it_is_read(tmp_path):
    huge = tmp_path / "huge.yaml"
    with huge.open("wb") as sparse:
        sparse.truncate(100 * 1024 * 1024)  # a sparse file: no disk space used
    tracemalloc.start()
    found = load_scenario(huge).diagnostics
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert [d.code for d in found] == ["BH001"]
    assert peak < 50 * 1024 * 1024


# -- encodings and empty files --------------------------------------------------------------------

NOT_UTF8 = "is not UTF-8: save the file as UTF-8 text"


def test_latin1_byte_in_the_middle_of_line_3_is_located_exactly(validate):
    source = BASE.encode().replace("café".encode(), "café".encode("latin-1"))
    assert validate(source) == [error(3, 22, "BH002", f"byte 0xe9 {NOT_UTF8}")]


def test_utf16_with_a_byte_order_mark_is_not_utf8(validate):
    assert validate(BASE.encode("utf-16")) == [error(1, 1, "BH002", "file is UTF-16 text: save it as UTF-8")]


def test_utf16_without_a_byte_order_mark_is_not_utf8(validate):
    found = validate(BASE.encode("utf-16-le"))
    assert len(found) == 1 and ": error: BH002 " in found[0]


def test_a_utf8_byte_order_mark_is_fine(validate):
    assert validate(b"\xef\xbb\xbf" + BASE.encode()) == []


def test_nul_byte_is_refused(validate):
    found = validate(edit("title: Hostile input", "title: Hostile\x00input"))
    assert [line.split(":", 2)[1] for line in found] == ["2"]
    assert found[0].endswith(": error: BH002 file contains a NUL character: it is not a text file")


def test_nul_byte_is_reported_at_its_column(validate):
    found = validate(edit("title: Hostile input", "title: Hostile\x00input"))
    assert found == [error(2, 15, "BH002", "file contains a NUL character: it is not a text file")]


EMPTY = "file is empty: a scenario is a mapping with id, title, dimensions, start and nodes"
NOT_A_MAPPING = "a scenario file must be a mapping (key: value lines), not a list or a single value"
NOT_SCENARIOS = {
    "empty file": ("", error(1, 1, "BH007", EMPTY)),
    "only a comment": ("# nothing here yet\n", error(1, 1, "BH007", EMPTY)),
    "only blank lines": ("\n\n   \n", error(1, 1, "BH007", EMPTY)),
    "a top-level list": ("- id: hostile\n- title: Hostile input\n", error(1, 1, "BH007", NOT_A_MAPPING)),
    "a single value": ("hostile\n", error(1, 1, "BH007", NOT_A_MAPPING)),
    "a list after a comment": ("# notes\n- id: hostile\n", error(2, 1, "BH007", NOT_A_MAPPING)),
}


@pytest.mark.parametrize("source, expected", NOT_SCENARIOS.values(), ids=NOT_SCENARIOS.keys())
def test_a_file_that_is_not_a_scenario_mapping(validate, source, expected):
    assert validate(source) == [expected]


# -- conditions: a grammar, never eval ----------------------------------------------------------

INJECTIONS = {
    "python import": ('''"__import__('os').system('x')"''',
                      error(24, 25, "BH060", "condition: unexpected character \"'\" (strings use double quotes)")),
    "shell command": ("'trust; rm -rf /'", error(24, 19, "BH060", "condition: unexpected character ';'")),
    "attribute": ("trust.__class__", error(24, 18, "BH060", "condition: unexpected character '.'")),
    "lambda": ("'lambda: True'", error(24, 20, "BH060", "condition: unexpected character ':'")),
    "called lambda": ('"(lambda: 1)()"', error(24, 21, "BH060", "condition: unexpected character ':'")),
    "backticks": ("'`rm -rf /`'", error(24, 14, "BH060", "condition: unexpected character '`'")),
    "shell substitution": ("'$(reboot)'", error(24, 14, "BH060", "condition: unexpected character '$'")),
    "function call": ("'len(mood)'", error(24, 17, "BH060", "condition: unexpected '(' after a complete condition")),
    "indexing": ("'trust[0]'", error(24, 19, "BH060", "condition: unexpected character '['")),
}


@pytest.mark.parametrize("text, expected", INJECTIONS.values(), ids=INJECTIONS.keys())
def test_code_in_a_condition_does_not_parse_and_never_runs(validate, monkeypatch, text, expected):
    def refuse(*args, **kwargs):
        raise AssertionError("a condition reached eval/exec")
    monkeypatch.setattr(builtins, "eval", refuse)
    monkeypatch.setattr(builtins, "exec", refuse)
    assert validate(condition(text)) == [expected]


MISTAKES = {
    "C-style or": ("'trust > 1 || searched'",
                   error(24, 24, "BH060", "condition: unexpected character '|' (use 'and', 'or', 'not')")),
    "C-style not": ("'!searched'", error(24, 14, "BH060", "condition: unexpected character '!' (use 'and', 'or', 'not')")),
    "single equals": ("trust = 40", error(24, 19, "BH060", "condition: unexpected character '=' (compare with '==')")),
    "chained comparison": ("0 < trust < 100",
                           error(24, 23, "BH060", "condition: comparisons cannot be chained: join them with 'and'")),
    "unbalanced parenthesis": ("(trust > 1", error(24, 23, "BH060", "condition: missing ')'")),
    "extra parenthesis": ("trust > 1)", error(24, 22, "BH060", "condition: unexpected ')' after a complete condition")),
    "empty": ('""', error(24, 14, "BH060", "condition: empty condition")),
    "dangling and": ("trust >= 40 and", error(24, 28, "BH060", "condition: condition ends too early: a value is missing")),
    "not an ASCII operator": ("'trust ≥ 40'", error(24, 20, "BH060", "condition: unexpected character '≥'")),
    "text on its own": ("mood", error(24, 13, "BH062", "condition: text is not a condition on its own: "
                                                       "compare it, e.g. mood == \"calm\"")),
    "order of text": ("'mood < \"z\"'", error(24, 19, "BH062", "condition: '<' needs numbers, not text values")),
    "true/false with a number": ("searched == 1",
                                 error(24, 22, "BH062", "condition: '==' compares a true/false with a number")),
}


@pytest.mark.parametrize("text, expected", MISTAKES.values(), ids=MISTAKES.keys())
def test_condition_mistake_is_located_at_its_character(validate, text, expected):
    assert validate(condition(text)) == [expected]


def test_a_well_formed_condition_is_accepted(validate):
    assert validate(condition("'trust >= 40 and not searched or mood == \"calm\"'")) == []


TERMS = " and ".join(["trust >= 1"] * 10_000)


def test_a_condition_of_ten_thousand_terms_answers_fast(validate):
    assert validate(condition(TERMS)) == []


def test_an_error_after_ten_thousand_terms_is_located_exactly(validate):
    column = 13 + len(TERMS) + len(" and ")
    assert validate(condition(TERMS + " and nope")) == [
        error(24, column, "BH061", "condition names an undeclared variable 'nope'")]


@pytest.mark.parametrize("text, column", [("(" * 10_000 + "searched" + ")" * 10_000, 63),
                                          ("not " * 10_000 + "searched", 213)], ids=["parentheses", "nots"])
def test_ten_thousand_nested_parentheses_or_nots_fail_fast(validate, text, column):
    assert validate(condition(text)) == [
        error(24, column, "BH060", "condition: condition nests more than 50 levels of '(' or 'not'")]


# -- asset paths ------------------------------------------------------------------------------------

ESCAPES = {
    "parent folder": "../x.png",
    "absolute": "/etc/passwd",
    "drive letter": "C:\\x.png",
    "drive-relative": "C:x.png",
    "parent inside the path": "backgrounds/../../x.png",
    "Windows parent folders": "..\\..\\x.png",
    "network share": "\\\\server\\share\\x.png",
}


@pytest.mark.parametrize("path", ESCAPES.values(), ids=ESCAPES.keys())
def test_background_path_that_leaves_assets_is_refused(validate, path):
    source = edit("    speaker: elder", f"    speaker: elder\n    background: '{path}'")  # quoted: \\ stays as is
    assert validate(source) == [error(18, 17, "BH080", f"asset path '{path}' {LEAVES}")]


def test_portrait_path_that_leaves_assets_is_refused(validate):
    source = edit("{name: Hajja Amina}", "{name: Hajja Amina, portrait: ../../etc/shadow}")
    assert validate(source) == [error(11, 40, "BH080", f"asset path '../../etc/shadow' {LEAVES}")]


# -- every rule of the contract's Validation section --------------------------------------------------

CONTRACT_ERRORS = {
    "YAML syntax": (edit("title: Hostile input", "title: [Hostile"),
                    [error(3, 8, "BH003", "YAML syntax error: did not find expected ',' or ']'")]),
    "missing required key": (edit("    text: It is over.\n", ""),
                             [error(28, 5, "BH010", "missing required key 'text' in node")]),
    "unknown key": (in_open_choice("colour: red"), [error(24, 9, "BH011", "unknown key 'colour'")]),
    "wrong type": (edit("{value: 50, min: 0, max: 100}", "{value: 50, min: 0, max: high}"),
                   [error(7, 35, "BH012", "'max' must be a whole number, not the text 'high'")]),
    "id that is not a slug": (edit("  done:", "  Done:").replace("goto: done", "goto: Done"),
                              [error(27, 3, "BH020", "node id 'Done' is not a slug: use lowercase letters, "
                                                     "digits and '-'")]),
    "duplicated id": (edit("      - id: wait\n        text: Wait.\n        goto: done\n",
                           "      - id: wait\n        text: Wait.\n        goto: done\n"
                           "      - id: wait\n        text: Wait more.\n        goto: done\n"),
                      [error(27, 13, "BH021", "choice id 'wait' is used twice in this node")]),
    "start names nothing": (edit("start: arrival", "start: gate"),
                            [error(14, 8, "BH030", "start names no node: 'gate'")]),
    "goto names nothing": (edit("        goto: done\n      - id: wait", "        goto: gate\n      - id: wait"),
                           [error(23, 15, "BH031", "goto names no node: 'gate'")]),
    "speaker names nothing": (edit("speaker: elder", "speaker: mayor"),
                              [error(17, 14, "BH032", "speaker names no cast member: 'mayor'")]),
    "timer choice names nothing": (edit("choice: wait}", "choice: run}"),
                                   [error(19, 34, "BH033", "timer choice names no choice of this node: 'run'")]),
    "objective names nothing": (in_open_choice("objectives: [protect]"),
                                [error(24, 22, "BH034", "objective reference names no objective: 'protect'")]),
    "ending with choices": (edit("    ending: success\n", "    ending: success\n    choices:\n"
                                 "      - {id: again, text: Again., goto: arrival}\n"),
                            [error(30, 5, "BH040", "ending 'done' has choices: an ending ends the scenario")]),
    "non-ending node without choices": (
        edit("    ending: success\n", ""),
        [warning(16, 3, "BH101", "no ending can be reached from node 'arrival'"),
         error(27, 3, "BH041", "node 'done' has no choices and is not an ending: add choices or 'ending: success'")]),
    "score outside -3..3": (in_open_choice("score: {crisis: -4}"),
                            [error(24, 25, "BH050", "score -4 is outside -3..3")]),
    "score for an undeclared dimension": (in_open_choice("score: {morale: 1}"),
                                          [error(24, 17, "BH051", "score for undeclared dimension 'morale'")]),
    "condition that does not parse": (condition("trust >>= 40"),
                                      [error(24, 20, "BH060", "condition: expected a variable or a value, found '>='")]),
    "condition naming an undeclared variable": (condition("morale > 1"),
                                                [error(24, 13, "BH061", "condition names an undeclared variable "
                                                                        "'morale'")]),
    "add on a non-integer variable": (in_open_choice("add: {mood: 1}"),
                                      [error(24, 15, "BH070", "add needs an integer variable; 'mood' is not one "
                                                              "(use set)")]),
    "asset path with ..": (edit("    speaker: elder", "    speaker: elder\n    background: ../market.png"),
                           [error(18, 17, "BH080", f"asset path '../market.png' {LEAVES}")]),
    "absolute asset path": (edit("    speaker: elder", "    speaker: elder\n    background: /tmp/market.png"),
                            [error(18, 17, "BH080", f"asset path '/tmp/market.png' {LEAVES}")]),
}

CONTRACT_WARNINGS = {
    "node unreachable from start": (
        edit("  done:", "  corner:\n    text: A quiet corner.\n    choices:\n"
                        "      - {id: leave, text: Leave., goto: done}\n  done:"),
        [warning(27, 3, "BH100", "node 'corner' is unreachable from start 'arrival': " + UNREACHABLE_FIX)]),
    "node from which no ending can be reached": (
        edit("        goto: done\n      - id: wait", "        goto: loop\n      - id: wait").replace(
            "  done:", "  loop:\n    text: Round again.\n    choices:\n      - {id: again, text: Again., goto: loop}\n"
                       "  done:"),
        [warning(27, 3, "BH101", "no ending can be reached from node 'loop'")]),
    "every choice has a condition": (
        edit("      - id: wait\n", "      - id: wait\n        if: not searched\n", condition("trust > 10")),
        [warning(19, 34, "BH090", "timer choice 'wait' has a condition or is once-only: when it is not on offer "
                                  "the timer cannot fire"),
         warning(20, 5, "BH102", "every choice of node 'arrival' has a condition: a trainee may find none on offer")]),
    "missing translation": (edit("    text: It is over.", "    text: {en: It is over., fr: C'est fini.}"),
                            [warning(n, c, "BH103", f"missing translation: fr for {what}") for n, c, what in
                             [(2, 8, "the title"), (3, 10, "the summary"), (5, 19, "the label of dimension 'crisis'"),
                              (11, 17, "the name of cast member 'elder'"), (13, 29, "objective 'de-escalate'"),
                              (18, 11, "the text of node 'arrival'"), (22, 15, "the text of choice 'open' at node "
                                                                               "'arrival'"),
                              (25, 15, "the text of choice 'wait' at node 'arrival'")]]),
}


@pytest.mark.parametrize("source, expected", CONTRACT_ERRORS.values(), ids=CONTRACT_ERRORS.keys())
def test_contract_error_rule(validate, source, expected):
    assert validate(source) == expected


@pytest.mark.parametrize("source, expected", CONTRACT_WARNINGS.values(), ids=CONTRACT_WARNINGS.keys())
def test_contract_warning_rule(validate, source, expected):
    assert validate(source) == expected


# -- the CLI, in a subprocess ---------------------------------------------------------------------

def _bluehelm(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "game", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=60, env={**os.environ, "PYTHONPATH": str(ROOT)})


@pytest.fixture(scope="module")
def hostile_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One file per kind of hostile input, for the CLI to check in one run."""
    folder = tmp_path_factory.mktemp("hostile")
    files: dict[str, bytes] = {
        "syntax.yaml": edit("title: Hostile input", 'title: "Hostile input').encode(),
        "laughs.yaml": BILLION_LAUGHS.encode(),
        "huge.yaml": BASE.encode() + b"# " + b"x" * (40 * 1024 * 1024) + b"\n",
        "latin1.yaml": BASE.encode().replace("café".encode(), "café".encode("latin-1")),
        "tag.yaml": _os_system_payload(folder / "pwned").encode(),
        "nul.yaml": b"id: x\x00\n",
        "empty.yaml": b"",
        "list.yaml": b"- id: hostile\n",
        "deep.yaml": ("nodes: " + "[" * 10_000 + "]" * 10_000 + "\n").encode(),
        "inject.yaml": condition('''"__import__('os').system('x')"''').encode(),
        "utf16.yaml": BASE.encode("utf-16"),
    }
    for name, raw in files.items():
        (folder / name).write_bytes(raw)
    return folder


def test_cli_reports_every_hostile_file_without_a_traceback(hostile_folder):
    done = _bluehelm("validate", ".", cwd=hostile_folder)
    assert done.returncode == 1
    assert "Traceback" not in done.stdout + done.stderr
    printed = done.stdout.splitlines()
    for expected in [
        "huge.yaml:1:1: error: BH001 file is 40.0 MB; scenarios are limited to 32 MB",
        "laughs.yaml:6:12: error: BH005 aliases expand to more than 100000 values (alias bomb?)",
        f"latin1.yaml:3:22: error: BH002 byte 0xe9 {NOT_UTF8}",
        f"tag.yaml:3:10: error: BH004 tag '!!python/object/apply:os.system' {TAG}",
        f"empty.yaml:1:1: error: BH007 {EMPTY}",
        f"list.yaml:1:1: error: BH007 {NOT_A_MAPPING}",
        "deep.yaml:1:71: error: BH005 nesting deeper than 64 levels",
        "inject.yaml:24:25: error: BH060 condition: unexpected character \"'\" (strings use double quotes)",
        "utf16.yaml:1:1: error: BH002 file is UTF-16 text: save it as UTF-8",
    ]:
        assert expected in printed
    assert any(line.startswith("syntax.yaml:") and " BH003 " in line for line in printed)
    assert any(line.startswith("nul.yaml:1:") and " BH002 " in line for line in printed)
    assert not (hostile_folder / "pwned").exists()
    assert done.stderr.strip() == "11 files checked: 12 error(s), 0 warning(s)"


def test_cli_json_output_of_hostile_files_is_valid_json(hostile_folder):
    done = _bluehelm("validate", ".", "--format", "json", cwd=hostile_folder)
    assert done.returncode == 1
    assert "Traceback" not in done.stdout + done.stderr
    codes = {entry["code"] for entry in json.loads(done.stdout)}
    assert codes >= {"BH001", "BH002", "BH003", "BH004", "BH005", "BH007", "BH060"}


def test_cli_exits_0_when_there_are_only_warnings(tmp_path):
    (tmp_path / "warned.yaml").write_text(CONTRACT_WARNINGS["node unreachable from start"][0], encoding="utf-8")
    done = _bluehelm("validate", "warned.yaml", cwd=tmp_path)
    assert done.returncode == 0
    assert done.stdout.splitlines() == ["warned.yaml:27:3: warning: BH100 node 'corner' is unreachable from start "
                                        "'arrival': " + UNREACHABLE_FIX]
    assert "Traceback" not in done.stdout + done.stderr


def test_cli_usage_error_for_a_missing_file_exits_2(tmp_path):
    done = _bluehelm("validate", "nowhere.yaml", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.strip() == "bluehelm: error: no such file or folder: nowhere.yaml"
    assert "Traceback" not in done.stdout + done.stderr


# -- issue 14: files `validate` itself used to crash on, ids that passed and could not be chosen -----

VALIDATE_CRASHES = {
    "start as a mapping": (edit("start: arrival", "start: {a: 1}"),
                           [error(14, 8, "BH012", "'start' must be text, not a mapping")]),
    "a list as the id of a timed node's choice": (
        edit("      - id: wait", "      - id: [bad]"),
        [error(19, 34, "BH033", "timer choice names no choice of this node: 'wait'"),
         error(24, 13, "BH012", "'id' must be text, not a list")]),
}


@pytest.mark.parametrize("source, expected", VALIDATE_CRASHES.values(), ids=VALIDATE_CRASHES.keys())
def test_what_used_to_crash_validate_is_reported(validate, source, expected):
    assert validate(source) == expected


def test_an_asset_name_too_long_for_the_system_is_a_warning(tmp_path):
    (tmp_path / "assets").mkdir()
    source = edit("    speaker: elder", "    speaker: elder\n    background: " + "a" * 300 + ".png")
    found = [d.format() for d in check_source(source.encode(), FILE, tmp_path / "assets")[1]]
    assert found == [warning(18, 17, "BH081", "asset 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa...' "
                                              "cannot be opened (File name too long): use a short path of plain "
                                              "letters, digits, '-' and '/'")]


def test_one_crashing_file_no_longer_takes_down_a_whole_folder(tmp_path):
    (tmp_path / "good.yaml").write_text(BASE, encoding="utf-8")
    (tmp_path / "start.yaml").write_text(edit("start: arrival", "start: {a: 1}").replace("id: hostile", "id: other"),
                                         encoding="utf-8")
    done = _bluehelm("validate", "--no-analysis", ".", cwd=tmp_path)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stdout.splitlines() == ["start.yaml:14:8: error: BH012 'start' must be text, not a mapping"]


ID_WITH_A_LINE_BREAK = {  # `$` matched before a final line break, so these validated and could not be chosen
    "choice id": (edit("      - id: open", '      - id: "open\\n"'),
                  error(21, 13, "BH020", "choice id 'open\\n' is not a slug: use lowercase letters, digits and '-'")),
    "scenario id": (edit("id: hostile", 'id: "hostile\\n"'),
                    error(1, 5, "BH020", "scenario id 'hostile\\n' is not a slug: use lowercase letters, digits and '-'")),
    "language": (edit("title: Hostile input", 'title: Hostile input\nlanguage: "en\\n"'),
                 error(3, 11, "BH013", "'en\\n' is not a language code such as 'en' or 'fr'")),
}


@pytest.mark.parametrize("source, expected", ID_WITH_A_LINE_BREAK.values(), ids=ID_WITH_A_LINE_BREAK.keys())
def test_an_id_ending_in_a_line_break_is_not_a_slug(validate, source, expected):
    assert validate(source) == [expected]


def test_new_refuses_a_slug_ending_in_a_line_break(tmp_path):
    done = _bluehelm("new", "abc\n", "--dir", ".", cwd=tmp_path)
    assert done.returncode == 2 and list(tmp_path.iterdir()) == []
    assert done.stderr == ("bluehelm: error: 'abc\\n' is not a slug: use lowercase letters, digits and '-', "
                           "e.g. water-point\n")


# -- issue 14, item 13: symbolic links under assets/ ------------------------------------------------

LINKS_OUT = "leads out of assets/ through a symbolic link: copy the picture itself into assets/"


@pytest.fixture
def linked_assets(tmp_path: Path) -> Path:
    """assets/ holding a real picture, a link to it, and links that lead out of the folder."""
    assets = tmp_path / "assets"
    (assets / "backgrounds").mkdir(parents=True)
    (assets / "backgrounds" / "market.png").write_bytes(b"png")
    (assets / "backgrounds" / "same.png").symlink_to(assets / "backgrounds" / "market.png")
    (tmp_path / "secret.txt").write_text("outside")
    (assets / "backgrounds" / "secret.png").symlink_to(tmp_path / "secret.txt")
    (assets / "elsewhere").symlink_to(tmp_path, target_is_directory=True)
    (assets / "loop.png").symlink_to(assets / "loop.png")
    return assets


@pytest.mark.parametrize("name, expected", [
    ("backgrounds/market.png", []),
    ("backgrounds/same.png", []),
    ("backgrounds/secret.png", [error(18, 17, "BH080", f"asset path 'backgrounds/secret.png' {LINKS_OUT}")]),
    ("elsewhere/secret.txt", [error(18, 17, "BH080", f"asset path 'elsewhere/secret.txt' {LINKS_OUT}")]),
], ids=["a picture", "a link inside assets", "a link out", "a folder link out"])
def test_an_asset_link_that_leads_out_of_assets_is_refused(linked_assets, name, expected):
    source = edit("    speaker: elder", f"    speaker: elder\n    background: {name}")
    assert [d.format() for d in check_source(source.encode(), FILE, linked_assets)[1]] == expected


def test_a_loop_of_links_is_a_warning_not_a_crash(linked_assets):
    source = edit("    speaker: elder", "    speaker: elder\n    background: loop.png")
    [found] = [d.format() for d in check_source(source.encode(), FILE, linked_assets)[1]]
    assert found.startswith(f"{FILE}:18:17: warning: BH081 asset 'loop.png' cannot be opened (")
    assert found.endswith("): use a short path of plain letters, digits, '-' and '/'")


def test_the_window_gets_no_file_outside_assets(linked_assets):
    from game.authoring.assets import asset_file

    assert asset_file(linked_assets, "backgrounds/market.png") == (linked_assets / "backgrounds" / "market.png").resolve()
    for name in ("backgrounds/secret.png", "elsewhere/secret.txt", "../secret.txt", "/etc/passwd", "loop.png",
                 "a" * 300 + ".png", "missing.png", ""):
        assert asset_file(linked_assets, name) is None


# -- issue 14, item 9: control characters never reach the terminal -----------------------------------

ESCAPES = "\\e]0;pwned\\a\\e[2J"


def test_validate_shows_control_characters_escaped(tmp_path):
    source = edit("  done:", f'  "do{ESCAPES}ne":\n    text: x\n    ending: success\n  done:')
    (tmp_path / "escapes.yaml").write_text(source, encoding="utf-8")
    done = _bluehelm("validate", "--no-analysis", "escapes.yaml", cwd=tmp_path)
    assert "\x1b" not in done.stdout + done.stderr and "\x07" not in done.stdout
    assert done.stdout.splitlines()[0] == ("escapes.yaml:27:3: error: BH020 node id 'do\\x1b]0;pwned\\x07\\x1b[2Jne' "
                                           "is not a slug: use lowercase letters, digits and '-'")
    as_json = _bluehelm("validate", "--no-analysis", "--format", "json", "escapes.yaml", cwd=tmp_path)
    assert json.loads(as_json.stdout)[0]["message"].startswith("node id 'do\x1b]0;pwned\x07\x1b[2Jne'")
