"""Rule files written as an adversary would (issue 10): huge files, markup in every text,
impossible source dates, odd bytes and line ends, files that are not files, look-alike
letters, and control and direction characters.

Every rule file here is a fixture text checked together with tests/fixtures/rules_model,
so nothing depends on what rules/ says.
"""

from __future__ import annotations

import difflib
import os
import re
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

from compiler import diagnostics, parser, pipeline
from compiler.backends import docs

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
MODEL = sorted((TESTS / "fixtures" / "rules_model").glob("*.regel"))

# A rule that passes `regel tjek` with the fixture model; `{title}` etc. are filled in.
RULE = '''
regel r "{title}"
  bestemmelse P11
  kilde {source} "{locator}"
  gælder fra 1. januar 2023
  afgørende dato er dato
  krav: der må ikke være nogen samtale hvor form er brev
  note "{note}"
  beskrivelse "{description}"
  eksempel "{example}"
    sag:
      ydelse: kontanthjælp
      forløbsstart: 2. januar 2023
    pr. 1. februar 2023: ingen overtrædelse
'''


def load(tmp_path: Path, text: str | bytes, name: str = "test.regel", with_model: bool = True):
    folder = tmp_path / "regler"
    folder.mkdir(exist_ok=True)
    if with_model:
        for model in MODEL:
            (folder / model.name).write_bytes(model.read_bytes())
    data = text if isinstance(text, bytes) else text.encode("utf-8")
    (folder / name).write_bytes(data)
    return pipeline.load([folder])


def errors(loaded, path_ends: str = "test.regel") -> list[tuple[int, int, str]]:
    return [(x.span.line, x.span.column, x.message) for x in loaded.diagnostics
            if x.is_error and x.span.path.endswith(path_ends)]


# --------------------------------------------------------------- 4. huge rule files

def _source_blocks(count: int) -> str:
    return "".join(f'kilde k{n} "Kilde nummer {n}"\n' for n in range(count))


def _peak_bytes(tmp_path: Path, count: int) -> int:
    """The most memory `pipeline.load` holds at once for a file of `count` one-line source blocks."""
    folder = tmp_path / str(count)
    folder.mkdir()
    (folder / "kilder.regel").write_text(_source_blocks(count), encoding="utf-8")
    tracemalloc.start()
    try:
        loaded = pipeline.load([folder])
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(loaded.program.sources) == count
    return peak


def test_memory_grows_linearly_with_the_number_of_blocks(tmp_path):
    """Each block used to be padded with a line break per line before it, and all padded blocks
    were held at once: memory grew with the square of the file (2 MB: 1.5 GB). Twice the blocks
    must now take about twice the memory."""
    small, large = 3_000, 6_000
    _peak_bytes(tmp_path, 10)  # the parser's tables are loaded once, not counted in either
    ratio = _peak_bytes(tmp_path, large) / _peak_bytes(tmp_path, small)
    assert 1.5 < ratio < 2.6, ratio


def test_the_lexer_reads_each_character_of_a_file_once(monkeypatch):
    """The time shape without a clock: the padded blocks made the lexer read a line break per
    preceding line for every block."""
    read = []
    lark = parser.get_parser()
    real = lark.parse
    monkeypatch.setattr(lark, "parse", lambda text: read.append(len(text)) or real(text))
    text = _source_blocks(2_000)
    module, problems = parser.parse_text(text, "t.regel")
    assert len(module.items) == 2_000 and problems == []
    assert sum(read) <= len(text)


def test_blocks_keep_their_lines_and_columns_without_padding(tmp_path):
    text = _source_blocks(50) + '\n\nregel x "X"\n  bestemmelse P01\n  gæler fra 1. januar 2022\n'
    loaded = load(tmp_path, text)
    assert errors(loaded) == [(55, 3, "uventet `gæler`")]
    assert loaded.program.sources["k49"].span.line == 50
    assert loaded.program.sources["k49"].span.column == 1


def test_suggestions_compare_a_bounded_number_of_names(tmp_path, monkeypatch):
    """A suggestion (`mente du …?`) for each of many unknown names among as many declared ones
    compared every name with every other: 8,000 took four minutes. The work per suggestion is
    now bounded."""
    compared = []
    real = difflib.get_close_matches
    monkeypatch.setattr(difflib, "get_close_matches",
                        lambda word, names, *args, **kwargs: compared.append(len(names)) or real(word, names, *args, **kwargs))
    count = diagnostics.MAX_CANDIDATES + 200
    citing = "".join(f'regel r{n} "R"\n  bestemmelse P11\n  kilde x{n} "a"\n' for n in range(50))
    loaded = load(tmp_path, _source_blocks(count) + citing)
    assert sum(1 for x in loaded.diagnostics if x.message.startswith("ukendt kilde")) == 50
    assert max(compared, default=0) <= diagnostics.MAX_CANDIDATES


