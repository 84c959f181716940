<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
<context>
    <name>ContactsPage</name>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <source>Search name, function, organisation, e-mail…</source>
        <translation>Zoek op naam, functie, organisatie, e-mail…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nieuw…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>B&amp;ewerken…</translation>
    </message>
    <message>
        <source>Contact &amp;moments</source>
        <translation>Contact&amp;momenten</translation>
    </message>
    <message>
        <source>Merge the two selected…</source>
        <translation>&amp;Samenvoegen (twee geselecteerd)…</translation>
    </message>
    <message>
        <source>E&amp;xport personal data…</source>
        <translation>E&amp;xporteer persoonsgegevens…</translation>
    </message>
    <message>
        <source>Era&amp;se person…</source>
        <translation>Persoon w&amp;issen…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regio</translation>
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
        <source>Legal basis</source>
        <translation>Rechtsgrond</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>%1 people, %2 organisations</source>
        <translation>%1 personen, %2 organisaties</translation>
    </message>
    <message>
        <source>Merged into %1. Undo with Ctrl+Z.</source>
        <translation>Samengevoegd in %1. Ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>Everything about %1 was written to %2.</source>
        <translation>Alle gegevens over %1 staan in %2.</translation>
    </message>
    <message numerus="yes">
        <source>The person was erased; %n contact moment(s) kept, anonymised.</source>
        <translation>
            <numerusform>De persoon is gewist; %n contactmoment blijft bewaard, geanonimiseerd.</numerusform>
            <numerusform>De persoon is gewist; %n contactmomenten blijven bewaard, geanonimiseerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also erased from %n backup(s).</source>
        <translation>
            <numerusform>Ook gewist uit %n backup.</numerusform>
            <numerusform>Ook gewist uit %n backups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) could not be cleaned and were deleted: %1.</source>
        <translation>
            <numerusform>%n backup kon niet worden opgeschoond en is verwijderd: %1.</numerusform>
            <numerusform>%n backups konden niet worden opgeschoond en zijn verwijderd: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>%1 samenvoegen</translation>
    </message>
    <message>
        <source>Merge two records</source>
        <translation>Twee records samenvoegen</translation>
    </message>
    <message>
        <source>Keep which record? The other one&apos;s contact moments and details move to it. You can undo this (Ctrl+Z).</source>
        <translation>Welk record blijft bestaan? De contactmomenten en gegevens van het andere gaan ernaar over. Je kunt dit ongedaan maken (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Samenvoegen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Export a person&apos;s data</source>
        <translation>Gegevens van een persoon exporteren</translation>
    </message>
    <message>
        <source>JSON file (*.json)</source>
        <translation>JSON-bestand (*.json)</translation>
    </message>
    <message>
        <source>Erase a person</source>
        <translation>Een persoon wissen</translation>
    </message>
    <message>
        <source>Erase %1 for good? Their name, e-mail and phone disappear from the whole database, also from reports and actions, and from every backup in the backups folder; a copy restored later (also from a USB stick) is erased again before it opens. Their contact moments stay, with &apos;geanonimiseerd&apos; in their place. This cannot be undone.</source>
        <translation>%1 definitief wissen? Naam, e-mailadres en telefoonnummer verdwijnen uit de hele database, ook uit verslagen en acties, en uit elke backup in de map met backups; een kopie die later wordt teruggezet (ook van een USB-stick) wordt opnieuw gewist voor ze opent. De contactmomenten blijven, met &apos;geanonimiseerd&apos; in de plaats. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>(from the municipality)</source>
        <translation>(volgens de gemeente)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation>&amp;Gemeente</translation>
    </message>
    <message>
        <source>Re&amp;gion</source>
        <translation>&amp;Regio</translation>
    </message>
    <message>
        <source>&amp;Company number</source>
        <translation>&amp;Ondernemingsnummer</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>Noti&amp;ties</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Function</source>
        <translation>&amp;Functie</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <source>Re&amp;gion</source>
        <translation>&amp;Regio</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefoon</translation>
    </message>
    <message>
        <source>&amp;Legal basis</source>
        <translation>Rechts&amp;grond</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>Noti&amp;ties</translation>
    </message>
</context>
<context>
    <name>_RecordForm</name>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>zelfde e-mail</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>gelijkaardige naam</translation>
    </message>
    <message>
        <source>This may already exist:</source>
        <translation>Dit bestaat mogelijk al:</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid e-mail address.</source>
        <translation>&apos;%1&apos; is geen geldig e-mailadres.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid phone number.</source>
        <translation>&apos;%1&apos; is geen geldig telefoonnummer.</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>Een naam is verplicht.</translation>
    </message>
</context>
</TS>
