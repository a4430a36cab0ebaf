<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>BoardActions</name>
    <message>
        <source>+ New opgave with these statements</source>
        <translation>+ Nieuwe opgave met deze uitspraken</translation>
    </message>
    <message>
        <source>Back to the pool</source>
        <translation>Terug naar de stapel</translation>
    </message>
    <message>
        <source>Move to opgave</source>
        <translation>Verplaats naar opgave</translation>
    </message>
    <message>
        <source>New opgave</source>
        <translation>Nieuwe opgave</translation>
    </message>
    <message>
        <source>new opgave</source>
        <translation>nieuwe opgave</translation>
    </message>
    <message>
        <source>{title} (part 2)</source>
        <translation>{title} (deel 2)</translation>
    </message>
    <message>
        <source>split opgave</source>
        <translation>opgave splitsen</translation>
    </message>
    <message>
        <source>delete opgave</source>
        <translation>opgave verwijderen</translation>
    </message>
    <message>
        <source>Opgave deleted; its statements are back in the pool (Ctrl+Z).</source>
        <translation>Opgave verwijderd; de uitspraken liggen weer op de stapel (Ctrl+Z zet haar terug).</translation>
    </message>
    <message>
        <source>Merge opgaven</source>
        <translation>Opgaven samenvoegen</translation>
    </message>
    <message>
        <source>Which opgave merges into “{title}”? Its statements go below.</source>
        <translation>Welke opgave voegt u samen met “{title}”? De uitspraken ervan komen eronder.</translation>
    </message>
    <message>
        <source>merge opgaven</source>
        <translation>opgaven samenvoegen</translation>
    </message>
    <message>
        <source>move opgave</source>
        <translation>opgave verplaatsen</translation>
    </message>
    <message>
        <source>Write out…	F2</source>
        <translation>Uitwerken…	F2</translation>
    </message>
    <message>
        <source>Move left	Ctrl+Shift+Left</source>
        <translation>Naar links	Ctrl+Shift+Left</translation>
    </message>
    <message>
        <source>Move right	Ctrl+Shift+Right</source>
        <translation>Naar rechts	Ctrl+Shift+Right</translation>
    </message>
    <message>
        <source>Merge with…</source>
        <translation>Samenvoegen met…</translation>
    </message>
    <message>
        <source>Split off the selected statements</source>
        <translation>Geselecteerde uitspraken afsplitsen</translation>
    </message>
    <message>
        <source>Delete opgave</source>
        <translation>Opgave verwijderen</translation>
    </message>
    <message>
        <source>Move to opgave…	Ctrl+M</source>
        <translation>Verplaats naar opgave…	Ctrl+M</translation>
    </message>
    <message>
        <source>New opgave with these statements	Ctrl+Shift+N</source>
        <translation>Nieuwe opgave met deze uitspraken	Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Back to the pool	Del</source>
        <translation>Terug naar de stapel	Del</translation>
    </message>
    <message>
        <source>Up	Ctrl+Up</source>
        <translation>Omhoog	Ctrl+Up</translation>
    </message>
    <message>
        <source>Down	Ctrl+Down</source>
        <translation>Omlaag	Ctrl+Down</translation>
    </message>
    <message>
        <source>Split off into a new opgave</source>
        <translation>Afsplitsen naar een nieuwe opgave</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <source>Opgaven</source>
        <translation>Opgaven</translation>
    </message>
</context>
<context>
    <name>BoardStyle</name>
    <message>
        <source>no priority</source>
        <translation>geen prioriteit</translation>
    </message>
    <message>
        <source>low priority</source>
        <translation>lage prioriteit</translation>
    </message>
    <message>
        <source>medium priority</source>
        <translation>gemiddelde prioriteit</translation>
    </message>
    <message>
        <source>high priority</source>
        <translation>hoge prioriteit</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Bijeenkomst</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tafel</translation>
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
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Spreker</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>concept (never saved)</source>
        <translation>concept (nooit opgeslagen)</translation>
    </message>
    <message>
        <source>Survey: {question}</source>
        <translation>Enquête: {question}</translation>
    </message>
