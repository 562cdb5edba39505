"""`regel rediger`'s server without a browser: it answers only this session's page on this
machine, opens and saves only rule files inside the project, writes atomically, and never
overwrites a file that someone else changed since the page opened it."""

from __future__ import annotations

import http.client
import json
import shutil

import pytest

from compiler import pipeline
from compiler.editor import web



def call(url: str, method: str, path: str, body=None, host: str | None = None):
    address = url.split("/")[2]
    connection = http.client.HTTPConnection(address, timeout=30)
    headers = {"Host": host or address}
    data = None
    if body is not None:
        data = json.dumps(body).encode("utf-8")
        headers["Content-Type"] = "application/json"
    connection.request(method, path, data, headers)
    response = connection.getresponse()
    payload = response.read()
    return response.status, payload


def api(url: str, name: str, body: dict):
    status, payload = call(url, "POST", f"/{url.split('/')[3]}/api/{name}", body)
    return status, json.loads(payload)


def test_only_this_sessions_page_on_this_machine_is_answered(served):
    url, _ = served
    token = url.split("/")[3]
    assert call(url, "GET", f"/{token}/")[0] == 200
    assert call(url, "GET", "/")[0] == 404
    assert call(url, "GET", f"/{token[:-1]}x/")[0] == 404
    assert call(url, "GET", f"/{token}/", host="angriber.example:80")[0] == 404  # DNS rebinding
    page = call(url, "GET", f"/{token}/")[1].decode("utf-8")
    assert '"gælder"' in page and "static/codemirror.js" in page  # keywords from the grammar, the bundle local
    assert call(url, "GET", f"/{token}/static/codemirror.js")[0] == 200


@pytest.mark.parametrize("name", ["../hemmelig.regel", "/etc/passwd", "datamodel.txt", "", "..", "a/../../hemmelig.regel"])
def test_nothing_outside_the_projects_rule_files_is_opened_or_saved(served, name):
    url, rules = served
    before = (rules.parent / "hemmelig.regel").read_text(encoding="utf-8")
    assert api(url, "aabn", {"fil": name})[0] in (400, 403)
    status, answer = api(url, "gem", {"fil": name, "tekst": "ødelagt"})
    assert status in (400, 403) and answer["fejl"]
    assert (rules.parent / "hemmelig.regel").read_text(encoding="utf-8") == before


def test_a_link_that_leads_out_of_the_project_is_refused(served):
    url, rules = served
    (rules / "link.regel").symlink_to(rules.parent / "hemmelig.regel")
    assert api(url, "gem", {"fil": "link.regel", "tekst": "x"})[0] == 403
    assert (rules.parent / "hemmelig.regel").read_text(encoding="utf-8") == "# uden for projektet\n"


def test_save_is_atomic_and_refuses_to_overwrite_someone_elses_change(served):
    url, rules = served
    status, opened = api(url, "aabn", {"fil": "tilbud.regel"})
    assert status == 200 and opened["tekst"] == (rules / "tilbud.regel").read_text(encoding="utf-8")
    edited = opened["tekst"] + "\n# en note\n"
    status, saved = api(url, "gem", {"fil": "tilbud.regel", "tekst": edited, "version": opened["version"]})
    assert status == 200 and (rules / "tilbud.regel").read_text(encoding="utf-8") == edited
    assert not [p.name for p in rules.iterdir() if p.name.startswith(".")]
    (rules / "tilbud.regel").write_text(edited + "# en anden har gemt\n", encoding="utf-8")
    status, refused = api(url, "gem", {"fil": "tilbud.regel", "tekst": edited + "# min\n", "version": saved["version"]})
    assert status == 409 and "ændret på disken" in refused["fejl"]
    assert (rules / "tilbud.regel").read_text(encoding="utf-8").endswith("# en anden har gemt\n")


def test_live_answers_are_those_of_the_checker(served):
    url, rules = served
    text = (rules / "samtaler.regel").read_text(encoding="utf-8").replace("ydelse er en af kontanthjælp", "ydelse er en af kontanthjælpp", 1)
    status, checked = api(url, "tjek", {"fil": "samtaler.regel", "tekst": text})
    (rules / "kopi").mkdir()
    for path in rules.glob("*.regel"):
        shutil.copy(path, rules / "kopi" / path.name)
    (rules / "kopi" / "samtaler.regel").write_text(text, encoding="utf-8")
    expected = [x for x in pipeline.load([rules / "kopi"]).diagnostics]
    shutil.rmtree(rules / "kopi")
    assert status == 200 and [(x["besked"], x["tip"], x["fra"]) for x in checked["diagnostik"]] == \
           [(x.message, x.hint, [x.span.line, x.span.column]) for x in expected]
    (fix,) = checked["diagnostik"][0]["rettelser"]
    assert fix["tekst"] == "kontanthjælp"
    assert not (rules / "samtaler.regel").read_text(encoding="utf-8").count("kontanthjælpp")  # not saved


