"""`regel konsekvens`: what a change of the rules does to a caseload.

Every record is read and parsed once (as JSON, and as a case of each version's data
model, once for both when the two models are the same) and judged by the validators of
both versions (both built from their rule files by this compiler, so only the rules
differ), for each evaluation date. Findings are matched by case id, provision, rule and
element (`tilbud[2]`); a rule that is only renamed (see `renamed_rules`) is matched across
the rename. Only counts and the first few case ids are kept, so memory stays flat however
large the caseload. A part of the caseload can be counted elsewhere (`Tally`, in another
process: `regel konsekvens --jobs`) and added in input order (`add_part`), with the
counts of one pass.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any, Callable, Iterable, NamedTuple, Optional

from .backends.danish import date_text
from .ir import nodes as ir

EXAMPLES = 5  # case ids kept per provision and kind of change (and invalid records per version)
FIELDS_COUNTED = 50  # as in `regel valider`: a misspelt key is its own "field"; beyond this many they are pooled

# The kinds of change, in report order: key in --json, and the Danish phrase ("N sager …").
CHANGES = (
    ("nye_overtrædelser", "får en ny overtrædelse"),
    ("bortfaldne_overtrædelser", "mister en overtrædelse"),
    ("ændrede_frister", "får en anden frist"),
    ("nye_frister", "får en ny kommende frist"),
    ("bortfaldne_frister", "mister en kommende frist"),
    ("nye_datafejl", "får en ny datafejl"),
    ("bortfaldne_datafejl", "mister en datafejl"),
    ("nye_undtagelser", "bliver undtaget"),
    ("bortfaldne_undtagelser", "er ikke længere undtaget"),
    ("ændret_optælling", "tælles anderledes i fokusmålet"),
)


@dataclass
class Version:
    label: str  # as the user named it: a revision, a folder or "arbejdskopien"
    rule_set: ir.RuleSet
    package: ModuleType  # the validators built from `rule_set`


def renamed_rules(old: ir.RuleSet, new: ir.RuleSet) -> dict[str, str]:
    """Old name -> new name of each rule (or exception) taken to be renamed: it is gone from
    the new version, and exactly one rule of the same kind with the same provisions is new
    there (and no other rule with those provisions is gone). Its findings are then the same
    findings under a new name, not one lost and one new."""
    def unmatched(rules: dict, others: dict) -> dict[tuple, list[str]]:
        groups: dict[tuple, list[str]] = defaultdict(list)
        for name, rule in rules.items():
            if name not in others:
                groups[(type(rule), rule.provisions)].append(name)
        return groups

    old_rules = {rule.name: rule for rule in (*old.rules, *old.exceptions)}
    new_rules = {rule.name: rule for rule in (*new.rules, *new.exceptions)}
    gone, added = unmatched(old_rules, new_rules), unmatched(new_rules, old_rules)
    return {names[0]: added[key][0] for key, names in gone.items()
            if len(names) == 1 and len(added.get(key, ())) == 1}


class Sample:
    """How many, and the first few."""

    __slots__ = ("count", "first")

    def __init__(self) -> None:
        self.count = 0
        self.first: list = []

    def add(self, item: Any) -> None:
        self.count += 1
        if len(self.first) < EXAMPLES:
            self.first.append(item)

    def add_part(self, count: int, first: list) -> None:
        """Another sample's, as if its items had come after these."""
        self.count += count
        self.first += first[:EXAMPLES - len(self.first)]


class _Findings(NamedTuple):
    """One case's result in one version, keyed for matching."""

    violations: Counter  # (provision, rule, element)
    deadlines: dict  # (provision, rule, element) -> deadline days; upcoming deadlines under element None
    pending: set  # the keys in `deadlines` that come from upcoming deadlines
    errors: set  # (provision, rule, field)
    exemptions: set  # (the exemption's provision, exemption, rule, element)
    counted: dict  # (provision, population rule) -> whether the case counts toward the target


def _findings(result: dict, name: Callable[[str], str]) -> _Findings:
    violations: Counter = Counter()
    deadlines: dict = defaultdict(list)
    for item in result["overtrædelser"]:
        key = (item["bestemmelse"], name(item["regel"]), item.get("element"))
        violations[key] += 1
        if item["frist"]:
            deadlines[key].append(item["frist"])
    pending = set()
    for item in result["frister"]:
        key = (item["bestemmelse"], name(item["regel"]), None)
        deadlines[key].append(item["frist"])
        pending.add(key)
    return _Findings(
        violations, deadlines, pending,
        {(item["bestemmelse"], name(item["regel"]), item["felt"]) for item in result["datafejl"]},
        {(item["bestemmelse"], name(item["undtagelse"]), name(item["regel"]), item.get("element"))
         for item in result["undtagelser"]},
        {(item["bestemmelse"], name(item["regel"])): item["tæller_med"] for item in result.get("population", ())},
    )


