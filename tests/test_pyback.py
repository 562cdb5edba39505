"""The generated Python package: injection-safe, and its API. (That it is deterministic, valid
Python and runs on the standard library alone for every rule set is in test_regelsaet.py.)"""

from __future__ import annotations

import ast
import io
import json
import os
from datetime import date
from pathlib import Path

import pytest

from compiler import examples, pipeline, pynames
from compiler.backends import python as pyback
from compiler.backends.python.code import comment_text

from .conftest import P01_RULE, load_text

GOLDEN = Path(__file__).parent / "golden" / "lille"

P01 = P01_RULE


@pytest.mark.parametrize("generated", ["model.py", "regler.py"])
def test_generated_code_matches_the_golden_files(generated):
    """A small, self-contained rule file; regenerate with REGELSPROG_OPDATER_GOLDEN=1 after an
    intended change and review the difference."""
    loaded = pipeline.load([GOLDEN])
    assert loaded.ok, "\n".join(loaded.render())
    code = pyback.generate(loaded.rule_set)[f"{pyback.PACKAGE}/{generated}"]
    if os.environ.get("REGELSPROG_OPDATER_GOLDEN"):
        (GOLDEN / generated).write_text(code, encoding="utf-8")
    assert code == (GOLDEN / generated).read_text(encoding="utf-8")


def test_rule_text_cannot_inject_code(tmp_path):
    hostile = P01.replace(
        '"Første samtale senest en uge efter første henvendelse"',
        '"\'\'\' ; import os; os.system(\'touch /tmp/pwned\') # \\"',
    ).replace('"Færre proceskrav for indsatsen"', '"x\'); import os  # {frist} \\"')
    loaded = load_text(tmp_path, hostile)
    assert loaded.ok, loaded.render()
    files = pyback.generate(loaded.rule_set)
    tree = ast.parse(files["beskaeftigelsesregler/regler.py"])
    imports = {alias.name for node in ast.walk(tree) if isinstance(node, (ast.Import, ast.ImportFrom))
               for alias in node.names}
    assert "os" not in imports
    package = examples.build_package(loaded.rule_set, tmp_path / "pakke")
    result = package.valider({"id": "S", "ydelse": "kontanthjælp", "forløbsstart": "2023-01-02",
                              "første_henvendelse": "2023-01-02"}, date(2023, 2, 1))
    assert result["overtrædelser"][0]["besked"].startswith("\'\'\' ; import os")


def test_a_line_break_cannot_reach_a_comment_in_the_generated_code(tmp_path):
    """A text in a rule file cannot span lines; and should one reach a comment, it is escaped."""
    hostile = P01.replace('kilde første_delaftale "Færre proceskrav for indsatsen"',
                          'kilde første_delaftale "afsnit\n  import os"')
    loaded = load_text(tmp_path, hostile)
    assert [d.message for d in loaded.diagnostics if d.is_error] == ["teksten mangler sit afsluttende anførselstegn"]
    for dangerous in ("\n", "\r", "\u2028", "\x0b"):
        comment = comment_text(f"afsnit{dangerous}import os")
        assert ast.parse(f"# {comment}\n").body == [] and "import os" in comment


# ----------------------------------------------------------------------------
# The generated API: reading a case, per-case results, a caseload
# ----------------------------------------------------------------------------

CASE = {"id": "S1", "ydelse": "kontanthjælp", "forløbsstart": "2023-01-02", "første_henvendelse": "2023-01-02",
        "samtaler": [{"dato": "2023-01-05", "form": "fremmøde", "aktør": "jobcenter"}]}


def _invalid(package, **changes):
    with pytest.raises(package.UgyldigSag) as raised:
        package.valider({**CASE, **changes}, date(2023, 2, 1))
    assert isinstance(raised.value, ValueError)
    return raised.value.felt, raised.value.besked


def test_an_impossible_date_names_the_field_and_the_value(package):
    assert _invalid(package, forløbsstart="2023-02-30") == (
        "forløbsstart", '"2023-02-30" er ikke en gyldig dato (ÅÅÅÅ-MM-DD)')


