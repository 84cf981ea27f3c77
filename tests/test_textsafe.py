"""Terminal output is safe (issue 14, item 9): a scenario, a PO file or a file name holding escape
sequences is shown with them escaped, in every human-readable output; JSON output stays exact."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from game.cli import main
from game.textsafe import has_unsafe, shown

from conftest import CONTRACT

ATTACK = "\x1b]0;pwned\x07\x1b[2J"
SHOWN = "\\x1b]0;pwned\\x07\\x1b[2J"


def test_control_characters_are_shown_as_python_writes_them():
    assert shown(f"title{ATTACK}") == f"title{SHOWN}"
    assert shown("a\x9b2Jb\x7f") == "a\\x9b2Jb\\x7f"           # C1 CSI and DEL
    assert shown("\u202eevil\u2066") == "\\u202eevil\\u2066"  # bidirectional overrides
    assert shown("one\ntwo\tthree\r") == "one\\ntwo\\tthree\\r"
    assert shown("one\ntwo\tthree\r", lines=True) == "one\ntwo\tthree\\r"
    assert shown("Café à l'aube — «ok»") == "Café à l'aube — «ok»"
    assert shown(shown(ATTACK)) == shown(ATTACK)
    assert has_unsafe(ATTACK) and not has_unsafe(shown(ATTACK))


@pytest.fixture
def hostile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The contract example with escape sequences in its title, a node text, a feedback and a choice text."""
    text = CONTRACT.read_text(encoding="utf-8")
    text = text.replace("title: Checkpoint at the market road", 'title: "Checkpoint\\e]0;pwned\\a\\e[2J"')
    text = text.replace("text: Wait for the crowd to settle.", 'text: "Wait\\e[2J for the crowd."')
    text = text.replace("feedback: Waiting lets tension build at the barrier.",
                        'feedback: "Waiting\\x9b2J lets tension build."')
    (tmp_path / "s.yaml").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path / "s.yaml"


def _printed(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 0
    captured = capsys.readouterr()
    return captured.out + captured.err


@pytest.mark.parametrize("argv", [
    ["run", "s.yaml", "--choices", "wait,back,wait"],
    ["autoplay", "s.yaml", "--runs", "20"],
    ["analyze", "s.yaml"],
    ["analyze", "s.yaml", "--assessment", "--sessions", "20"],
    ["validate", "s.yaml"],
], ids=["run", "autoplay", "analyze", "assessment", "validate"])
def test_no_command_sends_a_control_character_to_the_terminal(hostile, capsys, argv):
    printed = _printed(capsys, *argv)
    assert not has_unsafe(printed.replace("\n", "")), printed


def test_the_terminal_debrief_shows_the_escapes(hostile, capsys):
    printed = _printed(capsys, "run", "s.yaml", "--choices", "wait,back,wait")
    assert printed.splitlines()[0] == f"Checkpoint{SHOWN}"
    assert "Wait\\x1b[2J for the crowd." in printed and "Waiting\\x9b2J lets tension build." in printed


def test_json_output_keeps_the_exact_text(hostile, capsys):
    printed = _printed(capsys, "run", "s.yaml", "--choices", "wait", "--json")
    assert "\x1b" not in printed  # JSON escapes control characters itself
    assert json.loads(printed)["scenario"] == "checkpoint-market"
