-- Genereret af Regelsprog ud fra rules/. Ret ikke i filen: ret reglerne og kør `regel byg`.
WITH _sager_indstillinger AS (
  SELECT
    "_nr",
    "id" AS "id",
    "ydelse" AS "ydelse",
    COALESCE(
      "indstillinger",
      CAST([] AS STRUCT("dato" DATE, "afvist" BOOLEAN, "begrundelse" TEXT)[])
    ) AS "indstillinger",
    COALESCE(sager."_skaeringsdato", parametre."skaeringsdato") AS "_e"
  FROM sager
  CROSS JOIN parametre
), _sager_samtaler AS (
  SELECT
    "_nr",
    "id" AS "id",
    "ydelse" AS "ydelse",
    COALESCE("i_integrationsprogram", FALSE) AS "i_integrationsprogram",
    COALESCE("har_arbejdsgiver", FALSE) AS "har_arbejdsgiver",
    "forløbsstart" AS "forløbsstart",
    "forløbsslut" AS "forløbsslut",
    "første_henvendelse" AS "første_henvendelse",
    "første_fraværsdag" AS "første_fraværsdag",
    COALESCE("samtaler", CAST([] AS STRUCT("dato" DATE, "form" TEXT, "aktør" TEXT)[])) AS "samtaler",
    "fritagelse" AS "fritagelse",
    COALESCE(sager."_skaeringsdato", parametre."skaeringsdato") AS "_e"
  FROM sager
  CROSS JOIN parametre
), _sager_tilbud AS (
  SELECT
    "_nr",
    "id" AS "id",
    "ydelse" AS "ydelse",
    "visitation" AS "visitation",
    COALESCE("i_integrationsprogram", FALSE) AS "i_integrationsprogram",
    "forløbsstart" AS "forløbsstart",
    "forløbsslut" AS "forløbsslut",
    COALESCE(
      LIST_TRANSFORM(
        "tilbud",
        LAMBDA _x1 : {'type': _x1."type", 'start': _x1."start", 'slut': _x1."slut", 'arbejdsgiver': _x1."arbejdsgiver", 'ret_og_pligt': COALESCE(_x1."ret_og_pligt", FALSE), 'selvfundet': COALESCE(_x1."selvfundet", FALSE)}
      ),
      CAST([] AS STRUCT(
        "type" TEXT,
        "start" DATE,
        "slut" DATE,
        "arbejdsgiver" TEXT,
        "ret_og_pligt" BOOLEAN,
        "selvfundet" BOOLEAN
      )[])
    ) AS "tilbud",
    "fritagelse" AS "fritagelse",
    COALESCE(sager."_skaeringsdato", parametre."skaeringsdato") AS "_e"
  FROM sager
  CROSS JOIN parametre
), _sager_frafaldsbeskeder AS (
  SELECT
    "_nr",
    "id" AS "id",
    "ydelse" AS "ydelse",
    "uddannelsesstart" AS "uddannelsesstart",
    COALESCE("frafaldsbeskeder", CAST([] AS STRUCT("modtaget" DATE, "reaktion" DATE)[])) AS "frafaldsbeskeder",
    COALESCE(sager."_skaeringsdato", parametre."skaeringsdato") AS "_e"
  FROM sager
  CROSS JOIN parametre
), r0_1 AS (
  SELECT
    *,
    "ydelse" = 'dagpenge' AS "_a"
  FROM _sager_indstillinger
  WHERE
    (
      "ydelse"
    ) IS NULL OR "ydelse" IN ('dagpenge')
), r0_2 AS (
  SELECT
    *
  FROM r0_1
  WHERE
    NOT (
      CAST(NULL AS TEXT)
    ) IS NULL OR "_a"
), r0_3 AS (
  SELECT
    *,
    LIST_FILTER(
      RANGE(0, ARRAY_LENGTH("indstillinger")),
      LAMBDA _i2 : "indstillinger"[_i2 + 1]."dato" <= "_e"
    ) AS "_q"
  FROM r0_2
), r0_4 AS (
  SELECT
    *,
    UNNEST(CASE WHEN NOT (
      CAST(NULL AS TEXT)
    ) IS NULL THEN [-1] ELSE "_q" END) AS "_i"
  FROM r0_3
), r0_5 AS (
  SELECT
    *,
    "indstillinger"["_i" + 1]."dato" AS "_d"
  FROM r0_4
), r0_6 AS (
  SELECT
    *,
    CASE WHEN CAST('2024-01-01' AS DATE) <= "_d" THEN 0 ELSE CAST(NULL AS INT) END AS "_v"
  FROM r0_5
), r0_7 AS (
  SELECT
    *
  FROM r0_6
  WHERE
    NOT (
      CAST(NULL AS TEXT)
    ) IS NULL OR NOT (
      "_v"
    ) IS NULL
), r0_8 AS (
  SELECT
    *,
    "indstillinger"["_i" + 1]."afvist" AS "_s"
  FROM r0_7
), r0_9 AS (
  SELECT
    *
  FROM r0_8
  WHERE
    NOT (
      CAST(NULL AS TEXT)
    ) IS NULL OR "_s"
), r0_10 AS (
  SELECT
    *,
    "indstillinger"["_i" + 1]."dato" AS "_l_dato"
  FROM r0_9
), r0_11 AS (
  SELECT
    *,
    "_l_dato" AS "_j"
  FROM r0_10
), r0_12 AS (
  SELECT
    *,
    CASE
      WHEN (
        CAST(NULL AS TEXT)
      ) IS NULL
      THEN CAST(NULL AS TEXT)
      ELSE CAST(NULL AS TEXT)
    END AS "_x"
  FROM r0_11
), r0_13 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        NOT (
          "indstillinger"["_i" + 1]."begrundelse"
        ) IS NULL
        AND NOT REGEXP_MATCHES(
          "indstillinger"["_i" + 1]."begrundelse",
          '^[	
                  　]*$'
        )
      )
      THEN 0
      WHEN TRUE
      THEN 1
    END AS "_o"
  FROM r0_12
), r0_14 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        CAST(NULL AS TEXT)
      ) IS NULL
      THEN 'datafejl'
      WHEN NOT (
        "_x"
      ) IS NULL
      THEN 'undtaget'
      WHEN (
        (
          CAST(NULL AS TEXT)
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN 'overtrådt'
    END AS "_art"
  FROM r0_13
), r11_15 AS (
  SELECT
    *,
    (
      "ydelse" = 'kontanthjælp' OR "ydelse" = 'uddannelseshjælp'
    ) AS "_a"
  FROM _sager_samtaler
  WHERE
    (
      "ydelse"
    ) IS NULL OR "ydelse" IN ('kontanthjælp', 'uddannelseshjælp')
), r11_16 AS (
  SELECT
    *
  FROM r11_15
  WHERE
    NOT (
      CAST(NULL AS TEXT)
    ) IS NULL OR "_a"
), r11_17 AS (
  SELECT
    *,
    "første_henvendelse" AS "_d",
    CASE
      WHEN (
        CAST(NULL AS TEXT)
      ) IS NULL
      THEN CASE WHEN (
        "første_henvendelse"
      ) IS NULL THEN 'første_henvendelse' END
    END AS "_f0"
  FROM r11_16
), r11_18 AS (
  SELECT
    *,
    CASE WHEN CAST('2019-07-01' AS DATE) <= "_d" THEN 0 ELSE CAST(NULL AS INT) END AS "_v"
  FROM r11_17
), r11_19 AS (
  SELECT
    *
  FROM r11_18
  WHERE
    NOT (
      "_f0"
    ) IS NULL OR NOT (
      "_v"
    ) IS NULL
), r11_20 AS (
  SELECT
    *,
    CAST("første_henvendelse" + INTERVAL 7 DAY AS DATE) AS "_l_frist",
    CASE
      WHEN (
        "_f0"
      ) IS NULL
      THEN CASE WHEN (
        "første_henvendelse"
      ) IS NULL THEN 'første_henvendelse' END
    END AS "_f1"
  FROM r11_19
), r11_21 AS (
  SELECT
    *,
    "_l_frist" AS "_j"
  FROM r11_20
), r11_22 AS (
  SELECT
    *,
    CASE
      WHEN (
        COALESCE("_f0", "_f1")
      ) IS NULL
      THEN CAST(NULL AS TEXT)
      ELSE CAST(NULL AS TEXT)
    END AS "_x"
  FROM r11_21
), r11_23 AS (
  SELECT
    *,
    LIST_MIN(
      LIST_TRANSFORM(
        LIST_FILTER(
          "samtaler",
          LAMBDA _x4 : _x4."dato" <= "_e" AND (
            _x4."aktør" = 'jobcenter' OR _x4."aktør" = 'fælles'
          )
        ),
        LAMBDA _x5 : _x5."dato"
      )
    ) AS "_l_dato"
  FROM r11_22
), r11_24 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        "_l_dato"
      ) IS NULL AND "_l_dato" > "_l_frist"
      THEN 0
      WHEN NOT (
        "_l_dato"
      ) IS NULL
      THEN 1
      WHEN NOT (
        (
          "forløbsslut"
        ) IS NULL OR "forløbsslut" >= "_l_frist"
      )
      THEN 2
      WHEN "_l_frist" < "_e"
      THEN 3
      WHEN TRUE
      THEN 4
    END AS "_o"
  FROM r11_23
), r11_25 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        COALESCE("_f0", "_f1")
      ) IS NULL
      THEN 'datafejl'
      WHEN NOT (
        "_x"
      ) IS NULL
      THEN 'undtaget'
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN 'overtrådt'
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 3
      THEN 'overtrådt'
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 4
      THEN 'frist'
    END AS "_art"
  FROM r11_24
), r12_26 AS (
  SELECT
    *,
    "ydelse" = 'sygedagpenge' AS "_a"
  FROM _sager_samtaler
  WHERE
    (
      "ydelse"
    ) IS NULL OR "ydelse" IN ('sygedagpenge')
), r12_27 AS (
  SELECT
    *
  FROM r12_26
  WHERE
    NOT (
      CAST(NULL AS TEXT)
    ) IS NULL OR "_a"
), r12_28 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        "første_fraværsdag"
      ) IS NULL
      THEN "første_fraværsdag"
      ELSE "forløbsstart"
    END AS "_d"
  FROM r12_27
), r12_29 AS (
  SELECT
    *,
    CASE WHEN CAST('2019-07-01' AS DATE) <= "_d" THEN 0 ELSE CAST(NULL AS INT) END AS "_v"
  FROM r12_28
), r12_30 AS (
  SELECT
    *
  FROM r12_29
  WHERE
    NOT (
      CAST(NULL AS TEXT)
    ) IS NULL OR NOT (
      "_v"
    ) IS NULL
), r12_31 AS (
  SELECT
    *,
    CAST(CAST(CASE
      WHEN NOT (
        "første_fraværsdag"
      ) IS NULL
      THEN "første_fraværsdag"
      ELSE "forløbsstart"
    END + INTERVAL 56 DAY AS DATE) + INTERVAL (-(
      1
    )) DAY AS DATE) AS "_l_frist"
  FROM r12_30
), r12_32 AS (
  SELECT
    *,
    "_l_frist" AS "_j"
  FROM r12_31
), r12_33 AS (
  SELECT
    *,
    CASE
      WHEN (
        CAST(NULL AS TEXT)
      ) IS NULL
      THEN CAST(NULL AS TEXT)
      ELSE CAST(NULL AS TEXT)
    END AS "_x"
  FROM r12_32
), r12_34 AS (
  SELECT
    *,
    LIST_MIN(
      LIST_TRANSFORM(
        LIST_FILTER(
          "samtaler",
          LAMBDA _x7 : _x7."dato" <= "_e" AND (
            _x7."aktør" = 'jobcenter' OR _x7."aktør" = 'fælles'
          )
        ),
        LAMBDA _x8 : _x8."dato"
      )
    ) AS "_l_dato"
  FROM r12_33
), r12_35 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        "_l_dato"
      ) IS NULL AND "_l_dato" > "_l_frist"
      THEN 0
      WHEN NOT (
        "_l_dato"
      ) IS NULL
      THEN 1
      WHEN NOT (
        (
          "forløbsslut"
        ) IS NULL OR "forløbsslut" >= "_l_frist"
      )
      THEN 2
      WHEN "_l_frist" < "_e"
      THEN 3
      WHEN TRUE
      THEN 4
    END AS "_o"
  FROM r12_34
), r12_36 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        CAST(NULL AS TEXT)
      ) IS NULL
      THEN 'datafejl'
      WHEN NOT (
        "_x"
      ) IS NULL
      THEN 'undtaget'
      WHEN (
        (
          CAST(NULL AS TEXT)
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN 'overtrådt'
      WHEN (
        (
          CAST(NULL AS TEXT)
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 3
      THEN 'overtrådt'
      WHEN (
        (
          CAST(NULL AS TEXT)
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 4
      THEN 'frist'
    END AS "_art"
  FROM r12_35
), r13_37 AS (
  SELECT
    *,
    (
      "ydelse" = 'dagpenge'
      OR "ydelse" = 'kontanthjælp'
      OR "ydelse" = 'uddannelseshjælp'
      OR "ydelse" = 'ledighedsydelse'
      OR "ydelse" = 'overgangsydelse'
      OR "ydelse" = 'sygedagpenge'
      OR "ydelse" = 'revalidering'
      OR "ydelse" = 'ressourceforløb'
      OR "ydelse" = 'jobafklaringsforløb'
    )
    AND NOT (
      "ydelse" = 'dagpenge' AND "forløbsstart" >= CAST('2024-01-01' AS DATE)
    ) AS "_a"
  FROM _sager_samtaler
  WHERE
    (
      "ydelse"
    ) IS NULL
    OR "ydelse" IN (
      'dagpenge',
      'kontanthjælp',
      'uddannelseshjælp',
      'ledighedsydelse',
      'overgangsydelse',
      'sygedagpenge',
      'revalidering',
      'ressourceforløb',
      'jobafklaringsforløb'
    )
), r13_38 AS (
  SELECT
    *
  FROM r13_37
  WHERE
    NOT (
      CAST(NULL AS TEXT)
    ) IS NULL OR "_a"
), r13_39 AS (
  SELECT
    *,
    "forløbsstart" AS "_d"
  FROM r13_38
), r13_40 AS (
  SELECT
    *,
    CASE WHEN CAST('2019-07-01' AS DATE) <= "_d" THEN 0 ELSE CAST(NULL AS INT) END AS "_v"
  FROM r13_39
), r13_41 AS (
  SELECT
    *
  FROM r13_40
  WHERE
    NOT (
      CAST(NULL AS TEXT)
    ) IS NULL OR NOT (
      "_v"
    ) IS NULL
), r13_42 AS (
  SELECT
    *,
    "forløbsstart" AS "_l_start"
  FROM r13_41
), r13_43 AS (
  SELECT
    *,
    CAST("forløbsstart" + INTERVAL 6 MONTH AS DATE) AS "_l_slut"
  FROM r13_42
), r13_44 AS (
  SELECT
    *,
    CAST("_l_slut" + INTERVAL (-(
      1
    )) DAY AS DATE) AS "_l_sidste_dag"
  FROM r13_43
), r13_45 AS (
  SELECT
    *,
    "_l_sidste_dag" AS "_j"
  FROM r13_44
), r13_46 AS (
  SELECT
    *,
    CASE
      WHEN (
        CAST(NULL AS TEXT)
      ) IS NULL
      THEN CASE
        WHEN (
          NOT (
            "fritagelse"
          ) IS NULL
          AND "fritagelse"."overgang" <= CAST((
            "fritagelse"."fra"
          ) + INTERVAL 42 DAY AS DATE)
        )
        AND COALESCE(
          CASE
            WHEN CAST('2019-07-01' AS DATE) <= "fritagelse"."fra"
            THEN 0
            ELSE CAST(NULL AS INT)
          END,
          -1
        ) <> -1
        AND "_j" >= "fritagelse"."fra"
        THEN 'mindre_intensiv_indsats'
        ELSE CAST(NULL AS TEXT)
      END
      ELSE CAST(NULL AS TEXT)
    END AS "_x",
    CASE
      WHEN (
        CAST(NULL AS TEXT)
      ) IS NULL
      THEN COALESCE(
        CASE
          WHEN NOT (
            "fritagelse"
          ) IS NULL
          THEN COALESCE(
            CASE WHEN (
              "fritagelse"
            ) IS NULL THEN 'fritagelse' END,
            CASE WHEN (
              "fritagelse"
            ) IS NULL THEN 'fritagelse' END
          )
        END,
        CASE
          WHEN NOT (
            "fritagelse"
          ) IS NULL
          AND "fritagelse"."overgang" <= CAST((
            "fritagelse"."fra"
          ) + INTERVAL 42 DAY AS DATE)
          THEN COALESCE(
            CASE WHEN (
              "fritagelse"
            ) IS NULL THEN 'fritagelse' END,
            CASE
              WHEN COALESCE(
                CASE
                  WHEN CAST('2019-07-01' AS DATE) <= "fritagelse"."fra"
                  THEN 0
                  ELSE CAST(NULL AS INT)
                END,
                -1
              ) <> -1
              THEN CASE WHEN (
                "fritagelse"
              ) IS NULL THEN 'fritagelse' END
            END
          )
        END
      )
    END AS "_f0"
  FROM r13_45
), r13_47 AS (
  SELECT
    *,
    ARRAY_LENGTH(
      LIST_FILTER(
        "samtaler",
        LAMBDA _x10 : _x10."dato" <= "_e"
        AND (
          "_l_start" <= _x10."dato" AND _x10."dato" < "_l_slut"
        )
        AND (
          _x10."aktør" = 'jobcenter' OR _x10."aktør" = 'fælles'
        )
      )
    ) AS "_l_antal"
  FROM r13_46
), r13_48 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        (
          "forløbsslut"
        ) IS NULL OR "forløbsslut" >= "_l_sidste_dag"
      )
      THEN 0
      WHEN "_l_sidste_dag" < "_e" AND "_l_antal" < 4
      THEN 1
      WHEN "_l_sidste_dag" < "_e"
      THEN 2
      WHEN TRUE
      THEN 3
    END AS "_o"
  FROM r13_47
), r13_49 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        "_f0"
      ) IS NULL
      THEN 'datafejl'
      WHEN NOT (
        "_x"
      ) IS NULL
      THEN 'undtaget'
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 1
      THEN 'overtrådt'
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN 'frist'
    END AS "_art"
  FROM r13_48
), r14_50 AS (
  SELECT
    *,
    "ydelse" = 'dagpenge' AS "_a"
  FROM _sager_samtaler
  WHERE
    (
      "ydelse"
    ) IS NULL OR "ydelse" IN ('dagpenge')
), r14_51 AS (
  SELECT
    *
  FROM r14_50
  WHERE
    NOT (
      CAST(NULL AS TEXT)
    ) IS NULL OR "_a"
), r14_52 AS (
  SELECT
    *,
    "forløbsstart" AS "_d"
  FROM r14_51
), r14_53 AS (
  SELECT
    *,
    CASE WHEN CAST('2024-01-01' AS DATE) <= "_d" THEN 0 ELSE CAST(NULL AS INT) END AS "_v"
  FROM r14_52
), r14_54 AS (
  SELECT
    *
  FROM r14_53
  WHERE
    NOT (
      CAST(NULL AS TEXT)
    ) IS NULL OR NOT (
      "_v"
    ) IS NULL
), r14_55 AS (
  SELECT
    *,
    "forløbsstart" AS "_l_start"
  FROM r14_54
), r14_56 AS (
  SELECT
    *,
    CAST("forløbsstart" + INTERVAL 3 MONTH AS DATE) AS "_l_slut"
  FROM r14_55
), r14_57 AS (
  SELECT
    *,
    CAST("_l_slut" + INTERVAL (-(
      1
    )) DAY AS DATE) AS "_l_sidste_dag"
  FROM r14_56
), r14_58 AS (
  SELECT
    *,
    "_l_sidste_dag" AS "_j"
  FROM r14_57
), r14_59 AS (
  SELECT
    *,
    CASE
      WHEN (
        CAST(NULL AS TEXT)
      ) IS NULL
      THEN CASE
        WHEN (
          NOT (
            "fritagelse"
          ) IS NULL
          AND "fritagelse"."overgang" <= CAST((
            "fritagelse"."fra"
          ) + INTERVAL 42 DAY AS DATE)
        )
        AND COALESCE(
          CASE
            WHEN CAST('2019-07-01' AS DATE) <= "fritagelse"."fra"
            THEN 0
            ELSE CAST(NULL AS INT)
          END,
          -1
        ) <> -1
        AND "_j" >= "fritagelse"."fra"
        THEN 'mindre_intensiv_indsats'
        ELSE CAST(NULL AS TEXT)
      END
      ELSE CAST(NULL AS TEXT)
    END AS "_x",
    CASE
      WHEN (
        CAST(NULL AS TEXT)
      ) IS NULL
      THEN COALESCE(
        CASE
          WHEN NOT (
            "fritagelse"
          ) IS NULL
          THEN COALESCE(
            CASE WHEN (
              "fritagelse"
            ) IS NULL THEN 'fritagelse' END,
            CASE WHEN (
              "fritagelse"
            ) IS NULL THEN 'fritagelse' END
          )
        END,
        CASE
          WHEN NOT (
            "fritagelse"
          ) IS NULL
          AND "fritagelse"."overgang" <= CAST((
            "fritagelse"."fra"
          ) + INTERVAL 42 DAY AS DATE)
          THEN COALESCE(
            CASE WHEN (
              "fritagelse"
            ) IS NULL THEN 'fritagelse' END,
            CASE
              WHEN COALESCE(
                CASE
                  WHEN CAST('2019-07-01' AS DATE) <= "fritagelse"."fra"
                  THEN 0
                  ELSE CAST(NULL AS INT)
                END,
                -1
              ) <> -1
              THEN CASE WHEN (
                "fritagelse"
              ) IS NULL THEN 'fritagelse' END
            END
          )
        END
      )
    END AS "_f0"
  FROM r14_58
), r14_60 AS (
  SELECT
    *,
    ARRAY_LENGTH(
      LIST_FILTER(
        "samtaler",
        LAMBDA _x12 : _x12."dato" <= "_e"
        AND (
          "_l_start" <= _x12."dato" AND _x12."dato" < "_l_slut"
        )
        AND _x12."aktør" = 'a_kasse'
      )
    ) AS "_l_antal"
  FROM r14_59
), r14_61 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        (
          "forløbsslut"
        ) IS NULL OR "forløbsslut" >= "_l_sidste_dag"
      )
      THEN 0
      WHEN "_l_sidste_dag" < "_e" AND "_l_antal" < 3
      THEN 1
      WHEN "_l_sidste_dag" < "_e"
      THEN 2
      WHEN TRUE
      THEN 3
    END AS "_o"
  FROM r14_60
), r14_62 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        "_f0"
      ) IS NULL
      THEN 'datafejl'
      WHEN NOT (
        "_x"
      ) IS NULL
      THEN 'undtaget'
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 1
      THEN 'overtrådt'
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN 'frist'
    END AS "_art"
  FROM r14_61
), r15_63 AS (
  SELECT
    *,
    "ydelse" = 'dagpenge' AS "_a"
  FROM _sager_samtaler
  WHERE
    (
      "ydelse"
    ) IS NULL OR "ydelse" IN ('dagpenge')
), r15_64 AS (
  SELECT
    *
  FROM r15_63
  WHERE
    NOT (
      CAST(NULL AS TEXT)
    ) IS NULL OR "_a"
), r15_65 AS (
  SELECT
    *,
    "forløbsstart" AS "_d"
  FROM r15_64
), r15_66 AS (
  SELECT
    *,
    CASE WHEN CAST('2024-01-01' AS DATE) <= "_d" THEN 0 ELSE CAST(NULL AS INT) END AS "_v"
  FROM r15_65
), r15_67 AS (
  SELECT
    *
  FROM r15_66
  WHERE
    NOT (
      CAST(NULL AS TEXT)
    ) IS NULL OR NOT (
      "_v"
    ) IS NULL
), r15_68 AS (
  SELECT
    *,
    CAST("forløbsstart" + INTERVAL 3 MONTH AS DATE) AS "_l_start"
  FROM r15_67
), r15_69 AS (
  SELECT
    *,
    CAST("forløbsstart" + INTERVAL 6 MONTH AS DATE) AS "_l_slut"
  FROM r15_68
), r15_70 AS (
  SELECT
    *,
    CAST("_l_slut" + INTERVAL (-(
      1
    )) DAY AS DATE) AS "_l_sidste_dag"
  FROM r15_69
), r15_71 AS (
  SELECT
    *,
    "_l_sidste_dag" AS "_j"
  FROM r15_70
), r15_72 AS (
  SELECT
    *,
    CASE
      WHEN (
        CAST(NULL AS TEXT)
      ) IS NULL
      THEN CASE
        WHEN (
          NOT (
            "fritagelse"
          ) IS NULL
          AND "fritagelse"."overgang" <= CAST((
            "fritagelse"."fra"
          ) + INTERVAL 42 DAY AS DATE)
        )
        AND COALESCE(
          CASE
            WHEN CAST('2019-07-01' AS DATE) <= "fritagelse"."fra"
            THEN 0
            ELSE CAST(NULL AS INT)
          END,
          -1
        ) <> -1
        AND "_j" >= "fritagelse"."fra"
        THEN 'mindre_intensiv_indsats'
        ELSE CAST(NULL AS TEXT)
      END
      ELSE CAST(NULL AS TEXT)
    END AS "_x",
    CASE
      WHEN (
        CAST(NULL AS TEXT)
      ) IS NULL
      THEN COALESCE(
        CASE
          WHEN NOT (
            "fritagelse"
          ) IS NULL
          THEN COALESCE(
            CASE WHEN (
              "fritagelse"
            ) IS NULL THEN 'fritagelse' END,
            CASE WHEN (
              "fritagelse"
            ) IS NULL THEN 'fritagelse' END
          )
        END,
        CASE
          WHEN NOT (
            "fritagelse"
          ) IS NULL
          AND "fritagelse"."overgang" <= CAST((
            "fritagelse"."fra"
          ) + INTERVAL 42 DAY AS DATE)
          THEN COALESCE(
            CASE WHEN (
              "fritagelse"
            ) IS NULL THEN 'fritagelse' END,
            CASE
              WHEN COALESCE(
                CASE
                  WHEN CAST('2019-07-01' AS DATE) <= "fritagelse"."fra"
                  THEN 0
                  ELSE CAST(NULL AS INT)
                END,
                -1
              ) <> -1
              THEN CASE WHEN (
                "fritagelse"
              ) IS NULL THEN 'fritagelse' END
            END
          )
        END
      )
    END AS "_f0"
  FROM r15_71
), r15_73 AS (
  SELECT
    *,
    ARRAY_LENGTH(
      LIST_FILTER(
        "samtaler",
        LAMBDA _x14 : _x14."dato" <= "_e"
        AND (
          "_l_start" <= _x14."dato" AND _x14."dato" < "_l_slut"
        )
        AND (
          _x14."aktør" = 'jobcenter' OR _x14."aktør" = 'fælles'
        )
      )
    ) AS "_l_antal"
  FROM r15_72
), r15_74 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        (
          "forløbsslut"
        ) IS NULL OR "forløbsslut" >= "_l_sidste_dag"
      )
      THEN 0
      WHEN "_l_sidste_dag" < "_e" AND "_l_antal" < 3
      THEN 1
      WHEN "_l_sidste_dag" < "_e"
      THEN 2
      WHEN TRUE
      THEN 3
    END AS "_o"
  FROM r15_73
), r15_75 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        "_f0"
      ) IS NULL
      THEN 'datafejl'
      WHEN NOT (
        "_x"
      ) IS NULL
      THEN 'undtaget'
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 1
      THEN 'overtrådt'
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN 'frist'
    END AS "_art"
  FROM r15_74
), r16_76 AS (
  SELECT
    *,
    "ydelse" = 'dagpenge' AS "_a"
  FROM _sager_samtaler
  WHERE
    (
      "ydelse"
    ) IS NULL OR "ydelse" IN ('dagpenge')
), r16_77 AS (
  SELECT
    *
  FROM r16_76
  WHERE
    NOT (
      CAST(NULL AS TEXT)
    ) IS NULL OR "_a"
), r16_78 AS (
  SELECT
    *,
    "forløbsstart" AS "_d"
  FROM r16_77
), r16_79 AS (
  SELECT
    *,
    CASE
      WHEN CAST('2019-07-01' AS DATE) <= "_d" AND "_d" <= CAST('2023-12-31' AS DATE)
      THEN 0
      ELSE CAST(NULL AS INT)
    END AS "_v"
  FROM r16_78
), r16_80 AS (
  SELECT
    *
  FROM r16_79
  WHERE
    NOT (
      CAST(NULL AS TEXT)
    ) IS NULL OR NOT (
      "_v"
    ) IS NULL
), r16_81 AS (
  SELECT
    *,
    "forløbsstart" AS "_l_start"
  FROM r16_80
), r16_82 AS (
  SELECT
    *,
    CAST("forløbsstart" + INTERVAL 3 MONTH AS DATE) AS "_l_slut"
  FROM r16_81
), r16_83 AS (
  SELECT
    *,
    CAST("_l_slut" + INTERVAL (-(
      1
    )) DAY AS DATE) AS "_l_sidste_dag"
  FROM r16_82
), r16_84 AS (
  SELECT
    *,
    "_l_sidste_dag" AS "_j"
  FROM r16_83
), r16_85 AS (
  SELECT
    *,
    CASE
      WHEN (
        CAST(NULL AS TEXT)
      ) IS NULL
      THEN CASE
        WHEN (
          NOT (
            "fritagelse"
          ) IS NULL
          AND "fritagelse"."overgang" <= CAST((
            "fritagelse"."fra"
          ) + INTERVAL 42 DAY AS DATE)
        )
        AND COALESCE(
          CASE
            WHEN CAST('2019-07-01' AS DATE) <= "fritagelse"."fra"
            THEN 0
            ELSE CAST(NULL AS INT)
          END,
          -1
        ) <> -1
        AND "_j" >= "fritagelse"."fra"
        THEN 'mindre_intensiv_indsats'
        ELSE CAST(NULL AS TEXT)
      END
      ELSE CAST(NULL AS TEXT)
    END AS "_x",
    CASE
      WHEN (
        CAST(NULL AS TEXT)
      ) IS NULL
      THEN COALESCE(
        CASE
          WHEN NOT (
            "fritagelse"
          ) IS NULL
          THEN COALESCE(
            CASE WHEN (
              "fritagelse"
            ) IS NULL THEN 'fritagelse' END,
            CASE WHEN (
              "fritagelse"
            ) IS NULL THEN 'fritagelse' END
          )
        END,
        CASE
          WHEN NOT (
            "fritagelse"
          ) IS NULL
          AND "fritagelse"."overgang" <= CAST((
            "fritagelse"."fra"
          ) + INTERVAL 42 DAY AS DATE)
          THEN COALESCE(
            CASE WHEN (
              "fritagelse"
            ) IS NULL THEN 'fritagelse' END,
            CASE
              WHEN COALESCE(
                CASE
                  WHEN CAST('2019-07-01' AS DATE) <= "fritagelse"."fra"
                  THEN 0
                  ELSE CAST(NULL AS INT)
                END,
                -1
              ) <> -1
              THEN CASE WHEN (
                "fritagelse"
              ) IS NULL THEN 'fritagelse' END
            END
          )
        END
      )
    END AS "_f0"
  FROM r16_84
), r16_86 AS (
  SELECT
    *,
    ARRAY_LENGTH(
      LIST_FILTER(
        "samtaler",
        LAMBDA _x16 : _x16."dato" <= "_e"
        AND (
          "_l_start" <= _x16."dato" AND _x16."dato" < "_l_slut"
        )
        AND _x16."aktør" = 'fælles'
      )
    ) AS "_l_antal"
  FROM r16_85
), r16_87 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        (
          "forløbsslut"
        ) IS NULL OR "forløbsslut" >= "_l_sidste_dag"
      )
      THEN 0
      WHEN "_l_sidste_dag" < "_e" AND "_l_antal" < 1
      THEN 1
      WHEN "_l_sidste_dag" < "_e"
      THEN 2
      WHEN TRUE
      THEN 3
    END AS "_o"
  FROM r16_86
), r16_88 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        "_f0"
      ) IS NULL
      THEN 'datafejl'
      WHEN NOT (
        "_x"
      ) IS NULL
      THEN 'undtaget'
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 1
      THEN 'overtrådt'
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN 'frist'
    END AS "_art"
  FROM r16_87
), r17_89 AS (
  SELECT
    *,
    "ydelse" = 'dagpenge' AS "_a"
  FROM _sager_samtaler
  WHERE
    (
      "ydelse"
    ) IS NULL OR "ydelse" IN ('dagpenge')
), r17_90 AS (
  SELECT
    *
  FROM r17_89
  WHERE
    NOT (
      CAST(NULL AS TEXT)
    ) IS NULL OR "_a"
), r17_91 AS (
  SELECT
    *,
    "forløbsstart" AS "_d"
  FROM r17_90
), r17_92 AS (
  SELECT
    *,
    CASE
      WHEN CAST('2019-07-01' AS DATE) <= "_d" AND "_d" <= CAST('2023-12-31' AS DATE)
      THEN 0
      ELSE CAST(NULL AS INT)
    END AS "_v"
  FROM r17_91
), r17_93 AS (
  SELECT
    *
  FROM r17_92
  WHERE
    NOT (
      CAST(NULL AS TEXT)
    ) IS NULL OR NOT (
      "_v"
    ) IS NULL
), r17_94 AS (
  SELECT
    *,
    CAST("forløbsstart" + INTERVAL 3 MONTH AS DATE) AS "_l_start"
  FROM r17_93
), r17_95 AS (
  SELECT
    *,
    CAST("forløbsstart" + INTERVAL 6 MONTH AS DATE) AS "_l_slut"
  FROM r17_94
), r17_96 AS (
  SELECT
    *,
    CAST("_l_slut" + INTERVAL (-(
      1
    )) DAY AS DATE) AS "_l_sidste_dag"
  FROM r17_95
), r17_97 AS (
  SELECT
    *,
    "_l_sidste_dag" AS "_j"
  FROM r17_96
), r17_98 AS (
  SELECT
    *,
    CASE
      WHEN (
        CAST(NULL AS TEXT)
      ) IS NULL
      THEN CASE
        WHEN (
          NOT (
            "fritagelse"
          ) IS NULL
          AND "fritagelse"."overgang" <= CAST((
            "fritagelse"."fra"
          ) + INTERVAL 42 DAY AS DATE)
        )
        AND COALESCE(
          CASE
            WHEN CAST('2019-07-01' AS DATE) <= "fritagelse"."fra"
            THEN 0
            ELSE CAST(NULL AS INT)
          END,
          -1
        ) <> -1
        AND "_j" >= "fritagelse"."fra"
        THEN 'mindre_intensiv_indsats'
        ELSE CAST(NULL AS TEXT)
      END
      ELSE CAST(NULL AS TEXT)
    END AS "_x",
    CASE
      WHEN (
        CAST(NULL AS TEXT)
      ) IS NULL
      THEN COALESCE(
        CASE
          WHEN NOT (
            "fritagelse"
          ) IS NULL
          THEN COALESCE(
            CASE WHEN (
              "fritagelse"
            ) IS NULL THEN 'fritagelse' END,
            CASE WHEN (
              "fritagelse"
            ) IS NULL THEN 'fritagelse' END
          )
        END,
        CASE
          WHEN NOT (
            "fritagelse"
          ) IS NULL
          AND "fritagelse"."overgang" <= CAST((
            "fritagelse"."fra"
          ) + INTERVAL 42 DAY AS DATE)
          THEN COALESCE(
            CASE WHEN (
              "fritagelse"
            ) IS NULL THEN 'fritagelse' END,
            CASE
              WHEN COALESCE(
                CASE
                  WHEN CAST('2019-07-01' AS DATE) <= "fritagelse"."fra"
                  THEN 0
                  ELSE CAST(NULL AS INT)
                END,
                -1
              ) <> -1
              THEN CASE WHEN (
                "fritagelse"
              ) IS NULL THEN 'fritagelse' END
            END
          )
        END
      )
    END AS "_f0"
  FROM r17_97
), r17_99 AS (
  SELECT
    *,
    ARRAY_LENGTH(
      LIST_FILTER(
        "samtaler",
        LAMBDA _x18 : _x18."dato" <= "_e"
        AND (
          "_l_start" <= _x18."dato" AND _x18."dato" < "_l_slut"
        )
        AND _x18."aktør" = 'fælles'
      )
    ) AS "_l_antal"
  FROM r17_98
), r17_100 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        (
          "forløbsslut"
        ) IS NULL OR "forløbsslut" >= "_l_sidste_dag"
      )
      THEN 0
      WHEN "_l_sidste_dag" < "_e" AND "_l_antal" < 1
      THEN 1
      WHEN "_l_sidste_dag" < "_e"
      THEN 2
      WHEN TRUE
      THEN 3
    END AS "_o"
  FROM r17_99
), r17_101 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        "_f0"
      ) IS NULL
      THEN 'datafejl'
      WHEN NOT (
        "_x"
      ) IS NULL
      THEN 'undtaget'
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 1
      THEN 'overtrådt'
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN 'frist'
    END AS "_art"
  FROM r17_100
), r18_102 AS (
  SELECT
    *,
    "ydelse" = 'dagpenge' AS "_a"
  FROM _sager_samtaler
  WHERE
    (
      "ydelse"
    ) IS NULL OR "ydelse" IN ('dagpenge')
), r18_103 AS (
  SELECT
    *
  FROM r18_102
  WHERE
    NOT (
      CAST(NULL AS TEXT)
    ) IS NULL OR "_a"
), r18_104 AS (
  SELECT
    *,
    "forløbsstart" AS "_d"
  FROM r18_103
), r18_105 AS (
  SELECT
    *,
    CASE WHEN CAST('2019-07-01' AS DATE) <= "_d" THEN 0 ELSE CAST(NULL AS INT) END AS "_v"
  FROM r18_104
), r18_106 AS (
  SELECT
    *
  FROM r18_105
  WHERE
    NOT (
      CAST(NULL AS TEXT)
    ) IS NULL OR NOT (
      "_v"
    ) IS NULL
), r18_107 AS (
  SELECT
    *,
    CAST("forløbsstart" + INTERVAL 6 MONTH AS DATE) AS "_l_start"
  FROM r18_106
), r18_108 AS (
  SELECT
    *,
    CAST(CAST("forløbsstart" + INTERVAL 16 MONTH AS DATE) + INTERVAL 1 DAY AS DATE) AS "_l_slut"
  FROM r18_107
), r18_109 AS (
  SELECT
    *,
    CAST("_l_slut" + INTERVAL (-(
      1
    )) DAY AS DATE) AS "_l_sidste_dag"
  FROM r18_108
), r18_110 AS (
  SELECT
    *,
    "_l_sidste_dag" AS "_j"
  FROM r18_109
), r18_111 AS (
  SELECT
    *,
    CASE
      WHEN (
        CAST(NULL AS TEXT)
      ) IS NULL
      THEN CASE
        WHEN (
          NOT (
            "fritagelse"
          ) IS NULL
          AND "fritagelse"."overgang" <= CAST((
            "fritagelse"."fra"
          ) + INTERVAL 42 DAY AS DATE)
        )
        AND COALESCE(
          CASE
            WHEN CAST('2019-07-01' AS DATE) <= "fritagelse"."fra"
            THEN 0
            ELSE CAST(NULL AS INT)
          END,
          -1
        ) <> -1
        AND "_j" >= "fritagelse"."fra"
        THEN 'mindre_intensiv_indsats'
        ELSE CAST(NULL AS TEXT)
      END
      ELSE CAST(NULL AS TEXT)
    END AS "_x",
    CASE
      WHEN (
        CAST(NULL AS TEXT)
      ) IS NULL
      THEN COALESCE(
        CASE
          WHEN NOT (
            "fritagelse"
          ) IS NULL
          THEN COALESCE(
            CASE WHEN (
              "fritagelse"
            ) IS NULL THEN 'fritagelse' END,
            CASE WHEN (
              "fritagelse"
            ) IS NULL THEN 'fritagelse' END
          )
        END,
        CASE
          WHEN NOT (
            "fritagelse"
          ) IS NULL
          AND "fritagelse"."overgang" <= CAST((
            "fritagelse"."fra"
          ) + INTERVAL 42 DAY AS DATE)
          THEN COALESCE(
            CASE WHEN (
              "fritagelse"
            ) IS NULL THEN 'fritagelse' END,
            CASE
              WHEN COALESCE(
                CASE
                  WHEN CAST('2019-07-01' AS DATE) <= "fritagelse"."fra"
                  THEN 0
                  ELSE CAST(NULL AS INT)
                END,
                -1
              ) <> -1
              THEN CASE WHEN (
                "fritagelse"
              ) IS NULL THEN 'fritagelse' END
            END
          )
        END
      )
    END AS "_f0"
  FROM r18_110
), r18_112 AS (
  SELECT
    *,
    ARRAY_LENGTH(
      LIST_FILTER(
        "samtaler",
        LAMBDA _x20 : _x20."dato" <= "_e"
        AND (
          "_l_start" <= _x20."dato" AND _x20."dato" < "_l_slut"
        )
        AND (
          _x20."aktør" = 'fælles'
          AND _x20."dato" > CAST("forløbsstart" + INTERVAL 6 MONTH AS DATE)
        )
      )
    ) AS "_l_antal"
  FROM r18_111
), r18_113 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        (
          "forløbsslut"
        ) IS NULL OR "forløbsslut" >= "_l_sidste_dag"
      )
      THEN 0
      WHEN "_l_sidste_dag" < "_e" AND "_l_antal" < 1
      THEN 1
      WHEN "_l_sidste_dag" < "_e"
      THEN 2
      WHEN TRUE
      THEN 3
    END AS "_o"
  FROM r18_112
), r18_114 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        "_f0"
      ) IS NULL
      THEN 'datafejl'
      WHEN NOT (
        "_x"
      ) IS NULL
      THEN 'undtaget'
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 1
      THEN 'overtrådt'
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN 'frist'
    END AS "_art"
  FROM r18_113
), r19_115 AS (
  SELECT
    *,
    (
      (
        "ydelse" = 'dagpenge'
        OR "ydelse" = 'kontanthjælp'
        OR "ydelse" = 'uddannelseshjælp'
        OR "ydelse" = 'ledighedsydelse'
        OR "ydelse" = 'overgangsydelse'
        OR "ydelse" = 'sygedagpenge'
        OR "ydelse" = 'revalidering'
        OR "ydelse" = 'ressourceforløb'
        OR "ydelse" = 'jobafklaringsforløb'
      )
      AND NOT (
        "ydelse" = 'overgangsydelse' AND "i_integrationsprogram"
      )
    )
    OR "ydelse" = 'førtidspension' AS "_a"
  FROM _sager_samtaler
), r19_116 AS (
  SELECT
    *
  FROM r19_115
  WHERE
    NOT (
      CAST(NULL AS TEXT)
    ) IS NULL OR "_a"
), r19_117 AS (
  SELECT
    *,
    LIST_FILTER(
      RANGE(0, ARRAY_LENGTH("samtaler")),
      LAMBDA _i21 : "samtaler"[_i21 + 1]."dato" <= "_e"
      AND (
        "samtaler"[_i21 + 1]."aktør" = 'jobcenter'
        OR "samtaler"[_i21 + 1]."aktør" = 'fælles'
      )
    ) AS "_q"
  FROM r19_116
), r19_118 AS (
  SELECT
    *,
    LIST_MIN(LIST_TRANSFORM("_q", LAMBDA _p22 : "samtaler"[_p22 + 1]."dato")) AS "_m"
  FROM r19_117
), r19_119 AS (
  SELECT
    *,
    LIST_FILTER("_q", LAMBDA _p23 : "samtaler"[_p23 + 1]."dato" = "_m") AS "_t"
  FROM r19_118
), r19_120 AS (
  SELECT
    *,
    COALESCE(
      LIST_FILTER("_t", LAMBDA _p24 : "samtaler"[_p24 + 1]."form" = 'fremmøde')[0 + 1],
      "_t"[0 + 1]
    ) AS "_i"
  FROM r19_119
), r19_121 AS (
  SELECT
    *
  FROM r19_120
  WHERE
    NOT (
      "_i"
    ) IS NULL OR NOT (
      CAST(NULL AS TEXT)
    ) IS NULL
), r19_122 AS (
  SELECT
    *,
    "samtaler"["_i" + 1]."dato" AS "_d"
  FROM r19_121
), r19_123 AS (
  SELECT
    *,
    CASE WHEN CAST('2023-01-01' AS DATE) <= "_d" THEN 0 ELSE CAST(NULL AS INT) END AS "_v"
  FROM r19_122
), r19_124 AS (
  SELECT
    *
  FROM r19_123
  WHERE
    NOT (
      CAST(NULL AS TEXT)
    ) IS NULL OR NOT (
      "_v"
    ) IS NULL
), r19_125 AS (
  SELECT
    *,
    "samtaler"["_i" + 1]."dato" AS "_l_dato"
  FROM r19_124
), r19_126 AS (
  SELECT
    *,
    "_l_dato" AS "_j"
  FROM r19_125
), r19_127 AS (
  SELECT
    *,
    CASE
      WHEN (
        CAST(NULL AS TEXT)
      ) IS NULL
      THEN CASE
        WHEN (
          "ydelse" = 'sygedagpenge' AND "har_arbejdsgiver"
        )
        AND COALESCE(CASE WHEN CAST('2023-01-01' AS DATE) <= "_j" THEN 0 ELSE CAST(NULL AS INT) END, -1) <> -1
        AND TRUE
        THEN 'sygemeldt_med_arbejdsgiver'
        ELSE CAST(NULL AS TEXT)
      END
      ELSE CAST(NULL AS TEXT)
    END AS "_x"
  FROM r19_126
), r19_128 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        "samtaler"["_i" + 1]."form" = 'fremmøde'
      )
      THEN 0
      WHEN TRUE
      THEN 1
    END AS "_o"
  FROM r19_127
), r19_129 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        CAST(NULL AS TEXT)
      ) IS NULL
      THEN 'datafejl'
      WHEN NOT (
        "_x"
      ) IS NULL
      THEN 'undtaget'
      WHEN (
        (
          CAST(NULL AS TEXT)
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN 'overtrådt'
    END AS "_art"
  FROM r19_128
), r20_130 AS (
  SELECT
    *,
    "ydelse" = 'dagpenge' AS "_a"
  FROM _sager_samtaler
  WHERE
    (
      "ydelse"
    ) IS NULL OR "ydelse" IN ('dagpenge')
), r20_131 AS (
  SELECT
    *
  FROM r20_130
  WHERE
    NOT (
      CAST(NULL AS TEXT)
    ) IS NULL OR "_a"
), r20_132 AS (
  SELECT
    *,
    LIST_FILTER(
      RANGE(0, ARRAY_LENGTH("samtaler")),
      LAMBDA _i25 : "samtaler"[_i25 + 1]."dato" <= "_e" AND "samtaler"[_i25 + 1]."aktør" = 'a_kasse'
    ) AS "_q"
  FROM r20_131
), r20_133 AS (
  SELECT
    *,
    LIST_MIN(LIST_TRANSFORM("_q", LAMBDA _p26 : "samtaler"[_p26 + 1]."dato")) AS "_m"
  FROM r20_132
), r20_134 AS (
  SELECT
    *,
    LIST_FILTER("_q", LAMBDA _p27 : "samtaler"[_p27 + 1]."dato" = "_m") AS "_t"
  FROM r20_133
), r20_135 AS (
  SELECT
    *,
    COALESCE(
      LIST_FILTER("_t", LAMBDA _p28 : "samtaler"[_p28 + 1]."form" = 'fremmøde')[0 + 1],
      "_t"[0 + 1]
    ) AS "_i"
  FROM r20_134
), r20_136 AS (
  SELECT
    *
  FROM r20_135
  WHERE
    NOT (
      "_i"
    ) IS NULL OR NOT (
      CAST(NULL AS TEXT)
    ) IS NULL
), r20_137 AS (
  SELECT
    *,
    "samtaler"["_i" + 1]."dato" AS "_d"
  FROM r20_136
), r20_138 AS (
  SELECT
    *,
    CASE WHEN CAST('2023-01-01' AS DATE) <= "_d" THEN 0 ELSE CAST(NULL AS INT) END AS "_v"
  FROM r20_137
), r20_139 AS (
  SELECT
    *
  FROM r20_138
  WHERE
    NOT (
      CAST(NULL AS TEXT)
    ) IS NULL OR NOT (
      "_v"
    ) IS NULL
), r20_140 AS (
  SELECT
    *,
    "samtaler"["_i" + 1]."dato" AS "_l_dato"
  FROM r20_139
), r20_141 AS (
  SELECT
    *,
    "_l_dato" AS "_j"
  FROM r20_140
), r20_142 AS (
  SELECT
    *,
    CASE
      WHEN (
        CAST(NULL AS TEXT)
      ) IS NULL
      THEN CAST(NULL AS TEXT)
      ELSE CAST(NULL AS TEXT)
    END AS "_x"
  FROM r20_141
), r20_143 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        "samtaler"["_i" + 1]."form" = 'fremmøde'
      )
      THEN 0
      WHEN TRUE
      THEN 1
    END AS "_o"
  FROM r20_142
), r20_144 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        CAST(NULL AS TEXT)
      ) IS NULL
      THEN 'datafejl'
      WHEN NOT (
        "_x"
      ) IS NULL
      THEN 'undtaget'
      WHEN (
        (
          CAST(NULL AS TEXT)
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN 'overtrådt'
    END AS "_art"
  FROM r20_143
), r21_145 AS (
  SELECT
    *,
    (
      "ydelse" = 'dagpenge'
      OR "ydelse" = 'kontanthjælp'
      OR "ydelse" = 'uddannelseshjælp'
      OR "ydelse" = 'ledighedsydelse'
      OR "ydelse" = 'overgangsydelse'
      OR "ydelse" = 'sygedagpenge'
      OR "ydelse" = 'revalidering'
      OR "ydelse" = 'ressourceforløb'
      OR "ydelse" = 'jobafklaringsforløb'
    )
    AND NOT (
      "ydelse" = 'overgangsydelse' AND "i_integrationsprogram"
    ) AS "_a"
  FROM _sager_samtaler
  WHERE
    (
      "ydelse"
    ) IS NULL
    OR "ydelse" IN (
      'dagpenge',
      'kontanthjælp',
      'uddannelseshjælp',
      'ledighedsydelse',
      'overgangsydelse',
      'sygedagpenge',
      'revalidering',
      'ressourceforløb',
      'jobafklaringsforløb'
    )
), r21_146 AS (
  SELECT
    *
  FROM r21_145
  WHERE
    NOT (
      CAST(NULL AS TEXT)
    ) IS NULL OR "_a"
), r21_147 AS (
  SELECT
    *,
    LIST_FILTER(
      RANGE(0, ARRAY_LENGTH("samtaler")),
      LAMBDA _i29 : "samtaler"[_i29 + 1]."dato" <= "_e"
    ) AS "_q"
  FROM r21_146
), r21_148 AS (
  SELECT
    *,
    UNNEST(CASE WHEN NOT (
      CAST(NULL AS TEXT)
    ) IS NULL THEN [-1] ELSE "_q" END) AS "_i"
  FROM r21_147
), r21_149 AS (
  SELECT
    *,
    "samtaler"["_i" + 1]."dato" AS "_d"
  FROM r21_148
), r21_150 AS (
  SELECT
    *,
    CASE
      WHEN CAST('2022-01-01' AS DATE) <= "_d" AND "_d" <= CAST('2022-12-31' AS DATE)
      THEN 0
      ELSE CAST(NULL AS INT)
    END AS "_v"
  FROM r21_149
), r21_151 AS (
  SELECT
    *
  FROM r21_150
  WHERE
    NOT (
      CAST(NULL AS TEXT)
    ) IS NULL OR NOT (
      "_v"
    ) IS NULL
), r21_152 AS (
  SELECT
    *,
    "samtaler"["_i" + 1]."dato" < CAST("forløbsstart" + INTERVAL 6 MONTH AS DATE) AS "_s"
  FROM r21_151
), r21_153 AS (
  SELECT
    *
  FROM r21_152
  WHERE
    NOT (
      CAST(NULL AS TEXT)
    ) IS NULL OR "_s"
), r21_154 AS (
  SELECT
    *,
    "samtaler"["_i" + 1]."dato" AS "_l_dato"
  FROM r21_153
), r21_155 AS (
  SELECT
    *,
    "_l_dato" AS "_j"
  FROM r21_154
), r21_156 AS (
  SELECT
    *,
    CASE
      WHEN (
        CAST(NULL AS TEXT)
      ) IS NULL
      THEN CAST(NULL AS TEXT)
      ELSE CAST(NULL AS TEXT)
    END AS "_x"
  FROM r21_155
), r21_157 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        "samtaler"["_i" + 1]."form" = 'fremmøde'
      )
      THEN 0
      WHEN TRUE
      THEN 1
    END AS "_o"
  FROM r21_156
), r21_158 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        CAST(NULL AS TEXT)
      ) IS NULL
      THEN 'datafejl'
      WHEN NOT (
        "_x"
      ) IS NULL
      THEN 'undtaget'
      WHEN (
        (
          CAST(NULL AS TEXT)
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN 'overtrådt'
    END AS "_art"
  FROM r21_157
), r23_159 AS (
  SELECT
    *,
    (
      "ydelse" = 'dagpenge'
      OR "ydelse" = 'kontanthjælp'
      OR "ydelse" = 'uddannelseshjælp'
      OR "ydelse" = 'ledighedsydelse'
      OR "ydelse" = 'overgangsydelse'
      OR "ydelse" = 'sygedagpenge'
      OR "ydelse" = 'revalidering'
      OR "ydelse" = 'ressourceforløb'
      OR "ydelse" = 'jobafklaringsforløb'
      OR "ydelse" = 'førtidspension'
    ) AS "_a"
  FROM _sager_samtaler
), r23_160 AS (
  SELECT
    *
  FROM r23_159
  WHERE
    NOT (
      CAST(NULL AS TEXT)
    ) IS NULL OR "_a"
), r23_161 AS (
  SELECT
    *,
    LIST_FILTER(
      RANGE(0, ARRAY_LENGTH("samtaler")),
      LAMBDA _i30 : "samtaler"[_i30 + 1]."dato" <= "_e"
    ) AS "_q"
  FROM r23_160
), r23_162 AS (
  SELECT
    *,
    UNNEST(CASE WHEN NOT (
      CAST(NULL AS TEXT)
    ) IS NULL THEN [-1] ELSE "_q" END) AS "_i"
  FROM r23_161
), r23_163 AS (
  SELECT
    *,
    "samtaler"["_i" + 1]."dato" AS "_d"
  FROM r23_162
), r23_164 AS (
  SELECT
    *,
    CASE WHEN CAST('2023-01-01' AS DATE) <= "_d" THEN 0 ELSE CAST(NULL AS INT) END AS "_v"
  FROM r23_163
), r23_165 AS (
  SELECT
    *
  FROM r23_164
  WHERE
    NOT (
      CAST(NULL AS TEXT)
    ) IS NULL OR NOT (
      "_v"
    ) IS NULL
), r23_166 AS (
  SELECT
    *,
    "samtaler"["_i" + 1]."dato" AS "_l_dato"
  FROM r23_165
), r23_167 AS (
  SELECT
    *,
    "_l_dato" AS "_j"
  FROM r23_166
), r23_168 AS (
  SELECT
    *,
    CASE
      WHEN (
        CAST(NULL AS TEXT)
      ) IS NULL
      THEN CAST(NULL AS TEXT)
      ELSE CAST(NULL AS TEXT)
    END AS "_x"
  FROM r23_167
), r23_169 AS (
  SELECT
    *,
    CASE WHEN "samtaler"["_i" + 1]."form" = 'brev' THEN 0 WHEN TRUE THEN 1 END AS "_o"
  FROM r23_168
), r23_170 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        CAST(NULL AS TEXT)
      ) IS NULL
      THEN 'datafejl'
      WHEN NOT (
        "_x"
      ) IS NULL
      THEN 'undtaget'
      WHEN (
        (
          CAST(NULL AS TEXT)
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN 'overtrådt'
    END AS "_art"
  FROM r23_169
), r24_171 AS (
  SELECT
    *,
    "ydelse" = 'uddannelseshjælp' AS "_a"
  FROM _sager_tilbud
  WHERE
    (
      "ydelse"
    ) IS NULL OR "ydelse" IN ('uddannelseshjælp')
), r24_172 AS (
  SELECT
    *
  FROM r24_171
  WHERE
    NOT (
      CAST(NULL AS TEXT)
    ) IS NULL OR "_a"
), r24_173 AS (
  SELECT
    *,
    "forløbsstart" AS "_d"
  FROM r24_172
), r24_174 AS (
  SELECT
    *,
    CASE WHEN CAST('2019-07-01' AS DATE) <= "_d" THEN 0 ELSE CAST(NULL AS INT) END AS "_v"
  FROM r24_173
), r24_175 AS (
  SELECT
    *
  FROM r24_174
  WHERE
    NOT (
      CAST(NULL AS TEXT)
    ) IS NULL OR NOT (
      "_v"
    ) IS NULL
), r24_176 AS (
  SELECT
    *,
    CAST(CAST("forløbsstart" + INTERVAL 1 MONTH AS DATE) + INTERVAL (-(
      1
    )) DAY AS DATE) AS "_l_frist"
  FROM r24_175
), r24_177 AS (
  SELECT
    *,
    "_l_frist" AS "_j"
  FROM r24_176
), r24_178 AS (
  SELECT
    *,
    CASE
      WHEN (
        CAST(NULL AS TEXT)
      ) IS NULL
      THEN CASE
        WHEN (
          NOT (
            "fritagelse"
          ) IS NULL
          AND "fritagelse"."overgang" <= CAST((
            "fritagelse"."fra"
          ) + INTERVAL 42 DAY AS DATE)
        )
        AND COALESCE(
          CASE
            WHEN CAST('2019-07-01' AS DATE) <= "fritagelse"."fra"
            THEN 0
            ELSE CAST(NULL AS INT)
          END,
          -1
        ) <> -1
        AND "_j" >= "fritagelse"."fra"
        THEN 'mindre_intensiv_indsats'
        ELSE CAST(NULL AS TEXT)
      END
      ELSE CAST(NULL AS TEXT)
    END AS "_x",
    CASE
      WHEN (
        CAST(NULL AS TEXT)
      ) IS NULL
      THEN COALESCE(
        CASE
          WHEN NOT (
            "fritagelse"
          ) IS NULL
          THEN COALESCE(
            CASE WHEN (
              "fritagelse"
            ) IS NULL THEN 'fritagelse' END,
            CASE WHEN (
              "fritagelse"
            ) IS NULL THEN 'fritagelse' END
          )
        END,
        CASE
          WHEN NOT (
            "fritagelse"
          ) IS NULL
          AND "fritagelse"."overgang" <= CAST((
            "fritagelse"."fra"
          ) + INTERVAL 42 DAY AS DATE)
          THEN COALESCE(
            CASE WHEN (
              "fritagelse"
            ) IS NULL THEN 'fritagelse' END,
            CASE
              WHEN COALESCE(
                CASE
                  WHEN CAST('2019-07-01' AS DATE) <= "fritagelse"."fra"
                  THEN 0
                  ELSE CAST(NULL AS INT)
                END,
                -1
              ) <> -1
              THEN CASE WHEN (
                "fritagelse"
              ) IS NULL THEN 'fritagelse' END
            END
          )
        END
      )
    END AS "_f0"
  FROM r24_177
), r24_179 AS (
  SELECT
    *,
    LIST_MIN(
      LIST_TRANSFORM(
        LIST_FILTER("tilbud", LAMBDA _x32 : _x32."start" <= "_e"),
        LAMBDA _x33 : _x33."start"
      )
    ) AS "_l_dato"
  FROM r24_178
), r24_180 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        "_l_dato"
      ) IS NULL AND "_l_dato" > "_l_frist"
      THEN 0
      WHEN NOT (
        "_l_dato"
      ) IS NULL
      THEN 1
      WHEN NOT (
        (
          "forløbsslut"
        ) IS NULL OR "forløbsslut" >= "_l_frist"
      )
      THEN 2
      WHEN "_l_frist" < "_e"
      THEN 3
      WHEN TRUE
      THEN 4
    END AS "_o"
  FROM r24_179
), r24_181 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        "_f0"
      ) IS NULL
      THEN 'datafejl'
      WHEN NOT (
        "_x"
      ) IS NULL
      THEN 'undtaget'
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 0
      THEN 'overtrådt'
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN 'overtrådt'
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 4
      THEN 'frist'
    END AS "_art"
  FROM r24_180
), r25_182 AS (
  SELECT
    *,
    "ydelse" = 'uddannelseshjælp' AS "_a"
  FROM _sager_tilbud
  WHERE
    (
      "ydelse"
    ) IS NULL OR "ydelse" IN ('uddannelseshjælp')
), r25_183 AS (
  SELECT
    *
  FROM r25_182
  WHERE
    NOT (
      CAST(NULL AS TEXT)
    ) IS NULL OR "_a"
), r25_184 AS (
  SELECT
    *,
    LIST_FILTER(RANGE(0, ARRAY_LENGTH("tilbud")), LAMBDA _i34 : "tilbud"[_i34 + 1]."start" <= "_e") AS "_q"
  FROM r25_183
), r25_185 AS (
  SELECT
    *,
    LIST_SORT(
      LIST_TRANSFORM(
        "_q",
        LAMBDA _p37 : {'s': "tilbud"[_p37 + 1]."start", 'i': _p37, 'e': COALESCE(
          CASE
            WHEN NOT (
              "tilbud"[_p37 + 1]."slut"
            ) IS NULL AND "tilbud"[_p37 + 1]."slut" <= "_e"
            THEN "tilbud"[_p37 + 1]."slut"
            ELSE CAST(NULL AS DATE)
          END,
          CAST('9999-12-31' AS DATE)
        )}
      )
    ) AS "_p",
    CASE
      WHEN (
        CAST(NULL AS TEXT)
      ) IS NULL
      THEN LIST_FILTER(
        LIST_TRANSFORM(
          "_q",
          LAMBDA _p35 : CASE
            WHEN (
              NOT (
                "tilbud"[_p35 + 1]."slut"
              ) IS NULL AND "tilbud"[_p35 + 1]."slut" <= "_e"
            )
            AND "tilbud"[_p35 + 1]."slut" < "tilbud"[_p35 + 1]."start"
            THEN 'tilbud[' || CAST(_p35 AS TEXT) || '].slut' || '|' || CAST("tilbud"[_p35 + 1]."start" AS TEXT) || '|' || CAST("tilbud"[_p35 + 1]."slut" AS TEXT)
          END
        ),
        LAMBDA _p36 : NOT (
          _p36
        ) IS NULL
      )[0 + 1]
    END AS "_f0"
  FROM r25_184
), r25_186 AS (
  SELECT
    *,
    LIST_TRANSFORM(
      RANGE(0, ARRAY_LENGTH("_p")),
      LAMBDA _p38 : LIST_MAX(
        LIST_TRANSFORM(
          LIST_FILTER(RANGE(0, ARRAY_LENGTH("_p")), LAMBDA _p39 : _p39 <= _p38),
          LAMBDA _p40 : "_p"[_p40 + 1]."e"
        )
      )
    ) AS "_r"
  FROM r25_185
), r25_187 AS (
  SELECT
    *,
    LIST_FILTER(
      RANGE(0, ARRAY_LENGTH("_p")),
      LAMBDA _p41 : "_r"[_p41 + 1] <> CAST('9999-12-31' AS DATE)
      AND (
        _p41 = ARRAY_LENGTH("_p") - 1 OR "_p"[_p41 + 1 + 1]."s" > "_r"[_p41 + 1]
      )
    ) AS "_gaps"
  FROM r25_186
), r25_188 AS (
  SELECT
    *,
    UNNEST(CASE WHEN NOT (
      "_f0"
    ) IS NULL THEN [-1] ELSE "_gaps" END) AS "_k"
  FROM r25_187
), r25_189 AS (
  SELECT
    *,
    "_p"[LIST_MAX(
      LIST_FILTER(
        RANGE(0, ARRAY_LENGTH("_p")),
        LAMBDA _p42 : _p42 <= "_k" AND "_p"[_p42 + 1]."e" = "_r"["_k" + 1]
      )
    ) + 1]."i" AS "_i",
    "_r"["_k" + 1] AS "_l_ende",
    CASE
      WHEN "_k" < ARRAY_LENGTH("_p") - 1
      THEN "_p"["_k" + 1 + 1]."s"
      ELSE CAST(NULL AS DATE)
    END AS "_l_naeste"
  FROM r25_188
), r25_190 AS (
  SELECT
    *,
    "tilbud"["_i" + 1]."slut" AS "_d",
    CASE
      WHEN (
        "_f0"
      ) IS NULL
      THEN COALESCE(
        CASE
          WHEN NOT (
            "tilbud"["_i" + 1]."start"
          ) IS NULL
          AND NOT (
            "tilbud"["_i" + 1]."slut"
          ) IS NULL
          AND "tilbud"["_i" + 1]."slut" < "tilbud"["_i" + 1]."start"
          THEN 'tilbud[' || CAST("_i" AS TEXT) || '].slut' || '|' || CAST("tilbud"["_i" + 1]."start" AS TEXT) || '|' || CAST("tilbud"["_i" + 1]."slut" AS TEXT)
        END,
        CASE
          WHEN (
            "tilbud"["_i" + 1]."slut"
          ) IS NULL
          THEN 'tilbud[' || CAST("_i" AS TEXT) || '].slut'
        END
      )
    END AS "_f1"
  FROM r25_189
), r25_191 AS (
  SELECT
    *,
    CASE
      WHEN CAST('2019-07-01' AS DATE) <= "_d" AND "_d" <= CAST('2021-12-31' AS DATE)
      THEN 0
      WHEN CAST('2022-01-01' AS DATE) <= "_d"
      THEN 1
      ELSE CAST(NULL AS INT)
    END AS "_v"
  FROM r25_190
), r25_192 AS (
  SELECT
    *
  FROM r25_191
  WHERE
    NOT (
      COALESCE("_f0", "_f1")
    ) IS NULL OR NOT (
      "_v"
    ) IS NULL
), r25_193 AS (
  SELECT
    *,
    CASE WHEN "_v" = 0 THEN 0 WHEN "_v" = 1 THEN 4 END AS "_l_graense_m",
    CASE WHEN "_v" = 0 THEN 28 WHEN "_v" = 1 THEN 0 END AS "_l_graense_d"
  FROM r25_192
), r25_194 AS (
  SELECT
    *,
    CAST(CAST("_l_ende" + INTERVAL ("_l_graense_m") MONTH AS DATE) + INTERVAL ("_l_graense_d") DAY AS DATE) AS "_l_seneste"
  FROM r25_193
), r25_195 AS (
  SELECT
    *,
    "_l_seneste" AS "_j"
  FROM r25_194
), r25_196 AS (
  SELECT
    *,
    CASE
      WHEN (
        COALESCE("_f0", "_f1")
      ) IS NULL
      THEN CASE
        WHEN (
          NOT (
            "fritagelse"
          ) IS NULL
          AND "fritagelse"."overgang" <= CAST((
            "fritagelse"."fra"
          ) + INTERVAL 42 DAY AS DATE)
        )
        AND COALESCE(
          CASE
            WHEN CAST('2019-07-01' AS DATE) <= "fritagelse"."fra"
            THEN 0
            ELSE CAST(NULL AS INT)
          END,
          -1
        ) <> -1
        AND "_j" >= "fritagelse"."fra"
        THEN 'mindre_intensiv_indsats'
        ELSE CAST(NULL AS TEXT)
      END
      ELSE CAST(NULL AS TEXT)
    END AS "_x",
    CASE
      WHEN (
        COALESCE("_f0", "_f1")
      ) IS NULL
      THEN COALESCE(
        CASE
          WHEN NOT (
            "fritagelse"
          ) IS NULL
          THEN COALESCE(
            CASE WHEN (
              "fritagelse"
            ) IS NULL THEN 'fritagelse' END,
            CASE WHEN (
              "fritagelse"
            ) IS NULL THEN 'fritagelse' END
          )
        END,
        CASE
          WHEN NOT (
            "fritagelse"
          ) IS NULL
          AND "fritagelse"."overgang" <= CAST((
            "fritagelse"."fra"
          ) + INTERVAL 42 DAY AS DATE)
          THEN COALESCE(
            CASE WHEN (
              "fritagelse"
            ) IS NULL THEN 'fritagelse' END,
            CASE
              WHEN COALESCE(
                CASE
                  WHEN CAST('2019-07-01' AS DATE) <= "fritagelse"."fra"
                  THEN 0
                  ELSE CAST(NULL AS INT)
                END,
                -1
              ) <> -1
              THEN CASE WHEN (
                "fritagelse"
              ) IS NULL THEN 'fritagelse' END
            END
          )
        END
      )
    END AS "_f2"
  FROM r25_195
), r25_197 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        "_l_naeste"
      ) IS NULL AND "_l_naeste" > "_l_seneste"
      THEN 0
      WHEN NOT (
        "_l_naeste"
      ) IS NULL
      THEN 1
      WHEN NOT (
        (
          "forløbsslut"
        ) IS NULL OR "forløbsslut" >= "_l_seneste"
      )
      THEN 2
      WHEN "_l_seneste" < "_e"
      THEN 3
      WHEN TRUE
      THEN 4
    END AS "_o"
  FROM r25_196
), r25_198 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        COALESCE("_f0", "_f1", "_f2")
      ) IS NULL
      THEN 'datafejl'
      WHEN NOT (
        "_x"
      ) IS NULL
      THEN 'undtaget'
      WHEN (
        (
          COALESCE("_f0", "_f1", "_f2")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN 'overtrådt'
      WHEN (
        (
          COALESCE("_f0", "_f1", "_f2")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 3
      THEN 'overtrådt'
      WHEN (
        (
          COALESCE("_f0", "_f1", "_f2")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 4
      THEN 'frist'
    END AS "_art"
  FROM r25_197
), r26_199 AS (
  SELECT
    *,
    (
      "ydelse" = 'dagpenge'
      OR "ydelse" = 'kontanthjælp'
      OR "ydelse" = 'uddannelseshjælp'
      OR "ydelse" = 'ledighedsydelse'
      OR "ydelse" = 'overgangsydelse'
      OR "ydelse" = 'sygedagpenge'
      OR "ydelse" = 'revalidering'
      OR "ydelse" = 'ressourceforløb'
      OR "ydelse" = 'jobafklaringsforløb'
      OR "ydelse" = 'førtidspension'
    ) AS "_a"
  FROM _sager_tilbud
), r26_200 AS (
  SELECT
    *
  FROM r26_199
  WHERE
    NOT (
      CAST(NULL AS TEXT)
    ) IS NULL OR "_a"
), r26_201 AS (
  SELECT
    *,
    LIST_FILTER(RANGE(0, ARRAY_LENGTH("tilbud")), LAMBDA _i43 : "tilbud"[_i43 + 1]."start" <= "_e") AS "_q"
  FROM r26_200
), r26_202 AS (
  SELECT
    *,
    UNNEST(CASE WHEN NOT (
      CAST(NULL AS TEXT)
    ) IS NULL THEN [-1] ELSE "_q" END) AS "_i"
  FROM r26_201
), r26_203 AS (
  SELECT
    *,
    "tilbud"["_i" + 1]."start" AS "_d"
  FROM r26_202
), r26_204 AS (
  SELECT
    *,
    CASE WHEN CAST('2019-07-01' AS DATE) <= "_d" THEN 0 ELSE CAST(NULL AS INT) END AS "_v"
  FROM r26_203
), r26_205 AS (
  SELECT
    *
  FROM r26_204
  WHERE
    NOT (
      CAST(NULL AS TEXT)
    ) IS NULL OR NOT (
      "_v"
    ) IS NULL
), r26_206 AS (
  SELECT
    *,
    "tilbud"["_i" + 1]."type" = 'løntilskud' AS "_s"
  FROM r26_205
), r26_207 AS (
  SELECT
    *
  FROM r26_206
  WHERE
    NOT (
      CAST(NULL AS TEXT)
    ) IS NULL OR "_s"
), r26_208 AS (
  SELECT
    *,
    "tilbud"["_i" + 1]."start" AS "_l_start"
  FROM r26_207
), r26_209 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        "tilbud"["_i" + 1]."slut"
      ) IS NULL AND "tilbud"["_i" + 1]."slut" <= "_e"
      THEN "tilbud"["_i" + 1]."slut"
      ELSE CAST(NULL AS DATE)
    END AS "_l_slut",
    CASE
      WHEN (
        CAST(NULL AS TEXT)
      ) IS NULL
      THEN CASE
        WHEN (
          NOT (
            "tilbud"["_i" + 1]."slut"
          ) IS NULL AND "tilbud"["_i" + 1]."slut" <= "_e"
        )
        AND "tilbud"["_i" + 1]."slut" < "tilbud"["_i" + 1]."start"
        THEN 'tilbud[' || CAST("_i" AS TEXT) || '].slut' || '|' || CAST("tilbud"["_i" + 1]."start" AS TEXT) || '|' || CAST("tilbud"["_i" + 1]."slut" AS TEXT)
      END
    END AS "_f0"
  FROM r26_208
), r26_210 AS (
  SELECT
    *,
    CASE
      WHEN NOT NOT (
        COALESCE(
          COALESCE(
            CASE
              WHEN NOT (
                "ydelse" = 'dagpenge'
              )
              THEN CASE
                WHEN (
                  "ydelse" = 'kontanthjælp' OR "ydelse" = 'overgangsydelse'
                )
                THEN CASE WHEN (
                  "visitation"
                ) IS NULL THEN 'visitation' END
              END
            END,
            CASE
              WHEN NOT (
                "ydelse" = 'dagpenge'
                OR (
                  (
                    "ydelse" = 'kontanthjælp' OR "ydelse" = 'overgangsydelse'
                  )
                  AND "visitation" = 'jobparat'
                )
              )
              THEN CASE
                WHEN "ydelse" = 'uddannelseshjælp'
                THEN CASE WHEN (
                  "visitation"
                ) IS NULL THEN 'visitation' END
              END
            END
          ),
          CASE
            WHEN (
              "ydelse" = 'dagpenge'
              OR (
                (
                  "ydelse" = 'kontanthjælp' OR "ydelse" = 'overgangsydelse'
                )
                AND "visitation" = 'jobparat'
              )
            )
            OR (
              "ydelse" = 'uddannelseshjælp' AND "visitation" = 'åbenlyst_uddannelsesparat'
            )
            THEN CASE
              WHEN (
                "tilbud"["_i" + 1]."arbejdsgiver"
              ) IS NULL
              THEN 'tilbud[' || CAST("_i" AS TEXT) || '].arbejdsgiver'
            END
          END
        )
      ) IS NULL
      THEN CASE
        WHEN (
          (
            "ydelse" = 'dagpenge'
            OR (
              (
                "ydelse" = 'kontanthjælp' OR "ydelse" = 'overgangsydelse'
              )
              AND "visitation" = 'jobparat'
            )
          )
          OR (
            "ydelse" = 'uddannelseshjælp' AND "visitation" = 'åbenlyst_uddannelsesparat'
          )
        )
        AND "tilbud"["_i" + 1]."arbejdsgiver" = 'offentlig'
        THEN 4
        ELSE 6
      END
      WHEN COALESCE("_l_slut", "_e") > CASE
        WHEN CAST(CAST("_l_start" + INTERVAL 4 MONTH AS DATE) + INTERVAL (-(
          1
        )) DAY AS DATE) IS NULL
        OR CAST(CAST("_l_start" + INTERVAL 6 MONTH AS DATE) + INTERVAL (-(
          1
        )) DAY AS DATE) IS NULL
        THEN NULL
        ELSE GREATEST(
          CAST(CAST("_l_start" + INTERVAL 4 MONTH AS DATE) + INTERVAL (-(
            1
          )) DAY AS DATE),
          CAST(CAST("_l_start" + INTERVAL 6 MONTH AS DATE) + INTERVAL (-(
            1
          )) DAY AS DATE)
        )
      END
      THEN CASE
        WHEN NOT (
          CAST(CAST("_l_start" + INTERVAL 4 MONTH AS DATE) + INTERVAL (-(
            1
          )) DAY AS DATE) < CAST(CAST("_l_start" + INTERVAL 6 MONTH AS DATE) + INTERVAL (-(
            1
          )) DAY AS DATE)
          OR (
            CAST(CAST("_l_start" + INTERVAL 4 MONTH AS DATE) + INTERVAL (-(
              1
            )) DAY AS DATE) = CAST(CAST("_l_start" + INTERVAL 6 MONTH AS DATE) + INTERVAL (-(
              1
            )) DAY AS DATE)
            AND (
              4 < 6 OR (
                4 = 6 AND 0 < 0
              )
            )
          )
        )
        THEN 4
        WHEN NOT (
          CAST(CAST("_l_start" + INTERVAL 6 MONTH AS DATE) + INTERVAL (-(
            1
          )) DAY AS DATE) < CAST(CAST("_l_start" + INTERVAL 4 MONTH AS DATE) + INTERVAL (-(
            1
          )) DAY AS DATE)
          OR (
            CAST(CAST("_l_start" + INTERVAL 6 MONTH AS DATE) + INTERVAL (-(
              1
            )) DAY AS DATE) = CAST(CAST("_l_start" + INTERVAL 4 MONTH AS DATE) + INTERVAL (-(
              1
            )) DAY AS DATE)
            AND (
              6 < 4 OR (
                6 = 4 AND 0 < 0
              )
            )
          )
        )
        THEN 6
      END
      ELSE CASE
        WHEN NOT (
          CAST(CAST("_l_start" + INTERVAL 6 MONTH AS DATE) + INTERVAL (-(
            1
          )) DAY AS DATE) < CAST(CAST("_l_start" + INTERVAL 4 MONTH AS DATE) + INTERVAL (-(
            1
          )) DAY AS DATE)
          OR (
            CAST(CAST("_l_start" + INTERVAL 6 MONTH AS DATE) + INTERVAL (-(
              1
            )) DAY AS DATE) = CAST(CAST("_l_start" + INTERVAL 4 MONTH AS DATE) + INTERVAL (-(
              1
            )) DAY AS DATE)
            AND (
              6 < 4 OR (
                6 = 4 AND 0 < 0
              )
            )
          )
        )
        THEN 4
        WHEN NOT (
          CAST(CAST("_l_start" + INTERVAL 4 MONTH AS DATE) + INTERVAL (-(
            1
          )) DAY AS DATE) < CAST(CAST("_l_start" + INTERVAL 6 MONTH AS DATE) + INTERVAL (-(
            1
          )) DAY AS DATE)
          OR (
            CAST(CAST("_l_start" + INTERVAL 4 MONTH AS DATE) + INTERVAL (-(
              1
            )) DAY AS DATE) = CAST(CAST("_l_start" + INTERVAL 6 MONTH AS DATE) + INTERVAL (-(
              1
            )) DAY AS DATE)
            AND (
              4 < 6 OR (
                4 = 6 AND 0 < 0
              )
            )
          )
        )
        THEN 6
      END
    END AS "_l_graense_m",
    CASE
      WHEN NOT NOT (
        COALESCE(
          COALESCE(
            CASE
              WHEN NOT (
                "ydelse" = 'dagpenge'
              )
              THEN CASE
                WHEN (
                  "ydelse" = 'kontanthjælp' OR "ydelse" = 'overgangsydelse'
                )
                THEN CASE WHEN (
                  "visitation"
                ) IS NULL THEN 'visitation' END
              END
            END,
            CASE
              WHEN NOT (
                "ydelse" = 'dagpenge'
                OR (
                  (
                    "ydelse" = 'kontanthjælp' OR "ydelse" = 'overgangsydelse'
                  )
                  AND "visitation" = 'jobparat'
                )
              )
              THEN CASE
                WHEN "ydelse" = 'uddannelseshjælp'
                THEN CASE WHEN (
                  "visitation"
                ) IS NULL THEN 'visitation' END
              END
            END
          ),
          CASE
            WHEN (
              "ydelse" = 'dagpenge'
              OR (
                (
                  "ydelse" = 'kontanthjælp' OR "ydelse" = 'overgangsydelse'
                )
                AND "visitation" = 'jobparat'
              )
            )
            OR (
              "ydelse" = 'uddannelseshjælp' AND "visitation" = 'åbenlyst_uddannelsesparat'
            )
            THEN CASE
              WHEN (
                "tilbud"["_i" + 1]."arbejdsgiver"
              ) IS NULL
              THEN 'tilbud[' || CAST("_i" AS TEXT) || '].arbejdsgiver'
            END
          END
        )
      ) IS NULL
      THEN CASE
        WHEN (
          (
            "ydelse" = 'dagpenge'
            OR (
              (
                "ydelse" = 'kontanthjælp' OR "ydelse" = 'overgangsydelse'
              )
              AND "visitation" = 'jobparat'
            )
          )
          OR (
            "ydelse" = 'uddannelseshjælp' AND "visitation" = 'åbenlyst_uddannelsesparat'
          )
        )
        AND "tilbud"["_i" + 1]."arbejdsgiver" = 'offentlig'
        THEN 0
        ELSE 0
      END
      WHEN COALESCE("_l_slut", "_e") > CASE
        WHEN CAST(CAST("_l_start" + INTERVAL 4 MONTH AS DATE) + INTERVAL (-(
          1
        )) DAY AS DATE) IS NULL
        OR CAST(CAST("_l_start" + INTERVAL 6 MONTH AS DATE) + INTERVAL (-(
          1
        )) DAY AS DATE) IS NULL
        THEN NULL
        ELSE GREATEST(
          CAST(CAST("_l_start" + INTERVAL 4 MONTH AS DATE) + INTERVAL (-(
            1
          )) DAY AS DATE),
          CAST(CAST("_l_start" + INTERVAL 6 MONTH AS DATE) + INTERVAL (-(
            1
          )) DAY AS DATE)
        )
      END
      THEN CASE
        WHEN NOT (
          CAST(CAST("_l_start" + INTERVAL 4 MONTH AS DATE) + INTERVAL (-(
            1
          )) DAY AS DATE) < CAST(CAST("_l_start" + INTERVAL 6 MONTH AS DATE) + INTERVAL (-(
            1
          )) DAY AS DATE)
          OR (
            CAST(CAST("_l_start" + INTERVAL 4 MONTH AS DATE) + INTERVAL (-(
              1
            )) DAY AS DATE) = CAST(CAST("_l_start" + INTERVAL 6 MONTH AS DATE) + INTERVAL (-(
              1
            )) DAY AS DATE)
            AND (
              4 < 6 OR (
                4 = 6 AND 0 < 0
              )
            )
          )
        )
        THEN 0
        WHEN NOT (
          CAST(CAST("_l_start" + INTERVAL 6 MONTH AS DATE) + INTERVAL (-(
            1
          )) DAY AS DATE) < CAST(CAST("_l_start" + INTERVAL 4 MONTH AS DATE) + INTERVAL (-(
            1
          )) DAY AS DATE)
          OR (
            CAST(CAST("_l_start" + INTERVAL 6 MONTH AS DATE) + INTERVAL (-(
              1
            )) DAY AS DATE) = CAST(CAST("_l_start" + INTERVAL 4 MONTH AS DATE) + INTERVAL (-(
              1
            )) DAY AS DATE)
            AND (
              6 < 4 OR (
                6 = 4 AND 0 < 0
              )
            )
          )
        )
        THEN 0
      END
      ELSE CASE
        WHEN NOT (
          CAST(CAST("_l_start" + INTERVAL 6 MONTH AS DATE) + INTERVAL (-(
            1
          )) DAY AS DATE) < CAST(CAST("_l_start" + INTERVAL 4 MONTH AS DATE) + INTERVAL (-(
            1
          )) DAY AS DATE)
          OR (
            CAST(CAST("_l_start" + INTERVAL 6 MONTH AS DATE) + INTERVAL (-(
              1
            )) DAY AS DATE) = CAST(CAST("_l_start" + INTERVAL 4 MONTH AS DATE) + INTERVAL (-(
              1
            )) DAY AS DATE)
            AND (
              6 < 4 OR (
                6 = 4 AND 0 < 0
              )
            )
          )
        )
        THEN 0
        WHEN NOT (
          CAST(CAST("_l_start" + INTERVAL 4 MONTH AS DATE) + INTERVAL (-(
            1
          )) DAY AS DATE) < CAST(CAST("_l_start" + INTERVAL 6 MONTH AS DATE) + INTERVAL (-(
            1
          )) DAY AS DATE)
          OR (
            CAST(CAST("_l_start" + INTERVAL 4 MONTH AS DATE) + INTERVAL (-(
              1
            )) DAY AS DATE) = CAST(CAST("_l_start" + INTERVAL 6 MONTH AS DATE) + INTERVAL (-(
              1
            )) DAY AS DATE)
            AND (
              4 < 6 OR (
                4 = 6 AND 0 < 0
              )
            )
          )
        )
        THEN 0
      END
    END AS "_l_graense_d",
    CASE
      WHEN (
        "_f0"
      ) IS NULL
      THEN CASE
        WHEN NOT (
          COALESCE(
            COALESCE(
              CASE
                WHEN NOT (
                  "ydelse" = 'dagpenge'
                )
                THEN CASE
                  WHEN (
                    "ydelse" = 'kontanthjælp' OR "ydelse" = 'overgangsydelse'
                  )
                  THEN CASE WHEN (
                    "visitation"
                  ) IS NULL THEN 'visitation' END
                END
              END,
              CASE
                WHEN NOT (
                  "ydelse" = 'dagpenge'
                  OR (
                    (
                      "ydelse" = 'kontanthjælp' OR "ydelse" = 'overgangsydelse'
                    )
                    AND "visitation" = 'jobparat'
                  )
                )
                THEN CASE
                  WHEN "ydelse" = 'uddannelseshjælp'
                  THEN CASE WHEN (
                    "visitation"
                  ) IS NULL THEN 'visitation' END
                END
              END
            ),
            CASE
              WHEN (
                "ydelse" = 'dagpenge'
                OR (
                  (
                    "ydelse" = 'kontanthjælp' OR "ydelse" = 'overgangsydelse'
                  )
                  AND "visitation" = 'jobparat'
                )
              )
              OR (
                "ydelse" = 'uddannelseshjælp' AND "visitation" = 'åbenlyst_uddannelsesparat'
              )
              THEN CASE
                WHEN (
                  "tilbud"["_i" + 1]."arbejdsgiver"
                ) IS NULL
                THEN 'tilbud[' || CAST("_i" AS TEXT) || '].arbejdsgiver'
              END
            END
          )
        ) IS NULL
        AND NOT (
          COALESCE("_l_slut", "_e") > CASE
            WHEN CAST(CAST("_l_start" + INTERVAL 4 MONTH AS DATE) + INTERVAL (-(
              1
            )) DAY AS DATE) IS NULL
            OR CAST(CAST("_l_start" + INTERVAL 6 MONTH AS DATE) + INTERVAL (-(
              1
            )) DAY AS DATE) IS NULL
            THEN NULL
            ELSE GREATEST(
              CAST(CAST("_l_start" + INTERVAL 4 MONTH AS DATE) + INTERVAL (-(
                1
              )) DAY AS DATE),
              CAST(CAST("_l_start" + INTERVAL 6 MONTH AS DATE) + INTERVAL (-(
                1
              )) DAY AS DATE)
            )
          END
          OR (
            NOT (
              "_l_slut"
            ) IS NULL
            AND "_l_slut" <= CASE
              WHEN CAST(CAST("_l_start" + INTERVAL 4 MONTH AS DATE) + INTERVAL (-(
                1
              )) DAY AS DATE) IS NULL
              OR CAST(CAST("_l_start" + INTERVAL 6 MONTH AS DATE) + INTERVAL (-(
                1
              )) DAY AS DATE) IS NULL
              THEN NULL
              ELSE LEAST(
                CAST(CAST("_l_start" + INTERVAL 4 MONTH AS DATE) + INTERVAL (-(
                  1
                )) DAY AS DATE),
                CAST(CAST("_l_start" + INTERVAL 6 MONTH AS DATE) + INTERVAL (-(
                  1
                )) DAY AS DATE)
              )
            END
          )
        )
        THEN COALESCE(
          COALESCE(
            CASE
              WHEN NOT (
                "ydelse" = 'dagpenge'
              )
              THEN CASE
                WHEN (
                  "ydelse" = 'kontanthjælp' OR "ydelse" = 'overgangsydelse'
                )
                THEN CASE WHEN (
                  "visitation"
                ) IS NULL THEN 'visitation' END
              END
            END,
            CASE
              WHEN NOT (
                "ydelse" = 'dagpenge'
                OR (
                  (
                    "ydelse" = 'kontanthjælp' OR "ydelse" = 'overgangsydelse'
                  )
                  AND "visitation" = 'jobparat'
                )
              )
              THEN CASE
                WHEN "ydelse" = 'uddannelseshjælp'
                THEN CASE WHEN (
                  "visitation"
                ) IS NULL THEN 'visitation' END
              END
            END
          ),
          CASE
            WHEN (
              "ydelse" = 'dagpenge'
              OR (
                (
                  "ydelse" = 'kontanthjælp' OR "ydelse" = 'overgangsydelse'
                )
                AND "visitation" = 'jobparat'
              )
            )
            OR (
              "ydelse" = 'uddannelseshjælp' AND "visitation" = 'åbenlyst_uddannelsesparat'
            )
            THEN CASE
              WHEN (
                "tilbud"["_i" + 1]."arbejdsgiver"
              ) IS NULL
              THEN 'tilbud[' || CAST("_i" AS TEXT) || '].arbejdsgiver'
            END
          END
        )
      END
    END AS "_f1"
  FROM r26_209
), r26_211 AS (
  SELECT
    *,
    CAST(CAST(CAST("_l_start" + INTERVAL ("_l_graense_m") MONTH AS DATE) + INTERVAL ("_l_graense_d") DAY AS DATE) + INTERVAL (-(
      1
    )) DAY AS DATE) AS "_l_sidste_dag"
  FROM r26_210
), r26_212 AS (
  SELECT
    *,
    "_l_sidste_dag" AS "_j"
  FROM r26_211
), r26_213 AS (
  SELECT
    *,
    CASE
      WHEN (
        COALESCE("_f0", "_f1")
      ) IS NULL
      THEN CAST(NULL AS TEXT)
      ELSE CAST(NULL AS TEXT)
    END AS "_x"
  FROM r26_212
), r26_214 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        "_l_slut"
      ) IS NULL AND "_l_slut" > "_l_sidste_dag"
      THEN 0
      WHEN NOT (
        "_l_slut"
      ) IS NULL
      THEN 1
      WHEN "_e" > "_l_sidste_dag"
      THEN 2
      WHEN TRUE
      THEN 3
    END AS "_o"
  FROM r26_213
), r26_215 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        COALESCE("_f0", "_f1")
      ) IS NULL
      THEN 'datafejl'
      WHEN NOT (
        "_x"
      ) IS NULL
      THEN 'undtaget'
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN 'overtrådt'
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 2
      THEN 'overtrådt'
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 3
      THEN 'frist'
    END AS "_art"
  FROM r26_214
), r27_216 AS (
  SELECT
    *,
    (
      "ydelse" = 'dagpenge'
      OR "ydelse" = 'kontanthjælp'
      OR "ydelse" = 'uddannelseshjælp'
      OR "ydelse" = 'ledighedsydelse'
      OR "ydelse" = 'overgangsydelse'
      OR "ydelse" = 'sygedagpenge'
      OR "ydelse" = 'revalidering'
      OR "ydelse" = 'ressourceforløb'
      OR "ydelse" = 'jobafklaringsforløb'
      OR "ydelse" = 'førtidspension'
    ) AS "_a"
  FROM _sager_tilbud
), r27_217 AS (
  SELECT
    *
  FROM r27_216
  WHERE
    NOT (
      CAST(NULL AS TEXT)
    ) IS NULL OR "_a"
), r27_218 AS (
  SELECT
    *,
    LIST_FILTER(RANGE(0, ARRAY_LENGTH("tilbud")), LAMBDA _i44 : "tilbud"[_i44 + 1]."start" <= "_e") AS "_q"
  FROM r27_217
), r27_219 AS (
  SELECT
    *,
    UNNEST(CASE WHEN NOT (
      CAST(NULL AS TEXT)
    ) IS NULL THEN [-1] ELSE "_q" END) AS "_i"
  FROM r27_218
), r27_220 AS (
  SELECT
    *,
    "tilbud"["_i" + 1]."start" AS "_d"
  FROM r27_219
), r27_221 AS (
  SELECT
    *,
    CASE WHEN CAST('2019-07-01' AS DATE) <= "_d" THEN 0 ELSE CAST(NULL AS INT) END AS "_v"
  FROM r27_220
), r27_222 AS (
  SELECT
    *
  FROM r27_221
  WHERE
    NOT (
      CAST(NULL AS TEXT)
    ) IS NULL OR NOT (
      "_v"
    ) IS NULL
), r27_223 AS (
  SELECT
    *,
    "tilbud"["_i" + 1]."type" = 'virksomhedspraktik' AS "_s"
  FROM r27_222
), r27_224 AS (
  SELECT
    *
  FROM r27_223
  WHERE
    NOT (
      CAST(NULL AS TEXT)
    ) IS NULL OR "_s"
), r27_225 AS (
  SELECT
    *,
    "tilbud"["_i" + 1]."start" AS "_l_start"
  FROM r27_224
), r27_226 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        "tilbud"["_i" + 1]."slut"
      ) IS NULL AND "tilbud"["_i" + 1]."slut" <= "_e"
      THEN "tilbud"["_i" + 1]."slut"
      ELSE CAST(NULL AS DATE)
    END AS "_l_slut",
    CASE
      WHEN (
        CAST(NULL AS TEXT)
      ) IS NULL
      THEN CASE
        WHEN (
          NOT (
            "tilbud"["_i" + 1]."slut"
          ) IS NULL AND "tilbud"["_i" + 1]."slut" <= "_e"
        )
        AND "tilbud"["_i" + 1]."slut" < "tilbud"["_i" + 1]."start"
        THEN 'tilbud[' || CAST("_i" AS TEXT) || '].slut' || '|' || CAST("tilbud"["_i" + 1]."start" AS TEXT) || '|' || CAST("tilbud"["_i" + 1]."slut" AS TEXT)
      END
    END AS "_f0"
  FROM r27_225
), r27_227 AS (
  SELECT
    *,
    CASE
      WHEN NOT NOT (
        COALESCE(
          CASE
            WHEN NOT (
              "ydelse" = 'dagpenge'
            )
            THEN CASE
              WHEN (
                "ydelse" = 'kontanthjælp' OR "ydelse" = 'overgangsydelse'
              )
              THEN CASE WHEN (
                "visitation"
              ) IS NULL THEN 'visitation' END
            END
          END,
          CASE
            WHEN NOT (
              "ydelse" = 'dagpenge'
              OR (
                (
                  "ydelse" = 'kontanthjælp' OR "ydelse" = 'overgangsydelse'
                )
                AND "visitation" = 'jobparat'
              )
            )
            THEN CASE
              WHEN "ydelse" = 'uddannelseshjælp'
              THEN CASE WHEN (
                "visitation"
              ) IS NULL THEN 'visitation' END
            END
          END
        )
      ) IS NULL
      THEN CASE
        WHEN (
          "ydelse" = 'dagpenge'
          OR (
            (
              "ydelse" = 'kontanthjælp' OR "ydelse" = 'overgangsydelse'
            )
            AND "visitation" = 'jobparat'
          )
        )
        OR (
          "ydelse" = 'uddannelseshjælp' AND "visitation" = 'åbenlyst_uddannelsesparat'
        )
        THEN 0
        ELSE 0
      END
      WHEN COALESCE("_l_slut", "_e") > CASE
        WHEN CAST(CAST("_l_start" + INTERVAL 28 DAY AS DATE) + INTERVAL (-(
          1
        )) DAY AS DATE) IS NULL
        OR CAST(CAST("_l_start" + INTERVAL 91 DAY AS DATE) + INTERVAL (-(
          1
        )) DAY AS DATE) IS NULL
        THEN NULL
        ELSE GREATEST(
          CAST(CAST("_l_start" + INTERVAL 28 DAY AS DATE) + INTERVAL (-(
            1
          )) DAY AS DATE),
          CAST(CAST("_l_start" + INTERVAL 91 DAY AS DATE) + INTERVAL (-(
            1
          )) DAY AS DATE)
        )
      END
      THEN CASE
        WHEN NOT (
          CAST(CAST("_l_start" + INTERVAL 28 DAY AS DATE) + INTERVAL (-(
            1
          )) DAY AS DATE) < CAST(CAST("_l_start" + INTERVAL 91 DAY AS DATE) + INTERVAL (-(
            1
          )) DAY AS DATE)
          OR (
            CAST(CAST("_l_start" + INTERVAL 28 DAY AS DATE) + INTERVAL (-(
              1
            )) DAY AS DATE) = CAST(CAST("_l_start" + INTERVAL 91 DAY AS DATE) + INTERVAL (-(
              1
            )) DAY AS DATE)
            AND (
              0 < 0 OR (
                0 = 0 AND 28 < 91
              )
            )
          )
        )
        THEN 0
        WHEN NOT (
          CAST(CAST("_l_start" + INTERVAL 91 DAY AS DATE) + INTERVAL (-(
            1
          )) DAY AS DATE) < CAST(CAST("_l_start" + INTERVAL 28 DAY AS DATE) + INTERVAL (-(
            1
          )) DAY AS DATE)
          OR (
            CAST(CAST("_l_start" + INTERVAL 91 DAY AS DATE) + INTERVAL (-(
              1
            )) DAY AS DATE) = CAST(CAST("_l_start" + INTERVAL 28 DAY AS DATE) + INTERVAL (-(
              1
            )) DAY AS DATE)
            AND (
              0 < 0 OR (
                0 = 0 AND 91 < 28
              )
            )
          )
        )
        THEN 0
      END
      ELSE CASE
        WHEN NOT (
          CAST(CAST("_l_start" + INTERVAL 91 DAY AS DATE) + INTERVAL (-(
            1
          )) DAY AS DATE) < CAST(CAST("_l_start" + INTERVAL 28 DAY AS DATE) + INTERVAL (-(
            1
          )) DAY AS DATE)
          OR (
            CAST(CAST("_l_start" + INTERVAL 91 DAY AS DATE) + INTERVAL (-(
              1
            )) DAY AS DATE) = CAST(CAST("_l_start" + INTERVAL 28 DAY AS DATE) + INTERVAL (-(
              1
            )) DAY AS DATE)
            AND (
              0 < 0 OR (
                0 = 0 AND 91 < 28
              )
            )
          )
        )
        THEN 0
        WHEN NOT (
          CAST(CAST("_l_start" + INTERVAL 28 DAY AS DATE) + INTERVAL (-(
            1
          )) DAY AS DATE) < CAST(CAST("_l_start" + INTERVAL 91 DAY AS DATE) + INTERVAL (-(
            1
          )) DAY AS DATE)
          OR (
            CAST(CAST("_l_start" + INTERVAL 28 DAY AS DATE) + INTERVAL (-(
              1
            )) DAY AS DATE) = CAST(CAST("_l_start" + INTERVAL 91 DAY AS DATE) + INTERVAL (-(
              1
            )) DAY AS DATE)
            AND (
              0 < 0 OR (
                0 = 0 AND 28 < 91
              )
            )
          )
        )
        THEN 0
      END
    END AS "_l_graense_m",
    CASE
      WHEN NOT NOT (
        COALESCE(
          CASE
            WHEN NOT (
              "ydelse" = 'dagpenge'
            )
            THEN CASE
              WHEN (
                "ydelse" = 'kontanthjælp' OR "ydelse" = 'overgangsydelse'
              )
              THEN CASE WHEN (
                "visitation"
              ) IS NULL THEN 'visitation' END
            END
          END,
          CASE
            WHEN NOT (
              "ydelse" = 'dagpenge'
              OR (
                (
                  "ydelse" = 'kontanthjælp' OR "ydelse" = 'overgangsydelse'
                )
                AND "visitation" = 'jobparat'
              )
            )
            THEN CASE
              WHEN "ydelse" = 'uddannelseshjælp'
              THEN CASE WHEN (
                "visitation"
              ) IS NULL THEN 'visitation' END
            END
          END
        )
      ) IS NULL
      THEN CASE
        WHEN (
          "ydelse" = 'dagpenge'
          OR (
            (
              "ydelse" = 'kontanthjælp' OR "ydelse" = 'overgangsydelse'
            )
            AND "visitation" = 'jobparat'
          )
        )
        OR (
          "ydelse" = 'uddannelseshjælp' AND "visitation" = 'åbenlyst_uddannelsesparat'
        )
        THEN 28
        ELSE 91
      END
      WHEN COALESCE("_l_slut", "_e") > CASE
        WHEN CAST(CAST("_l_start" + INTERVAL 28 DAY AS DATE) + INTERVAL (-(
          1
        )) DAY AS DATE) IS NULL
        OR CAST(CAST("_l_start" + INTERVAL 91 DAY AS DATE) + INTERVAL (-(
          1
        )) DAY AS DATE) IS NULL
        THEN NULL
        ELSE GREATEST(
          CAST(CAST("_l_start" + INTERVAL 28 DAY AS DATE) + INTERVAL (-(
            1
          )) DAY AS DATE),
          CAST(CAST("_l_start" + INTERVAL 91 DAY AS DATE) + INTERVAL (-(
            1
          )) DAY AS DATE)
        )
      END
      THEN CASE
        WHEN NOT (
          CAST(CAST("_l_start" + INTERVAL 28 DAY AS DATE) + INTERVAL (-(
            1
          )) DAY AS DATE) < CAST(CAST("_l_start" + INTERVAL 91 DAY AS DATE) + INTERVAL (-(
            1
          )) DAY AS DATE)
          OR (
            CAST(CAST("_l_start" + INTERVAL 28 DAY AS DATE) + INTERVAL (-(
              1
            )) DAY AS DATE) = CAST(CAST("_l_start" + INTERVAL 91 DAY AS DATE) + INTERVAL (-(
              1
            )) DAY AS DATE)
            AND (
              0 < 0 OR (
                0 = 0 AND 28 < 91
              )
            )
          )
        )
        THEN 28
        WHEN NOT (
          CAST(CAST("_l_start" + INTERVAL 91 DAY AS DATE) + INTERVAL (-(
            1
          )) DAY AS DATE) < CAST(CAST("_l_start" + INTERVAL 28 DAY AS DATE) + INTERVAL (-(
            1
          )) DAY AS DATE)
          OR (
            CAST(CAST("_l_start" + INTERVAL 91 DAY AS DATE) + INTERVAL (-(
              1
            )) DAY AS DATE) = CAST(CAST("_l_start" + INTERVAL 28 DAY AS DATE) + INTERVAL (-(
              1
            )) DAY AS DATE)
            AND (
              0 < 0 OR (
                0 = 0 AND 91 < 28
              )
            )
          )
        )
        THEN 91
      END
      ELSE CASE
        WHEN NOT (
          CAST(CAST("_l_start" + INTERVAL 91 DAY AS DATE) + INTERVAL (-(
            1
          )) DAY AS DATE) < CAST(CAST("_l_start" + INTERVAL 28 DAY AS DATE) + INTERVAL (-(
            1
          )) DAY AS DATE)
          OR (
            CAST(CAST("_l_start" + INTERVAL 91 DAY AS DATE) + INTERVAL (-(
              1
            )) DAY AS DATE) = CAST(CAST("_l_start" + INTERVAL 28 DAY AS DATE) + INTERVAL (-(
              1
            )) DAY AS DATE)
            AND (
              0 < 0 OR (
                0 = 0 AND 91 < 28
              )
            )
          )
        )
        THEN 28
        WHEN NOT (
          CAST(CAST("_l_start" + INTERVAL 28 DAY AS DATE) + INTERVAL (-(
            1
          )) DAY AS DATE) < CAST(CAST("_l_start" + INTERVAL 91 DAY AS DATE) + INTERVAL (-(
            1
          )) DAY AS DATE)
          OR (
            CAST(CAST("_l_start" + INTERVAL 28 DAY AS DATE) + INTERVAL (-(
              1
            )) DAY AS DATE) = CAST(CAST("_l_start" + INTERVAL 91 DAY AS DATE) + INTERVAL (-(
              1
            )) DAY AS DATE)
            AND (
              0 < 0 OR (
                0 = 0 AND 28 < 91
              )
            )
          )
        )
        THEN 91
      END
    END AS "_l_graense_d",
    CASE
      WHEN (
        "_f0"
      ) IS NULL
      THEN CASE
        WHEN NOT (
          COALESCE(
            CASE
              WHEN NOT (
                "ydelse" = 'dagpenge'
              )
              THEN CASE
                WHEN (
                  "ydelse" = 'kontanthjælp' OR "ydelse" = 'overgangsydelse'
                )
                THEN CASE WHEN (
                  "visitation"
                ) IS NULL THEN 'visitation' END
              END
            END,
            CASE
              WHEN NOT (
                "ydelse" = 'dagpenge'
                OR (
                  (
                    "ydelse" = 'kontanthjælp' OR "ydelse" = 'overgangsydelse'
                  )
                  AND "visitation" = 'jobparat'
                )
              )
              THEN CASE
                WHEN "ydelse" = 'uddannelseshjælp'
                THEN CASE WHEN (
                  "visitation"
                ) IS NULL THEN 'visitation' END
              END
            END
          )
        ) IS NULL
        AND NOT (
          COALESCE("_l_slut", "_e") > CASE
            WHEN CAST(CAST("_l_start" + INTERVAL 28 DAY AS DATE) + INTERVAL (-(
              1
            )) DAY AS DATE) IS NULL
            OR CAST(CAST("_l_start" + INTERVAL 91 DAY AS DATE) + INTERVAL (-(
              1
            )) DAY AS DATE) IS NULL
            THEN NULL
            ELSE GREATEST(
              CAST(CAST("_l_start" + INTERVAL 28 DAY AS DATE) + INTERVAL (-(
                1
              )) DAY AS DATE),
              CAST(CAST("_l_start" + INTERVAL 91 DAY AS DATE) + INTERVAL (-(
                1
              )) DAY AS DATE)
            )
          END
          OR (
            NOT (
              "_l_slut"
            ) IS NULL
            AND "_l_slut" <= CASE
              WHEN CAST(CAST("_l_start" + INTERVAL 28 DAY AS DATE) + INTERVAL (-(
                1
              )) DAY AS DATE) IS NULL
              OR CAST(CAST("_l_start" + INTERVAL 91 DAY AS DATE) + INTERVAL (-(
                1
              )) DAY AS DATE) IS NULL
              THEN NULL
              ELSE LEAST(
                CAST(CAST("_l_start" + INTERVAL 28 DAY AS DATE) + INTERVAL (-(
                  1
                )) DAY AS DATE),
                CAST(CAST("_l_start" + INTERVAL 91 DAY AS DATE) + INTERVAL (-(
                  1
                )) DAY AS DATE)
              )
            END
          )
        )
        THEN COALESCE(
          CASE
            WHEN NOT (
              "ydelse" = 'dagpenge'
            )
            THEN CASE
              WHEN (
                "ydelse" = 'kontanthjælp' OR "ydelse" = 'overgangsydelse'
              )
              THEN CASE WHEN (
                "visitation"
              ) IS NULL THEN 'visitation' END
            END
          END,
          CASE
            WHEN NOT (
              "ydelse" = 'dagpenge'
              OR (
                (
                  "ydelse" = 'kontanthjælp' OR "ydelse" = 'overgangsydelse'
                )
                AND "visitation" = 'jobparat'
              )
            )
            THEN CASE
              WHEN "ydelse" = 'uddannelseshjælp'
              THEN CASE WHEN (
                "visitation"
              ) IS NULL THEN 'visitation' END
            END
          END
        )
      END
    END AS "_f1"
  FROM r27_226
), r27_228 AS (
  SELECT
    *,
    CAST(CAST(CAST("_l_start" + INTERVAL ("_l_graense_m") MONTH AS DATE) + INTERVAL ("_l_graense_d") DAY AS DATE) + INTERVAL (-(
      1
    )) DAY AS DATE) AS "_l_sidste_dag"
  FROM r27_227
), r27_229 AS (
  SELECT
    *,
    "_l_sidste_dag" AS "_j"
  FROM r27_228
), r27_230 AS (
  SELECT
    *,
    CASE
      WHEN (
        COALESCE("_f0", "_f1")
      ) IS NULL
      THEN CAST(NULL AS TEXT)
      ELSE CAST(NULL AS TEXT)
    END AS "_x"
  FROM r27_229
), r27_231 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        "_l_slut"
      ) IS NULL AND "_l_slut" > "_l_sidste_dag"
      THEN 0
      WHEN NOT (
        "_l_slut"
      ) IS NULL
      THEN 1
      WHEN "_e" > "_l_sidste_dag"
      THEN 2
      WHEN TRUE
      THEN 3
    END AS "_o"
  FROM r27_230
), r27_232 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        COALESCE("_f0", "_f1")
      ) IS NULL
      THEN 'datafejl'
      WHEN NOT (
        "_x"
      ) IS NULL
      THEN 'undtaget'
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN 'overtrådt'
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 2
      THEN 'overtrådt'
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 3
      THEN 'frist'
    END AS "_art"
  FROM r27_231
), r28_233 AS (
  SELECT
    *,
    (
      "ydelse" = 'dagpenge' OR "ydelse" = 'kontanthjælp' OR "ydelse" = 'overgangsydelse'
    )
    AND NOT (
      "i_integrationsprogram"
    ) AS "_a"
  FROM _sager_tilbud
  WHERE
    (
      "ydelse"
    ) IS NULL
    OR "ydelse" IN ('dagpenge', 'kontanthjælp', 'overgangsydelse')
), r28_234 AS (
  SELECT
    *
  FROM r28_233
  WHERE
    NOT (
      CAST(NULL AS TEXT)
    ) IS NULL OR "_a"
), r28_235 AS (
  SELECT
    *,
    LIST_FILTER(RANGE(0, ARRAY_LENGTH("tilbud")), LAMBDA _i45 : "tilbud"[_i45 + 1]."start" <= "_e") AS "_q"
  FROM r28_234
), r28_236 AS (
  SELECT
    *,
    UNNEST(CASE WHEN NOT (
      CAST(NULL AS TEXT)
    ) IS NULL THEN [-1] ELSE "_q" END) AS "_i"
  FROM r28_235
), r28_237 AS (
  SELECT
    *,
    "tilbud"["_i" + 1]."start" AS "_d"
  FROM r28_236
), r28_238 AS (
  SELECT
    *,
    CASE WHEN CAST('2023-01-01' AS DATE) <= "_d" THEN 0 ELSE CAST(NULL AS INT) END AS "_v"
  FROM r28_237
), r28_239 AS (
  SELECT
    *
  FROM r28_238
  WHERE
    NOT (
      CAST(NULL AS TEXT)
    ) IS NULL OR NOT (
      "_v"
    ) IS NULL
), r28_240 AS (
  SELECT
    *,
    "tilbud"["_i" + 1]."start" AS "_l_dato"
  FROM r28_239
), r28_241 AS (
  SELECT
    *,
    "_l_dato" AS "_j"
  FROM r28_240
), r28_242 AS (
  SELECT
    *,
    CASE
      WHEN (
        CAST(NULL AS TEXT)
      ) IS NULL
      THEN CAST(NULL AS TEXT)
      ELSE CAST(NULL AS TEXT)
    END AS "_x"
  FROM r28_241
), r28_243 AS (
  SELECT
    *,
    CASE
      WHEN "tilbud"["_i" + 1]."type" = 'øvrig_vejledning_og_opkvalificering'
      AND "tilbud"["_i" + 1]."ret_og_pligt"
      THEN 0
      WHEN TRUE
      THEN 1
    END AS "_o"
  FROM r28_242
), r28_244 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        CAST(NULL AS TEXT)
      ) IS NULL
      THEN 'datafejl'
      WHEN NOT (
        "_x"
      ) IS NULL
      THEN 'undtaget'
      WHEN (
        (
          CAST(NULL AS TEXT)
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN 'overtrådt'
    END AS "_art"
  FROM r28_243
), r29_245 AS (
  SELECT
    *,
    (
      "ydelse" = 'dagpenge' OR "ydelse" = 'kontanthjælp'
    ) AS "_a"
  FROM _sager_tilbud
  WHERE
    (
      "ydelse"
    ) IS NULL OR "ydelse" IN ('dagpenge', 'kontanthjælp')
), r29_246 AS (
  SELECT
    *
  FROM r29_245
  WHERE
    NOT (
      CAST(NULL AS TEXT)
    ) IS NULL OR "_a"
), r29_247 AS (
  SELECT
    *,
    "forløbsstart" AS "_d"
  FROM r29_246
), r29_248 AS (
  SELECT
    *,
    CASE WHEN CAST('2019-07-01' AS DATE) <= "_d" THEN 0 ELSE CAST(NULL AS INT) END AS "_v"
  FROM r29_247
), r29_249 AS (
  SELECT
    *
  FROM r29_248
  WHERE
    NOT (
      CAST(NULL AS TEXT)
    ) IS NULL OR NOT (
      "_v"
    ) IS NULL
), r29_250 AS (
  SELECT
    *,
    CAST("forløbsstart" + INTERVAL 6 MONTH AS DATE) AS "_l_frist"
  FROM r29_249
), r29_251 AS (
  SELECT
    *,
    "_l_frist" AS "_j"
  FROM r29_250
), r29_252 AS (
  SELECT
    *,
    CASE
      WHEN (
        CAST(NULL AS TEXT)
      ) IS NULL
      THEN CAST(NULL AS TEXT)
      ELSE CAST(NULL AS TEXT)
    END AS "_x"
  FROM r29_251
), r29_253 AS (
  SELECT
    *,
    LIST_MIN(
      LIST_TRANSFORM(
        LIST_FILTER(
          "tilbud",
          LAMBDA _x47 : _x47."start" <= "_e"
          AND (
            _x47."ret_og_pligt"
            AND (
              (
                NOT (
                  _x47."type" = 'øvrig_vejledning_og_opkvalificering'
                )
                OR _x47."start" < CAST('2023-01-01' AS DATE)
              )
              OR "i_integrationsprogram"
            )
          )
        ),
        LAMBDA _x48 : _x48."start"
      )
    ) AS "_l_dato"
  FROM r29_252
), r29_254 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        "_l_dato"
      ) IS NULL AND "_l_dato" > "_l_frist"
      THEN 0
      WHEN NOT (
        "_l_dato"
      ) IS NULL
      THEN 1
      WHEN NOT (
        (
          "forløbsslut"
        ) IS NULL OR "forløbsslut" >= "_l_frist"
      )
      THEN 2
      WHEN "_l_frist" < "_e"
      THEN 3
      WHEN TRUE
      THEN 4
    END AS "_o"
  FROM r29_253
), r29_255 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        CAST(NULL AS TEXT)
      ) IS NULL
      THEN 'datafejl'
      WHEN NOT (
        "_x"
      ) IS NULL
      THEN 'undtaget'
      WHEN (
        (
          CAST(NULL AS TEXT)
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN 'overtrådt'
      WHEN (
        (
          CAST(NULL AS TEXT)
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 3
      THEN 'overtrådt'
      WHEN (
        (
          CAST(NULL AS TEXT)
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 4
      THEN 'frist'
    END AS "_art"
  FROM r29_254
), r31_256 AS (
  SELECT
    *,
    "ydelse" = 'uddannelseshjælp' AS "_a"
  FROM _sager_frafaldsbeskeder
  WHERE
    (
      "ydelse"
    ) IS NULL OR "ydelse" IN ('uddannelseshjælp')
), r31_257 AS (
  SELECT
    *
  FROM r31_256
  WHERE
    NOT (
      CAST(NULL AS TEXT)
    ) IS NULL OR "_a"
), r31_258 AS (
  SELECT
    *,
    LIST_FILTER(
      RANGE(0, ARRAY_LENGTH("frafaldsbeskeder")),
      LAMBDA _i49 : "frafaldsbeskeder"[_i49 + 1]."modtaget" <= "_e"
    ) AS "_q"
  FROM r31_257
), r31_259 AS (
  SELECT
    *,
    UNNEST(CASE WHEN NOT (
      CAST(NULL AS TEXT)
    ) IS NULL THEN [-1] ELSE "_q" END) AS "_i"
  FROM r31_258
), r31_260 AS (
  SELECT
    *,
    "frafaldsbeskeder"["_i" + 1]."modtaget" AS "_d"
  FROM r31_259
), r31_261 AS (
  SELECT
    *,
    CASE WHEN CAST('2022-01-01' AS DATE) <= "_d" THEN 0 ELSE CAST(NULL AS INT) END AS "_v"
  FROM r31_260
), r31_262 AS (
  SELECT
    *
  FROM r31_261
  WHERE
    NOT (
      CAST(NULL AS TEXT)
    ) IS NULL OR NOT (
      "_v"
    ) IS NULL
), r31_263 AS (
  SELECT
    *,
    "frafaldsbeskeder"["_i" + 1]."modtaget" >= "uddannelsesstart"
    AND "frafaldsbeskeder"["_i" + 1]."modtaget" < CAST("uddannelsesstart" + INTERVAL 6 MONTH AS DATE) AS "_s",
    CASE
      WHEN (
        CAST(NULL AS TEXT)
      ) IS NULL
      THEN COALESCE(
        CASE WHEN (
          "uddannelsesstart"
        ) IS NULL THEN 'uddannelsesstart' END,
        CASE
          WHEN "frafaldsbeskeder"["_i" + 1]."modtaget" >= "uddannelsesstart"
          THEN CASE WHEN (
            "uddannelsesstart"
          ) IS NULL THEN 'uddannelsesstart' END
        END
      )
    END AS "_f0"
  FROM r31_262
), r31_264 AS (
  SELECT
    *
  FROM r31_263
  WHERE
    NOT (
      "_f0"
    ) IS NULL OR "_s"
), r31_265 AS (
  SELECT
    *,
    "frafaldsbeskeder"["_i" + 1]."modtaget" AS "_l_dato"
  FROM r31_264
), r31_266 AS (
  SELECT
    *,
    "_l_dato" AS "_j"
  FROM r31_265
), r31_267 AS (
  SELECT
    *,
    CASE WHEN (
      "_f0"
    ) IS NULL THEN CAST(NULL AS TEXT) ELSE CAST(NULL AS TEXT) END AS "_x"
  FROM r31_266
), r31_268 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        (
          NOT (
            "frafaldsbeskeder"["_i" + 1]."reaktion"
          ) IS NULL
          AND "frafaldsbeskeder"["_i" + 1]."reaktion" >= "frafaldsbeskeder"["_i" + 1]."modtaget"
        )
        AND "frafaldsbeskeder"["_i" + 1]."reaktion" <= "_e"
      )
      THEN 0
      WHEN TRUE
      THEN 1
    END AS "_o",
    CASE
      WHEN (
        "_f0"
      ) IS NULL AND (
        "_x"
      ) IS NULL
      THEN COALESCE(
        CASE
          WHEN NOT (
            "frafaldsbeskeder"["_i" + 1]."reaktion"
          ) IS NULL
          THEN CASE
            WHEN (
              "frafaldsbeskeder"["_i" + 1]."reaktion"
            ) IS NULL
            THEN 'frafaldsbeskeder[' || CAST("_i" AS TEXT) || '].reaktion'
          END
        END,
        CASE
          WHEN NOT (
            "frafaldsbeskeder"["_i" + 1]."reaktion"
          ) IS NULL
          AND "frafaldsbeskeder"["_i" + 1]."reaktion" >= "frafaldsbeskeder"["_i" + 1]."modtaget"
          THEN CASE
            WHEN (
              "frafaldsbeskeder"["_i" + 1]."reaktion"
            ) IS NULL
            THEN 'frafaldsbeskeder[' || CAST("_i" AS TEXT) || '].reaktion'
          END
        END
      )
    END AS "_f1"
  FROM r31_267
), r31_269 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        COALESCE("_f0", "_f1")
      ) IS NULL
      THEN 'datafejl'
      WHEN NOT (
        "_x"
      ) IS NULL
      THEN 'undtaget'
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN 'overtrådt'
    END AS "_art"
  FROM r31_268
)
SELECT
  *
FROM (
  SELECT
    CAST("_nr" AS BIGINT) AS "sag_nr",
    CAST("id" AS TEXT) AS "id",
    CAST('begrundet_afvisning_af_indstilling' AS TEXT) AS "regel",
    CAST(0 AS INT) AS "regel_nr",
    CAST(CASE WHEN NOT (
      CAST(NULL AS TEXT)
    ) IS NULL THEN -1 ELSE "_i" END AS BIGINT) AS "instans",
    CAST("_art" AS TEXT) AS "art",
    CAST(CASE
      WHEN (
        (
          CAST(NULL AS TEXT)
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN 'hver_opfylder_ikke'
    END AS TEXT) AS "besked",
    CAST(NULL AS DATE) AS "frist",
    CAST(CASE
      WHEN (
        CAST(NULL AS TEXT)
      ) IS NULL
      THEN 'indstillinger[' || CAST("_i" AS TEXT) || ']'
    END AS TEXT) AS "element",
    CAST(NULL AS BIGINT) AS "antal",
    CAST(NULL AS INT) AS "version",
    CAST(NULL AS TEXT) AS "datafejl",
    CAST(CASE WHEN (
      CAST(NULL AS TEXT)
    ) IS NULL THEN "_x" END AS TEXT) AS "undtagelse",
    CAST(NULL AS BIGINT) AS "fakta_antal",
    CAST(NULL AS BOOLEAN) AS "fakta_begynder",
    CAST(CASE
      WHEN (
        (
          CAST(NULL AS TEXT)
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN "_l_dato"
    END AS DATE) AS "fakta_dato",
    CAST(NULL AS DATE) AS "fakta_ende",
    CAST(NULL AS TEXT) AS "fakta_ental",
    CAST(NULL AS TEXT) AS "fakta_flertal",
    CAST(NULL AS DATE) AS "fakta_frist",
    CAST(NULL AS INT) AS "fakta_graense_maaneder",
    CAST(NULL AS INT) AS "fakta_graense_dage",
    CAST(CASE
      WHEN (
        (
          CAST(NULL AS TEXT)
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN 'indstilling'
    END AS TEXT) AS "fakta_hvad",
    CAST(NULL AS BIGINT) AS "fakta_krav",
    CAST(NULL AS DATE) AS "fakta_start"
  FROM r0_14
  WHERE
    NOT (
      "_art"
    ) IS NULL
  UNION ALL
  SELECT
    CAST("_nr" AS BIGINT) AS "sag_nr",
    CAST("id" AS TEXT) AS "id",
    CAST('første_samtale_kontanthjælp' AS TEXT) AS "regel",
    CAST(11 AS INT) AS "regel_nr",
    CAST(CASE WHEN NOT (
      CAST(NULL AS TEXT)
    ) IS NULL THEN -1 ELSE 0 END AS BIGINT) AS "instans",
    CAST("_art" AS TEXT) AS "art",
    CAST(CASE
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN 'frist_for_sent'
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 3
      THEN 'frist_udeblevet'
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 4
      THEN 'frist_kommende'
    END AS TEXT) AS "besked",
    CAST(CASE
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN "_l_frist"
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 3
      THEN "_l_frist"
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 4
      THEN "_l_frist"
    END AS DATE) AS "frist",
    CAST(NULL AS TEXT) AS "element",
    CAST(NULL AS BIGINT) AS "antal",
    CAST(NULL AS INT) AS "version",
    CAST(COALESCE("_f0", "_f1") AS TEXT) AS "datafejl",
    CAST(CASE WHEN (
      COALESCE("_f0", "_f1")
    ) IS NULL THEN "_x" END AS TEXT) AS "undtagelse",
    CAST(NULL AS BIGINT) AS "fakta_antal",
    CAST(CASE
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN FALSE
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 3
      THEN FALSE
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 4
      THEN FALSE
    END AS BOOLEAN) AS "fakta_begynder",
    CAST(CASE
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN "_l_dato"
    END AS DATE) AS "fakta_dato",
    CAST(NULL AS DATE) AS "fakta_ende",
    CAST(NULL AS TEXT) AS "fakta_ental",
    CAST(NULL AS TEXT) AS "fakta_flertal",
    CAST(CASE
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN "_l_frist"
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 3
      THEN "_l_frist"
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 4
      THEN "_l_frist"
    END AS DATE) AS "fakta_frist",
    CAST(NULL AS INT) AS "fakta_graense_maaneder",
    CAST(NULL AS INT) AS "fakta_graense_dage",
    CAST(CASE
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN 'første samtale'
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 3
      THEN 'første samtale'
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 4
      THEN 'første samtale'
    END AS TEXT) AS "fakta_hvad",
    CAST(NULL AS BIGINT) AS "fakta_krav",
    CAST(NULL AS DATE) AS "fakta_start"
  FROM r11_25
  WHERE
    NOT (
      "_art"
    ) IS NULL
  UNION ALL
  SELECT
    CAST("_nr" AS BIGINT) AS "sag_nr",
    CAST("id" AS TEXT) AS "id",
    CAST('første_samtale_sygedagpenge' AS TEXT) AS "regel",
    CAST(12 AS INT) AS "regel_nr",
    CAST(CASE WHEN NOT (
      CAST(NULL AS TEXT)
    ) IS NULL THEN -1 ELSE 0 END AS BIGINT) AS "instans",
    CAST("_art" AS TEXT) AS "art",
    CAST(CASE
      WHEN (
        (
          CAST(NULL AS TEXT)
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN 'frist_for_sent'
      WHEN (
        (
          CAST(NULL AS TEXT)
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 3
      THEN 'frist_udeblevet'
      WHEN (
        (
          CAST(NULL AS TEXT)
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 4
      THEN 'frist_kommende'
    END AS TEXT) AS "besked",
    CAST(CASE
      WHEN (
        (
          CAST(NULL AS TEXT)
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN "_l_frist"
      WHEN (
        (
          CAST(NULL AS TEXT)
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 3
      THEN "_l_frist"
      WHEN (
        (
          CAST(NULL AS TEXT)
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 4
      THEN "_l_frist"
    END AS DATE) AS "frist",
    CAST(NULL AS TEXT) AS "element",
    CAST(NULL AS BIGINT) AS "antal",
    CAST(NULL AS INT) AS "version",
    CAST(NULL AS TEXT) AS "datafejl",
    CAST(CASE WHEN (
      CAST(NULL AS TEXT)
    ) IS NULL THEN "_x" END AS TEXT) AS "undtagelse",
    CAST(NULL AS BIGINT) AS "fakta_antal",
    CAST(CASE
      WHEN (
        (
          CAST(NULL AS TEXT)
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN FALSE
      WHEN (
        (
          CAST(NULL AS TEXT)
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 3
      THEN FALSE
      WHEN (
        (
          CAST(NULL AS TEXT)
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 4
      THEN FALSE
    END AS BOOLEAN) AS "fakta_begynder",
    CAST(CASE
      WHEN (
        (
          CAST(NULL AS TEXT)
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN "_l_dato"
    END AS DATE) AS "fakta_dato",
    CAST(NULL AS DATE) AS "fakta_ende",
    CAST(NULL AS TEXT) AS "fakta_ental",
    CAST(NULL AS TEXT) AS "fakta_flertal",
    CAST(CASE
      WHEN (
        (
          CAST(NULL AS TEXT)
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN "_l_frist"
      WHEN (
        (
          CAST(NULL AS TEXT)
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 3
      THEN "_l_frist"
      WHEN (
        (
          CAST(NULL AS TEXT)
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 4
      THEN "_l_frist"
    END AS DATE) AS "fakta_frist",
    CAST(NULL AS INT) AS "fakta_graense_maaneder",
    CAST(NULL AS INT) AS "fakta_graense_dage",
    CAST(CASE
      WHEN (
        (
          CAST(NULL AS TEXT)
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN 'første samtale'
      WHEN (
        (
          CAST(NULL AS TEXT)
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 3
      THEN 'første samtale'
      WHEN (
        (
          CAST(NULL AS TEXT)
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 4
      THEN 'første samtale'
    END AS TEXT) AS "fakta_hvad",
    CAST(NULL AS BIGINT) AS "fakta_krav",
    CAST(NULL AS DATE) AS "fakta_start"
  FROM r12_36
  WHERE
    NOT (
      "_art"
    ) IS NULL
  UNION ALL
  SELECT
    CAST("_nr" AS BIGINT) AS "sag_nr",
    CAST("id" AS TEXT) AS "id",
    CAST('samtaler_første_halve_år' AS TEXT) AS "regel",
    CAST(13 AS INT) AS "regel_nr",
    CAST(CASE WHEN NOT (
      CAST(NULL AS TEXT)
    ) IS NULL THEN -1 ELSE 0 END AS BIGINT) AS "instans",
    CAST("_art" AS TEXT) AS "art",
    CAST(CASE
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 1
      THEN 'antal_for_faa'
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN 'antal_kommende'
    END AS TEXT) AS "besked",
    CAST(CASE
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 1
      THEN "_l_sidste_dag"
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN "_l_sidste_dag"
    END AS DATE) AS "frist",
    CAST(NULL AS TEXT) AS "element",
    CAST(CASE
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN "_l_antal"
    END AS BIGINT) AS "antal",
    CAST(NULL AS INT) AS "version",
    CAST("_f0" AS TEXT) AS "datafejl",
    CAST(CASE WHEN (
      "_f0"
    ) IS NULL THEN "_x" END AS TEXT) AS "undtagelse",
    CAST(CASE
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 1
      THEN "_l_antal"
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN "_l_antal"
    END AS BIGINT) AS "fakta_antal",
    CAST(NULL AS BOOLEAN) AS "fakta_begynder",
    CAST(NULL AS DATE) AS "fakta_dato",
    CAST(NULL AS DATE) AS "fakta_ende",
    CAST(CASE
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 1
      THEN 'samtale'
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN 'samtale'
    END AS TEXT) AS "fakta_ental",
    CAST(CASE
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 1
      THEN 'samtaler'
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN 'samtaler'
    END AS TEXT) AS "fakta_flertal",
    CAST(CASE
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 1
      THEN "_l_sidste_dag"
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN "_l_sidste_dag"
    END AS DATE) AS "fakta_frist",
    CAST(NULL AS INT) AS "fakta_graense_maaneder",
    CAST(NULL AS INT) AS "fakta_graense_dage",
    CAST(NULL AS TEXT) AS "fakta_hvad",
    CAST(CASE
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 1
      THEN 4
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN 4
    END AS BIGINT) AS "fakta_krav",
    CAST(CASE
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 1
      THEN "_l_start"
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN "_l_start"
    END AS DATE) AS "fakta_start"
  FROM r13_49
  WHERE
    NOT (
      "_art"
    ) IS NULL
  UNION ALL
  SELECT
    CAST("_nr" AS BIGINT) AS "sag_nr",
    CAST("id" AS TEXT) AS "id",
    CAST('a_kasse_samtaler_første_tre_måneder' AS TEXT) AS "regel",
    CAST(14 AS INT) AS "regel_nr",
    CAST(CASE WHEN NOT (
      CAST(NULL AS TEXT)
    ) IS NULL THEN -1 ELSE 0 END AS BIGINT) AS "instans",
    CAST("_art" AS TEXT) AS "art",
    CAST(CASE
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 1
      THEN 'antal_for_faa'
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN 'antal_kommende'
    END AS TEXT) AS "besked",
    CAST(CASE
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 1
      THEN "_l_sidste_dag"
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN "_l_sidste_dag"
    END AS DATE) AS "frist",
    CAST(NULL AS TEXT) AS "element",
    CAST(CASE
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN "_l_antal"
    END AS BIGINT) AS "antal",
    CAST(NULL AS INT) AS "version",
    CAST("_f0" AS TEXT) AS "datafejl",
    CAST(CASE WHEN (
      "_f0"
    ) IS NULL THEN "_x" END AS TEXT) AS "undtagelse",
    CAST(CASE
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 1
      THEN "_l_antal"
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN "_l_antal"
    END AS BIGINT) AS "fakta_antal",
    CAST(NULL AS BOOLEAN) AS "fakta_begynder",
    CAST(NULL AS DATE) AS "fakta_dato",
    CAST(NULL AS DATE) AS "fakta_ende",
    CAST(CASE
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 1
      THEN 'samtale'
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN 'samtale'
    END AS TEXT) AS "fakta_ental",
    CAST(CASE
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 1
      THEN 'samtaler'
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN 'samtaler'
    END AS TEXT) AS "fakta_flertal",
    CAST(CASE
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 1
      THEN "_l_sidste_dag"
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN "_l_sidste_dag"
    END AS DATE) AS "fakta_frist",
    CAST(NULL AS INT) AS "fakta_graense_maaneder",
    CAST(NULL AS INT) AS "fakta_graense_dage",
    CAST(NULL AS TEXT) AS "fakta_hvad",
    CAST(CASE
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 1
      THEN 3
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN 3
    END AS BIGINT) AS "fakta_krav",
    CAST(CASE
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 1
      THEN "_l_start"
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN "_l_start"
    END AS DATE) AS "fakta_start"
  FROM r14_62
  WHERE
    NOT (
      "_art"
    ) IS NULL
  UNION ALL
  SELECT
    CAST("_nr" AS BIGINT) AS "sag_nr",
    CAST("id" AS TEXT) AS "id",
    CAST('jobcenter_samtaler_måned_fire_til_seks' AS TEXT) AS "regel",
    CAST(15 AS INT) AS "regel_nr",
    CAST(CASE WHEN NOT (
      CAST(NULL AS TEXT)
    ) IS NULL THEN -1 ELSE 0 END AS BIGINT) AS "instans",
    CAST("_art" AS TEXT) AS "art",
    CAST(CASE
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 1
      THEN 'antal_for_faa'
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN 'antal_kommende'
    END AS TEXT) AS "besked",
    CAST(CASE
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 1
      THEN "_l_sidste_dag"
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN "_l_sidste_dag"
    END AS DATE) AS "frist",
    CAST(NULL AS TEXT) AS "element",
    CAST(CASE
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN "_l_antal"
    END AS BIGINT) AS "antal",
    CAST(NULL AS INT) AS "version",
    CAST("_f0" AS TEXT) AS "datafejl",
    CAST(CASE WHEN (
      "_f0"
    ) IS NULL THEN "_x" END AS TEXT) AS "undtagelse",
    CAST(CASE
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 1
      THEN "_l_antal"
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN "_l_antal"
    END AS BIGINT) AS "fakta_antal",
    CAST(NULL AS BOOLEAN) AS "fakta_begynder",
    CAST(NULL AS DATE) AS "fakta_dato",
    CAST(NULL AS DATE) AS "fakta_ende",
    CAST(CASE
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 1
      THEN 'samtale'
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN 'samtale'
    END AS TEXT) AS "fakta_ental",
    CAST(CASE
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 1
      THEN 'samtaler'
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN 'samtaler'
    END AS TEXT) AS "fakta_flertal",
    CAST(CASE
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 1
      THEN "_l_sidste_dag"
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN "_l_sidste_dag"
    END AS DATE) AS "fakta_frist",
    CAST(NULL AS INT) AS "fakta_graense_maaneder",
    CAST(NULL AS INT) AS "fakta_graense_dage",
    CAST(NULL AS TEXT) AS "fakta_hvad",
    CAST(CASE
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 1
      THEN 3
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN 3
    END AS BIGINT) AS "fakta_krav",
    CAST(CASE
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 1
      THEN "_l_start"
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN "_l_start"
    END AS DATE) AS "fakta_start"
  FROM r15_75
  WHERE
    NOT (
      "_art"
    ) IS NULL
  UNION ALL
  SELECT
    CAST("_nr" AS BIGINT) AS "sag_nr",
    CAST("id" AS TEXT) AS "id",
    CAST('første_fællessamtale' AS TEXT) AS "regel",
    CAST(16 AS INT) AS "regel_nr",
    CAST(CASE WHEN NOT (
      CAST(NULL AS TEXT)
    ) IS NULL THEN -1 ELSE 0 END AS BIGINT) AS "instans",
    CAST("_art" AS TEXT) AS "art",
    CAST(CASE
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 1
      THEN 'antal_for_faa'
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN 'antal_kommende'
    END AS TEXT) AS "besked",
    CAST(CASE
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 1
      THEN "_l_sidste_dag"
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN "_l_sidste_dag"
    END AS DATE) AS "frist",
    CAST(NULL AS TEXT) AS "element",
    CAST(CASE
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN "_l_antal"
    END AS BIGINT) AS "antal",
    CAST(NULL AS INT) AS "version",
    CAST("_f0" AS TEXT) AS "datafejl",
    CAST(CASE WHEN (
      "_f0"
    ) IS NULL THEN "_x" END AS TEXT) AS "undtagelse",
    CAST(CASE
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 1
      THEN "_l_antal"
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN "_l_antal"
    END AS BIGINT) AS "fakta_antal",
    CAST(NULL AS BOOLEAN) AS "fakta_begynder",
    CAST(NULL AS DATE) AS "fakta_dato",
    CAST(NULL AS DATE) AS "fakta_ende",
    CAST(CASE
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 1
      THEN 'samtale'
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN 'samtale'
    END AS TEXT) AS "fakta_ental",
    CAST(CASE
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 1
      THEN 'samtaler'
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN 'samtaler'
    END AS TEXT) AS "fakta_flertal",
    CAST(CASE
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 1
      THEN "_l_sidste_dag"
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN "_l_sidste_dag"
    END AS DATE) AS "fakta_frist",
    CAST(NULL AS INT) AS "fakta_graense_maaneder",
    CAST(NULL AS INT) AS "fakta_graense_dage",
    CAST(NULL AS TEXT) AS "fakta_hvad",
    CAST(CASE
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 1
      THEN 1
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN 1
    END AS BIGINT) AS "fakta_krav",
    CAST(CASE
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 1
      THEN "_l_start"
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN "_l_start"
    END AS DATE) AS "fakta_start"
  FROM r16_88
  WHERE
    NOT (
      "_art"
    ) IS NULL
  UNION ALL
  SELECT
    CAST("_nr" AS BIGINT) AS "sag_nr",
    CAST("id" AS TEXT) AS "id",
    CAST('anden_fællessamtale' AS TEXT) AS "regel",
    CAST(17 AS INT) AS "regel_nr",
    CAST(CASE WHEN NOT (
      CAST(NULL AS TEXT)
    ) IS NULL THEN -1 ELSE 0 END AS BIGINT) AS "instans",
    CAST("_art" AS TEXT) AS "art",
    CAST(CASE
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 1
      THEN 'antal_for_faa'
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN 'antal_kommende'
    END AS TEXT) AS "besked",
    CAST(CASE
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 1
      THEN "_l_sidste_dag"
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN "_l_sidste_dag"
    END AS DATE) AS "frist",
    CAST(NULL AS TEXT) AS "element",
    CAST(CASE
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN "_l_antal"
    END AS BIGINT) AS "antal",
    CAST(NULL AS INT) AS "version",
    CAST("_f0" AS TEXT) AS "datafejl",
    CAST(CASE WHEN (
      "_f0"
    ) IS NULL THEN "_x" END AS TEXT) AS "undtagelse",
    CAST(CASE
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 1
      THEN "_l_antal"
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN "_l_antal"
    END AS BIGINT) AS "fakta_antal",
    CAST(NULL AS BOOLEAN) AS "fakta_begynder",
    CAST(NULL AS DATE) AS "fakta_dato",
    CAST(NULL AS DATE) AS "fakta_ende",
    CAST(CASE
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 1
      THEN 'samtale'
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN 'samtale'
    END AS TEXT) AS "fakta_ental",
    CAST(CASE
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 1
      THEN 'samtaler'
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN 'samtaler'
    END AS TEXT) AS "fakta_flertal",
    CAST(CASE
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 1
      THEN "_l_sidste_dag"
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN "_l_sidste_dag"
    END AS DATE) AS "fakta_frist",
    CAST(NULL AS INT) AS "fakta_graense_maaneder",
    CAST(NULL AS INT) AS "fakta_graense_dage",
    CAST(NULL AS TEXT) AS "fakta_hvad",
    CAST(CASE
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 1
      THEN 1
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN 1
    END AS BIGINT) AS "fakta_krav",
    CAST(CASE
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 1
      THEN "_l_start"
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN "_l_start"
    END AS DATE) AS "fakta_start"
  FROM r17_101
  WHERE
    NOT (
      "_art"
    ) IS NULL
  UNION ALL
  SELECT
    CAST("_nr" AS BIGINT) AS "sag_nr",
    CAST("id" AS TEXT) AS "id",
    CAST('fællessamtale_efter_seks_måneder' AS TEXT) AS "regel",
    CAST(18 AS INT) AS "regel_nr",
    CAST(CASE WHEN NOT (
      CAST(NULL AS TEXT)
    ) IS NULL THEN -1 ELSE 0 END AS BIGINT) AS "instans",
    CAST("_art" AS TEXT) AS "art",
    CAST(CASE
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 1
      THEN 'antal_for_faa'
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN 'antal_kommende'
    END AS TEXT) AS "besked",
    CAST(CASE
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 1
      THEN "_l_sidste_dag"
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN "_l_sidste_dag"
    END AS DATE) AS "frist",
    CAST(NULL AS TEXT) AS "element",
    CAST(CASE
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN "_l_antal"
    END AS BIGINT) AS "antal",
    CAST(NULL AS INT) AS "version",
    CAST("_f0" AS TEXT) AS "datafejl",
    CAST(CASE WHEN (
      "_f0"
    ) IS NULL THEN "_x" END AS TEXT) AS "undtagelse",
    CAST(CASE
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 1
      THEN "_l_antal"
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN "_l_antal"
    END AS BIGINT) AS "fakta_antal",
    CAST(NULL AS BOOLEAN) AS "fakta_begynder",
    CAST(NULL AS DATE) AS "fakta_dato",
    CAST(NULL AS DATE) AS "fakta_ende",
    CAST(CASE
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 1
      THEN 'samtale'
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN 'samtale'
    END AS TEXT) AS "fakta_ental",
    CAST(CASE
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 1
      THEN 'samtaler'
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN 'samtaler'
    END AS TEXT) AS "fakta_flertal",
    CAST(CASE
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 1
      THEN "_l_sidste_dag"
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN "_l_sidste_dag"
    END AS DATE) AS "fakta_frist",
    CAST(NULL AS INT) AS "fakta_graense_maaneder",
    CAST(NULL AS INT) AS "fakta_graense_dage",
    CAST(NULL AS TEXT) AS "fakta_hvad",
    CAST(CASE
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 1
      THEN 1
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN 1
    END AS BIGINT) AS "fakta_krav",
    CAST(CASE
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 1
      THEN "_l_start"
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN "_l_start"
    END AS DATE) AS "fakta_start"
  FROM r18_114
  WHERE
    NOT (
      "_art"
    ) IS NULL
  UNION ALL
  SELECT
    CAST("_nr" AS BIGINT) AS "sag_nr",
    CAST("id" AS TEXT) AS "id",
    CAST('første_samtale_ved_fremmøde' AS TEXT) AS "regel",
    CAST(19 AS INT) AS "regel_nr",
    CAST(CASE WHEN NOT (
      CAST(NULL AS TEXT)
    ) IS NULL THEN -1 ELSE 0 END AS BIGINT) AS "instans",
    CAST("_art" AS TEXT) AS "art",
    CAST(CASE
      WHEN (
        (
          CAST(NULL AS TEXT)
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN 'hver_opfylder_ikke'
    END AS TEXT) AS "besked",
    CAST(NULL AS DATE) AS "frist",
    CAST(CASE
      WHEN (
        CAST(NULL AS TEXT)
      ) IS NULL
      THEN 'samtaler[' || CAST("_i" AS TEXT) || ']'
    END AS TEXT) AS "element",
    CAST(NULL AS BIGINT) AS "antal",
    CAST(NULL AS INT) AS "version",
    CAST(NULL AS TEXT) AS "datafejl",
    CAST(CASE WHEN (
      CAST(NULL AS TEXT)
    ) IS NULL THEN "_x" END AS TEXT) AS "undtagelse",
    CAST(NULL AS BIGINT) AS "fakta_antal",
    CAST(NULL AS BOOLEAN) AS "fakta_begynder",
    CAST(CASE
      WHEN (
        (
          CAST(NULL AS TEXT)
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN "_l_dato"
    END AS DATE) AS "fakta_dato",
    CAST(NULL AS DATE) AS "fakta_ende",
    CAST(NULL AS TEXT) AS "fakta_ental",
    CAST(NULL AS TEXT) AS "fakta_flertal",
    CAST(NULL AS DATE) AS "fakta_frist",
    CAST(NULL AS INT) AS "fakta_graense_maaneder",
    CAST(NULL AS INT) AS "fakta_graense_dage",
    CAST(CASE
      WHEN (
        (
          CAST(NULL AS TEXT)
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN 'samtale'
    END AS TEXT) AS "fakta_hvad",
    CAST(NULL AS BIGINT) AS "fakta_krav",
    CAST(NULL AS DATE) AS "fakta_start"
  FROM r19_129
  WHERE
    NOT (
      "_art"
    ) IS NULL
  UNION ALL
  SELECT
    CAST("_nr" AS BIGINT) AS "sag_nr",
    CAST("id" AS TEXT) AS "id",
    CAST('første_a_kasse_samtale_ved_fremmøde' AS TEXT) AS "regel",
    CAST(20 AS INT) AS "regel_nr",
    CAST(CASE WHEN NOT (
      CAST(NULL AS TEXT)
    ) IS NULL THEN -1 ELSE 0 END AS BIGINT) AS "instans",
    CAST("_art" AS TEXT) AS "art",
    CAST(CASE
      WHEN (
        (
          CAST(NULL AS TEXT)
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN 'hver_opfylder_ikke'
    END AS TEXT) AS "besked",
    CAST(NULL AS DATE) AS "frist",
    CAST(CASE
      WHEN (
        CAST(NULL AS TEXT)
      ) IS NULL
      THEN 'samtaler[' || CAST("_i" AS TEXT) || ']'
    END AS TEXT) AS "element",
    CAST(NULL AS BIGINT) AS "antal",
    CAST(NULL AS INT) AS "version",
    CAST(NULL AS TEXT) AS "datafejl",
    CAST(CASE WHEN (
      CAST(NULL AS TEXT)
    ) IS NULL THEN "_x" END AS TEXT) AS "undtagelse",
    CAST(NULL AS BIGINT) AS "fakta_antal",
    CAST(NULL AS BOOLEAN) AS "fakta_begynder",
    CAST(CASE
      WHEN (
        (
          CAST(NULL AS TEXT)
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN "_l_dato"
    END AS DATE) AS "fakta_dato",
    CAST(NULL AS DATE) AS "fakta_ende",
    CAST(NULL AS TEXT) AS "fakta_ental",
    CAST(NULL AS TEXT) AS "fakta_flertal",
    CAST(NULL AS DATE) AS "fakta_frist",
    CAST(NULL AS INT) AS "fakta_graense_maaneder",
    CAST(NULL AS INT) AS "fakta_graense_dage",
    CAST(CASE
      WHEN (
        (
          CAST(NULL AS TEXT)
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN 'samtale'
    END AS TEXT) AS "fakta_hvad",
    CAST(NULL AS BIGINT) AS "fakta_krav",
    CAST(NULL AS DATE) AS "fakta_start"
  FROM r20_144
  WHERE
    NOT (
      "_art"
    ) IS NULL
  UNION ALL
  SELECT
    CAST("_nr" AS BIGINT) AS "sag_nr",
    CAST("id" AS TEXT) AS "id",
    CAST('fremmøde_første_seks_måneder_2022' AS TEXT) AS "regel",
    CAST(21 AS INT) AS "regel_nr",
    CAST(CASE WHEN NOT (
      CAST(NULL AS TEXT)
    ) IS NULL THEN -1 ELSE "_i" END AS BIGINT) AS "instans",
    CAST("_art" AS TEXT) AS "art",
    CAST(CASE
      WHEN (
        (
          CAST(NULL AS TEXT)
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN 'hver_opfylder_ikke'
    END AS TEXT) AS "besked",
    CAST(NULL AS DATE) AS "frist",
    CAST(CASE
      WHEN (
        CAST(NULL AS TEXT)
      ) IS NULL
      THEN 'samtaler[' || CAST("_i" AS TEXT) || ']'
    END AS TEXT) AS "element",
    CAST(NULL AS BIGINT) AS "antal",
    CAST(NULL AS INT) AS "version",
    CAST(NULL AS TEXT) AS "datafejl",
    CAST(CASE WHEN (
      CAST(NULL AS TEXT)
    ) IS NULL THEN "_x" END AS TEXT) AS "undtagelse",
    CAST(NULL AS BIGINT) AS "fakta_antal",
    CAST(NULL AS BOOLEAN) AS "fakta_begynder",
    CAST(CASE
      WHEN (
        (
          CAST(NULL AS TEXT)
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN "_l_dato"
    END AS DATE) AS "fakta_dato",
    CAST(NULL AS DATE) AS "fakta_ende",
    CAST(NULL AS TEXT) AS "fakta_ental",
    CAST(NULL AS TEXT) AS "fakta_flertal",
    CAST(NULL AS DATE) AS "fakta_frist",
    CAST(NULL AS INT) AS "fakta_graense_maaneder",
    CAST(NULL AS INT) AS "fakta_graense_dage",
    CAST(CASE
      WHEN (
        (
          CAST(NULL AS TEXT)
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN 'samtale'
    END AS TEXT) AS "fakta_hvad",
    CAST(NULL AS BIGINT) AS "fakta_krav",
    CAST(NULL AS DATE) AS "fakta_start"
  FROM r21_158
  WHERE
    NOT (
      "_art"
    ) IS NULL
  UNION ALL
  SELECT
    CAST("_nr" AS BIGINT) AS "sag_nr",
    CAST("id" AS TEXT) AS "id",
    CAST('ingen_samtaler_pr_brev' AS TEXT) AS "regel",
    CAST(23 AS INT) AS "regel_nr",
    CAST(CASE WHEN NOT (
      CAST(NULL AS TEXT)
    ) IS NULL THEN -1 ELSE "_i" END AS BIGINT) AS "instans",
    CAST("_art" AS TEXT) AS "art",
    CAST(CASE
      WHEN (
        (
          CAST(NULL AS TEXT)
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN 'forbud_overtraadt'
    END AS TEXT) AS "besked",
    CAST(NULL AS DATE) AS "frist",
    CAST(CASE
      WHEN (
        CAST(NULL AS TEXT)
      ) IS NULL
      THEN 'samtaler[' || CAST("_i" AS TEXT) || ']'
    END AS TEXT) AS "element",
    CAST(NULL AS BIGINT) AS "antal",
    CAST(NULL AS INT) AS "version",
    CAST(NULL AS TEXT) AS "datafejl",
    CAST(CASE WHEN (
      CAST(NULL AS TEXT)
    ) IS NULL THEN "_x" END AS TEXT) AS "undtagelse",
    CAST(NULL AS BIGINT) AS "fakta_antal",
    CAST(NULL AS BOOLEAN) AS "fakta_begynder",
    CAST(CASE
      WHEN (
        (
          CAST(NULL AS TEXT)
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN "_l_dato"
    END AS DATE) AS "fakta_dato",
    CAST(NULL AS DATE) AS "fakta_ende",
    CAST(NULL AS TEXT) AS "fakta_ental",
    CAST(NULL AS TEXT) AS "fakta_flertal",
    CAST(NULL AS DATE) AS "fakta_frist",
    CAST(NULL AS INT) AS "fakta_graense_maaneder",
    CAST(NULL AS INT) AS "fakta_graense_dage",
    CAST(CASE
      WHEN (
        (
          CAST(NULL AS TEXT)
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN 'samtale'
    END AS TEXT) AS "fakta_hvad",
    CAST(NULL AS BIGINT) AS "fakta_krav",
    CAST(NULL AS DATE) AS "fakta_start"
  FROM r23_170
  WHERE
    NOT (
      "_art"
    ) IS NULL
  UNION ALL
  SELECT
    CAST("_nr" AS BIGINT) AS "sag_nr",
    CAST("id" AS TEXT) AS "id",
    CAST('første_tilbud_inden_for_en_måned' AS TEXT) AS "regel",
    CAST(24 AS INT) AS "regel_nr",
    CAST(CASE WHEN NOT (
      CAST(NULL AS TEXT)
    ) IS NULL THEN -1 ELSE 0 END AS BIGINT) AS "instans",
    CAST("_art" AS TEXT) AS "art",
    CAST(CASE
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 0
      THEN 'frist_for_sent'
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN 'frist_udeblevet'
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 4
      THEN 'frist_kommende'
    END AS TEXT) AS "besked",
    CAST(CASE
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 0
      THEN "_l_frist"
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN "_l_frist"
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 4
      THEN "_l_frist"
    END AS DATE) AS "frist",
    CAST(NULL AS TEXT) AS "element",
    CAST(NULL AS BIGINT) AS "antal",
    CAST(NULL AS INT) AS "version",
    CAST("_f0" AS TEXT) AS "datafejl",
    CAST(CASE WHEN (
      "_f0"
    ) IS NULL THEN "_x" END AS TEXT) AS "undtagelse",
    CAST(NULL AS BIGINT) AS "fakta_antal",
    CAST(CASE
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 0
      THEN TRUE
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN TRUE
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 4
      THEN TRUE
    END AS BOOLEAN) AS "fakta_begynder",
    CAST(CASE
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 0
      THEN "_l_dato"
    END AS DATE) AS "fakta_dato",
    CAST(NULL AS DATE) AS "fakta_ende",
    CAST(NULL AS TEXT) AS "fakta_ental",
    CAST(NULL AS TEXT) AS "fakta_flertal",
    CAST(CASE
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 0
      THEN "_l_frist"
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN "_l_frist"
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 4
      THEN "_l_frist"
    END AS DATE) AS "fakta_frist",
    CAST(NULL AS INT) AS "fakta_graense_maaneder",
    CAST(NULL AS INT) AS "fakta_graense_dage",
    CAST(CASE
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 0
      THEN 'første tilbud'
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 3
      THEN 'første tilbud'
      WHEN (
        (
          "_f0"
        ) IS NULL AND (
          "_x"
        ) IS NULL
      ) AND "_o" = 4
      THEN 'første tilbud'
    END AS TEXT) AS "fakta_hvad",
    CAST(NULL AS BIGINT) AS "fakta_krav",
    CAST(NULL AS DATE) AS "fakta_start"
  FROM r24_181
  WHERE
    NOT (
      "_art"
    ) IS NULL
  UNION ALL
  SELECT
    CAST("_nr" AS BIGINT) AS "sag_nr",
    CAST("id" AS TEXT) AS "id",
    CAST('interval_mellem_tilbud' AS TEXT) AS "regel",
    CAST(25 AS INT) AS "regel_nr",
    CAST(CASE WHEN NOT (
      "_f0"
    ) IS NULL THEN -1 ELSE "_k" END AS BIGINT) AS "instans",
    CAST("_art" AS TEXT) AS "art",
    CAST(CASE
      WHEN (
        (
          COALESCE("_f0", "_f1", "_f2")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN 'pause_for_lang'
      WHEN (
        (
          COALESCE("_f0", "_f1", "_f2")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 3
      THEN 'pause_intet_nyt'
      WHEN (
        (
          COALESCE("_f0", "_f1", "_f2")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 4
      THEN 'pause_kommende'
    END AS TEXT) AS "besked",
    CAST(CASE
      WHEN (
        (
          COALESCE("_f0", "_f1", "_f2")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN "_l_seneste"
      WHEN (
        (
          COALESCE("_f0", "_f1", "_f2")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 3
      THEN "_l_seneste"
      WHEN (
        (
          COALESCE("_f0", "_f1", "_f2")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 4
      THEN "_l_seneste"
    END AS DATE) AS "frist",
    CAST(CASE
      WHEN (
        COALESCE("_f0", "_f1", "_f2")
      ) IS NULL
      THEN 'tilbud[' || CAST("_i" AS TEXT) || ']'
    END AS TEXT) AS "element",
    CAST(NULL AS BIGINT) AS "antal",
    CAST(NULL AS INT) AS "version",
    CAST(COALESCE("_f0", "_f1", "_f2") AS TEXT) AS "datafejl",
    CAST(CASE WHEN (
      COALESCE("_f0", "_f1", "_f2")
    ) IS NULL THEN "_x" END AS TEXT) AS "undtagelse",
    CAST(NULL AS BIGINT) AS "fakta_antal",
    CAST(NULL AS BOOLEAN) AS "fakta_begynder",
    CAST(CASE
      WHEN (
        (
          COALESCE("_f0", "_f1", "_f2")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN "_l_naeste"
    END AS DATE) AS "fakta_dato",
    CAST(CASE
      WHEN (
        (
          COALESCE("_f0", "_f1", "_f2")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN "_l_ende"
      WHEN (
        (
          COALESCE("_f0", "_f1", "_f2")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 3
      THEN "_l_ende"
      WHEN (
        (
          COALESCE("_f0", "_f1", "_f2")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 4
      THEN "_l_ende"
    END AS DATE) AS "fakta_ende",
    CAST(NULL AS TEXT) AS "fakta_ental",
    CAST(NULL AS TEXT) AS "fakta_flertal",
    CAST(CASE
      WHEN (
        (
          COALESCE("_f0", "_f1", "_f2")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN "_l_seneste"
      WHEN (
        (
          COALESCE("_f0", "_f1", "_f2")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 3
      THEN "_l_seneste"
      WHEN (
        (
          COALESCE("_f0", "_f1", "_f2")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 4
      THEN "_l_seneste"
    END AS DATE) AS "fakta_frist",
    CAST(CASE
      WHEN (
        (
          COALESCE("_f0", "_f1", "_f2")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN "_l_graense_m"
      WHEN (
        (
          COALESCE("_f0", "_f1", "_f2")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 3
      THEN "_l_graense_m"
      WHEN (
        (
          COALESCE("_f0", "_f1", "_f2")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 4
      THEN "_l_graense_m"
    END AS INT) AS "fakta_graense_maaneder",
    CAST(CASE
      WHEN (
        (
          COALESCE("_f0", "_f1", "_f2")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN "_l_graense_d"
      WHEN (
        (
          COALESCE("_f0", "_f1", "_f2")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 3
      THEN "_l_graense_d"
      WHEN (
        (
          COALESCE("_f0", "_f1", "_f2")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 4
      THEN "_l_graense_d"
    END AS INT) AS "fakta_graense_dage",
    CAST(CASE
      WHEN (
        (
          COALESCE("_f0", "_f1", "_f2")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN 'tilbud'
      WHEN (
        (
          COALESCE("_f0", "_f1", "_f2")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 3
      THEN 'tilbud'
      WHEN (
        (
          COALESCE("_f0", "_f1", "_f2")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 4
      THEN 'tilbud'
    END AS TEXT) AS "fakta_hvad",
    CAST(NULL AS BIGINT) AS "fakta_krav",
    CAST(NULL AS DATE) AS "fakta_start"
  FROM r25_198
  WHERE
    NOT (
      "_art"
    ) IS NULL
  UNION ALL
  SELECT
    CAST("_nr" AS BIGINT) AS "sag_nr",
    CAST("id" AS TEXT) AS "id",
    CAST('løntilskud_højst_seks_måneder' AS TEXT) AS "regel",
    CAST(26 AS INT) AS "regel_nr",
    CAST(CASE WHEN NOT (
      CAST(NULL AS TEXT)
    ) IS NULL THEN -1 ELSE "_i" END AS BIGINT) AS "instans",
    CAST("_art" AS TEXT) AS "art",
    CAST(CASE
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN 'varighed_for_lang'
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 2
      THEN 'varighed_loebende'
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 3
      THEN 'varighed_kommende'
    END AS TEXT) AS "besked",
    CAST(CASE
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN "_l_sidste_dag"
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 2
      THEN "_l_sidste_dag"
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 3
      THEN "_l_sidste_dag"
    END AS DATE) AS "frist",
    CAST(CASE
      WHEN (
        COALESCE("_f0", "_f1")
      ) IS NULL
      THEN 'tilbud[' || CAST("_i" AS TEXT) || ']'
    END AS TEXT) AS "element",
    CAST(NULL AS BIGINT) AS "antal",
    CAST(NULL AS INT) AS "version",
    CAST(COALESCE("_f0", "_f1") AS TEXT) AS "datafejl",
    CAST(CASE WHEN (
      COALESCE("_f0", "_f1")
    ) IS NULL THEN "_x" END AS TEXT) AS "undtagelse",
    CAST(NULL AS BIGINT) AS "fakta_antal",
    CAST(NULL AS BOOLEAN) AS "fakta_begynder",
    CAST(CASE
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN "_l_slut"
    END AS DATE) AS "fakta_dato",
    CAST(NULL AS DATE) AS "fakta_ende",
    CAST(NULL AS TEXT) AS "fakta_ental",
    CAST(NULL AS TEXT) AS "fakta_flertal",
    CAST(CASE
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN "_l_sidste_dag"
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 2
      THEN "_l_sidste_dag"
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 3
      THEN "_l_sidste_dag"
    END AS DATE) AS "fakta_frist",
    CAST(CASE
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN "_l_graense_m"
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 2
      THEN "_l_graense_m"
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 3
      THEN "_l_graense_m"
    END AS INT) AS "fakta_graense_maaneder",
    CAST(CASE
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN "_l_graense_d"
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 2
      THEN "_l_graense_d"
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 3
      THEN "_l_graense_d"
    END AS INT) AS "fakta_graense_dage",
    CAST(CASE
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN 'tilbud'
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 2
      THEN 'tilbud'
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 3
      THEN 'tilbud'
    END AS TEXT) AS "fakta_hvad",
    CAST(NULL AS BIGINT) AS "fakta_krav",
    CAST(CASE
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN "_l_start"
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 2
      THEN "_l_start"
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 3
      THEN "_l_start"
    END AS DATE) AS "fakta_start"
  FROM r26_215
  WHERE
    NOT (
      "_art"
    ) IS NULL
  UNION ALL
  SELECT
    CAST("_nr" AS BIGINT) AS "sag_nr",
    CAST("id" AS TEXT) AS "id",
    CAST('virksomhedspraktik_varighed' AS TEXT) AS "regel",
    CAST(27 AS INT) AS "regel_nr",
    CAST(CASE WHEN NOT (
      CAST(NULL AS TEXT)
    ) IS NULL THEN -1 ELSE "_i" END AS BIGINT) AS "instans",
    CAST("_art" AS TEXT) AS "art",
    CAST(CASE
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN 'varighed_for_lang'
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 2
      THEN 'varighed_loebende'
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 3
      THEN 'varighed_kommende'
    END AS TEXT) AS "besked",
    CAST(CASE
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN "_l_sidste_dag"
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 2
      THEN "_l_sidste_dag"
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 3
      THEN "_l_sidste_dag"
    END AS DATE) AS "frist",
    CAST(CASE
      WHEN (
        COALESCE("_f0", "_f1")
      ) IS NULL
      THEN 'tilbud[' || CAST("_i" AS TEXT) || ']'
    END AS TEXT) AS "element",
    CAST(NULL AS BIGINT) AS "antal",
    CAST(NULL AS INT) AS "version",
    CAST(COALESCE("_f0", "_f1") AS TEXT) AS "datafejl",
    CAST(CASE WHEN (
      COALESCE("_f0", "_f1")
    ) IS NULL THEN "_x" END AS TEXT) AS "undtagelse",
    CAST(NULL AS BIGINT) AS "fakta_antal",
    CAST(NULL AS BOOLEAN) AS "fakta_begynder",
    CAST(CASE
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN "_l_slut"
    END AS DATE) AS "fakta_dato",
    CAST(NULL AS DATE) AS "fakta_ende",
    CAST(NULL AS TEXT) AS "fakta_ental",
    CAST(NULL AS TEXT) AS "fakta_flertal",
    CAST(CASE
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN "_l_sidste_dag"
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 2
      THEN "_l_sidste_dag"
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 3
      THEN "_l_sidste_dag"
    END AS DATE) AS "fakta_frist",
    CAST(CASE
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN "_l_graense_m"
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 2
      THEN "_l_graense_m"
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 3
      THEN "_l_graense_m"
    END AS INT) AS "fakta_graense_maaneder",
    CAST(CASE
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN "_l_graense_d"
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 2
      THEN "_l_graense_d"
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 3
      THEN "_l_graense_d"
    END AS INT) AS "fakta_graense_dage",
    CAST(CASE
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN 'tilbud'
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 2
      THEN 'tilbud'
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 3
      THEN 'tilbud'
    END AS TEXT) AS "fakta_hvad",
    CAST(NULL AS BIGINT) AS "fakta_krav",
    CAST(CASE
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN "_l_start"
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 2
      THEN "_l_start"
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 3
      THEN "_l_start"
    END AS DATE) AS "fakta_start"
  FROM r27_232
  WHERE
    NOT (
      "_art"
    ) IS NULL
  UNION ALL
  SELECT
    CAST("_nr" AS BIGINT) AS "sag_nr",
    CAST("id" AS TEXT) AS "id",
    CAST('øvo_ikke_ret_og_pligt' AS TEXT) AS "regel",
    CAST(28 AS INT) AS "regel_nr",
    CAST(CASE WHEN NOT (
      CAST(NULL AS TEXT)
    ) IS NULL THEN -1 ELSE "_i" END AS BIGINT) AS "instans",
    CAST("_art" AS TEXT) AS "art",
    CAST(CASE
      WHEN (
        (
          CAST(NULL AS TEXT)
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN 'forbud_overtraadt'
    END AS TEXT) AS "besked",
    CAST(NULL AS DATE) AS "frist",
    CAST(CASE
      WHEN (
        CAST(NULL AS TEXT)
      ) IS NULL
      THEN 'tilbud[' || CAST("_i" AS TEXT) || ']'
    END AS TEXT) AS "element",
    CAST(NULL AS BIGINT) AS "antal",
    CAST(NULL AS INT) AS "version",
    CAST(NULL AS TEXT) AS "datafejl",
    CAST(CASE WHEN (
      CAST(NULL AS TEXT)
    ) IS NULL THEN "_x" END AS TEXT) AS "undtagelse",
    CAST(NULL AS BIGINT) AS "fakta_antal",
    CAST(NULL AS BOOLEAN) AS "fakta_begynder",
    CAST(CASE
      WHEN (
        (
          CAST(NULL AS TEXT)
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN "_l_dato"
    END AS DATE) AS "fakta_dato",
    CAST(NULL AS DATE) AS "fakta_ende",
    CAST(NULL AS TEXT) AS "fakta_ental",
    CAST(NULL AS TEXT) AS "fakta_flertal",
    CAST(NULL AS DATE) AS "fakta_frist",
    CAST(NULL AS INT) AS "fakta_graense_maaneder",
    CAST(NULL AS INT) AS "fakta_graense_dage",
    CAST(CASE
      WHEN (
        (
          CAST(NULL AS TEXT)
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN 'tilbud'
    END AS TEXT) AS "fakta_hvad",
    CAST(NULL AS BIGINT) AS "fakta_krav",
    CAST(NULL AS DATE) AS "fakta_start"
  FROM r28_244
  WHERE
    NOT (
      "_art"
    ) IS NULL
  UNION ALL
  SELECT
    CAST("_nr" AS BIGINT) AS "sag_nr",
    CAST("id" AS TEXT) AS "id",
    CAST('første_ret_og_pligt_tilbud' AS TEXT) AS "regel",
    CAST(29 AS INT) AS "regel_nr",
    CAST(CASE WHEN NOT (
      CAST(NULL AS TEXT)
    ) IS NULL THEN -1 ELSE 0 END AS BIGINT) AS "instans",
    CAST("_art" AS TEXT) AS "art",
    CAST(CASE
      WHEN (
        (
          CAST(NULL AS TEXT)
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN 'frist_for_sent'
      WHEN (
        (
          CAST(NULL AS TEXT)
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 3
      THEN 'frist_udeblevet'
      WHEN (
        (
          CAST(NULL AS TEXT)
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 4
      THEN 'frist_kommende'
    END AS TEXT) AS "besked",
    CAST(CASE
      WHEN (
        (
          CAST(NULL AS TEXT)
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN "_l_frist"
      WHEN (
        (
          CAST(NULL AS TEXT)
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 3
      THEN "_l_frist"
      WHEN (
        (
          CAST(NULL AS TEXT)
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 4
      THEN "_l_frist"
    END AS DATE) AS "frist",
    CAST(NULL AS TEXT) AS "element",
    CAST(NULL AS BIGINT) AS "antal",
    CAST(NULL AS INT) AS "version",
    CAST(NULL AS TEXT) AS "datafejl",
    CAST(CASE WHEN (
      CAST(NULL AS TEXT)
    ) IS NULL THEN "_x" END AS TEXT) AS "undtagelse",
    CAST(NULL AS BIGINT) AS "fakta_antal",
    CAST(CASE
      WHEN (
        (
          CAST(NULL AS TEXT)
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN TRUE
      WHEN (
        (
          CAST(NULL AS TEXT)
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 3
      THEN TRUE
      WHEN (
        (
          CAST(NULL AS TEXT)
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 4
      THEN TRUE
    END AS BOOLEAN) AS "fakta_begynder",
    CAST(CASE
      WHEN (
        (
          CAST(NULL AS TEXT)
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN "_l_dato"
    END AS DATE) AS "fakta_dato",
    CAST(NULL AS DATE) AS "fakta_ende",
    CAST(NULL AS TEXT) AS "fakta_ental",
    CAST(NULL AS TEXT) AS "fakta_flertal",
    CAST(CASE
      WHEN (
        (
          CAST(NULL AS TEXT)
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN "_l_frist"
      WHEN (
        (
          CAST(NULL AS TEXT)
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 3
      THEN "_l_frist"
      WHEN (
        (
          CAST(NULL AS TEXT)
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 4
      THEN "_l_frist"
    END AS DATE) AS "fakta_frist",
    CAST(NULL AS INT) AS "fakta_graense_maaneder",
    CAST(NULL AS INT) AS "fakta_graense_dage",
    CAST(CASE
      WHEN (
        (
          CAST(NULL AS TEXT)
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN 'første tilbud'
      WHEN (
        (
          CAST(NULL AS TEXT)
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 3
      THEN 'første tilbud'
      WHEN (
        (
          CAST(NULL AS TEXT)
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 4
      THEN 'første tilbud'
    END AS TEXT) AS "fakta_hvad",
    CAST(NULL AS BIGINT) AS "fakta_krav",
    CAST(NULL AS DATE) AS "fakta_start"
  FROM r29_255
  WHERE
    NOT (
      "_art"
    ) IS NULL
  UNION ALL
  SELECT
    CAST("_nr" AS BIGINT) AS "sag_nr",
    CAST("id" AS TEXT) AS "id",
    CAST('reaktion_på_frafaldsbesked' AS TEXT) AS "regel",
    CAST(31 AS INT) AS "regel_nr",
    CAST(CASE WHEN NOT (
      CAST(NULL AS TEXT)
    ) IS NULL THEN -1 ELSE "_i" END AS BIGINT) AS "instans",
    CAST("_art" AS TEXT) AS "art",
    CAST(CASE
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN 'hver_opfylder_ikke'
    END AS TEXT) AS "besked",
    CAST(NULL AS DATE) AS "frist",
    CAST(CASE
      WHEN (
        COALESCE("_f0", "_f1")
      ) IS NULL
      THEN 'frafaldsbeskeder[' || CAST("_i" AS TEXT) || ']'
    END AS TEXT) AS "element",
    CAST(NULL AS BIGINT) AS "antal",
    CAST(NULL AS INT) AS "version",
    CAST(COALESCE("_f0", "_f1") AS TEXT) AS "datafejl",
    CAST(CASE WHEN (
      COALESCE("_f0", "_f1")
    ) IS NULL THEN "_x" END AS TEXT) AS "undtagelse",
    CAST(NULL AS BIGINT) AS "fakta_antal",
    CAST(NULL AS BOOLEAN) AS "fakta_begynder",
    CAST(CASE
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN "_l_dato"
    END AS DATE) AS "fakta_dato",
    CAST(NULL AS DATE) AS "fakta_ende",
    CAST(NULL AS TEXT) AS "fakta_ental",
    CAST(NULL AS TEXT) AS "fakta_flertal",
    CAST(NULL AS DATE) AS "fakta_frist",
    CAST(NULL AS INT) AS "fakta_graense_maaneder",
    CAST(NULL AS INT) AS "fakta_graense_dage",
    CAST(CASE
      WHEN (
        (
          COALESCE("_f0", "_f1")
        ) IS NULL AND (
          "_x"
        ) IS NULL
      )
      AND "_o" = 0
      THEN 'frafaldsbesked'
    END AS TEXT) AS "fakta_hvad",
    CAST(NULL AS BIGINT) AS "fakta_krav",
    CAST(NULL AS DATE) AS "fakta_start"
  FROM r31_269
  WHERE
    NOT (
      "_art"
    ) IS NULL
) AS _alle;
