"""No input of any kind gives a Python traceback: random text, mutated rule files and
random bytes go through decode -> parse -> check -> render, and every problem comes back
as a located Danish diagnostic."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compiler import checker, diagnostics, parser, source

from .conftest import RULES

SAMPLES = [path.read_text(encoding="utf-8") for path in sorted(RULES.glob("*.regel"))]
MODEL = [parser.parse_text(text, path.name)[0] for text, path in zip(SAMPLES, sorted(RULES.glob("*.regel")))
         if path.stem in ("datamodel", "kilder", "bestemmelser", "definitioner")]
# CI runs a fixed, fast set; REGELSPROG_FUZZ=5000 runs a long random search locally.
LONG = int(os.environ.get("REGELSPROG_FUZZ", "0"))
FUZZ = settings(max_examples=LONG or 250, deadline=None, derandomize=not LONG, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
ALPHABET = st.characters(codec="utf-8", exclude_categories=("Cs",))
TOKENS = ["regel", "krav:", "hvor", "er", "ikke", "og", "eller", "(", ")", ",", ":", '"', "senest", "efter",
          "1.", "januar", "2023", "uger", "måneder", "pct.", "P01", "eksempel", "sag:", "pr.", "\n", "\n  ",
          "æøå", "\t", "\x00", "🙂", "version", "gælder", "fra", "til", "og med", "hvis", "ellers", "antallet af"]


def run_pipeline(text: str, name: str = "fuzz.regel") -> None:
    text = source.normalise(text)
    module, problems = parser.parse_text(text, name)
    _program, found = checker.check([*MODEL, module])
    lines = text.split("\n")
    for diagnostic in [*problems, *found]:
        assert diagnostic.message
        span = diagnostic.span
        if span.path == name:
            assert 1 <= span.line <= len(lines) + 1
        diagnostics.render(diagnostic, lines)


@FUZZ
@given(st.text(alphabet=ALPHABET, max_size=400))
def test_random_text(text):
    run_pipeline(text)


@FUZZ
@given(st.sampled_from(SAMPLES), st.data())
def test_mutated_rule_files(text, data):
    lines = text.split("\n")
    for _ in range(data.draw(st.integers(1, 6))):
        if not lines:
            break
        index = data.draw(st.integers(0, len(lines) - 1))
        action = data.draw(st.sampled_from(["delete", "duplicate", "swap", "insert", "cut", "token"]))
        if action == "delete":
            del lines[index]
        elif action == "duplicate":
            lines.insert(index, lines[index])
        elif action == "swap":
            other = data.draw(st.integers(0, len(lines) - 1))
            lines[index], lines[other] = lines[other], lines[index]
        elif action == "insert":
            position = data.draw(st.integers(0, len(lines[index])))
            noise = data.draw(st.text(alphabet=ALPHABET, max_size=8))
            lines[index] = lines[index][:position] + noise + lines[index][position:]
        elif action == "cut":
            lines[index] = lines[index][: data.draw(st.integers(0, len(lines[index])))]
        else:
            words = lines[index].split(" ")
            words.insert(data.draw(st.integers(0, len(words))), data.draw(st.sampled_from(TOKENS)))
            lines[index] = " ".join(words)
    run_pipeline("\n".join(lines))


@FUZZ
@given(st.binary(max_size=300))
def test_random_bytes(data):
    try:
        text = source.decode(data)
    except source.SourceDecodeError as failure:
        assert failure.line >= 1 and failure.column >= 1
        return
    run_pipeline(text)
