<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
<context>
    <name>ActionRows</name>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwoordelijke</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <source>&amp;Add action</source>
        <translation>Actie &amp;toevoegen</translation>
    </message>
    <message>
        <source>Already planned: %1</source>
        <translation>Al gepland: %1</translation>
    </message>
    <message>
        <source>What needs to happen</source>
        <translation>Wat moet er gebeuren</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
</context>
<context>
    <name>LogbookPage</name>
    <message>
        <source>Logbook</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <source>Search subject and report…</source>
        <translation>Zoek in onderwerp en verslag…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>All people</source>
        <translation>Alle personen</translation>
    </message>
    <message>
        <source>&amp;New contact moment…</source>
        <translation>&amp;Nieuw contactmoment…</translation>
    </message>
    <message>
        <source>&amp;Correct… (F2)</source>
        <translation>B&amp;ewerken… (F2)</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Filters w&amp;issen</translation>
    </message>
    <message>
        <source>Re&amp;gion</source>
        <translation>&amp;Regio</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Persoon</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Tot</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>any</source>
        <translation>eender</translation>
    </message>
    <message numerus="yes">
        <source>%n contact moment(s)</source>
        <translation>
            <numerusform>%n contactmoment</numerusform>
            <numerusform>%n contactmomenten</numerusform>
        </translation>
    </message>
    <message>
        <source>No contact moment matches these filters.</source>
        <translation>Geen enkel contactmoment past bij deze filters.</translation>
    </message>
    <message>
        <source>No contact moments yet. Press Ctrl+N to log one.</source>
        <translation>Nog geen contactmomenten. Druk op Ctrl+N om er een te noteren.</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Alle regio&apos;s</translation>
    </message>
</context>
<context>
    <name>MomentDetail</name>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>niemand genoteerd</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Opvolgacties</translation>
    </message>
</context>
<context>
    <name>NewParticipantQuestion</name>
    <message>
        <source>New participant</source>
        <translation>Nieuwe deelnemer</translation>
    </message>
    <message>
        <source>Nobody called &apos;%1&apos; is known yet.</source>
        <translation>Er is nog niemand gekend met de naam &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Add as &amp;new person</source>
        <translation>Toevoegen als &amp;nieuwe persoon</translation>
    </message>
    <message>
        <source>&amp;Use %1</source>
        <translation>&amp;Gebruik %1</translation>
    </message>
    <message>
        <source>May already exist: %1</source>
        <translation>Bestaat mogelijk al: %1</translation>
    </message>
</context>
<context>
    <name>ParticipantPicker</name>
    <message>
        <source>Type a name, organisation or municipality; Enter adds</source>
        <translation>Typ een naam, organisatie of gemeente; Enter voegt toe</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisatie</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>gemeente</translation>
    </message>
    <message>
        <source>%1 (new person)</source>
        <translation>%1 (nieuwe persoon)</translation>
    </message>
    <message>
        <source>May already exist: %1</source>
        <translation>Bestaat mogelijk al: %1</translation>
    </message>
    <message>
        <source>&amp;Use %1</source>
        <translation>&amp;Gebruik %1</translation>
    </message>
</context>
<context>
    <name>QuickLogDialog</name>
    <message>
        <source>Log a contact moment</source>
        <translation>Contactmoment noteren</translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation>(geen regio)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>Re&amp;gion</source>
        <translation>&amp;Regio</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>Deel&amp;nemers</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Onderwerp</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Verslag</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Opslaan (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Correct a contact moment</source>
        <translation>Contactmoment bewerken</translation>
    </message>
    <message>
        <source>Give the contact moment a subject.</source>
        <translation>Geef het contactmoment een onderwerp.</translation>
    </message>
    <message>
        <source>Action %1 is due before the contact moment: choose a later date.</source>
        <translation>Actie %1 vervalt vóór het contactmoment: kies een latere datum.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid e-mail address.</source>
        <translation>&apos;%1&apos; is geen geldig e-mailadres.</translation>
    </message>
    <message>
        <source>Describe each follow-up action.</source>
        <translation>Beschrijf elke opvolgactie.</translation>
    </message>
    <message>
        <source>Every new participant needs a name.</source>
        <translation>Elke nieuwe deelnemer heeft een naam nodig.</translation>
    </message>
</context>
</TS>
