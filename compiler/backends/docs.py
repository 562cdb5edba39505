"""Documentation back end: the rule IR -> Markdown files and a static HTML site (Jinja2).

Every page is built from the IR (worded by `backends/danish.py`), never from the rules'
source text. HTML is autoescaped and every text in a Markdown page goes through the `md`
filter, so nothing in a rule file can inject markup.
"""

from __future__ import annotations

import dataclasses
import datetime
import functools
import importlib.metadata
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator, Optional

import jinja2
from markupsafe import Markup, escape

from .. import runtime
from ..runtime import tjeneste
from . import openapi
from . import python as pyback
from . import whatapplies
from .danish import (Prose, Renderer, capitalized, date_text, dates_text, field_path, field_text, gendered, listed, number,
                     sentence, words)
from . import search
from ..examples import describe_verdict
from ..ir import nodes as ir
from ..pynames import name_key
from ..sourcekinds import SOURCE_KINDS

TEMPLATES = Path(__file__).with_name("templates")


def slug(name: str) -> str:
    """A name as a file name or an anchor: the checker refuses two names of one kind with the
    same key, so no page overwrites another (`Slugregel`, `slugregel`)."""
    return name_key(name)


@dataclass
class Requirement:
    period: Optional[str]  # the version's period of force; None when the rule has one wording
    text: Prose
    anchor: Optional[str] = None  # `version-2022-01-01`: a stable anchor for the version (by its first day)


@dataclass
class Boundary:
    """A day on which a rule starts, changes, stops, or its conditions tell cases apart, with
    the sources that make it so (`ændring`), or the rule's own sources when it names none."""
    day: datetime.date
    what: str
    wording: Optional[Prose]                 # the requirement's wording from that day, when it changes
    citations: list[tuple[str, str, str]]
    explicit: bool                           # the rule names a source for this very day

    @property
    def anchor(self) -> str:
        return day_anchor(self.day)

    @property
    def date(self) -> str:
        return date_text(self.day)


def day_anchor(day: datetime.date) -> str:
    """The stable anchor of a date on the timeline and of a version on a rule's page."""
    return f"dato-{day.isoformat()}"


@dataclass
class Concept:
    slug: str
    title: str
    text: Prose  # "En samtale er «…», når …."


@dataclass
class ExampleView:
    title: str
    fields: list[str]                               # in the order the cases first use them
    cases: list[tuple[str, dict[str, list[str]]]]   # case name -> field -> one line per value
    expectations: list[tuple[str, str]]


@dataclass
class FieldView:
    key: str                  # the JSON key, as a case file writes it
    type: str                 # "en dato (valgfrit)"
    meaning: Optional[str]    # the field's own title in the data model
    role: Optional[str]       # what the data model makes of it: "periodens start", "tidspunktet", …
    rules: list["RuleView"]   # the rules that read it (directly or through a definition)


@dataclass
class RecordView:
    name: str
    slug: str
    title: str
    is_case: bool
    period: Optional[str]     # "fra og med start til og med slut (…)", "på datoen dato"
    fields: list[FieldView]
    used_in: list[str]        # where the record stands: "sagens felt mentor", "sagens liste tilbud"


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
    applies_to: Optional[Prose]
    requirements: list[Requirement]
    description: Optional[str]
    notes: list[tuple[str, list[tuple[str, str, str]]]]
    versions: list[tuple[str, list[tuple[str, str]]]]
    concepts: list[Concept]
    related: list[tuple[str, str]] = field(default_factory=list)  # exceptions to it / rules it excepts
    condition: Optional[Prose] = None  # an exception's: "Undtagelsen gælder, når …. Den omfatter de frister …"
    examples: list[ExampleView] = field(default_factory=list)
    draft: Optional[str] = None      # why it is not settled law (Rule.draft); shown as "Udkast – ikke gældende ret"
    reader_summary: Optional[str] = None             # `kort fortalt`
    formal: dict[str, object] = field(default_factory=dict)   # the formal readings, for the jurist's section
    boundaries: list[Boundary] = field(default_factory=list)
    started: Optional[datetime.date] = None          # the first day of its first version, when it has one
    ended: Optional[datetime.date] = None            # the last day of its last version, when it has one

    @property
    def summary(self) -> Optional[str]:
        """One line for lists: the newest wording of the requirement, else the description; a draft says so first."""
        text = self.description
        if self.requirements:
            newest = self.requirements[-1]
            text = f"{capitalized(newest.period)}: {newest.text.flat}" if newest.period else newest.text.flat
        return f"{DRAFT}: {text or self.draft}" if self.draft is not None else text


def nodes(node, kind) -> Iterator:
    """Every node of a kind (a class or a tuple of classes) in a piece of the IR, parents first."""
    pending = [node]
    while pending:
        node = pending.pop()
        if isinstance(node, kind):
            yield node
        if isinstance(node, (list, tuple)):
            pending.extend(reversed(node))
        elif dataclasses.is_dataclass(node) and not isinstance(node, type):
            pending.extend(getattr(node, name) for name in reversed(_children(type(node))))


@functools.cache
def _children(cls: type) -> tuple[str, ...]:
    """The members of an IR class that can hold nodes (not its source span or type)."""
    return tuple(member.name for member in dataclasses.fields(cls) if member.name not in ("span", "type"))


DRAFT = "Udkast, ikke gældende ret"


def period_of(versions: tuple[ir.Version, ...]) -> str:
    return dates_text(versions[0].start, versions[-1].end)


