"""«Hvad gælder for mig?»: the page's JavaScript computes what the Python engines compute.

* In Chromium (driven by Playwright), a caseworker's question on the sample project
  (kontanthjælp, jobparat, first contact 3 March 2025): the dates the page shows are the
  generated validators' deadlines, and the rules it lists as not applying are the ones the
  reference interpreter says do not apply; the rights and information rules in force are listed
  with what they say, and counted in the opening sentence. Without JavaScript the page says so and links to
  the per-benefit lists.
* Differentially (in node, else in Chromium): for generated and mutated cases of rules/ and of
  the fixture rule sets, on several evaluation dates, with their items and without, the
  JavaScript's outcomes for every rule are the generated Python validators' (`forklar`): for the
  case, and for each item, first item or gap of an item rule, the outcome and its reason, the
  item, the deciding date, the facts (deadlines, windows, counts, limits), the exceptions
  considered or applied, missing data and the message; and for every rule without a duty (a
  right, information), whether it applies (benefit, condition, version on its deciding date) as
  the reference interpreter evaluates the same IR.
"""

from __future__ import annotations

import copy
import datetime
import json
import random
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from compiler import examples, pipeline
from compiler.backends import docs, whatapplies
from compiler.ir import nodes as ir
from compiler.ir.interpret import Env, Interpreter
from compiler.runtime import ManglendeData, Varighed, dansk_dato, dansk_varighed

from .conftest import PROJECT_RULES, ROOT, write_site
from .test_browser_laeser import AXE, AXE_RUN
from .test_ir_reference import mutate, synthetic

NODE = shutil.which("node")
EPOCH = datetime.date(1970, 1, 1)
QUESTION = {"ydelse": "kontanthjælp", "visitation": "jobparat", "forløbsstart": "2025-03-03",
            "første_henvendelse": "2025-03-03"}
ASKED_ON = datetime.date(2025, 3, 3)


def day_number(day: datetime.date) -> int:
    return (day - EPOCH).days


def reference(interpreter: Interpreter, data: dict, day: datetime.date) -> dict:
    """The reference interpreter's explanation of each rule's outcome, by rule."""
    answer = interpreter.judge(interpreter.read(copy.deepcopy(data)), day, explain=True).som_json()
    found: dict[str, list] = {}
    for entry in answer["forklaring"]:
        found.setdefault(entry["regel"], []).append(entry)
    return found


def rights(interpreter: Interpreter, data: dict, day: datetime.date) -> list[dict]:
    """Whether each rule without a duty (a right, information) applies to a case, by the
    interpreter's reading of the same IR: its benefits, its `for sager hvor …`, and a version in
    force on its deciding date; as the page's `R.vurderRettigheder` says it."""
    rule_set = interpreter.rs
    case = interpreter.read(copy.deepcopy(data))
    answer = []
    for rule in (r for r in rule_set.rules if r.duty is None):
        found: dict = {"regel": rule.name}
        env = Env(case, day)
        try:
            if rule.benefits is not None and case[rule_set.benefit_field] not in rule.benefits:
                found["grund"] = "ydelse"
            elif rule.applies_when is not None and not interpreter.eval(rule.applies_when, env):
                found["grund"] = "betingelse"
            elif rule.deciding_date is not None:
                found["afgoerende"] = day_number(interpreter.eval(rule.deciding_date, env))
                if interpreter.version(rule.versions, interpreter.eval(rule.deciding_date, env)) is None:
                    found["grund"] = "periode"
            found["udfald"] = "gælder ikke" if "grund" in found else "gælder"
        except ManglendeData as missing:
            found = {"regel": rule.name, "udfald": "datafejl", "felt": missing.felt, "besked": missing.besked}
        answer.append(found)
    return answer


# ----------------------------------------------------------------------------- in the browser

