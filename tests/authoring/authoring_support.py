"""Shared helpers of the authoring-tool tests: a lint-clean scenario to edit, and the CLI in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from game.authoring.loader import check_source

ROOT = Path(__file__).resolve().parents[2]
FILE = "lint.yaml"

# Three decision nodes, a timer long enough to read, a red line, feedback on every rating:
# no BH13x warning. Tests edit one piece of it to make one lint fire.
CLEAN = """\
id: lint-base
title: Lint base
language: en
dimensions:
  cultural: {label: Cultural sensitivity}
  crisis: {label: Crisis response}
start: arrival
nodes:
  arrival:
    text: A crowd waits at the barrier.
    timer: {seconds: 20, choice: wait}
    choices:
      - id: greet-elder
        text: Greet the elder through the interpreter.
        goto: elder-talk
        score: {cultural: 2}
        feedback: Greeting the elder first shows respect.
      - id: wait
        text: Wait for the crowd to settle.
        goto: crowd-grows
        score: {crisis: -1}
        feedback: Waiting lets tension build.
  elder-talk:
    text: The elder asks that the women be searched by a woman.
    choices:
      - id: call-officer
        text: Call the female officer.
        goto: passed-through
        score: {cultural: 2, crisis: 1}
        feedback: A female officer keeps the search dignified.
      - id: search-now
        text: Have your soldiers search the women now.
        goto: turned-away
        score: {cultural: -3}
        feedback: A man searching a woman breaches her dignity.
        critical: A man searching a woman breaches her dignity and the code of conduct.
  crowd-grows:
    text: The crowd grows restless.
    choices:
      - id: open-barrier
        text: Open the barrier.
        goto: passed-through
  passed-through:
    text: The crowd moves through calmly.
    ending: success
  turned-away:
    text: The women refuse the search and the crowd turns away.
    ending: failure
"""


def edit(old: str, new: str, text: str = CLEAN) -> str:
    """`text` with one exact piece replaced (it must occur once, so a typo in a test fails loudly)."""
    assert text.count(old) == 1, f"not exactly once: {old!r}"
    return text.replace(old, new)


def findings(source: str) -> list[str]:
    """Every diagnostic of the scenario text, as `validate` prints it."""
    return [d.format() for d in check_source(source.encode("utf-8"), FILE, None)[1]]


def bluehelm(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT), COLUMNS="100")
    result = subprocess.run([sys.executable, "-m", "game", *args], capture_output=True, text=True,
                            cwd=cwd, env=env, timeout=120)
    assert "Traceback" not in result.stderr + result.stdout, result.stderr
    return result
