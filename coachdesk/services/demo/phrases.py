"""Dutch text templates for contact moments, actions and a region's progress."""

from __future__ import annotations

# Placeholders: {regio} region, {gemeente}/{gemeente2} municipalities of the region,
# {promotor} (candidate) network leader, {naam} a participant, {onderwerp} a topic.
TOPICS = (
    "netwerkleiderschap", "de kennismakingsstages", "de buddywerking",
    "vrijwilligerswerk voor nieuwkomers", "de deadline van oproep 41",
    "het budget voor de netwerkcoach", "de collegebeslissing", "de partnerengagementen",
    "de 40 uur participatietraject", "de samenwerking met AgII",
)

SUBJECTS: dict[str, tuple[str, ...]] = {
    "info_session": ("Infosessie oproep 41 voor lokale besturen",
                     "Infosessie participatietraject {regio}"),
    "connect_session": ("Connecteersessie {regio}", "Connecteersessie lokale besturen en middenveld"),
    "phone": ("Telefoon met {naam} over {onderwerp}", "Belafspraak {gemeente}: stand van zaken"),
    "email": ("Mail over {onderwerp}", "Vraag van {gemeente} over {onderwerp}",
              "Infobrochure participatietraject doorgestuurd"),
    "bilateral": ("Bilateraal overleg met {gemeente}", "Gesprek met {naam} over {onderwerp}"),
    "regional_meeting": ("Regio-overleg {regio}", "Regio-overleg over {onderwerp}"),
    "writing_session": ("Schrijfsessie projectvoorstel {regio}",
                        "Schrijfsessie actieplan met {promotor}"),
    "draft_feedback": ("Feedback op ontwerp projectvoorstel {regio}",
                       "Bespreking feedback projectvoorstel met {promotor}"),
    "kick_off": ("Kick-off regionaal organisatienetwerk {regio}",),
    "other": ("Lerend netwerk VVSG", "Netwerkmoment {regio}"),
}

SENTENCES: dict[str, tuple[str, ...]] = {
    "any": (
        "{gemeente} wil meedoen, maar wacht nog op een beslissing van het college.",
        "{gemeente2} heeft weinig personeel voor samenleven en twijfelt nog.",
        "We bespraken hoe nieuwkomers in {gemeente} een buddy kunnen vinden.",
        "Via de vrijwilligerscentrale is er al een ruim aanbod vrijwilligerswerk in {gemeente2}.",
        "Kennismakingsstages bij lokale bedrijven blijken moeilijk; {gemeente} denkt aan een werkgeversevent.",
        "AgII bevestigt dat de trajectbegeleiders nieuwkomers rechtstreeks kunnen doorverwijzen.",
        "Afgesproken om tegen het volgende overleg een overzicht van het bestaande aanbod te maken.",
        "{naam} bezorgt de contactgegevens van de lokale verenigingen.",
        "De vraag over de 40 uur participatietraject is beantwoord.",
        "{naam} vraagt om de infobrochure ook in het Engels en het Frans te bezorgen.",
    ),
    "early": (
        "{gemeente} en {gemeente2} kregen de presentatie over oproep 41.",
        "Veel vragen over wat een netwerkleider precies moet doen.",
        "{promotor} lijkt de logische trekker, maar dat is nog niet besproken in het college.",
        "De rol van de promotor en het budget voor de netwerkcoach werden toegelicht.",
    ),
    "leader": (
        "{promotor} is bereid om promotor te zijn als de andere besturen mee engageren.",
        "De engagementen van de partners moeten nog schriftelijk bevestigd worden.",
        "{gemeente} wil aansluiten maar geen eigen middelen inbrengen.",
    ),
    "drafting": (
        "Het actieplan is concreter geworden; de begroting mist nog de loonkost van de regiocoördinator.",
        "De analyse van het bestaande aanbod in {gemeente} en {gemeente2} moet nog aangevuld worden.",
        "{promotor} stuurt de volgende versie van het projectvoorstel binnen twee weken.",
        "Samen met {promotor} de hoofdstukken governance en actieplan doorgenomen.",
        "Afspraak om de engagementsverklaringen als bijlage toe te voegen.",
    ),
    "started": (
        "De netwerkcoach stelde zich voor aan de partners.",
        "Eerste afspraken gemaakt over de kennismakingsstages in {gemeente}.",
        "De regiocoördinator plant een ronde langs alle gemeenten.",
    ),
}

