"""`regel rediger`: a browser editor for the rule files, served on this machine only.

The server listens on 127.0.0.1 at a random port; every address carries a secret token made
for the session (`/<token>/…`), and a request whose Host is not this address is refused, so
neither another user's page nor another machine can read or write the rules. The page
(static/editor.html, editor.js) uses CodeMirror 6, bundled once into static/codemirror.js
(editors/codemirror/README.md), and asks the same answers as the language server over
small JSON requests: diagnostics, completion, hover, quick fixes, the examples' verdicts and
the rule's documentation page as a preview. Saving writes atomically (outputs.atomic_file),
only to `.regel` files inside the project's rule folder, and refuses to overwrite a file
that changed on disk since it was opened. New files are created and files renamed there too,
under names checked first, never over an existing file (a hard link made and the old name
removed, so a rename is one step and cannot clobber).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
import sys
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Optional
from urllib.parse import unquote, urlsplit

from .. import outputs, parser, pipeline
from ..backends import docs
from . import answers
from .project import Project

STATIC = Path(__file__).resolve().parent / "static"
_TYPES = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
          ".css": "text/css; charset=utf-8", ".md": "text/markdown; charset=utf-8"}
MAX_REQUEST = 20 * 1024 * 1024  # a rule file larger than this is no hand-edited file


class Refused(Exception):
    def __init__(self, status: HTTPStatus, message: str):
        super().__init__(message)
        self.status = status


class Editor:
    """What the page asks, answered for one project; the HTTP layer is in `_Handler`."""

    def __init__(self, root: Path):
        self.project = Project(root)
        self.token = secrets.token_urlsafe(24)
        self.lock = threading.RLock()  # one request at a time: the project holds one text per file

    # -- files ------------------------------------------------------------------------
    def target(self, relative: str) -> Path:
        """The file a relative name from the page means, only when it is a rule file inside
        the project's folder (no `..`, no absolute path, no link that leads out)."""
        if not isinstance(relative, str) or not relative or "\0" in relative:
            raise Refused(HTTPStatus.BAD_REQUEST, "filnavnet mangler")
        candidate = Path(relative)
        if candidate.is_absolute() or ".." in candidate.parts or candidate.suffix != pipeline.EXTENSION:
            raise Refused(HTTPStatus.FORBIDDEN, f"{relative}: kun regelfiler ({pipeline.EXTENSION}) i projektets mappe kan åbnes og gemmes")
        path = self.project.root / candidate
        if not self.project.contains(path) or (path.exists() and not path.is_file()):
            raise Refused(HTTPStatus.FORBIDDEN, f"{relative}: kun regelfiler i projektets mappe kan åbnes og gemmes")
        return path

    def new_target(self, relative) -> Path:
        """A name for a new rule file: letters, digits, `_` and `-` in each folder and the file
        name (no dot first, no space), ending in .regel, inside the project, and not taken."""
        path = self.target(relative)
        if not all(_FILE_PART.fullmatch(part) for part in Path(relative[:-len(pipeline.EXTENSION)]).parts):
            raise Refused(HTTPStatus.BAD_REQUEST, f"{relative}: et filnavn må kun have bogstaver, cifre, _ og - "
                                                  f"(ingen mellemrum, ikke punktum først) og skal ende på {pipeline.EXTENSION}")
        if path.exists() or path.is_symlink():
            raise Refused(HTTPStatus.CONFLICT, f"{relative} findes allerede; vælg et andet navn")
        if not path.parent.is_dir():
            raise Refused(HTTPStatus.BAD_REQUEST, f"{relative}: mappen {path.parent.name} findes ikke i projektet")
        return path

    def create(self, request: dict) -> dict:
        """A new rule file with the page's text (or a heading comment), written atomically."""
        text = request.get("tekst", "# Ny regelfil: skriv emnet her.\n")
        if not isinstance(text, str):
            raise Refused(HTTPStatus.BAD_REQUEST, "teksten mangler")
        with self.lock:
            path = self.new_target(request.get("fil"))
            try:
                with outputs.atomic_file(path) as out:
                    out.write(text)
            except outputs.OutputError as failure:
                raise Refused(HTTPStatus.INTERNAL_SERVER_ERROR, str(failure))
            self.project.files_changed()
            return {"version": _version(text.encode("utf-8")), "gemt": str(path.relative_to(self.project.root))}

    def rename(self, request: dict) -> dict:
        """Rename a rule file inside the project, in one step and never over another file."""
        with self.lock:
            old = self.target(request.get("fil"))
            if not old.is_file():
                raise Refused(HTTPStatus.NOT_FOUND, f"{request.get('fil')} findes ikke")
            new = self.new_target(request.get("nyt_navn"))
            try:
                os.link(old, new)   # fails if the new name was taken meanwhile: nothing is overwritten
                os.unlink(old)
            except OSError as failure:
                raise Refused(HTTPStatus.INTERNAL_SERVER_ERROR,
                              f"{request.get('fil')} kan ikke omdøbes: {failure.strerror or failure}")
            self.project.forget_text(old)
            self.project.files_changed()
            return {"gemt": str(new.relative_to(self.project.root)), "version": _version(new.read_bytes())}

    def files(self) -> dict:
        found, _ = pipeline.rule_files([self.project.root])
        return {"filer": [str(p.resolve().relative_to(self.project.root)) for p in found
                          if self.project.contains(p)], "mappe": str(self.project.root)}

    def open(self, request: dict) -> dict:
        path = self.target(request.get("fil"))
        try:
            data = path.read_bytes()
        except OSError as failure:
            raise Refused(HTTPStatus.NOT_FOUND, f"{request.get('fil')} kan ikke læses: {failure.strerror}")
        text, problems = pipeline.decode_rule_text(data, str(path))
        return {"tekst": text, "version": _version(data)}

    def save(self, request: dict) -> dict:
        """Write the text atomically; refused when the file on disk is no longer the version
        the page opened (someone else saved it): the page keeps its text and says so."""
        path = self.target(request.get("fil"))
        text = request.get("tekst")
        if not isinstance(text, str):
            raise Refused(HTTPStatus.BAD_REQUEST, "teksten mangler")
        with self.lock:
            current = path.read_bytes() if path.exists() else b""
            if request.get("version") is not None and request["version"] != _version(current):
                raise Refused(HTTPStatus.CONFLICT, f"{request['fil']} er ændret på disken, siden du åbnede den; "
                                                   "din tekst er ikke gemt (kopiér den, og åbn filen igen)")
            try:
                with outputs.atomic_file(path) as out:
                    out.write(text)
            except outputs.OutputError as failure:
                raise Refused(HTTPStatus.INTERNAL_SERVER_ERROR, str(failure))
            self.project.forget_text(path, keep_in_project=True)
            self.project.files_changed()
            return {"version": _version(text.encode("utf-8")), "gemt": str(path.relative_to(self.project.root))}

    def close(self, request: dict) -> dict:
        """The page left the file (another file opened, the tab closed): its unsaved text is no
        longer part of the project, so no other page checks against it. The page keeps its own
        copy and offers it again when the file is opened (editor.js, "gendannet")."""
        with self.lock:
            self.project.forget_text(self.target(request.get("fil")))
        return {}

    # -- answers ------------------------------------------------------------------------
    def edited(self, request: dict) -> tuple[str, str]:
        """The file the request is about, with the page's current text set in the project."""
        path = self.target(request.get("fil"))
        text = request.get("tekst")
        name = self.project.name_of(path)
        if isinstance(text, str):
            self.project.set_text(name, text)
        return name, self.project.text_of(name) or ""

    def check(self, request: dict) -> dict:
        name, text = self.edited(request)
        snapshot = self.project.check()
        by_file = snapshot.diagnostics_by_file()
        found = [{
            "fra": [x.span.line, x.span.column], "til": [x.span.end_line, x.span.end_column],
            "alvor": x.severity, "besked": x.message, "tip": x.hint, "kode": x.code,
            "rettelser": [{"titel": f.title, "fra": [f.span.line, f.span.column], "til": [f.span.end_line, f.span.end_column],
                           "tekst": f.replacement} for f in answers.quick_fixes(x, text)],
        } for x in by_file.get(name, [])]
        elsewhere = {self.project.relative(path): len(items) for path, items in by_file.items() if items and path != name}
        return {"diagnostik": found, "andre_filer": elsewhere, "fejlfri": snapshot.loaded.ok}

    def hover(self, request: dict) -> dict:
        name, _ = self.edited(request)
        found = answers.hover(self.project, name, int(request["linje"]), int(request["kolonne"]))
        if found is None:
            return {}
        return {"tekst": found.text, "fra": [found.span.line, found.span.column], "til": [found.span.end_line, found.span.end_column]}

    def complete(self, request: dict) -> dict:
        name, text = self.edited(request)
        found = answers.completions(self.project, name, text, int(request["linje"]), int(request["kolonne"]))
        return {"forslag": [{"tekst": c.label, "slags": c.kind, "detalje": c.detail} for c in found]}

    def examples(self, request: dict) -> dict:
        """The verdicts of the examples of the rules in the file (the rules must be without errors),
        and every failing example of the project, at its first failing verdict."""
        name, _ = self.edited(request)
        snapshot = self.project.check()
        outcomes = answers.run_examples(snapshot)
        if outcomes is None:
            return {"fejlfri": False, "eksempler": [], "fejlede": []}
        failing: dict = {}  # (file, rule, title) -> the first failing verdict
        for o in outcomes:
            if not o.ok:
                failing.setdefault((o.span.path, o.rule, o.title), o)
        return {"fejlfri": True, "eksempler": [
            {"regel": o.rule, "titel": o.title, "linje": o.span.line, "ok": o.ok, "forventet": o.expected,
             "faktisk": o.actual} for o in outcomes if o.span.path == name],
            "fejlede": [{"fil": self.project.relative(o.span.path), "linje": o.span.line, "regel": o.rule, "titel": o.title}
                        for o in failing.values()]}

    def preview_target(self, request: dict) -> dict:
        """Which documentation page shows the rule at the cursor (or the file's first rule). The
        rule is found by the name its block declares, so a block that does not parse yet still
        shows its page as it was when the rules last had no errors."""
        name, text = self.edited(request)
        snapshot = self.project.check()
        site, stale = self.project.documentation()
        if site is None:
            return {}
        line = int(request.get("linje", 1))
        blocks = list(parser.split_blocks(text))
        here = [parser.declared_name(block) for start, block in blocks if start <= line]
        rules = [parser.declared_name(block) for _, block in blocks]
        shown = next((n for n in [*here[-1:], *rules] if n is not None and n in site.by_name), None)
        if shown is None:
            return {"side": "index.html", "forældet": stale or not snapshot.loaded.ok}
        return {"side": f"regler/{site.by_name[shown].slug}.html", "forældet": stale or not snapshot.loaded.ok}

    def preview(self, page: str) -> Optional[str]:
        site, _ = self.project.documentation()
        return docs.page(site, page) if site is not None else None

    def keywords(self) -> list[str]:
        """The rule language's keywords, from the grammar (so the highlighting cannot drift)."""
        return sorted(parser.all_keywords())


