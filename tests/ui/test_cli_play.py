"""`bluehelm play` options, and `bluehelm` alone opening the window on the shipped library."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.cli import build_parser, main
from game.cli import play as play_command
from game.cli.common import CommandError
from game.paths import shipped_scenarios


def test_play_takes_the_documented_options():
    args = build_parser().parse_args(["play", "scenarios", "--lang", "fr", "--mode", "assessment", "--trainee", "SN-1",
                                      "--fullscreen", "--windowed-size", "1600x900", "--timer", "x1.5"])
    assert args.handler is play_command.run
    assert (args.path, args.lang, args.mode, args.trainee, args.fullscreen, args.timer) == (
        Path("scenarios"), "fr", "assessment", "SN-1", True, "x1.5")
    assert play_command.window_size(args.windowed_size) == (1600, 900)
    with pytest.raises(CommandError):
        play_command.window_size("big")


def test_bluehelm_with_no_arguments_plays_the_shipped_library(monkeypatch):
    seen = {}
    monkeypatch.setattr(play_command, "run", lambda args: seen.setdefault("path", args.path or shipped_scenarios()) and 0)
    assert main([]) == 0
    assert seen["path"] == shipped_scenarios()


def test_play_refuses_a_path_that_does_not_exist(capsys):
    assert main(["play", "no/such/place.yaml"]) == 2
    assert "no such scenario file or folder" in capsys.readouterr().err


def test_the_engine_and_scoring_never_import_pygame():
    import subprocess
    import sys

    code = ("import sys; import game.engine.session, game.authoring.loader, game.debrief, game.ui.journey, "
            "game.cli; print('pygame' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
