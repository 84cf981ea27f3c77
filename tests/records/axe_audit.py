"""An axe-core audit of an HTML file in headless Chromium: Debian's /usr/bin/chromium driven by Playwright,
axe-core's JavaScript loaded from disk (the copy shipped in the axe-playwright-python package). No network."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
SERIOUS = ("serious", "critical")


def axe_script() -> str:
    import axe_playwright_python

    return (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text(encoding="utf-8")


def need_chromium() -> None:
    """Skip (with the reason) only where Chromium is not installed; .ci/run installs it, so CI runs the audit."""
    if not CHROMIUM.exists() and shutil.which("chromium") is None:
        pytest.skip("Debian's chromium is not installed here (apt-get install chromium); .ci/run installs it")
    pytest.importorskip("playwright.sync_api", reason="playwright is a test dependency: pip install -e '.[test]'")


def audit(page_file: Path) -> list[dict]:
    """Every axe violation of the page, each {id, impact, help, nodes}."""
    from playwright.sync_api import sync_playwright

    executable = str(CHROMIUM) if CHROMIUM.exists() else shutil.which("chromium")
    with sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        try:
            page = browser.new_page()
            page.route("**/*", lambda route: route.abort() if not route.request.url.startswith("file:")
                       else route.continue_())  # nothing leaves the machine
            page.goto(page_file.resolve().as_uri())
            page.add_script_tag(content=axe_script())
            result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
        finally:
            browser.close()
    return [{"id": v["id"], "impact": v["impact"], "help": v["help"],
             "nodes": [n["target"] for n in v["nodes"]][:5]} for v in result["violations"]]


def serious(violations: list[dict]) -> list[dict]:
    return [v for v in violations if v["impact"] in SERIOUS]
