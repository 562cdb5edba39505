"""Versions and permalinks in the documentation: the rule set's version and build in every
footer (HTML) and at the foot of every Markdown page, stable anchors per rule version and timeline date, the per-benefit SVG timeline whose
legend cites a source for every change, and ended rules grouped as "Ophævet"."""

from __future__ import annotations

import datetime
import re
import shutil

from compiler.backends import docs

from .conftest import PROJECT_RULES, load_checked, load_text

STAMP = re.compile(r'<p class="stamp">Regelsæt (?:«[^»<]*» )?(?:udgave [0-9.]+, )?<span class="version">([0-9a-f]{12})</span>[^<]* · bygget med Regelsprog ')


MARKDOWN_STAMP = re.compile(r"\n\n---\n\nRegelsæt (?:«[^»\n]*» )?(?:udgave [0-9.]+, )?([0-9a-f]{12})[^\n]* · bygget med Regelsprog [^\n]+\n$")


def test_every_page_carries_the_same_version_and_build(loaded):
    files = docs.generate(loaded.rule_set, loaded.texts)
    stamps = {path: STAMP.findall(text) for path, text in files.items() if path.endswith(".html")}
    stamps |= {path: MARKDOWN_STAMP.findall(text) for path, text in files.items() if path.endswith(".md")}
    assert all(len(found) == 1 for found in stamps.values()), [p for p, f in stamps.items() if len(f) != 1]
    assert len({found[0] for found in stamps.values()}) == 1
    assert len([path for path in stamps if path.endswith(".md")]) == len([path for path in stamps if path.endswith(".html")])


def test_the_stamp_names_the_rule_set_with_its_title_escaped(tmp_path):
    loaded = load_text(tmp_path, 'regelsæt "Indsatsen <b>*nu*</b>" udgave "2.1"\n')
    files = docs.generate(loaded.rule_set, loaded.texts)
    assert STAMP.search(files["index.html"]) and "Regelsæt «Indsatsen &lt;b&gt;*nu*&lt;/b&gt;» udgave 2.1, " in files["index.html"]
    assert MARKDOWN_STAMP.search(files["index.md"]) and "Regelsæt «Indsatsen &lt;b&gt;\\*nu\\*&lt;/b&gt;» udgave 2.1, " in files["index.md"]


def test_the_version_follows_the_rules_and_not_the_folder(loaded, tmp_path):
    version = STAMP.search(docs.generate(loaded.rule_set, loaded.texts)["index.html"]).group(1)
    copy = tmp_path / "andet_sted"
    shutil.copytree(PROJECT_RULES, copy)
    moved = load_checked(copy)
    assert STAMP.search(docs.generate(moved.rule_set, moved.texts)["index.html"]).group(1) == version
    path = copy / "oplysninger.regel"
    path.write_text(path.read_text(encoding="utf-8") + "# en kommentar mere\n", encoding="utf-8")
    changed = load_checked(copy)
    assert STAMP.search(docs.generate(changed.rule_set, changed.texts)["index.html"]).group(1) != version


def test_each_version_and_each_timeline_date_has_a_stable_anchor(loaded):
    files = docs.generate(loaded.rule_set, loaded.texts)
    rule = loaded.rule_set.rule("interval_mellem_tilbud")
    page = files["regler/interval_mellem_tilbud.html"]
    timeline = files["tidslinje.html"]
    for version in rule.versions:
        assert f'id="version-{version.start.isoformat()}"' in page
        assert f'id="dato-{version.start.isoformat()}"' in timeline
        assert f'href="../tidslinje.html#dato-{version.start.isoformat()}"' in page


ENDED = '''
regel gammelt_krav "Et krav, der er ophævet"
  bestemmelse P12
  kilde hedensted "x"
  gælder fra 1. juli 2019 til 31. december 2021
  ændring 1. januar 2022 kilde anden_delaftale "Et forenklet kontaktforløb"
  afgørende dato er forløbsstart
  for sager hvor ydelse er uddannelseshjælp
  krav: det første tilbud skal starte inden for den første måned efter forløbsstart
'''


def benefit_section(page: str, slug: str) -> str:
    start = page.index(f'<h2 id="{slug}">')
    end = page.find("<h2 ", start + 1)
    return page[start:end if end != -1 else None]


def test_an_ended_rule_is_grouped_as_ophaevet_and_hidden_by_default(tmp_path):
    loaded = load_text(tmp_path, ENDED)
    assert loaded.ok, loaded.render()
    section = benefit_section(docs.generate(loaded.rule_set, loaded.texts)["ydelser.html"], "uddannelseshjaelp")
    current, ended = section.split('<details class="ended">')
    assert 'href="regler/gammelt_krav.html"' not in current
    assert ended.startswith("\n<summary>Ophævet (1 regel)</summary>") and 'href="regler/gammelt_krav.html"' in ended.split("</details>")[0]
    assert "<details" not in benefit_section(docs.generate(loaded.rule_set, loaded.texts)["ydelser.html"], "dagpenge")


