-- Genereret af Regelsprog ud fra rules/. Ret ikke i filen: ret reglerne og kør `regel byg`.
SELECT
  "_tom",
  COALESCE(
    NOT "_tom"
    AND "_r"."ok"
    AND "_r"."exact"
    AND NOT REGEXP_MATCHES("tekst", ',[ \t\r\n]*[\]}]')
    AND NOT REGEXP_MATCHES("tekst", ':[ \t\r\n]*-?(?i:nan|inf)')
    AND NOT REGEXP_MATCHES("tekst", '\[[ \t\r\n]*-?(?i:nan|inf)')
    AND NOT REGEXP_MATCHES("tekst", ',[ \t\r\n]*-?(?i:nan|inf)')
    AND NOT (
      STRLEN("tekst") > 4300 AND REGEXP_MATCHES("tekst", '[0-9]{1000}')
    ),
    FALSE
  ) AS _gyldig,
  "_r"."ukendte" AS _ukendte,
  CAST("_l"."val"."id" AS TEXT) AS "id",
  CAST("_l"."val"."ydelse" AS TEXT) AS "ydelse",
  CAST("_l"."val"."visitation" AS TEXT) AS "visitation",
  CAST("_l"."val"."i_integrationsprogram" AS BOOLEAN) AS "i_integrationsprogram",
  CAST("_l"."val"."har_arbejdsgiver" AS BOOLEAN) AS "har_arbejdsgiver",
  CAST("_l"."val"."forløbsstart" AS DATE) AS "forløbsstart",
  CAST("_l"."val"."forløbsslut" AS DATE) AS "forløbsslut",
  CAST("_l"."val"."første_henvendelse" AS DATE) AS "første_henvendelse",
  CAST("_l"."val"."første_fraværsdag" AS DATE) AS "første_fraværsdag",
  CAST("_l"."val"."samtaler" AS STRUCT("dato" DATE, "form" TEXT, "aktør" TEXT)[]) AS "samtaler",
  CAST("_l"."val"."tilbud" AS STRUCT(
    "type" TEXT,
    "start" DATE,
    "slut" DATE,
    "arbejdsgiver" TEXT,
    "ret_og_pligt" BOOLEAN,
    "selvfundet" BOOLEAN
  )[]) AS "tilbud",
  CAST("_l"."val"."uddannelsesstart" AS DATE) AS "uddannelsesstart",
  CAST("_l"."val"."mentor" AS STRUCT("start" DATE, "slut" DATE, "forlænget" BOOLEAN)) AS "mentor",
  CAST("_l"."val"."frafaldsbeskeder" AS STRUCT("modtaget" DATE, "reaktion" DATE)[]) AS "frafaldsbeskeder",
  CAST("_l"."val"."indstillinger" AS STRUCT("dato" DATE, "afvist" BOOLEAN, "begrundelse" TEXT)[]) AS "indstillinger",
  CAST("_l"."val"."ordinære_løntimer_12_mdr" AS DOUBLE) AS "ordinære_løntimer_12_mdr",
  CAST("_l"."val"."fritagelse" AS STRUCT("årsag" TEXT, "fra" DATE, "overgang" DATE)) AS "fritagelse"