def fits(page) -> list[str]:
    """At a phone's and a desktop's width: no sideways scroll, and axe-core finds nothing."""
    problems = []
    page.add_script_tag(path=str(AXE))
    for width in (390, 1280):
        page.set_viewport_size({"width": width, "height": 900})
        if page.evaluate("document.documentElement.scrollWidth") > width:
            problems.append(f"ruller sidelæns ved {width} px")
        problems += [f"{width} px: {violation}" for violation in page.evaluate(AXE_RUN)]
    page.set_viewport_size({"width": 390, "height": 900})
    return problems


def test_the_caseworkers_question_gets_the_validators_dates(loaded, package, browser, site):
    """On a phone: first the case alone, then with its conversations and offers."""
    page = browser.new_page(viewport={"width": 390, "height": 900})
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto((site / "index.html").as_uri())
    page.click("text=Hvad gælder for mig?")  # the link in the menu
    page.select_option("#felt-ydelse", QUESTION["ydelse"])
    page.select_option("#felt-visitation", QUESTION["visitation"])
    page.fill("#felt-forløbsstart", QUESTION["forløbsstart"])
    page.fill("#felt-første_henvendelse", QUESTION["første_henvendelse"])
    page.fill("#felt-skaeringsdato", ASKED_ON.isoformat())
    page.click("#hvadgaelder-sag button[type=submit]")  # not the search in the header
    answer = page.inner_text("#hvadgaelder-svar")
    shown = page.eval_on_selector_all("[data-regel]", "cards => cards.map(c => [c.dataset.regel, c.dataset.udfald, "
                                                      "c.dataset.frist || null, c.dataset.start || null])")
    assert not errors, errors
    assert not page.is_visible("#hvadgaelder-uden-js")  # the note for a browser that does not run the script
    assert all(url.startswith("file://") for url in requests), "siden henter noget udefra"

    result = package.valider({"id": "spørgsmål", **QUESTION}, ASKED_ON)
    deadlines = {f["regel"]: f["frist"] for f in result["frister"] + result["overtrædelser"]}
    assert deadlines, "eksempelreglerne giver ingen frister for spørgsmålet"
    assert {rule: frist for rule, kind, frist, _start in shown if frist} == deadlines
    for rule, frist in deadlines.items():
        assert dansk_dato(datetime.date.fromisoformat(frist)) in answer
    explained = reference(Interpreter(loaded.rule_set), {"id": "spørgsmål", **QUESTION}, ASKED_ON)
    for rule, kind, frist, start in shown:
        outcome = explained.get(rule, [{"udfald": "gælder"}])[0]  # an item rule with no items: no entry
        if frist:
            assert outcome["udfald"] == "frist" and outcome["grundlag"]["fakta"]["frist"] == frist
        if start:  # a window: its first day as the validators count it
            assert outcome["grundlag"]["fakta"]["start"] == start
            assert f"i perioden {dansk_dato(datetime.date.fromisoformat(start))} til og med" in answer
        if kind == "gælder ikke" and rule in explained:
            assert outcome["udfald"] == "gælder ikke", rule
    not_applying = {rule for rule, entries in explained.items()
                    if entries[0]["udfald"] == "gælder ikke" and entries[0]["grund"] != "ingen"}
    assert not_applying <= {rule for rule, kind, *_ in shown if kind == "gælder ikke"}
    assert "Gælder ikke for sagen" in answer and "Frister og perioder" in answer
    # the rights and information rules in force for the case, each with what it says and its page
    in_force = [r["regel"] for r in rights(Interpreter(loaded.rule_set), {"id": "spørgsmål", **QUESTION}, ASKED_ON)
                if r["udfald"] == "gælder"]
    listed = page.eval_on_selector_all("#rettigheder [data-regel]", "cards => cards.map(c => [c.dataset.regel, "
                                       "c.querySelector('h3 a').getAttribute('href'), c.querySelector('p').textContent])")
    assert in_force and [rule for rule, *_ in listed] == in_force
    views = docs.Site(loaded.rule_set, loaded.texts).by_name
    for rule, link, text in listed:
        assert link == f"regler/{views[rule].slug}.html" and text == (views[rule].reader_summary or views[rule].description)
    assert "Rettigheder og oplysninger, der gælder for sagen" in answer
    count = len(in_force) + page.locator("#frister [data-regel], #krav [data-regel]").count()
    assert f"gælder {count} regler for sagen: " in answer and f" og {len(in_force)} rettigheder og oplysninger." in answer
    # a right not yet in force on the day asked: under «Gælder ikke for sagen», with why
    page.fill("#felt-skaeringsdato", "2022-06-01")
    page.click("#hvadgaelder-sag button[type=submit]")
    assert [r["grund"] for r in rights(Interpreter(loaded.rule_set), {"id": "spørgsmål", **QUESTION}, datetime.date(2022, 6, 1))
            if r["regel"] == "valg_af_samtaleform"] == ["periode"]
    assert page.text_content("#gaelder-ikke [data-regel=valg_af_samtaleform] p") == (
        "Reglen gælder fra 1. januar 2023, og den afgørende dato (skæringsdatoen) er 1. juni 2022.")
    assert not page.locator("#rettigheder [data-regel=valg_af_samtaleform]").count()
    # the rules on each item: listed, each asking for the items it is about
    per_item = {r.name for r in loaded.rule_set.rules if isinstance(r.duty, ir.Duty) and not isinstance(r.duty.instance, ir.PerCase)}
    listed = page.eval_on_selector_all("#krav [data-regel]", "cards => cards.map(c => c.dataset.regel)")
    assert listed and set(listed) <= per_item
    assert "Tilføj sagens samtaler i formularen for at se, om kravet er overholdt." in page.inner_text("#krav")
    # the form names the fields by the data model's `læses` phrases
    assert page.inner_text("label[for='felt-ydelse']") == "Ydelsen"
    assert page.inner_text("label[for='felt-har_arbejdsgiver']") == "Borgeren har en arbejdsgiver"

    # Then the case's conversations and offers, added with the keyboard: the page judges every rule
    # on each of them as the validators do, with the deadlines as dates.
    for list_field, items in ITEMS.items():
        for number, item in enumerate(items, start=1):
            add_item(page, list_field, number, item)
    add_item(page, "samtaler", len(ITEMS["samtaler"]) + 1, {})  # one too many, removed again by keyboard
    page.focus(f"[data-liste=samtaler] li:nth-child({len(ITEMS['samtaler']) + 1}) button.fjern")
    page.keyboard.press("Enter")
    assert page.locator("[data-liste=samtaler] .elementer > li").count() == len(ITEMS["samtaler"])
    assert page.evaluate("document.activeElement.name") == f"samtaler.{len(ITEMS['samtaler'])}.{FIRST_FIELD}"
    page.fill("#felt-skaeringsdato", LATER.isoformat())
    page.click("#hvadgaelder-sag button[type=submit]")
    assert not errors, errors
    case = {"id": "spørgsmål", **QUESTION, **ITEMS}
    python = package.udfald(copy.deepcopy(case), LATER)
    on_items = {(o["regel"], o["element"], o["udfald"], o["grundlag"]["fakta"].get("frist")) for o in python if "element" in o}
    shown_items = page.eval_on_selector_all("[data-regel] [data-element]", "items => items.map(i => [i.closest('[data-regel]')"
                                            ".dataset.regel, i.dataset.element, i.dataset.udfald, i.dataset.frist || null, i.innerText])")
    judged = {(rule, element, kind, frist) for rule, element, kind, frist, _text in shown_items if kind != "udenfor"}
    assert judged == on_items and {kind for *_, kind, _frist in on_items} >= {"opfyldt", "overtrådt", "frist"}
    for rule, element, kind, frist, text in shown_items:
        if frist:
            assert dansk_dato(datetime.date.fromisoformat(frist)) in text
        if kind == "udenfor":  # left out by the rule's own filter, with why
            assert "Kravet gælder kun" in text and not any(o[:2] == (rule, element) for o in on_items)
    on_case = {(o["regel"], o["udfald"], o["grundlag"]["fakta"].get("frist")) for o in python
               if "element" not in o and o["udfald"] in ("opfyldt", "overtrådt", "frist")}
    cards = page.eval_on_selector_all("#frister [data-regel]", "cards => cards.map(c => [c.dataset.regel, c.dataset.udfald, "
                                      "c.dataset.frist])")
    assert {tuple(card) for card in cards} == on_case
    counts = [o for o in python if "element" not in o and o["udfald"] == "frist" and "krav" in o["grundlag"]["fakta"]]
    assert counts, "eksempelreglerne har intet krav om et antal, der ikke er nået"
    for o in counts:  # a count not reached yet: how many more, by when
        f = o["grundlag"]["fakta"]
        assert re.search(rf"Der mangler {f['krav'] - f['antal']} \w+ senest "
                         rf"{dansk_dato(datetime.date.fromisoformat(f['frist']))}\.",
                         page.inner_text(f"#frister [data-regel={o['regel']}]")), o
    assert "Samtale 3 (5. maj 2025) ligger efter skæringsdatoen 1. april 2025" in page.inner_text("#hvadgaelder-svar")
    assert fits(page) == []
    page.close()


