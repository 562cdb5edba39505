"""Date arithmetic of the generated validators (semantics.md, "Adding durations")."""

import io
from datetime import date

import pytest

from compiler.runtime import (Andel, ManglendeData, Regel, UgyldigPost, Varighed, dansk_dato, laeg_til, laes_sager,
                              pauser, plus_maaneder, sidste_tilladte_dag, traek_fra)


@pytest.mark.parametrize("start, months, expected", [
    (date(2023, 1, 31), 1, date(2023, 2, 28)),
    (date(2024, 1, 31), 1, date(2024, 2, 29)),
    (date(2023, 8, 31), 6, date(2024, 2, 29)),
    (date(2023, 3, 31), 1, date(2023, 4, 30)),
    (date(2023, 12, 15), 1, date(2024, 1, 15)),
    (date(2023, 1, 1), 12, date(2024, 1, 1)),
    (date(2024, 2, 29), 12, date(2025, 2, 28)),
    (date(2024, 3, 31), -1, date(2024, 2, 29)),
    (date(2023, 1, 15), -13, date(2021, 12, 15)),
])
def test_month_arithmetic_clamps_to_the_end_of_the_month(start, months, expected):
    assert plus_maaneder(start, months) == expected


def test_weeks_and_days_are_calendar_days():
    assert laeg_til(date(2023, 1, 2), Varighed(0, 7)) == date(2023, 1, 9)
    assert laeg_til(date(2024, 2, 28), Varighed(0, 1)) == date(2024, 2, 29)
    assert traek_fra(date(2024, 3, 1), Varighed(0, 1)) == date(2024, 2, 29)


def test_years_are_twelve_months():
    assert laeg_til(date(2024, 2, 29), Varighed(12, 0)) == date(2025, 2, 28)


def test_last_allowed_day_of_a_duration():
    # "at most 4 weeks": slut <= start + 7*4 - 1
    assert sidste_tilladte_dag(date(2023, 3, 1), Varighed(0, 28)) == date(2023, 3, 28)
    # "at most 4 months": slut < start + 4 months
    assert sidste_tilladte_dag(date(2023, 2, 1), Varighed(4, 0)) == date(2023, 5, 31)
    assert sidste_tilladte_dag(date(2023, 10, 31), Varighed(4, 0)) == date(2024, 2, 28)


def test_danish_dates():
    assert dansk_dato(date(2023, 1, 9)) == "9. januar 2023"
    assert dansk_dato(date(2024, 12, 31)) == "31. december 2024"


# ----------------------------------------------------------------------------
# Reading a caseload: one object, an array or JSON Lines, never stopping at a bad record
# ----------------------------------------------------------------------------

def _read(text: str) -> list:
    return list(laes_sager(io.StringIO(text)))


def test_json_lines_are_read_line_by_line_with_their_numbers():
    records = _read('{"id": "A"}\n\n{"id": "B"}\n')
    assert records == [(1, {"id": "A"}), (3, {"id": "B"})]


def test_a_bad_line_is_reported_and_reading_goes_on():
    records = _read('{"id": "A"}\n{"id": \n[1, 2]\n"tekst"\n{"id": "E"}\n')
    assert [number for number, _ in records] == [1, 2, 3, 4, 5]
    assert records[0][1] == {"id": "A"} and records[4][1] == {"id": "E"}
    bad_json, a_list, a_text = (record for _, record in records[1:4])
    assert isinstance(bad_json, UgyldigPost) and bad_json.linje == 2 and bad_json.besked.startswith("ugyldig JSON")
    assert "er en liste" in a_list.besked
    assert "er en tekst" in a_text.besked


def test_a_broken_first_line_does_not_turn_json_lines_into_one_bad_document():
    records = _read('{"id": "A", "ydelse": }\n\n{"id": "B"}\n{"id": "C"}\n')
    assert isinstance(records[0][1], UgyldigPost) and records[0][0] == 1
    assert records[1:] == [(3, {"id": "B"}), (4, {"id": "C"})]


def test_one_object_over_several_lines_is_one_case():
    assert _read('\n{\n  "id": "A",\n  "ydelse": "dagpenge"\n}\n') == [(2, {"id": "A", "ydelse": "dagpenge"})]


def test_an_array_gives_each_object_with_its_position():
    records = _read('[{"id": "A"},\n 7,\n {"id": "C"}]')
    assert records[0] == (1, {"id": "A"}) and records[2] == (3, {"id": "C"})
    assert isinstance(records[1][1], UgyldigPost) and "post 2" in records[1][1].besked


def test_an_object_whose_list_opens_on_the_first_line_is_one_case():
    assert _read('{"id": "A", "samtaler": [\n{"dato": "2023-01-02"}\n]}\n') == [
        (1, {"id": "A", "samtaler": [{"dato": "2023-01-02"}]})]


