"""Writing outputs safely: every output appears whole or not at all, only files Regelsprog
wrote are ever replaced or deleted, and two builds of one output tree never interleave.

* An output folder (generated/python, generated/docs, a `regel diff --side` folder) is
  written complete into a staging folder beside it and swapped in with one atomic rename
  (Linux renameat2 RENAME_EXCHANGE); the old contents, now under the staging name, are
  removed afterwards. A folder whose contents would not change is not touched.
* Each output folder holds a manifest (MANIFEST, deterministic: paths and SHA-256, no
  times) of the files Regelsprog wrote there. Any other file is the user's: the build
  refuses to run, naming it, unless told to keep such files; they are then carried over
  into the new folder untouched (a hard link, else a copy). A folder without a manifest
  whose files are all at paths this build writes (one built before manifests existed) is
  adopted; in any other folder without one, every file is the user's. A documentation page
  that carries the build stamp as its last line is Regelsprog's even when the manifest does not
  list it (a manifest restored by `git checkout` after a build that added a page).
* A lock (flock on the output root folder itself, so no lock file is left) makes builds of
  one tree take turns; a build that cannot get it in time says so (OutputError).
* Staging folders and temporary files are hidden and carry the host and process id in
  their name; a later run removes those whose process is gone, and only those.
* A single file (`regel valider --output`) is written to a temporary file beside it,
  fsynced and renamed over it.
"""

from __future__ import annotations

import codecs
import ctypes
import errno
import fcntl
import functools
import hashlib
import io
import json
import os
import re
import shutil
import signal
import socket
import stat
import sys
import tempfile
import time
from collections import Counter
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Callable, Iterator, NamedTuple, Optional, TextIO

from .oserrors import describe

MANIFEST = ".regelsprog-manifest.json"
ABOUT = ("Filerne, som Regelsprog har skrevet i denne mappe. Regelsprog overskriver og sletter kun dem; "
         "andre filer i mappen bliver liggende.")
CACHE = "__pycache__"  # Python's cache of the generated modules: it goes with them
WAIT_SECONDS = 60
SHOWN = 10  # files named in a message before "… og N flere"


class OutputError(Exception):
    """An output cannot be written; the message is Danish and names the path."""


class Interrupted(BaseException):
    """SIGINT or SIGTERM, raised so that the way out removes temporary files and staging folders."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signal = signal.Signals(signum)
        self.exit_code = 128 + signum


# ----------------------------------------------------------------------------
# Output folders (regel byg, regel docs, regel diff --side)
# ----------------------------------------------------------------------------

@dataclass
class Written:
    """What a build did, for its report."""
    written: int = 0
    deleted: int = 0
    unchanged: int = 0
    edited: list[Path] = field(default_factory=list)       # its own files, changed by hand since: replaced
    left_behind: list[Path] = field(default_factory=list)  # staging folders holding files not its own


class Differences(NamedTuple):
    """How the output folders differ from what a build would write (paths relative to the root)."""
    stale: list[str]
    missing: list[str]
    extra: list[str]
    expected: int


def write_folders(root: Path, folders: dict[str, dict[str, str]], keep_others: bool = False,
                  wait: float = WAIT_SECONDS, on_wait: Callable[[str], None] = print) -> Written:
    """Make each folder root/NAME hold exactly the given files (relative path -> text) and
    its manifest, plus (with keep_others) the user's own files found there."""
    try:
        _prepare_root(root)
        with _locked(root, True, wait, on_wait):
            return _write_locked(root, folders, keep_others)
    except OSError as failure:
        raise OutputError(f"kan ikke skrive i {root}: {_located(failure)}") from failure


