"""Sources a reader can follow: a source's kind and legal weight (`art`, `vægt`), the source of
each change of a rule (`ændring <dato> kilde …`), a summary to the reader (`kort fortalt`) and
the data model's plain-Danish phrases (`læses`): what the checker says about each, in Danish."""

from __future__ import annotations

import pytest

from compiler.backends import docs

from .conftest import load_text

RULE = '''
regel tilbud_i_tide "Tilbud i tide"
  bestemmelse P12
  kilde hedensted "Færre proceskrav"
  gælder fra 1. juli 2019 til 31. december 2023
  {extra}
  afgørende dato er forløbsstart
  for sager hvor ydelse er uddannelseshjælp og forløbsstart er før 1. januar 2022
  krav: det første tilbud skal starte inden for den første måned efter forløbsstart
'''


def errors(loaded) -> list[tuple[str, str]]:
    return [(d.message, d.hint or "") for d in loaded.diagnostics if d.is_error]


def test_a_source_kind_must_be_one_the_documentation_knows(tmp_path):
    loaded = load_text(tmp_path, 'kilde ny "Ny kilde"\n  art politisk_aftal\n')
    assert errors(loaded) == [("ukendt art af kilde `politisk_aftal`", "mente du `politisk_aftale`?")]
    loaded = load_text(tmp_path, 'kilde ny "Ny kilde"\n  art avisartikel\n')
    message, hint = errors(loaded)[0]
    assert message == "ukendt art af kilde `avisartikel`" and "`høringsnotat`" in hint


def test_a_source_weight_may_not_be_blank(tmp_path):
    loaded = load_text(tmp_path, 'kilde ny "Ny kilde"\n  art lov\n  vægt "  "\n')
    assert errors(loaded) == [("kilden `ny` har en tom `vægt`", "beskriv kildens retlige vægt, eller fjern linjen")]


def test_the_source_page_gives_kind_weight_date_and_address(loaded):
    files = docs.generate(loaded.rule_set, loaded.texts)
    page = files["kilder/anden_delaftale.html"]
    assert "<dt>Art</dt><dd>Politisk aftale</dd>" in page
    assert "Bliver først gældende ret, når den er gennemført ved lov. Testprojektets egen bemærkning om vægten." in page
    assert "<dt>Dato</dt><dd>24. juni 2022</dd>" in page and "ingen kendt webadresse" in page
    unknown = files["kilder/foerste_delaftale.html"]
    assert "<dt>Art</dt><dd>ikke angivet</dd>" in unknown and "<dt>Dato</dt><dd>ikke angivet</dd>" in unknown


@pytest.mark.parametrize("extra", [
    'ændring 1. januar 2024 kilde anden_delaftale "Et forenklet kontaktforløb"',      # the day after the end
    'ændring 1. januar 2022 kilde anden_delaftale "x", kilde hedensted "y"',          # a date in the condition
    'ændring 1. juli 2019 kilde hedensted "Færre proceskrav"',                         # the start
])
def test_a_change_names_a_day_on_which_the_rule_changes(tmp_path, extra):
    assert errors(load_text(tmp_path, RULE.format(extra=extra))) == []


def test_a_change_on_another_day_is_an_error_that_names_the_rule_s_days(tmp_path):
    loaded = load_text(tmp_path, RULE.format(extra='ændring 1. marts 2023 kilde anden_delaftale "x"'))
    assert errors(loaded) == [("reglen begynder, ændres eller ophører ikke 1. marts 2023",
                               "reglens datoer er 1. juli 2019, 1. januar 2022, 1. januar 2024")]
    loaded = load_text(tmp_path, RULE.format(extra='ændring 31. december 2023 kilde anden_delaftale "x"'))
    assert errors(loaded) == [("reglen begynder, ændres eller ophører ikke 31. december 2023",
                               "reglen gælder til og med 31. december 2023; skriv den første dag, den ikke gælder: "
                               "`ændring 1. januar 2024`")]


def test_a_change_cites_known_sources_once_per_day(tmp_path):
    loaded = load_text(tmp_path, RULE.format(extra='ændring 1. januar 2024 kilde anden_delaftal "x"\n'
                                                   '  ændring 1. januar 2024 kilde hedensted "y"'))
    assert errors(loaded) == [("ukendt kilde `anden_delaftal`", "mente du `anden_delaftale`?"),
                              ("`ændring 1. januar 2024` står to gange", "saml kilderne i én linje")]


def test_a_reader_summary_is_given_once_and_not_empty(tmp_path):
    loaded = load_text(tmp_path, RULE.format(extra='kort fortalt "Du får et tilbud."\n  kort fortalt ""'))
    assert errors(loaded) == [("reglen har mere end én `kort fortalt`", "saml teksten i én")]
    loaded = load_text(tmp_path, RULE.format(extra='kort fortalt " "'))
    assert errors(loaded) == [("`kort fortalt` er tom", "skriv reglen kort til læseren, eller fjern linjen")]


MODEL = '''
post Sag "En sag"
  periode forløbsstart til forløbsslut
  id: tekst
  ydelse: tekst, læses "{text}"
  har_arbejdsgiver: sandhedsværdi, standard nej, læses "{flag}"
  forløbsstart: dato
  forløbsslut: dato, valgfri
'''


@pytest.mark.parametrize("text, flag, expected", [
    ("ydelsen", "borgeren [ikke] har en arbejdsgiver", []),
    ("ydelsen", "borgeren har en arbejdsgiver",
     [("feltet `har_arbejdsgiver` er en betingelse: dens `læses` skal have `[ikke]` præcis én gang",
       'skriv hvor »ikke« står, når det ikke gælder, fx "borgeren [ikke] har en arbejdsgiver"')]),
    ("ydelsen [ikke]", "borgeren [ikke] har en arbejdsgiver",
     [("feltet `ydelse` er ikke en ja/nej-værdi: dens `læses` kan ikke have `[ikke]`",
       'skriv et navneord, fx "den første henvendelse"')]),
    ("ydelsen", " [ikke] ", [("feltet `har_arbejdsgiver` har en tom `læses`",
                               "skriv, hvordan det læses på dansk, eller fjern den")]),
])
def test_a_field_s_phrase_reads_a_yes_no_field_as_a_statement(tmp_path, text, flag, expected):
    loaded = load_text(tmp_path, MODEL.format(text=text, flag=flag), name="datamodel.regel", with_model=False)
    assert errors(loaded) == expected


def test_a_definition_s_phrase_is_a_statement(tmp_path):
    loaded = load_text(tmp_path, 'definition sygemeldt "Sygemeldt" læses "sagen handler om sygdom": '
                                 'ydelse er sygedagpenge\n')
    assert errors(loaded) == [("definitionen `sygemeldt` er en betingelse: dens `læses` skal have `[ikke]` præcis én gang",
                               'skriv hvor »ikke« står, når det ikke gælder, fx "borgeren [ikke] har en arbejdsgiver"')]