LISTS = ("overtrædelser", "frister", "datafejl", "undtagelser")  # of a result, besides "population"


def _same(before: dict, after: dict) -> bool:
    """Whether a case's two results list the same (their `regelsæt` always differs)."""
    return all(before[key] == after[key] for key in LISTS) and before.get("population") == after.get("population")


def _differences(old: _Findings, new: _Findings) -> set[tuple[str, str]]:
    """(provision, kind of change) for every difference between the case's two results."""
    found = set()

    def each(keys: Iterable[tuple], change: str) -> None:
        found.update((key[0], change) for key in keys)

    each(new.violations - old.violations, "nye_overtrædelser")
    each(old.violations - new.violations, "bortfaldne_overtrædelser")
    each((key for key in old.deadlines.keys() & new.deadlines.keys()
          if sorted(old.deadlines[key]) != sorted(new.deadlines[key])), "ændrede_frister")
    each(new.pending - old.deadlines.keys(), "nye_frister")
    each(old.pending - new.deadlines.keys(), "bortfaldne_frister")
    each(new.errors - old.errors, "nye_datafejl")
    each(old.errors - new.errors, "bortfaldne_datafejl")
    each(new.exemptions - old.exemptions, "nye_undtagelser")
    each(old.exemptions - new.exemptions, "bortfaldne_undtagelser")
    each((key for key in old.counted.keys() | new.counted.keys()
          if old.counted.get(key) != new.counted.get(key)), "ændret_optælling")
    return found


class _Judge:
    """One version's caseload for one evaluation date; remembers why the last record read was invalid."""

    def __init__(self, package: ModuleType, day: date):
        self.problem: Optional[dict] = None
        self.caseload = package.Sagsbestand(day, ved_ugyldig=self._invalid)

    def _invalid(self, problem: dict) -> None:
        self.problem = problem

    def read(self, record: Any, line: int) -> Any:
        """The record as a case of the version's data model; None when it is invalid (`problem`)."""
        self.problem = None
        return self.caseload._laes(record, line)

    def judge(self, case: Any) -> dict:
        return self.caseload._vurder(case)


@dataclass
class DateImpact:
    day: date
    old: _Judge
    new: _Judge
    changed_cases: int = 0
    changes: dict = field(default_factory=lambda: defaultdict(Sample))  # (provision, change) -> Sample of ids


class _InvalidIn:
    """Records invalid in one version only."""

    def __init__(self) -> None:
        self.records = Sample()
        self.per_field: Counter[str] = Counter()

    def add(self, problem: dict) -> None:
        self.records.add(problem)
        name = re.sub(r"\[\d+\]", "[]", problem["felt"]) if problem.get("felt") else "JSON"
        if name in self.per_field or len(self.per_field) < FIELDS_COUNTED:
            self.per_field[name] += 1
        else:
            self.per_field["andre felter"] += 1


class Kept(list):
    """The records invalid in one version only, as they come, for a part counted elsewhere."""

    add = list.append


def same_model(old: ModuleType, new: ModuleType) -> bool:
    """Whether two packages read a case alike: their data models (model.py) are the same text, so
    a case read by one is the other's case too (the rules only read its fields)."""
    return Path(old.model.__file__).read_bytes() == Path(new.model.__file__).read_bytes()