class Site:
    def __init__(self, rule_set: ir.RuleSet, texts: dict[str, str]):
        self.rs = rule_set
        self.texts = texts
        self.text = Renderer(rule_set, plain=True)
        self.formal = Renderer(rule_set)
        self.all_rules = [*rule_set.rules, *rule_set.exceptions]
        self.rules = [self.rule_view(r) for r in self.all_rules]
        self.by_name = {view.name: view for view in self.rules}

    # -- views -----------------------------------------------------------------
    def topic(self, path: str) -> tuple[str, str]:
        """A rule file's heading and introduction: the first sentence of the comment at its
        top, and the rest of that comment."""
        comment = []
        for line in self.texts.get(path, "").split("\n"):
            if not line.startswith("#"):
                if comment:
                    break
                continue
            comment.append(line.lstrip("# ").strip())
        if not comment:
            return Path(path).stem, ""
        # The first full stop after a letter or a bracket ends the sentence (not the one in `1. januar`).
        heading, *rest = re.split(r"(?:(?<=[^\W\d_])|(?<=\)))\.(?:\s+|$)", " ".join(comment), maxsplit=1)
        return heading.rstrip("."), "".join(rest).strip()

    def citations(self, citations: tuple[ir.Citation, ...]) -> list[tuple[str, str, str]]:
        return [(slug(c.source), self.rs.source(c.source).title, c.locator or "") for c in citations]

    def concept(self, name: str) -> Concept:
        definition = self.rs.definition(name)
        subject = "sag" if definition.subject == self.rs.case_record else definition.subject.lower()
        text = sentence(Prose(f"{gendered(subject, 'En', 'Et')} {subject} er {self.text.concept(name)}, når ").joined(
            "", self.text.condition(definition.body, "når")))
        return Concept(slug(name), definition.title or words(name), text)

    def definitions_used(self, rule) -> list[str]:
        """The definitions a rule reads, directly or through other definitions, in order of use."""
        found: list[str] = []
        duty = rule.duty.terms if isinstance(getattr(rule, "duty", None), ir.Duty) else getattr(rule, "duty", None)
        parts = [duty, rule.applies_when, rule.deciding_date] if isinstance(rule, ir.Rule) \
            else [rule.condition, rule.covers, rule.deciding_date]
        pending = [parts]
        while pending:
            for ref in nodes(pending.pop(0), ir.DefinitionRef):
                if ref.name not in found:
                    found.append(ref.name)
                    pending.append(self.rs.definition(ref.name).body)
        return found

    def requirements(self, rule, text: Optional[Renderer] = None) -> list[Requirement]:
        """The requirement in words, once per version when the versions word it differently."""
        if not isinstance(rule, ir.Rule) or rule.duty is None:
            return []
        text = text or self.text
        worded = [Requirement(dates_text(v.start, v.end), text.duty(rule.duty, dict(v.values)),
                              f"version-{v.start.isoformat()}" if v.start else None)
                  for v in rule.versions]
        if len({r.text for r in worded}) > 1:
            return worded
        return [Requirement(None, worded[0].text)]

    def period(self, rule) -> str:
        """The period of force after "gælder": a draft is not in force, and a rule without `gælder`
        says that it names no date rather than that it has no limit."""
        if rule.draft is not None:
            return "ikke (udkast, ikke gældende ret)"
        if len(rule.versions) == 1 and rule.versions[0].start is None and rule.versions[0].end is None:
            return "uden dato for ikrafttræden (reglen angiver ingen)"
        if len(rule.versions) > 1:
            return f"{period_of(rule.versions)}, i {len(rule.versions)} versioner"
        return period_of(rule.versions)

    def deciding_date(self, rule, text: Optional[Renderer] = None) -> Optional[str]:
        """Which date picks the version; an item's own field reads `slut for det enkelte tilbud`."""
        expr = rule.deciding_date
        if isinstance(expr, ir.JudgingDay) or (expr is None and isinstance(rule, ir.ExceptionIR)):
            bounded = len(rule.versions) > 1 or rule.versions[0].start or rule.versions[0].end
            return "den dag, kravet vurderes for (fx samtalens dato eller fristen)" if bounded else None
        if expr is None:
            return None
        text = (text or self.text).expr(expr)
        path = field_path(expr)
        if path is not None and _reads_item(expr) and isinstance(rule.duty, ir.Duty):
            noun = self.text.noun(rule.duty.terms.items)
            text = f"{text} for {gendered(noun, 'den', 'det')} enkelte {noun}"
        return text

    def rule_view(self, rule) -> RuleView:
        is_exception = isinstance(rule, ir.ExceptionIR)
        values = isinstance(rule, ir.Rule) and any(v.values for v in rule.versions)
        view = RuleView(
            name=rule.name, slug=slug(rule.name), title=rule.title or words(rule.name),
            is_exception=is_exception, file=Path(rule.span.path).name, topic=self.topic(rule.span.path)[0],
            provisions=[(p, self.rs.provision(p).kind, self.rs.provision(p).title) for p in rule.provisions],
            citations=self.citations(rule.citations),
            period=self.period(rule),
            deciding_date=self.deciding_date(rule),
            applies_to=None, requirements=self.requirements(rule), description=rule.description,
            notes=[(note.text, self.citations(note.citations)) for note in rule.notes],
            versions=[(dates_text(v.start, v.end), [(words(name), self.text.expr(value)) for name, value in v.values],
                       f"vaerdier-{v.start.isoformat()}" if v.start else None)
                      for v in rule.versions] if values else [],
            concepts=[self.concept(name) for name in self.definitions_used(rule)],
            draft=rule.draft,
            reader_summary=rule.reader_summary,
            started=rule.versions[0].start,
            ended=rule.versions[-1].end,
        )
        formal = {"requirements": self.requirements(rule, self.formal),
                  "deciding_date": self.deciding_date(rule, self.formal),
                  "applies_to": None, "condition": None, "coverage": None}
        if is_exception:
            view.condition = sentence(Prose("undtagelsen gælder, når ").joined("", self.text.condition(rule.condition, "når")))
            coverage = self.text.coverage(rule.covers)
            if coverage is not None:
                view.condition = view.condition.then(sentence(Prose("den omfatter de frister og perioder, der udløber ")
                                                              .joined("", coverage)))
            view.related = [(slug(t), self.rs.rule(t).title) for t in rule.targets]
            formal.update(condition=self.formal.expr(rule.condition),
                          coverage=rule.covers and self.formal.coverage(rule.covers).flat)
        else:
            view.applies_to = self.text.cases(rule.applies_when)
            view.related = [(slug(e), self.rs.exception(e).title) for e in rule.exceptions]
            formal["applies_to"] = self.formal.cases(rule.applies_when).flat
        view.formal = formal
        view.examples = [self.example_view(rule, example) for example in rule.examples]
        view.boundaries = self.boundaries(rule, view)
        return view

    def boundaries(self, rule, view: RuleView) -> list[Boundary]:
        """Every day on which the rule starts, changes its numbers, stops, or its conditions tell
        cases apart, each with its source: the rule's `ændring` for that day, else its own sources."""
        named = {b.date: self.citations(b.citations) for b in rule.boundary_sources}
        versions = rule.versions
        duty = rule.duty if isinstance(rule, ir.Rule) else None
        wordings = [self.text.duty(duty, dict(v.values)) if duty is not None else None for v in versions]
        draft = " (udkast, ikke gældende ret)" if rule.draft is not None else ""
        found: list[tuple[datetime.date, str, Optional[str]]] = []
        if versions[0].start:
            found.append((versions[0].start, "træder i kraft" + draft, wordings[0] if len(versions) > 1 else None))
        for previous, version, wording in zip(versions, versions[1:], wordings[1:]):
            found.append((version.start, self.version_change(previous, version), wording))
        if versions[-1].end:
            found.append((versions[-1].end + datetime.timedelta(days=1),
                          f"ophører (gjaldt til og med {date_text(versions[-1].end)}){draft}", None))
        conditions = [rule.applies_when, duty.terms if isinstance(duty, ir.Duty) else duty] \
            if isinstance(rule, ir.Rule) else [rule.condition]
        dated = {(side.value, self.text.expr(compare)) for compare in nodes(conditions, ir.Compare)
                 for side in (compare.left, compare.right)
                 if isinstance(side, ir.Const) and isinstance(side.value, datetime.date)}
        found += [(day, f"reglens betingelser skelner ved denne dato ({text})", None) for day, text in sorted(dated)]
        return [Boundary(day, what, wording, named.get(day, view.citations), day in named)
                for day, what, wording in found]

    def example_view(self, rule, example: ir.Example) -> ExampleView:
        fields: list[str] = []
        cases = []
        for number_, (case, name) in enumerate(zip(example.cases, example.case_names), start=1):
            values = {}
            for key, value in case.items():
                if key == "id":
                    continue
                label = words(key)
                if label not in fields:
                    fields.append(label)
                declared = self.rs.case.field(key)
                items = value if isinstance(value, list) else [value]
                values[label] = [self.value(declared, item) for item in items]
            cases.append((name or ("Sagen" if len(example.cases) == 1 else f"Sag {number_}"), values))
        expectations = [(date_text(e.date), self.verdicts(e.verdicts, rule)) for e in example.expectations]
        return ExampleView(example.title, fields, cases, expectations)

    def rule_title(self, name: str, page) -> Optional[str]:
        """How an example's verdict names a rule: not at all on the rule's own page."""
        if name == page.name:
            return None
        other = next((r for r in self.all_rules if r.name == name), None)
        return other.title if other is not None and other.title else name

    def verdicts(self, verdicts, page) -> str:
        """An example's verdicts on one day; those about another rule are headed by its title
        once (`Første samtale …: undtaget og ingen overtrædelse`)."""
        groups: dict[Optional[str], list[str]] = {}
        for verdict in verdicts:
            groups.setdefault(self.rule_title(verdict.rule, page), []).append(describe_verdict(verdict, None))
        return "; ".join(f"{title}: {' og '.join(texts)}" if title else " og ".join(texts)
                         for title, texts in groups.items())

    def value(self, declared: ir.Field, value) -> str:
        """A value of an example case, as the documentation shows it."""
        t = declared.type
        if t.kind in ("record", "list"):
            record = self.rs.record(t.name)
            return ", ".join(f"{words(key)} {self.value(record.field(key), item)}" for key, item in value.items())
        if isinstance(value, bool):
            return "ja" if value else "nej"
        if t.kind == "enum":
            return words(value)
        if t.kind == "date":
            return date_text(datetime.date.fromisoformat(value))
        if t.kind == "text":
            return f"«{value}»"
        if t.kind == "percent":
            return f"{number(round(value * 100, 6))} pct."
        unit = {"hours": " timer", "amount": " kr."}.get(t.kind, "")
        return f"{number(value)}{unit}"

    # -- pages -----------------------------------------------------------------
    def topics(self) -> list[tuple[str, str, list[RuleView]]]:
        """Topics (one per rule file: heading, introduction, rules) in the order of the first
        provision they check; files that only document rights and information come last."""
        grouped: dict[str, list[RuleView]] = defaultdict(list)
        for rule in self.all_rules:
            grouped[rule.span.path].append(self.by_name[rule.name])

        def first_checked(rules: list[RuleView]) -> str:
            checked = [p[0] for view in rules for p in view.provisions if p[1] in ("krav", "population", "undtagelse")]
            return min(checked, default="P99")

        return [(*self.topic(path), rules) for path, rules in sorted(grouped.items(), key=lambda i: first_checked(i[1]))]

    def sources(self) -> list[dict]:
        result = []
        for source in self.rs.sources:
            key = slug(source.name)
            cited = []
            for view in self.rules:
                uses = [(locator, "") for (k, _t, locator) in view.citations if k == key]
                uses += [(locator, "i en note") for _text, citations in view.notes
                         for (k, _t, locator) in citations if k == key]
                uses += [(locator, f"ved ændringen {b.date}") for b in view.boundaries if b.explicit
                         for (k, _t, locator) in b.citations if k == key]
                cited += [(view, locator, role) for locator, role in dict.fromkeys(uses)]
            kind, weight = SOURCE_KINDS.get(source.kind, (None, None))
            result.append({"slug": slug(source.name), "title": source.title, "date": date_text(source.date),
                           "document": source.document or "", "url": source.url or "", "rules": cited,
                           "draft": source.draft, "kind": kind, "kind_weight": weight, "weight": source.weight})
        return result

    def timeline(self) -> list[tuple[datetime.date, list[tuple[RuleView, Boundary]]]]:
        """Every date on which a rule starts, stops, changes its numbers or its conditions tell
        cases apart, with the rules and the source of each change."""
        events: dict[datetime.date, list[tuple[RuleView, Boundary]]] = defaultdict(list)
        for view in self.rules:
            for boundary in view.boundaries:
                events[boundary.day].append((view, boundary))
        return [(day, sorted(events[day], key=lambda e: (e[0].provisions[0][0], e[0].title))) for day in sorted(events)]

    def version_change(self, previous: ir.Version, version: ir.Version) -> str:
        old = {name: self.text.expr(value) for name, value in previous.values}
        changes = [f"{words(name)} ændres fra {old.get(name, '–')} til {self.text.expr(value)}"
                   for name, value in version.values if old.get(name) != self.text.expr(value)]
        return "; ".join(changes) or "ny version"

    def by_benefit(self) -> list[dict]:
        """For each benefit (`ydelse`): the rules whose condition can hold for a case on it, by
        provision, so a caseworker finds everything that applies to, say, dagpenge; the rules
        that have ended ("Ophævet") apart, and a timeline of them all."""
        result = []
        for value in self.rs.benefit_values:
            rules = [self.by_name[rule.name] for rule in self.all_rules if rule.benefits is None or value in rule.benefits]
            rules.sort(key=lambda view: (view.provisions[0][0], view.title))
            result.append({"slug": slug(value), "name": capitalized(words(value)),
                           "current": [view for view in rules if view.ended is None],
                           "ended": [view for view in rules if view.ended is not None],
                           "timeline": timeline_chart(slug(value), rules)})
        return result

    def coverage(self) -> list[dict]:
        rows = []
        for provision in self.rs.provisions:
            rules = [self.by_name[r.name] for r in self.all_rules if provision.id in r.provisions]
            rows.append({"id": provision.id, "kind": provision.kind, "title": provision.title, "rules": rules,
                         "examples": sum(len(r.examples) for r in rules)})
        return rows

    def search_entries(self) -> list[dict]:
        """What the search finds: every rule and exception, concept and source, by title, with
        the plain-Danish text of its page: a rule's with its provisions' registry titles and its
        examples' titles (`adresse` from the site's root; `md` for Markdown)."""
        entries = []
        for view in self.rules:
            kind = "Undtagelse" if view.is_exception else "Regel"
            texts = [r.text.flat for r in view.requirements] + [
                view.description or "", view.applies_to.flat if view.applies_to else "",
                view.condition.flat if view.condition else "", view.topic]
            texts += [text for p in view.provisions for text in (p[0], p[2])] + [c.title for c in view.concepts]
            texts += [n[0] for n in view.notes] + [e.title for e in view.examples]
            summary = view.reader_summary or view.summary or ""
            entries.append({**search.entry(f"{kind} · {', '.join(p[0] for p in view.provisions)}", view.title,
                                           f"regler/{view.slug}.html", summary, *texts), "md": f"regler/{view.slug}.md"})
        for concept in (self.concept(d.name) for d in self.rs.definitions):
            entries.append({**search.entry("Begreb", concept.title, f"definitioner.html#{concept.slug}", concept.text.flat),
                            "md": "definitioner.md"})
        for source in self.sources():
            entries.append({**search.entry("Kilde", source["title"], f"kilder/{source['slug']}.html",
                                           source["kind"] or "", source["weight"] or "", source["kind_weight"] or ""),
                            "md": f"kilder/{source['slug']}.md"})
        return sorted(entries, key=lambda e: (search.fold(e["titel"]), e["adresse"]))

    def definitions(self) -> list[tuple[Concept, list[RuleView]]]:
        users: dict[str, list[RuleView]] = defaultdict(list)
        for view in self.rules:
            for concept in view.concepts:
                users[concept.slug].append(view)
        concepts = [self.concept(d.name) for d in self.rs.definitions]
        return [(concept, users[concept.slug]) for concept in concepts]


    def fields_read(self, rule) -> set[tuple[str, str]]:
        """The (record, field) pairs a rule reads: in its own expressions, in the definitions it
        uses, and the dates its item queries read (an item's moment and end)."""
        parts = [rule, [self.rs.definition(name).body for name in self.definitions_used(rule)]]
        found = set()
        for node in nodes(parts, (ir.FieldOf, ir.MaybeFieldOf, ir.ItemQuery, ir.WithinAnyPeriod, ir.ItemKind)):
            if isinstance(node, ir.ItemQuery):
                found.add((self.rs.case_record, node.list_field))
            elif isinstance(node, ir.WithinAnyPeriod):
                found.update((node.items.type.name, name) for name in (node.start, node.end))
            elif isinstance(node, ir.ItemKind):
                found.update((node.record, name) for name in (node.moment, node.period_end) if name is not None)
            else:
                found.add((node.record.type.name, node.field))
        if self.rs.tests_benefit(rule):
            found.add((self.rs.case_record, self.rs.benefit_field))  # its condition on the benefit, lowered to the table
        return found

    def case_data(self) -> list[RecordView]:
        """The data model for a reader of the case files: the case first, then each record it holds."""
        readers: dict[tuple[str, str], list[RuleView]] = defaultdict(list)
        for rule in self.all_rules:
            for pair in sorted(self.fields_read(rule)):
                readers[pair].append(self.by_name[rule.name])
        case = self.rs.record(self.rs.case_record)
        holders: dict[str, list[str]] = defaultdict(list)
        for declared in case.fields:
            if declared.type.kind in ("record", "list"):
                holders[declared.type.name].append(
                    f"sagens {'liste' if declared.type.kind == 'list' else 'felt'} {declared.name}")
        records = [case, *(r for r in self.rs.records if r.name != case.name)]
        return [RecordView(
            name=record.name, slug=slug(record.name), title=record.title or words(record.name),
            is_case=record is case, period=self.record_period(record),
            fields=[FieldView(f.name, field_text(f), f.title, self.field_role(record, f),
                              sorted(readers.get((record.name, f.name), []), key=lambda v: (v.provisions[0][0], v.title)))
                    for f in record.fields],
            used_in=holders.get(record.name, [])) for record in records]

    def record_period(self, record: ir.Record) -> Optional[str]:
        kind = record.kind
        if record.name == self.rs.case_record and record.period_in_order is not None:
            start, end = record.period_in_order
            return (f"forløbet varer fra og med {start} til og med {end}; er {end} ikke angivet, kører forløbet "
                    f"stadig. En sag, hvor {end} ligger før {start}, er ikke en gyldig sag")
        if kind is None:
            return None
        if kind.period_end is None:
            return f"sker på datoen {kind.moment}"
        return (f"perioden varer fra og med {kind.moment} til og med {kind.period_end}; er {kind.period_end} ikke "
                f"angivet, varer den stadig. Ligger {kind.period_end} før {kind.moment}, er det en datafejl for de regler, "
                "der læser perioden")

    def field_role(self, record: ir.Record, declared: ir.Field) -> Optional[str]:
        kind = record.kind
        if kind is not None and kind.period_end is None and declared.name == kind.moment:
            return "tidspunktet"
        start, end = record.period_in_order or ((kind.moment, kind.period_end) if kind is not None else (None, None))
        if declared.name == start:
            return "periodens start"
        if declared.name == end:
            return "periodens slut"
        if declared.name == self.rs.benefit_field and record.name == self.rs.case_record:
            return "afgør, hvilke regler der gælder for sagen"
        return None
