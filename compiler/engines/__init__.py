"""Engines that run the generated SQL (DuckDB embedded, Spark)."""
