"""SQL back end: the rule IR -> one portable sqlglot tree per query, rendered per dialect.

`generate` gives generated/sql/: for each dialect (DIALECTS) the table of cases
(`sager.sql`), the findings (`fund.sql`), the population rows (`population.sql`) and the
focus targets (`fokusmaal.sql`), and a README for data engineers. The trees are built once
from the IR (rules.py, expressions.py); sqlglot renders them. Text from the rules reaches
them only as literals and quoted identifiers.
"""

from __future__ import annotations

import sys

from pathlib import Path

from sqlglot import exp

from ...ir import nodes as ir
from . import layout
from .rules import CASES, FINDING_COLUMNS, PARAMETERS, POPULATION_COLUMNS, FactColumns, RuleQueries

DIALECTS = ("duckdb", "spark")  # rendered and tested; see README.md for others
README = Path(__file__).with_name("README.txt")
HEADER = "-- Genereret af Regelsprog ud fra rules/. Ret ikke i filen: ret reglerne og kør `regel byg`.\n"


def queries(rule_set: ir.RuleSet) -> dict[str, exp.Expression]:
    """The portable trees, by file name."""
    writer = RuleQueries(rule_set)
    return {
        "sager.sql": layout.create_table(rule_set, CASES),
        "fund.sql": writer.findings(),
        "population.sql": writer.population(),
        "fokusmaal.sql": focus_targets(),
    }


# sqlglot renders a tree recursively, a few frames per level: the deepest chain of definitions the
# checker allows nests deeper than Python's default limit (Python frames, not C stack, in 3.11+).
RENDER_RECURSION_LIMIT = 20_000


def render(tree: exp.Expression, dialect: str, last_use: bool = False) -> str:
    """The tree in `dialect`. sqlglot copies the tree first, as a dialect's transforms may change it
    (half of the rendering time); `last_use` says the tree is not needed again, so need not be kept."""
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, RENDER_RECURSION_LIMIT))
    try:
        return tree.sql(dialect=dialect, pretty=True, copy=not last_use) + ";\n"
    finally:
        sys.setrecursionlimit(limit)


def generate(rule_set: ir.RuleSet) -> dict[str, str]:
    """The files of generated/sql/, by relative path."""
    files = {}
    for name, tree in queries(rule_set).items():
        for dialect in DIALECTS:
            files[f"{dialect}/{name}"] = HEADER + render(tree, dialect, last_use=dialect == DIALECTS[-1])
    facts = FactColumns(rule_set).names()
    files["README.md"] = README.read_text(encoding="utf-8").format(
        sager=_columns_table(rule_set), fund=_list(FINDING_COLUMNS + tuple(facts)),
        population=_list(POPULATION_COLUMNS), parametre=PARAMETERS)
    return files


def focus_targets() -> exp.Expression:
    """Numerator, denominator and share per population rule, from the table `population`."""
    def count(group: str) -> exp.Expression:
        return exp.Sum(this=exp.Case(ifs=[exp.If(this=exp.EQ(this=exp.column("gruppe"), expression=exp.Literal.string(
            group)), true=exp.Literal.number(1))], default=exp.Literal.number(0)))
    counted, other, errors = count("tæller"), count("tæller_ikke"), count("datafejl")
    denominator = exp.Add(this=counted.copy(), expression=other.copy())
    return exp.select(
        exp.column("regel"),
        exp.alias_(counted, "taeller"),
        exp.alias_(denominator, "naevner"),
        exp.alias_(errors, "antal_med_datafejl"),
        exp.alias_(exp.Div(this=exp.cast(counted.copy(), "DOUBLE"), expression=exp.Nullif(
            this=denominator.copy(), expression=exp.Literal.number(0))), "andel"),
    ).from_("population").group_by(exp.column("regel"), exp.column("regel_nr")).order_by(exp.column("regel_nr"))


def _columns_table(rule_set: ir.RuleSet) -> str:
    rows = ["| `_nr` | BIGINT | postens nummer i input (1, 2, …); resultaterne har samme rækkefølge |",
            "| `_skaeringsdato` | DATE | tom, eller sagens egen skæringsdato |"]
    for name, sql_type in layout.columns(rule_set):
        rows.append(f"| `{name}` | {sql_type.sql('duckdb')} | |")
    return "\n".join(rows)


def _list(columns) -> str:
    return "\n".join(f"| `{name}` | {sql_type} |" for name, sql_type in columns)