CHART = {"left": 64, "width": 640, "row": 20, "top": 26}  # the benefit timeline's geometry, in SVG units


def timeline_chart(key: str, rules: list[RuleView]) -> Optional[dict]:
    """A benefit's timeline as an SVG drawing: one bar per dated rule over the years its
    boundaries span, a numbered mark at each boundary, and the legend (date, what happens,
    sources) that the numbers refer to. None when no rule has a date."""
    dated = [view for view in rules if view.boundaries]
    if not dated:
        return None
    days = sorted({b.day for view in dated for b in view.boundaries})
    first, last = datetime.date(days[0].year, 1, 1), datetime.date(days[-1].year + 2, 1, 1)
    span = (last - first).days
    left, width = CHART["left"], CHART["width"] - CHART["left"] - 8

    def x(day: Optional[datetime.date], default: float) -> float:
        return default if day is None else round(left + width * (day - first).days / span, 1)

    numbers = {day: number_ for number_, day in enumerate(days, start=1)}
    rows = []
    for index, view in enumerate(dated):
        y = CHART["top"] + index * CHART["row"]
        end = view.ended + datetime.timedelta(days=1) if view.ended else None
        rows.append({"y": y, "label": view.provisions[0][0], "title": view.title, "ended": view.ended is not None,
                     "x1": x(view.started, left), "x2": x(end, left + width),
                     "marks": [{"x": x(b.day, left), "n": numbers[b.day]} for b in view.boundaries]})
    years = [{"x": x(datetime.date(year, 1, 1), left), "label": str(year)} for year in range(first.year, last.year)]
    legend = [{"n": numbers[day], "day": day, "date": date_text(day), "anchor": day_anchor(day),
               "events": [(view, b) for view in dated for b in view.boundaries if b.day == day]} for day in days]
    return {"id": f"tidslinje-{key}", "rows": rows, "years": years, "legend": legend,
            "width": CHART["width"], "height": CHART["top"] + len(rows) * CHART["row"] + 4,
            "top": CHART["top"], "bottom": CHART["top"] + len(rows) * CHART["row"]}