</context>
<context>
    <name>NewOpgaveTarget</name>
    <message>
        <source>New opgave (Ctrl+Shift+N)</source>
        <translation>Nieuwe opgave (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>+ New opgave</source>
        <translation>+ Nieuwe opgave</translation>
    </message>
    <message>
        <source>Click, or drop statements here to start an opgave with them.</source>
        <translation>Klik, of sleep uitspraken hierheen om er een opgave mee te beginnen.</translation>
    </message>
</context>
<context>
    <name>OpgaveChooser</name>
    <message>
        <source>Type part of the title…</source>
        <translation>Typ een deel van de titel…</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Kiezen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>OpgaveColumn</name>
    <message>
        <source>Drag statements here, or select them and press Ctrl+M.</source>
        <translation>Sleep uitspraken hierheen, of selecteer ze en druk op Ctrl+M.</translation>
    </message>
    <message>
        <source>Statements in {title}</source>
        <translation>Uitspraken in {title}</translation>
    </message>
</context>
<context>
    <name>OpgaveEditor</name>
    <message>
        <source>Write out the opgave</source>
        <translation>Opgave uitwerken</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Close the panel (Esc)</source>
        <translation>Paneel sluiten (Esc)</translation>
    </message>
    <message>
        <source>Problem / reason</source>
        <translation>Aanleiding / vraagstuk</translation>
    </message>
    <message>
        <source>What is the problem, and for whom?</source>
        <translation>Wat is het probleem, en voor wie?</translation>
    </message>
    <message>
        <source>Desired situation</source>
        <translation>Gewenste situatie</translation>
    </message>
    <message>
        <source>What is different when it works?</source>
        <translation>Wat is er anders als het lukt?</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>Oorzaken</translation>
    </message>
    <message>
        <source>Why is it so now?</source>
        <translation>Waarom is het nu zo?</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Afbakening</translation>
    </message>
    <message>
        <source>What belongs to it, and what not?</source>
        <translation>Wat hoort erbij, en wat niet?</translation>
    </message>
    <message>
        <source>Partners involved</source>
        <translation>Betrokken partners</translation>
    </message>
    <message>
        <source>Who must take part, and in what role?</source>
        <translation>Wie moeten meedoen, en in welke rol?</translation>
    </message>
    <message>
        <source>First steps</source>
        <translation>Eerste stappen</translation>
    </message>
    <message>
        <source>Who does what, and when?</source>
        <translation>Wie doet wat, en wanneer?</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Prioriteit</translation>
    </message>
    <message>
        <source>Supported by {statements} from {tables}:</source>
        <translation>Gedragen door {statements} van {tables}:</translation>
    </message>
    <message>
        <source>An opgave needs a title; the old one is kept.</source>
        <translation>Een opgave heeft een titel nodig; de oude blijft staan.</translation>
    </message>
    <message>
        <source>edit opgave</source>
        <translation>opgave bewerken</translation>
    </message>
</context>
<context>
    <name>OpgaveHeader</name>
    <message>
        <source>Opgave actions: write out, move, merge, split, delete</source>
        <translation>Acties: uitwerken, verplaatsen, samenvoegen, splitsen, verwijderen</translation>
    </message>
</context>
<context>
    <name>PoolPanel</name>
    <message>
        <source>Pile: still to sort</source>
        <translation>Stapel: nog in te delen</translation>
    </message>
    <message>
        <source>Search the statements</source>
        <translation>Zoeken in de uitspraken</translation>
    </message>
    <message>
        <source>Search the statements… (Ctrl+F)</source>
        <translation>Zoek in de uitspraken… (Ctrl+F)</translation>
    </message>
    <message>
        <source>All meetings</source>
        <translation>Alle bijeenkomsten</translation>
    </message>
    <message>
        <source>All tables</source>
        <translation>Alle tafels</translation>
    </message>
    <message>
        <source>All rounds</source>
        <translation>Alle rondes</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Alle rollen</translation>
    </message>
    <message>
        <source>★ starred only</source>
        <translation>★ alleen met ster</translation>
    </message>
    <message>
        <source>No statements here. Change the filter, or all are sorted.</source>
        <translation>Geen uitspraken hier. Pas het filter aan — of alles is al ingedeeld.</translation>
    </message>
    <message>
        <source>Statements not yet in an opgave</source>
        <translation>Uitspraken nog niet in een opgave</translation>
    </message>
    <message>
        <source>{shown} of {total} shown</source>
        <translation>{shown} van {total} getoond</translation>
    </message>
    <message>
        <source>Select a statement to read it in full and see where it came from.</source>
        <translation>Kies een uitspraak om haar helemaal te lezen en te zien waar ze vandaan komt.</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle bronnen</translation>
    </message>
</context>
<context>
    <name>SimilarOffer</name>
    <message>
        <source>&amp;Place them</source>
        <translation>P&amp;laatsen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Niet nu</translation>
    </message>
</context>
</TS>
