"""A caseload's results from the tables `forskellige_fund` and `population` (engines/duckdb.py).

Each distinct finding (a row of `forskellige_fund`: a finding but for the cases it is found in) is
rendered once by findings.py, in a thread of its own while DuckDB lists each case's entries (their
numbers, sorted by list, then as the Python path orders them: by rule, then instance, a population
rule's datafejl after the others). DuckDB then gives the cases in input order a chunk at a time, and
the chunk's lines are joined from the texts as `json.dumps(result, ensure_ascii=False)` writes them:
the keys and constants in the runtime's own order and text (Renderer.shape), one %-format per chunk,
by worker processes into shared memory (Results.chunks). The cases the package judges itself
(inputs.IN_PYTHON) come in with their own lines and population rows. The summary's counts and the
population rules' shares (numerator, denominator, the first MAKS_SAGSLISTE ids of each group) are
counted in SQL.
"""

from __future__ import annotations

import collections
import contextlib
import datetime
import io
import itertools
import json
import mmap
import multiprocessing
import sys
from array import array
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from json.encoder import ESCAPE_DCT  # json.dumps' own escapes
from pathlib import Path
from typing import Callable, Iterator, Optional, Union


from .. import inorder
from .duckdb import CASES, Engine
from .findings import FINDING_COLUMNS, POPULATION, Renderer, dumped
from .inputs import IN_PYTHON, Loaded, text_literal

VIOLATIONS, PENDING, DATA_ERRORS = "overtrædelser", "frister", "datafejl"  # lists of a result (runtime/typer.py)
FETCH = 10_000
SHARE = (0.8, 1.0)  # of the progress line: the results, while they are written
CASE_ID = object()  # where a case's id goes in its line
COUNT_BITS = 24  # for the number of a case's entries in one list, in pr_sag.antal
BIGINT_BITS = 63  # a BIGINT's bits less its sign (an entry's order and number fit in them, or take a HUGEINT)
FORMS = 10_000  # lines' forms kept (cases differ in how many entries each list has; few ways in practice)
CHUNK = 16_384  # result lines per query (a chunk's lines are in memory at once, AHEAD per core of them)
SLOT = 48 << 20  # bytes of shared memory a chunk's lines are joined into (more come back through a pipe)
# A chunk's lines (of the cases numbered $1 to $2, in input order; see Results.put_together): their
# forms, their own texts, the places of each line's texts in order (Pieces.gathered: a line's own text
# first, by its place `i` among the chunk's lines) and ({numbers}) the cases' numbers.
CHUNK_QUERY = ("SELECT list(form ORDER BY nr), list(encode(tekst) ORDER BY nr), {places}, {numbers} FROM "
               "(SELECT row_number() OVER (ORDER BY nr) AS i, * FROM resultatlinjer WHERE nr BETWEEN $1 AND $2)")
GAP = (0xD800, 0xE000)  # UTF-16's surrogates: no text holds these code points
LAST_CODE_POINT = 0x10FFFF
UTF32 = f"utf-32-{sys.byteorder[0]}e"  # a text's code points as array(CODE_POINT) holds them
CODE_POINT = next(code for code in "IL" if array(code).itemsize == 4)
Buffer = Union[bytes, memoryview]
UNESCAPED = r'[\x00-\x1f"\\]'  # (a regular expression) what json.dumps escapes in a text with ensure_ascii=False


@dataclass
class Totals:
    """What the summary of `regel valider` counts (named as the package's Sagsbestand names them)."""

    antal_sager: int = 0
    antal_ugyldige: int = 0
    violations: int = 0
    pending: int = 0
    data_errors: int = 0
    overtraedelser_pr_bestemmelse: Counter = field(default_factory=Counter)

    def add(self, kind: str, provision: str, times: int = 1) -> None:
        if kind == VIOLATIONS:
            self.violations += times
            self.overtraedelser_pr_bestemmelse[provision] += times
        elif kind == PENDING:
            self.pending += times
        elif kind == DATA_ERRORS:
            self.data_errors += times


