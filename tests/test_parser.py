"""The parser and builder: every construct of the language (compiler/DESIGN.md) becomes the
right syntax-tree node, text pasted from Word or PDFs means the same as clean text, and
syntax errors come back as located Danish diagnostics, all of them in one run."""

from __future__ import annotations

import dataclasses
import datetime
from decimal import Decimal

import pytest

from compiler import checker, diagnostics, parser, source
from compiler import syntax as s


def parse(text: str, path: str = "t.regel"):
    return parser.parse_text(source.normalise(text), path)


def item(text: str):
    module, problems = parse(text)
    assert problems == [], [p.message for p in problems]
    [found] = module.items
    return found


def expr(text: str) -> s.Expr:
    return item(f'definition d "D": {text}\n').body


def rule(*parts: str) -> s.Rule:
    return item('regel r "R"\n' + "".join(f"  {part}\n" for part in parts))


def obligation(text: str):
    return rule(f"krav: {text}").obligation


def shape(node):
    """A node as nested tuples without spans, so trees from differently spelled sources compare."""
    if dataclasses.is_dataclass(node) and not isinstance(node, s.Span):
        return (type(node).__name__,) + tuple(
            (f.name, shape(getattr(node, f.name))) for f in dataclasses.fields(node) if "span" not in f.name
        )
    if isinstance(node, (list, tuple)):
        return tuple(shape(x) for x in node if not isinstance(x, s.Span))
    return node


# ---------------------------------------------------------------- declarations

@pytest.mark.parametrize("kind", ["krav", "population", "undtagelse", "ret", "info"])
def test_provision_declaration(kind):
    found = item(f'bestemmelse P08a {kind} "Første samtale ved fremmøde"\n')
    assert (type(found), found.id, found.kind, found.title) == (s.ProvisionDecl, "P08a", kind,
                                                                "Første samtale ved fremmøde")


def test_source_declaration_with_all_attributes():
    found = item('kilde hedensted "Hedensted"\n  dato 4. november 2019\n  adresse "https://x.dk"\n'
                 '  dokument "002.txt"\n')
    assert (found.name, found.title, found.url, found.document) == ("hedensted", "Hedensted", "https://x.dk", "002.txt")
    assert found.date.value == datetime.date(2019, 11, 4)


def test_enumeration_over_several_lines():
    found = item('opremsning Aktør "Aktør":\n  jobcenter,\n  a_kasse, fælles\n')
    assert (found.name, found.title) == ("Aktør", "Aktør")
    assert [value for value, _span in found.values] == ["jobcenter", "a_kasse", "fælles"]
    assert [(span.line, span.column) for _value, span in found.values] == [(2, 3), (3, 3), (3, 12)]
    assert item("opremsning Farve: rød\n").title is None


def test_record_with_moment_period_and_field_options():
    found = item('post Tilbud "Et tilbud"\n  periode start til slut\n  start: dato\n  slut: dato, valgfri\n'
                 '  type: Tilbudstype\n  timer_i_alt: timer, standard 0 timer, mindst 0 timer\n'
                 '  samtaler: liste af Samtale\n')
    assert (found.name, found.title, found.period, found.moment) == ("Tilbud", "Et tilbud", ("start", "slut"), None)
    assert [(f.name, f.type.kind, f.type.name, f.optional) for f in found.fields] == [
        ("start", "basic", "dato", False), ("slut", "basic", "dato", True),
        ("type", "named", "Tilbudstype", False), ("timer_i_alt", "basic", "timer", False),
        ("samtaler", "list", "Samtale", False),
    ]
    hours = found.field("timer_i_alt")
    assert shape(hours.default) == shape(s.QuantityLit(None, amount=Decimal(0), unit="timer"))
    assert shape(hours.minimum) == shape(hours.default)
    assert item("post Samtale\n  tidspunkt dato\n  dato: dato\n").moment == "dato"


def test_definition_about_a_record_and_about_the_case():
    about_item = item('definition med_jobcentret "Med jobcentret" om Samtale: aktør er jobcenter\n')
    assert (about_item.name, about_item.title, about_item.subject) == ("med_jobcentret", "Med jobcentret", "Samtale")
    assert about_item.subject_span.line == 1 and about_item.name_span.column == 12
    about_case = item("definition aktiv:\n  forløbsslut mangler\n")
    assert (about_case.title, about_case.subject, about_case.subject_span) == (None, "Sag", None)
    assert isinstance(about_case.body, s.Present) and about_case.body.negated