class Tally:
    """What the comparison counts, fed one record at a time (`add`) or a part at a time
    (`part` of a Tally elsewhere, `add_part` here)."""

    def __init__(self, old: ModuleType, new: ModuleType, days: list[date], renamed: dict[str, str],
                 invalid: type = _InvalidIn):
        self.renamed = renamed
        self.records = 0
        self.cases = 0  # valid in both versions
        self.invalid_in_both = 0
        self.invalid_only_old, self.invalid_only_new = invalid(), invalid()
        self.dates = [DateImpact(day, _Judge(old, day), _Judge(new, day)) for day in days]
        self.same_model = same_model(old, new)
        self._old_name: Callable[[str], str] = lambda rule: renamed.get(rule, rule)
        self._new_name: Callable[[str], str] = lambda rule: rule

    def add(self, line: int, record: Any) -> None:
        self.records += 1
        first = self.dates[0]  # whether a record is a valid case does not depend on the date
        old_case = first.old.read(record, line)
        new_case = old_case if self.same_model else first.new.read(record, line)
        if old_case is None or new_case is None:
            self._count_invalid(first, old_case, new_case)
            return
        self.cases += 1
        for at in self.dates:
            before, after = at.old.judge(old_case), at.new.judge(new_case)
            if _same(before, after):
                continue
            found = _differences(_findings(before, self._old_name), _findings(after, self._new_name))
            if found:
                at.changed_cases += 1
                for key in found:
                    at.changes[key].add(after["id"])

    def _count_invalid(self, at: DateImpact, before: Any, after: Any) -> None:
        if before is None and after is None:
            self.invalid_in_both += 1
        elif after is None:
            self.invalid_only_new.add(at.new.problem)
        else:
            self.invalid_only_old.add(at.old.problem)

    def part(self) -> dict:
        """What was counted, as plain data for `add_part` (made with `invalid=Kept`)."""
        return {"records": self.records, "cases": self.cases, "invalid_in_both": self.invalid_in_both,
                "invalid_only_old": list(self.invalid_only_old), "invalid_only_new": list(self.invalid_only_new),
                "dates": [(at.changed_cases, {key: (s.count, s.first) for key, s in at.changes.items()},
                           at.old.caseload.optaelling(), at.new.caseload.optaelling()) for at in self.dates]}

    def add_part(self, part: dict) -> None:
        """A part's counts, as if its records had come after those counted here."""
        self.records += part["records"]
        self.cases += part["cases"]
        self.invalid_in_both += part["invalid_in_both"]
        for problem in part["invalid_only_old"]:
            self.invalid_only_old.add(problem)
        for problem in part["invalid_only_new"]:
            self.invalid_only_new.add(problem)
        for at, (changed, changes, old, new) in zip(self.dates, part["dates"]):
            at.changed_cases += changed
            for key, (count, first) in changes.items():
                at.changes[key].add_part(count, first)
            at.old.caseload.tael_med(old)
            at.new.caseload.tael_med(new)


class Impact(Tally):
    """The comparison of two versions, and its report."""

    def __init__(self, old: Version, new: Version, days: list[date]):
        super().__init__(old.package, new.package, days, renamed_rules(old.rule_set, new.rule_set))
        self.old, self.new = old, new

    # ------------------------------------------------------------------ the results

    @property
    def has_differences(self) -> bool:
        """Whether anything is judged differently: a record invalid in one version only, a case,
        or a focus target (a changed requirement changes it without changing any case)."""
        return bool(self.invalid_only_old.records.count or self.invalid_only_new.records.count) or any(
            at.changed_cases or any(before != after for _rule, _provision, before, after in self._population(at))
            for at in self.dates)

    def provisions(self) -> list[tuple[str, str]]:
        """(id, title) of every provision with a rule in either version, in the registry's order."""
        found: dict[str, str] = {}
        for rule_set in (self.new.rule_set, self.old.rule_set):
            for provision in rule_set.provisions:
                if provision.id not in found and any(provision.id in rule.provisions
                                                     for rule in (*rule_set.rules, *rule_set.exceptions)):
                    found[provision.id] = provision.title
        return list(found.items())

    @staticmethod
    def _violation_totals(at: DateImpact, provision: str) -> tuple[int, int]:
        return (at.old.caseload.overtraedelser_pr_bestemmelse.get(provision, 0),
                at.new.caseload.overtraedelser_pr_bestemmelse.get(provision, 0))

    def _population(self, at: DateImpact) -> list[tuple[str, str, Optional[dict], Optional[dict]]]:
        """(rule, provision, before, after) for each population rule in either version."""
        before = {self._old_name(p["regel"]): p for p in at.old.caseload.population()}
        after = {p["regel"]: p for p in at.new.caseload.population()}
        names = [*after, *(name for name in before if name not in after)]
        return [(name, (after.get(name) or before[name])["bestemmelse"], _target(before.get(name)),
                 _target(after.get(name))) for name in names]

    def as_json(self, input_name: str) -> dict:
        """The report for machines; its shape is described in README.md (regel konsekvens)."""
        return {
            "fra": self.old.label, "til": self.new.label, "fil": input_name,
            "omdøbte_regler": [{"fra": old, "til": new} for old, new in self.renamed.items()],
            "poster": self.records, "sager": self.cases, "ugyldige_i_begge": self.invalid_in_both,
            "ugyldige_kun_før": _invalid_json(self.invalid_only_old),
            "ugyldige_kun_efter": _invalid_json(self.invalid_only_new),
            "forskel": self.has_differences,
            "skæringsdatoer": [{
                "skæringsdato": at.day.isoformat(),
                "sager_med_ændringer": at.changed_cases,
                "bestemmelser": [{
                    "bestemmelse": provision, "titel": title,
                    "overtrædelser_før": self._violation_totals(at, provision)[0],
                    "overtrædelser_efter": self._violation_totals(at, provision)[1],
                    "ændringer": {change: _sample_json(at.changes.get((provision, change)))
                                  for change, _phrase in CHANGES},
                } for provision, title in self.provisions()],
                "population": [{"regel": rule, "bestemmelse": provision, "før": before, "efter": after}
                               for rule, provision, before, after in self._population(at)],
            } for at in self.dates],
        }

    def text(self, input_name: str) -> str:
        """The report in Danish, for a legal officer."""
        lines = [f"Konsekvens af ændringerne fra {_shown(self.old.label)} til {_shown(self.new.label)} "
                 f"for {_shown(input_name)}:",
                 f"  {_count(self.records, 'post', 'poster')} læst: {_count(self.cases, 'sag', 'sager')} vurderes "
                 f"af begge versioner, {_count(self.invalid_in_both, 'ugyldig', 'ugyldige')} i begge."]
        if self.records == 0:
            lines.append("  bemærk: input indeholdt ingen sager (er det den rigtige fil?)")
        for old, new in self.renamed.items():
            lines.append(f"  Reglen {old} hedder nu {new}; dens fund sammenlignes på tværs af navneskiftet.")
        for at in self.dates:
            lines.extend(self._date_text(at))
        for word, invalid in (("nye", self.invalid_only_new), ("gamle", self.invalid_only_old)):
            if invalid.records.count:
                lines.extend(_invalid_text(word, invalid))
        if not self.has_differences:
            lines.append("\nÆndringerne ændrer ikke vurderingen af nogen sag.")
        return "\n".join(lines)

    def _date_text(self, at: DateImpact) -> list[str]:
        lines = ["", f"Pr. {date_text(at.day)}: " + (
            f"{at.changed_cases} af {_count(self.cases, 'sag', 'sager')} vurderes anderledes."
            if at.changed_cases else "ingen sager vurderes anderledes.")]
        targets = self._population(at)
        for provision, title in self.provisions():
            before, after = self._violation_totals(at, provision)
            changes = [(phrase, at.changes[(provision, change)]) for change, phrase in CHANGES
                       if (provision, change) in at.changes]
            own_targets = [target for target in targets if target[1] == provision]
            if before == after and not changes and not own_targets:
                continue
            lines.append(f"  {provision} {title}:")
            if before or after:
                lines.append(f"    overtrædelser i alt: {before} → {after}")
            for phrase, sample in changes:
                shown = ", ".join(_shown(case_id) for case_id in sample.first)
                more = ", …" if sample.count > len(sample.first) else ""
                lines.append(f"    {_count(sample.count, 'sag', 'sager')} {phrase} ({shown}{more})")
            for rule, _provision, was, now in own_targets:
                label = f"{rule}, " if len(own_targets) > 1 else ""
                if was == now:
                    lines.append(f"    {label}uændret: {_target_text(now)}")
                else:
                    lines.extend([f"    {label}før:   {_target_text(was)}", f"    {label}efter: {_target_text(now)}"])
        return lines