def test_the_preview_stays_on_the_rule_being_edited_while_it_does_not_parse(served):
    url, rules = served
    text = (rules / "samtaler.regel").read_text(encoding="utf-8")
    program = pipeline.load([rules]).program
    second = [r for r in program.rules.values() if r.span.path.endswith("samtaler.regel")][1]
    line = second.span.line + 1
    lines = text.split("\n")
    lines[line - 1] += " ,,"  # the block no longer parses
    status, target = api(url, "forhaandsvisning", {"fil": "samtaler.regel", "tekst": "\n".join(lines), "linje": line})
    assert status == 200 and target["forældet"] is True
    status, page = call(url, "GET", f"/{url.split('/')[3]}/dok/{target['side']}")
    assert status == 200 and second.title in page.decode("utf-8")
    # the preview is the whole site: the search and «Hvad gælder for mig?» have their scripts
    status, script = call(url, "GET", f"/{url.split('/')[3]}/dok/hvadgaelder-regler.js")
    assert status == 200 and b"R.regelsaet(" in script


def test_a_new_rule_file_is_created_inside_the_project_under_a_checked_name(served):
    url, rules = served
    status, answer = api(url, "opret", {"fil": "ny_regel.regel"})
    assert status == 200 and answer["gemt"] == "ny_regel.regel"
    assert (rules / "ny_regel.regel").read_text(encoding="utf-8").startswith("# Ny regelfil")
    status, answer = api(url, "opret", {"fil": "ny_regel.regel"})
    assert status == 409 and "findes allerede" in answer["fejl"]
    for bad in ("med mellemrum.regel", ".skjult.regel", "ny.txt", "../ude.regel", "mappe/ny.regel"):
        status, answer = api(url, "opret", {"fil": bad})
        assert status in (400, 403) and answer["fejl"], bad
    assert not (rules.parent / "ude.regel").exists() and not (rules / "med mellemrum.regel").exists()
    status, files = call(url, "GET", f"/{url.split('/')[3]}/api/filer")
    assert "ny_regel.regel" in json.loads(files)["filer"]


def test_a_rule_file_is_renamed_in_one_step_and_never_over_another(served):
    url, rules = served
    before = (rules / "tilbud.regel").read_bytes()
    status, answer = api(url, "omdoeb", {"fil": "tilbud.regel", "nyt_navn": "samtaler.regel"})
    assert status == 409 and "findes allerede" in answer["fejl"]
    assert (rules / "tilbud.regel").read_bytes() == before
    status, answer = api(url, "omdoeb", {"fil": "tilbud.regel", "nyt_navn": "../tilbud.regel"})
    assert status == 403 and (rules / "tilbud.regel").exists()
    status, answer = api(url, "omdoeb", {"fil": "tilbud.regel", "nyt_navn": "tilbud_2022.regel"})
    assert status == 200 and answer["gemt"] == "tilbud_2022.regel", answer
    assert not (rules / "tilbud.regel").exists() and (rules / "tilbud_2022.regel").read_bytes() == before
    status, answer = api(url, "omdoeb", {"fil": "findes_ikke.regel", "nyt_navn": "x.regel"})
    assert status == 404 and "findes ikke" in answer["fejl"]
    assert pipeline.load([rules]).ok  # the project still checks clean under the new name


def test_a_page_that_leaves_before_its_answer_is_no_error(capsys):
    """A tab closed while its check runs: the answer cannot be written (broken pipe, reset), and
    the jurist's terminal shows no traceback for it; another failure is still reported."""
    server = web._Server(("127.0.0.1", 0), web._Handler)
    try:
        for failure in (BrokenPipeError(32, "Broken pipe"), ConnectionResetError(104, "Connection reset by peer")):
            try:
                raise failure
            except ConnectionError:
                server.handle_error(None, ("127.0.0.1", 1))
        assert capsys.readouterr().err == ""
        try:
            raise ValueError("en fejl i editoren")
        except ValueError:
            server.handle_error(None, ("127.0.0.1", 1))
        assert "en fejl i editoren" in capsys.readouterr().err
    finally:
        server.server_close()
