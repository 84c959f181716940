<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
<context>
    <name>ProposalsPage</name>
    <message>
        <source>Proposals</source>
        <translation>Voorstellen</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal version(s) received.</source>
        <translation>
            <numerusform>%n voorstelversie ontvangen.</numerusform>
            <numerusform>%n voorstelversies ontvangen.</numerusform>
        </translation>
    </message>
</context>
</TS>
