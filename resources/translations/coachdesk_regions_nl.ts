<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
<context>
    <name>CandidaciesTab</name>
    <message>
        <source>New candi&amp;dacy…</source>
        <translation>Nieuwe kan&amp;didatuur…</translation>
    </message>
    <message>
        <source>Change st&amp;atus…</source>
        <translation>Status &amp;aanpassen…</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidaat</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Gemeenten</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Promotor: %1</source>
        <translation>Promotor: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n candidacy(ies), none accepted yet</source>
        <translation>
            <numerusform>%n kandidatuur, nog geen aanvaard</numerusform>
            <numerusform>%n kandidaturen, nog geen aanvaard</numerusform>
        </translation>
    </message>
    <message>
        <source>No candidates yet: add the first with “New candidacy”.</source>
        <translation>Nog geen kandidaten: voeg de eerste toe met “Nieuwe kandidatuur”.</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Historiek van %1</translation>
    </message>
</context>
<context>
    <name>CandidacyForm</name>
    <message>
        <source>e.g. college decision of 12/03</source>
        <translation>bv. collegebesluit van 12/03</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>&amp;Motivering:</translation>
    </message>
</context>
<context>
    <name>CandidacyStatusDialog</name>
    <message>
        <source>Candidacy status</source>
        <translation>Status van de kandidatuur</translation>
    </message>
    <message>
        <source>%1, now: %2</source>
        <translation>%1, nu: %2</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <source>Filter people and organisations…</source>
        <translation>Personen en organisaties filteren…</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Functie</translation>
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
        <source>Contact moments</source>
        <translation>Contactmomenten</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persoon</numerusform>
            <numerusform>%n personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisatie</numerusform>
            <numerusform>%n organisaties</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MembershipDialog</name>
    <message>
        <source>Change membership</source>
        <translation>Lidmaatschap wijzigen</translation>
    </message>
    <message numerus="yes">
        <source>%n municipality(ies): </source>
        <translation>
            <numerusform>%n gemeente: </numerusform>
            <numerusform>%n gemeenten: </numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep each municipality&apos;s own note</source>
        <translation>&amp;Eigen notitie van elke gemeente behouden</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>Si&amp;nds:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otitie:</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move to another region</source>
        <translation>Naar een andere regio verplaatsen</translation>
    </message>
    <message numerus="yes">
        <source>Move %n municipality(ies) to another region: </source>
        <translation>
            <numerusform>%n gemeente naar een andere regio verplaatsen: </numerusform>
            <numerusform>%n gemeenten naar een andere regio verplaatsen: </numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Regio:</translation>
    </message>
</context>
<context>
    <name>MunicipalitiesTab</name>
    <message>
        <source>Filter municipalities…</source>
        <translation>Gemeenten filteren…</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation>&amp;Status wijzigen…</translation>
    </message>
    <message>
        <source>Move to another &amp;region…</source>
        <translation>Naar andere &amp;regio…</translation>
    </message>
    <message>
        <source>Select several with Shift or Ctrl; Enter changes the status.</source>
        <translation>Selecteer er meerdere met Shift of Ctrl; Enter wijzigt de status.</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>NIS code</source>
        <translation>NIS-code</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Former municipalities</source>
        <translation>Voormalige gemeenten</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n joined</source>
        <translation>
            <numerusform>%1 van %n aangesloten</numerusform>
            <numerusform>%1 van %n aangesloten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewCandidacyDialog</name>
    <message>
        <source>New candidacy</source>
        <translation>Nieuwe kandidatuur</translation>
    </message>
    <message>
        <source>optional, e.g. Kempense cooperation</source>
        <translation>optioneel, bv. Kempens samenwerkingsverband</translation>
    </message>
    <message>
        <source>&amp;Municipalities (Space ticks):</source>
        <translation>&amp;Gemeenten (spatie vinkt aan):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
</context>
<context>
    <name>NextStepDialog</name>
    <message>
        <source>Next step of %1</source>
        <translation>Volgende stap van %1</translation>
    </message>
    <message>
        <source>e.g. regional meeting on the draft</source>
        <translation>bv. regio-overleg over het ontwerp</translation>
    </message>
    <message>
        <source>&amp;Planned on:</source>
        <translation>&amp;Gepland op:</translation>
    </message>
    <message>
        <source>&amp;Next step:</source>
        <translation>&amp;Volgende stap:</translation>
    </message>
