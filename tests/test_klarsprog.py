"""Plain Danish in the documentation (the sample project): conditions read as sentences from the
data model's `læses` phrases, yes/no fields as statements, concepts without «…», the formal
reading and the rule's name and file only in the jurist's fold-out, and the reader summary.
Conditions with nested groups (tests/fixtures/klarsprog): lists in HTML and Markdown, one line
in summaries, escaped for each format."""

from __future__ import annotations

import re

import pytest

from compiler.backends import docs, whatapplies
from compiler.backends.danish import Renderer
from compiler.ir import nodes as ir

from .conftest import FIXTURES, load_checked, load_text


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


# ------------------------------------------------- nested conditions (tests/fixtures/klarsprog)

NESTED = FIXTURES / "klarsprog"


@pytest.fixture(scope="module")
def nested():
    loaded = load_checked(NESTED)
    return loaded, docs.generate(loaded.rule_set, loaded.texts)


def test_a_group_in_a_filter_becomes_a_list_after_the_duty(nested):
    """Depth 2 (P23's shape): the duty stays one sentence, and the items it counts follow with the
    clause in running text and the nested group as a list whose lead-in says one must hold."""
    _loaded, files = nested
    lead = ("Det første tilbud skal begynde senest 6 måneder efter forløbets start. Her tæller kun tilbud, hvor "
            "tilbuddet er et ret og pligt-tilbud, og hvor mindst én af følgende betingelser er opfyldt:")
    assert (f'<div class="obligation">{lead}<ul><li>tilbudstypen ikke er vejledning,</li><li>tilbuddets start er før '
            "1. januar 2023 eller</li><li>borgeren er i integrationsprogrammet.</li></ul></div>") in files["regler/ret_og_pligt.html"]
    assert (f"## Kravet\n\n{lead}\n- tilbudstypen ikke er vejledning,\n- tilbuddets start er før 1. januar 2023 eller\n"
            "- borgeren er i integrationsprogrammet.\n\n") in files["regler/ret_og_pligt.md"]


def test_a_chain_in_the_third_level_stays_in_running_text_in_its_item(nested):
    _loaded, files = nested
    assert ("<dt>Gælder for</dt><dd>Sager, hvor ydelsen er kontanthjælp, og hvor mindst én af følgende betingelser er "
            "opfyldt:<ul><li>borgeren er i integrationsprogrammet eller</li><li>visitationen er jobparat og borgeren har "
            "en arbejdsgiver</li></ul></dd>") in files["regler/dybde_tre_flad.html"]
    assert ("- **Gælder for:** sager, hvor ydelsen er kontanthjælp, og hvor mindst én af følgende betingelser er opfyldt:\n"
            "  - borgeren er i integrationsprogrammet eller\n"
            "  - visitationen er jobparat og borgeren har en arbejdsgiver\n- **Gælder:**") in files["regler/dybde_tre_flad.md"]


def test_a_group_in_the_third_level_becomes_a_list_in_a_list(nested):
    """Two groups beside each other: the whole as a list; a negated group that reads positively
    by De Morgan (`ikke (dagpenge og …)`) is one of its items; the third level a list in an item."""
    _loaded, files = nested
    assert ("<dt>Gælder for</dt><dd>Sager, hvor alle følgende betingelser er opfyldt:<ul><li>ydelsen er kontanthjælp,"
            "</li><li>ydelsen ikke er dagpenge eller forløbets start er før 1. januar 2024 og</li><li>borgeren er i "
            "integrationsprogrammet, eller alle følgende betingelser er opfyldt:<ul><li>visitationen er jobparat og</li>"
            "<li>borgeren har en arbejdsgiver eller den første henvendelse er angivet</li></ul></li></ul></dd>"
            ) in files["regler/dybde_tre.html"]
    assert ("- **Gælder for:** sager, hvor alle følgende betingelser er opfyldt:\n  - ydelsen er kontanthjælp,\n"
            "  - ydelsen ikke er dagpenge eller forløbets start er før 1. januar 2024 og\n"
            "  - borgeren er i integrationsprogrammet, eller alle følgende betingelser er opfyldt:\n"
            "    - visitationen er jobparat og\n"
            "    - borgeren har en arbejdsgiver eller den første henvendelse er angivet\n") in files["regler/dybde_tre.md"]


