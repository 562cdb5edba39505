"""`regel diff`: the legal changes between two versions of the rules, in Danish sentences a
reviewer signs off.

A version is a git revision (its rules/ folder is read with `git show`) or a folder. Both
are checked and lowered to the IR; what changed is decided by comparing meanings (IR nodes,
which compare without their place in the file), and the sentences are worded by the same
renderer as the documentation. A rule's requirement is compared day by day over the
periods of both versions, so a number that gets a new value from a date, a rule that ends
and a rule that starts read as one sentence each.

Rules and exceptions are matched by name, and a rule that is gone and one that is new with the
same stable id (`RuleSet.rule_id`) are one renamed rule. What changes the results for systems
that use the validators (a new name in `regel`, a new `regel_id`) is said as such, with what
it means for the rule set's edition; `KONTRAKTVERSION` follows the code generator, never the rules.
"""

from __future__ import annotations

import datetime
import difflib
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from . import pipeline
from .backends.danish import Renderer, capitalized, date_text, dates_text, field_text, words
from .examples import describe_verdict
from .ir import nodes as ir

DAY = datetime.timedelta(days=1)


class DiffError(Exception):
    """A version of the rules could not be read (Danish message)."""


@dataclass
class Change:
    rule: Optional[str]  # the rule's name, None for changes outside a rule
    text: str


def load_version(spec: Optional[str], rules: Path) -> ir.RuleSet:
    """The lowered rules of a folder, of a git revision, or (None) of the working tree."""
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


def _checked(loaded: pipeline.Loaded, label: str) -> ir.RuleSet:
    if not loaded.ok:
        raise DiffError(f"reglerne i {label} har fejl; kør `regel tjek` på dem først")
    return loaded.rule_set


def compare(old: ir.RuleSet, new: ir.RuleSet) -> list[Change]:
    return Comparison(old, new).changes()


def _by_name(items) -> dict:
    return {getattr(item, "name", None) or item.id: item for item in items}


def _quoted(text: Optional[str]) -> str:
    return f"«{text}»" if text else "intet"


