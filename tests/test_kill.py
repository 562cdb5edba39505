"""Killed and simultaneous runs (issue 10, failures 2, 10 and 11), on the fixture rules.

`regel byg` rebuilds a small output tree (holding a file of the user's, kept with
--behold-andre-filer) and is killed with SIGKILL 50 times, in two chains of 25 runs that
each start from whatever the previous kill left. Every other run is killed at a named
moment of writing (REGEL_TEST_KILL_AT, see compiler/outputs.py: after the lock, after a
staged file, between two swaps, before the old contents are removed, ...); the others at
a random time after the build took the lock (up to 1.2 times as long as a build spends
writing), so that they land anywhere: inside a write or a rename, between checkpoints,
or after the build is done. After every
kill each output folder must hold exactly what one of the two builds writes (the previous
or the new state: never a mix, never a half-written or empty file), the root nothing but
the output folders and recognisable staging folders, and the user's file its text; the
build after the last kill must leave the new state and no staging folder.

Run with -s to see where the kills landed.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from .fixture_rules import FOLDERS, STAGING, regel, snapshot, spawn, write_rules

KILLS_PER_CHAIN = 25
RECORDS = 20000  # cases for `regel valider --output`: seconds of work, so a signal comes while it writes
NOTE, NOTE_TEXT = "noter.txt", "brugerens egne noter\n"


@dataclass
class States:
    rules: dict[str, Path]                        # "old", "new" -> rule folder
    files: dict[str, dict[str, dict[str, bytes]]]  # "old", "new" -> output folder -> its files
    root: Path                                    # a complete old tree with the user's note
    writing: float                                # seconds a build spends writing (lock to last step)


def read_trace(path: Path) -> list[tuple[float, str]]:
    if not path.exists():
        return []
    return [(float(time_), f"{moment}:{count}") for time_, moment, count in
            (line.split() for line in path.read_text(encoding="utf-8").splitlines())]


@pytest.fixture(scope="module")
def states(tmp_path_factory) -> States:
    base = tmp_path_factory.mktemp("tilstande")
    rules = {"old": write_rules(base / "gamle"), "new": write_rules(base / "nye", changed=True)}
    files = {}
    for version in ("new", "old"):
        result = regel("byg", "--regler", str(rules[version]), "--ud", str(base / version), cwd=base)
        assert result.returncode == 0, result.stderr
        files[version] = {folder: snapshot(base / version / folder) for folder in FOLDERS}
    assert all(files["old"][folder] != files["new"][folder] for folder in FOLDERS)  # every folder changes
    (base / "old" / "docs" / NOTE).write_text(NOTE_TEXT, encoding="utf-8")
    trial, trace = base / "proeve", base / "spor"
    shutil.copytree(base / "old", trial)
    result = regel("byg", "--regler", str(rules["new"]), "--ud", str(trial), "--behold-andre-filer", cwd=base,
                   env={"REGEL_TEST_TRACE": str(trace)})
    assert result.returncode == 0, result.stderr
    events = read_trace(trace)
    return States(rules, files, base / "old", events[-1][0] - events[0][0])


def moments(states: States, changing: list[str]) -> list[str]:
    """Every named moment a build that changes these folders passes (outputs._checkpoint)."""
    files = sum(len(states.files["new"][folder]) for folder in changing)
    found = ["locked:1", "removed-leftovers:1", *(f"staged-file:{n}" for n in sorted({1, files // 2, files}))]
    if "docs" in changing:
        found.append("carried-file:1")
    return found + [f"{moment}:{n}" for moment in ("staged", "swapped", "removed-old")
                    for n in range(1, len(changing) + 1)]


def phase(last: str) -> str:
    """Where a kill landed, by the last moment the build reached."""
    name = last.split(":")[0]
    return {"": "before the lock", "locked": "after the lock", "removed-leftovers": "staging",
            "staged-file": "staging", "carried-file": "staging", "staged": "staging",
            "swapped": "between swaps", "removed-old": "removing the old contents"}[name]


def check_state(states: States, out: Path, before: dict[str, str], target: str) -> dict[str, str]:
    """Each folder is the previous or the target state, whole; returns which."""
    after = {}
    for folder in FOLDERS:
        found = snapshot(out / folder)
        if folder == "docs":
            assert found.pop(NOTE, None) == NOTE_TEXT.encode(), "the user's file is gone or changed"
        candidates = [version for version in (before[folder], target) if states.files[version][folder] == found]
        assert candidates, f"{folder}/ is neither the previous nor the new state"
        after[folder] = candidates[-1]
    strays = [name for name in os.listdir(out) if name not in FOLDERS and not STAGING.fullmatch(name)]
    assert not strays, strays
    return after


def kill_chain(states: States, out: Path, seed: int) -> list[dict]:
    rng = random.Random(seed)
    shutil.copytree(states.root, out)
    current = {folder: "old" for folder in FOLDERS}
    used: Counter[str] = Counter()
    records = []
    for number in range(KILLS_PER_CHAIN):
        target = "new" if list(current.values()).count("old") >= 2 else "old"
        changing = [folder for folder in FOLDERS if current[folder] != target]
        trace = out.parent / f"{out.name}-spor-{number}"
        env = {"REGEL_TEST_TRACE": str(trace)}
        targeted = number % 2 == 0
        if targeted:
            moment = min(moments(states, changing), key=lambda m: (used[m], rng.random()))
            used[moment] += 1
            env["REGEL_TEST_KILL_AT"] = moment
        build = spawn("byg", "--regler", str(states.rules[target]), "--ud", str(out), "--behold-andre-filer",
                      cwd=out.parent, env=env)
        if not targeted:
            while not trace.exists() and build.poll() is None:  # it has the lock and begins to write
                time.sleep(0.002)
            time.sleep(rng.uniform(0, 1.2 * states.writing))
            build.kill()
        _, errors = build.communicate(timeout=120)
        assert build.returncode == -signal.SIGKILL or (not targeted and build.returncode == 0), errors
        events = read_trace(trace)
        if targeted:
            assert events[-1][1] == moment  # it died exactly there
        after = check_state(states, out, current, target)
        last = events[-1][1] if events else ""
        made_mixed = len(set(after.values())) > 1 and len(set(current.values())) == 1
        # folders from two builds only when it died between two swaps (the last step logged
        # is the staging before them or a swap: a kill can come before the swap is logged)
        assert not made_mixed or last.startswith(("staged:", "swapped:")), last
        records.append({"targeted": targeted, "finished": build.returncode == 0, "phase": phase(last),
                        "last": last, "made_mixed": made_mixed,
                        "leftovers": sum(bool(STAGING.fullmatch(name)) for name in os.listdir(out))})
        current = after
    result = regel("byg", "--regler", str(states.rules["new"]), "--ud", str(out), "--behold-andre-filer",
                   cwd=out.parent)
    assert result.returncode == 0, result.stderr
    assert check_state(states, out, {folder: "new" for folder in FOLDERS}, "new") == {f: "new" for f in FOLDERS}
    assert sorted(os.listdir(out)) == sorted(FOLDERS)  # every staging folder cleaned up
    return records


def test_fifty_killed_builds_leave_every_folder_whole_and_the_next_build_cleans_up(states, tmp_path):
    seed = random.randrange(1 << 30)
    with ThreadPoolExecutor(2) as pool:
        chains = pool.map(lambda n: kill_chain(states, tmp_path / f"kaede{n}", seed + n), range(2))
        records = [record for chain in chains for record in chain]
    killed = [record for record in records if not record["finished"]]
    targeted = Counter(record["last"].split(":")[0] for record in records if record["targeted"])
    random_phases = Counter(record["phase"] for record in records if not record["targeted"])
    print(f"\n{len(records)} runs of regel byg (seed {seed}), {len(killed)} killed by SIGKILL; "
          f"targeted, by moment: {dict(targeted)}; random, by phase: {dict(random_phases)}; after the kill: "
          f"{sum(r['made_mixed'] for r in records)} left folders from two builds (each whole; killed between "
          f"two swaps), "
          f"{sum(r['leftovers'] > 0 for r in records)} with staging folders for a later build to clean up")
    assert len(records) == 2 * KILLS_PER_CHAIN
    assert len(killed) >= KILLS_PER_CHAIN + KILLS_PER_CHAIN // 2  # the random delays do land inside builds


def test_simultaneous_builds_take_turns_and_the_last_one_leaves_its_whole_state(states, tmp_path):
    out = tmp_path / "ud"
    shutil.copytree(states.root, out)
    versions = ["new", "old"] * 3
    builds = [spawn("byg", "--regler", str(states.rules[version]), "--ud", str(out), "--behold-andre-filer",
                    cwd=tmp_path, env={"REGEL_TEST_TRACE": str(tmp_path / f"spor-{n}")})
              for n, version in enumerate(versions)]
    results = [build.communicate(timeout=300) for build in builds]
    assert [build.returncode for build in builds] == [0] * len(builds), [errors for _, errors in results]
    spans = sorted((events[0][0], events[-1][0], version) for version, events in
                   zip(versions, (read_trace(tmp_path / f"spor-{n}") for n in range(len(builds)))))
    for (_, end, _), (start, _, _) in zip(spans, spans[1:]):
        assert end < start  # one build wrote at a time: from taking the lock to its last step
    last = spans[-1][2]
    assert check_state(states, out, {folder: last for folder in FOLDERS}, last) == {f: last for f in FOLDERS}
    assert sorted(os.listdir(out)) == sorted(FOLDERS)
    waited = sum("venter på en anden kørsel af regel" in errors for _, errors in results)
    print(f"\n{len(builds)} simultaneous builds: {waited} waited for the lock and said so")


def test_signals_during_valider_output_leave_the_old_result_and_no_temporary(states, tmp_path):
    package = tmp_path / "ud"
    shutil.copytree(states.root, package)
    record = {"ydelse": "kontanthjælp", "forløbsstart": "2024-01-02", "første_henvendelse": "2024-01-02",
              "samtaler": [{"dato": "2024-01-20", "form": "brev", "aktør": "jobcenter"}]}
    data = tmp_path / "sager.jsonl"
    data.write_text("".join(json.dumps({"id": f"S{n}", **record}, ensure_ascii=False) + "\n" for n in range(RECORDS)),
                    encoding="utf-8")
    target = tmp_path / "resultat.json"
    target.write_text("forrige resultat\n", encoding="utf-8")
    command = ("valider", str(data), "--pakke", str(package / "python"), "--dato", "2024-05-01", "--json",
               "--output", str(target), "--jobs", "2")  # worker processes too: they are stopped with it

    def temporaries(pid: int | None = None) -> list[str]:
        return [name for name in os.listdir(tmp_path) if name.startswith(".resultat.json.regelsprog-")
                and (pid is None or f"-{pid}-" in name)]

    def survivors() -> list[str]:
        """Processes of a run still there: workers have the command line of the run that forked them."""
        found = []
        for pid in filter(str.isdigit, os.listdir("/proc")):
            try:
                if str(data).encode() in Path("/proc", pid, "cmdline").read_bytes():
                    found.append(pid)
            except OSError:  # it has just ended
                pass
        return found

    def start():
        run = spawn(*command, cwd=tmp_path)
        while not temporaries(run.pid) and run.poll() is None:  # it has begun to write
            time.sleep(0.005)
        return run

    rng = random.Random()
    for signum, code, message in [(signal.SIGINT, 130, "regel: afbrudt med Ctrl+C"),
                                  (signal.SIGTERM, 143, "regel: afbrudt af SIGTERM"),
                                  (signal.SIGKILL, -signal.SIGKILL, "")] * 2:
        run = start()
        time.sleep(rng.uniform(0, 0.3))  # well before it can be done
        run.send_signal(signum)
        _, errors = run.communicate(timeout=120)
        assert run.returncode == code and message in errors and "Traceback" not in errors, errors
        assert target.read_text(encoding="utf-8") == "forrige resultat\n"
        # SIGKILL cannot be handled; the next run removes the temporary file it left
        assert temporaries() == [] or signum == signal.SIGKILL
        waited = time.monotonic()  # a worker of a killed run ends when it has judged its chunk
        while survivors() and time.monotonic() - waited < 10:
            time.sleep(0.05)
        assert survivors() == []
    assert len(temporaries()) == 1
    finished = regel(*command, cwd=tmp_path)
    assert finished.returncode == 1 and temporaries() == []
    assert len(json.loads(target.read_text(encoding="utf-8"))["sager"]) == RECORDS
