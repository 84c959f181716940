<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
<context>
    <name>ReportDialog</name>
    <message>
        <source>Progress report</source>
        <translation>Voortgangsrapport</translation>
    </message>
    <message>
        <source>A PDF for the steering group: where each region stands, the road so far month by month, the stalled regions, half a page per region and what changed in the period.</source>
        <translation>Een pdf voor de stuurgroep: waar elke regio staat, de weg tot nu maand per maand, de stilgevallen regio&apos;s, een halve pagina per regio en wat er in de periode veranderde.</translation>
    </message>
    <message>
        <source>&amp;Make report</source>
        <translation>Rapport &amp;maken</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Geen</translation>
    </message>
    <message>
        <source>&amp;Regions:</source>
        <translation>&amp;Regio&apos;s:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>&amp;Changes from:</source>
        <translation>&amp;Wijzigingen van:</translation>
    </message>
    <message>
        <source>&amp;Without personal data (names of people become their organisation, in free text too)</source>
        <translation>&amp;Zonder persoonsgegevens (namen van personen worden hun organisatie, ook in vrije tekst)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Be&amp;stand:</translation>
    </message>
    <message>
        <source>Choose at least one region.</source>
        <translation>Kies minstens één regio.</translation>
    </message>
    <message>
        <source>The file name must end in .pdf.</source>
        <translation>De bestandsnaam moet eindigen op .pdf.</translation>
    </message>
    <message>
        <source>The period must start before it ends.</source>
        <translation>De periode moet beginnen voor ze eindigt.</translation>
    </message>
    <message>
        <source>Making the progress report…</source>
        <translation>Het voortgangsrapport wordt gemaakt…</translation>
    </message>
    <message>
        <source>Report cancelled; no file was written.</source>
        <translation>Rapport geannuleerd; er werd geen bestand geschreven.</translation>
    </message>
