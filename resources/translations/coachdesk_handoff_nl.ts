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
        <source>Workbook saved: %1 (%2 rows, %3 changes since the previous export).</source>
        <translation>Werkmap bewaard: %1 (%2 rijen, %3 wijzigingen sinds de vorige export).</translation>
    </message>
    <message>
        <source>Workbook imported: %1 changes applied.</source>
        <translation>Werkmap geïmporteerd: %1 wijzigingen overgenomen.</translation>
    </message>
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
    <name>HandoffMessages</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 bestaat niet.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a workbook.</source>
        <translation>%1 is een map, geen werkmap.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 is leeg.</translation>
    </message>
    <message>
        <source>%1 is far larger than any handoff workbook.</source>
        <translation>%1 is veel groter dan eender welke overdrachtswerkmap.</translation>
    </message>
    <message>
        <source>%1 is password-protected (or an old .xls file): save it without a password as an Excel workbook (.xlsx).</source>
        <translation>%1 is met een wachtwoord beveiligd (of een oud .xls-bestand): bewaar het zonder wachtwoord als Excel-werkmap (.xlsx).</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx); it may be a text, CSV or PDF file that was renamed.</source>
        <translation>%1 is geen Excel-werkmap (.xlsx); misschien is het een hernoemd tekst-, CSV- of pdf-bestand.</translation>
    </message>
    <message>
        <source>%1 is damaged or not an Excel workbook.</source>
        <translation>%1 is beschadigd of geen Excel-werkmap.</translation>
    </message>
    <message>
        <source>%1 holds far more parts than a handoff workbook.</source>
        <translation>%1 bevat veel meer onderdelen dan een overdrachtswerkmap.</translation>
    </message>
    <message>
        <source>%1 expands to far more data than any handoff workbook (a damaged or malicious file).</source>
        <translation>%1 pakt uit tot veel meer gegevens dan eender welke overdrachtswerkmap (een beschadigd of kwaadaardig bestand).</translation>
    </message>
    <message>
        <source>%1 has far more rows than any handoff workbook.</source>
        <translation>%1 heeft veel meer rijen dan eender welke overdrachtswerkmap.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read.</source>
        <translation>%1 is beschadigd en kan niet gelezen worden.</translation>
    </message>
    <message>
        <source>%1 is not a CoachDesk handoff workbook: its hidden sheet &apos;_meta&apos; is missing or changed.</source>
        <translation>%1 is geen overdrachtswerkmap van CoachDesk: het verborgen blad &apos;_meta&apos; ontbreekt of werd gewijzigd.</translation>
    </message>
    <message>
        <source>%1: the hidden sheet &apos;_meta&apos; was changed and cannot be read.</source>
        <translation>%1: het verborgen blad &apos;_meta&apos; werd gewijzigd en kan niet gelezen worden.</translation>
    </message>
    <message>
        <source>%1 was made by a newer CoachDesk: update CoachDesk to read it.</source>
        <translation>%1 werd gemaakt met een nieuwere CoachDesk: werk CoachDesk bij om ze te lezen.</translation>
    </message>
    <message>
        <source>%1: the sheet &apos;%2&apos; is missing.</source>
        <translation>%1: het blad &apos;%2&apos; ontbreekt.</translation>
    </message>
    <message>
        <source>%1: the sheet &apos;%2&apos; has no column &apos;%4&apos; in its first row.</source>
        <translation>%1: het blad &apos;%2&apos; heeft geen kolom &apos;%4&apos; in de eerste rij.</translation>
    </message>
    <message>
        <source>%1: sheet &apos;%2&apos;, row %3, column &apos;%4&apos;: this value does not fit the column (write dates as dd/mm/yyyy, numbers as digits).</source>
        <translation>%1: blad &apos;%2&apos;, rij %3, kolom &apos;%4&apos;: deze waarde past niet in de kolom (schrijf datums als dd/mm/jjjj, getallen in cijfers).</translation>
    </message>
    <message>
        <source>%1: sheet &apos;%2&apos;, row %3, column &apos;%4&apos;: this ID appears twice.</source>
        <translation>%1: blad &apos;%2&apos;, rij %3, kolom &apos;%4&apos;: deze ID komt twee keer voor.</translation>
    </message>
    <message>
        <source>%1 is a folder: choose a file name ending in .xlsx.</source>
        <translation>%1 is een map: kies een bestandsnaam die op .xlsx eindigt.</translation>
    </message>
    <message>
        <source>%1 cannot be written: its folder does not exist.</source>
        <translation>%1 kan niet geschreven worden: de map bestaat niet.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the folder is read-only or full.</source>
        <translation>%1 kan niet geschreven worden: de map is alleen-lezen of vol.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the disk is full; nothing was written.</source>
        <translation>%1 kan niet geschreven worden: de schijf is vol; er werd niets geschreven.</translation>
    </message>
    <message>
        <source>%1 cannot be replaced: it is open in another program (close it in Excel) or it is read-only.</source>
        <translation>%1 kan niet vervangen worden: het bestand is open in een ander programma (sluit het in Excel) of het is alleen-lezen.</translation>
    </message>
    <message>
        <source>%1 was exported from another coach&apos;s database (%5); CoachDesk imports only workbooks exported from this database, so nothing was imported.</source>
        <translation>%1 werd geëxporteerd uit de databank van een andere coach (%5); CoachDesk importeert alleen werkmappen die uit deze databank geëxporteerd zijn, dus er werd niets geïmporteerd.</translation>
    </message>
    <message>
        <source>this field may not be empty</source>
        <translation>dit veld mag niet leeg zijn</translation>
    </message>
    <message>
        <source>choose one of: %1</source>
        <translation>kies een van: %1</translation>
    </message>
    <message>
        <source>there is no region called &apos;%1&apos;</source>
        <translation>er is geen regio &apos;%1&apos;</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>langer dan %1 tekens</translation>
    </message>
    <message>
        <source>this is not an e-mail address</source>
        <translation>dit is geen e-mailadres</translation>
    </message>
    <message>
        <source>CoachDesk knows no record with this ID</source>
        <translation>CoachDesk kent geen gegeven met deze ID</translation>
    </message>
    <message>
        <source>a new row needs an empty ID</source>
        <translation>een nieuwe rij heeft een lege ID nodig</translation>
    </message>
    <message>
        <source>a finished action needs the date it was finished</source>
        <translation>een afgeronde actie heeft de datum van afronding nodig</translation>
    </message>
    <message>
        <source>this merged workbook holds no rows of this database</source>
        <translation>deze samengevoegde werkmap bevat geen rijen van deze databank</translation>
    </message>
    <message>
        <source>the cell holds the formula %1 instead of a value; type the value itself (CoachDesk does not take a formula&apos;s result)</source>
        <translation>de cel bevat de formule %1 in plaats van een waarde; typ de waarde zelf (CoachDesk neemt de uitkomst van een formule niet over)</translation>
    </message>
    <message>
        <source>the cell holds the formula %1, saved without a computed value; type the value itself</source>
        <translation>de cel bevat de formule %1, bewaard zonder berekende waarde; typ de waarde zelf</translation>
    </message>
    <message>
        <source>Sheet &apos;%1&apos;, row %2, column &apos;%3&apos;: %4.</source>
        <translation>Blad &apos;%1&apos;, rij %2, kolom &apos;%3&apos;: %4.</translation>
    </message>
    <message>
        <source>Sheet &apos;%1&apos;, row %2: %3.</source>
        <translation>Blad &apos;%1&apos;, rij %2: %3.</translation>
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
</context>
<context>
    <name>parent</name>
    <message>
        <source>Export for headquarters</source>
        <translation>Exporteren voor hoofdkantoor</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <source>Import workbook</source>
        <translation>Werkmap importeren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;All files (*)</source>
        <translation>Excel-werkmap (*.xlsx);;Alle bestanden (*)</translation>
    </message>
</context>
</TS>
