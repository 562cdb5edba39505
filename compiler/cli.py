"""`regel`: kommandolinjen til regelfilerne (tjek, byg, test, valider, dækning)."""

from __future__ import annotations

import codecs
import importlib
import io
import json
import os
import re
import shutil
import signal
import sys
import tempfile
import time
from collections import Counter
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Callable, Iterator, NoReturn, Optional, TextIO

import click

# Only what every command needs is imported here; the rest (the parser and checker, the back
# ends, the runtime, sqlglot, jinja2) by the commands that use it, so that `regel --help` and
# `regel tjek` do not load what they never run (bench/OPSTART.md).
from . import clidansk, oserrors, outputs

if TYPE_CHECKING:
    from . import pipeline

ROOT = Path(__file__).resolve().parent.parent
RULES = Path("rules")
GENERATED = Path("generated")


def main() -> None:
    clidansk.install()
    outputs.tolerant_console()
    outputs.stop_on_signals()
    try:
        regel(prog_name="regel")
    except outputs.Interrupted as stop:  # after the files being written were cleaned up
        how = "med Ctrl+C" if stop.signal == signal.SIGINT else f"af {stop.signal.name}"
        click.echo(f"regel: afbrudt {how}; filer, der var ved at blive skrevet, er ikke ændret.", err=True)
        sys.exit(stop.exit_code)
    except Exception as failure:  # a fault in Regelsprog itself: say so, and never exit 1 ("found something")
        if os.environ.get("REGEL_DEBUG"):
            raise
        click.echo(f"regel: intern fejl ({type(failure).__name__}: {failure}). Det er en fejl i Regelsprog, "
                   "ikke i dine filer; rapportér den gerne med kommandoen, du kørte.", err=True)
        sys.exit(2)


