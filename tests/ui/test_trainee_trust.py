"""Issue 12, item by item, driven as trainees drive the window: no key press to hurry the text in the
reveal tests, assertions on what is drawn (the draw log), and every option on screen at every size."""

from __future__ import annotations

import pygame
import pytest

from game.records import RecordStore, default_path
from game.ui.settings import Settings, save_settings
from game.ui.text import wrap

from .test_voice import Recorder


def begin(pilot) -> None:
    pilot.press(pygame.K_1)
    if pilot.screen == "SignInScene":
        pilot.type("SN-12")
        pilot.press(pygame.K_RETURN)
        pilot.press(pygame.K_RETURN)
    assert pilot.screen == "BriefingScene"
    pilot.press(pygame.K_RETURN)


def options_drawn(pilot) -> set[str]:
    return {d.what for d in pilot.drawn("choice:")}


def five_option_timed_scenario(library) -> None:
    """The contract example with three more, long options on its timed first node."""
    path = library / "contract-example.yaml"
    extra = "".join(f"""
      - id: extra-{n}
        text: {"Walk the length of the queue with the interpreter and explain, family by family, " * 2}option {n}.
        goto: elder-talk
        score: {{crisis: 0}}
        feedback: Another way.""" for n in range(3))
    text = path.read_text(encoding="utf-8").replace("        feedback: Waiting lets tension build at the barrier.",
                                                    "        feedback: Waiting lets tension build at the barrier." + extra)
    path.write_text(text, encoding="utf-8")


def assert_every_option_fits(pilot, where: str) -> None:
    screen = pilot.app.surface.get_rect()
    scene = pilot.top
    assert scene.choice_buttons, where
    for button in scene.choice_buttons:
        assert screen.contains(button.rect), f"{where}: {button.name} at {button.rect} is below the fold of {screen.size}"
    drawn = options_drawn(pilot)
    assert drawn == {b.name for b in scene.choice_buttons}, f"{where}: options not drawn: {drawn}"
    for item in pilot.app.last_drawn:
        assert screen.contains(item.rect), f"{where}: {item.what!r} leaves the window"
        assert item.within.contains(item.rect), f"{where}: {item.what!r} leaves its panel"


# 1. The options are drawn when the text reveal finishes by itself ------------------------------------------

def test_the_options_appear_by_themselves_when_the_text_has_revealed(launch, library):
    pilot = launch([library], trainee="SN-1201", timer="off")
    begin(pilot)
    assert pilot.top.revealing and not options_drawn(pilot)
    pilot.idle_until_options()  # no key, no mouse: a trainee reading along
    assert options_drawn(pilot) == {"choice:greet-elder", "choice:wait"}
    assert "prompt" in pilot.texts_drawn()
    pilot.step(30)  # idle frames keep showing them
    assert options_drawn(pilot) == {"choice:greet-elder", "choice:wait"}


def test_on_a_timed_node_the_clock_starts_only_with_the_options_on_screen(launch, library):
    pilot = launch([library], trainee="SN-1202")
    begin(pilot)
    assert pilot.top.revealing and pilot.top.run.play.shown is False, "the clock waits for the text"
    pilot.idle_until_options()
    assert pilot.top.run.play.shown and options_drawn(pilot) and "countdown" in pilot.texts_drawn()
    assert pilot.top.countdown_fraction > 0.95
    pilot.step(15 * 30)
    assert options_drawn(pilot), "the options stay on screen while the clock runs"


def test_number_keys_do_nothing_before_the_options_are_drawn(launch, library):
    pilot = launch([library], trainee="SN-1203")
    begin(pilot)
    pilot.press(pygame.K_1)  # hurries the text; decides nothing
    assert pilot.screen == "PlayScene" and pilot.top.run.session.decisions == []
    assert options_drawn(pilot)


def test_a_resumed_session_shows_its_options_by_itself_too(launch, library):
    first = launch([library], trainee="SN-1204", timer="off")
    begin(first)
    first.idle_until_options()
    first.choose("greet-elder")
    again = launch([library], trainee="SN-1204", timer="off")
    begin(again)
    assert again.screen == "ResumeScene"
    again.press(pygame.K_RETURN)
    again.idle_until_options()
    assert options_drawn(again) == {"choice:ask-women-officer", "choice:search-now"}


