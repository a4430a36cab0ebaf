<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>CompactClock</name>
    <message>
        <source>The meeting has not started</source>
        <translation>De bijeenkomst is nog niet begonnen</translation>
    </message>
    <message>
        <source>The meeting is over</source>
        <translation>De bijeenkomst is afgelopen</translation>
    </message>
    <message>
        <source>{title} (paused)</source>
        <translation>{title} (gepauzeerd)</translation>
    </message>
    <message>
        <source>Time left in this round</source>
        <translation>Resterende tijd in deze ronde</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Over de tijd</translation>
    </message>
</context>
</TS>