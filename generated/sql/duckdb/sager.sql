-- Genereret af Regelsprog ud fra rules/. Ret ikke i filen: ret reglerne og kør `regel byg`.
CREATE TABLE sager (
  "_nr" BIGINT,
  "_skaeringsdato" DATE,
  "id" TEXT,
  "ydelse" TEXT,
  "visitation" TEXT,
  "i_integrationsprogram" BOOLEAN,
  "har_arbejdsgiver" BOOLEAN,
  "forløbsstart" DATE,
  "forløbsslut" DATE,
  "første_henvendelse" DATE,
  "første_fraværsdag" DATE,
  "samtaler" STRUCT("dato" DATE, "form" TEXT, "aktør" TEXT)[],
  "tilbud" STRUCT(
    "type" TEXT,
    "start" DATE,
    "slut" DATE,
    "arbejdsgiver" TEXT,
    "ret_og_pligt" BOOLEAN,
    "selvfundet" BOOLEAN
  )[],
  "uddannelsesstart" DATE,
  "mentor" STRUCT("start" DATE, "slut" DATE, "forlænget" BOOLEAN),
  "frafaldsbeskeder" STRUCT("modtaget" DATE, "reaktion" DATE)[],
  "indstillinger" STRUCT("dato" DATE, "afvist" BOOLEAN, "begrundelse" TEXT)[],
  "ordinære_løntimer_12_mdr" DOUBLE,
  "fritagelse" STRUCT("årsag" TEXT, "fra" DATE, "overgang" DATE)
);