def _reads_item(expr: ir.Expr) -> bool:
    return any(True for _ in nodes(expr, ir.Item))


VERDICTS = [  # the words the examples and the validators use for a verdict (DESIGN.md "Verdicts")
    ("ingen overtrædelse", "Reglen finder intet brud på kravet i sagen pr. datoen."),
    ("overtrædelse", "Kravet er ikke overholdt, og fristen eller perioden er passeret."),
    ("frist <dato>", "Kravet er endnu ikke opfyldt, men fristen er ikke passeret: det skal ske senest på datoen."),
    ("datafejl", "En oplysning, som reglen skal bruge, mangler i sagen; reglen kan ikke afgøres."),
    ("undtaget", "En undtagelse slår kravet fra for sagen."),
    ("opfyldt / ikke opfyldt med andel", "For mål, der gælder hele sagsbestanden: andelen af sager, der "
     "opfylder målet, sammenlignet med det krævede."),
]


def date_counting() -> list[tuple[str, str]]:
    """How dates are counted (semantics.md), with examples computed by the validators' own runtime."""
    day, week = datetime.timedelta(days=1), datetime.timedelta(days=7)
    months = runtime.plus_maaneder
    start = datetime.date(2023, 2, 1)
    first_contact = datetime.date(2023, 1, 2)
    absence = datetime.date(2023, 1, 2)
    evaluation = datetime.date(2024, 5, 1)
    d = date_text
    return [
        ("Skæringsdatoen", "En sag vurderes altid pr. en bestemt dato, skæringsdatoen. Hændelser efter den, fx en "
         "samtale der er booket til næste uge, er endnu ikke sket og tæller ikke."),
        ("«senest 1 uge efter»", f"Fristen er datoen plus 7 dage: efter første henvendelse {d(first_contact)} er "
         f"fristen {d(first_contact + week)}. Sker hændelsen på selve fristdagen, er den rettidig. Dage og uger er "
         "kalenderdage."),
        ("Måneder", "Måneder er kalendermåneder. Findes dagen ikke i måneden, bruges månedens sidste dag: "
         f"{d(datetime.date(2023, 1, 31))} + 1 måned = {d(months(datetime.date(2023, 1, 31), 1))}, og "
         f"{d(datetime.date(2023, 8, 31))} + 6 måneder = {d(months(datetime.date(2023, 8, 31), 6))}. "
         "Et år er 12 måneder."),
        ("«inden for de første 6 måneder»", "Perioden begynder på forløbets første dag og slutter dagen før datoen "
         f"6 måneder senere: for et forløb fra {d(start)} er det til og med {d(months(start, 6) - day)}. "
         "Periodens sidste dag er fristen."),
        ("«inden for den første måned»", f"For et forløb fra {d(datetime.date(2023, 1, 31))} slutter den første "
         f"måned {d(months(datetime.date(2023, 1, 31), 1) - day)}, dagen før datoen 1 måned senere."),
        ("«perioden fra 3 måneder til 6 måneder efter»", "Perioden begynder, hvor de første 3 måneder sluttede: for "
         f"et forløb fra {d(start)} er det {d(months(start, 3))} til og med {d(months(start, 6) - day)}. "
         "Står der «til og med», er den sidste dag medregnet."),
        ("«de første 8 uger efter første fraværsdag»", "Det svarer til udgangen af den 8. sygefraværsuge: med "
         f"første fraværsdag {d(absence)} er sidste dag {d(absence + 8 * week - day)}."),
        ("«de seneste 12 måneder»", "Fra dagen efter datoen 12 måneder før skæringsdatoen til og med "
         f"skæringsdatoen: pr. {d(evaluation)} er det {d(months(evaluation, -12) + day)} til og med "
         f"{d(evaluation)}. Et tilbud tæller med, hvis det ligger helt eller delvist i perioden."),
        ("Et antal i en periode", "Et krav som «mindst 4 samtaler» afgøres, når periodens sidste dag er "
         "passeret, og kun hvis forløbet stadig kørte på den dag, ligesom en frist kun skyldes, hvis forløbet "
         f"kørte på fristen. De første 6 måneder af et forløb fra {d(start)} slutter {d(months(start, 6) - day)}; "
         f"et forløb, der sluttede {d(months(start, 6) - 2 * day)}, skylder ikke samtalerne, men et forløb, der "
         f"sluttede {d(months(start, 6) - day)}, gør. Indtil periodens sidste dag er passeret, vises kravet som en "
         "kommende frist med antallet indtil nu."),
        ("Varighed", f"Et tilbud fra {d(start)} må «højst vare 4 uger» til og med {d(start + 4 * week - day)} og "
         f"«højst 4 måneder» til og med {d(months(start, 4) - day)}; start- og slutdag tæller begge med."),
        ("Pause mellem tilbud", "Pausen regnes fra det forrige tilbuds slutdato. Med højst 4 måneders pause efter "
         f"et tilbud, der sluttede {d(datetime.date(2022, 2, 28))}, skal det næste begynde senest "
         f"{d(months(datetime.date(2022, 2, 28), 4))}. Et tilbud uden slutdato giver ingen pause, og tilbud, der "
         "overlapper, regnes som én periode: pausen begynder, når det sidste af dem slutter."),
        ("«den første samtale»", "Den tidligste efter dato. Er der flere samme dag, vides det ikke, hvilken der "
         "kom først; opfylder en af dem kravet (fx fremmøde), er kravet opfyldt."),
        ("Frister, der ikke er nået", "Er fristen ikke passeret på skæringsdatoen, er der ingen overtrædelse; "
         "fristen vises som det, der skal ske næste gang. Et forløb, der sluttede før fristen, skylder intet."),
        ("Lovændringer", "Hver regel siger, hvilken dato der afgør, hvilken version der gælder (fx forløbets start, "
         "samtalens dato eller det forrige tilbuds slutdato). En sag, der strækker sig over en lovændring, "
         "vurderes efter den gamle regel på den ene side og den nye på den anden. Gælder ingen version på den "
         "dato, gælder reglen ikke."),
        ("Undtagelser", "En undtagelse slår et krav fra, når dens betingelse er opfyldt. Begge reglers sider linker "
         "til hinanden. En fritagelse fra en bestemt dato omfatter de frister, der er den dag eller senere: "
         "fristen for en hændelse, periodens sidste dag for et antal og hændelsens egen dato for et krav til den."),
    ]


