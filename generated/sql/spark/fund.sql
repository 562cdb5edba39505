-- Genereret af Regelsprog ud fra rules/. Ret ikke i filen: ret reglerne og kør `regel byg`.
WITH _sager AS (
  SELECT
    `_nr`,
    `id` AS `id`,
    `ydelse` AS `ydelse`,
    `visitation` AS `visitation`,
    COALESCE(`i_integrationsprogram`, FALSE) AS `i_integrationsprogram`,
    COALESCE(`har_arbejdsgiver`, FALSE) AS `har_arbejdsgiver`,
    `forløbsstart` AS `forløbsstart`,
    `forløbsslut` AS `forløbsslut`,
    `første_henvendelse` AS `første_henvendelse`,
    `første_fraværsdag` AS `første_fraværsdag`,
    COALESCE(
      `samtaler`,
      CAST(ARRAY() AS ARRAY<STRUCT<`dato`: DATE, `form`: STRING, `aktør`: STRING>>)
    ) AS `samtaler`,
    COALESCE(
      TRANSFORM(
        `tilbud`,
        _x1 -> STRUCT(
          _x1.`type` AS `type`,
          _x1.`start` AS `start`,
          _x1.`slut` AS `slut`,
          _x1.`arbejdsgiver` AS `arbejdsgiver`,
          COALESCE(_x1.`ret_og_pligt`, FALSE) AS `ret_og_pligt`,
          COALESCE(_x1.`selvfundet`, FALSE) AS `selvfundet`
        )
      ),
      CAST(ARRAY() AS ARRAY<
        STRUCT<
          `type`: STRING,
          `start`: DATE,
          `slut`: DATE,
          `arbejdsgiver`: STRING,
          `ret_og_pligt`: BOOLEAN,
          `selvfundet`: BOOLEAN
        >
      >)
    ) AS `tilbud`,
    `uddannelsesstart` AS `uddannelsesstart`,
    CASE
      WHEN `mentor` IS NULL
      THEN CAST(NULL AS STRUCT<`start`: DATE, `slut`: DATE, `forlænget`: BOOLEAN>)
      ELSE STRUCT(
        `mentor`.`start` AS `start`,
        `mentor`.`slut` AS `slut`,
        COALESCE(`mentor`.`forlænget`, FALSE) AS `forlænget`
      )
    END AS `mentor`,
    COALESCE(
      `frafaldsbeskeder`,
      CAST(ARRAY() AS ARRAY<STRUCT<`modtaget`: DATE, `reaktion`: DATE>>)
    ) AS `frafaldsbeskeder`,
    COALESCE(
      `indstillinger`,
      CAST(ARRAY() AS ARRAY<STRUCT<`dato`: DATE, `afvist`: BOOLEAN, `begrundelse`: STRING>>)
    ) AS `indstillinger`,
    COALESCE(`ordinære_løntimer_12_mdr`, 0) AS `ordinære_løntimer_12_mdr`,
    `fritagelse` AS `fritagelse`,
    COALESCE(sager.`_skaeringsdato`, parametre.`skaeringsdato`) AS `_e`
  FROM sager
  CROSS JOIN parametre
), r0_1 AS (
  SELECT
    *,
    `ydelse` = 'dagpenge' AS `_a`
  FROM _sager
  WHERE
    (
      `ydelse`
    ) IS NULL OR `ydelse` IN ('dagpenge')
), r0_2 AS (
  SELECT
    *
  FROM r0_1
  WHERE
    NOT (
      CAST(NULL AS STRING)
    ) IS NULL OR `_a`
), r0_3 AS (
  SELECT
    *,
    FILTER(
      IF(
        (
          SIZE(`indstillinger`) - 1
        ) < 0,
        ARRAY(),
        SEQUENCE(0, (
          SIZE(`indstillinger`) - 1
        ))
      ),
      _i2 -> ELEMENT_AT(`indstillinger`, _i2 + 1).`dato` <= `_e`
    ) AS `_q`
  FROM r0_2
), r0_4 AS (
  SELECT
    *,
    EXPLODE(CASE WHEN NOT (
      CAST(NULL AS STRING)
    ) IS NULL THEN ARRAY(-1) ELSE `_q` END) AS `_i`
  FROM r0_3
), r0_5 AS (
  SELECT
    *,
    TRY_ELEMENT_AT(`indstillinger`, `_i` + 1).`dato` AS `_d`
  FROM r0_4
), r0_6 AS (
  SELECT
    *,
    CASE WHEN CAST('2024-01-01' AS DATE) <= `_d` THEN 0 ELSE CAST(NULL AS INT) END AS `_v`
  FROM r0_5
), r0_7 AS (
  SELECT
    *
  FROM r0_6
  WHERE
    NOT (
      CAST(NULL AS STRING)
    ) IS NULL OR NOT (
      `_v`
    ) IS NULL
), r0_8 AS (
  SELECT
    *,
    TRY_ELEMENT_AT(`indstillinger`, `_i` + 1).`afvist` AS `_s`
  FROM r0_7
), r0_9 AS (
  SELECT
    *
  FROM r0_8
  WHERE
    NOT (
      CAST(NULL AS STRING)
    ) IS NULL OR `_s`
), r0_10 AS (
  SELECT
    *,
    TRY_ELEMENT_AT(`indstillinger`, `_i` + 1).`dato` AS `_l_dato`
  FROM r0_9
), r0_11 AS (
  SELECT
    *,
    `_l_dato` AS `_j`
  FROM r0_10
), r0_12 AS (
  SELECT
    *,
    CASE
      WHEN (
        CAST(NULL AS STRING)
      ) IS NULL
      THEN CAST(NULL AS STRING)
      ELSE CAST(NULL AS STRING)
    END AS `_x`
  FROM r0_11
), r0_13 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        NOT (
          TRY_ELEMENT_AT(`indstillinger`, `_i` + 1).`begrundelse`
        ) IS NULL
        AND NOT TRY_ELEMENT_AT(`indstillinger`, `_i` + 1).`begrundelse` RLIKE '^[\t\n\013\014\r\034\035\036\037                  　]*$'
      )
      THEN 0
      WHEN TRUE
      THEN 1
    END AS `_o`
  FROM r0_12
), r0_14 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        CAST(NULL AS STRING)
      ) IS NULL
      THEN 'datafejl'
      WHEN NOT (
        `_x`
      ) IS NULL
      THEN 'undtaget'
      WHEN (
        (
          CAST(NULL AS STRING)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN 'overtrådt'
    END AS `_art`
  FROM r0_13
), r10_15 AS (
  SELECT
    *,
    (
      `ydelse` = 'kontanthjælp' OR `ydelse` = 'uddannelseshjælp'
    ) AS `_a`
  FROM _sager
  WHERE
    (
      `ydelse`
    ) IS NULL OR `ydelse` IN ('kontanthjælp', 'uddannelseshjælp')
), r10_16 AS (
  SELECT
    *
  FROM r10_15
  WHERE
    NOT (
      CAST(NULL AS STRING)
    ) IS NULL OR `_a`
), r10_17 AS (
  SELECT
    *,
    `første_henvendelse` AS `_d`,
    CASE
      WHEN (
        CAST(NULL AS STRING)
      ) IS NULL
      THEN CASE WHEN (
        `første_henvendelse`
      ) IS NULL THEN 'første_henvendelse' END
    END AS `_f0`
  FROM r10_16
), r10_18 AS (
  SELECT
    *,
    CASE WHEN CAST('2019-07-01' AS DATE) <= `_d` THEN 0 ELSE CAST(NULL AS INT) END AS `_v`
  FROM r10_17
), r10_19 AS (
  SELECT
    *
  FROM r10_18
  WHERE
    NOT (
      `_f0`
    ) IS NULL OR NOT (
      `_v`
    ) IS NULL
), r10_20 AS (
  SELECT
    *,
    CAST(DATE_ADD(`første_henvendelse`, 7) AS DATE) AS `_l_frist`,
    CASE
      WHEN (
        `_f0`
      ) IS NULL
      THEN CASE WHEN (
        `første_henvendelse`
      ) IS NULL THEN 'første_henvendelse' END
    END AS `_f1`
  FROM r10_19
), r10_21 AS (
  SELECT
    *,
    `_l_frist` AS `_j`
  FROM r10_20
), r10_22 AS (
  SELECT
    *,
    CASE
      WHEN (
        COALESCE(`_f0`, `_f1`)
      ) IS NULL
      THEN CAST(NULL AS STRING)
      ELSE CAST(NULL AS STRING)
    END AS `_x`
  FROM r10_21
), r10_23 AS (
  SELECT
    *,
    ARRAY_MIN(
      TRANSFORM(
        FILTER(
          IF((
            SIZE(`samtaler`) - 1
          ) < 0, ARRAY(), SEQUENCE(0, (
            SIZE(`samtaler`) - 1
          ))),
          _i3 -> ELEMENT_AT(`samtaler`, _i3 + 1).`dato` <= `_e`
          AND (
            TRY_ELEMENT_AT(`samtaler`, _i3 + 1).`aktør` = 'jobcenter'
            OR TRY_ELEMENT_AT(`samtaler`, _i3 + 1).`aktør` = 'fælles'
          )
        ),
        _i4 -> ELEMENT_AT(`samtaler`, _i4 + 1).`dato`
      )
    ) AS `_l_dato`
  FROM r10_22
), r10_24 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        `_l_dato`
      ) IS NULL AND `_l_dato` > `_l_frist`
      THEN 0
      WHEN NOT (
        `_l_dato`
      ) IS NULL
      THEN 1
      WHEN NOT (
        (
          `forløbsslut`
        ) IS NULL OR `forløbsslut` >= `_l_frist`
      )
      THEN 2
      WHEN `_l_frist` < `_e`
      THEN 3
      WHEN TRUE
      THEN 4
    END AS `_o`
  FROM r10_23
), r10_25 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        COALESCE(`_f0`, `_f1`)
      ) IS NULL
      THEN 'datafejl'
      WHEN NOT (
        `_x`
      ) IS NULL
      THEN 'undtaget'
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN 'overtrådt'
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 3
      THEN 'overtrådt'
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 4
      THEN 'frist'
    END AS `_art`
  FROM r10_24
), r11_26 AS (
  SELECT
    *,
    `ydelse` = 'sygedagpenge' AS `_a`
  FROM _sager
  WHERE
    (
      `ydelse`
    ) IS NULL OR `ydelse` IN ('sygedagpenge')
), r11_27 AS (
  SELECT
    *
  FROM r11_26
  WHERE
    NOT (
      CAST(NULL AS STRING)
    ) IS NULL OR `_a`
), r11_28 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        `første_fraværsdag`
      ) IS NULL
      THEN `første_fraværsdag`
      ELSE `forløbsstart`
    END AS `_d`
  FROM r11_27
), r11_29 AS (
  SELECT
    *,
    CASE WHEN CAST('2019-07-01' AS DATE) <= `_d` THEN 0 ELSE CAST(NULL AS INT) END AS `_v`
  FROM r11_28
), r11_30 AS (
  SELECT
    *
  FROM r11_29
  WHERE
    NOT (
      CAST(NULL AS STRING)
    ) IS NULL OR NOT (
      `_v`
    ) IS NULL
), r11_31 AS (
  SELECT
    *,
    CAST(DATE_ADD(
      CAST(DATE_ADD(
        CASE
          WHEN NOT (
            `første_fraværsdag`
          ) IS NULL
          THEN `første_fraværsdag`
          ELSE `forløbsstart`
        END,
        56
      ) AS DATE),
      -(
        1
      )
    ) AS DATE) AS `_l_frist`
  FROM r11_30
), r11_32 AS (
  SELECT
    *,
    `_l_frist` AS `_j`
  FROM r11_31
), r11_33 AS (
  SELECT
    *,
    CASE
      WHEN (
        CAST(NULL AS STRING)
      ) IS NULL
      THEN CAST(NULL AS STRING)
      ELSE CAST(NULL AS STRING)
    END AS `_x`
  FROM r11_32
), r11_34 AS (
  SELECT
    *,
    ARRAY_MIN(
      TRANSFORM(
        FILTER(
          IF((
            SIZE(`samtaler`) - 1
          ) < 0, ARRAY(), SEQUENCE(0, (
            SIZE(`samtaler`) - 1
          ))),
          _i5 -> ELEMENT_AT(`samtaler`, _i5 + 1).`dato` <= `_e`
          AND (
            TRY_ELEMENT_AT(`samtaler`, _i5 + 1).`aktør` = 'jobcenter'
            OR TRY_ELEMENT_AT(`samtaler`, _i5 + 1).`aktør` = 'fælles'
          )
        ),
        _i6 -> ELEMENT_AT(`samtaler`, _i6 + 1).`dato`
      )
    ) AS `_l_dato`
  FROM r11_33
), r11_35 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        `_l_dato`
      ) IS NULL AND `_l_dato` > `_l_frist`
      THEN 0
      WHEN NOT (
        `_l_dato`
      ) IS NULL
      THEN 1
      WHEN NOT (
        (
          `forløbsslut`
        ) IS NULL OR `forløbsslut` >= `_l_frist`
      )
      THEN 2
      WHEN `_l_frist` < `_e`
      THEN 3
      WHEN TRUE
      THEN 4
    END AS `_o`
  FROM r11_34
), r11_36 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        CAST(NULL AS STRING)
      ) IS NULL
      THEN 'datafejl'
      WHEN NOT (
        `_x`
      ) IS NULL
      THEN 'undtaget'
      WHEN (
        (
          CAST(NULL AS STRING)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN 'overtrådt'
      WHEN (
        (
          CAST(NULL AS STRING)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 3
      THEN 'overtrådt'
      WHEN (
        (
          CAST(NULL AS STRING)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 4
      THEN 'frist'
    END AS `_art`
  FROM r11_35
), r12_37 AS (
  SELECT
    *,
    (
      `ydelse` = 'dagpenge'
      OR `ydelse` = 'kontanthjælp'
      OR `ydelse` = 'uddannelseshjælp'
      OR `ydelse` = 'ledighedsydelse'
      OR `ydelse` = 'overgangsydelse'
      OR `ydelse` = 'sygedagpenge'
      OR `ydelse` = 'revalidering'
      OR `ydelse` = 'ressourceforløb'
      OR `ydelse` = 'jobafklaringsforløb'
    )
    AND NOT (
      `ydelse` = 'dagpenge' AND `forløbsstart` >= CAST('2024-01-01' AS DATE)
    ) AS `_a`
  FROM _sager
  WHERE
    (
      `ydelse`
    ) IS NULL
    OR `ydelse` IN (
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
), r12_38 AS (
  SELECT
    *
  FROM r12_37
  WHERE
    NOT (
      CAST(NULL AS STRING)
    ) IS NULL OR `_a`
), r12_39 AS (
  SELECT
    *,
    `forløbsstart` AS `_d`
  FROM r12_38
), r12_40 AS (
  SELECT
    *,
    CASE WHEN CAST('2019-07-01' AS DATE) <= `_d` THEN 0 ELSE CAST(NULL AS INT) END AS `_v`
  FROM r12_39
), r12_41 AS (
  SELECT
    *
  FROM r12_40
  WHERE
    NOT (
      CAST(NULL AS STRING)
    ) IS NULL OR NOT (
      `_v`
    ) IS NULL
), r12_42 AS (
  SELECT
    *,
    `forløbsstart` AS `_l_start`
  FROM r12_41
), r12_43 AS (
  SELECT
    *,
    CAST(ADD_MONTHS(`forløbsstart`, 6) AS DATE) AS `_l_slut`
  FROM r12_42
), r12_44 AS (
  SELECT
    *,
    CAST(DATE_ADD(`_l_slut`, -(
      1
    )) AS DATE) AS `_l_sidste_dag`
  FROM r12_43
), r12_45 AS (
  SELECT
    *,
    `_l_sidste_dag` AS `_j`
  FROM r12_44
), r12_46 AS (
  SELECT
    *,
    CASE
      WHEN (
        CAST(NULL AS STRING)
      ) IS NULL
      THEN CASE
        WHEN (
          NOT (
            `fritagelse`
          ) IS NULL
          AND `fritagelse`.`overgang` <= CAST(DATE_ADD(`fritagelse`.`fra`, 42) AS DATE)
        )
        AND COALESCE(
          CASE
            WHEN CAST('2019-07-01' AS DATE) <= `fritagelse`.`fra`
            THEN 0
            ELSE CAST(NULL AS INT)
          END,
          -1
        ) <> -1
        AND `_j` >= `fritagelse`.`fra`
        THEN 'mindre_intensiv_indsats'
        ELSE CAST(NULL AS STRING)
      END
      ELSE CAST(NULL AS STRING)
    END AS `_x`,
    CASE
      WHEN (
        CAST(NULL AS STRING)
      ) IS NULL
      THEN COALESCE(
        CASE
          WHEN NOT (
            `fritagelse`
          ) IS NULL
          THEN COALESCE(
            CASE WHEN (
              `fritagelse`
            ) IS NULL THEN 'fritagelse' END,
            CASE WHEN (
              `fritagelse`
            ) IS NULL THEN 'fritagelse' END
          )
        END,
        CASE
          WHEN NOT (
            `fritagelse`
          ) IS NULL
          AND `fritagelse`.`overgang` <= CAST(DATE_ADD(`fritagelse`.`fra`, 42) AS DATE)
          THEN COALESCE(
            CASE WHEN (
              `fritagelse`
            ) IS NULL THEN 'fritagelse' END,
            CASE
              WHEN COALESCE(
                CASE
                  WHEN CAST('2019-07-01' AS DATE) <= `fritagelse`.`fra`
                  THEN 0
                  ELSE CAST(NULL AS INT)
                END,
                -1
              ) <> -1
              THEN CASE WHEN (
                `fritagelse`
              ) IS NULL THEN 'fritagelse' END
            END
          )
        END
      )
    END AS `_f0`
  FROM r12_45
), r12_47 AS (
  SELECT
    *,
    SIZE(
      FILTER(
        IF((
          SIZE(`samtaler`) - 1
        ) < 0, ARRAY(), SEQUENCE(0, (
          SIZE(`samtaler`) - 1
        ))),
        _i7 -> ELEMENT_AT(`samtaler`, _i7 + 1).`dato` <= `_e`
        AND (
          `_l_start` <= ELEMENT_AT(`samtaler`, _i7 + 1).`dato`
          AND ELEMENT_AT(`samtaler`, _i7 + 1).`dato` < `_l_slut`
        )
        AND (
          TRY_ELEMENT_AT(`samtaler`, _i7 + 1).`aktør` = 'jobcenter'
          OR TRY_ELEMENT_AT(`samtaler`, _i7 + 1).`aktør` = 'fælles'
        )
      )
    ) AS `_l_antal`
  FROM r12_46
), r12_48 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        (
          `forløbsslut`
        ) IS NULL OR `forløbsslut` >= `_l_sidste_dag`
      )
      THEN 0
      WHEN `_l_sidste_dag` < `_e` AND `_l_antal` < 4
      THEN 1
      WHEN `_l_sidste_dag` < `_e`
      THEN 2
      WHEN TRUE
      THEN 3
    END AS `_o`
  FROM r12_47
), r12_49 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        `_f0`
      ) IS NULL
      THEN 'datafejl'
      WHEN NOT (
        `_x`
      ) IS NULL
      THEN 'undtaget'
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 1
      THEN 'overtrådt'
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN 'frist'
    END AS `_art`
  FROM r12_48
), r13_50 AS (
  SELECT
    *,
    `ydelse` = 'dagpenge' AS `_a`
  FROM _sager
  WHERE
    (
      `ydelse`
    ) IS NULL OR `ydelse` IN ('dagpenge')
), r13_51 AS (
  SELECT
    *
  FROM r13_50
  WHERE
    NOT (
      CAST(NULL AS STRING)
    ) IS NULL OR `_a`
), r13_52 AS (
  SELECT
    *,
    `forløbsstart` AS `_d`
  FROM r13_51
), r13_53 AS (
  SELECT
    *,
    CASE WHEN CAST('2024-01-01' AS DATE) <= `_d` THEN 0 ELSE CAST(NULL AS INT) END AS `_v`
  FROM r13_52
), r13_54 AS (
  SELECT
    *
  FROM r13_53
  WHERE
    NOT (
      CAST(NULL AS STRING)
    ) IS NULL OR NOT (
      `_v`
    ) IS NULL
), r13_55 AS (
  SELECT
    *,
    `forløbsstart` AS `_l_start`
  FROM r13_54
), r13_56 AS (
  SELECT
    *,
    CAST(ADD_MONTHS(`forløbsstart`, 3) AS DATE) AS `_l_slut`
  FROM r13_55
), r13_57 AS (
  SELECT
    *,
    CAST(DATE_ADD(`_l_slut`, -(
      1
    )) AS DATE) AS `_l_sidste_dag`
  FROM r13_56
), r13_58 AS (
  SELECT
    *,
    `_l_sidste_dag` AS `_j`
  FROM r13_57
), r13_59 AS (
  SELECT
    *,
    CASE
      WHEN (
        CAST(NULL AS STRING)
      ) IS NULL
      THEN CASE
        WHEN (
          NOT (
            `fritagelse`
          ) IS NULL
          AND `fritagelse`.`overgang` <= CAST(DATE_ADD(`fritagelse`.`fra`, 42) AS DATE)
        )
        AND COALESCE(
          CASE
            WHEN CAST('2019-07-01' AS DATE) <= `fritagelse`.`fra`
            THEN 0
            ELSE CAST(NULL AS INT)
          END,
          -1
        ) <> -1
        AND `_j` >= `fritagelse`.`fra`
        THEN 'mindre_intensiv_indsats'
        ELSE CAST(NULL AS STRING)
      END
      ELSE CAST(NULL AS STRING)
    END AS `_x`,
    CASE
      WHEN (
        CAST(NULL AS STRING)
      ) IS NULL
      THEN COALESCE(
        CASE
          WHEN NOT (
            `fritagelse`
          ) IS NULL
          THEN COALESCE(
            CASE WHEN (
              `fritagelse`
            ) IS NULL THEN 'fritagelse' END,
            CASE WHEN (
              `fritagelse`
            ) IS NULL THEN 'fritagelse' END
          )
        END,
        CASE
          WHEN NOT (
            `fritagelse`
          ) IS NULL
          AND `fritagelse`.`overgang` <= CAST(DATE_ADD(`fritagelse`.`fra`, 42) AS DATE)
          THEN COALESCE(
            CASE WHEN (
              `fritagelse`
            ) IS NULL THEN 'fritagelse' END,
            CASE
              WHEN COALESCE(
                CASE
                  WHEN CAST('2019-07-01' AS DATE) <= `fritagelse`.`fra`
                  THEN 0
                  ELSE CAST(NULL AS INT)
                END,
                -1
              ) <> -1
              THEN CASE WHEN (
                `fritagelse`
              ) IS NULL THEN 'fritagelse' END
            END
          )
        END
      )
    END AS `_f0`
  FROM r13_58
), r13_60 AS (
  SELECT
    *,
    SIZE(
      FILTER(
        IF((
          SIZE(`samtaler`) - 1
        ) < 0, ARRAY(), SEQUENCE(0, (
          SIZE(`samtaler`) - 1
        ))),
        _i8 -> ELEMENT_AT(`samtaler`, _i8 + 1).`dato` <= `_e`
        AND (
          `_l_start` <= ELEMENT_AT(`samtaler`, _i8 + 1).`dato`
          AND ELEMENT_AT(`samtaler`, _i8 + 1).`dato` < `_l_slut`
        )
        AND TRY_ELEMENT_AT(`samtaler`, _i8 + 1).`aktør` = 'a_kasse'
      )
    ) AS `_l_antal`
  FROM r13_59
), r13_61 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        (
          `forløbsslut`
        ) IS NULL OR `forløbsslut` >= `_l_sidste_dag`
      )
      THEN 0
      WHEN `_l_sidste_dag` < `_e` AND `_l_antal` < 3
      THEN 1
      WHEN `_l_sidste_dag` < `_e`
      THEN 2
      WHEN TRUE
      THEN 3
    END AS `_o`
  FROM r13_60
), r13_62 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        `_f0`
      ) IS NULL
      THEN 'datafejl'
      WHEN NOT (
        `_x`
      ) IS NULL
      THEN 'undtaget'
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 1
      THEN 'overtrådt'
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN 'frist'
    END AS `_art`
  FROM r13_61
), r14_63 AS (
  SELECT
    *,
    `ydelse` = 'dagpenge' AS `_a`
  FROM _sager
  WHERE
    (
      `ydelse`
    ) IS NULL OR `ydelse` IN ('dagpenge')
), r14_64 AS (
  SELECT
    *
  FROM r14_63
  WHERE
    NOT (
      CAST(NULL AS STRING)
    ) IS NULL OR `_a`
), r14_65 AS (
  SELECT
    *,
    `forløbsstart` AS `_d`
  FROM r14_64
), r14_66 AS (
  SELECT
    *,
    CASE WHEN CAST('2024-01-01' AS DATE) <= `_d` THEN 0 ELSE CAST(NULL AS INT) END AS `_v`
  FROM r14_65
), r14_67 AS (
  SELECT
    *
  FROM r14_66
  WHERE
    NOT (
      CAST(NULL AS STRING)
    ) IS NULL OR NOT (
      `_v`
    ) IS NULL
), r14_68 AS (
  SELECT
    *,
    CAST(ADD_MONTHS(`forløbsstart`, 3) AS DATE) AS `_l_start`
  FROM r14_67
), r14_69 AS (
  SELECT
    *,
    CAST(ADD_MONTHS(`forløbsstart`, 6) AS DATE) AS `_l_slut`
  FROM r14_68
), r14_70 AS (
  SELECT
    *,
    CAST(DATE_ADD(`_l_slut`, -(
      1
    )) AS DATE) AS `_l_sidste_dag`
  FROM r14_69
), r14_71 AS (
  SELECT
    *,
    `_l_sidste_dag` AS `_j`
  FROM r14_70
), r14_72 AS (
  SELECT
    *,
    CASE
      WHEN (
        CAST(NULL AS STRING)
      ) IS NULL
      THEN CASE
        WHEN (
          NOT (
            `fritagelse`
          ) IS NULL
          AND `fritagelse`.`overgang` <= CAST(DATE_ADD(`fritagelse`.`fra`, 42) AS DATE)
        )
        AND COALESCE(
          CASE
            WHEN CAST('2019-07-01' AS DATE) <= `fritagelse`.`fra`
            THEN 0
            ELSE CAST(NULL AS INT)
          END,
          -1
        ) <> -1
        AND `_j` >= `fritagelse`.`fra`
        THEN 'mindre_intensiv_indsats'
        ELSE CAST(NULL AS STRING)
      END
      ELSE CAST(NULL AS STRING)
    END AS `_x`,
    CASE
      WHEN (
        CAST(NULL AS STRING)
      ) IS NULL
      THEN COALESCE(
        CASE
          WHEN NOT (
            `fritagelse`
          ) IS NULL
          THEN COALESCE(
            CASE WHEN (
              `fritagelse`
            ) IS NULL THEN 'fritagelse' END,
            CASE WHEN (
              `fritagelse`
            ) IS NULL THEN 'fritagelse' END
          )
        END,
        CASE
          WHEN NOT (
            `fritagelse`
          ) IS NULL
          AND `fritagelse`.`overgang` <= CAST(DATE_ADD(`fritagelse`.`fra`, 42) AS DATE)
          THEN COALESCE(
            CASE WHEN (
              `fritagelse`
            ) IS NULL THEN 'fritagelse' END,
            CASE
              WHEN COALESCE(
                CASE
                  WHEN CAST('2019-07-01' AS DATE) <= `fritagelse`.`fra`
                  THEN 0
                  ELSE CAST(NULL AS INT)
                END,
                -1
              ) <> -1
              THEN CASE WHEN (
                `fritagelse`
              ) IS NULL THEN 'fritagelse' END
            END
          )
        END
      )
    END AS `_f0`
  FROM r14_71
), r14_73 AS (
  SELECT
    *,
    SIZE(
      FILTER(
        IF((
          SIZE(`samtaler`) - 1
        ) < 0, ARRAY(), SEQUENCE(0, (
          SIZE(`samtaler`) - 1
        ))),
        _i9 -> ELEMENT_AT(`samtaler`, _i9 + 1).`dato` <= `_e`
        AND (
          `_l_start` <= ELEMENT_AT(`samtaler`, _i9 + 1).`dato`
          AND ELEMENT_AT(`samtaler`, _i9 + 1).`dato` < `_l_slut`
        )
        AND (
          TRY_ELEMENT_AT(`samtaler`, _i9 + 1).`aktør` = 'jobcenter'
          OR TRY_ELEMENT_AT(`samtaler`, _i9 + 1).`aktør` = 'fælles'
        )
      )
    ) AS `_l_antal`
  FROM r14_72
), r14_74 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        (
          `forløbsslut`
        ) IS NULL OR `forløbsslut` >= `_l_sidste_dag`
      )
      THEN 0
      WHEN `_l_sidste_dag` < `_e` AND `_l_antal` < 3
      THEN 1
      WHEN `_l_sidste_dag` < `_e`
      THEN 2
      WHEN TRUE
      THEN 3
    END AS `_o`
  FROM r14_73
), r14_75 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        `_f0`
      ) IS NULL
      THEN 'datafejl'
      WHEN NOT (
        `_x`
      ) IS NULL
      THEN 'undtaget'
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 1
      THEN 'overtrådt'
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN 'frist'
    END AS `_art`
  FROM r14_74
), r15_76 AS (
  SELECT
    *,
    `ydelse` = 'dagpenge' AS `_a`
  FROM _sager
  WHERE
    (
      `ydelse`
    ) IS NULL OR `ydelse` IN ('dagpenge')
), r15_77 AS (
  SELECT
    *
  FROM r15_76
  WHERE
    NOT (
      CAST(NULL AS STRING)
    ) IS NULL OR `_a`
), r15_78 AS (
  SELECT
    *,
    `forløbsstart` AS `_d`
  FROM r15_77
), r15_79 AS (
  SELECT
    *,
    CASE
      WHEN CAST('2019-07-01' AS DATE) <= `_d` AND `_d` <= CAST('2023-12-31' AS DATE)
      THEN 0
      ELSE CAST(NULL AS INT)
    END AS `_v`
  FROM r15_78
), r15_80 AS (
  SELECT
    *
  FROM r15_79
  WHERE
    NOT (
      CAST(NULL AS STRING)
    ) IS NULL OR NOT (
      `_v`
    ) IS NULL
), r15_81 AS (
  SELECT
    *,
    `forløbsstart` AS `_l_start`
  FROM r15_80
), r15_82 AS (
  SELECT
    *,
    CAST(ADD_MONTHS(`forløbsstart`, 3) AS DATE) AS `_l_slut`
  FROM r15_81
), r15_83 AS (
  SELECT
    *,
    CAST(DATE_ADD(`_l_slut`, -(
      1
    )) AS DATE) AS `_l_sidste_dag`
  FROM r15_82
), r15_84 AS (
  SELECT
    *,
    `_l_sidste_dag` AS `_j`
  FROM r15_83
), r15_85 AS (
  SELECT
    *,
    CASE
      WHEN (
        CAST(NULL AS STRING)
      ) IS NULL
      THEN CASE
        WHEN (
          NOT (
            `fritagelse`
          ) IS NULL
          AND `fritagelse`.`overgang` <= CAST(DATE_ADD(`fritagelse`.`fra`, 42) AS DATE)
        )
        AND COALESCE(
          CASE
            WHEN CAST('2019-07-01' AS DATE) <= `fritagelse`.`fra`
            THEN 0
            ELSE CAST(NULL AS INT)
          END,
          -1
        ) <> -1
        AND `_j` >= `fritagelse`.`fra`
        THEN 'mindre_intensiv_indsats'
        ELSE CAST(NULL AS STRING)
      END
      ELSE CAST(NULL AS STRING)
    END AS `_x`,
    CASE
      WHEN (
        CAST(NULL AS STRING)
      ) IS NULL
      THEN COALESCE(
        CASE
          WHEN NOT (
            `fritagelse`
          ) IS NULL
          THEN COALESCE(
            CASE WHEN (
              `fritagelse`
            ) IS NULL THEN 'fritagelse' END,
            CASE WHEN (
              `fritagelse`
            ) IS NULL THEN 'fritagelse' END
          )
        END,
        CASE
          WHEN NOT (
            `fritagelse`
          ) IS NULL
          AND `fritagelse`.`overgang` <= CAST(DATE_ADD(`fritagelse`.`fra`, 42) AS DATE)
          THEN COALESCE(
            CASE WHEN (
              `fritagelse`
            ) IS NULL THEN 'fritagelse' END,
            CASE
              WHEN COALESCE(
                CASE
                  WHEN CAST('2019-07-01' AS DATE) <= `fritagelse`.`fra`
                  THEN 0
                  ELSE CAST(NULL AS INT)
                END,
                -1
              ) <> -1
              THEN CASE WHEN (
                `fritagelse`
              ) IS NULL THEN 'fritagelse' END
            END
          )
        END
      )
    END AS `_f0`
  FROM r15_84
), r15_86 AS (
  SELECT
    *,
    SIZE(
      FILTER(
        IF((
          SIZE(`samtaler`) - 1
        ) < 0, ARRAY(), SEQUENCE(0, (
          SIZE(`samtaler`) - 1
        ))),
        _i10 -> ELEMENT_AT(`samtaler`, _i10 + 1).`dato` <= `_e`
        AND (
          `_l_start` <= ELEMENT_AT(`samtaler`, _i10 + 1).`dato`
          AND ELEMENT_AT(`samtaler`, _i10 + 1).`dato` < `_l_slut`
        )
        AND TRY_ELEMENT_AT(`samtaler`, _i10 + 1).`aktør` = 'fælles'
      )
    ) AS `_l_antal`
  FROM r15_85
), r15_87 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        (
          `forløbsslut`
        ) IS NULL OR `forløbsslut` >= `_l_sidste_dag`
      )
      THEN 0
      WHEN `_l_sidste_dag` < `_e` AND `_l_antal` < 1
      THEN 1
      WHEN `_l_sidste_dag` < `_e`
      THEN 2
      WHEN TRUE
      THEN 3
    END AS `_o`
  FROM r15_86
), r15_88 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        `_f0`
      ) IS NULL
      THEN 'datafejl'
      WHEN NOT (
        `_x`
      ) IS NULL
      THEN 'undtaget'
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 1
      THEN 'overtrådt'
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN 'frist'
    END AS `_art`
  FROM r15_87
), r16_89 AS (
  SELECT
    *,
    `ydelse` = 'dagpenge' AS `_a`
  FROM _sager
  WHERE
    (
      `ydelse`
    ) IS NULL OR `ydelse` IN ('dagpenge')
), r16_90 AS (
  SELECT
    *
  FROM r16_89
  WHERE
    NOT (
      CAST(NULL AS STRING)
    ) IS NULL OR `_a`
), r16_91 AS (
  SELECT
    *,
    `forløbsstart` AS `_d`
  FROM r16_90
), r16_92 AS (
  SELECT
    *,
    CASE
      WHEN CAST('2019-07-01' AS DATE) <= `_d` AND `_d` <= CAST('2023-12-31' AS DATE)
      THEN 0
      ELSE CAST(NULL AS INT)
    END AS `_v`
  FROM r16_91
), r16_93 AS (
  SELECT
    *
  FROM r16_92
  WHERE
    NOT (
      CAST(NULL AS STRING)
    ) IS NULL OR NOT (
      `_v`
    ) IS NULL
), r16_94 AS (
  SELECT
    *,
    CAST(ADD_MONTHS(`forløbsstart`, 3) AS DATE) AS `_l_start`
  FROM r16_93
), r16_95 AS (
  SELECT
    *,
    CAST(ADD_MONTHS(`forløbsstart`, 6) AS DATE) AS `_l_slut`
  FROM r16_94
), r16_96 AS (
  SELECT
    *,
    CAST(DATE_ADD(`_l_slut`, -(
      1
    )) AS DATE) AS `_l_sidste_dag`
  FROM r16_95
), r16_97 AS (
  SELECT
    *,
    `_l_sidste_dag` AS `_j`
  FROM r16_96
), r16_98 AS (
  SELECT
    *,
    CASE
      WHEN (
        CAST(NULL AS STRING)
      ) IS NULL
      THEN CASE
        WHEN (
          NOT (
            `fritagelse`
          ) IS NULL
          AND `fritagelse`.`overgang` <= CAST(DATE_ADD(`fritagelse`.`fra`, 42) AS DATE)
        )
        AND COALESCE(
          CASE
            WHEN CAST('2019-07-01' AS DATE) <= `fritagelse`.`fra`
            THEN 0
            ELSE CAST(NULL AS INT)
          END,
          -1
        ) <> -1
        AND `_j` >= `fritagelse`.`fra`
        THEN 'mindre_intensiv_indsats'
        ELSE CAST(NULL AS STRING)
      END
      ELSE CAST(NULL AS STRING)
    END AS `_x`,
    CASE
      WHEN (
        CAST(NULL AS STRING)
      ) IS NULL
      THEN COALESCE(
        CASE
          WHEN NOT (
            `fritagelse`
          ) IS NULL
          THEN COALESCE(
            CASE WHEN (
              `fritagelse`
            ) IS NULL THEN 'fritagelse' END,
            CASE WHEN (
              `fritagelse`
            ) IS NULL THEN 'fritagelse' END
          )
        END,
        CASE
          WHEN NOT (
            `fritagelse`
          ) IS NULL
          AND `fritagelse`.`overgang` <= CAST(DATE_ADD(`fritagelse`.`fra`, 42) AS DATE)
          THEN COALESCE(
            CASE WHEN (
              `fritagelse`
            ) IS NULL THEN 'fritagelse' END,
            CASE
              WHEN COALESCE(
                CASE
                  WHEN CAST('2019-07-01' AS DATE) <= `fritagelse`.`fra`
                  THEN 0
                  ELSE CAST(NULL AS INT)
                END,
                -1
              ) <> -1
              THEN CASE WHEN (
                `fritagelse`
              ) IS NULL THEN 'fritagelse' END
            END
          )
        END
      )
    END AS `_f0`
  FROM r16_97
), r16_99 AS (
  SELECT
    *,
    SIZE(
      FILTER(
        IF((
          SIZE(`samtaler`) - 1
        ) < 0, ARRAY(), SEQUENCE(0, (
          SIZE(`samtaler`) - 1
        ))),
        _i11 -> ELEMENT_AT(`samtaler`, _i11 + 1).`dato` <= `_e`
        AND (
          `_l_start` <= ELEMENT_AT(`samtaler`, _i11 + 1).`dato`
          AND ELEMENT_AT(`samtaler`, _i11 + 1).`dato` < `_l_slut`
        )
        AND TRY_ELEMENT_AT(`samtaler`, _i11 + 1).`aktør` = 'fælles'
      )
    ) AS `_l_antal`
  FROM r16_98
), r16_100 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        (
          `forløbsslut`
        ) IS NULL OR `forløbsslut` >= `_l_sidste_dag`
      )
      THEN 0
      WHEN `_l_sidste_dag` < `_e` AND `_l_antal` < 1
      THEN 1
      WHEN `_l_sidste_dag` < `_e`
      THEN 2
      WHEN TRUE
      THEN 3
    END AS `_o`
  FROM r16_99
), r16_101 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        `_f0`
      ) IS NULL
      THEN 'datafejl'
      WHEN NOT (
        `_x`
      ) IS NULL
      THEN 'undtaget'
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 1
      THEN 'overtrådt'
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN 'frist'
    END AS `_art`
  FROM r16_100
), r17_102 AS (
  SELECT
    *,
    `ydelse` = 'dagpenge' AS `_a`
  FROM _sager
  WHERE
    (
      `ydelse`
    ) IS NULL OR `ydelse` IN ('dagpenge')
), r17_103 AS (
  SELECT
    *
  FROM r17_102
  WHERE
    NOT (
      CAST(NULL AS STRING)
    ) IS NULL OR `_a`
), r17_104 AS (
  SELECT
    *,
    `forløbsstart` AS `_d`
  FROM r17_103
), r17_105 AS (
  SELECT
    *,
    CASE WHEN CAST('2019-07-01' AS DATE) <= `_d` THEN 0 ELSE CAST(NULL AS INT) END AS `_v`
  FROM r17_104
), r17_106 AS (
  SELECT
    *
  FROM r17_105
  WHERE
    NOT (
      CAST(NULL AS STRING)
    ) IS NULL OR NOT (
      `_v`
    ) IS NULL
), r17_107 AS (
  SELECT
    *,
    CAST(ADD_MONTHS(`forløbsstart`, 6) AS DATE) AS `_l_start`
  FROM r17_106
), r17_108 AS (
  SELECT
    *,
    CAST(DATE_ADD(CAST(ADD_MONTHS(`forløbsstart`, 16) AS DATE), 1) AS DATE) AS `_l_slut`
  FROM r17_107
), r17_109 AS (
  SELECT
    *,
    CAST(DATE_ADD(`_l_slut`, -(
      1
    )) AS DATE) AS `_l_sidste_dag`
  FROM r17_108
), r17_110 AS (
  SELECT
    *,
    `_l_sidste_dag` AS `_j`
  FROM r17_109
), r17_111 AS (
  SELECT
    *,
    CASE
      WHEN (
        CAST(NULL AS STRING)
      ) IS NULL
      THEN CASE
        WHEN (
          NOT (
            `fritagelse`
          ) IS NULL
          AND `fritagelse`.`overgang` <= CAST(DATE_ADD(`fritagelse`.`fra`, 42) AS DATE)
        )
        AND COALESCE(
          CASE
            WHEN CAST('2019-07-01' AS DATE) <= `fritagelse`.`fra`
            THEN 0
            ELSE CAST(NULL AS INT)
          END,
          -1
        ) <> -1
        AND `_j` >= `fritagelse`.`fra`
        THEN 'mindre_intensiv_indsats'
        ELSE CAST(NULL AS STRING)
      END
      ELSE CAST(NULL AS STRING)
    END AS `_x`,
    CASE
      WHEN (
        CAST(NULL AS STRING)
      ) IS NULL
      THEN COALESCE(
        CASE
          WHEN NOT (
            `fritagelse`
          ) IS NULL
          THEN COALESCE(
            CASE WHEN (
              `fritagelse`
            ) IS NULL THEN 'fritagelse' END,
            CASE WHEN (
              `fritagelse`
            ) IS NULL THEN 'fritagelse' END
          )
        END,
        CASE
          WHEN NOT (
            `fritagelse`
          ) IS NULL
          AND `fritagelse`.`overgang` <= CAST(DATE_ADD(`fritagelse`.`fra`, 42) AS DATE)
          THEN COALESCE(
            CASE WHEN (
              `fritagelse`
            ) IS NULL THEN 'fritagelse' END,
            CASE
              WHEN COALESCE(
                CASE
                  WHEN CAST('2019-07-01' AS DATE) <= `fritagelse`.`fra`
                  THEN 0
                  ELSE CAST(NULL AS INT)
                END,
                -1
              ) <> -1
              THEN CASE WHEN (
                `fritagelse`
              ) IS NULL THEN 'fritagelse' END
            END
          )
        END
      )
    END AS `_f0`
  FROM r17_110
), r17_112 AS (
  SELECT
    *,
    SIZE(
      FILTER(
        IF((
          SIZE(`samtaler`) - 1
        ) < 0, ARRAY(), SEQUENCE(0, (
          SIZE(`samtaler`) - 1
        ))),
        _i12 -> ELEMENT_AT(`samtaler`, _i12 + 1).`dato` <= `_e`
        AND (
          `_l_start` <= ELEMENT_AT(`samtaler`, _i12 + 1).`dato`
          AND ELEMENT_AT(`samtaler`, _i12 + 1).`dato` < `_l_slut`
        )
        AND (
          TRY_ELEMENT_AT(`samtaler`, _i12 + 1).`aktør` = 'fælles'
          AND TRY_ELEMENT_AT(`samtaler`, _i12 + 1).`dato` > CAST(ADD_MONTHS(`forløbsstart`, 6) AS DATE)
        )
      )
    ) AS `_l_antal`
  FROM r17_111
), r17_113 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        (
          `forløbsslut`
        ) IS NULL OR `forløbsslut` >= `_l_sidste_dag`
      )
      THEN 0
      WHEN `_l_sidste_dag` < `_e` AND `_l_antal` < 1
      THEN 1
      WHEN `_l_sidste_dag` < `_e`
      THEN 2
      WHEN TRUE
      THEN 3
    END AS `_o`
  FROM r17_112
), r17_114 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        `_f0`
      ) IS NULL
      THEN 'datafejl'
      WHEN NOT (
        `_x`
      ) IS NULL
      THEN 'undtaget'
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 1
      THEN 'overtrådt'
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN 'frist'
    END AS `_art`
  FROM r17_113
), r18_115 AS (
  SELECT
    *,
    (
      (
        `ydelse` = 'dagpenge'
        OR `ydelse` = 'kontanthjælp'
        OR `ydelse` = 'uddannelseshjælp'
        OR `ydelse` = 'ledighedsydelse'
        OR `ydelse` = 'overgangsydelse'
        OR `ydelse` = 'sygedagpenge'
        OR `ydelse` = 'revalidering'
        OR `ydelse` = 'ressourceforløb'
        OR `ydelse` = 'jobafklaringsforløb'
      )
      AND NOT (
        `ydelse` = 'overgangsydelse' AND `i_integrationsprogram`
      )
    )
    OR `ydelse` = 'førtidspension' AS `_a`
  FROM _sager
  WHERE
    (
      `ydelse`
    ) IS NULL
    OR `ydelse` IN (
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
), r18_116 AS (
  SELECT
    *
  FROM r18_115
  WHERE
    NOT (
      CAST(NULL AS STRING)
    ) IS NULL OR `_a`
), r18_117 AS (
  SELECT
    *,
    FILTER(
      IF((
        SIZE(`samtaler`) - 1
      ) < 0, ARRAY(), SEQUENCE(0, (
        SIZE(`samtaler`) - 1
      ))),
      _i13 -> ELEMENT_AT(`samtaler`, _i13 + 1).`dato` <= `_e`
      AND (
        TRY_ELEMENT_AT(`samtaler`, _i13 + 1).`aktør` = 'jobcenter'
        OR TRY_ELEMENT_AT(`samtaler`, _i13 + 1).`aktør` = 'fælles'
      )
    ) AS `_q`
  FROM r18_116
), r18_118 AS (
  SELECT
    *,
    ARRAY_MIN(TRANSFORM(`_q`, _p14 -> ELEMENT_AT(`samtaler`, _p14 + 1).`dato`)) AS `_m`
  FROM r18_117
), r18_119 AS (
  SELECT
    *,
    FILTER(`_q`, _p15 -> ELEMENT_AT(`samtaler`, _p15 + 1).`dato` = `_m`) AS `_t`
  FROM r18_118
), r18_120 AS (
  SELECT
    *,
    COALESCE(
      TRY_ELEMENT_AT(
        FILTER(`_t`, _p16 -> TRY_ELEMENT_AT(`samtaler`, _p16 + 1).`form` = 'fremmøde'),
        0 + 1
      ),
      TRY_ELEMENT_AT(`_t`, 0 + 1)
    ) AS `_i`
  FROM r18_119
), r18_121 AS (
  SELECT
    *
  FROM r18_120
  WHERE
    NOT (
      `_i`
    ) IS NULL OR NOT (
      CAST(NULL AS STRING)
    ) IS NULL
), r18_122 AS (
  SELECT
    *,
    TRY_ELEMENT_AT(`samtaler`, `_i` + 1).`dato` AS `_d`
  FROM r18_121
), r18_123 AS (
  SELECT
    *,
    CASE WHEN CAST('2023-01-01' AS DATE) <= `_d` THEN 0 ELSE CAST(NULL AS INT) END AS `_v`
  FROM r18_122
), r18_124 AS (
  SELECT
    *
  FROM r18_123
  WHERE
    NOT (
      CAST(NULL AS STRING)
    ) IS NULL OR NOT (
      `_v`
    ) IS NULL
), r18_125 AS (
  SELECT
    *,
    TRY_ELEMENT_AT(`samtaler`, `_i` + 1).`dato` AS `_l_dato`
  FROM r18_124
), r18_126 AS (
  SELECT
    *,
    `_l_dato` AS `_j`
  FROM r18_125
), r18_127 AS (
  SELECT
    *,
    CASE
      WHEN (
        CAST(NULL AS STRING)
      ) IS NULL
      THEN CASE
        WHEN (
          `ydelse` = 'sygedagpenge' AND `har_arbejdsgiver`
        )
        AND COALESCE(CASE WHEN CAST('2023-01-01' AS DATE) <= `_j` THEN 0 ELSE CAST(NULL AS INT) END, -1) <> -1
        AND TRUE
        THEN 'sygemeldt_med_arbejdsgiver'
        ELSE CAST(NULL AS STRING)
      END
      ELSE CAST(NULL AS STRING)
    END AS `_x`
  FROM r18_126
), r18_128 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        TRY_ELEMENT_AT(`samtaler`, `_i` + 1).`form` = 'fremmøde'
      )
      THEN 0
      WHEN TRUE
      THEN 1
    END AS `_o`
  FROM r18_127
), r18_129 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        CAST(NULL AS STRING)
      ) IS NULL
      THEN 'datafejl'
      WHEN NOT (
        `_x`
      ) IS NULL
      THEN 'undtaget'
      WHEN (
        (
          CAST(NULL AS STRING)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN 'overtrådt'
    END AS `_art`
  FROM r18_128
), r19_130 AS (
  SELECT
    *,
    `ydelse` = 'dagpenge' AS `_a`
  FROM _sager
  WHERE
    (
      `ydelse`
    ) IS NULL OR `ydelse` IN ('dagpenge')
), r19_131 AS (
  SELECT
    *
  FROM r19_130
  WHERE
    NOT (
      CAST(NULL AS STRING)
    ) IS NULL OR `_a`
), r19_132 AS (
  SELECT
    *,
    FILTER(
      IF((
        SIZE(`samtaler`) - 1
      ) < 0, ARRAY(), SEQUENCE(0, (
        SIZE(`samtaler`) - 1
      ))),
      _i17 -> ELEMENT_AT(`samtaler`, _i17 + 1).`dato` <= `_e`
      AND TRY_ELEMENT_AT(`samtaler`, _i17 + 1).`aktør` = 'a_kasse'
    ) AS `_q`
  FROM r19_131
), r19_133 AS (
  SELECT
    *,
    ARRAY_MIN(TRANSFORM(`_q`, _p18 -> ELEMENT_AT(`samtaler`, _p18 + 1).`dato`)) AS `_m`
  FROM r19_132
), r19_134 AS (
  SELECT
    *,
    FILTER(`_q`, _p19 -> ELEMENT_AT(`samtaler`, _p19 + 1).`dato` = `_m`) AS `_t`
  FROM r19_133
), r19_135 AS (
  SELECT
    *,
    COALESCE(
      TRY_ELEMENT_AT(
        FILTER(`_t`, _p20 -> TRY_ELEMENT_AT(`samtaler`, _p20 + 1).`form` = 'fremmøde'),
        0 + 1
      ),
      TRY_ELEMENT_AT(`_t`, 0 + 1)
    ) AS `_i`
  FROM r19_134
), r19_136 AS (
  SELECT
    *
  FROM r19_135
  WHERE
    NOT (
      `_i`
    ) IS NULL OR NOT (
      CAST(NULL AS STRING)
    ) IS NULL
), r19_137 AS (
  SELECT
    *,
    TRY_ELEMENT_AT(`samtaler`, `_i` + 1).`dato` AS `_d`
  FROM r19_136
), r19_138 AS (
  SELECT
    *,
    CASE WHEN CAST('2023-01-01' AS DATE) <= `_d` THEN 0 ELSE CAST(NULL AS INT) END AS `_v`
  FROM r19_137
), r19_139 AS (
  SELECT
    *
  FROM r19_138
  WHERE
    NOT (
      CAST(NULL AS STRING)
    ) IS NULL OR NOT (
      `_v`
    ) IS NULL
), r19_140 AS (
  SELECT
    *,
    TRY_ELEMENT_AT(`samtaler`, `_i` + 1).`dato` AS `_l_dato`
  FROM r19_139
), r19_141 AS (
  SELECT
    *,
    `_l_dato` AS `_j`
  FROM r19_140
), r19_142 AS (
  SELECT
    *,
    CASE
      WHEN (
        CAST(NULL AS STRING)
      ) IS NULL
      THEN CAST(NULL AS STRING)
      ELSE CAST(NULL AS STRING)
    END AS `_x`
  FROM r19_141
), r19_143 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        TRY_ELEMENT_AT(`samtaler`, `_i` + 1).`form` = 'fremmøde'
      )
      THEN 0
      WHEN TRUE
      THEN 1
    END AS `_o`
  FROM r19_142
), r19_144 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        CAST(NULL AS STRING)
      ) IS NULL
      THEN 'datafejl'
      WHEN NOT (
        `_x`
      ) IS NULL
      THEN 'undtaget'
      WHEN (
        (
          CAST(NULL AS STRING)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN 'overtrådt'
    END AS `_art`
  FROM r19_143
), r20_145 AS (
  SELECT
    *,
    (
      `ydelse` = 'dagpenge'
      OR `ydelse` = 'kontanthjælp'
      OR `ydelse` = 'uddannelseshjælp'
      OR `ydelse` = 'ledighedsydelse'
      OR `ydelse` = 'overgangsydelse'
      OR `ydelse` = 'sygedagpenge'
      OR `ydelse` = 'revalidering'
      OR `ydelse` = 'ressourceforløb'
      OR `ydelse` = 'jobafklaringsforløb'
    )
    AND NOT (
      `ydelse` = 'overgangsydelse' AND `i_integrationsprogram`
    ) AS `_a`
  FROM _sager
  WHERE
    (
      `ydelse`
    ) IS NULL
    OR `ydelse` IN (
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
), r20_146 AS (
  SELECT
    *
  FROM r20_145
  WHERE
    NOT (
      CAST(NULL AS STRING)
    ) IS NULL OR `_a`
), r20_147 AS (
  SELECT
    *,
    FILTER(
      IF((
        SIZE(`samtaler`) - 1
      ) < 0, ARRAY(), SEQUENCE(0, (
        SIZE(`samtaler`) - 1
      ))),
      _i21 -> ELEMENT_AT(`samtaler`, _i21 + 1).`dato` <= `_e`
    ) AS `_q`
  FROM r20_146
), r20_148 AS (
  SELECT
    *,
    EXPLODE(CASE WHEN NOT (
      CAST(NULL AS STRING)
    ) IS NULL THEN ARRAY(-1) ELSE `_q` END) AS `_i`
  FROM r20_147
), r20_149 AS (
  SELECT
    *,
    TRY_ELEMENT_AT(`samtaler`, `_i` + 1).`dato` AS `_d`
  FROM r20_148
), r20_150 AS (
  SELECT
    *,
    CASE
      WHEN CAST('2022-01-01' AS DATE) <= `_d` AND `_d` <= CAST('2022-12-31' AS DATE)
      THEN 0
      ELSE CAST(NULL AS INT)
    END AS `_v`
  FROM r20_149
), r20_151 AS (
  SELECT
    *
  FROM r20_150
  WHERE
    NOT (
      CAST(NULL AS STRING)
    ) IS NULL OR NOT (
      `_v`
    ) IS NULL
), r20_152 AS (
  SELECT
    *,
    TRY_ELEMENT_AT(`samtaler`, `_i` + 1).`dato` < CAST(ADD_MONTHS(`forløbsstart`, 6) AS DATE) AS `_s`
  FROM r20_151
), r20_153 AS (
  SELECT
    *
  FROM r20_152
  WHERE
    NOT (
      CAST(NULL AS STRING)
    ) IS NULL OR `_s`
), r20_154 AS (
  SELECT
    *,
    TRY_ELEMENT_AT(`samtaler`, `_i` + 1).`dato` AS `_l_dato`
  FROM r20_153
), r20_155 AS (
  SELECT
    *,
    `_l_dato` AS `_j`
  FROM r20_154
), r20_156 AS (
  SELECT
    *,
    CASE
      WHEN (
        CAST(NULL AS STRING)
      ) IS NULL
      THEN CAST(NULL AS STRING)
      ELSE CAST(NULL AS STRING)
    END AS `_x`
  FROM r20_155
), r20_157 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        TRY_ELEMENT_AT(`samtaler`, `_i` + 1).`form` = 'fremmøde'
      )
      THEN 0
      WHEN TRUE
      THEN 1
    END AS `_o`
  FROM r20_156
), r20_158 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        CAST(NULL AS STRING)
      ) IS NULL
      THEN 'datafejl'
      WHEN NOT (
        `_x`
      ) IS NULL
      THEN 'undtaget'
      WHEN (
        (
          CAST(NULL AS STRING)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN 'overtrådt'
    END AS `_art`
  FROM r20_157
), r22_159 AS (
  SELECT
    *,
    (
      `ydelse` = 'dagpenge'
      OR `ydelse` = 'kontanthjælp'
      OR `ydelse` = 'uddannelseshjælp'
      OR `ydelse` = 'ledighedsydelse'
      OR `ydelse` = 'overgangsydelse'
      OR `ydelse` = 'sygedagpenge'
      OR `ydelse` = 'revalidering'
      OR `ydelse` = 'ressourceforløb'
      OR `ydelse` = 'jobafklaringsforløb'
      OR `ydelse` = 'førtidspension'
    ) AS `_a`
  FROM _sager
  WHERE
    (
      `ydelse`
    ) IS NULL
    OR `ydelse` IN (
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
), r22_160 AS (
  SELECT
    *
  FROM r22_159
  WHERE
    NOT (
      CAST(NULL AS STRING)
    ) IS NULL OR `_a`
), r22_161 AS (
  SELECT
    *,
    FILTER(
      IF((
        SIZE(`samtaler`) - 1
      ) < 0, ARRAY(), SEQUENCE(0, (
        SIZE(`samtaler`) - 1
      ))),
      _i22 -> ELEMENT_AT(`samtaler`, _i22 + 1).`dato` <= `_e`
    ) AS `_q`
  FROM r22_160
), r22_162 AS (
  SELECT
    *,
    EXPLODE(CASE WHEN NOT (
      CAST(NULL AS STRING)
    ) IS NULL THEN ARRAY(-1) ELSE `_q` END) AS `_i`
  FROM r22_161
), r22_163 AS (
  SELECT
    *,
    TRY_ELEMENT_AT(`samtaler`, `_i` + 1).`dato` AS `_d`
  FROM r22_162
), r22_164 AS (
  SELECT
    *,
    CASE WHEN CAST('2023-01-01' AS DATE) <= `_d` THEN 0 ELSE CAST(NULL AS INT) END AS `_v`
  FROM r22_163
), r22_165 AS (
  SELECT
    *
  FROM r22_164
  WHERE
    NOT (
      CAST(NULL AS STRING)
    ) IS NULL OR NOT (
      `_v`
    ) IS NULL
), r22_166 AS (
  SELECT
    *,
    TRY_ELEMENT_AT(`samtaler`, `_i` + 1).`dato` AS `_l_dato`
  FROM r22_165
), r22_167 AS (
  SELECT
    *,
    `_l_dato` AS `_j`
  FROM r22_166
), r22_168 AS (
  SELECT
    *,
    CASE
      WHEN (
        CAST(NULL AS STRING)
      ) IS NULL
      THEN CAST(NULL AS STRING)
      ELSE CAST(NULL AS STRING)
    END AS `_x`
  FROM r22_167
), r22_169 AS (
  SELECT
    *,
    CASE
      WHEN TRY_ELEMENT_AT(`samtaler`, `_i` + 1).`form` = 'brev'
      THEN 0
      WHEN TRUE
      THEN 1
    END AS `_o`
  FROM r22_168
), r22_170 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        CAST(NULL AS STRING)
      ) IS NULL
      THEN 'datafejl'
      WHEN NOT (
        `_x`
      ) IS NULL
      THEN 'undtaget'
      WHEN (
        (
          CAST(NULL AS STRING)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN 'overtrådt'
    END AS `_art`
  FROM r22_169
), r23_171 AS (
  SELECT
    *,
    `ydelse` = 'uddannelseshjælp' AS `_a`
  FROM _sager
  WHERE
    (
      `ydelse`
    ) IS NULL OR `ydelse` IN ('uddannelseshjælp')
), r23_172 AS (
  SELECT
    *
  FROM r23_171
  WHERE
    NOT (
      CAST(NULL AS STRING)
    ) IS NULL OR `_a`
), r23_173 AS (
  SELECT
    *,
    `forløbsstart` AS `_d`
  FROM r23_172
), r23_174 AS (
  SELECT
    *,
    CASE WHEN CAST('2019-07-01' AS DATE) <= `_d` THEN 0 ELSE CAST(NULL AS INT) END AS `_v`
  FROM r23_173
), r23_175 AS (
  SELECT
    *
  FROM r23_174
  WHERE
    NOT (
      CAST(NULL AS STRING)
    ) IS NULL OR NOT (
      `_v`
    ) IS NULL
), r23_176 AS (
  SELECT
    *,
    CAST(DATE_ADD(CAST(ADD_MONTHS(`forløbsstart`, 1) AS DATE), -(
      1
    )) AS DATE) AS `_l_frist`
  FROM r23_175
), r23_177 AS (
  SELECT
    *,
    `_l_frist` AS `_j`
  FROM r23_176
), r23_178 AS (
  SELECT
    *,
    CASE
      WHEN (
        CAST(NULL AS STRING)
      ) IS NULL
      THEN CASE
        WHEN (
          NOT (
            `fritagelse`
          ) IS NULL
          AND `fritagelse`.`overgang` <= CAST(DATE_ADD(`fritagelse`.`fra`, 42) AS DATE)
        )
        AND COALESCE(
          CASE
            WHEN CAST('2019-07-01' AS DATE) <= `fritagelse`.`fra`
            THEN 0
            ELSE CAST(NULL AS INT)
          END,
          -1
        ) <> -1
        AND `_j` >= `fritagelse`.`fra`
        THEN 'mindre_intensiv_indsats'
        ELSE CAST(NULL AS STRING)
      END
      ELSE CAST(NULL AS STRING)
    END AS `_x`,
    CASE
      WHEN (
        CAST(NULL AS STRING)
      ) IS NULL
      THEN COALESCE(
        CASE
          WHEN NOT (
            `fritagelse`
          ) IS NULL
          THEN COALESCE(
            CASE WHEN (
              `fritagelse`
            ) IS NULL THEN 'fritagelse' END,
            CASE WHEN (
              `fritagelse`
            ) IS NULL THEN 'fritagelse' END
          )
        END,
        CASE
          WHEN NOT (
            `fritagelse`
          ) IS NULL
          AND `fritagelse`.`overgang` <= CAST(DATE_ADD(`fritagelse`.`fra`, 42) AS DATE)
          THEN COALESCE(
            CASE WHEN (
              `fritagelse`
            ) IS NULL THEN 'fritagelse' END,
            CASE
              WHEN COALESCE(
                CASE
                  WHEN CAST('2019-07-01' AS DATE) <= `fritagelse`.`fra`
                  THEN 0
                  ELSE CAST(NULL AS INT)
                END,
                -1
              ) <> -1
              THEN CASE WHEN (
                `fritagelse`
              ) IS NULL THEN 'fritagelse' END
            END
          )
        END
      )
    END AS `_f0`
  FROM r23_177
), r23_179 AS (
  SELECT
    *,
    ARRAY_MIN(
      TRANSFORM(
        FILTER(
          IF((
            SIZE(`tilbud`) - 1
          ) < 0, ARRAY(), SEQUENCE(0, (
            SIZE(`tilbud`) - 1
          ))),
          _i23 -> ELEMENT_AT(`tilbud`, _i23 + 1).`start` <= `_e`
        ),
        _i24 -> ELEMENT_AT(`tilbud`, _i24 + 1).`start`
      )
    ) AS `_l_dato`
  FROM r23_178
), r23_180 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        `_l_dato`
      ) IS NULL AND `_l_dato` > `_l_frist`
      THEN 0
      WHEN NOT (
        `_l_dato`
      ) IS NULL
      THEN 1
      WHEN NOT (
        (
          `forløbsslut`
        ) IS NULL OR `forløbsslut` >= `_l_frist`
      )
      THEN 2
      WHEN `_l_frist` < `_e`
      THEN 3
      WHEN TRUE
      THEN 4
    END AS `_o`
  FROM r23_179
), r23_181 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        `_f0`
      ) IS NULL
      THEN 'datafejl'
      WHEN NOT (
        `_x`
      ) IS NULL
      THEN 'undtaget'
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 0
      THEN 'overtrådt'
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN 'overtrådt'
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 4
      THEN 'frist'
    END AS `_art`
  FROM r23_180
), r24_182 AS (
  SELECT
    *,
    `ydelse` = 'uddannelseshjælp' AS `_a`
  FROM _sager
  WHERE
    (
      `ydelse`
    ) IS NULL OR `ydelse` IN ('uddannelseshjælp')
), r24_183 AS (
  SELECT
    *
  FROM r24_182
  WHERE
    NOT (
      CAST(NULL AS STRING)
    ) IS NULL OR `_a`
), r24_184 AS (
  SELECT
    *,
    FILTER(
      IF((
        SIZE(`tilbud`) - 1
      ) < 0, ARRAY(), SEQUENCE(0, (
        SIZE(`tilbud`) - 1
      ))),
      _i25 -> ELEMENT_AT(`tilbud`, _i25 + 1).`start` <= `_e`
    ) AS `_q`
  FROM r24_183
), r24_185 AS (
  SELECT
    *,
    ARRAY_SORT(
      TRANSFORM(
        `_q`,
        _p28 -> STRUCT(
          ELEMENT_AT(`tilbud`, _p28 + 1).`start` AS s,
          _p28 AS i,
          COALESCE(
            CASE
              WHEN NOT (
                ELEMENT_AT(`tilbud`, _p28 + 1).`slut`
              ) IS NULL
              AND ELEMENT_AT(`tilbud`, _p28 + 1).`slut` <= `_e`
              THEN ELEMENT_AT(`tilbud`, _p28 + 1).`slut`
              ELSE CAST(NULL AS DATE)
            END,
            CAST('9999-12-31' AS DATE)
          ) AS e
        )
      )
    ) AS `_p`,
    CASE
      WHEN (
        CAST(NULL AS STRING)
      ) IS NULL
      THEN TRY_ELEMENT_AT(
        FILTER(
          TRANSFORM(
            `_q`,
            _p26 -> CASE
              WHEN (
                NOT (
                  ELEMENT_AT(`tilbud`, _p26 + 1).`slut`
                ) IS NULL
                AND ELEMENT_AT(`tilbud`, _p26 + 1).`slut` <= `_e`
              )
              AND ELEMENT_AT(`tilbud`, _p26 + 1).`slut` < ELEMENT_AT(`tilbud`, _p26 + 1).`start`
              THEN CONCAT(
                CONCAT('tilbud[', CAST(_p26 AS STRING), '].slut'),
                '|',
                CAST(ELEMENT_AT(`tilbud`, _p26 + 1).`start` AS STRING),
                '|',
                CAST(ELEMENT_AT(`tilbud`, _p26 + 1).`slut` AS STRING)
              )
            END
          ),
          _p27 -> NOT (
            _p27
          ) IS NULL
        ),
        0 + 1
      )
    END AS `_f0`
  FROM r24_184
), r24_186 AS (
  SELECT
    *,
    TRANSFORM(
      IF((
        SIZE(`_p`) - 1
      ) < 0, ARRAY(), SEQUENCE(0, (
        SIZE(`_p`) - 1
      ))),
      _p29 -> ARRAY_MAX(
        TRANSFORM(
          FILTER(
            IF((
              SIZE(`_p`) - 1
            ) < 0, ARRAY(), SEQUENCE(0, (
              SIZE(`_p`) - 1
            ))),
            _p30 -> _p30 <= _p29
          ),
          _p31 -> ELEMENT_AT(`_p`, _p31 + 1).`e`
        )
      )
    ) AS `_r`
  FROM r24_185
), r24_187 AS (
  SELECT
    *,
    FILTER(
      IF((
        SIZE(`_p`) - 1
      ) < 0, ARRAY(), SEQUENCE(0, (
        SIZE(`_p`) - 1
      ))),
      _p32 -> ELEMENT_AT(`_r`, _p32 + 1) <> CAST('9999-12-31' AS DATE)
      AND (
        _p32 = SIZE(`_p`) - 1
        OR TRY_ELEMENT_AT(`_p`, _p32 + 1 + 1).`s` > ELEMENT_AT(`_r`, _p32 + 1)
      )
    ) AS `_gaps`
  FROM r24_186
), r24_188 AS (
  SELECT
    *,
    EXPLODE(CASE WHEN NOT (
      `_f0`
    ) IS NULL THEN ARRAY(-1) ELSE `_gaps` END) AS `_k`
  FROM r24_187
), r24_189 AS (
  SELECT
    *,
    TRY_ELEMENT_AT(
      `_p`,
      ARRAY_MAX(
        FILTER(
          IF((
            SIZE(`_p`) - 1
          ) < 0, ARRAY(), SEQUENCE(0, (
            SIZE(`_p`) - 1
          ))),
          _p33 -> _p33 <= `_k` AND ELEMENT_AT(`_p`, _p33 + 1).`e` = TRY_ELEMENT_AT(`_r`, `_k` + 1)
        )
      ) + 1
    ).`i` AS `_i`,
    TRY_ELEMENT_AT(`_r`, `_k` + 1) AS `_l_ende`,
    CASE
      WHEN `_k` < SIZE(`_p`) - 1
      THEN TRY_ELEMENT_AT(`_p`, `_k` + 1 + 1).`s`
      ELSE CAST(NULL AS DATE)
    END AS `_l_naeste`
  FROM r24_188
), r24_190 AS (
  SELECT
    *,
    TRY_ELEMENT_AT(`tilbud`, `_i` + 1).`slut` AS `_d`,
    CASE
      WHEN (
        `_f0`
      ) IS NULL
      THEN COALESCE(
        CASE
          WHEN NOT (
            TRY_ELEMENT_AT(`tilbud`, `_i` + 1).`start`
          ) IS NULL
          AND NOT (
            TRY_ELEMENT_AT(`tilbud`, `_i` + 1).`slut`
          ) IS NULL
          AND TRY_ELEMENT_AT(`tilbud`, `_i` + 1).`slut` < TRY_ELEMENT_AT(`tilbud`, `_i` + 1).`start`
          THEN CONCAT(
            CONCAT('tilbud[', CAST(`_i` AS STRING), '].slut'),
            '|',
            CAST(TRY_ELEMENT_AT(`tilbud`, `_i` + 1).`start` AS STRING),
            '|',
            CAST(TRY_ELEMENT_AT(`tilbud`, `_i` + 1).`slut` AS STRING)
          )
        END,
        CASE
          WHEN (
            TRY_ELEMENT_AT(`tilbud`, `_i` + 1).`slut`
          ) IS NULL
          THEN CONCAT('tilbud[', CAST(`_i` AS STRING), '].slut')
        END
      )
    END AS `_f1`
  FROM r24_189
), r24_191 AS (
  SELECT
    *,
    CASE
      WHEN CAST('2019-07-01' AS DATE) <= `_d` AND `_d` <= CAST('2021-12-31' AS DATE)
      THEN 0
      WHEN CAST('2022-01-01' AS DATE) <= `_d`
      THEN 1
      ELSE CAST(NULL AS INT)
    END AS `_v`
  FROM r24_190
), r24_192 AS (
  SELECT
    *
  FROM r24_191
  WHERE
    NOT (
      COALESCE(`_f0`, `_f1`)
    ) IS NULL OR NOT (
      `_v`
    ) IS NULL
), r24_193 AS (
  SELECT
    *,
    CASE WHEN `_v` = 0 THEN 0 WHEN `_v` = 1 THEN 4 END AS `_l_graense_m`,
    CASE WHEN `_v` = 0 THEN 28 WHEN `_v` = 1 THEN 0 END AS `_l_graense_d`
  FROM r24_192
), r24_194 AS (
  SELECT
    *,
    CAST(DATE_ADD(CAST(ADD_MONTHS(`_l_ende`, `_l_graense_m`) AS DATE), `_l_graense_d`) AS DATE) AS `_l_seneste`
  FROM r24_193
), r24_195 AS (
  SELECT
    *,
    `_l_seneste` AS `_j`
  FROM r24_194
), r24_196 AS (
  SELECT
    *,
    CASE
      WHEN (
        COALESCE(`_f0`, `_f1`)
      ) IS NULL
      THEN CASE
        WHEN (
          NOT (
            `fritagelse`
          ) IS NULL
          AND `fritagelse`.`overgang` <= CAST(DATE_ADD(`fritagelse`.`fra`, 42) AS DATE)
        )
        AND COALESCE(
          CASE
            WHEN CAST('2019-07-01' AS DATE) <= `fritagelse`.`fra`
            THEN 0
            ELSE CAST(NULL AS INT)
          END,
          -1
        ) <> -1
        AND `_j` >= `fritagelse`.`fra`
        THEN 'mindre_intensiv_indsats'
        ELSE CAST(NULL AS STRING)
      END
      ELSE CAST(NULL AS STRING)
    END AS `_x`,
    CASE
      WHEN (
        COALESCE(`_f0`, `_f1`)
      ) IS NULL
      THEN COALESCE(
        CASE
          WHEN NOT (
            `fritagelse`
          ) IS NULL
          THEN COALESCE(
            CASE WHEN (
              `fritagelse`
            ) IS NULL THEN 'fritagelse' END,
            CASE WHEN (
              `fritagelse`
            ) IS NULL THEN 'fritagelse' END
          )
        END,
        CASE
          WHEN NOT (
            `fritagelse`
          ) IS NULL
          AND `fritagelse`.`overgang` <= CAST(DATE_ADD(`fritagelse`.`fra`, 42) AS DATE)
          THEN COALESCE(
            CASE WHEN (
              `fritagelse`
            ) IS NULL THEN 'fritagelse' END,
            CASE
              WHEN COALESCE(
                CASE
                  WHEN CAST('2019-07-01' AS DATE) <= `fritagelse`.`fra`
                  THEN 0
                  ELSE CAST(NULL AS INT)
                END,
                -1
              ) <> -1
              THEN CASE WHEN (
                `fritagelse`
              ) IS NULL THEN 'fritagelse' END
            END
          )
        END
      )
    END AS `_f2`
  FROM r24_195
), r24_197 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        `_l_naeste`
      ) IS NULL AND `_l_naeste` > `_l_seneste`
      THEN 0
      WHEN NOT (
        `_l_naeste`
      ) IS NULL
      THEN 1
      WHEN NOT (
        (
          `forløbsslut`
        ) IS NULL OR `forløbsslut` >= `_l_seneste`
      )
      THEN 2
      WHEN `_l_seneste` < `_e`
      THEN 3
      WHEN TRUE
      THEN 4
    END AS `_o`
  FROM r24_196
), r24_198 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        COALESCE(`_f0`, `_f1`, `_f2`)
      ) IS NULL
      THEN 'datafejl'
      WHEN NOT (
        `_x`
      ) IS NULL
      THEN 'undtaget'
      WHEN (
        (
          COALESCE(`_f0`, `_f1`, `_f2`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN 'overtrådt'
      WHEN (
        (
          COALESCE(`_f0`, `_f1`, `_f2`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 3
      THEN 'overtrådt'
      WHEN (
        (
          COALESCE(`_f0`, `_f1`, `_f2`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 4
      THEN 'frist'
    END AS `_art`
  FROM r24_197
), r25_199 AS (
  SELECT
    *,
    (
      `ydelse` = 'dagpenge'
      OR `ydelse` = 'kontanthjælp'
      OR `ydelse` = 'uddannelseshjælp'
      OR `ydelse` = 'ledighedsydelse'
      OR `ydelse` = 'overgangsydelse'
      OR `ydelse` = 'sygedagpenge'
      OR `ydelse` = 'revalidering'
      OR `ydelse` = 'ressourceforløb'
      OR `ydelse` = 'jobafklaringsforløb'
      OR `ydelse` = 'førtidspension'
    ) AS `_a`
  FROM _sager
  WHERE
    (
      `ydelse`
    ) IS NULL
    OR `ydelse` IN (
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
), r25_200 AS (
  SELECT
    *
  FROM r25_199
  WHERE
    NOT (
      CAST(NULL AS STRING)
    ) IS NULL OR `_a`
), r25_201 AS (
  SELECT
    *,
    FILTER(
      IF((
        SIZE(`tilbud`) - 1
      ) < 0, ARRAY(), SEQUENCE(0, (
        SIZE(`tilbud`) - 1
      ))),
      _i34 -> ELEMENT_AT(`tilbud`, _i34 + 1).`start` <= `_e`
    ) AS `_q`
  FROM r25_200
), r25_202 AS (
  SELECT
    *,
    EXPLODE(CASE WHEN NOT (
      CAST(NULL AS STRING)
    ) IS NULL THEN ARRAY(-1) ELSE `_q` END) AS `_i`
  FROM r25_201
), r25_203 AS (
  SELECT
    *,
    TRY_ELEMENT_AT(`tilbud`, `_i` + 1).`start` AS `_d`
  FROM r25_202
), r25_204 AS (
  SELECT
    *,
    CASE WHEN CAST('2019-07-01' AS DATE) <= `_d` THEN 0 ELSE CAST(NULL AS INT) END AS `_v`
  FROM r25_203
), r25_205 AS (
  SELECT
    *
  FROM r25_204
  WHERE
    NOT (
      CAST(NULL AS STRING)
    ) IS NULL OR NOT (
      `_v`
    ) IS NULL
), r25_206 AS (
  SELECT
    *,
    TRY_ELEMENT_AT(`tilbud`, `_i` + 1).`type` = 'løntilskud' AS `_s`
  FROM r25_205
), r25_207 AS (
  SELECT
    *
  FROM r25_206
  WHERE
    NOT (
      CAST(NULL AS STRING)
    ) IS NULL OR `_s`
), r25_208 AS (
  SELECT
    *,
    TRY_ELEMENT_AT(`tilbud`, `_i` + 1).`start` AS `_l_start`
  FROM r25_207
), r25_209 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        TRY_ELEMENT_AT(`tilbud`, `_i` + 1).`slut`
      ) IS NULL
      AND TRY_ELEMENT_AT(`tilbud`, `_i` + 1).`slut` <= `_e`
      THEN TRY_ELEMENT_AT(`tilbud`, `_i` + 1).`slut`
      ELSE CAST(NULL AS DATE)
    END AS `_l_slut`,
    CASE
      WHEN (
        CAST(NULL AS STRING)
      ) IS NULL
      THEN CASE
        WHEN (
          NOT (
            TRY_ELEMENT_AT(`tilbud`, `_i` + 1).`slut`
          ) IS NULL
          AND TRY_ELEMENT_AT(`tilbud`, `_i` + 1).`slut` <= `_e`
        )
        AND TRY_ELEMENT_AT(`tilbud`, `_i` + 1).`slut` < TRY_ELEMENT_AT(`tilbud`, `_i` + 1).`start`
        THEN CONCAT(
          CONCAT('tilbud[', CAST(`_i` AS STRING), '].slut'),
          '|',
          CAST(TRY_ELEMENT_AT(`tilbud`, `_i` + 1).`start` AS STRING),
          '|',
          CAST(TRY_ELEMENT_AT(`tilbud`, `_i` + 1).`slut` AS STRING)
        )
      END
    END AS `_f0`
  FROM r25_208
), r25_210 AS (
  SELECT
    *,
    CASE
      WHEN NOT NOT (
        COALESCE(
          COALESCE(
            CASE
              WHEN NOT (
                `ydelse` = 'dagpenge'
              )
              THEN CASE
                WHEN (
                  `ydelse` = 'kontanthjælp' OR `ydelse` = 'overgangsydelse'
                )
                THEN CASE WHEN (
                  `visitation`
                ) IS NULL THEN 'visitation' END
              END
            END,
            CASE
              WHEN NOT (
                `ydelse` = 'dagpenge'
                OR (
                  (
                    `ydelse` = 'kontanthjælp' OR `ydelse` = 'overgangsydelse'
                  )
                  AND `visitation` = 'jobparat'
                )
              )
              THEN CASE
                WHEN `ydelse` = 'uddannelseshjælp'
                THEN CASE WHEN (
                  `visitation`
                ) IS NULL THEN 'visitation' END
              END
            END
          ),
          CASE
            WHEN (
              `ydelse` = 'dagpenge'
              OR (
                (
                  `ydelse` = 'kontanthjælp' OR `ydelse` = 'overgangsydelse'
                )
                AND `visitation` = 'jobparat'
              )
            )
            OR (
              `ydelse` = 'uddannelseshjælp' AND `visitation` = 'åbenlyst_uddannelsesparat'
            )
            THEN CASE
              WHEN (
                TRY_ELEMENT_AT(`tilbud`, `_i` + 1).`arbejdsgiver`
              ) IS NULL
              THEN CONCAT('tilbud[', CAST(`_i` AS STRING), '].arbejdsgiver')
            END
          END
        )
      ) IS NULL
      THEN CASE
        WHEN (
          (
            `ydelse` = 'dagpenge'
            OR (
              (
                `ydelse` = 'kontanthjælp' OR `ydelse` = 'overgangsydelse'
              )
              AND `visitation` = 'jobparat'
            )
          )
          OR (
            `ydelse` = 'uddannelseshjælp' AND `visitation` = 'åbenlyst_uddannelsesparat'
          )
        )
        AND TRY_ELEMENT_AT(`tilbud`, `_i` + 1).`arbejdsgiver` = 'offentlig'
        THEN 4
        ELSE 6
      END
      WHEN COALESCE(`_l_slut`, `_e`) > GREATEST(
        CAST(DATE_ADD(CAST(ADD_MONTHS(`_l_start`, 4) AS DATE), -(
          1
        )) AS DATE),
        CAST(DATE_ADD(CAST(ADD_MONTHS(`_l_start`, 6) AS DATE), -(
          1
        )) AS DATE)
      )
      THEN CASE
        WHEN NOT (
          CAST(DATE_ADD(CAST(ADD_MONTHS(`_l_start`, 4) AS DATE), -(
            1
          )) AS DATE) < CAST(DATE_ADD(CAST(ADD_MONTHS(`_l_start`, 6) AS DATE), -(
            1
          )) AS DATE)
          OR (
            CAST(DATE_ADD(CAST(ADD_MONTHS(`_l_start`, 4) AS DATE), -(
              1
            )) AS DATE) = CAST(DATE_ADD(CAST(ADD_MONTHS(`_l_start`, 6) AS DATE), -(
              1
            )) AS DATE)
            AND (
              4 < 6 OR (
                4 = 6 AND 0 < 0
              )
            )
          )
        )
        THEN 4
        WHEN NOT (
          CAST(DATE_ADD(CAST(ADD_MONTHS(`_l_start`, 6) AS DATE), -(
            1
          )) AS DATE) < CAST(DATE_ADD(CAST(ADD_MONTHS(`_l_start`, 4) AS DATE), -(
            1
          )) AS DATE)
          OR (
            CAST(DATE_ADD(CAST(ADD_MONTHS(`_l_start`, 6) AS DATE), -(
              1
            )) AS DATE) = CAST(DATE_ADD(CAST(ADD_MONTHS(`_l_start`, 4) AS DATE), -(
              1
            )) AS DATE)
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
          CAST(DATE_ADD(CAST(ADD_MONTHS(`_l_start`, 6) AS DATE), -(
            1
          )) AS DATE) < CAST(DATE_ADD(CAST(ADD_MONTHS(`_l_start`, 4) AS DATE), -(
            1
          )) AS DATE)
          OR (
            CAST(DATE_ADD(CAST(ADD_MONTHS(`_l_start`, 6) AS DATE), -(
              1
            )) AS DATE) = CAST(DATE_ADD(CAST(ADD_MONTHS(`_l_start`, 4) AS DATE), -(
              1
            )) AS DATE)
            AND (
              6 < 4 OR (
                6 = 4 AND 0 < 0
              )
            )
          )
        )
        THEN 4
        WHEN NOT (
          CAST(DATE_ADD(CAST(ADD_MONTHS(`_l_start`, 4) AS DATE), -(
            1
          )) AS DATE) < CAST(DATE_ADD(CAST(ADD_MONTHS(`_l_start`, 6) AS DATE), -(
            1
          )) AS DATE)
          OR (
            CAST(DATE_ADD(CAST(ADD_MONTHS(`_l_start`, 4) AS DATE), -(
              1
            )) AS DATE) = CAST(DATE_ADD(CAST(ADD_MONTHS(`_l_start`, 6) AS DATE), -(
              1
            )) AS DATE)
            AND (
              4 < 6 OR (
                4 = 6 AND 0 < 0
              )
            )
          )
        )
        THEN 6
      END
    END AS `_l_graense_m`,
    CASE
      WHEN NOT NOT (
        COALESCE(
          COALESCE(
            CASE
              WHEN NOT (
                `ydelse` = 'dagpenge'
              )
              THEN CASE
                WHEN (
                  `ydelse` = 'kontanthjælp' OR `ydelse` = 'overgangsydelse'
                )
                THEN CASE WHEN (
                  `visitation`
                ) IS NULL THEN 'visitation' END
              END
            END,
            CASE
              WHEN NOT (
                `ydelse` = 'dagpenge'
                OR (
                  (
                    `ydelse` = 'kontanthjælp' OR `ydelse` = 'overgangsydelse'
                  )
                  AND `visitation` = 'jobparat'
                )
              )
              THEN CASE
                WHEN `ydelse` = 'uddannelseshjælp'
                THEN CASE WHEN (
                  `visitation`
                ) IS NULL THEN 'visitation' END
              END
            END
          ),
          CASE
            WHEN (
              `ydelse` = 'dagpenge'
              OR (
                (
                  `ydelse` = 'kontanthjælp' OR `ydelse` = 'overgangsydelse'
                )
                AND `visitation` = 'jobparat'
              )
            )
            OR (
              `ydelse` = 'uddannelseshjælp' AND `visitation` = 'åbenlyst_uddannelsesparat'
            )
            THEN CASE
              WHEN (
                TRY_ELEMENT_AT(`tilbud`, `_i` + 1).`arbejdsgiver`
              ) IS NULL
              THEN CONCAT('tilbud[', CAST(`_i` AS STRING), '].arbejdsgiver')
            END
          END
        )
      ) IS NULL
      THEN CASE
        WHEN (
          (
            `ydelse` = 'dagpenge'
            OR (
              (
                `ydelse` = 'kontanthjælp' OR `ydelse` = 'overgangsydelse'
              )
              AND `visitation` = 'jobparat'
            )
          )
          OR (
            `ydelse` = 'uddannelseshjælp' AND `visitation` = 'åbenlyst_uddannelsesparat'
          )
        )
        AND TRY_ELEMENT_AT(`tilbud`, `_i` + 1).`arbejdsgiver` = 'offentlig'
        THEN 0
        ELSE 0
      END
      WHEN COALESCE(`_l_slut`, `_e`) > GREATEST(
        CAST(DATE_ADD(CAST(ADD_MONTHS(`_l_start`, 4) AS DATE), -(
          1
        )) AS DATE),
        CAST(DATE_ADD(CAST(ADD_MONTHS(`_l_start`, 6) AS DATE), -(
          1
        )) AS DATE)
      )
      THEN CASE
        WHEN NOT (
          CAST(DATE_ADD(CAST(ADD_MONTHS(`_l_start`, 4) AS DATE), -(
            1
          )) AS DATE) < CAST(DATE_ADD(CAST(ADD_MONTHS(`_l_start`, 6) AS DATE), -(
            1
          )) AS DATE)
          OR (
            CAST(DATE_ADD(CAST(ADD_MONTHS(`_l_start`, 4) AS DATE), -(
              1
            )) AS DATE) = CAST(DATE_ADD(CAST(ADD_MONTHS(`_l_start`, 6) AS DATE), -(
              1
            )) AS DATE)
            AND (
              4 < 6 OR (
                4 = 6 AND 0 < 0
              )
            )
          )
        )
        THEN 0
        WHEN NOT (
          CAST(DATE_ADD(CAST(ADD_MONTHS(`_l_start`, 6) AS DATE), -(
            1
          )) AS DATE) < CAST(DATE_ADD(CAST(ADD_MONTHS(`_l_start`, 4) AS DATE), -(
            1
          )) AS DATE)
          OR (
            CAST(DATE_ADD(CAST(ADD_MONTHS(`_l_start`, 6) AS DATE), -(
              1
            )) AS DATE) = CAST(DATE_ADD(CAST(ADD_MONTHS(`_l_start`, 4) AS DATE), -(
              1
            )) AS DATE)
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
          CAST(DATE_ADD(CAST(ADD_MONTHS(`_l_start`, 6) AS DATE), -(
            1
          )) AS DATE) < CAST(DATE_ADD(CAST(ADD_MONTHS(`_l_start`, 4) AS DATE), -(
            1
          )) AS DATE)
          OR (
            CAST(DATE_ADD(CAST(ADD_MONTHS(`_l_start`, 6) AS DATE), -(
              1
            )) AS DATE) = CAST(DATE_ADD(CAST(ADD_MONTHS(`_l_start`, 4) AS DATE), -(
              1
            )) AS DATE)
            AND (
              6 < 4 OR (
                6 = 4 AND 0 < 0
              )
            )
          )
        )
        THEN 0
        WHEN NOT (
          CAST(DATE_ADD(CAST(ADD_MONTHS(`_l_start`, 4) AS DATE), -(
            1
          )) AS DATE) < CAST(DATE_ADD(CAST(ADD_MONTHS(`_l_start`, 6) AS DATE), -(
            1
          )) AS DATE)
          OR (
            CAST(DATE_ADD(CAST(ADD_MONTHS(`_l_start`, 4) AS DATE), -(
              1
            )) AS DATE) = CAST(DATE_ADD(CAST(ADD_MONTHS(`_l_start`, 6) AS DATE), -(
              1
            )) AS DATE)
            AND (
              4 < 6 OR (
                4 = 6 AND 0 < 0
              )
            )
          )
        )
        THEN 0
      END
    END AS `_l_graense_d`,
    CASE
      WHEN (
        `_f0`
      ) IS NULL
      THEN CASE
        WHEN NOT (
          COALESCE(
            COALESCE(
              CASE
                WHEN NOT (
                  `ydelse` = 'dagpenge'
                )
                THEN CASE
                  WHEN (
                    `ydelse` = 'kontanthjælp' OR `ydelse` = 'overgangsydelse'
                  )
                  THEN CASE WHEN (
                    `visitation`
                  ) IS NULL THEN 'visitation' END
                END
              END,
              CASE
                WHEN NOT (
                  `ydelse` = 'dagpenge'
                  OR (
                    (
                      `ydelse` = 'kontanthjælp' OR `ydelse` = 'overgangsydelse'
                    )
                    AND `visitation` = 'jobparat'
                  )
                )
                THEN CASE
                  WHEN `ydelse` = 'uddannelseshjælp'
                  THEN CASE WHEN (
                    `visitation`
                  ) IS NULL THEN 'visitation' END
                END
              END
            ),
            CASE
              WHEN (
                `ydelse` = 'dagpenge'
                OR (
                  (
                    `ydelse` = 'kontanthjælp' OR `ydelse` = 'overgangsydelse'
                  )
                  AND `visitation` = 'jobparat'
                )
              )
              OR (
                `ydelse` = 'uddannelseshjælp' AND `visitation` = 'åbenlyst_uddannelsesparat'
              )
              THEN CASE
                WHEN (
                  TRY_ELEMENT_AT(`tilbud`, `_i` + 1).`arbejdsgiver`
                ) IS NULL
                THEN CONCAT('tilbud[', CAST(`_i` AS STRING), '].arbejdsgiver')
              END
            END
          )
        ) IS NULL
        AND NOT (
          COALESCE(`_l_slut`, `_e`) > GREATEST(
            CAST(DATE_ADD(CAST(ADD_MONTHS(`_l_start`, 4) AS DATE), -(
              1
            )) AS DATE),
            CAST(DATE_ADD(CAST(ADD_MONTHS(`_l_start`, 6) AS DATE), -(
              1
            )) AS DATE)
          )
          OR (
            NOT (
              `_l_slut`
            ) IS NULL
            AND `_l_slut` <= LEAST(
              CAST(DATE_ADD(CAST(ADD_MONTHS(`_l_start`, 4) AS DATE), -(
                1
              )) AS DATE),
              CAST(DATE_ADD(CAST(ADD_MONTHS(`_l_start`, 6) AS DATE), -(
                1
              )) AS DATE)
            )
          )
        )
        THEN COALESCE(
          COALESCE(
            CASE
              WHEN NOT (
                `ydelse` = 'dagpenge'
              )
              THEN CASE
                WHEN (
                  `ydelse` = 'kontanthjælp' OR `ydelse` = 'overgangsydelse'
                )
                THEN CASE WHEN (
                  `visitation`
                ) IS NULL THEN 'visitation' END
              END
            END,
            CASE
              WHEN NOT (
                `ydelse` = 'dagpenge'
                OR (
                  (
                    `ydelse` = 'kontanthjælp' OR `ydelse` = 'overgangsydelse'
                  )
                  AND `visitation` = 'jobparat'
                )
              )
              THEN CASE
                WHEN `ydelse` = 'uddannelseshjælp'
                THEN CASE WHEN (
                  `visitation`
                ) IS NULL THEN 'visitation' END
              END
            END
          ),
          CASE
            WHEN (
              `ydelse` = 'dagpenge'
              OR (
                (
                  `ydelse` = 'kontanthjælp' OR `ydelse` = 'overgangsydelse'
                )
                AND `visitation` = 'jobparat'
              )
            )
            OR (
              `ydelse` = 'uddannelseshjælp' AND `visitation` = 'åbenlyst_uddannelsesparat'
            )
            THEN CASE
              WHEN (
                TRY_ELEMENT_AT(`tilbud`, `_i` + 1).`arbejdsgiver`
              ) IS NULL
              THEN CONCAT('tilbud[', CAST(`_i` AS STRING), '].arbejdsgiver')
            END
          END
        )
      END
    END AS `_f1`
  FROM r25_209
), r25_211 AS (
  SELECT
    *,
    CAST(DATE_ADD(
      CAST(DATE_ADD(CAST(ADD_MONTHS(`_l_start`, `_l_graense_m`) AS DATE), `_l_graense_d`) AS DATE),
      -(
        1
      )
    ) AS DATE) AS `_l_sidste_dag`
  FROM r25_210
), r25_212 AS (
  SELECT
    *,
    `_l_sidste_dag` AS `_j`
  FROM r25_211
), r25_213 AS (
  SELECT
    *,
    CASE
      WHEN (
        COALESCE(`_f0`, `_f1`)
      ) IS NULL
      THEN CAST(NULL AS STRING)
      ELSE CAST(NULL AS STRING)
    END AS `_x`
  FROM r25_212
), r25_214 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        `_l_slut`
      ) IS NULL AND `_l_slut` > `_l_sidste_dag`
      THEN 0
      WHEN NOT (
        `_l_slut`
      ) IS NULL
      THEN 1
      WHEN `_e` > `_l_sidste_dag`
      THEN 2
      WHEN TRUE
      THEN 3
    END AS `_o`
  FROM r25_213
), r25_215 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        COALESCE(`_f0`, `_f1`)
      ) IS NULL
      THEN 'datafejl'
      WHEN NOT (
        `_x`
      ) IS NULL
      THEN 'undtaget'
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN 'overtrådt'
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 2
      THEN 'overtrådt'
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 3
      THEN 'frist'
    END AS `_art`
  FROM r25_214
), r26_216 AS (
  SELECT
    *,
    (
      `ydelse` = 'dagpenge'
      OR `ydelse` = 'kontanthjælp'
      OR `ydelse` = 'uddannelseshjælp'
      OR `ydelse` = 'ledighedsydelse'
      OR `ydelse` = 'overgangsydelse'
      OR `ydelse` = 'sygedagpenge'
      OR `ydelse` = 'revalidering'
      OR `ydelse` = 'ressourceforløb'
      OR `ydelse` = 'jobafklaringsforløb'
      OR `ydelse` = 'førtidspension'
    ) AS `_a`
  FROM _sager
  WHERE
    (
      `ydelse`
    ) IS NULL
    OR `ydelse` IN (
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
), r26_217 AS (
  SELECT
    *
  FROM r26_216
  WHERE
    NOT (
      CAST(NULL AS STRING)
    ) IS NULL OR `_a`
), r26_218 AS (
  SELECT
    *,
    FILTER(
      IF((
        SIZE(`tilbud`) - 1
      ) < 0, ARRAY(), SEQUENCE(0, (
        SIZE(`tilbud`) - 1
      ))),
      _i35 -> ELEMENT_AT(`tilbud`, _i35 + 1).`start` <= `_e`
    ) AS `_q`
  FROM r26_217
), r26_219 AS (
  SELECT
    *,
    EXPLODE(CASE WHEN NOT (
      CAST(NULL AS STRING)
    ) IS NULL THEN ARRAY(-1) ELSE `_q` END) AS `_i`
  FROM r26_218
), r26_220 AS (
  SELECT
    *,
    TRY_ELEMENT_AT(`tilbud`, `_i` + 1).`start` AS `_d`
  FROM r26_219
), r26_221 AS (
  SELECT
    *,
    CASE WHEN CAST('2019-07-01' AS DATE) <= `_d` THEN 0 ELSE CAST(NULL AS INT) END AS `_v`
  FROM r26_220
), r26_222 AS (
  SELECT
    *
  FROM r26_221
  WHERE
    NOT (
      CAST(NULL AS STRING)
    ) IS NULL OR NOT (
      `_v`
    ) IS NULL
), r26_223 AS (
  SELECT
    *,
    TRY_ELEMENT_AT(`tilbud`, `_i` + 1).`type` = 'virksomhedspraktik' AS `_s`
  FROM r26_222
), r26_224 AS (
  SELECT
    *
  FROM r26_223
  WHERE
    NOT (
      CAST(NULL AS STRING)
    ) IS NULL OR `_s`
), r26_225 AS (
  SELECT
    *,
    TRY_ELEMENT_AT(`tilbud`, `_i` + 1).`start` AS `_l_start`
  FROM r26_224
), r26_226 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        TRY_ELEMENT_AT(`tilbud`, `_i` + 1).`slut`
      ) IS NULL
      AND TRY_ELEMENT_AT(`tilbud`, `_i` + 1).`slut` <= `_e`
      THEN TRY_ELEMENT_AT(`tilbud`, `_i` + 1).`slut`
      ELSE CAST(NULL AS DATE)
    END AS `_l_slut`,
    CASE
      WHEN (
        CAST(NULL AS STRING)
      ) IS NULL
      THEN CASE
        WHEN (
          NOT (
            TRY_ELEMENT_AT(`tilbud`, `_i` + 1).`slut`
          ) IS NULL
          AND TRY_ELEMENT_AT(`tilbud`, `_i` + 1).`slut` <= `_e`
        )
        AND TRY_ELEMENT_AT(`tilbud`, `_i` + 1).`slut` < TRY_ELEMENT_AT(`tilbud`, `_i` + 1).`start`
        THEN CONCAT(
          CONCAT('tilbud[', CAST(`_i` AS STRING), '].slut'),
          '|',
          CAST(TRY_ELEMENT_AT(`tilbud`, `_i` + 1).`start` AS STRING),
          '|',
          CAST(TRY_ELEMENT_AT(`tilbud`, `_i` + 1).`slut` AS STRING)
        )
      END
    END AS `_f0`
  FROM r26_225
), r26_227 AS (
  SELECT
    *,
    CASE
      WHEN NOT NOT (
        COALESCE(
          CASE
            WHEN NOT (
              `ydelse` = 'dagpenge'
            )
            THEN CASE
              WHEN (
                `ydelse` = 'kontanthjælp' OR `ydelse` = 'overgangsydelse'
              )
              THEN CASE WHEN (
                `visitation`
              ) IS NULL THEN 'visitation' END
            END
          END,
          CASE
            WHEN NOT (
              `ydelse` = 'dagpenge'
              OR (
                (
                  `ydelse` = 'kontanthjælp' OR `ydelse` = 'overgangsydelse'
                )
                AND `visitation` = 'jobparat'
              )
            )
            THEN CASE
              WHEN `ydelse` = 'uddannelseshjælp'
              THEN CASE WHEN (
                `visitation`
              ) IS NULL THEN 'visitation' END
            END
          END
        )
      ) IS NULL
      THEN CASE
        WHEN (
          `ydelse` = 'dagpenge'
          OR (
            (
              `ydelse` = 'kontanthjælp' OR `ydelse` = 'overgangsydelse'
            )
            AND `visitation` = 'jobparat'
          )
        )
        OR (
          `ydelse` = 'uddannelseshjælp' AND `visitation` = 'åbenlyst_uddannelsesparat'
        )
        THEN 0
        ELSE 0
      END
      WHEN COALESCE(`_l_slut`, `_e`) > GREATEST(
        CAST(DATE_ADD(CAST(DATE_ADD(`_l_start`, 28) AS DATE), -(
          1
        )) AS DATE),
        CAST(DATE_ADD(CAST(DATE_ADD(`_l_start`, 91) AS DATE), -(
          1
        )) AS DATE)
      )
      THEN CASE
        WHEN NOT (
          CAST(DATE_ADD(CAST(DATE_ADD(`_l_start`, 28) AS DATE), -(
            1
          )) AS DATE) < CAST(DATE_ADD(CAST(DATE_ADD(`_l_start`, 91) AS DATE), -(
            1
          )) AS DATE)
          OR (
            CAST(DATE_ADD(CAST(DATE_ADD(`_l_start`, 28) AS DATE), -(
              1
            )) AS DATE) = CAST(DATE_ADD(CAST(DATE_ADD(`_l_start`, 91) AS DATE), -(
              1
            )) AS DATE)
            AND (
              0 < 0 OR (
                0 = 0 AND 28 < 91
              )
            )
          )
        )
        THEN 0
        WHEN NOT (
          CAST(DATE_ADD(CAST(DATE_ADD(`_l_start`, 91) AS DATE), -(
            1
          )) AS DATE) < CAST(DATE_ADD(CAST(DATE_ADD(`_l_start`, 28) AS DATE), -(
            1
          )) AS DATE)
          OR (
            CAST(DATE_ADD(CAST(DATE_ADD(`_l_start`, 91) AS DATE), -(
              1
            )) AS DATE) = CAST(DATE_ADD(CAST(DATE_ADD(`_l_start`, 28) AS DATE), -(
              1
            )) AS DATE)
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
          CAST(DATE_ADD(CAST(DATE_ADD(`_l_start`, 91) AS DATE), -(
            1
          )) AS DATE) < CAST(DATE_ADD(CAST(DATE_ADD(`_l_start`, 28) AS DATE), -(
            1
          )) AS DATE)
          OR (
            CAST(DATE_ADD(CAST(DATE_ADD(`_l_start`, 91) AS DATE), -(
              1
            )) AS DATE) = CAST(DATE_ADD(CAST(DATE_ADD(`_l_start`, 28) AS DATE), -(
              1
            )) AS DATE)
            AND (
              0 < 0 OR (
                0 = 0 AND 91 < 28
              )
            )
          )
        )
        THEN 0
        WHEN NOT (
          CAST(DATE_ADD(CAST(DATE_ADD(`_l_start`, 28) AS DATE), -(
            1
          )) AS DATE) < CAST(DATE_ADD(CAST(DATE_ADD(`_l_start`, 91) AS DATE), -(
            1
          )) AS DATE)
          OR (
            CAST(DATE_ADD(CAST(DATE_ADD(`_l_start`, 28) AS DATE), -(
              1
            )) AS DATE) = CAST(DATE_ADD(CAST(DATE_ADD(`_l_start`, 91) AS DATE), -(
              1
            )) AS DATE)
            AND (
              0 < 0 OR (
                0 = 0 AND 28 < 91
              )
            )
          )
        )
        THEN 0
      END
    END AS `_l_graense_m`,
    CASE
      WHEN NOT NOT (
        COALESCE(
          CASE
            WHEN NOT (
              `ydelse` = 'dagpenge'
            )
            THEN CASE
              WHEN (
                `ydelse` = 'kontanthjælp' OR `ydelse` = 'overgangsydelse'
              )
              THEN CASE WHEN (
                `visitation`
              ) IS NULL THEN 'visitation' END
            END
          END,
          CASE
            WHEN NOT (
              `ydelse` = 'dagpenge'
              OR (
                (
                  `ydelse` = 'kontanthjælp' OR `ydelse` = 'overgangsydelse'
                )
                AND `visitation` = 'jobparat'
              )
            )
            THEN CASE
              WHEN `ydelse` = 'uddannelseshjælp'
              THEN CASE WHEN (
                `visitation`
              ) IS NULL THEN 'visitation' END
            END
          END
        )
      ) IS NULL
      THEN CASE
        WHEN (
          `ydelse` = 'dagpenge'
          OR (
            (
              `ydelse` = 'kontanthjælp' OR `ydelse` = 'overgangsydelse'
            )
            AND `visitation` = 'jobparat'
          )
        )
        OR (
          `ydelse` = 'uddannelseshjælp' AND `visitation` = 'åbenlyst_uddannelsesparat'
        )
        THEN 28
        ELSE 91
      END
      WHEN COALESCE(`_l_slut`, `_e`) > GREATEST(
        CAST(DATE_ADD(CAST(DATE_ADD(`_l_start`, 28) AS DATE), -(
          1
        )) AS DATE),
        CAST(DATE_ADD(CAST(DATE_ADD(`_l_start`, 91) AS DATE), -(
          1
        )) AS DATE)
      )
      THEN CASE
        WHEN NOT (
          CAST(DATE_ADD(CAST(DATE_ADD(`_l_start`, 28) AS DATE), -(
            1
          )) AS DATE) < CAST(DATE_ADD(CAST(DATE_ADD(`_l_start`, 91) AS DATE), -(
            1
          )) AS DATE)
          OR (
            CAST(DATE_ADD(CAST(DATE_ADD(`_l_start`, 28) AS DATE), -(
              1
            )) AS DATE) = CAST(DATE_ADD(CAST(DATE_ADD(`_l_start`, 91) AS DATE), -(
              1
            )) AS DATE)
            AND (
              0 < 0 OR (
                0 = 0 AND 28 < 91
              )
            )
          )
        )
        THEN 28
        WHEN NOT (
          CAST(DATE_ADD(CAST(DATE_ADD(`_l_start`, 91) AS DATE), -(
            1
          )) AS DATE) < CAST(DATE_ADD(CAST(DATE_ADD(`_l_start`, 28) AS DATE), -(
            1
          )) AS DATE)
          OR (
            CAST(DATE_ADD(CAST(DATE_ADD(`_l_start`, 91) AS DATE), -(
              1
            )) AS DATE) = CAST(DATE_ADD(CAST(DATE_ADD(`_l_start`, 28) AS DATE), -(
              1
            )) AS DATE)
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
          CAST(DATE_ADD(CAST(DATE_ADD(`_l_start`, 91) AS DATE), -(
            1
          )) AS DATE) < CAST(DATE_ADD(CAST(DATE_ADD(`_l_start`, 28) AS DATE), -(
            1
          )) AS DATE)
          OR (
            CAST(DATE_ADD(CAST(DATE_ADD(`_l_start`, 91) AS DATE), -(
              1
            )) AS DATE) = CAST(DATE_ADD(CAST(DATE_ADD(`_l_start`, 28) AS DATE), -(
              1
            )) AS DATE)
            AND (
              0 < 0 OR (
                0 = 0 AND 91 < 28
              )
            )
          )
        )
        THEN 28
        WHEN NOT (
          CAST(DATE_ADD(CAST(DATE_ADD(`_l_start`, 28) AS DATE), -(
            1
          )) AS DATE) < CAST(DATE_ADD(CAST(DATE_ADD(`_l_start`, 91) AS DATE), -(
            1
          )) AS DATE)
          OR (
            CAST(DATE_ADD(CAST(DATE_ADD(`_l_start`, 28) AS DATE), -(
              1
            )) AS DATE) = CAST(DATE_ADD(CAST(DATE_ADD(`_l_start`, 91) AS DATE), -(
              1
            )) AS DATE)
            AND (
              0 < 0 OR (
                0 = 0 AND 28 < 91
              )
            )
          )
        )
        THEN 91
      END
    END AS `_l_graense_d`,
    CASE
      WHEN (
        `_f0`
      ) IS NULL
      THEN CASE
        WHEN NOT (
          COALESCE(
            CASE
              WHEN NOT (
                `ydelse` = 'dagpenge'
              )
              THEN CASE
                WHEN (
                  `ydelse` = 'kontanthjælp' OR `ydelse` = 'overgangsydelse'
                )
                THEN CASE WHEN (
                  `visitation`
                ) IS NULL THEN 'visitation' END
              END
            END,
            CASE
              WHEN NOT (
                `ydelse` = 'dagpenge'
                OR (
                  (
                    `ydelse` = 'kontanthjælp' OR `ydelse` = 'overgangsydelse'
                  )
                  AND `visitation` = 'jobparat'
                )
              )
              THEN CASE
                WHEN `ydelse` = 'uddannelseshjælp'
                THEN CASE WHEN (
                  `visitation`
                ) IS NULL THEN 'visitation' END
              END
            END
          )
        ) IS NULL
        AND NOT (
          COALESCE(`_l_slut`, `_e`) > GREATEST(
            CAST(DATE_ADD(CAST(DATE_ADD(`_l_start`, 28) AS DATE), -(
              1
            )) AS DATE),
            CAST(DATE_ADD(CAST(DATE_ADD(`_l_start`, 91) AS DATE), -(
              1
            )) AS DATE)
          )
          OR (
            NOT (
              `_l_slut`
            ) IS NULL
            AND `_l_slut` <= LEAST(
              CAST(DATE_ADD(CAST(DATE_ADD(`_l_start`, 28) AS DATE), -(
                1
              )) AS DATE),
              CAST(DATE_ADD(CAST(DATE_ADD(`_l_start`, 91) AS DATE), -(
                1
              )) AS DATE)
            )
          )
        )
        THEN COALESCE(
          CASE
            WHEN NOT (
              `ydelse` = 'dagpenge'
            )
            THEN CASE
              WHEN (
                `ydelse` = 'kontanthjælp' OR `ydelse` = 'overgangsydelse'
              )
              THEN CASE WHEN (
                `visitation`
              ) IS NULL THEN 'visitation' END
            END
          END,
          CASE
            WHEN NOT (
              `ydelse` = 'dagpenge'
              OR (
                (
                  `ydelse` = 'kontanthjælp' OR `ydelse` = 'overgangsydelse'
                )
                AND `visitation` = 'jobparat'
              )
            )
            THEN CASE
              WHEN `ydelse` = 'uddannelseshjælp'
              THEN CASE WHEN (
                `visitation`
              ) IS NULL THEN 'visitation' END
            END
          END
        )
      END
    END AS `_f1`
  FROM r26_226
), r26_228 AS (
  SELECT
    *,
    CAST(DATE_ADD(
      CAST(DATE_ADD(CAST(ADD_MONTHS(`_l_start`, `_l_graense_m`) AS DATE), `_l_graense_d`) AS DATE),
      -(
        1
      )
    ) AS DATE) AS `_l_sidste_dag`
  FROM r26_227
), r26_229 AS (
  SELECT
    *,
    `_l_sidste_dag` AS `_j`
  FROM r26_228
), r26_230 AS (
  SELECT
    *,
    CASE
      WHEN (
        COALESCE(`_f0`, `_f1`)
      ) IS NULL
      THEN CAST(NULL AS STRING)
      ELSE CAST(NULL AS STRING)
    END AS `_x`
  FROM r26_229
), r26_231 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        `_l_slut`
      ) IS NULL AND `_l_slut` > `_l_sidste_dag`
      THEN 0
      WHEN NOT (
        `_l_slut`
      ) IS NULL
      THEN 1
      WHEN `_e` > `_l_sidste_dag`
      THEN 2
      WHEN TRUE
      THEN 3
    END AS `_o`
  FROM r26_230
), r26_232 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        COALESCE(`_f0`, `_f1`)
      ) IS NULL
      THEN 'datafejl'
      WHEN NOT (
        `_x`
      ) IS NULL
      THEN 'undtaget'
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN 'overtrådt'
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 2
      THEN 'overtrådt'
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 3
      THEN 'frist'
    END AS `_art`
  FROM r26_231
), r27_233 AS (
  SELECT
    *,
    (
      `ydelse` = 'dagpenge' OR `ydelse` = 'kontanthjælp' OR `ydelse` = 'overgangsydelse'
    )
    AND NOT (
      `i_integrationsprogram`
    ) AS `_a`
  FROM _sager
  WHERE
    (
      `ydelse`
    ) IS NULL
    OR `ydelse` IN ('dagpenge', 'kontanthjælp', 'overgangsydelse')
), r27_234 AS (
  SELECT
    *
  FROM r27_233
  WHERE
    NOT (
      CAST(NULL AS STRING)
    ) IS NULL OR `_a`
), r27_235 AS (
  SELECT
    *,
    FILTER(
      IF((
        SIZE(`tilbud`) - 1
      ) < 0, ARRAY(), SEQUENCE(0, (
        SIZE(`tilbud`) - 1
      ))),
      _i36 -> ELEMENT_AT(`tilbud`, _i36 + 1).`start` <= `_e`
    ) AS `_q`
  FROM r27_234
), r27_236 AS (
  SELECT
    *,
    EXPLODE(CASE WHEN NOT (
      CAST(NULL AS STRING)
    ) IS NULL THEN ARRAY(-1) ELSE `_q` END) AS `_i`
  FROM r27_235
), r27_237 AS (
  SELECT
    *,
    TRY_ELEMENT_AT(`tilbud`, `_i` + 1).`start` AS `_d`
  FROM r27_236
), r27_238 AS (
  SELECT
    *,
    CASE WHEN CAST('2023-01-01' AS DATE) <= `_d` THEN 0 ELSE CAST(NULL AS INT) END AS `_v`
  FROM r27_237
), r27_239 AS (
  SELECT
    *
  FROM r27_238
  WHERE
    NOT (
      CAST(NULL AS STRING)
    ) IS NULL OR NOT (
      `_v`
    ) IS NULL
), r27_240 AS (
  SELECT
    *,
    TRY_ELEMENT_AT(`tilbud`, `_i` + 1).`start` AS `_l_dato`
  FROM r27_239
), r27_241 AS (
  SELECT
    *,
    `_l_dato` AS `_j`
  FROM r27_240
), r27_242 AS (
  SELECT
    *,
    CASE
      WHEN (
        CAST(NULL AS STRING)
      ) IS NULL
      THEN CAST(NULL AS STRING)
      ELSE CAST(NULL AS STRING)
    END AS `_x`
  FROM r27_241
), r27_243 AS (
  SELECT
    *,
    CASE
      WHEN TRY_ELEMENT_AT(`tilbud`, `_i` + 1).`type` = 'øvrig_vejledning_og_opkvalificering'
      AND TRY_ELEMENT_AT(`tilbud`, `_i` + 1).`ret_og_pligt`
      THEN 0
      WHEN TRUE
      THEN 1
    END AS `_o`
  FROM r27_242
), r27_244 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        CAST(NULL AS STRING)
      ) IS NULL
      THEN 'datafejl'
      WHEN NOT (
        `_x`
      ) IS NULL
      THEN 'undtaget'
      WHEN (
        (
          CAST(NULL AS STRING)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN 'overtrådt'
    END AS `_art`
  FROM r27_243
), r28_245 AS (
  SELECT
    *,
    (
      `ydelse` = 'dagpenge' OR `ydelse` = 'kontanthjælp'
    ) AS `_a`
  FROM _sager
  WHERE
    (
      `ydelse`
    ) IS NULL OR `ydelse` IN ('dagpenge', 'kontanthjælp')
), r28_246 AS (
  SELECT
    *
  FROM r28_245
  WHERE
    NOT (
      CAST(NULL AS STRING)
    ) IS NULL OR `_a`
), r28_247 AS (
  SELECT
    *,
    `forløbsstart` AS `_d`
  FROM r28_246
), r28_248 AS (
  SELECT
    *,
    CASE WHEN CAST('2019-07-01' AS DATE) <= `_d` THEN 0 ELSE CAST(NULL AS INT) END AS `_v`
  FROM r28_247
), r28_249 AS (
  SELECT
    *
  FROM r28_248
  WHERE
    NOT (
      CAST(NULL AS STRING)
    ) IS NULL OR NOT (
      `_v`
    ) IS NULL
), r28_250 AS (
  SELECT
    *,
    CAST(ADD_MONTHS(`forløbsstart`, 6) AS DATE) AS `_l_frist`
  FROM r28_249
), r28_251 AS (
  SELECT
    *,
    `_l_frist` AS `_j`
  FROM r28_250
), r28_252 AS (
  SELECT
    *,
    CASE
      WHEN (
        CAST(NULL AS STRING)
      ) IS NULL
      THEN CAST(NULL AS STRING)
      ELSE CAST(NULL AS STRING)
    END AS `_x`
  FROM r28_251
), r28_253 AS (
  SELECT
    *,
    ARRAY_MIN(
      TRANSFORM(
        FILTER(
          IF((
            SIZE(`tilbud`) - 1
          ) < 0, ARRAY(), SEQUENCE(0, (
            SIZE(`tilbud`) - 1
          ))),
          _i37 -> ELEMENT_AT(`tilbud`, _i37 + 1).`start` <= `_e`
          AND (
            TRY_ELEMENT_AT(`tilbud`, _i37 + 1).`ret_og_pligt`
            AND (
              (
                NOT (
                  TRY_ELEMENT_AT(`tilbud`, _i37 + 1).`type` = 'øvrig_vejledning_og_opkvalificering'
                )
                OR TRY_ELEMENT_AT(`tilbud`, _i37 + 1).`start` < CAST('2023-01-01' AS DATE)
              )
              OR `i_integrationsprogram`
            )
          )
        ),
        _i38 -> ELEMENT_AT(`tilbud`, _i38 + 1).`start`
      )
    ) AS `_l_dato`
  FROM r28_252
), r28_254 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        `_l_dato`
      ) IS NULL AND `_l_dato` > `_l_frist`
      THEN 0
      WHEN NOT (
        `_l_dato`
      ) IS NULL
      THEN 1
      WHEN NOT (
        (
          `forløbsslut`
        ) IS NULL OR `forløbsslut` >= `_l_frist`
      )
      THEN 2
      WHEN `_l_frist` < `_e`
      THEN 3
      WHEN TRUE
      THEN 4
    END AS `_o`
  FROM r28_253
), r28_255 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        CAST(NULL AS STRING)
      ) IS NULL
      THEN 'datafejl'
      WHEN NOT (
        `_x`
      ) IS NULL
      THEN 'undtaget'
      WHEN (
        (
          CAST(NULL AS STRING)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN 'overtrådt'
      WHEN (
        (
          CAST(NULL AS STRING)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 3
      THEN 'overtrådt'
      WHEN (
        (
          CAST(NULL AS STRING)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 4
      THEN 'frist'
    END AS `_art`
  FROM r28_254
), r30_256 AS (
  SELECT
    *,
    `ydelse` = 'uddannelseshjælp' AS `_a`
  FROM _sager
  WHERE
    (
      `ydelse`
    ) IS NULL OR `ydelse` IN ('uddannelseshjælp')
), r30_257 AS (
  SELECT
    *
  FROM r30_256
  WHERE
    NOT (
      CAST(NULL AS STRING)
    ) IS NULL OR `_a`
), r30_258 AS (
  SELECT
    *,
    FILTER(
      IF(
        (
          SIZE(`frafaldsbeskeder`) - 1
        ) < 0,
        ARRAY(),
        SEQUENCE(0, (
          SIZE(`frafaldsbeskeder`) - 1
        ))
      ),
      _i39 -> ELEMENT_AT(`frafaldsbeskeder`, _i39 + 1).`modtaget` <= `_e`
    ) AS `_q`
  FROM r30_257
), r30_259 AS (
  SELECT
    *,
    EXPLODE(CASE WHEN NOT (
      CAST(NULL AS STRING)
    ) IS NULL THEN ARRAY(-1) ELSE `_q` END) AS `_i`
  FROM r30_258
), r30_260 AS (
  SELECT
    *,
    TRY_ELEMENT_AT(`frafaldsbeskeder`, `_i` + 1).`modtaget` AS `_d`
  FROM r30_259
), r30_261 AS (
  SELECT
    *,
    CASE WHEN CAST('2022-01-01' AS DATE) <= `_d` THEN 0 ELSE CAST(NULL AS INT) END AS `_v`
  FROM r30_260
), r30_262 AS (
  SELECT
    *
  FROM r30_261
  WHERE
    NOT (
      CAST(NULL AS STRING)
    ) IS NULL OR NOT (
      `_v`
    ) IS NULL
), r30_263 AS (
  SELECT
    *,
    TRY_ELEMENT_AT(`frafaldsbeskeder`, `_i` + 1).`modtaget` >= `uddannelsesstart`
    AND TRY_ELEMENT_AT(`frafaldsbeskeder`, `_i` + 1).`modtaget` < CAST(ADD_MONTHS(`uddannelsesstart`, 6) AS DATE) AS `_s`,
    CASE
      WHEN (
        CAST(NULL AS STRING)
      ) IS NULL
      THEN COALESCE(
        CASE WHEN (
          `uddannelsesstart`
        ) IS NULL THEN 'uddannelsesstart' END,
        CASE
          WHEN TRY_ELEMENT_AT(`frafaldsbeskeder`, `_i` + 1).`modtaget` >= `uddannelsesstart`
          THEN CASE WHEN (
            `uddannelsesstart`
          ) IS NULL THEN 'uddannelsesstart' END
        END
      )
    END AS `_f0`
  FROM r30_262
), r30_264 AS (
  SELECT
    *
  FROM r30_263
  WHERE
    NOT (
      `_f0`
    ) IS NULL OR `_s`
), r30_265 AS (
  SELECT
    *,
    TRY_ELEMENT_AT(`frafaldsbeskeder`, `_i` + 1).`modtaget` AS `_l_dato`
  FROM r30_264
), r30_266 AS (
  SELECT
    *,
    `_l_dato` AS `_j`
  FROM r30_265
), r30_267 AS (
  SELECT
    *,
    CASE
      WHEN (
        `_f0`
      ) IS NULL
      THEN CAST(NULL AS STRING)
      ELSE CAST(NULL AS STRING)
    END AS `_x`
  FROM r30_266
), r30_268 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        (
          NOT (
            TRY_ELEMENT_AT(`frafaldsbeskeder`, `_i` + 1).`reaktion`
          ) IS NULL
          AND TRY_ELEMENT_AT(`frafaldsbeskeder`, `_i` + 1).`reaktion` >= TRY_ELEMENT_AT(`frafaldsbeskeder`, `_i` + 1).`modtaget`
        )
        AND TRY_ELEMENT_AT(`frafaldsbeskeder`, `_i` + 1).`reaktion` <= `_e`
      )
      THEN 0
      WHEN TRUE
      THEN 1
    END AS `_o`,
    CASE
      WHEN (
        `_f0`
      ) IS NULL AND (
        `_x`
      ) IS NULL
      THEN COALESCE(
        CASE
          WHEN NOT (
            TRY_ELEMENT_AT(`frafaldsbeskeder`, `_i` + 1).`reaktion`
          ) IS NULL
          THEN CASE
            WHEN (
              TRY_ELEMENT_AT(`frafaldsbeskeder`, `_i` + 1).`reaktion`
            ) IS NULL
            THEN CONCAT('frafaldsbeskeder[', CAST(`_i` AS STRING), '].reaktion')
          END
        END,
        CASE
          WHEN NOT (
            TRY_ELEMENT_AT(`frafaldsbeskeder`, `_i` + 1).`reaktion`
          ) IS NULL
          AND TRY_ELEMENT_AT(`frafaldsbeskeder`, `_i` + 1).`reaktion` >= TRY_ELEMENT_AT(`frafaldsbeskeder`, `_i` + 1).`modtaget`
          THEN CASE
            WHEN (
              TRY_ELEMENT_AT(`frafaldsbeskeder`, `_i` + 1).`reaktion`
            ) IS NULL
            THEN CONCAT('frafaldsbeskeder[', CAST(`_i` AS STRING), '].reaktion')
          END
        END
      )
    END AS `_f1`
  FROM r30_267
), r30_269 AS (
  SELECT
    *,
    CASE
      WHEN NOT (
        COALESCE(`_f0`, `_f1`)
      ) IS NULL
      THEN 'datafejl'
      WHEN NOT (
        `_x`
      ) IS NULL
      THEN 'undtaget'
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN 'overtrådt'
    END AS `_art`
  FROM r30_268
)
SELECT
  *
FROM (
  SELECT
    CAST(`_nr` AS BIGINT) AS `sag_nr`,
    CAST(`id` AS STRING) AS `id`,
    CAST('begrundet_afvisning_af_indstilling' AS STRING) AS `regel`,
    CAST(0 AS INT) AS `regel_nr`,
    CAST(CASE WHEN NOT (
      CAST(NULL AS STRING)
    ) IS NULL THEN -1 ELSE `_i` END AS BIGINT) AS `instans`,
    CAST(`_art` AS STRING) AS `art`,
    CAST(CASE
      WHEN (
        (
          CAST(NULL AS STRING)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN 'hver_opfylder_ikke'
    END AS STRING) AS `besked`,
    CAST(NULL AS DATE) AS `frist`,
    CAST(CASE
      WHEN (
        CAST(NULL AS STRING)
      ) IS NULL
      THEN CONCAT('indstillinger[', CAST(`_i` AS STRING), ']')
    END AS STRING) AS `element`,
    CAST(NULL AS BIGINT) AS `antal`,
    CAST(NULL AS STRING) AS `datafejl`,
    CAST(CASE WHEN (
      CAST(NULL AS STRING)
    ) IS NULL THEN `_x` END AS STRING) AS `undtagelse`,
    CAST(NULL AS BIGINT) AS `fakta_antal`,
    CAST(NULL AS BOOLEAN) AS `fakta_begynder`,
    CAST(CASE
      WHEN (
        (
          CAST(NULL AS STRING)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN `_l_dato`
    END AS DATE) AS `fakta_dato`,
    CAST(NULL AS DATE) AS `fakta_ende`,
    CAST(NULL AS STRING) AS `fakta_ental`,
    CAST(NULL AS STRING) AS `fakta_flertal`,
    CAST(NULL AS DATE) AS `fakta_frist`,
    CAST(NULL AS INT) AS `fakta_graense_maaneder`,
    CAST(NULL AS INT) AS `fakta_graense_dage`,
    CAST(CASE
      WHEN (
        (
          CAST(NULL AS STRING)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN 'indstilling'
    END AS STRING) AS `fakta_hvad`,
    CAST(NULL AS BIGINT) AS `fakta_krav`,
    CAST(NULL AS DATE) AS `fakta_start`
  FROM r0_14
  WHERE
    NOT (
      `_art`
    ) IS NULL
  UNION ALL
  SELECT
    CAST(`_nr` AS BIGINT) AS `sag_nr`,
    CAST(`id` AS STRING) AS `id`,
    CAST('første_samtale_kontanthjælp' AS STRING) AS `regel`,
    CAST(10 AS INT) AS `regel_nr`,
    CAST(CASE WHEN NOT (
      CAST(NULL AS STRING)
    ) IS NULL THEN -1 ELSE 0 END AS BIGINT) AS `instans`,
    CAST(`_art` AS STRING) AS `art`,
    CAST(CASE
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN 'frist_for_sent'
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 3
      THEN 'frist_udeblevet'
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 4
      THEN 'frist_kommende'
    END AS STRING) AS `besked`,
    CAST(CASE
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN `_l_frist`
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 3
      THEN `_l_frist`
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 4
      THEN `_l_frist`
    END AS DATE) AS `frist`,
    CAST(NULL AS STRING) AS `element`,
    CAST(NULL AS BIGINT) AS `antal`,
    CAST(COALESCE(`_f0`, `_f1`) AS STRING) AS `datafejl`,
    CAST(CASE WHEN (
      COALESCE(`_f0`, `_f1`)
    ) IS NULL THEN `_x` END AS STRING) AS `undtagelse`,
    CAST(NULL AS BIGINT) AS `fakta_antal`,
    CAST(CASE
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN FALSE
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 3
      THEN FALSE
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 4
      THEN FALSE
    END AS BOOLEAN) AS `fakta_begynder`,
    CAST(CASE
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN `_l_dato`
    END AS DATE) AS `fakta_dato`,
    CAST(NULL AS DATE) AS `fakta_ende`,
    CAST(NULL AS STRING) AS `fakta_ental`,
    CAST(NULL AS STRING) AS `fakta_flertal`,
    CAST(CASE
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN `_l_frist`
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 3
      THEN `_l_frist`
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 4
      THEN `_l_frist`
    END AS DATE) AS `fakta_frist`,
    CAST(NULL AS INT) AS `fakta_graense_maaneder`,
    CAST(NULL AS INT) AS `fakta_graense_dage`,
    CAST(CASE
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN 'første samtale'
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 3
      THEN 'første samtale'
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 4
      THEN 'første samtale'
    END AS STRING) AS `fakta_hvad`,
    CAST(NULL AS BIGINT) AS `fakta_krav`,
    CAST(NULL AS DATE) AS `fakta_start`
  FROM r10_25
  WHERE
    NOT (
      `_art`
    ) IS NULL
  UNION ALL
  SELECT
    CAST(`_nr` AS BIGINT) AS `sag_nr`,
    CAST(`id` AS STRING) AS `id`,
    CAST('første_samtale_sygedagpenge' AS STRING) AS `regel`,
    CAST(11 AS INT) AS `regel_nr`,
    CAST(CASE WHEN NOT (
      CAST(NULL AS STRING)
    ) IS NULL THEN -1 ELSE 0 END AS BIGINT) AS `instans`,
    CAST(`_art` AS STRING) AS `art`,
    CAST(CASE
      WHEN (
        (
          CAST(NULL AS STRING)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN 'frist_for_sent'
      WHEN (
        (
          CAST(NULL AS STRING)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 3
      THEN 'frist_udeblevet'
      WHEN (
        (
          CAST(NULL AS STRING)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 4
      THEN 'frist_kommende'
    END AS STRING) AS `besked`,
    CAST(CASE
      WHEN (
        (
          CAST(NULL AS STRING)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN `_l_frist`
      WHEN (
        (
          CAST(NULL AS STRING)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 3
      THEN `_l_frist`
      WHEN (
        (
          CAST(NULL AS STRING)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 4
      THEN `_l_frist`
    END AS DATE) AS `frist`,
    CAST(NULL AS STRING) AS `element`,
    CAST(NULL AS BIGINT) AS `antal`,
    CAST(NULL AS STRING) AS `datafejl`,
    CAST(CASE WHEN (
      CAST(NULL AS STRING)
    ) IS NULL THEN `_x` END AS STRING) AS `undtagelse`,
    CAST(NULL AS BIGINT) AS `fakta_antal`,
    CAST(CASE
      WHEN (
        (
          CAST(NULL AS STRING)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN FALSE
      WHEN (
        (
          CAST(NULL AS STRING)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 3
      THEN FALSE
      WHEN (
        (
          CAST(NULL AS STRING)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 4
      THEN FALSE
    END AS BOOLEAN) AS `fakta_begynder`,
    CAST(CASE
      WHEN (
        (
          CAST(NULL AS STRING)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN `_l_dato`
    END AS DATE) AS `fakta_dato`,
    CAST(NULL AS DATE) AS `fakta_ende`,
    CAST(NULL AS STRING) AS `fakta_ental`,
    CAST(NULL AS STRING) AS `fakta_flertal`,
    CAST(CASE
      WHEN (
        (
          CAST(NULL AS STRING)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN `_l_frist`
      WHEN (
        (
          CAST(NULL AS STRING)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 3
      THEN `_l_frist`
      WHEN (
        (
          CAST(NULL AS STRING)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 4
      THEN `_l_frist`
    END AS DATE) AS `fakta_frist`,
    CAST(NULL AS INT) AS `fakta_graense_maaneder`,
    CAST(NULL AS INT) AS `fakta_graense_dage`,
    CAST(CASE
      WHEN (
        (
          CAST(NULL AS STRING)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN 'første samtale'
      WHEN (
        (
          CAST(NULL AS STRING)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 3
      THEN 'første samtale'
      WHEN (
        (
          CAST(NULL AS STRING)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 4
      THEN 'første samtale'
    END AS STRING) AS `fakta_hvad`,
    CAST(NULL AS BIGINT) AS `fakta_krav`,
    CAST(NULL AS DATE) AS `fakta_start`
  FROM r11_36
  WHERE
    NOT (
      `_art`
    ) IS NULL
  UNION ALL
  SELECT
    CAST(`_nr` AS BIGINT) AS `sag_nr`,
    CAST(`id` AS STRING) AS `id`,
    CAST('samtaler_første_halve_år' AS STRING) AS `regel`,
    CAST(12 AS INT) AS `regel_nr`,
    CAST(CASE WHEN NOT (
      CAST(NULL AS STRING)
    ) IS NULL THEN -1 ELSE 0 END AS BIGINT) AS `instans`,
    CAST(`_art` AS STRING) AS `art`,
    CAST(CASE
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 1
      THEN 'antal_for_faa'
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN 'antal_kommende'
    END AS STRING) AS `besked`,
    CAST(CASE
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 1
      THEN `_l_sidste_dag`
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN `_l_sidste_dag`
    END AS DATE) AS `frist`,
    CAST(NULL AS STRING) AS `element`,
    CAST(CASE
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN `_l_antal`
    END AS BIGINT) AS `antal`,
    CAST(`_f0` AS STRING) AS `datafejl`,
    CAST(CASE WHEN (
      `_f0`
    ) IS NULL THEN `_x` END AS STRING) AS `undtagelse`,
    CAST(CASE
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 1
      THEN `_l_antal`
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN `_l_antal`
    END AS BIGINT) AS `fakta_antal`,
    CAST(NULL AS BOOLEAN) AS `fakta_begynder`,
    CAST(NULL AS DATE) AS `fakta_dato`,
    CAST(NULL AS DATE) AS `fakta_ende`,
    CAST(CASE
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 1
      THEN 'samtale'
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN 'samtale'
    END AS STRING) AS `fakta_ental`,
    CAST(CASE
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 1
      THEN 'samtaler'
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN 'samtaler'
    END AS STRING) AS `fakta_flertal`,
    CAST(CASE
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 1
      THEN `_l_sidste_dag`
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN `_l_sidste_dag`
    END AS DATE) AS `fakta_frist`,
    CAST(NULL AS INT) AS `fakta_graense_maaneder`,
    CAST(NULL AS INT) AS `fakta_graense_dage`,
    CAST(NULL AS STRING) AS `fakta_hvad`,
    CAST(CASE
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 1
      THEN 4
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN 4
    END AS BIGINT) AS `fakta_krav`,
    CAST(CASE
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 1
      THEN `_l_start`
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN `_l_start`
    END AS DATE) AS `fakta_start`
  FROM r12_49
  WHERE
    NOT (
      `_art`
    ) IS NULL
  UNION ALL
  SELECT
    CAST(`_nr` AS BIGINT) AS `sag_nr`,
    CAST(`id` AS STRING) AS `id`,
    CAST('a_kasse_samtaler_første_tre_måneder' AS STRING) AS `regel`,
    CAST(13 AS INT) AS `regel_nr`,
    CAST(CASE WHEN NOT (
      CAST(NULL AS STRING)
    ) IS NULL THEN -1 ELSE 0 END AS BIGINT) AS `instans`,
    CAST(`_art` AS STRING) AS `art`,
    CAST(CASE
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 1
      THEN 'antal_for_faa'
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN 'antal_kommende'
    END AS STRING) AS `besked`,
    CAST(CASE
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 1
      THEN `_l_sidste_dag`
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN `_l_sidste_dag`
    END AS DATE) AS `frist`,
    CAST(NULL AS STRING) AS `element`,
    CAST(CASE
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN `_l_antal`
    END AS BIGINT) AS `antal`,
    CAST(`_f0` AS STRING) AS `datafejl`,
    CAST(CASE WHEN (
      `_f0`
    ) IS NULL THEN `_x` END AS STRING) AS `undtagelse`,
    CAST(CASE
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 1
      THEN `_l_antal`
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN `_l_antal`
    END AS BIGINT) AS `fakta_antal`,
    CAST(NULL AS BOOLEAN) AS `fakta_begynder`,
    CAST(NULL AS DATE) AS `fakta_dato`,
    CAST(NULL AS DATE) AS `fakta_ende`,
    CAST(CASE
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 1
      THEN 'samtale'
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN 'samtale'
    END AS STRING) AS `fakta_ental`,
    CAST(CASE
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 1
      THEN 'samtaler'
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN 'samtaler'
    END AS STRING) AS `fakta_flertal`,
    CAST(CASE
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 1
      THEN `_l_sidste_dag`
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN `_l_sidste_dag`
    END AS DATE) AS `fakta_frist`,
    CAST(NULL AS INT) AS `fakta_graense_maaneder`,
    CAST(NULL AS INT) AS `fakta_graense_dage`,
    CAST(NULL AS STRING) AS `fakta_hvad`,
    CAST(CASE
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 1
      THEN 3
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN 3
    END AS BIGINT) AS `fakta_krav`,
    CAST(CASE
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 1
      THEN `_l_start`
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN `_l_start`
    END AS DATE) AS `fakta_start`
  FROM r13_62
  WHERE
    NOT (
      `_art`
    ) IS NULL
  UNION ALL
  SELECT
    CAST(`_nr` AS BIGINT) AS `sag_nr`,
    CAST(`id` AS STRING) AS `id`,
    CAST('jobcenter_samtaler_måned_fire_til_seks' AS STRING) AS `regel`,
    CAST(14 AS INT) AS `regel_nr`,
    CAST(CASE WHEN NOT (
      CAST(NULL AS STRING)
    ) IS NULL THEN -1 ELSE 0 END AS BIGINT) AS `instans`,
    CAST(`_art` AS STRING) AS `art`,
    CAST(CASE
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 1
      THEN 'antal_for_faa'
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN 'antal_kommende'
    END AS STRING) AS `besked`,
    CAST(CASE
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 1
      THEN `_l_sidste_dag`
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN `_l_sidste_dag`
    END AS DATE) AS `frist`,
    CAST(NULL AS STRING) AS `element`,
    CAST(CASE
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN `_l_antal`
    END AS BIGINT) AS `antal`,
    CAST(`_f0` AS STRING) AS `datafejl`,
    CAST(CASE WHEN (
      `_f0`
    ) IS NULL THEN `_x` END AS STRING) AS `undtagelse`,
    CAST(CASE
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 1
      THEN `_l_antal`
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN `_l_antal`
    END AS BIGINT) AS `fakta_antal`,
    CAST(NULL AS BOOLEAN) AS `fakta_begynder`,
    CAST(NULL AS DATE) AS `fakta_dato`,
    CAST(NULL AS DATE) AS `fakta_ende`,
    CAST(CASE
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 1
      THEN 'samtale'
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN 'samtale'
    END AS STRING) AS `fakta_ental`,
    CAST(CASE
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 1
      THEN 'samtaler'
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN 'samtaler'
    END AS STRING) AS `fakta_flertal`,
    CAST(CASE
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 1
      THEN `_l_sidste_dag`
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN `_l_sidste_dag`
    END AS DATE) AS `fakta_frist`,
    CAST(NULL AS INT) AS `fakta_graense_maaneder`,
    CAST(NULL AS INT) AS `fakta_graense_dage`,
    CAST(NULL AS STRING) AS `fakta_hvad`,
    CAST(CASE
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 1
      THEN 3
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN 3
    END AS BIGINT) AS `fakta_krav`,
    CAST(CASE
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 1
      THEN `_l_start`
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN `_l_start`
    END AS DATE) AS `fakta_start`
  FROM r14_75
  WHERE
    NOT (
      `_art`
    ) IS NULL
  UNION ALL
  SELECT
    CAST(`_nr` AS BIGINT) AS `sag_nr`,
    CAST(`id` AS STRING) AS `id`,
    CAST('første_fællessamtale' AS STRING) AS `regel`,
    CAST(15 AS INT) AS `regel_nr`,
    CAST(CASE WHEN NOT (
      CAST(NULL AS STRING)
    ) IS NULL THEN -1 ELSE 0 END AS BIGINT) AS `instans`,
    CAST(`_art` AS STRING) AS `art`,
    CAST(CASE
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 1
      THEN 'antal_for_faa'
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN 'antal_kommende'
    END AS STRING) AS `besked`,
    CAST(CASE
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 1
      THEN `_l_sidste_dag`
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN `_l_sidste_dag`
    END AS DATE) AS `frist`,
    CAST(NULL AS STRING) AS `element`,
    CAST(CASE
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN `_l_antal`
    END AS BIGINT) AS `antal`,
    CAST(`_f0` AS STRING) AS `datafejl`,
    CAST(CASE WHEN (
      `_f0`
    ) IS NULL THEN `_x` END AS STRING) AS `undtagelse`,
    CAST(CASE
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 1
      THEN `_l_antal`
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN `_l_antal`
    END AS BIGINT) AS `fakta_antal`,
    CAST(NULL AS BOOLEAN) AS `fakta_begynder`,
    CAST(NULL AS DATE) AS `fakta_dato`,
    CAST(NULL AS DATE) AS `fakta_ende`,
    CAST(CASE
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 1
      THEN 'samtale'
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN 'samtale'
    END AS STRING) AS `fakta_ental`,
    CAST(CASE
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 1
      THEN 'samtaler'
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN 'samtaler'
    END AS STRING) AS `fakta_flertal`,
    CAST(CASE
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 1
      THEN `_l_sidste_dag`
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN `_l_sidste_dag`
    END AS DATE) AS `fakta_frist`,
    CAST(NULL AS INT) AS `fakta_graense_maaneder`,
    CAST(NULL AS INT) AS `fakta_graense_dage`,
    CAST(NULL AS STRING) AS `fakta_hvad`,
    CAST(CASE
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 1
      THEN 1
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN 1
    END AS BIGINT) AS `fakta_krav`,
    CAST(CASE
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 1
      THEN `_l_start`
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN `_l_start`
    END AS DATE) AS `fakta_start`
  FROM r15_88
  WHERE
    NOT (
      `_art`
    ) IS NULL
  UNION ALL
  SELECT
    CAST(`_nr` AS BIGINT) AS `sag_nr`,
    CAST(`id` AS STRING) AS `id`,
    CAST('anden_fællessamtale' AS STRING) AS `regel`,
    CAST(16 AS INT) AS `regel_nr`,
    CAST(CASE WHEN NOT (
      CAST(NULL AS STRING)
    ) IS NULL THEN -1 ELSE 0 END AS BIGINT) AS `instans`,
    CAST(`_art` AS STRING) AS `art`,
    CAST(CASE
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 1
      THEN 'antal_for_faa'
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN 'antal_kommende'
    END AS STRING) AS `besked`,
    CAST(CASE
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 1
      THEN `_l_sidste_dag`
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN `_l_sidste_dag`
    END AS DATE) AS `frist`,
    CAST(NULL AS STRING) AS `element`,
    CAST(CASE
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN `_l_antal`
    END AS BIGINT) AS `antal`,
    CAST(`_f0` AS STRING) AS `datafejl`,
    CAST(CASE WHEN (
      `_f0`
    ) IS NULL THEN `_x` END AS STRING) AS `undtagelse`,
    CAST(CASE
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 1
      THEN `_l_antal`
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN `_l_antal`
    END AS BIGINT) AS `fakta_antal`,
    CAST(NULL AS BOOLEAN) AS `fakta_begynder`,
    CAST(NULL AS DATE) AS `fakta_dato`,
    CAST(NULL AS DATE) AS `fakta_ende`,
    CAST(CASE
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 1
      THEN 'samtale'
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN 'samtale'
    END AS STRING) AS `fakta_ental`,
    CAST(CASE
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 1
      THEN 'samtaler'
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN 'samtaler'
    END AS STRING) AS `fakta_flertal`,
    CAST(CASE
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 1
      THEN `_l_sidste_dag`
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN `_l_sidste_dag`
    END AS DATE) AS `fakta_frist`,
    CAST(NULL AS INT) AS `fakta_graense_maaneder`,
    CAST(NULL AS INT) AS `fakta_graense_dage`,
    CAST(NULL AS STRING) AS `fakta_hvad`,
    CAST(CASE
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 1
      THEN 1
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN 1
    END AS BIGINT) AS `fakta_krav`,
    CAST(CASE
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 1
      THEN `_l_start`
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN `_l_start`
    END AS DATE) AS `fakta_start`
  FROM r16_101
  WHERE
    NOT (
      `_art`
    ) IS NULL
  UNION ALL
  SELECT
    CAST(`_nr` AS BIGINT) AS `sag_nr`,
    CAST(`id` AS STRING) AS `id`,
    CAST('fællessamtale_efter_seks_måneder' AS STRING) AS `regel`,
    CAST(17 AS INT) AS `regel_nr`,
    CAST(CASE WHEN NOT (
      CAST(NULL AS STRING)
    ) IS NULL THEN -1 ELSE 0 END AS BIGINT) AS `instans`,
    CAST(`_art` AS STRING) AS `art`,
    CAST(CASE
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 1
      THEN 'antal_for_faa'
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN 'antal_kommende'
    END AS STRING) AS `besked`,
    CAST(CASE
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 1
      THEN `_l_sidste_dag`
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN `_l_sidste_dag`
    END AS DATE) AS `frist`,
    CAST(NULL AS STRING) AS `element`,
    CAST(CASE
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN `_l_antal`
    END AS BIGINT) AS `antal`,
    CAST(`_f0` AS STRING) AS `datafejl`,
    CAST(CASE WHEN (
      `_f0`
    ) IS NULL THEN `_x` END AS STRING) AS `undtagelse`,
    CAST(CASE
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 1
      THEN `_l_antal`
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN `_l_antal`
    END AS BIGINT) AS `fakta_antal`,
    CAST(NULL AS BOOLEAN) AS `fakta_begynder`,
    CAST(NULL AS DATE) AS `fakta_dato`,
    CAST(NULL AS DATE) AS `fakta_ende`,
    CAST(CASE
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 1
      THEN 'samtale'
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN 'samtale'
    END AS STRING) AS `fakta_ental`,
    CAST(CASE
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 1
      THEN 'samtaler'
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN 'samtaler'
    END AS STRING) AS `fakta_flertal`,
    CAST(CASE
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 1
      THEN `_l_sidste_dag`
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN `_l_sidste_dag`
    END AS DATE) AS `fakta_frist`,
    CAST(NULL AS INT) AS `fakta_graense_maaneder`,
    CAST(NULL AS INT) AS `fakta_graense_dage`,
    CAST(NULL AS STRING) AS `fakta_hvad`,
    CAST(CASE
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 1
      THEN 1
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN 1
    END AS BIGINT) AS `fakta_krav`,
    CAST(CASE
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 1
      THEN `_l_start`
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN `_l_start`
    END AS DATE) AS `fakta_start`
  FROM r17_114
  WHERE
    NOT (
      `_art`
    ) IS NULL
  UNION ALL
  SELECT
    CAST(`_nr` AS BIGINT) AS `sag_nr`,
    CAST(`id` AS STRING) AS `id`,
    CAST('første_samtale_ved_fremmøde' AS STRING) AS `regel`,
    CAST(18 AS INT) AS `regel_nr`,
    CAST(CASE WHEN NOT (
      CAST(NULL AS STRING)
    ) IS NULL THEN -1 ELSE 0 END AS BIGINT) AS `instans`,
    CAST(`_art` AS STRING) AS `art`,
    CAST(CASE
      WHEN (
        (
          CAST(NULL AS STRING)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN 'hver_opfylder_ikke'
    END AS STRING) AS `besked`,
    CAST(NULL AS DATE) AS `frist`,
    CAST(CASE
      WHEN (
        CAST(NULL AS STRING)
      ) IS NULL
      THEN CONCAT('samtaler[', CAST(`_i` AS STRING), ']')
    END AS STRING) AS `element`,
    CAST(NULL AS BIGINT) AS `antal`,
    CAST(NULL AS STRING) AS `datafejl`,
    CAST(CASE WHEN (
      CAST(NULL AS STRING)
    ) IS NULL THEN `_x` END AS STRING) AS `undtagelse`,
    CAST(NULL AS BIGINT) AS `fakta_antal`,
    CAST(NULL AS BOOLEAN) AS `fakta_begynder`,
    CAST(CASE
      WHEN (
        (
          CAST(NULL AS STRING)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN `_l_dato`
    END AS DATE) AS `fakta_dato`,
    CAST(NULL AS DATE) AS `fakta_ende`,
    CAST(NULL AS STRING) AS `fakta_ental`,
    CAST(NULL AS STRING) AS `fakta_flertal`,
    CAST(NULL AS DATE) AS `fakta_frist`,
    CAST(NULL AS INT) AS `fakta_graense_maaneder`,
    CAST(NULL AS INT) AS `fakta_graense_dage`,
    CAST(CASE
      WHEN (
        (
          CAST(NULL AS STRING)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN 'samtale'
    END AS STRING) AS `fakta_hvad`,
    CAST(NULL AS BIGINT) AS `fakta_krav`,
    CAST(NULL AS DATE) AS `fakta_start`
  FROM r18_129
  WHERE
    NOT (
      `_art`
    ) IS NULL
  UNION ALL
  SELECT
    CAST(`_nr` AS BIGINT) AS `sag_nr`,
    CAST(`id` AS STRING) AS `id`,
    CAST('første_a_kasse_samtale_ved_fremmøde' AS STRING) AS `regel`,
    CAST(19 AS INT) AS `regel_nr`,
    CAST(CASE WHEN NOT (
      CAST(NULL AS STRING)
    ) IS NULL THEN -1 ELSE 0 END AS BIGINT) AS `instans`,
    CAST(`_art` AS STRING) AS `art`,
    CAST(CASE
      WHEN (
        (
          CAST(NULL AS STRING)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN 'hver_opfylder_ikke'
    END AS STRING) AS `besked`,
    CAST(NULL AS DATE) AS `frist`,
    CAST(CASE
      WHEN (
        CAST(NULL AS STRING)
      ) IS NULL
      THEN CONCAT('samtaler[', CAST(`_i` AS STRING), ']')
    END AS STRING) AS `element`,
    CAST(NULL AS BIGINT) AS `antal`,
    CAST(NULL AS STRING) AS `datafejl`,
    CAST(CASE WHEN (
      CAST(NULL AS STRING)
    ) IS NULL THEN `_x` END AS STRING) AS `undtagelse`,
    CAST(NULL AS BIGINT) AS `fakta_antal`,
    CAST(NULL AS BOOLEAN) AS `fakta_begynder`,
    CAST(CASE
      WHEN (
        (
          CAST(NULL AS STRING)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN `_l_dato`
    END AS DATE) AS `fakta_dato`,
    CAST(NULL AS DATE) AS `fakta_ende`,
    CAST(NULL AS STRING) AS `fakta_ental`,
    CAST(NULL AS STRING) AS `fakta_flertal`,
    CAST(NULL AS DATE) AS `fakta_frist`,
    CAST(NULL AS INT) AS `fakta_graense_maaneder`,
    CAST(NULL AS INT) AS `fakta_graense_dage`,
    CAST(CASE
      WHEN (
        (
          CAST(NULL AS STRING)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN 'samtale'
    END AS STRING) AS `fakta_hvad`,
    CAST(NULL AS BIGINT) AS `fakta_krav`,
    CAST(NULL AS DATE) AS `fakta_start`
  FROM r19_144
  WHERE
    NOT (
      `_art`
    ) IS NULL
  UNION ALL
  SELECT
    CAST(`_nr` AS BIGINT) AS `sag_nr`,
    CAST(`id` AS STRING) AS `id`,
    CAST('fremmøde_første_seks_måneder_2022' AS STRING) AS `regel`,
    CAST(20 AS INT) AS `regel_nr`,
    CAST(CASE WHEN NOT (
      CAST(NULL AS STRING)
    ) IS NULL THEN -1 ELSE `_i` END AS BIGINT) AS `instans`,
    CAST(`_art` AS STRING) AS `art`,
    CAST(CASE
      WHEN (
        (
          CAST(NULL AS STRING)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN 'hver_opfylder_ikke'
    END AS STRING) AS `besked`,
    CAST(NULL AS DATE) AS `frist`,
    CAST(CASE
      WHEN (
        CAST(NULL AS STRING)
      ) IS NULL
      THEN CONCAT('samtaler[', CAST(`_i` AS STRING), ']')
    END AS STRING) AS `element`,
    CAST(NULL AS BIGINT) AS `antal`,
    CAST(NULL AS STRING) AS `datafejl`,
    CAST(CASE WHEN (
      CAST(NULL AS STRING)
    ) IS NULL THEN `_x` END AS STRING) AS `undtagelse`,
    CAST(NULL AS BIGINT) AS `fakta_antal`,
    CAST(NULL AS BOOLEAN) AS `fakta_begynder`,
    CAST(CASE
      WHEN (
        (
          CAST(NULL AS STRING)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN `_l_dato`
    END AS DATE) AS `fakta_dato`,
    CAST(NULL AS DATE) AS `fakta_ende`,
    CAST(NULL AS STRING) AS `fakta_ental`,
    CAST(NULL AS STRING) AS `fakta_flertal`,
    CAST(NULL AS DATE) AS `fakta_frist`,
    CAST(NULL AS INT) AS `fakta_graense_maaneder`,
    CAST(NULL AS INT) AS `fakta_graense_dage`,
    CAST(CASE
      WHEN (
        (
          CAST(NULL AS STRING)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN 'samtale'
    END AS STRING) AS `fakta_hvad`,
    CAST(NULL AS BIGINT) AS `fakta_krav`,
    CAST(NULL AS DATE) AS `fakta_start`
  FROM r20_158
  WHERE
    NOT (
      `_art`
    ) IS NULL
  UNION ALL
  SELECT
    CAST(`_nr` AS BIGINT) AS `sag_nr`,
    CAST(`id` AS STRING) AS `id`,
    CAST('ingen_samtaler_pr_brev' AS STRING) AS `regel`,
    CAST(22 AS INT) AS `regel_nr`,
    CAST(CASE WHEN NOT (
      CAST(NULL AS STRING)
    ) IS NULL THEN -1 ELSE `_i` END AS BIGINT) AS `instans`,
    CAST(`_art` AS STRING) AS `art`,
    CAST(CASE
      WHEN (
        (
          CAST(NULL AS STRING)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN 'forbud_overtraadt'
    END AS STRING) AS `besked`,
    CAST(NULL AS DATE) AS `frist`,
    CAST(CASE
      WHEN (
        CAST(NULL AS STRING)
      ) IS NULL
      THEN CONCAT('samtaler[', CAST(`_i` AS STRING), ']')
    END AS STRING) AS `element`,
    CAST(NULL AS BIGINT) AS `antal`,
    CAST(NULL AS STRING) AS `datafejl`,
    CAST(CASE WHEN (
      CAST(NULL AS STRING)
    ) IS NULL THEN `_x` END AS STRING) AS `undtagelse`,
    CAST(NULL AS BIGINT) AS `fakta_antal`,
    CAST(NULL AS BOOLEAN) AS `fakta_begynder`,
    CAST(CASE
      WHEN (
        (
          CAST(NULL AS STRING)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN `_l_dato`
    END AS DATE) AS `fakta_dato`,
    CAST(NULL AS DATE) AS `fakta_ende`,
    CAST(NULL AS STRING) AS `fakta_ental`,
    CAST(NULL AS STRING) AS `fakta_flertal`,
    CAST(NULL AS DATE) AS `fakta_frist`,
    CAST(NULL AS INT) AS `fakta_graense_maaneder`,
    CAST(NULL AS INT) AS `fakta_graense_dage`,
    CAST(CASE
      WHEN (
        (
          CAST(NULL AS STRING)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN 'samtale'
    END AS STRING) AS `fakta_hvad`,
    CAST(NULL AS BIGINT) AS `fakta_krav`,
    CAST(NULL AS DATE) AS `fakta_start`
  FROM r22_170
  WHERE
    NOT (
      `_art`
    ) IS NULL
  UNION ALL
  SELECT
    CAST(`_nr` AS BIGINT) AS `sag_nr`,
    CAST(`id` AS STRING) AS `id`,
    CAST('første_tilbud_inden_for_en_måned' AS STRING) AS `regel`,
    CAST(23 AS INT) AS `regel_nr`,
    CAST(CASE WHEN NOT (
      CAST(NULL AS STRING)
    ) IS NULL THEN -1 ELSE 0 END AS BIGINT) AS `instans`,
    CAST(`_art` AS STRING) AS `art`,
    CAST(CASE
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 0
      THEN 'frist_for_sent'
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN 'frist_udeblevet'
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 4
      THEN 'frist_kommende'
    END AS STRING) AS `besked`,
    CAST(CASE
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 0
      THEN `_l_frist`
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN `_l_frist`
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 4
      THEN `_l_frist`
    END AS DATE) AS `frist`,
    CAST(NULL AS STRING) AS `element`,
    CAST(NULL AS BIGINT) AS `antal`,
    CAST(`_f0` AS STRING) AS `datafejl`,
    CAST(CASE WHEN (
      `_f0`
    ) IS NULL THEN `_x` END AS STRING) AS `undtagelse`,
    CAST(NULL AS BIGINT) AS `fakta_antal`,
    CAST(CASE
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 0
      THEN TRUE
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN TRUE
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 4
      THEN TRUE
    END AS BOOLEAN) AS `fakta_begynder`,
    CAST(CASE
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 0
      THEN `_l_dato`
    END AS DATE) AS `fakta_dato`,
    CAST(NULL AS DATE) AS `fakta_ende`,
    CAST(NULL AS STRING) AS `fakta_ental`,
    CAST(NULL AS STRING) AS `fakta_flertal`,
    CAST(CASE
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 0
      THEN `_l_frist`
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN `_l_frist`
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 4
      THEN `_l_frist`
    END AS DATE) AS `fakta_frist`,
    CAST(NULL AS INT) AS `fakta_graense_maaneder`,
    CAST(NULL AS INT) AS `fakta_graense_dage`,
    CAST(CASE
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 0
      THEN 'første tilbud'
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 3
      THEN 'første tilbud'
      WHEN (
        (
          `_f0`
        ) IS NULL AND (
          `_x`
        ) IS NULL
      ) AND `_o` = 4
      THEN 'første tilbud'
    END AS STRING) AS `fakta_hvad`,
    CAST(NULL AS BIGINT) AS `fakta_krav`,
    CAST(NULL AS DATE) AS `fakta_start`
  FROM r23_181
  WHERE
    NOT (
      `_art`
    ) IS NULL
  UNION ALL
  SELECT
    CAST(`_nr` AS BIGINT) AS `sag_nr`,
    CAST(`id` AS STRING) AS `id`,
    CAST('interval_mellem_tilbud' AS STRING) AS `regel`,
    CAST(24 AS INT) AS `regel_nr`,
    CAST(CASE WHEN NOT (
      `_f0`
    ) IS NULL THEN -1 ELSE `_k` END AS BIGINT) AS `instans`,
    CAST(`_art` AS STRING) AS `art`,
    CAST(CASE
      WHEN (
        (
          COALESCE(`_f0`, `_f1`, `_f2`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN 'pause_for_lang'
      WHEN (
        (
          COALESCE(`_f0`, `_f1`, `_f2`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 3
      THEN 'pause_intet_nyt'
      WHEN (
        (
          COALESCE(`_f0`, `_f1`, `_f2`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 4
      THEN 'pause_kommende'
    END AS STRING) AS `besked`,
    CAST(CASE
      WHEN (
        (
          COALESCE(`_f0`, `_f1`, `_f2`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN `_l_seneste`
      WHEN (
        (
          COALESCE(`_f0`, `_f1`, `_f2`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 3
      THEN `_l_seneste`
      WHEN (
        (
          COALESCE(`_f0`, `_f1`, `_f2`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 4
      THEN `_l_seneste`
    END AS DATE) AS `frist`,
    CAST(CASE
      WHEN (
        COALESCE(`_f0`, `_f1`, `_f2`)
      ) IS NULL
      THEN CONCAT('tilbud[', CAST(`_i` AS STRING), ']')
    END AS STRING) AS `element`,
    CAST(NULL AS BIGINT) AS `antal`,
    CAST(COALESCE(`_f0`, `_f1`, `_f2`) AS STRING) AS `datafejl`,
    CAST(CASE WHEN (
      COALESCE(`_f0`, `_f1`, `_f2`)
    ) IS NULL THEN `_x` END AS STRING) AS `undtagelse`,
    CAST(NULL AS BIGINT) AS `fakta_antal`,
    CAST(NULL AS BOOLEAN) AS `fakta_begynder`,
    CAST(CASE
      WHEN (
        (
          COALESCE(`_f0`, `_f1`, `_f2`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN `_l_naeste`
    END AS DATE) AS `fakta_dato`,
    CAST(CASE
      WHEN (
        (
          COALESCE(`_f0`, `_f1`, `_f2`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN `_l_ende`
      WHEN (
        (
          COALESCE(`_f0`, `_f1`, `_f2`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 3
      THEN `_l_ende`
      WHEN (
        (
          COALESCE(`_f0`, `_f1`, `_f2`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 4
      THEN `_l_ende`
    END AS DATE) AS `fakta_ende`,
    CAST(NULL AS STRING) AS `fakta_ental`,
    CAST(NULL AS STRING) AS `fakta_flertal`,
    CAST(CASE
      WHEN (
        (
          COALESCE(`_f0`, `_f1`, `_f2`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN `_l_seneste`
      WHEN (
        (
          COALESCE(`_f0`, `_f1`, `_f2`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 3
      THEN `_l_seneste`
      WHEN (
        (
          COALESCE(`_f0`, `_f1`, `_f2`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 4
      THEN `_l_seneste`
    END AS DATE) AS `fakta_frist`,
    CAST(CASE
      WHEN (
        (
          COALESCE(`_f0`, `_f1`, `_f2`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN `_l_graense_m`
      WHEN (
        (
          COALESCE(`_f0`, `_f1`, `_f2`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 3
      THEN `_l_graense_m`
      WHEN (
        (
          COALESCE(`_f0`, `_f1`, `_f2`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 4
      THEN `_l_graense_m`
    END AS INT) AS `fakta_graense_maaneder`,
    CAST(CASE
      WHEN (
        (
          COALESCE(`_f0`, `_f1`, `_f2`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN `_l_graense_d`
      WHEN (
        (
          COALESCE(`_f0`, `_f1`, `_f2`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 3
      THEN `_l_graense_d`
      WHEN (
        (
          COALESCE(`_f0`, `_f1`, `_f2`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 4
      THEN `_l_graense_d`
    END AS INT) AS `fakta_graense_dage`,
    CAST(CASE
      WHEN (
        (
          COALESCE(`_f0`, `_f1`, `_f2`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN 'tilbud'
      WHEN (
        (
          COALESCE(`_f0`, `_f1`, `_f2`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 3
      THEN 'tilbud'
      WHEN (
        (
          COALESCE(`_f0`, `_f1`, `_f2`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 4
      THEN 'tilbud'
    END AS STRING) AS `fakta_hvad`,
    CAST(NULL AS BIGINT) AS `fakta_krav`,
    CAST(NULL AS DATE) AS `fakta_start`
  FROM r24_198
  WHERE
    NOT (
      `_art`
    ) IS NULL
  UNION ALL
  SELECT
    CAST(`_nr` AS BIGINT) AS `sag_nr`,
    CAST(`id` AS STRING) AS `id`,
    CAST('løntilskud_højst_seks_måneder' AS STRING) AS `regel`,
    CAST(25 AS INT) AS `regel_nr`,
    CAST(CASE WHEN NOT (
      CAST(NULL AS STRING)
    ) IS NULL THEN -1 ELSE `_i` END AS BIGINT) AS `instans`,
    CAST(`_art` AS STRING) AS `art`,
    CAST(CASE
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN 'varighed_for_lang'
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 2
      THEN 'varighed_loebende'
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 3
      THEN 'varighed_kommende'
    END AS STRING) AS `besked`,
    CAST(CASE
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN `_l_sidste_dag`
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 2
      THEN `_l_sidste_dag`
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 3
      THEN `_l_sidste_dag`
    END AS DATE) AS `frist`,
    CAST(CASE
      WHEN (
        COALESCE(`_f0`, `_f1`)
      ) IS NULL
      THEN CONCAT('tilbud[', CAST(`_i` AS STRING), ']')
    END AS STRING) AS `element`,
    CAST(NULL AS BIGINT) AS `antal`,
    CAST(COALESCE(`_f0`, `_f1`) AS STRING) AS `datafejl`,
    CAST(CASE WHEN (
      COALESCE(`_f0`, `_f1`)
    ) IS NULL THEN `_x` END AS STRING) AS `undtagelse`,
    CAST(NULL AS BIGINT) AS `fakta_antal`,
    CAST(NULL AS BOOLEAN) AS `fakta_begynder`,
    CAST(CASE
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN `_l_slut`
    END AS DATE) AS `fakta_dato`,
    CAST(NULL AS DATE) AS `fakta_ende`,
    CAST(NULL AS STRING) AS `fakta_ental`,
    CAST(NULL AS STRING) AS `fakta_flertal`,
    CAST(CASE
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN `_l_sidste_dag`
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 2
      THEN `_l_sidste_dag`
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 3
      THEN `_l_sidste_dag`
    END AS DATE) AS `fakta_frist`,
    CAST(CASE
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN `_l_graense_m`
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 2
      THEN `_l_graense_m`
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 3
      THEN `_l_graense_m`
    END AS INT) AS `fakta_graense_maaneder`,
    CAST(CASE
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN `_l_graense_d`
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 2
      THEN `_l_graense_d`
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 3
      THEN `_l_graense_d`
    END AS INT) AS `fakta_graense_dage`,
    CAST(CASE
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN 'tilbud'
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 2
      THEN 'tilbud'
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 3
      THEN 'tilbud'
    END AS STRING) AS `fakta_hvad`,
    CAST(NULL AS BIGINT) AS `fakta_krav`,
    CAST(CASE
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN `_l_start`
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 2
      THEN `_l_start`
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 3
      THEN `_l_start`
    END AS DATE) AS `fakta_start`
  FROM r25_215
  WHERE
    NOT (
      `_art`
    ) IS NULL
  UNION ALL
  SELECT
    CAST(`_nr` AS BIGINT) AS `sag_nr`,
    CAST(`id` AS STRING) AS `id`,
    CAST('virksomhedspraktik_varighed' AS STRING) AS `regel`,
    CAST(26 AS INT) AS `regel_nr`,
    CAST(CASE WHEN NOT (
      CAST(NULL AS STRING)
    ) IS NULL THEN -1 ELSE `_i` END AS BIGINT) AS `instans`,
    CAST(`_art` AS STRING) AS `art`,
    CAST(CASE
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN 'varighed_for_lang'
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 2
      THEN 'varighed_loebende'
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 3
      THEN 'varighed_kommende'
    END AS STRING) AS `besked`,
    CAST(CASE
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN `_l_sidste_dag`
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 2
      THEN `_l_sidste_dag`
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 3
      THEN `_l_sidste_dag`
    END AS DATE) AS `frist`,
    CAST(CASE
      WHEN (
        COALESCE(`_f0`, `_f1`)
      ) IS NULL
      THEN CONCAT('tilbud[', CAST(`_i` AS STRING), ']')
    END AS STRING) AS `element`,
    CAST(NULL AS BIGINT) AS `antal`,
    CAST(COALESCE(`_f0`, `_f1`) AS STRING) AS `datafejl`,
    CAST(CASE WHEN (
      COALESCE(`_f0`, `_f1`)
    ) IS NULL THEN `_x` END AS STRING) AS `undtagelse`,
    CAST(NULL AS BIGINT) AS `fakta_antal`,
    CAST(NULL AS BOOLEAN) AS `fakta_begynder`,
    CAST(CASE
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN `_l_slut`
    END AS DATE) AS `fakta_dato`,
    CAST(NULL AS DATE) AS `fakta_ende`,
    CAST(NULL AS STRING) AS `fakta_ental`,
    CAST(NULL AS STRING) AS `fakta_flertal`,
    CAST(CASE
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN `_l_sidste_dag`
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 2
      THEN `_l_sidste_dag`
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 3
      THEN `_l_sidste_dag`
    END AS DATE) AS `fakta_frist`,
    CAST(CASE
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN `_l_graense_m`
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 2
      THEN `_l_graense_m`
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 3
      THEN `_l_graense_m`
    END AS INT) AS `fakta_graense_maaneder`,
    CAST(CASE
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN `_l_graense_d`
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 2
      THEN `_l_graense_d`
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 3
      THEN `_l_graense_d`
    END AS INT) AS `fakta_graense_dage`,
    CAST(CASE
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN 'tilbud'
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 2
      THEN 'tilbud'
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 3
      THEN 'tilbud'
    END AS STRING) AS `fakta_hvad`,
    CAST(NULL AS BIGINT) AS `fakta_krav`,
    CAST(CASE
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN `_l_start`
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 2
      THEN `_l_start`
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 3
      THEN `_l_start`
    END AS DATE) AS `fakta_start`
  FROM r26_232
  WHERE
    NOT (
      `_art`
    ) IS NULL
  UNION ALL
  SELECT
    CAST(`_nr` AS BIGINT) AS `sag_nr`,
    CAST(`id` AS STRING) AS `id`,
    CAST('øvo_ikke_ret_og_pligt' AS STRING) AS `regel`,
    CAST(27 AS INT) AS `regel_nr`,
    CAST(CASE WHEN NOT (
      CAST(NULL AS STRING)
    ) IS NULL THEN -1 ELSE `_i` END AS BIGINT) AS `instans`,
    CAST(`_art` AS STRING) AS `art`,
    CAST(CASE
      WHEN (
        (
          CAST(NULL AS STRING)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN 'forbud_overtraadt'
    END AS STRING) AS `besked`,
    CAST(NULL AS DATE) AS `frist`,
    CAST(CASE
      WHEN (
        CAST(NULL AS STRING)
      ) IS NULL
      THEN CONCAT('tilbud[', CAST(`_i` AS STRING), ']')
    END AS STRING) AS `element`,
    CAST(NULL AS BIGINT) AS `antal`,
    CAST(NULL AS STRING) AS `datafejl`,
    CAST(CASE WHEN (
      CAST(NULL AS STRING)
    ) IS NULL THEN `_x` END AS STRING) AS `undtagelse`,
    CAST(NULL AS BIGINT) AS `fakta_antal`,
    CAST(NULL AS BOOLEAN) AS `fakta_begynder`,
    CAST(CASE
      WHEN (
        (
          CAST(NULL AS STRING)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN `_l_dato`
    END AS DATE) AS `fakta_dato`,
    CAST(NULL AS DATE) AS `fakta_ende`,
    CAST(NULL AS STRING) AS `fakta_ental`,
    CAST(NULL AS STRING) AS `fakta_flertal`,
    CAST(NULL AS DATE) AS `fakta_frist`,
    CAST(NULL AS INT) AS `fakta_graense_maaneder`,
    CAST(NULL AS INT) AS `fakta_graense_dage`,
    CAST(CASE
      WHEN (
        (
          CAST(NULL AS STRING)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN 'tilbud'
    END AS STRING) AS `fakta_hvad`,
    CAST(NULL AS BIGINT) AS `fakta_krav`,
    CAST(NULL AS DATE) AS `fakta_start`
  FROM r27_244
  WHERE
    NOT (
      `_art`
    ) IS NULL
  UNION ALL
  SELECT
    CAST(`_nr` AS BIGINT) AS `sag_nr`,
    CAST(`id` AS STRING) AS `id`,
    CAST('første_ret_og_pligt_tilbud' AS STRING) AS `regel`,
    CAST(28 AS INT) AS `regel_nr`,
    CAST(CASE WHEN NOT (
      CAST(NULL AS STRING)
    ) IS NULL THEN -1 ELSE 0 END AS BIGINT) AS `instans`,
    CAST(`_art` AS STRING) AS `art`,
    CAST(CASE
      WHEN (
        (
          CAST(NULL AS STRING)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN 'frist_for_sent'
      WHEN (
        (
          CAST(NULL AS STRING)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 3
      THEN 'frist_udeblevet'
      WHEN (
        (
          CAST(NULL AS STRING)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 4
      THEN 'frist_kommende'
    END AS STRING) AS `besked`,
    CAST(CASE
      WHEN (
        (
          CAST(NULL AS STRING)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN `_l_frist`
      WHEN (
        (
          CAST(NULL AS STRING)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 3
      THEN `_l_frist`
      WHEN (
        (
          CAST(NULL AS STRING)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 4
      THEN `_l_frist`
    END AS DATE) AS `frist`,
    CAST(NULL AS STRING) AS `element`,
    CAST(NULL AS BIGINT) AS `antal`,
    CAST(NULL AS STRING) AS `datafejl`,
    CAST(CASE WHEN (
      CAST(NULL AS STRING)
    ) IS NULL THEN `_x` END AS STRING) AS `undtagelse`,
    CAST(NULL AS BIGINT) AS `fakta_antal`,
    CAST(CASE
      WHEN (
        (
          CAST(NULL AS STRING)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN TRUE
      WHEN (
        (
          CAST(NULL AS STRING)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 3
      THEN TRUE
      WHEN (
        (
          CAST(NULL AS STRING)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 4
      THEN TRUE
    END AS BOOLEAN) AS `fakta_begynder`,
    CAST(CASE
      WHEN (
        (
          CAST(NULL AS STRING)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN `_l_dato`
    END AS DATE) AS `fakta_dato`,
    CAST(NULL AS DATE) AS `fakta_ende`,
    CAST(NULL AS STRING) AS `fakta_ental`,
    CAST(NULL AS STRING) AS `fakta_flertal`,
    CAST(CASE
      WHEN (
        (
          CAST(NULL AS STRING)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN `_l_frist`
      WHEN (
        (
          CAST(NULL AS STRING)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 3
      THEN `_l_frist`
      WHEN (
        (
          CAST(NULL AS STRING)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 4
      THEN `_l_frist`
    END AS DATE) AS `fakta_frist`,
    CAST(NULL AS INT) AS `fakta_graense_maaneder`,
    CAST(NULL AS INT) AS `fakta_graense_dage`,
    CAST(CASE
      WHEN (
        (
          CAST(NULL AS STRING)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN 'første tilbud'
      WHEN (
        (
          CAST(NULL AS STRING)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 3
      THEN 'første tilbud'
      WHEN (
        (
          CAST(NULL AS STRING)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 4
      THEN 'første tilbud'
    END AS STRING) AS `fakta_hvad`,
    CAST(NULL AS BIGINT) AS `fakta_krav`,
    CAST(NULL AS DATE) AS `fakta_start`
  FROM r28_255
  WHERE
    NOT (
      `_art`
    ) IS NULL
  UNION ALL
  SELECT
    CAST(`_nr` AS BIGINT) AS `sag_nr`,
    CAST(`id` AS STRING) AS `id`,
    CAST('reaktion_på_frafaldsbesked' AS STRING) AS `regel`,
    CAST(30 AS INT) AS `regel_nr`,
    CAST(CASE WHEN NOT (
      CAST(NULL AS STRING)
    ) IS NULL THEN -1 ELSE `_i` END AS BIGINT) AS `instans`,
    CAST(`_art` AS STRING) AS `art`,
    CAST(CASE
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN 'hver_opfylder_ikke'
    END AS STRING) AS `besked`,
    CAST(NULL AS DATE) AS `frist`,
    CAST(CASE
      WHEN (
        COALESCE(`_f0`, `_f1`)
      ) IS NULL
      THEN CONCAT('frafaldsbeskeder[', CAST(`_i` AS STRING), ']')
    END AS STRING) AS `element`,
    CAST(NULL AS BIGINT) AS `antal`,
    CAST(COALESCE(`_f0`, `_f1`) AS STRING) AS `datafejl`,
    CAST(CASE WHEN (
      COALESCE(`_f0`, `_f1`)
    ) IS NULL THEN `_x` END AS STRING) AS `undtagelse`,
    CAST(NULL AS BIGINT) AS `fakta_antal`,
    CAST(NULL AS BOOLEAN) AS `fakta_begynder`,
    CAST(CASE
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN `_l_dato`
    END AS DATE) AS `fakta_dato`,
    CAST(NULL AS DATE) AS `fakta_ende`,
    CAST(NULL AS STRING) AS `fakta_ental`,
    CAST(NULL AS STRING) AS `fakta_flertal`,
    CAST(NULL AS DATE) AS `fakta_frist`,
    CAST(NULL AS INT) AS `fakta_graense_maaneder`,
    CAST(NULL AS INT) AS `fakta_graense_dage`,
    CAST(CASE
      WHEN (
        (
          COALESCE(`_f0`, `_f1`)
        ) IS NULL AND (
          `_x`
        ) IS NULL
      )
      AND `_o` = 0
      THEN 'frafaldsbesked'
    END AS STRING) AS `fakta_hvad`,
    CAST(NULL AS BIGINT) AS `fakta_krav`,
    CAST(NULL AS DATE) AS `fakta_start`
  FROM r30_269
  WHERE
    NOT (
      `_art`
    ) IS NULL
) AS _alle;
