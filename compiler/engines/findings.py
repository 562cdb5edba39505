"""Findings from an SQL engine -> the Python path's results, rendered by the package's own runtime.

The SQL (generated/sql/) judges and gives structured rows (`fund`, `population`, see the README
there). Here each distinct finding is rendered once, by the package's runtime (`Sagsresultat.fund`,
`mangler`, `undtaget`, `Andel`), as the JSON text of its entry in a case's result, so every engine
says the Python path's words and none keeps a second copy of them; results.py puts a case's entries
together in SQL, in the order the Python path gives them.
"""

from __future__ import annotations

import datetime
import json
from json.encoder import c_make_encoder, encode_basestring  # (c_make_encoder: None without json's C part)
from operator import itemgetter
from typing import Any, Callable, Optional

SEPARATOR = "|"  # as in backends/sql/expressions.py: `felt` or `felt|start|slut`
POPULATION = "population"  # the key of a case's population entries (after its other keys)
# the columns of `fund` a finding's entry is rendered from (and its `fakta_*` columns)
FINDING_COLUMNS = ("regel", "art", "besked", "frist", "element", "antal", "version", "datafejl", "undtagelse")
# the result's list (Sagsresultat.som_json) a finding goes in, by its `art`: what `Renderer.entry`
# gives, known in SQL before the finding is rendered (results.py checks that the two agree)
LIST_OF = {"overtrådt": "overtrædelser", "frist": "frister", "datafejl": "datafejl", "undtaget": "undtagelser"}


def _dumper() -> Callable[[Any], str]:
    """json.dumps(value, ensure_ascii=False), its C encoder made once (JSONEncoder.encode makes one for
    each value it encodes: a third of the time of a finding's entry)."""
    encoder = json.JSONEncoder(ensure_ascii=False)
    if c_make_encoder is None:
        return encoder.encode
    encode = c_make_encoder(None, encoder.default, encode_basestring, None, encoder.key_separator,
                            encoder.item_separator, False, False, True)  # as JSONEncoder.iterencode makes it
    return lambda value: "".join(encode(value, 0))


dumped = _dumper()


class Renderer:
    """The JSON text of each entry of a case's result, from the SQL's rows."""

    def __init__(self, package, columns: list[str]):
        """`columns`: the columns of the rows `entry` gets (those of `fund`, in any order)."""
        self.rt = package._runtime
        self.ruleset = package.REGELSAET
        regler = package.regler
        # every rule's and exception's description (one namespace: their names differ)
        self.infos = {value.navn: value for name, value in vars(regler).items() if name.startswith("_INFO_")}
        self.shared = [info for _function, info in regler.POPULATIONSREGLER]
        self.at = {name: i for i, name in enumerate(columns)}
        self.finding = itemgetter(*(self.at[name] for name in FINDING_COLUMNS))  # a row's, as `entry` reads them
        facts = self.fact_readers(columns)
        self.facts = [(name, column) for name, column, days in facts if days is None]
        self.durations = [(name, column, days) for name, column, days in facts if days is not None]
        self.result = self.rt.Sagsresultat("", self.ruleset)
        # the result's lists, by their key (the lists themselves: an entry is taken out of them again)
        self.collected = [(key, value) for key, value in self.result.som_json().items() if isinstance(value, list)]
        self.lists = [key for key, _value in self.collected]

    def fact_readers(self, columns: list[str]) -> list[tuple[str, int, Optional[int]]]:
        """(fact name, its column, the column of its days for a duration) for the `fakta_*` columns."""
        readers = []
        for column in columns:
            if column.endswith("_maaneder"):
                name = column[len("fakta_"):-len("_maaneder")]
                readers.append((name, self.at[column], self.at[f"fakta_{name}_dage"]))
            elif column.startswith("fakta_") and not column.endswith("_dage"):
                readers.append((column[len("fakta_"):], self.at[column], None))
        return readers

    def shape(self, case_id: str) -> list[tuple[str, Optional[str]]]:
        """A result's keys in order, each with its value's JSON text, or None for a list (the
        entries) or the id, which differ from case to case."""
        return [(key, None if isinstance(value, list) or key == "id" else dumped(value))
                for key, value in self.rt.Sagsresultat(case_id, self.ruleset).som_json().items()]

    def entry(self, row: tuple) -> Optional[tuple[str, str, str]]:
        """A row of `fund` as (the result's list it goes in, its JSON text, its provision); None for
        one the result does not list (a deadline without a date)."""
        rule, kind, message, deadline, element, count, version, error, exception = self.finding(row)
        info = self.infos[rule]
        if kind == "datafejl":
            self.result.mangler(info, self.error(error))
        elif kind == "undtaget":
            self.result.undtaget(info, self.infos[exception], element)
        else:
            self.result.fund(info, kind, message, self.fact_values(row), deadline, element, count,
                             info.versioner[version] if version is not None else None)
        return self.taken()

    @staticmethod
    def listed(lists: list[str]) -> str:
        """SQL: the number in `lists` of the list a row of `fund` goes in, or NULL for one the
        result does not list (a deadline without a date), as `entry` says."""
        cases = " ".join(f"WHEN '{art}' THEN {lists.index(key)}" for art, key in LIST_OF.items())
        return f"CASE WHEN art = 'frist' AND frist IS NULL THEN NULL ELSE CASE art {cases} END END"

    def missing(self, rule: str, label: str) -> tuple[str, str, str]:
        """A population rule's datafejl, as `entry`."""
        info = next(share for share in self.shared if share.navn == rule)
        self.result.mangler(info, self.error(label))
        answer = self.taken()
        assert answer is not None
        return answer

    def taken(self) -> Optional[tuple[str, str, str]]:
        for key, items in self.collected:
            if items:
                item = items.pop()
                return key, dumped(item), item["bestemmelse"]
        return None

    def counted(self, rule: str, counts: bool) -> str:
        """The entry under "population" of a case in a population rule's population."""
        info = next(share for share in self.shared if share.navn == rule)
        return dumped(self.rt.Andel(info, self.ruleset).tael("", counts))

    def error(self, text: str):
        felt, *dates = text.split(SEPARATOR)
        besked = None
        if dates:
            start, slut = (datetime.date.fromisoformat(d) for d in dates)
            besked = self.rt.modstridende_periode(felt, start, slut)
        return self.rt.ManglendeData(felt, besked)

    def fact_values(self, row: tuple) -> dict:
        values = {name: row[column] for name, column in self.facts if row[column] is not None}
        for name, column, days in self.durations:
            if row[column] is not None:
                values[name] = self.rt.Varighed(row[column], row[days])
        return values

    def population(self, groups: dict[str, dict[str, tuple[int, list[str]]]], demands: dict[str, Any]) -> list[dict]:
        """Every population rule's summary, as `Sagsbestand.population()` gives it, from the number of
        cases in each group, the first cases' ids and the last demand (`krav`) met, per rule."""
        summaries = []
        for info in self.shared:
            share = self.rt.Andel(info, self.ruleset)
            for group, (count, ids) in groups.get(info.navn, {}).items():
                share.antal[group], share.grupper[group] = count, ids
            share.krav = _number(demands.get(info.navn))
            summaries.append(share.som_json())
        return summaries


def _number(value: Optional[float]) -> Optional[float]:
    """A minimum as the Python path holds it: 0.7, or a whole number as int."""
    if value is not None and float(value).is_integer():
        return int(value)
    return value