class _InWorkflowOrder(click.Group):
    """Lists the commands in the order they are defined (the order of the work), not alphabetically."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(self.commands)


@click.group(cls=_InWorkflowOrder, context_settings={"help_option_names": ["-h", "--help"]},
             options_metavar="[TILVALG]", subcommand_metavar="KOMMANDO [ARGUMENTER]...")
def regel() -> None:
    """Regelsprog: regler for beskæftigelsesindsatsen skrevet på dansk.

    Tjek regelfilerne, byg validatorer og dokumentation, kør eksemplerne som test
    og valider sager.
    """


def project_path(name: Path, hint: str) -> Path:
    """`name` (rules, generated, …) in the project the current folder belongs to. As git finds
    its repository, the project is the nearest folder, from here upwards, that holds a folder
    rules/ with rule files. The path is given relative to here, as the user would write it."""
    from .source import EXTENSION
    here = Path.cwd()
    for folder in (here, *here.parents):
        if (folder / RULES).is_dir() and next((folder / RULES).rglob(f"*{EXTENSION}"), None):
            return Path(os.path.relpath(folder / name))
    click.echo(f"fejl: {here} hører ikke til et Regelsprog-projekt: hverken mappen eller en mappe over den har "
               f"en mappe {RULES}/ med regelfiler. Gå til projektets mappe, eller {hint}.", err=True)
    sys.exit(2)


def _paths(paths: tuple[str, ...]) -> list[Path]:
    command = click.get_current_context().info_name
    return [Path(p) for p in paths] or [project_path(RULES, f"angiv regelfilerne, fx `regel {command} sti/til/rules`")]


def _load(paths: list[Path], show_warnings: bool = True) -> pipeline.Loaded:
    """Load and check; print every diagnostic (errors always, warnings when asked)."""
    from . import pipeline
    loaded = pipeline.load(paths)
    for diagnostic, text in zip(loaded.diagnostics, loaded.render()):
        if diagnostic.is_error or show_warnings:
            click.echo(text, err=True)
    return loaded


def _count(number: int, singular: str, plural: str) -> str:
    return f"{number} {singular if number == 1 else plural}"


def _require_ok(loaded: pipeline.Loaded) -> None:
    from . import diagnostics as d
    if not loaded.ok:
        click.echo(f"Regelfilerne har fejl ({d.summary(loaded.diagnostics)}); ret dem og prøv igen.", err=True)
        sys.exit(1)


# ----------------------------------------------------------------------------
# regel tjek
# ----------------------------------------------------------------------------

@regel.command(options_metavar="[TILVALG]", short_help="Tjek regelfilerne og vis alle fejl.")
@click.argument("stier", nargs=-1, type=click.Path())
def tjek(stier: tuple[str, ...]) -> None:
    """Tjek regelfiler og vis alle fejl med fil, linje og kolonne (standard: rules)."""
    from . import diagnostics as d
    loaded = _load(_paths(stier))
    program = loaded.program
    examples_count = sum(len(r.examples) for r in [*program.rules.values(), *program.exceptions.values()])
    counts = [_count(len(loaded.texts), "regelfil", "regelfiler"), _count(len(program.rules), "regel", "regler"),
              _count(len(program.exceptions), "undtagelse", "undtagelser"),
              _count(examples_count, "eksempel", "eksempler")]
    click.echo(f"{', '.join(counts)}: {d.summary(loaded.diagnostics)}.")
    sys.exit(0 if loaded.ok else 1)


# ----------------------------------------------------------------------------
# regel byg
# ----------------------------------------------------------------------------

def generated_files(loaded: pipeline.Loaded, folders: tuple[str, ...], changes=None) -> dict[str, str]:
    """The files `regel byg` writes into the given folders of generated/, by relative path."""
    from .backends import docs, openapi, schema, python as pyback, sql as sqlback
    files: dict[str, str] = {}
    if "python" in folders:
        files.update({f"python/{path}": text for path, text in pyback.generate(loaded.rule_set).items()})
    if "schema" in folders:
        files["schema/sag.schema.json"] = schema.generate(loaded.rule_set)
        files["schema/resultat.schema.json"] = schema.generate_results()
        files["schema/openapi.json"] = openapi.generate(loaded.rule_set, pyback.PACKAGE, pyback.API_VERSION)
    if "docs" in folders:
        files.update({f"docs/{path}": text for path, text in docs.generate(loaded.rule_set, loaded.texts,
                                                                            changes).items()})
    if "sql" in folders:
        files.update({f"sql/{path}": text for path, text in sqlback.generate(loaded.rule_set).items()})
    return files


ALL = ("python", "schema", "docs", "sql")  # the folders of generated/ that `regel byg` owns


@contextmanager
def _output_errors() -> Iterator[None]:
    """An output that cannot be written is a problem with the path (exit 2), not an internal error."""
    try:
        yield
    except outputs.OutputError as failure:
        click.echo(f"fejl: {failure}", err=True)
        sys.exit(2)


def _say(message: str) -> None:
    click.echo(message, err=True)


def _build(rules: str, out: str, folders: tuple[str, ...], check_only: bool, changes=None,
           keep_others: bool = False, wait: float = outputs.WAIT_SECONDS, for_release: bool = False) -> None:
    loaded = _load([Path(rules)], show_warnings=False)
    _require_ok(loaded)
    if for_release:
        _require_settled(loaded)
    wanted = generated_files(loaded, folders, changes)
    root = Path(out)
    by_folder = {folder: {path.split("/", 1)[1]: text for path, text in wanted.items()
                          if path.split("/", 1)[0] == folder} for folder in folders}
    with _output_errors():
        if check_only:
            found = outputs.compare_folders(root, by_folder, wait, _say)
            for label, paths in (("forældet", found.stale), ("mangler", found.missing), ("overflødig", found.extra)):
                for path in paths:
                    click.echo(f"{label}: {root / path}", err=True)
            if found.stale or found.missing or found.extra:
                click.echo(f"{root}/ passer ikke til reglerne: kør `regel byg` og commit resultatet.", err=True)
                sys.exit(1)
            click.echo(f"{root}/ er opdateret ({found.expected} filer).")
            return
        written = outputs.write_folders(root, by_folder, keep_others, wait, _say)
    _report_written(written)
    click.echo(f"Skrev {written.written} filer, slettede {written.deleted}; "
               f"{written.unchanged} var uændrede ({root}).")


def _require_settled(loaded: pipeline.Loaded) -> None:
    """A release has no drafts and no judged rule without a period of force (compiler/release.py)."""
    from . import diagnostics as d, release
    found = release.problems(loaded.rule_set)
    if found:
        lines = {path: text.split("\n") for path, text in loaded.texts.items()}
        for problem in found:
            click.echo(d.render(problem, lines.get(problem.span.path)), err=True)
        click.echo(f"Udgivelsen er afvist: {_count(len(found), 'regel eller kilde', 'regler eller kilder')} er ikke "
                   "fastlagt ret; intet er skrevet.", err=True)
        sys.exit(1)


def _report_written(written: outputs.Written) -> None:
    for path in written.edited:
        click.echo(f"bemærk: {path} var ændret efter sidste byg; ændringen er erstattet.", err=True)
    for folder in written.left_behind:
        click.echo(f"bemærk: {folder} er ikke slettet, fordi den har filer, som Regelsprog ikke har skrevet "
                   "(de kom til, mens der blev skrevet); flyt dem, du vil beholde, og slet så mappen.", err=True)


_CHECK = click.option("--tjek", "check_only", is_flag=True,
                      help="Skriv intet; afslut med status 1, hvis generated/ er forældet.")
_RULES = click.option("--regler", "rules", default=lambda: str(project_path(RULES, "angiv mappen med --regler MAPPE")),
                      type=click.Path(), metavar="MAPPE", help="Mappen med regelfiler (standard: rules/ i projektet).")
_OUT = click.option("--ud", "out", default=lambda: str(project_path(GENERATED, "angiv mappen med --ud MAPPE")),
                    type=click.Path(), metavar="MAPPE", help="Mappen der skrives til (standard: generated/ i projektet).")
_KEEP = click.option("--behold-andre-filer", "keep_others", is_flag=True,
                     help="Skriv, selv om mappen har filer, som Regelsprog ikke har skrevet; de bliver liggende urørt.")
_WAIT = click.option("--vent", "wait", default=outputs.WAIT_SECONDS, show_default=True, type=float,
                     metavar="SEKUNDER", help="Så længe ventes der højst, hvis en anden kørsel skriver i samme mappe.")


_RELEASE = click.option("--udgivelse", "for_release", is_flag=True,
                        help="Byg en udgivelse: afvis udkast (regler, undtagelser og kilder med `udkast`), regler uden "
                             "gyldighedsperiode og pladsholdere som kilden «Kilde ikke fastlagt», så kun fastlagt ret "
                             "udgives.")


@regel.command(options_metavar="[TILVALG]", short_help="Byg validatorer, JSON-skema og dokumentation.")
@_CHECK
@_RULES
@_OUT
@_KEEP
@_WAIT
@_RELEASE
def byg(check_only: bool, rules: str, out: str, keep_others: bool, wait: float, for_release: bool) -> None:
    """Byg validatorer (Python), JSON-skema og dokumentation i generated/.

    Hver mappe (python, schema, docs) skrives færdig ved siden af og sættes på plads i ét
    skridt; en afbrudt kørsel efterlader den forrige udgave. Regelsprog overskriver og
    sletter kun filer, det selv har skrevet (de står i mappens .regelsprog-manifest.json).
    Udkast bygges med (og vises som udkast i dokumentationen); med --udgivelse afvises de.
    """
    _build(rules, out, ALL, check_only, keep_others=keep_others, wait=wait, for_release=for_release)


@regel.command(name="docs", options_metavar="[TILVALG]", short_help="Byg kun dokumentationen.")
@_CHECK
@_RULES
@_OUT
@_KEEP
@_WAIT
@click.option("--ændringer-fra", "changes_from", metavar="REVISION",
              help="Til en udgivelse: tag en side med ændringerne siden REVISION (git-revision eller mappe) med. "
                   "Skriv udgivelsen i en anden mappe end generated/, fx --ud udgivelse.")
@_RELEASE
def docs_command(check_only: bool, rules: str, out: str, keep_others: bool, wait: float,
                 changes_from: Optional[str], for_release: bool) -> None:
    """Byg kun dokumentationen (Markdown og HTML) i generated/docs/.

    Med --udgivelse bygges den dokumentation, der kan offentliggøres: udkast, regler uden
    gyldighedsperiode og pladsholdere afvises med en fejl hver, og intet skrives.
    """
    from . import diff
    changes = None
    if changes_from:
        try:
            old = diff.load_version(changes_from, Path(rules))
            new = diff.load_version(None, Path(rules))
        except diff.DiffError as failure:
            click.echo(f"fejl: {failure}", err=True)
            sys.exit(2)
        changes = (diff.compare(old, new), changes_from, "denne udgave")
    _build(rules, out, ("docs",), check_only, changes, keep_others, wait, for_release)


# ----------------------------------------------------------------------------
# regel test
# ----------------------------------------------------------------------------

@regel.command(options_metavar="[TILVALG]", short_help="Kør reglernes eksempler som test.")
@click.argument("stier", nargs=-1, type=click.Path())
def test(stier: tuple[str, ...]) -> None:
    """Kør alle eksempler i regelfilerne gennem de genererede validatorer."""
    from . import examples
    loaded = _load(_paths(stier), show_warnings=False)
    _require_ok(loaded)
    with tempfile.TemporaryDirectory(prefix="regel-test-") as folder:
        package = examples.build_package(loaded.rule_set, Path(folder))
        outcomes = examples.run_examples(loaded.rule_set, package)
    failed = [o for o in outcomes if not o.ok]
    for outcome in failed:
        span = outcome.span
        click.echo(f"{span.path}:{span.line}: eksemplet \"{outcome.title}\" ({outcome.rule}) fejlede\n"
                   f"  forventet: {outcome.expected}\n  faktisk:   {outcome.actual}", err=True)
    click.echo(f"{len(outcomes) - len(failed)} bestået, {len(failed)} fejlet")
    sys.exit(1 if failed else 0)


# ----------------------------------------------------------------------------
# regel valider
# ----------------------------------------------------------------------------

PACKAGE_API = ("laes_sager", "laes_linje", "Sagsbestand")  # what `valider` needs from the generated package


def _import_package(folder: Path):
    from . import examples
    from .backends import python as pyback
    try:
        if not (folder / pyback.PACKAGE / "__init__.py").is_file():
            raise ModuleNotFoundError(name=pyback.PACKAGE)
        package = examples.import_package(folder)
        missing = [name for name in PACKAGE_API if not hasattr(package, name)]
        problem = f"{', '.join(missing)} mangler" if missing else None
        if not missing and getattr(package, "KONTRAKTVERSION", None) != pyback.API_VERSION:
            problem = "de er bygget af en anden version af Regelsprog"
    except ModuleNotFoundError as failure:
        problem = f"modulet {failure.name} findes ikke"
    except Exception as failure:  # a broken generated package: tell the user what to do
        problem = f"indlæsningen fejlede: {type(failure).__name__}: {failure}"
    if problem:
        click.echo(f"fejl: de genererede validatorer i {folder} kan ikke bruges ({problem}). "
                   "Kør `regel byg`.", err=True)
        sys.exit(2)
    return package


def _open_input(fil: str) -> BinaryIO:
    """A caseload as bytes: the reader splits lines at \n only (a lone CR is JSON whitespace, and
    line numbers are those of wc -l), and bytes that are not UTF-8 make only their own record invalid."""
    try:
        return sys.stdin.buffer if fil == "-" else open(fil, "rb")
    except OSError as failure:
        click.echo(f"fejl: {fil} kan ikke læses: {oserrors.describe(failure)}", err=True)
        sys.exit(2)


class _Counting:
    """Wraps the input (bytes) and counts what the reader takes: bytes for the progress line,
    and physical lines, so that `valider` can check that every line is accounted for."""

    def __init__(self, stream: BinaryIO):
        self.stream = stream
        self.read_bytes = 0
        self.newlines = 0
        self.open_line = False  # the last chunk read ended inside a line

    def readline(self, size: int = -1) -> bytes:
        chunk = self.stream.readline(size)
        if chunk:
            self.read_bytes += len(chunk)
            self.newlines += chunk.count(b"\n")
            self.open_line = not chunk.endswith(b"\n")
        return chunk

    @property
    def lines(self) -> int:
        return self.newlines + self.open_line


class _Progress:
    """A progress line on stderr (only when stderr is a terminal): cases/s and time left."""

    def __init__(self, total_chars: Optional[int]):
        self.enabled = sys.stderr.isatty()
        self.total = total_chars
        self.started = self.shown = time.monotonic()

    def update(self, cases: int, read_chars: int) -> None:
        now = time.monotonic()
        if not self.enabled or now - self.shown < 0.5:
            return
        self.shown = now
        rate = cases / max(now - self.started, 1e-9)
        line = f"\r{cases:,} sager ({rate:,.0f} sager/s)".replace(",", ".")
        if self.total and read_chars:
            left = (now - self.started) * (self.total - read_chars) / read_chars
            line += f", {100 * read_chars / self.total:.0f} %, ca. {left:.0f} s tilbage"
        sys.stderr.write(line)
        sys.stderr.flush()

    def done(self) -> None:
        if self.enabled:
            sys.stderr.write("\r\033[K")


@contextmanager
def _output(path: Optional[str]) -> Iterator[TextIO]:
    """stdout, or a file written atomically: an interrupted run leaves no half file."""
    if path is None:
        yield sys.stdout
        sys.stdout.flush()  # all of it before the summary on stderr, wherever the two go
        return
    with outputs.atomic_file(Path(path)) as stream:
        yield stream


def _require_input_and_output(fil: str, output: Optional[str]) -> None:
    problem = None
    if fil != "-" and not Path(fil).exists():
        problem = f"filen {fil} findes ikke."
    elif fil != "-" and not Path(fil).is_file():
        problem = f"{fil} er ikke en fil."
    elif output is not None and not Path(output).resolve().parent.is_dir():
        problem = f"mappen til --output {output} findes ikke."
    elif output is not None and Path(output).is_dir():
        problem = f"--output {output} er en mappe; angiv et filnavn."
    if problem:
        click.echo(f"fejl: {problem}", err=True)
        sys.exit(2)


def _parse_date(text: Optional[str]) -> date:
    from . import runtime
    if text is None:
        return date.today()
    try:
        # exactly ÅÅÅÅ-MM-DD with the digits 0-9, as in the cases (\d would take ٢ and other
        # digits; date.fromisoformat also takes 20240501 and week dates)
        if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
            raise ValueError(text)
        return runtime.skaeringsdato(date.fromisoformat(text))
    except ValueError:
        click.echo(f"fejl: --dato {text!r} er ikke en gyldig dato i årene "
                   f"{runtime.FOERSTE_AAR}-{runtime.SIDSTE_AAR}; skriv den som ÅÅÅÅ-MM-DD med cifrene 0-9, "
                   "fx 2024-05-01.", err=True)
        sys.exit(2)


@regel.command(options_metavar="[TILVALG]", short_help="Valider sager pr. en skæringsdato.")
@click.argument("fil", type=click.Path(allow_dash=True))
@click.option("--dato", metavar="ÅÅÅÅ-MM-DD", help="Skæringsdatoen (ÅÅÅÅ-MM-DD); standard: i dag.")
@click.option("--json", "as_json", is_flag=True, help="Skriv hele resultatet som JSON (som --format json).")
@click.option("--format", "fmt", type=click.Choice(["tekst", "json", "jsonl"]), default="tekst", show_default=True,
              help="tekst: læsbar dansk; json: hele resultatet; jsonl: én linje pr. sag og til sidst en opsummering.")
@click.option("--output", "output", type=click.Path(), metavar="FIL",
              help="Skriv resultatet til en fil (atomisk) i stedet for skærmen.")
@click.option("--pakke", "package_dir", type=click.Path(), metavar="MAPPE",
              default=lambda: str(project_path(GENERATED / "python", "angiv validatorerne med --pakke MAPPE")),
              help="Mappen med de genererede validatorer (standard: generated/python/ i projektet).")
@click.option("--forklar", "explain", is_flag=True,
              help="Tag hver regels udfald og begrundelse med (i JSON under \"forklaring\").")
@click.option("--motor", "engine", type=click.Choice(["python", "duckdb"]), default="python", show_default=True,
              help="python: de genererede validatorer; duckdb: den genererede SQL i DuckDB (generated/sql/), "
                   "der også læser Parquet, CSV og DuckDB-databaser (se generated/sql/README.md).")
@click.option("--beslutningslog", "decision_log", type=click.Path(dir_okay=False), metavar="FIL",
              help="Føj hver afgørelse (hver post) til FIL som én linje JSON: id, tidspunkt, regelsæt, "
                   "skæringsdato, sagens id og hash, udfald (se generated/docs/tjeneste.md).")
@click.option("--jobs", "jobs", type=click.IntRange(min=1), metavar="N",
              help="Vurder sagerne i N processer (standard: én pr. kerne); uddata er de samme, i samme "
                   "rækkefølge, som med én. Kun med --motor python.")
def valider(fil: str, dato: Optional[str], as_json: bool, fmt: str, output: Optional[str], package_dir: str,
            explain: bool, engine: str, decision_log: Optional[str], jobs: Optional[int]) -> None:
    """Valider sager i FIL (én sag, en JSON-liste eller JSON Lines; - er standard-input; med
    --motor duckdb også .parquet, .csv og .duckdb, en sag pr. række).

    Afslutter med status 0, når intet er overtrådt, 1 ved overtrædelser, ugyldige
    poster eller et uopfyldt populationsmål, og 2 når input eller kommando ikke kan bruges.
    """
    from . import inorder
    evaluation_date = _parse_date(dato)
    if as_json and fmt not in ("tekst", "json"):
        click.echo(f"fejl: --json og --format {fmt} kan ikke bruges sammen; vælg én af dem.", err=True)
        sys.exit(2)
    fmt = "json" if as_json else fmt
    if engine == "duckdb" and jobs is not None:
        click.echo("fejl: --jobs findes kun med --motor python (DuckDB bruger selv alle kerner).", err=True)
        sys.exit(2)
    if decision_log is not None and jobs is not None and jobs > 1:
        click.echo("fejl: --beslutningslog skrives af én proces; brug den uden --jobs (eller med --jobs 1).", err=True)
        sys.exit(2)
    jobs = 1 if decision_log is not None else jobs or inorder.cores()
    _require_input_and_output(fil, output)
    if decision_log is not None and engine != "python":
        click.echo("fejl: --beslutningslog findes kun med --motor python.", err=True)
        sys.exit(2)
    package = _import_package(Path(package_dir))
    total = None if fil == "-" else Path(fil).stat().st_size
    progress = _Progress(total)
    try:
        if engine == "duckdb":
            summary, trouble = _validate_in_duckdb(package, Path(package_dir).parent / "sql", fil, evaluation_date,
                                                   fmt, output, explain, progress)
        else:
            workers = _Jobs(jobs, (package.__name__, package_dir, evaluation_date, fmt, explain)) if jobs > 1 else None
            stream = _open_input(fil)
            with _output_errors(), stream, _decision_log(decision_log, package.REGELSAET) as log, \
                    _output(output) as out:
                summary, trouble = _validate_stream(package, _Counting(stream), evaluation_date, fmt, out, progress,
                                                    explain, log, workers)
    except inorder.WorkerDied as died:
        left = f"--output {output} er ikke ændret" if output is not None else "uddata ovenfor er ufuldstændige"
        work, retry = (("gengav resultaterne", "") if engine == "duckdb" else
                       ("vurderede sagerne", ", evt. med færre --jobs"))
        click.echo(f"regel: en af de {inorder.cores() if engine == 'duckdb' else jobs} processer, der {work}, stoppede "
                   f"uventet ({died}), fx fordi maskinen manglede hukommelse; {left}. Prøv igen{retry}.", err=True)
        sys.exit(2)
    if fmt != "tekst" or output is not None:
        click.echo(summary, err=True)
    sys.exit(1 if trouble else 0)


def _validate_in_duckdb(package, sql_dir: Path, fil: str, evaluation_date: date, fmt: str,
                        output: Optional[str], explain: bool, progress: "_Progress") -> tuple[str, bool]:
    """`valider --motor duckdb` (compiler/engines/): the output of _validate_stream, made in DuckDB."""
    from .engines import duckdb as engine, valider as run  # DuckDB is loaded only when it is asked for
    if explain:
        click.echo("fejl: --forklar findes kun med --motor python.", err=True)
        sys.exit(2)
    try:
        caseload = run.Run(package, sql_dir, fil, evaluation_date,
                           lambda done, cases: progress.update(cases, int(done * (progress.total or 0))))
    except engine.SqlMissing as missing:
        click.echo(f"fejl: {missing} findes ikke. Kør `regel byg`.", err=True)
        sys.exit(2)
    except engine.NoCases:
        click.echo(f"fejl: databasen {fil} har ingen tabel sager (se generated/sql/README.md).", err=True)
        sys.exit(2)
    except engine.duckdb.Error as failure:  # a table DuckDB cannot read (a broken Parquet file): DuckDB's words
        click.echo(f"fejl: {fil} kan ikke læses: {str(failure).splitlines()[0]}", err=True)
        sys.exit(2)
    try:
        with _output_errors(), _output(output) as out, _InvalidRecords(out if fmt == "tekst" else None,
                                                                       keep_json=fmt != "tekst") as invalid:
            _json_head(out, fmt, evaluation_date, package)
            if fmt == "tekst":  # each invalid record where it occurs
                rules = _rules_by_name(package)
                for _number, line, found, problem in caseload.items():
                    if problem is not None:
                        invalid.add(problem)
                    elif found:
                        _write_case(out, json.loads(line), rules)
            else:
                for problem in caseload.invalid():
                    invalid.add(problem)
                separator, raw = b"", _raw_writer(out)
                for chunk in caseload.text(b"\n" if fmt == "jsonl" else b",\n"):
                    separator = _write_results(raw, fmt, [chunk], separator)
            progress.done()
            loaded, totals, population = caseload.loaded, caseload.results.totals, caseload.results.population
            line_account = _accounted_lines(loaded.read, loaded.case_lines, loaded.invalid_lines, loaded.blank,
                                            loaded.unit)
            _json_tail(out, fmt, evaluation_date, package, population, invalid)
            trouble = bool(totals.violations or totals.antal_ugyldige or any(not p["opfyldt"] for p in population))
            summary = _summary(totals, evaluation_date, totals.violations, totals.pending, totals.data_errors,
                               population, [] if fmt == "tekst" else invalid.first, invalid.per_field, line_account,
                               package.REGELSAET)
            if fmt == "tekst":
                out.write(summary + "\n")
    finally:
        caseload.close()
    return summary, trouble


def _write_results(raw: Callable[[bytes], None], fmt: str, lines: list[bytes], separator: bytes) -> bytes:
    """Result lines (UTF-8, bytes-like) as _validate_stream writes them (JSON Lines, or the items of
    the JSON list "sager"); gives the separator before the next ones. (One item, a DuckDB chunk of
    lines, tens of MB, is written as it is, not copied.)"""
    if not lines:
        return separator
    joined = lines[0] if len(lines) == 1 else (b"\n" if fmt == "jsonl" else b",\n").join(lines)
    if fmt == "jsonl":
        raw(joined)
        raw(b"\n")
        return separator
    raw(separator)
    raw(joined)
    return b",\n"


def _raw_writer(out) -> Callable[[bytes], None]:
    """Writes UTF-8 after what `out` has written: beneath its text layer where that writes UTF-8 as
    it is (an output file, stdout), else through it (a console that escapes what it cannot show)."""
    if hasattr(out, "write_bytes"):
        return out.write_bytes
    buffer = getattr(out, "buffer", None)
    # (surrogateescape, stdout's in the C.UTF-8 locale, writes text that is UTF-8 as it is, too)
    if buffer is not None and codecs.lookup(out.encoding).name == "utf-8" and out.errors in ("strict", "surrogateescape"):
        def write(data: bytes) -> None:
            out.flush()
            buffer.write(data)
        return write
    return lambda data: out.write(str(data, "utf-8"))


def _json_head(out: TextIO, fmt: str, evaluation_date: date, package) -> None:
    if fmt == "json":
        out.write('{"skæringsdato": ' + json.dumps(evaluation_date.isoformat()) + ', "regelsæt": '
                  + json.dumps(package.REGELSAET) + ', "sager": [\n')


def _json_tail(out: TextIO, fmt: str, evaluation_date: date, package, population: list[dict],
               invalid: "_InvalidRecords") -> None:
    if fmt == "json":
        out.write("\n], \"population\": " + json.dumps(population, ensure_ascii=False) + ", \"ugyldige\": ")
    elif fmt == "jsonl":
        out.write('{"skæringsdato": ' + json.dumps(evaluation_date.isoformat()) + ', "regelsæt": '
                  + json.dumps(package.REGELSAET) + ', "population": '
                  + json.dumps(population, ensure_ascii=False) + ', "ugyldige": ')
    else:
        return
    invalid.write_json_list(out)
    out.write("}\n")


@contextmanager
def _decision_log(path: Optional[str], ruleset: dict) -> Iterator[Optional[Callable[..., str]]]:
    """`valider --beslutningslog`: a function that appends one record's decision (runtime/
    beslutningslog.py, as the service's). A line that cannot be written stops the run (exit 2):
    no result without its decision."""
    from .runtime import beslutningslog
    if path is None:
        yield None
        return

    def failed(failure: OSError) -> NoReturn:
        click.echo(f"fejl: beslutningsloggen {path} kan ikke skrives: {oserrors.describe(failure)}", err=True)
        sys.exit(2)

    try:
        log = beslutningslog.Beslutningslog(path, ruleset)
    except OSError as failure:
        failed(failure)

    def write(*decision) -> str:
        try:
            return log.bestandspost("regel valider", *decision)
        except OSError as failure:
            failed(failure)

    try:
        yield write
    finally:
        try:
            log.close()
        except OSError as failure:
            failed(failure)


def _validate_stream(package, stream: _Counting, evaluation_date: date, fmt: str, out: TextIO,
                     progress: _Progress, explain: bool = False,
                     log: Optional[Callable[..., str]] = None, workers: Optional[_Jobs] = None) -> tuple[str, bool]:
    """Validate record by record (constant memory), here or in chunks by `workers`; returns the
    Danish summary and whether anything needs attention (violations, invalid records, an unmet
    population target). With a decision log (one process only), each record's decision is
    written before its result."""
    from .runtime import beslutningslog
    # Text output lists each invalid record where it occurs (a worker writes it in its chunk).
    with _InvalidRecords(out if fmt == "tekst" and workers is None else None, keep_json=fmt != "tekst") as invalid:
        bestand = package.Sagsbestand(evaluation_date, ved_ugyldig=invalid.add, forklar=explain)
        results = _Results(out, fmt, _rules_by_name(package))
        _json_head(out, fmt, evaluation_date, package)
        reader = package.laes_sager(stream)
        if workers is not None:
            workers.judge(reader, bestand, results, lambda: progress.update(bestand.antal_sager, stream.read_bytes))
        else:
            run_id = beslutningslog.ny_id()
            for line, record in reader:
                result = bestand.valider(record, line)
                progress.update(bestand.antal_sager, stream.read_bytes)
                if log is not None:
                    log(evaluation_date, record, result, invalid.last if result is None else None, line, run_id)
                if result is None:
                    results.invalid_lines += reader.postens_linjer
                else:
                    results.case(result, reader.postens_linjer)
        progress.done()
        line_account = _accounted_lines(stream.lines, results.case_lines, results.invalid_lines, reader.tomme_linjer)
        population = bestand.population()
        _json_tail(out, fmt, evaluation_date, package, population, invalid)
    trouble = bool(results.violations or bestand.antal_ugyldige or any(not p["opfyldt"] for p in population))
    # Text output lists each invalid record where it occurs; the summary beside JSON shows the first few.
    summary = _summary(bestand, evaluation_date, results.violations, results.pending, results.data_errors, population,
                       [] if fmt == "tekst" else invalid.first, invalid.per_field, line_account,
                       package.REGELSAET)
    if fmt == "tekst":
        out.write(summary + "\n")
    return summary, trouble


class _InvalidRecords:
    """The invalid records: in text output each is written where it occurs; for JSON output
    they are kept in a temporary file until the end (memory stays flat however many there
    are). The summary gets the first few and a count per field, so that a systematic error
    in an export shows at a glance."""

    SHOWN_IN_SUMMARY = 10
    FIELDS_COUNTED = 50  # a misspelt key is its own "field"; beyond this many they are counted together

    def __init__(self, text_out: Optional[TextIO], keep_json: bool):
        self.text_out = text_out
        self.first: list[dict] = []
        self.last: Optional[dict] = None  # the latest invalid record (for the decision log)
        self.per_field: Counter[str] = Counter()
        self.spool = tempfile.SpooledTemporaryFile(max_size=1 << 20, mode="w+", encoding="utf-8") if keep_json else None
        self.separator = ""

    def __enter__(self) -> "_InvalidRecords":
        return self

    def __exit__(self, *exc_info) -> None:
        if self.spool is not None:
            self.spool.close()

    def add(self, problem: dict) -> None:
        self.last = problem
        if len(self.first) < self.SHOWN_IN_SUMMARY:
            self.first.append(problem)
        field = re.sub(r"\[\d+\]", "[]", problem["felt"]) if problem.get("felt") else "JSON"
        if field in self.per_field or len(self.per_field) < self.FIELDS_COUNTED:
            self.per_field[field] += 1
        else:
            self.per_field["andre felter"] += 1
        if self.text_out is not None:
            self.text_out.write(_invalid_text(problem))
        elif self.spool is not None:
            self.spool.write(self.separator + json.dumps(problem, ensure_ascii=False))
            self.separator = ", "

    def write_json_list(self, out: TextIO) -> None:
        assert self.spool is not None
        self.spool.seek(0)
        out.write("[")
        shutil.copyfileobj(self.spool, out)
        out.write("]")


def _invalid_text(problem: dict) -> str:
    """An invalid record in text output, where it occurs."""
    return _invalid_line(problem, indent="", word="Ugyldig post") + "\n"


class _Results:
    """Writes each case's result as `fmt` asks and counts what the summary needs. A chunk of
    cases judged by a worker (--jobs) is added whole, in input order (`add`)."""

    COUNTS = ("case_lines", "invalid_lines", "violations", "data_errors", "pending")

    def __init__(self, out: TextIO, fmt: str, rules: dict):
        self.out, self.fmt, self.rules = out, fmt, rules
        self.case_lines = self.invalid_lines = self.violations = self.data_errors = self.pending = 0
        self.empty = True  # no case written yet (JSON puts a comma between two)

    def case(self, result: dict, lines: int) -> None:
        self.case_lines += lines
        self.violations += len(result["overtrædelser"])
        self.data_errors += len(result["datafejl"])
        self.pending += len(result["frister"])
        if self.fmt == "json":
            self.out.write(("" if self.empty else ",\n") + json.dumps(result, ensure_ascii=False))
            self.empty = False
        elif self.fmt == "jsonl":
            self.out.write(json.dumps(result, ensure_ascii=False) + "\n")
        elif result["overtrædelser"] or result["datafejl"] or result["frister"] or result["undtagelser"]:
            _write_case(self.out, result, self.rules)

    def counts(self) -> tuple[int, ...]:
        return tuple(getattr(self, name) for name in self.COUNTS)

    def add(self, text: str, counts: tuple[int, ...]) -> None:
        if text:
            self.out.write(("" if self.empty or self.fmt != "json" else ",\n") + text)
            self.empty = False
        for name, count in zip(self.COUNTS, counts):
            setattr(self, name, getattr(self, name) + count)


class _Jobs:
    """`regel valider --jobs`: the reader gives the lines unread, in chunks; worker processes
    read and judge each chunk and send back its output, already written, and what it counted
    (`Sagsbestand.optaelling`), which is added in input order (compiler/inorder.py). A chunk
    takes a worker about 0.1 s to judge and a millisecond or so to send both ways, so the
    pipes cost little; at most a few chunks per worker are under way, so memory stays flat."""

    LINES = 1000       # records in a chunk
    CHARS = 4 << 20    # and about this much text at most, so that long lines make short chunks

    def __init__(self, jobs: int, setup: tuple):
        self.jobs, self.setup = jobs, setup

    def judge(self, reader, bestand, results: _Results, progress: Callable[[], None]) -> None:
        from . import inorder
        with inorder.ordered_map(_judge_chunk, self.chunks(reader), self.jobs, _start_worker, self.setup) as judged:
            for text, counted, counts in judged:
                results.add(text, counts)
                bestand.tael_med(counted)
                progress()

    @classmethod
    def chunks(cls, reader) -> Iterator[list[tuple]]:
        """The reader's records unread, as (line, lines of the record, text or record) in chunks."""
        chunk: list[tuple] = []
        chars = 0
        for line, item in reader.ulaeste():
            chunk.append((line, reader.postens_linjer, item))
            chars += len(item) if type(item) is str else 0
            if len(chunk) == cls.LINES or chars >= cls.CHARS:
                yield chunk
                chunk, chars = [], 0
        if chunk:
            yield chunk