# 2. Sessions belong to people -----------------------------------------------------------------------------

def test_a_single_file_launch_never_offers_another_trainees_session(launch, library):
    alice = launch([library], trainee="Alice", mode="training")
    begin(alice)
    alice.skip_reveal()
    alice.choose("greet-elder")
    bob = launch([library / "contract-example.yaml"], trainee="Bob", mode="assessment", single_file=True)
    assert bob.screen == "BriefingScene"
    bob.press(pygame.K_RETURN)
    assert bob.screen == "PlayScene" and bob.top.run.session.decisions == [] and bob.top.run.trainee == "Bob"
    with RecordStore.open(default_path()) as store:
        assert [d.choice for d in store.decisions(store.unfinished("Alice")[0].id)] == ["greet-elder"]


def test_quitting_to_the_list_keeps_progress_and_the_card_offers_continue(launch, library):
    pilot = launch([library], trainee="SN-1205")
    begin(pilot)
    pilot.skip_reveal()
    pilot.choose("greet-elder")
    pilot.press(pygame.K_RETURN)
    pilot.press(pygame.K_ESCAPE)
    pilot.click_button("quit")  # quit to the scenario list
    assert pilot.screen == "MenuScene"
    assert pilot.drawn("continue:"), "the card says there is a session to continue"
    assert pilot.app.kit.text.has("▶  Continue (1 decision made)")
    pilot.click_button("continue:")
    assert pilot.screen == "PlayScene" and [d.choice for d in pilot.top.run.session.decisions] == ["greet-elder"]


def test_a_card_shows_the_last_result_of_the_signed_in_trainee_only(launch, library):
    pilot = launch([library], trainee="SN-1206", timer="off")
    begin(pilot)
    for choice in ("greet-elder", "ask-women-officer"):
        pilot.skip_reveal()
        pilot.choose(choice)
        pilot.press(pygame.K_RETURN)
    pilot.skip_reveal()
    pilot.press(pygame.K_RETURN)
    assert pilot.screen == "DebriefScene"
    pilot.press(pygame.K_ESCAPE)
    facts = pilot.top.cards[0].parts[1][0]
    assert "Last: passed" in facts and "%" in facts
    pilot.click_button("sign-out")  # "Not you? Sign out": the next person sees nothing of it
    assert "Last:" not in pilot.top.cards[0].parts[1][0]
    assert pilot.app.kit.text.has("Not signed in · Mode: Training")


# 3. Sign-in: the opening digit is not typed; the field edits like a text box ---------------------------------

def test_the_name_field_edits_with_arrows_home_end_and_delete(launch, library):
    pilot = launch([library])
    pilot.press(pygame.K_1)
    assert pilot.top.trainee.value == ""
    pilot.type("Lt Dupre")
    pilot.press(pygame.K_LEFT)
    pilot.press(pygame.K_BACKSPACE)
    pilot.type("é")
    pilot.press(pygame.K_HOME)
    pilot.press(pygame.K_DELETE)
    pilot.type("L")
    pilot.press(pygame.K_END)
    pilot.type(".")
    assert pilot.top.trainee.value == "Lt Dupée."
    pilot.press(pygame.K_RIGHT)
    assert pilot.screen == "SignInScene" and pilot.top.focus.current.name == "trainee"


# 4. Settings: the timer row shows what was picked, and Right walks every value --------------------------------

def test_the_timer_row_shows_the_saved_setting_and_right_reaches_every_value(launch, library):
    pilot = launch([library])
    pilot.click_button("settings")
    while pilot.top.focus.current.name != "timer":
        pilot.press(pygame.K_DOWN)
    seen = []
    for _ in range(4):
        pilot.press(pygame.K_RIGHT)
        seen.append(pilot.app.settings.timer)
        assert pilot.button("timer").current == pilot.app.settings.timer
    assert seen == ["x1.5", "x2", "off", "x1"]
    pilot.press(pygame.K_LEFT)
    assert pilot.app.settings.timer == "off" and pilot.button("timer").current == "off"


# 5. Feedback: the red line is above the fold, Down reads on, modals are opaque ---------------------------------