# The caseworker's conversations and offers (the sample project's data model), judged on LATER
LATER = datetime.date(2025, 4, 1)
ITEMS = {"samtaler": [{"dato": "2025-03-10", "form": "video", "aktør": "jobcenter"},
                      {"dato": "2025-03-20", "form": "brev", "aktør": "jobcenter"},
                      {"dato": "2025-05-05", "form": "fremmøde", "aktør": "jobcenter"}],
         "tilbud": [{"type": "uddannelse", "start": "2025-03-05", "slut": "2025-03-14"},
                    {"type": "virksomhedspraktik", "start": "2025-03-17"}]}
FIRST_FIELD = "dato"


def add_item(page, list_field: str, number: int, item: dict) -> None:
    """Add an item with the keyboard (the list's button, Enter) and fill in its fields by their
    labels' inputs; the new item's first field has the focus."""
    page.focus(f"[data-liste={list_field}] button.tilfoej")
    page.keyboard.press("Enter")
    first = page.evaluate("document.activeElement.name")
    assert first.startswith(f"{list_field}.{number}."), first
    for name, value in item.items():
        field = page.locator(f"[name='{list_field}.{number}.{name}']")
        label = page.inner_text(f"label[for='felt-{list_field}.{number}.{name}']")
        assert label and page.get_by_label(label, exact=False).count() >= 1
        if field.evaluate("e => e.tagName") == "SELECT":
            field.select_option(value)
        else:
            field.fill(value)


