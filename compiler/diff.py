"""`regel diff`: the legal changes between two versions of the rules, in Danish sentences.

A version is a git revision (its rules/ folder is read with `git show`) or a folder.
Both are checked; the comparison is made on the rules' structure, rendered in the
same Danish as the documentation, so a changed number reads as one sentence.
"""

from __future__ import annotations

import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from . import pipeline
from . import syntax as s
from .danish import Renderer, by_start, date_text, period_text, words
from .examples import describe_verdict
from .program import Program


class DiffError(Exception):
    """A version of the rules could not be read (Danish message)."""


@dataclass
class Change:
    rule: Optional[str]  # the rule's name, None for changes outside a rule
    text: str


def load_version(spec: Optional[str], rules: Path) -> Program:
    """Load the rules of a folder, of a git revision, or (None) of the working tree."""
    if spec is None:
        return _checked(pipeline.load([rules]), "arbejdskopien")
    if Path(spec).is_dir():
        return _checked(pipeline.load([Path(spec)]), spec)
    with tempfile.TemporaryDirectory(prefix="regel-diff-") as folder:
        # Run inside the rules folder, with paths relative to it (`./`), so that it works from
        # any folder of the project and for a project that is not the root of its repository.
        names = _git(["-C", str(rules), "ls-tree", "-r", "-z", "--name-only", spec, "--", "."], spec)
        for name in names.split("\0"):
            if name.endswith(pipeline.EXTENSION):
                target = Path(folder) / name
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(_git(["-C", str(rules), "show", f"{spec}:./{name}"], spec), encoding="utf-8")
        return _checked(pipeline.load([Path(folder)]), spec)


