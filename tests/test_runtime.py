"""Date arithmetic of the generated validators (semantics.md, "Adding durations")."""

from datetime import date

import pytest

from compiler.runtime import Varighed, dansk_dato, laeg_til, plus_maaneder, sidste_tilladte_dag, traek_fra


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