_worker: tuple = ()  # in a worker process: the package and the options of the run (_start_worker)


def _start_worker(package_name: str, package_dir: str, evaluation_date: date, fmt: str, explain: bool) -> None:
    """Once in each worker: the package (a forked worker has it already, under the same name,
    so that the records sent to it are of its classes)."""
    global _worker
    from . import examples
    package = sys.modules.get(package_name) or examples.import_package(Path(package_dir), package_name)
    _worker = (package, evaluation_date, fmt, explain, _rules_by_name(package))


def _judge_chunk(chunk: list[tuple]) -> tuple[str, dict, tuple[int, ...]]:
    """In a worker: a chunk of records read and judged; its output, the caseload's count and
    the summary's counts."""
    package, evaluation_date, fmt, explain, rules = _worker
    bestand = package.Sagsbestand(evaluation_date, forklar=explain)
    out = io.StringIO()
    results = _Results(out, fmt, rules)
    for line, lines, item in chunk:
        result = bestand.valider(package.laes_linje(item, line) if type(item) is str else item, line)
        if result is not None:
            results.case(result, lines)
        else:
            results.invalid_lines += lines
            if fmt == "tekst":
                out.write(_invalid_text(bestand.ugyldige[-1]))
    return out.getvalue(), bestand.optaelling(), results.counts()


