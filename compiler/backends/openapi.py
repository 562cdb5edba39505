"""OpenAPI 3.1 for the HTTP service (runtime/tjeneste.py), built from the case's JSON Schema.

The case schema is the one `backends/schema.py` writes to generated/schema/sag.schema.json,
read back from its text, so the document cannot describe another data model than the
schema integrators validate against. Its `$defs` become components (named by the
transliteration, `pynames.transliterate`, so every name is ASCII and distinct, as the
checker keeps the data types' keys distinct) and its `$ref`s are rewritten to them; the
service's own schemas are named `Tjeneste.…`, which no transliterated name can be (it has
no dot). Error codes, statuses and titles come from the runtime's FEJLKODER.
"""

from __future__ import annotations

import json
from typing import Any, Optional

from .. import pynames
from ..ir import nodes as ir
from ..runtime import tjeneste
from . import schema

OPENAPI = "3.1.0"
SERVICE = "#/components/schemas/Tjeneste."


def example_case(rule_set: ir.RuleSet) -> Optional[dict]:
    """The first case of the rules' first example (examples run as tests, so it is a valid case)."""
    return next((example.cases[0] for rule in rule_set.rules for example in rule.examples if example.cases), None)


def generate(rule_set: ir.RuleSet, package: str, api_version: int) -> str:
    case = json.loads(schema.generate(rule_set))
    definitions = case.pop("$defs")
    for key in ("$schema", "$id"):
        case.pop(key)
    data_model = {pynames.transliterate(name): _refs(value) for name, value in definitions.items()}
    case_name = pynames.transliterate(rule_set.case_record)
    components = {case_name: _refs(case), **data_model, **_service_schemas()}
    document = {
        "openapi": OPENAPI,
        "jsonSchemaDialect": schema.DRAFT,
        "info": {
            "title": f"Regelsprog: {package}",
            "version": str(api_version),
            "description": ("Validatorerne for reglerne som HTTP-tjeneste. `version` er pakkens kontraktversion "
                            "(KONTRAKTVERSION). Alle fejl er application/problem+json (RFC 9457) med en fast `kode`."),
        },
        "servers": [{"url": "http://127.0.0.1:8000", "description": "standardadressen for python -m "
                                                                   f"{package}.server"}],
        "paths": _paths(f"#/components/schemas/{case_name}", example_case(rule_set)),
        "components": {"schemas": dict(sorted(components.items())), "responses": _problem_responses()},
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _refs(value: Any) -> Any:
    """The schema with every `#/$defs/X` pointing at the component for X."""
    if isinstance(value, dict):
        return {key: (f"#/components/schemas/{pynames.transliterate(item[len('#/$defs/'):])}"
                      if key == "$ref" else _refs(item)) for key, item in value.items()}
    if isinstance(value, list):
        return [_refs(item) for item in value]
    return value


_DATE_PARAMETER = {
    "name": "skaeringsdato", "in": "query", "required": True,
    "description": "Skæringsdatoen, som sagen vurderes pr. (ÅÅÅÅ-MM-DD)",
    "schema": {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
}
_EXPLAIN_PARAMETER = {
    "name": "forklar", "in": "query", "required": False,
    "description": "ja: hvert resultat får en forklaring (hver regels udfald og begrundelse)",
    "schema": {"type": "string", "enum": ["ja", "nej"], "default": "nej"},
}


def _json(ref: str, description: str, media: str = "application/json") -> dict:
    return {"description": description, "content": {media: {"schema": {"$ref": ref}}}}


def _problems(*codes: str) -> dict:
    return {str(status): {"$ref": f"#/components/responses/Problem{status}"}
            for status in sorted({tjeneste.FEJLKODER[code][0] for code in codes})}


_BODY_PROBLEMS = ("ugyldig_json", "tidsgraense", "mangler_laengde", "for_stor", "forkert_medietype", "intern_fejl",
                  "optaget")


def _paths(case_ref: str, example: Optional[dict]) -> dict:
    one_case = {"required": True, "content": {"application/json": {
        "schema": {"$ref": case_ref}, **({"example": example} if example is not None else {})}}}
    caseload = {"required": True, "description": "JSON Lines (én sag pr. linje) eller en JSON-liste af sager",
                "content": {media: {"schema": {"type": "string"} if media != "application/json" else
                                    {"type": "array", "items": {"$ref": case_ref}}}
                            for media in tjeneste.BESTAND_TYPER}}

    def case_operation(operation_id: str, summary: str) -> dict:
        return {"post": {
            "operationId": operation_id, "summary": summary, "parameters": [_DATE_PARAMETER],
            "requestBody": one_case,
            "responses": {"200": _json(SERVICE + "Resultat", "Sagens resultat"),
                          **_problems("ugyldig_sag", *_BODY_PROBLEMS)}}}

    return {
        "/valider": case_operation("valider", "Vurder én sag"),
        "/forklar": case_operation("forklar", "Vurder én sag og forklar hver regels udfald"),
        "/valider/sagsbestand": {"post": {
            "operationId": "validerSagsbestand", "summary": "Vurder en sagsbestand",
            "description": ("Svaret er JSON Lines: én linje pr. post i input (art resultat eller ugyldig, med "
                            "linjen, posten begynder på) og til sidst én linje med art opsummering. Slutter "
                            "svaret uden opsummering (art afbrudt, eller forbindelsen lukkede), er det "
                            "ufuldstændigt."),
            "parameters": [_DATE_PARAMETER, _EXPLAIN_PARAMETER], "requestBody": caseload,
            "responses": {"200": _json(SERVICE + "Bestandslinje", "Én JSON-linje pr. post, så opsummeringen",
                                       "application/x-ndjson"),
                          **_problems(*_BODY_PROBLEMS)}}},
        "/regler": {"get": {"operationId": "regler", "summary": "De regler, der vurderes",
                            "responses": {"200": _json(SERVICE + "Regler", "Reglerne"), **_problems("intern_fejl")}}},
        "/sundhed": {"get": {"operationId": "sundhed", "summary": "Tjenesten kører",
                             "responses": {"200": _json(SERVICE + "Sundhed", "Tjenesten kører"),
                                           **_problems("intern_fejl")}}},
        "/openapi.json": {"get": {"operationId": "openapi", "summary": "Dette dokument",
                                  "responses": {"200": {"description": "OpenAPI 3.1-dokumentet",
                                                        "content": {"application/json": {"schema": {
                                                            "type": "object"}}}}}}},
    }


def _problem_responses() -> dict:
    statuses: dict[int, list[str]] = {}
    for code, (status, _title) in tjeneste.FEJLKODER.items():
        statuses.setdefault(status, []).append(code)
    return {f"Problem{status}": {
        "description": "; ".join(f"{code}: {tjeneste.FEJLKODER[code][1]}" for code in codes),
        "content": {"application/problem+json": {"schema": {"$ref": SERVICE + "Problem"}}},
    } for status, codes in sorted(statuses.items())}


def _object(properties: dict, required: list[str], description: str) -> dict:
    return {"type": "object", "description": description, "properties": properties, "required": required}


_TEXT = {"type": "string"}
_DATE = {"type": "string", "format": "date"}
_NULLABLE_DATE = {"anyOf": [_DATE, {"type": "null"}]}


def _finding(description: str, **fields: dict) -> dict:
    properties = {"regel": _TEXT, "bestemmelse": _TEXT, **fields}
    return {"type": "array", "items": _object(properties, ["regel", "bestemmelse"], description)}


def _service_schemas() -> dict:
    rule_set = {"$ref": SERVICE + "Regelsaet"}
    rule_set_info = {"pakke": _TEXT, "version": _TEXT, "kontraktversion": {"type": "integer"}, "regelsæt": rule_set}
    errors = {"type": "array", "description": "Alle postens fejl, hver med pakkens faste kode (fx ugyldig_dato)",
              "items": _object({"kode": _TEXT, "felt": _TEXT, "besked": _TEXT}, ["kode", "felt", "besked"], "En fejl")}
    result = _object({
        "id": _TEXT, "regelsæt": rule_set,
        "overtrædelser": _finding("En overtrædelse", besked=_TEXT, frist=_NULLABLE_DATE, kilde=_TEXT, element=_TEXT),
        "frister": _finding("En kommende frist", frist=_DATE, besked=_TEXT, antal={"type": "integer"}),
        "datafejl": _finding("Data, som en regel mangler", felt=_TEXT, besked=_TEXT),
        "undtagelser": _finding("En undtagelse, der gælder", undtagelse=_TEXT, element=_TEXT),
        "forklaring": {"type": "array", "description": "Kun fra /forklar og med forklar=ja: hver regels udfald",
                       "items": _object({"regel": _TEXT, "bestemmelse": _TEXT, "udfald": _TEXT, "begrundelse": _TEXT},
                                        ["regel", "bestemmelse", "udfald"], "En regels udfald")},
        "population": {"type": "array", "description": "Kun i en sagsbestand: om sagen tæller med i fokusmålene",
                       "items": _object({"regel": _TEXT, "bestemmelse": _TEXT, "tæller_med": {"type": "boolean"}},
                                        ["regel", "bestemmelse", "tæller_med"], "Sagen i et fokusmål")},
    }, ["id", "regelsæt", "overtrædelser", "frister", "datafejl", "undtagelser"], "Én sags resultat (pakkens valider)")
    invalid = _object({"linje": {"type": ["integer", "null"]}, "id": _TEXT, "kode": _TEXT, "felt": _TEXT,
                       "besked": _TEXT, "fejl": errors},
                      ["linje", "kode", "felt", "besked", "fejl"], "En post, der ikke er en gyldig sag")
    summary = _object({
        "skæringsdato": _DATE, "antal_sager": {"type": "integer"}, "antal_ugyldige": {"type": "integer"},
        "linjer": {"type": "integer"}, "tomme_linjer": {"type": "integer"},
        "overtrædelser_pr_bestemmelse": {"type": "object", "additionalProperties": {"type": "integer"}},
        "population": {"type": "array", "items": {"type": "object"}}, **rule_set_info,
    }, ["skæringsdato", "antal_sager", "antal_ugyldige", "linjer", "tomme_linjer", "population", *rule_set_info],
        "Sagsbestanden i alt: linjer = postlinjer + tomme linjer")

    def line(kind: str, key: str, value: dict) -> dict:
        return _object({"art": {"const": kind}, **({"linje": {"type": "integer"}} if kind in ("resultat", "ugyldig")
                                                   else {}), key: value},
                       ["art", key], f"En linje med art {kind}")

    return {
        "Tjeneste.Resultat": result,
        "Tjeneste.Ugyldig": invalid,
        "Tjeneste.Bestandslinje": {"description": "Én linje i svaret fra /valider/sagsbestand",
                                   "oneOf": [line("resultat", "resultat", {"$ref": SERVICE + "Resultat"}),
                                             line("ugyldig", "ugyldig", {"$ref": SERVICE + "Ugyldig"}),
                                             line("opsummering", "opsummering", summary),
                                             line("afbrudt", "afbrudt", {"$ref": SERVICE + "Problem"})],
                                   "discriminator": {"propertyName": "art"}},
        "Tjeneste.Problem": _object({
            "type": {"type": "string", "format": "uri"}, "title": _TEXT, "status": {"type": "integer"},
            "detail": _TEXT, "kode": {"enum": list(tjeneste.FEJLKODER)},
            "felt": {"type": "string", "description": "ugyldig_sag: feltet med fejlen (fx samtaler[2].dato)"},
            "besked": {"type": "string", "description": "ugyldig_sag: fejlen uden feltet"},
            "maks_bytes": {"type": "integer", "description": "for_stor: den største krop, der tages imod"},
            "tilladt": {"type": "string", "description": "metode_ikke_tilladt: metoden, adressen bruges med"},
            "fejl": errors, "id": {"type": "string", "description": "ugyldig_sag: sagens id, når det kan læses"},
            "regelsæt": rule_set,
        }, ["type", "title", "status", "detail", "kode", "regelsæt"], "En fejl (RFC 9457) på dansk med en fast kode"),
        "Tjeneste.Regelsaet": _object({"udgave": {"type": ["string", "null"]}, "sha256": _TEXT}, ["udgave", "sha256"],
                                      "Regelsættet, der svarer: udgaven i reglerne og SHA-256 af regelfilerne"),
        "Tjeneste.Regler": _object({**rule_set_info, "regler": {"type": "array", "items": _object(
            {"navn": _TEXT, "id": _TEXT, "bestemmelser": {"type": "array", "items": _TEXT}, "titel": _TEXT},
            ["navn", "id", "bestemmelser", "titel"], "En regel (id er stabilt, når reglen omdøbes)")}},
            [*rule_set_info, "regler"], "Reglerne"),
        "Tjeneste.Sundhed": _object({"status": {"const": "ok"}, **rule_set_info}, ["status", *rule_set_info],
                                    "Tjenesten kører"),
    }
