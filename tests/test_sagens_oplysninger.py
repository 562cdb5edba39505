"""The documentation page "Sagens oplysninger": every field of every record of the data model,
with its type, its meaning (the field's own title), the rules that read it and the records'
periods, made from the IR. On the fixture rule set tests/fixtures/jurist/rules, never on rules/."""

from __future__ import annotations

import re
import shutil

from compiler import diff, pipeline
from compiler.backends import docs

from .conftest import FIXTURES

RULES = FIXTURES / "jurist" / "rules"


def site(folder=RULES) -> dict[str, str]:
    loaded = pipeline.load([folder])
    assert loaded.ok, "\n".join(loaded.render())
    return docs.generate(loaded.rule_set, loaded.texts)


def rows(markdown: str, record: str) -> dict[str, list[str]]:
    """The table of one record's section: field -> [type, meaning, users]."""
    section = markdown.split(f"\n## {record}:", 1)[1].split("\n## ", 1)[0]
    found = re.findall(r"^\| `([^`]+)` \| (.*?) \| (.*?) \| (.*) \|$", section, re.M)
    return {name: [kind, meaning, users] for name, kind, meaning, users in found}


def test_every_field_of_every_record_is_listed_with_type_and_meaning():
    page = site()["oplysninger.md"]
    model = pipeline.load([RULES]).rule_set
    for record in model.records:
        assert [f.name for f in record.fields] == list(rows(page, record.name)), record.name
    case = rows(page, "Sag")
    assert case["forløbsstart"][:2] == ["en dato (påkrævet)", "Forløbets første dag (periodens start)"]
    assert case["indlæggelse"][0] == "en post af typen Indlæggelse (valgfrit)"
    assert case["kurser"][0] == "en liste af Kursus"
    assert rows(page, "Samtale")["dato"][1] == "Tidspunktet"


def test_the_rules_that_read_a_field_are_linked_directly_and_through_the_period():
    page = site()["oplysninger.md"]
    course = rows(page, "Kursus")
    assert "[Et kursus varer højst fire uger](regler/kursets_varighed.md)" == course["afsluttet"][2]
    assert "(regler/indlagt.md)" in rows(page, "Indlæggelse")["udskrevet"][2]  # `mens indlæggelse varer`
    assert rows(page, "Samtale")["form"][2] == "ingen regel"
    assert "(regler/kursets_varighed.md)" in rows(page, "Sag")["kurser"][2]


def test_each_record_says_where_it_stands_and_how_its_period_is_read():
    page = site()["oplysninger.md"]
    assert "Står i sagens liste kurser. Perioden varer fra og med begyndt til og med afsluttet" in page
    assert "Ligger afsluttet før begyndt, er det en datafejl for de regler, der læser perioden." in page
    assert "Står i sagens felt indlæggelse." in page
    assert "En sag, hvor forløbsslut ligger før forløbsstart, er ikke en gyldig sag." in page


def test_the_html_page_is_in_the_navigation_and_escapes_the_titles(tmp_path):
    folder = tmp_path / "rules"
    shutil.copytree(RULES, folder)
    model = folder / "datamodel.regel"
    text = model.read_text(encoding="utf-8")
    model.write_text(text.replace('indlagt "Dagen for indlæggelsen"', 'indlagt "<b>Dagen</b> & *tid*"'),
                     encoding="utf-8")
    files = site(folder)
    html = files["oplysninger.html"]
    assert '<a href="oplysninger.html" aria-current="page">Sagens oplysninger</a>' in html
    assert "&lt;b&gt;Dagen&lt;/b&gt; &amp; *tid*" in html and "<b>Dagen" not in html
    assert r"&lt;b&gt;Dagen&lt;/b&gt; &amp; \*tid\*" in files["oplysninger.md"]
    assert '<a href="../oplysninger.html">Sagens oplysninger</a>' in files["regler/indlagt.html"]


def test_a_new_field_appears_on_the_page_and_a_changed_meaning_in_diff(tmp_path):
    folder = tmp_path / "rules"
    shutil.copytree(RULES, folder)
    model = folder / "datamodel.regel"
    text = model.read_text(encoding="utf-8")
    model.write_text(text.replace('  indlæggelse: Indlæggelse, valgfri\n',
                                  '  indlæggelse: Indlæggelse, valgfri\n'
                                  '  genoptræning "Borgeren genoptræner": sandhedsværdi, standard nej\n')
                     .replace('"Forløbets første dag"', '"Dagen, forløbet begynder"'), encoding="utf-8")
    assert rows(site(folder)["oplysninger.md"], "Sag")["genoptræning"] == [
        "ja/nej (valgfrit, standard nej)", "Borgeren genoptræner", "ingen regel"]
    found = [c.text for c in diff.compare(pipeline.load([RULES]).rule_set, pipeline.load([folder]).rule_set)]
    assert "Feltet forløbsstart i sagen beskrives nu som «Dagen, forløbet begynder» i stedet for " \
           "«Forløbets første dag»." in found
