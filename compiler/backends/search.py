"""The documentation's static search index: every rule, concept and source with the Danish
words it contains, stemmed so that a reader finds `samtaler` under `samtale`, `aa` under `å`.

`soeg.js` (templates/) does the same normalisation in the browser; tests/test_browser_laeser.py
checks that the two agree word for word. The index is JSON in a script file (`soegeindeks.js`),
so the search works from the file system as well as from a web server; the page that uses it
(`soeg.html`) lists every entry without JavaScript too.
"""

from __future__ import annotations

import json
import re
import unicodedata

# Danish endings of plural and definite forms, longest first: samtalerne, samtalen, samtaler -> samtal
ENDINGS = ("erne", "ene", "ers", "er", "en", "et", "e", "r", "s")
SHORTEST_STEM = 3
LETTERS = {"æ": "ae", "ø": "oe", "å": "aa"}


def fold(text: str) -> str:
    """Lower case, æ/ø/å as ae/oe/aa (as a keyboard without them writes), other accents dropped."""
    text = text.lower()
    for letter, written in LETTERS.items():
        text = text.replace(letter, written)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def stem(word: str) -> str:
    """A folded word without its plural or definite ending; a doubled last consonant once (tilbudd -> tilbud)."""
    for ending in ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= SHORTEST_STEM:
            word = word[: -len(ending)]
            break
    if len(word) > SHORTEST_STEM and word[-1] == word[-2] and word[-1] not in "aeiouy":
        word = word[:-1]
    return word


def terms(text: str) -> list[str]:
    """The stems of a text's words, each once, in order."""
    return list(dict.fromkeys(stem(word) for word in re.findall(r"[a-z0-9]+", fold(text))))


def entry(kind: str, title: str, url: str, summary: str, *texts: str) -> dict:
    return {"art": kind, "titel": title, "adresse": url, "resume": summary,
            "titelord": terms(title), "ord": terms(" ".join((title, summary, *texts)))}


def index_script(entries: list[dict]) -> str:
    """The index as a script that sets `window.REGELSOEG` (JSON is a JavaScript literal; text from
    rule files stays inside JSON strings, and `<` is escaped so no `</script>` can appear)."""
    data = json.dumps(entries, ensure_ascii=False, sort_keys=True, separators=(",", ":")).replace("<", "\\u003c")
    return f"window.REGELSOEG = {data};\n"