class Comparison:
    def __init__(self, old: ir.RuleSet, new: ir.RuleSet):
        self.old, self.new = old, new
        self.before, self.after = Renderer(old), Renderer(new)
        self.found: list[Change] = []
        self.renamed_or_new_id = False  # a name or an id in the results changes

    def say(self, text: str, rule: Optional[str] = None) -> None:
        self.found.append(Change(rule, capitalized(text) + ("" if text.endswith(".") else ".")))

    def changes(self) -> list[Change]:
        self.provisions()
        self.sources()
        self.data_model()
        self.definitions()
        for was, now in self.paired(self.old.rules, self.new.rules):
            self.rule(was, now)
        for was, now in self.paired(self.old.exceptions, self.new.exceptions):
            self.exception(was, now)
        self.edition()
        return self.found

    def paired(self, old_items, new_items) -> list[tuple]:
        """(old, new) for each rule or exception, by name (None where there is none); one that is
        gone and one that is new with the same stable id are the same one, renamed."""
        old, new = _by_name(old_items), _by_name(new_items)
        gone = {self.old.rule_id(name): name for name in old if name not in new}
        added = {self.new.rule_id(name): name for name in new if name not in old}
        renamed = {gone[rule_id]: added[rule_id] for rule_id in gone.keys() & added.keys()}  # old name -> new
        return [*((item, new.get(renamed.get(name, name))) for name, item in old.items()),
                *((None, item) for name, item in new.items() if name not in old and name not in renamed.values())]

    # -- what systems that use the validators see ----------------------------------
    def identity(self, was, now) -> None:
        """A new name or id for a rule or exception: the results' `regel`/`regel_id` (or
        `undtagelse`/`undtagelse_id`) change."""
        key = "undtagelse" if isinstance(now, ir.ExceptionIR) else "regel"
        old_id, new_id = self.old.rule_id(was.name), self.new.rule_id(now.name)
        if was.name != now.name:  # paired by their id, so the id is the same
            self.say(f"{self.label(now)} har nu navnet {now.name} i stedet for {was.name}: «{key}» i resultaterne "
                     f"skifter («{key}_id» er stadig {new_id})", now.name)
            self.renamed_or_new_id = True
        if old_id != new_id:
            self.say(f"{self.label(now)} har nu id'et {new_id} i stedet for {old_id}: «{key}_id» i resultaterne "
                     "skifter", now.name)
            self.renamed_or_new_id = True

    def edition(self) -> None:
        """The rule set's edition: a new one, and whether it should change."""
        was, now = self.old.edition, self.new.edition
        changed = bool(self.found)
        if was != now:
            self.say(f"regelsættets udgave er nu «{now}» i stedet for «{was}»" if was and now else
                     f"regelsættet har nu udgaven «{now}» (før ingen)" if now else
                     f"regelsættet har ikke længere en udgave (før «{was}»)")
        if self.renamed_or_new_id:
            advice = (f"den nye udgave «{now}» i «regelsæt» viser det" if now and now != was else
                      f"hæv regelsættets udgave (nu «{now}»), så det kan ses på «regelsæt» i hvert resultat" if now else
                      "giv regelsættet en udgave (regelsæt \"…\" udgave \"…\"), så det kan ses på «regelsæt» i hvert "
                      "resultat")
            self.say("navne eller id'er i resultaterne skifter (se ovenfor), så systemer, der bruger validatorerne, "
                     f"skal tilpasses: {advice}. KONTRAKTVERSION ændres ikke: den er versionen af pakkens grænseflade "
                     "og følger Regelsprog, ikke reglerne")
        elif changed and now and now == was:
            self.say(f"regelsættets udgave er stadig «{now}»: hæv den, når ændringerne udgives, så resultaterne siger, "
                     "hvilke regler de kommer fra")

    # -- the registry and the sources -------------------------------------------
    def provisions(self) -> None:
        old, new = _by_name(self.old.provisions), _by_name(self.new.provisions)
        for pid in sorted(set(old) | set(new)):
            was, now = old.get(pid), new.get(pid)
            if now is None:
                self.say(f"bestemmelse {pid} «{was.title}» er fjernet fra registret")
            elif was is None:
                self.say(f"ny bestemmelse {pid} ({now.kind}) i registret: «{now.title}»")
            else:
                if was.title != now.title:
                    self.say(f"bestemmelse {pid} får titlen «{now.title}» i stedet for «{was.title}»")
                if was.kind != now.kind:
                    self.say(f"bestemmelse {pid} er nu af typen {now.kind} i stedet for {was.kind}")

    def sources(self) -> None:
        old, new = _by_name(self.old.sources), _by_name(self.new.sources)
        for name in [*old, *(n for n in new if n not in old)]:
            was, now = old.get(name), new.get(name)
            if now is None:
                self.say(f"kilden «{was.title}» ({name}) er fjernet")
            elif was is None:
                details = [f"dateret {date_text(now.date)}" if now.date else "uden dato"]
                if now.url:
                    details.append(f"på {now.url}")
                if now.draft is not None:
                    details.append(draft_text(now.draft))
                self.say(f"ny kilde «{now.title}» ({name}), {', '.join(details)}")
            else:
                for label, a, b in (("titlen", was.title, now.title), ("adressen", was.url, now.url),
                                    ("dokumentet", was.document, now.document)):
                    if a != b:
                        self.say(f"kilden {name} får {label} {_quoted(b)} i stedet for {_quoted(a)}")
                if was.date != now.date:
                    self.say(f"kilden {name} er nu dateret {date_text(now.date) or 'uden dato'} i stedet for "
                             f"{date_text(was.date) or 'uden dato'}")
                if was.draft != now.draft:
                    self.say(f"kilden {name} er " + ("ikke længere et udkast" if now.draft is None
                                                    else f"nu {draft_text(now.draft)}"))

    # -- the data model -----------------------------------------------------------
    def data_model(self) -> None:
        old_enums, new_enums = _by_name(self.old.enums), _by_name(self.new.enums)
        for name in [*old_enums, *(n for n in new_enums if n not in old_enums)]:
            was, now = old_enums.get(name), new_enums.get(name)
            if now is None:
                self.say(f"opremsningen {name} er fjernet")
            elif was is None:
                self.say(f"ny opremsning {name} med værdierne {', '.join(words(v) for v in now.values)}")
            else:
                for value in now.values:
                    if value not in was.values:
                        self.say(f"{name} får en ny værdi: {words(value)}")
                for value in was.values:
                    if value not in now.values:
                        self.say(f"værdien {words(value)} er fjernet fra {name}")
        old_records, new_records = _by_name(self.old.records), _by_name(self.new.records)
        for name in [*old_records, *(n for n in new_records if n not in old_records)]:
            was, now = old_records.get(name), new_records.get(name)
            if now is None:
                self.say(f"posten {name} er fjernet fra datamodellen")
            elif was is None:
                self.say(f"ny post {name} «{now.title}» med felterne {', '.join(words(f.name) for f in now.fields)}")
            else:
                self.fields(name, was, now)

    def fields(self, record: str, was: ir.Record, now: ir.Record) -> None:
        owner = "sagen" if record == self.new.case_record else f"posten {record}"
        old, new = _by_name(was.fields), _by_name(now.fields)
        for name in [*old, *(n for n in new if n not in old)]:
            a, b = old.get(name), new.get(name)
            if b is None:
                self.say(f"feltet {words(name)} er fjernet fra {owner}")
            elif a is None:
                self.say(f"{owner} får et nyt felt {words(name)}: {field_text(b)}")
            elif field_text(a) != field_text(b):
                self.say(f"feltet {words(name)} i {owner} er nu {field_text(b)} i stedet for {field_text(a)}")
            elif a.title != b.title:
                self.say(f"feltet {words(name)} i {owner} beskrives nu som «{b.title}»"
                         + (f" i stedet for «{a.title}»" if a.title else "") if b.title
                         else f"feltet {words(name)} i {owner} har ikke længere beskrivelsen «{a.title}»")

    def definitions(self) -> None:
        old, new = _by_name(self.old.definitions), _by_name(self.new.definitions)
        for name in [*old, *(n for n in new if n not in old)]:
            was, now = old.get(name), new.get(name)
            if now is None:
                self.say(f"begrebet «{self.before.definition_title(name)}» er fjernet")
            elif was is None:
                self.say(f"nyt begreb «{self.after.definition_title(name)}»: {self.after.expr(now.body)}")
            elif was.body != now.body or was.title != now.title:
                self.say(f"begrebet «{self.after.definition_title(name)}» betyder nu «{self.after.expr(now.body)}» "
                         f"i stedet for «{self.before.expr(was.body)}»")

    # -- rules ------------------------------------------------------------------
    def label(self, rule) -> str:
        kind = "undtagelsen" if isinstance(rule, ir.ExceptionIR) else "reglen"
        return f"{kind} «{rule.title}» ({', '.join(rule.provisions)})"

    def rule(self, was: Optional[ir.Rule], now: Optional[ir.Rule]) -> None:
        if now is None:
            self.say(f"{self.label(was)} er fjernet", was.name)
            return
        if was is None:
            status = draft_text(now.draft) if now.draft is not None else f"gælder {period(now.versions)}"
            text = f"ny regel «{now.title}» ({', '.join(now.provisions)}), {status}"
            if now.duty is not None:
                text += f": {self.after.duty(now.duty, dict(now.versions[-1].values)).flat}"
            self.say(text, now.name)
            return
        self.common(was, now)
        if was.applies_when != now.applies_when:
            self.say(f"{self.label(now)} gælder nu for {self.after.cases(now.applies_when).flat} i stedet for "
                     f"{self.before.cases(was.applies_when).flat}", now.name)
        if was.deciding_date != now.deciding_date and now.deciding_date is not None:
            self.say(f"i {self.label(now)} afgøres versionen nu af {self.after.expr(now.deciding_date)}"
                     + (f" i stedet for {self.before.expr(was.deciding_date)}" if was.deciding_date else ""), now.name)
        if was.message != now.message:
            self.say(f"{self.label(now)} får overtrædelsesteksten {_quoted(now.message)} i stedet for "
                     f"{_quoted(was.message)}", now.name)
        self.timeline(was, now)
        self.examples(was, now)

    def common(self, was, now) -> None:
        self.identity(was, now)
        if was.draft != now.draft:
            self.say(f"{self.label(now)} er " + ("ikke længere et udkast" if now.draft is None
                                                 else f"nu {draft_text(now.draft)}"), now.name)
        if was.title != now.title:
            self.say(f"reglen {now.name} hedder nu «{now.title}» i stedet for «{was.title}»", now.name)
        if was.provisions != now.provisions:
            self.say(f"{self.label(now)} udtrykker nu {', '.join(now.provisions)} i stedet for "
                     f"{', '.join(was.provisions)}", now.name)
        if was.citations != now.citations:
            self.say(f"{self.label(now)} henviser nu til {citations(self.new, now.citations)} i stedet for "
                     f"{citations(self.old, was.citations)}", now.name)
        self.boundary_sources(was, now)
        if was.description != now.description:
            self.say(f"forklaringen til {self.label(now)} lyder nu «{now.description or ''}» i stedet for "
                     f"«{was.description or ''}»", now.name)
        if was.notes != now.notes:
            self.say(f"noterne til {self.label(now)} lyder nu {_quoted(' '.join(n.text for n in now.notes))} i stedet "
                     f"for {_quoted(' '.join(n.text for n in was.notes))}", now.name)

    def boundary_sources(self, was, now) -> None:
        """The sources cited for a day the rule starts, changes or stops (`ændring`): a finding
        judged by the version from that day cites them, so a reviewer must see them change. A
        boundary moved with its sources is one sentence."""
        old = {b.date: b.citations for b in was.boundary_sources}
        new = {b.date: b.citations for b in now.boundary_sources}
        gone = [day for day in old if day not in new]
        for day in [day for day in new if day not in old]:
            moved_from = next((d for d in gone if old[d] == new[day]), None)
            if moved_from is not None:
                gone.remove(moved_from)
                self.say(f"{citations(self.new, new[day])} begrunder nu ændringen {date_text(day)} i stedet for "
                         f"{date_text(moved_from)} i {self.label(now)}", now.name)
            else:
                self.say(f"{citations(self.new, new[day])} er nu angivet som kilde til ændringen {date_text(day)} "
                         f"i {self.label(now)}", now.name)
        for day in gone:
            self.say(f"ændringen {date_text(day)} i {self.label(now)} henviser ikke længere til nogen kilde "
                     f"(før: {citations(self.old, old[day])})", now.name)
        for day in sorted(old.keys() & new.keys()):
            if old[day] != new[day]:
                self.say(f"ændringen {date_text(day)} i {self.label(now)} henviser nu til "
                         f"{citations(self.new, new[day])} i stedet for {citations(self.old, old[day])}", now.name)

    def timeline(self, was: ir.Rule, now: ir.Rule) -> None:
        """The rule's requirement compared day by day: for each stretch of days on which the two
        versions differ, one sentence (a repeal, a new start, or what the requirement says now)."""
        old_text = self.worded(self.before, was)
        new_text = self.worded(self.after, now)
        for start, end, a, b in differing_stretches(was.versions, now.versions, old_text, new_text):
            when = dates_text(start, end)
            if b is None and end is None:
                self.say(f"{self.label(now)} ophæves fra {date_text(start)} (gælder nu til og med "
                         f"{date_text(start - DAY)})", now.name)
            elif b is None:
                self.say(f"{self.label(now)} gælder ikke længere {when}", now.name)
            elif a is None:
                self.say(f"{self.label(now)} gælder nu også {when}" + (f": {b}" if b else ""), now.name)
            else:
                self.say(f"{when} " + changed_words(a, b) + f" i {self.label(now)}: {b}", now.name)

    @staticmethod
    def worded(renderer: Renderer, rule: ir.Rule):
        """The requirement in force in a version, in words ("" for a rule without one)."""
        return lambda version: renderer.duty(rule.duty, dict(version.values)).flat if rule.duty is not None else ""

    def examples(self, was, now) -> None:
        old = {e.title: e for e in was.examples}
        for example in now.examples:
            previous = old.get(example.title)
            if previous is None:
                self.say(f"nyt eksempel «{example.title}» til {self.label(now)}", now.name)
                continue
            a, b = verdicts(previous, _judged(was)), verdicts(example, _judged(now))
            for day in sorted(set(a) | set(b)):
                if a.get(day) != b.get(day):
                    self.say(f"i eksemplet «{example.title}» til {self.label(now)} er resultatet pr. "
                             f"{date_text(day)} nu «{b.get(day, 'ingen')}» i stedet for «{a.get(day, 'ingen')}»",
                             now.name)
        for title in old:
            if title not in {e.title for e in now.examples}:
                self.say(f"eksemplet «{title}» til {self.label(now)} er fjernet", now.name)

    def exception(self, was: Optional[ir.ExceptionIR], now: Optional[ir.ExceptionIR]) -> None:
        if now is None:
            self.say(f"{self.label(was)} er fjernet", was.name)
            return
        if was is None:
            text = (f"ny undtagelse «{now.title}» ({', '.join(now.provisions)}) til "
                    f"{', '.join(self.label(self.new.rule(t)) for t in now.targets)}, gælder {period(now.versions)}: "
                    f"kravet vurderes ikke, når {self.after.expr(now.condition)}")
            if now.draft is not None:
                text += f" ({draft_text(now.draft)})"
            if now.covers is not None:
                text += f"; den omfatter frister, der udløber {self.after.coverage(now.covers).flat}"
            self.say(text, now.name)
            return
        self.common(was, now)
        if was.condition != now.condition:
            self.say(f"{self.label(now)} gælder nu, når {self.after.expr(now.condition)}, i stedet for når "
                     f"{self.before.expr(was.condition)}", now.name)
        if was.covers != now.covers:
            def covers(renderer, e):
                return f"frister, der udløber {renderer.coverage(e).flat}" if e is not None else "alle frister"
            self.say(f"{self.label(now)} omfatter nu {covers(self.after, now.covers)} i stedet for "
                     f"{covers(self.before, was.covers)}", now.name)
        if was.targets != now.targets:
            self.say(f"{self.label(now)} slår nu {', '.join(now.targets)} fra i stedet for {', '.join(was.targets)}",
                     now.name)
        if was.versions != now.versions:
            self.say(f"{self.label(now)} gælder nu {period(now.versions)} i stedet for {period(was.versions)}",
                     now.name)
        self.examples(was, now)


