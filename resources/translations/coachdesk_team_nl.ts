<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Sync conflicts</source>
        <translation>Synchronisatieconflicten</translation>
    </message>
    <message>
        <source>Reading the conflicts…</source>
        <translation>De conflicten worden gelezen…</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Op deze computer</translation>
    </message>
    <message>
        <source>In the team database</source>
        <translation>In de teamdatabase</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>You and a colleague both changed these fields since the last sync. Unticked, your value stays; tick a field (Space) to take the team database&apos;s value. Your choice travels at the next sync.</source>
        <translation>Jij en een collega hebben deze velden allebei gewijzigd sinds de vorige synchronisatie. Niet aangevinkt blijft jouw waarde; vink een veld aan (spatie) om de waarde uit de teamdatabase over te nemen. Je keuze gaat mee bij de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>All &amp;mine</source>
        <translation>Alles van &amp;mij</translation>
    </message>
    <message>
        <source>All from the &amp;team database</source>
        <translation>Alles uit de &amp;teamdatabase</translation>
    </message>
    <message>
        <source>&amp;Apply choices</source>
        <translation>Keuzes &amp;toepassen</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Mijn waarde houden</translation>
    </message>
    <message>
        <source>Take the team database&apos;s</source>
        <translation>Waarde van de teamdatabase nemen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Contact moment</source>
        <translation>Contactmoment</translation>
    </message>
    <message>
        <source>Candidacy</source>
        <translation>Kandidatuur</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Voorstel</translation>
    </message>
    <message>
        <source>Proposal version</source>
        <translation>Versie van het voorstel</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Afgerond op</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) changed both here and in the team database</source>
        <translation>
            <numerusform>%n veld is zowel hier als in de teamdatabase gewijzigd</numerusform>
            <numerusform>%n velden zijn zowel hier als in de teamdatabase gewijzigd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(in %n record(s)).</source>
        <translation>
            <numerusform>(in %n record).</numerusform>
            <numerusform>(in %n records).</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts wait for a choice.</source>
        <translation>Er wachten geen conflicten op een keuze.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>&amp;Team database…</source>
        <translation>Teamdataba&amp;se…</translation>
    </message>
    <message>
        <source>&amp;Synchronise</source>
        <translation>S&amp;ynchroniseren</translation>
    </message>
    <message>
        <source>Resolve sync &amp;conflicts…</source>
        <translation>Conflicten &amp;oplossen…</translation>
    </message>
    <message>
        <source>Team database</source>
        <translation>Teamdatabase</translation>
    </message>
    <message>
        <source>This window shows the team database itself (live): there is nothing to synchronise.</source>
        <translation>Dit venster toont de teamdatabase zelf (live): er valt niets te synchroniseren.</translation>
    </message>
    <message>
        <source>Team database (live): %1</source>
        <translation>Teamdatabase (live): %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>CoachDesk works on this computer; it uses the network only when you synchronise with the team database.</source>
        <translation>CoachDesk werkt op deze computer; het netwerk wordt alleen gebruikt wanneer je synchroniseert met de teamdatabase.</translation>
    </message>
    <message>
        <source>No team database is set up: choose File &gt; Team database… first.</source>
        <translation>Er is geen teamdatabase ingesteld: kies eerst Bestand &gt; Teamdatabase…</translation>
    </message>
    <message>
        <source>No team database</source>
        <translation>Geen teamdatabase</translation>
    </message>
    <message>
        <source>Synchronise with %1 (%2)</source>
        <translation>Synchroniseren met %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) waiting</source>
        <translation>
            <numerusform>%n conflict wacht</numerusform>
            <numerusform>%n conflicten wachten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) stay(s) on this laptop</source>
        <translation>
            <numerusform>%n record blijft op deze laptop</numerusform>
            <numerusform>%n records blijven op deze laptop</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synchronised yet</source>
        <translation>Nog niet gesynchroniseerd</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>vandaag %1</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>gisteren %1</translation>
    </message>
    <message>
        <source>Last synchronised: %1</source>
        <translation>Laatst gesynchroniseerd: %1</translation>
    </message>
    <message>
        <source>Synchronising with %1…</source>
        <translation>Synchroniseren met %1…</translation>
    </message>
    <message>
        <source>Synchronising with the team database…</source>
        <translation>Synchroniseren met de teamdatabase…</translation>
    </message>
    <message>
        <source>Synchronised: %1 sent, %2 received.</source>
        <translation>Gesynchroniseerd: %1 verstuurd, %2 ontvangen.</translation>
    </message>
    <message>
        <source>The team database was restored to an older state; this laptop sends its data again.</source>
        <translation>De teamdatabase is teruggezet naar een oudere stand; deze laptop stuurt zijn gegevens opnieuw.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) changed on both sides wait for your choice.</source>
        <translation>
            <numerusform>%n veld dat aan beide kanten gewijzigd is, wacht op je keuze.</numerusform>
            <numerusform>%n velden die aan beide kanten gewijzigd zijn, wachten op je keuze.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of %1 stay(s) on this laptop: you do not coach that region in the team database.</source>
        <translation>
            <numerusform>%n record van %1 blijft op deze laptop: je coacht die regio niet in de teamdatabase.</numerusform>
            <numerusform>%n records van %1 blijven op deze laptop: je coacht die regio niet in de teamdatabase.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of %1 stay(s) on this laptop: you do not coach those regions in the team database.</source>
        <translation>
            <numerusform>%n record van %1 blijft op deze laptop: je coacht die regio&apos;s niet in de teamdatabase.</numerusform>
            <numerusform>%n records van %1 blijven op deze laptop: je coacht die regio&apos;s niet in de teamdatabase.</numerusform>
        </translation>
    </message>
    <message>
        <source>Synchronising was cancelled; what was already exchanged is kept, the rest follows next time.</source>
        <translation>Synchroniseren is geannuleerd; wat al uitgewisseld was, blijft bewaard, de rest volgt de volgende keer.</translation>
    </message>
    <message>
        <source>Connected to the team database %1.</source>
        <translation>Verbonden met de teamdatabase %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) resolved; your choice travels at the next sync.</source>
        <translation>
            <numerusform>%n conflict opgelost; je keuze gaat mee bij de volgende synchronisatie.</numerusform>
            <numerusform>%n conflicten opgelost; je keuzes gaan mee bij de volgende synchronisatie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>Team database</source>
        <translation>Teamdatabase</translation>
    </message>
    <message>
        <source>CoachDesk keeps working on this computer; Synchronise exchanges your changes with the team&apos;s PostgreSQL database. The password is kept in the system&apos;s credential store, never in a file. A server on another computer is reached over TLS only.</source>
        <translation>CoachDesk blijft op deze computer werken; Synchroniseren wisselt je wijzigingen uit met de PostgreSQL-database van het team. Het wachtwoord wordt bewaard in de wachtwoordkluis van het systeem, nooit in een bestand. Een server op een andere computer wordt alleen via TLS bereikt.</translation>
    </message>
    <message>
        <source>optional: verifies the server&apos;s certificate</source>
        <translation>optioneel: controleert het certificaat van de server</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Certificate &amp;authority:</source>
        <translation>&amp;Certificaatautoriteit:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Stop synchronising</source>
        <translation>&amp;Stoppen met synchroniseren</translation>
    </message>
    <message>
        <source>No team database is set up on this computer yet.</source>
        <translation>Op deze computer is nog geen teamdatabase ingesteld.</translation>
    </message>
    <message>
        <source>This computer synchronises with %1. Connect again to change the address or the password.</source>
        <translation>Deze computer synchroniseert met %1. Verbind opnieuw om het adres of het wachtwoord te wijzigen.</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Certificaatautoriteit</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Certificaten (*.crt *.pem *.cer);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Fill in the address of the team database.</source>
        <translation>Vul het adres van de teamdatabase in.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
</context>
</TS>
