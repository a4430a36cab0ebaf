<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>CapturePage</name>
    <message>
        <source>There is no meeting with tables yet.
Add a meeting and its tables on the Meetings screen ({key}).</source>
        <translation>Er is nog geen bijeenkomst met tafels.
Maak een bijeenkomst en de tafels aan op het scherm Bijeenkomsten ({key}).</translation>
    </message>
    <message>
        <source>What is being said at {table}? Enter saves.</source>
        <translation>Wat wordt er gezegd aan {table}? Enter slaat op.</translation>
    </message>
    <message>
        <source>another table</source>
        <translation>een andere tafel</translation>
    </message>
    <message>
        <source>Without agenda item</source>
        <translation>Zonder agenda-onderdeel</translation>
    </message>
    <message>
        <source>The note you had not saved yet is back in the input.</source>
        <translation>De notitie die u nog niet had opgeslagen, staat weer in het invoerveld.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Initials or pseudonym (Ctrl+I) — no full names</source>
        <translation>Initialen of pseudoniem (Ctrl+I) — geen volledige namen</translation>
    </message>
    <message>
        <source>Optional. Record roles, not names: use initials or a pseudonym only where it is needed.</source>
        <translation>Niet verplicht. Leg rollen vast, geen namen: gebruik initialen of een pseudoniem alleen als dat nodig is.</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Belangrijk</translation>
    </message>
    <message>
        <source>Enter saves · Shift+Enter new line · Ctrl+Z undo · F1 all keys</source>
        <translation>Enter slaat op · Shift+Enter nieuwe regel · Ctrl+Z ongedaan maken · F1 alle toetsen</translation>
    </message>
    <message>
        <source>Mark the next note as important ({key})</source>
        <translation>Markeer de volgende notitie als belangrijk ({key})</translation>
    </message>
    <message>
        <source>The agenda item of the next note: the running one, or one you choose</source>
        <translation>Het agenda-onderdeel van de volgende notitie: het lopende, of een dat u kiest</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>No agenda item</source>
        <translation>Geen onderdeel</translation>
    </message>
    <message>
        <source>Automatic: {title}</source>
        <translation>Automatisch: {title}</translation>
    </message>
    <message>
        <source>Automatic (the clock is not running)</source>
        <translation>Automatisch (de klok loopt niet)</translation>
    </message>
    <message>
        <source>Speaker (initials or pseudonym)</source>
        <translation>Spreker (initialen of pseudoniem)</translation>
    </message>
</context>
<context>
    <name>Markers</name>
    <message>
        <source>R</source>
        <comment>letter for resident</comment>
        <translation>I</translation>
    </message>
    <message>
        <source>P</source>
        <comment>letter for professional</comment>
        <translation>P</translation>
    </message>
    <message>
        <source>C</source>
        <comment>letter for civil servant</comment>
        <translation>A</translation>
    </message>
    <message>
        <source>–</source>
        <comment>letter for other</comment>
        <translation>–</translation>
    </message>
</context>
<context>
    <name>MeetingPicker</name>
    <message>
        <source>Meeting</source>
        <translation>Bijeenkomst</translation>
    </message>
</context>
<context>
    <name>NoteActions</name>
    <message>
        <source>save a note</source>
        <translation>notitie opslaan</translation>
    </message>
    <message>
        <source>delete a note</source>
        <translation>notitie verwijderen</translation>
    </message>
    <message>
        <source>edit a note</source>
        <translation>notitie bewerken</translation>
    </message>
    <message>
        <source>change the kind</source>
        <translation>soort wijzigen</translation>
    </message>
    <message>
        <source>change the role</source>
        <translation>rol wijzigen</translation>
    </message>
    <message>
        <source>change the agenda item</source>
        <translation>onderdeel wijzigen</translation>
    </message>
    <message>
        <source>unmark as important</source>
        <translation>niet meer belangrijk</translation>
    </message>
    <message>
        <source>mark as important</source>
        <translation>als belangrijk markeren</translation>
    </message>
</context>
<context>
    <name>NoteDelegate</name>
    <message>
        <source>draft</source>
        <translation>concept</translation>
    </message>
</context>
<context>
    <name>NoteInput</name>
    <message>
        <source>New note</source>
        <translation>Nieuwe notitie</translation>
    </message>
</context>
<context>
    <name>NoteMenu</name>
    <message>
        <source>Edit the text</source>
        <translation>Tekst bewerken</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Belangrijk</translation>
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
        <source>Agenda item</source>
        <translation>Agenda-onderdeel</translation>
    </message>
    <message>
        <source>No agenda item</source>
        <translation>Geen onderdeel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>NotesList</name>
    <message>
        <source>Search the notes (Ctrl+F)</source>
        <translation>Zoeken in de notities (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show the notes of one agenda item</source>
        <translation>Toon de notities van één agenda-onderdeel</translation>
    </message>
    <message>
        <source>Notes of this table</source>
        <translation>Notities van deze tafel</translation>
    </message>
    <message>
        <source>All agenda items</source>
        <translation>Alle onderdelen</translation>
    </message>
    <message>
        <source>Without agenda item</source>
        <translation>Zonder onderdeel</translation>
    </message>
    <message>
        <source>{shown} of {total} notes</source>
        <translation>{shown} van {total} notities</translation>
    </message>
    <message>
        <source>Search the notes</source>
        <translation>Zoeken in de notities</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <source>important</source>
        <translation>belangrijk</translation>
    </message>
    <message>
        <source>draft, never saved</source>
        <translation>concept (nooit opgeslagen)</translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <source>Notes of this table</source>
        <translation>Notities van deze tafel</translation>
    </message>
</context>
<context>
    <name>TablePicker</name>
    <message>
        <source>Take notes for {table}; this laptop remembers its table</source>
        <translation>Notities maken voor {table}; deze laptop onthoudt zijn tafel</translation>
    </message>
</context>
</TS>