def test_each_case_of_an_array_has_its_own_line_in_the_file():
    records = _read('[\n  {"id": "A"},\n\n  {\n    "id": "B"\n  }\n]\n')
    assert records == [(2, {"id": "A"}), (4, {"id": "B"})]
    assert _read("[]") == [] and _read(" [ ] \n") == []


def test_a_broken_one_line_file_is_reported_on_its_line():
    [(number, record)] = _read('{"id": "A",\n')
    assert number == record.linje == 1 and "kolonne 12" in record.besked


def test_an_empty_file_has_no_cases():
    assert _read("") == [] and _read("\n  \n") == []


def test_json_lines_are_not_read_ahead():
    """Constant memory: the reader takes a line only when the next case is asked for."""
    lines = iter(['{"id": "A"}\n', '{"id": "B"}\n', '{"id": "C"}\n'])
    taken = []

    class Source:
        def __iter__(self):
            return self

        def __next__(self):
            taken.append(next(lines))
            return taken[-1]

    reader = laes_sager(Source())
    assert next(reader) == (1, {"id": "A"})
    assert len(taken) == 1


@pytest.mark.parametrize("counting, total, required, met", [
    (7, 10, 0.7, True),          # 0.7 * 10 is 7.000000000000001 in floating point
    (6999, 10000, 0.7, False),   # rounds to 0.7 but is below 70 pct.
    (2, 3, 0.6667, False),
    (0, 0, 0.7, True),           # no cases in the population: nothing to fall short of
])
def test_a_population_share_is_compared_exactly(counting, total, required, met):
    share = Andel(Regel("fokus", "P20", "Fokusmål", "kilde", "P20.andel"), {"udgave": None, "sha256": ""})
    for number in range(total):
        share.tilfoej("tæller" if number < counting else "tæller_ikke", f"S{number}")
    share.krav = required
    result = share.som_json()
    assert result["opfyldt"] is met
    assert (result["tæller"], result["nævner"]) == (counting, total)


E = date(2023, 12, 31)


@pytest.mark.parametrize("offers, expected", [
    ([], []),
    # one after the other: a pause after each, the last has no next offer
    ([(date(2023, 1, 1), date(2023, 1, 31)), (date(2023, 3, 1), date(2023, 3, 31))],
     [(0, date(2023, 1, 31), date(2023, 3, 1)), (1, date(2023, 3, 31), None)]),
    # a short offer inside a long one: one pause, from the long one's end
    ([(date(2023, 1, 1), date(2023, 6, 30)), (date(2023, 2, 1), date(2023, 2, 28)), (date(2023, 9, 1), None)],
     [(0, date(2023, 6, 30), date(2023, 9, 1))]),
    # overlapping: the pause begins when the later one ends; listed out of order
    ([(date(2023, 2, 1), date(2023, 5, 31)), (date(2023, 1, 1), date(2023, 3, 31))],
     [(0, date(2023, 5, 31), None)]),
    # the same end: reported once
    ([(date(2023, 1, 1), date(2023, 3, 31)), (date(2023, 2, 1), date(2023, 3, 31))],
     [(1, date(2023, 3, 31), None)]),
    # a running offer (no end, or an end after the evaluation date) leaves no pause from then on
    ([(date(2023, 1, 1), date(2023, 1, 31)), (date(2023, 1, 15), None), (date(2023, 2, 1), date(2023, 2, 5))], []),
    ([(date(2023, 1, 1), date(2024, 2, 1))], []),
])
def test_pauses_between_offers(offers, expected):
    assert pauser([(start, end, index) for index, (start, end) in enumerate(offers)], E, "tilbud") == expected


def test_an_offer_ending_before_it_starts_makes_the_pauses_undecidable():
    with pytest.raises(ManglendeData) as failure:
        pauser([(date(2023, 3, 1), date(2023, 2, 1), 0)], E, "tilbud")
    assert failure.value.felt == "tilbud[0].slut"


def test_a_byte_order_mark_before_the_first_case_is_ignored():
    assert _read('\ufeff{"id": "A"}\n{"id": "B"}\n') == [(1, {"id": "A"}), (2, {"id": "B"})]
    assert _read('\ufeff[{"id": "A"},\n {"id": "B"}]\n') == [(1, {"id": "A"}), (2, {"id": "B"})]


def test_a_cut_off_first_line_does_not_swallow_the_json_lines_after_it():
    records = _read('{"id": "Z", "samtaler": [\n{"id": "A"}\n\n{"id": "B"}\n')
    assert isinstance(records[0][1], UgyldigPost) and records[0][0] == 1
    assert records[1:] == [(2, {"id": "A"}), (4, {"id": "B"})]


def test_a_byte_order_mark_on_a_line_of_its_own_is_ignored():
    assert _read('\ufeff\n{"id": "A"}\n{"id": "B"}\n') == [(2, {"id": "A"}), (3, {"id": "B"})]
