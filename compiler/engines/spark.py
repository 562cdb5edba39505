"""Spark for caseloads that outgrow one machine: `regel spark` or `spark-submit`.

    spark-submit compiler/engines/spark.py SAGER.parquet UD --dato 2024-05-01 [--sql generated/sql]

reads the cases (Parquet in the layout of generated/sql/README.md; `_nr` is added in file
order when it is missing), runs generated/sql/spark/fund.sql and population.sql and writes
the tables `fund` and `population` as Parquet under UD (UD/fund, UD/population). The
records must be valid cases (`regel valider --motor duckdb` checks them with the package's
reader); the findings are the structured rows described in the README.
"""

from __future__ import annotations

import argparse
import datetime
from pathlib import Path
from typing import Optional


def query(sql_dir: Path, name: str) -> str:
    lines = (sql_dir / "spark" / name).read_text(encoding="utf-8").splitlines()
    return "\n".join(line for line in lines if not line.startswith("--")).rstrip().rstrip(";")


# Each step of a rule's chain names its values once; inlining them into the next steps (and
# pushing filters down through them) copies every expression into each use, which makes
# planning exponential in the length of the chain.
NOT_INLINED = ",".join(f"org.apache.spark.sql.catalyst.optimizer.{rule}"
                       for rule in ("CollapseProject", "PushDownPredicates"))


def session(master: Optional[str] = "local[2]"):
    from pyspark.sql import SparkSession
    builder = SparkSession.builder.appName("regelsprog").config("spark.sql.optimizer.excludedRules", NOT_INLINED)
    if master:
        builder = builder.master(master).config("spark.ui.enabled", "false") \
            .config("spark.sql.shuffle.partitions", "4")
    return builder.getOrCreate()


def run(spark, sql_dir: Path, cases: str, out: Optional[str], day: datetime.date) -> dict:
    """Judge the cases in Parquet `cases`; the tables (DataFrames) fund and population, written under `out`."""
    from pyspark.sql import functions as F
    frame = spark.read.parquet(cases)
    if "_nr" not in frame.columns:
        frame = frame.withColumn("_nr", F.monotonically_increasing_id() + 1)
    if "_skaeringsdato" not in frame.columns:
        frame = frame.withColumn("_skaeringsdato", F.lit(None).cast("date"))
    frame.createOrReplaceTempView("sager")
    spark.createDataFrame([(day,)], "skaeringsdato date").createOrReplaceTempView("parametre")
    tables = {}
    for name in ("fund", "population"):
        tables[name] = spark.sql(query(sql_dir, f"{name}.sql"))
        if out is not None:
            tables[name].write.mode("overwrite").parquet(str(Path(out) / name))
    return tables


def main(argv: Optional[list[str]] = None) -> None:
    parser = argparse.ArgumentParser(prog="regel spark", description="Vurder sager i Parquet med Spark SQL.")
    parser.add_argument("sager", help="sagerne som Parquet (fil eller mappe)")
    parser.add_argument("ud", help="mappen, hvor tabellerne fund og population skrives som Parquet")
    parser.add_argument("--dato", required=True, help="skæringsdatoen, ÅÅÅÅ-MM-DD")
    parser.add_argument("--sql", default="generated/sql", help="mappen med den genererede SQL")
    parser.add_argument("--master", default=None, help="Spark-master (standard: spark-submit's; lokalt local[2])")
    args = parser.parse_args(argv)
    spark = session(args.master)
    run(spark, Path(args.sql), args.sager, args.ud, datetime.date.fromisoformat(args.dato))
    spark.stop()


if __name__ == "__main__":
    main()
