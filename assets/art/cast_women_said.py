"""The Look of each portrait drawn for `what-the-women-said` (the Koulmi health centre scenario)."""
from __future__ import annotations

from .core import UN_BLUE
from .face import Look

WOMEN_SAID_PORTRAITS: dict[str, Look] = {
    # Falmata Ngueté, senior midwife of the Koulmi health centre: blue smock, a plain scarf, tired but steady
    "what-the-women-said-midwife": Look(
        skin=(104, 68, 48), bg=(196, 210, 212), clothes="shirt", cloth=(92, 140, 190), cloth2=(70, 116, 160),
        female=True, mood="focused", eyes="tired", hair_style="none", head="wrap", head_color=(150, 120, 170),
        lanyard=(60, 130, 110), badge="id", earrings=True, head_w=72, head_h=96, jaw=0.92),
    # Mairam Seid, who speaks for the women of the Gidel herding camps: an older woman, wrapper and head-tie
    "what-the-women-said-leader": Look(
        skin=(120, 80, 56), bg=(210, 198, 178), clothes="wrap", cloth=(120, 70, 90), cloth2=(200, 150, 70),
        female=True, age="old", mood="stern", hair_style="none", head="tiefront", head_color=(200, 150, 70),
        head_accent=(120, 70, 90), earrings=True, necklace=True, worn=True, head_w=74, head_h=97, jaw=0.96),
    # Sergeant Thabo Nkosi, the platoon's second-in-command, binoculars at his chest
    "what-the-women-said-sergeant": Look(
        skin=(78, 52, 38), bg=(188, 196, 184), clothes="camo", cloth=(128, 126, 94), cloth2=(90, 88, 64),
        mood="calm", head="helmet", head_color=(96, 156, 222), beard="stubble", beard_color=(24, 18, 16),
        binoculars=True, head_w=77, jaw=1.05),
    # Major Samuel Otieno, the company commander, at ease in the evening: beret, no helmet
    "what-the-women-said-commander": Look(
        skin=(88, 58, 42), bg=(176, 170, 190), clothes="camo", cloth=(126, 122, 92), cloth2=(88, 84, 62),
        hair=(40, 36, 34), age="old", mood="warm", head="beret", head_color=(96, 156, 222), insignia="officer",
        beard="mustache", beard_color=(60, 56, 54), head_w=78, head_h=99, jaw=1.04),
    # Solange Ebanda, the mission's women protection adviser: a civilian, UN vest, notebook
    "what-the-women-said-adviser": Look(
        skin=(96, 62, 44), bg=(196, 206, 214), clothes="vest", cloth=(232, 230, 222), cloth2=(60, 150, 200),
        female=True, mood="calm", hair_style="bun", hair=(22, 18, 16), logo="un", glasses=True,
        hold="notebook", hold_color=(70, 80, 110), lanyard=UN_BLUE, head_w=72, head_h=95, jaw=0.9),
    # Moustapha Ngaré, chief of the Committees' post at the Marga ford: mixed drab clothes, a brown head-wrap
    "what-the-women-said-post-chief": Look(
        skin=(110, 72, 50), bg=(196, 188, 170), clothes="camo", cloth=(132, 120, 92), cloth2=(104, 96, 74),
        mood="neutral", gaze=0.3, un_patch=False, head="turban", head_color=(140, 100, 66),
        beard="short", beard_color=(30, 24, 20), head_w=76, head_h=99, jaw=1.0),
}