def test_an_error_in_a_list_item_has_the_full_path(package):
    talks = [CASE["samtaler"][0]] * 2 + [{"dato": "2023-01-09", "form": "dueslag", "aktør": "jobcenter"}]
    field, message = _invalid(package, samtaler=talks)
    assert field == "samtaler[2].form"
    assert message.startswith('ukendt værdi "dueslag" for Samtaleform; lovlige værdier: ')


def test_missing_and_wrongly_typed_fields(package):
    record = dict(CASE)
    del record["ydelse"]
    with pytest.raises(package.UgyldigSag) as raised:
        package.valider(record, date(2023, 2, 1))
    assert (raised.value.felt, raised.value.besked) == ("ydelse", "feltet mangler")
    assert _invalid(package, samtaler=5) == ("samtaler", "skal være en liste, men er et tal")
    assert _invalid(package, id=7) == ("id", "skal være en tekst, men er et tal")


def test_unknown_keys_are_ignored(package):
    with_extra = {**CASE, "nyt_felt_fra_fremtiden": [1, 2], "samtaler": [{**CASE["samtaler"][0], "note": "x"}]}
    assert package.valider(with_extra, date(2023, 2, 1)) == package.valider(CASE, date(2023, 2, 1))


def test_a_result_follows_the_output_contract(package):
    late = {**CASE, "samtaler": [{"dato": "2023-01-20", "form": "fremmøde", "aktør": "jobcenter"}]}
    result = package.valider(late, date(2023, 2, 1))
    assert set(result) >= {"id", "overtrædelser", "frister", "datafejl", "undtagelser"}
    [violation] = [v for v in result["overtrædelser"] if v["bestemmelse"] == "P01"]
    assert violation["frist"] == "2023-01-09"
    assert "20. januar 2023" in violation["besked"] and "9. januar 2023" in violation["besked"]
    assert violation["kilde"].startswith("Første delaftale")


def test_missing_data_is_a_data_error_for_that_rule_only(package):
    record = {**CASE}
    del record["første_henvendelse"]
    result = package.valider(record, date(2023, 2, 1))
    assert [(e["bestemmelse"], e["felt"]) for e in result["datafejl"]] == [("P01", "første_henvendelse")]
    assert any(f["bestemmelse"] == "P03" for f in result["frister"])  # the other rules still ran


def test_a_caseload_records_invalid_records_and_goes_on(package):
    caseload = package.Sagsbestand(date(2023, 2, 1))
    assert caseload.valider({**CASE, "id": "U1", "forløbsstart": "2023-13-01"}, 4) is None
    assert caseload.valider(package.UgyldigPost(5, "ugyldig JSON")) is None
    assert caseload.valider({"ydelse": "x"}, 6) is None
    assert caseload.valider(CASE, 7)["id"] == "S1"
    assert caseload.antal_sager == 1
    error = {"kode": "ugyldig_dato", "felt": "forløbsstart",
             "besked": '"2023-13-01" er ikke en gyldig dato (ÅÅÅÅ-MM-DD)'}
    assert caseload.ugyldige[0] == {"linje": 4, "id": "U1", **error, "fejl": [error]}
    bad_json = {"kode": "ugyldig_json", "felt": "", "besked": "ugyldig JSON"}
    assert caseload.ugyldige[1] == {"linje": 5, **bad_json, "fejl": [bad_json]}
    assert "id" not in caseload.ugyldige[2] and caseload.ugyldige[2]["linje"] == 6


def test_a_caseload_counts_violations_per_provision(package):
    caseload = package.Sagsbestand(date(2023, 6, 1))
    results = [caseload.valider({**CASE, "id": f"S{n}", "samtaler": []}) for n in range(3)]
    expected = sum(1 for result in results for v in result["overtrædelser"] if v["bestemmelse"] == "P01")
    assert caseload.overtraedelser_pr_bestemmelse["P01"] == expected == 3


