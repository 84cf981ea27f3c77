"""The lint for the trainee's reality (BH130-BH137): each one fires on a crafted case, and only there."""

from __future__ import annotations

import pytest

from game.authoring.library import scenario_files
from game.authoring.lint import GIVEAWAY, count_words
from game.authoring.loader import load_scenario
from game.paths import shipped_scenarios

from authoring_support import CLEAN, FILE, edit, findings

SHIPPED = scenario_files([shipped_scenarios()])


def warning(line: int, column: int, code: str, message: str) -> str:
    return f"{FILE}:{line}:{column}: warning: {code} {message}"


def test_the_clean_scenario_has_no_finding():
    assert findings(CLEAN) == []


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_the_shipped_library_trips_no_lint(path):
    assert [d.format() for d in load_scenario(path).diagnostics if d.code.startswith("BH13")] == []


def test_words_are_pieces_with_a_letter_or_digit():
    assert count_words("Greet the elder — now, 2 times!  ") == 6


# -- BH130 timers ------------------------------------------------------------------------

def test_a_timer_shorter_than_reading_the_node_and_its_choices_warns_at_its_seconds():
    long_text = "A crowd of about forty displaced people waits at the barrier in the heat of noon."  # 16 words
    source = edit("timer: {seconds: 20,", "timer: {seconds: 5,", edit("text: A crowd waits at the barrier.",
                                                                    f"text: {long_text}"))
    # 16 + 6 + 6 words = 28 words at 180 a minute: 10 s
    assert findings(source) == [warning(11, 22, "BH130", "timer of 5 s is shorter than the 10 s it takes to read "
                                                         "the node and its choices (28 words at 180 words per minute)")]


def test_a_timer_as_long_as_the_reading_time_is_enough():
    assert findings(edit("timer: {seconds: 20,", "timer: {seconds: 6,")) == []  # 18 words: 6 s


def test_the_timer_counts_the_longest_language():
    french = ("Une foule d'environ quarante personnes déplacées attend à la barrière sous la chaleur de midi, "
              "et les enfants pleurent de soif pendant que les anciens discutent entre eux.")  # 28 words
    source = edit("text: A crowd waits at the barrier.", f"text: {{en: A crowd waits at the barrier., fr: \"{french}\"}}")
    source = edit("timer: {seconds: 20,", "timer: {seconds: 12,", source)  # English: 18 words, 6 s
    assert [f for f in findings(source) if "BH130" in f] == [  # French: 28 + 12 (choices fall back to English)
        warning(11, 22, "BH130", "timer of 12 s is shorter than the 14 s it takes to read the node and its choices "
                                 "(40 words in 'fr' at 180 words per minute)")]


# -- BH131 long texts -------------------------------------------------------------------------

def test_a_node_text_over_150_words_warns_at_the_text():
    words = " ".join(["word"] * 151)
    assert findings(edit("text: The crowd grows restless.", f"text: {words}")) == [
        warning(38, 11, "BH131", "node text is 151 words: over 150, too long to read in the moment; split the node")]


def test_a_node_text_of_150_words_is_fine():
    assert findings(edit("text: The crowd grows restless.", "text: " + " ".join(["word"] * 150))) == []


def test_a_long_translation_is_pointed_at_in_its_own_language():
    words = " ".join(["mot"] * 160)
    source = edit("text: The crowd grows restless.", f"text: {{en: The crowd grows restless., fr: {words}}}")
    assert [f for f in findings(source) if "BH131" in f] == [
        warning(38, 47, "BH131", "node text is 160 words in 'fr': over 150, too long to read in the moment; "
                                 "split the node")]


# -- BH132 feedback ---------------------------------------------------------------------------

def test_a_rated_choice_without_feedback_warns_at_its_score():
    source = edit("        feedback: Waiting lets tension build.\n", "")
    assert findings(source) == [warning(21, 9, "BH132", "choice 'wait' is rated but has no feedback: say what "
                                                        "happened, why, and what would have been better")]


def test_an_unrated_choice_needs_no_feedback():
    assert "feedback" not in CLEAN.split("crowd-grows:")[1].split("passed-through:")[0]
    assert findings(CLEAN) == []


# -- BH133 dilemmas ----------------------------------------------------------------------------