_FILE_PART = re.compile(r"[^\W_][\w-]*|_[\w-]+")


def _version(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


_API = {"tjek": Editor.check, "hover": Editor.hover, "fuldfoer": Editor.complete, "aabn": Editor.open,
        "gem": Editor.save, "opret": Editor.create, "omdoeb": Editor.rename, "luk": Editor.close, "eksempler": Editor.examples, "forhaandsvisning": Editor.preview_target}


class _Handler(BaseHTTPRequestHandler):
    editor: Editor
    server_version = "regel-rediger"

    def log_message(self, format: str, *args) -> None:  # quiet: the terminal shows only the address
        pass

    def _allowed_host(self) -> bool:
        host, port = self.server.server_address[:2]
        return self.headers.get("Host") in (f"{host}:{port}", f"localhost:{port}")

    def _route(self) -> Optional[list[str]]:
        parts = unquote(urlsplit(self.path).path).split("/")[1:]
        if not self._allowed_host() or not parts or not secrets.compare_digest(parts[0], self.editor.token):
            self._send(HTTPStatus.NOT_FOUND, b"ikke fundet", "text/plain; charset=utf-8")
            return None
        return parts[1:]

    def _send(self, status: HTTPStatus, body: bytes, kind: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Security-Policy",
                         "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'self'")
        self.end_headers()
        self.wfile.write(body)

    def _json(self, status: HTTPStatus, value) -> None:
        self._send(status, json.dumps(value, ensure_ascii=False).encode("utf-8"), "application/json; charset=utf-8")

    def do_GET(self) -> None:
        route = self._route()
        if route is None:
            return
        if route in ([""], []):
            page = (STATIC / "editor.html").read_text(encoding="utf-8")
            page = page.replace("{{NØGLEORD}}", json.dumps(self.editor.keywords(), ensure_ascii=False))
            page = page.replace("{{MÅNEDER}}", json.dumps(list(answers.MONTHS), ensure_ascii=False))
            self._send(HTTPStatus.OK, page.encode("utf-8"), _TYPES[".html"])
        elif route[0] == "static" and len(route) == 2 and re.fullmatch(r"[a-z]+\.(js|css)", route[1]):
            self._send(HTTPStatus.OK, (STATIC / route[1]).read_bytes(), _TYPES[Path(route[1]).suffix])
        elif route[0] == "api" and route[1:] == ["filer"]:
            self._json(HTTPStatus.OK, self.editor.files())
        elif route[0] == "dok" and len(route) > 1:
            with self.editor.lock:
                text = self.editor.preview("/".join(route[1:]))
            if text is None:
                self._send(HTTPStatus.NOT_FOUND, "siden findes ikke (endnu): ret fejlene i reglerne".encode("utf-8"),
                           "text/plain; charset=utf-8")
            else:
                self._send(HTTPStatus.OK, text.encode("utf-8"), _TYPES.get(Path(route[-1]).suffix, "text/plain"))
        else:
            self._send(HTTPStatus.NOT_FOUND, b"ikke fundet", "text/plain; charset=utf-8")

    def do_POST(self) -> None:
        route = self._route()
        if route is None:
            return
        if len(route) != 2 or route[0] != "api" or route[1] not in _API:
            self._send(HTTPStatus.NOT_FOUND, b"ikke fundet", "text/plain; charset=utf-8")
            return
        if self.headers.get("Content-Type", "").split(";")[0] != "application/json":
            self._json(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, {"fejl": "send JSON"})
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_REQUEST:
            self._json(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, {"fejl": "teksten er for stor"})
            return
        try:
            request = json.loads(self.rfile.read(length) or b"{}")
            if not isinstance(request, dict):
                raise ValueError("not an object")
        except ValueError:
            self._json(HTTPStatus.BAD_REQUEST, {"fejl": "ugyldig JSON"})
            return
        try:
            with self.editor.lock:
                answer = _API[route[1]](self.editor, request)
        except Refused as refused:
            self._json(refused.status, {"fejl": str(refused)})
            return
        except (KeyError, TypeError, ValueError) as failure:
            self._json(HTTPStatus.BAD_REQUEST, {"fejl": f"ufuldstændig forespørgsel ({failure})"})
            return
        self._json(HTTPStatus.OK, answer)


class _Server(ThreadingHTTPServer):
    def handle_error(self, request, client_address) -> None:
        """A page that went away before its answer was written (a tab closed while a check or
        the examples ran) is nothing to report; anything else is, as http.server reports it."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def serve(root: Path, port: int = 0, ready=None) -> None:
    """Serve the editor until interrupted; `ready(url, server)` is called once it listens."""
    editor = Editor(root)
    handler = type("Handler", (_Handler,), {"editor": editor})
    with _Server(("127.0.0.1", port), handler) as httpd:
        host, bound = httpd.server_address[:2]
        if ready is not None:
            ready(f"http://{host}:{bound}/{editor.token}/", httpd)
        httpd.serve_forever()
