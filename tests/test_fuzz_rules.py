"""No rule file gives a Python traceback, and what `regel tjek` accepts always builds and runs.

1. Random text, token soup, mutated rule files and random bytes go through decode -> parse
   -> check, and every problem comes back as a Danish diagnostic located inside the file.
2. The invariant of issue 10: every mutant of a fixture rule set that passes the checker is
   built (validators, JSON schema, documentation), imported, run on a small caseload, and its
   examples are run as `regel test` runs them. A failing example is fine; an exception is not.
   The mutants aim at what broke the back ends: builtin, keyword and runtime names for
   records, fields, enums, definitions and rules, names that differ only in case, æ/ae or
   width, huge and tiny numbers, odd dates, dates shifted far, and non-Latin letters.

CI runs a fixed, derandomized set (a few hundred examples per property, 2,000 mutants for the
invariant). Search longer for crashes locally with e.g. `REGELSPROG_FUZZ=5000 .venv/bin/python
-m pytest tests/test_fuzz_rules.py` (random seeds, so every run explores new inputs).

Cheap by construction: only what a mutation changed is parsed again (see
`parse_unchanged_files_once`), and the mutants' packages are executed from memory with the
runtime compiled once; the mutants are judged on every core (forked workers share the caches).
"""

from __future__ import annotations

import functools
import json
import multiprocessing
import os
import random
import re
import sys
import traceback
import types
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compiler import checker, cli, diagnostics, examples, parser, pipeline, source
from compiler.backends import docs
from compiler.backends import python as pyback
from compiler.runtime import MAANEDSNAVNE

TESTS = Path(__file__).resolve().parent
MODEL = sorted((TESTS / "fixtures" / "rules_model").glob("*.regel"))
SEEDS = [*MODEL, TESTS / "fixtures" / "rules_sample" / "regler.regel",
         *sorted((TESTS / "golden" / "diagnostics").glob("*.regel"))]
TEXTS = {path: path.read_text(encoding="utf-8") for path in SEEDS}
# The rule set the invariant fuzzer mutates: the model, the sample rules and more shapes.
FUZZ_SET = [*MODEL, TESTS / "fixtures" / "rules_sample" / "regler.regel",
            *sorted((TESTS / "fixtures" / "rules_fuzz").glob("*.regel"))]
FUZZ_TEXTS = {path.name: source.normalise(path.read_text(encoding="utf-8")) for path in FUZZ_SET}

