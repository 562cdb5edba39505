"""Verdicts of the generated validators on cases written straight from semantics.md
(independent of the examples in the rule files), for the sample project's rules, which state
P01, P03, P11, P13, P18, P20 and P22 as they were when the cases were written."""

from __future__ import annotations

from datetime import date

import pytest


def case(**fields):
    data = {"id": "S", "ydelse": "kontanthjælp", "visitation": "jobparat", "forløbsstart": "2023-01-02"}
    data.update(fields)
    return data


def provisions(result, key="overtrædelser"):
    return sorted(item["bestemmelse"] for item in result[key])


def conversation(day, form="fremmøde", actor="jobcenter"):
    return {"dato": day, "form": form, "aktør": actor}


def test_events_after_the_evaluation_date_are_ignored(package):
    data = case(første_henvendelse="2023-01-02", samtaler=[conversation("2023-01-20")])
    result = package.valider(data, date(2023, 1, 6))
    assert "P01" not in provisions(result)
    assert [f["frist"] for f in result["frister"] if f["bestemmelse"] == "P01"] == ["2023-01-09"]


def test_missing_data_is_a_data_error_and_other_rules_still_run(package):
    data = case(samtaler=[conversation("2023-01-05", form="brev")])
    result = package.valider(data, date(2023, 3, 1))
    assert [(e["bestemmelse"], e["felt"]) for e in result["datafejl"]] == [("P01", "første_henvendelse")]
    assert "P11" in provisions(result)


def test_p13_a_case_spanning_the_change_of_law(package):
    offers = [{"type": "uddannelse", "start": "2021-11-01", "slut": "2021-12-10"},
              {"type": "uddannelse", "start": "2022-01-20", "slut": "2022-02-01"},
              {"type": "uddannelse", "start": "2022-05-20"}]
    data = case(ydelse="uddannelseshjælp", forløbsstart="2021-11-01", tilbud=offers)
    result = package.valider(data, date(2022, 6, 1))
    gaps = [v for v in result["overtrædelser"] if v["bestemmelse"] == "P13"]
    # 10 Dec 2021 + 4 weeks = 7 Jan 2022 < 20 Jan 2022: violated under the old rule;
    # 1 Feb 2022 + 4 months = 1 Jun 2022 >= 20 May 2022: fine under the new rule.
    assert [(v["frist"], v["element"]) for v in gaps] == [("2022-01-07", "tilbud[0]")]


def test_duration_limits_report_each_offer(package):
    offers = [{"type": "virksomhedspraktik", "start": "2023-02-01", "slut": "2023-03-15"},
              {"type": "virksomhedspraktik", "start": "2023-04-01", "slut": "2023-05-15"}]
    result = package.valider(case(tilbud=offers), date(2023, 6, 1))
    assert provisions(result).count("P18") == 2


@pytest.mark.parametrize("transition, exempted", [("2023-07-13", True), ("2023-07-14", False)])
def test_p22_exemption_boundary(package, transition, exempted):
    data = case(første_henvendelse="2023-01-02", samtaler=[conversation("2023-01-03")],
                fritagelse={"årsag": "fuldtidsjob", "fra": "2023-06-01", "overgang": transition})
    result = package.valider(data, date(2023, 9, 1))
    assert ("P03" in provisions(result)) is not exempted
    assert bool(result["undtagelser"]) is exempted


def test_population_drill_down(package):
    bestand = package.Sagsbestand(date(2023, 6, 1))
    bestand.valider(case(id="med_tilbud", tilbud=[{"type": "uddannelse", "start": "2023-03-01"}]))
    bestand.valider(case(id="uden_tilbud"))
    bestand.valider(case(id="afsluttet", forløbsslut="2023-05-01"))
    bestand.valider({"id": "ugyldig", "ydelse": "x", "forløbsstart": "2023-01-01"}, linje=4)
    [result] = bestand.population()
    assert (result["opfyldt"], result["værdi"], result["krav"]) == (False, 0.5, 0.7)
    assert result["sager_der_tæller"] == ["med_tilbud"]
    assert result["sager_der_ikke_tæller"] == ["uden_tilbud"]
    [invalid] = bestand.ugyldige
    assert (invalid["linje"], invalid["id"], invalid["kode"], invalid["felt"]) == (4, "ugyldig", "ukendt_værdi", "ydelse")


@pytest.mark.parametrize("record, field", [
    ({"id": "S", "ydelse": "kontanthjælp", "forløbsstart": "2023-02-30"}, "forløbsstart"),
    ({"id": "S", "ydelse": "kontanthjælp", "forløbsstart": "2023-02-01",
      "samtaler": [{}, {"dato": "2023-02-30", "form": "fremmøde", "aktør": "jobcenter"}]}, "samtaler[0].dato"),
    ({"id": "S", "ydelse": "kontanthjælp", "forløbsstart": "2023-02-01",
      "samtaler": [{"dato": "2023-02-03", "form": "fax", "aktør": "jobcenter"}]}, "samtaler[0].form"),
    ({"id": 7, "ydelse": "kontanthjælp", "forløbsstart": "2023-02-01"}, "id"),
    ({"id": "S", "ydelse": "kontanthjælp", "forløbsstart": "2023-02-01", "tilbud": {}}, "tilbud"),
])
def test_invalid_records_name_the_field(package, record, field):
    with pytest.raises(package.UgyldigSag) as raised:
        package.valider(record, date(2023, 3, 1))
    assert raised.value.felt == field