def test_a_rule_message_replaces_the_default_with_its_placeholders_filled(tmp_path):
    text = P01.replace("  krav:", '  besked "Frist {frist}; samtalen var {dato}."\n  krav:')
    loaded = load_text(tmp_path, text)
    assert loaded.ok, loaded.render()
    package = examples.build_package(loaded.rule_set, tmp_path / "pakke")
    late = {**CASE, "samtaler": [{"dato": "2023-01-20", "form": "fremmøde", "aktør": "jobcenter"}]}
    [violation] = package.valider(late, date(2023, 2, 1))["overtrædelser"]
    assert violation["besked"] == "Frist 9. januar 2023; samtalen var 20. januar 2023."


def test_the_version_follows_the_deciding_date_and_an_exception_covers_later_deadlines(tmp_path):
    loaded = pipeline.load([GOLDEN])
    package = examples.build_package(loaded.rule_set, tmp_path / "pakke")

    def count_rule(start: str, **extra) -> dict:
        result = package.valider({"id": "S", "ydelse": "dagpenge", "forløbsstart": start, **extra}, date(2024, 12, 1))
        found = [*result["overtrædelser"], *result["undtagelser"]]
        [entry] = [e for e in found if e["regel"] == "samtaler_første_tre_måneder"]
        return entry

    assert count_rule("2023-12-01")["frist"] == "2024-02-29"   # until 2023: three months
    assert count_rule("2024-01-05")["frist"] == "2024-03-04"   # from 2024: two months
    # The window [5 Jan, 5 Mar) is judged on its last day, 4 March: an exemption from that day covers
    # it, one from the day after does not.
    assert count_rule("2024-01-05", fritaget_fra="2024-03-04")["undtagelse"] == "fritaget"
    assert "undtagelse" not in count_rule("2024-01-05", fritaget_fra="2024-03-05")


def test_danish_names_become_ascii_identifiers():
    assert pynames.transliterate("første_fraværsdag") == "foerste_fravaersdag"
    assert pynames.transliterate("Åbenlyst_uddannelsesparat") == "Aabenlyst_uddannelsesparat"
    assert pynames.attribute("år") == "aar" and pynames.attribute("class") == "class_"


def test_a_caseload_is_validated_lazily_from_the_reader(package):
    lines = [json.dumps({**CASE, "id": "S1"}), "{ikke json", json.dumps({**CASE, "id": "S2"})]
    served = []

    def reader():
        for number, record in package.laes_sager(io.StringIO("\n".join(lines) + "\n")):
            served.append(number)
            yield number, record

    caseload = package.Sagsbestand(date(2023, 2, 1))
    results = caseload.valider_alle(reader())
    assert served == []                      # nothing is read before a result is asked for
    assert next(results)["id"] == "S1" and served == [1]
    assert [r["id"] for r in results] == ["S2"]
    assert caseload.antal_sager == 2 and [u["linje"] for u in caseload.ugyldige] == [2]


def test_plain_records_are_numbered_by_position(package):
    caseload = package.Sagsbestand(date(2023, 2, 1))
    results = list(caseload.valider_alle([CASE, {"id": "U"}, {**CASE, "id": "S3"}]))
    assert [r["id"] for r in results] == ["S1", "S3"]
    assert caseload.ugyldige[0]["linje"] == 2 and caseload.ugyldige[0]["id"] == "U"


def test_invalid_records_can_be_handed_on_instead_of_kept(package):
    """For a file of any size: with `ved_ugyldig` the caseload keeps only the count."""
    handed_on = []
    caseload = package.Sagsbestand(date(2023, 2, 1), ved_ugyldig=handed_on.append)
    results = list(caseload.valider_alle([{"id": "U1"}, CASE, {"id": "U2"}]))
    assert [r["id"] for r in results] == ["S1"]
    assert [u["id"] for u in handed_on] == ["U1", "U2"]
    assert caseload.antal_ugyldige == 2 and caseload.ugyldige == []