_impact_worker: tuple = ()  # in a worker process of `regel konsekvens --jobs`: both packages, the days, the renames


def _start_impact_worker(packages: list[tuple[str, str]], days: list[date], renamed: dict[str, str]) -> None:
    """Once in each worker: the validators of both versions (a forked worker has them already)."""
    from . import examples
    global _impact_worker
    old, new = (sys.modules.get(name) or examples.import_package(Path(folder), name) for name, folder in packages)
    _impact_worker = (old, new, days, renamed)


def _impact_chunk(chunk: list[tuple]) -> dict:
    """In a worker: a chunk of records read and judged by both versions; what it counted."""
    from . import impact
    old, new, days, renamed = _impact_worker
    tally = impact.Tally(old, new, days, renamed, invalid=impact.Kept)
    for line, _lines, item in chunk:
        tally.add(line, new.laes_linje(item, line) if type(item) is str else item)
    return tally.part()


def _accounted_lines(read: int, case_lines: int, invalid_lines: int, blank: int,
                     unit: tuple[str, str] = ("linje", "linjer")) -> str:
    """The summary's line about the input's lines (a table's rows); lines the reader did not
    account for are a fault in Regelsprog, never a silent loss."""
    if read != case_lines + invalid_lines + blank:
        raise RuntimeError(f"{unit[1]}ne i input passer ikke: {read} læst, men {case_lines} med sager, "
                           f"{invalid_lines} med ugyldige poster og {blank} tomme")
    return (f"  {_count(read, *unit)} læst: {case_lines} med sager, {invalid_lines} med ugyldige poster, "
            f"{_count(blank, 'tom', 'tomme')}")


