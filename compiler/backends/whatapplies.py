"""The page «Hvad gælder for mig?» (generated/docs/hvadgaelder.html and its scripts).

What the page asks for is derived from the IR: the case's fields that the rules read (to decide
whom they apply to, which version applies, their deadlines and windows, the exceptions and each
duty), and, for each of the case's lists whose items the rules read, the items' fields the rules
read or the data model requires, each labelled by its `læses` phrase (the plain reading's words)
with the field's own title as a hint. The reader adds the items that matter (a conversation, an
offer); the page judges every rule on them. The computation is the JavaScript back end's
translation of the IR (`backends/js`); the texts are the documentation's (`docs.Site`,
`danish.Renderer`).
"""

from __future__ import annotations

from typing import Optional

from ..ir import nodes as ir
from . import js
from .danish import Prose, capitalized, gendered, path_text, sentence, statement, words

PAGE = "hvadgaelder"


def read_fields(rule_set: ir.RuleSet) -> dict[str, set[str]]:
    """The case fields the rules read: field -> the fields read of it (of a record, or of each
    item of a list; a query reads its items' moment and end)."""
    found: dict[str, set[str]] = {}
    pending: list = []
    for rule in rule_set.rules:
        if isinstance(rule.duty, ir.Duty):
            pending += [rule.applies_when, rule.deciding_date, rule.duty]
        elif rule.duty is None:  # a right or information rule: whom it applies to and when
            pending += [rule.applies_when, rule.deciding_date]
    for exception in rule_set.exceptions:
        pending += [exception.condition, exception.deciding_date, exception.covers]
    seen: set[str] = set()
    while pending:
        for node in js.walk(pending.pop()):
            if isinstance(node, ir.DefinitionRef) and node.name not in seen:
                seen.add(node.name)
                pending.append(rule_set.definition(node.name).body)
            elif isinstance(node, (ir.FieldOf, ir.MaybeFieldOf)):
                owner = node.record
                if isinstance(owner, ir.Case):
                    found.setdefault(node.field, set())
                elif isinstance(owner, ir.Item):
                    found.setdefault(owner.list_field, set()).add(node.field)
                elif isinstance(owner, (ir.FieldOf, ir.MaybeFieldOf)) and isinstance(owner.record, ir.Case):
                    found.setdefault(owner.field, set()).add(node.field)
            elif isinstance(node, ir.ItemQuery) and node.kind is not None:
                found.setdefault(node.list_field, set()).update(
                    name for name in (node.kind.moment, node.kind.period_end) if name is not None)
            elif isinstance(node, ir.WithinAnyPeriod):
                found.setdefault(node.list_field, set()).update((node.start, node.end))
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
    text = capitalized(label(f, path)).rstrip(",")  # `den, der holder samtalen,` reads in a sentence
    hint = f.title if f.title and f.title.lower() != text.lower() else None
    answer = {"navn": f.name, "etiket": text, "hjaelp": hint, "slags": kind,
              "valgfri": not f.required and f.default is None, "standard": f.default}
    if kind == "enum":
        answer["vaerdier"] = [[value, words(value)] for value in rule_set.enum(f.type.name).values]
    return answer


def inputs(rule_set: ir.RuleSet) -> list[dict]:
    """The form's inputs in the data model's order: a record's read fields as a group, a list's
    as the fields of each item the reader adds (`ental`: the item as a noun, `en samtale`)."""
    read = read_fields(rule_set)
    if rule_set.benefit_field is not None:
        read.setdefault(rule_set.benefit_field, set())
    answer = []
    for f in rule_set.case.fields:
        if f.name not in read:
            continue
        item = field_input(rule_set, f, (f.name,))
        if f.type.kind in ("record", "list"):
            record = rule_set.record(f.type.name)
            path = (f.name,) if f.type.kind == "record" else ()
            item["felter"] = [field_input(rule_set, sub, (*path, sub.name))
                              for sub in record.fields if sub.name in read[f.name] or sub.required]
        if f.type.kind == "list":
            noun = record.name.lower()
            item["ental"] = noun
            item["en"] = f"{gendered(noun, 'en', 'et')} {noun}"
        answer.append(item)
    return answer


