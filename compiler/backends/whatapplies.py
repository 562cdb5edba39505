"""The page «Hvad gælder for mig?» (generated/docs/hvadgaelder.html and its scripts).

What the page asks for is derived from the IR: the case's fields that the rules read to decide
whom they apply to, which version applies, their deadlines and windows, the exceptions and the
limits of item rules, each labelled by its `læses` phrase (the plain reading's words) with the
field's own title as a hint. Lists are not asked: the page computes for a case with nothing
registered yet, and says that it cannot judge the requirements on each of their items. The
computation is the JavaScript back end's translation of the IR (`backends/js`); the texts are
the documentation's (`docs.Site`, `danish.Renderer`).
"""

from __future__ import annotations

from typing import Optional

from ..ir import nodes as ir
from . import js
from .danish import capitalized, gendered, path_text, statement, words

PAGE = "hvadgaelder"


def read_fields(rule_set: ir.RuleSet) -> dict[str, set[str]]:
    """The case fields the page's computation reads: field -> the fields read of it (a record)."""
    found: dict[str, set[str]] = {}
    pending: list = []
    for rule in rule_set.rules:
        if not isinstance(rule.duty, ir.Duty):
            continue
        pending += [rule.applies_when, rule.deciding_date if not js.reads_item(rule.deciding_date) else None]
        if isinstance(rule.duty.instance, ir.PerCase):
            pending += [rule.duty.lets, rule.duty.judging_day, rule.duty.facts, rule.duty.decision]
        elif rule.duty.terms.limit is not None and not js.reads_item(rule.duty.terms.limit):
            pending.append(rule.duty.terms.limit)
    for exception in rule_set.exceptions:
        pending += [exception.condition, exception.deciding_date, exception.covers]
    seen: set[str] = set()
    while pending:
        for node in js.walk(pending.pop()):
            if isinstance(node, ir.DefinitionRef) and node.name not in seen:
                seen.add(node.name)
                pending.append(rule_set.definition(node.name).body)
            elif isinstance(node, (ir.FieldOf, ir.MaybeFieldOf)) and isinstance(node.record, ir.Case):
                found.setdefault(node.field, set())
            elif isinstance(node, (ir.FieldOf, ir.MaybeFieldOf)) and isinstance(node.record, (ir.FieldOf, ir.MaybeFieldOf)) \
                    and isinstance(node.record.record, ir.Case):
                found.setdefault(node.record.field, set()).add(node.field)
    return found


def label(f: ir.Field, path: tuple[str, ...]) -> str:
    """A field as the page names it: its `læses` phrase (a yes/no field as the statement that it
    holds: `borgeren er i integrationsprogrammet`), else its name in words."""
    if f.phrase is None:
        return path_text(path)
    return statement(f.phrase) if f.type.kind == "bool" else f.phrase


def mention(f: ir.Field, path: tuple[str, ...]) -> str:
    """A field named in a sentence (`Angiv … for at se …`): a yes/no field as `om …`."""
    return ("om " if f.type.kind == "bool" and f.phrase is not None else "") + label(f, path)


def field_input(rule_set: ir.RuleSet, f: ir.Field, path: tuple[str, ...]) -> dict:
    """One input of the form: its name, label, hint (the field's title, when it says more than
    the label) and kind (with an enum's values)."""
    kind = f.type.kind
    text = capitalized(label(f, path))
    hint = f.title if f.title and f.title.lower() != text.lower() else None
    answer = {"navn": f.name, "etiket": text, "hjaelp": hint, "slags": kind,
              "valgfri": not f.required and f.default is None, "standard": f.default}
    if kind == "enum":
        answer["vaerdier"] = [[value, words(value)] for value in rule_set.enum(f.type.name).values]
    return answer


def inputs(rule_set: ir.RuleSet) -> list[dict]:
    """The form's inputs in the data model's order; a record's read fields as a group."""
    read = read_fields(rule_set)
    if rule_set.benefit_field is not None:
        read.setdefault(rule_set.benefit_field, set())
    answer = []
    for f in rule_set.case.fields:
        if f.name not in read or f.type.kind == "list":
            continue
        item = field_input(rule_set, f, (f.name,))
        if f.type.kind == "record":
            record = rule_set.record(f.type.name)
            item["felter"] = [field_input(rule_set, sub, (f.name, sub.name))
                              for sub in record.fields if sub.name in read[f.name] or sub.required]
        answer.append(item)
    return answer


def mentions(rule_set: ir.RuleSet) -> dict[str, str]:
    """How a sentence names each field the page reads, by its path in a missing-data message
    (`første_henvendelse`, `fritagelse.overgang`)."""
    found = {}
    for f in rule_set.case.fields:
        found[f.name] = mention(f, (f.name,))
        if f.type.kind == "record":
            for sub in rule_set.record(f.type.name).fields:
                found[f"{f.name}.{sub.name}"] = mention(sub, (f.name, sub.name))
    return found


def unknown_lists(rule_set: ir.RuleSet) -> list[str]:
    """The case's lists the rules read items of, in the data model's order, as plural nouns
    (`samtaler`, `tilbud`): what the page does not know of a case."""
    read = {rule.duty.terms.items.list_field for rule in rule_set.rules if isinstance(rule.duty, ir.Duty)}
    return [words(f.name) for f in rule_set.case.fields if f.name in read]


def texts(site) -> dict:
    """What the page says of each rule and exception, from the documentation's views."""
    rs = site.rs
    text = site.text
    rules = {}
    for rule in rs.rules:
        if not isinstance(rule.duty, ir.Duty):
            continue
        view = site.by_name[rule.name]
        rules[rule.name] = {
            "titel": view.title, "side": f"regler/{view.slug}.html",
            "bestemmelser": ", ".join(p[0] for p in view.provisions),
            "gaelderFor": view.applies_to, "periode": view.period, "afgoerende": view.deciding_date,
            "ydelser": ", ".join(words(v) for v in rule.benefits) if rule.benefits is not None else None,
            "krav": [text.duty(rule.duty, dict(v.values)) for v in rule.versions],
            # the deadline of `inden for` in words (`senest …` says it in the requirement itself)
            "frist": text.deadline(rule.duty) if rule.duty.terms.window is not None and rule.duty.kind == "frist" else None,
            "hver": f"{gendered(rule.duty.item_noun, 'hver', 'hvert')} {rule.duty.item_noun}",
            "liste": words(rule.duty.terms.items.list_field), "udkast": rule.draft,
        }
    exceptions = {e.name: {"titel": site.by_name[e.name].title, "side": f"regler/{site.by_name[e.name].slug}.html",
                           "betingelse": site.by_name[e.name].condition} for e in rs.exceptions}
    course: Optional[tuple[str, str]] = rs.case.period_in_order
    return {"felter": inputs(rs), "regler": rules, "undtagelser": exceptions,
            "forloebsstart": course[0] if course else None,
            "etiketter": mentions(rs), "lister": unknown_lists(rs)}


def files(site) -> dict[str, str]:
    """The page's scripts and style sheet (the page itself is rendered with the other pages)."""
    return {**js.generate(site.rs, texts(site)), "hvadgaelder.css": js.PAGE_STYLE.read_text(encoding="utf-8")}
