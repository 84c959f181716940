<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
<context>
    <name>ActionsPage</name>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up action(s).</source>
        <translation>
            <numerusform>%n opvolgingsactie.</numerusform>
            <numerusform>%n opvolgingsacties.</numerusform>
        </translation>
    </message>
</context>
</TS>