def test_negated_groups_read_positively(nested):
    """`ikke (a og b)` beside other conditions is an exception (`medmindre`); `ikke (a eller b)`
    is `ikke a og ikke b`. The formal reading in the jurist's section keeps its brackets."""
    _loaded, files = nested
    page = files["regler/medmindre.html"]
    assert ("<dd>Sager, hvor ydelsen er dagpenge eller kontanthjælp, medmindre ydelsen er dagpenge og forløbets start "
            "er tidligst 1. januar 2024</dd>") in page
    assert ("Sager, hvor ydelse er dagpenge eller kontanthjælp og det gælder ikke, at (ydelse er dagpenge og "
            "forløbsstart er tidligst 1. januar 2024)") in jurist_section(page)
    assert ("<div>Undtagelsen gælder, når ydelsen ikke er dagpenge og ydelsen ikke er kontanthjælp, og når mindst én af "
            "følgende betingelser er opfyldt:<ul><li>borgeren har en arbejdsgiver eller</li><li>borgeren er i "
            "integrationsprogrammet.</li></ul></div>") in files["regler/ikke_dagpenge_eller_kontanthjaelp.html"]
    assert ("Undtagelsen gælder, når ydelsen ikke er dagpenge og ydelsen ikke er kontanthjælp, og når mindst én af "
            "følgende betingelser er opfyldt:\n- borgeren har en arbejdsgiver eller\n- borgeren er i "
            "integrationsprogrammet.\n\nDen slår kravet fra i:") in files["regler/ikke_dagpenge_eller_kontanthjaelp.md"]


def test_one_line_texts_number_the_items_and_the_page_script_gets_the_structure(nested):
    """The front page's summary, the search and `regel diff` write a list on one line, as a law
    writes a short enumeration; «Hvad gælder for mig?» gets the list as data (side.js builds it)."""
    loaded, files = nested
    assert ("Det første tilbud skal begynde senest 6 måneder efter forløbets start. Her tæller kun tilbud, hvor tilbuddet "
            "er et ret og pligt-tilbud, og hvor mindst én af følgende betingelser er opfyldt: 1) tilbudstypen ikke er "
            "vejledning, 2) tilbuddets start er før 1. januar 2023 eller 3) borgeren er i integrationsprogrammet."
            ) in files["index.md"]
    texts = whatapplies.texts(docs.Site(loaded.rule_set, loaded.texts))
    assert texts["regler"]["dybde_tre"]["gaelderFor"]["punkter"][2] == {
        "tekst": "borgeren er i integrationsprogrammet, eller alle følgende betingelser er opfyldt:",
        "punkter": ["visitationen er jobparat og",
                    "borgeren har en arbejdsgiver eller den første henvendelse er angivet."],
        "derefter": None}
    assert docs.generate(loaded.rule_set, loaded.texts) == files  # deterministic


def test_a_text_in_a_listed_condition_is_escaped_for_each_format(nested):
    _loaded, files = nested
    page, markdown = files["regler/opmaerkning.html"], files["regler/opmaerkning.md"]
    assert "<b>" not in page and "hvor tilbuddets note er &#34;&lt;b&gt;fed&lt;/b&gt; *x*&#34;, og hvor" in page
    assert "<li>tilbudstypen er vejledning eller</li>" in page
    assert "<b>" not in markdown and 'note er "&lt;b&gt;fed&lt;/b&gt; \\*x\\*", og hvor' in markdown


def test_a_negated_group_with_a_clause_without_positive_words_is_a_list_of_what_must_not_all_hold(nested):
    """`ikke (x og (a eller b))` where `x` (a version's value, unfolded) has no words for its
    negation: no De Morgan, but a list led in by «ikke alle følgende»."""
    loaded, _files = nested
    rule = loaded.rule_set.rule("ret_og_pligt")
    either = rule.duty.terms.filter.right  # tilbudstypen ikke er vejledning eller … eller …
    flag = ir.Param(span=either.span, type=ir.Type("bool"), name="streng")
    condition = ir.Not(span=either.span, type=flag.type,
                       operand=ir.And(span=either.span, type=flag.type, left=flag, right=either))
    assert Renderer(loaded.rule_set, plain=True).condition(condition, "når").flat == (
        "ikke alle følgende betingelser er opfyldt: 1) streng er ja (se versionerne) og 2) tilbudstypen ikke er "
        "vejledning eller tilbuddets start er før 1. januar 2023 eller borgeren er i integrationsprogrammet")
