"""Every diagnostic code has a small example file in tests/errors/ and a section in docs/errors.md.

The examples are tests: each file triggers exactly its own diagnostic, at the
expected line and column, and the line docs/errors.md shows for it is exactly
what `bluehelm validate` prints for that file.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from game.authoring.diagnostics import CODES, Diagnostic
from game.authoring.library import check_library
from game.analysis.validation import validation_warnings
from game.authoring.loader import load_scenario
from game.cli import main

from conftest import ROOT

ERRORS = ROOT / "tests" / "errors"
DOC = ROOT / "docs" / "errors.md"
TOO_LARGE = "BH001-file-too-large.yaml"
LIBRARY_MATE = "tests/fixtures/contract-example.yaml"  # shares its id with the BH110 example

# file name -> every diagnostic it gives, as (line, column, severity, code, message)
EXPECTED: dict[str, list[tuple[int, int, str, str, str]]] = {
    TOO_LARGE: [(1, 1, "error", "BH001", "file is 40.0 MB; scenarios are limited to 32 MB")],
    "BH002-not-utf8.yaml": [(3, 22, "error", "BH002", "byte 0xf4 is not UTF-8: save the file as UTF-8 text")],
    "BH003-colon-in-text.yaml": [
        (12, 31, "error", "BH003", "YAML syntax error: mapping values are not allowed in this context (put text that contains ': ' in quotes)")],
    "BH004-unsafe-tag.yaml": [
        (4, 11, "error", "BH004", "tag '!include' is not allowed: scenarios use plain YAML values only")],
    "BH005-recursive-alias.yaml": [
        (4, 23, "error", "BH005", "alias '*notes' refers to a value that contains it (recursive alias)")],
    "BH006-duplicate-key.yaml": [(10, 5, "error", "BH006", "duplicate key 'text' (first defined at line 9)")],
    "BH007-not-a-mapping.yaml": [
        (2, 1, "error", "BH007",
         "a scenario file must be a mapping (key: value lines), not a list or a single value")],
    "BH010-missing-key.yaml": [(11, 9, "error", "BH010", "missing required key 'text' in choice")],
    "BH011-unknown-key.yaml": [(14, 9, "error", "BH011", "unknown key 'feedbak' (did you mean 'feedback'?)")],
    "BH012-wrong-type.yaml": [
        (12, 15, "error", "BH012", "'text' must be text or a mapping, not false (YAML reads unquoted "
                                   "yes/no/on/off/true/false as values, not text: put it in quotes)")],
    "BH013-value-not-allowed.yaml": [
        (16, 13, "error", "BH013", "'ending' must be one of 'success', 'partial' or 'failure', not the text 'win'")],
    "BH014-no-text-in-language.yaml": [
        (16, 11, "error", "BH014", "text has no 'en' entry, the scenario's language")],
    "BH015-number-beyond-bounds.yaml": [
        (10, 22, "error", "BH015", "'seconds' must be a finite number, not .inf: YAML reads .inf and .nan as infinity "
                                   "and not-a-number; write a number")],
    "BH020-not-a-slug.yaml": [
        (2, 5, "error", "BH020",
         "scenario id 'Market Checkpoint' is not a slug: use lowercase letters, digits and '-'")],
    "BH021-duplicate-id.yaml": [(14, 13, "error", "BH021", "choice id 'open-barrier' is used twice in this node")],
    "BH030-start-names-no-node.yaml": [
        (6, 8, "error", "BH030", "start names no node: 'arival' (did you mean 'arrival'?)")],
    "BH031-goto-names-no-node.yaml": [
        (16, 15, "error", "BH031", "goto names no node: 'passed-trough' (did you mean 'passed-through'?)")],
    "BH032-speaker-names-no-cast.yaml": [
        (11, 14, "error", "BH032", "speaker names no cast member: 'eldr' (did you mean 'elder'?)")],
    "BH033-timer-names-no-choice.yaml": [
        (10, 34, "error", "BH033", "timer choice names no choice of this node: 'wiat' (did you mean 'wait'?)")],
    "BH034-objective-names-nothing.yaml": [
        (17, 22, "error", "BH034",
         "objective reference names no objective: 'gender-search' (did you mean 'gender-sensitive-search'?)")],
    "BH035-undeclared-variable.yaml": [
        (17, 15, "error", "BH035", "add names an undeclared variable 'trst' (did you mean 'trust'?)")],
    "BH040-ending-with-choices.yaml": [
        (17, 5, "error", "BH040", "ending 'passed-through' has choices: an ending ends the scenario")],
    "BH041-node-without-choices.yaml": [
        (17, 3, "error", "BH041",
         "node 'waiting' has no choices and is not an ending: add choices or 'ending: success'")],
    "BH050-score-out-of-range.yaml": [(14, 25, "error", "BH050", "score 5 is outside -3..3")],
    "BH051-undeclared-dimension.yaml": [
        (14, 17, "error", "BH051", "score for undeclared dimension 'culture' (did you mean 'cultural'?)")],
    "BH060-condition-does-not-parse.yaml": [
        (17, 25, "error", "BH060", "condition: unexpected character '&' (use 'and', 'or', 'not')")],
    "BH061-condition-undeclared-variable.yaml": [
        (17, 13, "error", "BH061", "condition names an undeclared variable 'trst' (did you mean 'trust'?)")],
    "BH062-condition-mixed-types.yaml": [
        (17, 22, "error", "BH062", "condition: '==' compares a true/false with a number")],
    "BH070-add-on-non-integer.yaml": [
        (17, 15, "error", "BH070", "add needs an integer variable; 'searched' is not one (use set)")],
    "BH071-set-wrong-type.yaml": [
        (17, 22, "error", "BH071", "'trust' holds a number, so set cannot give it text")],
    "BH072-variable-bounds.yaml": [(7, 18, "error", "BH072", "value 120 is above max 100")],
    "BH080-asset-leaves-assets.yaml": [
        (9, 17, "error", "BH080", "asset path '../pictures/market.png' leaves assets/: give a path inside "
                                  "assets/, such as backgrounds/market.png")],
    "BH081-asset-not-found.yaml": [
        (9, 17, "warning", "BH081", "asset 'backgrounds/market-at-night.png' not found in tests/errors/assets/")],
    "BH090-timer-choice-once.yaml": [
        (10, 34, "warning", "BH090", "timer choice 'wait' has a condition or is once-only: "
                                     "when it is not on offer the timer cannot fire")],
    "BH100-unreachable-node.yaml": [
        (14, 3, "warning", "BH100", "node 'side-street' is unreachable from start 'arrival': point a choice's goto "
                                    "at it, or remove it")],
    "BH101-no-ending-reachable.yaml": [
        (17, 3, "warning", "BH101", "no ending can be reached from node 'waiting'")],
    "BH102-every-choice-conditional.yaml": [
        (13, 5, "warning", "BH102",
         "every choice of node 'arrival' has a condition: a trainee may find none on offer")],
    "BH103-missing-translation.yaml": [
        (16, 11, "warning", "BH103", "missing translation: fr for the text of node 'passed-through'")],
    "BH110-duplicate-scenario-id.yaml": [
        (2, 5, "error", "BH110", f"scenario id 'checkpoint-market' is also used by {LIBRARY_MATE}")],
    "BH130-timer-too-short-to-read.yaml": [
        (13, 22, "warning", "BH130", "timer of 10 s is shorter than the 17 s it takes to read the node and its "
                                     "choices (51 words at 180 words per minute)")],
    "BH131-node-text-too-long.yaml": [
        (9, 11, "warning", "BH131", "node text is 167 words: over 150, too long to read in the moment; split the node")],
    "BH132-rated-choice-without-feedback.yaml": [
        (14, 9, "warning", "BH132", "choice 'open-barrier' is rated but has no feedback: say what happened, why, "
                                    "and what would have been better")],
    "BH133-no-real-dilemma.yaml": [
        (10, 5, "warning", "BH133", "every choice of node 'arrival' rates +1 in all: no decision here changes the "
                                    "result, so the trainee faces no real dilemma")],
    "BH134-red-line-too-short.yaml": [
        (17, 19, "warning", "BH134", "red line of choice 'search-now' is explained in 2 words: say in one sentence "
                                     "what rule it breaks and why")],
    "BH135-choice-gives-away-rating.yaml": [
        (12, 15, "warning", "BH135", "choice text gives away its rating: 'Correctly'; describe the action, not its merit")],
    "BH136-no-red-line.yaml": [
        (2, 5, "warning", "BH136", "no choice is a red line (critical): the scenario never tests the limits a "
                                   "peacekeeper must not cross")],
    "BH120-no-pass-reachable.yaml": [
        (2, 5, "warning", "BH120", "no playthrough can pass (pass mark 60; the best overall is 33.3)")],
    "BH121-every-playthrough-passes.yaml": [
        (2, 5, "warning", "BH121", "every complete playthrough passes: the scenario cannot be failed")],
    "BH138-text-block-keeps-line-breaks.yaml": [
        (9, 11, "warning", "BH138", "this '|' block keeps its line breaks, so each line shows as a paragraph of its "
                                    "own: write '>' instead to join the lines (a blank line still starts a new "
                                    "paragraph)")],
    "BH139-choice-neither-scored-nor-explained.yaml": [
        (16, 13, "warning", "BH139", "choice 'wait' has neither a score nor feedback, so the debrief says nothing "
                                     "about it: rate the dimensions it touches and say in feedback what happened "
                                     "and why")],
    "BH137-no-timed-node.yaml": [
        (2, 5, "warning", "BH137", "no node has a timer: the trainee never decides under time pressure")],
    "BH036-red-line-names-no-entry.yaml": [
        (16, 30, "error", "BH036", "red line 'search-without-consnt' names no catalogue entry: not in scenarios/catalogue/red-lines.yaml (did you mean 'search-without-consent'?)")],
    "BH140-best-option-is-longest.yaml": [
        (2, 5, "warning", "BH140", 'the best option is the longest in 100.0% of decisions (limit 40%): line 11 (d1), line 19 (d2), line 25 (d3), line 31 (d4), line 37 (d5), line 43 (d6)')],
    "BH141-giveaway-words.yaml": [
        (2, 5, "warning", "BH141", 'giveaway words mark 50.0% of best options against 0.0% of the others, a gap of 50.0 points (limit 10): line 11 (d1), line 19 (d2), line 25 (d3), line 31 (d4), line 37 (d5), line 43 (d6)')],
    "BH142-dominant-option.yaml": [
        (2, 5, "warning", "BH142", 'one option is best on every dimension in 100.0% of decisions (limit 60%): make more of them real dilemmas: line 11 (d1), line 19 (d2), line 25 (d3), line 31 (d4), line 37 (d5), line 43 (d6)')],
    "BH143-naive-strategy-passes.yaml": [
        (2, 5, "warning", "BH143", 'always choosing the shortest option passes 100.0% of 200 seeded sessions (limit 10%)')],
}


@pytest.fixture(scope="module")
def padded_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding tests/errors/BH001-file-too-large.yaml padded to 40 MB, too big to keep in git."""
    root = tmp_path_factory.mktemp("padded")
    source = (ERRORS / TOO_LARGE).read_bytes()
    target = root / "tests" / "errors" / TOO_LARGE
    target.parent.mkdir(parents=True)
    filler = 40 * 1024 * 1024 - len(source) - len(b"# \n")
    target.write_bytes(source + b"# " + b"x" * filler + b"\n")
    return root


