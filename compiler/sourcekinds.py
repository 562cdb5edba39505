"""The kinds of source a rule may cite (`kilde … art <kind>`) and what weight each kind has in
Danish law, as the documentation tells a reader. A source's own `vægt "…"` adds what is
particular to it (for example that an agreement has since been carried out by law)."""

from __future__ import annotations

# kind -> (what it is, its legal weight), both Danish, for the documentation
SOURCE_KINDS: dict[str, tuple[str, str]] = {
    "lov": ("Lov", "Bindende retsregel."),
    "bekendtgørelse": ("Bekendtgørelse", "Bindende retsregel, udstedt af en minister med hjemmel i en lov."),
    "lovforslag": ("Lovforslag", "Ikke selv gældende ret; lovforslagets bemærkninger bruges, når den vedtagne "
                   "lov skal fortolkes."),
    "høringsnotat": ("Høringsnotat", "Ministeriets svar på høringssvarene til et lovforslag. Forklarer, hvordan "
                     "loven er tænkt, men er ikke selv en retsregel."),
    "politisk_aftale": ("Politisk aftale", "Binder aftalepartierne politisk. Bliver først gældende ret, når den "
                        "er gennemført ved lov."),
    "vejledning": ("Vejledning", "Myndighedens beskrivelse af reglerne. Binder ikke borgeren og går ikke forud "
                   "for loven."),
    "overblik": ("Overblik fra en organisation", "En andens gengivelse af en aftale eller lov, fx fra KL. Ikke en "
                 "retskilde; brug den til at finde frem til den egentlige kilde."),
    "kommunalt_bilag": ("Kommunalt udvalgsbilag", "Viser, hvordan en kommune forstår og vil bruge reglerne. Ikke "
                        "en retskilde og gælder kun den kommune."),
}