def _target(result: Optional[dict]) -> Optional[dict]:
    """A population rule's outcome without its lists of case ids."""
    if result is None:
        return None
    return {key: result[key] for key in ("tæller", "nævner", "værdi", "krav", "opfyldt", "antal_med_datafejl",
                                         "besked")}


def _target_text(target: Optional[dict]) -> str:
    if target is None:
        return "findes ikke i denne version"
    return f"{'opfyldt' if target['opfyldt'] else 'IKKE opfyldt'}: {target['besked']}"


def _sample_json(sample: Optional[Sample]) -> dict:
    return {"sager": sample.count, "eksempler": list(sample.first)} if sample else {"sager": 0, "eksempler": []}


def _invalid_json(invalid: _InvalidIn) -> dict:
    return {"antal": invalid.records.count, "pr_felt": dict(invalid.per_field.most_common()),
            "eksempler": list(invalid.records.first)}


def _invalid_text(word: str, invalid: _InvalidIn) -> list[str]:
    per_field = ", ".join(f"{name} {count}" for name, count in invalid.per_field.most_common())
    lines = ["", f"Ugyldige kun i den {word} version: {_count(invalid.records.count, 'post', 'poster')} "
                 f"(fejl pr. felt: {per_field})"]
    for problem in invalid.records.first:
        where = f"linje {problem['linje']}" if problem.get("linje") else "ukendt linje"
        case = f" ({_shown(problem['id'])})" if problem.get("id") else ""
        field_name = f"{problem['felt']}: " if problem.get("felt") else ""
        lines.append(f"  {where}{case}: {_shown(field_name + problem['besked'])}")
    if invalid.records.count > len(invalid.records.first):
        lines.append(f"  … og {invalid.records.count - len(invalid.records.first)} mere.")
    return lines


def _count(number: int, singular: str, plural: str) -> str:
    return f"{number} {singular if number == 1 else plural}"


def _shown(text: str) -> str:
    """Text from input as it may be printed on a terminal: control characters escaped."""
    return text if text.isprintable() else "".join(
        c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text)
