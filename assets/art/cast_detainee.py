"""Portraits for the detainee at the gate (registered in cast.PORTRAITS)."""
from __future__ import annotations

from .core import UN_BLUE
from .face import Look

DETAINEE_PORTRAITS: dict[str, Look] = {
    "detainee-at-the-gate-sergeant": Look(
        skin=(200, 154, 118), bg=(190, 198, 186), clothes="armour", cloth=(128, 124, 92), cloth2=(90, 86, 64),
        hair=(40, 28, 22), female=True, mood="focused", head="helmet", head_color=(96, 156, 222), headset=True,
        earrings=True, head_w=72, head_h=95, jaw=0.92),
    "detainee-at-the-gate-liaison": Look(
        skin=(96, 62, 44), bg=(206, 198, 180), clothes="shirt", cloth=(222, 214, 190), cloth2=(150, 130, 96),
        hair=(22, 18, 16), mood="earnest", beard="short", beard_color=(26, 20, 18), lanyard=UN_BLUE, badge="un",
        hold="phone", head_w=74, jaw=1.0),
    "detainee-at-the-gate-detainee": Look(
        skin=(104, 68, 46), bg=(196, 190, 180), clothes="tshirt", cloth=(150, 140, 118), cloth2=(120, 110, 92),
        hair=(20, 16, 14), age="young", mood="tense", eyes="tired", gaze=-0.35, lean=True, worn=True, build=0.9,
        head_w=70, head_h=95, jaw=0.92),
    "detainee-at-the-gate-chief": Look(
        skin=(86, 58, 42), bg=(210, 200, 180), clothes="robe", cloth=(240, 238, 230), cloth2=(196, 164, 92),
        hair=(190, 188, 182), age="old", mood="calm", hair_style="none", head="turban", head_color=(240, 236, 226),
        beard="short", beard_color=(206, 204, 198), build=1.1, head_w=80, head_h=100, jaw=1.06),
    "detainee-at-the-gate-brother": Look(
        skin=(94, 62, 44), bg=(196, 188, 182), clothes="robe", cloth=(176, 170, 150), cloth2=(120, 112, 96),
        hair=(24, 20, 18), mood="stern", eyes="tired", head="kufi", head_color=(236, 232, 220), beard="short",
        beard_color=(30, 26, 22), head_w=76, head_h=99, jaw=1.04),
    "detainee-at-the-gate-gendarme": Look(
        skin=(88, 58, 42), bg=(188, 192, 184), clothes="police", cloth=(120, 118, 84), cloth2=(92, 90, 64),
        hair=(22, 18, 16), mood="stern", head="beret", head_color=(164, 46, 48), insignia="police",
        beard="mustache", beard_color=(26, 22, 20), head_w=77, jaw=1.06),
    "detainee-at-the-gate-officer": Look(
        skin=(92, 60, 44), bg=(186, 202, 214), clothes="vest", cloth=(232, 234, 236), cloth2=(91, 146, 214),
        female=True, mood="focused", hair_style="bun", hair=(22, 18, 16), glasses=True, logo="un", hold="notebook",
        hold_color=(60, 70, 100), earrings=True, head_w=72, head_h=96, jaw=0.92),
    "detainee-at-the-gate-sheikh": Look(
        skin=(120, 82, 56), bg=(204, 204, 196), clothes="robe", cloth=(170, 190, 204), cloth2=(236, 238, 240),
        hair=(214, 212, 206), age="old", mood="warm", hair_style="none", head="kufi", head_color=(240, 238, 232),
        beard="full", beard_color=(226, 224, 218), lean=True, head_w=74, head_h=99, jaw=0.96),
}
