"""The published documentation of the sample project: what each page says, escaped and linked.
(That every rule set's site is complete, linked and deterministic is in test_regelsaet.py.)"""

from __future__ import annotations

import re
import shutil
from html.parser import HTMLParser
from pathlib import PurePosixPath

import pytest

from compiler import diff, pipeline
from compiler.backends import docs, search

from .conftest import PROJECT_RULES, load_text


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.targets: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        for key in ("href", "src"):
            if key in attributes:
                self.targets.append(attributes[key])
        if "id" in attributes:
            self.ids.add(attributes["id"])


def resolve(page: str, target: str) -> str:
    """A relative link from a page, as a path relative to the site root."""
    parts: list[str] = []
    for part in (PurePosixPath(page).parent / target).parts:
        if part == "..":
            parts.pop()
        elif part != ".":
            parts.append(part)
    return "/".join(parts)


def broken_links(files: dict[str, str]) -> list[str]:
    """Every internal href/src in the HTML that names a missing file or a missing id, and any
    link that is neither internal nor a web address."""
    parsed = {}
    for path, text in files.items():
        if path.endswith(".html"):
            parsed[path] = Links()
            parsed[path].feed(text)
    broken = []
    for path, links in parsed.items():
        for target in links.targets:
            if re.match(r"^https?://", target):
                continue  # a source's own web address; the site itself links only internally
            if re.match(r"^[a-z]+:", target):
                broken.append(f"{path} -> {target} (ikke en webadresse)")
                continue
            file, _, fragment = target.partition("#")
            resolved = resolve(path, file) if file else path
            if resolved not in files or (fragment and fragment not in parsed[resolved].ids):
                broken.append(f"{path} -> {target}")
    return broken


def test_the_link_check_finds_a_broken_link(loaded):
    files = docs.generate(loaded.rule_set, loaded.texts)
    files["index.html"] = files["index.html"].replace('href="tidslinje.html"', 'href="tidslinjen.html"', 1)
    files["daekning.html"] += '<a href="definitioner.html#findes_ikke">x</a>'
    assert sorted(broken_links(files)) == ["daekning.html -> definitioner.html#findes_ikke", "index.html -> tidslinjen.html"]


def heading_anchors(markdown: str) -> set[str]:
    """The anchors a Markdown renderer (GitHub's rule) gives the headings of a page."""
    return {re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-")
            for heading in re.findall(r"^#+ (.+)$", markdown, flags=re.MULTILINE)}


def test_the_rule_page_says_what_a_caseworker_needs(loaded):
    page = docs.generate(loaded.rule_set, loaded.texts)["regler/foerste_samtale.html"]
    assert '<html lang="da">' in page
    assert "Den første samtale med jobcentret (alene eller sammen med a-kassen) skal finde sted senest 1 uge efter første henvendelse." in page
    assert "fra 1. juli 2019" in page and "P01" in page
    assert "Færre proceskrav for indsatsen" in page
    assert "Samtale præcis en uge efter henvendelsen er rettidig" in page


def test_versions_notes_and_exceptions_are_shown_and_linked_both_ways(loaded):
    files = docs.generate(loaded.rule_set, loaded.texts)
    interval = files["regler/interval_mellem_tilbud.html"]
    assert "4 uger" in interval and "4 måneder" in interval
    assert 'href="mindre_intensiv_indsats.html"' in interval
    assert 'href="interval_mellem_tilbud.html"' in files["regler/mindre_intensiv_indsats.html"]
    focus = files["regler/fokusmaal_aktive_tilbud.html"]
    assert "225" in focus and "250" in focus and "høringsnotat" in focus.lower()


def test_timeline_lists_every_date_of_effect(loaded):
    timeline = docs.generate(loaded.rule_set, loaded.texts)["tidslinje.html"]
    for day, iso in (("1. juli 2019", "2019-07-01"), ("1. januar 2022", "2022-01-01"),
                     ("1. januar 2023", "2023-01-01"), ("1. januar 2024", "2024-01-01")):
        assert f'<a class="permalink" href="#dato-{iso}">{day}</a></h2>' in timeline  # a stable anchor per date
        assert f'<section class="day" id="dato-{iso}"' in timeline
    markdown = docs.generate(loaded.rule_set, loaded.texts)["tidslinje.md"]
    # each change with its source: the rule's own, or the one its `ændring` names for that day
    assert "(P01): træder i kraft. Kilde: Første delaftale om nytænkning af beskæftigelsesindsatsen «Færre proceskrav " \
           "for indsatsen»; Hedensted" in markdown and "(reglens egne kilder)" in markdown
    in_2024 = markdown.split("## 1. januar 2024")[1]
    assert ("(P03): reglens betingelser skelner ved denne dato (forløbsstart er tidligst 1. januar 2024). Kilde: "
            "Anden delaftale om nytænkning af beskæftigelsesindsatsen «Et forenklet kontaktforløb»\n") in in_2024