def mentions(rule_set: ir.RuleSet) -> dict[str, str]:
    """How a sentence names each field the page reads, by its path in a missing-data message
    (`første_henvendelse`, `fritagelse.overgang`; an item's field as `tilbud.slut`)."""
    found = {}
    for f in rule_set.case.fields:
        found[f.name] = mention(f, (f.name,))
        if f.type.kind in ("record", "list"):
            for sub in rule_set.record(f.type.name).fields:
                found[f"{f.name}.{sub.name}"] = mention(sub, (f.name, sub.name) if f.type.kind == "record" else (sub.name,))
    return found


def item_lists(rule_set: ir.RuleSet) -> list[str]:
    """The case's lists the rules read items of, in the data model's order, as plural nouns
    (`samtaler`, `tilbud`): what the reader adds to the form."""
    read = read_fields(rule_set)
    return [words(f.name) for f in rule_set.case.fields if f.type.kind == "list" and f.name in read]


def texts(site) -> dict:
    """What the page says of each rule and exception, from the documentation's views."""
    rs = site.rs
    text = site.text
    rules = {}
    for rule in rs.rules:
        if isinstance(rule.duty, ir.Share):
            continue
        view = site.by_name[rule.name]
        rules[rule.name] = {
            "titel": view.title, "side": f"regler/{view.slug}.html",
            "bestemmelser": ", ".join(p[0] for p in view.provisions),
            "gaelderFor": prose_json(sentence(Prose("gælder kun for ").joined("", view.applies_to))),
            "periode": view.period, "afgoerende": view.deciding_date,
            "ydelser": ", ".join(words(v) for v in rule.benefits) if rule.benefits is not None else None,
            "udkast": rule.draft}
        if rule.duty is None:  # a right or information rule: what it says, told to the reader
            rules[rule.name]["resume"] = view.reader_summary or view.description or view.title
            continue
        rules[rule.name] |= {
            "krav": [prose_json(text.duty(rule.duty, dict(v.values))) for v in rule.versions],
            # the deadline of `inden for` in words (`senest …` says it in the requirement itself)
            "frist": text.deadline(rule.duty) if rule.duty.terms.window is not None and rule.duty.kind == "frist" else None,
            "hver": f"{gendered(rule.duty.item_noun, 'hver', 'hvert')} {rule.duty.item_noun}",
            "liste": words(rule.duty.terms.items.list_field),
            "ental": rule.duty.item_noun,
            # an item rule's own filter (after the version is chosen): whom it leaves out, in words
            "kunFor": (prose_json(sentence(Prose(f"kravet gælder kun {words(rule.duty.terms.items.list_field)}")
                                           .joined("", text.where(rule.duty.instance.filter) or Prose(""))))
                       if isinstance(rule.duty.instance, ir.PerItem) and rule.duty.instance.filter is not None else None),
        }
    exceptions = {e.name: {"titel": site.by_name[e.name].title, "side": f"regler/{site.by_name[e.name].slug}.html",
                           "betingelse": prose_json(Prose("den gælder kun, når ").joined(
                               "", text.condition(e.condition, "når")).ended("."))} for e in rs.exceptions}
    course: Optional[tuple[str, str]] = rs.case.period_in_order
    return {"felter": inputs(rs), "regler": rules, "undtagelser": exceptions,
            "forloebsstart": course[0] if course else None,
            "etiketter": mentions(rs)}


def prose_json(prose: Prose):
    """Prose as the page's script takes it (side.js `prosa`): a text without a list as a string,
    else {tekst, punkter (each item so), derefter (the next paragraph, or null)}."""
    if not prose.items:
        return prose.text
    return {"tekst": prose.text, "punkter": [prose_json(item) for item in prose.items],
            "derefter": prose_json(prose.rest) if prose.rest is not None else None}


def files(site) -> dict[str, str]:
    """The page's scripts and style sheet (the page itself is rendered with the other pages)."""
    return {**js.generate(site.rs, texts(site)), "hvadgaelder.css": js.PAGE_STYLE.read_text(encoding="utf-8")}
