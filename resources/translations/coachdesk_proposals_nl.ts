<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
<context>
    <name>AddVersionDialog</name>
    <message>
        <source>Add a version</source>
        <translation>Versie toevoegen</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Ontvangen op:</translation>
    </message>
    <message>
        <source>Choose a proposal file</source>
        <translation>Kies een bestand met het voorstel</translation>
    </message>
    <message>
        <source>Proposals (*.pdf *.docx);;All files (*)</source>
        <translation>Voorstellen (*.pdf *.docx);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>CarriedComment</name>
    <message>
        <source>v%1 · %2</source>
        <translation>v%1 · %2</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Toon</translation>
    </message>
    <message>
        <source>Show %1 in the document</source>
        <translation>Toon %1 in het document</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <source>Comments on this version</source>
        <translation>Opmerkingen bij deze versie</translation>
    </message>
    <message>
        <source>Double-click a comment to show its place in the document</source>
        <translation>Dubbelklik op een opmerking om haar plaats in het document te tonen</translation>
    </message>
    <message>
        <source>&amp;Delete comment</source>
        <translation>Opmerking verwij&amp;deren</translation>
    </message>
    <message>
        <source>C&amp;riterion:</source>
        <translation>C&amp;riterium:</translation>
    </message>
    <message>
        <source>The page or section the comment is about</source>
        <translation>De pagina of het onderdeel waarover de opmerking gaat</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Waar:</translation>
    </message>
    <message>
        <source>What should the promotor change or add?</source>
        <translation>Wat moet de promotor aanpassen of toevoegen?</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>Opmer&amp;king:</translation>
    </message>
    <message>
        <source>&amp;Add comment</source>
        <translation>Opmerking toe&amp;voegen</translation>
    </message>
    <message>
        <source>No comments on this version yet.</source>
        <translation>Nog geen opmerkingen bij deze versie.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation>Opmerking verwijderen</translation>
    </message>
    <message>
        <source>Delete this comment?
%1</source>
        <translation>Deze opmerking verwijderen?
%1</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>← &amp;Back to the list</source>
        <translation>← &amp;Terug naar de lijst</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>Oudere versie</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>Nieuwere versie</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergelijk</translation>
    </message>
    <message>
        <source>with</source>
        <translation>met</translation>
    </message>
    <message>
        <source>&amp;Only changes</source>
        <translation>&amp;Alleen wijzigingen</translation>
    </message>
    <message>
        <source>Hide the paragraphs that did not change</source>
        <translation>Verberg de alinea&apos;s die niet veranderden</translation>
    </message>
    <message>
        <source>Ratings per version</source>
        <translation>Oordelen per versie</translation>
    </message>
    <message>
        <source>%1 · compare versions</source>
        <translation>%1 · versies vergelijken</translation>
    </message>
    <message>
        <source>version %1 (%2)</source>
        <translation>versie %1 (%2)</translation>
    </message>
    <message>
        <source>From version %1 to version %2:</source>
        <translation>Van versie %1 naar versie %2:</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) added</source>
        <translation>
            <numerusform>%n alinea toegevoegd</numerusform>
            <numerusform>%n alinea&apos;s toegevoegd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n geschrapt</numerusform>
            <numerusform>%n geschrapt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed.</source>
        <translation>
            <numerusform>%n gewijzigd.</numerusform>
            <numerusform>%n gewijzigd.</numerusform>
        </translation>
    </message>
    <message>
        <source>The text of one of these versions is not available, so the text cannot be compared. The ratings below still can.</source>
        <translation>De tekst van een van deze versies is niet beschikbaar, dus de tekst kan niet vergeleken worden. De oordelen hieronder wel.</translation>
    </message>
    <message>
        <source>The text of both versions is the same.</source>
        <translation>De tekst van beide versies is dezelfde.</translation>
    </message>
    <message>
        <source>added</source>
        <translation>toegevoegd</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>geschrapt</translation>
    </message>
</context>
<context>
    <name>CriteriaDialog</name>
    <message>
        <source>Criteria of the call</source>
        <translation>Criteria van de oproep</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Omschrijving:</translation>
    </message>
    <message>
        <source>&amp;Active: used in new reviews</source>
        <translation>&amp;Actief: gebruikt in nieuwe beoordelingen</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Wijzigingen &amp;bewaren</translation>
    </message>
    <message>
        <source>&amp;New criterion</source>
        <translation>&amp;Nieuw criterium</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Naar &amp;boven</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Naar &amp;onder</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (niet actief)</translation>
    </message>
    <message>
        <source>New criterion %1</source>
        <translation>Nieuw criterium %1</translation>
    </message>