def _diagnostics(name: str) -> list[Diagnostic]:
    """What loading the example gives, file names relative to the working folder (as the CLI shows them)."""
    if name == "BH110-duplicate-scenario-id.yaml":
        results = [load_scenario(Path(LIBRARY_MATE)), load_scenario(Path("tests/errors") / name)]
        return [d for r in results for d in r.diagnostics] + check_library(results)
    result = load_scenario(Path("tests/errors") / name)
    return sorted(result.diagnostics + validation_warnings(result))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example_file_gives_exactly_its_diagnostic(name, monkeypatch, padded_root):
    monkeypatch.chdir(padded_root if name == TOO_LARGE else ROOT)
    found = _diagnostics(name)
    assert [(d.line, d.column, d.severity.value, d.code, d.message) for d in found] == EXPECTED[name]
    assert {d.file for d in found} == {f"tests/errors/{name}"}
    assert {d.code for d in found} == {name[:5]}


# -- docs/errors.md ----------------------------------------------------------------

def _sections() -> dict[str, str]:
    """The body of each '## BHnnn: ...' section of docs/errors.md, by code, in the order of the page."""
    parts = re.split(r"^## (BH\d{3}): .*$", DOC.read_text(encoding="utf-8"), flags=re.M)
    return dict(zip(parts[1::2], parts[2::2]))


