"""The Look of every portrait of the going-home scenario (the Dariba camp and the return), by file name."""
from __future__ import annotations

from .core import UN_BLUE
from .face import Look

GOING_HOME: dict[str, Look] = {
    # Company Sergeant Major Ines Salgado: the trainee's company sergeant major, in a beret
    "going-home-sergeant-major": Look(
        skin=(196, 146, 108), bg=(188, 198, 186), clothes="camo", cloth=(126, 124, 90), cloth2=(88, 86, 62),
        hair=(44, 32, 26), female=True, age="adult", mood="focused", head="beret",
        head_color=(96, 156, 222), insignia="officer", earrings=False, head_w=73, head_h=96, jaw=0.94),
    # Sub-prefect Ali Dagaba: a former schoolteacher, in a pale shirt and tie-less collar, glasses
    "going-home-subprefect": Look(
        skin=(96, 64, 46), bg=(206, 200, 186), clothes="shirt", cloth=(226, 222, 206), cloth2=(150, 140, 120),
        hair=(60, 56, 54), age="adult", mood="tense", glasses=True, beard="mustache", beard_color=(60, 56, 54),
        hairline=0.66, head_w=78, head_h=100, jaw=1.02),
    # Chief Djidda Annour: chair of the camp committee, white turban and an indigo robe
    "going-home-chief": Look(
        skin=(88, 58, 42), bg=(204, 196, 178), clothes="robe", cloth=(58, 70, 116), cloth2=(214, 208, 190),
        hair=(200, 198, 192), age="old", mood="stern", hair_style="none", head="turban", head_color=(240, 236, 226),
        beard="short", beard_color=(214, 212, 206), head_w=77, jaw=1.0),
    # Kadidja Mbodou: a widow from Kordo, treasurer of the women's savings group, in a dark headscarf
    "going-home-widow": Look(
        skin=(104, 68, 48), bg=(200, 190, 188), clothes="dress", cloth=(84, 72, 96), cloth2=(70, 60, 80),
        female=True, age="adult", mood="earnest", hair_style="none", head="scarf", head_color=(70, 58, 82),
        hold="notebook", hold_color=(176, 120, 64), head_w=71, head_h=95, jaw=0.9),
    # Yaya Sakine: twenty-two, a mason's helper, dust on a worn work shirt
    "going-home-youth": Look(
        skin=(92, 60, 42), bg=(184, 192, 198), clothes="shirt", cloth=(170, 150, 120), cloth2=(140, 120, 96),
        hair=(20, 16, 14), age="young", mood="tense", gaze=0.4, worn=True, head_w=74, head_h=97, jaw=0.98),
    # Rahel Tesfaye: protection cluster coordinator (UNHCR), in a light-blue agency vest with a radio
    "going-home-protection": Look(
        skin=(150, 100, 70), bg=(192, 206, 214), clothes="vest", cloth=(236, 236, 232), cloth2=(150, 192, 228),
        hair=(30, 22, 20), female=True, mood="calm", hair_style="bun", logo="un", hold="radio",
        lanyard=UN_BLUE, badge="un", earrings=True, head_w=72, head_h=96, jaw=0.92),
    # Major Bichara Haggar: Sahrane armed forces, tired and courteous, in a patrol cap
    "going-home-major": Look(
        skin=(84, 56, 40), bg=(190, 188, 176), clothes="camo", cloth=(120, 112, 80), cloth2=(96, 88, 62),
        hair=(30, 26, 24), age="adult", mood="neutral", eyes="tired", head="patrol", head_color=(104, 98, 70),
        beard="stubble", beard_color=(40, 34, 30), un_patch=False, insignia="officer", head_w=79, jaw=1.06),
    # Hadja Zenaba: eighty, the eldest woman of the Kordo families, who chose to go home
    "going-home-elder": Look(
        skin=(100, 68, 50), bg=(212, 200, 184), clothes="wrap", cloth=(128, 92, 70), cloth2=(206, 176, 116),
        female=True, age="old", mood="warm", eyes="tired", hair_style="none", head="wrap", head_color=(236, 228, 210),
        head_accent=(160, 110, 70), earrings=True, head_w=72, head_h=94, jaw=0.94, build=0.92),
}
