"""Findings from an SQL engine -> the generated package's results, rendered by its own runtime.

The SQL (generated/sql/) judges; it gives structured rows (`fund`, `population`, see the
README there). The messages are made here by the package's runtime (`Sagsresultat.fund`,
`mangler`, `undtaget`, `Andel`), so they are the Python path's texts, not a second copy.
"""

from __future__ import annotations

import datetime
from typing import Any, Iterable, Iterator, Optional

SEPARATOR = "|"  # as in backends/sql/expressions.py: `felt` or `felt|start|slut`


class Renderer:
    """Turns one case's finding rows into its result (the shape of `Sagsbestand.valider`)."""

    def __init__(self, package, fact_columns: list[str]):
        self.rt = package._runtime
        self.ruleset = package.REGELSAET
        regler = package.regler
        # every rule's and exception's description (one namespace: their names differ)
        self.infos = {value.navn: value for name, value in vars(regler).items() if name.startswith("_INFO_")}
        self.shares = {info.navn: self.rt.Andel(info, self.ruleset) for _function, info in regler.POPULATIONSREGLER}
        self.facts = self.fact_readers(fact_columns)

    def fact_readers(self, columns: list[str]) -> list[tuple[str, Any]]:
        """(fact name, how to read it from a row) for the `fakta_*` columns."""
        readers = []
        for column in columns:
            if column.endswith("_maaneder"):
                name = column[len("fakta_"):-len("_maaneder")]
                readers.append((name, (column, name + "_dage")))
            elif not column.endswith("_dage"):
                readers.append((column[len("fakta_"):], column))
        return readers

    def error(self, text: str):
        felt, *dates = text.split(SEPARATOR)
        besked = None
        if dates:
            start, slut = (datetime.date.fromisoformat(d) for d in dates)
            besked = self.rt.modstridende_periode(felt, start, slut)
        return self.rt.ManglendeData(felt, besked)

    def result(self, case_id: str, rows: Iterable[dict], population: Iterable[dict]) -> dict:
        rt = self.rt
        result = rt.Sagsresultat(case_id, self.ruleset)
        for row in rows:
            info = self.infos[row["regel"]]
            kind = row["art"]
            if kind == "datafejl":
                result.mangler(info, self.error(row["datafejl"]))
            elif kind == "undtaget":
                result.undtaget(info, self.infos[row["undtagelse"]], row["element"])
            else:
                result.fund(info, kind, row["besked"], self.fact_values(row), row["frist"], row["element"],
                            row["antal"])
        answer = result.som_json()
        for row in population:
            share = self.shares[row["regel"]]
            if row["gruppe"] == "datafejl":
                share.tilfoej("datafejl", case_id)
                result.mangler(share.regel, self.error(row["datafejl"]))
                continue
            counts = row["gruppe"] == "tæller"
            share.krav = _number(row["krav"])
            share.tilfoej("tæller" if counts else "tæller_ikke", case_id)
            answer.setdefault("population", []).append(
                {"regel": share.regel.navn, "regel_id": share.regel.id, "bestemmelse": share.regel.bestemmelse,
                 "tæller_med": counts})
        return answer

    def fact_values(self, row: dict) -> dict:
        values = {}
        for name, source in self.facts:
            if isinstance(source, tuple):
                months, days = row[source[0]], row["fakta_" + source[1]]
                if months is not None:
                    values[name] = self.rt.Varighed(months, days)
            elif row[source] is not None:
                values[name] = row[source]
        return values

    def population(self) -> list[dict]:
        return [share.som_json() for share in self.shares.values()]


def _number(value: Optional[float]) -> Optional[float]:
    """A minimum as the Python path holds it: 0.7, or a whole number as int."""
    if value is not None and float(value).is_integer():
        return int(value)
    return value


def grouped(rows: Iterator[dict], key: str = "sag_nr") -> Iterator[tuple[int, list[dict]]]:
    """Rows sorted by `key`, as (key, the rows with it)."""
    current, group = None, []
    for row in rows:
        if row[key] != current:
            if group:
                yield current, group
            current, group = row[key], []
        group.append(row)
    if group:
        yield current, group
