<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About CoachDesk</source>
        <translation>Over CoachDesk</translation>
    </message>
    <message>
        <source>The workbench of the regional coaches who help Flanders&apos; regions build an organisation network for newcomers&apos; participation.</source>
        <translation>De werkplek van de regiocoaches die de Vlaamse regio&apos;s helpen een organisatienetwerk voor de participatie van nieuwkomers uit te bouwen.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Logbestand</translation>
    </message>
    <message>
        <source>CoachDesk works offline: it opens no network connection and sends nothing. Your data stay on this computer, readable by you alone.</source>
        <translation>CoachDesk werkt offline: het maakt geen netwerkverbinding en verstuurt niets. Je gegevens blijven op deze computer, alleen leesbaar voor jou.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Onverwachte fout</translation>
    </message>
    <message>
        <source>Something went wrong that CoachDesk did not expect. Your data are safe: the change that failed was not saved.</source>
        <translation>Er liep iets mis dat CoachDesk niet verwachtte. Je gegevens zijn veilig: de mislukte wijziging is niet bewaard.</translation>
    </message>
    <message>
        <source>The details are also in the log file: %1</source>
        <translation>De details staan ook in het logbestand: %1</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopiëren</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CoachDesk</source>
        <translation>CoachDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Database wordt geopend…</translation>
    </message>
    <message>
        <source>Open &amp;database…</source>
        <translation>&amp;Database openen…</translation>
    </message>
    <message>
        <source>New de&amp;mo database…</source>
        <translation>Nieuwe de&amp;modatabase…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>%1 &amp;ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>O&amp;pnieuw</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>%1 &amp;opnieuw uitvoeren</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>&amp;About CoachDesk</source>
        <translation>&amp;Over CoachDesk</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Offline: CoachDesk never uses the network.</source>
        <translation>Offline: CoachDesk gebruikt nooit het netwerk.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Database openen</translation>
    </message>
    <message>
        <source>CoachDesk database (*.sqlite *.db);;All files (*)</source>
        <translation>CoachDesk-database (*.sqlite *.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>New demo database</source>
        <translation>Nieuwe demodatabase</translation>
    </message>
    <message>
        <source>CoachDesk database (*.sqlite)</source>
        <translation>CoachDesk-database (*.sqlite)</translation>
    </message>
    <message>
        <source>Creating the demo database…</source>
        <translation>De demodatabase wordt aangemaakt…</translation>
    </message>
</context>
<context>
    <name>NavigationHistory</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <source>← Back to %1 (Alt+Left)</source>
        <translation>← Terug naar %1 (Alt+Links)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>A new language takes effect when CoachDesk starts again.</source>
        <translation>Een nieuwe taal geldt vanaf de volgende start van CoachDesk.</translation>
    </message>
    <message>
        <source>Your &amp;name (on exports):</source>
        <translation>Je &amp;naam (op exports):</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>Region &amp;stalled after:</source>
        <translation>Regio &amp;stilgevallen na:</translation>
    </message>
    <message>
        <source>&amp;Daily backups kept:</source>
        <translation>&amp;Dagelijkse backups bewaren:</translation>
    </message>
    <message>
        <source>&amp;Weekly backups kept:</source>
        <translation>&amp;Wekelijkse backups bewaren:</translation>
    </message>
    <message>
        <source>&amp;Monthly backups kept:</source>
        <translation>&amp;Maandelijkse backups bewaren:</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestanden van &amp;type:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Reset</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <source>Yes to All</source>
        <translation>Ja op alles</translation>
    </message>
    <message>
        <source>No to All</source>
        <translation>Nee op alles</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>Niet opslaan</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Sluiten zonder opslaan</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>Read-only: headquarters may only correct the deadlines of actions</source>
        <translation>Alleen-lezen: hoofdzetel mag enkel deadlines van acties corrigeren</translation>
    </message>
    <message>
        <source>Read-only: your role on the team database may not change anything</source>
        <translation>Alleen-lezen: je rol in de teamdatabase mag niets wijzigen</translation>
    </message>
    <message>
        <source>The team database is backed up and checked by its server; this works on a laptop database only</source>
        <translation>De teamdatabase wordt door haar server geback-upt en gecontroleerd; dit werkt enkel op een laptopdatabase</translation>
    </message>
    <message>
        <source>Read-only here: you do not coach this region</source>
        <translation>Alleen-lezen hier: je coacht deze regio niet</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>WelcomeBanner</name>
    <message>
        <source>&lt;b&gt;Welcome to CoachDesk.&lt;/b&gt; The 18 regions and their municipalities are ready. Start by logging a contact moment, or try CoachDesk on a demo database first. Everything stays on this computer.</source>
        <translation>&lt;b&gt;Welkom bij CoachDesk.&lt;/b&gt; De 18 regio&apos;s en hun gemeenten staan klaar. Begin met een contactmoment, of probeer CoachDesk eerst uit op een demodatabase. Alles blijft op deze computer.</translation>
    </message>
    <message>
        <source>Try a &amp;demo database…</source>
        <translation>&amp;Demodatabase proberen…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
</TS>
