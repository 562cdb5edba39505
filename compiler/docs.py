"""Documentation back end: a checked Program -> Markdown files and a static HTML site (Jinja2).

Every page is built from the rules' structure (via `danish.py`), never from their
source text. HTML is autoescaped, so nothing in a rule file can inject markup.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import jinja2

from . import syntax as s
from .danish import Renderer, date_text, period_text, words
from .examples import describe_verdict
from .program import Program
from .pynames import ascii_identifier

TEMPLATES = Path(__file__).with_name("templates")


def slug(name: str) -> str:
    return ascii_identifier(name).lower().strip("_")


@dataclass
class ExampleView:
    title: str
    cases: list[tuple[str, list[tuple[str, str]]]]
    expectations: list[tuple[str, str]]


@dataclass
class RuleView:
    name: str
    slug: str
    title: str
    is_exception: bool
    file: str
    topic: str
    provisions: list[tuple[str, str, str]]
    citations: list[tuple[str, str, str]]
    period: str
    deciding_date: Optional[str]
    applies_to: Optional[str]
    obligation: Optional[str]
    description: Optional[str]
    notes: list[tuple[str, list[tuple[str, str, str]]]]
    versions: list[tuple[str, list[tuple[str, str]]]]
    related: list[tuple[str, str]] = field(default_factory=list)  # exceptions to it / rules it excepts
    condition: Optional[str] = None
    covers_from: Optional[str] = None
    examples: list[ExampleView] = field(default_factory=list)


class Site:
    def __init__(self, program: Program):
        self.program = program
        self.text = Renderer(program)
        self.rules = [self.rule_view(r) for r in [*program.rules.values(), *program.exceptions.values()]]
        self.by_name = {view.name: view for view in self.rules}

    # -- views -----------------------------------------------------------------
    def topic(self, path: str) -> str:
        module = next(m for m in self.program.modules if m.path == path)
        for line in module.text.split("\n"):
            if line.startswith("#"):
                return line.lstrip("# ").strip()
        return Path(path).stem

    def citations(self, citations: list[s.Citation]) -> list[tuple[str, str, str]]:
        return [(slug(c.source), self.program.sources[c.source].title, c.locator or "") for c in citations]

    def rule_view(self, rule: s.RuleBase) -> RuleView:
        is_exception = isinstance(rule, s.Exception_)
        view = RuleView(
            name=rule.name, slug=slug(rule.name), title=rule.title or words(rule.name),
            is_exception=is_exception, file=Path(rule.span.path).name, topic=self.topic(rule.span.path),
            provisions=[(p.id, self.program.provisions[p.id].kind, self.program.provisions[p.id].title)
                        for p in rule.provisions],
            citations=self.citations(rule.citations),
            period=period_text(rule.period) if rule.period else ("se versionerne" if rule.versions else "uden tidsbegrænsning"),
            deciding_date=self.text.expr(rule.deciding_date) if rule.deciding_date is not None else None,
            applies_to=None, obligation=None, description=rule.description,
            notes=[(note.text, self.citations(note.citations)) for note in rule.notes],
            versions=[(period_text(v.period), [(words(b.name), self.text.expr(b.value)) for b in v.bindings])
                      for v in rule.versions],
        )
        if is_exception:
            view.condition = self.text.expr(rule.condition) if rule.condition is not None else None
            view.covers_from = self.text.expr(rule.effective_from) if rule.effective_from is not None else None
            view.related = [(slug(t), self.program.rules[t].title or t) for t, _ in rule.targets if t in self.program.rules]
        else:
            view.applies_to = self.text.expr(rule.condition) if rule.condition is not None else None
            view.obligation = self.text.obligation(rule.obligation) if rule.obligation is not None else None
            view.related = [(slug(e.name), e.title or e.name) for e in rule.exceptions]
        view.examples = [self.example_view(rule, example) for example in rule.examples]
        return view

    def example_view(self, rule: s.RuleBase, example: s.Example) -> ExampleView:
        cases = []
        for number, case in enumerate(example.cases, start=1):
            rows = [(words(f.name), "; ".join(self.value(v) for v in f.values)) for f in case.fields]
            cases.append((case.name or ("Sagen" if len(example.cases) == 1 else f"Sag {number}"), rows))
        default = rule.targets[0][0] if isinstance(rule, s.Exception_) and rule.targets else None
        expectations = [
            (date_text(e.date.value), " og ".join(describe_verdict(v, self.rule_title(v.rule or default, rule))
                                                  for v in e.verdicts))
            for e in example.expectations
        ]
        return ExampleView(example.title, cases, expectations)

    def rule_title(self, name: Optional[str], page: s.RuleBase) -> Optional[str]:
        """How an example's verdict names a rule: not at all on the rule's own page."""
        if name is None or name == page.name:
            return None
        other = self.program.rules.get(name) or self.program.exceptions.get(name)
        return f"«{other.title}»" if other is not None and other.title else name

    def value(self, value) -> str:
        if isinstance(value, s.RecordValue):
            return ", ".join(f"{words(name)} {self.value(item)}" for name, _span, item in value.pairs)
        if isinstance(value, s.EnumValue):
            return words(value.name)
        return self.text.expr(value)

    # -- pages -----------------------------------------------------------------
    def topics(self) -> list[tuple[str, list[RuleView]]]:
        """Topics (one per rule file) in the order of the first provision they check;
        files that only document rights and information come last."""
        grouped: dict[str, list[RuleView]] = defaultdict(list)
        for view in self.rules:
            grouped[view.topic].append(view)

        def first_checked(rules: list[RuleView]) -> str:
            checked = [p[0] for view in rules for p in view.provisions if p[1] in ("krav", "population", "undtagelse")]
            return min(checked, default="P99")

        return sorted(grouped.items(), key=lambda item: first_checked(item[1]))

    def sources(self) -> list[dict]:
        result = []
        for source in self.program.sources.values():
            cited = [(view, locator) for view in self.rules for (key, _t, locator) in view.citations
                     if key == slug(source.name)]
            result.append({"slug": slug(source.name), "title": source.title, "date": date_text(source.date.value)
                           if source.date else "", "document": source.document or "", "rules": cited})
        return result

    def timeline(self) -> list[tuple[str, list[tuple[RuleView, str]]]]:
        events: dict[datetime.date, list[tuple[RuleView, str]]] = defaultdict(list)
        for rule in [*self.program.rules.values(), *self.program.exceptions.values()]:
            view = self.by_name[rule.name]
            period = rule.period
            if period and period.start:
                events[period.start.value].append((view, "træder i kraft"))
            if period and period.end:
                events[period.end.value + datetime.timedelta(days=1)].append(
                    (view, f"ophører (gjaldt til og med {date_text(period.end.value)})"))
            versions = sorted((v for v in rule.versions if v.period.start), key=lambda v: v.period.start.value)
            previous = None
            for version in rule.versions:
                if version.period.start is None:
                    previous = version
            for version in versions:
                if previous is None and not (period and period.start):
                    events[version.period.start.value].append((view, "træder i kraft"))
                elif previous is not None:
                    old = {b.name: self.text.expr(b.value) for b in previous.bindings}
                    changes = [f"{words(b.name)} ændres fra {old.get(b.name, '–')} til {self.text.expr(b.value)}"
                               for b in version.bindings if old.get(b.name) != self.text.expr(b.value)]
                    events[version.period.start.value].append((view, "; ".join(changes) or "ny version"))
                previous = version
        return [(date_text(day), events[day]) for day in sorted(events)]

    def coverage(self) -> list[dict]:
        rows = []
        for provision in self.program.provisions.values():
            rules = [self.by_name[r.name] for r in self.program.rules_for(provision.id)]
            rows.append({"id": provision.id, "kind": provision.kind, "title": provision.title, "rules": rules,
                         "examples": sum(len(r.examples) for r in rules)})
        return rows

    def definitions(self) -> list[dict]:
        return [{"slug": slug(d.name), "title": d.title or words(d.name), "name": d.name,
                 "about": d.subject, "text": self.text.expr(d.body)} for d in self.program.definitions.values()]


def _environment(autoescape: bool) -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=autoescape, trim_blocks=True,
        lstrip_blocks=True, keep_trailing_newline=True, undefined=jinja2.StrictUndefined,
    )
    environment.filters["md"] = _markdown_escape
    return environment


def _markdown_escape(text) -> str:
    """Plain text for Markdown: no HTML and no accidental emphasis, links or tables."""
    text = str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    for char in "\\`*_[]|#":
        text = text.replace(char, "\\" + char)
    return text.replace("\n", " ")


def generate(program: Program) -> dict[str, str]:
    """Every documentation file, by path relative to generated/docs/."""
    site = Site(program)
    pages = [
        ("index", "index", {"topics": site.topics(), "sources": site.sources(), "rule_count": len(site.rules),
                            "provision_count": len(program.provisions)}, ""),
        ("tidslinje", "timeline", {"timeline": site.timeline()}, ""),
        ("daekning", "coverage", {"rows": site.coverage()}, ""),
        ("definitioner", "definitions", {"definitions": site.definitions()}, ""),
    ]
    pages += [(f"kilder/{source['slug']}", "source", {"source": source}, "../") for source in site.sources()]
    pages += [(f"regler/{view.slug}", "rule", {"rule": view}, "../") for view in site.rules]
    html, markdown = _environment(True), _environment(False)
    files = {"style.css": (TEMPLATES / "style.css").read_text(encoding="utf-8")}
    for stem, template, context, root in pages:
        files[f"{stem}.html"] = html.get_template(f"{template}.html").render(root=root, page=stem, **context)
        files[f"{stem}.md"] = markdown.get_template(f"{template}.md").render(root=root, page=stem, **context)
    return files


def changelog(changes, old_label: str, new_label: str) -> dict[str, str]:
    """The change-log page (Markdown and HTML) for a release, from `regel diff`'s changes."""
    context = {"changes": changes, "old": old_label, "new": new_label, "root": "", "page": "aendringer"}
    files = {"style.css": (TEMPLATES / "style.css").read_text(encoding="utf-8")}
    files["aendringer.html"] = _environment(True).get_template("changelog.html").render(**context)
    files["aendringer.md"] = _environment(False).get_template("changelog.md").render(**context)
    return files