# -------------------------------------------------------------------- literals

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]


@pytest.mark.parametrize("month", range(1, 13))
def test_dates_with_every_month(month):
    found = expr(f"forløbsstart er før 3. {MONTHS[month - 1]} 2024").right
    assert (found.day, found.month, found.year) == (3, month, 2024)
    assert found.value == datetime.date(2024, month, 3)


def test_impossible_date_parses_and_has_no_value():
    found = expr("forløbsstart er før 30. februar 2023").right
    assert (found.day, found.month, found.year, found.value) == (30, 2, 2023, None)


@pytest.mark.parametrize("text, amount, unit", [
    ("1 dag", 1, "dage"), ("10 dage", 10, "dage"), ("1 uge", 1, "uger"), ("4 uger", 4, "uger"),
    ("1 måned", 1, "måneder"), ("6 måneder", 6, "måneder"), ("1 år", 1, "år"), ("2 år", 2, "år"),
])
def test_durations_normalise_their_unit(text, amount, unit):
    found = expr(f"forløbsstart + {text} er før skæringsdatoen").left.right
    assert (type(found), found.amount, found.unit) == (s.DurationLit, Decimal(amount), unit)


@pytest.mark.parametrize("text, amount, unit", [
    ("70 pct.", "70", "pct"), ("70 %", "70", "pct"), ("12,5 pct.", "12.5", "pct"),
    ("100 timer", "100", "timer"), ("1 time", "1", "timer"), ("225 kr.", "225", "kr"), ("0,5 kr.", "0.5", "kr"),
])
def test_quantities_with_units_and_decimal_comma(text, amount, unit):
    found = expr(f"x er mindst {text}").right
    assert (type(found), found.amount, found.unit) == (s.QuantityLit, Decimal(amount), unit)


@pytest.mark.parametrize("text, value", [("0,5", Decimal("0.5")), ("42", Decimal(42)), ("1,25", Decimal("1.25"))])
def test_plain_numbers_with_decimal_comma(text, value):
    found = expr(f"x er mindst {text}").right
    assert (type(found), found.value) == (s.NumberLit, value)


def test_booleans_and_text():
    assert [expr(f"x er {word}").right.value for word in ("ja", "nej")] == [True, False]
    found = expr('x er "Jobcenter Øst, afd. 2"').right
    assert (type(found), found.value) == (s.TextLit, "Jobcenter Øst, afd. 2")


# ----------------------------------------------------------------- expressions

def test_og_binds_tighter_than_eller_and_ikke_tighter_than_og():
    found = expr("a eller ikke b og c")
    assert (type(found), found.op) == (s.BoolOp, "eller")
    assert (type(found.right), found.right.op, type(found.right.left)) == (s.BoolOp, "og", s.Not)
    grouped = expr("(a eller b) og c")
    assert (grouped.op, grouped.left.op) == ("og", "eller")


@pytest.mark.parametrize("text, op", [
    ("x er y", "er"), ("x er ikke y", "er ikke"), ("x er mindst y", "mindst"), ("x er højst y", "højst"),
    ("x er over y", "over"), ("x er under y", "under"), ("x er før y", "før"), ("x er efter y", "efter"),
    ("x er senest y", "senest"), ("x er tidligst y", "tidligst"),
])
def test_comparisons(text, op):
    found = expr(text)
    assert (type(found), found.op, found.left.parts, found.right.parts) == (s.Compare, op, ("x",), ("y",))


def test_one_of_presence_and_missing():
    one_of = expr("ydelse er en af dagpenge, kontanthjælp")
    assert (one_of.negated, [v.parts for v in one_of.values]) == (False, [("dagpenge",), ("kontanthjælp",)])
    assert expr("ydelse er ikke en af dagpenge").negated
    present, missing = expr("x er angivet"), expr("x mangler")
    assert (type(present), present.negated, missing.negated) == (s.Present, False, True)


def test_arithmetic_is_left_associative_with_dotted_names():
    found = expr("fritagelse.fra + 4 uger - 1 dag er før skæringsdatoen")
    assert (found.left.op, found.left.left.op) == ("-", "+")
    assert found.left.left.left.parts == ("fritagelse", "fra")
    assert isinstance(found.right, s.EvaluationDate)