def _write_case(out: TextIO, result: dict, rules: dict) -> None:
    from . import runtime
    out.write(f"Sag {runtime.synlig(result['id'])}:\n")  # an id from input must not steer the terminal
    for item in result["overtrædelser"]:
        deadline = f" (frist {item['frist']})" if item.get("frist") else ""
        out.write(f"  {item['bestemmelse']}: {item['besked']}{deadline}\n")
    for item in result["datafejl"]:
        out.write(f"  datafejl ({item['bestemmelse']}): {item['besked']}\n")
    for item in result["frister"]:
        out.write(f"  kommende frist {item['frist']} ({item['bestemmelse']}): {item['besked']}\n")
    for item in result["undtagelser"]:
        out.write(f"  undtaget ({item['bestemmelse']}): {_exemption_text(item, rules)}\n")
    for item in result.get("forklaring", []):
        if item["udfald"] != "gælder ikke":
            out.write(f"  begrundelse ({item['bestemmelse']}, {item['udfald']}): {item['begrundelse']}\n")


def _rules_by_name(package) -> dict:
    """Every rule and exception of the package by name (with `bestemmelse` and `titel`). The
    public REGLER lists only the rules; the exceptions are in the package's rules module, and
    a package without one shows an exemption by its name."""
    info, module = getattr(getattr(package, "_runtime", None), "Regel", None), getattr(package, "regler", None)
    if info is None or module is None:
        return {}
    return {item.navn: item for item in vars(module).values() if isinstance(item, info)}