ACTIONS: dict[str, tuple[str, ...]] = {
    "early": (
        "Infobrochure participatietraject doorsturen naar {gemeente}",
        "Regio-overleg plannen", "Afspraak maken met de schepen van samenleven van {gemeente}",
        "Presentatie infosessie bezorgen aan {gemeente2}",
        "Overzicht bestaand aanbod kennismakingsstages opvragen",
        "AgII uitnodigen voor het volgende overleg",
    ),
    "leader": (
        "Collegebeslissing opvragen bij {gemeente}", "Partnerengagementen verzamelen",
        "Kandidatuur {promotor} als promotor opvolgen", "Regio-overleg plannen",
        "Buddywerking {gemeente} in kaart brengen",
    ),
    "drafting": (
        "Ontwerp projectvoorstel nalezen", "Herinneren aan deadline indiening",
        "Feedback op de laatste versie bezorgen aan {promotor}",
        "Begroting netwerkcoach en regiocoördinator nakijken",
        "Engagementsverklaringen partners bezorgen", "Partnerengagementen verzamelen",
    ),
    "started": (
        "Datum kick-off vastleggen", "Verslag regio-overleg rondsturen",
        "Vacature netwerkcoach verspreiden", "Lerend netwerk voorbereiden met {promotor}",
    ),
}

STAGE_REASONS: dict[int, tuple[str, ...]] = {
    0: ("Regio opgenomen in de opvolging van oproep 41.",),
    1: ("Lokale besturen woonden de infosessie over oproep 41 bij.",
        "De infosessie en de brochure zijn bij alle lokale besturen geraakt."),
    2: ("Eerste regio-overleg over netwerkleiderschap gehouden.",
        "Bilaterale gesprekken gestart met {gemeente} en {gemeente2}."),
    3: ("{promotor} bevestigt dat het promotor wil zijn.",
        "Het college van {promotor} besliste om het netwerk te trekken."),
    4: ("Schrijfproces projectvoorstel gestart met {promotor}.",),
    5: ("Projectvoorstel ingediend bij Europa WSE.",),
    6: ("Europa WSE keurde het projectvoorstel goed.",),
    7: ("Netwerkcoach en regiocoördinator aangeworven; kick-off gehouden.",),
}
STEP_BACK_REASON = ("{promotor} trekt zich na de verkiezingen terug als promotor; "
                    "de zoektocht naar een netwerkleider herbegint.")
CHANGES_REQUESTED_REASON = "Europa WSE vraagt een bijsturing van de begroting en het actieplan."
EVIDENCE_NOTES: dict[int, str] = {
    1: "Aanwezigheidslijst infosessie", 2: "Verslag regio-overleg",
    3: "Collegebeslissing van {datum}", 4: "E-mail van de promotor van {datum}",
    5: "Ontvangstbevestiging Europa WSE van {datum}", 6: "Brief van Europa WSE van {datum}",
    7: "Verslag kick-off",
}

NEXT_STEPS: dict[int, str] = {
    0: "Eerste contact leggen met de burgemeesters",
    1: "Regio-overleg over netwerkleiderschap plannen",
    2: "Kandidaat-promotor opvolgen",
    3: "Schrijfproces projectvoorstel opstarten",
    4: "Feedback op de laatste versie bezorgen",
    5: "Beslissing van Europa WSE afwachten",
    6: "Aanwerving netwerkcoach opvolgen",
    7: "Eerste lerend netwerk voorbereiden",
}

MEMBERSHIP_NOTES: dict[str, tuple[str, ...]] = {
    "joined": ("Collegebeslissing van {datum}.", "Engagementsverklaring ontvangen op {datum}.", ""),
    "declined": ("Geen personeel beschikbaar voor samenleven.",
                 "Sluit liever aan bij het netwerk van een buurregio.", ""),
    "interested": ("Wacht op duidelijkheid over de bijdrage per inwoner.",
                   "Agendeert het op het college van volgende maand.", ""),
    "informed": ("",),
}

CANDIDACY_RATIONALES = (
    "Grootste stad van de regio met een eigen dienst samenleven.",
    "Heeft ervaring als promotor van een eerder ESF-project.",
    "Ligt centraal in de regio en heeft een sterk sociaal huis.",
    "Trekt al het regionale overleg welzijn.",
)
CANDIDACY_NOTES: dict[str, str] = {
    "proposed": "Voorgesteld op het regio-overleg.",
    "approached": "Bilateraal gesprek met burgemeester en schepen van samenleven.",
    "considering": "Het college neemt het voorstel in beraad.",
    "accepted": "Collegebeslissing: aanvaard.",
    "declined": "Collegebeslissing: afgewezen.",
}
WITHDRAWN_NOTE = "Het nieuwe college trekt het promotorschap in na de verkiezingen."
