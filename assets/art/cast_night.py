"""The Look of every portrait of the night attack on Mandaga (scenario `night-attack`), by file name.

Father Clément wears the white cassock of a parish priest in the Sahel, with a standing collar and a
small wooden cross on a cord (the "cassock" clothing style, drawn in vestments.py).
"""
from __future__ import annotations

from .core import UN_BLUE
from .face import Look



NIGHT_ATTACK: dict[str, Look] = {
    # Sergeant Kwame Ofori, the platoon's second-in-command, in helmet and night headset
    "night-attack-sergeant": Look(
        skin=(88, 58, 42), bg=(150, 160, 184), clothes="camo", cloth=(122, 124, 90), cloth2=(86, 88, 62),
        mood="focused", eyes="tired", head="helmet", head_color=(96, 156, 222), headset=True, beard="stubble",
        beard_color=(24, 20, 18), head_w=77, jaw=1.06),
    # Falmata Djimé, community liaison assistant: the alert phone in her hand, the mission's badge
    "night-attack-cla": Look(
        skin=(112, 74, 50), bg=(168, 176, 204), clothes="dress", cloth=(66, 92, 128), cloth2=(56, 80, 112),
        female=True, mood="focused", hair_style="none", head="scarf", head_color=(150, 64, 70), lanyard=UN_BLUE,
        badge="un", hold="phone", earrings=True, head_w=71, head_h=95, jaw=0.9),
    # Yaya Khalil, chair of the site's committee of persons with disabilities
    "night-attack-yaya": Look(
        skin=(96, 64, 46), bg=(184, 180, 170), clothes="shirt", cloth=(196, 186, 160), cloth2=(150, 140, 120),
        mood="earnest", beard="short", beard_color=(30, 24, 22), hold="notebook", hold_color=(70, 110, 160),
        worn=True, lean=True, head_w=74, head_h=98, jaw=0.98),
    # Imam Hassane Bichara, imam of the Mandaga site
    "night-attack-imam": Look(
        skin=(90, 60, 44), bg=(178, 178, 170), clothes="robe", cloth=(222, 220, 212), cloth2=(176, 166, 140),
        hair=(190, 188, 182), age="old", mood="calm", hair_style="none", head="turban", head_color=(240, 238, 230),
        beard="full", beard_color=(214, 212, 206), head_w=75, head_h=99, jaw=0.96),
    # Father Clément Ngarta, parish priest of Saint-Joseph at Kalgoa
    "night-attack-priest": Look(
        skin=(84, 56, 40), bg=(176, 170, 186), clothes="cassock", cloth=(238, 236, 228), cloth2=(212, 206, 192),
        hair=(60, 56, 54), mood="warm", hairline=0.66, glasses=True, beard="stubble", beard_color=(110, 104, 100),
        head_w=76, jaw=1.02),
    # Bernard Mbaïdoum, catechist of the Kalgoa parish, afraid for his village
    "night-attack-catechist": Look(
        skin=(100, 66, 46), bg=(196, 186, 176), clothes="shirt", cloth=(150, 176, 200), cloth2=(110, 130, 150),
        mood="tense", gaze=-0.35, beard="mustache", beard_color=(30, 24, 22), head_w=74, head_h=99, jaw=1.0),
    # Khadidja Béchir, leader of the site's women's group
    "night-attack-khadidja": Look(
        skin=(104, 68, 48), bg=(196, 180, 170), clothes="wrap", cloth=(120, 70, 90), cloth2=(214, 170, 90),
        female=True, age="old", mood="focused", hair_style="none", head="tiefront", head_color=(214, 170, 90),
        head_accent=(120, 70, 90), earrings=True, head_w=73, head_h=96, jaw=0.95),
}
