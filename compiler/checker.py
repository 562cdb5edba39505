"""The semantic checker: names, types, units, dates, versions, provisions, examples.

It reads every parsed module, reports every problem it can find as a Danish
diagnostic (it never stops at the first), and records what it found in the semantic
model (`semantics.Semantics`: types, references, lists, exceptions); the tree is never changed.
"""

from __future__ import annotations

import calendar
import collections
import datetime
import functools
import re
import string
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Iterable, Iterator, Optional

from . import diagnostics as d
from . import semantics as sm
from . import syntax as s
from .program import CASE_RECORD, Program
from .syntax import NEGATION_MARK
from .pynames import name_key
from .sourcekinds import SOURCE_KINDS
from .runtime import FOERSTE_AAR, MAANEDSNAVNE, SIDSTE_AAR, dansk_dato

BASIC_TYPES = {
    "tekst": "text", "sandhedsværdi": "bool", "tal": "number", "timer": "hours",
    "beløb": "amount", "procent": "percent", "dato": "date",
}
NUMERIC = {"number", "hours", "amount", "percent"}
DATE_ORDER = {"før", "efter", "senest", "tidligst"}
NUMBER_ORDER = {"mindst", "højst", "over", "under"}
MESSAGE_PLACEHOLDERS = {"frist", "dato", "antal", "krav"}
DAYS_PER_UNIT = {"dage": 1, "uger": 7, "måneder": 31, "år": 366}
MAX_DURATION_DAYS = 100 * 366
# What the back ends can hold (DESIGN.md, "Limits"): far beyond any real rule, and small
# enough that every number is exact as a Python float and every date stays in the calendar.
NUMBER_LIMITS = {  # kind: (largest value, most decimals, the value in words, its unit)
    "number": (Decimal(10) ** 9, 6, "tallet", ""),
    "amount": (Decimal(10) ** 9, 2, "beløbet", " kr."),
    "hours": (Decimal(100_000), 2, "antallet af timer", " timer"),
    "percent": (Decimal(100), 4, "procentsatsen", " pct."),
}
# A rule set's edition (`regelsæt … udgave "2026.1"`): the package's version, so ASCII numbers only.
EDITION = re.compile(r"(?:0|[1-9][0-9]{0,5})(?:\.(?:0|[1-9][0-9]{0,5})){0,3}")
MAX_COUNT = 10_000                 # `mindst N samtaler`, `N overtrædelser`
MAX_DATE_DIGITS = 15               # a day or year longer than this is not a date at all
MAX_DATE_SHIFT_DAYS = 200 * 366    # durations added to one date in all (`forløbsstart + 6 måneder + …`)
MAX_NAME_LENGTH = 120              # of a name's key: a page's file name must stay well under 255 bytes
MAX_DEFINITION_DEPTH = 400         # levels of expressions through the definitions a definition uses
MONTH_NAMES = MAANEDSNAVNE

DRAFT_HINT = ("et udkast kan bygges og testes, men dokumentationen viser det som ikke gældende ret, og "
              "`regel byg --udgivelse` afviser det; fjern `udkast`, når kilde og ikrafttræden er fastlagt")

BOOL = sm.Type("bool")
DATE = sm.Type("date")
DURATION = sm.Type("duration")
NUMBER = sm.Type("number")


def describe(t: sm.Type) -> str:
    """A type as legal staff would name it."""
    names = {
        "bool": "en sandhedsværdi (ja/nej)", "number": "et tal", "hours": "et antal timer",
        "amount": "et beløb (kr.)", "percent": "en procentsats (pct.)", "text": "en tekst",
        "date": "en dato", "duration": "en varighed (dage, uger, måneder eller år)",
    }
    if t.kind == "enum":
        return f"en værdi af {t.name}"
    if t.kind == "record":
        return f"en post af typen {t.name}"
    if t.kind == "list":
        return f"en liste af {t.name}"
    return names[t.kind]


def same_kind(a: sm.Type, b: sm.Type) -> bool:
    return a.kind == b.kind and a.name == b.name


@dataclass
class Scope:
    """Where an expression is evaluated: the case, or an item of one of its lists."""

    item: Optional[str] = None                     # item record name, None in case scope
    params: dict[str, sm.Type] = field(default_factory=dict)
    used_params: set[str] = field(default_factory=set)
    population: bool = False                       # inside a population rule


def check(modules: list[s.Module], complete: bool = True) -> tuple[Program, list[d.Diagnostic]]:
    """Check the parsed modules. `complete` is False when a file could not be read or a block
    could not be parsed: then nothing is reported as missing (it may be in what was lost)."""
    checker = Checker(modules)
    checker.run(complete)
    return checker.program, sorted(checker.diagnostics, key=d.sort_key)