class Results:
    """The results of the cases in `sager`, judged into `forskellige_fund` and `population` on `evaluation_date`."""

    def __init__(self, engine: Engine, package, loaded: Loaded, evaluation_date: datetime.date):
        self.engine, self.con = engine, engine.con
        self.columns = ["liste", "n", *FINDING_COLUMNS, *engine.fact_columns()]  # of render_findings' rows
        self.renderer = Renderer(package, self.columns)
        self.lists = [*self.renderer.lists, POPULATION]  # an entry's list, by its number in the SQL
        self.listed = self.renderer.listed(self.lists)
        self.totals = Totals(antal_ugyldige=loaded.invalid)
        # every entry's JSON text (UTF-8), by its number: the distinct findings' (a finding's number is
        # its rowid in forskellige_fund: known before it is rendered), then the population's
        self.texts: list[bytes] = []
        self.findings = self.con.execute("SELECT count(*) FROM forskellige_fund").fetchone()[0]
        with engine.unordered(), ThreadPoolExecutor(1) as rendering:
            # rendered in a thread of its own while DuckDB puts the entries together (it lets go of the GIL)
            rendered = rendering.submit(self.render_findings, package)
            self.render_population()
            self.judge_in_python(package, Path(engine.temp.name) / IN_PYTHON, evaluation_date)
            self.totals.antal_sager += self.con.execute(f"SELECT count(*) FROM {CASES}").fetchone()[0]
            self.population = self.shares()
            # one DuckDB thread beside the rendering one: on two cores, more made both slower (measured)
            self.con.execute("SET threads = 1")
            self.put_together()
            self.con.execute("RESET threads")
            texts, counts = rendered.result()
        self.texts[:0] = texts
        for (kind, provision), times in counts.items():
            self.totals.add(kind, provision, times)

    # ------------------------------------------------------------ the entries, each rendered once
    def render_findings(self, package) -> tuple[list[bytes], Counter]:
        """Each distinct finding rendered once, by rowid: their texts (an empty one for a row the result
        does not list) and how many findings of each (list, provision) they stand for. Where SQL put a
        finding (`listed`) must be where the runtime puts it."""
        renderer = Renderer(package, self.columns)  # its own: the population is rendered meanwhile
        rows = self.con.cursor().execute(f"SELECT {self.listed}, n, {', '.join(self.columns[2:])} "
                                         "FROM forskellige_fund ORDER BY rowid").fetchall()
        texts, counts = [], Counter()
        for row in rows:
            entry = renderer.entry(row)
            if (None if entry is None else self.lists.index(entry[0])) != row[0]:
                raise RuntimeError(f"SQL'en og runtime lægger et fund i hver sin liste: {row}")
            if entry is None:
                texts.append(b"")
                continue
            kind, text, provision = entry
            texts.append(text.encode("utf-8"))
            counts[kind, provision] += row[1]
        return texts, counts

    def render_population(self) -> None:
        """A population rule's datafejl, and its entry under "population" for a case that counts or
        does not: the table `tekster` (hash, number, list) of their texts."""
        rendered = []
        for rule, group, label, times, key in self.con.execute(
                "SELECT regel, gruppe, datafejl, count(*), hash(regel, gruppe, datafejl) FROM population "
                "GROUP BY ALL").fetchall():
            if group == "datafejl":
                kind, text, provision = self.renderer.missing(rule, label)
                self.totals.add(kind, provision, times)
                rendered.append((key, kind, text))
            else:
                rendered.append((key, POPULATION, self.renderer.counted(rule, group == "tæller")))
        self.texts += [text.encode("utf-8") for _h, _kind, text in rendered]
        places = [(h, self.findings + i, self.lists.index(kind)) for i, (h, kind, _text) in enumerate(rendered)]
        self.con.execute("CREATE OR REPLACE TABLE tekster (h UBIGINT, nr INTEGER, liste TINYINT)")
        if places:
            self.con.execute("INSERT INTO tekster SELECT unnest(?), unnest(?), unnest(?)",
                             [list(column) for column in zip(*places)])

    # ------------------------------------------------------------ the cases the package judges
    def judge_in_python(self, package, spool: Path, evaluation_date: datetime.date) -> None:
        """Their result lines (the table python_linjer) and their rows of `population`, for the shares,
        each with the demand it met."""
        self.con.execute("CREATE OR REPLACE TABLE python_linjer (nr BIGINT, linje VARCHAR, fund BOOLEAN)")
        lists = self.renderer.lists
        shared = {info.navn for info in self.renderer.shared}
        lines, rows = [], []
        with open(spool, encoding="utf-8") if spool.exists() else io.StringIO() as cases:
            for text in cases:
                case = json.loads(text)
                caseload = package.Sagsbestand(evaluation_date)
                result = caseload.valider(case["post"])
                self.totals.antal_sager += 1
                for kind in lists:
                    for item in result[kind]:
                        self.totals.add(kind, item["bestemmelse"])
                demands = {share["regel"]: share["krav"] for share in caseload.population()}
                counted = [(e["regel"], "tæller" if e["tæller_med"] else "tæller_ikke") for e in result.get(POPULATION, [])]
                counted += [(e["regel"], "datafejl") for e in result[DATA_ERRORS] if e["regel"] in shared]
                rows += [(case["nr"], result["id"], rule, group, None if group == "datafejl" else demands[rule])
                         for rule, group in counted]
                lines.append((case["nr"], dumped(result), any(result[kind] for kind in lists)))
                if len(lines) >= FETCH:
                    self.insert_python(lines, rows)
                    lines, rows = [], []
        self.insert_python(lines, rows)

    def insert_python(self, lines: list[tuple], rows: list[tuple]) -> None:
        if lines:
            self.con.execute("INSERT INTO python_linjer SELECT unnest(?), unnest(?), unnest(?)",
                             [list(column) for column in zip(*lines)])
        if rows:
            self.con.execute("INSERT INTO population (sag_nr, id, regel, gruppe, krav) SELECT unnest(?), unnest(?), "
                             "unnest(?), unnest(?), unnest(?)", [list(column) for column in zip(*rows)])

    # ------------------------------------------------------------ each case's line
    def put_together(self) -> None:
        """resultatlinjer: each result line, by the case's number (`nr`: in input order), with its form (`form`: the number of its `antal` in `former`; -1 or -2 for a line the package
        wrote), its own text (`tekst`: the case's id as JSON text, or that line) and `stykker`: where
        (see `lookup`) its entries' texts are (sorted by list and then as the Python path lists them),
        as code points of a text when they all are one (Pieces), else as a list. In input order, so
        that a chunk of lines reads only its own rows. `antal`: how many entries
        a case has in each list, COUNT_BITS bits for each."""
        entries = (f"(SELECT {self.engine.found_at('p')}, 0 AS k, nr, liste FROM (SELECT rowid::INTEGER AS nr, "
                   f"{self.listed} AS liste, unnest(steder) AS p FROM forskellige_fund) WHERE liste IS NOT NULL "
                   "UNION ALL SELECT sag_nr, regel_nr, 0, 1, t.nr, t.liste FROM population "
                   "JOIN tekster t ON t.h = hash(regel, gruppe, datafejl))")
        texts = self.findings + len(self.texts)
        pieces = Pieces(texts)
        # an entry as one number, its order in the high bits (list, kind, rule, instance), its number in
        # the low, each part as wide as its largest value needs; in 64 bits when they fit (sorted faster)
        rule, instance = self.con.execute("SELECT greatest(max(regel_nr_max), (SELECT max(regel_nr) FROM population)), "
                                          "greatest(max(instans_max), 0) FROM forskellige_fund").fetchone()
        bits = [(2 * len(self.lists) - 1).bit_length(), (rule or 0).bit_length(), ((instance or 0) + 1).bit_length(),
                max(texts - 1, 1).bit_length()]
        kind = "BIGINT" if sum(bits) <= BIGINT_BITS else "HUGEINT"
        entry = f"(((liste::{kind} * 2 + k) * {1 << bits[1]} + regel_nr) * {1 << bits[2]} + instans + 1) * {1 << bits[3]} + nr"
        placed = pieces.of(f"list_transform(list_sort(list({entry})), lambda x: {pieces.place(f'(x % {1 << bits[3]})::INTEGER')})")
        self.con.execute(f"CREATE OR REPLACE TEMP TABLE pr_sag AS SELECT sag_nr, {placed} AS stykker, "
                         f"sum(1::HUGEINT << ({COUNT_BITS} * liste)) AS antal FROM {entries} GROUP BY sag_nr")
        # the distinct antal values, numbered: a chunk's lines come with these small numbers
        self.con.execute("CREATE OR REPLACE TABLE former AS SELECT antal, (row_number() OVER (ORDER BY antal) - 1)"
                         "::INTEGER AS form FROM (SELECT DISTINCT antal FROM pr_sag UNION SELECT 0::HUGEINT)")
        self.con.execute(
            "CREATE OR REPLACE TABLE resultatlinjer AS SELECT * FROM ("
            f"SELECT s._nr AS nr, f.form, {json_text('s.id')} AS tekst, coalesce(a.stykker, {pieces.none}) AS stykker "
            f"FROM {CASES} s LEFT JOIN pr_sag a ON a.sag_nr = s._nr JOIN former f ON f.antal = coalesce(a.antal, 0) "
            f"UNION ALL SELECT nr, -1 - fund::INTEGER, linje, {pieces.none} FROM python_linjer) ORDER BY nr")
        self.con.execute("DROP TABLE pr_sag")
        self.numbers = self.con.execute("SELECT min(nr), max(nr) FROM resultatlinjer").fetchone()
        self.pieces = pieces

    def chunks(self, separator: bytes, numbered: bool = False) -> Iterator[tuple[list[int], Buffer, list[bool]]]:
        """The result lines a chunk (CHUNK lines) at a time, in input order: their cases' numbers
        (`numbered`; else none), the lines in UTF-8 with `separator` between them (bytes, or a view of
        shared memory that holds them until the next chunk is asked for), and whether each result
        lists anything.

        DuckDB gives a chunk's lines (CHUNK_QUERY, the next chunk's while this one is joined); a chunk
        is their lines' forms joined, % their texts (_join_lines). Forked worker processes, one per
        core, join the chunks side by side into a slot each of shared memory (`_joined`), so that the
        lines are not copied back; with one core, or where workers are not forked, it is done here."""
        global _texts, _joined
        forms = self.forms()
        cursor = self.con.cursor()
        query = CHUNK_QUERY.format(places=self.pieces.gathered, numbers="list(nr ORDER BY nr)" if numbered else "NULL")
        jobs = inorder.cores() if multiprocessing.get_start_method() == "fork" else 1
        slots = inorder.AHEAD * jobs  # chunks sent off and not yet given on (inorder.ordered_map)
        written, total = 0, max(self.totals.antal_sager, 1)
        first, last = self.numbers
        starts = range(first, last + 1, CHUNK) if first is not None else range(0)
        given: collections.deque = collections.deque()  # (numbers, found, slot) of each chunk sent off

        def rows(first: int) -> tuple:
            return cursor.execute(query, [first, first + CHUNK - 1]).fetchone()

        def sent_off() -> Iterator[tuple]:
            """The chunks as _join_lines takes them: the forms of their lines, and the texts."""
            with ThreadPoolExecutor(1) as ahead:
                coming = ahead.submit(rows, starts[0]) if starts else None
                for index in range(len(starts)):
                    kinds, texts, order, numbers = coming.result()
                    if index + 1 < len(starts):
                        coming = ahead.submit(rows, starts[index + 1])
                    if kinds:
                        made = forms.of(kinds)
                        given.append((numbers or [], [made[kind][1] for kind in kinds], index % slots))
                        yield (index % slots, {kind: made[kind][0] for kind in set(kinds)}, kinds, texts, order,
                               separator)

        _texts = self.pieces.lookup(self.texts)
        _joined = mmap.mmap(-1, slots * SLOT) if jobs > 1 else None  # (anonymous: shared with the workers)
        view = memoryview(_joined) if _joined is not None else None
        try:
            with (inorder.ordered_map(_join_lines, sent_off(), jobs, _start_joiner) if jobs > 1 else
                  contextlib.nullcontext(map(_join_lines, sent_off()))) as joined:
                for length, text in joined:
                    numbers, found, slot = given.popleft()
                    yield numbers, text if text is not None else view[slot * SLOT:slot * SLOT + length], found
                    written += len(found)
                    if self.engine.progress is not None:
                        self.engine.progress(SHARE[0] + (SHARE[1] - SHARE[0]) * written / total, self.engine.cases)
        finally:
            _texts, _joined = [], None

    def lines(self) -> Iterator[tuple[int, bytes, bool]]:
        """(number, result line in UTF-8, whether the result lists anything) of every case, in input order."""
        for numbers, text, found in self.chunks(b"\n", numbered=True):
            yield from zip(numbers, bytes(text).split(b"\n"), found)  # (a line of JSON has no line break)

    def text(self, separator: bytes) -> Iterator[Buffer]:
        """The result lines of every case in input order, `separator` between them, a chunk at a time
        (each valid until the next is asked for: see chunks)."""
        for _numbers, text, _found in self.chunks(separator):
            yield text

    def forms(self) -> "Forms":
        """A case's line as a %-format of its texts (the id, then its entries in order), with whether it
        lists anything, by the number of its `antal` in `former` (cases with as many entries in each list
        have one form; -1 and -2: a line the package wrote, listing nothing or something). The result's
        keys and constants in Renderer.shape's order; "population" only when it has entries."""
        segments: list = []  # constant text, CASE_ID, or the number of a list
        text = "{"
        for i, (key, constant) in enumerate(self.renderer.shape("")):
            text += (", " if i else "") + dumped(key) + ": "
            if constant is not None:
                text += constant
                continue
            segments += [text, CASE_ID] if key == "id" else [text + "[", self.lists.index(key)]
            text = "" if key == "id" else "]"
        segments.append(text)
        population = self.lists.index(POPULATION)  # listed only when the case has entries there

        def form(packed: int) -> tuple[bytes, bool]:
            if packed < 0:
                return b"%s", packed == -2
            counts = [packed >> (COUNT_BITS * i) & ((1 << COUNT_BITS) - 1) for i in range(len(self.lists))]
            parts = []
            for segment in segments:
                if segment is CASE_ID:
                    parts.append("%s")
                elif type(segment) is str:
                    parts.append(segment.replace("%", "%%"))
                else:
                    parts.append(", ".join(["%s"] * counts[segment]))
            if counts[population]:
                parts += [", " + dumped(POPULATION).replace("%", "%%") + ": [", ", ".join(["%s"] * counts[population]),
                          "]"]
            return ("".join(parts) + "}").encode("utf-8"), any(counts[:population])

        return Forms(form, self.con.cursor())

    def invalid(self) -> Iterator[tuple[int, dict]]:
        """(number, description) of every invalid record, in input order."""
        cursor = self.con.cursor().execute("SELECT nr, beskrivelse FROM ugyldige ORDER BY nr")
        while batch := cursor.fetchmany(FETCH):
            for number, text in batch:
                yield number, json.loads(text)

    # ------------------------------------------------------------ the population rules' shares
    def shares(self) -> list[dict]:
        groups: dict[str, dict] = {}
        for rule, group, count, ids in self.con.execute(
                "SELECT regel, gruppe, count(*), min_by(id, sag_nr, ?) FROM population GROUP BY ALL",
                [self.renderer.rt.MAKS_SAGSLISTE]).fetchall():
            groups.setdefault(rule, {})[group] = (count, ids)
        demands = dict(self.con.execute("SELECT regel, arg_max(krav, sag_nr) FROM population WHERE gruppe <> "
                                        "'datafejl' GROUP BY regel").fetchall())
        return self.renderer.population(groups, demands)


