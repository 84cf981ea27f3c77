"""What an author writing a scenario from `bluehelm new` runs into (issue 14, "for authors"): each mistake
gets a message in plain words that says how to fix it, and one mistake gets one message."""

from __future__ import annotations

from game.authoring.scaffold import scenario_text

from authoring_support import CLEAN, edit, findings

FILE = "lint.yaml"


def test_the_template_writes_no_text_block_that_breaks_lines():
    text = scenario_text("water-point")
    assert "text: |" not in text and "briefing: |" not in text
    assert findings(text) == []


# -- '|' blocks -----------------------------------------------------------------------------------------

WRAPPED = "    text: |\n      A crowd waits at the barrier\n      of the market road.\n"
BH138 = ("warning: BH138 this '|' block keeps its line breaks, so each line shows as a paragraph of its own: "
         "write '>' instead to join the lines (a blank line still starts a new paragraph)")


def test_a_literal_block_wrapped_by_hand_is_flagged_where_it_starts():
    source = edit("    text: A crowd waits at the barrier.\n", WRAPPED)
    assert findings(source) == [f"{FILE}:10:11: {BH138}"]


def test_paragraphs_separated_by_blank_lines_and_folded_blocks_are_fine():
    paragraphs = "    text: |\n      A crowd waits at the barrier.\n\n      An elder steps forward.\n"
    folded = WRAPPED.replace("|", ">")
    for text in (paragraphs, folded):
        assert findings(edit("    text: A crowd waits at the barrier.\n", text)) == []


def test_a_wrapped_translation_is_flagged_in_its_language():
    source = edit("    text: A crowd waits at the barrier.\n",
                  "    text:\n      en: A crowd waits at the barrier.\n      fr: |\n        Une foule attend\n"
                  "        à la barrière.\n")
    assert [f for f in findings(source) if "BH138" in f] == [f"{FILE}:12:11: {BH138}"]


# -- indentation --------------------------------------------------------------------------------------

def test_a_key_indented_too_far_is_named_as_such_not_as_a_colon_in_text():
    source = edit("    timer: {seconds: 20, choice: wait}", "      timer: {seconds: 20, choice: wait}")
    assert findings(source) == [
        f"{FILE}:11:7: error: BH003 YAML syntax error: mapping values are not allowed in this context: this key is "
        "indented further than the key above it, so YAML reads it as more of that key's text: start it in the same "
        "column as the other keys at its level (or, if it is text, put it in quotes)"]


def test_a_colon_inside_text_keeps_the_quoting_hint():
    source = edit("text: Open the barrier.", "text: Open the barrier: now.")
    assert findings(source)[0].endswith("mapping values are not allowed in this context (put text that contains ': ' "
                                        "in quotes)")


def test_a_node_at_the_start_of_the_line_is_one_message_not_a_cascade():
    source = edit("  turned-away:\n    text: The women refuse the search and the crowd turns away.\n"
                  "    ending: failure\n",
                  "turned-away:\n  text: The women refuse the search and the crowd turns away.\n  ending: failure\n")
    assert findings(source) == [
        f"{FILE}:46:1: error: BH011 unknown key 'turned-away': it looks like a node written at the start of the line; "
        "indent it under 'nodes:' like the other nodes"]


def test_a_key_indented_too_little_gets_the_indentation_hint():
    source = edit("    timer: {seconds: 20, choice: wait}", "   timer: {seconds: 20, choice: wait}")
    [found] = findings(source)
    assert found.endswith("(check the indentation here and on the line above: the keys of one mapping, and the "
                          "items of one list, start in the same column)")


def test_a_tab_gets_the_spaces_hint_wherever_it_is():
    for old, new in (("    timer: {seconds", "\ttimer: {seconds"), ("    text: The crowd grows", "  \ttext: The crowd grows")):
        [found] = findings(edit(old, new))
        assert "YAML indents with spaces, never tabs" in found, found


# -- on/off and friends -------------------------------------------------------------------------------

VARIABLES = "start: arrival"
QUOTE_HINT = " (YAML reads unquoted yes/no/on/off/true/false as values, not text: put it in quotes)"


def test_set_of_an_unquoted_on_to_a_text_variable_gets_the_quoting_hint():
    source = edit(VARIABLES, "variables:\n  radio: {value: silent}\nstart: arrival")
    source = edit("        score: {cultural: 2}\n", "        score: {cultural: 2}\n        set: {radio: on}\n", source)
    assert findings(source) == [
        f"{FILE}:19:22: error: BH071 'radio' holds text, so set cannot give it true/false" + QUOTE_HINT]


def test_a_text_variable_written_as_an_unquoted_off_gets_the_hint_too():
    source = edit(VARIABLES, "variables:\n  radio: {value: off}\nstart: arrival")
    source = edit("        score: {cultural: 2}\n", "        score: {cultural: 2}\n        set: {radio: loud}\n", source)
    assert findings(source) == [
        f"{FILE}:19:22: error: BH071 'radio' holds true/false, so set cannot give it text (YAML read the variable's "
        "unquoted value as true/false: put it in quotes if it is text)"]


# -- choices that say nothing ------------------------------------------------------------------------------

BH139 = ("has neither a score nor feedback, so the debrief says nothing about it: rate the dimensions it touches "
         "and say in feedback what happened and why")


def test_an_option_of_a_decision_with_neither_score_nor_feedback_is_flagged():
    source = edit("        score: {crisis: -1}\n        feedback: Waiting lets tension build.\n", "")
    assert findings(source) == [f"{FILE}:18:13: warning: BH139 choice 'wait' {BH139}"]


def test_the_one_way_on_from_a_scene_and_unscored_scenarios_are_not_flagged():
    assert findings(CLEAN) == []  # crowd-grows has one option, with neither: a way on, not a decision
    unscored = "\n".join(line for line in CLEAN.splitlines()
                         if not line.strip().startswith(("score:", "feedback:", "critical:")))
    assert [f for f in findings(unscored) if "BH139" in f] == []
