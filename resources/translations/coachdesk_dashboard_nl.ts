<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
<context>
    <name>DashboardColumns</name>
    <message>
        <source>no contact yet</source>
        <translation>nog geen contact</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>Dagen in fase</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>Stilgevallen</translation>
    </message>
    <message>
        <source>Network leader</source>
        <translation>Netwerkleider</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Aangesloten</translation>
    </message>
    <message>
        <source>Actions open (late)</source>
        <translation>Acties (te laat)</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Voorstel</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Volgende stap</translation>
    </message>
    <message>
        <source>No contact moment yet</source>
        <translation>Nog geen contactmoment</translation>
    </message>
    <message>
        <source>Last contact moment: %1</source>
        <translation>Laatste contactmoment: %1</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Where each region stands.</source>
        <translation>Waar elke regio staat.</translation>
    </message>
    <message>
        <source>Only s&amp;talled</source>
        <translation>Alleen &amp;stilgevallen</translation>
    </message>
    <message>
        <source>Filter regions…</source>
        <translation>Regio&apos;s filteren…</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>&amp;Provincie:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Fase:</translation>
    </message>
    <message>
        <source>Fin&amp;d:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>Regions per stage</source>
        <translation>Regio&apos;s per fase</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation>Alle provincies</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alle fasen</translation>
    </message>
    <message numerus="yes">
        <source>%n stalled</source>
        <translation>
            <numerusform>%n stilgevallen</numerusform>
            <numerusform>%n stilgevallen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without network leader</source>
        <translation>
            <numerusform>%n zonder netwerkleider</numerusform>
            <numerusform>%n zonder netwerkleider</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due this week.</source>
        <translation>Niets vervalt deze week.</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n te laat</numerusform>
            <numerusform>%n te laat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due today</source>
        <translation>
            <numerusform>%n vandaag</numerusform>
            <numerusform>%n vandaag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n later this week</source>
        <translation>
            <numerusform>%n later deze week</numerusform>
            <numerusform>%n later deze week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n regio</numerusform>
            <numerusform>%n regio&apos;s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardTexts</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
</context>
</TS>
