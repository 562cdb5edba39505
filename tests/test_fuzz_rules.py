"""No input of any kind gives a Python traceback. Random text, token soup, mutated rule
files and random bytes go through decode -> parse -> check -> render, and every problem
comes back as a Danish diagnostic located inside the file.

CI runs a fixed, derandomized set (a few hundred examples per property). Search longer
for crashes locally with e.g. `REGELSPROG_FUZZ=5000 .venv/bin/python -m pytest
tests/test_fuzz_rules.py` (random seeds, so every run explores new inputs).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compiler import checker, diagnostics, parser, source

TESTS = Path(__file__).resolve().parent
MODEL = sorted((TESTS / "fixtures" / "rules_model").glob("*.regel"))
SEEDS = [*MODEL, TESTS / "fixtures" / "rules_sample" / "regler.regel",
         *sorted((TESTS / "golden" / "diagnostics").glob("*.regel"))]
TEXTS = {path: path.read_text(encoding="utf-8") for path in SEEDS}

LONG = int(os.environ.get("REGELSPROG_FUZZ", "0"))
FUZZ = settings(max_examples=LONG or 250, deadline=None, derandomize=not LONG, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

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


def run_pipeline(files: dict[str, str]) -> None:
    """Check the files together; every diagnostic must be located, Danish and renderable."""
    modules, problems, texts = [], [], {}
    for name, text in files.items():
        texts[name] = source.normalise(text)
        module, found = parser.parse_text(texts[name], name)
        modules.append(module)
        problems += found
    _program, found = checker.check(modules)
    for diagnostic in [*problems, *found]:
        assert diagnostic.severity in ("fejl", "advarsel")
        assert diagnostic.message.strip()
        assert not ENGLISH.search(re.sub(r"`[^`]*`", "", diagnostic.message)), diagnostic.message
        span = diagnostic.span
        lines = texts[span.path].split("\n")
        assert 1 <= span.line <= len(lines), (span, len(lines))
        assert 1 <= span.column <= len(lines[span.line - 1]) + 1, (span, lines[span.line - 1])
        rendered = diagnostics.render(diagnostic, lines)
        assert rendered.startswith(f"{span.path}:{span.line}:{span.column}: {diagnostic.severity}: ")


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
