"""Dutch text of demo project proposals, their assessments and review comments."""

from __future__ import annotations

# Per criterion key (coachdesk.domain.regions.DEFAULT_CRITERIA), the sentences a proposal's
# section grows from, version by version. Placeholders: {regio}, {promotor}, {gemeenten},
# {aantal}, {agii}, {partner}.
SECTIONS: dict[str, tuple[str, ...]] = {
    "leadership": (
        "{promotor} treedt op als promotor en netwerkleider van het organisatienetwerk {regio}.",
        "Een stuurgroep met een schepen van elk deelnemend bestuur komt vier keer per jaar samen.",
        "Beslissingen over het actieplan en de begroting neemt de stuurgroep bij consensus.",
        "Een werkgroep van ambtenaren samenleven bereidt de stuurgroep voor.",
        "De netwerkcoach rapporteert maandelijks aan de stuurgroep.",
        "Elk bestuur duidt een vaste contactpersoon aan voor het netwerk.",
    ),
    "partners": (
        "{aantal} lokale besturen engageren zich om deel te nemen: {gemeenten}.",
        "{agii} is partner voor de toeleiding van nieuwkomers.",
        "{partner} brengt zijn netwerk van vrijwilligersorganisaties in.",
        "Lokale werkgevers worden via de ondernemersverenigingen betrokken.",
        "De engagementsverklaringen van alle partners zitten in bijlage.",
        "Het OCMW en de sociale huizen zijn betrokken als doorverwijzers.",
    ),
    "analysis": (
        "In de regio {regio} starten jaarlijks enkele honderden nieuwkomers een inburgeringstraject.",
        "Het aanbod vrijwilligerswerk is groot maar versnipperd over de gemeenten.",
        "Kennismakingsstages bij bedrijven bestaan vandaag nauwelijks.",
        "Buddywerkingen zijn er enkel in de grotere gemeenten.",
        "Mobiliteit is een drempel in de landelijke gemeenten van de regio.",
        "De analyse steunt op cijfers van AgII en een bevraging van de partners.",
    ),
    "action_plan": (
        "Het netwerk koppelt nieuwkomers aan een buddy binnen zes weken na hun aanmelding.",
        "Elk jaar organiseert het netwerk minstens dertig kennismakingsstages bij lokale bedrijven.",
        "Verenigingen krijgen een opleiding om nieuwkomers als vrijwilliger te onthalen.",
        "Een regionale databank bundelt het aanbod van vrijwilligerswerk en stages.",
        "Per kwartaal is er een ontmoetingsmoment voor buddy's en nieuwkomers.",
        "Het participatietraject van 40 uur wordt per nieuwkomer opgevolgd door de netwerkcoach.",
        "Taalondersteuning op de werkvloer gebeurt samen met de lokale taalcafés.",
    ),
    "accessibility": (
        "Het aanbod is verspreid over alle deelnemende gemeenten.",
        "Activiteiten vinden plaats op momenten die combineerbaar zijn met werk en kinderopvang.",
        "Er is aandacht voor nieuwkomers met een beperkte kennis van het Nederlands.",
        "Vervoerskosten naar stageplaatsen worden terugbetaald.",
        "Het netwerk werkt met laagdrempelige communicatie in eenvoudig Nederlands.",
    ),
    "cooperation": (
        "Met {agii} zijn afspraken gemaakt over doorverwijzing en terugkoppeling.",
        "Het middenveld zetelt in de werkgroep van het netwerk.",
        "Het netwerk sluit aan bij het lerend netwerk van VVSG.",
        "Samenwerkingsafspraken worden jaarlijks geëvalueerd.",
        "{partner} ondersteunt de verenigingen bij het onthaal van nieuwkomers.",
    ),
    "staffing": (
        "Het project voorziet een voltijdse netwerkcoach en een halftijdse regiocoördinator.",
        "De personeelskost bedraagt 75 procent van de totale begroting.",
        "De werkingsmiddelen dekken vervoer, vorming en ontmoetingsmomenten.",
        "De deelnemende besturen dragen samen de eigen inbreng.",
        "De regiocoördinator wordt tewerkgesteld bij {promotor}.",
    ),
    "monitoring": (
        "Het netwerk volgt het aantal trajecten, stages en buddykoppels per gemeente op.",
        "Twee keer per jaar is er een evaluatie met de partners.",
        "Nieuwkomers geven feedback via een korte bevraging na hun traject.",
        "De resultaten worden gedeeld in het lerend netwerk.",
    ),
    "continuity": (
        "Na de projectperiode nemen de besturen de coördinatie samen over.",
        "De regionale databank blijft beheerd door {promotor}.",
        "Het netwerk zoekt bijkomende financiering bij de provincie.",
        "Vrijwilligers die nu opgeleid worden, blijven buddy na het project.",
    ),
}

CHANGES = (
    "Het actieplan is uitgebreid met concrete aantallen per gemeente.",
    "De begroting is aangepast na de feedback van de coach.",
    "De engagementsverklaringen van de partners zijn toegevoegd.",
    "De rol van AgII is verduidelijkt.",
    "De analyse van de noden is aangevuld met recente cijfers.",
    "De taakverdeling tussen netwerkcoach en regiocoördinator is herschreven.",
)

ASSESSMENT_COMMENTS: dict[str, tuple[str, ...]] = {
    "missing": ("Dit onderdeel ontbreekt nog.", "Nog niet uitgewerkt in deze versie."),
    "weak": ("Te algemeen; maak concreet wie wat doet in welke gemeente.",
             "Er zijn nog geen cijfers of doelen.", "Onvoldoende onderbouwd."),
    "sufficient": ("In orde, met enkele verduidelijkingen.", "Voldoende, maar kan concreter.",
                   "Goed op weg."),
    "strong": ("Sterk uitgewerkt.", "Helder en overtuigend.", ""),
}

REVIEW_COMMENTS: dict[str, tuple[str, ...]] = {
    "leadership": ("Wie zit in de stuurgroep en hoe vaak komt die samen?",
                   "Beschrijf hoe beslissingen genomen worden als besturen het oneens zijn."),
    "partners": ("Vermeld welke gemeenten al een collegebeslissing namen.",
                 "Voeg de engagementsverklaringen van de partners toe als bijlage."),
    "analysis": ("Maak de analyse van de noden concreter met cijfers per gemeente.",
                 "Welk aanbod bestaat er al in de kleinere gemeenten?"),
    "action_plan": ("Hoeveel kennismakingsstages plant het netwerk per jaar?",
                    "Hoe worden buddy's geworven en begeleid?"),
    "accessibility": ("Hoe bereik je nieuwkomers die niet via AgII komen?",
                      "Hoe vang je de mobiliteitsdrempel op in de landelijke gemeenten?"),
    "cooperation": ("Licht toe hoe AgII betrokken wordt bij de toeleiding.",
                    "Welke rol krijgt het middenveld in de werkgroep?"),
    "staffing": ("De begroting voorziet geen werkingsmiddelen voor vrijwilligers.",
                 "De taakverdeling tussen netwerkcoach en regiocoördinator is niet duidelijk."),
    "monitoring": ("Welke indicatoren volg je op, en hoe vaak?",),
    "continuity": ("Beschrijf hoe het netwerk na de projectperiode verder loopt.",),
}
LOCATIONS = ("p. 2", "p. 3", "p. 5", "§ 2.1", "§ 3.2", "hoofdstuk 4", "bijlage 1",
             "begroting, tabel 2", "")
