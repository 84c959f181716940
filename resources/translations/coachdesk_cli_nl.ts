<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
<context>
    <name>cli</name>
    <message>
        <source>interrupted; nothing was left half-done.</source>
        <translation>onderbroken; er bleef niets half afgewerkt.</translation>
    </message>
    <message>
        <source>unexpected error: {what} (run again with --debug for details).</source>
        <translation>onverwachte fout: {what} (voer opnieuw uit met --debug voor de details).</translation>
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
        <source>Writing the report</source>
        <translation>Rapport schrijven</translation>
    </message>
    <message>
        <source>Report written to {path}: {regions} regions, {changes} changes from {start} to {end}.</source>
        <translation>Rapport geschreven naar {path}: {regions} regio&apos;s, {changes} wijzigingen van {start} tot {end}.</translation>
    </message>
</context>
</TS>
