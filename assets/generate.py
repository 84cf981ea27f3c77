#!/usr/bin/env python3
"""Draw every Bluehelm art asset (backgrounds and portraits) as PNG files.

Run from the repository root:  python assets/generate.py [name-filter ...]

The script only uses pygame(-ce) and the standard library.  Everything is
drawn with vector primitives at a supersampled resolution and smooth-scaled
down, so edges are anti-aliased.  All randomness is seeded per image, so every
run produces the same files.  The drawing code lives in the ``art`` package
next to this file (see ``art/__init__.py`` for its layout).

Optional arguments keep only the files whose name contains one of them
(handy while drawing: ``python assets/generate.py food-for-favours``).
"""
from __future__ import annotations

import multiprocessing
import os
import sys
import time
from pathlib import Path
from typing import Callable

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
os.environ.setdefault("SDL_NO_SIGNAL_HANDLERS", "1")   # let worker processes stop normally
sys.path.insert(0, str(Path(__file__).resolve().parent))

import pygame  # noqa: E402

from art.cast import PORTRAITS  # noqa: E402
from art.core import save  # noqa: E402
from art.portraits import draw_portrait  # noqa: E402
from art import (scenes_border, scenes_children, scenes_cholera, scenes_disclosure, scenes_food,  # noqa: E402
                 scenes_savannah, scenes_sites, scenes_water)
from art import scenes_going  # noqa: E402
from art import scenes_detainee  # noqa: E402
from art import scenes_night  # noqa: E402
from art import scenes_women_said  # noqa: E402

BACKGROUNDS: dict[str, Callable[[], pygame.Surface]] = {
    "market-road": scenes_savannah.scene_market_road,
    "corridor-road": scenes_savannah.scene_corridor_road,
    "roadblock": scenes_savannah.scene_roadblock,
    "search-tent": scenes_sites.scene_search_tent,
    "ngo-compound": scenes_sites.scene_ngo_compound,
    "fallback": scenes_sites.scene_fallback,
    "food-for-favours-distribution": scenes_food.scene_distribution,
    "food-for-favours-base": scenes_food.scene_base,
    "food-for-favours-womens-space": scenes_food.scene_womens_space,
    "border-push-back-ford": scenes_border.scene_ford,
    "border-push-back-customs-post": scenes_border.scene_customs_post,
    "cholera-burial-compound": scenes_cholera.scene_compound,
    "cholera-burial-cemetery": scenes_cholera.scene_cemetery,
    "cholera-burial-treatment-centre": scenes_cholera.scene_treatment_centre,
    "children-at-the-gate-gate": scenes_children.scene_gate,
    "children-at-the-gate-school": scenes_children.scene_school,
    "children-at-the-gate-village": scenes_children.scene_village,
    "water-point-borehole": scenes_water.scene_borehole,
    "water-point-village": scenes_water.scene_village,
    "water-point-tabalde": scenes_water.scene_tabalde,
    "disclosure-wadi": scenes_disclosure.scene_wadi,
    "disclosure-acacia": scenes_disclosure.scene_acacia,
    "disclosure-camp-road": scenes_disclosure.scene_camp_road,
    "going-home-camp": scenes_going.scene_camp,
    "going-home-subprefecture": scenes_going.scene_subprefecture,
    "going-home-dariba": scenes_going.scene_dariba,
    "going-home-dawn": scenes_going.scene_dawn,
    "detainee-at-the-gate-market": scenes_detainee.scene_market,
    "detainee-at-the-gate-gate": scenes_detainee.scene_gate,
    "detainee-at-the-gate-mourning": scenes_detainee.scene_mourning,
    "detainee-at-the-gate-council": scenes_detainee.scene_council,
    "night-attack-post": scenes_night.scene_post,
    "night-attack-site": scenes_night.scene_site,
    "night-attack-church": scenes_night.scene_church,
    "night-attack-dawn": scenes_night.scene_dawn,
    "what-the-women-said-health-centre": scenes_women_said.scene_health_centre,
    "what-the-women-said-ford": scenes_women_said.scene_ford,
    "what-the-women-said-wells": scenes_women_said.scene_wells,
    "what-the-women-said-base": scenes_women_said.scene_base,
}


def jobs() -> list[str]:
    """Every output file, relative to assets/, slowest (backgrounds) first."""
    return [f"backgrounds/{n}.png" for n in BACKGROUNDS] + [f"portraits/{n}.png" for n in PORTRAITS]


def render(rel: str) -> str:
    """Draw and save one file; each image seeds its own random generator, so order does not matter."""
    pygame.display.init()
    kind, name = rel[:-4].split("/", 1)
    surface = BACKGROUNDS[name]() if kind == "backgrounds" else draw_portrait(PORTRAITS[name])
    save(surface, rel)
    return rel


def main(argv: list[str]) -> None:
    t0 = time.perf_counter()
    todo = [j for j in jobs() if not argv or any(a in j for a in argv)]
    workers = min(len(todo), os.cpu_count() or 1)
    if workers > 1:
        pool = multiprocessing.get_context("spawn").Pool(workers)
        try:
            done = pool.map(render, todo, chunksize=1)
        finally:
            pool.close()
            pool.join()
    else:
        done = [render(j) for j in todo]
    print(f"drew {len(done)} files in {time.perf_counter() - t0:.1f}s")


if __name__ == "__main__":
    main(sys.argv[1:])
