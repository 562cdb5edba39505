"""`regel diff`: legal changes between two versions of the sample project's rules, one Danish sentence each."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from click.testing import CliRunner

from compiler import cli, diff

from .conftest import PROJECT, PROJECT_RULES


@pytest.fixture
def two_versions(tmp_path):
    old, new = tmp_path / "gammel", tmp_path / "ny"
    shutil.copytree(PROJECT_RULES, old)
    shutil.copytree(PROJECT_RULES, new)
    return old, new


def edit(folder, name, before, after):
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert before in text
    path.write_text(text.replace(before, after), encoding="utf-8")


def sentences(old, new):
    return [c.text for c in diff.compare(diff.load_version(str(old), old), diff.load_version(str(new), new))]


def test_identical_rules_have_no_changes(two_versions):
    assert sentences(*two_versions) == []


RULE_P13 = "reglen «Højst fire måneder (før 2022: fire uger) mellem to tilbud» (P13)"


def test_a_changed_number_is_one_sentence(two_versions):
    old, new = two_versions
    edit(new, "tilbud.regel", "version gælder fra 1. januar 2022: grænse er 4 måneder",
         "version gælder fra 1. januar 2022: grænse er 3 måneder")
    assert sentences(old, new) == [
        f"Fra 1. januar 2022 er det «3 måneder» i stedet for «4 måneder» i {RULE_P13}: Der må højst gå 3 måneder "
        "fra et tilbud slutter, til det næste begynder."]


def test_a_number_changed_into_versions_from_a_date_is_one_sentence(two_versions):
    old, new = two_versions
    edit(new, "samtaler.regel", "  gælder fra 1. juli 2019\n  afgørende dato er første_henvendelse\n"
         "  for sager hvor ydelse er en af kontanthjælp, uddannelseshjælp\n"
         "  krav: den første samtale hvor med_jobcentret skal finde sted senest 1 uge efter første_henvendelse",
         "  afgørende dato er første_henvendelse\n  for sager hvor ydelse er en af kontanthjælp, uddannelseshjælp\n"
         "  version gælder fra 1. juli 2019 til 31. december 2025: frist er 1 uge\n"
         "  version gælder fra 1. januar 2026: frist er 5 dage\n"
         "  krav: den første samtale hvor med_jobcentret skal finde sted senest frist efter første_henvendelse")
    [sentence] = sentences(old, new)
    assert sentence.startswith("Fra 1. januar 2026 er det «5 dage» i stedet for «1 uge» i reglen «Første samtale")
    assert sentence.endswith("skal finde sted senest 5 dage efter første henvendelse.")


def test_a_rule_that_ends_is_repealed_from_the_day_after(two_versions):
    old, new = two_versions
    edit(new, "tilbud.regel", "version gælder fra 1. januar 2022: grænse er 4 måneder",
         "version gælder fra 1. januar 2022 til 31. december 2026: grænse er 4 måneder")
    assert sentences(old, new) == [f"{RULE_P13[0].upper()}{RULE_P13[1:]} ophæves fra 1. januar 2027 (gælder nu til "
                                   "og med 31. december 2026)."]


def test_a_source_cited_for_a_version_boundary_is_shown(two_versions):
    # A finding judged by the version from that day cites the boundary's sources (test_versionskilder).
    old, new = two_versions
    edit(new, "tilbud.regel", 'ændring 1. januar 2022 kilde første_delaftale "Færre proceskrav for indsatsen"',
         'ændring 1. januar 2022 kilde anden_delaftale "Et forenklet kontaktforløb"')
    assert sentences(old, new) == [
        f"Ændringen 1. januar 2022 i {RULE_P13} henviser nu til «Anden delaftale om nytænkning af "
        "beskæftigelsesindsatsen», afsnit «Et forenklet kontaktforløb» i stedet for «Første delaftale om "
        "nytænkning af beskæftigelsesindsatsen», afsnit «Færre proceskrav for indsatsen»."]
    edit(new, "tilbud.regel", '  ændring 1. januar 2022 kilde anden_delaftale "Et forenklet kontaktforløb"\n', "")
    assert sentences(old, new) == [
        f"Ændringen 1. januar 2022 i {RULE_P13} henviser ikke længere til nogen kilde (før: «Første delaftale om "
        "nytænkning af beskæftigelsesindsatsen», afsnit «Færre proceskrav for indsatsen»)."]
    assert sentences(new, old) == [
        "«Første delaftale om nytænkning af beskæftigelsesindsatsen», afsnit «Færre proceskrav for indsatsen» er nu "
        f"angivet som kilde til ændringen 1. januar 2022 i {RULE_P13}."]


def test_a_changed_explanation_for_readers_is_shown(two_versions):
    old, new = two_versions
    edit(new, "tilbud.regel", "Det tidligere tilbuds slutdato afgør", "Slutdatoen for det tidligere tilbud afgør")
    [sentence] = sentences(old, new)
    assert sentence.startswith(f"Forklaringen til {RULE_P13} lyder nu «Slutdatoen for det tidligere tilbud afgør")
    assert "i stedet for «Det tidligere tilbuds slutdato afgør" in sentence


def test_a_moved_version_boundary_says_what_holds_in_between(two_versions):
    old, new = two_versions
    edit(new, "tilbud.regel", "version gælder fra 1. juli 2019 til 31. december 2021: grænse er 4 uger\n"
         "  version gælder fra 1. januar 2022: grænse er 4 måneder\n  ændring 1. januar 2022",
         "version gælder fra 1. juli 2019 til 31. januar 2022: grænse er 4 uger\n"
         "  version gælder fra 1. februar 2022: grænse er 3 måneder\n  ændring 1. februar 2022")
    assert sentences(old, new) == [
        "«Første delaftale om nytænkning af beskæftigelsesindsatsen», afsnit «Færre proceskrav for indsatsen» "
        f"begrunder nu ændringen 1. februar 2022 i stedet for 1. januar 2022 i {RULE_P13}.",
        f"Fra 1. januar 2022 til og med 31. januar 2022 er det «4 uger» i stedet for «4 måneder» i {RULE_P13}: "
        "Der må højst gå 4 uger fra et tilbud slutter, til det næste begynder.",
        f"Fra 1. februar 2022 er det «3 måneder» i stedet for «4 måneder» i {RULE_P13}: Der må højst gå 3 måneder "
        "fra et tilbud slutter, til det næste begynder.",
    ]


def test_registry_sources_data_model_and_definitions(two_versions):
    old, new = two_versions
    edit(new, "bestemmelser.regel", 'bestemmelse P04 info "Kontaktforløbet aftales individuelt efter seks måneder"',
         'bestemmelse P04 ret "Kontaktforløbet aftales individuelt"\nbestemmelse P30 info "Selvbooking"')
    edit(new, "kilder.regel", "kilde hedensted \"Hedensted Kommune: Ny forenklet beskæftigelsesindsats (udvalgsbilag)\"",
         "kilde hedensted \"Hedensted Kommune: Ny forenklet beskæftigelsesindsats\"\n  dato 1. oktober 2019")
    with (new / "kilder.regel").open("a", encoding="utf-8") as rules:
        rules.write('\nkilde høringsnotat "Høringsnotat"\n  dato 1. november 2022\n  adresse "https://example.org/h"\n')
    edit(new, "datamodel.regel", "fremmøde, video, telefon, brev", "fremmøde, video, telefon, brev, digital")
    edit(new, "datamodel.regel", "  har_arbejdsgiver: sandhedsværdi, standard nej,",
         "  indlagt_fra: dato, valgfri\n  har_arbejdsgiver: sandhedsværdi, standard ja,")
    edit(new, "datamodel.regel", "  aktør: Aktør\n", "  aktør: Aktør, valgfri\n")
    edit(new, "definitioner.regel", "  aktør er en af jobcenter, fælles", "  aktør er jobcenter")
    found = sentences(old, new)
    for expected in (
        "Bestemmelse P04 får titlen «Kontaktforløbet aftales individuelt» i stedet for «Kontaktforløbet aftales "
        "individuelt efter seks måneder».",
        "Bestemmelse P04 er nu af typen ret i stedet for info.",
        "Ny bestemmelse P30 (info) i registret: «Selvbooking».",
        "Kilden hedensted får titlen «Hedensted Kommune: Ny forenklet beskæftigelsesindsats» i stedet for «Hedensted "
        "Kommune: Ny forenklet beskæftigelsesindsats (udvalgsbilag)».",
        "Kilden hedensted er nu dateret 1. oktober 2019 i stedet for uden dato.",
        "Ny kilde «Høringsnotat» (høringsnotat), dateret 1. november 2022, på https://example.org/h.",
        "Samtaleform får en ny værdi: digital.",
        "Feltet har arbejdsgiver i sagen er nu ja/nej (valgfrit, standard ja) i stedet for ja/nej (valgfrit, standard nej).",
        "Sagen får et nyt felt indlagt fra: en dato (valgfrit).",
        "Feltet aktør i posten Samtale er nu en værdi af Aktør (valgfrit) i stedet for en værdi af Aktør (påkrævet).",
        "Begrebet «samtale med jobcentret (alene eller sammen med a-kassen)» betyder nu «aktør er jobcenter» i stedet "
        "for «aktør er jobcenter eller fælles».",
    ):
        assert expected in found, "\n".join(found)


def test_exceptions_and_what_they_cover(two_versions):
    old, new = two_versions
    edit(new, "fritagelse.regel", "  omfatter frister fra og med fritagelse.fra\n", "")
    edit(new, "fritagelse.regel", "  til samtaler_første_halve_år, interval_mellem_tilbud",
         "  til samtaler_første_halve_år")
    found = sentences(old, new)
    assert any(s.startswith("Undtagelsen «Fritagelse ved overgang til job, barsel eller folkepension inden for seks "
                            "uger» (P22) omfatter nu alle frister i stedet for frister, der udløber på eller efter fritagelsens fra-dato")
               for s in found), found
    assert any("slår nu samtaler_første_halve_år fra i stedet for samtaler_første_halve_år, interval_mellem_tilbud"
               in s for s in found), found


def test_period_obligation_example_and_added_rule(two_versions):
    old, new = two_versions
    edit(new, "samtaler.regel", "  gælder fra 1. januar 2023\n  afgørende dato er dato\n  for sager hvor de_fire_ydelser\n"
         "  krav: der må ikke", "  gælder fra 1. februar 2023\n  afgørende dato er dato\n  for sager hvor de_fire_ydelser\n"
         "  krav: der må ikke")
    edit(new, "samtaler.regel", "skal finde sted senest 1 uge efter første_henvendelse",
         "skal finde sted senest 2 uger efter første_henvendelse")
    edit(new, "samtaler.regel", "      samtaler: (dato 10. januar 2023, form fremmøde, aktør jobcenter)\n"
         "    pr. 1. februar 2023: overtrædelse", "      samtaler: (dato 10. januar 2023, form fremmøde, aktør jobcenter)\n"
         "    pr. 1. februar 2023: ingen overtrædelse")
    (new / "ny.regel").write_text('regel ny_regel "Ny regel"\n  bestemmelse P04\n  kilde hedensted "x"\n', encoding="utf-8")
    found = sentences(old, new)
    assert "Reglen «Ingen samtaler pr. brev» (P11) gælder ikke længere fra 1. januar 2023 til og med 31. januar 2023." \
        in found
    assert any("er det «2 uger» i stedet for «1 uge»" in s and "senest 2 uger efter første henvendelse" in s for s in found)
    assert any("er resultatet pr. 1. februar 2023 nu «ingen overtrædelse» i stedet for «overtrædelse»" in s for s in found)
    assert any(s.startswith("Ny regel «Ny regel» (P04)") for s in found)


RULE_P01 = "reglen «Første samtale senest en uge efter første henvendelse» (P01)"
KONTRAKT = "KONTRAKTVERSION ændres ikke: den er versionen af pakkens grænseflade og følger Regelsprog, ikke reglerne."


def test_a_renamed_rule_is_one_rule_whose_name_in_the_results_changes(two_versions):
    old, new = two_versions
    edit(new, "samtaler.regel", 'regel første_samtale "', 'regel den_første_samtale "')
    found = sentences(old, new)
    assert found == [
        f"{RULE_P01[0].upper()}{RULE_P01[1:]} har nu navnet den_første_samtale i stedet for første_samtale: «regel» "
        "i resultaterne skifter («regel_id» er stadig P01.frist).",
        "Navne eller id'er i resultaterne skifter (se ovenfor), så systemer, der bruger validatorerne, skal tilpasses: "
        "giv regelsættet en udgave (regelsæt \"…\" udgave \"…\"), så det kan ses på «regelsæt» i hvert resultat. "
        + KONTRAKT]  # the examples' verdicts are compared each with its own rule's name: no change


def test_a_rule_whose_id_changes_and_the_edition(two_versions):
    """A new rule of the same provision and kind before an old one takes its id; the edition says so."""
    old, new = two_versions
    for folder, edition in ((old, "1.0"), (new, "2.0")):
        edit(folder, "samtaler.regel", "regel første_samtale ", f'regelsæt "Test" udgave "{edition}"\nregel første_samtale ')
    edit(new, "samtaler.regel", "regel første_samtale ", 'regel tidlig_samtale "Tidlig samtale"\n  bestemmelse P01\n'
         '  kilde hedensted "x"\n  krav: den første samtale skal finde sted senest 2 uger efter forløbsstart\n'
         "\nregel første_samtale ")
    found = sentences(old, new)
    assert f"{RULE_P01[0].upper()}{RULE_P01[1:]} har nu id'et P01.frist.2 i stedet for P01.frist: «regel_id» i " \
           "resultaterne skifter." in found
    assert any(s.startswith("Ny regel «Tidlig samtale» (P01)") for s in found), found
    assert found[-2:] == ["Regelsættets udgave er nu «2.0» i stedet for «1.0».",
                          "Navne eller id'er i resultaterne skifter (se ovenfor), så systemer, der bruger validatorerne, "
                          "skal tilpasses: den nye udgave «2.0» i «regelsæt» viser det. " + KONTRAKT]
    edit(new, "samtaler.regel", 'udgave "2.0"', 'udgave "1.0"')
    assert sentences(old, new)[-1].startswith("Navne eller id'er i resultaterne skifter (se ovenfor), så systemer, "
                                              "der bruger validatorerne, skal tilpasses: hæv regelsættets udgave "
                                              "(nu «1.0»)")


def test_an_edition_left_as_it_was_is_pointed_out_and_only_then(two_versions):
    old, new = two_versions
    for folder in two_versions:
        edit(folder, "tilbud.regel", "regel første_tilbud_", 'regelsæt "Test" udgave "1.4"\nregel første_tilbud_')
    assert sentences(old, new) == []
    edit(new, "tilbud.regel", "grænse er 4 måneder", "grænse er 3 måneder")
    assert sentences(old, new)[1:] == ["Regelsættets udgave er stadig «1.4»: hæv den, når ændringerne udgives, så "
                                       "resultaterne siger, hvilke regler de kommer fra."]


def committed_project(tmp_path, folder="."):
    """The sample project committed to a new git repository, in `folder` of it."""
    project = tmp_path / folder
    shutil.copytree(PROJECT, project, dirs_exist_ok=True)
    for command in (["init", "-q"], ["add", "."], ["-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "regler"]):
        subprocess.run(["git", *command], check=True, cwd=tmp_path)
    return project


def test_diff_between_a_commit_and_the_working_tree(tmp_path, monkeypatch):
    project = committed_project(tmp_path)
    monkeypatch.chdir(project)
    edit(project / "rules", "tilbud.regel", "må højst vare\n    4 uger hvis", "må højst vare\n    5 uger hvis")
    result = CliRunner().invoke(cli.regel, ["diff", "--side", "side"])
    assert result.exit_code == 0
    assert "er det «5 uger» i stedet for «4 uger»" in result.output
    assert "5 uger" in (project / "side" / "aendringer.html").read_text(encoding="utf-8")


def test_diff_from_inside_the_rules_of_a_project_in_a_subfolder_of_the_repository(tmp_path, monkeypatch):
    project = committed_project(tmp_path, "kommune/regelsæt")
    (project / "rules" / "første.regel").write_text((project / "rules" / "oplysninger.regel").read_text(
        encoding="utf-8").replace("regel kontaktforløb_efter_seks_måneder", "regel kontaktforløb_kopi"), encoding="utf-8")
    subprocess.run(["git", "add", "."], check=True, cwd=tmp_path)
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "ny fil"], check=True, cwd=tmp_path)
    edit(project / "rules", "første.regel", "aftaler jobcentret og borgeren", "aftaler kommunen og borgeren")
    monkeypatch.chdir(project / "rules")
    result = CliRunner().invoke(cli.regel, ["diff"])
    assert result.exit_code == 0, result.output
    assert result.output.count("\n- ") == 1 and "Forklaringen til reglen «Kontaktforløbet aftales" in result.output


def test_unknown_revision_is_a_danish_error(tmp_path, monkeypatch):
    monkeypatch.chdir(committed_project(tmp_path))
    result = CliRunner().invoke(cli.regel, ["diff", "findes-ikke"])

    assert result.exit_code == 2
    assert "hverken en mappe eller en git-revision" in result.output