def test_if_else_over_line_breaks_with_and_without_comma():
    for text in ("13 uger hvis selvfundet, ellers 4 uger", "13 uger hvis selvfundet\n    ellers 4 uger",
                 "13 uger hvis selvfundet ,\n    ellers 4 uger"):
        found = obligation(f"hvert tilbud må højst vare {text}").limit
        assert type(found) is s.IfElse, text
        assert (found.then.amount, found.condition.parts, found.otherwise.amount) == (13, ("selvfundet",), 4)


def test_nested_if_else_groups_to_the_right():
    found = expr("1 dag hvis a, ellers 2 dage hvis b, ellers 3 dage er før x")
    # the comparison binds inside the innermost branch: `… ellers (3 dage er før x)`
    assert type(found) is s.IfElse and type(found.otherwise) is s.IfElse
    assert type(found.otherwise.otherwise) is s.Compare


def test_if_present_else():
    found = rule("afgørende dato er første_henvendelse hvis angivet, ellers forløbsstart").deciding_date
    assert (type(found), found.value.parts, found.otherwise.parts) == (s.IfPresent, ("første_henvendelse",),
                                                                       ("forløbsstart",))


def test_count_with_filter_and_window():
    found = expr("antallet af samtaler hvor (form er fremmøde) i de seneste 6 måneder er mindst 2").left
    assert (type(found), found.items.name, found.filter.op) == (s.Count, "samtaler", "er")
    assert type(found.window) is s.WindowLast and found.window.duration.unit == "måneder"
    bare = expr("antallet af samtaler hvor med_jobcentret er mindst 1").left
    assert (bare.filter.parts, bare.window) == (("med_jobcentret",), None)


# --------------------------------------------------------------------- windows

def test_window_first():
    found = obligation("der skal være mindst 4 samtaler inden for de første 6 måneder efter forløbsstart").window
    assert (type(found), found.duration.amount, found.duration.unit, found.anchor.parts) == (
        s.WindowFirst, 6, "måneder", ("forløbsstart",))


def test_window_first_single_unit():
    found = obligation("det første tilbud skal starte inden for den første måned efter forløbsstart").limit.window
    assert (type(found), found.duration.amount, found.duration.unit) == (s.WindowFirst, 1, "måneder")


@pytest.mark.parametrize("words, inclusive", [("til", False), ("til og med", True)])
def test_window_between(words, inclusive):
    found = obligation(f"der skal være mindst 1 samtale inden for perioden fra 6 måneder {words} 16 måneder "
                       "efter forløbsstart").window
    assert (type(found), found.start.amount, found.end.amount, found.inclusive) == (s.WindowBetween, 6, 16, inclusive)


# ----------------------------------------------------------------- obligations

def test_deadline_after_and_within():
    after = obligation("den første samtale hvor med_jobcentret skal finde sted senest 1 uge efter første_henvendelse")
    assert (type(after), after.selector.kind, after.selector.items.name) == (s.Deadline, "first", "samtale")
    assert (type(after.limit), after.limit.duration.unit, after.limit.anchor.parts) == (
        s.LimitAfter, "uger", ("første_henvendelse",))
    within = obligation("det første tilbud skal starte inden for de første 4 uger efter forløbsstart")
    assert (type(within.limit), within.selector.filter) == (s.LimitWithin, None)


def test_count_required():
    found = obligation("der skal være mindst 4 samtaler hvor med_jobcentret inden for de første 6 måneder efter x")
    assert (type(found), found.minimum, found.items.name, found.filter.parts) == (
        s.CountRequired, 4, "samtaler", ("med_jobcentret",))


def test_each_required_for_each_and_first():
    each = obligation("hver indstilling hvor afvist skal opfylde: begrundelse er angivet")
    assert (type(each), each.selector.kind, each.selector.filter.parts, type(each.requirement)) == (
        s.EachRequired, "each", ("afvist",), s.Present)
    assert obligation("den første samtale skal opfylde: form er fremmøde").selector.kind == "first"


@pytest.mark.parametrize("article", ["nogen ", "noget ", ""])
def test_prohibition(article):
    found = obligation(f"der må ikke være {article}samtale hvor form er brev")
    assert (type(found), found.items.name, found.filter.op) == (s.Prohibition, "samtale", "er")


