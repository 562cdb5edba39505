"""Spark SQL (pyspark in local mode) gives the Python path's results: the generated Spark SQL
for a fixture rule set with every kind of duty, over a small synthetic caseload in Parquet,
rendered by the package's runtime, equals the generated package's own results (and so the
interpreter's and DuckDB's, test_sql_engines.py). Kept small: Spark starts and plans slowly."""

from __future__ import annotations

import io
import os
import shutil
from datetime import date

import pytest

pytest.importorskip("pyspark", reason="pyspark er ikke installeret (pip install -e '.[spark]')")
if shutil.which("java") is None:
    pytest.skip("Spark kræver Java, som ikke findes på maskinen", allow_module_level=True)

from compiler import examples, pipeline  # noqa: E402
from compiler.backends import sql as sqlback  # noqa: E402
from compiler.engines import duckdb as engine  # noqa: E402
from compiler.engines import spark  # noqa: E402
from compiler.engines.findings import Renderer, grouped  # noqa: E402

from .test_ir_reference import RULE_SETS, synthetic  # noqa: E402
from .test_sql_engines import jsonl, judged_by  # noqa: E402

DAY = date(2024, 1, 1)
# The small fixture rule set by default (Spark's analysis of the SQL dominates the time); the one
# with every kind of duty: REGELSPROG_SPARK_REGLER=udvalg pytest tests/test_spark.py (about 4 minutes).
RULES = os.environ.get("REGELSPROG_SPARK_REGLER", "lille")


def test_spark_agrees_with_python(tmp_path):
    loaded = pipeline.load(RULE_SETS[RULES])
    package = examples.build_package(loaded.rule_set, tmp_path / "python")
    for relative, text in sqlback.generate(loaded.rule_set).items():
        (tmp_path / "sql" / relative).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "sql" / relative).write_text(text, encoding="utf-8")
    data = jsonl(record for _line, record in synthetic(150, seed=7))
    # The cases as Parquet in the table layout, made by the DuckDB path (which checks each record).
    duck = engine.Caseload(package, tmp_path / "sql")
    duck.Sagsbestand(DAY)
    duck.laes_sager(io.BytesIO(data))
    duck.engine.con.execute(f"COPY sager TO '{tmp_path / 'sager.parquet'}' (FORMAT parquet)")
    duck.close()

    session = spark.session()
    try:
        spark.run(session, tmp_path / "sql", str(tmp_path / "sager.parquet"), str(tmp_path / "ud"),
                                      DAY)
        cases = session.read.parquet(str(tmp_path / "sager.parquet")).select("_nr", "id").orderBy("_nr").collect()
        found = session.read.parquet(str(tmp_path / "ud" / "fund")).orderBy("sag_nr", "regel_nr", "instans").collect()
        counted = session.read.parquet(str(tmp_path / "ud" / "population")).orderBy("sag_nr", "regel_nr").collect()
        columns = session.read.parquet(str(tmp_path / "ud" / "fund")).columns
    finally:
        session.stop()
    renderer = Renderer(package, [c for c in columns if c.startswith("fakta_")])
    ours = list(engine._merged(renderer, iter(r.asDict() for r in cases), grouped(iter(r.asDict() for r in found)),
                               grouped(iter(r.asDict() for r in counted))))
    theirs, _invalid, population = judged_by(package, data, DAY)
    theirs = [r for r in theirs if r is not None]
    assert len(ours) == len(theirs) > 50
    assert [result for _number, result in ours] == theirs
    assert renderer.population() == population
