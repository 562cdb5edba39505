"""Figures for issue 13 (the validators as a contract), measured in one run:

1. how often the case schema (generated/schema/sag.schema.json, checked with jsonschema without
   asserting `format`) and the validators disagree on 2,000 mutated records, and of which kinds;
2. p50/p99 latency of `valider` for one case, and of `laes_sag` + `valider` from bytes.

    .venv/bin/python bench/kontrakt.py [MAPPE_MED_GENERATED]   (standard: generated/ i projektet)

With the folder of another build (e.g. main's generated/) it measures that build's schema and
package, so the figures before and after a change come from the same records and machine.
"""

from __future__ import annotations

import importlib.util
import json
import random
import statistics
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path

import jsonschema

ROOT = Path(__file__).resolve().parent.parent
TRICKY = [None, True, 0, -1, 1.5, float("nan"), float("inf"), 10 ** 400, "", " ", "x", "2023-02-29", "2024-02-29",
          "1900-02-29", "2023-01-09\n", "20٢٣-01-09", "2023-1-09", "1899-12-31", "2023-01-09", "\ud800", [], {}]


def load(generated: Path):
    folder = generated / "python" / "beskaeftigelsesregler"
    spec = importlib.util.spec_from_file_location("maalt", folder / "__init__.py", submodule_search_locations=[str(folder)])
    module = importlib.util.module_from_spec(spec)
    sys.modules["maalt"] = module
    spec.loader.exec_module(module)
    return module, json.loads((generated / "schema" / "sag.schema.json").read_text(encoding="utf-8"))


def mutate(case: dict, rng: random.Random) -> dict:
    record = json.loads(json.dumps(case))
    for _ in range(rng.randint(1, 3)):
        key = rng.choice(sorted(record))
        kind = rng.choice(["set", "drop", "misspell", "item", "swap"])
        if kind == "set":
            record[key] = rng.choice(TRICKY)
        elif kind == "drop":
            record.pop(key)
        elif kind == "misspell":
            record[key.replace("ø", "oe") if "ø" in key else key + "x"] = record.pop(key)
        elif kind == "swap" and "forløbsstart" in record:
            record["forløbsslut"] = "1950-01-01"
        elif isinstance(record.get(key), list) and record[key] and isinstance(record[key][0], dict):
            item = rng.choice(record[key])
            item[rng.choice(sorted(item))] = rng.choice(TRICKY)
    return record


def main() -> None:
    generated = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "generated"
    package, schema = load(generated)
    validator = jsonschema.Draft202012Validator(schema)
    cases = [json.loads(line) for line in (ROOT / "examples" / "sager.jsonl").read_text(encoding="utf-8").splitlines()]
    valid = []
    for case in cases:
        try:
            package.valider(case, date(2024, 5, 1))
            valid.append(case)
        except Exception:
            pass
    rng = random.Random(13)
    kinds: Counter[str] = Counter()
    disagree = 0
    total = 2000
    for _ in range(total):
        record = mutate(rng.choice(valid), rng)
        schema_ok = validator.is_valid(record)
        try:
            package.model.sag_fra_json(record) if hasattr(package, "model") else package.valider(record, date(2024, 5, 1))
            ok = True
        except package.UgyldigSag as error:
            ok = False
            if schema_ok:
                kinds[getattr(error, "kode", error.besked[:40])] += 1
        if ok != schema_ok:
            disagree += 1
            if ok:
                kinds["skemaet afviser, validatoren tager imod"] += 1
    print(f"{generated}: {disagree} af {total} muterede poster ({100 * disagree / total:.1f} %) giver forskelligt svar")
    for kind, count in kinds.most_common():
        print(f"  {count:5}  {kind}")
    texts = [json.dumps(case, ensure_ascii=False).encode("utf-8") for case in valid]
    for name, call in (("valider", lambda i: package.valider(valid[i % len(valid)], date(2024, 5, 1))),
                       ("laes_sag+valider", lambda i: package.valider(package.laes_sag(texts[i % len(texts)]),
                                                                      date(2024, 5, 1)) if hasattr(package, "laes_sag")
                        else None)):
        times = []
        for i in range(5000):
            start = time.perf_counter()
            call(i)
            times.append(time.perf_counter() - start)
        quantiles = statistics.quantiles(times, n=100)
        print(f"  {name}: p50 {quantiles[49] * 1e6:.0f} µs, p99 {quantiles[98] * 1e6:.0f} µs (5.000 kald)")


if __name__ == "__main__":
    main()