class Checker:
    def __init__(self, modules: list[s.Module]):
        self.program = Program(modules=list(modules))
        self.sem = self.program.semantics
        self.diagnostics: list[d.Diagnostic] = []
        # Names declared by blocks with a syntax error: their error is reported already,
        # so uses of them elsewhere are not reported again as unknown.
        self.unparsed = {name for module in modules for name in module.unparsed}
        self.used_definitions: set[str] = set()
        self.definition_deps: dict[str, set[str]] = {}
        self._current_definition: Optional[str] = None

    # ------------------------------------------------------------------ driver
    def run(self, complete: bool = True) -> None:
        self.collect()
        self.check_model()
        self.check_distinct_names()
        if CASE_RECORD not in self.program.records:
            return  # without the case record nothing else can be resolved
        for definition in self.program.definitions.values():
            self.check_definition(definition)
        if self.check_definition_depth():
            self.check_definition_cycles()
        for rule in self.program.rules.values():
            self.check_rule(rule)
        for exception in self.program.exceptions.values():
            self.check_exception(exception)
        for rule in [*self.program.rules.values(), *self.program.exceptions.values()]:
            for example in rule.examples:
                self.check_example(rule, example)
        if complete and not any(diagnostic.is_error for diagnostic in self.diagnostics):
            self.check_completeness()
        for name, definition in self.program.definitions.items():
            if name not in self.used_definitions:
                self.warn(definition.name_span or definition.span, f"definitionen `{name}` bruges ikke",
                          "slet den, eller brug den i en regel", code="R201")

    def check_completeness(self) -> None:
        """What is still missing once the rules are free of errors: examples, and a rule for
        each provision in the registry."""
        for rule in [*self.program.rules.values(), *self.program.exceptions.values()]:
            if not rule.examples and (rule.obligations or isinstance(rule, s.Exception_)):
                self.warn(rule.name_span, "reglen har ingen eksempler",
                          "tilføj mindst et overtrådt, et opfyldt og et eksempel på grænsedagen; `regel test` kører dem",
                          code="R202")
        covered = {ref.id for rule in [*self.program.rules.values(), *self.program.exceptions.values()]
                   for ref in rule.provisions}  # one pass: asking rules_for per provision is rules × provisions
        for provision in self.program.provisions.values():
            if provision.id not in covered:
                self.warn(provision.span, f"bestemmelsen {provision.id} har endnu ingen regel",
                          f"skriv en regel med `bestemmelse {provision.id}`; `regel dækning` viser dækningen",
                          code="R203")

    def error(self, span: s.Span, message: str, hint: Optional[str] = None, code: Optional[str] = None) -> None:
        self.diagnostics.append(d.error(span, message, hint, code))

    def unknown(self, name: str, span: s.Span, message: str, hint: Optional[str] = None,
                code: Optional[str] = None) -> None:
        if name not in self.unparsed:
            self.error(span, message, hint, code)

    def warn(self, span: s.Span, message: str, hint: Optional[str] = None, code: Optional[str] = None) -> None:
        self.diagnostics.append(d.warning(span, message, hint, code))

    # --------------------------------------------------------------- collect
    def collect(self) -> None:
        tables = {
            s.ProvisionDecl: (self.program.provisions, "bestemmelsen", lambda i: i.id),
            s.SourceDecl: (self.program.sources, "kilden", lambda i: i.name),
            s.EnumDecl: (self.program.enums, "opremsningen", lambda i: i.name),
            s.RecordDecl: (self.program.records, "posten", lambda i: i.name),
            s.Definition: (self.program.definitions, "definitionen", lambda i: i.name),
            s.Rule: (self.program.rules, "reglen", lambda i: i.name),
            s.Exception_: (self.program.exceptions, "undtagelsen", lambda i: i.name),
        }
        for module in self.program.modules:
            for item in module.items:
                if isinstance(item, s.RuleSetDecl):
                    self.ruleset(item)
                    continue
                table, noun, key = tables[type(item)]
                name = key(item)
                if name in table:
                    first = table[name].span
                    self.error(getattr(item, "name_span", None) or item.span, f"{noun} `{name}` er allerede erklæret",
                               f"den første står i {first.path}, linje {first.line}", code="R204")
                    continue
                if isinstance(item, (s.Rule, s.Exception_)):
                    other = self.program.exceptions if isinstance(item, s.Rule) else self.program.rules
                    if name in other:
                        self.error(item.span, f"navnet `{name}` bruges allerede af en anden regel", code="R205")
                        continue
                table[name] = item
        if CASE_RECORD not in self.program.records and self.program.modules:
            first = self.program.modules[0]
            self.unknown(CASE_RECORD, s.Span(first.path, 1, 1, 1, 2), f"datamodellen mangler posten `{CASE_RECORD}`",
                         f"erklær sagens felter med `post {CASE_RECORD}`, eller tjek filen sammen med "
                         "datamodellen, fx `regel tjek rules`", code="R206")

    def ruleset(self, item: s.RuleSetDecl) -> None:
        """`regelsæt "…" udgave "2026.1"`: one per rule set; the edition is the generated
        package's version, so it is numbers separated by full stops (a release of PEP 440)."""
        first = self.program.ruleset
        if first is not None:
            self.error(item.span, "regelsættet har allerede en udgave",
                       f"den første står i {first.span.path}, linje {first.span.line}; skriv `regelsæt` én gang",
                       code="R322")
            return
        if not item.title.strip():
            self.error(item.span, "regelsættet skal have en titel", 'skriv fx `regelsæt "Beskæftigelsesindsatsen" '
                       'udgave "2026.1"`', code="R323")
        if not EDITION.fullmatch(item.edition):
            self.error(item.edition_span, f"udgaven \"{item.edition}\" er ikke tal adskilt af punktum",
                       'skriv fx `udgave "2026.1"` (højst fire tal, hvert højst seks cifre)', code="R324")
        self.program.ruleset = item

    # ----------------------------------------------------------------- model
    def check_model(self) -> None:
        for source in self.program.sources.values():
            if source.draft is not None:
                self.warn(source.name_span or source.span, f"kilden `{source.name}` er et udkast"
                          + (f": {source.draft}" if source.draft.strip() else ""), DRAFT_HINT, code="R207")
            if source.date is not None:
                self.date_literal(source.date)  # the same dates as in rules: the documentation shows it
            if source.kind is not None and source.kind[0] not in SOURCE_KINDS:
                self.error(source.kind[1], f"ukendt art af kilde `{source.kind[0]}`",
                           d.did_you_mean(source.kind[0], SOURCE_KINDS)
                           or "vælg en af " + ", ".join(f"`{kind}`" for kind in SOURCE_KINDS), code="R325")
            if source.weight is not None and not source.weight.strip():
                self.error(source.weight_span or source.span, f"kilden `{source.name}` har en tom `vægt`",
                           "beskriv kildens retlige vægt, eller fjern linjen", code="R326")
            # The address becomes a link in the documentation: only web addresses, never `javascript:`.
            if source.url is not None and not re.fullmatch(r"https?://[^\s<>\"]+", source.url):
                self.error(source.url_span or source.span, f"adressen for kilden `{source.name}` er ikke en webadresse",
                           "skriv hele adressen, fx \"https://bm.dk/…\"", code="R208")
        for enum in self.program.enums.values():
            seen: set[str] = set()
            for value, span in enum.values:
                if value in seen:
                    self.error(span, f"værdien `{value}` står to gange i {enum.name}", code="R209")
                seen.add(value)
        for record in self.program.records.values():
            seen = set()
            for declared in record.fields:
                if declared.name in seen:
                    self.error(declared.span, f"feltet `{declared.name}` står to gange i {record.name}", code="R210")
                seen.add(declared.name)
                self.check_field(record, declared)
            if record.moment:
                self.check_date_field(record, record.moment, "tidspunkt")
            if record.period:
                start, end = record.period
                self.check_date_field(record, start, "periode", required=True)
                self.check_date_field(record, end, "periode")

    def check_date_field(self, record: s.RecordDecl, name: str, clause: str, required=False) -> None:
        declared = record.field(name)
        if declared is None:
            self.error(record.span, f"`{clause} {name}`: {record.name} har intet felt `{name}`",
                       d.did_you_mean(name, [f.name for f in record.fields]), code="R211")
        elif self.field_type(declared).kind != "date":
            self.error(declared.span, f"`{clause}` skal pege på et datofelt, men `{name}` er "
                       f"{describe(self.field_type(declared))}", code="R212")
        elif required and declared.optional:
            self.error(declared.span, f"periodens start `{name}` må ikke være valgfri", code="R213")

    def check_phrase(self, span: s.Span, phrase: Optional[str], statement: bool, what: str) -> None:
        """`læses "…"`: a condition (a yes/no field, a definition) is read as a statement with
        `[ikke]` where the negation goes; any other field as a noun phrase without it."""
        if phrase is None:
            return
        marks = phrase.count(NEGATION_MARK)
        if not phrase.replace(NEGATION_MARK, "").strip():
            self.error(span, f"{what} har en tom `læses`", "skriv, hvordan det læses på dansk, eller fjern den", code="R327")
        elif statement and marks != 1:
            self.error(span, f"{what} er en betingelse: dens `læses` skal have `{NEGATION_MARK}` præcis én gang",
                       f"skriv hvor »ikke« står, når det ikke gælder, fx \"borgeren {NEGATION_MARK} har en arbejdsgiver\"", code="R328")
        elif not statement and marks:
            self.error(span, f"{what} er ikke en ja/nej-værdi: dens `læses` kan ikke have `{NEGATION_MARK}`",
                       "skriv et navneord, fx \"den første henvendelse\"", code="R329")

    def check_field(self, record: s.RecordDecl, declared: s.FieldDecl) -> None:
        ref = declared.type
        self.check_phrase(declared.span, declared.phrase, ref.kind == "basic" and ref.name == "sandhedsværdi",
                          f"feltet `{declared.name}`")
        if ref.kind == "list":
            if ref.name not in self.program.records:
                self.unknown(ref.name, ref.span, f"ukendt post `{ref.name}`",
                             d.did_you_mean(ref.name, self.program.records), code="R214")
        elif ref.kind == "named" and ref.name not in self.program.records and ref.name not in self.program.enums:
            self.unknown(ref.name, ref.span, f"ukendt type `{ref.name}`",
                         d.did_you_mean(ref.name, [*self.program.records, *self.program.enums]), code="R215")
        declared_type = self.field_type(declared)
        for option, label in ((declared.default, "standardværdien"), (declared.minimum, "mindsteværdien")):
            if option is None:
                continue
            found = self.expr(option, Scope(), expected=declared_type)
            if found and not same_kind(found, declared_type):
                self.error(option.span, f"{label} er {describe(found)}, men feltet er {describe(declared_type)}",
                           code="R216")
        if declared.minimum is not None and declared_type.kind not in NUMERIC:
            self.error(declared.minimum.span, "kun tal, timer, beløb og procent kan have en mindsteværdi", code="R217")

    def field_type(self, declared: s.FieldDecl) -> sm.Type:
        known = self.sem.field_types.get(declared)
        if known is None:
            known = self.sem.field_types[declared] = self._field_type(declared)
        return known

    def _field_type(self, declared: s.FieldDecl) -> sm.Type:
        ref = declared.type
        optional = declared.optional
        if ref.kind == "basic":
            return sm.Type(BASIC_TYPES[ref.name], optional=optional)
        if ref.kind == "list":
            return sm.Type("list", ref.name)
        kind = "enum" if ref.name in self.program.enums else "record"
        return sm.Type(kind, ref.name, optional=optional)

    # ----------------------------------------------------------- definitions
    def check_definition(self, definition: s.Definition) -> None:
        if definition.subject not in self.program.records:
            self.unknown(definition.subject, definition.subject_span or definition.span,
                         f"ukendt post `{definition.subject}`", d.did_you_mean(definition.subject, self.program.records),
                         code="R218")
            return
        self.check_phrase(definition.name_span or definition.span, definition.phrase, True,
                          f"definitionen `{definition.name}`")
        scope = Scope(item=None if definition.subject == CASE_RECORD else definition.subject)
        self._current_definition = definition.name
        self.definition_deps[definition.name] = set()
        self.condition(definition.body, scope)
        self._current_definition = None

    def check_definition_cycles(self) -> None:
        state: dict[str, str] = {}

        def visit(name: str, path: list[str]) -> None:
            if state.get(name) == "done":
                return
            if state.get(name) == "active":
                cycle = path[path.index(name):] + [name]
                self.error(self.program.definitions[name].span,
                           "definitionerne henviser i ring: " + " → ".join(f"`{n}`" for n in cycle),
                           "en definition må ikke (indirekte) bygge på sig selv", code="R219")
                return
            state[name] = "active"
            for dep in sorted(self.definition_deps.get(name, ())):
                visit(dep, path + [name])
            state[name] = "done"

        for name in self.definition_deps:
            visit(name, [])

    # ----------------------------------------------------------------- rules
    def check_rule(self, rule: s.Rule) -> None:
        kinds = self.check_provisions(rule, allowed={"krav", "population", "ret", "info"})
        self.check_common(rule)
        for expr in rule.exception_when:
            self.error(expr.span, "`når` hører til en undtagelse", "brug `for sager hvor …` i en regel", code="R220")
        for expr in rule.exception_from:
            self.error(expr.span, "`omfatter frister fra og med` hører til en undtagelse", code="R221")
        for expr in rule.exception_during:
            self.error(expr.span, "`omfatter frister mens … varer` hører til en undtagelse", code="R222")
        scope = Scope(params=self.version_params(rule))
        for condition in rule.applies_when:
            self.condition(condition, scope)
        for extra in rule.applies_when[1:]:
            self.error(extra.span, "reglen har mere end én `for sager hvor`", "saml betingelserne med `og`",
                       code="R223")
        self.check_no_version_values(rule.applies_when)
        obligation = rule.obligation
        for extra in rule.obligations[1:]:
            self.error(extra.span, "en regel har højst ét krav", "del reglen i to regler", code="R224")
        needs = {"krav": "et krav", "population": "et krav om en andel af sager"}
        for kind in kinds & set(needs):
            if obligation is None:
                self.error(rule.name_span, f"reglen mangler {needs[kind]} (`krav: …`)",
                           "bestemmelsen er af typen " + kind, code="R225")
        if obligation is not None and kinds & {"ret", "info"} and not kinds & set(needs):
            self.error(obligation.span, "en regel for en ret eller en oplysning kan ikke have et krav",
                       "beskriv den med `beskrivelse \"…\"`, eller ret bestemmelsens type i registret", code="R226")
        population = isinstance(obligation, s.PopulationShare)
        if obligation is not None and "population" in kinds and not population:
            self.error(obligation.span, "en populationsbestemmelse skal have kravet `andelen af sager hvor …`",
                       code="R227")
        if population and "krav" in kinds:
            self.error(obligation.span, "`andelen af sager` bruges kun til populationsbestemmelser", code="R228")
        scope.population = population
        item = self.item_record(obligation) if obligation is not None else None
        self.check_deciding_date(rule, Scope(item=item, params=scope.params))
        if obligation is not None:
            self.check_obligation(obligation, scope)
        for span, text in rule.messages:
            self.check_message(span, text)
        for extra, _text in rule.messages[1:]:
            self.error(extra, "reglen har mere end én `besked`", code="R229")
        for name in sorted(set(scope.params) - scope.used_params):
            version = rule.versions[0]
            self.warn(version.span, f"versionsværdien `{name}` bruges ikke i reglen", code="R230")

    def check_exception(self, exception: s.Exception_) -> None:
        self.check_provisions(exception, allowed={"undtagelse"})
        self.check_common(exception)
        for target, span in exception.targets:
            rule = self.program.rules.get(target)
            if rule is None:
                hint = d.did_you_mean(target, self.program.rules)
                if target in self.program.exceptions:
                    hint = "en undtagelse kan kun gælde for en regel, ikke for en anden undtagelse"
                self.unknown(target, span, f"undtagelsen gælder for en ukendt regel `{target}`", hint, code="R231")
            elif exception not in self.sem.exceptions_of(target):
                self.sem.exceptions.setdefault(target, []).append(exception)
        for expr in exception.applies_when:
            self.error(expr.span, "en undtagelse bruger `når …` i stedet for `for sager hvor …`", code="R232")
        for version in exception.versions:
            self.error(version.span, "en undtagelse kan ikke have versioner", code="R233")
        for obligation in exception.obligations:
            self.error(obligation.span, "en undtagelse kan ikke have et krav",
                       "undtagelsen slår kravet i den regel, den gælder for, fra", code="R234")
        for span, _text in exception.messages:
            self.error(span, "en undtagelse kan ikke have en `besked`", code="R235")
        if not exception.exception_when:
            self.error(exception.name_span, "undtagelsen mangler sin betingelse (`når …`)", code="R236")
        scope = Scope()
        for condition in exception.exception_when:
            self.condition(condition, scope)
        for extra in exception.exception_when[1:]:
            self.error(extra.span, "undtagelsen har mere end én `når`", "saml betingelserne med `og`", code="R237")
        for start in exception.exception_from:
            self.expect(start, scope, DATE, "starten på det, undtagelsen omfatter")
        for period in exception.exception_during:
            self.check_covered_period(period, scope)
        for extra in [*exception.exception_from, *exception.exception_during][1:]:
            self.error(extra.span, "undtagelsen siger mere end én gang, hvilke frister den omfatter",
                       "skriv én af `omfatter frister fra og med <dato>` og `omfatter frister mens <periode> varer`",
                       code="R238")
        self.check_deciding_date(exception, scope)

    def check_covered_period(self, period: s.Expr, scope: Scope) -> None:
        """`omfatter frister mens X varer`: X is a field of the case holding one record with a period,
        or a list of them (covered while any of them lasts)."""
        found = self.expr(period, scope)
        if found is None:
            return
        record = self.program.records.get(found.name) if found.kind in ("record", "list") else None
        example = "fx `omfatter frister mens indlæggelse varer`"
        if record is None or not isinstance(period, s.Name):
            self.error(period.span, f"`mens … varer` skal nævne et felt med en periode, men her står {describe(found)}",
                       f"nævn et felt, hvis post har `periode <start> til <slut>`, {example}; "
                       "for en dato: `omfatter frister fra og med <dato>`", code="R240")
        elif not record.period:
            self.error(period.span, f"posten {record.name} har ingen periode, så `mens … varer` kan ikke afgøres",
                       f"tilføj `periode <start> til <slut>` i `post {record.name}`", code="R241")

    def check_provisions(self, rule: s.RuleBase, allowed: set[str]) -> set[str]:
        if not rule.provisions:
            self.error(rule.name_span, "reglen nævner ingen bestemmelse",
                       "tilføj fx `bestemmelse P01` under reglens titel", code="R242")
        kinds = set()
        for ref in rule.provisions:
            provision = self.program.provisions.get(ref.id)
            if provision is None:
                self.unknown(ref.id, ref.span, f"bestemmelsen {ref.id} findes ikke i registret",
                             self.register_hint(ref.id, "undtagelse" if "undtagelse" in allowed else "krav"),
                             code="R243")
                continue
            if provision.kind not in allowed:
                if provision.kind == "undtagelse":
                    hint = f"skriv den som `undtagelse {rule.name} til <regel>`"
                else:
                    hint = "en undtagelse kan kun henvise til en bestemmelse af typen undtagelse"
                self.error(ref.span, f"{ref.id} er af typen {provision.kind} og passer ikke her", hint, code="R244")
            kinds.add(provision.kind)
        return kinds

    def register_hint(self, ident: str, kind: str) -> str:
        """Where and how to register an unknown provision id (and the registered id it resembles)."""
        where = f"i registret i {self.registry_file}" if self.registry_file else \
            "i et register over bestemmelserne, fx bestemmelser.regel"
        register = f"erklær den {where}: `bestemmelse {ident} {kind} \"titel\"`"
        meant = d.closest(ident, self.program.provisions)
        return f"mente du `{meant}`? Ellers {register}" if meant else register

    @functools.cached_property
    def registry_file(self) -> Optional[str]:
        """The file that declares the most provisions (the first of them on a tie)."""
        files = collections.Counter(provision.span.path for provision in self.program.provisions.values())
        return min(files, key=lambda path: (-files[path], path)) if files else None

    def check_common(self, rule: s.RuleBase) -> None:
        if not rule.citations and rule.draft is None:
            self.error(rule.name_span, "reglen henviser ikke til en kilde",
                       "tilføj `kilde <kilde> \"<afsnit>\"`; kendes kilden endnu ikke, så marker reglen "
                       "som `udkast \"kilden er ikke fastlagt\"`", code="R245")
        self.check_draft(rule)
        for citation in [*rule.citations, *(c for n in rule.notes for c in n.citations)]:
            if citation.source not in self.program.sources:
                self.unknown(citation.source, citation.span, f"ukendt kilde `{citation.source}`",
                             d.did_you_mean(citation.source, self.program.sources), code="R246")
        for period in rule.periods:
            self.check_period(period)
        for extra in rule.periods[1:]:
            self.error(extra.span, "reglen har mere end én gyldighedsperiode",
                       "brug `version gælder …` for forskellige perioder", code="R247")
        for extra in rule.deciding_dates[1:]:
            self.error(extra.span, "reglen har mere end én afgørende dato", code="R248")
        for span, _text in rule.reader_summaries[1:]:
            self.error(span, "reglen har mere end én `kort fortalt`", "saml teksten i én", code="R330")
        for span, text in rule.reader_summaries[:1]:
            if not text.strip():
                self.error(span, "`kort fortalt` er tom", "skriv reglen kort til læseren, eller fjern linjen", code="R331")
        self.check_boundary_sources(rule)

    def check_boundary_sources(self, rule: s.RuleBase) -> None:
        """`ændring <dato> kilde …` names a day on which the rule starts, changes or stops (the
        first day it no longer applies), or a date its conditions compare with."""
        boundaries: set[datetime.date] = set()
        for period in [*rule.periods, *(v.period for v in rule.versions)]:
            if period.start is not None and period.start.value is not None:
                boundaries.add(period.start.value)
            if period.end is not None and period.end.value is not None and period.end.value < datetime.date.max:
                boundaries.add(period.end.value + datetime.timedelta(days=1))
        parts = [*rule.applies_when, *rule.exception_when, *rule.obligations]
        boundaries |= {lit.value for lit in s.nodes_of(parts, s.DateLit) if lit.value is not None}
        seen: set[datetime.date] = set()
        for boundary in rule.boundary_sources:
            for citation in boundary.citations:
                if citation.source not in self.program.sources:
                    self.unknown(citation.source, citation.span, f"ukendt kilde `{citation.source}`",
                                 d.did_you_mean(citation.source, self.program.sources), code="R332")
            if not self.date_literal(boundary.date):
                continue
            day = boundary.date.value
            if day in seen:
                self.error(boundary.span, f"`ændring {dansk_dato(day)}` står to gange", "saml kilderne i én linje", code="R333")
            seen.add(day)
            if day not in boundaries:
                after = day + datetime.timedelta(days=1)
                hint = (f"reglen gælder til og med {dansk_dato(day)}; skriv den første dag, den ikke gælder: "
                        f"`ændring {dansk_dato(after)}`" if after in boundaries else
                        "reglens datoer er " + ", ".join(dansk_dato(b) for b in sorted(boundaries))
                        if boundaries else "reglen har ingen datoer")
                self.error(boundary.date.span, f"reglen begynder, ændres eller ophører ikke {dansk_dato(day)}", hint, code="R334")
        self.check_changes_cited(rule, seen)

    def check_changes_cited(self, rule: s.RuleBase, cited: set[datetime.date]) -> None:
        """A day on which a rule changes version or stops must name the source that makes the
        change (`ændring <dato> kilde …`): the rule's own sources say why it exists, not necessarily
        why it changed, and the documentation cites the change's source at that day. The first day
        of its first version is cited by the rule's own `kilde`; a draft has no settled sources."""
        if rule.draft is not None or any(self.version_faults(rule)):  # R258/R259 say what is wrong
            return
        periods = [*rule.periods, *(v.period for v in rule.versions)]
        starts = {p.start.value: p.start.span for p in periods if p.start is not None and p.start.value is not None}
        ends = {p.end.value + datetime.timedelta(days=1): p.end for p in periods
                if p.end is not None and p.end.value is not None and p.end.value < datetime.date.max}
        noun = "undtagelsen" if isinstance(rule, s.Exception_) else "reglen"
        first = min(starts, default=None) if all(p.start is not None for p in periods) else None  # None: it applied before any of them
        changes = [(day, span, f"{noun} ændres {dansk_dato(day)}") for day, span in starts.items()
                   if first is None or day > first]
        changes += [(day, end.span, f"{noun} ophører {dansk_dato(day)} (den gælder til og med {dansk_dato(end.value)})")
                    for day, end in ends.items() if day not in starts]
        for day, span, what in sorted(changes, key=lambda change: change[0]):
            if day not in cited:
                self.warn(span, f"{what}, men ingen kilde er nævnt for ændringen",
                          f"tilføj `ændring {dansk_dato(day)} kilde <kilde> \"<afsnit>\"` med den kilde, der gør "
                          "ændringen; uden den henviser dokumentationen ved datoen kun til reglens egne kilder",
                          code="R335")

    def check_draft(self, rule: s.RuleBase) -> None:
        """A draft is a warning (it is built and tested, but never released); a judged rule without a
        period of force would be published as in force for every date: a warning too."""
        noun = "undtagelsen" if isinstance(rule, s.Exception_) else "reglen"
        for span, reason in rule.drafts[:1]:
            self.warn(span, f"{noun} `{rule.name}` er et udkast" + (f": {reason}" if reason.strip() else ""),
                      DRAFT_HINT, code="R249")
        for span, _reason in rule.drafts[1:]:
            self.error(span, f"{noun} har mere end én `udkast`", "saml begrundelserne i én tekst", code="R250")
        judged = bool(rule.obligations) or isinstance(rule, s.Exception_)
        if judged and rule.draft is None and not rule.periods and not rule.versions:
            self.warn(rule.name_span, f"{noun} har ingen gyldighedsperiode og gælder derfor for alle datoer",
                      "skriv `gælder fra <dato>`; kendes datoen endnu ikke, så marker den som "
                      "`udkast \"ikrafttræden ikke fastlagt\"` (en udgivelse afviser begge dele)", code="R251")

    def check_period(self, period: s.Period) -> None:
        valid = all([self.date_literal(date) for date in (period.start, period.end) if date is not None])
        if valid and period.start and period.end and period.start.value > period.end.value:
            self.error(period.span, "perioden slutter, før den begynder", code="R252")

    def version_params(self, rule: s.Rule) -> dict[str, sm.Type]:
        """Check the versions (no overlaps, no gaps, same names) and return their parameters."""
        params: dict[str, sm.Type] = {}
        first_binding: dict[str, s.Binding] = {}
        for version in rule.versions:
            self.check_period(version.period)
            for binding in version.bindings:
                found = self.expr(binding.value, Scope())
                if found is None:
                    continue
                if binding.name in params and not same_kind(params[binding.name], found):
                    self.version_value_conflict(first_binding[binding.name], params[binding.name], binding, found)
                    if params[binding.name].kind == "number" and found.kind == "duration":
                        params[binding.name] = found  # the first lacks its unit: check the rule as a duration
                params.setdefault(binding.name, found)
                first_binding.setdefault(binding.name, binding)
                if self.program.case.field(binding.name) or binding.name in self.program.definitions:
                    self.error(binding.span, f"`{binding.name}` er allerede navnet på et felt eller en "
                               "definition", "vælg et andet navn til versionsværdien", code="R253")
        for version in rule.versions:
            names = {b.name for b in version.bindings}
            for missing in sorted(set(params) - names):
                self.error(version.span, f"versionen mangler en værdi for `{missing}`",
                           "alle versioner af en regel skal angive de samme værdier", code="R254")
            seen = set()
            for binding in version.bindings:
                if binding.name in seen:
                    self.error(binding.span, f"`{binding.name}` står to gange i samme version", code="R255")
                seen.add(binding.name)
        self.check_version_periods(rule)
        return params

    def version_value_conflict(self, first: s.Binding, first_type: sm.Type, later: s.Binding,
                               later_type: sm.Type) -> None:
        """Two versions give a value different kinds. A bare number beside a duration is a
        missing unit: report it where the unit is missing, whichever version that is."""
        if {first_type.kind, later_type.kind} == {"number", "duration"}:
            unitless = first if first_type.kind == "number" else later
            self.error(unitless.span, f"`{unitless.name}` er et tal her, men en varighed i en anden version",
                       "angiv enheden, fx `14 dage` eller `2 uger`", code="R256")
        else:
            self.error(later.span, f"`{later.name}` er {describe(first_type)} i en anden version, men "
                       f"{describe(later_type)} her", code="R257")

    def version_faults(self, rule: s.RuleBase) -> Iterator[tuple[s.Version, s.Version, Optional[datetime.date], bool]]:
        """(earlier, later, the earlier's end, whether they overlap) for two versions in a row that
        overlap or leave a gap between them."""
        versions = [v for v in rule.versions if self.period_dates_ok(v.period)]
        versions.sort(key=lambda v: (v.period.start is not None, v.period.start.value if v.period.start else 0))
        for earlier, later in zip(versions, versions[1:]):
            end = earlier.period.end.value if earlier.period.end else None
            start = later.period.start.value if later.period.start else None
            if end is None or start is None or start <= end:
                yield earlier, later, end, True
            elif (start - end).days > 1:
                yield earlier, later, end, False

    def check_version_periods(self, rule: s.Rule) -> None:
        for earlier, later, end, overlap in self.version_faults(rule):
            if overlap:
                self.error(later.period.span, "versionernes perioder overlapper",
                           f"den forrige version (linje {earlier.span.line}) gælder "
                           + ("uden slutdato" if end is None else f"til {danish_date(end)}"), code="R258")
            else:
                self.error(later.period.span, "der er et hul mellem versionernes perioder",
                           f"den forrige version slutter {danish_date(end)}; denne bør gælde fra dagen efter",
                           code="R259")

    def period_dates_ok(self, period: s.Period) -> bool:
        """No impossible date (reported already), so the periods can be compared."""
        return all(date is None or (date.value is not None and FOERSTE_AAR <= date.value.year <= SIDSTE_AAR)
                   for date in (period.start, period.end))

    def check_deciding_date(self, rule: s.RuleBase, scope: Scope) -> None:
        # A right or information is never judged; an exception without a deciding date is
        # decided by the day the overridden rule judges (the conversation's date, the deadline).
        judged = bool(rule.obligations)
        dated = bool(rule.periods or rule.versions)
        if dated and judged and not rule.deciding_dates:
            self.error(rule.name_span, "reglen har en gyldighedsperiode, men ingen afgørende dato",
                       "angiv hvilken dato der afgør, om reglen gælder, fx `afgørende dato er forløbsstart`",
                       code="R260")
        for expr in rule.deciding_dates:
            self.expect(expr, scope, DATE, "den afgørende dato")

    def check_message(self, span: s.Span, text: str) -> None:
        try:
            fields = [(name, spec, conversion) for _lit, name, spec, conversion in string.Formatter().parse(text)
                      if name is not None]
        except ValueError:
            self.error(span, "beskeden har en krøllet parentes uden partner",
                       "brug {frist}, {dato}, {antal} eller {krav}", code="R261")
            return
        names = {name for name, _spec, _conversion in fields}
        for name, spec, conversion in fields:
            if spec or conversion:  # `{frist:%Y}` or `{frist!z}` would fail when the validator runs
                written = "{" + name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}"
                self.error(span, f"pladsholderen `{written}` har en formatering, som beskeden ikke kan bruge",
                           f"skriv blot `{{{name}}}`", code="R262")
        for name in sorted(names - MESSAGE_PLACEHOLDERS):
            self.error(span, f"ukendt pladsholder `{{{name}}}` i beskeden",
                       d.did_you_mean(name, MESSAGE_PLACEHOLDERS) or "brug {frist}, {dato}, {antal} eller {krav}",
                       code="R263")

    # ----------------------------------------------------------- obligations
    def item_record(self, obligation: s.Obligation) -> Optional[str]:
        """The record an item rule is evaluated for (None for case rules)."""
        if isinstance(obligation, (s.EachRequired, s.DurationLimit)):
            return self.list_ref(obligation.selector.items, report=False)
        if isinstance(obligation, (s.Prohibition, s.IntervalLimit)):
            return self.list_ref(obligation.items, report=False)
        return None

    def check_obligation(self, obligation: s.Obligation, scope: Scope) -> None:
        if isinstance(obligation, s.Deadline):
            self.selector(obligation.selector, scope, needs="moment", item_rule=False)
            limit = obligation.limit
            if isinstance(limit, s.LimitAfter):
                self.expect(limit.duration, scope, DURATION, "fristen")
                self.expect(limit.anchor, scope, DATE, "det, fristen regnes fra")
            else:
                self.window(limit.window, scope, allow_last=False)
        elif isinstance(obligation, s.CountRequired):
            record = self.list_ref(obligation.items, needs="moment")
            if obligation.minimum != int(obligation.minimum) or obligation.minimum < 1:
                self.error(obligation.span, "antallet skal være et helt tal på mindst 1", code="R264")
            elif obligation.minimum > MAX_COUNT:
                self.error(obligation.span, f"antallet må højst være {thousands(MAX_COUNT)}", "tjek tallet",
                           code="R265")
            if record and obligation.filter is not None:
                self.condition(obligation.filter, self.item_scope(scope, record))
            self.window(obligation.window, scope, allow_last=False)
        elif isinstance(obligation, s.EachRequired):
            record = self.selector(obligation.selector, scope, needs="moment")
            if record:
                self.condition(obligation.requirement, self.item_scope(scope, record))
        elif isinstance(obligation, s.Prohibition):
            record = self.list_ref(obligation.items, needs="moment")
            if record and obligation.filter is not None:
                self.condition(obligation.filter, self.item_scope(scope, record))
            if obligation.filter is None:
                self.error(obligation.span, "forbuddet mangler en betingelse (`hvor …`)", code="R266")
        elif isinstance(obligation, s.DurationLimit):
            record = self.selector(obligation.selector, scope, needs="period")
            if record:
                self.expect(obligation.limit, self.item_scope(scope, record), DURATION, "den længste varighed")
        elif isinstance(obligation, s.IntervalLimit):
            record = self.list_ref(obligation.items, needs="period")
            if record and obligation.filter is not None:
                self.condition(obligation.filter, self.item_scope(scope, record))
            self.expect(obligation.limit, scope, DURATION, "den længste pause")
        elif isinstance(obligation, s.PopulationShare):
            self.condition(obligation.condition, scope)
            self.expect(obligation.minimum, scope, sm.Type("percent"), "den krævede andel")

    def item_scope(self, scope: Scope, record: str) -> Scope:
        inner = Scope(item=record, params=scope.params, population=scope.population)
        inner.used_params = scope.used_params  # shared: a parameter used anywhere counts
        return inner

    def selector(self, selector: s.Selector, scope: Scope, needs: str, item_rule: bool = True) -> Optional[str]:
        record = self.list_ref(selector.items, needs=needs)
        if record and selector.filter is not None:
            self.condition(selector.filter, self.item_scope(scope, record))
            if item_rule and selector.kind == "first" and any(self.is_parameter(n)
                                                for n in names_in(selector.filter)):
                # the version is chosen by the first item's date, so it cannot help choose that item
                self.error(selector.filter.span, "udvælgelsen af den første kan ikke bruge en versionsværdi",
                           "flyt betingelsen til kravet efter `skal opfylde:`, eller brug en fast værdi", code="R267")
        return record

    def list_ref(self, ref: s.ListRef, needs: Optional[str] = None, report: bool = True) -> Optional[str]:
        """Resolve a list named by its field (`samtaler`) or its record (`samtale`)."""
        case = self.program.case
        lists = {f.name: f.type.name for f in case.fields if f.type.kind == "list"}
        case_field = record = None
        if ref.name in lists:
            case_field, record = ref.name, lists[ref.name]
        else:
            matches = [f for f, r in lists.items() if r.lower() == ref.name.lower()]
            if len(matches) == 1:
                case_field, record = matches[0], lists[matches[0]]
        if record is None:
            if report:
                self.error(ref.span, f"sagen har ingen liste `{ref.name}`",
                           d.did_you_mean(ref.name, [*lists, *(r.lower() for r in lists.values())]), code="R268")
            return None
        declared = self.program.records.get(record)
        if declared is None:
            return None  # `liste af <ukendt post>` is reported at the field itself
        self.sem.lists[ref] = (case_field, record)
        if report:
            if needs == "moment" and not (declared.moment or declared.period):
                self.error(ref.span, f"posten {record} har intet tidspunkt",
                           f"tilføj `tidspunkt <datofelt>` i `post {record}`", code="R269")
            if needs == "period" and not declared.period:
                self.error(ref.span, f"posten {record} har ingen periode",
                           f"tilføj `periode <start> til <slut>` i `post {record}`", code="R270")
        return record

    def window(self, window: s.Window, scope: Scope, allow_last: bool) -> None:
        if isinstance(window, s.WindowFirst):
            self.expect(window.duration, scope, DURATION, "periodens længde")
            self.expect(window.anchor, scope, DATE, "periodens start")
        elif isinstance(window, s.WindowBetween):
            self.expect(window.start, scope, DURATION, "periodens start")
            self.expect(window.end, scope, DURATION, "periodens slutning")
            self.expect(window.anchor, scope, DATE, "det, perioden regnes fra")
        else:
            if not allow_last:
                self.error(window.span, "`de seneste …` kan kun bruges i `antallet af … i de seneste …`",
                           "et krav skal regnes fra en dato i sagen, fx `de første 6 måneder efter forløbsstart`",
                           code="R271")
            self.expect(window.duration, scope, DURATION, "periodens længde")

    # ----------------------------------------------------------- expressions
    def condition(self, expr: s.Expr, scope: Scope) -> None:
        self.expect(expr, scope, BOOL, "betingelsen")

    def expect(self, expr: s.Expr, scope: Scope, wanted: sm.Type, what: str) -> Optional[sm.Type]:
        found = self.expr(expr, scope, expected=wanted)
        if found is not None and not same_kind(found, wanted):
            self.error(expr.span, f"{what} skal være {describe(wanted)}, men er {describe(found)}",
                       type_hint(found, wanted), code="R272")
            return None
        return found

    def expr(self, expr: s.Expr, scope: Scope, expected: Optional[sm.Type] = None) -> Optional[sm.Type]:
        found = self._expr(expr, scope, expected)
        self.sem.types[expr] = found
        return found

    # One method per syntax node (functools.singledispatchmethod, the visitor style of every pass).
    @functools.singledispatchmethod
    def _expr(self, e: s.Expr, scope: Scope, expected: Optional[sm.Type]) -> Optional[sm.Type]:
        raise AssertionError(f"unknown expression {type(e).__name__}")  # the grammar has no other

    @_expr.register
    def _(self, e: s.Name, scope: Scope, expected: Optional[sm.Type]) -> Optional[sm.Type]:
        return self.name(e, scope, expected)

    @_expr.register
    def _(self, e: s.DateLit, scope: Scope, expected: Optional[sm.Type]) -> Optional[sm.Type]:
        return DATE if self.date_literal(e) else None

    @_expr.register
    def _(self, e: s.DurationLit, scope: Scope, expected: Optional[sm.Type]) -> Optional[sm.Type]:
        if e.amount != int(e.amount):
            self.error(e.span, "en varighed skal være et helt antal", "skriv fx `10 dage` i stedet for `1,5 uger`",
                       code="R273")
        elif e.amount * DAYS_PER_UNIT[e.unit] > MAX_DURATION_DAYS:  # the dates would leave the calendar (year 9999)
            self.error(e.span, "varigheden er for lang (over 100 år)", "tjek tallet og enheden", code="R274")
        return DURATION

    @_expr.register
    def _(self, e: s.QuantityLit, scope: Scope, expected: Optional[sm.Type]) -> Optional[sm.Type]:
        return self.number_literal(e, sm.Type({"pct": "percent", "timer": "hours", "kr": "amount"}[e.unit]))

    @_expr.register
    def _(self, e: s.NumberLit, scope: Scope, expected: Optional[sm.Type]) -> Optional[sm.Type]:
        return self.number_literal(e, NUMBER)

    @_expr.register
    def _(self, e: s.BoolLit, scope: Scope, expected: Optional[sm.Type]) -> Optional[sm.Type]:
        return BOOL

    @_expr.register
    def _(self, e: s.TextLit, scope: Scope, expected: Optional[sm.Type]) -> Optional[sm.Type]:
        return sm.Type("text")

    @_expr.register
    def _(self, e: s.EvaluationDate, scope: Scope, expected: Optional[sm.Type]) -> Optional[sm.Type]:
        return DATE

    @_expr.register
    def _(self, e: s.Not, scope: Scope, expected: Optional[sm.Type]) -> Optional[sm.Type]:
        self.condition(e.operand, scope)
        return BOOL

    @_expr.register
    def _(self, e: s.BoolOp, scope: Scope, expected: Optional[sm.Type]) -> Optional[sm.Type]:
        self.condition(e.left, scope)
        self.condition(e.right, scope)
        return BOOL

    @_expr.register
    def _(self, e: s.Compare, scope: Scope, expected: Optional[sm.Type]) -> Optional[sm.Type]:
        return self.compare(e, scope)

    @_expr.register
    def _(self, e: s.OneOf, scope: Scope, expected: Optional[sm.Type]) -> Optional[sm.Type]:
        subject = self.expr(e.subject, scope)
        for value in e.values:
            found = self.operand(value, scope, subject)
            if subject and found and not same_kind(subject, found):
                self.error(value.span, f"{describe(found)} kan ikke sammenlignes med {describe(subject)}",
                           self.enum_hint(value, subject), code="R275")
        return BOOL

    @_expr.register
    def _(self, e: s.Present, scope: Scope, expected: Optional[sm.Type]) -> Optional[sm.Type]:
        found = self.expr(e.subject, scope)
        if found is not None and not found.optional:
            self.warn(e.span, "værdien er altid angivet, så betingelsen er altid "
                      + ("falsk" if e.negated else "sand"), "kun valgfrie felter kan mangle", code="R276")
        return BOOL

    @_expr.register
    def _(self, e: s.Arith, scope: Scope, expected: Optional[sm.Type]) -> Optional[sm.Type]:
        return self.arith(e, scope)

    @_expr.register
    def _(self, e: s.IfElse, scope: Scope, expected: Optional[sm.Type]) -> Optional[sm.Type]:
        self.condition(e.condition, scope)
        then = self.expr(e.then, scope, expected)
        otherwise = self.expr(e.otherwise, scope, expected)
        if then and otherwise and not same_kind(then, otherwise):
            self.error(e.otherwise.span, f"de to grene giver forskellige slags værdier: "
                       f"{describe(then)} og {describe(otherwise)}", code="R277")
            return None
        return then and sm.Type(then.kind, then.name, then.optional or bool(otherwise and otherwise.optional))

    @_expr.register
    def _(self, e: s.IfPresent, scope: Scope, expected: Optional[sm.Type]) -> Optional[sm.Type]:
        value = self.expr(e.value, scope, expected)
        otherwise = self.expr(e.otherwise, scope, expected)
        if value is not None and not value.optional:
            self.warn(e.value.span, "værdien er altid angivet, så `ellers` bruges aldrig", code="R278")
        if value and otherwise and not same_kind(value, otherwise):
            self.error(e.otherwise.span, f"`ellers` giver {describe(otherwise)}, men værdien er {describe(value)}",
                       code="R279")
            return None
        return otherwise

    @_expr.register
    def _(self, e: s.Count, scope: Scope, expected: Optional[sm.Type]) -> Optional[sm.Type]:
        record = self.list_ref(e.items, needs="moment" if e.window else None)
        if record and e.filter is not None:
            self.condition(e.filter, self.item_scope(scope, record))
        if e.window is not None:
            self.window(e.window, scope, allow_last=True)
        return NUMBER

    def date_literal(self, e: s.DateLit) -> bool:
        if not self.date_parts_fit(e):
            return False
        month = MONTH_NAMES[e.month - 1]
        if e.value is not None:
            if FOERSTE_AAR <= e.year <= SIDSTE_AAR:
                return True
            # a case's dates must lie in these years, so a rule's dates must too (`1. januar 23`)
            self.error(e.span, f"året {e.year} ligger uden for {FOERSTE_AAR}–{SIDSTE_AAR}",
                       f"året skal skrives med fire cifre, fx {e.day}. {month} 20{e.year:02d}" if e.year < 100
                       else None, code="R280")
            return False
        if not (isinstance(e.day, int) and isinstance(e.year, int)):
            self.error(e.span, "dag og år i en dato skrives som hele tal", f"skriv fx 1. {month} 2024", code="R281")
            return False
        if 1000 <= e.year <= 9999:
            hint = f"{month} {e.year} har {calendar.monthrange(e.year, e.month)[1]} dage"
        else:
            hint = "året skal skrives med fire cifre"
        self.error(e.span, f"datoen {e.day}. {month} {e.year} findes ikke", hint, code="R282")
        return False

    def compare(self, e: s.Compare, scope: Scope) -> Optional[sm.Type]:
        left = self.expr(e.left, scope)
        right = self.operand(e.right, scope, left)
        if left is None or right is None:
            return BOOL
        if e.op in ("er", "er ikke"):
            if left.kind in ("record", "list"):
                self.error(e.span, f"{describe(left)} kan ikke sammenlignes med `{e.op}`",
                           "sammenlign et af postens felter i stedet", code="R283")
            elif not same_kind(left, right):
                self.error(e.right.span, f"{describe(left)} kan ikke sammenlignes med {describe(right)}",
                           self.enum_hint(e.right, left) or type_hint(right, left), code="R284")
        elif e.op in DATE_ORDER:
            for side, found in ((e.left, left), (e.right, right)):
                if found.kind != "date":
                    self.error(side.span, f"`er {e.op}` sammenligner datoer, men dette er {describe(found)}",
                               "brug `mindst`, `højst`, `over` eller `under` om tal" if found.kind in NUMERIC else None,
                               code="R285")
        else:
            for side, found in ((e.left, left), (e.right, right)):
                if found.kind not in NUMERIC:
                    self.error(side.span, f"`er {e.op}` sammenligner tal, men dette er {describe(found)}",
                               "brug `før`, `efter`, `senest` eller `tidligst` om datoer" if found.kind == "date" else None,
                               code="R286")
            if left.kind in NUMERIC and right.kind in NUMERIC and not same_kind(left, right):
                self.error(e.span, f"enhederne passer ikke sammen: {describe(left)} og {describe(right)}",
                           type_hint(right, left), code="R287")
        return BOOL

    def arith(self, e: s.Arith, scope: Scope) -> Optional[sm.Type]:
        left = self.expr(e.left, scope)
        right = self.expr(e.right, scope)
        if left is None or right is None:
            return None
        if left.kind == "date" and right.kind == "duration":
            self.check_date_shift(e)
            return sm.Type("date", optional=left.optional)
        if left.kind in NUMERIC and same_kind(left, right):
            return sm.Type(left.kind, optional=left.optional or right.optional)
        verb = "lægge" if e.op == "+" else "trække"
        prep = "til" if e.op == "+" else "fra"
        self.error(e.span, f"man kan ikke {verb} {describe(right)} {prep} {describe(left)}",
                   "en varighed kan lægges til eller trækkes fra en dato" if right.kind == "duration" else None,
                   code="R288")
        return None

    def name(self, e: s.Name, scope: Scope, expected: Optional[sm.Type]) -> Optional[sm.Type]:
        first = e.parts[0]
        if len(e.parts) == 1 and expected is not None and expected.kind == "enum":
            enum = self.program.enums.get(expected.name)
            if enum and any(first == v for v, _ in enum.values):
                self.sem.refs[e] = sm.Ref("enum_value", target=first, record=enum.name)
                return sm.Type("enum", enum.name)
        item = self.program.records.get(scope.item) if scope.item else None
        case = self.program.case
        if item is not None and item.field(first):
            kind, record = "item_field", item
        elif item is not None and self.definition_about(first, item.name):
            return self.use_definition(e, first)
        elif case.field(first):
            kind, record = "case_field", case
        elif first in self.program.definitions:
            definition = self.program.definitions[first]
            if definition.subject != CASE_RECORD:
                self.error(e.span, f"definitionen `{first}` handler om {definition.subject} og kan kun "
                           f"bruges i en betingelse om en {definition.subject.lower()}", code="R289")
                return None
            return self.use_definition(e, first)
        elif first in scope.params:
            if len(e.parts) > 1:
                self.error(e.span, f"versionsværdien `{first}` har ingen felter", code="R290")
                return None
            scope.used_params.add(first)
            self.sem.refs[e] = sm.Ref("parameter", target=first)
            return scope.params[first]
        elif expected is not None and expected.kind == "enum" and len(e.parts) == 1:
            self.error(e.span, f"`{first}` er ikke en værdi af {expected.name}", self.name_hint(first, scope, expected),
                       code="R291")
            return None
        else:
            self.unknown(first, e.span, f"ukendt navn `{first}`", self.name_hint(first, scope, expected), code="R292")
            return None
        # walk the field path
        found = None
        optional = False
        for index, part in enumerate(e.parts):
            declared = record.field(part) if record is not None else None
            if declared is None:
                self.error(e.span, f"feltet `{part}` findes ikke i {record.name if record else 'værdien'}",
                           d.did_you_mean(part, [f.name for f in record.fields]) if record else None, code="R293")
                return None
            found = self.field_type(declared)
            optional = optional or found.optional
            if index < len(e.parts) - 1:
                if found.kind != "record":
                    self.error(e.span, f"`{'.'.join(e.parts[:index + 1])}` er {describe(found)} og har ingen felter",
                               code="R294")
                    return None
                record = self.program.records.get(found.name)
        self.sem.refs[e] = sm.Ref(kind, path=e.parts, record=(item.name if kind == "item_field" else CASE_RECORD))
        return sm.Type(found.kind, found.name, optional)

    def definition_about(self, name: str, record: str) -> bool:
        definition = self.program.definitions.get(name)
        return definition is not None and definition.subject == record

    def use_definition(self, e: s.Name, name: str) -> sm.Type:
        if len(e.parts) > 1:
            self.error(e.span, f"definitionen `{name}` er en betingelse og har ingen felter", code="R295")
        self.used_definitions.add(name)
        if self._current_definition is not None:
            self.definition_deps[self._current_definition].add(name)
        self.sem.refs[e] = sm.Ref("definition", target=name, record=self.program.definitions[name].subject)
        return BOOL

    def name_hint(self, name: str, scope: Scope, expected: Optional[sm.Type]) -> Optional[str]:
        candidates = [f.name for f in self.program.case.fields] + list(self.program.definitions) + list(scope.params)
        if scope.item:
            candidates += [f.name for f in self.program.records[scope.item].fields]
        if expected is not None and expected.kind == "enum" and expected.name in self.program.enums:
            values = [v for v, _ in self.program.enums[expected.name].values]
            return d.did_you_mean(name, values) or "mulige værdier: " + ", ".join(values)
        hint = d.did_you_mean(name, candidates)
        if hint is None:
            for enum in self.program.enums.values():
                if any(name == v for v, _ in enum.values):
                    return f"`{name}` er en værdi af {enum.name}; sammenlign et felt med den, fx `… er {name}`"
        return hint

    def operand(self, e: s.Expr, scope: Scope, subject: Optional[sm.Type]) -> Optional[sm.Type]:
        """The right side of a comparison. When the left side was already reported, a bare
        enum value cannot be resolved, and reporting it as unknown would send the reader astray."""
        if subject is None and isinstance(e, s.Name) and len(e.parts) == 1 and any(
                e.parts[0] == value for enum in self.program.enums.values() for value, _ in enum.values):
            return None
        return self.expr(e, scope, expected=subject)

    def enum_hint(self, value: s.Expr, subject: Optional[sm.Type]) -> Optional[str]:
        if subject is None or subject.kind != "enum" or not isinstance(value, s.Name):
            return None
        values = [v for v, _ in self.program.enums[subject.name].values]
        return d.did_you_mean(value.parts[0], values) or "mulige værdier: " + ", ".join(values)

    # -------------------------------------------------------------- examples
    def check_example(self, rule: s.RuleBase, example: s.Example) -> None:
        population = isinstance(rule, s.Rule) and isinstance(rule.obligation, s.PopulationShare)
        if not population and len(example.cases) > 1:
            self.error(example.cases[1].span, "et eksempel på en regel om én sag har kun én `sag:`",
                       "flere sager i ét eksempel bruges til populationsregler", code="R296")
        names = [c.name for c in example.cases if c.name]
        for case in example.cases:
            if case.name and names.count(case.name) > 1:
                self.error(case.span, f"to sager i eksemplet hedder `{case.name}`", code="R297")
            self.example_record(self.program.case, case.fields, case.span, implicit={"id"})
        for expectation in example.expectations:
            self.date_literal(expectation.date)
            for verdict in expectation.verdicts:
                self.check_verdict(rule, verdict, population)

    def check_verdict(self, rule: s.RuleBase, verdict: s.Verdict, population: bool) -> None:
        if verdict.rule is not None:
            if verdict.rule not in self.program.rules and verdict.rule not in self.program.exceptions:
                self.unknown(verdict.rule, verdict.span, f"ukendt regel `{verdict.rule}`",
                             d.did_you_mean(verdict.rule, [*self.program.rules, *self.program.exceptions]), code="R298")
                return
        if verdict.date is not None:
            self.date_literal(verdict.date)
        target = self.program.rules.get(verdict.rule) if verdict.rule else rule
        if isinstance(rule, s.Exception_) and verdict.rule is None:
            target = self.program.rules.get(rule.targets[0][0]) if rule.targets else None
        targets_population = isinstance(target, s.Rule) and isinstance(target.obligation, s.PopulationShare)
        if verdict.kind in ("fulfilled", "not_fulfilled") and not targets_population:
            self.error(verdict.span, "`opfyldt` bruges kun om populationsregler",
                       "skriv `ingen overtrædelse` eller `overtrædelse`", code="R299")
        if verdict.kind not in ("fulfilled", "not_fulfilled") and targets_population:
            self.error(verdict.span, "en populationsregel afgøres med `opfyldt` eller `ikke opfyldt`", code="R300")
        if verdict.count is not None and (not isinstance(verdict.count, int) or verdict.count < 1):
            self.error(verdict.span, "antallet af overtrædelser skal være et helt tal på mindst 1",
                       "skriv `ingen overtrædelse`, `overtrædelse` eller fx `2 overtrædelser`", code="R301")
        elif verdict.count is not None and verdict.count > MAX_COUNT:
            self.error(verdict.span, f"antallet af overtrædelser må højst være {thousands(MAX_COUNT)}", code="R302")
        if verdict.share is not None:
            if verdict.share.unit != "pct":
                self.error(verdict.share.span, "andelen skrives i procent", "skriv fx `med andel 75 pct.`", code="R303")
            else:
                self.number_literal(verdict.share, sm.Type("percent"))

    def example_record(self, record: s.RecordDecl, values: Iterable[tuple[str, s.Span, object]],
                       span: s.Span, implicit: set[str] = frozenset()) -> None:
        given: set[str] = set()
        misspelt: set[str] = set()  # the fields meant by unknown names: not also reported as missing
        for name, name_span, items in self._pairs(values):
            declared = record.field(name)
            if declared is None:
                meant = d.closest(name, [f.name for f in record.fields])
                self.error(name_span, f"{record.name} har intet felt `{name}`", meant and f"mente du `{meant}`?",
                           code="R304")
                misspelt.add(meant)
                continue
            expected = self.field_type(declared)
            if name in given and expected.kind != "list":
                self.error(name_span, f"feltet `{name}` er angivet to gange", code="R305")
            given.add(name)
            if expected.kind != "list" and len(items) > 1:
                self.error(name_span, f"feltet `{name}` har kun én værdi", code="R306")
            for value in items:
                self.example_value(value, expected)
        for declared in record.fields:
            required = not declared.optional and declared.default is None and declared.type.kind != "list"
            if required and declared.name not in given | misspelt | implicit:
                written = f"`{declared.name}: …`" if record.name == CASE_RECORD else f"`{declared.name} …`"
                self.error(span, f"{'sagen' if record.name == CASE_RECORD else record.name} mangler feltet "
                           f"`{declared.name}`", f"tilføj {written}; feltet er påkrævet i `post {record.name}` "
                           "(skriv `, valgfri` eller `, standard …` ved feltet, hvis ikke alle sager har det)",
                           code="R307")

    @staticmethod
    def _pairs(values):
        for value in values:
            if isinstance(value, s.FieldValue):
                yield value.name, value.span, value.values
            else:  # (name, span, value) from a record literal
                name, span, item = value
                yield name, span, [item]

    def example_value(self, value, expected: sm.Type) -> None:
        if expected.kind in ("list", "record"):
            if not isinstance(value, s.RecordValue):
                self.error(value.span, f"her forventedes {describe(expected)} i parentes",
                           "skriv fx `(dato 9. januar 2023, form fremmøde, aktør jobcenter)`", code="R308")
                return
            record = self.program.records.get(expected.name)
            if record is not None:  # an unknown record is reported at the field's declaration
                self.example_record(record, value.pairs, value.span)
            return
        if isinstance(value, s.RecordValue):
            self.error(value.span, f"her forventedes {describe(expected)}, ikke en post", code="R309")
            return
        if isinstance(value, s.EnumValue):
            if expected.kind != "enum":
                self.error(value.span, f"`{value.name}` er ikke {describe(expected)}", code="R310")
                return
            values = [v for v, _ in self.program.enums[expected.name].values]
            if value.name not in values:
                self.error(value.span, f"ukendt værdi `{value.name}` for {expected.name}",
                           d.did_you_mean(value.name, values) or "mulige værdier: " + ", ".join(values), code="R311")
            return
        found = self.expr(value, Scope())
        if found is None:
            return
        numeric_ok = expected.kind in NUMERIC and found.kind == "number"
        if not same_kind(found, expected) and not numeric_ok:
            self.error(value.span, f"feltet skal være {describe(expected)}, men værdien er {describe(found)}",
                       code="R312")

    # ------------------------------------------ names and numbers the back ends can hold
    def check_distinct_names(self) -> None:
        """Two names of one kind that differ only in case, æ/ae, ø/oe, å/aa, accents or
        character width would share an identifier in the generated Python or a file name in
        the documentation (`pynames.name_key`): the later one is refused where it stands."""
        program = self.program

        def declared(table: dict, noun: str) -> list[tuple[str, s.Span, str]]:
            return [(item.name, getattr(item, "name_span", None) or item.span, noun) for item in table.values()]

        namespaces = [
            declared(program.records, "posten") + declared(program.enums, "opremsningen"),
            declared(program.rules, "reglen") + declared(program.exceptions, "undtagelsen"),
            declared(program.definitions, "definitionen"),
            declared(program.sources, "kilden"),
            *([(f.name, f.span, "feltet") for f in record.fields] for record in program.records.values()),
            *([(value, span, "værdien") for value, span in enum.values] for enum in program.enums.values()),
            *([(b.name, b.span, "versionsværdien") for version in rule.versions for b in version.bindings]
              for rule in program.rules.values()),
        ]
        for names in namespaces:
            first_by_key: dict[str, tuple[str, s.Span, str]] = {}
            for name, span, noun in sorted(names, key=lambda entry: (entry[1].path, entry[1].line, entry[1].column)):
                key = name_key(name)
                if key not in first_by_key and len(key) > MAX_NAME_LENGTH:
                    self.error(span, f"navnet `{name[:40]}{'…' if len(name) > 40 else ''}` er for langt",
                               f"et navn må højst have {MAX_NAME_LENGTH} tegn (æ, ø og å tæller som to)", code="R313")
                first, first_span, first_noun = first_by_key.setdefault(key, (name, span, noun))
                if first == name and first_noun == noun:
                    continue  # the same name again: reported where it is declared twice, if wrong
                where = f"{first_noun} `{first}` står i {first_span.path}, linje {first_span.line}"
                if first == name:
                    self.error(span, f"{noun} `{name}` har samme navn som {first_noun} `{first}`",
                               f"{where}; vælg et andet navn", code="R314")
                else:
                    self.error(span, f"{noun} `{name}` kan ikke skelnes fra {first_noun} `{first}`",
                               "navne, der kun adskiller sig ved store og små bogstaver, æ/ae, ø/oe, å/aa, "
                               f"accenter eller tegnbredde, er det samme navn; {where}", code="R315")

    def check_definition_depth(self) -> bool:
        """How deep a definition reaches through the definitions it uses, in levels of
        expressions: the compiler follows that chain recursively (`Lowering.benefits_of` in ir/lower.py) and the
        validators call one function per definition, so it must fit Python's stack. Walked
        without recursion, in the order the cycle check walks (whose depth it so bounds);
        reported where the depth first grows too large. Returns whether every definition fits."""
        depth: dict[str, int] = {}
        fits = True
        for root in self.definition_deps:
            if root in depth:
                continue
            stack, active = [(root, iter(sorted(self.definition_deps[root])))], {root}
            while stack:
                name, pending = stack[-1]
                dependency = next((dep for dep in pending if dep not in depth and dep not in active
                                   and dep in self.definition_deps), None)
                if dependency is not None:
                    stack.append((dependency, iter(sorted(self.definition_deps[dependency]))))
                    active.add(dependency)
                    continue
                stack.pop()
                active.discard(name)
                uses = [(self.sem.ref(used).target, level)
                        for used, level in names_by_level(self.program.definitions[name].body)
                        if self.refers_to(used, "definition")]
                depth[name] = max((level + depth.get(target, 0) for target, level in uses), default=0)
                if depth[name] > MAX_DEFINITION_DEPTH >= max((depth.get(t, 0) for t, _ in uses), default=0):
                    definition = self.program.definitions[name]
                    self.error(definition.name_span or definition.span,
                               f"definitionen `{name}` bygger på for mange lag af andre definitioner "
                               f"(over {MAX_DEFINITION_DEPTH} led inde i hinanden)",
                               "skriv betingelsen mere direkte, eller saml nogle af definitionerne", code="R316")
                    fits = False
        return fits

    def refers_to(self, name: s.Name, kind: str) -> bool:
        ref = self.sem.ref_or_none(name)
        return ref is not None and ref.kind == kind

    def is_parameter(self, name: s.Name) -> bool:
        return self.refers_to(name, "parameter")

    def check_no_version_values(self, conditions: list[s.Expr]) -> None:
        """Whom a rule applies to is decided before its version (which an item rule even picks
        per item, by the item's date), so that condition cannot read a version value."""
        for condition in conditions:
            for name in names_in(condition):
                if self.is_parameter(name):
                    self.error(name.span, f"`for sager hvor` kan ikke bruge versionsværdien `{self.sem.ref(name).target}`",
                               "versionen vælges først ud fra den afgørende dato; flyt betingelsen ind i kravet",
                               code="R317")

    def number_literal(self, e: s.NumberLit | s.QuantityLit, kind: sm.Type) -> sm.Type:
        """A number no larger and no more precise than its kind allows (NUMBER_LIMITS)."""
        largest, decimals, noun, unit = NUMBER_LIMITS[kind.kind]
        value = e.value if isinstance(e, s.NumberLit) else e.amount
        if value > largest:
            self.error(e.span, f"{noun} er for stort" if kind.kind != "percent" else "procentsatsen er over 100 pct.",
                       f"{noun} må højst være {thousands(largest)}{unit}", code="R318")
        elif -value.as_tuple().exponent > decimals:
            self.error(e.span, f"{noun} har for mange decimaler", f"skriv højst {decimals} decimaler", code="R319")
        return kind

    def date_parts_fit(self, e: s.DateLit) -> bool:
        """A day or a year of more digits than any date has cannot even be shown in a message."""
        if max(e.day, e.year) < 10 ** MAX_DATE_DIGITS:
            return True
        self.error(e.span, "datoen har for mange cifre", f"skriv fx 1. {MONTH_NAMES[e.month - 1]} 2024", code="R320")
        return False

    def check_date_shift(self, e: s.Arith) -> None:
        """Durations added to (or subtracted from) one date, in all, keep it in the calendar
        whatever the case's dates are; reported once, where the sum first grows too large."""
        if date_shift(e) > MAX_DATE_SHIFT_DAYS >= date_shift(e.left):
            self.error(e.span, "datoen flyttes for langt (over 200 år i alt)", "tjek varighederne", code="R321")