@functools.cache  # one per process: its templates are compiled once (a preview renders one page at a time)
def _environment(autoescape: bool) -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=autoescape, trim_blocks=True,
        lstrip_blocks=True, keep_trailing_newline=True, undefined=jinja2.StrictUndefined,
    )
    environment.filters["md"] = _markdown_escape
    environment.filters["prose"] = prose_html if autoescape else prose_markdown
    environment.filters["capitalize_first"] = capitalized
    environment.filters["listed"] = listed
    return environment


# What would make a text that begins a line (or a list item) a list, a rule or a heading underline.
_LINE_START = re.compile(r"^(?:([-+])(?=\s|$)|([-=])(?=[-=\s]*$)|(\d{1,9})(?=[.)](?:\s|$)))")


def _markdown_escape(text) -> str:
    """Plain text for Markdown, wherever it stands: no HTML (entities instead), and no emphasis,
    code, links, images, tables, headings or lists made by the text's own characters."""
    text = " ".join(str(text).split())  # one line: no indented code block, no block break
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = re.sub(r"([\\`*_\[\]|#~])", r"\\\1", text)
    return _LINE_START.sub(lambda m: f"{m.group(3)}\\" if m.group(3) else f"\\{m.group(0)}", text)


def prose_html(prose: Prose, capital: bool = False) -> Markup:
    """Prose as HTML, every text escaped: the text, its list as a <ul> of its items, the next
    paragraph as a <p> (a <div> when it holds a list). Prose with a list therefore stands in a
    <div>, <dd> or <li>, never in a <p> (the templates pick the element by `Prose.lists`)."""
    prose = prose.capitalized() if capital else prose
    html = escape(prose.text)
    if prose.items:
        html += Markup("<ul>%s</ul>") % Markup("").join(Markup("<li>%s</li>") % prose_html(item) for item in prose.items)
    if prose.rest is not None:
        html += Markup("<%s>%s</%s>") % ("div" if prose.rest.lists else "p", prose_html(prose.rest),
                                         "div" if prose.rest.lists else "p")
    return html


