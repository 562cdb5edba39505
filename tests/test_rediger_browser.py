"""`regel rediger` as a jurist uses it, in Debian's Chromium (headless, driven by Playwright):
open a rule file, type a mistake, see the Danish diagnostic underlined, accept the quick fix,
change the rule's title and see the documentation preview follow, save, and `regel tjek`
agrees with what was saved; and the smaller things a jurist meets (a closed tab, failing
examples, the completion list). The editor runs as its own process on a copy of the sample
project (`editor`), or, where that does not matter, in a thread of this process (`served`,
quicker to start).

Uses the module's one Chromium (tests/conftest.py `browser`); skipped without Chromium or
Playwright.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time

import pytest

from compiler import pipeline

from .conftest import PROJECT_RULES, ROOT

FILE = "samtaler.regel"
TIMEOUT_MS = 10_000


@pytest.fixture
def editor(tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(PROJECT_RULES, rules)
    process = subprocess.Popen([sys.executable, "-m", "compiler", "rediger", str(rules), "--ingen-browser"],
                               cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        line = process.stdout.readline()
        url = re.search(r"http://127\.0\.0\.1:\d+/[\w-]+/", line)
        assert url, f"editoren skrev ikke sin adresse: {line!r} {process.stderr.read() if process.poll() else ''}"
        yield url.group(0), rules
    finally:
        process.terminate()
        process.wait(10)


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1500, "height": 900})  # its own storage: no backups left
    try:
        yield context.new_page()
    finally:
        context.close()


def put_cursor_after(page, text: str) -> None:
    """Put the cursor just after the first occurrence of `text` (as a click there would)."""
    page.evaluate("""(text) => {
        const view = window.regelRediger.state.view;
        const at = view.state.doc.toString().indexOf(text);
        if (at < 0) throw new Error("teksten findes ikke: " + text);
        view.dispatch({selection: {anchor: at + text.length}, scrollIntoView: true});
        view.focus();
    }""", text)


def editor_text(page) -> str:
    return page.evaluate("() => window.regelRediger.state.view.state.doc.toString()")


def test_type_a_mistake_fix_it_preview_and_save(editor, page, tmp_path):
    url, rules = editor
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(url + "#" + FILE)
    page.wait_for_selector("body[data-klar=ja]", timeout=TIMEOUT_MS)
    original = (rules / FILE).read_text(encoding="utf-8")
    assert editor_text(page) == original
    colours = page.evaluate("""() => {
        const colour = (word) => [...document.querySelectorAll(".cm-line span")]
            .filter((span) => span.textContent === word).map((span) => getComputedStyle(span).color)[0];
        return {keyword: colour("bestemmelse"), id: colour("P01"), plain: getComputedStyle(document.querySelector(".cm-line")).color};
    }""")
    assert colours["keyword"] and colours["id"] and len({*colours.values()}) == 3, colours  # highlighted

    # a mistake: the name of a field with one letter too many
    program = pipeline.load([rules]).program
    use = re.search(r"efter (første_henvendelse)\b", original)
    put_cursor_after(page, use.group(0))
    started = time.monotonic()
    page.keyboard.type("n")
    page.wait_for_selector(".cm-lintRange-error", timeout=TIMEOUT_MS)
    underlined = time.monotonic() - started
    problems = page.locator("#fejl")
    problems.get_by_text("ukendt navn `første_henvendelsen`").wait_for(timeout=TIMEOUT_MS)
    assert "mente du `første_henvendelse`?" in problems.inner_text()

    # the quick fix puts the name right, and the error goes away
    problems.locator("button.ret").first.click()
    page.wait_for_selector(".cm-lintRange-error", state="detached", timeout=TIMEOUT_MS)
    assert editor_text(page) == original

    # the preview shows the rule's documentation page and follows the edit
    first = next(r for r in program.rules.values() if r.span.path.endswith(FILE))
    frame = page.frame_locator("#forhaand")
    frame.locator("h1").get_by_text(first.title).wait_for(timeout=TIMEOUT_MS)
    put_cursor_after(page, f'"{first.title}')
    page.keyboard.type(" (rettet)")
    frame.locator("h1").get_by_text(f"{first.title} (rettet)").wait_for(timeout=TIMEOUT_MS)
    page.locator("#eksempler li.ok").first.wait_for(timeout=TIMEOUT_MS)
    assert page.locator("#eksempler li.fejlet").count() == 0

    # an edit is never lost: the page closed (here: reloaded) before saving brings it back
    edited = editor_text(page)
    def leave(dialog):  # "leave the page with unsaved changes?"
        dialog.accept()
    page.on("dialog", leave)
    page.reload()
    page.wait_for_selector("body[data-klar=ja]", timeout=TIMEOUT_MS)
    assert editor_text(page) == edited and (rules / FILE).read_text(encoding="utf-8") == original
    assert "gendannet" in page.locator("#fil").inner_text()
    page.locator(".cm-content").click()

    # save with Ctrl+S: the file on disk is the text in the editor, and `regel tjek` agrees
    page.keyboard.press("Control+s")
    page.locator("#status").get_by_text("gemt").wait_for(timeout=TIMEOUT_MS)
    saved = (rules / FILE).read_text(encoding="utf-8")
    assert saved == editor_text(page) == original.replace(f'"{first.title}"', f'"{first.title} (rettet)"', 1)
    checked = pipeline.load([rules])
    assert checked.ok and checked.program.rules[first.name].title == f"{first.title} (rettet)"
    assert not [p for p in rules.iterdir() if p.name.startswith(".")], "midlertidige filer blev liggende"

    # everything the page loaded came from the editor itself: it works without internet
    assert requests and all(r.startswith(url) or r.startswith("data:") for r in requests)
    page.screenshot(path=os.environ.get("REGELSPROG_SKAERMBILLEDE") or str(tmp_path / "rediger.png"))
    print(f"fejlen var understreget {underlined * 1000:.0f} ms efter tastetrykket")


def test_a_new_file_renamed_at_once_is_the_file_renamed(editor, page):
    """Ny fil, then Omdøb as soon as the new file is listed: the rename waits for the new file to
    be open and renames it, not the file open before (the page's `aabn` is slowed down here, so
    a click in between is certain to come while the new file is still opening)."""
    url, rules = editor
    page.goto(url + "#" + FILE)
    page.wait_for_selector("body[data-klar=ja]", timeout=TIMEOUT_MS)
    before = {p.name: p.read_bytes() for p in rules.iterdir()}
    page.route("**/api/aabn", lambda route: (time.sleep(0.3), route.continue_()))
    answers, prompts = iter(["ny_regel.regel", "omdoebt_regel.regel"]), []
    def answer(dialog):
        prompts.append(dialog.message)
        dialog.accept(next(answers, ""))
    page.on("dialog", answer)
    page.click("#ny")
    page.locator('#filer a[data-fil="ny_regel.regel"]').wait_for(timeout=TIMEOUT_MS)
    page.click("#omdoeb")  # while the new file is still opening
    page.locator('#filer a[data-fil="omdoebt_regel.regel"]').wait_for(timeout=TIMEOUT_MS)
    # the open file's name, not the status line (a check that ends just after may replace its text)
    page.wait_for_function("() => document.querySelector('#fil').innerText === 'omdoebt_regel.regel'",
                           timeout=TIMEOUT_MS)
    assert prompts[1] == "Nyt navn for ny_regel.regel:"
    after = {p.name: p.read_bytes() for p in rules.iterdir()}
    assert after.pop("omdoebt_regel.regel").startswith("# Ny regelfil".encode("utf-8"))
    assert after == before  # the old name is gone, and the file open before is where it was, unchanged
    assert page.locator("#filer a[data-fil]").evaluate_all("(links) => links.map((a) => a.dataset.fil)") == \
        sorted([*before, "omdoebt_regel.regel"])
    assert page.locator("#fil").inner_text() == "omdoebt_regel.regel"
    assert page.locator('#filer a[aria-current="true"]').inner_text() == "omdoebt_regel.regel"


def open_file(page, url: str, name: str = FILE) -> None:
    page.goto(url + "#" + name)
    page.wait_for_selector("body[data-klar=ja]", timeout=TIMEOUT_MS)


def test_a_keyword_half_typed_then_the_tab_closed_unsaved_leaves_nothing_for_the_next_tab(served, page):
    """A jurist starts a line with a keyword: the completion list offers it with its kind in
    Danish and no icon (CodeMirror draws icons as glyphs, 🔑 for a keyword, that a machine without
    an emoji font shows as an empty box). The half-typed line is an error; the tab is closed
    without saving (the browser asks; the jurist leaves): the next tab sees the rules as saved,
    not the closed tab's error in another file."""
    url, _rules = served
    open_file(page, url)
    put_cursor_after(page, "bestemmelse P01")
    page.keyboard.press("End")
    page.keyboard.press("Enter")
    page.keyboard.type("gæ")
    options = page.locator(".cm-tooltip-autocomplete li")
    options.first.wait_for(timeout=TIMEOUT_MS)
    assert page.locator(".cm-tooltip-autocomplete .cm-completionIcon").count() == 0
    assert options.first.locator(".cm-completionLabel").inner_text() == "gælder"
    assert options.first.locator(".cm-completionDetail").inner_text() == "nøgleord"
    page.wait_for_selector(".cm-lintRange-error", timeout=TIMEOUT_MS)

    page.on("dialog", lambda dialog: dialog.accept())  # "leave the page with unsaved changes?"
    with page.expect_event("close", timeout=TIMEOUT_MS):
        page.close(run_before_unload=True)
    other = page.context.new_page()
    open_file(other, url, "kilder.regel")
    other.locator("#status").get_by_text("Ingen fejl i reglerne").wait_for(timeout=TIMEOUT_MS)
    assert "samtaler.regel" not in other.locator("#fejl").inner_text()


