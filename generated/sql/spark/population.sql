-- Genereret af Regelsprog ud fra rules/. Ret ikke i filen: ret reglerne og kør `regel byg`.
WITH _sager_tilbud AS (
  SELECT
    `_nr`,
    `id` AS `id`,
    `ydelse` AS `ydelse`,
    COALESCE(`i_integrationsprogram`, FALSE) AS `i_integrationsprogram`,
    `forløbsstart` AS `forløbsstart`,
    `forløbsslut` AS `forløbsslut`,
    COALESCE(
      TRANSFORM(
        `tilbud`,
        _x50 -> STRUCT(
          _x50.`type` AS `type`,
          _x50.`start` AS `start`,
          _x50.`slut` AS `slut`,
          _x50.`arbejdsgiver` AS `arbejdsgiver`,
          COALESCE(_x50.`ret_og_pligt`, FALSE) AS `ret_og_pligt`,
          COALESCE(_x50.`selvfundet`, FALSE) AS `selvfundet`
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
    COALESCE(`ordinære_løntimer_12_mdr`, 0) AS `ordinære_løntimer_12_mdr`,
    COALESCE(sager.`_skaeringsdato`, parametre.`skaeringsdato`) AS `_e`
  FROM sager
  CROSS JOIN parametre
), p10_1 AS (
  SELECT
    *,
    `forløbsstart` <= `_e`
    AND (
      NOT (
        NOT (
          `forløbsslut`
        ) IS NULL
      ) OR `forløbsslut` >= `_e`
    ) AS `_a`,
    CASE
      WHEN `forløbsstart` <= `_e`
      THEN CASE
        WHEN NOT (
          NOT (
            NOT (
              `forløbsslut`
            ) IS NULL
          )
        )
        THEN CASE WHEN (
          `forløbsslut`
        ) IS NULL THEN 'forløbsslut' END
      END
    END AS `_f0`
  FROM _sager_tilbud
), p10_2 AS (
  SELECT
    *,
    `_e` AS `_d`
  FROM p10_1
), p10_3 AS (
  SELECT
    *,
    CASE
      WHEN `_d` <= CAST('2022-12-31' AS DATE)
      THEN 0
      WHEN CAST('2023-01-01' AS DATE) <= `_d`
      THEN 1
      ELSE CAST(NULL AS INT)
    END AS `_v`
  FROM p10_2
), p10_4 AS (
  SELECT
    *,
    SIZE(
      FILTER(
        `tilbud`,
        _x52 -> _x52.`start` <= `_e`
        AND _x52.`start` < CAST(DATE_ADD(`_e`, 1) AS DATE)
        AND (
          (
            CASE
              WHEN NOT (
                _x52.`slut`
              ) IS NULL AND _x52.`slut` <= `_e`
              THEN _x52.`slut`
              ELSE CAST(NULL AS DATE)
            END
          ) IS NULL
          OR CASE
            WHEN NOT (
              _x52.`slut`
            ) IS NULL AND _x52.`slut` <= `_e`
            THEN _x52.`slut`
            ELSE CAST(NULL AS DATE)
          END >= CAST(DATE_ADD(CAST(ADD_MONTHS(`_e`, -(
            12
          )) AS DATE), 1) AS DATE)
        )
        AND (
          (
            (
              NOT (
                _x52.`type` = 'øvrig_vejledning_og_opkvalificering'
              )
              OR CASE WHEN `_v` = 0 THEN TRUE WHEN `_v` = 1 THEN FALSE END
            )
            OR `ydelse` = 'uddannelseshjælp'
          )
          OR `i_integrationsprogram`
        )
      )
    ) >= 1
    OR (
      `ydelse` <> 'dagpenge'
      AND `ordinære_løntimer_12_mdr` >= CASE WHEN `_v` = 0 THEN 225 WHEN `_v` = 1 THEN 100 END
    ) AS `_c`,
    CASE WHEN `_v` = 0 THEN 0.8 WHEN `_v` = 1 THEN 0.7 END AS `_k`,
    CASE
      WHEN (
        `_f0`
      ) IS NULL AND `_a` AND NOT (
        `_v`
      ) IS NULL
      THEN TRY_ELEMENT_AT(
        FILTER(
          TRANSFORM(
            IF((
              SIZE(`tilbud`) - 1
            ) < 0, ARRAY(), SEQUENCE(0, (
              SIZE(`tilbud`) - 1
            ))),
            _i51 -> CASE
              WHEN ELEMENT_AT(`tilbud`, _i51 + 1).`start` <= `_e`
              THEN CASE
                WHEN ELEMENT_AT(`tilbud`, _i51 + 1).`start` < CAST(DATE_ADD(`_e`, 1) AS DATE)
                THEN CASE
                  WHEN (
                    NOT (
                      ELEMENT_AT(`tilbud`, _i51 + 1).`slut`
                    ) IS NULL
                    AND ELEMENT_AT(`tilbud`, _i51 + 1).`slut` <= `_e`
                  )
                  AND ELEMENT_AT(`tilbud`, _i51 + 1).`slut` < ELEMENT_AT(`tilbud`, _i51 + 1).`start`
                  THEN CONCAT(
                    CONCAT('tilbud[', CAST(_i51 AS STRING), '].slut'),
                    '|',
                    CAST(ELEMENT_AT(`tilbud`, _i51 + 1).`start` AS STRING),
                    '|',
                    CAST(ELEMENT_AT(`tilbud`, _i51 + 1).`slut` AS STRING)
                  )
                END
              END
            END
          ),
          _e53 -> NOT (
            _e53
          ) IS NULL
        ),
        0 + 1
      )
    END AS `_f1`
  FROM p10_3
)
SELECT
  *
FROM (
  SELECT
    CAST(`_nr` AS BIGINT) AS `sag_nr`,
    CAST(`id` AS STRING) AS `id`,
    CAST('fokusmål_aktive_tilbud' AS STRING) AS `regel`,
    CAST(10 AS INT) AS `regel_nr`,
    CAST(CASE
      WHEN NOT (
        COALESCE(`_f0`, `_f1`)
      ) IS NULL
      THEN 'datafejl'
      WHEN `_c`
      THEN 'tæller'
      ELSE 'tæller_ikke'
    END AS STRING) AS `gruppe`,
    CAST(CASE WHEN (
      COALESCE(`_f0`, `_f1`)
    ) IS NULL THEN `_k` END AS DOUBLE) AS `krav`,
    CAST(COALESCE(`_f0`, `_f1`) AS STRING) AS `datafejl`
  FROM p10_4
  WHERE
    NOT (
      COALESCE(`_f0`, `_f1`)
    ) IS NULL
    OR (
      (
        `_f0`
      ) IS NULL AND `_a` AND NOT (
        `_v`
      ) IS NULL
    )
) AS _alle;
