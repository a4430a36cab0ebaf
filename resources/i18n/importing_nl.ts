<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>FileBox</name>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Choose a .csv or .xlsx file</source>
        <translation>Kies een .csv- of .xlsx-bestand</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>detect</source>
        <translation>herkennen</translation>
    </message>
    <message>
        <source>First row holds the column names</source>
        <translation>Eerste rij bevat de kolomnamen</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Werkblad:</translation>
    </message>
    <message>
        <source>Characters:</source>
        <translation>Tekenset:</translation>
    </message>
    <message>
        <source>Separator:</source>
        <translation>Scheidingsteken:</translation>
    </message>
</context>
<context>
    <name>ImportAction</name>
    <message>
        <source>&amp;Import notes from CSV/Excel…</source>
        <translation>Notities &amp;importeren uit CSV/Excel…</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Text (required)</source>
        <translation>Tekst (verplicht)</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tafel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronde</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Spreker</translation>
    </message>
    <message>
        <source>Import notes from CSV/Excel</source>
        <translation>Notities importeren uit CSV/Excel</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>Eerste rijen</translation>
    </message>
    <message>
        <source>Unknown values</source>
        <translation>Onbekende waarden</translation>
    </message>
    <message>
        <source>Rows not imported</source>
        <translation>Niet geïmporteerde rijen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>notes typed up afterwards, one per row</source>
        <translation>achteraf uitgetypte notities, één per rij</translation>
    </message>
    <message>
        <source>a survey, one respondent per row</source>
        <translation>een enquête, één respondent per rij</translation>
    </message>
    <message>
        <source>The file holds:</source>
        <translation>Het bestand bevat:</translation>
    </message>
    <message>
        <source>First add a meeting to import into (screen Meetings, Ctrl+1).</source>
        <translation>Voeg eerst een bijeenkomst toe om in te importeren (scherm Bijeenkomsten, Ctrl+1).</translation>
    </message>
    <message>
        <source>Survey imported into “{meeting}” — statements: {statements}, answers to closed questions: {answers}.</source>
        <translation>Enquête geïmporteerd in “{meeting}” — uitspraken: {statements}, antwoorden op gesloten vragen: {answers}.</translation>
    </message>
    <message>
        <source>Into</source>
        <translation>Waarheen</translation>
    </message>
    <message>
        <source>Rows that name no table go to this table</source>
        <translation>Rijen zonder tafel komen bij deze tafel</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Bijeenkomst:</translation>
    </message>
    <message>
        <source>Table for rows without one:</source>
        <translation>Tafel voor rijen zonder tafel:</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>Notities importeren</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.xlsx)</source>
        <translation>Spreadsheets (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>Read as {encoding}, separated by “{delimiter}”.</source>
        <translation>Gelezen als {encoding}, gescheiden door “{delimiter}”.</translation>
    </message>
    <message>
        <source>Table for the answers:</source>
        <translation>Tafel voor de antwoorden:</translation>
    </message>
    <message>
        <source>Rows not imported ({count})</source>
        <translation>Niet geïmporteerde rijen ({count})</translation>
    </message>
    <message>
        <source>Notes to import: {rows}.</source>
        <translation>Te importeren notities: {rows}.</translation>
    </message>
    <message>
        <source>Rows that cannot be imported: {count} (see “Rows not imported”).</source>
        <translation>Rijen die niet geïmporteerd kunnen worden: {count} (zie “Niet geïmporteerde rijen”).</translation>
    </message>
    <message>
        <source>Empty rows skipped: {count}.</source>
        <translation>Overgeslagen lege rijen: {count}.</translation>
    </message>
    <message>
        <source>Unknown values ({count})</source>
        <translation>Onbekende waarden ({count})</translation>
    </message>
    <message>
        <source>Notes imported into “{meeting}”: {added}.</source>
        <translation>Notities geïmporteerd in “{meeting}”: {added}.</translation>
    </message>
    <message>
        <source>Already there from an earlier import: {count}.</source>
        <translation>Al aanwezig van een eerdere import: {count}.</translation>
    </message>
    <message>
        <source>Rows not imported: {count} (see the list).</source>
        <translation>Niet geïmporteerde rijen: {count} (zie de lijst).</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>Waarde in het bestand</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importeren als</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Not imported because</source>
        <translation>Niet geïmporteerd omdat</translation>
    </message>
</context>
<context>
    <name>MappingBox</name>
    <message>
        <source>Which column is which</source>
        <translation>Welke kolom is wat</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
</context>
<context>
    <name>SurveyPanel</name>
    <message>
        <source>The survey: one row per respondent</source>
        <translation>De enquête: één rij per respondent</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importeren als</translation>
    </message>
    <message>
        <source>Role of the respondent:</source>
        <translation>Rol van de respondent:</translation>
    </message>
    <message>
        <source>Role when not given:</source>
        <translation>Rol als die ontbreekt:</translation>
    </message>
    <message>
        <source>open: each answer a statement</source>
        <translation>open: elk antwoord een uitspraak</translation>
    </message>
    <message>
        <source>closed: count the answers</source>
        <translation>gesloten: antwoorden tellen</translation>
    </message>
    <message>
        <source>leave out</source>
        <translation>weglaten</translation>
    </message>
    <message>
        <source>(none: the role below for everyone)</source>
        <translation>(geen: iedereen de rol hieronder)</translation>
    </message>
    <message>
        <source>Respondents: {respondents} — answers to open questions (statements): {open}, to closed questions: {closed}.</source>
        <translation>Respondenten: {respondents} — antwoorden op open vragen (uitspraken): {open}, op gesloten vragen: {closed}.</translation>
    </message>
</context>
</TS>
