"""The documentation as readers use it, in Debian's Chromium driven by Playwright: every page of
the sample project's site and of rules/' site at 1280 and 390 px with no sideways scroll and no
axe-core violations (axe-core vendored in tests/vendor/axe-core; on rules/' site at 390 px), every rule printed to A4 on at
most two pages (a one-sentence rule on one) with the version and link addresses, and the search finding a rule by a
Danish word, spelled with æ/ø/å or without, with the same stems as the Python index.

Uses the session's one Chromium and the sample project's site (tests/conftest.py `browser`,
`site`); skipped without Chromium or Playwright.
"""

from __future__ import annotations

import re
import time

import pytest

from compiler.backends import search

from .conftest import RULES, ROOT, load_checked, write_site

AXE = ROOT / "tests" / "vendor" / "axe-core" / "axe.min.js"
WIDTHS = (1280, 390)
# the same rules as in generated/docs (regel byg --tjek); every page, both widths
AXE_RUN = """async () => (await axe.run(document, {resultTypes: ["violations"]})).violations
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`)"""
OVERFLOW = "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": WIDTHS[0], "height": 900})
    try:
        yield context.new_page()
    finally:
        context.close()


# The sample project's site: axe-core at both widths. rules/' site (the same templates, more and
# longer pages): axe-core at the phone's width only, where the layout differs (CI time).
@pytest.mark.parametrize("name, axe_widths", [("projekt", WIDTHS), pytest.param("rules", WIDTHS[1:], marks=pytest.mark.regelsaet)],
                         ids=["projekt", "rules"])
def test_every_page_fits_a_phone_and_has_no_axe_violations(site, browser, name, axe_widths, tmp_path):
    if name == "rules":  # the same pages as generated/docs (regel byg --tjek)
        loaded = load_checked(RULES)
        site = write_site(loaded.rule_set, loaded.texts, tmp_path)
    context = browser.new_context(viewport={"width": WIDTHS[0], "height": 900})
    context.add_init_script(path=str(AXE))
    page = context.new_page()
    problems, checked, started = [], 0, time.monotonic()
    pages = sorted(site.rglob("*.html"))
    for html in pages:
        page.set_viewport_size({"width": WIDTHS[0], "height": 900})
        page.goto(html.as_uri())
        for width in WIDTHS:
            page.set_viewport_size({"width": width, "height": 900})
            label = f"{html.relative_to(site)} ved {width} px"
            overflow = page.evaluate(OVERFLOW)
            if overflow > 0:
                problems.append(f"{label}: ruller {overflow} px sidelæns")
            if width in axe_widths:
                problems += [f"{label}: {violation}" for violation in page.evaluate(AXE_RUN)]
            checked += 1
    context.close()
    print(f"{name}: {len(pages)} sider, {checked} visninger tjekket på {time.monotonic() - started:.1f} s")
    assert len(pages) > 10 and problems == []


def pdf_pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?!s)", pdf))


def test_a_rule_prints_on_two_pages_at_most_a_one_sentence_rule_on_one_with_version_and_addresses(site, page):
    longest = max((site / "regler").glob("*.html"), key=lambda html: html.stat().st_size)  # the worst case
    printed = {}
    for html in (site / "regler" / "foerste_samtale.html", longest):
        page.goto(html.as_uri())
        printed[html.stem] = pdf_pages(page.pdf(format="A4"))
    assert printed["foerste_samtale"] == 1 and printed[longest.stem] <= 2, printed
    page.goto((site / "regler" / "foerste_samtale.html").as_uri())
    assert "1 uge efter" in page.locator(".obligation").inner_text()  # one sentence
    page.emulate_media(media="print")
    stamp = page.locator("footer .stamp")
    assert stamp.is_visible() and re.search(r"Regelsæt (?:«[^»]*» )?(?:udgave [0-9.]+, )?[0-9a-f]{12}", stamp.inner_text())
    assert not page.locator("header.top nav").is_visible()
    page.goto((site / "kilder" / "foerste_delaftale.html").as_uri())
    link = page.locator("main a[href^='https://']").first
    after = link.evaluate("(a) => getComputedStyle(a, '::after').content")
    assert link.get_attribute("href") in after  # the address is printed after the link


def results(page) -> list[str]:
    page.wait_for_selector("body[data-soeg=klar]")
    return page.locator("#resultater li > a").all_inner_texts()


def test_search_finds_a_rule_by_a_danish_word_with_or_without_aeoeaa(site, page, loaded):
    wanted = loaded.rule_set.rule("første_samtale_ved_fremmøde").title  # its title has both words
    page.goto((site / "index.html").as_uri())
    page.fill("#soeg-felt", "samtaler fremmøde")
    page.press("#soeg-felt", "Enter")  # the header's form leads to the search page
    page.wait_for_url(re.compile(r"soeg\.html\?q="))
    found = results(page)
    assert found and found[0] == wanted, found
    field = page.locator("#soegeord")
    field.fill("fremmoede samtalerne")  # oe for ø, a definite plural
    assert results(page)[0] == found[0]
    field.fill("fællessamtaler")
    page.wait_for_function("() => document.getElementById('soeg-status').textContent.includes('Ingen')")
    words = ["samtaler", "Samtalerne", "tilbuddet", "måneder", "maaneder", "ØVO", "fællessamtale", "é", "P08a", "3."]
    assert page.evaluate("(words) => words.map((w) => window.regelSoeg.terms(w))", words) == \
        [search.terms(word) for word in words]


def test_the_search_page_lists_everything_without_javascript(site, browser, loaded):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto((site / "soeg.html").as_uri() + "?q=samtaler")
    listed = page.locator("#alle ~ ul li > a").all_inner_texts()
    context.close()
    everything = [*loaded.rule_set.rules, *loaded.rule_set.exceptions, *loaded.rule_set.definitions, *loaded.rule_set.sources]
    assert sorted(listed) == sorted(item.title for item in everything)