</context>
<context>
    <name>CriteriaPanel</name>
    <message>
        <source>%1 of %2 criteria rated.</source>
        <translation>%1 van %2 criteria beoordeeld.</translation>
    </message>
    <message>
        <source>Not saved yet (Ctrl+S).</source>
        <translation>Nog niet bewaard (Ctrl+S).</translation>
    </message>
</context>
<context>
    <name>CriterionEditor</name>
    <message>
        <source>(inactive)</source>
        <translation>(niet actief)</translation>
    </message>
    <message>
        <source>– not rated –</source>
        <translation>– geen oordeel –</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>geen oordeel</translation>
    </message>
    <message>
        <source>Version %1: %2</source>
        <translation>Versie %1: %2</translation>
    </message>
    <message>
        <source>Comment on this criterion…</source>
        <translation>Opmerking bij dit criterium…</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>&amp;Create proposal</source>
        <translation>Voorstel &amp;aanmaken</translation>
    </message>
    <message>
        <source>Promotor:</source>
        <translation>Promotor:</translation>
    </message>
    <message>
        <source>Partners:</source>
        <translation>Partners:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Indiendatum:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Versions (double-click or Enter to review):</source>
        <translation>Versies (dubbelklik of Enter om te beoordelen):</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versies</translation>
    </message>
    <message>
        <source>Drag a PDF or Word file here to add it as a new version.</source>
        <translation>Sleep een PDF- of Word-bestand hierheen om het als nieuwe versie toe te voegen.</translation>
    </message>
    <message>
        <source>&amp;Add version…</source>
        <translation>Versie &amp;toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>Beoo&amp;rdelen</translation>
    </message>
    <message>
        <source>Co&amp;mpare versions</source>
        <translation>Versies &amp;vergelijken</translation>
    </message>
    <message>
        <source>Feedbac&amp;k document…</source>
        <translation>&amp;Feedbackdocument…</translation>
    </message>
    <message>
        <source>Open &amp;original</source>
        <translation>&amp;Origineel openen</translation>
    </message>
    <message>
        <source>Edit pro&amp;posal…</source>
        <translation>Voorstel bewer&amp;ken…</translation>
    </message>
    <message>
        <source>&amp;Delete version…</source>
        <translation>Versie verwij&amp;deren…</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>%1 has no proposal yet.</source>
        <translation>%1 heeft nog geen voorstel.</translation>
    </message>
    <message>
        <source>Choose a region.</source>
        <translation>Kies een regio.</translation>
    </message>
    <message>
        <source>no network leader accepted yet</source>
        <translation>nog geen netwerkleider aanvaard</translation>
    </message>
</context>
<context>
    <name>DocumentPane</name>
    <message>
        <source>Page %1</source>
        <translation>Pagina %1</translation>
    </message>
    <message>
        <source>No text available: open the original to read it.</source>
        <translation>Geen tekst beschikbaar: open het origineel om het te lezen.</translation>
    </message>
</context>
<context>
    <name>EarlierPanel</name>
    <message>
        <source>This is the first version: there are no earlier comments.</source>
        <translation>Dit is de eerste versie: er zijn geen eerdere opmerkingen.</translation>
    </message>
    <message>
        <source>No open comments from earlier versions.</source>
        <translation>Geen open opmerkingen uit eerdere versies.</translation>
    </message>
    <message>
        <source>Was each comment addressed in this version? Choose &apos;%1&apos; when it was, &apos;%2&apos; when it no longer applies.</source>
        <translation>Is elke opmerking verwerkt in deze versie? Kies &apos;%1&apos; als dat zo is, &apos;%2&apos; als ze niet meer van toepassing is.</translation>
    </message>