def test_a_condition_with_a_nested_group_is_a_list_on_the_page(browser, tmp_path):
    """The page builds the rules' lists (danish.Prose) as lists: in a deadline's requirement, in
    why an exception does not apply and in why a rule does not apply (tests/fixtures/klarsprog)."""
    loaded = pipeline.load([ROOT / "tests" / "fixtures" / "klarsprog"])
    assert loaded.ok, "\n".join(loaded.render())
    page = browser.new_page(viewport={"width": 390, "height": 900})
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto((write_site(loaded.rule_set, loaded.texts, tmp_path) / "hvadgaelder.html").as_uri())
    page.select_option("#felt-ydelse", "kontanthjælp")
    page.select_option("#felt-visitation", "aktivitetsparat")
    page.fill("#felt-forløbsstart", "2023-02-01")
    page.fill("#felt-skaeringsdato", "2023-03-01")
    page.click("#hvadgaelder-sag button[type=submit]")
    assert not errors, errors
    lists = page.eval_on_selector_all("[data-regel]", "cards => cards.map(c => [c.dataset.regel, "
                                      "Array.from(c.querySelectorAll('ul > li'), li => li.textContent)])")
    assert dict(lists)["ret_og_pligt"] == [
        "tilbudstypen ikke er vejledning,", "tilbuddets start er før 1. januar 2023 eller",
        "borgeren er i integrationsprogrammet.",  # the requirement, then why the exception does not apply:
        "borgeren har en arbejdsgiver eller", "borgeren er i integrationsprogrammet."]
    assert dict(lists)["dybde_tre_flad"] == ["borgeren er i integrationsprogrammet eller",
                                             "visitationen er jobparat og borgeren har en arbejdsgiver."]
    text = page.inner_text("[data-regel=ret_og_pligt]")
    assert "Undtagelsen «Undtagelse uden for dagpenge og kontanthjælp» gælder ikke: den gælder kun, når" in text
    assert "Fristen er ikke nået pr. 1. marts 2023." in text
    page.close()