def test_duration_and_interval_limits():
    duration = obligation("hvert tilbud hvor type er løntilskud må højst vare 6 måneder")
    assert (type(duration), duration.selector.kind, duration.limit.amount) == (s.DurationLimit, "each", 6)
    interval = obligation("der må højst gå grænse mellem to tilbud hvor ret_og_pligt")
    assert (type(interval), interval.limit.parts, interval.items.name, interval.filter.parts) == (
        s.IntervalLimit, ("grænse",), "tilbud", ("ret_og_pligt",))


def test_population_share():
    found = obligation("andelen af sager hvor aktiv skal være mindst 50 pct.")
    assert (type(found), found.condition.parts, found.minimum.amount, found.minimum.unit) == (
        s.PopulationShare, ("aktiv",), 50, "pct")


# -------------------------------------------------------- rules and exceptions

def test_every_rule_part():
    found = rule(
        "bestemmelse P05, P06", 'kilde første_delaftale "Afsnit 2"', "gælder fra 1. januar 2022 til 31. december 2023",
        "afgørende dato er forløbsstart", "for sager hvor ydelse er dagpenge",
        "version gælder til 31. december 2022: antal er 2, grænse er 4 uger",
        "version gælder fra 1. januar 2023: antal er 3, grænse er 1 måned",
        'note "Se også høringsnotatet" med kilder høringsnotat "s. 3", hedensted',
        'beskrivelse "Beskrivelse"', 'besked "Frist {frist}"',
    )
    assert [p.id for p in found.provisions] == ["P05", "P06"]
    assert [(c.source, c.locator) for c in found.citations] == [("første_delaftale", "Afsnit 2")]
    assert (found.period.start.value, found.period.end.value) == (datetime.date(2022, 1, 1), datetime.date(2023, 12, 31))
    assert found.deciding_date.parts == ("forløbsstart",) and found.condition.right.parts == ("dagpenge",)
    first, second = found.versions
    assert (first.period.start, first.period.end.value, second.period.end) == (None, datetime.date(2022, 12, 31), None)
    assert [(b.name, type(b.value)) for b in first.bindings] == [("antal", s.NumberLit), ("grænse", s.DurationLit)]
    [note] = found.notes
    assert (note.text, [(c.source, c.locator) for c in note.citations]) == (
        "Se også høringsnotatet", [("høringsnotat", "s. 3"), ("hedensted", None)])
    assert (found.description, found.message, found.obligation) == ("Beskrivelse", "Frist {frist}", None)


def test_period_until_only():
    found = rule("gælder til 31. december 2021").period
    assert (found.start, found.end.value) == (None, datetime.date(2021, 12, 31))


def test_exception_with_targets_condition_and_start():
    found = item('undtagelse mindre_intensiv "Mindre intensiv" til interval, første_tilbud\n  bestemmelse P22\n'
                 "  når fritagelse er angivet\n  omfatter frister fra og med fritagelse.overgang\n")
    assert type(found) is s.Exception_
    assert [name for name, _span in found.targets] == ["interval", "første_tilbud"]
    assert type(found.condition) is s.Present and found.effective_from.parts == ("fritagelse", "overgang")
    untitled = item("undtagelse u til r\n  når ja\n")
    assert (untitled.title, untitled.targets[0][0]) == (None, "r")


def test_parts_in_the_wrong_kind_of_block_parse_for_the_checker_to_report():
    found = rule("når ja", "omfatter frister fra og med forløbsstart")
    assert (len(found.exception_when), len(found.exception_from)) == (1, 1)


# -------------------------------------------------------------------- examples

EXAMPLE = '''regel r "R"
  eksempel "To samtaler"
    sag:
      ydelse: kontanthjælp
      forløbsstart: 2. januar 2023
      ordinære_løntimer_12_mdr: 12,5 timer
      samtaler: (dato 9. januar 2023, form fremmøde, aktør jobcenter),
                (dato 1. februar 2023, form video, aktør a_kasse)
    pr. 1. marts 2023: ingen overtrædelse og frist 2. juli 2023 af andet
    pr. 3. juli 2023: 2 overtrædelser af andet og datafejl og undtaget af u
    pr. 4. juli 2023: overtrædelse og ingen overtrædelse af andet
'''