def section(page: str, heading: str) -> str:
    """The HTML from a <h2> heading to the next one."""
    start = re.search(f"<h2[^>]*>(?:<a[^>]*>)?{heading}(?:</a>)?</h2>", page).start()
    end = page.find("<h2", start + 1)
    return page[start:end if end != -1 else None]


def test_each_version_is_worded_with_its_own_numbers(loaded):
    files = docs.generate(loaded.rule_set, loaded.texts)
    interval = files["regler/interval_mellem_tilbud.html"]
    assert ('<span class="period">Fra 1. juli 2019 til og med 31. december 2021:</span> '
            "Der må højst gå 4 uger fra et tilbud slutter, til det næste begynder.") in interval
    assert ('<span class="period">Fra 1. januar 2022:</span> '
            "Der må højst gå 4 måneder fra et tilbud slutter, til det næste begynder.") in interval
    assert not [path for path, text in files.items() if "se versionerne)" in text]
    timeline = files["tidslinje.html"]
    assert "Kravet lyder herefter: Der må højst gå 4 måneder" in section(timeline, "1. januar 2022")


@pytest.mark.parametrize("flag", ["løntilskud_tæller", "løntilskud_tæller er ja", "ikke (løntilskud_tæller er nej)"])
def test_a_yes_no_value_of_a_version_leaves_out_the_condition_it_decides(tmp_path, flag):
    loaded = load_text(tmp_path, f'''
regel tilbud_i_tide "Tilbud i tide"
  bestemmelse P12
  kilde hedensted "x"
  afgørende dato er forløbsstart
  version gælder fra 1. januar 2022 til 31. december 2022: løntilskud_tæller er ja
  version gælder fra 1. januar 2023: løntilskud_tæller er nej
  krav: det første tilbud hvor slut er angivet og (type er ikke løntilskud eller {flag})
    skal starte senest 6 måneder efter forløbsstart
''')
    assert loaded.ok, loaded.render()
    page = docs.generate(loaded.rule_set, loaded.texts)["regler/tilbud_i_tide.html"]
    assert ("Fra 1. januar 2022 til og med 31. december 2022:</span> Det første tilbud, hvor slut er angivet, "
            "skal begynde senest 6 måneder efter forløbsstart.") in page
    assert ("Fra 1. januar 2023:</span> Det første tilbud, hvor slut er angivet og type ikke er løntilskud, "
            "skal begynde senest 6 måneder efter forløbsstart.") in page


def test_definitions_are_explained_on_the_rule_page_and_linked_both_ways(loaded):
    files = docs.generate(loaded.rule_set, loaded.texts)
    rule = files["regler/foerste_samtale.html"]
    assert '<a href="../definitioner.html#med_jobcentret">Samtale med jobcentret (alene eller sammen med a-kassen)</a>' in rule
    assert "En samtale er samtale med jobcentret (alene eller sammen med a-kassen), når aktør er jobcenter eller fælles." in rule
    concepts = files["definitioner.html"]
    entry = concepts[concepts.index('id="med_jobcentret"'):]
    entry = entry[:entry.index("</dd>")]
    assert 'href="regler/foerste_samtale.html"' in entry
    assert 'href="regler/ingen_samtaler_pr_brev.html"' not in entry  # that rule does not use it


def test_front_page_explains_date_counting_with_the_runtime_dates(loaded):
    front = section(docs.generate(loaded.rule_set, loaded.texts)["index.html"], "Sådan tælles datoer")
    assert "31. januar 2023 + 1 måned = 28. februar 2023" in front
    assert "31. august 2023 + 6 måneder = 29. februar 2024" in front
    assert "for et forløb fra 1. februar 2023 er det til og med 31. juli 2023" in front
    assert "efter første henvendelse 2. januar 2023 er fristen 9. januar 2023" in front


def test_examples_with_several_cases_are_one_table_with_a_row_per_case(loaded):
    page = docs.generate(loaded.rule_set, loaded.texts)["regler/fokusmaal_aktive_tilbud.html"]
    rule = loaded.program.rules["fokusmål_aktive_tilbud"]
    first = page[page.index("<table class=\"cases\">"):]
    first = first[:first.index("</table>")]
    assert first.count('<th scope="row">') == len(rule.examples[0].cases)
    assert "<th scope=\"col\">ordinære løntimer 12 mdr</th>" in first


def test_a_release_build_carries_the_change_log(loaded):
    changes = [diff.Change("interval_mellem_tilbud", "Regel interval_mellem_tilbud (P13): grænse ændres."),
               diff.Change("fjernet_regel", "Regel fjernet_regel er fjernet.")]
    files = docs.generate(loaded.rule_set, loaded.texts, changes=(changes, "v1", "v2"))
    assert broken_links(files) == []
    page = files["aendringer.html"]
    assert "Fra v1 til v2." in page and '<a href="regler/interval_mellem_tilbud.html">Se reglen</a>' in page
    assert 'href="aendringer.html"' in files["index.html"]
    alone = docs.changelog(changes, "v1", "v2")["aendringer.html"]
    assert "Se reglen" not in alone and 'href="index.html"' not in alone