def test_without_javascript_the_page_says_so_and_points_to_the_lists(browser, site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto((site / "hvadgaelder.html").as_uri())
    text = page.inner_text("main")
    assert "JavaScript" in text and "reglerne for hver ydelse" in text
    assert not page.is_visible("#hvadgaelder-sag")
    links = page.eval_on_selector_all("main a", "links => links.map(a => a.getAttribute('href'))")
    assert "ydelser.html" in links and all((site / link.split("#")[0]).exists() for link in links)
    context.close()


# ------------------------------------------------------------------------------- differential

RUNNER = r"""
const fs = require("fs"), vm = require("vm");
const context = {};
vm.createContext(context);
vm.runInContext(fs.readFileSync(process.argv[2], "utf8") + "\nthis.R = Regelsprog;", context);
const payload = JSON.parse(fs.readFileSync(0, "utf8"));
process.stdout.write(JSON.stringify(context.R.vurderAlle(payload)));
"""
ALL = ("function (payload) { return payload.map(function (p) { var sag = R.laesSag(p[0]); "
       "return [R.vurder(sag, p[1]), R.vurderRettigheder(sag, p[1])]; }); }")


def run_js(script: Path, payload: list, tmp_path: Path, request) -> list:
    """Every (case, day number) judged by the page's computation, in node when it is installed,
    else in the session's Chromium."""
    code = script.read_text(encoding="utf-8") + f"\nRegelsprog.vurderAlle = {ALL.replace('R.', 'Regelsprog.')};\n"
    if NODE is not None:
        file = tmp_path / "regler.js"
        file.write_text(code, encoding="utf-8")
        runner = tmp_path / "koer.js"
        runner.write_text(RUNNER, encoding="utf-8")
        done = subprocess.run([NODE, str(runner), str(file)], input=json.dumps(payload), capture_output=True,
                              text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)
    page = request.getfixturevalue("browser").new_page()  # skips when there is no Chromium either
    try:
        page.add_script_tag(content=code)
        return page.evaluate("(payload) => Regelsprog.vurderAlle(payload)", payload)
    finally:
        page.close()


NOT_COMPARED = ("hvad", "begynder", "ental", "flertal")
GATES = ("ydelse", "betingelse", "ingen")  # whom a rule applies to; "ingen": no first item yet


def as_day(value):
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return day_number(datetime.date.fromisoformat(value))
    return value


def expected(rule: ir.Rule, entries: list[dict], exempted: dict) -> list[dict]:
    """What the JavaScript must say of a rule: each of the interpreter's explained outcomes (one
    for the case, or one per item or gap), with its item, dates, facts, exceptions considered and
    message (`exempted`: the exception that applied, by rule and item)."""
    answer = []
    for entry in entries:
        found = {key: entry[key] for key in ("udfald", "grund", "element") if key in entry}
        basis = entry["grundlag"]
        if entry["udfald"] == "datafejl":
            found["felt"] = basis["fakta"]["felt"]
        elif entry["udfald"] == "undtaget":
            found["undtagelse"] = exempted[rule.name, entry.get("element")]
        elif entry.get("grund") not in GATES:
            if "afgørende_dato" in basis:
                found["afgoerende"] = as_day(basis["afgørende_dato"])
            if entry.get("grund") != "periode":
                found["fakta"] = {name: as_day(value) for name, value in basis["fakta"].items()}
                found["overvejet"] = [u["undtagelse"] for u in basis.get("undtagelser", []) if not u["gælder"]]
                found["besked"] = entry["besked"].removeprefix(rule.title + ": ")
        answer.append(found)
    return answer


def js_value(value):
    if isinstance(value, dict) and set(value) == {"maaneder", "dage"}:  # a duration, as the explanation writes it
        return dansk_varighed(Varighed(value["maaneder"], value["dage"]))
    return value


def seen(rule: ir.Rule, js: dict) -> list[dict]:
    """The JavaScript's outcomes of a rule in the shape of `expected`."""
    if js["udfald"] == "datafejl" or js.get("grund") in GATES:
        return [{key: js[key] for key in ("udfald", "grund", "felt") if key in js}]
    if isinstance(rule.duty.instance, ir.PerCase):
        judged = [js]
    else:
        judged = [j for j in js["elementer"] if j["udfald"] != "udenfor"]  # left out by the item filter
        if isinstance(rule.duty.instance, ir.FirstItem) and not judged:
            return [{"udfald": "gælder ikke", "grund": "ingen"}]
    answer = []
    for j in judged:
        found = {key: j[key] for key in ("udfald", "grund", "element", "felt", "undtagelse") if key in j}
        if j["udfald"] not in ("datafejl", "undtaget"):
            if "afgoerende" in j:
                found["afgoerende"] = j["afgoerende"]
            if j.get("grund") != "periode":
                found["fakta"] = {name: js_value(value) for name, value in j["fakta"].items() if name not in NOT_COMPARED}
                found["overvejet"] = [u["undtagelse"] for u in j["overvejet"]]
                found["besked"] = j["besked"]
        answer.append(found)
    return answer


def without_items(rule_set: ir.RuleSet, data: dict) -> dict:
    lists = {f.name for f in rule_set.case.fields if f.type.kind == "list"}
    return {key: value for key, value in data.items() if key not in lists}


def compare(loaded, records: list[dict], days: list[datetime.date], tmp_path: Path, request) -> int:
    """Judge every valid record on every day, with its items and without, in JavaScript and by
    the generated Python validators (with explanations); every rule's outcomes (per item for item
    rules) must be the same. Returns how many outcomes were compared."""
    rule_set = loaded.rule_set
    site = docs.Site(rule_set, loaded.texts)
    script = tmp_path / "hvadgaelder-regler.js"
    script.write_text(whatapplies.files(site)["hvadgaelder-regler.js"], encoding="utf-8")
    package = examples.build_package(rule_set, tmp_path / "pakke")
    cases, payload, results = [], [], []
    for data in records:
        for day in days:
            for variant in (data, without_items(rule_set, data)):
                try:
                    results.append(package.valider(copy.deepcopy(variant), day, forklar=True))
                except package.UgyldigSag:
                    break
                cases.append((variant, day))
                payload.append([variant, day_number(day)])
    answers = run_js(script, payload, tmp_path, request)
    rules = [r for r in rule_set.rules if isinstance(r.duty, ir.Duty)]
    interpreter = Interpreter(rule_set)
    compared = 0
    for (data, day), (answer, on_rights), result in zip(cases, answers, results):
        assert on_rights == rights(interpreter, data, day), f"pr. {day}: {json.dumps(data, ensure_ascii=False)[:600]}"
        compared += len(on_rights)
        explained: dict[str, list] = {}
        for entry in result["forklaring"]:
            explained.setdefault(entry["regel"], []).append(entry)
        exempted = {(u["regel"], u.get("element")): u["undtagelse"] for u in result["undtagelser"]}
        for rule, js in zip(rules, answer):
            assert js["regel"] == rule.name
            where = f"{rule.name} pr. {day}: {json.dumps(data, ensure_ascii=False)[:600]}"
            wanted = expected(rule, explained.get(rule.name, []), exempted)
            assert seen(rule, js) == wanted, where
            compared += max(len(wanted), 1)
    return compared


@pytest.mark.regelsaet
def test_javascript_agrees_with_the_validators_on_rules(tmp_path, request):
    loaded = pipeline.load([ROOT / "rules"])
    assert loaded.ok
    rng = random.Random(7)
    records = [record for _line, record in synthetic(400, seed=21)]
    records += [mutate(record, rng) for record in records[:200]]
    days = [datetime.date(2019, 12, 1), datetime.date(2022, 6, 30), datetime.date(2024, 5, 1)]
    assert compare(loaded, records, days, tmp_path, request) > 10_000


@pytest.mark.parametrize("rule_files", [[PROJECT_RULES],
                                        [ROOT / "tests" / "fixtures" / "rules_model",
                                         ROOT / "tests" / "fixtures" / "rules_sample"],
                                        [ROOT / "tests" / "fixtures" / "jurist" / "rules"]],
                         ids=["projekt", "udvalg", "jurist"])
def test_javascript_agrees_with_the_validators_on_the_examples(rule_files, tmp_path, request):
    """Every example case of a fixture rule set, and mutations of them, on the example's dates."""
    loaded = pipeline.load(rule_files)
    assert loaded.ok, "\n".join(loaded.render())
    rule_set = loaded.rule_set
    rng = random.Random(3)
    records, days = [], set()
    for rule in [*rule_set.rules, *rule_set.exceptions]:
        for example in rule.examples:
            records += [dict(case) for case in example.cases]
            days |= {e.date for e in example.expectations}
    records += [mutate(record, rng) for record in records for _ in range(3)]
    assert compare(loaded, records, sorted(days), tmp_path, request) > 0


def test_the_form_asks_for_the_item_fields_the_rules_read_labelled_by_their_phrases(tmp_path):
    """Each list the rules read items of is asked for with the fields its items need (read by a
    rule, or required by the data model), each labelled by its `læses` phrase with the field's
    title as a hint; a field no rule reads is not asked."""
    folder = tmp_path / "regler"
    shutil.copytree(PROJECT_RULES, folder)
    model = folder / "datamodel.regel"
    text = model.read_text(encoding="utf-8")
    for old, new in (("  form: Samtaleform\n", '  form "Hvordan samtalen blev holdt": Samtaleform, læses "samtaleformen"\n'
                                                  "  kommentar: tekst, valgfri\n"),
                     ("  slut: dato, valgfri\n", '  slut: dato, valgfri, læses "tilbuddets slut"\n')):
        assert old in text
        text = text.replace(old, new)
    model.write_text(text, encoding="utf-8")
    loaded = pipeline.load([folder])
    assert loaded.ok, "\n".join(loaded.render())
    fields = {f["navn"]: f for f in whatapplies.inputs(loaded.rule_set)}
    conversations, offers = fields["samtaler"], fields["tilbud"]
    assert [(f["navn"], f["etiket"], f["hjaelp"]) for f in conversations["felter"]] == [
        ("dato", "Dato", None), ("form", "Samtaleformen", "Hvordan samtalen blev holdt"), ("aktør", "Aktør", None)]
    assert [(f["navn"], f["etiket"], f["valgfri"]) for f in offers["felter"]] == [
        ("type", "Type", False), ("start", "Start", False), ("slut", "Tilbuddets slut", True)]
    assert (conversations["en"], offers["en"]) == ("en samtale", "et tilbud")
    html = docs.page(docs.Site(loaded.rule_set, loaded.texts), "hvadgaelder.html")
    assert '<label for="felt-samtaler.#.form">Samtaleformen</label>' in html and "kommentar" not in html
    assert '<button type="button" class="tilfoej">Tilføj et tilbud</button>' in html