def test_choices_that_all_rate_the_same_total_are_no_dilemma():
    source = edit("score: {crisis: -1}", "score: {crisis: 2}")  # arrival: cultural +2 and crisis +2
    assert findings(source) == [warning(12, 5, "BH133", "every choice of node 'arrival' rates +2 in all: no decision "
                                                        "here changes the result, so the trainee faces no real dilemma")]


def test_an_unrated_choice_beside_rated_ones_is_a_real_alternative():
    source = edit("score: {crisis: -1}\n        feedback: Waiting lets tension build.\n", "")
    assert [f for f in findings(source) if "BH133" in f] == []


# -- BH134 red lines ----------------------------------------------------------------------------

def test_a_red_line_explained_in_three_words_warns():
    source = edit("critical: A man searching a woman breaches her dignity and the code of conduct.",
                  "critical: Breaches her dignity.")
    assert findings(source) == [warning(36, 19, "BH134", "red line of choice 'search-now' is explained in 3 words: "
                                                         "say in one sentence what rule it breaks and why")]


def test_an_empty_red_line_warns_too():
    source = edit("critical: A man searching a woman breaches her dignity and the code of conduct.", 'critical: ""')
    assert "is explained in 0 words" in findings(source)[0]


def test_a_short_translation_of_a_red_line_warns_at_the_translation():
    source = edit("critical: A man searching a woman breaches her dignity and the code of conduct.",
                  "critical: {en: A man searching a woman breaches her dignity., fr: Fouille indigne.}")
    assert [f for f in findings(source) if "BH134" in f] == [
        warning(36, 75, "BH134", "red line of choice 'search-now' is explained in 2 words in 'fr': say in one "
                                 "sentence what rule it breaks and why")]


# -- BH135 give-aways -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Correctly greet the elder.", "Search the women wrongly.", "Properly consult the committee.",
    "Respond appropriately to the crowd.", "Do the right thing and wait.", "Take the wrong turn at the gate.",
    "Fouiller correctement les bagages.", "Accuser à tort le chef du village.", "Saluer l'aîné comme il se doit.",
    "Réagir de manière appropriée.", "Prendre la bonne décision.",
])
def test_a_choice_text_that_gives_away_its_rating_warns(text):
    source = edit("text: Open the barrier.", f"text: \"{text}\"")
    found = findings(source)
    assert len(found) == 1 and ": warning: BH135 choice text gives away its rating: '" in found[0]
    assert found[0].startswith(f"{FILE}:41:15:")


@pytest.mark.parametrize("text", [
    "Explain the right to refuse a search.", "Move the vehicles to the right.", "Hold the right flank.",
    "Ask what went wrong last week.", "Remind them of their rights.", "Check the barrier is working.",
    "Expliquer le droit de refuser la fouille.",
])
def test_neutral_wording_is_not_a_give_away(text):
    assert GIVEAWAY.search(text) is None


# -- BH136 / BH137 the whole scenario ----------------------------------------------------------------

def test_a_scenario_without_a_red_line_warns_at_its_id():
    source = edit("        critical: A man searching a woman breaches her dignity and the code of conduct.\n", "")
    assert findings(source) == [warning(1, 5, "BH136", "no choice is a red line (critical): the scenario never "
                                                       "tests the limits a peacekeeper must not cross")]


def test_a_scenario_without_a_timer_warns_at_its_id():
    source = edit("    timer: {seconds: 20, choice: wait}\n", "")
    assert findings(source) == [warning(1, 5, "BH137", "no node has a timer: the trainee never decides under "
                                                       "time pressure")]


def test_a_short_vignette_needs_neither_a_red_line_nor_a_timer():
    source = edit("    timer: {seconds: 20, choice: wait}\n", "")
    source = edit("        critical: A man searching a woman breaches her dignity and the code of conduct.\n", "", source)
    source = edit("        goto: crowd-grows\n", "        goto: passed-through\n", source)
    source = source.split("  crowd-grows:")[0] + "  passed-through:" + source.split("  passed-through:")[1]
    assert findings(source) == []  # two decision nodes: a vignette


# -- when lint runs -------------------------------------------------------------------------------

def test_lint_waits_until_the_file_has_no_errors():
    source = edit("        feedback: Waiting lets tension build.\n", "", edit("goto: elder-talk", "goto: elder-tlak"))
    assert [f for f in findings(source) if "BH13" in f] == []
    assert any("BH031" in f for f in findings(source))
