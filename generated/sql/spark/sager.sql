-- Genereret af Regelsprog ud fra rules/. Ret ikke i filen: ret reglerne og kør `regel byg`.
CREATE TABLE sager (
  `_nr` BIGINT,
  `_skaeringsdato` DATE,
  `id` STRING,
  `ydelse` STRING,
  `visitation` STRING,
  `i_integrationsprogram` BOOLEAN,
  `har_arbejdsgiver` BOOLEAN,
  `forløbsstart` DATE,
  `forløbsslut` DATE,
  `første_henvendelse` DATE,
  `første_fraværsdag` DATE,
  `samtaler` ARRAY<STRUCT<`dato`: DATE, `form`: STRING, `aktør`: STRING>>,
  `tilbud` ARRAY<
    STRUCT<
      `type`: STRING,
      `start`: DATE,
      `slut`: DATE,
      `arbejdsgiver`: STRING,
      `ret_og_pligt`: BOOLEAN,
      `selvfundet`: BOOLEAN
    >
  >,
  `uddannelsesstart` DATE,
  `mentor` STRUCT<`start`: DATE, `slut`: DATE, `forlænget`: BOOLEAN>,
  `frafaldsbeskeder` ARRAY<STRUCT<`modtaget`: DATE, `reaktion`: DATE>>,
  `indstillinger` ARRAY<STRUCT<`dato`: DATE, `afvist`: BOOLEAN, `begrundelse`: STRING>>,
  `ordinære_løntimer_12_mdr` DOUBLE,
  `fritagelse` STRUCT<`årsag`: STRING, `fra`: DATE, `overgang`: DATE>
);