# --------------------------------------------------------------- 7. Markdown injection

HOSTILE = {
    "title": "<script>alert(1)</script> `kode` *fed* [klik](javascript:alert(1))",
    "locator": "<img src=x onerror=alert(1)> | celle",
    "note": "- liste <b>x</b> ![billede](x.png)",
    "description": "# overskrift <iframe>",
    "example": "1. <i>punkt</i> | tabel",
}
SOURCE = ('kilde ond "<script>alert(2)</script> Titel"\n'
          '  dato 1. januar 2023\n'
          '  dokument "<script>alert(3)</script>`x` | y"\n')


def test_no_text_from_a_rule_file_becomes_markup_in_markdown(tmp_path):
    loaded = load(tmp_path, SOURCE + RULE.format(source="ond", **HOSTILE))
    assert loaded.ok, loaded.render()
    files = docs.generate(loaded.rule_set, loaded.texts)
    for path, text in files.items():
        if not path.endswith(".md"):
            continue
        assert not re.search(r"<(script|img|iframe|b|i)\b", text), path
        assert not re.search(r"(?<!\\)\]\(javascript", text), path
        assert not re.search(r"(?<!\\)!(?<!\\)\[", text), path
    source_page = files["kilder/ond.md"]
    assert "**Dokument:** &lt;script&gt;alert(3)&lt;/script&gt;\\`x\\` \\| y\n" in source_page
    for row in (line for line in source_page.split("\n") if line.startswith("| [")):
        assert len(re.findall(r"(?<!\\)\|", row)) == 4, row  # three cells: the locator's | is escaped
    rule_page = files["regler/r.md"]
    assert "\n\\# overskrift &lt;iframe&gt;\n" in rule_page  # not a heading
    assert "> \\- liste" in rule_page  # not a list inside the note
    assert "### 1\\. &lt;i&gt;punkt&lt;/i&gt; \\| tabel" in rule_page


# --------------------------------------------------------------- 8. source dates

@pytest.mark.parametrize("date, message", [
    ("31. juni 2023", "datoen 31. juni 2023 findes ikke"),
    ("29. februar 2023", "datoen 29. februar 2023 findes ikke"),
    ("1. januar 1899", "året 1899 ligger uden for 1900–2199"),
    ("1. januar 2200", "året 2200 ligger uden for 1900–2199"),
])
def test_a_source_date_is_checked_like_a_date_in_a_rule(tmp_path, date, message):
    loaded = load(tmp_path, f'kilde ny "Ny kilde"\n  dato {date}\n')
    assert errors(loaded) == [(2, 8, message)]


def test_a_possible_source_date_passes_and_is_shown(tmp_path):
    loaded = load(tmp_path, 'kilde ny "Ny kilde"\n  dato 29. februar 2024\n' + RULE.format(
        source="ny", title="T", locator="a", note="n", description="b", example="e"))
    assert loaded.ok, loaded.render()
    assert "**Dato:** 29. februar 2024\n" in docs.generate(loaded.rule_set, loaded.texts)["kilder/ny.md"]


# --------------------------------------------------------------- 12. bytes, files, letters, characters

def test_a_bad_byte_in_a_file_with_old_mac_line_ends_is_located_on_its_line(tmp_path):
    loaded = load(tmp_path, b'kilde a "x"\r\rkilde b "\xff"\r')
    assert errors(loaded) == [(3, 10, "filen er ikke gyldig UTF-8")]


def test_a_bad_byte_after_a_byte_order_mark_is_counted_in_characters(tmp_path):
    loaded = load(tmp_path, b'\xef\xbb\xbfkilde b "\xc3\xa6\xff"\n')
    assert errors(loaded) == [(1, 11, "filen er ikke gyldig UTF-8")]


def test_invisible_characters_from_pasting_are_removed(tmp_path):
    """A byte-order mark inside the text (two files put together), soft hyphens and zero-width
    spaces from Word: invisible, so they must not change what the rule means or give errors."""
    text = ('kilde ny "Ny\u00adkilde"\n  dato 1.\u200b januar 2023\n\ufeff'
            + RULE.format(source="ny", title="T\u2060", locator="a", note="n", description="b", example="e"))
    loaded = load(tmp_path, text)
    assert loaded.ok, loaded.render()
    assert loaded.program.sources["ny"].title == "Nykilde"


