"""The HTTP service (runtime/tjeneste.py, `python -m <package>.server`, `regel server`) on a
real socket: a server from the sample project's generated package on a random loopback port.

Answers are compared with the package's own `valider`/`Sagsbestand` on the same records, never
with written-down results. Malformed requests must give 4xx problem+json with a code from
FEJLKODER and a Danish title, and leave the server answering. The server writes a decision log,
which is checked against the answers it gave.
"""

from __future__ import annotations

import hashlib
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
from collections import Counter
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
def decision_log(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("beslutninger") / "beslutninger.jsonl"


@pytest.fixture(scope="module")
def server(server_module, decision_log):
    tjener = server_module.start(beslutningslog=str(decision_log), **LIMITS)
    yield tjener
    tjener.stop()
    tjener.server_close()


def logged(decision_log: Path, since: int = 0) -> list[dict]:
    """The decision log's lines from line `since` on (each must be one whole JSON object)."""
    return [json.loads(line) for line in decision_log.read_text(encoding="utf-8").splitlines()[since:]]


def log_length(decision_log: Path) -> int:
    return len(decision_log.read_text(encoding="utf-8").splitlines()) if decision_log.exists() else 0


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


def package_answers(package, record: dict) -> dict:
    """What each address about one case answers, from the package's own functions."""
    case = {"id": record.get("id"), "regelsæt": package.REGELSAET}
    return {"/valider": lambda: package.valider(record, DATE),
            "/forklar": lambda: package.valider(record, DATE, forklar=True),
            "/udfald": lambda: {**case, "udfald": package.udfald(record, DATE)},
            "/gaeldende-regler": lambda: {**case, "regler": package.gaeldende_regler(record, DATE)}}


def test_one_case_as_the_package_answers(server, package, records):
    valid = invalid = 0
    for record in records:
        for path, answer in package_answers(package, record).items():
            status, headers, body = request(server, "POST", path + QUERY, case_body(record))
            try:
                expected = answer()
            except package.UgyldigSag as failure:
                problem = assert_problem(status, headers, body, "ugyldig_sag")
                assert (problem["felt"], problem["besked"], problem["fejl"], problem.get("id")) == \
                    (failure.felt, failure.besked, failure.fejl, failure.id)
                invalid += 1
            else:
                assert status == 200 and json.loads(body) == expected
                valid += 1
    assert valid and invalid  # the sample caseload has both kinds


def canonical_sha256(record: dict) -> str:
    text = json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


LOG_KEYS = {"beslutning_id", "tidspunkt", "kilde", "regelsæt", "skæringsdato", "sag_id", "sag_sha256", "art"}


def assert_decision(line: dict, package, record, path: str) -> None:
    """One log line against what the package decides for the record."""
    assert line["kilde"] == f"POST {path}" and line["regelsæt"] == package.REGELSAET
    assert line["skæringsdato"] == DATE.isoformat() and line["tidspunkt"].endswith("+00:00")
    assert line["sag_sha256"] == (canonical_sha256(record) if isinstance(record, dict) else None)
    try:
        result = package.valider(record, DATE)
    except package.UgyldigSag as failure:
        assert line.keys() - {"linje", "bestand_id"} == LOG_KEYS | {"fejl"} and line["art"] == "ugyldig"
        assert (line["sag_id"], line["fejl"]) == (failure.id, [{"kode": f["kode"], "felt": f["felt"]}
                                                              for f in failure.fejl])
        return
    kinds = ("overtrædelser", "frister", "datafejl", "undtagelser")
    assert line.keys() - {"linje", "bestand_id"} == LOG_KEYS | set(kinds) and line["art"] == "resultat"
    assert line["sag_id"] == result["id"]
    for key in kinds:
        assert line[key] == dict(Counter(found["regel_id"] for found in result[key])), (path, key)


def test_every_decision_is_logged_once_with_its_id_in_the_answer(server, package, records, decision_log):
    start = log_length(decision_log)
    sent = []
    for record in records:
        for path in package_answers(package, record):
            status, headers, _body = request(server, "POST", path + QUERY, case_body(record))
            sent.append((headers["Beslutning-Id"], path, record))
    assert {status for status, *_ in (request(server, "POST", "/valider" + QUERY, b"{"),
                                      request(server, "GET", "/regler"))} == {400, 200}  # no decision: not logged
    shuffled = json.dumps(dict(reversed(records[0].items())), indent=2).encode()  # the same case, written otherwise
    sent.append((request(server, "POST", "/valider" + QUERY, shuffled)[1]["Beslutning-Id"], "/valider", records[0]))
    lines = logged(decision_log, start)
    assert [line["beslutning_id"] for line in lines] == [decision for decision, _path, _record in sent]
    assert len({decision for decision, _path, _record in sent}) == len(sent)
    for line, (_decision, path, record) in zip(lines, sent):
        assert_decision(line, package, record, path)


def test_a_caseload_logs_every_record_under_one_caseload_id(server, package, decision_log):
    text = PROJECT_CASES.read_bytes() + b"\n{\"id\": \n"
    start = log_length(decision_log)
    status, headers, body = request(server, "POST", "/valider/sagsbestand" + QUERY, text, "application/x-ndjson")
    answers = [json.loads(line) for line in body.decode("utf-8").splitlines()][:-1]
    lines = logged(decision_log, start)
    assert status == 200 and len(lines) == len(answers) and answers[-1]["art"] == "ugyldig"
    records = [record for _number, record in package.laes_sager(io.BytesIO(text))]
    for line, answer, record in zip(lines, answers, records):
        assert line["bestand_id"] == headers["Bestand-Id"] and line["linje"] == answer["linje"]
        if isinstance(record, dict):
            assert_decision(line, package, record, "/valider/sagsbestand")
        else:  # not JSON: no case to hash
            assert (line["art"], line["sag_id"], line["sag_sha256"]) == ("ugyldig", None, None)


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
    *((b"POST /valider?skaeringsdato=2023-09-01 HTTP/1.1\r\nContent-Type: application/json\r\n" + framing, code)
      for framing, code in [
          (b"Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n", "ugyldig_sag"),  # read, and judged
          (b"Transfer-Encoding: gzip, chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n", "ukendt_overfoersel"),
          (b"Transfer-Encoding: chunked\r\nContent-Length: 2\r\n\r\n2\r\n{}\r\n0\r\n\r\n", "ugyldig_forespoergsel"),
          (b"Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n", "ugyldig_forespoergsel"),
          (b"Transfer-Encoding: chunked\r\n\r\n0x2\r\n{}\r\n0\r\n\r\n", "ugyldig_forespoergsel"),
          (b"Transfer-Encoding: chunked\r\n\r\n+2\r\n{}\r\n0\r\n\r\n", "ugyldig_forespoergsel"),
          (b"Transfer-Encoding: chunked\r\n\r\n1_0\r\n{}\r\n0\r\n\r\n", "ugyldig_forespoergsel"),
          (b"Transfer-Encoding: chunked\r\n\r\n\r\n{}\r\n0\r\n\r\n", "ugyldig_forespoergsel"),
          (b"Transfer-Encoding: chunked\r\n\r\n2\r\n{}xx0\r\n\r\n", "ugyldig_forespoergsel"),  # no CRLF after the data
          (b"Transfer-Encoding: chunked\r\n\r\n2;" + b"x" * 2000 + b"\r\n{}\r\n0\r\n\r\n", "ugyldig_forespoergsel"),
          (b"Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n" + b"X: a\r\n" * 100 + b"\r\n", "ugyldig_forespoergsel"),
          (b"Transfer-Encoding: chunked\r\n\r\n2\r\n{}", "ugyldig_forespoergsel"),  # the connection closes midway
          (b"Transfer-Encoding: chunked\r\n\r\n" + b"8000\r\n" + b" " * 0x8000 + b"\r\n" + b"8001\r\n",
           "for_stor"),  # 64 KiB + 1 in all: refused before the last chunk is read
          (b"Transfer-Encoding: chunked\r\n\r\nffffffffffffffff\r\n", "for_stor"),
      ]),
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


def pieces(data: bytes, size: int):
    """The body as http.client sends an iterable: Transfer-Encoding: chunked, one chunk per piece."""
    return (data[i:i + size] for i in range(0, len(data), size))


def test_a_chunked_body_is_read_as_a_content_length_body(server, records):
    caseload = PROJECT_CASES.read_bytes()
    for path, body, media in (("/valider", case_body(records[0]), "application/json"),
                              ("/forklar", case_body(records[-1]), "application/json"),
                              ("/valider/sagsbestand", caseload, "application/x-ndjson")):
        whole = request(server, "POST", path + QUERY, body, media)
        chunked = request(server, "POST", path + QUERY, pieces(body, 7), media)
        assert chunked[0] == whole[0] and chunked[1].get("Content-Type") == whole[1].get("Content-Type")
        if path != "/valider/sagsbestand":
            assert json.loads(chunked[2]) == json.loads(whole[2])
        else:  # the same answer lines (the summary too)
            assert [json.loads(line) for line in chunked[2].splitlines()] == \
                [json.loads(line) for line in whole[2].splitlines()]


def test_after_a_chunked_body_with_extensions_and_trailers_the_connection_goes_on(server, records):
    body = case_body(records[0])
    head = b"POST /valider?skaeringsdato=2023-09-01 HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
    chunked = (head + b"Transfer-Encoding: Chunked\r\n\r\n" + b"%x;navn=v\xc3\xa6rdi\r\n" % 10 + body[:10] + b"\r\n"
               + b"%X\n" % (len(body) - 10) + body[10:] + b"\n0\r\nX-Hale: 1\r\n\r\n")
    answer = raw(server, chunked + head + b"Content-Length: %d\r\nConnection: close\r\n\r\n" % len(body) + body)
    first, second = answer.split(b"HTTP/1.1 ")[1:]
    assert first.startswith(b"200 ") and second.startswith(b"200 ")
    assert json.loads(first.partition(b"\r\n\r\n")[2]) == json.loads(second.partition(b"\r\n\r\n")[2])


def test_a_broken_chunked_body_closes_the_connection(server):
    """What follows a chunk-size line that cannot be read is never taken for a request of its own."""
    answer = raw(server, b"POST /valider?skaeringsdato=2023-09-01 HTTP/1.1\r\nContent-Type: application/json\r\n"
                         b"Transfer-Encoding: chunked\r\n\r\nzz\r\n0\r\n\r\nGET /sundhed HTTP/1.1\r\n\r\n")
    assert answer.count(b"HTTP/1.1 ") == 1 and b"Connection: close" in answer and b" 400 " in answer.split(b"\r\n")[0]


def test_a_chunked_body_over_the_limit_gets_its_413(server):
    """Refused at the chunk that goes over the limit; the rest is read and dropped, so the client
    that sends everything before it reads gets the 413, not a broken pipe."""
    status, headers, body = request(server, "POST", "/valider" + QUERY, pieces(b" " * (LIMITS["maks_krop"] + 10), 4096))
    assert assert_problem(status, headers, body, "for_stor")["maks_bytes"] == LIMITS["maks_krop"]


def test_a_body_that_stops_coming_times_out(server):
    """Fewer bytes than Content-Length and then silence: 408 after `inaktiv` seconds, then closed."""
    started = time.monotonic()
    answer = raw(server, b"POST /valider?skaeringsdato=2023-09-01 HTTP/1.1\r\nContent-Type: application/json\r\n"
                         b"Content-Length: 100\r\n\r\n{\"id\"")
    head, _, body = answer.partition(b"\r\n\r\n")
    assert b" 408 " in head.split(b"\r\n")[0] and json.loads(body)["kode"] == "tidsgraense"
    assert time.monotonic() - started < LIMITS["inaktiv"] + 3


@pytest.mark.parametrize("framing, byte", [(b"Content-Length: 50", b" "), (b"Transfer-Encoding: chunked", b"0")])
def test_a_body_that_trickles_in_is_cut_off_at_the_time_limit(server_module, framing, byte):
    """A byte every 0.3 s keeps each read within `inaktiv`, but not the whole request within
    `tidsgraense`: in the body, or in the line that starts a chunk, read a byte at a time."""
    tjener = server_module.start(tidsgraense=0.8, inaktiv=1.0)
    try:
        with socket.create_connection(tjener.server_address[:2], timeout=10) as sock:
            sock.sendall(b"POST /valider?skaeringsdato=2023-09-01 HTTP/1.1\r\nContent-Type: application/json\r\n"
                         + framing + b"\r\n\r\n")
            answer = b""
            for _ in range(20):
                try:
                    sock.sendall(byte)
                except OSError:
                    break
                time.sleep(0.3)
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

REQUESTS_PER_THREAD = 250  # 2,000 requests in all


def test_eight_threads_at_once(server, package, records, decision_log):
    """2,000 requests from 8 threads: each answer as the package's, and the decision log has one
    whole line for each decision."""
    start = log_length(decision_log)
    decisions: list[str] = []
    answered: list[int] = []
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
            for i in range(REQUESTS_PER_THREAD):
                body = bodies[(offset + i) % len(bodies)]
                status, headers, answer = request(server, "POST", "/valider" + QUERY, body, connection=connection)
                answered.append(status)
                if "Beslutning-Id" in headers:
                    decisions.append(headers["Beslutning-Id"])
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
    assert failures == [] and len(answered) == 8 * REQUESTS_PER_THREAD
    assert request(server, "GET", "/sundhed")[0] == 200
    lines = logged(decision_log, start)
    assert sorted(line["beslutning_id"] for line in lines) == sorted(decisions) and decisions
    assert len(set(decisions)) == len(decisions)


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
        status, headers, _body = request(tjener, "POST", "/valider" + QUERY, case_body(VALID))
        assert status == 200 and "Beslutning-Id" not in headers  # a server without a decision log
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


def test_openapi_document_names_the_rule_set_the_answers_name(server, openapi, package):
    """Besides the contract version (`info.version`), the document says which rules it serves
    (`info.x-regelsaet`), as every answer with a body does (`regelsæt`)."""
    _status, _headers, body = request(server, "GET", "/sundhed")
    assert openapi["info"]["x-regelsaet"] == json.loads(body)["regelsæt"] == package.REGELSAET
    assert openapi["info"]["version"] == str(package.KONTRAKTVERSION)


def _validator(openapi: dict, component: str) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator({"$ref": f"#/components/schemas/{component}",
                                            "components": openapi["components"]})


def test_answers_match_the_openapi_schemas(server, openapi, records):
    case, problem = _validator(openapi, "Sag"), _validator(openapi, "Tjeneste.Problem")
    for path, operation in openapi["paths"].items():
        if "post" not in operation or path == "/valider/sagsbestand":
            continue
        answer = operation["post"]["responses"]["200"]
        assert answer["headers"].keys() == {"Beslutning-Id"}
        result = _validator(openapi, answer["content"]["application/json"]["schema"]["$ref"].rpartition("/")[2])
        for record in records:
            status, headers, body = request(server, "POST", path + QUERY, case_body(record))
            (result if status == 200 else problem).validate(json.loads(body))
            assert "Beslutning-Id" in headers
            if status == 200:
                case.validate(record)  # what the validator accepts, the schema accepts
    assert openapi["components"]["responses"]["Problem422"]["headers"].keys() == {"Beslutning-Id"}
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
def test_started_as_a_program_and_stopped_by_sigterm(built_project, tmp_path, how):
    folder = built_project / "generated" / "python"
    decisions = tmp_path / "beslutninger.jsonl"
    command = ([sys.executable, "-m", f"{pyback.PACKAGE}.server", "--port", "0"] if how == "module" else
               [sys.executable, "-m", "compiler", "server", "--pakke", str(folder), "--port", "0",
                "--beslutningslog", str(decisions)])
    env = {**os.environ, "PYTHONPATH": str(folder) if how == "module" else str(ROOT)}
    process = subprocess.Popen(command, cwd=built_project, stderr=subprocess.PIPE, text=True, env=env)
    try:
        line = process.stderr.readline()
        assert line.startswith("Lytter på http://127.0.0.1:"), line + process.stderr.read()
        port = int(line.split(":")[2].split("/")[0])
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        connection.request("GET", "/sundhed")
        assert json.loads(connection.getresponse().read())["status"] == "ok"
        connection.request("POST", "/valider" + QUERY, case_body(VALID), {"Content-Type": "application/json"})
        decision = connection.getresponse().headers.get("Beslutning-Id")
        connection.close()
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=20) == 0
        if how == "regel":
            assert [line["beslutning_id"] for line in logged(decisions)] == [decision] and decision
        else:
            assert decision is None and not decisions.exists()
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        process.stderr.close()


def test_a_decision_log_that_cannot_be_written_is_a_danish_error(server_module, tmp_path, capsys):
    assert server_module.main(["--port", "0", "--beslutningslog", str(tmp_path / "findes-ikke" / "log.jsonl")]) == 2
    assert "fejl: kan ikke skrive beslutningsloggen" in capsys.readouterr().err


def test_no_answer_goes_out_without_its_decision_in_the_log(server_module):
    tjener = server_module.start(beslutningslog="/dev/full")  # every write fails: ENOSPC
    try:
        assert_problem(*request(tjener, "POST", "/valider" + QUERY, case_body(VALID)), "intern_fejl")
        status, _headers, body = request(tjener, "POST", "/valider/sagsbestand" + QUERY, case_body(VALID),
                                         "application/x-ndjson")
        assert status == 200 and [json.loads(line)["art"] for line in body.splitlines()] == ["afbrudt"]
    finally:
        tjener.stop()
        tjener.server_close()
