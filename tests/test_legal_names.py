"""Names and numbers in rule files can never break the build (issue 10, items 5 and 6).

A legal name builds, imports and runs, whatever Python or the generated code already
calls itself; two names that the generated code or the documentation could not tell apart
are a located `tjek` error; a number or a date the back ends cannot hold is too. Checked
with the fixture data model (tests/fixtures/rules_model), never with rules/.
"""

from __future__ import annotations

import builtins
import keyword
from datetime import date
from pathlib import Path

import pytest

from compiler import cli, examples, pipeline, pynames

MODEL = Path(__file__).resolve().parent / "fixtures" / "rules_model"
CASE = {"id": "S1", "ydelse": "dagpenge", "forløbsstart": "2023-01-02"}


def rule_set(tmp_path: Path, rules: str, model_edit=lambda text: text) -> Path:
    folder = tmp_path / "regler"
    folder.mkdir(exist_ok=True)
    for path in MODEL.glob("*.regel"):
        text = path.read_text(encoding="utf-8")
        (folder / path.name).write_text(model_edit(text) if path.name == "datamodel.regel" else text, encoding="utf-8")
    (folder / "test.regel").write_text(rules, encoding="utf-8")
    return folder


def errors(loaded: pipeline.Loaded) -> list[str]:
    return [f"{Path(e.span.path).name}:{e.span.line}:{e.span.column}: {e.message} | {e.hint}"
            for e in loaded.diagnostics if e.is_error]


def with_sag_fields(*lines: str):
    return lambda text: text.replace("  id: tekst\n", "  id: tekst\n" + "".join(f"  {line}\n" for line in lines), 1)


def build_and_run(tmp_path: Path, folder: Path):
    """`regel byg`, then the package imported, a case validated and the examples run (`regel test`)."""
    loaded = pipeline.load([folder])
    assert loaded.ok, "\n".join(loaded.render())
    files = cli.generated_files(loaded, cli.ALL)
    package = examples.build_package(loaded.rule_set, tmp_path / "pakke")
    outcomes = examples.run_examples(loaded.rule_set, package)
    return loaded, files, package, outcomes


# ----------------------------------------------------------------------------- item 5

PYTHON_NAMES = ["enumerate", "sum", "DAG", "laeg_til", "traek_fra", "NamedTuple", "frozenset", "rt", "model", "data",
                "felt", "Varighed", "sag_fra_json", "valider_sag", "class", "None", "type"]

# A record, a definition about it, a rule and a case field, all with one name; and a rule whose
# code needs the runtime's DAG, laeg_til, traek_fra and NamedTuple.
NAMED_EVERYTHING = """
regel første_samtale "Første samtale inden for en uge"
  bestemmelse P01
  kilde første_delaftale "Færre proceskrav"
  afgørende dato er forløbsstart
  version gælder fra 1. januar 2020: længde er 1 uge
  for sager hvor antallet af samtaler i de seneste 4 uger er mindst 0
  krav: den første samtale skal finde sted inden for de første længde efter forløbsstart

post {name} "Ting"
  tidspunkt dato
  dato: dato
  navn: tekst, valgfri

definition {name} "Ting med navn" om {name}: navn er angivet

regel {name} "Ting med navn før forløbets start"
  bestemmelse P11
  kilde første_delaftale "Samtaleform"
  for sager hvor {name} er angivet
  krav: hver ting hvor {name} skal opfylde: dato er før forløbsstart

  eksempel "En ting med navn efter starten"
    sag:
      ydelse: dagpenge
      forløbsstart: 2. januar 2023
      {name}: 2. januar 2023
      ting: (dato 20. februar 2023, navn "x")
    pr. 1. marts 2023: overtrædelse
"""

VERSION_VALUE = """
regel r "Første samtale"
  bestemmelse P01
  kilde første_delaftale "Færre proceskrav"
  afgørende dato er forløbsstart
  version gælder fra 1. januar 2020: {name} er 1 uge
  krav: den første samtale skal finde sted senest {name} efter forløbsstart
"""


@pytest.mark.parametrize("name", PYTHON_NAMES)
def test_a_python_or_runtime_name_for_a_record_definition_rule_and_field_builds_and_runs(tmp_path, name):
    folder = rule_set(tmp_path, NAMED_EVERYTHING.format(name=name),
                      with_sag_fields(f"ting: liste af {name}", f"{name}: dato, valgfri"))
    _loaded, _files, package, outcomes = build_and_run(tmp_path, folder)
    assert [o.ok for o in outcomes] == [True], outcomes
    case = {**CASE, name: "2023-01-02", "ting": [{"dato": "2023-02-20", "navn": "x"}]}
    result = package.valider(case, date(2023, 3, 1))
    assert [v["regel"] for v in result["overtrædelser"]] == ["første_samtale", name]