def prose_markdown(prose: Prose, capital: bool = False, indent: int = 0) -> str:
    """Prose as Markdown, every text escaped (`_markdown_escape`): its list as `- ` lines, indented
    by `indent` (the width of the list item the text stands in, if any), an item's own list two
    more; the next paragraph after an empty line."""
    prose = prose.capitalized() if capital else prose
    text = _markdown_escape(prose.text)
    for item in prose.items:
        text += f"\n{' ' * indent}- {prose_markdown(item, indent=indent + 2)}"
    if prose.rest is not None:
        text += f"\n\n{' ' * indent}{prose_markdown(prose.rest, indent=indent)}"
    return text


def stamp(site: Site) -> dict[str, str]:
    """The rule set's version and build, for every footer and printout: the jurists' edition, the
    start of the rule files' SHA-256 (the package's `REGELSAET`), the latest day on which a rule
    changes, and the Regelsprog that built the pages. No clock is read: the same rules give the
    same pages. Made by the compiler (digits, full stops and hex) but for the rule set's title,
    which the jurists wrote: the templates escape it."""
    days = [b.day for view in site.rules for b in view.boundaries]
    try:
        built_with = importlib.metadata.version("regelsprog")
    except importlib.metadata.PackageNotFoundError:
        built_with = "ukendt version"
    return {"title": site.rs.title or "", "edition": site.rs.edition or "", "version": (site.rs.content_hash or "")[:12],
            "latest": date_text(max(days)) if days else "", "built_with": built_with}