class Forms(dict):
    """The forms made so far (at most FORMS of them), by the number of their antal (`former.form`)."""

    def __init__(self, form: Callable[[int], tuple[bytes, bool]], cursor):
        super().__init__({-1: form(-1), -2: form(-2)})
        self.form, self.cursor = form, cursor
        # the first FORMS of them now, in one statement (numbered by antal: the fewest entries first)
        self.update((kind, form(antal)) for kind, antal in cursor.execute(
            "SELECT form, antal FROM former ORDER BY form LIMIT ?", [FORMS - len(self)]).fetchall())

    def of(self, kinds: list[int]) -> dict:
        """The forms of a chunk's lines (`kinds`: their numbers): these, with any the chunk lacks."""
        lacking = set(kinds).difference(self)
        if not lacking:
            return self
        made = {kind: self.form(antal) for kind, antal in self.cursor.execute(
            "SELECT form, antal FROM former WHERE form IN (SELECT unnest(?))", [sorted(lacking)]).fetchall()}
        for kind in itertools.islice(made, max(FORMS - len(self), 0)):
            self[kind] = made[kind]
        return {**self, **made}


class Pieces:
    """Where a chunk's texts are, in the list its lines are joined from (`lookup`): 0 is no text, 1
    to CHUNK the chunk's lines' own texts, then every entry's text by its number, skipping GAP. The
    places of a chunk's texts come from DuckDB as the code points of one text when every place is a
    code point (`as_text`: one text to convert and send, not a number for each), else as a list."""

    def __init__(self, texts: int):
        """`texts`: how many entries' texts there are."""
        self.first = CHUNK + 1
        self.as_text = CHUNK < GAP[0] and self.place_of(texts - 1) <= LAST_CODE_POINT
        self.none = "''" if self.as_text else "[]::INTEGER[]"
        self.gathered = "string_agg(chr(i::INTEGER) || stykker, '' ORDER BY nr)" if self.as_text else \
            "flatten(list(list_concat([i::INTEGER], stykker) ORDER BY nr))"

    def place_of(self, number: int) -> int:
        return number + self.first + (GAP[1] - GAP[0] if number + self.first >= GAP[0] else 0)

    def place(self, number: str) -> str:
        """SQL: the place of the entry's text numbered `number` (SQL), as place_of."""
        return (f"({number} + CASE WHEN {number} < {GAP[0] - self.first} THEN {self.first} "
                f"ELSE {self.first + GAP[1] - GAP[0]} END)")

    def of(self, places: str) -> str:
        """SQL: a list of places (SQL) as the table resultatlinjer holds them."""
        return f"array_to_string(list_transform({places}, lambda p: chr(p)), '')" if self.as_text else places

    def lookup(self, texts: list[bytes]) -> list[bytes]:
        """The entries' texts (and room for a chunk's own) by their place."""
        below = max(GAP[0] - self.first, 0)  # texts before the gap
        return [b""] * self.first + texts[:below] + [b""] * (GAP[1] - GAP[0]) + texts[below:]

    @staticmethod
    def decoded(places: Union[str, list[int]]) -> Union[array, list[int]]:
        return array(CODE_POINT, places.encode(UTF32)) if isinstance(places, str) else places


