<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export for headquarters</source>
        <translation>Exporteren voor hoofdkantoor</translation>
    </message>
    <message>
        <source>Writes the workbook headquarters opens in Excel: one sheet per kind of record, with what changed since your last export.</source>
        <translation>Maakt de werkmap die het hoofdkantoor in Excel opent: één blad per soort gegevens, met wat er sinds je vorige export veranderde.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
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
        <source>&amp;Without personal data (names of people become their organisation; no contact persons sheet)</source>
        <translation>&amp;Zonder persoonsgegevens (namen van personen worden hun organisatie; geen blad Contactpersonen)</translation>
    </message>
    <message>
        <source>your name, as headquarters knows you</source>
        <translation>je naam, zoals het hoofdkantoor je kent</translation>
    </message>
    <message>
        <source>&amp;Coach:</source>
        <translation>&amp;Coach:</translation>
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
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <source>Choose at least one region.</source>
        <translation>Kies minstens één regio.</translation>
    </message>
    <message>
        <source>The file name must end in .xlsx.</source>
        <translation>De bestandsnaam moet op .xlsx eindigen.</translation>
    </message>
    <message>
        <source>Exporting the workbook…</source>
        <translation>De werkmap wordt geëxporteerd…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export geannuleerd; er werd geen bestand geschreven.</translation>
    </message>
</context>
<context>
    <name>HandoffMenu</name>
    <message>
        <source>&amp;Export for headquarters…</source>
        <translation>&amp;Exporteren voor hoofdkantoor…</translation>
    </message>
    <message>
        <source>&amp;Import workbook…</source>
        <translation>Werkmap &amp;importeren…</translation>
    </message>
</context>
<context>
    <name>HandoffStatus</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rij</numerusform>
            <numerusform>%n rijen</numerusform>
        </translation>
    </message>
    <message>
        <source>Workbook saved: %1 (%2). This is your first export: the next one lists what changed since this one.</source>
        <translation>Werkmap bewaard: %1 (%2). Dit is je eerste export: de volgende toont wat sindsdien veranderde.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n wijziging</numerusform>
            <numerusform>%n wijzigingen</numerusform>
        </translation>
    </message>
    <message>
        <source>Workbook saved: %1 (%2, %3 since the previous export).</source>
        <translation>Werkmap bewaard: %1 (%2, %3 sinds de vorige export).</translation>
    </message>
    <message numerus="yes">
        <source>Workbook imported: %n change(s) applied.</source>
        <translation>
            <numerusform>Werkmap geïmporteerd: %n wijziging overgenomen.</numerusform>
            <numerusform>Werkmap geïmporteerd: %n wijzigingen overgenomen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import workbook</source>
        <translation>Werkmap importeren</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wordt gelezen…</translation>
    </message>
    <message>
        <source>Orange rows are conflicts: the field changed in CoachDesk and in the workbook. Tick a conflict (Space) to take the workbook&apos;s value; unticked, CoachDesk&apos;s value stays.</source>
        <translation>Oranje rijen zijn conflicten: het veld veranderde zowel in CoachDesk als in de werkmap. Vink een conflict aan (spatiebalk) om de waarde uit de werkmap over te nemen; niet aangevinkt blijft de waarde van CoachDesk.</translation>
    </message>
    <message>
        <source>&amp;Apply changes</source>
        <translation>Wijzigingen &amp;toepassen</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Blad</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>In CoachDesk</source>
        <translation>In CoachDesk</translation>
    </message>
    <message>
        <source>In the workbook</source>
        <translation>In de werkmap</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>New row</source>
        <translation>Nieuwe rij</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Niet overgenomen</translation>
    </message>
    <message>
        <source>Keep CoachDesk&apos;s value</source>
        <translation>Waarde van CoachDesk behouden</translation>
    </message>
    <message>
        <source>Take the workbook&apos;s value</source>
        <translation>Waarde uit de werkmap overnemen</translation>
    </message>
    <message>
        <source>Will be applied</source>
        <translation>Wordt overgenomen</translation>
    </message>
    <message>
        <source>Will be added</source>
        <translation>Wordt toegevoegd</translation>
    </message>
    <message>
        <source>Computed by CoachDesk</source>
        <translation>Berekend door CoachDesk</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(nieuw)</translation>
    </message>
    <message>
        <source>an unnamed coach</source>
        <translation>een coach zonder naam</translation>
    </message>
    <message>
        <source>%1, exported by %2 on %3.</source>
        <translation>%1, geëxporteerd door %2 op %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s),</source>
        <translation>
            <numerusform>%n wijziging,</numerusform>
            <numerusform>%n wijzigingen,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s),</source>
        <translation>
            <numerusform>%n conflict,</numerusform>
            <numerusform>%n conflicten,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new row(s).</source>
        <translation>
            <numerusform>%n nieuwe rij.</numerusform>
            <numerusform>%n nieuwe rijen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be imported until the workbook is corrected:</source>
        <translation>Er kan niets geïmporteerd worden tot de werkmap verbeterd is:</translation>
    </message>
    <message>
        <source>The workbook changes nothing in CoachDesk.</source>
        <translation>De werkmap verandert niets in CoachDesk.</translation>
    </message>
    <message>
        <source>Nothing is changed until you apply; a backup is made first.</source>
        <translation>Er verandert niets tot je op Toepassen klikt; eerst wordt een backup gemaakt.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;All files (*)</source>
        <translation>Excel-werkmap (*.xlsx);;Alle bestanden (*)</translation>
    </message>
</context>
</TS>
