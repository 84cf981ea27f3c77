"""The Look of every portrait, by file name."""
from __future__ import annotations

from .core import UN_BLUE
from .face import Look


PORTRAITS: dict[str, Look] = {
    "checkpoint-elder": Look(
        skin=(98, 64, 44), bg=(214, 198, 170), clothes="robe", cloth=(78, 92, 124), cloth2=(206, 180, 118),
        hair=(200, 198, 192), age="old", mood="warm", head="kufi", head_color=(232, 226, 210),
        beard="full", beard_color=(232, 230, 224), head_w=77, jaw=0.98),
    "checkpoint-interpreter": Look(
        skin=(120, 78, 52), bg=(172, 192, 180), clothes="shirt", cloth=(206, 214, 222), cloth2=(120, 140, 160),
        hair=(26, 20, 18), mood="warm", lanyard=(66, 128, 110), badge="id", beard="stubble"),
    "checkpoint-officer": Look(
        skin=(178, 124, 90), bg=(178, 192, 208), clothes="camo", cloth=(128, 124, 92), cloth2=(90, 84, 62),
        hair=(30, 22, 20), female=True, mood="calm", head="beret", head_color=(96, 156, 222),
        earrings=True, head_w=72, head_h=95, jaw=0.9),
    "checkpoint-mother": Look(
        skin=(112, 72, 48), bg=(218, 196, 184), clothes="dress", cloth=(96, 104, 128), cloth2=(150, 110, 90),
        female=True, age="young", mood="calm", hair_style="none", head="scarf", head_color=(170, 104, 82),
        head_w=71, head_h=94, jaw=0.88),
    "checkpoint-sergeant": Look(
        skin=(198, 150, 112), bg=(192, 198, 182), clothes="camo", cloth=(134, 128, 96), cloth2=(92, 86, 64),
        hair=(52, 38, 30), mood="calm", head="helmet", head_color=(96, 156, 222), beard="stubble",
        beard_color=(60, 44, 36), jaw=1.05),
    "checkpoint-youth": Look(
        skin=(86, 56, 40), bg=(174, 184, 200), clothes="tshirt", cloth=(172, 98, 76), cloth2=(140, 80, 60),
        hair=(20, 16, 14), age="young", mood="tense", gaze=-0.6, head_w=74, head_h=97),
    "convoy-ngo-lead": Look(
        skin=(230, 190, 160), bg=(196, 212, 202), clothes="vest", cloth=(120, 148, 176), cloth2=(226, 222, 210),
        hair=(110, 78, 56), female=True, mood="warm", hair_style="bob", glasses=True, head_w=72, head_h=95, jaw=0.9),
    "convoy-cmcoord": Look(
        skin=(156, 104, 74), bg=(184, 200, 216), clothes="shirt", cloth=(228, 232, 236), cloth2=(120, 140, 160),
        hair=(30, 24, 22), mood="calm", beard="short", beard_color=(34, 28, 26), lanyard=UN_BLUE, badge="un"),
    "convoy-commander": Look(
        skin=(92, 60, 42), bg=(190, 186, 174), clothes="dark", cloth=(58, 62, 62), cloth2=(40, 44, 44),
        hair=(20, 16, 14), mood="stern", head="patrol", head_color=(84, 90, 66), beard="stubble",
        beard_color=(22, 18, 16), jaw=1.08, head_w=78),
    "convoy-driver": Look(
        skin=(128, 86, 58), bg=(206, 194, 172), clothes="shirt", cloth=(112, 134, 156), cloth2=(90, 110, 130),
        hair=(150, 146, 140), age="old", mood="warm", head="cap", head_color=(170, 150, 110),
        beard="mustache", beard_color=(196, 194, 188)),
    "convoy-chief": Look(
        skin=(94, 60, 42), bg=(202, 184, 198), clothes="wrap", cloth=(190, 142, 64), cloth2=(70, 86, 120),
        female=True, age="adult", mood="calm", hair_style="none", head="gele", head_color=(196, 148, 68),
        earrings=True, necklace=True, head_w=72, head_h=95, jaw=0.92),
    # -- food for favours ------------------------------------------------------------
    "food-for-favours-monitor": Look(
        skin=(118, 76, 50), bg=(196, 208, 188), clothes="vest", cloth=(232, 226, 214), cloth2=(80, 138, 92),
        female=True, mood="calm", hair_style="none", head="wrap", head_color=(150, 84, 70), logo="white",
        earrings=True, hold="clipboard", hold_color=(132, 98, 66), head_w=72, head_h=95, jaw=0.9),
    "food-for-favours-girl": Look(
        skin=(104, 68, 46), bg=(206, 200, 188), clothes="dress", cloth=(172, 126, 112), cloth2=(150, 110, 96),
        female=True, age="young", mood="calm", eyes="lowered", hair_style="none", head="scarf",
        head_color=(124, 152, 176), build=0.88, head_w=68, head_h=91, jaw=0.86),
    "food-for-favours-corporal": Look(
        skin=(208, 162, 126), bg=(186, 196, 206), clothes="camo", cloth=(122, 126, 90), cloth2=(84, 90, 62),
        hair=(46, 34, 28), mood="neutral", head="helmet", head_color=(96, 156, 222), head_w=75, jaw=1.02),
    "food-for-favours-sergeant": Look(
        skin=(172, 118, 82), bg=(200, 194, 178), clothes="camo", cloth=(136, 128, 94), cloth2=(94, 88, 66),
        hair=(84, 76, 70), age="old", mood="calm", head="beret", head_color=(96, 156, 222), beard="stubble",
        beard_color=(96, 88, 82), jaw=1.06, head_w=77),
    "food-for-favours-focal": Look(
        skin=(198, 148, 110), bg=(190, 200, 214), clothes="camo", cloth=(130, 124, 94), cloth2=(90, 86, 64),
        hair=(40, 28, 24), female=True, mood="calm", head="beret", head_color=(96, 156, 222), insignia="officer",
        hold="notebook", hold_color=(48, 62, 96), head_w=72, head_h=95, jaw=0.9),
    "food-for-favours-commander": Look(
        skin=(224, 184, 156), bg=(196, 198, 190), clothes="camo", cloth=(126, 122, 92), cloth2=(88, 84, 62),
        hair=(156, 152, 148), age="old", mood="stern", hairline=0.72, insignia="officer",
        beard_color=(140, 136, 132), jaw=1.04, head_w=77, head_h=99),
    "food-for-favours-caseworker": Look(
        skin=(92, 60, 42), bg=(214, 200, 186), clothes="shawl", cloth=(70, 128, 124), cloth2=(226, 216, 192),
        female=True, mood="warm", hair_style="none", head="tiefront", head_color=(64, 76, 118),
        head_accent=(176, 96, 66), earrings=True, head_w=73, head_h=96, jaw=0.94),
    # -- border push-back ----------------------------------------------------------
    "border-push-back-police": Look(
        skin=(84, 56, 40), bg=(196, 192, 178), clothes="police", cloth=(170, 156, 118), cloth2=(130, 118, 88),
        age="old", mood="calm", eyes="tired", head="peaked", head_color=(54, 64, 86), head_accent=(208, 178, 100),
        beard="mustache", beard_color=(150, 146, 140), jaw=1.04, head_w=78),
    "border-push-back-unhcr": Look(
        skin=(120, 80, 54), bg=(188, 204, 214), clothes="vest", cloth=(238, 238, 234), cloth2=(150, 192, 228),
        female=True, mood="focused", hair_style="bun", hair=(26, 20, 18), logo="un", hold="phone",
        earrings=True, head_w=72, head_h=95, jaw=0.92),
    "border-push-back-teacher": Look(
        skin=(100, 64, 44), bg=(190, 198, 196), clothes="wrap", cloth=(58, 108, 78), cloth2=(44, 78, 66),
        female=True, mood="calm", hair_style="none", head="wrap", head_color=(52, 96, 72), wet=True,
        head_w=71, head_h=95, jaw=0.9),
    "border-push-back-fighter": Look(
        skin=(88, 58, 42), bg=(188, 184, 170), clothes="camo", cloth=(136, 132, 110), cloth2=(112, 108, 90),
        mood="tense", gaze=-0.45, un_patch=False, lean=True, beard="short", beard_color=(28, 22, 20),
        head_w=71, head_h=99, jaw=0.94),
    "border-push-back-wife": Look(
        skin=(96, 62, 44), bg=(206, 192, 200), clothes="dress", cloth=(72, 86, 130), cloth2=(60, 70, 110),
        female=True, mood="calm", hair_style="none", head="tiefront", head_color=(198, 150, 70), baby=(178, 94, 62),
        earrings=True, head_w=71, head_h=97, jaw=0.9),
    "border-push-back-sergeant": Look(
        skin=(110, 72, 50), bg=(184, 196, 186), clothes="camo", cloth=(128, 124, 92), cloth2=(90, 86, 64),
        female=True, mood="calm", head="boonie", head_color=(100, 158, 222), binoculars=True,
        head_w=73, head_h=96, jaw=0.94),
    "border-push-back-interpreter": Look(
        skin=(126, 84, 56), bg=(200, 196, 182), clothes="print", cloth=(196, 132, 72), cloth2=(62, 84, 120),
        mood="earnest", beard="stubble", lanyard=UN_BLUE, badge="un", head_w=75),
    "border-push-back-chief": Look(
        skin=(90, 60, 44), bg=(198, 204, 214), clothes="robe", cloth=(50, 64, 112), cloth2=(206, 208, 214),
        hair=(210, 208, 204), age="old", mood="warm", hair_style="none", head="turban", head_color=(238, 234, 224),
        beard="short", beard_color=(222, 220, 214), head_w=76, jaw=0.98),
    # -- cholera burial -------------------------------------------------------------
    "cholera-burial-imam": Look(
        skin=(96, 64, 46), bg=(204, 200, 188), clothes="robe", cloth=(150, 150, 146), cloth2=(206, 206, 198),
        hair=(200, 198, 192), age="old", mood="neutral", head="kufi", head_color=(240, 238, 232),
        beard="short", beard_color=(214, 212, 206), lean=True, head_w=72, head_h=99, jaw=0.94),
    "cholera-burial-daughter": Look(
        skin=(110, 72, 50), bg=(198, 192, 196), clothes="dress", cloth=(70, 60, 70), cloth2=(60, 50, 60),
        female=True, mood="neutral", eyes="tired", hair_style="none", head="scarf", head_color=(66, 58, 70),
        head_w=72, head_h=96, jaw=0.92),
    "cholera-burial-son": Look(
        skin=(104, 68, 48), bg=(190, 196, 200), clothes="shirt", cloth=(176, 186, 190), cloth2=(120, 130, 140),
        mood="tense", gaze=0.35, beard="stubble", head_w=75, jaw=1.02),
    "cholera-burial-burial-lead": Look(
        skin=(90, 58, 42), bg=(200, 208, 206), clothes="coverall", cloth=(238, 240, 240), cloth2=(200, 204, 206),
        female=True, mood="calm", hair=(26, 20, 18), build=1.12, earrings=True, head_w=76, head_h=97, jaw=0.98),
    "cholera-burial-doctor": Look(
        skin=(238, 204, 184), bg=(192, 206, 214), clothes="vest", cloth=(196, 186, 160), cloth2=(70, 122, 190),
        female=True, mood="focused", eyes="tired", hair_style="bun", hair=(206, 178, 128), logo="un", hold="radio",
        head_w=72, head_h=96, jaw=0.92),
    "cholera-burial-sergeant": Look(
        skin=(166, 114, 80), bg=(196, 192, 180), clothes="armour", cloth=(128, 124, 92), cloth2=(90, 86, 64),
        hair=(26, 20, 18), female=True, mood="calm", head="helmet", head_color=(96, 156, 222), head_w=72, head_h=95,
        jaw=0.9),
    # -- children at the gate -----------------------------------------------------------
    "children-at-the-gate-sergeant": Look(
        skin=(86, 56, 40), bg=(194, 204, 190), clothes="camo", cloth=(124, 126, 92), cloth2=(88, 90, 64),
        female=True, mood="warm", head="helmet", head_color=(96, 156, 222), earrings=True, head_w=72, head_h=95, jaw=0.9),
    "children-at-the-gate-idriss": Look(
        skin=(96, 62, 44), bg=(204, 194, 176), clothes="shirt", cloth=(176, 150, 110), cloth2=(140, 120, 90),
        age="young", mood="focused", lean=True, worn=True, build=0.84, head_w=67, head_h=91, jaw=0.88),
    "children-at-the-gate-chief": Look(
        skin=(88, 58, 42), bg=(200, 196, 210), clothes="robe", cloth=(58, 92, 150), cloth2=(222, 214, 190),
        hair=(120, 116, 110), age="old", mood="calm", head="kufi", head_color=(58, 92, 150),
        beard="short", beard_color=(150, 146, 140), build=1.12, head_w=86, head_h=100, jaw=1.14),
    "children-at-the-gate-commander": Look(
        skin=(222, 180, 148), bg=(184, 196, 210), clothes="camo", cloth=(128, 124, 94), cloth2=(90, 86, 64),
        hair=(58, 42, 32), female=True, mood="focused", head="beret", head_color=(96, 156, 222), insignia="officer",
        headset=True, head_w=72, head_h=96, jaw=0.92),
    "children-at-the-gate-teacher": Look(
        skin=(100, 66, 46), bg=(210, 198, 180), clothes="printdress", cloth=(176, 72, 60), cloth2=(236, 190, 80),
        female=True, mood="focused", hair_style="none", head="tiefront", head_color=(236, 190, 80), earrings=True,
        head_w=73, head_h=96, jaw=0.94),
    "children-at-the-gate-adviser": Look(
        skin=(112, 74, 50), bg=(196, 212, 206), clothes="vest", cloth=(236, 232, 222), cloth2=(60, 160, 210),
        female=True, mood="warm", hair_style="none", head="wrap", head_color=(120, 70, 110), logo="un",
        hold="notebook", hold_color=(150, 60, 60), earrings=True, head_w=72, head_h=95, jaw=0.9),
    # -- water point ----------------------------------------------------------------
    "water-point-sergeant": Look(
        skin=(170, 118, 84), bg=(190, 198, 186), clothes="camo", cloth=(130, 124, 92), cloth2=(92, 86, 64),
        hair=(24, 20, 18), mood="calm", head="helmet", head_color=(96, 156, 222), beard="mustache",
        beard_color=(30, 24, 22), head_w=76, jaw=1.04),
    "water-point-chief": Look(
        skin=(84, 56, 40), bg=(208, 198, 178), clothes="robe", cloth=(232, 230, 222), cloth2=(198, 176, 120),
        hair=(170, 166, 160), age="old", mood="calm", head="kufi", head_color=(130, 70, 60), beard="mustache",
        beard_color=(190, 188, 182), head_w=77, jaw=1.0),
    "water-point-chair": Look(
        skin=(90, 60, 44), bg=(210, 194, 190), clothes="wrap", cloth=(70, 110, 160), cloth2=(200, 120, 60),
        female=True, age="old", mood="warm", hair_style="none", head="gele", head_color=(70, 110, 160),
        head_accent=(236, 200, 90), beard_color=(30, 24, 22), earrings=True, necklace=True, head_w=74, head_h=96, jaw=0.96),
    "water-point-refugee-leader": Look(
        skin=(140, 96, 66), bg=(206, 204, 194), clothes="robe", cloth=(180, 196, 208), cloth2=(236, 238, 240),
        hair=(60, 56, 54), age="old", mood="calm", hair_style="none", head="turban", head_color=(232, 228, 216),
        beard="short", beard_color=(90, 86, 84), head_w=75, jaw=0.98),
    "water-point-fatime": Look(
        skin=(136, 92, 64), bg=(204, 198, 184), clothes="dress", cloth=(150, 96, 80), cloth2=(130, 80, 70),
        female=True, mood="calm", hair_style="none", head="scarf", head_color=(196, 150, 70), head_w=71, head_h=95, jaw=0.9),
    "water-point-youth": Look(
        skin=(96, 64, 46), bg=(190, 200, 206), clothes="jersey", cloth=(200, 110, 96), cloth2=(226, 214, 200),
        age="young", mood="neutral", head_w=74, head_h=97),
    "water-point-unhcr": Look(
        skin=(200, 154, 116), bg=(192, 206, 216), clothes="vest", cloth=(234, 232, 226), cloth2=(150, 192, 228),
        female=True, mood="calm", hair_style="bob", hair=(40, 30, 26), logo="un", hold="radio", head_w=72, head_h=95, jaw=0.92),
    "water-point-interpreter": Look(
        skin=(108, 70, 48), bg=(200, 206, 192), clothes="dress", cloth=(190, 180, 160), cloth2=(170, 160, 140),
        female=True, mood="calm", hair_style="none", head="scarf", head_color=(70, 110, 100), hold="notebook",
        hold_color=(200, 150, 60), earrings=True, head_w=72, head_h=95, jaw=0.92),
    # -- disclosure -----------------------------------------------------------------
    "disclosure-zara": Look(
        skin=(138, 94, 64), bg=(200, 204, 196), clothes="dress", cloth=(110, 140, 110), cloth2=(96, 124, 96),
        female=True, age="young", mood="calm", gaze=0.2, hair_style="none", head="scarf", head_color=(122, 150, 118),
        head_w=70, head_h=94, jaw=0.88),
    "disclosure-corporal": Look(
        skin=(106, 70, 50), bg=(196, 204, 198), clothes="camo", cloth=(126, 126, 92), cloth2=(88, 88, 64),
        female=True, mood="warm", head="helmet", head_color=(96, 156, 222), medic=True, head_w=70, head_h=96, jaw=0.86),
    "disclosure-sergeant": Look(
        skin=(80, 52, 38), bg=(190, 194, 188), clothes="camo", cloth=(132, 126, 94), cloth2=(94, 88, 66),
        mood="calm", head="helmet", head_color=(96, 156, 222), beard="short", beard_color=(26, 20, 18), head_w=77, jaw=1.06),
    "disclosure-relative": Look(
        skin=(132, 88, 60), bg=(202, 200, 196), clothes="robe", cloth=(236, 234, 228), cloth2=(214, 212, 204),
        mood="focused", beard="short", beard_color=(30, 24, 22), head_w=75, head_h=100, jaw=1.02),
    "disclosure-group-leader": Look(
        skin=(128, 86, 60), bg=(206, 196, 186), clothes="wrap", cloth=(150, 70, 70), cloth2=(90, 70, 110),
        female=True, age="old", mood="warm", hair_style="none", head="gele", head_color=(90, 70, 110),
        beard_color=(40, 34, 30), head_w=74, head_h=96, jaw=0.96),
}
PORTRAITS["disclosure-interpreter"] = PORTRAITS["water-point-interpreter"]   # the same woman, Halima Sow

from .cast_detainee import DETAINEE_PORTRAITS  # noqa: E402  (the detainee at the gate)
PORTRAITS.update(DETAINEE_PORTRAITS)

from .cast_going import GOING_HOME  # noqa: E402  (going home: the Dariba camp and the return)
PORTRAITS.update(GOING_HOME)

from .cast_night import NIGHT_ATTACK  # noqa: E402  (the night attack on Mandaga)
PORTRAITS.update(NIGHT_ATTACK)

from .cast_women_said import WOMEN_SAID_PORTRAITS  # noqa: E402  (what the women said at the clinic)
PORTRAITS.update(WOMEN_SAID_PORTRAITS)