def test_a_data_model_without_a_benefit_field_validates_every_rule(tmp_path):
    """`ydelse` is how rules are skipped early; a model without it still runs every rule."""
    text = (GOLDEN / "lille.regel").read_text(encoding="utf-8")
    text = text.replace("  ydelse: Ydelse\n", "").replace("  for sager hvor ydelse er kontanthjælp\n", "")
    loaded = load_text(tmp_path, text, with_model=False)
    assert loaded.ok, loaded.render()
    package = examples.build_package(loaded.rule_set, tmp_path / "pakke")
    result = package.valider({"id": "S", "forløbsstart": "2024-01-02", "første_henvendelse": "2024-01-02"},
                             date(2024, 1, 5))
    assert [f["bestemmelse"] for f in result["frister"]] == ["P01", "P03"]


@pytest.mark.parametrize("value", [10 ** 400, -(10 ** 400)])
def test_a_number_too_large_for_arithmetic_is_invalid_data(package, value):
    assert _invalid(package, ordinære_løntimer_12_mdr=value) == (
        "ordinære_løntimer_12_mdr", "er ikke et endeligt tal af en brugbar størrelse")


def test_python_values_that_are_not_json_are_invalid_data_not_a_crash(package):
    from collections import OrderedDict
    from decimal import Decimal
    assert _invalid(package, ydelse=Decimal(1))[0] == "ydelse"
    assert _invalid(package, forløbsstart=date(1899, 12, 31))[1] == "1899-12-31 ligger uden for årene 1900-2199"
    assert _invalid(package, samtaler=({"dato": "2023-01-05"},)) == (
        "samtaler", "skal være en liste, men er en Python-værdi af typen tuple")
    assert package.valider(OrderedDict(CASE), date(2023, 2, 1))["id"] == "S1"  # a dict is a dict


def test_the_evaluation_date_is_checked_when_the_package_is_called(package):
    from datetime import datetime
    assert package.valider(CASE, datetime(2023, 2, 1, 12, 30)) == package.valider(CASE, date(2023, 2, 1))
    with pytest.raises(ValueError, match="uden for årene 1900-2199"):
        package.Sagsbestand(date.max)
    with pytest.raises(TypeError, match="skal være en datetime.date"):
        package.valider(CASE, "2023-02-01")


def test_a_misspelt_key_is_invalid_data_while_other_unknown_keys_are_left_alone(package):
    assert _invalid(package, forloebsslut="2023-01-20") == ("forloebsslut", 'ukendt felt; mente du "forløbsslut"?')
    talks = [{"dato": "2023-01-05", "form": "fremmøde", "aktor": "jobcenter"}]
    assert _invalid(package, samtaler=talks)[0] == "samtaler[0].aktor"
    for spelling in ("forlobsslut", "Forløbsslut", "forløbs_slut", "forløbslut"):
        assert _invalid(package, **{spelling: "2023-01-20"})[1].startswith("ukendt felt; mente du"), spelling
    extension = {"kommune": "Hedensted", "sagsbehandler": "ABC", "forløbsslut_dato": "x", "tilbud_id": 7,
                 "visitation_dato": "x", "ids": [], "datoer": []}
    assert package.valider({**CASE, **extension}, date(2023, 2, 1))["id"] == "S1"


def test_a_course_that_ends_before_it_starts_is_invalid_data(package):
    assert _invalid(package, forløbsslut="2023-01-01") == (
        "forløbsslut", "1. januar 2023 ligger før forløbsstart 2. januar 2023")
    assert package.valider({**CASE, "forløbsslut": "2023-01-02"}, date(2023, 2, 1))["id"] == "S1"


def test_a_python_value_nested_too_deep_for_repr_is_invalid_data(package):
    value: list = []
    for _ in range(1000):
        value = [value]
    assert package.Sagsbestand(date(2023, 2, 1)).valider({**CASE, "ydelse": value}) is None
    field, message = _invalid(package, ydelse="x" * 1_000_000)
    assert field == "ydelse" and len(message) < 1000


def test_a_key_beside_the_field_it_resembles_is_the_callers_own(package):
    assert package.valider({**CASE, "_id": "65a1", "ID": 3}, date(2023, 2, 1))["id"] == "S1"
    assert _invalid(package, Forløbslut="2023-01-20")[1] == 'ukendt felt; mente du "forløbsslut"?'