def test_each_benefit_has_an_svg_timeline_whose_legend_cites_a_source_for_every_change(tmp_path):
    loaded = load_text(tmp_path, ENDED)
    page = docs.generate(loaded.rule_set, loaded.texts)["ydelser.html"]
    site = docs.Site(loaded.rule_set, loaded.texts)
    for benefit in site.by_benefit():
        section = benefit_section(page, benefit["slug"])
        chart = benefit["timeline"]
        if not benefit["current"] + benefit["ended"]:
            assert chart is None and "<svg" not in section and "Ingen regler" in section
            continue
        assert section.count('<svg viewBox=') == 1 and 'role="img"' in section
        days = sorted({b.day for view in benefit["current"] + benefit["ended"] for b in view.boundaries})
        assert [entry["day"] for entry in chart["legend"]] == days
        legend = section[section.index('<ol class="legend">'):]
        for day in days:
            item = re.search(rf'<a href="tidslinje.html#dato-{day.isoformat()}">.*?</ul></li>', legend, flags=re.S)
            assert item and item.group(0).count("<li>") == item.group(0).count("Kilde: <a href=\"kilder/"), day
    uddannelse = benefit_section(page, "uddannelseshjaelp")
    assert re.search(r'gammelt_krav.html">Et krav, der er ophævet</a>: ophører \(gjaldt til og med 31. december '
                     r'2021\)\. <span class="small">Kilde: <a href="kilder/anden_delaftale.html">', uddannelse)



CHANGING = '''
regel skiftende_krav "Et krav, der skifter og ophører"
  bestemmelse P12
  kilde hedensted "x"
  afgørende dato er forløbsstart
  for sager hvor ydelse er uddannelseshjælp
  version gælder fra 1. juli 2019 til 31. december 2021: frist er 1 måned
  version gælder fra 1. januar 2022 til 31. december 2023: frist er 2 måneder
  krav: det første tilbud skal starte inden for de første frist efter forløbsstart
'''
CITED = '''  ændring 1. januar 2022 kilde anden_delaftale "Et forenklet kontaktforløb"
  ændring 1. januar 2024 kilde første_delaftale "Færre proceskrav for indsatsen"
'''


def test_a_version_that_changes_or_ends_without_a_source_named_for_that_day_is_a_warning(tmp_path):
    loaded = load_text(tmp_path, CHANGING)
    assert loaded.ok
    warned = [(x.severity, x.span.line, x.span.column, x.message) for x in loaded.diagnostics if x.code == "R335"]
    assert warned == [
        ("advarsel", 8, 22, "reglen ændres 1. januar 2022, men ingen kilde er nævnt for ændringen"),
        ("advarsel", 8, 41, "reglen ophører 1. januar 2024 (den gælder til og med 31. december 2023), "
                            "men ingen kilde er nævnt for ændringen")]
    cited = load_text(tmp_path, CHANGING + CITED)
    assert cited.ok and not [x for x in cited.diagnostics if x.code == "R335"]
    start, change, end = docs.Site(cited.rule_set, cited.texts).by_name["skiftende_krav"].boundaries
    assert not start.explicit and start.citations == [("hedensted", cited.rule_set.source("hedensted").title, "x")]
    assert change.explicit and [c[0] for c in change.citations] == ["anden_delaftale"]
    assert end.explicit and [c[1] for c in end.citations] == [cited.rule_set.source("første_delaftale").title]


def test_versions_that_overlap_or_leave_a_gap_are_one_error_each_and_no_warning_of_a_change(tmp_path):
    for later, code in (("1. december 2021", "R258"), ("1. februar 2022", "R259")):
        loaded = load_text(tmp_path, CHANGING.replace("fra 1. januar 2022 til", f"fra {later} til"))
        assert [x.code for x in loaded.diagnostics if x.code != "R201"] == [code], "\n".join(loaded.render())


def test_in_a_rule_set_without_that_warning_every_version_boundary_cites_its_own_source(loaded):
    """The property the warning gives any rule set, on the sample project: where a version begins
    (after the first) or the last one ends, the documentation cites the source named for that day."""
    assert not [x for x in loaded.diagnostics if x.code == "R335"]
    site = docs.Site(loaded.rule_set, loaded.texts)
    checked = 0
    for rule in site.all_rules:
        versions = rule.versions
        changes = {v.start for v in versions[1:]} | ({versions[-1].end + datetime.timedelta(days=1)} if versions[-1].end else set())
        for boundary in site.by_name[rule.name].boundaries:
            if boundary.day in changes:
                assert boundary.explicit and boundary.citations, (rule.name, boundary.date)
                checked += 1
    assert checked >= 2