def generate(rule_set: ir.RuleSet, texts: dict[str, str],
             changes: Optional[tuple[list, str, str]] = None) -> dict[str, str]:
    """Every documentation file, by path relative to generated/docs/. `texts` are the rule files
    (their opening comments head the topics). For a release, `changes` (`regel diff`'s changes
    with the labels of the two versions) adds the change-log page."""
    site = Site(rule_set, texts)
    files = _render(_pages(site, changes), {"in_site": True, "with_changes": changes is not None, "stamp": stamp(site)})
    return {**files, **_assets(site)}


def _assets(site: Site) -> dict[str, str]:
    """The files beside the pages: the search's script and index, and the scripts and style sheet
    of the page «Hvad gælder for mig?»."""
    index = search.index_script([{k: v for k, v in e.items() if k != "md"} for e in site.search_entries()])
    return {"soeg.js": (TEMPLATES / "soeg.js").read_text(encoding="utf-8"), "soegeindeks.js": index,
            **whatapplies.files(site)}


def page(site: Site, path: str) -> Optional[str]:
    """One file of the site (`regler/foerste_samtale.html`, `style.css`, `soeg.js`), made alone,
    as `generate` would write it: for a live preview, in which the search and «Hvad gælder for
    mig?» work as in the built site. None for a path the site does not have."""
    if path == "style.css":
        return (TEMPLATES / "style.css").read_text(encoding="utf-8")
    stem, dot, suffix = path.rpartition(".")
    wanted = [entry for entry in _pages(site, None) if entry[0] == stem and dot and suffix in ("html", "md")]
    if wanted:
        return _render(wanted, {"in_site": True, "with_changes": False, "stamp": stamp(site)})[path]
    return _assets(site).get(path) if suffix in ("js", "css") else None


