<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ShortcutOverview</name>
    <message>
        <source>Shortcuts — {screen}</source>
        <translation>Sneltoetsen — {screen}</translation>
    </message>
    <message>
        <source>Ctrl + a digit: another screen · Alt + a digit: the kind or role of a note · F1: this list</source>
        <translation>Ctrl + cijfer: ander scherm · Alt + cijfer: soort of rol van een notitie · F1: dit overzicht</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Toets</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Wat hij doet</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Screens</source>
        <translation>Schermen</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Undo and help</source>
        <translation>Ongedaan maken en hulp</translation>
    </message>
    <message>
        <source>Meetings and tables</source>
        <translation>Bijeenkomsten en tafels</translation>
    </message>
    <message>
        <source>Building the agenda</source>
        <translation>De agenda opbouwen</translation>
    </message>
    <message>
        <source>The clock</source>
        <translation>De klok</translation>
    </message>
    <message>
        <source>Presenter view</source>
        <translation>Presentatiescherm</translation>
    </message>
    <message>
        <source>Writing a note</source>
        <translation>Een notitie schrijven</translation>
    </message>
    <message>
        <source>Marking the note (the next one, or the one chosen in the list)</source>
        <translation>De notitie markeren (de volgende, of de gekozen notitie in de lijst)</translation>
    </message>
    <message>
        <source>The list of notes</source>
        <translation>De lijst met notities</translation>
    </message>
    <message>
        <source>Opgaven board</source>
        <translation>Opgavenbord</translation>
    </message>
    <message>
        <source>Plan and progress</source>
        <translation>Plan en voortgang</translation>
    </message>
    <message>
        <source>Kind: statement</source>
        <translation>Soort: uitspraak</translation>
    </message>
    <message>
        <source>Kind: idea</source>
        <translation>Soort: idee</translation>
    </message>
    <message>
        <source>Kind: concern</source>
        <translation>Soort: zorg</translation>
    </message>
    <message>
        <source>Kind: question</source>
        <translation>Soort: vraag</translation>
    </message>
    <message>
        <source>Kind: agreement</source>
        <translation>Soort: afspraak</translation>
    </message>
    <message>
        <source>Kind: quote</source>
        <translation>Soort: citaat</translation>
    </message>
    <message>
        <source>Role: resident</source>
        <translation>Rol: inwoner</translation>
    </message>
    <message>
        <source>Role: professional</source>
        <translation>Rol: professional</translation>
    </message>
    <message>
        <source>Role: civil servant</source>
        <translation>Rol: ambtenaar</translation>
    </message>
    <message>
        <source>Role: other</source>
        <translation>Rol: anders</translation>
    </message>
    <message>
        <source>Go to Meetings</source>
        <translation>Naar Bijeenkomsten</translation>
    </message>
    <message>
        <source>Go to Agenda</source>
        <translation>Naar Agenda</translation>
    </message>
    <message>
        <source>Go to Table</source>
        <translation>Naar Tafel</translation>
    </message>
    <message>
        <source>Go to Opgaven</source>
        <translation>Naar Opgaven</translation>
    </message>
    <message>
        <source>Go to Prioritise</source>
        <translation>Naar Prioriteren</translation>
    </message>
    <message>
        <source>Go to Plan</source>
        <translation>Naar Plan</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nieuw project</translation>
    </message>
    <message>
        <source>Open a project</source>
        <translation>Een project openen</translation>
    </message>
    <message>
        <source>Export the minutes to Word</source>
        <translation>Het verslag naar Word exporteren</translation>
    </message>
    <message>
        <source>Quit Dialoog</source>
        <translation>Dialoog afsluiten</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw doen</translation>
    </message>
    <message>
        <source>This list of shortcuts</source>
        <translation>Dit overzicht van sneltoetsen</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nieuwe bijeenkomst</translation>
    </message>
    <message>
        <source>Add a table</source>
        <translation>Tafel toevoegen</translation>
    </message>
    <message>
        <source>Move the table up</source>
        <translation>Tafel omhoog</translation>
    </message>
    <message>
        <source>Move the table down</source>
        <translation>Tafel omlaag</translation>
    </message>
    <message>
        <source>Remove the table</source>
        <translation>Tafel verwijderen</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>Nieuw agendapunt</translation>
    </message>
    <message>
        <source>Duplicate the item</source>
        <translation>Agendapunt dupliceren</translation>
    </message>
    <message>
        <source>Move the item up</source>
        <translation>Agendapunt omhoog</translation>
    </message>
    <message>
        <source>Move the item down</source>
        <translation>Agendapunt omlaag</translation>
    </message>
    <message>
        <source>Remove the item</source>
        <translation>Agendapunt verwijderen</translation>
    </message>
    <message>
        <source>Start, pause or resume</source>
        <translation>Starten, pauzeren of verdergaan</translation>
    </message>
    <message>
        <source>Next item (or finish)</source>
        <translation>Volgend agendapunt (of afronden)</translation>
    </message>
    <message>
        <source>Back to the previous item</source>
        <translation>Terug naar het vorige agendapunt</translation>
    </message>
    <message>
        <source>One minute more</source>
        <translation>Eén minuut erbij</translation>
    </message>
    <message>
        <source>Five minutes more</source>
        <translation>Vijf minuten erbij</translation>
    </message>
    <message>
        <source>Skip this item</source>
        <translation>Dit agendapunt overslaan</translation>
    </message>
    <message>
        <source>Presenter view on or off</source>
        <translation>Presentatiescherm aan of uit</translation>
    </message>
    <message>
        <source>Undo the last press</source>
        <translation>Laatste klokactie ongedaan maken</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Niet meer schermvullend</translation>
    </message>
    <message>
        <source>Full screen on or off</source>
        <translation>Schermvullend aan of uit</translation>
    </message>
    <message>
        <source>Close the presenter view</source>
        <translation>Presentatiescherm sluiten</translation>
    </message>
    <message>
        <source>Save the note</source>
        <translation>Notitie opslaan</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Nieuwe regel</translation>
    </message>
    <message>
        <source>To the list (in an empty input)</source>
        <translation>Naar de lijst (vanuit een leeg invoerveld)</translation>
    </message>
    <message>
        <source>Speaker: initials or pseudonym</source>
        <translation>Spreker: initialen of schuilnaam</translation>
    </message>
    <message>
        <source>Search the notes</source>
        <translation>Zoeken in de notities</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Belangrijk</translation>
    </message>
    <message>
        <source>Edit the chosen note</source>
        <translation>Gekozen notitie bewerken</translation>
    </message>
    <message>
        <source>Remove the chosen note</source>
        <translation>Gekozen notitie verwijderen</translation>
    </message>
    <message>
        <source>Back to the input</source>
        <translation>Terug naar het invoerveld</translation>
    </message>
    <message>
        <source>Move to an opgave…</source>
        <translation>Naar een opgave verplaatsen…</translation>
    </message>
    <message>
        <source>New opgave from the chosen notes</source>
        <translation>Nieuwe opgave met de gekozen uitspraken</translation>
    </message>
    <message>
        <source>Write out the opgave</source>
        <translation>Opgave uitschrijven</translation>
    </message>
    <message>
        <source>Move the opgave left</source>
        <translation>Opgave naar links</translation>
    </message>
    <message>
        <source>Move the opgave right</source>
        <translation>Opgave naar rechts</translation>
    </message>
    <message>
        <source>To the list on the left</source>
        <translation>Naar de lijst links</translation>
    </message>
    <message>
        <source>To the list on the right</source>
        <translation>Naar de lijst rechts</translation>
    </message>
    <message>
        <source>Search the pool</source>
        <translation>Zoeken in de stapel</translation>
    </message>
    <message>
        <source>Back to the pool</source>
        <translation>Terug naar de stapel</translation>
    </message>
    <message>
        <source>Move up in the opgave</source>
        <translation>Omhoog in de opgave</translation>
    </message>
    <message>
        <source>Move down in the opgave</source>
        <translation>Omlaag in de opgave</translation>
    </message>
    <message>
        <source>Close the opgave&apos;s text</source>
        <translation>Tekst van de opgave sluiten</translation>
    </message>
    <message>
        <source>The plan of action</source>
        <translation>Het plan van aanpak</translation>
    </message>
    <message>
        <source>Progress: what changed since a date</source>
        <translation>Voortgang: wat er sinds een datum veranderde</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Spatie</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Page Down</source>
        <translation>Page Down</translation>
    </message>
    <message>
        <source>Page Up</source>
        <translation>Page Up</translation>
    </message>
    <message>
        <source> or </source>
        <translation> of </translation>
    </message>
</context>
</TS>
