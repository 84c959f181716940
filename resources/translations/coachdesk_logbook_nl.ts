<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
<context>
    <name>LogbookPage</name>
    <message>
        <source>Logbook</source>
        <translation>Logboek</translation>
    </message>
    <message numerus="yes">
        <source>%n contact moment(s) logged.</source>
        <translation>
            <numerusform>%n contactmoment gelogd.</numerusform>
            <numerusform>%n contactmomenten gelogd.</numerusform>
        </translation>
    </message>
</context>
</TS>