def _blocks(section: str, language: str) -> list[str]:
    return re.findall(rf"^```{language}\n(.*?)^```$", section, flags=re.M | re.S)


def _shown_run(code: str) -> tuple[list[str], list[str]]:
    """The files of the `$ bluehelm validate ...` line in a code's section, and the lines shown below it."""
    runs = [b for b in _blocks(_sections()[code], "text") if b.startswith("$ bluehelm validate ")]
    assert len(runs) == 1, f"{code}: expected one '$ bluehelm validate' example"
    command, *shown = runs[0].rstrip("\n").split("\n")
    return command.split()[3:], shown


def test_every_code_has_a_doc_section_titled_by_its_summary_in_code_order():
    headings = re.findall(r"^## (BH\d{3}): (.*)$", DOC.read_text(encoding="utf-8"), flags=re.M)
    assert headings == list(CODES.items())


def test_every_code_has_an_example_file_and_every_example_a_code():
    examples = {path.name for path in ERRORS.glob("BH*.yaml")}
    assert examples == set(EXPECTED)
    assert {name[:5] for name in examples} == set(CODES)


@pytest.mark.parametrize("code", list(CODES))
def test_line_shown_in_the_doc_is_what_validate_prints(code, monkeypatch, capsys, padded_root):
    files, shown = _shown_run(code)
    monkeypatch.chdir(padded_root if code == "BH001" else ROOT)
    status = main(["validate", *files])
    printed = capsys.readouterr().out.splitlines()
    assert printed == shown
    assert status == (1 if any(": error: " in line for line in shown) else 0)
    assert all(line.split(":", 1)[0] in files for line in shown)


@pytest.mark.parametrize("code", [c for c in CODES if c != "BH001"])  # BH001's file is padded by the test
def test_yaml_shown_in_the_doc_is_taken_from_the_example_file(code):
    files, _ = _shown_run(code)
    example = (ROOT / files[-1]).read_bytes()
    try:
        text = example.decode("utf-8")
    except UnicodeDecodeError:
        text = example.decode("latin-1")  # the BH002 example is Latin-1 on purpose
    lines = text.splitlines()
    blocks = _blocks(_sections()[code], "yaml")
    assert blocks, f"{code}: no YAML example"
    for block in blocks:
        for excerpt in block.rstrip("\n").split("\n# ...\n"):
            wanted = excerpt.split("\n")
            assert any(lines[i:i + len(wanted)] == wanted for i in range(len(lines))), \
                f"{code}: this excerpt is not in {files[-1]}:\n{excerpt}"