Page = tuple[str, str, Callable[[], dict], str]  # path without suffix, template, its context (made when rendered), root


def _pages(site: Site, changes: Optional[tuple[list, str, str]]) -> list[Page]:
    rule_set = site.rs
    sources, benefits = functools.cache(site.sources), functools.cache(site.by_benefit)
    pages: list[Page] = [
        ("index", "index", lambda: {"topics": site.topics(), "sources": sources(), "rule_count": len(site.rules),
                                    "provision_count": len(rule_set.provisions), "dates": date_counting(),
                                    "verdicts": VERDICTS}, ""),
        ("tidslinje", "timeline", lambda: {"timeline": site.timeline()}, ""),
        ("daekning", "coverage", lambda: {"rows": site.coverage()}, ""),
        ("ydelser", "benefits", lambda: {"benefits": benefits()}, ""),
        ("definitioner", "definitions", lambda: {"definitions": site.definitions()}, ""),
        ("tjeneste", "service", lambda: service_page(rule_set), ""),
        (whatapplies.PAGE, "whatapplies", lambda: {"fields": whatapplies.inputs(rule_set),
                                                   "lists": whatapplies.item_lists(rule_set),
                                                   "benefits": [(b["slug"], b["name"]) for b in benefits()]}, ""),
        ("oplysninger", "casedata", lambda: {"records": site.case_data()}, ""),
        ("soeg", "soeg", lambda: {"entries": site.search_entries()}, ""),
    ]
    pages += [(f"kilder/{slug(source.name)}", "source",
               lambda key=slug(source.name): {"source": next(s for s in sources() if s["slug"] == key)}, "../")
              for source in rule_set.sources]
    pages += [(f"regler/{view.slug}", "rule", lambda view=view: {"rule": view}, "../") for view in site.rules]
    if changes is not None:
        pages.append(_changelog_page(*changes, pages={view.name: view.slug for view in site.rules}))
    return pages


def service_page(rule_set: ir.RuleSet) -> dict:
    """The integrators' page on the HTTP service: its addresses, limits and error codes (from the
    runtime's own tables) and a request with the rules' first example case."""
    example = openapi.example_case(rule_set)
    text = json.dumps(example, ensure_ascii=False, indent=2) if example is not None else None
    longest = max((len(run) for run in re.findall(r"`+", text or "")), default=0)
    return {"package": pyback.PACKAGE, "api_version": pyback.API_VERSION, "addresses": tjeneste.ADRESSER,
            "codes": [(code, status, title) for code, (status, title) in tjeneste.FEJLKODER.items()],
            "limits": {"krop": tjeneste.MAKS_KROP, "bestand": tjeneste.MAKS_BESTAND, "tid": tjeneste.TIDSGRAENSE,
                       "inaktiv": tjeneste.INAKTIV, "forbindelser": tjeneste.MAKS_FORBINDELSER},
            "example": text, "fence": "`" * max(3, longest + 1), "example_date": _example_date(example)}


def _example_date(example: Optional[dict]) -> str:
    """A skæringsdato for the page's example request: 1 January of the year after the case's
    first date (any date in the validators' years would do)."""
    years = sorted(int(value[:4]) for value in (example or {}).values() if isinstance(value, str)
                   and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value))
    return f"{years[0] + 1}-01-01" if years else "2024-01-01"


def changelog(changes, old_label: str, new_label: str) -> dict[str, str]:
    """The change-log page on its own (Markdown and HTML, no site navigation), from `regel diff`."""
    return _render([_changelog_page(changes, old_label, new_label)], {"in_site": False, "with_changes": True,
                                                                       "stamp": None})


def _changelog_page(changes, old_label: str, new_label: str, pages: Optional[dict[str, str]] = None):
    """Each change with the slug of its rule's page, when the page is in the site."""
    entries = [(change.text, (pages or {}).get(change.rule)) for change in changes]
    return "aendringer", "changelog", lambda: {"changes": entries, "old": old_label, "new": new_label}, ""


def _render(pages: list[Page], shared: dict) -> dict[str, str]:
    html, markdown = _environment(True), _environment(False)
    files = {"style.css": (TEMPLATES / "style.css").read_text(encoding="utf-8")}
    stamp = markdown.get_template("stamp.md").render(stamp=shared["stamp"]) if shared["stamp"] else None
    for stem, template, make_context, root in pages:
        context = make_context()
        for suffix, environment in ((".html", html), (".md", markdown)):
            files[stem + suffix] = environment.get_template(template + suffix).render(
                root=root, page=stem, **shared, **context)
        if stamp is not None:  # what base.html's footer is to a page: the version under every Markdown page
            files[stem + ".md"] = files[stem + ".md"].rstrip("\n") + "\n\n" + stamp
    return files