def test_example_with_record_values_and_verdicts():
    [example] = item(EXAMPLE).examples
    assert example.title == "To samtaler"
    [case] = example.cases
    assert case.name is None
    assert [f.name for f in case.fields] == ["ydelse", "forløbsstart", "ordinære_løntimer_12_mdr", "samtaler"]
    ydelse, start, hours, talks = case.fields
    assert (type(ydelse.values[0]), ydelse.values[0].name) == (s.EnumValue, "kontanthjælp")
    assert start.values[0].value == datetime.date(2023, 1, 2)
    assert (hours.values[0].amount, hours.values[0].unit) == (Decimal("12.5"), "timer")
    assert [type(v) for v in talks.values] == [s.RecordValue, s.RecordValue]
    assert [name for name, _span, _value in talks.values[1].pairs] == ["dato", "form", "aktør"]
    assert talks.values[1].pairs[2][2].name == "a_kasse"
    verdicts = [[(v.kind, v.rule, v.count, v.date and v.date.value) for v in e.verdicts] for e in example.expectations]
    assert verdicts == [
        [("no_violation", None, None, None), ("pending", "andet", None, datetime.date(2023, 7, 2))],
        [("violation", "andet", 2, None), ("data_error", None, None, None), ("exempted", "u", None, None)],
        [("violation", None, None, None), ("no_violation", "andet", None, None)],
    ]
    assert [e.date.value for e in example.expectations] == [datetime.date(2023, 3, 1), datetime.date(2023, 7, 3),
                                                            datetime.date(2023, 7, 4)]


def test_population_example_with_named_cases_and_shares():
    [example] = item('regel r "R"\n  eksempel "E"\n    sag a:\n      ydelse: dagpenge\n    sag b:\n'
                     "    pr. 1. marts 2023: opfyldt med andel 50 pct.\n    pr. 2. marts 2023: ikke opfyldt\n").examples
    assert [c.name for c in example.cases] == ["a", "b"]
    assert example.cases[1].fields == []
    fulfilled, not_fulfilled = (e.verdicts[0] for e in example.expectations)
    assert (fulfilled.kind, fulfilled.share.amount, fulfilled.share.unit) == ("fulfilled", 50, "pct")
    assert (not_fulfilled.kind, not_fulfilled.share) == ("not_fulfilled", None)


# ----------------------------------------------------------------------- spans

def test_spans_are_absolute_in_the_file():
    module, problems = parse('# kommentar\n\nbestemmelse P01 krav "K"\n\nregel r "R"\n  bestemmelse P01\n'
                             "  for sager hvor ydelse er dagpenge\n")
    assert problems == []
    provision, found = module.items
    assert (provision.span.line, provision.span.column) == (3, 1)
    assert (found.name_span.line, found.name_span.column, found.name_span.end_column) == (5, 7, 8)
    assert (found.provisions[0].span.line, found.provisions[0].span.column) == (6, 15)
    condition = found.condition
    assert (condition.span.line, condition.span.column, condition.span.end_column) == (7, 18, 36)
    assert (condition.right.span.column, condition.right.span.end_column) == (28, 36)


def test_comments_and_blank_lines_do_not_start_blocks():
    module, problems = parse('regel r "R"\n# en kommentar i første kolonne\n\n  bestemmelse P01  # bag en linje\n')
    assert problems == []
    assert [p.id for p in module.items[0].provisions] == ["P01"]


# --------------------------------------------------------------- normalisation

CLEAN = '''opremsning Aktør "Aktør": jobcenter, a_kasse
regel første_måned "Første måned"
  kilde første_delaftale "Færre proceskrav"
  for sager hvor ydelse er en af kontanthjælp, uddannelseshjælp
  krav: det første tilbud skal starte inden for de første 4 uger efter forløbsstart
'''


@pytest.mark.parametrize("name, dirty", [
    ("BOM", b"\xef\xbb\xbf" + CLEAN.encode()),
    ("CRLF", CLEAN.replace("\n", "\r\n").encode()),
    ("CR", CLEAN.replace("\n", "\r").encode()),
    ("NBSP", CLEAN.replace("de første 4 uger", "de første 4\u00a0uger").replace("for sager", "for\u202fsager").encode()),
    ("krøllede anførselstegn", CLEAN.replace('"Aktør"', "\u201cAktør\u201d").replace('"Første måned"',
                                                                                      "\u201eFørste måned\u201c").encode()),
    ("dekomponeret å", CLEAN.replace("å", "a\u030a").encode()),
    ("det hele på én gang", b"\xef\xbb\xbf" + CLEAN.replace("å", "a\u030a").replace(" ", "\u00a0", 3).replace(
        '"Aktør"', "\u201cAktør\u201d").replace("\n", "\r\n").encode()),
])
def test_text_from_word_or_pdf_means_the_same(name, dirty):
    clean_module, clean_problems = parser.parse_text(source.decode(CLEAN.encode()), "t.regel")
    module, problems = parser.parse_text(source.decode(dirty), "t.regel")
    assert clean_problems == problems == []
    assert shape(module.items) == shape(clean_module.items)