def _judged(rule) -> str:
    """The rule an example's verdicts are about unless they name another (an exception's: its first target)."""
    return rule.targets[0] if isinstance(rule, ir.ExceptionIR) and rule.targets else rule.name


def draft_text(reason: str) -> str:
    """A draft as a reviewer reads it: `et udkast, ikke gældende ret (…)`."""
    return "et udkast, ikke gældende ret" + (f" ({reason})" if reason.strip() else "")


def period(versions: tuple[ir.Version, ...]) -> str:
    return dates_text(versions[0].start, versions[-1].end)


def citations(rule_set: ir.RuleSet, found: tuple[ir.Citation, ...]) -> str:
    return "; ".join(f"«{rule_set.source(c.source).title}»" + (f", afsnit «{c.locator}»" if c.locator else "")
                     for c in found)



def differing_stretches(old: tuple[ir.Version, ...], new: tuple[ir.Version, ...], old_text, new_text):
    """(first day, last day or None, old wording or None, new wording or None) for each stretch of
    days on which the two rules' requirements differ; None: the rule is not in force then."""
    def at(versions, text, day):
        version = next((v for v in versions if (v.start is None or v.start <= day)
                        and (v.end is None or day <= v.end)), None)
        return None if version is None else text(version)

    bounds = sorted({d for v in (*old, *new) for d in (v.start, v.end + DAY if v.end else None) if d is not None})
    starts = [datetime.date.min, *bounds]
    stretches = []
    for start, following in zip(starts, [*bounds, None]):
        a, b = at(old, old_text, start), at(new, new_text, start)
        end = following - DAY if following else None
        if a != b:
            if stretches and stretches[-1][2:] == (a, b) and stretches[-1][1] == start - DAY:
                stretches[-1] = (stretches[-1][0], end, a, b)
            else:
                stretches.append((start, end, a, b))
    return [(None if s == datetime.date.min else s, e, a, b) for s, e, a, b in stretches]


