"""JSON text that DuckDB's JSON parser reads and Python's json does not: patterns (RE2 and Python's
re read them alike) that find it in a record's text. The SQL back end writes them into
laes_json.sql (backends/sql/reading.py); the DuckDB engine tests CSV cells with them
(engines/inputs.py). A module of its own so that the engine does not load the back end to run."""

TRAILING_COMMA = r",[ \t\r\n]*[\]}]"
# nan or inf where a value begins, a pattern per sign before it: one that starts with a literal is
# searched for that byte (RE2 skips to it), one that starts with a class byte by byte, 2.5 times slower
NAN_OR_INFINITY = tuple(sign + r"[ \t\r\n]*-?(?i:nan|inf)" for sign in (":", r"\[", ","))
LONG_NUMBER = (4300, "[0-9]{1000}")  # Python's json refuses an integer of more than 4300 digits
