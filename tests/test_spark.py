"""Spark SQL (pyspark in local mode) gives the Python path's results: the generated Spark SQL
for a fixture rule set with every kind of duty, over a small synthetic caseload in Parquet,
rendered as DuckDB's findings are (compiler/engines/results.py), equals the generated package's
own results (and so the interpreter's and DuckDB's, test_sql_engines.py). Kept small: Spark
starts and plans slowly."""

from __future__ import annotations

import json
import os
import shutil
from datetime import date

import pytest

pytest.importorskip("pyspark", reason="pyspark er ikke installeret (pip install -e '.[spark]')")
if shutil.which("java") is None:
    pytest.skip("Spark kræver Java, som ikke findes på maskinen", allow_module_level=True)

from compiler import examples, pipeline  # noqa: E402
from compiler.engines import inputs, spark  # noqa: E402
from compiler.engines.duckdb import CASES, Engine  # noqa: E402
from compiler.engines.results import Results  # noqa: E402

from .test_ir_reference import RULE_SETS, synthetic  # noqa: E402
from .test_sql_engines import judged_by, jsonl, write_sql  # noqa: E402

DAY = date(2024, 1, 1)
# The small fixture rule set by default (Spark's analysis of the SQL dominates the time); the one
# with every kind of duty: REGELSPROG_SPARK_REGLER=udvalg pytest tests/test_spark.py (about 4 minutes).
RULES = os.environ.get("REGELSPROG_SPARK_REGLER", "lille")


def test_spark_agrees_with_python(tmp_path):
    loaded = pipeline.load(RULE_SETS[RULES])
    package = examples.build_package(loaded.rule_set, tmp_path / "python")
    write_sql(loaded.rule_set, tmp_path / "sql")
    data = jsonl(record for _line, record in synthetic(150, seed=7))
    (tmp_path / "sager.jsonl").write_bytes(data)
    # The cases as Parquet in the table layout, read and checked by DuckDB.
    engine = Engine(tmp_path / "sql")
    try:
        inputs.read(engine, package, tmp_path / "sager.jsonl")
        engine.con.execute(f"COPY {CASES} TO '{tmp_path / 'sager.parquet'}' (FORMAT parquet)")
    finally:
        engine.close()

    session = spark.session()
    try:
        spark.run(session, tmp_path / "sql", str(tmp_path / "sager.parquet"), str(tmp_path / "ud"), DAY)
    finally:
        session.stop()
    # Spark's findings rendered as DuckDB's are: the same tables, read from Spark's Parquet.
    engine = Engine(tmp_path / "sql")
    try:
        engine.con.execute(f"CREATE VIEW {CASES} AS SELECT * FROM read_parquet('{tmp_path / 'sager.parquet'}')")
        engine.keep_findings(f"SELECT * FROM read_parquet('{tmp_path / 'ud' / 'fund' / '*.parquet'}')")
        engine.con.execute(f"CREATE TABLE population AS SELECT * FROM read_parquet('{tmp_path / 'ud' / 'population' / '*.parquet'}')")
        results = Results(engine, package, inputs.Loaded(), DAY)
        ours = [json.loads(line) for _number, line, _found in results.lines()]
        population = results.population
    finally:
        engine.close()
    theirs, _invalid, python_population = judged_by(package, data, DAY)
    assert len(ours) == len(theirs) > 50
    assert ours == theirs
    assert population == python_population