@pytest.mark.parametrize("name", ["enumerate", "DAG", "laeg_til", "v", "class", "count", "index", "frist"])
def test_a_python_or_runtime_name_for_a_version_value_builds_and_runs(tmp_path, name):
    _loaded, _files, package, _outcomes = build_and_run(tmp_path, rule_set(tmp_path, VERSION_VALUE.format(name=name)))
    assert package.valider(CASE, date(2023, 1, 20))["overtrædelser"][0]["frist"] == "2023-01-09"


@pytest.mark.parametrize("name", ["frozenset", "Literal", "NamedTuple", "Any", "str", "DAG_", "x_fra_json"])
def test_an_enum_named_like_python_builds_and_reads_its_values(tmp_path, name):
    folder = rule_set(tmp_path, f'opremsning {name} "Art": a, b\n', with_sag_fields(f"art: {name}, valgfri"))
    _loaded, _files, package, _outcomes = build_and_run(tmp_path, folder)
    assert package.valider({**CASE, "art": "b"}, date(2023, 3, 1))["id"] == "S1"
    with pytest.raises(package.UgyldigSag, match="art"):
        package.valider({**CASE, "art": "c"}, date(2023, 3, 1))


@pytest.mark.parametrize("first, second", [("bær", "baer"), ("bær", "ｂæｒ"), ("forløb", "Forløb"), ("café", "cafe"),
                                           ("år", "aar")])
def test_two_fields_that_become_one_python_name_are_a_located_tjek_error(tmp_path, first, second):
    folder = rule_set(tmp_path, "", with_sag_fields(f"{first}: dato, valgfri", f"{second}: dato, valgfri"))
    loaded = pipeline.load([folder])
    line = (folder / "datamodel.regel").read_text(encoding="utf-8").split("\n").index(f"  {second}: dato, valgfri") + 1
    collision = (f"datamodel.regel:{line}:3: feltet `{second}` kan ikke skelnes fra feltet `{first}` | "
                 "navne, der kun adskiller sig ved store og små bogstaver, æ/ae, ø/oe, å/aa, accenter eller "
                 f"tegnbredde, er det samme navn; feltet `{first}` står i {folder / 'datamodel.regel'}, linje {line - 1}")
    # a name with fullwidth letters is also refused for its letters (lexical.py), at the same line
    assert [e for e in errors(loaded) if "brede bogstav" not in e] == [collision]


RULE = """
regel {name} "Første samtale"
  bestemmelse P01
  kilde første_delaftale "Færre proceskrav"
  krav: den første samtale skal finde sted senest 1 uge efter forløbsstart
"""


def test_rule_names_that_differ_only_in_case_are_refused_where_the_second_stands(tmp_path):
    loaded = pipeline.load([rule_set(tmp_path, RULE.format(name="Slugregel") + RULE.format(name="slugregel"))])
    assert [e.split(" | ")[0] for e in errors(loaded)] == [
        "test.regel:7:7: reglen `slugregel` kan ikke skelnes fra reglen `Slugregel`"]


EXCEPTION = """
undtagelse første_samtale "x" til Første_samtale
  bestemmelse P08a
  kilde hedensted "x"
  når ydelse er dagpenge
"""


@pytest.mark.parametrize("rules, message", [
    ('post Samtaleform "x"\n  x: tekst\n', "posten `Samtaleform` har samme navn som opremsningen `Samtaleform`"),
    ('opremsning samtale "x": a\n', "opremsningen `samtale` kan ikke skelnes fra posten `Samtale`"),
    ('definition Aktiv_sag "x": ydelse er dagpenge\n',
     "definitionen `Aktiv_sag` kan ikke skelnes fra definitionen `aktiv_sag`"),
    ('kilde Hedensted "x"\n', "kilden `Hedensted` kan ikke skelnes fra kilden `hedensted`"),
    ('opremsning Art "x": privat, Privat\n', "værdien `Privat` kan ikke skelnes fra værdien `privat`"),
    (RULE.format(name="Første_samtale") + EXCEPTION,
     "undtagelsen `første_samtale` kan ikke skelnes fra reglen `Første_samtale`"),
])
def test_every_kind_of_name_is_compared_by_its_key(tmp_path, rules, message):
    loaded = pipeline.load([rule_set(tmp_path, rules)])
    assert any(message in e for e in errors(loaded)), errors(loaded)