</context>
<context>
    <name>ReportMenu</name>
    <message>
        <source>Progress report saved: %1</source>
        <translation>Voortgangsrapport bewaard: %1</translation>
    </message>
    <message>
        <source>&amp;Progress report…</source>
        <translation>&amp;Voortgangsrapport…</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Progress report</source>
        <translation>Voortgangsrapport</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Pdf-document (*.pdf)</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Progress report, call 41</source>
        <translation>Voortgangsrapport oproep 41</translation>
    </message>
    <message>
        <source>Regional organisation networks for newcomers&apos; participation</source>
        <translation>Regionale organisatienetwerken voor de participatie van nieuwkomers</translation>
    </message>
    <message>
        <source>State of affairs on {day}</source>
        <translation>Stand van zaken op {day}</translation>
    </message>
    <message>
        <source>Prepared by {coach} with CoachDesk {version}</source>
        <translation>Opgemaakt door {coach} met CoachDesk {version}</translation>
    </message>
    <message>
        <source>Prepared with CoachDesk {version}</source>
        <translation>Opgemaakt met CoachDesk {version}</translation>
    </message>
    <message>
        <source>all {n} regions</source>
        <translation>alle {n} regio&apos;s</translation>
    </message>
    <message>
        <source>{n} of the regions: {names}</source>
        <translation>{n} van de regio&apos;s: {names}</translation>
    </message>
    <message>
        <source>without personal data: people&apos;s names are replaced by their organisation</source>
        <translation>zonder persoonsgegevens: namen van personen zijn vervangen door hun organisatie</translation>
    </message>
    <message>
        <source>Where the regions stand today</source>
        <translation>Waar de regio&apos;s vandaag staan</translation>
    </message>
    <message>
        <source>{n} regions</source>
        <translation>{n} regio&apos;s</translation>
    </message>
    <message>
        <source>1 region</source>
        <translation>1 regio</translation>
    </message>
    <message>
        <source>The road so far: regions per stage, month by month</source>
        <translation>De weg tot nu: aantal regio&apos;s per fase, maand per maand</translation>
    </message>
    <message>
        <source>Each colour is a stage; the height of a band is the number of regions in that stage at the end of the month.</source>
        <translation>Elke kleur is een fase; de hoogte van een band is het aantal regio&apos;s in die fase op het einde van de maand.</translation>
    </message>
    <message>
        <source>Stalled regions</source>
        <translation>Stilgevallen regio&apos;s</translation>
    </message>
    <message>
        <source>No region has stalled: every region had contact in the last {days} days.</source>
        <translation>Geen enkele regio is stilgevallen: elke regio had contact in de laatste {days} dagen.</translation>
    </message>
    <message>
        <source>{stage}; {contact}; {in_stage}.</source>
        <translation>{stage}; {contact}; {in_stage}.</translation>
    </message>
    <message>
        <source>no contact yet</source>
        <translation>nog geen contact</translation>
    </message>
    <message>
        <source>no contact for {n} days</source>
        <translation>geen contact sinds {n} dagen</translation>
    </message>
    <message>
        <source>{n} days in this stage</source>
        <translation>{n} dagen in deze fase</translation>
    </message>
    <message>
        <source>A region has stalled when it had no contact for {days} days or more.</source>
        <translation>Een regio is stilgevallen als ze {days} dagen of langer geen contact had.</translation>
    </message>
    <message>
        <source>since {day} ({n} days)</source>
        <translation>sinds {day} ({n} dagen)</translation>
    </message>
    <message>
        <source>Network leader</source>
        <translation>Netwerkleider</translation>
    </message>
    <message>
        <source>not found yet</source>
        <translation>nog niet gevonden</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Gemeenten</translation>
    </message>
    <message>
        <source>{joined} of {total} joined</source>
        <translation>{joined} van {total} aangesloten</translation>
    </message>
    <message>
        <source>none of the {total} joined yet</source>
        <translation>nog geen van de {total} aangesloten</translation>
    </message>
    <message>
        <source>Project proposal</source>
        <translation>Projectvoorstel</translation>
    </message>
    <message>
        <source>no version received yet</source>
        <translation>nog geen versie ontvangen</translation>
    </message>
    <message>
        <source>version {n}, received on {day}: {status}</source>
        <translation>versie {n}, ontvangen op {day}: {status}</translation>
    </message>
    <message>
        <source>status: {status}</source>
        <translation>status: {status}</translation>
    </message>
    <message>
        <source>Rating per criterion (latest version)</source>
        <translation>Beoordeling per criterium (laatste versie)</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>niet beoordeeld</translation>
    </message>
    <message>
        <source>Latest contacts</source>
        <translation>Laatste contacten</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>{open} open, {late} of them overdue</source>
        <translation>{open} open, waarvan {late} te laat</translation>
    </message>
    <message>
        <source>{open} open, none overdue</source>
        <translation>{open} open, geen enkele te laat</translation>
    </message>
    <message>
        <source>The road</source>
        <translation>Verloop</translation>
    </message>
    <message>
        <source>status now: {status}</source>
        <translation>status nu: {status}</translation>
    </message>
    <message>
        <source>{stages} stage changes, {leaders} new network leaders and {versions} versions of project proposals received.</source>
        <translation>{stages} faseovergangen, {leaders} nieuwe netwerkleiders en {versions} ontvangen versies van projectvoorstellen.</translation>
    </message>
    <message>
        <source>versions {first} to {last} received ({n})</source>
        <translation>versies {first} tot {last} ontvangen ({n})</translation>
    </message>
    <message>
        <source>the first on {day}; the latest now: {status}</source>
        <translation>de eerste op {day}; de laatste nu: {status}</translation>
    </message>
    <message>
        <source>In this report</source>
        <translation>In dit rapport</translation>
    </message>
    <message>
        <source>Pages 2 to {last}: each region on half a page, in alphabetical order: stage and road so far, network leader, municipalities joined, the project proposal with its rating, the latest contacts, open actions and the next step.</source>
        <translation>Pagina 2 tot {last}: elke regio op een halve pagina, in alfabetische volgorde: fase en verloop, netwerkleider, aangesloten gemeenten, het projectvoorstel met zijn beoordeling, de laatste contacten, openstaande acties en de volgende stap.</translation>
    </message>
    <message>
        <source>Page 2: each region on half a page: stage and road so far, network leader, municipalities joined, the project proposal with its rating, the latest contacts, open actions and the next step.</source>
        <translation>Pagina 2: elke regio op een halve pagina: fase en verloop, netwerkleider, aangesloten gemeenten, het projectvoorstel met zijn beoordeling, de laatste contacten, openstaande acties en de volgende stap.</translation>
    </message>
    <message>
        <source>Page {first}: what changed from {start} to {end}.</source>
        <translation>Pagina {first}: wat veranderde van {start} tot {end}.</translation>
    </message>
    <message>
        <source>Pages {first} to {last}: what changed from {start} to {end}.</source>
        <translation>Pagina {first} tot {last}: wat veranderde van {start} tot {end}.</translation>
    </message>
    <message>
        <source>no open actions</source>
        <translation>geen open acties</translation>
    </message>
    <message>
        <source>due on {day}</source>
        <translation>vervallen op {day}</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Volgende stap</translation>
    </message>
    <message>
        <source>no next step recorded</source>
        <translation>geen volgende stap vastgelegd</translation>
    </message>
    <message>
        <source>by {day}</source>
        <translation>tegen {day}</translation>
    </message>
    <message>
        <source>What changed from {start} to {end}</source>
        <translation>Wat veranderde van {start} tot {end}</translation>
    </message>
    <message>
        <source>What changed (continued)</source>
        <translation>Wat veranderde (vervolg)</translation>
    </message>
    <message>
        <source>Nothing changed in stages, network leaders or proposal versions in this period.</source>
        <translation>In deze periode veranderde er niets aan fasen, netwerkleiders of voorstelversies.</translation>
    </message>
    <message>
        <source>Stage changes, new network leaders and proposal versions received, as the handoff workbook&apos;s Wijzigingen sheet also tracks them.</source>
        <translation>Faseovergangen, nieuwe netwerkleiders en ontvangen versies van het projectvoorstel, zoals ook het blad Wijzigingen van de overdracht ze bijhoudt.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Voorstel</translation>
    </message>
    <message>
        <source>version {n} received</source>
        <translation>versie {n} ontvangen</translation>
    </message>
    <message>
        <source>before: {name}</source>
        <translation>voordien: {name}</translation>
    </message>
    <message>
        <source>page {n} of {total}</source>
        <translation>pagina {n} van {total}</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Kleuren</translation>
    </message>
    <message>
        <source>stage {n} of {total}</source>
        <translation>fase {n} van {total}</translation>
    </message>
    <message>
        <source>Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec</source>
        <translation>jan feb mrt apr mei jun jul aug sep okt nov dec</translation>
    </message>
</context>
</TS>
