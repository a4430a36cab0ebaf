<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>DuplicatesAction</name>
    <message>
        <source>Possible &amp;duplicates…</source>
        <translation>Mogelijke &amp;dubbelen…</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Possible duplicates</source>
        <translation>Mogelijke dubbelen</translation>
    </message>
    <message>
        <source>How alike:</source>
        <translation>Hoe gelijk:</translation>
    </message>
    <message>
        <source>Alike</source>
        <translation>Gelijk</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Uitspraak</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Lijkt op</translation>
    </message>
    <message>
        <source>&amp;Same statement</source>
        <translation>&amp;Zelfde uitspraak</translation>
    </message>
    <message>
        <source>Link the two: they count once for support and keep both sources</source>
        <translation>Koppel de twee: ze tellen één keer mee voor het draagvlak en houden allebei hun bron</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>&amp;Ontkoppelen</translation>
    </message>
    <message>
        <source>&amp;Place together</source>
        <translation>Samen &amp;plaatsen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>{percent}% alike</source>
        <translation>{percent}% gelijk</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <source>The {count} most alike pairs: raise the threshold to see fewer</source>
        <translation>De {count} meest gelijke paren: verhoog de drempel om er minder te zien</translation>
    </message>
    <message>
        <source>Pairs: {count}</source>
        <translation>Paren: {count}</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>gekoppeld</translation>
    </message>
    <message>
        <source>Linked as the same statement</source>
        <translation>Gekoppeld als zelfde uitspraak</translation>
    </message>
    <message>
        <source>Put the loose one in the opgave of the other</source>
        <translation>Zet de losse uitspraak in de opgave van de andere</translation>
    </message>
    <message>
        <source>Possible when exactly one of the two is in an opgave</source>
        <translation>Kan als precies één van de twee in een opgave staat</translation>
    </message>
    <message>
        <source>in opgave “{title}”</source>
        <translation>in opgave “{title}”</translation>
    </message>
    <message>
        <source>not yet in an opgave</source>
        <translation>nog niet in een opgave</translation>
    </message>
    <message>
        <source>Same statement</source>
        <translation>Zelfde uitspraak</translation>
    </message>
    <message>
        <source>Unlink statements</source>
        <translation>Uitspraken ontkoppelen</translation>
    </message>
    <message>
        <source>Place together</source>
        <translation>Samen plaatsen</translation>
    </message>
</context>
</TS>