LONG = int(os.environ.get("REGELSPROG_FUZZ", "0"))
FUZZ = settings(max_examples=LONG or 250, deadline=None, derandomize=not LONG, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
MUTANTS = LONG or 2000
SQL_EVERY = 1 if LONG else 40  # every 40th mutant is built with generated/sql/ too (it costs most)


# Syntax trees of the unchanged fixture files, parsed once and shared by every check (the
# checker never changes a tree). Filled by `parse_unchanged_files_once`.
PARSED: dict[tuple[str, str], object] = {}


@pytest.fixture(autouse=True, scope="module")
def parse_unchanged_files_once():
    """Most of what a check and a build cost is parsing what no mutation changed, and compiling
    the documentation's templates; both are kept for the module. Inside a changed file, the
    parser's tree of each unchanged block is kept too (the builder makes fresh syntax trees)."""
    lark = parser.get_parser()
    parse = lark.parse
    known = {}
    for path in {*SEEDS, *FUZZ_SET}:
        text = source.normalise(path.read_text(encoding="utf-8"))
        module, problems = parser.parse_text(text, path.name)
        if not problems:
            PARSED[path.name, text] = module
        for _line, block in parser.split_blocks(text):
            try:
                known[block] = parse(block)
            except Exception:  # the golden files' syntax errors are parsed (and reported) each time
                pass
    lark.parse = lambda text, *rest, **options: known[text] if text in known else parse(text, *rest, **options)
    environment = docs._environment
    docs._environment = functools.lru_cache(maxsize=None)(environment)
    yield
    del lark.parse
    docs._environment = environment
    PARSED.clear()


TOKENS = ["regel", "undtagelse", "definition", "post", "opremsning", "kilde", "bestemmelse", "krav:", "krav",
          "hvor", "er", "ikke", "og", "eller", "en af", "(", ")", ",", ":", ".", '"', '"x"', "senest", "efter", "før",
          "1.", "31.", "februar", "2023", "0", "1,5", "uger", "måneder", "dag", "pct.", "%", "timer", "kr.", "P01",
          "P99", "eksempel", "sag:", "sag a:", "pr.", "frist", "overtrædelse", "opfyldt", "version", "gælder", "fra",
          "til", "og med", "hvis", "angivet", ", ellers", "mangler", "antallet af", "de første", "de seneste",
          "perioden", "inden for", "den første", "hver", "mindst", "højst", "vare", "skæringsdatoen", "Sag", "ydelse",
          "samtaler", "samtale", "forløbsstart", "fritagelse.fra", "dagpenge", "liste af", "valgfri", "standard",
          "\n", "\n  ", "\n    ", "\t", "#", "{frist}", "{"]
# Characters that legal staff paste, and characters that break naive code.
NOISE = st.sampled_from(list("æøåÆØÅ\"'“”„«»\u00a0\u202f\t\x00\\{}#.,:;()%§-–") + ["a\u030a", "🙂", "\ufeff", "\r\n", "\r"])
ANY_TEXT = st.characters(codec="utf-8", exclude_categories=("Cs",))
ENGLISH = re.compile(r"\b(unexpected|expected|error|token|traceback|exception|none|line|column)\b", re.I)


def run_pipeline(files: dict[str, str]):
    """Check the files together; every diagnostic must be located, Danish and renderable.
    Returns the loaded rules when there is no error."""
    modules, problems, texts = [], [], {}
    for name, text in files.items():
        texts[name] = text if (name, text) in PARSED else source.normalise(text)
        pristine = PARSED.get((name, texts[name]))
        module, found = (pristine, []) if pristine else parser.parse_text(texts[name], name)
        modules.append(module)
        problems += found
    program, found = checker.check(modules, complete=not any(problem.is_error for problem in problems))
    lines_of = {path: text.split("\n") for path, text in texts.items()}
    for diagnostic in [*problems, *found]:
        assert diagnostic.severity in ("fejl", "advarsel")
        assert diagnostic.message.strip()
        assert not ENGLISH.search(re.sub(r"`[^`]*`", "", diagnostic.message)), diagnostic.message
        span = diagnostic.span
        lines = lines_of[span.path]
        assert 1 <= span.line <= len(lines), (span, len(lines))
        assert 1 <= span.column <= len(lines[span.line - 1]) + 1, (span, lines[span.line - 1])
        rendered = diagnostics.render(diagnostic, lines)
        assert rendered.startswith(f"{span.path}:{span.line}:{span.column}: {diagnostic.severity}: ")
    if any(diagnostic.is_error for diagnostic in [*problems, *found]):
        return None
    return pipeline.Loaded(program, [*problems, *found], texts)


def with_model(name: str, text: str, replacing: Path | None = None) -> dict[str, str]:
    files = {path.name: TEXTS[path] for path in MODEL if path != replacing}
    files[name] = text
    return files


@FUZZ
@given(st.text(alphabet=ANY_TEXT, max_size=400))
def test_random_text(text):
    run_pipeline(with_model("fuzz.regel", text))


@FUZZ
@given(st.lists(st.one_of(st.sampled_from(TOKENS), NOISE), max_size=60).map(" ".join))
def test_token_soup(text):
    run_pipeline(with_model("fuzz.regel", text))


def mutate(text: str, data) -> str:
    lines = text.split("\n")
    for _ in range(data.draw(st.integers(1, 6), label="mutations")):
        if not lines:
            lines = [""]
        index = data.draw(st.integers(0, len(lines) - 1))
        line = lines[index]
        words = line.split(" ")
        action = data.draw(st.sampled_from(["delete line", "duplicate line", "swap lines", "cut line",
                                            "dedent line", "delete word", "duplicate word", "swap words",
                                            "insert token", "insert noise", "insert text", "long line"]))
        if action == "delete line":
            del lines[index]
        elif action == "duplicate line":
            lines.insert(index, line)
        elif action == "swap lines":
            other = data.draw(st.integers(0, len(lines) - 1))
            lines[index], lines[other] = lines[other], line
        elif action == "cut line":
            lines[index] = line[: data.draw(st.integers(0, len(line)))]
        elif action == "dedent line":
            lines[index] = line.lstrip()
        elif action in ("delete word", "duplicate word", "swap words"):
            at = data.draw(st.integers(0, len(words) - 1))
            if action == "delete word":
                del words[at]
            elif action == "duplicate word":
                words.insert(at, words[at])
            else:
                other = data.draw(st.integers(0, len(words) - 1))
                words[at], words[other] = words[other], words[at]
            lines[index] = " ".join(words)
        elif action in ("insert token", "insert noise", "insert text"):
            piece = data.draw({"insert token": st.sampled_from(TOKENS), "insert noise": NOISE,
                               "insert text": st.text(alphabet=ANY_TEXT, max_size=8)}[action])
            at = data.draw(st.integers(0, len(line)))
            lines[index] = line[:at] + piece + line[at:]
        else:
            lines[index] = line + " og ja" * data.draw(st.integers(1, 300)) + "x" * data.draw(st.integers(0, 5000))
    return "\n".join(lines)


@FUZZ
@given(st.sampled_from(SEEDS), st.data())
def test_mutated_rule_files(seed, data):
    text = mutate(TEXTS[seed], data)
    run_pipeline(with_model(seed.name, text, replacing=seed))


@FUZZ
@given(st.binary(max_size=300), st.sampled_from([b"", b"\xef\xbb\xbf"]))
def test_random_bytes(data, prefix):
    try:
        text = source.decode(prefix + data)
    except source.SourceDecodeError as failure:
        lines = re.split(rb"\r\n|\r|\n", prefix + data)  # the line ends source.normalise knows
        assert 1 <= failure.line <= len(lines)
        assert 1 <= failure.column <= len(lines[failure.line - 1])
        assert "UTF-8" in str(failure)
        return
    run_pipeline(with_model("fuzz.regel", text))


@FUZZ
@given(st.sampled_from(SEEDS), st.data())
def test_mutated_bytes(seed, data):
    raw = bytearray(TEXTS[seed].encode("utf-8"))
    for _ in range(data.draw(st.integers(1, 4))):
        at = data.draw(st.integers(0, len(raw)))
        raw[at:at] = data.draw(st.binary(min_size=1, max_size=4))
    try:
        text = source.decode(bytes(raw))
    except source.SourceDecodeError as failure:
        assert failure.line >= 1 and failure.column >= 1
        return
    run_pipeline(with_model(seed.name, text, replacing=seed))


# ----------------------------------------------------------------------------
# The invariant: nothing that passes `tjek` fails in `byg`, at import or at run time
# ----------------------------------------------------------------------------

KEYWORDS = frozenset(t.pattern.value for t in parser.get_parser().terminals if t.pattern.type == "str")
# Names Python, the generated modules or the runtime already use, and names that are odd.
HOSTILE_NAMES = [
    "enumerate", "sum", "len", "frozenset", "list", "str", "object", "print", "min", "id", "type", "class", "None",
    "True", "def", "lambda", "import", "match", "case", "DAG", "Varighed", "laeg_til", "traek_fra", "rt", "model",
    "date", "NamedTuple", "dataclass", "Literal", "Any", "get_args", "annotations", "data", "felt", "post", "sag",
    "element", "indeks", "skaeringsdato", "ud", "v", "frist", "afgoerende", "gaeldende", "haendelse", "graense",
    "SAGSREGLER", "REGLER_PR_YDELSE", "POPULATIONSREGLER", "valider_sag", "valider", "Sagsbestand", "laes_sager",
    "UgyldigSag", "KONTRAKTVERSION", "Regelbeskrivelse", "sag_fra_json", "samtale_fra_json", "Samtale_fra_json",
    "regel_første_samtale", "definition_aktiv_sag", "undtagelse_sygemeldt_digitalt", "Regel", "Sagsresultat",
    "ManglendeData", "kraev", "DAG_", "class_", "VAERDIER_YDELSE", "NOEGLER_SAG", "INFO_fokusmål", "Vaerdier_x",
    "ｓａｍｔａｌｅ", "Ｂær", "bær", "baer", "ydélse", "αβγ", "жизнь", "名前", "ǅemal", "ﬁnal", "①x", "x" * 130,
    "ø" * 70, "e\u0301t",
]
ODD_NUMBERS = ["0", "1", "9" * 10, "9" * 16, "9" * 20, "9" * 400, "9" * 5000, "1000000000", "1000000001", "100000",
               "100001", "100", "101", "10000", "10001", "0,001", "0,000001", "0,0000001", "0," + "0" * 400 + "1",
               "1,123456", "1,1234567", "99,99", "100,5", "36600", "1200", "4300", "2,5"]
MONTHS = "|".join(MAANEDSNAVNE)
ODD_DATES = ["29. februar 2023", "29. februar 2024", "31. juni 2023", "0. januar 2023", "1. januar 1899",
             "1. januar 1900", "31. december 2199", "1. januar 2200", "1. januar 99999", "1. januar " + "9" * 20,
             "1. januar 23", "1,5. januar 2023", "31. december 9999", "1. januar " + "9" * 5000]
SHIFTS = [" + 100 år", " + 100 år + 100 år", " - 100 år - 100 år", " + 36600 dage", " + 1200 måneder",
          " - 5000 uger", " + 6 måneder - 1 dag"]
ODD_CHARACTERS = ["\u0301", "\u200d", "\u202e", "\u00a0", "ａ", "α", "🙂", "ß", "\ufeff", "ǅ"]


def declared_names() -> list[tuple[str, str]]:
    """(kind, name) of every name the fuzz set declares that is not also a keyword."""
    loaded = run_pipeline(FUZZ_TEXTS)
    assert loaded is not None, "the fuzz set itself must pass the checker"
    program = loaded.program
    found = [("record", name) for name in program.records if name != "Sag"]
    found += [("enum", name) for name in program.enums]
    found += [("value", value) for enum in program.enums.values() for value, _span in enum.values]
    found += [("field", f.name) for record in program.records.values() for f in record.fields]
    found += [(kind, name) for kind, table in (("definition", program.definitions), ("rule", program.rules),
                                               ("exception", program.exceptions), ("source", program.sources))
              for name in table]
    found += [("value", b.name) for rule in program.rules.values() for v in rule.versions for b in v.bindings]
    return sorted({(kind, name) for kind, name in found if name not in KEYWORDS})


def variants(name: str) -> list[str]:
    """Spellings of a name that Python or a file system might or might not tell apart."""
    width = {chr(c): chr(c + 0xFEE0) for c in range(ord("A"), ord("z") + 1) if chr(c).isalpha()}
    found = {name.swapcase(), name.upper(), name.capitalize(), name.lower(), name + "_", name.rstrip("_") or name,
             name.replace("ø", "oe").replace("æ", "ae").replace("å", "aa"),
             name.replace("oe", "ø").replace("ae", "æ").replace("aa", "å"),
             name[0].translate(str.maketrans(width)) + name[1:], name.replace("e", "é", 1), name.replace("a", "á", 1)}
    return sorted(found - {name})


def whole_word(name: str) -> re.Pattern:
    return re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")


def rename(texts: dict[str, str], rng: random.Random, names) -> tuple[dict[str, str], str]:
    kind, name = rng.choice(names)
    new = rng.choice(HOSTILE_NAMES if rng.random() < 0.6 else variants(name))
    replaced = {path: whole_word(name).sub(lambda _m: new, text) for path, text in texts.items()}
    if kind == "record":  # a list is also named by its record in lower case (`den første samtale`)
        replaced = {path: whole_word(name.lower()).sub(lambda _m: new.lower(), text) for path, text in replaced.items()}
    return replaced, f"omdøb {kind} {name!r} til {new!r}"


def collide(texts: dict[str, str], rng: random.Random, names) -> tuple[dict[str, str], str]:
    """Declare a name again beside the first: another spelling, or the same name as another kind."""
    path = rng.choice(sorted(texts))
    blocks = [block for _line, block in parser.split_blocks(texts[path])]
    block = rng.choice(blocks).lstrip("\n")
    keyword, name = (block.split(None, 2) + ["", ""])[:2]
    if keyword == "post" and rng.random() < 0.6:
        fields = re.findall(r"^  (\w+):", block, re.M)
        if fields:
            field = rng.choice(fields)
            new = rng.choice(variants(field))
            line = re.search(rf"^  {re.escape(field)}:.*$", block, re.M).group(0)
            grown = block.replace(line, line + "\n" + line.replace(field, new, 1), 1)
            return {**texts, path: texts[path].replace(block, grown, 1)}, f"felt {field!r} og {new!r}"
    if keyword == "opremsning" and rng.random() < 0.5:
        value = rng.choice(re.findall(r"\w+", block.split(":", 1)[-1]))
        new = rng.choice(variants(value))
        grown = block.replace(value, f"{value}, {new}", 1)
        return {**texts, path: texts[path].replace(block, grown, 1)}, f"værdi {value!r} og {new!r}"
    if keyword == "opremsning" or (keyword == "post" and rng.random() < 0.5):
        other = rng.choice([n for kind, n in names if kind in ("record", "enum")])
        extra = f"\nopremsning {other} \"x\": a, b\n" if keyword == "post" else f"\npost {other} \"x\"\n  x: tekst\n"
        return {**texts, path: texts[path] + extra}, f"post og opremsning {other!r}"
    if keyword in ("post", "definition", "regel", "undtagelse", "kilde") and name:
        new = rng.choice(variants(name))
        copy = block.replace(name, new, 1)
        return {**texts, path: texts[path] + "\n" + copy}, f"{keyword} {name!r} og {new!r}"
    return texts, "ingen"


def odd_number(texts: dict[str, str], rng: random.Random, _names) -> tuple[dict[str, str], str]:
    return replace_one(texts, rng, r"(?<![\w,])\d+(?:,\d+)?(?![\w,])", ODD_NUMBERS, "tal")


def odd_date(texts: dict[str, str], rng: random.Random, _names) -> tuple[dict[str, str], str]:
    return replace_one(texts, rng, rf"\d+\. (?:{MONTHS}) \d+", ODD_DATES, "dato")


def shift_date(texts: dict[str, str], rng: random.Random, _names) -> tuple[dict[str, str], str]:
    shift = rng.choice(SHIFTS)
    return replace_one(texts, rng, r"(?<=efter )\w+(?![\w:])", None, "forskudt dato",
                       make=lambda found: found + shift)


def odd_character(texts: dict[str, str], rng: random.Random, _names) -> tuple[dict[str, str], str]:
    return replace_one(texts, rng, r"(?<=\w)(?=\w)", ODD_CHARACTERS, "tegn")


def cut_or_copy_line(texts: dict[str, str], rng: random.Random, _names) -> tuple[dict[str, str], str]:
    path = rng.choice(sorted(texts))
    lines = texts[path].split("\n")
    at = rng.randrange(len(lines))
    action = rng.choice(["slet", "kopier", "afkort", "byt ord"])
    if action == "slet":
        del lines[at]
    elif action == "kopier":
        lines.insert(at, lines[at])
    elif action == "afkort":
        lines[at] = lines[at][: rng.randint(0, len(lines[at]))]
    else:
        words = lines[at].split(" ")
        first, second = rng.randrange(len(words)), rng.randrange(len(words))
        words[first], words[second] = words[second], words[first]
        lines[at] = " ".join(words)
    return {**texts, path: "\n".join(lines)}, f"{action} linje {at + 1} i {path}"


def insert_token(texts: dict[str, str], rng: random.Random, _names) -> tuple[dict[str, str], str]:
    token = rng.choice(TOKENS)
    return replace_one(texts, rng, r"(?<= )(?=\w)", None, "indsæt", make=lambda _found: token + " ")


def replace_one(texts, rng, pattern: str, choices, label: str, make=None):
    """Replace one match of `pattern` in one of the files (by a choice, or by `make`)."""
    matches = [(path, m) for path in sorted(texts) for m in re.finditer(pattern, texts[path])]
    if not matches:
        return texts, "ingen"
    path, match = rng.choice(matches)
    new = make(match.group(0)) if make else rng.choice(choices)
    text = texts[path]
    return {**texts, path: text[:match.start()] + new + text[match.end():]}, f"{label} {match.group(0)!r} -> {new[:40]!r}"


MUTATIONS = {rename: 30, collide: 20, odd_number: 15, odd_date: 10, shift_date: 10, odd_character: 5,
             cut_or_copy_line: 10, insert_token: 10}
DAYS = (date(2024, 5, 1), date(1900, 1, 1), date(2199, 12, 31))
EDGE_DATES = ("1900-01-01", "2199-12-31")


def caseload(program, rng: random.Random) -> list[dict]:
    """A few cases in the mutant's own data model (dates also on the calendar's edges)."""
    cases = []
    for number in range(4):
        case = record_json(program, program.case, rng, depth=0)
        if program.case.field("id") is not None:
            case["id"] = f"S{number}"
        cases.append(case)
    return cases


def record_json(program, record, rng: random.Random, depth: int) -> dict:
    data = {}
    for declared in record.fields:
        if not (declared.optional and rng.random() < 0.3):
            data[declared.name] = value_json(program, declared.type, rng, depth)
    return data


def value_json(program, ref, rng: random.Random, depth: int):
    if ref.kind == "list":
        items = rng.randint(0, 3) if depth < 2 else 0
        return [record_json(program, program.records[ref.name], rng, depth + 1) for _ in range(items)]
    if ref.name in program.enums:
        return rng.choice(program.enums[ref.name].values)[0]
    if ref.name in program.records:
        return record_json(program, program.records[ref.name], rng, depth + 1) if depth < 2 else {}
    if ref.name == "dato":
        return rng.choice(EDGE_DATES) if rng.random() < 0.1 else date.fromordinal(
            date(2022, 6, 1).toordinal() + rng.randrange(900)).isoformat()
    return {"tekst": rng.choice(["", " ", "x", "æøå"]), "sandhedsværdi": rng.random() < 0.5}.get(
        ref.name, rng.choice([0, 1, 99.5, 150, 10 ** 9]))


@functools.lru_cache(maxsize=32)
def compiled(text: str, filename: str):
    """Compile a generated module; the runtime is the same for every mutant, and a mutant of the
    rules alone leaves model.py as it was."""
    return compile(text, filename, "exec")


def import_package(files: dict[str, str], name: str) -> types.ModuleType:
    """Execute the generated package's modules from memory, as `import` would, under `name`."""
    package = types.ModuleType(name)
    package.__path__, package.__package__ = [], name
    sys.modules[name] = package
    runtime = _module(package, "_runtime", is_package=True)
    modules = [(runtime, f"_runtime/{name}") for name in pyback.RUNTIME_MODULES]  # each after those it imports
    for parent, path in [*modules, (package, "_runtime/__init__"), (package, "model"), (package, "regler")]:
        module = runtime if path == "_runtime/__init__" else _module(parent, path.rsplit("/", 1)[-1])
        exec(compiled(files[f"{pyback.PACKAGE}/{path}.py"], f"{path}.py"), module.__dict__)
    exec(compiled(files[f"{pyback.PACKAGE}/__init__.py"], "__init__.py"), package.__dict__)
    return package


def _module(package: types.ModuleType, name: str, is_package: bool = False) -> types.ModuleType:
    """An empty module `package.name`, registered as `import` would (its code runs after)."""
    module = types.ModuleType(f"{package.__name__}.{name}")
    module.__package__ = module.__name__ if is_package else package.__name__
    if is_package:
        module.__path__ = []
    sys.modules[module.__name__] = module
    setattr(package, name, module)
    return module


def build_and_run(loaded, rng: random.Random, name: str, folders: tuple[str, ...] = cli.ALL) -> None:
    """What `regel byg` writes, imported and run on a caseload, and `regel test` on the examples."""
    program = loaded.program
    files = cli.generated_files(loaded, folders)
    pages = sum(1 for path in files if re.fullmatch(r"docs/(regler|kilder)/[^/]+\.html", path))
    declared = len(program.rules) + len(program.exceptions) + len(program.sources)
    assert pages == declared, "a documentation page overwrote another"
    json.loads(files["schema/sag.schema.json"])
    python = {path.removeprefix("python/"): text for path, text in files.items() if path.startswith("python/")}
    try:
        package = import_package(python, name)
        cases = caseload(program, rng)
        for day in DAYS:
            caseload_result = package.Sagsbestand(day)
            for _result in caseload_result.valider_alle(cases):
                pass
            caseload_result.population()
        examples.run_examples(loaded.rule_set, package)
    finally:
        for module in [m for m in sys.modules if m == name or m.startswith(name + ".")]:
            del sys.modules[module]


def judge_mutant(mutant: tuple[int, dict[str, str], bool, bool, str]) -> tuple[int, bool, str | None]:
    """Check one mutant; if it passes, build, import and run it. Whether it passed, and the
    traceback when it passed tjek and then failed."""
    number, texts, with_sql, through_files, folder = mutant
    loaded = run_pipeline(texts)
    if loaded is None:
        return number, False, None
    try:
        if through_files:  # exactly as `regel test`: through files and the import system
            examples.run_examples(loaded.rule_set, examples.build_package(loaded.rule_set, Path(folder) / str(number)))
        folders = cli.ALL if with_sql else tuple(f for f in cli.ALL if f != "sql")
        build_and_run(loaded, random.Random(number), f"_regelsprog_mutant_{number}", folders)
    except Exception:
        return number, True, traceback.format_exc()
    return number, True, None


def judged(mutants) -> Iterator[tuple[int, bool, str | None]]:
    """The mutants judged on every core, in their order. Forked workers share the module's parse
    cache; without fork (or with one core) they are judged here."""
    if os.cpu_count() == 1 or "fork" not in multiprocessing.get_all_start_methods():
        yield from map(judge_mutant, mutants)
        return
    with multiprocessing.get_context("fork").Pool(os.cpu_count()) as pool:
        yield from pool.imap(judge_mutant, mutants, chunksize=10)


def test_every_mutant_that_passes_tjek_builds_imports_and_runs(tmp_path):
    rng = random.Random(None if LONG else 10)
    names = declared_names()
    operations, weights = list(MUTATIONS), list(MUTATIONS.values())
    tried, passed, mutations = Counter(), Counter(), {}

    def mutants():
        for number in range(MUTANTS):
            texts, done = dict(FUZZ_TEXTS), []
            for operation in rng.choices(operations, weights, k=1 if rng.random() < 0.75 else 2):
                texts, description = operation(texts, rng, names)
                done.append((operation.__name__, description))
            tried.update(name for name, _ in done)
            mutations[number] = done
            # Rendering the SQL dialects costs more than the rest of a build: a sample of mutants.
            yield number, texts, number % SQL_EVERY == 0, number < 15, str(tmp_path)

    for number, ok, failure in judged(mutants()):
        done = mutations.pop(number)
        assert failure is None, f"mutant {number} passed tjek but failed: {done}\n{failure}"
        if ok:
            passed.update(name for name, _ in done)
            passed["mutants"] += 1
    print(f"{MUTANTS} mutants, {passed['mutants']} passed tjek and were built and run; by mutation "
          + ", ".join(f"{name} {passed[name]}/{tried[name]}" for name in sorted(tried)))
    # The invariant is only tested where mutants pass: every kind of mutation must get some through.
    assert passed["mutants"] >= MUTANTS // 4
    assert all(passed[operation.__name__] >= 10 for operation in (rename, collide, odd_number, odd_date, shift_date))
