-- Genereret af Regelsprog ud fra rules/. Ret ikke i filen: ret reglerne og kør `regel byg`.
SELECT
  *,
  COALESCE(
    (
      NOT (
        "id"
      ) IS NULL
      AND NOT REGEXP_MATCHES("id", '^[	
                  　]*$')
    )
    AND (
      NOT (
        "ydelse"
      ) IS NULL
      AND "ydelse" IN (
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
        "visitation"
      ) IS NULL
      OR (
        "visitation" IN ('jobparat', 'aktivitetsparat', 'åbenlyst_uddannelsesparat', 'uddannelsesparat')
      )
    )
    AND (
      NOT (
        "forløbsstart"
      ) IS NULL AND YEAR("forløbsstart") BETWEEN 1900 AND 2199
    )
    AND (
      (
        "forløbsslut"
      ) IS NULL OR (
        YEAR("forløbsslut") BETWEEN 1900 AND 2199
      )
    )
    AND (
      (
        "første_henvendelse"
      ) IS NULL
      OR (
        YEAR("første_henvendelse") BETWEEN 1900 AND 2199
      )
    )
    AND (
      (
        "første_fraværsdag"
      ) IS NULL
      OR (
        YEAR("første_fraværsdag") BETWEEN 1900 AND 2199
      )
    )
    AND COALESCE(
      LIST_BOOL_AND(
        LIST_TRANSFORM(
          "samtaler",
          LAMBDA _x1 : NOT (
            _x1
          ) IS NULL
          AND (
            (
              NOT (
                _x1."dato"
              ) IS NULL AND YEAR(_x1."dato") BETWEEN 1900 AND 2199
            )
            AND (
              NOT (
                _x1."form"
              ) IS NULL
              AND _x1."form" IN ('fremmøde', 'video', 'telefon', 'brev')
            )
            AND (
              NOT (
                _x1."aktør"
              ) IS NULL
              AND _x1."aktør" IN ('jobcenter', 'a_kasse', 'fælles')
            )
          )
        )
      ),
      TRUE
    )
    AND COALESCE(
      LIST_BOOL_AND(
        LIST_TRANSFORM(
          "tilbud",
          LAMBDA _x2 : NOT (
            _x2
          ) IS NULL
          AND (
            (
              NOT (
                _x2."type"
              ) IS NULL
              AND _x2."type" IN (
                'virksomhedspraktik',
                'løntilskud',
                'øvrig_vejledning_og_opkvalificering',
                'uddannelse',
                'nytteindsats'
              )
            )
            AND (
              NOT (
                _x2."start"
              ) IS NULL AND YEAR(_x2."start") BETWEEN 1900 AND 2199
            )
            AND (
              (
                _x2."slut"
              ) IS NULL OR (
                YEAR(_x2."slut") BETWEEN 1900 AND 2199
              )
            )
            AND (
              (
                _x2."arbejdsgiver"
              ) IS NULL
              OR (
                _x2."arbejdsgiver" IN ('offentlig', 'privat')
              )
            )
          )
        )
      ),
      TRUE
    )
    AND (
      (
        "uddannelsesstart"
      ) IS NULL
      OR (
        YEAR("uddannelsesstart") BETWEEN 1900 AND 2199
      )
    )
    AND (
      (
        "mentor"
      ) IS NULL
      OR (
        (
          NOT (
            "mentor"."start"
          ) IS NULL
          AND YEAR("mentor"."start") BETWEEN 1900 AND 2199
        )
        AND (
          (
            "mentor"."slut"
          ) IS NULL
          OR (
            YEAR("mentor"."slut") BETWEEN 1900 AND 2199
          )
        )
      )
    )
    AND COALESCE(
      LIST_BOOL_AND(
        LIST_TRANSFORM(
          "frafaldsbeskeder",
          LAMBDA _x3 : NOT (
            _x3
          ) IS NULL
          AND (
            (
              NOT (
                _x3."modtaget"
              ) IS NULL AND YEAR(_x3."modtaget") BETWEEN 1900 AND 2199
            )
            AND (
              (
                _x3."reaktion"
              ) IS NULL OR (
                YEAR(_x3."reaktion") BETWEEN 1900 AND 2199
              )
            )
          )
        )
      ),
      TRUE
    )
    AND COALESCE(
      LIST_BOOL_AND(
        LIST_TRANSFORM(
          "indstillinger",
          LAMBDA _x4 : NOT (
            _x4
          ) IS NULL
          AND (
            (
              NOT (
                _x4."dato"
              ) IS NULL AND YEAR(_x4."dato") BETWEEN 1900 AND 2199
            )
            AND NOT (
              _x4."afvist"
            ) IS NULL
          )
        )
      ),
      TRUE
    )
    AND (
      (
        "ordinære_løntimer_12_mdr"
      ) IS NULL
      OR (
        ISFINITE("ordinære_løntimer_12_mdr") AND "ordinære_løntimer_12_mdr" >= 0
      )
    )
    AND (
      (
        "fritagelse"
      ) IS NULL
      OR (
        (
          NOT (
            "fritagelse"."årsag"
          ) IS NULL
          AND "fritagelse"."årsag" IN ('fuldtidsjob', 'fleksjob', 'barsel', 'efterløn', 'fleksydelse', 'folkepension')
        )
        AND (
          NOT (
            "fritagelse"."fra"
          ) IS NULL
          AND YEAR("fritagelse"."fra") BETWEEN 1900 AND 2199
        )
        AND (
          NOT (
            "fritagelse"."overgang"
          ) IS NULL
          AND YEAR("fritagelse"."overgang") BETWEEN 1900 AND 2199
        )
      )
    )
    AND (
      (
        "forløbsslut"
      ) IS NULL OR "forløbsslut" >= "forløbsstart"
    ),
    FALSE
  ) AS _gyldig
FROM raekker;
