"""The sample project's site as a reader sees it, in headless Chromium: start on the front page,
follow the link to the rule about the first conversation, and read the requirement.

Uses the session's one Chromium and the sample project's site (tests/conftest.py `browser`,
`site`); skipped without Chromium or Playwright.
"""

from __future__ import annotations

import re


def visible_text(page) -> str:
    return re.sub(r"\s+", " ", page.inner_text("body"))


def test_reader_finds_when_the_first_conversation_must_be_held(site, browser):
    page = browser.new_page()
    page.goto((site / "index.html").as_uri())
    assert "Regler for beskæftigelsesindsatsen" in visible_text(page)
    link = page.locator("main a", has_text=re.compile(r"^Første samtale senest en uge efter første henvendelse$"))
    assert link.count() >= 1, "forsiden linker ikke til reglen om første samtale"
    link.first.click()
    text = visible_text(page)
    assert "Kravet" in text
    assert "Den første samtale med jobcentret (alene eller sammen med a-kassen) skal finde sted senest 1 uge efter første henvendelse." in text
    assert "Gælder for Sager, hvor ydelsen er kontanthjælp eller uddannelseshjælp" in text  # the plain reading
    assert "Eksempler" in text and "ingen overtrædelse" in text
    concept = page.locator("main a[href*='definitioner.html#']", has_text="Samtale med jobcentret").first
    anchor = concept.get_attribute("href").split("#")[1]
    concept.click()
    assert page.locator(f"[id='{anchor}']").count() == 1
    assert "når aktør er jobcenter eller fælles" in visible_text(page)
    page.go_back()
    page.locator("header a", has_text="Hvad ændrer sig hvornår").click()
    assert "1. januar 2024" in visible_text(page)
    page.close()


def test_rule_page_renders_to_a_screenshot(site, browser):
    page = browser.new_page(viewport={"width": 1200, "height": 1600})
    page.goto((site / "regler" / "foerste_samtale.html").as_uri())
    assert len(page.screenshot()) > 20_000
    page.close()