def _exemption_text(item: dict, rules: dict) -> str:
    """`Fritagelse …: P13 (Højst fire måneder mellem to tilbud) er slået fra for tilbud[2]`."""
    exception, rule = rules.get(item["undtagelse"]), rules.get(item["regel"])
    covered = f"{rule.bestemmelse} ({rule.titel})" if rule else item["regel"]
    element = f" for {item['element']}" if item.get("element") else ""
    return f"{exception.titel if exception else item['undtagelse']}: {covered} er slået fra{element}"


def _ruleset_line(ruleset: dict) -> str:
    edition = f"udgave {ruleset['udgave']}" if ruleset["udgave"] else "uden udgave"
    return f"  regelsæt: {edition}, sha256 {ruleset['sha256'][:16]}…"


def _summary(bestand, evaluation_date: date, violations: int, pending: int, data_errors: int,
             population: list[dict], first_invalid: list[dict], invalid_per_field: Counter[str],
             line_account: str, ruleset: dict) -> str:
    per_field = ", ".join(f"{field} {count}" for field, count in invalid_per_field.most_common())
    lines = [f"\nOpsummering pr. {evaluation_date.isoformat()}:", _ruleset_line(ruleset),
             f"  {bestand.antal_sager} sager læst, {bestand.antal_ugyldige} ugyldige poster"
             + (f" (fejl pr. felt: {per_field})" if per_field else ""), line_account,
             f"  {violations} overtrædelser, {pending} kommende frister, {data_errors} datafejl"]
    if bestand.antal_sager == 0 and bestand.antal_ugyldige == 0:
        lines.append("  bemærk: input indeholdt ingen sager (er det den rigtige fil?)")
    for provision, count in sorted(bestand.overtraedelser_pr_bestemmelse.items()):
        lines.append(f"    {provision}: {count}")
    lines.extend(_invalid_line(problem) for problem in first_invalid)
    if first_invalid and bestand.antal_ugyldige > len(first_invalid):
        lines.append(f"  … og {bestand.antal_ugyldige - len(first_invalid)} ugyldige poster mere; "
                     "alle står under \"ugyldige\" i uddata.")
    for result in population:
        verdict = "opfyldt" if result["opfyldt"] else "IKKE opfyldt"
        lines.append(f"  {result['bestemmelse']} {verdict}: {result['besked']}")
    return "\n".join(lines)


def _invalid_line(problem: dict, indent: str = "  ", word: str = "ugyldig post") -> str:
    from . import runtime
    where = f"linje {problem['linje']}" if problem.get("linje") else "ukendt linje"
    field = f"{problem['felt']}: " if problem.get("felt") else ""
    return runtime.synlig(f"{indent}{word} ({where}): {field}{problem['besked']}")


# ----------------------------------------------------------------------------
# regel spark
# ----------------------------------------------------------------------------

@regel.command(options_metavar="[TILVALG]", short_help="Vurder sager i Parquet med Spark SQL.")
@click.argument("sager", type=click.Path(exists=True))
@click.argument("ud", type=click.Path())
@click.option("--dato", metavar="ÅÅÅÅ-MM-DD", help="Skæringsdatoen (ÅÅÅÅ-MM-DD); standard: i dag.")
@click.option("--sql", "sql_dir", type=click.Path(), metavar="MAPPE",
              default=lambda: str(project_path(GENERATED / "sql", "angiv SQL'en med --sql MAPPE")),
              help="Mappen med den genererede SQL (standard: generated/sql/ i projektet).")