_texts: list[bytes] = []  # a chunk's texts by their place (Pieces.lookup), while chunks are joined (a worker's copy)
_joined: Optional[mmap.mmap] = None  # the shared memory chunks are joined into, SLOT bytes each, or None


def _start_joiner() -> None:
    """A forked worker has what it needs: _texts and _joined."""


def _join_lines(chunk: tuple) -> tuple[int, Optional[bytes]]:
    """A chunk's lines joined, from the forms of its lines (`kinds`: their numbers), the chunk's own
    texts and the places of each line's texts (`places`, see Pieces): their length, and the lines,
    or None when they are in the chunk's slot of _joined."""
    slot, forms, kinds, texts, places, separator = chunk
    _texts[1:1 + len(texts)] = texts
    text = separator.join(map(forms.__getitem__, kinds)) % tuple(map(_texts.__getitem__, Pieces.decoded(places)))
    if _joined is None or len(text) > SLOT:
        return len(text), text
    _joined[slot * SLOT:slot * SLOT + len(text)] = text
    return len(text), None


def json_text(column: str) -> str:
    """A text column as JSON text, as json.dumps writes it with ensure_ascii=False (its escapes, the
    backslash's first, only in a text that has one of the characters)."""
    escaped = column
    for char, escape in sorted(ESCAPE_DCT.items(), key=lambda item: item[0] != "\\"):
        escaped = f"replace({escaped}, chr({ord(char)}), {text_literal(escape)})"
    return f"""'"' || CASE WHEN regexp_matches({column}, {text_literal(UNESCAPED)}) THEN {escaped} ELSE {column} END || '"'"""
