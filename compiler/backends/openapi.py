"""OpenAPI 3.1 for the HTTP service (runtime/tjeneste.py), built from the case's JSON Schema.

The case schema is the one `backends/schema.py` writes to generated/schema/sag.schema.json,
read back from its text, so the document cannot describe another data model than the
schema integrators validate against. Its `$defs` become components (named by the
transliteration, `pynames.transliterate`, so every name is ASCII and distinct, as the
checker keeps the data types' keys distinct) and its `$ref`s are rewritten to them; the
results' schemas (generated/schema/resultat.schema.json, from the runtime's TypedDicts) are
named `Resultat.…` and the service's own `Tjeneste.…`, which no transliterated name can be (it
has no dot). Error codes, statuses and titles come from the runtime's FEJLKODER.
"""

from __future__ import annotations

import json
from typing import Any, Callable, Optional

from .. import pynames
from ..ir import interpret
from ..ir import nodes as ir
from ..runtime import tjeneste
from . import schema

OPENAPI = "3.1.0"
SERVICE = "#/components/schemas/Tjeneste."
RESULTS = "Resultat."  # the results' schemas (generated/schema/resultat.schema.json), by their TypedDict names
RESULT = "#/components/schemas/" + RESULTS


def example_case(rule_set: ir.RuleSet) -> Optional[dict]:
    """The first case of the rules' first example (examples run as tests, so it is a valid case)."""
    return next((example.cases[0] for rule in rule_set.rules for example in rule.examples if example.cases), None)


