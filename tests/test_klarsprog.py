"""Plain Danish in the documentation (the sample project): conditions read as sentences from the
data model's `læses` phrases, yes/no fields as statements, concepts without «…», the formal
reading and the rule's name and file only in the jurist's fold-out, and the reader summary."""

from __future__ import annotations

import re

import pytest

from compiler.backends import docs
from compiler.backends.danish import Renderer

from .conftest import load_text


@pytest.fixture(scope="module")
def files(loaded):
    return docs.generate(loaded.rule_set, loaded.texts)


def outside_jurist_section(page: str) -> str:
    return re.sub(r'<details class="jurist">.*?</details>', "", page, flags=re.S)


def jurist_section(page: str) -> str:
    return re.search(r'<details class="jurist">.*?</details>', page, flags=re.S).group(0)


def test_a_yes_no_field_reads_as_a_statement_and_the_formal_reading_is_folded_away(files):
    page = files["regler/sygemeldt_med_arbejdsgiver.html"]
    assert "Undtagelsen gælder, når ydelsen er sygedagpenge og borgeren har en arbejdsgiver." in page
    assert "har arbejdsgiver er ja" not in outside_jurist_section(page)
    assert "Ydelse er sygedagpenge og har arbejdsgiver er ja" in jurist_section(page)


def test_rule_names_and_files_stand_only_in_the_jurist_section(files, loaded):
    for rule in [*loaded.rule_set.rules, *loaded.rule_set.exceptions]:
        page = files[f"regler/{docs.slug(rule.name)}.html"]
        plain = outside_jurist_section(page)
        assert "rules/" not in plain and f"<code>{rule.name}</code>" not in plain, rule.name
        assert f"<code>{rule.name}</code>" in jurist_section(page) and "<summary>For jurister" in page


def test_concepts_stand_without_quotation_marks_in_running_text(files, loaded):
    titles = [d.title[:1].lower() + d.title[1:] for d in loaded.rule_set.definitions]
    for path, page in files.items():
        if path.endswith(".html"):
            plain = outside_jurist_section(page)
            assert not [t for t in titles if f"«{t}»" in plain], path


def test_a_negated_statement_puts_ikke_where_the_phrase_says(tmp_path):
    loaded = load_text(tmp_path, '''
regel uden_arbejdsgiver "Første samtale for sygemeldte uden arbejdsgiver"
  bestemmelse P01
  kilde hedensted "x"
  gælder fra 1. juli 2019
  afgørende dato er forløbsstart
  for sager hvor ydelse er sygedagpenge og ikke har_arbejdsgiver og ikke tæt_på_arbejdsmarkedet
  krav: den første samtale skal finde sted senest 8 uger efter forløbsstart
''')
    assert loaded.ok, loaded.render()
    rule = loaded.rule_set.rule("uden_arbejdsgiver")
    assert Renderer(loaded.rule_set, plain=True).cases(rule.applies_when).flat == (
        "sager, hvor ydelsen er sygedagpenge og borgeren ikke har en arbejdsgiver og borgeren ikke er tæt på "
        "arbejdsmarkedet")
    assert Renderer(loaded.rule_set).cases(rule.applies_when).flat == (
        "sager, hvor ydelse er sygedagpenge og har arbejdsgiver er nej og ikke «tæt på arbejdsmarkedet»")


def test_the_reader_summary_heads_the_rule_page(files):
    page = files["regler/kontaktforloeb_efter_seks_maaneder.html"]
    summary = '<p class="lead">Efter de første seks måneder aftaler du og jobcentret, hvor tit I holder samtaler.</p>'
    assert summary in page and page.index(summary) < page.index("<h2")
    assert "**Kort fortalt:** Efter de første seks måneder" in files["regler/kontaktforloeb_efter_seks_maaneder.md"]


def test_an_example_about_another_rule_names_it_plainly(files):
    page = files["regler/sygemeldt_med_arbejdsgiver.html"]
    verdicts = re.findall(r'<table class="verdicts">.*?</table>', page, flags=re.S)
    assert verdicts and not any("«" in table for table in verdicts)
    assert re.search(r"<td>Første samtale[^<«;]+: undtaget og ingen overtrædelse</td>", page)