UNITS = {"dag", "dage", "uge", "uger", "måned", "måneder", "år", "timer", "time", "pct.", "kr."}


def changed_words(old: str, new: str) -> str:
    """`er det «5 dage» i stedet for «1 uge»` when one run of words changed (a number keeps its
    unit and a unit its number), else `lyder kravet nu anderledes`."""
    a, b = old.rstrip(".").split(), new.rstrip(".").split()
    blocks = [op for op in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes() if op[0] != "equal"]
    if len(blocks) == 1 and blocks[0][0] == "replace":
        _tag, i1, i2, j1, j2 = blocks[0]
        while i1 > 0 and j1 > 0 and a[i1 - 1] == b[j1 - 1] and a[i1 - 1].replace(",", "").isdigit():
            i1, j1 = i1 - 1, j1 - 1
        while i2 < len(a) and j2 < len(b) and a[i2] == b[j2] and a[i2].rstrip(",") in UNITS:
            i2, j2 = i2 + 1, j2 + 1
        return f"er det «{' '.join(b[j1:j2]).rstrip(',')}» i stedet for «{' '.join(a[i1:i2]).rstrip(',')}»"
    return f"lyder kravet nu anderledes (før: «{old}»)"


def verdicts(example: ir.Example, default: str) -> dict:
    """Each expectation's verdicts in words; the rule is named only when it is another than `default`."""
    return {e.date: " og ".join(describe_verdict(v, v.rule if v.rule != default else None) for v in e.verdicts)
            for e in example.expectations}