def date_shift(e: s.Expr) -> int:
    """The most days a date expression can lie from the dates it starts from."""
    if isinstance(e, s.Arith):
        return date_shift(e.left) + duration_days(e.right)
    if isinstance(e, s.IfElse):
        return max(date_shift(e.then), date_shift(e.otherwise))
    if isinstance(e, s.IfPresent):
        return max(date_shift(e.value), date_shift(e.otherwise))
    return 0


def duration_days(e: s.Expr) -> int:
    """The most days a duration expression can be: a literal's own length; a version value is a
    literal of at most MAX_DURATION_DAYS (each literal is checked against that)."""
    if isinstance(e, s.DurationLit):
        return min(int(e.amount) * DAYS_PER_UNIT[e.unit], MAX_DURATION_DAYS + 1)
    if isinstance(e, s.IfElse):
        return max(duration_days(e.then), duration_days(e.otherwise))
    if isinstance(e, s.IfPresent):
        return max(duration_days(e.value), duration_days(e.otherwise))
    return MAX_DURATION_DAYS


def thousands(number: int | Decimal) -> str:
    """A whole number as Danish writes it: 1.000.000."""
    return f"{int(number):,}".replace(",", ".")


def names_in(expr: s.Expr):
    """Every Name node inside an expression (also in a count's window)."""
    return (name for name, _level in names_by_level(expr))


def names_by_level(expr: s.Expr | s.Window, level: int = 1):
    """Every Name node inside an expression, with how many levels down it stands."""
    if isinstance(expr, s.Name):
        yield expr, level
    for value in vars(expr).values():
        children = value if isinstance(value, list) else [value]
        for child in children:
            if isinstance(child, (s.Expr, s.WindowFirst, s.WindowBetween, s.WindowLast)):
                yield from names_by_level(child, level + 1)


def type_hint(found: sm.Type, wanted: sm.Type) -> Optional[str]:
    if wanted.kind == "duration" and found.kind == "number":
        return "angiv enheden, fx `4 uger` eller `6 måneder`"
    if wanted.kind == "percent" and found.kind == "number":
        return "skriv procent med `pct.`, fx `70 pct.`"
    if wanted.kind == "hours" and found.kind == "number":
        return "skriv timer med `timer`, fx `100 timer`"
    if wanted.kind == "bool" and found.kind == "enum":
        return "sammenlign værdien, fx `ydelse er dagpenge`"
    return None


danish_date = dansk_dato
