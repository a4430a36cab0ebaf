<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>MeetingForm</name>
    <message>
        <source>e.g. Dialoogtafels Samenleving</source>
        <translation>bijv. Dialoogtafels Samenleving</translation>
    </message>
    <message>
        <source>e.g. Dorpshuis De Aker</source>
        <translation>bijv. Dorpshuis De Aker</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Start time</source>
        <translation>Beg&amp;intijd</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Locatie</translation>
    </message>
    <message>
        <source>A meeting needs a title; the old one is kept.</source>
        <translation>Een bijeenkomst heeft een titel nodig; de oude titel blijft staan.</translation>
    </message>
    <message>
        <source>rename meeting</source>
        <translation>bijeenkomst hernoemen</translation>
    </message>
    <message>
        <source>change location</source>
        <translation>locatie wijzigen</translation>
    </message>
    <message>
        <source>change date and time</source>
        <translation>datum en tijd wijzigen</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>+ New meeting</source>
        <translation>+ Nieuwe bijeenkomst</translation>
    </message>
    <message>
        <source>Add a meeting (Ctrl+Shift+N)</source>
        <translation>Bijeenkomst toevoegen (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Remove meeting</source>
        <translation>Bijeenkomst verwijderen</translation>
    </message>
    <message>
        <source>Remove the meeting; Ctrl+Z brings it back</source>
        <translation>Verwijder de bijeenkomst; Ctrl+Z haalt haar terug</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Bijeenkomsten</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Bijeenkomst</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tafels</translation>
    </message>
    <message>
        <source>No meetings yet.
A meeting is one evening or afternoon of dialogue tables.</source>
        <translation>Nog geen bijeenkomsten.
Een bijeenkomst is één avond of middag met dialoogtafels.</translation>
    </message>
    <message>
        <source>Create the first meeting</source>
        <translation>Eerste bijeenkomst aanmaken</translation>
    </message>
    <message>
        <source>{tables}, {people}</source>
        <translation>{tables}, {people}</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nieuwe bijeenkomst</translation>
    </message>
    <message>
        <source>add meeting</source>
        <translation>bijeenkomst toevoegen</translation>
    </message>
    <message>
        <source>remove meeting</source>
        <translation>bijeenkomst verwijderen</translation>
    </message>
</context>
<context>
    <name>TablesEditor</name>
    <message>
        <source>Tables of this meeting</source>
        <translation>Tafels van deze bijeenkomst</translation>
    </message>
    <message>
        <source>+ Add table</source>
        <translation>+ Tafel toevoegen</translation>
    </message>
    <message>
        <source>Add a table (Ctrl+T)</source>
        <translation>Tafel toevoegen (Ctrl+T)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Move the table up (Ctrl+Up)</source>
        <translation>Tafel omhoog (Ctrl+Omhoog)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Move the table down (Ctrl+Down)</source>
        <translation>Tafel omlaag (Ctrl+Omlaag)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove the table (Delete); Ctrl+Z brings it back</source>
        <translation>Tafel verwijderen (Delete); Ctrl+Z haalt hem terug</translation>
    </message>
    <message>
        <source>Table {number}</source>
        <translation>Tafel {number}</translation>
    </message>
    <message>
        <source>add table</source>
        <translation>tafel toevoegen</translation>
    </message>
    <message>
        <source>change table</source>
        <translation>tafel wijzigen</translation>
    </message>
    <message>
        <source>move table</source>
        <translation>tafel verplaatsen</translation>
    </message>
    <message>
        <source>remove table</source>
        <translation>tafel verwijderen</translation>
    </message>
</context>
<context>
    <name>TablesModel</name>
    <message>
        <source>Table</source>
        <translation>Tafel</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Gespreksleider</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Inwoners</translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation>Professionals</translation>
    </message>
    <message>
        <source>Civil servants</source>
        <translation>Ambtenaren</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Anderen</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Double-click or press F2 to rename</source>
        <translation>Dubbelklik of druk op F2 om te hernoemen</translation>
    </message>
</context>
</TS>