FROM (
  SELECT
    *,
    {'ok': COALESCE(
      STARTS_WITH("_l"."t", '{')
      AND (
        ARRAY_LENGTH("_l"."k") = LIST_UNIQUE("_l"."k")
        AND STRLEN("_l"."t") - STRLEN(REPLACE(REPLACE("_l"."t", '{', ''), '[', '')) = 1 + STRLEN(COALESCE("_l"."s"."id", '')) - STRLEN(REPLACE(REPLACE(COALESCE("_l"."s"."id", ''), '{', ''), '[', '')) + STRLEN(COALESCE("_l"."s"."samtaler", '')) - STRLEN(REPLACE(REPLACE(COALESCE("_l"."s"."samtaler", ''), '{', ''), '[', '')) + STRLEN(COALESCE("_l"."s"."tilbud", '')) - STRLEN(REPLACE(REPLACE(COALESCE("_l"."s"."tilbud", ''), '{', ''), '[', '')) + STRLEN(COALESCE("_l"."s"."mentor", '')) - STRLEN(REPLACE(REPLACE(COALESCE("_l"."s"."mentor", ''), '{', ''), '[', '')) + STRLEN(COALESCE("_l"."s"."frafaldsbeskeder", '')) - STRLEN(REPLACE(REPLACE(COALESCE("_l"."s"."frafaldsbeskeder", ''), '{', ''), '[', '')) + STRLEN(COALESCE("_l"."s"."indstillinger", '')) - STRLEN(REPLACE(REPLACE(COALESCE("_l"."s"."indstillinger", ''), '{', ''), '[', '')) + STRLEN(COALESCE("_l"."s"."fritagelse", '')) - STRLEN(REPLACE(REPLACE(COALESCE("_l"."s"."fritagelse", ''), '{', ''), '[', ''))
      )
      AND (
        (
          "_l"."s"."id"
        ) IS NULL OR (
          STARTS_WITH("_l"."s"."id", '"')
        )
      )
      AND (
        NOT (
          "_l"."val"."id"
        ) IS NULL
        AND NOT REGEXP_MATCHES("_l"."val"."id", '^[	
                  　]*$')
      )
      AND (
        (
          "_l"."s"."ydelse"
        ) IS NULL
        OR (
          "_l"."s"."ydelse" IN (
            '"dagpenge"',
            '"kontanthjælp"',
            '"uddannelseshjælp"',
            '"ledighedsydelse"',
            '"overgangsydelse"',
            '"sygedagpenge"',
            '"revalidering"',
            '"ressourceforløb"',
            '"jobafklaringsforløb"',
            '"førtidspension"'
          )
        )
      )
      AND (
        NOT (
          "_l"."val"."ydelse"
        ) IS NULL
        AND "_l"."val"."ydelse" IN (
          'dagpenge',
          'kontanthjælp',
          'uddannelseshjælp',
          'ledighedsydelse',
          'overgangsydelse',
          'sygedagpenge',
          'revalidering',
          'ressourceforløb',
          'jobafklaringsforløb',
          'førtidspension'
        )
      )
      AND (
        (
          "_l"."s"."visitation"
        ) IS NULL
        OR (
          "_l"."s"."visitation" IN (
            '"jobparat"',
            '"aktivitetsparat"',
            '"åbenlyst_uddannelsesparat"',
            '"uddannelsesparat"'
          )
        )
      )
      AND (
        (
          "_l"."val"."visitation"
        ) IS NULL
        OR (
          "_l"."val"."visitation" IN ('jobparat', 'aktivitetsparat', 'åbenlyst_uddannelsesparat', 'uddannelsesparat')
        )
      )
      AND (
        (
          "_l"."s"."i_integrationsprogram"
        ) IS NULL
        OR (
          "_l"."s"."i_integrationsprogram" IN ('true', 'false')
        )
      )
      AND (
        (
          "_l"."s"."har_arbejdsgiver"
        ) IS NULL
        OR (
          "_l"."s"."har_arbejdsgiver" IN ('true', 'false')
        )
      )
      AND (
        (
          "_l"."s"."forløbsstart"
        ) IS NULL
        OR (
          REGEXP_MATCHES("_l"."s"."forløbsstart", '^"[0-9]{4}-[0-9]{2}-[0-9]{2}"$')
        )
      )
      AND (
        NOT (
          "_l"."val"."forløbsstart"
        ) IS NULL
        AND YEAR("_l"."val"."forløbsstart") BETWEEN 1900 AND 2199
      )
      AND (
        (
          "_l"."s"."forløbsslut"
        ) IS NULL
        OR (
          REGEXP_MATCHES("_l"."s"."forløbsslut", '^"[0-9]{4}-[0-9]{2}-[0-9]{2}"$')
        )
      )
      AND (
        (
          "_l"."val"."forløbsslut"
        ) IS NULL
        OR (
          YEAR("_l"."val"."forløbsslut") BETWEEN 1900 AND 2199
        )
      )
      AND (
        (
          "_l"."s"."første_henvendelse"
        ) IS NULL
        OR (
          REGEXP_MATCHES("_l"."s"."første_henvendelse", '^"[0-9]{4}-[0-9]{2}-[0-9]{2}"$')
        )
      )
      AND (
        (
          "_l"."val"."første_henvendelse"
        ) IS NULL
        OR (
          YEAR("_l"."val"."første_henvendelse") BETWEEN 1900 AND 2199
        )
      )
      AND (
        (
          "_l"."s"."første_fraværsdag"
        ) IS NULL
        OR (
          REGEXP_MATCHES("_l"."s"."første_fraværsdag", '^"[0-9]{4}-[0-9]{2}-[0-9]{2}"$')
        )
      )
      AND (
        (
          "_l"."val"."første_fraværsdag"
        ) IS NULL
        OR (
          YEAR("_l"."val"."første_fraværsdag") BETWEEN 1900 AND 2199
        )
      )
      AND (
        (
          "_l"."s"."samtaler"
        ) IS NULL
        OR (
          STARTS_WITH("_l"."s"."samtaler", '[')
          AND COALESCE(
            LIST_BOOL_AND(LIST_TRANSFORM("_c0", LAMBDA _y39 : NOT (
              _y39
            ) IS NULL AND _y39."ok")),
            TRUE
          )
        )
      )
      AND (
        (
          "_l"."s"."tilbud"
        ) IS NULL
        OR (
          STARTS_WITH("_l"."s"."tilbud", '[')
          AND COALESCE(
            LIST_BOOL_AND(LIST_TRANSFORM("_c1", LAMBDA _y42 : NOT (
              _y42
            ) IS NULL AND _y42."ok")),
            TRUE
          )
        )
      )
      AND (
        (
          "_l"."s"."uddannelsesstart"
        ) IS NULL
        OR (
          REGEXP_MATCHES("_l"."s"."uddannelsesstart", '^"[0-9]{4}-[0-9]{2}-[0-9]{2}"$')
        )
      )
      AND (
        (
          "_l"."val"."uddannelsesstart"
        ) IS NULL
        OR (
          YEAR("_l"."val"."uddannelsesstart") BETWEEN 1900 AND 2199
        )
      )
      AND (
        (
          "_l"."s"."mentor"
        ) IS NULL OR "_c2"."ok"
      )
      AND (
        (
          "_l"."s"."frafaldsbeskeder"
        ) IS NULL
        OR (
          STARTS_WITH("_l"."s"."frafaldsbeskeder", '[')
          AND COALESCE(
            LIST_BOOL_AND(LIST_TRANSFORM("_c3", LAMBDA _y45 : NOT (
              _y45
            ) IS NULL AND _y45."ok")),
            TRUE
          )
        )
      )
      AND (
        (
          "_l"."s"."indstillinger"
        ) IS NULL
        OR (
          STARTS_WITH("_l"."s"."indstillinger", '[')
          AND COALESCE(
            LIST_BOOL_AND(LIST_TRANSFORM("_c4", LAMBDA _y48 : NOT (
              _y48
            ) IS NULL AND _y48."ok")),
            TRUE
          )
        )
      )
      AND (
        (
          "_l"."s"."ordinære_løntimer_12_mdr"
        ) IS NULL
        OR (
          LEFT("_l"."s"."ordinære_løntimer_12_mdr", 1) IN ('-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9')
        )
      )
      AND (
        (
          "_l"."val"."ordinære_løntimer_12_mdr"
        ) IS NULL
        OR (
          ISFINITE("_l"."val"."ordinære_løntimer_12_mdr")
          AND "_l"."val"."ordinære_løntimer_12_mdr" >= 0
        )
      )
      AND (
        (
          "_l"."s"."fritagelse"
        ) IS NULL OR "_c5"."ok"
      )
      AND (
        (
          "_l"."val"."forløbsslut"
        ) IS NULL
        OR "_l"."val"."forløbsslut" >= "_l"."val"."forløbsstart"
      ),
      FALSE
    ), 'exact': (
      (
        "_l"."s"."samtaler"
      ) IS NULL
      OR COALESCE(
        LIST_BOOL_AND(LIST_TRANSFORM("_c0", LAMBDA _y40 : (
          _y40
        ) IS NULL OR _y40."exact")),
        TRUE
      )
    )
    AND (
      (
        "_l"."s"."tilbud"
      ) IS NULL
      OR COALESCE(
        LIST_BOOL_AND(LIST_TRANSFORM("_c1", LAMBDA _y43 : (
          _y43
        ) IS NULL OR _y43."exact")),
        TRUE
      )
    )
    AND (
      (
        "_l"."s"."mentor"
      ) IS NULL OR "_c2"."exact"
    )
    AND (
      (
        "_l"."s"."frafaldsbeskeder"
      ) IS NULL
      OR COALESCE(
        LIST_BOOL_AND(LIST_TRANSFORM("_c3", LAMBDA _y46 : (
          _y46
        ) IS NULL OR _y46."exact")),
        TRUE
      )
    )
    AND (
      (
        "_l"."s"."indstillinger"
      ) IS NULL
      OR COALESCE(
        LIST_BOOL_AND(LIST_TRANSFORM("_c4", LAMBDA _y49 : (
          _y49
        ) IS NULL OR _y49."exact")),
        TRUE
      )
    )
    AND (
      (
        "_l"."s"."ordinære_løntimer_12_mdr"
      ) IS NULL
      OR (
        REGEXP_MATCHES("_l"."s"."ordinære_løntimer_12_mdr", '[.eE]')
        OR STRLEN(LTRIM("_l"."s"."ordinære_løntimer_12_mdr", '-')) <= 15
      )
    )
    AND (
      (
        "_l"."s"."fritagelse"
      ) IS NULL OR "_c5"."exact"
    ), 'ukendte': LIST_CONCAT(
      LIST_CONCAT(
        LIST_CONCAT(
          LIST_CONCAT(
            LIST_CONCAT(
              LIST_CONCAT(
                LIST_TRANSFORM(
                  LIST_FILTER(
                    "_l"."k",
                    LAMBDA _k37 : NOT LIST_CONTAINS(
                      [
                        'id',
                        'ydelse',
                        'visitation',
                        'i_integrationsprogram',
                        'har_arbejdsgiver',
                        'forløbsstart',
                        'forløbsslut',
                        'første_henvendelse',
                        'første_fraværsdag',
                        'samtaler',
                        'tilbud',
                        'uddannelsesstart',
                        'mentor',
                        'frafaldsbeskeder',
                        'indstillinger',
                        'ordinære_løntimer_12_mdr',
                        'fritagelse'
                      ],
                      _k37
                    )
                  ),
                  LAMBDA _k38 : {'sti': '', 'noegle': _k38}
                ),
                FLATTEN(LIST_TRANSFORM("_c0", LAMBDA _y41 : _y41."ukendte"))
              ),
              FLATTEN(LIST_TRANSFORM("_c1", LAMBDA _y44 : _y44."ukendte"))
            ),
            COALESCE("_c2"."ukendte", [])
          ),
          FLATTEN(LIST_TRANSFORM("_c3", LAMBDA _y47 : _y47."ukendte"))
        ),
        FLATTEN(LIST_TRANSFORM("_c4", LAMBDA _y50 : _y50."ukendte"))
      ),
      COALESCE("_c5"."ukendte", [])
    )} AS _r
  FROM (
    SELECT
      *,
      {'t': "_p"."t", 'k': "_p"."k", 's': {'id': CAST("_p"."v"."id" AS TEXT), 'ydelse': CAST("_p"."v"."ydelse" AS TEXT), 'visitation': CAST("_p"."v"."visitation" AS TEXT), 'i_integrationsprogram': CAST("_p"."v"."i_integrationsprogram" AS TEXT), 'har_arbejdsgiver': CAST("_p"."v"."har_arbejdsgiver" AS TEXT), 'forløbsstart': CAST("_p"."v"."forløbsstart" AS TEXT), 'forløbsslut': CAST("_p"."v"."forløbsslut" AS TEXT), 'første_henvendelse': CAST("_p"."v"."første_henvendelse" AS TEXT), 'første_fraværsdag': CAST("_p"."v"."første_fraværsdag" AS TEXT), 'samtaler': CAST("_p"."v"."samtaler" AS TEXT), 'tilbud': CAST("_p"."v"."tilbud" AS TEXT), 'uddannelsesstart': CAST("_p"."v"."uddannelsesstart" AS TEXT), 'mentor': CAST("_p"."v"."mentor" AS TEXT), 'frafaldsbeskeder': CAST("_p"."v"."frafaldsbeskeder" AS TEXT), 'indstillinger': CAST("_p"."v"."indstillinger" AS TEXT), 'ordinære_løntimer_12_mdr': CAST("_p"."v"."ordinære_løntimer_12_mdr" AS TEXT), 'fritagelse': CAST("_p"."v"."fritagelse" AS TEXT)}, 'val': {'id': CASE
        WHEN NOT CONTAINS(CAST("_p"."v"."id" AS TEXT), '\')
        THEN SUBSTRING(CAST("_p"."v"."id" AS TEXT), 2, LENGTH(CAST("_p"."v"."id" AS TEXT)) - 2)
        ELSE JSON_EXTRACT_STRING(CAST("_p"."v"."id" AS TEXT), '$')
      END, 'ydelse': SUBSTRING(CAST("_p"."v"."ydelse" AS TEXT), 2, LENGTH(CAST("_p"."v"."ydelse" AS TEXT)) - 2), 'visitation': SUBSTRING(
        CAST("_p"."v"."visitation" AS TEXT),
        2,
        LENGTH(CAST("_p"."v"."visitation" AS TEXT)) - 2
      ), 'i_integrationsprogram': CAST("_p"."v"."i_integrationsprogram" AS TEXT) = 'true', 'har_arbejdsgiver': CAST("_p"."v"."har_arbejdsgiver" AS TEXT) = 'true', 'forløbsstart': TRY_CAST(SUBSTRING(
        CAST("_p"."v"."forløbsstart" AS TEXT),
        2,
        LENGTH(CAST("_p"."v"."forløbsstart" AS TEXT)) - 2
      ) AS DATE), 'forløbsslut': TRY_CAST(SUBSTRING(
        CAST("_p"."v"."forløbsslut" AS TEXT),
        2,
        LENGTH(CAST("_p"."v"."forløbsslut" AS TEXT)) - 2
      ) AS DATE), 'første_henvendelse': TRY_CAST(SUBSTRING(
        CAST("_p"."v"."første_henvendelse" AS TEXT),
        2,
        LENGTH(CAST("_p"."v"."første_henvendelse" AS TEXT)) - 2
      ) AS DATE), 'første_fraværsdag': TRY_CAST(SUBSTRING(
        CAST("_p"."v"."første_fraværsdag" AS TEXT),
        2,
        LENGTH(CAST("_p"."v"."første_fraværsdag" AS TEXT)) - 2
      ) AS DATE), 'samtaler': LIST_TRANSFORM("_c0", LAMBDA _y32 : _y32."val"), 'tilbud': LIST_TRANSFORM("_c1", LAMBDA _y33 : _y33."val"), 'uddannelsesstart': TRY_CAST(SUBSTRING(
        CAST("_p"."v"."uddannelsesstart" AS TEXT),
        2,
        LENGTH(CAST("_p"."v"."uddannelsesstart" AS TEXT)) - 2
      ) AS DATE), 'mentor': CASE WHEN NOT (
        CAST("_p"."v"."mentor" AS TEXT)
      ) IS NULL THEN "_c2"."val" END, 'frafaldsbeskeder': LIST_TRANSFORM("_c3", LAMBDA _y34 : _y34."val"), 'indstillinger': LIST_TRANSFORM("_c4", LAMBDA _y35 : _y35."val"), 'ordinære_løntimer_12_mdr': TRY_CAST(CAST("_p"."v"."ordinære_løntimer_12_mdr" AS TEXT) AS DOUBLE), 'fritagelse': CASE
        WHEN NOT (
          CAST("_p"."v"."fritagelse" AS TEXT)
        ) IS NULL
        THEN "_c5"."val"
      END}} AS _l
    FROM (
      SELECT
        *,
        LIST_TRANSFORM(
          LIST_TRANSFORM(
            LIST_TRANSFORM(
              JSON_TRANSFORM("_p"."v"."samtaler", '["JSON"]'),
              LAMBDA _y1 : {'t': _y1, 'v': JSON_TRANSFORM(_y1, '{"dato": "JSON", "form": "JSON", "aktør": "JSON"}')}
            ),
            LAMBDA _y2 : {'t': _y2."t", 's': {'dato': CAST(_y2."v"."dato" AS TEXT), 'form': CAST(_y2."v"."form" AS TEXT), 'aktør': CAST(_y2."v"."aktør" AS TEXT)}, 'val': {'dato': TRY_CAST(SUBSTRING(CAST(_y2."v"."dato" AS TEXT), 2, LENGTH(CAST(_y2."v"."dato" AS TEXT)) - 2) AS DATE), 'form': SUBSTRING(CAST(_y2."v"."form" AS TEXT), 2, LENGTH(CAST(_y2."v"."form" AS TEXT)) - 2), 'aktør': SUBSTRING(CAST(_y2."v"."aktør" AS TEXT), 2, LENGTH(CAST(_y2."v"."aktør" AS TEXT)) - 2)}}
          ),
          LAMBDA _y3 : {'ok': COALESCE(
            STARTS_WITH(_y3."t", '{')
            AND CASE
              WHEN STRLEN(_y3."t") = 1 + COALESCE(8 + STRLEN(_y3."s"."dato"), 0) + COALESCE(8 + STRLEN(_y3."s"."form"), 0) + COALESCE(10 + STRLEN(_y3."s"."aktør"), 0)
              THEN TRUE
              ELSE ARRAY_LENGTH(JSON_KEYS(_y3."t")) = LIST_UNIQUE(JSON_KEYS(_y3."t"))
              AND STRLEN(_y3."t") - STRLEN(REPLACE(REPLACE(_y3."t", '{', ''), '[', '')) = 1
            END
            AND (
              (
                _y3."s"."dato"
              ) IS NULL
              OR (
                REGEXP_MATCHES(_y3."s"."dato", '^"[0-9]{4}-[0-9]{2}-[0-9]{2}"$')
              )
            )
            AND (
              NOT (
                _y3."val"."dato"
              ) IS NULL
              AND YEAR(_y3."val"."dato") BETWEEN 1900 AND 2199
            )
            AND (
              (
                _y3."s"."form"
              ) IS NULL
              OR (
                _y3."s"."form" IN ('"fremmøde"', '"video"', '"telefon"', '"brev"')
              )
            )
            AND (
              NOT (
                _y3."val"."form"
              ) IS NULL
              AND _y3."val"."form" IN ('fremmøde', 'video', 'telefon', 'brev')
            )
            AND (
              (
                _y3."s"."aktør"
              ) IS NULL
              OR (
                _y3."s"."aktør" IN ('"jobcenter"', '"a_kasse"', '"fælles"')
              )
            )
            AND (
              NOT (
                _y3."val"."aktør"
              ) IS NULL
              AND _y3."val"."aktør" IN ('jobcenter', 'a_kasse', 'fælles')
            ),
            FALSE
          ), 'exact': TRUE, 'ukendte': CASE
            WHEN STRLEN(_y3."t") = 1 + COALESCE(8 + STRLEN(_y3."s"."dato"), 0) + COALESCE(8 + STRLEN(_y3."s"."form"), 0) + COALESCE(10 + STRLEN(_y3."s"."aktør"), 0)
            THEN []
            ELSE LIST_TRANSFORM(
              LIST_FILTER(JSON_KEYS(_y3."t"), LAMBDA _k4 : NOT LIST_CONTAINS(['dato', 'form', 'aktør'], _k4)),
              LAMBDA _k5 : {'sti': 'samtaler', 'noegle': _k5}
            )
          END, 'val': _y3."val"}
        ) AS _c0,
        LIST_TRANSFORM(
          LIST_TRANSFORM(
            LIST_TRANSFORM(
              JSON_TRANSFORM("_p"."v"."tilbud", '["JSON"]'),
              LAMBDA _y6 : {'t': _y6, 'v': JSON_TRANSFORM(
                _y6,
                '{"type": "JSON", "start": "JSON", "slut": "JSON", "arbejdsgiver": "JSON", "ret_og_pligt": "JSON", "selvfundet": "JSON"}'
              )}
            ),
            LAMBDA _y7 : {'t': _y7."t", 's': {'type': CAST(_y7."v"."type" AS TEXT), 'start': CAST(_y7."v"."start" AS TEXT), 'slut': CAST(_y7."v"."slut" AS TEXT), 'arbejdsgiver': CAST(_y7."v"."arbejdsgiver" AS TEXT), 'ret_og_pligt': CAST(_y7."v"."ret_og_pligt" AS TEXT), 'selvfundet': CAST(_y7."v"."selvfundet" AS TEXT)}, 'val': {'type': SUBSTRING(CAST(_y7."v"."type" AS TEXT), 2, LENGTH(CAST(_y7."v"."type" AS TEXT)) - 2), 'start': TRY_CAST(SUBSTRING(CAST(_y7."v"."start" AS TEXT), 2, LENGTH(CAST(_y7."v"."start" AS TEXT)) - 2) AS DATE), 'slut': TRY_CAST(SUBSTRING(CAST(_y7."v"."slut" AS TEXT), 2, LENGTH(CAST(_y7."v"."slut" AS TEXT)) - 2) AS DATE), 'arbejdsgiver': SUBSTRING(
              CAST(_y7."v"."arbejdsgiver" AS TEXT),
              2,
              LENGTH(CAST(_y7."v"."arbejdsgiver" AS TEXT)) - 2
            ), 'ret_og_pligt': CAST(_y7."v"."ret_og_pligt" AS TEXT) = 'true', 'selvfundet': CAST(_y7."v"."selvfundet" AS TEXT) = 'true'}}
          ),
          LAMBDA _y8 : {'ok': COALESCE(
            STARTS_WITH(_y8."t", '{')
            AND CASE
              WHEN STRLEN(_y8."t") = 1 + COALESCE(8 + STRLEN(_y8."s"."type"), 0) + COALESCE(9 + STRLEN(_y8."s"."start"), 0) + COALESCE(8 + STRLEN(_y8."s"."slut"), 0) + COALESCE(16 + STRLEN(_y8."s"."arbejdsgiver"), 0) + COALESCE(16 + STRLEN(_y8."s"."ret_og_pligt"), 0) + COALESCE(14 + STRLEN(_y8."s"."selvfundet"), 0)
              THEN TRUE
              ELSE ARRAY_LENGTH(JSON_KEYS(_y8."t")) = LIST_UNIQUE(JSON_KEYS(_y8."t"))
              AND STRLEN(_y8."t") - STRLEN(REPLACE(REPLACE(_y8."t", '{', ''), '[', '')) = 1
            END
            AND (
              (
                _y8."s"."type"
              ) IS NULL
              OR (
                _y8."s"."type" IN (
                  '"virksomhedspraktik"',
                  '"løntilskud"',
                  '"øvrig_vejledning_og_opkvalificering"',
                  '"uddannelse"',
                  '"nytteindsats"'
                )
              )
            )
            AND (
              NOT (
                _y8."val"."type"
              ) IS NULL
              AND _y8."val"."type" IN (
                'virksomhedspraktik',
                'løntilskud',
                'øvrig_vejledning_og_opkvalificering',
                'uddannelse',
                'nytteindsats'
              )
            )
            AND (
              (
                _y8."s"."start"
              ) IS NULL
              OR (
                REGEXP_MATCHES(_y8."s"."start", '^"[0-9]{4}-[0-9]{2}-[0-9]{2}"$')
              )
            )
            AND (
              NOT (
                _y8."val"."start"
              ) IS NULL
              AND YEAR(_y8."val"."start") BETWEEN 1900 AND 2199
            )
            AND (
              (
                _y8."s"."slut"
              ) IS NULL
              OR (
                REGEXP_MATCHES(_y8."s"."slut", '^"[0-9]{4}-[0-9]{2}-[0-9]{2}"$')
              )
            )
            AND (
              (
                _y8."val"."slut"
              ) IS NULL
              OR (
                YEAR(_y8."val"."slut") BETWEEN 1900 AND 2199
              )
            )
            AND (
              (
                _y8."s"."arbejdsgiver"
              ) IS NULL
              OR (
                _y8."s"."arbejdsgiver" IN ('"offentlig"', '"privat"')
              )
            )
            AND (
              (
                _y8."val"."arbejdsgiver"
              ) IS NULL
              OR (
                _y8."val"."arbejdsgiver" IN ('offentlig', 'privat')
              )
            )
            AND (
              (
                _y8."s"."ret_og_pligt"
              ) IS NULL
              OR (
                _y8."s"."ret_og_pligt" IN ('true', 'false')
              )
            )
            AND (
              (
                _y8."s"."selvfundet"
              ) IS NULL
              OR (
                _y8."s"."selvfundet" IN ('true', 'false')
              )
            ),
            FALSE
          ), 'exact': TRUE, 'ukendte': CASE
            WHEN STRLEN(_y8."t") = 1 + COALESCE(8 + STRLEN(_y8."s"."type"), 0) + COALESCE(9 + STRLEN(_y8."s"."start"), 0) + COALESCE(8 + STRLEN(_y8."s"."slut"), 0) + COALESCE(16 + STRLEN(_y8."s"."arbejdsgiver"), 0) + COALESCE(16 + STRLEN(_y8."s"."ret_og_pligt"), 0) + COALESCE(14 + STRLEN(_y8."s"."selvfundet"), 0)
            THEN []
            ELSE LIST_TRANSFORM(
              LIST_FILTER(
                JSON_KEYS(_y8."t"),
                LAMBDA _k9 : NOT LIST_CONTAINS(['type', 'start', 'slut', 'arbejdsgiver', 'ret_og_pligt', 'selvfundet'], _k9)
              ),
              LAMBDA _k10 : {'sti': 'tilbud', 'noegle': _k10}
            )
          END, 'val': _y8."val"}
        ) AS _c1,
        LIST_TRANSFORM(
          LIST_TRANSFORM(
            LIST_TRANSFORM(
              ["_p"."v"."mentor"],
              LAMBDA _y11 : {'t': _y11, 'v': JSON_TRANSFORM(_y11, '{"start": "JSON", "slut": "JSON", "forlænget": "JSON"}')}
            ),
            LAMBDA _y12 : {'t': _y12."t", 's': {'start': CAST(_y12."v"."start" AS TEXT), 'slut': CAST(_y12."v"."slut" AS TEXT), 'forlænget': CAST(_y12."v"."forlænget" AS TEXT)}, 'val': {'start': TRY_CAST(SUBSTRING(CAST(_y12."v"."start" AS TEXT), 2, LENGTH(CAST(_y12."v"."start" AS TEXT)) - 2) AS DATE), 'slut': TRY_CAST(SUBSTRING(CAST(_y12."v"."slut" AS TEXT), 2, LENGTH(CAST(_y12."v"."slut" AS TEXT)) - 2) AS DATE), 'forlænget': CAST(_y12."v"."forlænget" AS TEXT) = 'true'}}
          ),
          LAMBDA _y13 : {'ok': COALESCE(
            STARTS_WITH(_y13."t", '{')
            AND CASE
              WHEN STRLEN(_y13."t") = 1 + COALESCE(9 + STRLEN(_y13."s"."start"), 0) + COALESCE(8 + STRLEN(_y13."s"."slut"), 0) + COALESCE(14 + STRLEN(_y13."s"."forlænget"), 0)
              THEN TRUE
              ELSE ARRAY_LENGTH(JSON_KEYS(_y13."t")) = LIST_UNIQUE(JSON_KEYS(_y13."t"))
              AND STRLEN(_y13."t") - STRLEN(REPLACE(REPLACE(_y13."t", '{', ''), '[', '')) = 1
            END
            AND (
              (
                _y13."s"."start"
              ) IS NULL
              OR (
                REGEXP_MATCHES(_y13."s"."start", '^"[0-9]{4}-[0-9]{2}-[0-9]{2}"$')
              )
            )
            AND (
              NOT (
                _y13."val"."start"
              ) IS NULL
              AND YEAR(_y13."val"."start") BETWEEN 1900 AND 2199
            )
            AND (
              (
                _y13."s"."slut"
              ) IS NULL
              OR (
                REGEXP_MATCHES(_y13."s"."slut", '^"[0-9]{4}-[0-9]{2}-[0-9]{2}"$')
              )
            )
            AND (
              (
                _y13."val"."slut"
              ) IS NULL
              OR (
                YEAR(_y13."val"."slut") BETWEEN 1900 AND 2199
              )
            )
            AND (
              (
                _y13."s"."forlænget"
              ) IS NULL
              OR (
                _y13."s"."forlænget" IN ('true', 'false')
              )
            ),
            FALSE
          ), 'exact': TRUE, 'ukendte': CASE
            WHEN STRLEN(_y13."t") = 1 + COALESCE(9 + STRLEN(_y13."s"."start"), 0) + COALESCE(8 + STRLEN(_y13."s"."slut"), 0) + COALESCE(14 + STRLEN(_y13."s"."forlænget"), 0)
            THEN []
            ELSE LIST_TRANSFORM(
              LIST_FILTER(
                JSON_KEYS(_y13."t"),
                LAMBDA _k14 : NOT LIST_CONTAINS(['start', 'slut', 'forlænget'], _k14)
              ),
              LAMBDA _k15 : {'sti': 'mentor', 'noegle': _k15}
            )
          END, 'val': _y13."val"}
        )[0 + 1] AS _c2,
        LIST_TRANSFORM(
          LIST_TRANSFORM(
            LIST_TRANSFORM(
              JSON_TRANSFORM("_p"."v"."frafaldsbeskeder", '["JSON"]'),
              LAMBDA _y16 : {'t': _y16, 'v': JSON_TRANSFORM(_y16, '{"modtaget": "JSON", "reaktion": "JSON"}')}
            ),
            LAMBDA _y17 : {'t': _y17."t", 's': {'modtaget': CAST(_y17."v"."modtaget" AS TEXT), 'reaktion': CAST(_y17."v"."reaktion" AS TEXT)}, 'val': {'modtaget': TRY_CAST(SUBSTRING(CAST(_y17."v"."modtaget" AS TEXT), 2, LENGTH(CAST(_y17."v"."modtaget" AS TEXT)) - 2) AS DATE), 'reaktion': TRY_CAST(SUBSTRING(CAST(_y17."v"."reaktion" AS TEXT), 2, LENGTH(CAST(_y17."v"."reaktion" AS TEXT)) - 2) AS DATE)}}
          ),
          LAMBDA _y18 : {'ok': COALESCE(
            STARTS_WITH(_y18."t", '{')
            AND CASE
              WHEN STRLEN(_y18."t") = 1 + COALESCE(12 + STRLEN(_y18."s"."modtaget"), 0) + COALESCE(12 + STRLEN(_y18."s"."reaktion"), 0)
              THEN TRUE
              ELSE ARRAY_LENGTH(JSON_KEYS(_y18."t")) = LIST_UNIQUE(JSON_KEYS(_y18."t"))
              AND STRLEN(_y18."t") - STRLEN(REPLACE(REPLACE(_y18."t", '{', ''), '[', '')) = 1
            END
            AND (
              (
                _y18."s"."modtaget"
              ) IS NULL
              OR (
                REGEXP_MATCHES(_y18."s"."modtaget", '^"[0-9]{4}-[0-9]{2}-[0-9]{2}"$')
              )
            )
            AND (
              NOT (
                _y18."val"."modtaget"
              ) IS NULL
              AND YEAR(_y18."val"."modtaget") BETWEEN 1900 AND 2199
            )
            AND (
              (
                _y18."s"."reaktion"
              ) IS NULL
              OR (
                REGEXP_MATCHES(_y18."s"."reaktion", '^"[0-9]{4}-[0-9]{2}-[0-9]{2}"$')
              )
            )
            AND (
              (
                _y18."val"."reaktion"
              ) IS NULL
              OR (
                YEAR(_y18."val"."reaktion") BETWEEN 1900 AND 2199
              )
            ),
            FALSE
          ), 'exact': TRUE, 'ukendte': CASE
            WHEN STRLEN(_y18."t") = 1 + COALESCE(12 + STRLEN(_y18."s"."modtaget"), 0) + COALESCE(12 + STRLEN(_y18."s"."reaktion"), 0)
            THEN []
            ELSE LIST_TRANSFORM(
              LIST_FILTER(
                JSON_KEYS(_y18."t"),
                LAMBDA _k19 : NOT LIST_CONTAINS(['modtaget', 'reaktion'], _k19)
              ),
              LAMBDA _k20 : {'sti': 'frafaldsbeskeder', 'noegle': _k20}
            )
          END, 'val': _y18."val"}
        ) AS _c3,
        LIST_TRANSFORM(
          LIST_TRANSFORM(
            LIST_TRANSFORM(
              JSON_TRANSFORM("_p"."v"."indstillinger", '["JSON"]'),
              LAMBDA _y21 : {'t': _y21, 'v': JSON_TRANSFORM(_y21, '{"dato": "JSON", "afvist": "JSON", "begrundelse": "JSON"}')}
            ),
            LAMBDA _y22 : {'t': _y22."t", 's': {'dato': CAST(_y22."v"."dato" AS TEXT), 'afvist': CAST(_y22."v"."afvist" AS TEXT), 'begrundelse': CAST(_y22."v"."begrundelse" AS TEXT)}, 'val': {'dato': TRY_CAST(SUBSTRING(CAST(_y22."v"."dato" AS TEXT), 2, LENGTH(CAST(_y22."v"."dato" AS TEXT)) - 2) AS DATE), 'afvist': CAST(_y22."v"."afvist" AS TEXT) = 'true', 'begrundelse': CASE
              WHEN NOT CONTAINS(CAST(_y22."v"."begrundelse" AS TEXT), '\')
              THEN SUBSTRING(
                CAST(_y22."v"."begrundelse" AS TEXT),
                2,
                LENGTH(CAST(_y22."v"."begrundelse" AS TEXT)) - 2
              )
              ELSE JSON_EXTRACT_STRING(CAST(_y22."v"."begrundelse" AS TEXT), '$')
            END}}
          ),
          LAMBDA _y23 : {'ok': COALESCE(
            STARTS_WITH(_y23."t", '{')
            AND CASE
              WHEN STRLEN(_y23."t") = 1 + COALESCE(8 + STRLEN(_y23."s"."dato"), 0) + COALESCE(10 + STRLEN(_y23."s"."afvist"), 0) + COALESCE(15 + STRLEN(_y23."s"."begrundelse"), 0)
              THEN TRUE
              ELSE ARRAY_LENGTH(JSON_KEYS(_y23."t")) = LIST_UNIQUE(JSON_KEYS(_y23."t"))
              AND STRLEN(_y23."t") - STRLEN(REPLACE(REPLACE(_y23."t", '{', ''), '[', '')) = 1 + STRLEN(COALESCE(_y23."s"."begrundelse", '')) - STRLEN(REPLACE(REPLACE(COALESCE(_y23."s"."begrundelse", ''), '{', ''), '[', ''))
            END
            AND (
              (
                _y23."s"."dato"
              ) IS NULL
              OR (
                REGEXP_MATCHES(_y23."s"."dato", '^"[0-9]{4}-[0-9]{2}-[0-9]{2}"$')
              )
            )
            AND (
              NOT (
                _y23."val"."dato"
              ) IS NULL
              AND YEAR(_y23."val"."dato") BETWEEN 1900 AND 2199
            )
            AND (
              (
                _y23."s"."afvist"
              ) IS NULL OR (
                _y23."s"."afvist" IN ('true', 'false')
              )
            )
            AND NOT (
              _y23."val"."afvist"
            ) IS NULL
            AND (
              (
                _y23."s"."begrundelse"
              ) IS NULL
              OR (
                STARTS_WITH(_y23."s"."begrundelse", '"')
              )
            ),
            FALSE
          ), 'exact': TRUE, 'ukendte': CASE
            WHEN STRLEN(_y23."t") = 1 + COALESCE(8 + STRLEN(_y23."s"."dato"), 0) + COALESCE(10 + STRLEN(_y23."s"."afvist"), 0) + COALESCE(15 + STRLEN(_y23."s"."begrundelse"), 0)
            THEN []
            ELSE LIST_TRANSFORM(
              LIST_FILTER(
                JSON_KEYS(_y23."t"),
                LAMBDA _k24 : NOT LIST_CONTAINS(['dato', 'afvist', 'begrundelse'], _k24)
              ),
              LAMBDA _k25 : {'sti': 'indstillinger', 'noegle': _k25}
            )
          END, 'val': _y23."val"}
        ) AS _c4,
        LIST_TRANSFORM(
          LIST_TRANSFORM(
            LIST_TRANSFORM(
              ["_p"."v"."fritagelse"],
              LAMBDA _y26 : {'t': _y26, 'v': JSON_TRANSFORM(_y26, '{"årsag": "JSON", "fra": "JSON", "overgang": "JSON"}')}
            ),
            LAMBDA _y27 : {'t': _y27."t", 's': {'årsag': CAST(_y27."v"."årsag" AS TEXT), 'fra': CAST(_y27."v"."fra" AS TEXT), 'overgang': CAST(_y27."v"."overgang" AS TEXT)}, 'val': {'årsag': SUBSTRING(CAST(_y27."v"."årsag" AS TEXT), 2, LENGTH(CAST(_y27."v"."årsag" AS TEXT)) - 2), 'fra': TRY_CAST(SUBSTRING(CAST(_y27."v"."fra" AS TEXT), 2, LENGTH(CAST(_y27."v"."fra" AS TEXT)) - 2) AS DATE), 'overgang': TRY_CAST(SUBSTRING(CAST(_y27."v"."overgang" AS TEXT), 2, LENGTH(CAST(_y27."v"."overgang" AS TEXT)) - 2) AS DATE)}}
          ),
          LAMBDA _y28 : {'ok': COALESCE(
            STARTS_WITH(_y28."t", '{')
            AND CASE
              WHEN STRLEN(_y28."t") = 1 + COALESCE(10 + STRLEN(_y28."s"."årsag"), 0) + COALESCE(7 + STRLEN(_y28."s"."fra"), 0) + COALESCE(12 + STRLEN(_y28."s"."overgang"), 0)
              THEN TRUE
              ELSE ARRAY_LENGTH(JSON_KEYS(_y28."t")) = LIST_UNIQUE(JSON_KEYS(_y28."t"))
              AND STRLEN(_y28."t") - STRLEN(REPLACE(REPLACE(_y28."t", '{', ''), '[', '')) = 1
            END
            AND (
              (
                _y28."s"."årsag"
              ) IS NULL
              OR (
                _y28."s"."årsag" IN (
                  '"fuldtidsjob"',
                  '"fleksjob"',
                  '"barsel"',
                  '"efterløn"',
                  '"fleksydelse"',
                  '"folkepension"'
                )
              )
            )
            AND (
              NOT (
                _y28."val"."årsag"
              ) IS NULL
              AND _y28."val"."årsag" IN ('fuldtidsjob', 'fleksjob', 'barsel', 'efterløn', 'fleksydelse', 'folkepension')
            )
            AND (
              (
                _y28."s"."fra"
              ) IS NULL
              OR (
                REGEXP_MATCHES(_y28."s"."fra", '^"[0-9]{4}-[0-9]{2}-[0-9]{2}"$')
              )
            )
            AND (
              NOT (
                _y28."val"."fra"
              ) IS NULL
              AND YEAR(_y28."val"."fra") BETWEEN 1900 AND 2199
            )
            AND (
              (
                _y28."s"."overgang"
              ) IS NULL
              OR (
                REGEXP_MATCHES(_y28."s"."overgang", '^"[0-9]{4}-[0-9]{2}-[0-9]{2}"$')
              )
            )
            AND (
              NOT (
                _y28."val"."overgang"
              ) IS NULL
              AND YEAR(_y28."val"."overgang") BETWEEN 1900 AND 2199
            ),
            FALSE
          ), 'exact': TRUE, 'ukendte': CASE
            WHEN STRLEN(_y28."t") = 1 + COALESCE(10 + STRLEN(_y28."s"."årsag"), 0) + COALESCE(7 + STRLEN(_y28."s"."fra"), 0) + COALESCE(12 + STRLEN(_y28."s"."overgang"), 0)
            THEN []
            ELSE LIST_TRANSFORM(
              LIST_FILTER(
                JSON_KEYS(_y28."t"),
                LAMBDA _k29 : NOT LIST_CONTAINS(['årsag', 'fra', 'overgang'], _k29)
              ),
              LAMBDA _k30 : {'sti': 'fritagelse', 'noegle': _k30}
            )
          END, 'val': _y28."val"}
        )[0 + 1] AS _c5
      FROM (
        SELECT
          (
            "tekst"
          ) IS NULL OR REGEXP_MATCHES("tekst", '^[ 	
]*$') AS _tom,
          "tekst",
          CASE
            WHEN NOT (
              (
                "tekst"
              ) IS NULL OR REGEXP_MATCHES("tekst", '^[ 	
]*$')
            )
            AND JSON_VALID("tekst")
            THEN {'t': "tekst", 'v': TRY(
              JSON_TRANSFORM(
                "tekst",
                '{"id": "JSON", "ydelse": "JSON", "visitation": "JSON", "i_integrationsprogram": "JSON", "har_arbejdsgiver": "JSON", "forløbsstart": "JSON", "forløbsslut": "JSON", "første_henvendelse": "JSON", "første_fraværsdag": "JSON", "samtaler": "JSON", "tilbud": "JSON", "uddannelsesstart": "JSON", "mentor": "JSON", "frafaldsbeskeder": "JSON", "indstillinger": "JSON", "ordinære_løntimer_12_mdr": "JSON", "fritagelse": "JSON"}'
              )
            ), 'k': TRY(JSON_KEYS("tekst"))}
          END AS _p
        FROM linjer
      ) AS _s31
    ) AS _s36
  ) AS _s51
) AS _s;
