"""The semantic checker: every check fires on a small mistake and stays quiet once the
mistake is corrected; the checked tree carries the annotations the back ends read.

The rules are checked together with a fixed copy of the data model, sources, registry and
definitions in tests/fixtures/rules_model, so these tests do not move when rules/ changes.

Golden files: tests/golden/diagnostics/*.regel are checked the same way and their rendered
diagnostics (file:line:column, source line, marker, hint) are compared byte for byte with the
.txt beside them. After an intended change of wording, regenerate them with
`REGELSPROG_OPDATER_GOLDEN=1 .venv/bin/python -m pytest tests/test_checker.py -k golden`
and review the diff.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

import pytest

from compiler import checker, parser, pipeline, source
from compiler import semantics as sm

TESTS = Path(__file__).resolve().parent
MODEL = sorted((TESTS / "fixtures" / "rules_model").glob("*.regel"))
SAMPLE = TESTS / "fixtures" / "rules_sample" / "regler.regel"
GOLDEN = TESTS / "golden" / "diagnostics"
ANY = object()  # the hint is not part of what a case asserts


@functools.lru_cache(maxsize=1)
def model_modules() -> tuple:
    """The fixture model, parsed once: the checker never changes a tree, so every check shares it."""
    return tuple(parser.parse_text(source.decode(p.read_bytes()), p.name)[0] for p in MODEL)


def check(text: str, with_model: bool = True):
    """Parse and check `text` as test.regel (with the fixture model); syntax errors fail the test."""
    modules = model_modules() if with_model else []
    module, problems = parser.parse_text(source.normalise(text), "test.regel")
    assert problems == [], [p.message for p in problems]
    return checker.check([*modules, module])


def errors(text: str, with_model: bool = True) -> list[tuple[str, str]]:
    return [(d.message, d.hint) for d in check(text, with_model)[1] if d.is_error]


def warnings(text: str) -> list[str]:
    """The warnings about test.regel, but the one about its rules having no examples (most test
    rules have none; test_completeness_warnings covers it)."""
    return [d.message for d in check(text)[1] if not d.is_error and d.span.path == "test.regel"
            and d.message != "reglen har ingen eksempler"]


RULE_PARTS = {
    "bestemmelse": "bestemmelse P01",
    "kilde": 'kilde første_delaftale "Færre proceskrav"',
    "gælder": "gælder fra 1. januar 2022",
    "afgørende": "afgørende dato er forløbsstart",
    "betingelse": "for sager hvor ydelse er kontanthjælp",
    "krav": "krav: den første samtale hvor med_jobcentret skal finde sted senest 1 uge efter forløbsstart",
}


def rule(extra: str = "", name: str = "r", **parts: str) -> str:
    """A correct deadline rule; keyword arguments replace (or with "" drop) one of its parts."""
    lines = [text for text in {**RULE_PARTS, **parts}.values() if text]
    return f'regel {name} "R"\n' + "".join(f"  {line}\n" for line in lines) + extra


def condition(text: str) -> str:
    return rule(betingelse=f"for sager hvor {text}")


def deadline(text: str) -> str:
    return rule(krav=f"krav: den første samtale skal finde sted {text}")


def duration_limit(text: str) -> str:
    return rule(krav=f"krav: hvert tilbud må højst vare {text}", afgørende="afgørende dato er start")


def exception(*parts: str, header: str = 'undtagelse u "U" til r') -> str:
    return rule() + header + "\n" + "".join(f"  {part}\n" for part in parts)


GOOD_EXCEPTION = ("bestemmelse P08a", 'kilde første_delaftale "x"', "når har_arbejdsgiver")

EXAMPLE = '''
  eksempel "E"
    sag:
      ydelse: {ydelse}
      forløbsstart: 2. januar 2023
      samtaler: (dato 9. januar 2023, form {form}, aktør jobcenter)
{fields}    pr. 1. februar 2023: {verdict}
'''


def example(ydelse="kontanthjælp", form="fremmøde", verdict="ingen overtrædelse", fields=""):
    return rule(EXAMPLE.format(ydelse=ydelse, form=form, verdict=verdict, fields=fields))


def test_the_correct_versions_have_no_errors_and_no_warnings():
    for text in (rule(), exception(*GOOD_EXCEPTION), example(), SAMPLE.read_text(encoding="utf-8")):
        assert errors(text) == []
    assert warnings(rule()) == []


# (what, broken text, corrected text, message, hint)
CASES = [
    # names and enum values
    ("unknown name", condition("ydlse er kontanthjælp"), condition("ydelse er kontanthjælp"),
     "ukendt navn `ydlse`", "mente du `ydelse`?"),
    ("misspelt enum value", condition("ydelse er kontanthjælpp"), condition("ydelse er kontanthjælp"),
     "`kontanthjælpp` er ikke en værdi af Ydelse", "mente du `kontanthjælp`?"),
    ("enum value in a list", condition("ydelse er ikke en af dagpenge, kontanthjælpp"),
     condition("ydelse er ikke en af dagpenge, kontanthjælp"),
     "`kontanthjælpp` er ikke en værdi af Ydelse", "mente du `kontanthjælp`?"),
    ("far-off enum value", condition("visitation er blå"), condition("visitation er jobparat"),
     "`blå` er ikke en værdi af Visitation",
     "mulige værdier: jobparat, aktivitetsparat, åbenlyst_uddannelsesparat, uddannelsesparat"),
    ("bare enum value", condition("kontanthjælp"), condition("ydelse er kontanthjælp"), "ukendt navn `kontanthjælp`",
     "`kontanthjælp` er en værdi af Ydelse; sammenlign et felt med den, fx `… er kontanthjælp`"),
    ("item definition in case scope", condition("med_jobcentret"), condition("aktiv_sag"),
     "definitionen `med_jobcentret` handler om Samtale og kan kun bruges i en betingelse om en samtale", None),
    ("unknown field in a path", condition("fritagelse.fraa er før 1. januar 2023"),
     condition("fritagelse.fra er før 1. januar 2023"), "feltet `fraa` findes ikke i Fritagelse", "mente du `fra`?"),
    ("path into a value", condition("ydelse.navn er ja"), condition("har_arbejdsgiver er ja"),
     "`ydelse` er en værdi af Ydelse og har ingen felter", None),
    ("path into a definition", condition("aktiv_sag.fra"), condition("aktiv_sag"),
     "definitionen `aktiv_sag` er en betingelse og har ingen felter", None),
    ("unknown list", rule(krav="krav: der må ikke være nogen samtalr hvor form er brev"),
     rule(krav="krav: der må ikke være nogen samtale hvor form er brev"),
     "sagen har ingen liste `samtalr`", "mente du `samtaler`?"),
    # types and units
    ("weeks added to a bool", condition("har_arbejdsgiver + 4 uger er før 1. januar 2023"),
     condition("forløbsstart + 4 uger er før 1. januar 2023"),
     "man kan ikke lægge en varighed (dage, uger, måneder eller år) til en sandhedsværdi (ja/nej)",
     "en varighed kan lægges til eller trækkes fra en dato"),
    ("date subtracted from a date", condition("forløbsstart - forløbsstart er før 1. januar 2023"),
     condition("forløbsstart - 1 dag er før 1. januar 2023"), "man kan ikke trække en dato fra en dato", None),
    ("pct. compared with a date", condition("forløbsstart er mindst 70 pct."),
     condition("forløbsstart er tidligst 1. januar 2023"), "`er mindst` sammenligner tal, men dette er en dato",
     "brug `før`, `efter`, `senest` eller `tidligst` om datoer"),
    ("hours compared as a date", condition("ordinære_løntimer_12_mdr er før 1. januar 2023"),
     condition("ordinære_løntimer_12_mdr er under 225 timer"),
     "`er før` sammenligner datoer, men dette er et antal timer", "brug `mindst`, `højst`, `over` eller `under` om tal"),
    ("hours against pct.", condition("ordinære_løntimer_12_mdr er mindst 70 pct."),
     condition("ordinære_løntimer_12_mdr er mindst 70 timer"),
     "enhederne passer ikke sammen: et antal timer og en procentsats (pct.)", None),
    ("hours against a bare number", condition("ordinære_løntimer_12_mdr er mindst 70"),
     condition("ordinære_løntimer_12_mdr er mindst 70 timer"),
     "enhederne passer ikke sammen: et antal timer og et tal", "skriv timer med `timer`, fx `100 timer`"),
    ("condition that is not a bool", condition("ydelse"), condition("ydelse er dagpenge"),
     "betingelsen skal være en sandhedsværdi (ja/nej), men er en værdi af Ydelse",
     "sammenlign værdien, fx `ydelse er dagpenge`"),
    ("different kinds with er", condition("forløbsstart er ja"), condition("har_arbejdsgiver er ja"),
     "en dato kan ikke sammenlignes med en sandhedsværdi (ja/nej)", None),
    ("a record with er", condition("fritagelse er ja"), condition("fritagelse.årsag er barsel"),
     "en post af typen Fritagelse kan ikke sammenlignes med `er`", "sammenlign et af postens felter i stedet"),
    ("one of with another kind", condition("ydelse er en af dagpenge, 4"), condition("ydelse er en af dagpenge"),
     "et tal kan ikke sammenlignes med en værdi af Ydelse", None),
    ("deadline without a unit", deadline("senest 7 efter forløbsstart"), deadline("senest 7 dage efter forløbsstart"),
     "fristen skal være en varighed (dage, uger, måneder eller år), men er et tal",
     "angiv enheden, fx `4 uger` eller `6 måneder`"),
    ("anchor that is not a date", deadline("senest 1 uge efter ydelse"), deadline("senest 1 uge efter forløbsstart"),
     "det, fristen regnes fra skal være en dato, men er en værdi af Ydelse", None),
    ("fractional duration", deadline("senest 1,5 uger efter forløbsstart"), deadline("senest 10 dage efter forløbsstart"),
     "en varighed skal være et helt antal", "skriv fx `10 dage` i stedet for `1,5 uger`"),
    ("absurdly long duration", deadline("senest 99999 år efter forløbsstart"), deadline("senest 99 år efter forløbsstart"),
     "varigheden er for lang (over 100 år)", "tjek tallet og enheden"),
    ("if-else branches differ", duration_limit("13 uger hvis selvfundet, ellers forløbsstart"),
     duration_limit("13 uger hvis selvfundet, ellers 4 uger"),
     "de to grene giver forskellige slags værdier: en varighed (dage, uger, måneder eller år) og en dato", None),
    ("if-present fallback of another kind", rule(afgørende="afgørende dato er første_henvendelse hvis angivet, ellers 1 uge"),
     rule(afgørende="afgørende dato er første_henvendelse hvis angivet, ellers forløbsstart"),
     "`ellers` giver en varighed (dage, uger, måneder eller år), men værdien er en dato", None),
    # dates and periods
    ("30. februar", condition("forløbsstart er før 30. februar 2023"), condition("forløbsstart er før 28. februar 2023"),
     "datoen 30. februar 2023 findes ikke", "februar 2023 har 28 dage"),
    ("29. februar outside a leap year", rule(gælder="gælder fra 29. februar 2023"), rule(gælder="gælder fra 29. februar 2024"),
     "datoen 29. februar 2023 findes ikke", "februar 2023 har 28 dage"),
    ("31. april", condition("forløbsstart er før 31. april 2023"), condition("forløbsstart er før 30. april 2023"),
     "datoen 31. april 2023 findes ikke", "april 2023 har 30 dage"),
    ("year with five digits", condition("forløbsstart er før 1. januar 20233"),
     condition("forløbsstart er før 1. januar 2023"), "datoen 1. januar 20233 findes ikke", "året skal skrives med fire cifre"),
    ("period ending before it starts", rule(gælder="gælder fra 1. januar 2023 til 31. december 2022"),
     rule(gælder="gælder fra 1. januar 2023 til 1. januar 2023"), "perioden slutter, før den begynder", None),
    # provisions, citations and deciding dates
    ("unknown provision", rule(bestemmelse="bestemmelse P77"), rule(bestemmelse="bestemmelse P01"),
     "bestemmelsen P77 findes ikke i registret", ANY),
    ("no provision", rule(bestemmelse=""), rule(), "reglen nævner ingen bestemmelse",
     "tilføj fx `bestemmelse P01` under reglens titel"),
    ("exception provision in a rule", rule(bestemmelse="bestemmelse P08a"), rule(bestemmelse="bestemmelse P08"),
     "P08a er af typen undtagelse og passer ikke her", "skriv den som `undtagelse r til <regel>`"),
    ("rule provision in an exception", exception("bestemmelse P01", *GOOD_EXCEPTION[1:]), exception(*GOOD_EXCEPTION),
     "P01 er af typen krav og passer ikke her",
     "en undtagelse kan kun henvise til en bestemmelse af typen undtagelse"),
    ("information with a requirement", rule(bestemmelse="bestemmelse P04"), rule(bestemmelse="bestemmelse P04", krav=""),
     "en regel for en ret eller en oplysning kan ikke have et krav", ANY),
    ("requirement missing", rule(krav=""), rule(), "reglen mangler et krav (`krav: …`)", "bestemmelsen er af typen krav"),
    ("population provision with a deadline", rule(bestemmelse="bestemmelse P20"), rule(),
     "en populationsbestemmelse skal have kravet `andelen af sager hvor …`", None),
    ("share under a krav provision", rule(krav="krav: andelen af sager hvor har_arbejdsgiver skal være mindst 50 pct."),
     rule(bestemmelse="bestemmelse P20", krav="krav: andelen af sager hvor har_arbejdsgiver skal være mindst 50 pct."),
     "`andelen af sager` bruges kun til populationsbestemmelser", None),
    ("share without pct.", rule(bestemmelse="bestemmelse P20", krav="krav: andelen af sager hvor ja skal være mindst 50"),
     rule(bestemmelse="bestemmelse P20", krav="krav: andelen af sager hvor ja skal være mindst 50 pct."),
     "den krævede andel skal være en procentsats (pct.), men er et tal", "skriv procent med `pct.`, fx `70 pct.`"),
    ("missing citation", rule(kilde=""), rule(), "reglen henviser ikke til en kilde", ANY),
    ("unknown source", rule(kilde='kilde første_delafale "x"'), rule(), "ukendt kilde `første_delafale`",
     "mente du `første_delaftale`?"),
    ("unknown source in a note", rule('  note "N" med kilder hedensteed "s. 2"\n'),
     rule('  note "N" med kilder hedensted "s. 2"\n'), "ukendt kilde `hedensteed`", "mente du `hedensted`?"),
    ("missing deciding date", rule(afgørende=""), rule(afgørende="", gælder=""),
     "reglen har en gyldighedsperiode, men ingen afgørende dato", ANY),
    ("deciding date that is not a date", rule(afgørende="afgørende dato er har_arbejdsgiver"), rule(),
     "den afgørende dato skal være en dato, men er en sandhedsværdi (ja/nej)", None),
    # parts given twice or in the wrong place
    ("two periods", rule("  gælder fra 1. januar 2024\n"), rule(), "reglen har mere end én gyldighedsperiode",
     "brug `version gælder …` for forskellige perioder"),
    ("two deciding dates", rule("  afgørende dato er forløbsstart\n"), rule(), "reglen har mere end én afgørende dato", None),
    ("two conditions", rule("  for sager hvor har_arbejdsgiver\n"), rule(), "reglen har mere end én `for sager hvor`",
     "saml betingelserne med `og`"),
    ("two requirements", rule("  krav: der må ikke være nogen samtale hvor form er brev\n"), rule(),
     "en regel har højst ét krav", "del reglen i to regler"),
    ("når in a rule", rule("  når har_arbejdsgiver\n"), rule(), "`når` hører til en undtagelse",
     "brug `for sager hvor …` i en regel"),
    ("omfatter in a rule", rule("  omfatter frister fra og med forløbsstart\n"), rule(),
     "`omfatter frister fra og med` hører til en undtagelse", None),
    ("two messages", rule('  besked "a"\n  besked "b"\n'), rule('  besked "a"\n'), "reglen har mere end én `besked`", None),
    ("unknown placeholder", rule('  besked "senest {fristen}"\n'), rule('  besked "senest {frist}"\n'),
     "ukendt pladsholder `{fristen}` i beskeden", "mente du `frist`?"),
    ("unbalanced brace", rule('  besked "senest {frist"\n'), rule('  besked "senest {frist}"\n'),
     "beskeden har en krøllet parentes uden partner", "brug {frist}, {dato}, {antal} eller {krav}"),
    ("formatted placeholder", rule('  besked "senest {frist:%d.%m}"\n'), rule('  besked "senest {frist}"\n'),
     "pladsholderen `{frist:%d.%m}` har en formatering, som beskeden ikke kan bruge", "skriv blot `{frist}`"),
    ("converted placeholder", rule('  besked "senest {frist!z}"\n'), rule('  besked "senest {frist}"\n'),
     "pladsholderen `{frist!z}` har en formatering, som beskeden ikke kan bruge", "skriv blot `{frist}`"),
    # obligations
    ("fractional count", rule(krav="krav: der skal være mindst 0,5 samtaler inden for de første 6 måneder efter forløbsstart"),
     rule(krav="krav: der skal være mindst 1 samtale inden for de første 6 måneder efter forløbsstart"),
     "antallet skal være et helt tal på mindst 1", None),
    ("prohibition without a condition", rule(krav="krav: der må ikke være nogen samtale"),
     rule(krav="krav: der må ikke være nogen samtale hvor form er brev"), "forbuddet mangler en betingelse (`hvor …`)", None),
    ("duration limit on items without a period", rule(krav="krav: hver samtale må højst vare 1 dag", afgørende="afgørende dato er dato"),
     rule(krav="krav: hvert tilbud må højst vare 1 dag", afgørende="afgørende dato er start"),
     "posten Samtale har ingen periode", "tilføj `periode <start> til <slut>` i `post Samtale`"),
    ("window of the latest days in a requirement",
     rule(krav="krav: der skal være mindst 1 samtale inden for de seneste 6 måneder"),
     rule(krav="krav: der skal være mindst 1 samtale inden for de første 6 måneder efter forløbsstart"),
     "`de seneste …` kan kun bruges i `antallet af … i de seneste …`", ANY),
    ("window start that is not a duration",
     rule(krav="krav: der skal være mindst 1 samtale inden for perioden fra 6 til og med 16 måneder efter forløbsstart"),
     rule(krav="krav: der skal være mindst 1 samtale inden for perioden fra 6 måneder til og med 16 måneder efter forløbsstart"),
     "periodens start skal være en varighed (dage, uger, måneder eller år), men er et tal", ANY),
    ("item field outside the item", condition("aktør er jobcenter"), condition("ydelse er kontanthjælp"),
     "ukendt navn `aktør`", ANY),
    # exceptions
    ("exception for an unknown rule", exception(*GOOD_EXCEPTION, header='undtagelse u "U" til rr'), exception(*GOOD_EXCEPTION),
     "undtagelsen gælder for en ukendt regel `rr`", "mente du `r`?"),
    ("exception for an exception", exception(*GOOD_EXCEPTION) + 'undtagelse v "V" til u\n  ' + "\n  ".join(GOOD_EXCEPTION),
     exception(*GOOD_EXCEPTION) + 'undtagelse v "V" til r\n  ' + "\n  ".join(GOOD_EXCEPTION),
     "undtagelsen gælder for en ukendt regel `u`", "en undtagelse kan kun gælde for en regel, ikke for en anden undtagelse"),
    ("exception without når", exception(*GOOD_EXCEPTION[:2]), exception(*GOOD_EXCEPTION),
     "undtagelsen mangler sin betingelse (`når …`)", None),
    ("exception with for sager hvor", exception(*GOOD_EXCEPTION, "for sager hvor ja"), exception(*GOOD_EXCEPTION),
     "en undtagelse bruger `når …` i stedet for `for sager hvor …`", None),
    ("exception with two når", exception(*GOOD_EXCEPTION, "når ja"), exception(*GOOD_EXCEPTION),
     "undtagelsen har mere end én `når`", "saml betingelserne med `og`"),
    ("exception with a requirement", exception(*GOOD_EXCEPTION, "krav: der må ikke være nogen samtale hvor ja"),
     exception(*GOOD_EXCEPTION), "en undtagelse kan ikke have et krav", ANY),
    ("exception with versions", exception(*GOOD_EXCEPTION, "version gælder fra 1. januar 2022: x er 1"),
     exception(*GOOD_EXCEPTION), "en undtagelse kan ikke have versioner", None),
    ("exception with a message", exception(*GOOD_EXCEPTION, 'besked "b"'), exception(*GOOD_EXCEPTION),
     "en undtagelse kan ikke have en `besked`", None),
    ("exception start that is not a date", exception(*GOOD_EXCEPTION, "omfatter frister fra og med 4 uger"),
     exception(*GOOD_EXCEPTION, "omfatter frister fra og med forløbsstart"),
     "starten på det, undtagelsen omfatter skal være en dato, men er en varighed (dage, uger, måneder eller år)", None),
    ("exception for as long as a record without a period lasts", exception(*GOOD_EXCEPTION, "omfatter frister mens fritagelse varer"),
     exception(*GOOD_EXCEPTION, "omfatter frister mens mentor varer"),
     "posten Fritagelse har ingen periode, så `mens … varer` kan ikke afgøres",
     "tilføj `periode <start> til <slut>` i `post Fritagelse`"),
    ("exception for as long as a list without periods lasts",
     exception(*GOOD_EXCEPTION, "omfatter frister mens samtaler varer"),
     exception(*GOOD_EXCEPTION, "omfatter frister mens tilbud varer"),
     "posten Samtale har ingen periode, så `mens … varer` kan ikke afgøres",
     "tilføj `periode <start> til <slut>` i `post Samtale`"),
    ("exception for as long as a date lasts", exception(*GOOD_EXCEPTION, "omfatter frister mens forløbsstart varer"),
     exception(*GOOD_EXCEPTION, "omfatter frister fra og med forløbsstart"),
     "`mens … varer` skal nævne et felt med en periode, men her står en dato", ANY),
    ("exception with two coverages",
     exception(*GOOD_EXCEPTION, "omfatter frister fra og med forløbsstart", "omfatter frister mens mentor varer"),
     exception(*GOOD_EXCEPTION, "omfatter frister mens mentor varer"),
     "undtagelsen siger mere end én gang, hvilke frister den omfatter", ANY),
    ("mens in a rule", rule("  omfatter frister mens mentor varer\n"), rule(),
     "`omfatter frister mens … varer` hører til en undtagelse", None),
    # declarations in the rule files
    ("rule declared twice", rule() + rule(), rule(), "reglen `r` er allerede erklæret", "den første står i test.regel, linje 1"),
    ("provision declared twice", 'bestemmelse P01 krav "igen"\n' + rule(), rule(),
     "bestemmelsen `P01` er allerede erklæret", ANY),
    ("exception named like a rule", exception(*GOOD_EXCEPTION, header='undtagelse r "U" til r'), exception(*GOOD_EXCEPTION),
     "navnet `r` bruges allerede af en anden regel", None),
    ("definition about an unknown record", rule() + 'definition d "D" om Samtal: ja\n',
     rule() + 'definition d "D" om Samtale: ja\n', "ukendt post `Samtal`", "mente du `Samtale`?"),
    ("definition cycle", condition("a") + 'definition a "A": b\ndefinition b "B": a og ydelse er dagpenge\n',
     condition("a") + 'definition a "A": b\ndefinition b "B": ydelse er dagpenge\n',
     "definitionerne henviser i ring: `a` → `b` → `a`", "en definition må ikke (indirekte) bygge på sig selv"),
    ("definition referring to itself", condition("a") + 'definition a "A": a eller ja\n',
     condition("a") + 'definition a "A": ja\n', "definitionerne henviser i ring: `a` → `a`", ANY),
    ("enum value twice", rule() + "opremsning Farve: rød, grøn, rød\n", rule() + "opremsning Farve: rød, grøn\n",
     "værdien `rød` står to gange i Farve", None),
    # examples
    ("unknown enum value in an example", example(ydelse="kontanthjælpp"), example(),
     "ukendt værdi `kontanthjælpp` for Ydelse", "mente du `kontanthjælp`?"),
    ("unknown enum value in a record", example(form="fremmøder"), example(), "ukendt værdi `fremmøder` for Samtaleform",
     "mente du `fremmøde`?"),
    ("unknown case field", example(fields="      forløbstart: 1. januar 2023\n"), example(),
     "Sag har intet felt `forløbstart`", "mente du `forløbsstart`?"),
    ("required case field missing", rule(EXAMPLE.replace("      forløbsstart: 2. januar 2023\n", "").format(
        ydelse="dagpenge", form="video", verdict="overtrædelse", fields="")), example(),
     "sagen mangler feltet `forløbsstart`", "tilføj `forløbsstart: …`; feltet er påkrævet i `post Sag` (skriv `, valgfri` eller `, standard …` ved feltet, hvis ikke alle sager har det)"),
    ("required record field missing", rule(EXAMPLE.replace(", aktør jobcenter", "").format(
        ydelse="dagpenge", form="video", verdict="overtrædelse", fields="")), example(),
     "Samtale mangler feltet `aktør`", "tilføj `aktør …`; feltet er påkrævet i `post Samtale` (skriv `, valgfri` eller `, standard …` ved feltet, hvis ikke alle sager har det)"),
    ("field given twice", example(fields="      ydelse: dagpenge\n"), example(), "feltet `ydelse` er angivet to gange", None),
    ("several values for one field", example(ydelse="kontanthjælp, dagpenge"), example(),
     "feltet `ydelse` har kun én værdi", None),
    ("value of the wrong type", example(fields="      har_arbejdsgiver: 1. januar 2023\n"),
     example(fields="      har_arbejdsgiver: ja\n"),
     "feltet skal være en sandhedsværdi (ja/nej), men værdien er en dato", None),
    ("record where a value belongs", example(fields="      har_arbejdsgiver: (fra 1. januar 2023)\n"), example(),
     "her forventedes en sandhedsværdi (ja/nej), ikke en post", None),
    ("value where a record belongs", example(fields="      tilbud: 1. januar 2023\n"),
     example(fields="      tilbud: (type uddannelse, start 1. januar 2023)\n"),
     "her forventedes en liste af Tilbud i parentes", ANY),
    ("enum name for another type", example(fields="      har_arbejdsgiver: måske\n"), example(),
     "`måske` er ikke en sandhedsværdi (ja/nej)", None),
    ("impossible date in an example", example(fields="      første_henvendelse: 29. februar 2023\n"),
     example(fields="      første_henvendelse: 29. februar 2024\n"), "datoen 29. februar 2023 findes ikke", ANY),
    ("opfyldt for a rule about one case", example(verdict="opfyldt"), example(),
     "`opfyldt` bruges kun om populationsregler", "skriv `ingen overtrædelse` eller `overtrædelse`"),
    ("verdict about an unknown rule", example(verdict="ingen overtrædelse af rr"), example(verdict="ingen overtrædelse af r"),
     "ukendt regel `rr`", "mente du `r`?"),
    ("zero violations", example(verdict="0 overtrædelser"), example(verdict="2 overtrædelser"),
     "antallet af overtrædelser skal være et helt tal på mindst 1", ANY),
    ("fraction of a violation", example(verdict="1,5 overtrædelser"), example(verdict="2 overtrædelser"),
     "antallet af overtrædelser skal være et helt tal på mindst 1", ANY),
    ("day with decimals", example(fields="      første_henvendelse: 1,5. februar 2023\n"),
     example(fields="      første_henvendelse: 1. februar 2023\n"), "dag og år i en dato skrives som hele tal",
     "skriv fx 1. februar 2024"),
    ("two cases for a rule about one case", rule('''
  eksempel "E"
    sag a:
      ydelse: dagpenge
      forløbsstart: 2. januar 2023
    sag b:
      ydelse: dagpenge
      forløbsstart: 2. januar 2023
    pr. 1. februar 2023: ingen overtrædelse
'''), example(), "et eksempel på en regel om én sag har kun én `sag:`", ANY),
]


@pytest.mark.parametrize("broken, fixed, message, hint", [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_check_fires_on_the_mistake_and_not_on_the_correction(broken, fixed, message, hint):
    found = errors(broken)
    if hint is ANY:
        assert message in [m for m, _ in found], found
    else:
        assert (message, hint) in found, found
    assert errors(fixed) == []


# ---------------------------------------------------------------- versions

VERSIONS = '''regel interval "Interval"
  bestemmelse P13
  kilde første_delaftale "x"
  afgørende dato er slut
  version gælder fra 1. juli 2019 til 31. december 2021: grænse er 4 uger
  version gælder fra {start}: grænse er 4 måneder
  krav: der må højst gå grænse mellem to tilbud
'''


@pytest.mark.parametrize("start, message, hint", [
    ("1. januar 2022", None, None),
    ("1. marts 2022", "der er et hul mellem versionernes perioder",
     "den forrige version slutter 31. december 2021; denne bør gælde fra dagen efter"),
    ("2. januar 2022", "der er et hul mellem versionernes perioder", ANY),
    ("31. december 2021", "versionernes perioder overlapper", "den forrige version (linje 5) gælder til 31. december 2021"),
    ("1. december 2021", "versionernes perioder overlapper", ANY),
])
def test_version_periods_neither_overlap_nor_leave_gaps(start, message, hint):
    found = errors(VERSIONS.format(start=start))
    assert [m for m, _ in found] == ([message] if message else [])
    if hint is not ANY and message:
        assert found[0][1] == hint


def test_open_ended_version_before_another_overlaps():
    text = VERSIONS.replace("fra 1. juli 2019 til 31. december 2021", "fra 1. juli 2019").format(start="1. januar 2022")
    assert errors(text) == [("versionernes perioder overlapper", "den forrige version (linje 5) gælder uden slutdato")]


@pytest.mark.parametrize("second, message", [
    ("grænse er 4 måneder, grænse er 5 måneder", "`grænse` står to gange i samme version"),
    ("grænse er 4 pct.", "`grænse` er en varighed (dage, uger, måneder eller år) i en anden version, "
                         "men en procentsats (pct.) her"),
    ("loft er 4 måneder", "versionen mangler en værdi for `grænse`"),
    ("grænse er 4 måneder, ydelse er 2", "`ydelse` er allerede navnet på et felt eller en definition"),
    ("grænse er 4", "`grænse` er et tal her, men en varighed i en anden version"),
])
def test_version_values(second, message):
    found = [m for m, _ in errors(VERSIONS.format(start="1. januar 2022").replace("grænse er 4 måneder", second))]
    assert message in found, found


def test_unused_version_value_is_a_warning():
    text = VERSIONS.format(start="1. januar 2022").replace("grænse er 4 måneder", "grænse er 4 måneder, loft er 2")
    text = text.replace("grænse er 4 uger", "grænse er 4 uger, loft er 3")
    text += '  ændring 1. januar 2022 kilde første_delaftale "y"\n'  # the change's source (else R335)
    assert errors(text) == []
    assert warnings(text) == ["versionsværdien `loft` bruges ikke i reglen"]


def test_versioned_value_cannot_choose_the_first_item():
    text = VERSIONS.format(start="1. januar 2022").replace("afgørende dato er slut", "afgørende dato er start").replace(
        "krav: der må højst gå grænse mellem to tilbud", "krav: det første tilbud hvor start + grænse er før "
        "1. januar 2023 skal opfylde: ret_og_pligt")
    assert "udvælgelsen af den første kan ikke bruge en versionsværdi" in [m for m, _ in errors(text)]
    fixed = text.replace("hvor start + grænse er før 1. januar 2023 skal opfylde: ret_og_pligt",
                         "skal opfylde: start + grænse er før 1. januar 2023")
    assert errors(fixed) == []


# ---------------------------------------------------------------- warnings

def test_unused_definition_is_a_warning_and_not_an_error():
    text = rule() + 'definition ubrugt "U": ydelse er dagpenge\n'
    assert errors(text) == []
    assert warnings(text) == ["definitionen `ubrugt` bruges ikke"]
    assert warnings(condition("ubrugt") + 'definition ubrugt "U": ydelse er dagpenge\n') == []


@pytest.mark.parametrize("text, message", [
    ("forløbsstart er angivet", "værdien er altid angivet, så betingelsen er altid sand"),
    ("forløbsstart mangler", "værdien er altid angivet, så betingelsen er altid falsk"),
])
def test_presence_of_a_required_field_is_a_warning(text, message):
    assert warnings(condition(text)) == [message]
    assert warnings(condition(text.replace("forløbsstart", "forløbsslut"))) == []


def test_fallback_for_a_required_field_is_a_warning():
    text = rule(afgørende="afgørende dato er forløbsstart hvis angivet, ellers forløbsstart")
    assert warnings(text) == ["værdien er altid angivet, så `ellers` bruges aldrig"]


# ------------------------------------------------------------ the data model

MINI_MODEL = '''bestemmelse P01 krav "K"
kilde k "K"
opremsning Farve: rød, grøn
post Sag
  id: tekst
  start: dato
  ting: liste af Ting
{fields}
post Ting
{ting}
  dato: dato
  farve: Farve
'''


def model(fields="", ting="  tidspunkt dato", extra=""):
    return MINI_MODEL.format(fields=fields, ting=ting) + extra


@pytest.mark.parametrize("broken, message, hint", [
    (model(fields="  start: dato"), "feltet `start` står to gange i Sag", None),
    (model(ting="  tidspunkt datum"), "`tidspunkt datum`: Ting har intet felt `datum`", "mente du `dato`?"),
    (model(ting="  tidspunkt farve"), "`tidspunkt` skal pege på et datofelt, men `farve` er en værdi af Farve", None),
    (model(ting="  periode slut til dato\n  slut: dato, valgfri"), "periodens start `slut` må ikke være valgfri", None),
    (model(fields="  andre: liste af Tnig"), "ukendt post `Tnig`", "mente du `Ting`?"),
    (model(fields="  farve: Farv"), "ukendt type `Farv`", "mente du `Farve`?"),
    (model(fields="  aktiv: sandhedsværdi, standard 1. januar 2023"),
     "standardværdien er en dato, men feltet er en sandhedsværdi (ja/nej)", None),
    (model(fields="  navn: tekst, mindst \"a\""), "kun tal, timer, beløb og procent kan have en mindsteværdi", None),
    (model(ting=""), "posten Ting har intet tidspunkt", "tilføj `tidspunkt <datofelt>` i `post Ting`"),
])
def test_data_model_checks(broken, message, hint):
    text = broken + 'regel r "R"\n  bestemmelse P01\n  kilde k "x"\n  krav: der må ikke være nogen ting hvor farve er rød\n'
    assert (message, hint) in errors(text, with_model=False)
    assert errors(model() + text[len(broken):], with_model=False) == []


def test_missing_case_record_is_reported_once_without_a_crash():
    found = errors('opremsning Sag: a\nregel r "R"\n  krav: der må ikke være nogen ting hvor ja\n', with_model=False)
    assert found == [("datamodellen mangler posten `Sag`",
                      "erklær sagens felter med `post Sag`, eller tjek filen sammen med datamodellen, fx `regel tjek rules`")]


def test_list_of_an_unknown_record_is_reported_at_the_field_only():
    text = MINI_MODEL.format(fields="  andre: liste af Ukendt", ting="  tidspunkt dato") + '''regel r "R"
  bestemmelse P01
  kilde k "x"
  krav: hver andre hvor x er 1 skal opfylde: farve er rød
  eksempel "E"
    sag: start: 1. januar 2023 andre: (a 1)
    pr. 1. januar 2023: ingen overtrædelse
'''
    assert errors(text, with_model=False) == [("ukendt post `Ukendt`", None)]


# ------------------------------------------------------------ located errors

def test_an_unknown_left_side_does_not_make_the_enum_values_unknown_too():
    assert errors(condition("ydlse er en af dagpenge, kontanthjælp")) == [("ukendt navn `ydlse`", "mente du `ydelse`?")]
    assert errors(condition("ydlse er ikke kontanthjælp")) == [("ukendt navn `ydlse`", "mente du `ydelse`?")]


def test_errors_point_at_the_offending_words():
    _program, found = check(condition("ydlse er kontanthjælp") + "  beskrivelse \"x\"\n")
    [unknown] = [d for d in found if d.is_error]
    assert (unknown.span.path, unknown.span.line, unknown.span.column, unknown.span.end_column) == ("test.regel", 6, 18, 23)


# ---------------------------------------------------- annotations for back ends

@pytest.fixture(scope="module")
def sample():
    program, found = check(SAMPLE.read_text(encoding="utf-8"))
    assert [d for d in found if d.is_error] == []
    return program


@pytest.fixture(scope="module")
def ref(sample):
    return sample.semantics.ref


@pytest.fixture(scope="module")
def type_of(sample):
    return sample.semantics.type_of


def test_list_references_are_resolved_by_field_and_by_record_name(sample):
    first = sample.rules["første_samtale"].obligation.selector.items
    assert (first.name, *sample.semantics.list_of(first)) == ("samtale", "samtaler", "Samtale")
    count = sample.rules["fire_samtaler"].obligation.items
    assert (count.name, *sample.semantics.list_of(count)) == ("samtaler", "samtaler", "Samtale")


def test_name_references_of_every_kind(sample, ref):
    deadline = sample.rules["første_samtale"].obligation
    assert ref(deadline.selector.filter) == sm.Ref("definition", target="med_jobcentret", record="Samtale")
    assert ref(sample.rules["første_samtale"].condition.values[1]) == sm.Ref("enum_value", target="uddannelseshjælp",
                                                                             record="Ydelse")
    deciding = sample.rules["første_samtale"].deciding_date  # første_henvendelse hvis angivet, ellers forløbsstart
    assert ref(deciding.value) == sm.Ref("case_field", path=("første_henvendelse",), record="Sag")
    item_rule = sample.rules["ingen_brev"].obligation
    assert ref(item_rule.filter.left) == sm.Ref("item_field", path=("form",), record="Samtale")
    assert ref(sample.rules["ingen_brev"].deciding_date) == sm.Ref("item_field", path=("dato",), record="Samtale")
    interval = sample.rules["interval_mellem_tilbud"].obligation
    assert ref(interval.limit) == sm.Ref("parameter", target="grænse")
    assert ref(sample.rules["fire_samtaler"].condition.left) == sm.Ref("definition", target="de_ni_målgrupper", record="Sag")


def test_expression_types(sample, type_of):
    deadline = sample.rules["første_samtale"].obligation
    assert type_of(deadline.limit.anchor) == sm.Type("date", optional=True)
    assert type_of(sample.rules["første_samtale"].deciding_date) == sm.Type("date")
    assert type_of(deadline.limit.duration) == sm.Type("duration")
    assert type_of(sample.rules["første_samtale"].condition) == sm.Type("bool")
    assert type_of(sample.rules["interval_mellem_tilbud"].obligation.limit) == sm.Type("duration")
    share = sample.rules["fokusmål"].obligation
    assert (type_of(share.minimum), type_of(share.condition.left)) == (sm.Type("percent"), sm.Type("number"))
    limit = sample.rules["praktik_varighed"].obligation.limit
    assert (type_of(limit), type_of(limit.condition)) == (sm.Type("duration"), sm.Type("bool"))


def test_exceptions_are_attached_to_their_rules(sample):
    assert [e.name for e in sample.semantics.exceptions_of("første_ved_fremmøde")] == ["sygemeldt_digitalt"]
    assert all(not sample.semantics.exceptions_of(name) for name in sample.rules if name != "første_ved_fremmøde")


# ------------------------------------------------------------- golden output

@pytest.mark.parametrize("rule_file", sorted(GOLDEN.glob("*.regel")), ids=lambda p: p.stem)
def test_golden_diagnostics(rule_file, monkeypatch):
    monkeypatch.chdir(GOLDEN)  # paths in the output are relative: the same on every machine
    loaded = pipeline.load([*(Path(os.path.relpath(p)) for p in MODEL), Path(rule_file.name)])
    rendered = "\n".join(text for diagnostic, text in zip(loaded.diagnostics, loaded.render())
                         if diagnostic.span.path == rule_file.name) + "\n"
    expected = rule_file.with_suffix(".txt")
    if os.environ.get("REGELSPROG_OPDATER_GOLDEN"):
        expected.write_text(rendered, encoding="utf-8")
    assert rendered == expected.read_text(encoding="utf-8")


def test_a_block_with_a_syntax_error_is_reported_once_not_again_where_it_is_used(tmp_path):
    """A misspelt word in a definition or a rule must not bury that one error under an
    `ukendt …` at every place that names the broken block."""
    for path in MODEL:
        (tmp_path / path.name).write_bytes(path.read_bytes())
    broken = ('definition nyledig "Nyledig" forløbsstart er efter 1. januar 2023\n'  # the colon is missing
              + rule(name="grundregel", gælder="gæler fra 1. januar 2022")
              + rule(name="brug", betingelse="for sager hvor nyledig")
              + 'undtagelse u "U" til grundregel\n  bestemmelse P08a\n  kilde første_delaftale "x"\n'
              + '  når har_arbejdsgiver\n')
    (tmp_path / "test.regel").write_text(broken, encoding="utf-8")
    loaded = pipeline.load([tmp_path])
    assert [(d.span.line, d.message) for d in loaded.diagnostics if d.is_error] == [
        (1, "uventet `forløbsstart`"), (5, "uventet `gæler`")]


def test_a_two_digit_year_is_refused_once_with_a_hint():
    assert errors(rule(gælder="gælder fra 1. januar 23")) == [
        ("året 23 ligger uden for 1900–2199", "året skal skrives med fire cifre, fx 1. januar 2023")]
    versions = rule(gælder="", krav="krav: den første samtale skal finde sted senest frist efter forløbsstart",
                    extra="  version gælder til 31. december 2022: frist er 2 uger\n"
                          "  version gælder fra 1. januar 23: frist er 1 uge\n")
    assert [message for message, _hint in errors(versions)] == ["året 23 ligger uden for 1900–2199"]


def test_completeness_warnings_once_the_rules_are_free_of_errors(tmp_path):
    for path in MODEL:
        (tmp_path / path.name).write_bytes(path.read_bytes())
    (tmp_path / "test.regel").write_text(rule(), encoding="utf-8")
    (tmp_path / "ny.regel.txt").write_text(rule(name="glemt"), encoding="utf-8")
    found = {(Path(d.span.path).name, d.message) for d in pipeline.load([tmp_path]).diagnostics if not d.is_error}
    assert ("test.regel", "reglen har ingen eksempler") in found
    assert ("bestemmelser.regel", "bestemmelsen P02 har endnu ingen regel") in found
    assert ("ny.regel.txt", "filen ny.regel.txt er ikke med, fordi navnet ikke ender på .regel") in found
    (tmp_path / "test.regel").write_text(condition("ydlse er kontanthjælp"), encoding="utf-8")
    messages = [d.message for d in pipeline.load([tmp_path]).diagnostics]
    assert "ukendt navn `ydlse`" in messages
    assert not [m for m in messages if m == "reglen har ingen eksempler" or m.endswith("har endnu ingen regel")]


def test_a_misspelt_required_field_in_an_example_is_one_error_not_two():
    misspelt = rule(EXAMPLE.replace("      forløbsstart: 2. januar 2023\n", "      forlobsstart: 2. januar 2023\n")
                    .format(ydelse="kontanthjælp", form="fremmøde", verdict="ingen overtrædelse", fields=""))
    assert errors(misspelt) == [("Sag har intet felt `forlobsstart`", "mente du `forløbsstart`?")]


def test_a_missing_unit_is_reported_at_the_version_that_lacks_it_and_only_there():
    text = VERSIONS.format(start="1. januar 2022").replace("grænse er 4 uger", "grænse er 4")
    assert errors(text) == [("`grænse` er et tal her, men en varighed i en anden version",
                             "angiv enheden, fx `14 dage` eller `2 uger`")]
    _program, found = check(text)
    assert [d.span.line for d in found if d.is_error] == [5]


def test_a_misspelt_field_beside_the_right_one_is_not_also_given_twice():
    both = rule(EXAMPLE.replace("      forløbsstart: 2. januar 2023\n",
                                "      forløbsstartt: 2. januar 2023\n      forløbsstart: 2. januar 2023\n")
                .format(ydelse="kontanthjælp", form="fremmøde", verdict="ingen overtrædelse", fields=""))
    assert errors(both) == [("Sag har intet felt `forløbsstartt`", "mente du `forløbsstart`?")]


def test_a_four_digit_year_out_of_range_gets_no_two_digit_hint():
    assert errors(rule(gælder="gælder fra 1. januar 2300")) == [("året 2300 ligger uden for 1900–2199", None)]


def test_editor_files_beside_the_rules_are_not_mistaken_for_misnamed_rule_files(tmp_path):
    for path in MODEL:
        (tmp_path / path.name).write_bytes(path.read_bytes())
    for name in (".test.regel.swp", "test.regel.orig", "test.regel.swp"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert not [d for d in pipeline.load([tmp_path]).diagnostics if "er ikke med" in d.message]


def test_a_wrong_kind_in_the_first_version_is_named_at_the_requirement_too():
    text = VERSIONS.format(start="1. januar 2022").replace("grænse er 4 uger", "grænse er 70 pct.")
    messages = [message for message, _hint in errors(text)]
    assert any(m.startswith("`grænse` er en procentsats (pct.) i en anden version") for m in messages)
    assert any("procentsats" in m and "anden version" not in m for m in messages), messages


def test_no_completeness_warnings_when_a_file_could_not_be_read(tmp_path):
    for path in MODEL:
        (tmp_path / path.name).write_bytes(path.read_bytes())
    (tmp_path / "test.regel").write_bytes(rule().encode("utf-8") + "# æ\n".encode("latin-1"))
    diagnostics = pipeline.load([tmp_path]).diagnostics
    assert [d.message for d in diagnostics if d.is_error] == ["filen er ikke gyldig UTF-8"]
    assert not [d for d in diagnostics if d.message.endswith("har endnu ingen regel")]


def test_checking_leaves_the_syntax_tree_as_it_was_and_can_be_repeated():
    """The checker writes what it finds into the semantic model, never into the tree, so one
    parsed module can be checked again (an editor, the fuzz tests) with the same outcome."""
    modules = [parser.parse_text(source.normalise(path.read_text(encoding="utf-8")), path.name)[0]
               for path in [*MODEL, SAMPLE]]
    before = repr(modules)
    first, first_found = checker.check(modules)
    second, second_found = checker.check(modules)
    assert repr(modules) == before
    assert [str(found) for found in first_found] == [str(found) for found in second_found]
    assert first.semantics is not second.semantics
    for name, rule in first.rules.items():
        assert [e.name for e in first.semantics.exceptions_of(name)] == \
            [e.name for e in second.semantics.exceptions_of(name)]
    assert sum(map(len, (first.semantics.types, first.semantics.refs))) > 100
