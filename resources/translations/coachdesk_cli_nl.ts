<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>gebruik: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumenten</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opties</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>toon deze hulp en stop</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>toon het versienummer en stop</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: fout: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ongeldige keuze: %(value)r (kies uit %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ongeldige waarde: %(value)r</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>deze argumenten zijn verplicht: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>onbekende argumenten: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>verwacht één waarde</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>dubbelzinnige optie: %(option)s kan %(matches)s zijn</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>niet toegestaan samen met %s</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>database file (default: coachdesk.sqlite in your data folder)</source>
        <translation>databasebestand (standaard: coachdesk.sqlite in je gegevensmap)</translation>
    </message>
    <message>
        <source>show full error details</source>
        <translation>toon alle details van een fout</translation>
    </message>
    <message>
        <source>language of the messages (default: the one chosen in the app&apos;s preferences, Dutch unless set otherwise)</source>
        <translation>taal van de berichten (standaard: de taal uit de Voorkeuren van de app, Nederlands tenzij anders gekozen)</translation>
    </message>
    <message>
        <source>CoachDesk: the regional coaches&apos; workbench. Without a command it opens the desktop app.</source>
        <translation>CoachDesk: het werkinstrument van de regiocoaches. Zonder opdracht opent het de app.</translation>
    </message>
    <message>
        <source>start the app and exit as soon as the main window is shown</source>
        <translation>start de app en stop zodra het hoofdvenster getoond is</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>OPDRACHT</translation>
    </message>
    <message>
        <source>interrupted; nothing was left half-done.</source>
        <translation>onderbroken; er bleef niets half afgewerkt.</translation>
    </message>
    <message>
        <source>unexpected error: {what} (run again with --debug for details).</source>
        <translation>onverwachte fout: {what} (voer opnieuw uit met --debug voor de details).</translation>
    </message>
    <message>
        <source>write the handoff workbook</source>
        <translation>schrijf de overdrachtswerkmap</translation>
    </message>
    <message>
        <source>the workbook to write</source>
        <translation>de werkmap die geschreven wordt</translation>
    </message>
    <message>
        <source>export only this region (repeat for several; default: all)</source>
        <translation>exporteer alleen deze regio (herhaal voor meerdere; standaard: alle)</translation>
    </message>
    <message>
        <source>leave out contact persons; people&apos;s names become their organisation</source>
        <translation>laat contactpersonen weg; namen van personen worden hun organisatie</translation>
    </message>
    <message>
        <source>the coach&apos;s name in the workbook</source>
        <translation>de naam van de coach in de werkmap</translation>
    </message>
    <message>
        <source>read a handoff workbook back</source>
        <translation>lees een overdrachtswerkmap terug in</translation>
    </message>
    <message>
        <source>report the changes, change nothing</source>
        <translation>toon de wijzigingen, wijzig niets</translation>
    </message>
    <message>
        <source>combine several coaches&apos; handoff workbooks into one</source>
        <translation>voeg de overdrachtswerkmappen van meerdere coaches samen tot één</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Workbook written to {path}: {rows} rows, {changes} changes since the previous export.</source>
        <translation>Werkmap geschreven naar {path}: {rows} rijen, {changes} wijzigingen sinds de vorige export.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Proefdraai: er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>Niets te importeren.</translation>
    </message>
    <message>
        <source>Imported {count} changes from {workbook}; conflicts were left as they are.</source>
        <translation>{count} wijzigingen geïmporteerd uit {workbook}; conflicten bleven zoals ze waren.</translation>
    </message>
    <message>
        <source>{file}: exported by {coach} on {when}.</source>
        <translation>{file}: geëxporteerd door {coach} op {when}.</translation>
    </message>
    <message>
        <source>an unnamed coach</source>
        <translation>een naamloze coach</translation>
    </message>
    <message>
        <source>  invalid   {problem}</source>
        <translation>  ongeldig  {problem}</translation>
    </message>
    <message>
        <source>  CONFLICT  {sheet}, row {row}, {column} ({label}): {current} -&gt; {incoming}</source>
        <translation>  CONFLICT  {sheet}, rij {row}, {column} ({label}): {current} -&gt; {incoming}</translation>
    </message>
    <message>
        <source>  change    {sheet}, row {row}, {column} ({label}): {current} -&gt; {incoming}</source>
        <translation>  wijziging {sheet}, rij {row}, {column} ({label}): {current} -&gt; {incoming}</translation>
    </message>
    <message>
        <source>  new row   {sheet}, row {row}: {label}</source>
        <translation>  nieuwe rij {sheet}, rij {row}: {label}</translation>
    </message>
    <message>
        <source>  ignored   {sheet}, row {row}, {column}: computed by CoachDesk, not imported</source>
        <translation>  genegeerd {sheet}, rij {row}, {column}: berekend door CoachDesk, niet geïmporteerd</translation>
    </message>
    <message>
        <source>  (only the first {count} of each kind are listed)</source>
        <translation>  (alleen de eerste {count} van elk soort staan in de lijst)</translation>
    </message>
    <message>
        <source>{changes} changes, {conflicts} conflicts (left alone), {new} new rows, {invalid} invalid cells.</source>
        <translation>{changes} wijzigingen, {conflicts} conflicten (ongemoeid gelaten), {new} nieuwe rijen, {invalid} ongeldige cellen.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>Merged {count} workbooks into {out}: {rows} rows, {shared} rows sent by more than one coach (see &apos;Ook bij coach&apos;).</source>
        <translation>{count} werkmappen samengevoegd in {out}: {rows} rijen, {shared} rijen door meer dan één coach gestuurd (zie &apos;Ook bij coach&apos;).</translation>
    </message>
    <message>
        <source>create a new database with demo data</source>
        <translation>maak een nieuwe database met demogegevens</translation>
    </message>
    <message>
        <source>the new database file (must not exist)</source>
        <translation>het nieuwe databasebestand (mag nog niet bestaan)</translation>
    </message>
    <message>
        <source>small: about 150 people and 600 contact moments; large: 5,000 people and 100,000 contact moments</source>
        <translation>small: een 150 personen en 600 contactmomenten; large: 5.000 personen en 100.000 contactmomenten</translation>
    </message>
    <message>
        <source>the same seed gives the same data (default 1)</source>
        <translation>hetzelfde getal geeft dezelfde gegevens (standaard 1)</translation>
    </message>
    <message>
        <source>verify the database and summarise it</source>
        <translation>controleer de database en vat ze samen</translation>
    </message>
    <message>
        <source>repair a damaged database (rebuild indexes, else restore the latest good backup)</source>
        <translation>herstel een beschadigde database (indexen opnieuw opbouwen, anders de laatste goede backup terugzetten)</translation>
    </message>
    <message>
        <source>write a consistent copy of the database</source>
        <translation>schrijf een consistente kopie van de database</translation>
    </message>
    <message>
        <source>folder for the copy (default: the backups folder)</source>
        <translation>map voor de kopie (standaard: de backupmap)</translation>
    </message>
    <message>
        <source>list the backups, or put one back (the current state is backed up first)</source>
        <translation>toon de backups, of zet er een terug (de huidige toestand wordt eerst bewaard)</translation>
    </message>
    <message>
        <source>number from --list, file name or path of a backup</source>
        <translation>nummer uit --list, bestandsnaam of pad van een backup</translation>
    </message>
    <message>
        <source>list the backups with date and size</source>
        <translation>toon de backups met datum en grootte</translation>
    </message>
    <message>
        <source>folder holding the backups (default: the backups folder)</source>
        <translation>map met de backups (standaard: de backupmap)</translation>
    </message>
    <message>
        <source>Demo database written to {path}: {regions} regions, {people} people, {moments} contact moments, {actions} actions, {versions} proposal versions</source>
        <translation>Demodatabase geschreven naar {path}: {regions} regio&apos;s, {people} personen, {moments} contactmomenten, {actions} acties, {versions} voorstelversies</translation>
    </message>
    <message>
        <source>Database:     {path}</source>
        <translation>Database:     {path}</translation>
    </message>
    <message>
        <source>Integrity:    {result}</source>
        <translation>Integriteit:  {result}</translation>
    </message>
    <message>
        <source>Foreign keys: {result}</source>
        <translation>Verwijzingen: {result}</translation>
    </message>
    <message>
        <source>Schema:       {schema} (expected {expected})</source>
        <translation>Schema:       {schema} (verwacht {expected})</translation>
    </message>
    <message>
        <source>Contents:     {counts}</source>
        <translation>Inhoud:       {counts}</translation>
    </message>
    <message>
        <source>Repaired:     the damaged indexes were rebuilt; nothing was lost.</source>
        <translation>Hersteld:     de beschadigde indexen werden opnieuw opgebouwd; er ging niets verloren.</translation>
    </message>
    <message>
        <source>Repaired:     restored from the backup {source}.</source>
        <translation>Hersteld:     teruggezet vanuit de backup {source}.</translation>
    </message>
    <message>
        <source>The damaged state is kept as {path}.</source>
        <translation>De beschadigde toestand is bewaard als {path}.</translation>
    </message>
    <message>
        <source>not checked (the file cannot be read)</source>
        <translation>niet gecontroleerd (het bestand kan niet gelezen worden)</translation>
    </message>
    <message>
        <source>{count} problems</source>
        <translation>{count} problemen</translation>
    </message>
    <message>
        <source>regions</source>
        <translation>regio&apos;s</translation>
    </message>
    <message>
        <source>municipalities</source>
        <translation>gemeenten</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>organisaties</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personen</translation>
    </message>
    <message>
        <source>contact moments</source>
        <translation>contactmomenten</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>acties</translation>
    </message>
    <message>
        <source>proposal versions</source>
        <translation>voorstelversies</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>Backup geschreven naar {path}</translation>
    </message>
    <message>
        <source>No backups of {database} in {folder} yet.</source>
        <translation>Nog geen backups van {database} in {folder}.</translation>
    </message>
    <message>
        <source>Backups of {database} in {folder}, newest first:</source>
        <translation>Backups van {database} in {folder}, nieuwste eerst:</translation>
    </message>
    <message>
        <source>Put one back with: coachdesk restore NUMBER (close CoachDesk first).</source>
        <translation>Zet er een terug met: coachdesk restore NUMMER (sluit eerst CoachDesk).</translation>
    </message>
    <message>
        <source>Restored {database} from {backup}.</source>
        <translation>{database} teruggezet vanuit {backup}.</translation>
    </message>
    <message>
        <source>The state before the restore is kept as {path}.</source>
        <translation>De toestand van vóór het terugzetten is bewaard als {path}.</translation>
    </message>
    <message>
        <source>Erased again: the copy still held people you had erased ({count}); they were removed before the database opened.</source>
        <translation>Opnieuw gewist: de kopie bevatte nog personen die je had gewist ({count}); ze werden verwijderd voordat de database openging.</translation>
    </message>
    <message>
        <source>the team database (PostgreSQL)</source>
        <translation>de teamdatabase (PostgreSQL)</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTIE</translation>
    </message>
    <message>
        <source>prepare an empty PostgreSQL database as the team database (schema, reference data, roles); run it as the database&apos;s owner</source>
        <translation>maak een lege PostgreSQL-database klaar als teamdatabase (schema, referentiegegevens, rollen); voer dit uit als eigenaar van de database</translation>
    </message>
    <message>
        <source>postgresql://owner@host/database (TLS unless on this machine)</source>
        <translation>postgresql://eigenaar@server/database (TLS, behalve op deze computer)</translation>
    </message>
    <message>
        <source>let a coach&apos;s login write these regions</source>
        <translation>laat de login van een coach deze regio&apos;s bewerken</translation>
    </message>
    <message>
        <source>postgresql://owner@host/database</source>
        <translation>postgresql://eigenaar@server/database</translation>
    </message>
    <message>
        <source>the coach&apos;s PostgreSQL login (a member of coachdesk_coach)</source>
        <translation>de PostgreSQL-login van de coach (lid van coachdesk_coach)</translation>
    </message>
    <message>
        <source>region names or codes</source>
        <translation>namen of codes van regio&apos;s</translation>
    </message>
    <message>
        <source>synchronise this computer with the team database: checks the address, keeps it in the settings and the password in the system&apos;s credential store</source>
        <translation>deze computer laten synchroniseren met de teamdatabase: controleert het adres, bewaart het in de instellingen en het wachtwoord in de wachtwoordkluis van het systeem</translation>
    </message>
    <message>
        <source>postgresql://user@host/database (TLS unless on this machine)</source>
        <translation>postgresql://gebruiker@server/database (TLS, behalve op deze computer)</translation>
    </message>
    <message>
        <source>the PostgreSQL login, when not in the address</source>
        <translation>de PostgreSQL-gebruiker, als die niet in het adres staat</translation>
    </message>
    <message>
        <source>the server&apos;s certificate authority (then the certificate is verified: sslmode=verify-full)</source>
        <translation>de certificaatautoriteit van de server (dan wordt het certificaat gecontroleerd: sslmode=verify-full)</translation>
    </message>
    <message>
        <source>read the password from the first line of standard input</source>
        <translation>het wachtwoord lezen van de eerste regel van de standaardinvoer</translation>
    </message>
    <message>
        <source>stop synchronising from this computer (forgets the address and the password)</source>
        <translation>stoppen met synchroniseren vanaf deze computer (vergeet het adres en het wachtwoord)</translation>
    </message>
    <message>
        <source>Team database {address} prepared: schema {schema}, roles {coaches} (coaches) and {headquarters} (headquarters).</source>
        <translation>Teamdatabase {address} voorbereid: schema {schema}, rollen {coaches} (coaches) en {headquarters} (hoofdkantoor).</translation>
    </message>
    <message>
        <source>Team database {address} upgraded from schema {before}: schema {schema}, roles {coaches} (coaches) and {headquarters} (headquarters).</source>
        <translation>Teamdatabase {address} bijgewerkt van schema {before}: schema {schema}, rollen {coaches} (coaches) en {headquarters} (hoofdkantoor).</translation>
    </message>
    <message>
        <source>Team database {address} checked: schema {schema}, roles {coaches} (coaches) and {headquarters} (headquarters).</source>
        <translation>Teamdatabase {address} gecontroleerd: schema {schema}, rollen {coaches} (coaches) en {headquarters} (hoofdkantoor).</translation>
    </message>
    <message>
        <source>{user} now writes: {regions}.</source>
        <translation>{user} schrijft nu: {regions}.</translation>
    </message>
    <message>
        <source>Password for the team database: </source>
        <translation>Wachtwoord voor de teamdatabase: </translation>
    </message>
    <message>
        <source>Connected to the team database {address}; the password is in the system&apos;s credential store. `coachdesk sync` now synchronises with it.</source>
        <translation>Verbonden met de teamdatabase {address}; het wachtwoord staat in de wachtwoordkluis van het systeem. `coachdesk sync` synchroniseert er nu mee.</translation>
    </message>
    <message>
        <source>No team database was set up on this computer.</source>
        <translation>Op deze computer was geen teamdatabase ingesteld.</translation>
    </message>
    <message>
        <source>This computer no longer synchronises with {address}.</source>
        <translation>Deze computer synchroniseert niet meer met {address}.</translation>
    </message>
    <message>
        <source>write the progress report (Voortgangsrapport) as a PDF</source>
        <translation>schrijf het voortgangsrapport als pdf</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>de pdf die geschreven wordt</translation>
    </message>
    <message>
        <source>report only this region (repeat for several; default: all)</source>
        <translation>rapporteer alleen over deze regio (herhaal voor meerdere; standaard: alle)</translation>
    </message>
    <message>
        <source>first day of the period whose changes are listed (dd/mm/yyyy or yyyy-mm-dd; default: three months before --to)</source>
        <translation>eerste dag van de periode waarvan de wijzigingen opgelijst worden (dd/mm/jjjj of jjjj-mm-dd; standaard: drie maanden voor --to)</translation>
    </message>
    <message>
        <source>last day of the period, the report&apos;s date (default: today)</source>
        <translation>laatste dag van de periode, de datum van het rapport (standaard: vandaag)</translation>
    </message>
    <message>
        <source>people&apos;s names become their organisation, in free text too</source>
        <translation>namen van personen worden hun organisatie, ook in vrije tekst</translation>
    </message>
    <message>
        <source>a region without contact for this many days has stalled (default 30)</source>
        <translation>een regio zonder contact gedurende zoveel dagen is stilgevallen (standaard 30)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date (write dd/mm/yyyy)</source>
        <translation>&apos;{text}&apos; is geen datum (schrijf dd/mm/jjjj)</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>Rapport schrijven</translation>
    </message>
    <message>
        <source>Report written to {path}: {regions} regions, {changes} changes from {start} to {end}.</source>
        <translation>Rapport geschreven naar {path}: {regions} regio&apos;s, {changes} wijzigingen van {start} tot {end}.</translation>
    </message>
    <message>
        <source>exchange this database&apos;s changes with the team database; creates the database given by --db when it does not exist yet</source>
        <translation>wissel de wijzigingen van deze database uit met de teamdatabase; maakt de database van --db aan als ze nog niet bestaat</translation>
    </message>
    <message>
        <source>postgresql://user@host/database (the password in the URL or in PGPASSWORD; TLS unless the server is on this machine)</source>
        <translation>postgresql://gebruiker@server/database (het wachtwoord in de URL of in PGPASSWORD; TLS, behalve als de server op deze computer draait)</translation>
    </message>
    <message>
        <source>1 conflict waits</source>
        <translation>1 conflict wacht</translation>
    </message>
    <message>
        <source>{count} conflicts wait</source>
        <translation>{count} conflicten wachten</translation>
    </message>
    <message>
        <source>1 record of {regions} stays on this laptop: you do not coach that region in the team database.</source>
        <translation>1 record van {regions} blijft op deze laptop: je coacht die regio niet in de teamdatabase.</translation>
    </message>
    <message>
        <source>{count} records of {regions} stay on this laptop: you do not coach that region in the team database.</source>
        <translation>{count} records van {regions} blijven op deze laptop: je coacht die regio niet in de teamdatabase.</translation>
    </message>
    <message>
        <source>{count} records of {regions} stay on this laptop: you do not coach those regions in the team database.</source>
        <translation>{count} records van {regions} blijven op deze laptop: je coacht die regio&apos;s niet in de teamdatabase.</translation>
    </message>
    <message>
        <source>The team database was restored to an older state; this laptop sends its data again.</source>
        <translation>De teamdatabase is teruggezet naar een oudere stand; deze laptop stuurt zijn gegevens opnieuw.</translation>
    </message>
    <message>
        <source>Synchronised with {address}: {sent} sent, {received} received, {deleted} deleted; {waiting} for your choice in the window.</source>
        <translation>Gesynchroniseerd met {address}: {sent} verstuurd, {received} ontvangen, {deleted} verwijderd; {waiting} op je keuze in het venster.</translation>
    </message>
</context>
</TS>
