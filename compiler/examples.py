"""The rule files' examples as tests: the IR's examples (case JSON) -> generated validators -> verdict.

Verdicts come from a package generated from the current rules (not from the
committed generated/ folder), so `regel test` always tests what `regel byg` would write.
"""

from __future__ import annotations

import importlib.util
import itertools
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Optional

from . import syntax as s
from .backends import python as pyback
from .ir import nodes as ir
from .runtime import dansk_dato as danish_date

_counter = itertools.count(1)


@dataclass
class ExampleOutcome:
    rule: str
    title: str
    span: s.Span
    ok: bool
    expected: str
    actual: str


def build_package(rule_set: ir.RuleSet, directory: Path) -> ModuleType:
    """Write the generated package into `directory` and import it under a fresh name."""
    for relative, text in pyback.generate(rule_set).items():
        target = directory / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return import_package(directory)


def import_package(directory: Path, name: Optional[str] = None) -> ModuleType:
    """Import the generated package in `directory` under a fresh name, so that packages built
    from different rules can be used side by side in one process (or under `name`: the one it
    has in the process that started this one, so that its objects can be sent between them)."""
    package_dir = directory / pyback.PACKAGE
    name = name or f"_regelsprog_pakke_{next(_counter)}"
    spec = importlib.util.spec_from_file_location(
        name, package_dir / "__init__.py", submodule_search_locations=[str(package_dir)]
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[name]
        raise
    return module


# ----------------------------------------------------------------------------
# Running the examples
# ----------------------------------------------------------------------------

def run_examples(rule_set: ir.RuleSet, package: ModuleType) -> list[ExampleOutcome]:
    outcomes = []
    for rule in [*rule_set.rules, *rule_set.exceptions]:
        for example in rule.examples:
            outcomes.extend(_run_example(package, rule, example))
    return outcomes


def _run_example(package: ModuleType, rule, example: ir.Example) -> list[ExampleOutcome]:
    outcomes = []
    for expectation in example.expectations:
        evaluation_date = expectation.date
        bestand = package.Sagsbestand(evaluation_date)
        results = []
        for case in example.cases:
            result = bestand.valider(case)
            if result is not None:
                results.append(result)
        for verdict in expectation.verdicts:
            expected = describe_verdict(verdict, verdict.rule)
            if bestand.ugyldige:
                problem = bestand.ugyldige[0]
                actual = f"sagen er ugyldig: {problem.get('felt')}: {problem['besked']}"
                ok = False
            elif verdict.kind in ("fulfilled", "not_fulfilled"):
                ok, actual = _judge_population(bestand.population(), verdict.rule, verdict)
            else:
                exception = rule.name if isinstance(rule, ir.ExceptionIR) else None
                ok, actual = _judge_case(results[0], verdict.rule, verdict, exception)
            outcomes.append(ExampleOutcome(
                rule.name, example.title, expectation.span, ok,
                f"pr. {danish_date(evaluation_date)}: {expected}",
                f"pr. {danish_date(evaluation_date)}: {actual}",
            ))
    return outcomes


def describe_verdict(verdict: ir.Verdict, target: Optional[str]) -> str:
    """A verdict in Danish; `target` names the rule it is about (None: the rule at hand)."""
    about = f" af {target}" if target else ""
    if verdict.kind == "no_violation":
        return f"ingen overtrædelse{about}"
    if verdict.kind == "violation":
        count = verdict.count or 1
        return f"{count} {'overtrædelse' if count == 1 else 'overtrædelser'}{about}" if verdict.count \
            else f"overtrædelse{about}"
    if verdict.kind == "pending":
        return f"frist {danish_date(verdict.date)}{' for ' + target if target else ''}"
    if verdict.kind == "data_error":
        return f"datafejl{' i ' + target if target else ''}"
    if verdict.kind == "exempted":
        return f"{target} er undtaget" if target else "undtaget"
    share = f" med andel {f'{verdict.share:g}'.replace('.', ',')} pct." if verdict.share is not None else ""
    return ("opfyldt" if verdict.kind == "fulfilled" else "ikke opfyldt") + share


def _judge_case(result: dict, target: str, verdict: ir.Verdict, exception: Optional[str]) -> tuple[bool, str]:
    violations = [v for v in result["overtrædelser"] if v["regel"] == target]
    pending = [f for f in result["frister"] if f["regel"] == target]
    errors = [e for e in result["datafejl"] if e["regel"] == target]
    exempted = [u for u in result["undtagelser"] if u["regel"] == target
                and (exception is None or u["undtagelse"] == exception)]
    actual = _describe_actual(violations, pending, errors, exempted)
    if verdict.kind == "no_violation":
        ok = not violations and not errors
    elif verdict.kind == "violation":
        ok = bool(violations) and (verdict.count is None or len(violations) == verdict.count)
    elif verdict.kind == "pending":
        ok = not violations and any(f["frist"] == verdict.date.isoformat() for f in pending)
    elif verdict.kind == "data_error":
        ok = bool(errors)
    else:  # exempted
        ok = bool(exempted) and not violations
    return ok, actual


def _describe_actual(violations, pending, errors, exempted) -> str:
    parts = []
    if violations:
        parts.append(f"{len(violations)} {'overtrædelse' if len(violations) == 1 else 'overtrædelser'} ("
                     + "; ".join(v["besked"] for v in violations) + ")")
    for item in pending:
        parts.append(f"frist {danish_date(date.fromisoformat(item['frist']))}")
    for item in errors:
        parts.append(f"datafejl ({item['felt']})")
    for item in exempted:
        parts.append(f"undtaget af {item['undtagelse']}")
    return ", ".join(parts) or "ingen overtrædelse"


def _judge_population(population: list[dict], target: str, verdict: ir.Verdict) -> tuple[bool, str]:
    result = next((p for p in population if p["regel"] == target), None)
    if result is None:
        return False, f"{target} er ikke en populationsregel"
    value = result["værdi"]
    actual = ("opfyldt" if result["opfyldt"] else "ikke opfyldt") + (
        f" med andel {f'{round(value * 100, 2):g}'.replace('.', ',')} pct. "
        f"({result['tæller']} af {result['nævner']} sager)"
        if value is not None else " (ingen sager i populationen)")
    ok = result["opfyldt"] == (verdict.kind == "fulfilled")
    if verdict.share is not None:
        ok = ok and value is not None and abs(value * 100 - verdict.share) < 0.01
    return ok, actual