def test_invalid_utf8_is_located():
    with pytest.raises(source.SourceDecodeError) as failure:
        source.decode('regel r "R"\n  kilde "æ'.encode() + b"\xff\xfe\n")
    assert (failure.value.line, failure.value.column) == (2, 11)  # in characters: `  kilde "æ` is 10
    assert "UTF-8" in str(failure.value)


# --------------------------------------------------------------- syntax errors

BROKEN = '''bestemmelse P01 krav "God"

regel a "A"
  krav: der skal være mindst 4 samtaler inden for de første 6 månder efter forløbsstart

bestemmelse P02 krav "Også god"

regel b "Mangler anførselstegn
  bestemmelse P02

regel c "C"
  krav: den første samtale skal finde sted senest
kilde k "K"
'''


def test_every_broken_block_is_reported_and_the_good_blocks_still_parse():
    module, problems = parse(BROKEN)
    assert [type(i).__name__ for i in module.items] == ["ProvisionDecl", "ProvisionDecl", "SourceDecl"]
    assert [(p.severity, p.span.line, p.span.column, p.message, p.hint) for p in problems] == [
        ("fejl", 4, 63, "uventet `månder`", "mente du `måneder`?"),
        ("fejl", 8, 9, "teksten mangler sit afsluttende anførselstegn", 'en tekst skal stå mellem to anførselstegn: "…"'),
        ("fejl", 12, 44, "blokken slutter for tidligt", problems[2].hint),
    ]
    assert problems[2].hint.startswith("her forventedes ")


@pytest.mark.parametrize("text, message, hint", [
    ('regel r "R"\n  krav: den første samtale skal finde sted snest 1 uge efter x\n',
     "uventet `snest`", "mente du `senest`?"),
    ('regel r "R"\n  gælder fra 1. janur 2023\n', "uventet `janur`", "mente du `januar`?"),
    ('regl r "R"\n', "`regl` kan ikke stå først på en linje", "mente du `regel`?"),
    ('bestemmelse P01 krv "K"\n', "uventet `krv`", "mente du `krav`?"),
])
def test_misspelt_keywords_get_a_did_you_mean(text, message, hint):
    _module, [problem] = parse(text)
    assert (problem.message, problem.hint) == (message, hint)


@pytest.mark.parametrize("text, line, column, message, hint", [
    # a keyword run together with more letters: found where it stood, not accepted as two words
    ('regel r "R"\n  gælder fraa 1. januar 2023\n', 2, 10, "uventet `fraa`", "mente du `fra`?"),
    ('regel r "R"\n  gælder fra 1. januarr 2023\n', 2, 17, "uventet `januarr`", "mente du `januar`?"),
    ('undtagelsen u "U" til r\n', 1, 1, "uventet `undtagelsen`", "mente du `undtagelse`?"),
    ('regel r "R"\n  eksempel "E"\n    sagen:\n      ydelse: kontanthjælp\n    pr. 1. maj 2023: overtrædelse\n',
     3, 5, "uventet `sagen`", "mente du `sag`?"),
    # a text without its closing quote is reported on its own line, not at the next quote
    ('regel r "R\n  bestemmelse P01\n  kilde k "afsnit"\n', 1, 9,
     "teksten mangler sit afsluttende anførselstegn", 'en tekst skal stå mellem to anførselstegn: "…"'),
])
def test_mistakes_are_reported_at_the_word_that_is_wrong(text, line, column, message, hint):
    _module, [problem] = parse(text)
    assert (problem.span.line, problem.span.column, problem.message, problem.hint) == (line, column, message, hint)


