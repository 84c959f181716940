<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
<context>
    <name>ActionsPage</name>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Zonder vervaldatum</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwoordelijke</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>From contact moment</source>
        <translation>Uit contactmoment</translation>
    </message>
    <message>
        <source>No open actions. Add them when you log a contact moment (Ctrl+N).</source>
        <translation>Geen open acties. Voeg ze toe wanneer je een contactmoment noteert (Ctrl+N).</translation>
    </message>
    <message>
        <source>Re&amp;gion</source>
        <translation>&amp;Regio</translation>
    </message>
    <message>
        <source>O&amp;wner</source>
        <translation>&amp;Verantwoordelijke</translation>
    </message>
    <message>
        <source>Ne&amp;w action…</source>
        <translation>&amp;Nieuwe actie…</translation>
    </message>
    <message>
        <source>&amp;Done (Ctrl+D)</source>
        <translation>&amp;Klaar (Ctrl+D)</translation>
    </message>
    <message>
        <source>Done and &amp;next (Ctrl+Shift+D)</source>
        <translation>Klaar en vol&amp;gende (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation>Ver&amp;plaatsen…</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>%1 overdue, %2 due today, %3 this week</source>
        <translation>%1 te laat, %2 vandaag, %3 deze week</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Alle regio&apos;s</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Afronden</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Verplaatsen</translation>
    </message>
    <message>
        <source>Action saved: %1</source>
        <translation>Actie bewaard: %1</translation>
    </message>
</context>
<context>
    <name>DoneDialog</name>
    <message>
        <source>Mark as done</source>
        <translation>Afronden</translation>
    </message>
    <message>
        <source>&amp;Done on</source>
        <translation>&amp;Afgerond op</translation>
    </message>
</context>
<context>
    <name>NewActionDialog</name>
    <message>
        <source>New action</source>
        <translation>Nieuwe actie</translation>
    </message>
    <message>
        <source>Who; type to choose a known person</source>
        <translation>Wie; typ om een gekende persoon te kiezen</translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation>(geen regio)</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Actie</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Verantwoordelijke</translation>
    </message>
    <message>
        <source>D&amp;ue on</source>
        <translation>Verval&amp;datum</translation>
    </message>
    <message>
        <source>Re&amp;gion</source>
        <translation>&amp;Regio</translation>
    </message>
    <message>
        <source>Describe the action.</source>
        <translation>Beschrijf de actie.</translation>
    </message>
</context>
<context>
    <name>NextDialog</name>
    <message>
        <source>Done, and the next action</source>
        <translation>Klaar, en de volgende actie</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Klaar: %1</translation>
    </message>
    <message>
        <source>&amp;Done on</source>
        <translation>&amp;Afgerond op</translation>
    </message>
    <message>
        <source>&amp;Next action</source>
        <translation>V&amp;olgende actie</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Verantwoordelijke</translation>
    </message>
    <message>
        <source>D&amp;ue on</source>
        <translation>Verval&amp;datum</translation>
    </message>
    <message>
        <source>Describe the next action.</source>
        <translation>Beschrijf de volgende actie.</translation>
    </message>
    <message>
        <source>The next action cannot be due before the first is done.</source>
        <translation>De volgende actie kan niet vervallen vóór de eerste klaar is.</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>Reschedule</source>
        <translation>Verplaatsen</translation>
    </message>
    <message>
        <source>&amp;New due date</source>
        <translation>&amp;Nieuwe vervaldatum</translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
</TS>