def test_a_version_value_spelt_two_ways_is_one_name(tmp_path):
    rule = RULE.format(name="r").replace(
        "  krav:", "  afgørende dato er forløbsstart\n  version gælder fra 1. januar 2020: grænse er 1 uge\n"
                   "  version gælder fra 1. januar 2021: graense er 2 uger\n  krav:").replace("senest 1 uge", "senest grænse")
    messages = [e.split(" | ")[0].split(": ", 1)[1] for e in errors(pipeline.load([rule_set(tmp_path, rule)]))]
    assert "versionsværdien `graense` kan ikke skelnes fra versionsværdien `grænse`" in messages


def test_a_name_too_long_for_a_file_name_is_refused(tmp_path):
    loaded = pipeline.load([rule_set(tmp_path, RULE.format(name="ø" * 61))])
    assert [e.split(" | ")[1] for e in errors(loaded)] == ["et navn må højst have 120 tegn (æ, ø og å tæller som to)"]


def test_different_names_get_different_pages_and_readable_identifiers(tmp_path):
    folder = rule_set(tmp_path, RULE.format(name="første_regel") + RULE.format(name="Anden_Regel"))
    _loaded, files, _package, _outcomes = build_and_run(tmp_path, folder)
    assert {"docs/regler/foerste_regel.html", "docs/regler/anden_regel.html"} <= set(files)
    code = files["python/beskaeftigelsesregler/regler.py"]
    assert "def regel_foerste_regel(sag: model.Sag," in code and "def regel_Anden_Regel(" in code
    model = files["python/beskaeftigelsesregler/model.py"]
    assert "\nclass Samtale:\n" in model and "\nclass Sag:\n" in model  # a plain name stays as written


def test_identifiers_keep_reserved_and_trailing_underscore_names_apart():
    assert pynames.data_type("frozenset") == "frozenset_" and pynames.data_type("Samtale") == "Samtale"
    assert pynames.data_type("DAG_") == "DAG__" and pynames.data_type("DAG") == "DAG"
    assert pynames.data_type("x_fra_json") == "x_fra_json_" and pynames.parser("x") == "x_fra_json"
    assert pynames.attribute("class") == "class_" and pynames.attribute("class_") == "class__"
    assert pynames.attribute("type") == "type"  # `sag.type` is fine Python
    assert pynames.transliterate("ｂæｒ") == "baer" and pynames.transliterate("αβ") == "u03b1u03b2"
    assert pynames.name_key("Forløb") == pynames.name_key("forloeb") == "forloeb"


# ----------------------------------------------------------------------------- item 6

COUNT_RULE = """
regel r "R"
  bestemmelse P03
  kilde første_delaftale "Færre proceskrav"
  krav: der skal være mindst {count} samtaler inden for de første 6 måneder efter {anchor}
"""


@pytest.mark.parametrize("text, message, hint", [
    (COUNT_RULE.format(count="9" * 5000, anchor="forløbsstart"), "antallet må højst være 10.000", "tjek tallet"),
    (COUNT_RULE.format(count="4", anchor="(forløbsstart + 100 år + 100 år + 1 dag)"),
     "datoen flyttes for langt (over 200 år i alt)", "tjek varighederne"),
    (RULE.format(name="r").replace("krav:", "gælder fra 1. januar " + "2" * 20 + "\n  afgørende dato er forløbsstart\n  krav:"),
     "datoen har for mange cifre", "skriv fx 1. januar 2024"),
    (RULE.format(name="r").replace("krav:", "gælder fra 1. januar " + "2" * 5000 + "\n  afgørende dato er forløbsstart\n  krav:"),
     "datoen har for mange cifre", "skriv fx 1. januar 2024"),
    (RULE.format(name="r").replace("krav:", "for sager hvor ordinære_løntimer_12_mdr er mindst " + "9" * 400
                                   + ",5 timer\n  krav:"),
     "antallet af timer er for stort", "antallet af timer må højst være 100.000 timer"),
    (RULE.format(name="r").replace("krav:", "for sager hvor ordinære_løntimer_12_mdr er mindst 0," + "0" * 400
                                   + "1 timer\n  krav:"),
     "antallet af timer har for mange decimaler", "skriv højst 2 decimaler"),
])
def test_a_number_or_date_the_back_ends_cannot_hold_is_a_tjek_error(tmp_path, text, message, hint):
    loaded = pipeline.load([rule_set(tmp_path, text)])
    assert [e.split(": ", 1)[1] for e in errors(loaded)] == [f"{message} | {hint}"]