</context>
<context>
    <name>RegionCommands</name>
    <message>
        <source>Stage change to %1</source>
        <translation>Fasewijziging naar %1</translation>
    </message>
    <message>
        <source>Correction to %1</source>
        <translation>Correctie naar %1</translation>
    </message>
    <message>
        <source>Membership: %1</source>
        <translation>Lidmaatschap: %1</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Verplaatsen naar %1</translation>
    </message>
    <message>
        <source>New candidacy</source>
        <translation>Nieuwe kandidatuur</translation>
    </message>
    <message>
        <source>Candidacy: %1</source>
        <translation>Kandidatuur: %1</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Volgende stap</translation>
    </message>
    <message>
        <source>Edit stages</source>
        <translation>Fasen bewerken</translation>
    </message>
</context>
<context>
    <name>RegionForms</name>
    <message>
        <source>The date lies in the future; choose today or an earlier day.</source>
        <translation>De datum ligt in de toekomst; kies vandaag of een vroegere dag.</translation>
    </message>
    <message>
        <source>The date lies before the previous change (%1).</source>
        <translation>De datum ligt vóór de vorige wijziging (%1).</translation>
    </message>
    <message>
        <source>The region is already at this stage; choose another.</source>
        <translation>De regio zit al in deze fase; kies een andere.</translation>
    </message>
    <message>
        <source>This region already has an accepted network leader. Set that candidacy to another status first.</source>
        <translation>Deze regio heeft al een aanvaarde netwerkleider. Geef die kandidatuur eerst een andere status.</translation>
    </message>
    <message>
        <source>Two stages have the same name.</source>
        <translation>Twee fasen hebben dezelfde naam.</translation>
    </message>
    <message>
        <source>Give a reason: why does the region move to this stage?</source>
        <translation>Geef een reden: waarom gaat de regio naar deze fase?</translation>
    </message>
    <message>
        <source>Choose at least one municipality.</source>
        <translation>Kies minstens één gemeente.</translation>
    </message>
    <message>
        <source>Every stage needs a name.</source>
        <translation>Elke fase heeft een naam nodig.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Dit veld is verplicht.</translation>
    </message>
</context>
<context>
    <name>RegionHeader</name>
    <message>
        <source>Regions</source>
        <translation>Regio&apos;s</translation>
    </message>
    <message>
        <source>Change &amp;stage…</source>
        <translation>&amp;Fase wijzigen…</translation>
    </message>
    <message>
        <source>Ne&amp;xt step…</source>
        <translation>&amp;Volgende stap…</translation>
    </message>
    <message>
        <source>New &amp;action…</source>
        <translation>Nieuwe &amp;actie…</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Network leader</source>
        <translation>Netwerkleider</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Volgende stap</translation>
    </message>
    <message numerus="yes">
        <source>%1, since %2 (%n day(s))</source>
        <translation>
            <numerusform>%1, sinds %2 (%n dag)</numerusform>
            <numerusform>%1, sinds %2 (%n dagen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>nog geen</translation>
    </message>
    <message>
        <source>%1 (past)</source>
        <translation>%1 (voorbij)</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>niet gepland</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) ago)</source>
        <translation>
            <numerusform>%1 (%n dag geleden)</numerusform>
            <numerusform>%1 (%n dagen geleden)</numerusform>
        </translation>
    </message>
    <message>
        <source>stalled</source>
        <translation>stilgevallen</translation>
    </message>
</context>
<context>
    <name>RegionsPage</name>
    <message>
        <source>Regions</source>
        <translation>Regio&apos;s</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Tijdlijn</translation>
    </message>
    <message>
        <source>&amp;Municipalities</source>
        <translation>&amp;Gemeenten</translation>
    </message>
    <message>
        <source>&amp;Network leader</source>
        <translation>&amp;Netwerkleider</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Contacten</translation>
    </message>
    <message>
        <source>Change region &amp;stage…</source>
        <translation>Regio&amp;fase wijzigen…</translation>
    </message>
    <message>
        <source>Edit st&amp;ages…</source>
        <translation>F&amp;asen beheren…</translation>
    </message>
    <message>
        <source>Stalled: no contact moment for a while</source>
        <translation>Stilgevallen: al een tijd geen contactmoment</translation>
    </message>
