<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
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
        <source>Filter regions…</source>
        <translation>Regio&apos;s filteren…</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provincie</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>In stage since</source>
        <translation>In fase sinds</translation>
    </message>
    <message>
        <source>Municipalities joined</source>
        <translation>Gemeenten aangesloten</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n regio</numerusform>
            <numerusform>%n regio&apos;s</numerusform>
        </translation>
    </message>
</context>
</TS>
