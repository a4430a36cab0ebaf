<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>%Ln statement(s)</source>
        <translation>
            <numerusform>%Ln uitspraak</numerusform>
            <numerusform>%Ln uitspraken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln table(s)</source>
        <translation>
            <numerusform>%Ln tafel</numerusform>
            <numerusform>%Ln tafels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln notitie</numerusform>
            <numerusform>%Ln notities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln meeting(s)</source>
        <translation>
            <numerusform>%Ln bijeenkomst</numerusform>
            <numerusform>%Ln bijeenkomsten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln opgave(n)</source>
        <translation>
            <numerusform>%Ln opgave</numerusform>
            <numerusform>%Ln opgaven</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln deelnemer</numerusform>
            <numerusform>%Ln deelnemers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln resident(s)</source>
        <translation>
            <numerusform>%Ln inwoner</numerusform>
            <numerusform>%Ln inwoners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln professional(s)</source>
        <translation>
            <numerusform>%Ln professional</numerusform>
            <numerusform>%Ln professionals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln civil servant(s)</source>
        <translation>
            <numerusform>%Ln ambtenaar</numerusform>
            <numerusform>%Ln ambtenaren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other(s)</source>
        <translation>
            <numerusform>%Ln ander</numerusform>
            <numerusform>%Ln anderen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln similar statement(s)</source>
        <translation>
            <numerusform>%Ln vergelijkbare uitspraak</numerusform>
            <numerusform>%Ln vergelijkbare uitspraken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also place %Ln similar statement(s) from the pool in “{title}”?</source>
        <translation>
            <numerusform>Ook %Ln vergelijkbare uitspraak van de stapel in “{title}” plaatsen?</numerusform>
            <numerusform>Ook %Ln vergelijkbare uitspraken van de stapel in “{title}” plaatsen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln statement(s) not yet in an opgave</source>
        <translation>
            <numerusform>%Ln uitspraak nog niet in een opgave</numerusform>
            <numerusform>%Ln uitspraken nog niet in een opgave</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>move %Ln statement(s)</source>
        <translation>
            <numerusform>%Ln uitspraak verplaatsen</numerusform>
            <numerusform>%Ln uitspraken verplaatsen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>return %Ln statement(s) to the pool</source>
        <translation>
            <numerusform>%Ln uitspraak terug naar de stapel</numerusform>
            <numerusform>%Ln uitspraken terug naar de stapel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %Ln survey answer(s))</source>
        <translation>
            <numerusform>(en %Ln enquête-antwoord)</numerusform>
            <numerusform>(en %Ln enquête-antwoorden)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln statement(s) to:</source>
        <translation>
            <numerusform>%Ln uitspraak verplaatsen naar:</numerusform>
            <numerusform>%Ln uitspraken verplaatsen naar:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln wijziging</numerusform>
            <numerusform>%Ln wijzigingen</numerusform>
        </translation>
    </message>
</context>
</TS>
