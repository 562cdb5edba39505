"""What a release refuses (`regel byg --udgivelse`): anything that is not settled law.

A draft (a rule, an exception or a source marked `udkast`, or a rule citing a draft source)
can be built, tested and measured with `regel konsekvens` like any rule, but is never
published as law. Nor is a judged rule or an exception without a period of force: it would
be published as in force for every date, which no provision is. The IR says both
(`Rule.draft`, `Source.draft`, `Version`); this module only lists them as Danish errors.
"""

from __future__ import annotations

from . import diagnostics as d
from . import syntax as s
from .ir import nodes as ir


def problems(rule_set: ir.RuleSet) -> list[d.Diagnostic]:
    found = []
    for source in rule_set.sources:
        if source.draft is not None:
            found.append(d.error(first_line(source.span), f"kilden `{source.name}` er et udkast og kan ikke udgives"
                                 + (f" ({source.draft})" if source.draft.strip() else ""), SETTLE, code="R501"))
    for rule in [*rule_set.rules, *rule_set.exceptions]:
        noun = "undtagelsen" if isinstance(rule, ir.ExceptionIR) else "reglen"
        if rule.draft is not None:
            found.append(d.error(first_line(rule.span), f"{noun} `{rule.name}` er et udkast og kan ikke udgives "
                                 f"({rule.draft})", SETTLE, code="R502"))
        elif judged(rule) and unlimited(rule.versions):
            found.append(d.error(first_line(rule.span), f"{noun} `{rule.name}` har ingen gyldighedsperiode og ville "
                                 "blive udgivet som gældende for alle datoer", "skriv `gælder fra <dato>`",
                                 code="R503"))
    return sorted(found, key=d.sort_key)


SETTLE = "fastlæg kilde og ikrafttræden og fjern `udkast`, eller byg uden `--udgivelse`"


def judged(rule) -> bool:
    return isinstance(rule, ir.ExceptionIR) or rule.duty is not None


def unlimited(versions: tuple[ir.Version, ...]) -> bool:
    return len(versions) == 1 and versions[0].start is None and versions[0].end is None


def first_line(span: s.Span) -> s.Span:
    """The first line of a block (where its keyword and name stand)."""
    return s.Span(span.path, span.line, span.column, span.line, span.column + 1)