def test_rule_text_with_markup_renders_as_text(tmp_path):
    text = '''
regel farlig "<script>alert('x')</script> <b>fed</b>"
  bestemmelse P11
  kilde hedensted "<img src=x onerror=alert(1)>"
  note "<a href='javascript:alert(1)'>klik</a>"
  gælder fra 1. januar 2023
  afgørende dato er dato
  krav: der må ikke være nogen samtale hvor form er brev
  eksempel "<i>eksempel</i>"
    sag:
      id: "<script>x</script>"
      ydelse: kontanthjælp
      forløbsstart: 2. januar 2023
    pr. 1. februar 2023: ingen overtrædelse
    pr. 1. marts 2023: ingen overtrædelse
    pr. 1. april 2023: ingen overtrædelse
'''
    loaded = load_text(tmp_path, text)
    assert loaded.ok, loaded.render()
    files = docs.generate(loaded.rule_set, loaded.texts)
    page = files["regler/farlig.html"]
    assert "<script>" not in page and "<img" not in page and "<b>" not in page and "<i>" not in page
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &lt;b&gt;fed&lt;/b&gt;" in page
    assert "<a href='javascript" not in page
    assert "<script>" not in files["index.html"]
    assert "<script>" not in files["regler/farlig.md"] and "&lt;script&gt;" in files["regler/farlig.md"]


@pytest.mark.parametrize("address", ["javascript:alert(1)", "https://x.dk/<script>", "bm.dk/aftale"])
def test_a_source_address_must_be_a_web_address(tmp_path, address):
    loaded = load_text(tmp_path, f'kilde ny "Ny kilde"\n  adresse "{address}"\n')
    assert [d.message for d in loaded.diagnostics if d.is_error] == ["adressen for kilden `ny` er ikke en webadresse"]


def test_a_source_page_links_to_the_source(loaded):
    files = docs.generate(loaded.rule_set, loaded.texts)
    address = "https://bm.dk/media/18047/aftaletekst_foerste-delaftale-om-nytaenkning-af-beskaeftigelsesindsatsen.pdf"
    assert f'<a href="{address}">{address}</a>' in files["kilder/foerste_delaftale.html"]
    assert f"**Adresse:** <{address}>" in files["kilder/foerste_delaftale.md"]


def test_the_rules_for_each_benefit_are_listed(loaded):
    files = docs.generate(loaded.rule_set, loaded.texts)
    page = files["ydelser.md"]
    dagpenge = page.split("## Dagpenge")[1].split("\n## ")[0]
    for provision in ("P03", "P08", "P11", "P18", "P20"):
        assert f"({provision} " in dagpenge, provision
    for provision in ("P01", "P12", "P13"):  # kontanthjælp and uddannelseshjælp, uddannelseshjælp, uddannelseshjælp

        assert f"({provision} " not in dagpenge, provision
    assert 'href="ydelser.html"' in files["index.html"] and '<h2 id="dagpenge">Dagpenge</h2>' in files["ydelser.html"]


def test_a_file_made_alone_for_the_editors_preview_is_the_one_the_build_writes(loaded):
    files = docs.generate(loaded.rule_set, loaded.texts)
    site = docs.Site(loaded.rule_set, loaded.texts)
    assert {path: docs.page(site, path) for path in files} == files  # scripts too: the preview is the site
    assert docs.page(site, "regler/findes_ikke.html") is None and docs.page(site, "favicon.ico") is None


def test_search_finds_a_rule_by_its_provisions_registry_title_and_its_examples_titles(tmp_path):
    """A word only in the registry's title of a rule's provision (bestemmelser.regel), or only in
    the title of one of its examples, finds the rule."""
    folder = tmp_path / "regler"
    shutil.copytree(PROJECT_RULES, folder)
    for name, old, new in (("bestemmelser", '"Første samtale senest en uge efter første henvendelse"',
                            '"Første samtale senest en uge efter første kontaktordning"'),
                           ("samtaler", 'eksempel "Fristen er ikke nået endnu"', 'eksempel "Fristen er ikke nået i ventetiden"')):
        path = folder / f"{name}.regel"
        text = path.read_text(encoding="utf-8")
        assert text.count(old) == 1
        path.write_text(text.replace(old, new), encoding="utf-8")
    loaded = pipeline.load([folder])
    assert loaded.ok, "\n".join(loaded.render())
    entries = docs.Site(loaded.rule_set, loaded.texts).search_entries()
    for word in ("kontaktordninger", "ventetiden"):
        found = [e["adresse"] for e in entries if all(term in e["ord"] for term in search.terms(word))]
        assert found == ["regler/foerste_samtale.html"], (word, found)
