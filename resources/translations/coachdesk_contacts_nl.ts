<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
<context>
    <name>ContactsPage</name>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) in the database.</source>
        <translation>
            <numerusform>%n persoon in de database.</numerusform>
            <numerusform>%n personen in de database.</numerusform>
        </translation>
    </message>
</context>
</TS>
