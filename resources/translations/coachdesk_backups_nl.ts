<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
<context>
    <name>BackupLabels</name>
    <message>
        <source>Daily copy</source>
        <translation>Dagelijkse kopie</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Zelf gemaakt</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Voor het terugzetten</translation>
    </message>
    <message>
        <source>Damaged state, set aside</source>
        <translation>Beschadigde toestand, apart gezet</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Voor een import</translation>
    </message>
    <message>
        <source>Before a merge</source>
        <translation>Voor het samenvoegen</translation>
    </message>
    <message>
        <source>Before a bulk change</source>
        <translation>Voor een wijziging in bulk</translation>
    </message>
    <message>
        <source>Before erasing a person</source>
        <translation>Voor het wissen van een persoon</translation>
    </message>
    <message>
        <source>Before a program update</source>
        <translation>Voor een programma-update</translation>
    </message>
    <message>
        <source>Chosen file</source>
        <translation>Gekozen bestand</translation>
    </message>
</context>
<context>
    <name>BackupMenu</name>
    <message>
        <source>Backup made: %1</source>
        <translation>Backup gemaakt: %1</translation>
    </message>
    <message>
        <source>Make a &amp;backup</source>
        <translation>&amp;Backup maken</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>Backup &amp;terugzetten…</translation>
    </message>
    <message>
        <source>&amp;Check the database…</source>
        <translation>Database &amp;controleren…</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Check the database</source>
        <translation>Database controleren</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Bezig met controleren…</translation>
    </message>
    <message>
        <source>&amp;Repair</source>
        <translation>&amp;Herstellen</translation>
    </message>
    <message>
        <source>The database is in good order.</source>
        <translation>De database is in orde.</translation>
    </message>
    <message>
        <source>The database has a problem.</source>
        <translation>De database heeft een probleem.</translation>
    </message>
    <message>
        <source>The file is damaged (SQLite reports: %1).</source>
        <translation>Het bestand is beschadigd (SQLite meldt: %1).</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) refer to records that no longer exist.</source>
        <translation>
            <numerusform>%n gegeven verwijst naar een gegeven dat niet meer bestaat.</numerusform>
            <numerusform>%n gegevens verwijzen naar gegevens die niet meer bestaan.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database has structure %1; this CoachDesk expects %2.</source>
        <translation>De database heeft structuur %1; deze CoachDesk verwacht %2.</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Regions:</source>
        <translation>Regio&apos;s:</translation>
    </message>
    <message>
        <source>Municipalities:</source>
        <translation>Gemeenten:</translation>
    </message>
    <message>
        <source>Organisations:</source>
        <translation>Organisaties:</translation>
    </message>
    <message>
        <source>People:</source>
        <translation>Personen:</translation>
    </message>
    <message>
        <source>Contact moments:</source>
        <translation>Contactmomenten:</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>Acties:</translation>
    </message>
    <message>
        <source>Proposal versions:</source>
        <translation>Voorstelversies:</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>onleesbaar</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>nog geen</translation>
    </message>
    <message>
        <source>Latest sound backup:</source>
        <translation>Laatste goede backup:</translation>
    </message>
    <message>
        <source>Repair the database? CoachDesk first tries to rebuild what is damaged without losing anything; if that is not enough, it puts back the latest sound backup (%1). The damaged state is kept as a copy.</source>
        <translation>De database herstellen? CoachDesk probeert eerst het beschadigde deel opnieuw op te bouwen zonder iets te verliezen; lukt dat niet, dan zet het de laatste goede backup terug (%1). De beschadigde toestand wordt als kopie bewaard.</translation>
    </message>
    <message>
        <source>Repairing…</source>
        <translation>Bezig met herstellen…</translation>
    </message>
    <message>
        <source>The database was repaired; nothing was lost. CoachDesk now opens it.</source>
        <translation>De database is hersteld; er ging niets verloren. CoachDesk opent ze nu.</translation>
    </message>
    <message>
        <source>The backup of %1 was put back. CoachDesk now opens it.</source>
        <translation>De backup van %1 is teruggezet. CoachDesk opent ze nu.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) you had erased were still in this backup; they were erased again before it opened.</source>
        <translation>
            <numerusform>%n persoon die u had gewist, zat nog in deze backup; die is opnieuw gewist voor de database openging.</numerusform>
            <numerusform>%n personen die u had gewist, zaten nog in deze backup; ze zijn opnieuw gewist voor de database openging.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Backup terugzetten</translation>
    </message>
    <message>
        <source>CoachDesk copies your database every day and before every import or update. Choose the copy to put back; your current data are kept as a copy first, so a restore can be undone.</source>
        <translation>CoachDesk kopieert je database elke dag en voor elke import of update. Kies de kopie die je wilt terugzetten; je huidige gegevens worden eerst als kopie bewaard, zodat je het terugzetten ongedaan kunt maken.</translation>
    </message>
    <message>
        <source>There are no backups yet. CoachDesk makes one when it starts (once a day) and before every import; you can also make one now.</source>
        <translation>Er zijn nog geen backups. CoachDesk maakt er een bij het opstarten (eenmaal per dag) en voor elke import; je kunt er ook nu een maken.</translation>
    </message>
    <message>
        <source>Kept: %1 daily, %2 weekly and %3 monthly copies, in %4</source>
        <translation>Bewaard: %1 dagelijkse, %2 wekelijkse en %3 maandelijkse kopieën, in %4</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <source>&amp;Make a backup now</source>
        <translation>Nu een backup &amp;maken</translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>Map &amp;openen</translation>
    </message>
    <message>
        <source>To copy backups to a USB stick, for example</source>
        <translation>Om backups bijvoorbeeld naar een USB-stick te kopiëren</translation>
    </message>
    <message>
        <source>From another &amp;file…</source>
        <translation>Uit een ander &amp;bestand…</translation>
    </message>
    <message>
        <source>A backup on a USB stick or from another computer</source>
        <translation>Een backup op een USB-stick of van een andere computer</translation>
    </message>
    <message>
        <source>The backup %1 no longer exists.</source>
        <translation>De backup %1 bestaat niet meer.</translation>
    </message>
    <message>
        <source>A backup was made.</source>
        <translation>Er werd een backup gemaakt.</translation>
    </message>
    <message>
        <source>Put back the backup of %1? What you recorded after it is set aside in a copy of the current state, which you can restore in turn.</source>
        <translation>De backup van %1 terugzetten? Wat je daarna vastlegde, wordt apart gezet in een kopie van de huidige toestand, die je op jouw beurt kunt terugzetten.</translation>
    </message>
    <message>
        <source>Putting the backup of %1 back…</source>
        <translation>Bezig met het terugzetten van de backup van %1…</translation>
    </message>
    <message>
        <source>The backup of %1 is back in place. CoachDesk now opens it.</source>
        <translation>De backup van %1 staat terug op zijn plaats. CoachDesk opent ze nu.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) you had erased were still in this backup; they were erased again before it opened.</source>
        <translation>
            <numerusform>%n persoon die u had gewist, zat nog in deze backup; die is opnieuw gewist voor de database openging.</numerusform>
            <numerusform>%n personen die u had gewist, zaten nog in deze backup; ze zijn opnieuw gewist voor de database openging.</numerusform>
        </translation>
    </message>
    <message>
        <source>CoachDesk database (*.sqlite *.db);;All files (*)</source>
        <translation>CoachDesk-database (*.sqlite *.db);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>StartupRepair</name>
    <message>
        <source>The database %1 is damaged and cannot be opened. CoachDesk can put back its latest sound backup, of %2; the damaged file is kept as a copy. Put the backup back now?</source>
        <translation>De database %1 is beschadigd en kan niet worden geopend. CoachDesk kan de laatste goede backup terugzetten, die van %2; het beschadigde bestand blijft als kopie bewaard. Nu de backup terugzetten?</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>Beschadigde database</translation>
    </message>
    <message>
        <source>The database was repaired; nothing was lost.</source>
        <translation>De database is hersteld; er ging niets verloren.</translation>
    </message>
    <message>
        <source>The backup of %1 was put back. What you recorded after it is in the damaged file, kept as a copy in the backups folder.</source>
        <translation>De backup van %1 is teruggezet. Wat je daarna vastlegde, zit in het beschadigde bestand, dat als kopie in de map met backups bewaard blijft.</translation>
    </message>
</context>
</TS>