def _git(arguments: list[str], spec: str) -> str:
    try:
        result = subprocess.run(["git", *arguments], capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        raise DiffError(f"`{spec}` er hverken en mappe eller en git-revision") from None
    return result.stdout


def _checked(loaded: pipeline.Loaded, label: str) -> Program:
    if not loaded.ok:
        raise DiffError(f"reglerne i {label} har fejl; kør `regel tjek` på dem først")
    return loaded.program


def compare(old: Program, new: Program) -> list[Change]:
    before, after = Renderer(old), Renderer(new)
    changes: list[Change] = []
    for provision_id in sorted(set(old.provisions) | set(new.provisions)):
        if provision_id not in new.provisions:
            changes.append(Change(None, f"Bestemmelse {provision_id} er fjernet fra registret."))
        elif provision_id not in old.provisions:
            changes.append(Change(None, f"Ny bestemmelse {provision_id}: {new.provisions[provision_id].title}."))
    old_rules = {**old.rules, **old.exceptions}
    new_rules = {**new.rules, **new.exceptions}
    for name in [*old_rules, *(n for n in new_rules if n not in old_rules)]:
        if name not in new_rules:
            changes.append(Change(name, f"{_label(old_rules[name])} er fjernet."))
        elif name not in old_rules:
            rule = new_rules[name]
            summary = after.obligation(rule.obligation) if isinstance(rule, s.Rule) and rule.obligation else ""
            changes.append(Change(name, f"Ny {_label(rule)}, gælder {period_text(rule.period)}. {summary}".strip()))
        else:
            changes.extend(_rule_changes(old_rules[name], new_rules[name], before, after))
    for name in sorted(set(old.definitions) | set(new.definitions)):
        if name not in new.definitions:
            changes.append(Change(None, f"Begrebet «{words(name)}» er fjernet."))
        elif name not in old.definitions:
            changes.append(Change(None, f"Nyt begreb «{words(name)}»: {after.expr(new.definitions[name].body)}."))
        else:
            was, now = before.expr(old.definitions[name].body), after.expr(new.definitions[name].body)
            if was != now:
                changes.append(Change(None, f"Begrebet «{words(name)}» ændres fra «{was}» til «{now}»."))
    return changes


def _label(rule: s.RuleBase) -> str:
    kind = "undtagelse" if isinstance(rule, s.Exception_) else "regel"
    ids = ", ".join(p.id for p in rule.provisions)
    return f"{kind} {rule.name} ({ids}) «{rule.title}»"


def _rule_changes(old: s.RuleBase, new: s.RuleBase, before: Renderer, after: Renderer) -> list[Change]:
    ids = ", ".join(p.id for p in new.provisions)
    prefix = f"Regel {new.name} ({ids})"
    found: list[str] = []

    def compare_text(what: str, was: Optional[str], now: Optional[str]) -> None:
        if was != now:
            found.append(f"{what} ændres fra «{was or 'intet'}» til «{now or 'intet'}»")

    compare_text("titlen", old.title, new.title)
    compare_text("bestemmelserne", ", ".join(p.id for p in old.provisions), ids)
    compare_text("gyldighedsperioden", _own_period(old), _own_period(new))
    compare_text("den afgørende dato", _expr(before, old.deciding_date), _expr(after, new.deciding_date))
    if isinstance(new, s.Rule) and isinstance(old, s.Rule):
        compare_text("hvem reglen gælder for", _expr(before, old.condition), _expr(after, new.condition))
        compare_text("kravet", old.obligation and before.obligation(old.obligation),
                     new.obligation and after.obligation(new.obligation))
        found.extend(_version_changes(old, new, before, after))
    if isinstance(new, s.Exception_) and isinstance(old, s.Exception_):
        compare_text("betingelsen", _expr(before, old.condition), _expr(after, new.condition))
        compare_text("hvad undtagelsen omfatter", _expr(before, old.effective_from), _expr(after, new.effective_from))
        compare_text("reglerne undtagelsen gælder for", ", ".join(t for t, _ in old.targets),
                     ", ".join(t for t, _ in new.targets))
    compare_text("forklaringen", " ".join(old.descriptions), " ".join(new.descriptions))
    compare_text("noterne", " ".join(n.text for n in old.notes), " ".join(n.text for n in new.notes))
    found.extend(_example_changes(old, new))
    return [Change(new.name, f"{prefix}: {text}.") for text in found]


def _own_period(rule: s.RuleBase) -> str:
    if rule.period is None and rule.versions:
        return "versionernes perioder"
    return period_text(rule.period)


def _expr(renderer: Renderer, expr: Optional[s.Expr]) -> Optional[str]:
    return renderer.expr(expr) if expr is not None else None


def _version_changes(old: s.Rule, new: s.Rule, before: Renderer, after: Renderer) -> list[str]:
    """Versions are matched by period; versions left over on both sides are matched in
    order, so a moved boundary reads as a changed period rather than a removal and an addition."""
    found = []
    old_versions = {period_text(v.period): v for v in by_start(old.versions)}
    new_versions = {period_text(v.period): v for v in by_start(new.versions)}
    gone = [p for p in old_versions if p not in new_versions]
    added = [p for p in new_versions if p not in old_versions]
    pairs = [(p, p) for p in new_versions if p in old_versions] + list(zip(gone, added))
    for was_period, period in pairs:
        if was_period != period:
            found.append(f"versionen, der gjaldt {was_period}, gælder nu {period}")
        was = {b.name: before.expr(b.value) for b in old_versions[was_period].bindings}
        for binding in new_versions[period].bindings:
            value = after.expr(binding.value)
            if was.get(binding.name) != value:
                found.append(f"{words(binding.name)} ændres fra {was.get(binding.name, 'intet')} til {value} "
                             f"for perioden {period}")
    for period in added[len(gone):]:
        listed = ", ".join(f"{words(b.name)} {after.expr(b.value)}" for b in new_versions[period].bindings)
        found.append(f"ny version for perioden {period}: {listed}")
    for period in gone[len(added):]:
        found.append(f"versionen for perioden {period} er fjernet")
    return found


def _example_changes(old: s.RuleBase, new: s.RuleBase) -> list[str]:
    found = []
    old_examples = {e.title: e for e in old.examples}
    for example in new.examples:
        previous = old_examples.get(example.title)
        if previous is None:
            found.append(f"nyt eksempel «{example.title}»")
            continue
        was, now = _verdicts(previous), _verdicts(example)
        for day in sorted(set(was) | set(now)):
            if was.get(day) != now.get(day):
                found.append(f"i eksemplet «{example.title}» ændres resultatet pr. {date_text(day)} fra "
                             f"«{was.get(day, 'ingen')}» til «{now.get(day, 'ingen')}»")
    for title in old_examples:
        if title not in {e.title for e in new.examples}:
            found.append(f"eksemplet «{title}» er fjernet")
    return found


def _verdicts(example: s.Example) -> dict:
    return {e.date.value: " og ".join(describe_verdict(v, v.rule) for v in e.verdicts) for e in example.expectations}
