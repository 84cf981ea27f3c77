"""The projector, headless on SDL's dummy driver: the instructor's keys drive the class, the join panel
carries a QR code of the join address, and the tally is drawn only once revealed."""

from __future__ import annotations

import os

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pygame  # noqa: E402
import pytest  # noqa: E402
import segno  # noqa: E402

from game.ui.scenes.class_projector import ProjectorScene, qr_surface  # noqa: E402

from class_support import open_room, option_ids  # noqa: E402

URL = "http://192.0.2.10:8765/?room=ABCDEF"


@pytest.fixture
def projector(tmp_path):
    pygame.font.init()
    room = open_room(tmp_path)
    yield room, ProjectorScene(room, URL)
    pygame.font.quit()


def test_the_keys_reveal_take_the_majority_pause_and_end(projector):
    room, scene = projector
    ana = room.join("Ana", "en")
    room.vote(ana, option_ids(room)[1], 0)
    scene.handle_key(pygame.K_r)
    assert room.phase == "revealed"
    scene.handle_key(pygame.K_o)
    assert room.phase == "voting"
    chosen = option_ids(room)[1]
    scene.handle_key(pygame.K_m)
    assert room.run.session.decisions[0].choice == chosen
    scene.handle_key(pygame.K_p)
    assert room.phase == "paused"
    scene.handle_key(pygame.K_p)
    scene.handle_key(pygame.K_2)
    assert room.step == 2
    scene.handle_key(pygame.K_e)
    assert room.finished


def test_a_tie_is_said_on_the_projector_not_raised(projector):
    room, scene = projector
    scene.handle_key(pygame.K_m)
    assert "No votes yet" in scene.notice and room.step == 0


def test_the_join_panel_draws_the_qr_code_of_the_join_address():
    pygame.init()
    rows = [list(row) for row in segno.make(URL, error="m").matrix_iter(border=4)]
    surface = qr_surface(URL, 400)
    module = surface.get_width() // len(rows)
    for y in range(len(rows)):
        for x in range(len(rows)):
            dark = surface.get_at((x * module + module // 2, y * module + module // 2))[:3] == (0, 0, 0)
            assert dark == bool(rows[y][x])


@pytest.mark.parametrize("size", [(1024, 600), (1920, 1080)])
def test_the_projector_draws_at_any_size_and_hides_the_tally_until_revealed(projector, size):
    room, scene = projector
    surface = pygame.Surface(size)
    ana = room.join("Ana", "en")
    room.vote(ana, option_ids(room)[0], 0)
    scene.draw(surface)
    assert not any("(1)" in text for text in _texts(scene))
    room.reveal()
    scene.draw(surface)
    assert any(text.endswith("(1)") for text in _texts(scene))


def _texts(scene: ProjectorScene) -> list[str]:
    return [key[0] for key in scene.cache._surfaces.keys()]