@click.option("--master", default="local[*]", show_default=True, help="Spark-master.")
def spark(sager: str, ud: str, dato: Optional[str], sql_dir: str, master: str) -> None:
    """Vurder sagerne i SAGER (Parquet i tabellayoutet i generated/sql/README.md) med den
    genererede Spark SQL, og skriv tabellerne fund og population som Parquet i mappen UD.
    På en klynge: spark-submit compiler/engines/spark.py SAGER UD --dato ÅÅÅÅ-MM-DD."""
    evaluation_date = _parse_date(dato)
    try:
        from .engines import spark as engine
        session = engine.session(master)
    except ImportError:
        click.echo("fejl: pyspark er ikke installeret; installer det med pip install -e '.[spark]'.", err=True)
        sys.exit(2)
    engine.run(session, Path(sql_dir), sager, ud, evaluation_date)
    session.stop()
    click.echo(f"Skrev {Path(ud) / 'fund'} og {Path(ud) / 'population'}.", err=True)


# ----------------------------------------------------------------------------
# regel forklar
# ----------------------------------------------------------------------------

OUTCOME_ORDER = ("overtrådt", "frist", "datafejl", "undtaget", "opfyldt", "gælder ikke")


@regel.command(options_metavar="[TILVALG]", short_help="Forklar udfaldet af hver regel for én sag.")
@click.argument("fil", type=click.Path(allow_dash=True))
@click.option("--id", "case_id", required=True, metavar="ID", help="Sagens id i FIL.")
@click.option("--dato", metavar="ÅÅÅÅ-MM-DD", help="Skæringsdatoen (ÅÅÅÅ-MM-DD); standard: i dag.")
@click.option("--json", "as_json", is_flag=True, help="Skriv forklaringen som JSON.")
@click.option("--pakke", "package_dir", default=str(GENERATED / "python"), show_default=True, type=click.Path(),
              metavar="MAPPE", help="Mappen med de genererede validatorer.")
def forklar(fil: str, case_id: str, dato: Optional[str], as_json: bool, package_dir: str) -> None:
    """Forklar for sagen ID i FIL hver regels udfald pr. skæringsdatoen: den version, der blev
    brugt, og den dato, der valgte den, de frister og perioder, der blev regnet, de elementer,
    der blev talt eller fundet, de undtagelser, der blev overvejet, og en begrundelse på dansk.
    """
    from . import runtime
    evaluation_date = _parse_date(dato)
    _require_input_and_output(fil, None)
    package = _import_package(Path(package_dir))
    with _open_input(fil) as stream:
        found = [(line, record) for line, record in package.laes_sager(stream)
                 if isinstance(record, dict) and record.get("id") == case_id]
    if not found:
        click.echo(f"fejl: der er ingen sag med id {case_id!r} i {fil}.", err=True)
        sys.exit(2)
    line, record = found[0]
    if len(found) > 1:
        click.echo(f"bemærk: {len(found)} sager har id {case_id!r}; forklaringen gælder den på linje {line}.", err=True)
    try:
        result = package.valider(record, evaluation_date, forklar=True)
    except package.UgyldigSag as failure:
        click.echo(f"fejl: sagen på linje {line} er ugyldig: {failure}", err=True)
        sys.exit(2)
    if as_json:
        click.echo(json.dumps({"skæringsdato": evaluation_date.isoformat(), **result}, ensure_ascii=False, indent=2))
        return
    outcomes = sorted(result["forklaring"], key=lambda o: OUTCOME_ORDER.index(o["udfald"]))
    click.echo(f"Sag {case_id} pr. {runtime.dansk_dato(evaluation_date)}")
    not_applicable = []
    for outcome in outcomes:
        where = f", {outcome['element']}" if outcome.get("element") else ""
        if outcome["udfald"] == "gælder ikke" and outcome.get("grund") in ("ydelse", "betingelse"):
            not_applicable.append(outcome["regel"])
            continue
        click.echo(f"\n{outcome['bestemmelse']} {outcome['regel']}{where}: {outcome['udfald'].upper()}")
        click.echo(f"  {outcome['begrundelse']}")
    if not_applicable:
        click.echo(f"\nGælder ikke for sagen (ydelse eller målgruppe): {', '.join(dict.fromkeys(not_applicable))}.")


# ----------------------------------------------------------------------------
# regel server
# ----------------------------------------------------------------------------

@regel.command(options_metavar="[TILVALG]", short_help="Start HTTP-tjenesten over validatorerne.",
               context_settings={"ignore_unknown_options": True, "allow_extra_args": True}, add_help_option=False)
@click.option("--pakke", "package_dir", type=click.Path(), metavar="MAPPE",
              default=lambda: str(project_path(GENERATED / "python", "angiv validatorerne med --pakke MAPPE")),
              help="Mappen med de genererede validatorer (standard: generated/python/ i projektet).")
@click.pass_context
def server(ctx: click.Context, package_dir: str) -> None:
    """Start HTTP-tjenesten over de genererede validatorer (som `python -m <pakke>.server`).

    Alle andre tilvalg er tjenestens egne (--vaert, --port, --maks-krop, --maks-bestand,
    --tidsgraense, --inaktiv, --maks-forbindelser, --log, --beslutningslog); `regel server --help`
    viser dem.
    Adresser og fejlkoder: generated/docs/tjeneste.md og /openapi.json.
    """
    package = _import_package(Path(package_dir))
    module = importlib.import_module(f"{package.__name__}.server")
    sys.exit(module.main(ctx.args, prog="regel server"))


# ----------------------------------------------------------------------------
# regel dækning
# ----------------------------------------------------------------------------

@regel.command(name="dækning", options_metavar="[TILVALG]",
               short_help="Vis hvilke regler der dækker hver bestemmelse.")
@click.argument("stier", nargs=-1, type=click.Path())
def daekning(stier: tuple[str, ...]) -> None:
    """Vis for hver bestemmelse i registret dens regler og antal eksempler."""
    loaded = _load(_paths(stier), show_warnings=False)
    _require_ok(loaded)
    program = loaded.program
    uncovered = []
    click.echo(f"{'bestemmelse':<12}{'type':<12}{'eksempler':>9}  titel\n{'':<33}regler")
    for provision in program.provisions.values():
        rules = program.rules_for(provision.id)
        count = sum(len(r.examples) for r in rules)
        names = ", ".join(r.name for r in rules) or "— INGEN REGEL —"
        click.echo(f"{provision.id:<12}{provision.kind:<12}{count:>9}  {provision.title}\n{'':<33}{names}")
        if not rules:
            uncovered.append(provision.id)
    if uncovered:
        click.echo(f"{len(uncovered)} bestemmelser uden regel: {', '.join(uncovered)}", err=True)
        sys.exit(1)
    click.echo(f"Alle {len(program.provisions)} bestemmelser har mindst én regel.")


# ----------------------------------------------------------------------------
# regel diff
# ----------------------------------------------------------------------------

@regel.command(name="diff", options_metavar="[TILVALG]", short_help="Vis de juridiske ændringer mellem to versioner.")
@click.argument("fra", required=False)
@click.argument("til", required=False)
@click.option("--regler", "rules", type=click.Path(), metavar="MAPPE",
              help="Regelmappen i git-revisionerne og i arbejdskopien (standard: rules/ i projektet).")
@click.option("--side", "page_dir", type=click.Path(), metavar="MAPPE",
              help="Skriv også ændringerne som side (Markdown og HTML) i denne mappe.")
