-- Genereret af Regelsprog ud fra rules/. Ret ikke i filen: ret reglerne og kør `regel byg`.
SELECT
  regel,
  SUM(CASE WHEN gruppe = 'tæller' THEN 1 ELSE 0 END) AS taeller,
  SUM(CASE WHEN gruppe = 'tæller' THEN 1 ELSE 0 END) + SUM(CASE WHEN gruppe = 'tæller_ikke' THEN 1 ELSE 0 END) AS naevner,
  SUM(CASE WHEN gruppe = 'datafejl' THEN 1 ELSE 0 END) AS antal_med_datafejl,
  CAST(SUM(CASE WHEN gruppe = 'tæller' THEN 1 ELSE 0 END) AS DOUBLE) / NULLIF(
    SUM(CASE WHEN gruppe = 'tæller' THEN 1 ELSE 0 END) + SUM(CASE WHEN gruppe = 'tæller_ikke' THEN 1 ELSE 0 END),
    0
  ) AS andel
FROM population
GROUP BY
  regel,
  regel_nr
ORDER BY
  regel_nr;