@pytest.mark.parametrize("text, hint", [
    ('regel r "R"\n  krav den første samtale skal finde sted senest 1 uge efter x\n', "her forventedes `:`"),
    ('regel r "R"\n  for sager hvor ydelse er kontanthjælp and ikke ja\n', "skriv `og`"),
    ('rule r "R"\n', "skriv `regel`"),
    ('regel r "R"\n  version gælder fra 1. januar 2023: frist er 2 mdr.\n', "skriv `måneder`"),
    ('regel r "R"\n  gælder fra 2023-01-01\n', "skriv datoen med månedens navn, fx 1. januar 2023"),
    ('regel r "R"\n  gælder fra 01.03.2023\n', "skriv datoen med månedens navn, fx 1. marts 2023"),
    ('regel r "R"\n  // en kommentar\n', "en kommentar begynder med #"),
    ('regel r "R"\n  bestemmelse P3\n', "et bestemmelses-id har to cifre: P03"),
])
def test_common_mistakes_get_a_hint_that_says_what_to_write(text, hint):
    _module, [problem] = parse(text)
    assert problem.hint == hint


def test_unindented_continuation_line_is_explained():
    _module, problems = parse('regel r "R"\nbestemmelse P01\nkrav: der må ikke være nogen samtale hvor ja\n')
    messages = [(p.span.line, p.message) for p in problems]
    assert (3, "`krav` kan ikke stå først på en linje") in messages
    hint = next(p.hint for p in problems if p.span.line == 3)
    assert "ryk fortsættelseslinjer ind" in hint


def test_unexpected_character_is_named_and_located():
    _module, [problem] = parse('regel r "R"\n  for sager hvor ydelse er dagpenge § 3\n')
    assert (problem.span.line, problem.span.column, problem.message) == (2, 37, "uventet tegn `§`")
    assert problem.hint


def test_expressions_nested_too_deep_are_an_error_not_a_crash():
    chain = " og ".join(["ja"] * 2000)
    module, [problem] = parse(f'definition d "D": {chain}\nbestemmelse P01 krav "K"\n')
    assert problem.message.startswith("udtrykket er for dybt sammensat")
    assert problem.span.line == 1 and [type(i) for i in module.items] == [s.ProvisionDecl]
    assert parse(f'definition d "D": {" og ".join(["ja"] * 50)}\n')[1] == []


def test_rendered_syntax_error_points_at_the_word():
    _module, problems = parse(BROKEN)
    rendered = diagnostics.render(problems[0], source.normalise(BROKEN).split("\n"))
    assert rendered.split("\n") == [
        "t.regel:4:63: fejl: uventet `månder` [R106]",
        " 4 |   krav: der skal være mindst 4 samtaler inden for de første 6 månder efter forløbsstart",
        "   |                                                               ^^^^^^",
        "  tip: mente du `måneder`?",
    ]


# ---------------------------------------------------------------- the parser's table cache

