<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
<context>
    <name>errors</name>
    <message>
        <source>{path} cannot be opened.</source>
        <translation>{path} kan niet geopend worden.</translation>
    </message>
    <message>
        <source>{path} is not a CoachDesk database that can be opened (the file is damaged or not SQLite); if it is yours, `coachdesk check --repair` puts back its latest sound backup.</source>
        <translation>{path} is geen CoachDesk-database die geopend kan worden (het bestand is beschadigd of geen SQLite); is het de jouwe, dan zet `coachdesk check --repair` de laatste gezonde backup terug.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} is een map, geen databasebestand.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {cause}.</source>
        <translation>{path} kan niet gelezen worden: {cause}.</translation>
    </message>
    <message>
        <source>{path} is not a CoachDesk database (it is not an SQLite file).</source>
        <translation>{path} is geen CoachDesk-database (het is geen SQLite-bestand).</translation>
    </message>
    <message>
        <source>{path} is an SQLite file but not a CoachDesk database.</source>
        <translation>{path} is een SQLite-bestand, maar geen CoachDesk-database.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of CoachDesk (schema {revision}); install that version to open it. The file was not changed.</source>
        <translation>{path} is geschreven door een nieuwere versie van CoachDesk (schema {revision}); installeer die versie om het te openen. Het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>{path} cannot be created: {cause}.</source>
        <translation>{path} kan niet aangemaakt worden: {cause}.</translation>
    </message>
    <message>
        <source>{path} is read-only; CoachDesk needs to write to it.</source>
        <translation>{path} is alleen-lezen; CoachDesk moet erin kunnen schrijven.</translation>
    </message>
    <message>
        <source>{path} needs an upgrade, but the copy to take before it could not be written to {folder}; the database was not changed.</source>
        <translation>{path} moet bijgewerkt worden, maar de kopie die eerst gemaakt wordt, kon niet geschreven worden in {folder}; de database is niet gewijzigd.</translation>
    </message>
    <message>
        <source>{path} cannot be written: the file or its folder is read-only.</source>
        <translation>{path} kan niet geschreven worden: het bestand of de map is alleen-lezen.</translation>
    </message>
    <message>
        <source>Upgrading {path} to schema {revision} failed and the copy taken before it could not be put back; it is safe at {backup}.</source>
        <translation>Het bijwerken van {path} naar schema {revision} is mislukt en de kopie van ervoor kon niet teruggezet worden; die staat veilig in {backup}.</translation>
    </message>
    <message>
        <source>Upgrading {path} to schema {revision} failed; the database was restored from the copy taken before the upgrade ({backup}), so nothing was lost.</source>
        <translation>Het bijwerken van {path} naar schema {revision} is mislukt; de database is teruggezet vanuit de kopie van vóór het bijwerken ({backup}), er ging dus niets verloren.</translation>
    </message>
    <message>
        <source>{path} is already open in CoachDesk. Close it there first, or carry on in that window: two windows on one database would overwrite each other&apos;s work.</source>
        <translation>{path} is al geopend in CoachDesk. Sluit het daar eerst, of werk verder in dat venster: twee vensters op één database zouden elkaars werk overschrijven.</translation>
    </message>
    <message>
        <source>{path} is already open in CoachDesk (on this computer, since {since}). Close it there first, or carry on in that window: two windows on one database would overwrite each other&apos;s work.</source>
        <translation>{path} is al geopend in CoachDesk (op deze computer, sinds {since}). Sluit het daar eerst, of werk verder in dat venster: twee vensters op één database zouden elkaars werk overschrijven.</translation>
    </message>
    <message>
        <source>{path} is already open in CoachDesk (on the computer {host}, since {since}). Close it there first, or carry on in that window: two windows on one database would overwrite each other&apos;s work.</source>
        <translation>{path} is al geopend in CoachDesk (op de computer {host}, sinds {since}). Sluit het daar eerst, of werk verder in dat venster: twee vensters op één database zouden elkaars werk overschrijven.</translation>
    </message>
    <message>
        <source>{path} is already open in another CoachDesk window; that window was brought to the front.</source>
        <translation>{path} is al geopend in een ander CoachDesk-venster; dat venster staat nu vooraan.</translation>
    </message>
    <message>
        <source>{path} failed its check; repair it with `coachdesk check --repair` or put a backup back with `coachdesk restore`.</source>
        <translation>{path} is niet door de controle geraakt; herstel het met `coachdesk check --repair` of zet een backup terug met `coachdesk restore`.</translation>
    </message>
    <message>
        <source>{path} could not be saved: {cause}. The change was not stored; everything saved before it is intact.</source>
        <translation>{path} kon niet bewaard worden: {cause}. De wijziging is niet opgeslagen; alles wat ervoor bewaard was, is intact.</translation>
    </message>
    <message>
        <source>{address} is not a PostgreSQL address.</source>
        <translation>{address} is geen PostgreSQL-adres.</translation>
    </message>
    <message>
        <source>{address}: the team database must be reached over TLS (sslmode=require or verify-full), not sslmode={mode}.</source>
        <translation>{address}: de teamdatabase moet over TLS bereikt worden (sslmode=require of verify-full), niet sslmode={mode}.</translation>
    </message>
    <message>
        <source>A team database address opens the window only (coachdesk --db postgresql://…); the commands work on a laptop database file.</source>
        <translation>Een adres van de teamdatabase opent alleen het venster (coachdesk --db postgresql://…); de opdrachten werken op een databasebestand van de laptop.</translation>
    </message>
    <message>
        <source>{address} is not a team database at schema {revision} yet; its owner prepares it with `coachdesk team init URL`.</source>
        <translation>{address} is nog geen teamdatabase op schema {revision}; de eigenaar bereidt ze voor met `coachdesk team init URL`.</translation>
    </message>
    <message>
        <source>{address} was set up by a newer version of CoachDesk (schema {revision}); install that version to use it.</source>
        <translation>{address} is opgezet door een nieuwere versie van CoachDesk (schema {revision}); installeer die versie om ze te gebruiken.</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder for backups.</source>
        <translation>{path} is een bestand, geen map voor backups.</translation>
    </message>
    <message>
        <source>The backup could not be written to {path}: {cause}. The database was not changed.</source>
        <translation>De kopie kon niet worden weggeschreven naar {path}: {cause}. Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>The backup {path} does not exist.</source>
        <translation>De backup {path} bestaat niet meer.</translation>
    </message>
    <message>
        <source>The backup {path} is damaged or not a database; choose another backup. Nothing was changed.</source>
        <translation>De backup {path} is beschadigd of geen database; kies een andere. Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>{path} is not a backup of a CoachDesk database.</source>
        <translation>{path} is geen backup van een CoachDesk-database.</translation>
    </message>
    <message>
        <source>{path} could not be replaced: {cause}. The database was not changed.</source>
        <translation>{path} kon niet vervangen worden: {cause}. De database is niet gewijzigd.</translation>
    </message>
    <message>
        <source>{path} could not be repaired: {cause}. The database was not changed.</source>
        <translation>{path} kon niet hersteld worden: {cause}. De database is niet gewijzigd.</translation>
    </message>
    <message>
        <source>{path} is damaged and there is no sound backup of it in {folder} to repair it from.</source>
        <translation>{path} is beschadigd en er staat geen gezonde backup van in {folder} om het mee te herstellen.</translation>
    </message>
    <message>
        <source>The database {path} seems damaged: today&apos;s backup of it fails the check. Help &gt; Check the database can repair it.</source>
        <translation>De database {path} lijkt beschadigd: de backup van vandaag raakt niet door de controle. Help &gt; Database controleren kan ze herstellen.</translation>
    </message>
    <message>
        <source>There is no backup number {number}; `coachdesk restore --list` shows the {count} backups in {folder}.</source>
        <translation>Er is geen backup met nummer {number}; `coachdesk restore --list` toont de {count} backups in {folder}.</translation>
    </message>
    <message>
        <source>Another program or window is reading the database; close it and erase again. Nothing was erased.</source>
        <translation>Een ander programma of venster leest de database; sluit het en wis opnieuw. Er werd niets gewist.</translation>
    </message>
    <message>
        <source>Another program or window is reading the database, so its journal could not be emptied.</source>
        <translation>Een ander programma of venster leest de database, waardoor het logboek van de database niet leeggemaakt kon worden.</translation>
    </message>
    <message>
        <source>The person was erased, but another program is reading the database, so their old text may stay in its journal until that program closes; CoachDesk removes it at the next start.</source>
        <translation>De persoon is gewist, maar een ander programma leest de database, waardoor de oude tekst in het logboek van de database kan blijven tot dat programma sluit; CoachDesk verwijdert die bij de volgende start.</translation>
    </message>
    <message>
        <source>{file} is a folder; choose a file name ending in .pdf.</source>
        <translation>{file} is een map; kies een bestandsnaam die eindigt op .pdf.</translation>
    </message>
    <message>
        <source>{file} cannot be written: the folder is read-only or full.</source>
        <translation>{file} kan niet geschreven worden: de map is alleen-lezen of vol.</translation>
    </message>
    <message>
        <source>{file} cannot be written (is it open in a PDF reader?).</source>
        <translation>{file} kan niet geschreven worden (is het geopend in een PDF-lezer?).</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>De PDF kon niet gestart worden.</translation>
    </message>
    <message>
        <source>{file}: the report&apos;s name must end in .pdf.</source>
        <translation>{file}: de naam van het rapport moet eindigen op .pdf.</translation>
    </message>
    <message>
        <source>The period starts ({start}) after it ends ({end}).</source>
        <translation>De periode begint ({start}) na het einde ({end}).</translation>
    </message>
    <message>
        <source>Unknown demo size &apos;{size}&apos;; use small or large.</source>
        <translation>Onbekende demogrootte &apos;{size}&apos;; gebruik small of large.</translation>
    </message>
    <message>
        <source>{path} already exists; the demo is only written to a new file.</source>
        <translation>{path} bestaat al; de demo wordt alleen naar een nieuw bestand geschreven.</translation>
    </message>
    <message>
        <source>{path} was not closed cleanly; the demo was not written.</source>
        <translation>{path} is niet netjes afgesloten; de demo is niet geschreven.</translation>
    </message>
    <message>
        <source>One of the records no longer exists.</source>
        <translation>Een van de gegevens bestaat niet meer.</translation>
    </message>
    <message>
        <source>One of these conflicts was resolved meanwhile (by another sync); nothing was changed. Open the list again.</source>
        <translation>Een van deze conflicten is intussen opgelost (door een andere synchronisatie); er is niets gewijzigd. Open de lijst opnieuw.</translation>
    </message>
    <message>
        <source>This person no longer exists.</source>
        <translation>Deze persoon bestaat niet meer.</translation>
    </message>
    <message>
        <source>This organisation no longer exists.</source>
        <translation>Deze organisatie bestaat niet meer.</translation>
    </message>
    <message>
        <source>This contact moment no longer exists.</source>
        <translation>Dit contactmoment bestaat niet meer.</translation>
    </message>
    <message>
        <source>This action no longer exists.</source>
        <translation>Deze actie bestaat niet meer.</translation>
    </message>
    <message>
        <source>That region does not exist.</source>
        <translation>Die regio bestaat niet.</translation>
    </message>
    <message>
        <source>There is no region called &apos;{region}&apos;.</source>
        <translation>Er is geen regio met de naam &apos;{region}&apos;.</translation>
    </message>
    <message>
        <source>A municipality no longer exists.</source>
        <translation>Een gemeente bestaat niet meer.</translation>
    </message>
    <message>
        <source>That stage change no longer exists.</source>
        <translation>Die fasewijziging bestaat niet meer.</translation>
    </message>
    <message>
        <source>That criterion no longer exists.</source>
        <translation>Dat criterium bestaat niet meer.</translation>
    </message>
    <message>
        <source>That comment no longer exists.</source>
        <translation>Die opmerking bestaat niet meer.</translation>
    </message>
    <message>
        <source>That candidacy no longer exists.</source>
        <translation>Die kandidatuur bestaat niet meer.</translation>
    </message>
    <message>
        <source>That proposal version no longer exists.</source>
        <translation>Die versie van het voorstel bestaat niet meer.</translation>
    </message>
    <message>
        <source>That proposal no longer exists.</source>
        <translation>Dat voorstel bestaat niet meer.</translation>
    </message>
    <message>
        <source>{what} is required.</source>
        <translation>{what} is verplicht.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid e-mail address.</source>
        <translation>&apos;{value}&apos; is geen geldig e-mailadres.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid phone number.</source>
        <translation>&apos;{value}&apos; is geen geldig telefoonnummer.</translation>
    </message>
    <message>
        <source>A date is required.</source>
        <translation>Een datum is verplicht.</translation>
    </message>
    <message>
        <source>The date lies in the future.</source>
        <translation>De datum ligt in de toekomst.</translation>
    </message>
    <message>
        <source>A record cannot be merged with itself.</source>
        <translation>Een gegeven kan niet met zichzelf samengevoegd worden.</translation>
    </message>
    <message>
        <source>Choose at least one municipality.</source>
        <translation>Kies minstens één gemeente.</translation>
    </message>
    <message>
        <source>A stage needs a name.</source>
        <translation>Een fase heeft een naam nodig.</translation>
    </message>
    <message>
        <source>Two stages have the same name.</source>
        <translation>Twee fasen hebben dezelfde naam.</translation>
    </message>
    <message>
        <source>The stage list changed meanwhile; reopen it.</source>
        <translation>De lijst met fasen is intussen gewijzigd; open ze opnieuw.</translation>
    </message>
    <message>
        <source>This stage change was corrected; undo the correction first.</source>
        <translation>Deze fasewijziging is gecorrigeerd; maak eerst de correctie ongedaan.</translation>
    </message>
    <message>
        <source>Choose a stage.</source>
        <translation>Kies een fase.</translation>
    </message>
    <message>
        <source>The region is already at this stage.</source>
        <translation>De regio zit al in deze fase.</translation>
    </message>
    <message>
        <source>The date lies before the region&apos;s previous stage change ({previous}).</source>
        <translation>De datum ligt vóór de vorige fasewijziging van de regio ({previous}).</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>Een reden is verplicht.</translation>
    </message>
    <message>
        <source>The next action cannot be due before today.</source>
        <translation>De volgende actie kan niet vóór vandaag vervallen.</translation>
    </message>
    <message>
        <source>The list of criteria changed meanwhile.</source>
        <translation>De lijst met criteria is intussen gewijzigd.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is used in reviews: it cannot be deleted, only deactivated.</source>
        <translation>&apos;{name}&apos; wordt gebruikt in beoordelingen: het kan niet verwijderd worden, alleen uitgeschakeld.</translation>
    </message>
    <message>
        <source>A criterion needs a name.</source>
        <translation>Een criterium heeft een naam nodig.</translation>
    </message>
    <message>
        <source>A criterion named &apos;{name}&apos; already exists.</source>
        <translation>Er bestaat al een criterium met de naam &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>Write the comment first.</source>
        <translation>Schrijf eerst de opmerking.</translation>
    </message>
    <message>
        <source>A comment is settled in a later version.</source>
        <translation>Een opmerking is afgehandeld in een latere versie.</translation>
    </message>
    <message>
        <source>Unknown legal basis.</source>
        <translation>Onbekende rechtsgrond.</translation>
    </message>
    <message>
        <source>The date lies before the candidacy&apos;s previous status ({previous}).</source>
        <translation>De datum ligt vóór de vorige status van de kandidatuur ({previous}).</translation>
    </message>
    <message>
        <source>The region already has an accepted network leader.</source>
        <translation>De regio heeft al een aanvaarde netwerkleider.</translation>
    </message>
    <message>
        <source>Choose the kind of contact.</source>
        <translation>Kies het soort contact.</translation>
    </message>
    <message>
        <source>Action {number} cannot be due before the contact moment.</source>
        <translation>Actie {number} kan niet vervallen vóór het contactmoment.</translation>
    </message>
    <message>
        <source>{region} already has a proposal.</source>
        <translation>{region} heeft al een voorstel.</translation>
    </message>
    <message>
        <source>A proposal needs a title.</source>
        <translation>Een voorstel heeft een titel nodig.</translation>
    </message>
    <message>
        <source>{file} was already added as version {number} of {region} ({earlier}): nothing was added.</source>
        <translation>{file} werd al toegevoegd als versie {number} van {region} ({earlier}): er werd niets toegevoegd.</translation>
    </message>
    <message>
        <source>A date received is required.</source>
        <translation>Een ontvangstdatum is verplicht.</translation>
    </message>
    <message>
        <source>The date received lies in the future.</source>
        <translation>De ontvangstdatum ligt in de toekomst.</translation>
    </message>
    <message>
        <source>{file} is larger than {limit}.</source>
        <translation>{file} is groter dan {limit}.</translation>
    </message>
    <message>
        <source>Only the latest version can be deleted; version {number} is not.</source>
        <translation>Alleen de laatste versie kan verwijderd worden; versie {number} is dat niet.</translation>
    </message>
    <message>
        <source>Version {number} is the evidence of a stage change of the region: it cannot be deleted.</source>
        <translation>Versie {number} is het bewijsstuk van een faseovergang van de regio: ze kan niet verwijderd worden.</translation>
    </message>
    <message>
        <source>There is no region called &apos;{name}&apos;; the regions are: {known}.</source>
        <translation>Er is geen regio met de naam &apos;{name}&apos;; de regio&apos;s zijn: {known}.</translation>
    </message>
    <message>
        <source>{file} is not a PDF or Word (.docx) file.</source>
        <translation>{file} is geen PDF- of Word-bestand (.docx).</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it may have been moved or deleted.</source>
        <translation>{file} kan niet geopend worden: misschien werd het verplaatst of verwijderd.</translation>
    </message>
    <message>
        <source>{file} is empty (0 bytes): ask the promotor to send it again.</source>
        <translation>{file} is leeg (0 bytes): vraag de promotor om het opnieuw te sturen.</translation>
    </message>
    <message>
        <source>{file} is {size}; CoachDesk takes files up to {limit}. Ask for a smaller PDF (without scanned pages).</source>
        <translation>{file} is {size}; CoachDesk neemt bestanden tot {limit}. Vraag een kleinere PDF (zonder ingescande pagina&apos;s).</translation>
    </message>
    <message>
        <source>{file} is damaged and cannot be read: ask the promotor to send it again.</source>
        <translation>{file} is beschadigd en kan niet gelezen worden: vraag de promotor om het opnieuw te sturen.</translation>
    </message>
    <message>
        <source>{file} holds a part too large to read safely.</source>
        <translation>{file} bevat een onderdeel dat te groot is om veilig te lezen.</translation>
    </message>
    <message>
        <source>{file} is too long to read.</source>
        <translation>{file} is te lang om te lezen.</translation>
    </message>
    <message>
        <source>{file} is an old Word document (.doc) with a .docx name, or a password-protected one. Open it in Word and save it as .docx or PDF.</source>
        <translation>{file} is een oud Word-document (.doc) met een .docx-naam, of een document met een wachtwoord. Open het in Word en bewaar het als .docx of PDF.</translation>
    </message>
    <message>
        <source>{file} is not a Word document, although its name ends in .docx.</source>
        <translation>{file} is geen Word-document, ook al eindigt de naam op .docx.</translation>
    </message>
    <message>
        <source>{file} is not a PDF document, although its name ends in .pdf.</source>
        <translation>{file} is geen PDF-document, ook al eindigt de naam op .pdf.</translation>
    </message>
    <message>
        <source>{file} is protected with a password. Ask the promotor for a version without a password.</source>
        <translation>{file} is beveiligd met een wachtwoord. Vraag de promotor om een versie zonder wachtwoord.</translation>
    </message>
    <message>
        <source>{file} is a PDF without any pages.</source>
        <translation>{file} is een PDF zonder pagina&apos;s.</translation>
    </message>
    <message>
        <source>{file} cannot be written ({cause}). Choose another folder.</source>
        <translation>{file} kan niet bewaard worden ({cause}). Kies een andere map.</translation>
    </message>
    <message>
        <source>{file} has {pages} pages; CoachDesk takes up to {limit}.</source>
        <translation>{file} heeft {pages} pagina&apos;s; CoachDesk neemt er tot {limit}.</translation>
    </message>
    <message>
        <source>{file} does not exist.</source>
        <translation>{file} bestaat niet.</translation>
    </message>
    <message>
        <source>{file} is a folder, not a workbook.</source>
        <translation>{file} is een map, geen werkmap.</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>{file} is leeg.</translation>
    </message>
    <message>
        <source>{file} is far larger than any handoff workbook.</source>
        <translation>{file} is veel groter dan eender welke overdrachtswerkmap.</translation>
    </message>
    <message>
        <source>{file} is password-protected (or an old .xls file): save it without a password as an Excel workbook (.xlsx).</source>
        <translation>{file} is beveiligd met een wachtwoord (of een oud .xls-bestand): bewaar het zonder wachtwoord als Excel-werkmap (.xlsx).</translation>
    </message>
    <message>
        <source>{file} is not an Excel workbook (.xlsx); it may be a text, CSV or PDF file that was renamed.</source>
        <translation>{file} is geen Excel-werkmap (.xlsx); het is misschien een tekst-, CSV- of PDF-bestand dat een andere naam kreeg.</translation>
    </message>
    <message>
        <source>{file} is damaged or not an Excel workbook.</source>
        <translation>{file} is beschadigd of geen Excel-werkmap.</translation>
    </message>
    <message>
        <source>{file} holds far more parts than a handoff workbook.</source>
        <translation>{file} bevat veel meer onderdelen dan een overdrachtswerkmap.</translation>
    </message>
    <message>
        <source>{file} expands to far more data than any handoff workbook (a damaged or malicious file).</source>
        <translation>{file} pakt uit tot veel meer gegevens dan eender welke overdrachtswerkmap (een beschadigd of kwaadaardig bestand).</translation>
    </message>
    <message>
        <source>{file}: the sheet &apos;{sheet}&apos; has far more rows than any handoff workbook.</source>
        <translation>{file}: het blad &apos;{sheet}&apos; heeft veel meer rijen dan eender welke overdrachtswerkmap.</translation>
    </message>
    <message>
        <source>{file}: a sheet of the workbook reaches row {rows} and column {columns}, far more than any handoff workbook.</source>
        <translation>{file}: een blad van de werkmap loopt tot rij {rows} en kolom {columns}, veel verder dan eender welke overdrachtswerkmap.</translation>
    </message>
    <message>
        <source>{file} is damaged and cannot be read.</source>
        <translation>{file} is beschadigd en kan niet gelezen worden.</translation>
    </message>
    <message>
        <source>{file} is not a CoachDesk handoff workbook: its hidden sheet &apos;_meta&apos; is missing or changed.</source>
        <translation>{file} is geen overdrachtswerkmap van CoachDesk: het verborgen blad &apos;_meta&apos; ontbreekt of is gewijzigd.</translation>
    </message>
    <message>
        <source>{file}: the hidden sheet &apos;_meta&apos; was changed and cannot be read ({column}).</source>
        <translation>{file}: het verborgen blad &apos;_meta&apos; is gewijzigd en kan niet gelezen worden ({column}).</translation>
    </message>
    <message>
        <source>{file} was made by a newer CoachDesk (format version {version}): update CoachDesk to read it.</source>
        <translation>{file} is gemaakt door een nieuwere CoachDesk (formaatversie {version}): werk CoachDesk bij om het te lezen.</translation>
    </message>
    <message>
        <source>{file} was exported from another coach&apos;s database ({detail}); CoachDesk imports only workbooks exported from this database, so nothing was imported.</source>
        <translation>{file} werd geëxporteerd uit de database van een andere coach ({detail}); CoachDesk importeert alleen werkmappen die uit deze database geëxporteerd zijn, dus er werd niets geïmporteerd.</translation>
    </message>
    <message>
        <source>{file}: the sheet &apos;{sheet}&apos; is missing.</source>
        <translation>{file}: het blad &apos;{sheet}&apos; ontbreekt.</translation>
    </message>
    <message>
        <source>{file}: sheet &apos;{sheet}&apos; has no column &apos;{column}&apos; in its first row.</source>
        <translation>{file}: het blad &apos;{sheet}&apos; heeft geen kolom &apos;{column}&apos; in de eerste rij.</translation>
    </message>
    <message>
        <source>{file}: sheet &apos;{sheet}&apos;, row {row}, column &apos;{column}&apos;: this value does not fit the column (write dates as dd/mm/yyyy, numbers as digits).</source>
        <translation>{file}: blad &apos;{sheet}&apos;, rij {row}, kolom &apos;{column}&apos;: deze waarde past niet in de kolom (schrijf datums als dd/mm/jjjj, getallen in cijfers).</translation>
    </message>
    <message>
        <source>{file}: sheet &apos;{sheet}&apos;, row {row} cannot be read.</source>
        <translation>{file}: blad &apos;{sheet}&apos;, rij {row} kan niet gelezen worden.</translation>
    </message>
    <message>
        <source>{file}: sheet &apos;{sheet}&apos;, row {row}, column &apos;{column}&apos;: the ID also appears in row {other}.</source>
        <translation>{file}: blad &apos;{sheet}&apos;, rij {row}, kolom &apos;{column}&apos;: deze ID staat ook in rij {other}.</translation>
    </message>
    <message>
        <source>{file} is a folder: choose a file name ending in .xlsx.</source>
        <translation>{file} is een map: kies een bestandsnaam die eindigt op .xlsx.</translation>
    </message>
    <message>
        <source>{file}: the workbook&apos;s name must end in .xlsx.</source>
        <translation>{file}: de naam van de werkmap moet eindigen op .xlsx.</translation>
    </message>
    <message>
        <source>{file} cannot be written: its folder does not exist.</source>
        <translation>{file} kan niet geschreven worden: de map bestaat niet.</translation>
    </message>
    <message>
        <source>No team database is set up on this computer: connect once with `coachdesk team connect postgresql://user@host/database` (or File &gt; Team database…), or add --team postgresql://user@host/database.</source>
        <translation>Op deze computer is geen teamdatabase ingesteld: verbind één keer met `coachdesk team connect postgresql://gebruiker@server/database` (of Bestand &gt; Teamdatabase…), of voeg --team postgresql://gebruiker@server/database toe.</translation>
    </message>
    <message>
        <source>{address}: the address names no user; add one (postgresql://user@host/database).</source>
        <translation>{address}: het adres noemt geen gebruiker; voeg er een toe (postgresql://gebruiker@server/database).</translation>
    </message>
    <message>
        <source>The team database {address} cannot be reached: no network, or the server does not answer. CoachDesk keeps working on this computer; synchronise again later.</source>
        <translation>De teamdatabase {address} is niet bereikbaar: geen netwerk, of de server antwoordt niet. CoachDesk blijft gewoon werken op deze computer; synchroniseer later opnieuw.</translation>
    </message>
    <message>
        <source>The team database {address} refused the user {user}: the user name or the password is wrong.</source>
        <translation>De teamdatabase {address} weigert de gebruiker {user}: de gebruikersnaam of het wachtwoord is fout.</translation>
    </message>
    <message>
        <source>The team database {address} refused a secure (TLS) connection; CoachDesk does not send the password without TLS. Ask the server&apos;s administrator to switch TLS on.</source>
        <translation>De teamdatabase {address} weigert een beveiligde (TLS-)verbinding; zonder TLS stuurt CoachDesk het wachtwoord niet door. Vraag de beheerder van de server om TLS aan te zetten.</translation>
    </message>
    <message>
        <source>The secure (TLS) connection to {address} failed: the server&apos;s certificate does not match the certificate authority given, or that file cannot be read.</source>
        <translation>De beveiligde (TLS-)verbinding met {address} is mislukt: het certificaat van de server past niet bij de opgegeven certificaatautoriteit, of dat bestand kan niet gelezen worden.</translation>
    </message>
    <message>
        <source>The team database {address} does not let {user} in from this computer; ask the team database&apos;s administrator.</source>
        <translation>De teamdatabase {address} laat {user} niet binnen vanaf deze computer; vraag het aan de beheerder van de teamdatabase.</translation>
    </message>
    <message>
        <source>{address}: the server answers, but has no database of that name.</source>
        <translation>{address}: de server antwoordt, maar heeft geen database met die naam.</translation>
    </message>
    <message>
        <source>This computer has no credential store CoachDesk can use for the team database&apos;s password ({detail}); nothing was stored.</source>
        <translation>Deze computer heeft geen wachtwoordkluis die CoachDesk kan gebruiken voor het wachtwoord van de teamdatabase ({detail}); er is niets bewaard.</translation>
    </message>
    <message>
        <source>The team database refused this change: {user} may not make it (headquarters reads everything and corrects only action deadlines and comments).</source>
        <translation>De teamdatabase weigert deze wijziging: {user} mag ze niet maken (het hoofdkantoor leest alles en corrigeert alleen deadlines van acties en opmerkingen).</translation>
    </message>
    <message>
        <source>{file} cannot be written: the folder is read-only or full; nothing was written.</source>
        <translation>{file} kan niet geschreven worden: de map is alleen-lezen of vol; er is niets geschreven.</translation>
    </message>
    <message>
        <source>{file} cannot be written: the disk is full; nothing was written.</source>
        <translation>{file} kan niet geschreven worden: de schijf is vol; er is niets geschreven.</translation>
    </message>
    <message>
        <source>{file} cannot be replaced: it is open in another program (close it in Excel) or it is read-only.</source>
        <translation>{file} kan niet vervangen worden: het is geopend in een ander programma (sluit het in Excel) of het is alleen-lezen.</translation>
    </message>
    <message>
        <source>Merging needs at least two workbooks.</source>
        <translation>Samenvoegen vraagt minstens twee werkmappen.</translation>
    </message>
    <message>
        <source>{file}: comes from the same coach&apos;s database as another workbook ({coach}); merge only one export per coach.</source>
        <translation>{file}: komt uit dezelfde database van een coach als een andere werkmap ({coach}); voeg maar één export per coach samen.</translation>
    </message>
    <message>
        <source>{file}: the merged workbook cannot replace one of its sources.</source>
        <translation>{file}: de samengevoegde werkmap kan geen van haar bronnen vervangen.</translation>
    </message>
    <message>
        <source>{file}: sheet &apos;{sheet}&apos;, row {row}, column &apos;{column}&apos;: {problem}; nothing was imported ({count} invalid cells in all).</source>
        <translation>{file}: blad &apos;{sheet}&apos;, rij {row}, kolom &apos;{column}&apos;: {problem}; er is niets geïmporteerd ({count} ongeldige cellen in totaal).</translation>
    </message>
    <message>
        <source>{file}: sheet &apos;{sheet}&apos;, row {row}: {problem}; nothing was imported ({count} invalid cells in all).</source>
        <translation>{file}: blad &apos;{sheet}&apos;, rij {row}: {problem}; er is niets geïmporteerd ({count} ongeldige cellen in totaal).</translation>
    </message>
    <message>
        <source>{file}: sheet &apos;{sheet}&apos;, row {row}: the record was deleted meanwhile; nothing was imported.</source>
        <translation>{file}: blad &apos;{sheet}&apos;, rij {row}: het gegeven is intussen verwijderd; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>{file}: the import breaks a rule of the database; nothing was imported.</source>
        <translation>{file}: de import breekt een regel van de database; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>this field may not be empty</source>
        <translation>dit veld mag niet leeg zijn</translation>
    </message>
    <message>
        <source>choose one of: {detail}</source>
        <translation>kies een van: {detail}</translation>
    </message>
    <message>
        <source>there is no region called &apos;{detail}&apos;</source>
        <translation>er is geen regio met de naam &apos;{detail}&apos;</translation>
    </message>
    <message>
        <source>longer than {detail} characters</source>
        <translation>langer dan {detail} tekens</translation>
    </message>
    <message>
        <source>this is not an e-mail address</source>
        <translation>dit is geen e-mailadres</translation>
    </message>
    <message>
        <source>CoachDesk knows no record with ID &apos;{detail}&apos;</source>
        <translation>CoachDesk kent geen gegeven met ID &apos;{detail}&apos;</translation>
    </message>
    <message>
        <source>a new row needs an empty ID or a UUID</source>
        <translation>een nieuwe rij heeft een lege ID of een UUID nodig</translation>
    </message>
    <message>
        <source>a finished action needs the date it was finished</source>
        <translation>een afgeronde actie heeft de datum van afronding nodig</translation>
    </message>
    <message>
        <source>this merged workbook holds no rows of this database</source>
        <translation>deze samengevoegde werkmap bevat geen rijen van deze database</translation>
    </message>
    <message>
        <source>this workbook was exported from another coach&apos;s database ({detail}); import only workbooks exported from this one</source>
        <translation>deze werkmap is geëxporteerd uit de database van een andere coach ({detail}); importeer alleen werkmappen die uit deze database geëxporteerd zijn</translation>
    </message>
    <message>
        <source>the cell holds the formula {detail} instead of a value; type the value itself (CoachDesk does not take a formula&apos;s result)</source>
        <translation>de cel bevat de formule {detail} in plaats van een waarde; typ de waarde zelf (CoachDesk neemt het resultaat van een formule niet over)</translation>
    </message>
    <message>
        <source>the cell holds the formula {detail}, saved without a computed value; type the value itself</source>
        <translation>de cel bevat de formule {detail}, bewaard zonder berekende waarde; typ de waarde zelf</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos;, row {row}, column &apos;{column}&apos;: {problem}.</source>
        <translation>Blad &apos;{sheet}&apos;, rij {row}, kolom &apos;{column}&apos;: {problem}.</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos;, row {row}: {problem}.</source>
        <translation>Blad &apos;{sheet}&apos;, rij {row}: {problem}.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <source>that place cannot be written to</source>
        <translation>daar kan niet geschreven worden</translation>
    </message>
    <message>
        <source>the file is in use by another program</source>
        <translation>het bestand is in gebruik door een ander programma</translation>
    </message>
    <message>
        <source>the file or its folder does not exist</source>
        <translation>het bestand of de map bestaat niet</translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>het bestand of de map is alleen-lezen</translation>
    </message>
    <message>
        <source>another program is using the file</source>
        <translation>een ander programma gebruikt het bestand</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>de schijf meldde een fout</translation>
    </message>
    <message>
        <source>the file is damaged (Help &gt; Check the database can repair it)</source>
        <translation>het bestand is beschadigd (Help &gt; Database controleren kan het herstellen)</translation>
    </message>
    <message>
        <source>the system refused it</source>
        <translation>het systeem weigerde het</translation>
    </message>
    <message>
        <source>A name</source>
        <translation>Een naam</translation>
    </message>
    <message>
        <source>A subject</source>
        <translation>Een onderwerp</translation>
    </message>
    <message>
        <source>A participant&apos;s name</source>
        <translation>De naam van een deelnemer</translation>
    </message>
    <message>
        <source>A description</source>
        <translation>Een omschrijving</translation>
    </message>
    <message>
        <source>An action&apos;s description</source>
        <translation>De omschrijving van een actie</translation>
    </message>
</context>
</TS>