</context>
<context>
    <name>ExportTarget</name>
    <message>
        <source>Save feedback</source>
        <translation>Feedback bewaren</translation>
    </message>
    <message>
        <source>Word document (*.docx);;PDF (*.pdf)</source>
        <translation>Word-document (*.docx);;PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ProposalCommands</name>
    <message>
        <source>Mark comment as &apos;%1&apos;</source>
        <translation>Opmerking markeren als &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>Beoordeling bewaren</translation>
    </message>
    <message>
        <source>Edit proposal</source>
        <translation>Voorstel bewerken</translation>
    </message>
    <message>
        <source>Set version status to &apos;%1&apos;</source>
        <translation>Status van de versie op &apos;%1&apos; zetten</translation>
    </message>
    <message>
        <source>Edit criterion</source>
        <translation>Criterium bewerken</translation>
    </message>
    <message>
        <source>Reorder criteria</source>
        <translation>Volgorde van de criteria wijzigen</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <source>Proposal of %1</source>
        <translation>Voorstel van %1</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation>&amp;Partners:</translation>
    </message>
    <message>
        <source>&amp;Submission deadline:</source>
        <translation>&amp;Indiendatum:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
</context>
<context>
    <name>ProposalsPage</name>
    <message>
        <source>Proposals per region</source>
        <translation>Voorstellen per regio</translation>
    </message>
    <message>
        <source>no proposal</source>
        <translation>geen voorstel</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Te beoordelen</translation>
    </message>
    <message>
        <source>Latest version</source>
        <translation>Laatste versie</translation>
    </message>
    <message>
        <source>Open comments</source>
        <translation>Open opmerkingen</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Indiendatum</translation>
    </message>
    <message>
        <source>v%1 of %2</source>
        <translation>v%1 van %2</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Voorstellen</translation>
    </message>
    <message>
        <source>Proposal &amp;criteria…</source>
        <translation>&amp;Criteria van de voorstellen…</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) waiting for review.</source>
        <translation>
            <numerusform>%n ontwerp wacht op beoordeling.</numerusform>
            <numerusform>%n ontwerpen wachten op beoordeling.</numerusform>
        </translation>
    </message>
    <message>
        <source>No drafts waiting for review.</source>
        <translation>Geen ontwerpen die op beoordeling wachten.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wordt gelezen…</translation>
    </message>
    <message>
        <source>Version %1 was added, but its text could not be read (text not available): review it from the original.</source>
        <translation>Versie %1 is toegevoegd, maar de tekst kon niet gelezen worden (tekst niet beschikbaar): beoordeel ze vanuit het origineel.</translation>
    </message>
    <message>
        <source>Feedback saved in %1</source>
        <translation>Feedback bewaard in %1</translation>
    </message>
    <message>
        <source>Delete version</source>
        <translation>Versie verwijderen</translation>
    </message>
    <message>
        <source>Delete version %1 (%2) with its ratings and comments? Use this for a file added by mistake.</source>
        <translation>Versie %1 (%2) verwijderen, met haar oordelen en opmerkingen? Gebruik dit voor een bestand dat per vergissing werd toegevoegd.</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>← &amp;Back to the list</source>
        <translation>← &amp;Terug naar de lijst</translation>
    </message>
    <message>
        <source>Status of this version</source>
        <translation>Status van deze versie</translation>
    </message>
    <message>
        <source>&amp;Save review</source>
        <translation>Beoordeling bew&amp;aren</translation>
    </message>
    <message>
        <source>Ctrl+S; the review is also saved when you go back</source>
        <translation>Ctrl+S; de beoordeling wordt ook bewaard als je teruggaat</translation>
    </message>
    <message>
        <source>Feedbac&amp;k document…</source>
        <translation>&amp;Feedbackdocument…</translation>
    </message>
    <message>
        <source>Open &amp;original</source>
        <translation>&amp;Origineel openen</translation>
    </message>
    <message>
        <source>%1 · version %2 · %3</source>
        <translation>%1 · versie %2 · %3</translation>
    </message>
    <message>
        <source>&amp;Criteria</source>
        <translation>&amp;Criteria</translation>
    </message>
    <message>
        <source>C&amp;omments (%1)</source>
        <translation>O&amp;pmerkingen (%1)</translation>
    </message>
    <message>
        <source>Ear&amp;lier comments (%1 open)</source>
        <translation>&amp;Eerdere opmerkingen (%1 open)</translation>
    </message>
    <message>
        <source>Text not available: CoachDesk could not read the text of this file. Review it from the original (Open original).</source>
        <translation>Tekst niet beschikbaar: CoachDesk kon de tekst van dit bestand niet lezen. Beoordeel het vanuit het origineel (Origineel openen).</translation>
    </message>
</context>
</TS>