</context>
<context>
    <name>StageChangeDialog</name>
    <message>
        <source>Correct a stage change</source>
        <translation>Fasewijziging corrigeren</translation>
    </message>
    <message>
        <source>Change stage</source>
        <translation>Fase wijzigen</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Why does the region move? e.g. college decision</source>
        <translation>Waarom verandert de fase? bv. collegebesluit</translation>
    </message>
    <message>
        <source>To &amp;stage:</source>
        <translation>Naar &amp;fase:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Bewijs:</translation>
    </message>
    <message>
        <source>%1: correct the entry of %2 (%3). The wrong entry stays in the history, marked as corrected.</source>
        <translation>%1: de registratie van %2 (%3) corrigeren. De foute registratie blijft in de historiek, gemarkeerd als gecorrigeerd.</translation>
    </message>
    <message>
        <source>%1 is at %2.</source>
        <translation>%1 zit in fase %2.</translation>
    </message>
    <message>
        <source>%1 is at %2 since %3.</source>
        <translation>%1 zit in fase %2 sinds %3.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
</context>
<context>
    <name>StageListDialog</name>
    <message>
        <source>Stages</source>
        <translation>Fasen</translation>
    </message>
    <message>
        <source>Rename a stage with F2, reorder with the buttons. Stage changes already recorded keep pointing to the same stage.</source>
        <translation>Hernoem een fase met F2, wijzig de volgorde met de knoppen. Geregistreerde fasewijzigingen blijven naar dezelfde fase verwijzen.</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Naar &amp;boven</translation>
    </message>
    <message>
        <source>Move d&amp;own</source>
        <translation>Naar &amp;onder</translation>
    </message>
    <message>
        <source>Every stage needs a name.</source>
        <translation>Elke fase heeft een naam nodig.</translation>
    </message>
    <message>
        <source>Two stages have the same name.</source>
        <translation>Twee fasen hebben dezelfde naam.</translation>
    </message>
</context>
<context>
    <name>TimelineMenu</name>
    <message>
        <source>Co&amp;rrect this stage change…</source>
        <translation>Deze fasewijziging co&amp;rrigeren…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>New &amp;contact moment…</source>
        <translation>Nieuw &amp;contactmoment…</translation>
    </message>
    <message>
        <source>New &amp;action…</source>
        <translation>Nieuwe &amp;actie…</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>Nothing recorded for this region yet: its contact moments, actions, stage changes and proposal versions appear here.</source>
        <translation>Nog niets vastgelegd voor deze regio: contactmomenten, acties, fasewijzigingen en voorstelversies verschijnen hier.</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Stage changes</source>
        <translation>Fasewijzigingen</translation>
    </message>
    <message>
        <source>Contact moments</source>
        <translation>Contactmomenten</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Voorstel</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Lidmaatschap</translation>
    </message>
    <message>
        <source>Network leader</source>
        <translation>Netwerkleider</translation>
    </message>
    <message>
        <source>Search the timeline…</source>
        <translation>Zoeken in de tijdlijn…</translation>
    </message>
    <message>
        <source>Co&amp;rrect…</source>
        <translation>Co&amp;rrigeren…</translation>
    </message>
    <message>
        <source>Correct the selected stage change; the wrong entry stays in the history.</source>
        <translation>De gekozen fasewijziging corrigeren; de foute registratie blijft in de historiek.</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>T&amp;oon:</translation>
    </message>
    <message>
        <source>Sear&amp;ch:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Stage (corrected)</source>
        <translation>Fase (gecorrigeerd)</translation>
    </message>
    <message>
        <source>Stage (correction)</source>
        <translation>Fase (correctie)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Municipality %1</source>
        <translation>Gemeente %1</translation>
    </message>
    <message>
        <source>Candidacy %1</source>
        <translation>Kandidatuur %1</translation>
    </message>
    <message>
        <source>Action created</source>
        <translation>Actie aangemaakt</translation>
    </message>
    <message>
        <source>Action done</source>
        <translation>Actie afgerond</translation>
    </message>
    <message>
        <source>Proposal version</source>
        <translation>Voorstelversie</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versie %1</translation>
    </message>
    <message numerus="yes">
        <source>%n criterion(s) rated</source>
        <translation>
            <numerusform>%n criterium beoordeeld</numerusform>
            <numerusform>%n criteria beoordeeld</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n opmerking</numerusform>
            <numerusform>%n opmerkingen</numerusform>
        </translation>
    </message>
    <message>
        <source>evidence: %1</source>
        <translation>bewijs: %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>tegen %1</translation>
    </message>
</context>
</TS>