def compare_folders(root: Path, folders: dict[str, dict[str, str]], wait: float = WAIT_SECONDS,
                    on_wait: Callable[[str], None] = print) -> Differences:
    """Compare without writing (`--tjek`); waits for a build that is writing."""
    expected = sum(len(files) + 1 for files in folders.values())
    try:
        if not root.is_dir():
            _prepare_root(root, create=False)
            missing = [f"{name}/{path}" for name, files in folders.items() for path in _expected(files)]
            return Differences([], sorted(missing), [], expected)
        with _locked(root, False, wait, on_wait):
            stale, missing, extra = [], [], []
            for name, files in folders.items():
                plan = _plan(root, name, files)
                stale += [f"{name}/{path}" for path in plan.expected if path in plan.present and path not in plan.same]
                missing += [f"{name}/{path}" for path in plan.expected if path not in plan.present]
                extra += [f"{name}/{path}" for path in plan.present if path not in plan.expected]
            return Differences(sorted(stale), sorted(missing), sorted(extra), expected)
    except OSError as failure:
        raise OutputError(f"kan ikke læse {root}: {_located(failure)}") from failure


def _manifest(files: dict[str, bytes]) -> bytes:
    """The manifest of a folder holding these files: the same files give the same bytes."""
    listed = {path: _digest(data) for path, data in sorted(files.items())}
    return (json.dumps({"om": ABOUT, "filer": listed}, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


@dataclass
class _Plan:
    """An output folder as found, against what the build wants in it."""
    name: str
    path: Path
    expected: dict[str, bytes]  # relative path -> content, the manifest included
    present: dict[str, Path]    # every file found there, Python's caches left out
    ours: set[str]              # the present files Regelsprog wrote (manifest, or adopted)
    same: set[str]              # present files that already hold the expected content
    edited: list[str]           # files of ours changed since the manifest was written
    has_manifest: bool

    @property
    def foreign(self) -> list[str]:
        return sorted(set(self.present) - self.ours)

    @property
    def current(self) -> bool:
        """Nothing to write (the user's files stay either way)."""
        return self.same == set(self.expected) == self.ours


def _write_locked(root: Path, folders: dict[str, dict[str, str]], keep_others: bool) -> Written:
    result = Written()
    _remove_leftovers(root, result)
    plans = [_plan(root, name, files) for name, files in folders.items()]
    _refuse_foreign(plans, keep_others)
    for plan in plans:
        result.written += len(plan.expected) - len(plan.same)
        result.unchanged += len(plan.same)
        result.deleted += len(plan.ours - set(plan.expected))
        result.edited += [plan.path / path for path in plan.edited]
    changing = [plan for plan in plans if not plan.current]
    staged: dict[str, Optional[Path]] = {}  # folder -> its staging folder: the new contents, after the swap the old
    try:
        for plan in changing:
            staged[plan.name] = _new_staging(root, plan.name)
            _fill(staged[plan.name], plan, keep_others)
        # Ctrl+C between two swaps would leave folders from two builds: the swaps run to the end
        with _signals_held():
            for plan in changing:
                staged[plan.name] = _swap(staged[plan.name], plan.path, root)
                _checkpoint("swapped")
            _fsync_directory(root)
    finally:
        for name, folder in staged.items():
            if folder is not None:
                _remove_own(folder, root / name, result)
                _checkpoint("removed-old")
    return result


def _plan(root: Path, name: str, files: dict[str, str]) -> _Plan:
    if name in ("", ".", "..") or "/" in name:
        raise OutputError(f"{root / name} kan ikke bruges som mappe til output.")
    path = root / name
    if path.is_symlink():
        raise OutputError(f"{path} er et symbolsk link; Regelsprog skriver kun i almindelige mapper.")
    if os.path.lexists(path) and not path.is_dir():
        raise OutputError(f"{path} er en fil, men skal være en mappe til output; flyt eller omdøb den.")
    expected = _expected(files)
    present = _files(path) if path.is_dir() else {}
    listed = _read_manifest(path)
    if listed is not None:
        ours = {p for p in present if p in listed or p == MANIFEST or _stamped_page(present[p])}
    elif set(present) <= set(expected):  # written before there were manifests: adopted
        ours = set(present)
    else:  # not an output folder of ours: nothing in it is ours
        ours = {MANIFEST} & set(present)
    contents = {p: _regular_bytes(present[p]) for p in ours | (set(present) & set(expected))}
    same = {p for p in set(present) & set(expected) if contents[p] == expected[p]}
    edited = sorted(p for p in ours if listed and p in listed and p != MANIFEST
                    and (contents[p] is None or _digest(contents[p]) != listed[p]))
    return _Plan(name, path, expected, present, ours, same, edited, listed is not None)


# The last line of every documentation page (templates stamp.md, base.html). A page that carries
# it in a folder of ours was written by a build whose manifest is gone (a `git checkout` of
# generated/ after a build that added a rule or a source): it is ours to delete, not the user's.
_PAGE_STAMP = re.compile(rb'(?:^|<p class="stamp">)Regels\xc3\xa6t [^\n]* \xc2\xb7 bygget med Regelsprog [^\s<]+(?:</p>)?\s*'
                         rb'(?:</footer>\s*)?(?:</body>\s*</html>\s*)?\Z', re.MULTILINE)


def _stamped_page(path: Path) -> bool:
    if path.suffix not in (".html", ".md"):
        return False
    try:
        if not stat.S_ISREG(path.lstat().st_mode):
            return False
        with path.open("rb") as page:
            page.seek(max(0, path.lstat().st_size - 4096))
            return _PAGE_STAMP.search(page.read()) is not None
    except OSError:
        return False


def _expected(files: dict[str, str]) -> dict[str, bytes]:
    for path in files:
        parts = PurePosixPath(path).parts
        assert parts and not PurePosixPath(path).is_absolute() and ".." not in parts and CACHE not in parts, path
    expected = {path: text.encode("utf-8") for path, text in files.items()}
    return {**expected, MANIFEST: _manifest(expected)}


def _refuse_foreign(plans: list[_Plan], keep_others: bool) -> None:
    foreign = [(plan.path / path, path in plan.expected) for plan in plans for path in plan.foreign]
    in_the_way = any(clash for _, clash in foreign)
    if not foreign or (keep_others and not in_the_way):
        return
    advice = ("Flyt eller omdøb filerne, og prøv igen." if in_the_way else
              "Flyt filerne et andet sted hen, eller kør igen med --behold-andre-filer for at lade dem ligge urørt.")
    hints = [f"{plan.path} har intet manifest ({MANIFEST}); er mappen skrevet af en ældre udgave af Regelsprog, "
             "så slet den, og byg igen." for plan in plans if plan.foreign and not plan.has_manifest]
    raise OutputError("\n".join([
        _listing("der ligger filer, som Regelsprog ikke har skrevet, i mapperne, der skrives til",
                 [f"{path} (her skal der skrives en ny fil)" if clash else str(path) for path, clash in foreign]),
        f"Intet er ændret. {advice}", *hints]))


def _listing(what: str, lines: list[str]) -> str:
    shown = [f"  {line}" for line in lines[:SHOWN]]
    if len(lines) > SHOWN:
        shown.append(f"  … og {len(lines) - SHOWN} flere")
    return f"{what}:\n" + "\n".join(shown)


def _new_staging(root: Path, name: str) -> Path:
    try:
        return Path(tempfile.mkdtemp(prefix=_own_prefix(name), dir=root))
    except OSError as failure:
        raise OutputError(f"kan ikke skrive i mappen {root}: {describe(failure)}") from failure


def _fill(staging: Path, plan: _Plan, keep_others: bool) -> None:
    """The new folder, complete and on disk, before anyone can see it."""
    # the manifest first: whatever a killed build leaves here is then recognisably its own
    for path in [MANIFEST, *sorted(set(plan.expected) - {MANIFEST})]:
        _write_new(staging / path, plan.expected[path], shown=plan.path / path)
        _checkpoint("staged-file")
    for path in plan.foreign if keep_others else []:
        (staging / path).parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(plan.present[path], staging / path, follow_symlinks=False)
        except OSError:  # no hard links here (or not allowed): a copy keeps the user's file just as well
            shutil.copy2(plan.present[path], staging / path, follow_symlinks=False)
        _checkpoint("carried-file")
    # the old folder's permissions (mkdtemp makes it private), set last: they may forbid writing
    os.chmod(staging, stat.S_IMODE(plan.path.stat().st_mode) if plan.path.is_dir() else 0o777 & ~_umask())
    for directory, _, _ in os.walk(staging):
        _fsync_directory(Path(directory))
    _checkpoint("staged")


def _write_new(path: Path, data: bytes, shown: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "xb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
    except OSError as failure:
        raise OutputError(f"kan ikke skrive {shown}: {describe(failure)}") from failure


def _swap(staging: Path, target: Path, root: Path) -> Optional[Path]:
    """Put staging at target in one step; returns where target's old contents are now."""
    if not os.path.lexists(target):
        os.rename(staging, target)
        return None
    if _exchange(staging, target):
        return staging
    # Without RENAME_EXCHANGE (not Linux, or a file system without it) it takes two renames;
    # a kill between them leaves target missing until the next build writes it.
    aside = _new_staging(root, target.name)
    os.rename(target, aside)
    try:
        os.rename(staging, target)
    except OSError:
        os.rename(aside, target)
        raise
    return aside


_AT_FDCWD, _RENAME_EXCHANGE = -100, 2


@functools.lru_cache(maxsize=None)
def _renameat2():
    function = getattr(ctypes.CDLL(None, use_errno=True), "renameat2", None)
    if function is not None:
        function.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    return function


def _exchange(first: Path, second: Path) -> bool:
    """Swap two names atomically; False when the system or the file system cannot."""
    function = _renameat2()
    if function is None:
        return False
    if function(_AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(second))


def _remove_leftovers(root: Path, result: Written) -> None:
    """Staging folders of builds that were killed (their process is gone) go first."""
    with os.scandir(root) as entries:
        leftovers = [(Path(entry.path), base) for entry in entries
                     if (base := _stale(entry.name)) is not None and entry.is_dir(follow_symlinks=False)]
    for folder, base in sorted(leftovers):
        _remove_own(folder, root / base, result)
    _checkpoint("removed-leftovers")


def _remove_own(folder: Path, live: Path, result: Written) -> None:
    """Remove a staging folder, or an output folder's old contents after the swap: the files
    either manifest lists, stamped pages (_PAGE_STAMP), Python's caches, and files the live
    folder holds too (the user's files carried over). Anything else (made while the build ran) stays, and is reported."""
    own = set(_read_manifest(folder) or ()) | set(_read_manifest(live) or ()) | {MANIFEST}
    kept = False
    for path, file in _files(folder, with_caches=True).items():
        if path in own or CACHE in PurePosixPath(path).parts or _same_file(file, live / path) or _stamped_page(file):
            try:
                file.unlink()
                continue
            except OSError:
                pass
        kept = True
    for directory, _, _ in os.walk(folder, topdown=False):
        with suppress(OSError):
            os.rmdir(directory)
    if kept:
        result.left_behind.append(folder)


def _files(folder: Path, with_caches: bool = False) -> dict[str, Path]:
    """Every entry that is not a folder, by relative POSIX path; symbolic links are entries,
    never followed."""
    found: dict[str, Path] = {}

    def walk(directory: Path, prefix: str) -> None:
        with os.scandir(directory) as entries:
            for entry in entries:
                if not entry.is_dir(follow_symlinks=False):
                    found[prefix + entry.name] = Path(entry.path)
                elif with_caches or entry.name != CACHE:
                    walk(Path(entry.path), f"{prefix}{entry.name}/")

    walk(folder, "")
    return found


def _read_manifest(folder: Path) -> Optional[dict[str, str]]:
    """The files a folder's manifest lists; None when it has none that can be read. Its paths
    are only compared with files found, never opened: a manifest is not trusted."""
    data = _regular_bytes(folder / MANIFEST)
    try:
        listed = json.loads(data)["filer"] if data is not None else None
    except (ValueError, TypeError, KeyError):
        return None
    if isinstance(listed, dict) and all(isinstance(value, str) for value in listed.values()):
        return listed
    return None


def _regular_bytes(path: Path) -> Optional[bytes]:
    """The contents of a regular file; None for anything else (a link, a pipe, nothing)."""
    try:
        if not stat.S_ISREG(path.lstat().st_mode):
            return None
        return path.read_bytes()
    except OSError:
        return None


def _same_file(first: Path, second: Path) -> bool:
    try:
        a, b = first.lstat(), second.lstat()
    except OSError:
        return False
    if (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino):
        return True
    if stat.S_ISLNK(a.st_mode) and stat.S_ISLNK(b.st_mode):
        return os.readlink(first) == os.readlink(second)
    data = _regular_bytes(first) if a.st_size == b.st_size else None
    return data is not None and data == _regular_bytes(second)


def _digest(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


def _prepare_root(root: Path, create: bool = True) -> None:
    """The root exists afterwards: created if need be, but not its parents (a mistyped path
    should not grow a tree of folders)."""
    if root.is_dir():
        return
    if os.path.lexists(root):
        raise OutputError(f"{root} er en fil, ikke en mappe; angiv en mappe.")
    if not root.parent.is_dir():
        raise OutputError(f"mappen {root.parent} findes ikke; opret den, eller skriv et andet sted.")
    if create:
        try:
            root.mkdir(exist_ok=True)
        except OSError as failure:
            raise OutputError(f"kan ikke oprette mappen {root}: {describe(failure)}") from failure


@contextmanager
def _locked(root: Path, exclusive: bool, wait: float, on_wait: Callable[[str], None]) -> Iterator[None]:
    """Builds of one tree take turns (a check waits for a build); at most `wait` seconds."""
    try:
        handle = os.open(root, os.O_RDONLY | os.O_DIRECTORY)
    except OSError as failure:
        raise OutputError(f"kan ikke åbne mappen {root}: {describe(failure)}") from failure
    try:
        deadline, told = time.monotonic() + wait, False
        while True:
            try:
                fcntl.flock(handle, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise OutputError(f"en anden kørsel af regel skriver stadig i {root} (ventede {wait:g} s); "
                                      "prøv igen, når den er færdig.") from None
                if not told:
                    on_wait(f"venter på en anden kørsel af regel, der skriver i {root} (højst {wait:g} s) …")
                    told = True
                time.sleep(0.05)
        _checkpoint("locked")
        yield
    finally:
        os.close(handle)


def _fsync_directory(path: Path) -> None:
    handle = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _located(failure: OSError) -> str:
    return f"{failure.filename}: {describe(failure)}" if failure.filename else describe(failure)


# ----------------------------------------------------------------------------
# One file (regel valider --output)
# ----------------------------------------------------------------------------

@contextmanager
def atomic_file(target: Path) -> Iterator[TextIO]:
    """A UTF-8 text file that appears only complete: written beside the target, fsynced and
    renamed over it. Interrupted (an exception, SIGINT, SIGTERM) it leaves nothing; killed
    (SIGKILL) it leaves a temporary file, which the next run for the same target removes."""
    folder = target.parent
    _remove_stale_temporaries(folder, target.name)
    try:
        handle, temporary = tempfile.mkstemp(prefix=_own_prefix(target.name), suffix=".tmp", dir=folder)
    except OSError as failure:
        raise OutputError(f"kan ikke skrive i mappen {folder}: {describe(failure)}") from failure
    try:
        try:
            os.fchmod(handle, 0o666 & ~_umask())  # mkstemp makes it private; give it a normal file's mode
            stream = os.fdopen(handle, "w", encoding="utf-8")
        except BaseException:
            os.close(handle)
            raise
        with stream:
            yield _NamedWrites(stream, target)
            try:
                stream.flush()
                os.fsync(stream.fileno())
            except OSError as failure:
                raise OutputError(f"kan ikke skrive {target}: {describe(failure)}") from failure
        try:
            os.replace(temporary, target)
            _fsync_directory(folder)
        except OSError as failure:
            raise OutputError(f"kan ikke skrive {target}: {describe(failure)}") from failure
    except BaseException:
        with suppress(OSError):
            os.unlink(temporary)
        raise


class _NamedWrites:
    """A text stream whose write errors (a full disk) name the file being written."""

    def __init__(self, stream: TextIO, target: Path):
        self.stream, self.target = stream, target

    def write(self, text: str) -> int:
        try:
            return self.stream.write(text)
        except OSError as failure:
            raise OutputError(f"kan ikke skrive {self.target}: {describe(failure)}") from failure

    def write_bytes(self, data: bytes) -> None:
        """UTF-8 as it is, after the text written so far (saves decoding what is UTF-8 already)."""
        try:
            self.stream.flush()
            self.stream.buffer.write(data)
        except OSError as failure:
            raise OutputError(f"kan ikke skrive {self.target}: {describe(failure)}") from failure


def _remove_stale_temporaries(folder: Path, base: str) -> None:
    with suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            if _stale(entry.name) == base and entry.is_file(follow_symlinks=False):
                with suppress(OSError):
                    os.unlink(entry.path)


# ----------------------------------------------------------------------------
# Names of our own temporary files and folders
# ----------------------------------------------------------------------------

_OWN_NAME = re.compile(r"\.(?P<base>.+)\.regelsprog-(?P<host>[A-Za-z0-9_]+)-(?P<pid>\d+)-[a-z0-9_]+(\.tmp)?")


def _host() -> str:
    return re.sub(r"[^A-Za-z0-9]", "_", socket.gethostname()) or "_"


def _own_prefix(base: str) -> str:
    """Hidden, recognisable, and naming the host and process that made it."""
    return f".{base}.regelsprog-{_host()}-{os.getpid()}-"


def _stale(name: str) -> Optional[str]:
    """For a temporary file or staging folder made by a process of this host that is gone: the
    name it stood in for. None for anything else (another host's, a live process's, not ours)."""
    match = _OWN_NAME.fullmatch(name)
    if match is None or match["host"] != _host() or _alive(int(match["pid"])):
        return None
    return match["base"]


def _alive(pid: int) -> bool:
    if pid in (0, os.getpid()):
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


# ----------------------------------------------------------------------------
# Signals, the console, and the test hook
# ----------------------------------------------------------------------------

def stop_on_signals() -> None:
    """SIGINT and SIGTERM raise Interrupted, so that the way out cleans up; signals that come
    while it does are ignored."""
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, _interrupt)


def _interrupt(signum: int, frame) -> None:
    for other in (signal.SIGINT, signal.SIGTERM):
        signal.signal(other, signal.SIG_IGN)
    raise Interrupted(signum)


@contextmanager
def _signals_held() -> Iterator[None]:
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


ESCAPE = "regelsprog-escape"


def tolerant_console() -> None:
    """On a console that cannot show every character (PYTHONIOENCODING=ascii, a Latin-1
    terminal), such characters are written as \\uXXXX instead of failing: readable in text,
    and the same character in JSON output."""
    codecs.register_error(ESCAPE, _escape)
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and codecs.lookup(stream.encoding).name != "utf-8":
            stream.reconfigure(errors=ESCAPE)


def _escape(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    units = error.object[error.start:error.end].encode("utf-16-be", "surrogatepass")
    return "".join(f"\\u{int.from_bytes(units[i:i + 2], 'big'):04x}" for i in range(0, len(units), 2)), error.end


_reached: Counter[str] = Counter()


def _checkpoint(moment: str) -> None:
    """A step of writing, for tests/test_kill.py: REGEL_TEST_TRACE=FILE logs each step, and
    REGEL_TEST_KILL_AT=MOMENT:N kills the process (SIGKILL) the N-th time it reaches MOMENT."""
    _reached[moment] += 1
    if os.environ.get("REGEL_TEST_TRACE"):
        with open(os.environ["REGEL_TEST_TRACE"], "a", encoding="utf-8") as trace:
            trace.write(f"{time.time():.6f} {moment} {_reached[moment]}\n")
    if os.environ.get("REGEL_TEST_KILL_AT") == f"{moment}:{_reached[moment]}":
        os.kill(os.getpid(), signal.SIGKILL)