def test_the_red_line_is_above_the_fold_and_a_long_feedback_scrolls_with_down(launch, library):
    save_settings(Settings(text_size="largest"))
    pilot = launch([library], trainee="SN-1207", size=(1024, 600))
    begin(pilot)
    pilot.skip_reveal()
    pilot.choose("greet-elder")
    pilot.press(pygame.K_RETURN)
    pilot.skip_reveal()
    pilot.choose("search-now")
    assert pilot.screen == "FeedbackScene" and pilot.top.focus.current.name == "continue"
    screen = pilot.app.surface.get_rect()
    red = [d for d in pilot.app.last_drawn if "RED LINE" in d.what]
    assert red and screen.contains(red[0].rect) and red[0].rect.bottom <= pilot.top.scroll.viewport.bottom
    if pilot.top.scroll.overflowing:
        assert "more below hint" in pilot.texts_drawn()
        pilot.press(pygame.K_DOWN)
        assert pilot.top.scroll.offset > 0, "Down reads on"
    pilot.shot("feedback-red-line-1024x600-largest")


@pytest.mark.parametrize("dialog", ["pause", "feedback"])
def test_dialogs_are_opaque(launch, library, dialog):
    pilot = launch([library], trainee="SN-1208")
    begin(pilot)
    pilot.skip_reveal()
    if dialog == "pause":
        pilot.press(pygame.K_ESCAPE)
    else:
        pilot.choose("greet-elder")
    panel = pilot.top.panel
    colour = pilot.app.kit.theme.panel[:3]
    under = [d.rect for d in pilot.app.last_drawn if d.within != panel and panel.contains(d.rect)
             and d.within != pilot.top.scroll.viewport]
    assert under, "the scene below has text where the dialog sits"
    edge = [(x, panel.y + 4) for x in range(panel.x + 30, panel.right - 30, 11)]
    assert all(pilot.app.surface.get_at(p)[:3] == colour for p in edge), "nothing of the scene below shows through"


# 6. Layout: every option fits at every size and text size; words are not cut ------------------------------------

@pytest.mark.parametrize("size", [(1024, 600), (1280, 800), (1920, 1080)], ids=["1024x600", "1280x800", "1920x1080"])
@pytest.mark.parametrize("text_size", ["normal", "largest"])
def test_a_five_option_timed_decision_fits_whole_with_its_timeout_option_marked(launch, library, size, text_size):
    five_option_timed_scenario(library)
    save_settings(Settings(text_size=text_size))
    pilot = launch([library], trainee="SN-1209", size=size)
    begin(pilot)
    pilot.idle_until_options()
    where = f"{size[0]}x{size[1]} {text_size}"
    assert_every_option_fits(pilot, where)
    timeout = pilot.button("choice:wait")
    assert any("happens if time runs out" in text for text, _, _ in timeout.parts)
    assert "countdown" in pilot.texts_drawn()
    pilot.shot(f"scene-five-options-{size[0]}x{size[1]}-{text_size}")


def test_words_are_never_cut_inside_while_a_break_between_them_exists():
    pygame.font.init()
    from game.ui.text import FontBook

    font = FontBook().font("body")
    width = font.size("second-in-comma")[0]
    lines = wrap(font, "Your second-in-command, Sergeant Reyes", width)
    assert any(line.endswith("second-in-") for line in lines) or "second-in-command," in " ".join(lines)
    assert all(not line.startswith(" ") for line in lines)
    assert not any(line.endswith("comma") for line in lines), lines


# 7. Meters say better or worse; assessment keeps them still; the countdown speaks ---------------------------------

def test_meters_colour_and_arrow_say_better_or_worse(launch, library):
    pilot = launch([library], trainee="SN-1210")
    begin(pilot)
    pilot.skip_reveal()
    pilot.choose("greet-elder")
    pilot.press(pygame.K_RETURN)
    pilot.step(60)
    trust, tension = pilot.top.meters
    theme = pilot.app.kit.theme
    assert trust.arrow() == "▲" and trust.reading().change == 1  # trust up: better
    assert tension.arrow() == "▼" and tension.reading().change == 1  # tension down: better too
    assert {"meter trust arrow", "meter tension arrow"} <= pilot.texts_drawn()
    tension.set(100, instantly=True)
    assert tension.colour(theme) == theme.bad and tension.reading().change == -1, "tension at 100 is bad news"