def test_a_named_pipe_is_skipped_not_waited_for(tmp_path):
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    folder = tmp_path / "regler"
    folder.mkdir()
    for model in MODEL:
        (folder / model.name).write_bytes(model.read_bytes())
    os.mkfifo(folder / "hænger.regel")
    (folder / "mappe.regel").mkdir()  # a folder with the suffix is searched, not read
    command = [sys.executable, "-m", "compiler", "tjek"]
    result = subprocess.run([*command, str(folder)], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "hænger.regel springes over: det er ikke en almindelig fil" in result.stderr
    assert "4 regelfiler" in result.stdout
    named = subprocess.run([*command, str(folder / "hænger.regel")], capture_output=True, text=True, timeout=120,
                           cwd=ROOT)
    assert named.returncode == 1 and "kan ikke læses: det er ikke en almindelig fil" in named.stderr


@pytest.mark.parametrize("text, message, hint", [
    # a Cyrillic е in a field name that is otherwise Latin
    (RULE.replace("forløbsstart: 2.", "forløbsstаrt: 2.").format(
        source="hedensted", title="T", locator="a", note="n", description="b", example="e"),
     "navnet `forløbsstаrt` blander latinske og kyrilliske bogstaver: `а` (U+0430)",
     "skriv det latinske `a`, som `а` ligner; navne skrives med latinske bogstaver"),
    ('kilde kіlde "Ny"\n', "navnet `kіlde` blander latinske og kyrilliske bogstaver: `і` (U+0456)",
     "skriv det latinske `i`"),
    ('kilde αβγ "Ny"\n', "navnet `αβγ` indeholder det græske bogstav `α` (U+03B1)", "skriv det latinske `a`"),
    ('kilde ｎｙ "Ny"\n', "navnet `ｎｙ` indeholder det brede bogstav `ｎ` (U+FF4E)", "skriv det latinske `n`"),
    ('kilde ny "Ny"\n  dato ١. januar 2023\n', "`١` er skrevet med cifre, der ikke er 0–9 (U+0661)",
     "skriv tallet med cifrene 0–9"),
])
def test_letters_that_look_latin_but_are_not_are_refused_with_the_latin_letter(tmp_path, text, message, hint):
    loaded = load(tmp_path, text)
    found = [x for x in loaded.diagnostics if x.is_error and x.message == message]
    assert len(found) == 1 and found[0].span.path.endswith("test.regel")
    assert found[0].hint.startswith(hint)


def test_names_with_danish_and_accented_letters_are_latin(tmp_path):
    loaded = load(tmp_path, 'kilde æøå_éü_ß "Ny"\n' + RULE.format(
        source="æøå_éü_ß", title="T", locator="a", note="n", description="b", example="e"))
    assert loaded.ok, loaded.render()


@pytest.mark.parametrize("line, column, message", [
    ('kilde ny "Ny \u202eenilno\u202c kilde"', 14, "tegnet U+202E ændrer skriftens retning og er ikke tilladt"),
    ('kilde ny "Ny"  # \u2067skjult\u2069', 18, "tegnet U+2067 ændrer skriftens retning og er ikke tilladt"),
    ('kilde ny "Ny \x1b[31m"', 14, "styretegnet U+001B er ikke tilladt"),
    ('kilde n\x00y "Ny"', 8, "styretegnet U+0000 er ikke tilladt"),
    ('kilde ny "Ny\u2028kilde"', 13, "tegnet U+2028 (linje- eller afsnitsskift) er ikke tilladt"),
    ('kilde ny "Ny\u200dkilde"', 13, "det usynlige tegn U+200D er ikke tilladt"),
    ('kilde ny\t"Ny"', 9, "tabulatortegn i regelfilen"),
])
def test_control_and_direction_characters_are_refused_wherever_they_stand(tmp_path, line, column, message):
    loaded = load(tmp_path, line + "\n")
    assert errors(loaded) == [(1, column, message)]
    for rendered in loaded.render():
        assert all(part.isprintable() for part in rendered.split("\n")), repr(rendered)


def test_the_terminal_shows_refused_characters_visibly_with_the_marker_under_them(tmp_path):
    loaded = load(tmp_path, 'kilde ny "\u202e\u202e" ukendt\n')
    rendered = [r for x, r in zip(loaded.diagnostics, loaded.render()) if x.span.path.endswith("test.regel")]
    assert rendered[0].split("\n")[1:3] == [
        ' 1 | kilde ny "<U+202E><U+202E>" ukendt',
        "   |           ^^^^^^^^",
    ]
    assert rendered[1].split("\n")[2] == "   |                             ^^^^^^"  # `ukendt`, after the two
