"""Regenerate docs/screenshots from the real window, driven as a trainee drives it.

    xvfb-run -s "-screen 0 1920x1080x24" python bench/screenshots.py [--out docs/screenshots] [--size 1280x800]

Runs the trainer on the shipped library under a real X display (SDL's x11 driver), plays
checkpoint-market by key presses (the text reveal is left to finish by itself), and saves a
picture of every screen. Look at each one after regenerating. With no X display it falls back
to SDL's dummy driver (same pixels, no window manager).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("SDL_VIDEODRIVER", "x11" if os.environ.get("DISPLAY") else "dummy")
os.environ["SDL_AUDIODRIVER"] = "dummy"
os.environ["PYGAME_HIDE_SUPPORT_PROMPT"] = "1"

import pygame  # noqa: E402

PATH = ["check-interpreter", "request-halima", "ask-women-directly", "fast-track-child", "search-out-of-sight",
        "split-search"]  # to the timed crowd, five options
BROKEN = "id: broken-example\ntitle: A scenario with mistakes\ndimensions:\n  cultural: {label: Cultural sensitivity}\n" \
         "start: arrival\nnodes:\n  arrival:\n    text: A crowd waits.\n    choices:\n      - id: go\n" \
         "        text: Go on.\n        goto: nowhere\n        score: {cultural: 5}\n"


class Driver:
    def __init__(self, out: Path, **options) -> None:
        from game.paths import shipped_scenarios
        from game.ui.app import App, Options

        options.setdefault("paths", [shipped_scenarios()])
        self.app = App(Options(seed=4, **options))
        self.out = out
        self.app.step(2)

    @property
    def top(self):
        return self.app.top

    def press(self, key: int, text: str = "") -> None:
        pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=key, mod=0, unicode=text, scancode=0))
        if text:
            pygame.event.post(pygame.event.Event(pygame.TEXTINPUT, text=text))
        self.app.step(2)

    def type(self, text: str) -> None:
        for character in text:
            pygame.event.post(pygame.event.Event(pygame.TEXTINPUT, text=character))
        self.app.step(2)

    def idle(self, seconds: float) -> None:
        self.app.step(int(seconds * 30))

    def until_options(self) -> None:
        for _ in range(30 * 60):
            if not getattr(self.top, "revealing", False):
                break
            self.app.step(1)
        self.app.step(2)

    def choose(self, choice_id: str) -> None:
        number = {c.id: c.number for c in self.top.shown.choices}[choice_id]
        self.press(pygame.K_0 + number, str(number))

    def open_card(self, scenario_id: str) -> None:
        names = [b.name for b in self.top.cards]
        index = next(i for i, n in enumerate(names) if n.endswith(f"/{scenario_id}.yaml"))
        self.top.focus.index = self.top.focus.buttons.index(self.top.cards[index])
        self.top.focus_moved()
        self.press(pygame.K_RETURN)

    def shot(self, name: str) -> None:
        self.app.step(1)
        self.app.draw()
        path = self.app.screenshot(self.out / f"{name}.png")
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)

    def close(self) -> None:
        self.app.close()


def journey(out: Path, size: tuple[int, int]) -> None:
    d = Driver(out, size=size)
    d.shot("menu")
    d.open_card("checkpoint-market")
    d.type("Lt. Amara Diallo")
    d.press(pygame.K_TAB)
    d.type("UNPK-07")
    d.shot("sign-in")
    d.press(pygame.K_RETURN)
    d.shot("briefing")
    d.press(pygame.K_F1)
    d.shot("guide")
    d.press(pygame.K_ESCAPE)
    d.press(pygame.K_RETURN)
    d.idle(1.0)
    d.shot("scene-revealing")
    d.until_options()
    d.shot("scene")
    d.choose(PATH[0])
    d.shot("feedback")
    d.press(pygame.K_RETURN)
    for choice in PATH[1:]:
        d.until_options()
        d.choose(choice)
        d.press(pygame.K_RETURN)
    d.until_options()
    d.idle(6)
    d.shot("scene-timed")
    d.press(pygame.K_h, "h")
    d.shot("history")
    d.press(pygame.K_ESCAPE)
    d.press(pygame.K_ESCAPE)
    d.shot("pause")
    d.top.pick("settings")
    d.app.step(2)
    d.shot("settings")
    d.press(pygame.K_ESCAPE)
    d.press(pygame.K_ESCAPE)
    d.choose("baton-charge")
    d.shot("feedback-red-line")
    d.press(pygame.K_RETURN)
    d.until_options()
    d.shot("ending")
    d.press(pygame.K_RETURN)
    d.top.wait_for_best_path()
    d.app.step(2)
    d.shot("debrief")
    paths = next(op for op in d.top.scroll.ops if getattr(op, "what", "") == "Your path and the best path")
    d.top.scroll.scroll_to(paths.pos[1] - d.top.scroll.viewport.y - d.app.kit.u * 30)
    d.app.step(1)
    d.shot("debrief-map")
    d.press(pygame.K_END)
    d.shot("debrief-timeline")
    d.press(pygame.K_ESCAPE)
    d.shot("menu-progress")
    d.close()


def extras(out: Path, size: tuple[int, int], home: Path) -> None:
    from game.ui.settings import Settings, save_settings

    french = Driver(out, size=size, language="fr", trainee="Lt. Amara Diallo")
    french.shot("menu-fr")
    french.open_card("checkpoint-market")
    french.press(pygame.K_RETURN)
    french.until_options()
    french.shot("scene-fr")
    french.close()
    save_settings(Settings(theme="high-contrast"))
    contrast = Driver(out, size=size, trainee="Capt. Ngozi Okafor")
    contrast.shot("menu-high-contrast")
    contrast.close()
    save_settings(Settings(text_size="largest"))
    small = Driver(out, size=(1024, 600), trainee="Sgt Hélène Çelik", mode="assessment")
    small.open_card("checkpoint-market")
    small.press(pygame.K_RETURN)
    small.until_options()
    small.shot("scene-1024x600-largest")
    small.close()
    save_settings(Settings())
    broken = home / "broken.yaml"
    broken.write_text(BROKEN, encoding="utf-8")
    errors = Driver(out, size=size, paths=[broken], single_file=True)
    errors.shot("errors")
    errors.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--size", default="1280x800")
    args = parser.parse_args()
    size = tuple(int(v) for v in args.size.split("x"))
    with tempfile.TemporaryDirectory(prefix="bluehelm-shots-") as folder:
        os.environ["BLUEHELM_HOME"] = folder
        os.environ["BLUEHELM_CACHE_DIR"] = str(Path(folder) / "cache")
        journey(args.out, size)  # type: ignore[arg-type]
        extras(args.out, size, Path(folder))  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