def generate(rule_set: ir.RuleSet, package: str, api_version: int) -> str:
    case = json.loads(schema.generate(rule_set))
    definitions = case.pop("$defs")
    for key in ("$schema", "$id"):
        case.pop(key)
    data_model = {pynames.transliterate(name): _refs(value, _data_type) for name, value in definitions.items()}
    case_name = pynames.transliterate(rule_set.case_record)
    results = {RESULTS + name: _refs(value, _result) for name, value in
               json.loads(schema.generate_results())["$defs"].items()}
    components = {case_name: _refs(case, _data_type), **data_model, **results, **_service_schemas()}
    document = {
        "openapi": OPENAPI,
        "jsonSchemaDialect": schema.DRAFT,
        "info": {
            "title": f"Regelsprog: {package}",
            "version": str(api_version),
            "description": ("Validatorerne for reglerne som HTTP-tjeneste. `version` er pakkens kontraktversion "
                            "(KONTRAKTVERSION), `x-regelsaet` regelsættet (udgave og SHA-256 af reglerne, som "
                            "`regelsæt` i svarene). Alle fejl er application/problem+json (RFC 9457) med en fast `kode`."),
            "x-regelsaet": interpret.regelsaet(rule_set),
        },
        "servers": [{"url": "http://127.0.0.1:8000", "description": "standardadressen for python -m "
                                                                   f"{package}.server"}],
        "paths": _paths(f"#/components/schemas/{case_name}", example_case(rule_set)),
        "components": {"schemas": dict(sorted(components.items())), "responses": _problem_responses()},
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _refs(value: Any, component: Callable[[str], str]) -> Any:
    """The schema with every `#/$defs/X` pointing at the component for X."""
    if isinstance(value, dict):
        return {key: (f"#/components/schemas/{component(item[len('#/$defs/'):])}" if key == "$ref"
                      else _refs(item, component)) for key, item in value.items()}
    if isinstance(value, list):
        return [_refs(item, component) for item in value]
    return value


def _data_type(name: str) -> str:
    return pynames.transliterate(name)


def _result(name: str) -> str:
    return RESULTS + name


_DATE_PARAMETER = {
    "name": "skaeringsdato", "in": "query", "required": True,
    "description": "Skæringsdatoen, som sagen vurderes pr. (ÅÅÅÅ-MM-DD)",
    "schema": {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},
}
_EXPLAIN_PARAMETER = {
    "name": "forklar", "in": "query", "required": False,
    "description": "ja: hvert resultat får en forklaring (hver regels udfald og begrundelse)",
    "schema": {"type": "string", "enum": ["ja", "nej"], "default": "nej"},
}


def _json(ref: str, description: str, media: str = "application/json", headers: Optional[dict] = None) -> dict:
    return {"description": description, **({"headers": headers} if headers else {}),
            "content": {media: {"schema": {"$ref": ref}}}}


def _id_header(description: str) -> dict:
    return {"description": description, "schema": {"type": "string", "format": "uuid"}}


_DECISION_HEADER = {"Beslutning-Id": _id_header("Afgørelsens id i beslutningsloggen (kun når tjenesten skriver en)")}
_CASELOAD_HEADER = {"Bestand-Id": _id_header("Sagsbestandens id i beslutningsloggen, som hver af dens poster har "
                                             "(kun når tjenesten skriver en)")}


def _problems(*codes: str) -> dict:
    return {str(status): {"$ref": f"#/components/responses/Problem{status}"}
            for status in sorted({tjeneste.FEJLKODER[code][0] for code in codes})}


_BODY_PROBLEMS = ("ugyldig_json", "tidsgraense", "mangler_laengde", "for_stor", "forkert_medietype", "intern_fejl",
                  "optaget", "ukendt_overfoersel")


def _paths(case_ref: str, example: Optional[dict]) -> dict:
    one_case = {"required": True, "content": {"application/json": {
        "schema": {"$ref": case_ref}, **({"example": example} if example is not None else {})}}}
    caseload = {"required": True, "description": "JSON Lines (én sag pr. linje) eller en JSON-liste af sager",
                "content": {media: {"schema": {"type": "string"} if media != "application/json" else
                                    {"type": "array", "items": {"$ref": case_ref}}}
                            for media in tjeneste.BESTAND_TYPER}}

    def case_operation(operation_id: str, summary: str, answer: str, description: str) -> dict:
        return {"post": {
            "operationId": operation_id, "summary": summary, "parameters": [_DATE_PARAMETER],
            "requestBody": one_case,
            "responses": {"200": _json(answer, description, headers=_DECISION_HEADER),
                          **_problems("ugyldig_sag", *_BODY_PROBLEMS)}}}

    result = RESULT + "Resultat"
    return {
        "/valider": case_operation("valider", "Vurder én sag", result, "Sagens resultat (som pakkens valider)"),
        "/forklar": case_operation("forklar", "Vurder én sag og forklar hver regels udfald", result,
                                   "Sagens resultat med forklaring (som pakkens valider med forklar=True)"),
        "/udfald": case_operation("udfald", "Hver regels udfald for én sag", SERVICE + "Udfald",
                                  "Hver regels udfald (som pakkens udfald)"),
        "/gaeldende-regler": case_operation("gaeldendeRegler", "Hvilke regler der gælder for én sag",
                                            SERVICE + "GaeldendeRegler",
                                            "For hver regel, om den gælder for sagen (som pakkens gaeldende_regler)"),
        "/valider/sagsbestand": {"post": {
            "operationId": "validerSagsbestand", "summary": "Vurder en sagsbestand",
            "description": ("Svaret er JSON Lines: én linje pr. post i input (art resultat eller ugyldig, med "
                            "linjen, posten begynder på) og til sidst én linje med art opsummering. Slutter "
                            "svaret uden opsummering (art afbrudt, eller forbindelsen lukkede), er det "
                            "ufuldstændigt."),
            "parameters": [_DATE_PARAMETER, _EXPLAIN_PARAMETER], "requestBody": caseload,
            "responses": {"200": _json(SERVICE + "Bestandslinje", "Én JSON-linje pr. post, så opsummeringen",
                                       "application/x-ndjson", _CASELOAD_HEADER),
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
    decided = tjeneste.FEJLKODER["ugyldig_sag"][0]  # an invalid case is a decision, in the log too
    return {f"Problem{status}": {
        "description": "; ".join(f"{code}: {tjeneste.FEJLKODER[code][1]}" for code in codes),
        **({"headers": _DECISION_HEADER} if status == decided else {}),
        "content": {"application/problem+json": {"schema": {"$ref": SERVICE + "Problem"}}},
    } for status, codes in sorted(statuses.items())}


def _object(properties: dict, required: list[str], description: str) -> dict:
    return {"type": "object", "description": description, "properties": properties, "required": required}


_TEXT = {"type": "string"}
_DATE = {"type": "string", "format": "date"}


def _service_schemas() -> dict:
    rule_set = {"$ref": RESULT + "Regelsaet"}
    rule_set_info = {"pakke": _TEXT, "version": _TEXT, "kontraktversion": {"type": "integer"}, "regelsæt": rule_set}
    errors = {"type": "array", "items": {"$ref": RESULT + "Fejl"},
              "description": "Alle fejl, hver med pakkens faste kode (fx ugyldig_dato)"}
    summary = _object({
        "skæringsdato": _DATE, "antal_sager": {"type": "integer"}, "antal_ugyldige": {"type": "integer"},
        "linjer": {"type": "integer"}, "tomme_linjer": {"type": "integer"},
        "overtrædelser_pr_bestemmelse": {"type": "object", "additionalProperties": {"type": "integer"}},
        "population": {"type": "array", "items": {"$ref": RESULT + "Populationsresultat"}}, **rule_set_info,
    }, ["skæringsdato", "antal_sager", "antal_ugyldige", "linjer", "tomme_linjer", "population", *rule_set_info],
        "Sagsbestanden i alt: linjer = postlinjer + tomme linjer")

    def line(kind: str, key: str, value: dict) -> dict:
        return _object({"art": {"const": kind}, **({"linje": {"type": "integer"}} if kind in ("resultat", "ugyldig")
                                                   else {}), key: value},
                       ["art", key], f"En linje med art {kind}")

    return {
        "Tjeneste.Bestandslinje": {"description": "Én linje i svaret fra /valider/sagsbestand",
                                   "oneOf": [line("resultat", "resultat", {"$ref": RESULT + "Resultat"}),
                                             line("ugyldig", "ugyldig", {"$ref": RESULT + "Ugyldig"}),
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
        "Tjeneste.Regler": _object({**rule_set_info, "regler": {"type": "array", "items": _object(
            {"navn": _TEXT, "id": _TEXT, "bestemmelser": {"type": "array", "items": _TEXT}, "titel": _TEXT},
            ["navn", "id", "bestemmelser", "titel"], "En regel (id er stabilt, når reglen omdøbes)")}},
            [*rule_set_info, "regler"], "Reglerne"),
        "Tjeneste.Sundhed": _object({"status": {"const": "ok"}, **rule_set_info}, ["status", *rule_set_info],
                                    "Tjenesten kører"),
        "Tjeneste.Udfald": _object({"id": _TEXT, "regelsæt": rule_set, "udfald": {
            "type": "array", "items": {"$ref": RESULT + "Regeludfald"}}}, ["id", "regelsæt", "udfald"],
            "Hver regels udfald for sagen (et pr. element for en regel om elementer)"),
        "Tjeneste.GaeldendeRegler": _object({"id": _TEXT, "regelsæt": rule_set, "regler": {
            "type": "array", "items": {"$ref": RESULT + "Regelanvendelse"}}}, ["id", "regelsæt", "regler"],
            "For hver regel, der vurderes for sagen: om den gælder, og dens udfald"),
    }