def test_the_status_counts_failing_examples_and_leads_to_the_first(served, page):
    """Rules without errors but an example that fails: the status says both, and its link puts
    the cursor on the verdict that failed."""
    url, rules = served
    open_file(page, url)
    rule = next(r for r in pipeline.load([rules]).program.rules.values() if r.span.path.endswith(FILE) and r.examples)
    verdict = rule.examples[0].expectations[0].span.line
    lines = editor_text(page).split("\n")
    lines[verdict - 1] = lines[verdict - 1].replace("ingen overtrædelse", "overtrædelse") \
        if "ingen overtrædelse" in lines[verdict - 1] else re.sub(r": .*", ": ingen overtrædelse", lines[verdict - 1])
    page.evaluate("""(text) => {
        const view = window.regelRediger.state.view;
        view.dispatch({changes: {from: 0, to: view.state.doc.length, insert: text}, selection: {anchor: 0}});
    }""", "\n".join(lines))
    status = page.locator("#status")
    status.get_by_text("1 eksempel fejler").wait_for(timeout=TIMEOUT_MS)
    assert status.inner_text() == "Ingen fejl i reglerne · 1 eksempel fejler"
    status.locator("button").click()
    assert page.evaluate("""() => {
        const view = window.regelRediger.state.view;
        return view.state.doc.lineAt(view.state.selection.main.head).number;
    }""") == verdict

