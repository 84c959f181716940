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
</TS>
