<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>DocumentBox</name>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>&amp;Minutes (verslag)</source>
        <translation>&amp;Verslag</translation>
    </message>
    <message>
        <source>P&amp;lan of action (plan van aanpak)</source>
        <translation>P&amp;lan van aanpak</translation>
    </message>
    <message>
        <source>Pro&amp;gress report since</source>
        <translation>V&amp;oortgangsrapportage sinds</translation>
    </message>
</context>
<context>
    <name>ExportAction</name>
    <message>
        <source>Export to &amp;Word…</source>
        <translation>Exporteren naar &amp;Word…</translation>
    </message>
    <message>
        <source>Export the minutes to Word ({key})</source>
        <translation>Het verslag naar Word exporteren ({key})</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to Word</source>
        <translation>Exporteren naar Word</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>The whole &amp;project</source>
        <translation>Het hele &amp;project</translation>
    </message>
    <message>
        <source>One &amp;meeting</source>
        <translation>Eén &amp;bijeenkomst</translation>
    </message>
    <message>
        <source>One &amp;table</source>
        <translation>Eén &amp;tafel</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>Title page, contents and who was there</source>
        <translation>Titelpagina, inhoudsopgave en wie er waren</translation>
    </message>
    <message>
        <source>Agenda: planned and actual times</source>
        <translation>Agenda: geplande en werkelijke tijden</translation>
    </message>
    <message>
        <source>Notes per table, by round</source>
        <translation>Notities per tafel, per ronde</translation>
    </message>
    <message>
        <source>Opgaven with their statements and support</source>
        <translation>Opgaven met hun uitspraken en draagvlak</translation>
    </message>
    <message>
        <source>Agreements (afspraken) as a table</source>
        <translation>Afspraken in een tabel</translation>
    </message>
    <message>
        <source>Appendix: notes in no opgave</source>
        <translation>Bijlage: notities buiten de opgaven</translation>
    </message>
    <message>
        <source>&amp;Anonymise: leave out speakers&apos; names and initials (roles stay)</source>
        <translation>&amp;Anoniem: namen en initialen van sprekers weglaten (rollen blijven)</translation>
    </message>
    <message>
        <source>House style</source>
        <translation>Huisstijl</translation>
    </message>
    <message>
        <source>&amp;Built-in (clean, Dutch)</source>
        <translation>&amp;Ingebouwd (rustig, Nederlands)</translation>
    </message>
    <message>
        <source>&amp;Own template:</source>
        <translation>Ei&amp;gen sjabloon:</translation>
    </message>
    <message>
        <source>a .docx or .dotx in your house style</source>
        <translation>een .docx of .dotx in uw huisstijl</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Opslaan als</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Blade&amp;ren…</translation>
    </message>
    <message>
        <source>Choose a Word template</source>
        <translation>Kies een Word-sjabloon</translation>
    </message>
    <message>
        <source>Word (*.docx *.dotx)</source>
        <translation>Word (*.docx *.dotx)</translation>
    </message>
    <message>
        <source>Save the minutes as</source>
        <translation>Verslag opslaan als</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word-document (*.docx)</translation>
    </message>
    <message>
        <source>Choose where to save the minutes.</source>
        <translation>Kies waar het verslag moet worden opgeslagen.</translation>
    </message>
    <message>
        <source>Choose a template, or use the built-in house style.</source>
        <translation>Kies een sjabloon, of gebruik de ingebouwde huisstijl.</translation>
    </message>
    <message>
        <source>Writing the minutes…</source>
        <translation>Het verslag wordt geschreven…</translation>
    </message>
    <message>
        <source>The minutes could not be written because of an unexpected error. Your project has not been changed; try another template or folder.

Details: {detail}</source>
        <translation>Het verslag kon niet worden geschreven door een onverwachte fout. Uw project is niet veranderd; probeer een ander sjabloon of een andere map.

Details: {detail}</translation>
    </message>
    <message>
        <source>The minutes are saved: {path}</source>
        <translation>Het verslag is opgeslagen: {path}</translation>
    </message>
    <message>
        <source>Minutes saved</source>
        <translation>Verslag opgeslagen</translation>
    </message>
    <message>
        <source>The document is saved: {path}</source>
        <translation>Het document is opgeslagen: {path}</translation>
    </message>
    <message>
        <source>Document saved</source>
        <translation>Document opgeslagen</translation>
    </message>
    <message>
        <source>Open the document now?</source>
        <translation>Het document nu openen?</translation>
    </message>
    <message>
        <source>Survey results, when there was a survey</source>
        <translation>Uitkomsten enquête (als er een enquête is)</translation>
    </message>
</context>
</TS>