@pytest.mark.parametrize("literal, ok", [
    ("1000000000", True), ("1000000001", False), ("0,000001", True), ("0,0000001", False),
    ("100 pct.", True), ("100,01 pct.", False), ("33,3333 pct.", True), ("33,33333 pct.", False),
    ("100000 timer", True), ("100001 timer", False), ("1,25 timer", True), ("1,125 timer", False),
    ("1000000000 kr.", True), ("1000000000,01 kr.", False), ("225,50 kr.", True), ("225,505 kr.", False),
])
def test_each_kind_of_number_has_its_bounds(tmp_path, literal, ok):
    kind = {"pct.": "procent", "timer": "timer", "kr.": "beløb"}.get(literal.split(" ")[-1], "tal")
    rule = RULE.format(name="r").replace("krav:", f"for sager hvor mål er mindst {literal}\n  krav:")
    loaded = pipeline.load([rule_set(tmp_path, rule, with_sag_fields(f"mål: {kind}, valgfri"))])
    assert loaded.ok == ok, errors(loaded)


def test_the_largest_numbers_and_the_calendars_edges_still_build_and_run(tmp_path):
    rule = RULE.format(name="r").replace(
        "krav: den første samtale skal finde sted senest 1 uge efter forløbsstart",
        "for sager hvor ordinære_løntimer_12_mdr er under 100000 timer\n"
        "  krav: den første samtale skal finde sted senest 100 år efter forløbsstart - 100 år + 100 år")
    _loaded, _files, package, _outcomes = build_and_run(tmp_path, rule_set(tmp_path, rule))
    for day in ("1900-01-01", "2199-12-31"):
        result = package.valider({**CASE, "forløbsstart": day}, date.fromisoformat(day))
        assert result["overtrædelser"] == [] and len(result["frister"]) == 1


def test_a_share_in_an_example_is_a_percentage(tmp_path):
    rule = '''
regel andel "Andel"
  bestemmelse P20
  kilde anden_delaftale "Fokusmål"
  krav: andelen af sager hvor ydelse er dagpenge skal være mindst 50 pct.

  eksempel "Én sag"
    sag a:
      ydelse: dagpenge
      forløbsstart: 1. januar 2023
    pr. 1. marts 2023: opfyldt med andel 100 timer
'''
    assert [e.split(" | ")[0].split(": ", 1)[1] for e in errors(pipeline.load([rule_set(tmp_path, rule)]))] == [
        "andelen skrives i procent"]


def test_a_version_value_cannot_decide_whom_a_rule_applies_to(tmp_path):
    """Found by the rule fuzzer: the generated code read the value before choosing the version."""
    rule = RULE.format(name="r").replace(
        "  krav:", "  afgørende dato er forløbsstart\n  version gælder fra 1. januar 2020: antal er 1\n"
                   "  for sager hvor antallet af samtaler er mindst antal\n  krav:")
    assert [e.split(": ", 1)[1] for e in errors(pipeline.load([rule_set(tmp_path, rule)]))] == [
        "`for sager hvor` kan ikke bruge versionsværdien `antal` | versionen vælges først ud fra den afgørende dato; "
        "flyt betingelsen ind i kravet"]


def definition_chain(length: int) -> str:
    """`length` definitions, each built on the one before, declared last first, and a rule using the last."""
    chain = ['definition d0 "d": ydelse er dagpenge']
    chain += [f'definition d{i} "d": d{i - 1} og ydelse er dagpenge' for i in range(1, length)]
    return "\n".join(reversed(chain)) + "\n" + RULE.format(name="r").replace(
        "  krav:", f"  for sager hvor d{length - 1}\n  krav:")


def test_definitions_built_on_too_many_definitions_are_refused_before_anything_recurses(tmp_path):
    loaded = pipeline.load([rule_set(tmp_path, definition_chain(1200))])
    assert [e.split(": ", 1)[1].split(" | ")[0] for e in errors(loaded)] == [
        "definitionen `d201` bygger på for mange lag af andre definitioner (over 400 led inde i hinanden)"]


def test_the_deepest_chain_of_definitions_allowed_builds_and_runs(tmp_path):
    _loaded, _files, package, _outcomes = build_and_run(tmp_path, rule_set(tmp_path, definition_chain(201)))
    assert package.valider(CASE, date(2023, 3, 1))["overtrædelser"][0]["regel"] == "r"


def test_the_reserved_python_names_cover_the_running_python():
    """The list is written out (the generated code must not depend on the Python that runs the
    compiler); a newer Python with a new builtin or keyword needs it added."""
    running = {n for n in dir(builtins) if not n.startswith("_")} | set(keyword.kwlist) | set(keyword.softkwlist)
    assert running <= pynames.PYTHON_NAMES
