"""A real browser (Debian's Chromium driven by Playwright) joins a class, votes, sees the feedback and
its own debrief; the page has no serious or critical axe-core violation at any step, at phone size."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "records"))
from axe_audit import CHROMIUM, axe_script, need_chromium, serious  # noqa: E402

from class_process import launch, until  # noqa: E402

PHONE = {"width": 390, "height": 844}


def audit(page) -> list[dict]:
    page.add_script_tag(content=axe_script())
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return serious([{"id": v["id"], "impact": v["impact"], "help": v["help"]} for v in result["violations"]])


@pytest.fixture
def browser_page():
    need_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        try:
            page = browser.new_page(viewport=PHONE, bypass_csp=True)  # so axe can be injected
            page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("http://127.0.0.1")
                       else route.abort())  # the page needs nothing from outside the class's server
            yield page
        finally:
            browser.close()


def control(process, action: str, **extra) -> None:
    with process.socket() as instructor:
        instructor.send(json.dumps({"type": "control", "token": process.token, "action": action, **extra}))
        until(instructor, "projector")


def test_a_trainee_joins_from_a_browser_votes_and_reads_feedback_and_debrief(tmp_path, browser_page):
    page = browser_page
    process = launch(tmp_path)
    try:
        page.goto(process.url)
        page.get_by_label("Name or service number").wait_for()
        assert page.get_by_label("Room code").input_value() == process.room  # from the QR code's address
        assert audit(page) == []
        page.get_by_label("Name or service number").fill("Sgt <b>Ana</b>")
        page.get_by_label("Language").select_option("fr")
        page.get_by_role("button", name="Rejoindre").click()
        page.get_by_text("La place du marché se remplit.").wait_for()
        first = page.get_by_role("radio").first
        first.focus()
        page.keyboard.press("Space")  # the keyboard votes
        page.get_by_text("Votre vote est enregistré", exact=False).wait_for()
        assert audit(page) == []
        chosen = page.locator("label[for=option-1] span").first.inner_text().removeprefix("1. ")
        control(process, "reveal")
        page.get_by_text("(1 votes)").wait_for()
        control(process, "majority")
        page.get_by_text(f"Le groupe a choisi : {chosen}").wait_for()
        assert page.get_by_text("Retour :", exact=False).count() >= 1
        assert audit(page) == []
        page.reload()  # a reloaded page takes its seat back by itself
        page.get_by_text(f"Le groupe a choisi : {chosen}").wait_for()
        control(process, "end")
        page.get_by_role("heading", name="Votre débriefing").wait_for()
        assert page.get_by_text(f"Vous avez voté : {chosen}").count() == 1
        assert "<b>" not in page.content().replace("&lt;b&gt;", "")  # nothing typed is ever markup
        assert audit(page) == []
    finally:
        process.stop()


def test_the_page_reconnects_by_itself_when_the_class_process_comes_back(tmp_path, browser_page):
    page = browser_page
    process = launch(tmp_path)
    page.goto(process.url)
    page.get_by_label("Name or service number").fill("Ben")
    page.get_by_role("button", name="Join").click()
    page.get_by_role("radio").first.check()
    page.get_by_text("Your vote is in", exact=False).wait_for()
    process.kill()
    page.get_by_text("reconnecting", exact=False).wait_for()
    again = launch(tmp_path, port=process.port)
    try:
        page.get_by_text("Your vote is in", exact=False).wait_for(timeout=15000)
        assert page.get_by_role("radio").first.is_checked()
    finally:
        again.stop()