@_KEEP
def diff_command(fra: Optional[str], til: Optional[str], rules: str, page_dir: Optional[str],
                 keep_others: bool) -> None:
    """Vis de juridiske ændringer mellem to versioner af reglerne.

    FRA og TIL er git-revisioner eller mapper; standard er sidste commit og arbejdskopien.
    """
    from . import diff
    from .backends import docs
    if rules is None and not (fra and til and Path(fra).is_dir() and Path(til).is_dir()):
        rules = str(project_path(RULES, "angiv mappen med --regler MAPPE"))  # a revision or the working tree is read
    try:
        old = diff.load_version(fra or "HEAD", Path(rules or RULES))
        new = diff.load_version(til, Path(rules or RULES))
    except diff.DiffError as failure:
        click.echo(f"fejl: {failure}", err=True)
        sys.exit(2)
    changes = diff.compare(old, new)
    old_label, new_label = fra or "HEAD", til or "arbejdskopien"
    click.echo(f"Ændringer fra {old_label} til {new_label}:")
    for change in changes:
        click.echo(f"- {change.text}")
    if not changes:
        click.echo("Ingen juridiske ændringer.")
    if page_dir:
        target = Path(os.path.abspath(page_dir))  # so that `.` and `..` have a name and a parent
        with _output_errors():
            written = outputs.write_folders(target.parent, {target.name: docs.changelog(changes, old_label, new_label)},
                                            keep_others, on_wait=_say)
        _report_written(written)
        click.echo(f"Ændringssiden er skrevet i {page_dir}.")



# ----------------------------------------------------------------------------
# regel konsekvens
# ----------------------------------------------------------------------------

@regel.command(name="konsekvens", options_metavar="[TILVALG]",
               short_help="Vis hvad en regelændring betyder for en sagsbestand.")
@click.argument("fil", type=click.Path(allow_dash=True))
@click.option("--fra", "old_spec", default="HEAD", show_default=True, metavar="REVISION",
              help="Den gamle version: en git-revision eller en mappe med regelfiler.")
@click.option("--til", "new_spec", metavar="REVISION",
              help="Den nye version: en git-revision eller en mappe; standard: arbejdskopien.")
@click.option("--regler", "rules", default=str(RULES), show_default=True, type=click.Path(), metavar="MAPPE",
              help="Regelmappen i git-revisionerne og i arbejdskopien.")
@click.option("--dato", "datoer", multiple=True, metavar="ÅÅÅÅ-MM-DD",
              help="Skæringsdatoen; gentag tilvalget for flere datoer. Standard: i dag.")
@click.option("--json", "as_json", is_flag=True, help="Skriv rapporten som JSON (formatet står i README.md).")
@click.option("--fejl-ved-forskel", "fail_on_difference", is_flag=True,
              help="Afslut med status 1, hvis blot én sag vurderes anderledes (til CI, fx når en "
                   "omskrivning af reglerne ikke må ændre noget).")
@click.option("--jobs", "jobs", type=click.IntRange(min=1), metavar="N",
              help="Vurder sagerne i N processer (standard: én pr. kerne); rapporten er den samme som med én.")
def konsekvens(fil: str, old_spec: str, new_spec: Optional[str], rules: str, datoer: tuple[str, ...],
               as_json: bool, fail_on_difference: bool, jobs: Optional[int]) -> None:
    """Vurder sagerne i FIL efter to versioner af reglerne og vis forskellen pr. bestemmelse.

    Standard er sidste commit (HEAD) mod arbejdskopien, som i `regel diff`. Afslutter med
    status 0, når sammenligningen er lavet (også når sager vurderes anderledes; se
    --fejl-ved-forskel), og 2, når input, reglerne eller kommandoen ikke kan bruges.
    """
    from . import diff, examples, impact, inorder
    days = sorted({_parse_date(text) for text in datoer} or {_parse_date(None)})
    _require_input_and_output(fil, None)
    try:
        versions = [(old_spec, diff.load_version(old_spec, Path(rules))),
                    (new_spec or "arbejdskopien", diff.load_version(new_spec, Path(rules)))]
    except diff.DiffError as failure:
        click.echo(f"fejl: {failure}", err=True)
        sys.exit(2)
    stream = _open_input(fil)
    with tempfile.TemporaryDirectory(prefix="regel-konsekvens-") as folder, stream:
        old, new = (impact.Version(label, rule_set, examples.build_package(rule_set, Path(folder) / str(number)))
                    for number, (label, rule_set) in enumerate(versions))
        comparison = impact.Impact(old, new, days)
        counting = _Counting(stream)
        progress = _Progress(None if fil == "-" else Path(fil).stat().st_size)
        reader = new.package.laes_sager(counting)
        jobs = jobs or inorder.cores()
        try:
            if jobs > 1:
                setup = ([(v.package.__name__, str(Path(v.package.__file__).parent)) for v in (old, new)],
                         days, comparison.renamed)
                with inorder.ordered_map(_impact_chunk, _Jobs.chunks(reader), jobs, _start_impact_worker,
                                         setup) as parts:
                    for part in parts:
                        comparison.add_part(part)
                        progress.update(comparison.records, counting.read_bytes)
            else:
                for line, record in reader:
                    comparison.add(line, record)
                    progress.update(comparison.records, counting.read_bytes)
        except inorder.WorkerDied as died:
            click.echo(f"regel: en af de {jobs} processer, der vurderede sagerne, stoppede uventet ({died}), fx "
                       "fordi maskinen manglede hukommelse. Prøv igen, evt. med færre --jobs.", err=True)
            sys.exit(2)
        progress.done()
    name = "standard-input" if fil == "-" else fil
    click.echo(json.dumps(comparison.as_json(name), ensure_ascii=False, indent=2) if as_json
               else comparison.text(name))
    sys.exit(1 if fail_on_difference and comparison.has_differences else 0)


# ----------------------------------------------------------------------------
# regel rediger, regel lsp
# ----------------------------------------------------------------------------

@regel.command(options_metavar="[TILVALG]", short_help="Rediger regelfilerne i browseren med fejl, hjælp og forhåndsvisning.")
@click.argument("mappe", required=False, type=click.Path())
@click.option("--port", default=0, show_default="en tilfældig ledig port", type=click.IntRange(0, 65535),
              help="Porten på 127.0.0.1, som editoren lytter på.")
@click.option("--ingen-browser", "no_browser", is_flag=True, help="Åbn ikke browseren; skriv kun adressen.")
def rediger(mappe: Optional[str], port: int, no_browser: bool) -> None:
    """Åbn en editor til regelfilerne i browseren (kun på denne maskine; standard: rules).

    Editoren viser fejlene, mens du skriver, foreslår ord og navne, forklarer et navn, når
    musen står over det, og viser reglens dokumentation og eksemplernes resultater ved siden
    af. Den gemmer kun regelfiler i mappen. Stop den med Ctrl+C.
    """
    from .editor import web
    root = Path(mappe) if mappe else project_path(RULES, "angiv mappen med regelfiler, fx `regel rediger sti/til/rules`")
    if not root.is_dir():
        click.echo(f"fejl: {root} er ikke en mappe med regelfiler", err=True)
        sys.exit(2)

    def ready(url: str, _server) -> None:
        click.echo(f"Editoren kører på {url}\n(kun på denne maskine; stop den med Ctrl+C)")
        if not no_browser:
            import webbrowser
            webbrowser.open(url)

    try:
        web.serve(root, port, ready)
    except OSError as failure:
        click.echo(f"fejl: editoren kan ikke starte på port {port}: {oserrors.describe(failure)}", err=True)
        sys.exit(2)


@regel.command(options_metavar="[TILVALG]", short_help="Start sprogserveren (LSP over stdin/stdout) til en editor.")
def lsp() -> None:
    """Sprogserveren til editorer som VS Code, Neovim og Emacs (Language Server Protocol over
    standard-ind og -ud): fejl mens du skriver, forklaringer, gå til definition, find
    anvendelser, forslag, rettelser, disposition og "Kør eksemplerne"."""
    from .editor import lsp as server
    server.serve()
