<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
<context>
    <name>RegionsPage</name>
    <message>
        <source>Regions</source>
        <translation>Regio&apos;s</translation>
    </message>
    <message>
        <source>NIS code</source>
        <translation>NIS-code</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Former municipalities</source>
        <translation>Voormalige gemeenten</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message numerus="yes">
        <source>%n municipality(ies)</source>
        <translation>
            <numerusform>%n gemeente</numerusform>
            <numerusform>%n gemeenten</numerusform>
        </translation>
    </message>
</context>
</TS>