def test_in_assessment_the_meters_do_not_move_until_the_debrief(launch, library):
    pilot = launch([library], trainee="SN-1211", mode="assessment")
    begin(pilot)
    pilot.skip_reveal()
    before = [m.target for m in pilot.top.meters]
    pilot.choose("greet-elder")
    pilot.step(30)
    assert pilot.top.run.session.variables["trust"] == 60
    assert [m.target for m in pilot.top.meters] == before and not any(m.arrow() for m in pilot.top.meters)
    assert "meters note" in pilot.texts_drawn()


def test_the_countdown_is_announced_at_half_time_ten_and_five_seconds(launch, library):
    pilot = launch([library], trainee="SN-1212")
    pilot.app.voice = Recorder()
    pilot.app.voice.enabled = True
    begin(pilot)
    pilot.idle_until_options()
    pilot.step(19 * 30)
    said = [line for line in pilot.app.voice.said if "seconds left" in line]
    assert said == ["10 seconds left", "5 seconds left"], said  # half of 20 is 10: said once


def test_the_debrief_never_calls_a_score_under_the_pass_mark_competent(launch, library):
    pilot = launch([library], trainee="SN-1213", mode="assessment")
    begin(pilot)
    for choice in ("wait", "back", "greet-elder", "ask-women-officer"):
        pilot.skip_reveal()
        if choice in {c.id for c in pilot.top.shown.choices}:
            pilot.choose(choice)
    pilot.skip_reveal()
    pilot.press(pygame.K_RETURN)
    debrief = pilot.top.debrief
    if debrief.overall is not None and debrief.overall < debrief.pass_mark:
        assert not any("competent" in d.what for d in pilot.app.last_drawn if d.what.startswith("Overall"))
    assert pilot.top._band("competent", 50, 55) == "below the pass mark"


# 8. French: tags, numbers, distinct headings, bluehelm --lang fr ----------------------------------------------------

def test_french_tags_percents_and_a_feedback_heading_that_is_not_the_back_button(launch, library):
    pilot = launch([library], language="fr", trainee="SN-1214")
    tags = pilot.top.cards[0].parts[-1][0]
    assert tags.startswith("point de contrôle · genre · protection des")
    pilot.click_button("tags")
    assert pilot.app.kit.text.has("genre")
    pilot.press(pygame.K_ESCAPE)
    begin(pilot)
    pilot.skip_reveal()
    pilot.choose("greet-elder")
    heading = pilot.top.tr("feedback.heading").upper()
    assert heading != pilot.top.tr("button.back").upper()
    assert pilot.app.kit.text.has(heading)
    pilot.press(pygame.K_RETURN)
    pilot.skip_reveal()
    pilot.choose("ask-women-officer")
    pilot.press(pygame.K_RETURN)
    pilot.skip_reveal()
    pilot.press(pygame.K_RETURN)
    assert pilot.screen == "DebriefScene"
    overall = pilot.top.percent(pilot.top.debrief.overall)
    assert overall.endswith("\u00a0%") and "." not in overall
    assert not any(text.endswith("%") and "\u00a0" not in text and any(c.isdigit() for c in text)
                   for text in (d.what for d in pilot.app.last_drawn))


def test_bluehelm_lang_fr_opens_the_window_in_french(monkeypatch):
    from game.cli import main
    from game.cli import play as play_command

    seen = {}
    monkeypatch.setattr(play_command, "run", lambda args: seen.setdefault("lang", args.lang) and 0)
    assert main(["--lang", "fr"]) == 0
    assert seen["lang"] == "fr"


# 9. Debrief: named decision points, no raw paths, a revisit is not repeated; replay from here -------------------------

