"""`regel konsekvens`: one caseload judged by two versions of the rules.

The two versions are the fixture rule sets in tests/fixtures/konsekvens (foer/ and efter/,
a realistic legal change), never rules/: the tests must not depend on the current law.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tracemalloc
from datetime import date

import pytest
from click.testing import CliRunner

from compiler import cli, clidansk, examples, impact, inorder, pipeline

from .conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "konsekvens"
OLD, NEW = FIXTURES / "foer", FIXTURES / "efter"

# One case per effect of the change in efter/ (see the comment at the top of efter/regler.regel).
CASES = [
    # the first conversation on day 6: in time under "1 uge", late under "5 dage" (from 2026)
    {"id": "A", "ydelse": "kontanthjælp", "forløbsstart": "2026-01-05", "første_henvendelse": "2026-01-05",
     "samtaler": [{"dato": "2026-01-11", "form": "fremmøde"}]},
    # no conversation yet: the deadline moves from 27 to 25 February 2026
    {"id": "B", "ydelse": "kontanthjælp", "forløbsstart": "2026-02-20", "første_henvendelse": "2026-02-20"},
    # late under both versions, with the same deadline (2025 is before the new version)
    {"id": "C", "ydelse": "kontanthjælp", "forløbsstart": "2025-06-02", "første_henvendelse": "2025-06-02",
     "samtaler": [{"dato": "2025-06-20", "form": "fremmøde"}]},
    # an offer ending in 2027 with no next offer: the pause rule is repealed for it
    {"id": "D", "ydelse": "uddannelseshjælp", "forløbsstart": "2026-01-01", "første_henvendelse": "2026-01-01",
     "samtaler": [{"dato": "2026-01-02", "form": "fremmøde"}], "tilbud": [{"start": "2026-12-01", "slut": "2027-01-10"}]},
    # exempted from the first conversation only by the new version of the exemption
    {"id": "E", "ydelse": "kontanthjælp", "forløbsstart": "2026-01-05", "første_henvendelse": "2026-01-05",
     "fritagelse": {"fra": "2026-01-06"}},
    # a conversation by letter: the new rule P11
    {"id": "F", "ydelse": "dagpenge", "forløbsstart": "2026-01-05", "samtaler": [{"dato": "2026-01-20", "form": "brev"}]},
    # a data error (no first contact) in both versions alike
    {"id": "G", "ydelse": "kontanthjælp", "forløbsstart": "2026-01-05"},
]


@pytest.fixture
def run():
    clidansk.install()
    runner = CliRunner()

    def invoke(*args):
        return runner.invoke(cli.regel, ["konsekvens", *map(str, args)], catch_exceptions=False)
    return invoke


def caseload(tmp_path, cases, extra_lines=(), name="sager.jsonl"):
    path = tmp_path / name
    lines = [json.dumps(case, ensure_ascii=False) for case in cases] + list(extra_lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def report(run, *args):
    result = run(*args, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def changes(at: dict) -> dict:
    """{(provision, change): example ids} for every change that happened."""
    return {(p["bestemmelse"], change): found["eksempler"]
            for p in at["bestemmelser"] for change, found in p["ændringer"].items() if found["sager"]}


def provision(at: dict, provision_id: str) -> dict:
    return next(p for p in at["bestemmelser"] if p["bestemmelse"] == provision_id)


def test_counts_and_example_ids_per_provision(run, tmp_path):
    data = report(run, caseload(tmp_path, CASES, ["ikke json"]), "--fra", OLD, "--til", NEW, "--dato", "2026-02-24")
    assert (data["poster"], data["sager"], data["ugyldige_i_begge"]) == (8, 7, 1)
    [at] = data["skæringsdatoer"]
    assert at["skæringsdato"] == "2026-02-24"
    assert changes(at) == {
        ("P01", "nye_overtrædelser"): ["A"],
        ("P01", "bortfaldne_overtrædelser"): ["E"],
        ("P01", "ændrede_frister"): ["B"],
        ("P11", "nye_overtrædelser"): ["F"],
        ("P22", "nye_undtagelser"): ["E"],
    }
    assert at["sager_med_ændringer"] == 4
    p01 = provision(at, "P01")
    assert (p01["overtrædelser_før"], p01["overtrædelser_efter"]) == (2, 2)  # C and E before, A and C after
    assert (provision(at, "P11")["overtrædelser_før"], provision(at, "P11")["overtrædelser_efter"]) == (0, 1)
    assert data["forskel"] is True


def test_the_text_report_names_provisions_counts_and_cases(run, tmp_path):
    result = run(caseload(tmp_path, CASES), "--fra", OLD, "--til", NEW, "--dato", "2026-02-24")
    assert result.exit_code == 0
    text = result.stdout
    assert "Pr. 24. februar 2026: 4 af 7 sager vurderes anderledes." in text
    assert "  P01 Første samtale senest en uge efter første henvendelse:\n    overtrædelser i alt: 2 → 2\n" in text
    assert "    1 sag får en ny overtrædelse (A)\n    1 sag mister en overtrædelse (E)\n" \
           "    1 sag får en anden frist (B)\n" in text
    assert "  P11 Ingen samtaler pr. brev:\n    overtrædelser i alt: 0 → 1\n    1 sag får en ny overtrædelse (F)" in text
    assert "  P22 Mindre intensiv indsats ved overgang til job:\n    1 sag bliver undtaget (E)" in text
    assert "P13" not in text  # nothing changes for P13 before 2027


def test_an_ended_rule_loses_its_violations_from_its_end(run, tmp_path):
    data = report(run, caseload(tmp_path, CASES), "--fra", OLD, "--til", NEW, "--dato", "2027-06-01")
    [at] = data["skæringsdatoer"]
    assert changes(at)[("P13", "bortfaldne_overtrædelser")] == ["D"]
    p13 = provision(at, "P13")
    assert (p13["overtrædelser_før"], p13["overtrædelser_efter"]) == (1, 0)


def test_several_dates_each_get_their_own_comparison_in_date_order(run, tmp_path):
    path = caseload(tmp_path, CASES)
    data = report(run, path, "--fra", OLD, "--til", NEW, "--dato", "2027-06-01", "--dato", "2026-02-24",
                  "--dato", "2027-06-01")
    assert [at["skæringsdato"] for at in data["skæringsdatoer"]] == ["2026-02-24", "2027-06-01"]
    early, late = data["skæringsdatoer"]
    assert ("P13", "bortfaldne_overtrædelser") not in changes(early)
    assert ("P13", "bortfaldne_overtrædelser") in changes(late)
    assert changes(early)[("P01", "ændrede_frister")] == ["B"]
    text = run(path, "--fra", OLD, "--til", NEW, "--dato", "2026-02-24", "--dato", "2027-06-01").stdout
    assert text.index("Pr. 24. februar 2026:") < text.index("Pr. 1. juni 2027:")


def test_the_focus_target_before_and_after(run, tmp_path):
    with_offer = {"id": "T1", "ydelse": "dagpenge", "forløbsstart": "2025-01-01",
                  "tilbud": [{"start": "2025-06-01", "slut": "2025-07-01"}]}
    without = {"id": "T2", "ydelse": "dagpenge", "forløbsstart": "2025-01-01"}
    path = caseload(tmp_path, [with_offer, without])
    data = report(run, path, "--fra", OLD, "--til", NEW, "--dato", "2025-09-01")
    [target] = data["skæringsdatoer"][0]["population"]
    assert (target["regel"], target["bestemmelse"]) == ("fokusmål", "P20")
    before, after = target["før"], target["efter"]
    assert (before["tæller"], before["nævner"], before["værdi"], before["krav"], before["opfyldt"]) == (1, 2, 0.5, 0.5, True)
    assert (after["tæller"], after["nævner"], after["værdi"], after["krav"], after["opfyldt"]) == (1, 2, 0.5, 0.6, False)
    text = run(path, "--fra", OLD, "--til", NEW, "--dato", "2025-09-01").stdout
    assert "  P20 Fokusmål for aktive tilbud:\n    før:   opfyldt: " in text
    assert "\n    efter: IKKE opfyldt: " in text


def test_a_case_counted_differently_toward_the_target(run, tmp_path):
    narrower = copy_version(tmp_path, NEW, "smallere")
    edit(narrower / "regler.regel", "  for sager hvor aktiv_sag\n  krav: andelen",
         "  for sager hvor aktiv_sag og ydelse er ikke dagpenge\n  krav: andelen")
    cases = [{"id": "T1", "ydelse": "dagpenge", "forløbsstart": "2025-01-01"},
             {"id": "T2", "ydelse": "kontanthjælp", "forløbsstart": "2025-01-01"}]
    data = report(run, caseload(tmp_path, cases), "--fra", NEW, "--til", narrower, "--dato", "2025-09-01")
    [at] = data["skæringsdatoer"]
    assert changes(at) == {("P20", "ændret_optælling"): ["T1"]}
    [target] = at["population"]
    assert (target["før"]["nævner"], target["efter"]["nævner"]) == (2, 1)


def copy_version(tmp_path, source, name):
    target = tmp_path / name
    shutil.copytree(source, target)
    return target


def edit(path, before, after):
    text = path.read_text(encoding="utf-8")
    assert before in text
    path.write_text(text.replace(before, after), encoding="utf-8")


def test_a_new_required_field_makes_old_cases_invalid_in_the_new_version_only(run, tmp_path):
    stricter = copy_version(tmp_path, NEW, "ny_kræver_kommune")
    edit(stricter / "model.regel", "  id: tekst\n", "  id: tekst\n  kommune: tekst\n")
    with_field = {**CASES[0], "id": "MED", "kommune": "Vejle"}
    path = caseload(tmp_path, [*CASES, with_field])
    data = report(run, path, "--fra", NEW, "--til", stricter, "--dato", "2026-02-24")
    invalid = data["ugyldige_kun_efter"]
    assert invalid["antal"] == len(CASES)
    assert invalid["pr_felt"] == {"kommune": len(CASES)}
    assert [p["id"] for p in invalid["eksempler"]] == [case["id"] for case in CASES[:impact.EXAMPLES]]
    error = {"kode": "mangler", "felt": "kommune", "besked": "feltet mangler"}
    assert invalid["eksempler"][0] == {"linje": 1, **error, "fejl": [error], "id": "A"}
    assert data["ugyldige_kun_før"]["antal"] == 0
    assert data["sager"] == 1  # only MED is judged by both versions
    [at] = data["skæringsdatoer"]
    assert at["sager_med_ændringer"] == 0 and changes(at) == {}
    assert data["forskel"] is True  # the invalid records are a difference
    text = run(path, "--fra", NEW, "--til", stricter, "--dato", "2026-02-24").stdout
    assert f"Ugyldige kun i den nye version: {len(CASES)} poster (fejl pr. felt: kommune {len(CASES)})" in text
    assert "  linje 1 (A): kommune: feltet mangler" in text
    assert f"  … og {len(CASES) - impact.EXAMPLES} mere." in text
    # and the other way round: invalid in the old version only
    backwards = report(run, path, "--fra", stricter, "--til", NEW, "--dato", "2026-02-24")
    assert backwards["ugyldige_kun_før"]["antal"] == len(CASES)
    assert backwards["ugyldige_kun_efter"]["antal"] == 0


def test_jobs_give_the_report_of_one_job(run, tmp_path, monkeypatch):
    """In chunks of 3 records judged by two worker processes, added in input order: the same
    counts, example ids, focus targets and invalid records (with their lines) as one job, when
    the versions share a data model (each case read once) and when they do not (a new field)."""
    monkeypatch.setattr(cli._Jobs, "LINES", 3)
    started = []
    start = inorder._Workers._start
    monkeypatch.setattr(inorder._Workers, "_start", lambda self: (started.append(self.jobs), start(self)))
    stricter = copy_version(tmp_path, NEW, "ny_kræver_kommune")
    edit(stricter / "model.regel", "  id: tekst\n", "  id: tekst\n  kommune: tekst\n")
    cases = [{**case, "id": f"{case['id']}{number}", **({"kommune": "Vejle"} if number % 2 else {})}
             for number in range(6) for case in CASES]
    path = caseload(tmp_path, cases, extra_lines=["{", "", '{"id": "U", "ydelse": "pension"}'])
    for old, new, output in ((OLD, NEW, ["--json"]), (NEW, stricter, [])):
        arguments = [path, "--fra", old, "--til", new, "--dato", "2026-02-24", "--dato", "2027-06-01", *output]
        one, two = run(*arguments, "--jobs", "1"), run(*arguments, "--jobs", "2")
        assert (two.exit_code, two.stdout) == (one.exit_code, one.stdout)
    assert started == [2, 2]
    assert "Ugyldige kun i den nye version: 21 poster (fejl pr. felt: kommune 21)" in one.stdout


def test_example_ids_are_bounded_and_in_input_order(run, tmp_path):
    many = [{**CASES[0], "id": f"A{number:03d}"} for number in range(40)]
    path = caseload(tmp_path, many)
    data = report(run, path, "--fra", OLD, "--til", NEW, "--dato", "2026-02-24")
    found = provision(data["skæringsdatoer"][0], "P01")["ændringer"]["nye_overtrædelser"]
    assert found == {"sager": 40, "eksempler": ["A000", "A001", "A002", "A003", "A004"]}
    text = run(path, "--fra", OLD, "--til", NEW, "--dato", "2026-02-24").stdout
    assert "40 sager får en ny overtrædelse (A000, A001, A002, A003, A004, …)" in text


def test_a_case_id_with_terminal_control_characters_is_shown_escaped(run, tmp_path):
    path = caseload(tmp_path, [{**CASES[0], "id": "A\x1b[2J"}])
    text = run(path, "--fra", OLD, "--til", NEW, "--dato", "2026-02-24").stdout
    assert "\x1b" not in text
    assert "(A\\x1b[2J)" in text


def test_a_renamed_rule_is_matched_by_its_provision(run, tmp_path):
    renamed = copy_version(tmp_path, OLD, "omdøbt")
    rules = renamed / "regler.regel"
    rules.write_text(rules.read_text(encoding="utf-8").replace("interval_mellem_tilbud", "pause_mellem_tilbud"),
                     encoding="utf-8")
    path = caseload(tmp_path, CASES)
    data = report(run, path, "--fra", OLD, "--til", renamed, "--dato", "2027-06-01")
    assert data["omdøbte_regler"] == [{"fra": "interval_mellem_tilbud", "til": "pause_mellem_tilbud"}]
    assert provision(data["skæringsdatoer"][0], "P13")["overtrædelser_før"] == 1  # D, matched across the rename
    assert changes(data["skæringsdatoer"][0]) == {} and data["forskel"] is False
    result = run(path, "--fra", OLD, "--til", renamed, "--dato", "2027-06-01", "--fejl-ved-forskel")
    assert result.exit_code == 0
    assert "Reglen interval_mellem_tilbud hedder nu pause_mellem_tilbud" in result.stdout


def test_a_rename_is_only_assumed_when_one_rule_of_a_provision_is_replaced_by_one(tmp_path):
    old = pipeline.load([OLD]).rule_set
    two = copy_version(tmp_path, OLD, "to")
    edit(two / "regler.regel", "regel interval_mellem_tilbud", "regel pause_a")
    (two / "ekstra.regel").write_text(
        'regel pause_b "Højst fire måneder mellem to tilbud"\n  bestemmelse P13\n  kilde første_delaftale "Tilbud"\n'
        '  afgørende dato er slut\n  krav: der må højst gå 4 måneder mellem to tilbud\n', encoding="utf-8")
    edit(two / "regler.regel", "til interval_mellem_tilbud", "til pause_a")
    loaded = pipeline.load([two])
    assert loaded.ok, loaded.render()
    assert impact.renamed_rules(old, loaded.rule_set) == {}
    assert impact.renamed_rules(old, old) == {}


def test_exit_status_is_0_when_compared_and_1_only_when_asked_to_fail_on_a_difference(run, tmp_path):
    path = caseload(tmp_path, CASES)
    assert run(path, "--fra", OLD, "--til", NEW, "--dato", "2026-02-24").exit_code == 0
    assert run(path, "--fra", OLD, "--til", NEW, "--dato", "2026-02-24", "--fejl-ved-forskel").exit_code == 1
    same = run(path, "--fra", OLD, "--til", OLD, "--dato", "2026-02-24", "--fejl-ved-forskel")
    assert same.exit_code == 0
    assert "Ændringerne ændrer ikke vurderingen af nogen sag." in same.stdout


def test_unusable_input_exits_2_with_a_danish_message(run, tmp_path):
    path = caseload(tmp_path, CASES)
    broken = copy_version(tmp_path, NEW, "fejl")
    (broken / "fejl.regel").write_text('regel x "X"\n  bestemmelse P99\n', encoding="utf-8")
    for args, message in [
        ((tmp_path / "findes-ikke.jsonl", "--fra", OLD, "--til", NEW), "findes ikke"),
        ((path, "--fra", OLD, "--til", broken), "har fejl"),
        ((path, "--fra", tmp_path / "ingen-mappe", "--til", NEW), "hverken en mappe eller en git-revision"),
        ((path, "--fra", OLD, "--til", NEW, "--dato", "2026-02-30"), "ikke en gyldig dato"),
    ]:
        result = run(*args)
        assert result.exit_code == 2, args
        assert message in result.stderr
        assert "Traceback" not in result.output


def git(repo, *args):
    subprocess.run(["git", "-c", "user.name=Test", "-c", "user.email=test@example.invalid", *args], cwd=repo,
                   check=True, capture_output=True)


def test_git_revisions_default_to_the_last_commit_against_the_working_tree(run, tmp_path, monkeypatch):
    repo = tmp_path / "projekt"
    shutil.copytree(OLD, repo / "rules")
    git(repo, "init", "-q")
    git(repo, "add", "rules")
    git(repo, "commit", "-q", "-m", "før")
    shutil.rmtree(repo / "rules")
    shutil.copytree(NEW, repo / "rules")
    path = caseload(tmp_path, CASES)
    monkeypatch.chdir(repo)
    working_tree = report(run, path, "--dato", "2026-02-24")
    assert (working_tree["fra"], working_tree["til"]) == ("HEAD", "arbejdskopien")
    assert changes(working_tree["skæringsdatoer"][0])[("P01", "nye_overtrædelser")] == ["A"]
    git(repo, "add", "rules")
    git(repo, "commit", "-q", "-m", "efter")
    assert report(run, path, "--dato", "2026-02-24")["forskel"] is False  # HEAD is now the working tree
    revisions = report(run, path, "--fra", "HEAD~1", "--til", "HEAD", "--dato", "2026-02-24")
    assert changes(revisions["skæringsdatoer"][0]) == changes(working_tree["skæringsdatoer"][0])


def test_the_json_shape(run, tmp_path):
    data = report(run, caseload(tmp_path, CASES), "--fra", OLD, "--til", NEW, "--dato", "2026-02-24")
    assert set(data) == {"fra", "til", "fil", "omdøbte_regler", "poster", "sager", "ugyldige_i_begge",
                         "ugyldige_kun_før", "ugyldige_kun_efter", "forskel", "skæringsdatoer"}
    for side in ("ugyldige_kun_før", "ugyldige_kun_efter"):
        assert set(data[side]) == {"antal", "pr_felt", "eksempler"}
    [at] = data["skæringsdatoer"]
    assert set(at) == {"skæringsdato", "sager_med_ændringer", "bestemmelser", "population"}
    # every provision with a rule in either version, in the registry's order
    assert [p["bestemmelse"] for p in at["bestemmelser"]] == ["P01", "P11", "P13", "P20", "P22"]
    for entry in at["bestemmelser"]:
        assert set(entry) == {"bestemmelse", "titel", "overtrædelser_før", "overtrædelser_efter", "ændringer"}
        assert list(entry["ændringer"]) == [change for change, _phrase in impact.CHANGES]
        for found in entry["ændringer"].values():
            assert set(found) == {"sager", "eksempler"} and len(found["eksempler"]) == min(found["sager"],
                                                                                          impact.EXAMPLES)
    [target] = at["population"]
    assert set(target) == {"regel", "bestemmelse", "før", "efter"}
    assert set(target["før"]) == {"tæller", "nævner", "værdi", "krav", "opfyldt", "antal_med_datafejl", "besked"}


# ----------------------------------------------------------------------------
# Memory: flat in the number of cases
# ----------------------------------------------------------------------------

def generated_lines(count: int):
    """A caseload made lazily, so that only the comparison's own memory is measured; every
    case is judged differently by the new rules on 1 June 2027 (unique ids, so an id kept per
    case would show)."""
    changed = [case for case in CASES if case["id"] in "ABDEF"]
    for number in range(count):
        case = dict(changed[number % len(changed)])
        case["id"] = f"{case['id']}{number:07d}"
        yield json.dumps(case, ensure_ascii=False) + "\n"
    yield "ikke json\n"


def peak_memory(old, new, count: int) -> int:
    comparison = impact.Impact(old, new, [date(2027, 6, 1)])
    tracemalloc.start()
    try:
        for line, record in new.package.laes_sager(generated_lines(count)):
            comparison.add(line, record)
        comparison.as_json("sager")
        comparison.text("sager")
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_memory_does_not_grow_with_the_number_of_cases(tmp_path, monkeypatch):
    versions = []
    for number, folder in enumerate((OLD, NEW)):
        program = pipeline.load([folder]).rule_set
        package = examples.build_package(program, tmp_path / str(number))
        # The validators keep up to MAKS_SAGSLISTE ids per focus-target group (their own bound);
        # a short bound here lets a few thousand cases show the comparison's own memory.
        monkeypatch.setattr(package._runtime.sagsbestand, "MAKS_SAGSLISTE", 5)
        versions.append(impact.Version(folder.name, program, package))
    small, large = peak_memory(*versions, 300), peak_memory(*versions, 2000)
    # 1700 more changed cases: keeping anything per case (an id is ~60 bytes) would add > 100 kB
    assert large - small < 50_000, (small, large)
