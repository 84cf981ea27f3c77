"""The window's shape (issue 13): App split into window, services, scene stack, flow and loop; scenes
close with a result that goes to whoever pushed them, and no scene imports the scene that follows it."""

from __future__ import annotations

import ast
from pathlib import Path

from game.ui.stack import SceneStack

from .conftest import ROOT

PAGES = {"menu", "signin", "briefing", "play", "debrief", "errors", "resume", "settings", "guide"}


def test_no_scene_imports_another_page_of_the_journey():
    scenes = ROOT / "game" / "ui" / "scenes"
    for module in scenes.glob("*.py"):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        imported = {node.module.split(".")[-1] for node in ast.walk(tree)
                    if isinstance(node, ast.ImportFrom) and node.module and node.level == 1}
        others = (imported & PAGES) - {module.stem}
        assert not others, f"{module.name} imports the scenes {sorted(others)}: let the flow (game/ui/flow.py) decide"


def test_the_app_is_a_window_a_stack_services_and_a_flow():
    app_source = (ROOT / "game" / "ui" / "app.py").read_text(encoding="utf-8")
    assert len(app_source.splitlines()) < 300
    for part in ("Window(", "SceneStack(", "Services(", "Flow("):
        assert part in app_source


class Probe:
    opaque = True

    def __init__(self, name: str, log: list) -> None:
        self.name, self.log = name, log

    def ensure_layout(self, key) -> bool:
        return False

    def on_enter(self) -> None:
        self.log.append(f"enter {self.name}")

    def on_uncovered(self) -> None:
        self.log.append(f"uncovered {self.name}")


def test_a_pushed_scene_hands_its_result_to_whoever_pushed_it():
    log: list = []
    stack = SceneStack(lambda: (), lambda: None)
    stack.push(Probe("menu", log))
    dialog = Probe("dialog", log)
    stack.push(dialog, on_done=lambda result: log.append(f"done {result}"))
    stack.dismiss(dialog, "yes")
    assert log == ["enter menu", "enter dialog", "uncovered menu", "done yes"]
    stack.dismiss(dialog, "again")  # a second click on a closing button does nothing
    assert log[-1] == "done yes" and stack.scenes[0].name == "menu"