@pytest.fixture
def fresh_parser(monkeypatch, tmp_path):
    """A parser built anew under a cache folder of the test's own; the normal one afterwards."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    parser.get_parser.cache_clear()
    yield tmp_path / "cache" / "regelsprog" / "parser.lark-cache"
    parser.get_parser.cache_clear()


def test_the_parser_tables_are_cached_and_a_damaged_cache_is_rebuilt(fresh_parser):
    assert item('bestemmelse P01 krav "Første samtale"\n').id == "P01"
    assert fresh_parser.stat().st_size > 0
    fresh_parser.write_bytes(b"ikke en cache\n")
    parser.get_parser.cache_clear()
    assert item('bestemmelse P01 krav "Første samtale"\n').id == "P01"
    assert fresh_parser.read_bytes() != b"ikke en cache\n"


def test_without_a_usable_cache_folder_the_parser_is_built_each_time(fresh_parser, monkeypatch, tmp_path):
    (tmp_path / "en-fil").write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "en-fil"))
    assert parser._cache_file() is None
    monkeypatch.setenv("XDG_CACHE_HOME", "relativ/mappe")
    monkeypatch.setenv("HOME", "")
    assert parser._cache_file() is None
    assert item('bestemmelse P01 krav "Første samtale"\n').id == "P01"


# ---------------------------------------------------------------- blocks of one shape

SHAPED = source.normalise("""\
kilde k1 "Kilde 1 # ikke en kommentar" dato 1. maj 2020
kilde æ2 "Kilde 2 # heller ikke, nej!" dato 9. maj 2021
kilde k1١ "Et arabisk ciffer"
kilde k2١ "Et andet arabisk!"
kilde æble "Æble" # et "ord" og "et
kilde pære "Pære" # to "ord" og "to
kilde k3 "Uden slut
kilde k4 "Uden ende
kilde k5 "K" dato 1. mak 2020
kilde k6 "K" dato 2. mak 2020
kilde k7 "K" foo 1. maj 2020
kilde k8 "K" bar 2. maj 2020
kilde k9 "K" datoer 1. maj 2020
kilde k0 "K" datoxx 2. maj 2020
bestemmelse P01 krav "Første"
bestemmelse P02 krav "Sidste"
definition d1 "D": antal + 2,5
definition d2 "D": højde + 4,5
definition d3 "D": sagen
definition d4 "D": sagom
kilde k9 "K" dato 31. juni 2023
kilde k0 "K" dato 30. juni 2023
kilde slut "Slut"
""")


def test_blocks_of_one_shape_give_what_each_block_gives_alone(monkeypatch):
    """A block of the same shape as one before it is not parsed again (parser._shape), but every
    item, span and diagnostic is what the block gives when parsed on its own, and a block that
    does not parse is described by itself."""
    alone = [parser._parse_each([block], "t.regel") for block in parser.split_blocks(SHAPED)]
    expected = parser._joined(part for parts in alone for part in parts)
    parsed = []
    lark = parser.get_parser()
    real = lark.parse
    monkeypatch.setattr(lark, "parse", lambda text: parsed.append(text) or real(text))
    module, problems = parser.parse_text(SHAPED, "t.regel")
    assert len(parsed) == 16  # the second of each pair that parses was not parsed
    assert repr(module.items) == repr(expected[0]) and len(module.items) == 15
    assert problems == expected[1] and module.unparsed == expected[2]
    assert [(p.span.line, p.span.column, p.message) for p in problems if p.code != "R027"] == [
        (7, 10, "teksten mangler sit afsluttende anførselstegn"), (8, 10, "teksten mangler sit afsluttende anførselstegn"),
        (9, 22, "uventet `mak`"), (10, 22, "uventet `mak`"), (11, 14, "uventet `foo`"), (12, 14, "uventet `bar`"),
        (13, 14, "uventet `datoer`"), (14, 14, "uventet `datoxx`")]


# Blocks of one key: of one shape but for how their spaces and line breaks are laid out.
LAID_OUT = source.normalise("""\
kilde k1 "K"
  dato 30. juni
 2020
kilde  k2   "K"
      dato   31.  juni
   2023
definition d1 "D": a hvis b, ellers c
definition  d2 "D":  a  hvis b,   ellers   c
definition d3 "D": a hvis b
  ellers c
definition d4 "D":    a hvis b

        ellers   c
kilde slut "Slut"
""")


def _positions(tree):
    """Every token's type, text and position, and every subtree's meta, in order."""
    if isinstance(tree, parser.Tree):
        return [tree.data, sorted(vars(tree.meta).items()), [_positions(child) for child in tree.children]]
    return [tree.type, str(tree), tree.start_pos, tree.end_pos, tree.line, tree.column, tree.end_line, tree.end_column]


def test_blocks_laid_out_differently_get_the_tree_each_block_gives_alone(monkeypatch):
    """A block with the same key as one before it (parser._key) is not parsed again: the earlier
    block's tree is moved, and every token and subtree stands where it does when the block is
    parsed on its own; the checker's diagnostics point at the block's own line and column."""
    lark = parser.get_parser()
    alone = [_positions(lark.parse(block).children[0]) for _line, block in parser.split_blocks(LAID_OUT)]
    parsed, built = [], []
    real_parse, real_build = lark.parse, parser.build
    monkeypatch.setattr(lark, "parse", lambda text: parsed.append(text) or real_parse(text))
    monkeypatch.setattr(parser, "build", lambda tree, *rest: built.append(tree) or real_build(tree, *rest))
    module, problems = parser.parse_text(LAID_OUT, "t.regel")
    assert len(parsed) == 4 and problems == []  # k1, d1, d3 and slut
    assert [_positions(tree) for tree in built] == alone
    _program, found = checker.check([module], complete=False)
    [date] = [(p.span.line, p.span.column, p.span.end_line, p.span.end_column) for p in found if p.code == "R282"]
    assert date == (5, 14, 6, 8)