def test_the_debrief_names_decisions_and_does_not_repeat_a_revisited_node(launch, library):
    scenario = library / "contract-example.yaml"
    scenario.write_text(scenario.read_text(encoding="utf-8").replace(
        "  arrival:\n    speaker: elder\n", "  arrival:\n    title: At the barrier\n    speaker: elder\n"), encoding="utf-8")
    pilot = launch([library], trainee="SN-1215", timer="off", seed=1)
    begin(pilot)
    for choice in ("wait", "back", "greet-elder", "ask-women-officer"):
        pilot.skip_reveal()
        pilot.choose(choice)
        pilot.press(pygame.K_RETURN)
    pilot.skip_reveal()
    pilot.press(pygame.K_RETURN)
    assert pilot.screen == "DebriefScene"
    cache = pilot.app.kit.text
    assert cache.has("1.  At the barrier") and cache.has("3.  At the barrier  (again)")
    assert cache.has("4.  Elder talk · Hajja Amina"), "no title: the node's name and speaker, not its first sentence"
    assert not any(".sqlite3" in d.what or "/results/" in d.what for d in pilot.app.last_drawn)
    pilot.top.wait_for_best_path()
    pilot.step(2)
    assert cache.has("Your path") and cache.has("Best path")
    assert pilot.top.best is not None and [s.choice_id for s in pilot.top.best.steps] == ["greet-elder", "ask-women-officer"]


def test_replay_from_here_restarts_at_that_decision_as_a_new_recorded_attempt(launch, library):
    pilot = launch([library], trainee="SN-1216", timer="off")
    begin(pilot)
    pilot.skip_reveal()
    pilot.choose("greet-elder")
    pilot.press(pygame.K_RETURN)
    pilot.skip_reveal()
    pilot.choose("search-now")  # the red line
    pilot.press(pygame.K_RETURN)
    pilot.skip_reveal()
    pilot.press(pygame.K_RETURN)
    first_record = pilot.top.run.record_id
    pilot.click_button("replay:2")
    assert pilot.screen == "PlayScene"
    run = pilot.top.run
    assert run.session.node_id == "elder-talk" and run.session.variables["trust"] == 60
    assert run.record_id not in (None, first_record)
    pilot.skip_reveal()
    pilot.choose("ask-women-officer")
    with RecordStore.open(default_path()) as store:
        assert store.session(first_record).finished
        assert [d.choice for d in store.decisions(run.record_id)] == ["greet-elder", "ask-women-officer"]


# 10. Memory flat under resize --------------------------------------------------------------------------------------

def test_drawing_caches_stay_bounded_while_the_window_is_dragged_through_many_sizes(launch, library):
    pilot = launch([library], trainee="SN-1217")
    begin(pilot)
    pilot.skip_reveal()
    sizes = [(1024 + 37 * i, 600 + 23 * i) for i in range(40)] + [(3840, 2160), (2560, 1440)]
    peak = 0
    for size in sizes:
        pilot.resize(*size)
        peak = max(peak, pilot.app.cache_bytes())
    budget = pilot.app.kit.text._surfaces.budget + pilot.app.services.images._scaled.budget + pilot.app.shapes.budget
    assert peak <= budget
    assert pilot.app.shapes.bytes <= pilot.app.shapes.budget and len(pilot.app.fonts._fonts) <= 40


# 11. Menu: several cards at once; the text history --------------------------------------------------------------------

def test_the_menu_shows_several_whole_cards_even_at_1024x600(launch):
    from game.paths import shipped_scenarios

    pilot = launch([shipped_scenarios()], size=(1024, 600))
    viewport = pilot.top.scroll.viewport
    whole = [c for c in pilot.top.cards if viewport.contains(c.rect)]
    assert len(whole) >= 2, f"only {len(whole)} card(s) fit"


def test_the_text_history_scrolls_back_through_what_was_read_and_chosen(launch, library):
    pilot = launch([library], trainee="SN-1218", timer="off")
    begin(pilot)
    pilot.skip_reveal()
    pilot.choose("greet-elder")
    pilot.press(pygame.K_RETURN)
    pilot.skip_reveal()
    pilot.press(pygame.K_h)
    assert pilot.screen == "BacklogScene"
    assert [line.kind for line in pilot.top.lines] == ["node", "choice", "node"]
    assert pilot.top.lines[0].text.startswith("A crowd of about forty") and pilot.top.lines[0].speaker == "Hajja Amina"
    assert pilot.app.kit.text.has("You chose: Greet the elder through the interpreter first.")
    pilot.press(pygame.K_h)
    assert pilot.screen == "PlayScene"
