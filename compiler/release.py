"""What a release refuses (`regel byg --udgivelse`): anything that is not settled law.

A draft (a rule, an exception or a source marked `udkast`, or a rule citing a draft source)
can be built, tested and measured with `regel konsekvens` like any rule, but is never
published as law. Nor is a rule set without an edition (`regelsæt … udgave …`: the validators' version), nor
a judged rule or an exception without a period of force: it would
be published as in force for every date, which no provision is. The IR says both
(`Rule.draft`, `Source.draft`, `Version`); this module only lists them as Danish errors.
Nor is a placeholder written where a draft mark belongs: a source titled "Kilde ikke
fastlagt" or a rule citing "§ ?" would be published as if it named the law.
"""

from __future__ import annotations

import re

from . import diagnostics as d
from . import syntax as s
from .ir import nodes as ir


def problems(rule_set: ir.RuleSet) -> list[d.Diagnostic]:
    found = []
    if rule_set.edition is None:
        first = next(iter(sorted({p.span.path for p in rule_set.provisions} or {"rules"})))
        found.append(d.error(s.Span(first, 1, 1, 1, 2), "regelsættet har ingen udgave og kan ikke udgives",
                             'skriv `regelsæt "<titel>" udgave "1.0"` i en af regelfilerne', code="R506"))
    for source in rule_set.sources:
        if source.draft is not None:
            found.append(d.error(first_line(source.span), f"kilden `{source.name}` er et udkast og kan ikke udgives"
                                 + (f" ({source.draft})" if source.draft.strip() else ""), SETTLE, code="R501"))
        elif placeholder(source.title):
            found.append(d.error(first_line(source.span), f"kilden `{source.name}` har pladsholderen «{source.title}» "
                                 "som titel", PLACEHOLDER_HINT, code="R504"))
    for rule in [*rule_set.rules, *rule_set.exceptions]:
        noun = "undtagelsen" if isinstance(rule, ir.ExceptionIR) else "reglen"
        if rule.draft is not None:
            found.append(d.error(first_line(rule.span), f"{noun} `{rule.name}` er et udkast og kan ikke udgives "
                                 f"({rule.draft})", SETTLE, code="R502"))
            continue
        if judged(rule) and unlimited(rule.versions):
            found.append(d.error(first_line(rule.span), f"{noun} `{rule.name}` har ingen gyldighedsperiode og ville "
                                 "blive udgivet som gældende for alle datoer", "skriv `gælder fra <dato>`",
                                 code="R503"))
        for citation in rule.citations:
            if citation.locator is not None and placeholder(citation.locator):
                found.append(d.error(first_line(rule.span), f"{noun} `{rule.name}` henviser til kilden "
                                     f"`{citation.source}` med pladsholderen «{citation.locator}»", PLACEHOLDER_HINT,
                                     code="R505"))
    return sorted(found, key=d.sort_key)


# words no real title or section holds, but that a jurist writes while the source is not known
_PLACEHOLDER = re.compile(r"(?<!\w)(ikke fastlagt|fastlægges|ikke kendt|kendes ikke|udfyldes|pladsholder|todo|tbd|"
                          r"fixme|xxx+)(?!\w)|\?|^\W*$", re.IGNORECASE)
PLACEHOLDER_HINT = "skriv den rigtige kilde og det rigtige afsnit; kendes de endnu ikke, så marker reglen eller " \
                   "kilden som `udkast \"kilden er ikke fastlagt\"` (en udgivelse afviser også udkast)"


def placeholder(text: str) -> bool:
    """Does a title or section read as a placeholder ("Kilde ikke fastlagt", "§ ?", "TODO")?"""
    return _PLACEHOLDER.search(text) is not None


SETTLE = "fastlæg kilde og ikrafttræden og fjern `udkast`, eller byg uden `--udgivelse`"


def judged(rule) -> bool:
    return isinstance(rule, ir.ExceptionIR) or rule.duty is not None


def unlimited(versions: tuple[ir.Version, ...]) -> bool:
    return len(versions) == 1 and versions[0].start is None and versions[0].end is None


def first_line(span: s.Span) -> s.Span:
    """The first line of a block (where its keyword and name stand)."""
    return s.Span(span.path, span.line, span.column, span.line, span.column + 1)
