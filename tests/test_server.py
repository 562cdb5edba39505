"""The HTTP service (runtime/tjeneste.py, `python -m <package>.server`, `regel server`) on a
real socket: a server from the sample project's generated package on a random loopback port.

Answers are compared with the package's own `valider`/`Sagsbestand` on the same records, never
with written-down results. Malformed requests must give 4xx problem+json with a code from
FEJLKODER and a Danish title, and leave the server answering.
"""

from __future__ import annotations

import http.client
import importlib
import io
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from datetime import date
from pathlib import Path

import jsonschema
import pytest
from openapi_spec_validator import validate as validate_openapi

from compiler.backends import python as pyback
from compiler.runtime import tjeneste

from .conftest import PROJECT_CASES, ROOT

DATE = date(2023, 9, 1)
QUERY = f"?skaeringsdato={DATE.isoformat()}"
LIMITS = {"maks_krop": 64 * 1024, "maks_bestand": 1 << 20, "tidsgraense": 5.0, "inaktiv": 1.0}


@pytest.fixture(scope="module")
def server_module(package):
    return importlib.import_module(f"{package.__name__}.server")


@pytest.fixture(scope="module")
def server(server_module):
    tjener = server_module.start(**LIMITS)
    yield tjener
    tjener.stop()
    tjener.server_close()


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return [json.loads(line) for line in PROJECT_CASES.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def openapi(server_module) -> dict:
    return json.loads(server_module.openapi())


def request(server, method: str, path: str, body: bytes | None = None, content_type: str | None = "application/json",
            headers: dict | None = None, connection: http.client.HTTPConnection | None = None):
    own = connection is None
    connection = connection or http.client.HTTPConnection(*server.server_address[:2], timeout=10)
    try:
        sent = {**({"Content-Type": content_type} if content_type and body is not None else {}), **(headers or {})}
        connection.request(method, path, body=body, headers=sent)
        response = connection.getresponse()
        return response.status, response.headers, response.read()
    finally:
        if own:
            connection.close()


def raw(server, data: bytes, wait_for_close: bool = True) -> bytes:
    """Bytes on a socket as they are, and everything the server answers until it closes."""
    with socket.create_connection(server.server_address[:2], timeout=10) as sock:
        sock.sendall(data)
        if not wait_for_close:
            sock.shutdown(socket.SHUT_WR)
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    return answer


def assert_problem(status: int, headers, body: bytes, code: str | None = None) -> dict:
    assert 400 <= status < 600, (status, body)
    assert headers["Content-Type"] == "application/problem+json; charset=utf-8"
    problem = json.loads(body.decode("utf-8"))
    assert problem["kode"] in tjeneste.FEJLKODER, problem
    assert tjeneste.FEJLKODER[problem["kode"]] == (status, problem["title"]) == (problem["status"], problem["title"])
    assert problem["type"] == f"urn:regelsprog:problem:{problem['kode']}"
    assert problem["detail"] and "Traceback" not in body.decode("utf-8")
    assert problem["regelsæt"].keys() == {"udgave", "sha256"}
    if code is not None:
        assert problem["kode"] == code, problem
    return problem


def case_body(record: dict) -> bytes:
    return json.dumps(record, ensure_ascii=False).encode("utf-8")


# ----------------------------------------------------------------------------
# The answers are the package's answers
# ----------------------------------------------------------------------------

def test_info_endpoints(server, package):
    status, headers, body = request(server, "GET", "/sundhed")
    assert status == 200 and json.loads(body) == {
        "status": "ok", "pakke": pyback.PACKAGE, "version": package.__version__,
        "kontraktversion": package.KONTRAKTVERSION, "regelsæt": package.REGELSAET}
    status, headers, body = request(server, "GET", "/regler")
    rules = json.loads(body)
    assert status == 200 and headers["Content-Type"] == "application/json; charset=utf-8"
    assert [(r["navn"], tuple(r["bestemmelser"]), r["titel"], r["id"]) for r in rules["regler"]] == list(package.REGLER)
    assert rules["regelsæt"] == package.REGELSAET


def test_one_case_as_the_package_answers(server, package, records):
    valid = invalid = 0
    for record in records:
        for path, explain in (("/valider", False), ("/forklar", True)):
            status, headers, body = request(server, "POST", path + QUERY, case_body(record))
            try:
                expected = package.valider(record, DATE, forklar=explain)
            except package.UgyldigSag as failure:
                problem = assert_problem(status, headers, body, "ugyldig_sag")
                assert (problem["felt"], problem["besked"], problem["fejl"], problem.get("id")) == \
                    (failure.felt, failure.besked, failure.fejl, failure.id)
                invalid += 1
            else:
                assert status == 200 and json.loads(body) == expected
                valid += 1
    assert valid and invalid  # the sample caseload has both kinds


def test_caseload_accounts_for_every_line(server, package, records):
    text = PROJECT_CASES.read_bytes() + b"\n   \n{\"id\": \n[1, 2]\n" + "{\"id\": \"\ud800\"}\n".encode("utf-8",
                                                                                               "surrogatepass")
    status, headers, body = request(server, "POST", "/valider/sagsbestand" + QUERY, text, "application/x-ndjson")
    assert status == 200 and headers["Content-Type"] == "application/x-ndjson; charset=utf-8"
    lines = [json.loads(line) for line in body.decode("utf-8").splitlines()]
    bestand = package.Sagsbestand(DATE, ved_ugyldig=(invalid := []).append)
    expected = []
    for number, record in package.laes_sager(io.BytesIO(text)):
        result = bestand.valider(record, number)
        expected.append({"art": "resultat", "linje": number, "resultat": result} if result is not None else
                        {"art": "ugyldig", "linje": number, "ugyldig": invalid.pop()})
    assert lines[:-1] == expected
    summary = lines[-1]["opsummering"]
    assert lines[-1]["art"] == "opsummering"
    assert summary["linjer"] == text.count(b"\n") and summary["tomme_linjer"] == 2
    assert summary["antal_sager"] + summary["antal_ugyldige"] == len(expected) == summary["linjer"] - 2
    assert summary["population"] == bestand.population()


def test_caseload_as_a_json_array_with_explanations(server, package, records):
    text = json.dumps(records, ensure_ascii=False, indent=1).encode("utf-8")
    status, _headers, body = request(server, "POST", f"/valider/sagsbestand{QUERY}&forklar=ja", text)
    lines = [json.loads(line) for line in body.decode("utf-8").splitlines()]
    assert status == 200 and len(lines) == len(records) + 1
    for line, record in zip(lines, records):
        if line["art"] == "resultat":
            assert line["resultat"] == {**package.valider(record, DATE, forklar=True),
                                        **{k: v for k, v in line["resultat"].items() if k == "population"}}
        else:
            assert line["art"] == "ugyldig"


# ----------------------------------------------------------------------------
# Malformed requests: 4xx, Danish problem+json, the server keeps answering
# ----------------------------------------------------------------------------

VALID = json.loads(PROJECT_CASES.read_text(encoding="utf-8").splitlines()[0])

MALFORMED_BODIES = [  # (body, expected code)
    (b"", "tom_krop"),
    (b"  \r\n\t ", "tom_krop"),
    (b"{", "ugyldig_json"),
    (b"{\"id\": 1", "ugyldig_json"),
    (b"{'id': 'S1'}", "ugyldig_json"),
    (b"{\"id\": \"S1\",}", "ugyldig_json"),
    (b"{} {}", "ugyldig_json"),
    (b"{}\n{}", "ugyldig_json"),
    (b"[]", "ikke_en_sag"),
    (b"[{}]", "ikke_en_sag"),
    (b"\"tekst\"", "ikke_en_sag"),
    (b"12", "ikke_en_sag"),
    (b"null", "ikke_en_sag"),
    (b"true", "ikke_en_sag"),
    (b"{\"id\": " + b"9" * 5000 + b"}", "ugyldig_json"),  # beyond Python's 4300 digits
    (b"[" * 30_000 + b"]" * 30_000, "ugyldig_json"),  # nested beyond the recursion limit
    (b"{\"a\": " * 8_000 + b"1" + b"}" * 8_000, "ugyldig_json"),
    (b"{\"id\": \"S1\", \"id\": \"S2\"}", "ugyldig_json"),  # a duplicate key
    (b"{\"id\": \"\xff\xfe\"}", "ikke_utf8"),
    (b"{\"id\": \"\xc0\xaf\"}", "ikke_utf8"),  # overlong encoding
    (b"{\"id\": \"\xed\xa0\x80\"}", "ikke_utf8"),  # a surrogate encoded as UTF-8
    ("{\"id\": \"S1\"}".encode("utf-16"), "ikke_utf8"),
    (b"{\"id\": \"S1\x00\"}", "ugyldig_json"),  # a control character inside a string
    (b"{\"id\": \"S1\\x\"}", "ugyldig_json"),
    (b"{\"id\": \"\\ud800\"}", "ugyldig_sag"),  # a lone surrogate as an escape: valid JSON, no valid text
    (case_body(VALID).replace(b'"fremm\xc3\xb8de"', b'"fremm\\udcffde"', 1), "ugyldig_sag"),  # in a nested text
    (case_body({**VALID, "samtaler": [{"dato": 1e308, "form": "video", "aktør": "jobcenter"}]}), "ugyldig_sag"),
    (case_body(VALID).replace(b'"2023-03-01"', b"1e400", 1), "ugyldig_sag"),
    (case_body(VALID).replace(b'"2023-03-01"', b"NaN", 1), "ugyldig_sag"),
    (case_body(VALID).replace(b'"2023-03-01"', b"-Infinity", 1), "ugyldig_sag"),
    (case_body({**VALID, "forløbsstart": "2023-02-30"}), "ugyldig_sag"),
    (case_body({**VALID, "forløbsstart": "2023-03-01\n"}), "ugyldig_sag"),
    (case_body({**VALID, "forløbsstart": "20٢٣-03-01"}), "ugyldig_sag"),
    (case_body({**VALID, "ydelse": "kontanthjaelp"}), "ugyldig_sag"),
    (case_body(VALID).replace("\"forløbsstart\"".encode(), b'"forloebsstart"'), "ugyldig_sag"),  # misspelt
    (case_body({**VALID, "samtaler": {"dato": "2023-03-10"}}), "ugyldig_sag"),
    (case_body({**VALID, "id": ""}), "ugyldig_sag"),
    (case_body({k: v for k, v in VALID.items() if k != "id"}), "ugyldig_sag"),
    (b"\xef\xbb\xbf[1]", "ikke_en_sag"),
]


@pytest.mark.parametrize("body, code", MALFORMED_BODIES, ids=range(len(MALFORMED_BODIES)))
def test_malformed_body(server, body, code):
    for path in ("/valider", "/forklar"):
        assert_problem(*request(server, "POST", path + QUERY, body), code)


MALFORMED_REQUESTS = [  # (method, path, body, content type, extra headers, expected code)
    ("POST", "/valider", b"{}", "application/json", {}, "mangler_skaeringsdato"),
    ("POST", "/valider?skaeringsdato=2023-02-30", b"{}", "application/json", {}, "ugyldig_skaeringsdato"),
    ("POST", "/valider?skaeringsdato=2023-9-1", b"{}", "application/json", {}, "ugyldig_skaeringsdato"),
    ("POST", "/valider?skaeringsdato=1800-01-01", b"{}", "application/json", {}, "ugyldig_skaeringsdato"),
    ("POST", "/valider?skaeringsdato=%D9%A2023-09-01", b"{}", "application/json", {}, "ugyldig_skaeringsdato"),
    ("POST", "/valider?skaeringsdato=", b"{}", "application/json", {}, "ugyldig_skaeringsdato"),
    ("POST", f"/valider{QUERY}&sk%C3%A6ringsdato=2023-09-01", b"{}", "application/json", {}, "ugyldig_parameter"),
    ("POST", f"/valider{QUERY}&{QUERY[1:]}", b"{}", "application/json", {}, "ugyldig_parameter"),
    ("POST", f"/valider{QUERY}&forklar=ja", b"{}", "application/json", {}, "ugyldig_parameter"),
    ("POST", "/valider?skaeringsdato=%ff", b"{}", "application/json", {}, "ugyldig_parameter"),
    ("POST", "/valider?" + "&".join(f"a{i}=1" for i in range(50)), b"{}", "application/json", {}, "ugyldig_parameter"),
    ("POST", f"/valider/sagsbestand{QUERY}&forklar=m%C3%A5ske", b"{}", "application/json", {}, "ugyldig_parameter"),
    ("POST", "/valider" + QUERY, b"{}", "text/plain", {}, "forkert_medietype"),
    ("POST", "/valider" + QUERY, b"{}", None, {}, "forkert_medietype"),
    ("POST", "/valider" + QUERY, b"{}", "application/json; charset=latin-1", {}, "forkert_medietype"),
    ("POST", "/valider" + QUERY, b"{}", "application/x-www-form-urlencoded", {}, "forkert_medietype"),
    ("POST", "/valider" + QUERY, b"{}", "application/x-ndjson", {}, "forkert_medietype"),
    ("POST", "/valider" + QUERY, b"x" * (64 * 1024 + 1), "application/json", {}, "for_stor"),
    ("POST", "/valider/sagsbestand" + QUERY, b"x" * ((1 << 20) + 1), "application/x-ndjson", {}, "for_stor"),
    ("GET", "/valider", None, None, {}, "metode_ikke_tilladt"),
    ("DELETE", "/regler", None, None, {}, "metode_ikke_tilladt"),
    ("OPTIONS", "/valider", None, None, {"Origin": "http://example.com"}, "metode_ikke_tilladt"),
    ("GET", "/", None, None, {}, "ukendt_adresse"),
    ("GET", "/valider/", None, None, {}, "ukendt_adresse"),
    ("GET", "/../../etc/passwd", None, None, {}, "ukendt_adresse"),
    ("GET", "/regler?x=1", None, None, {}, "ugyldig_parameter"),
    ("TRACE", "/sundhed", None, None, {}, "ikke_understoettet"),
]


@pytest.mark.parametrize("method, path, body, content_type, headers, code", MALFORMED_REQUESTS,
                         ids=range(len(MALFORMED_REQUESTS)))
def test_malformed_request(server, method, path, body, content_type, headers, code):
    status, got_headers, answer = request(server, method, path, body, content_type, headers)
    problem = assert_problem(status, got_headers, answer, code)
    if code == "metode_ikke_tilladt":
        assert got_headers["Allow"] == problem["tilladt"]


RAW_REQUESTS = [  # bytes on the socket, expected code
    (b"GARBAGE\r\n\r\n", "ugyldig_forespoergsel"),
    (b"GET /sundhed HTTP/9.9\r\n\r\n", "http_version"),
    (b"GET /" + b"a" * 70_000 + b" HTTP/1.1\r\n\r\n", "for_lang_adresse"),
    (b"GET /sundhed HTTP/1.1\r\nX: " + b"a" * 70_000 + b"\r\n\r\n", "for_store_hoveder"),
    (b"GET /sundhed HTTP/1.1\r\n" + b"X: a\r\n" * 200 + b"\r\n", "for_store_hoveder"),
    (b"POST /valider?skaeringsdato=2023-09-01 HTTP/1.1\r\nContent-Type: application/json\r\n\r\n{}",
     "mangler_laengde"),
    (b"POST /valider?skaeringsdato=2023-09-01 HTTP/1.1\r\nContent-Type: application/json\r\n"
     b"Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n", "mangler_laengde"),
    (b"POST /valider?skaeringsdato=2023-09-01 HTTP/1.1\r\nContent-Type: application/json\r\n"
     b"Content-Length: -2\r\n\r\n{}", "ugyldig_forespoergsel"),
    (b"POST /valider?skaeringsdato=2023-09-01 HTTP/1.1\r\nContent-Type: application/json\r\n"
     b"Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}", "ugyldig_forespoergsel"),
    (b"POST /valider?skaeringsdato=2023-09-01 HTTP/1.1\r\nContent-Type: application/json\r\n"
     b"Content-Length: 99999999999999999999999\r\n\r\n{}", "ugyldig_forespoergsel"),
]


@pytest.mark.parametrize("data, code", RAW_REQUESTS, ids=range(len(RAW_REQUESTS)))
def test_malformed_raw_request(server, data, code):
    answer = raw(server, data, wait_for_close=False)
    head, _, body = answer.partition(b"\r\n\r\n")
    status = int(head.split(b" ")[1])
    headers = dict(line.split(": ", 1) for line in head.decode("latin-1").split("\r\n")[1:])
    assert_problem(status, headers, body, code)


def test_a_body_that_stops_coming_times_out(server):
    """Fewer bytes than Content-Length and then silence: 408 after `inaktiv` seconds, then closed."""
    started = time.monotonic()
    answer = raw(server, b"POST /valider?skaeringsdato=2023-09-01 HTTP/1.1\r\nContent-Type: application/json\r\n"
                         b"Content-Length: 100\r\n\r\n{\"id\"")
    head, _, body = answer.partition(b"\r\n\r\n")
    assert b" 408 " in head.split(b"\r\n")[0] and json.loads(body)["kode"] == "tidsgraense"
    assert time.monotonic() - started < LIMITS["inaktiv"] + 3


def test_a_body_that_trickles_in_is_cut_off_at_the_time_limit(server_module):
    """A byte every half second keeps each read within `inaktiv`, but not the whole request within `tidsgraense`."""
    tjener = server_module.start(tidsgraense=1.5, inaktiv=1.0)
    try:
        with socket.create_connection(tjener.server_address[:2], timeout=10) as sock:
            sock.sendall(b"POST /valider?skaeringsdato=2023-09-01 HTTP/1.1\r\nContent-Type: application/json\r\n"
                         b"Content-Length: 50\r\n\r\n")
            answer = b""
            for _ in range(20):
                try:
                    sock.sendall(b" ")
                except OSError:
                    break
                time.sleep(0.5)
                sock.setblocking(False)
                try:
                    answer += sock.recv(65536)
                except BlockingIOError:
                    pass
                sock.setblocking(True)
                if answer:
                    break
        assert b" 408 " in answer.split(b"\r\n")[0]
    finally:
        tjener.stop()
        tjener.server_close()


def test_keep_alive_survives_errors(server, records):
    """Errors on one connection leave it usable when the body was read, and the answers right."""
    connection = http.client.HTTPConnection(*server.server_address[:2], timeout=10)
    try:
        for body, code in MALFORMED_BODIES[:10]:
            assert_problem(*request(server, "POST", "/valider" + QUERY, body, connection=connection), code)
            status, _headers, answer = request(server, "POST", "/valider" + QUERY, case_body(records[0]),
                                               connection=connection)
            assert status == 200 and json.loads(answer)["id"] == records[0]["id"]
    finally:
        connection.close()


# ----------------------------------------------------------------------------
# Concurrency, connection limit, shutdown
# ----------------------------------------------------------------------------

def test_eight_threads_at_once(server, package, records):
    bodies = [case_body(record) for record in records] + [body for body, _code in MALFORMED_BODIES[:12]]
    expected = {}
    for body in bodies:
        try:
            expected[body] = (200, package.valider(json.loads(body), DATE))
        except Exception:
            expected[body] = None
    failures: list[str] = []

    def client(offset: int) -> None:
        connection = http.client.HTTPConnection(*server.server_address[:2], timeout=30)
        try:
            for i in range(60):
                body = bodies[(offset + i) % len(bodies)]
                status, headers, answer = request(server, "POST", "/valider" + QUERY, body, connection=connection)
                if expected[body] is None:
                    if not 400 <= status < 500 or json.loads(answer)["kode"] not in tjeneste.FEJLKODER:
                        failures.append(f"{status} {answer[:100]!r}")
                elif (status, json.loads(answer)) != expected[body]:
                    failures.append(f"{status} {answer[:100]!r}")
                if headers.get("Connection") == "close":
                    connection.close()
        except Exception as failure:  # collected: an exception in a thread would otherwise be lost
            failures.append(repr(failure))
        finally:
            connection.close()

    threads = [threading.Thread(target=client, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert request(server, "GET", "/sundhed")[0] == 200


def test_more_connections_than_allowed_get_503(server_module):
    tjener = server_module.start(maks_forbindelser=2, inaktiv=5.0)
    address = tjener.server_address[:2]
    try:
        held = [socket.create_connection(address, timeout=5) for _ in range(2)]
        time.sleep(0.2)
        with socket.create_connection(address, timeout=5) as third:
            answer = b""
            while chunk := third.recv(65536):
                answer += chunk
        head, _, body = answer.partition(b"\r\n\r\n")
        assert b" 503 " in head.split(b"\r\n")[0] and json.loads(body)["kode"] == "optaget"
        for sock in held:
            sock.close()
        time.sleep(0.2)
        assert request(tjener, "GET", "/sundhed")[0] == 200
    finally:
        tjener.stop()
        tjener.server_close()


def test_stop_finishes_the_request_in_progress(server_module, records):
    tjener = server_module.start(inaktiv=5.0)
    body = case_body(records[0])
    with socket.create_connection(tjener.server_address[:2], timeout=10) as sock:
        sock.sendall(b"POST /valider?skaeringsdato=2023-09-01 HTTP/1.1\r\nContent-Type: application/json\r\n"
                     b"Content-Length: %d\r\n\r\n" % len(body) + body[:10])
        time.sleep(0.2)
        stopping = threading.Thread(target=tjener.stop)
        stopping.start()
        time.sleep(0.2)
        sock.sendall(body[10:])
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    stopping.join(10)
    tjener.server_close()
    head, _, rest = answer.partition(b"\r\n\r\n")
    assert b" 200 " in head.split(b"\r\n")[0] and b"Connection: close" in head
    assert json.loads(rest)["id"] == records[0]["id"]


# ----------------------------------------------------------------------------
# OpenAPI
# ----------------------------------------------------------------------------

def test_openapi_document_is_valid_and_served(server, openapi):
    validate_openapi(openapi)
    status, _headers, body = request(server, "GET", "/openapi.json")
    assert status == 200 and json.loads(body) == openapi


def _validator(openapi: dict, component: str) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator({"$ref": f"#/components/schemas/{component}",
                                            "components": openapi["components"]})


def test_answers_match_the_openapi_schemas(server, openapi, records):
    case, result, problem = (_validator(openapi, name) for name in ("Sag", "Resultat.Resultat", "Tjeneste.Problem"))
    for record in records:
        status, _headers, body = request(server, "POST", "/forklar" + QUERY, case_body(record))
        (result if status == 200 else problem).validate(json.loads(body))
        if status == 200:
            case.validate(record)  # what the validator accepts, the schema accepts
    for body, _code in MALFORMED_BODIES:
        problem.validate(json.loads(request(server, "POST", "/valider" + QUERY, body)[2]))
    status, _headers, body = request(server, "POST", "/valider/sagsbestand" + QUERY, PROJECT_CASES.read_bytes(),
                                     "application/jsonl")
    line = _validator(openapi, "Tjeneste.Bestandslinje")
    for text in body.decode("utf-8").splitlines():
        line.validate(json.loads(text))
    for path, name in (("/regler", "Tjeneste.Regler"), ("/sundhed", "Tjeneste.Sundhed")):
        _validator(openapi, name).validate(json.loads(request(server, "GET", path)[2]))


def test_every_error_code_is_documented(openapi):
    described = " ".join(response["description"] for response in openapi["components"]["responses"].values())
    assert all(f"{code}:" in described for code in tjeneste.FEJLKODER)
    assert openapi["components"]["schemas"]["Tjeneste.Problem"]["properties"]["kode"]["enum"] == list(tjeneste.FEJLKODER)


# ----------------------------------------------------------------------------
# Started as a program: python -m <package>.server and regel server
# ----------------------------------------------------------------------------

@pytest.mark.parametrize("how", ["module", "regel"])
def test_started_as_a_program_and_stopped_by_sigterm(built_project, how):
    folder = built_project / "generated" / "python"
    command = ([sys.executable, "-m", f"{pyback.PACKAGE}.server", "--port", "0"] if how == "module" else
               [sys.executable, "-m", "compiler", "server", "--pakke", str(folder), "--port", "0"])
    env = {**os.environ, "PYTHONPATH": str(folder) if how == "module" else str(ROOT)}
    process = subprocess.Popen(command, cwd=built_project, stderr=subprocess.PIPE, text=True, env=env)
    try:
        line = process.stderr.readline()
        assert line.startswith("Lytter på http://127.0.0.1:"), line + process.stderr.read()
        port = int(line.split(":")[2].split("/")[0])
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        connection.request("GET", "/sundhed")
        assert json.loads(connection.getresponse().read())["status"] == "ok"
        connection.close()
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=20) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        process.stderr.close()
