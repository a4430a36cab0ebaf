<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>Cli</name>
    <message>
        <source>Project: {name}</source>
        <translation>Project: {name}</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>Bestand: {path}</translation>
    </message>
    <message>
        <source>Notes: {count} ({unplaced} not in an opgave)</source>
        <translation>Notities: {count} ({unplaced} nog niet in een opgave)</translation>
    </message>
    <message>
        <source>Meeting: {title}</source>
        <translation>Bijeenkomst: {title}</translation>
    </message>
    <message>
        <source>Agenda ({minutes} minutes):</source>
        <translation>Agenda ({minutes} minuten):</translation>
    </message>
    <message>
        <source>Table {name} ({facilitator}): {count} notes</source>
        <translation>{name} ({facilitator}): {count} notities</translation>
    </message>
    <message>
        <source>Opgaven:</source>
        <translation>Opgaven:</translation>
    </message>
    <message>
        <source>{title}: {count} notes</source>
        <translation>{title}: {count} notities</translation>
    </message>
    <message>
        <source>Project created: {path}</source>
        <translation>Project aangemaakt: {path}</translation>
    </message>
    <message>
        <source>Demo project created: {path} ({tables} tables, {notes} notes, {opgaven} opgaven)</source>
        <translation>Demoproject aangemaakt: {path} ({tables} tafels, {notes} notities, {opgaven} opgaven)</translation>
    </message>
    <message>
        <source>must be 0 or more</source>
        <translation>moet 0 of meer zijn</translation>
    </message>
    <message>
        <source>Dialoog: dialogue tables, notes, opgaven and minutes — offline.</source>
        <translation>Dialoog: dialoogtafels, notities, opgaven en verslagen — offline.</translation>
    </message>
    <message>
        <source>create an empty project file</source>
        <translation>maak een leeg projectbestand</translation>
    </message>
    <message>
        <source>the project's name (default: the file name)</source>
        <translation>de naam van het project (standaard: de bestandsnaam)</translation>
    </message>
    <message>
        <source>create a realistic demo project</source>
        <translation>maak een realistisch demoproject</translation>
    </message>
    <message>
        <source>show what is in a project</source>
        <translation>laat zien wat er in een project staat</translation>
    </message>
    <message>
        <source>as JSON (see 'dialoog schema')</source>
        <translation>als JSON (zie 'dialoog schema')</translation>
    </message>
    <message>
        <source>print the JSON schema of 'info --json'</source>
        <translation>toon het JSON-schema van 'info --json'</translation>
    </message>
    <message>
        <source>start the app offscreen once and exit</source>
        <translation>start de app eenmaal onzichtbaar en stop</translation>
    </message>
    <message>
        <source>dialoog: {message}</source>
        <translation>dialoog: {message}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>Het bestand {path} bestaat niet.</translation>
    </message>
    <message>
        <source>The file {path} is empty: it is not a Dialoog project.</source>
        <translation>Het bestand {path} is leeg: het is geen Dialoog-project.</translation>
    </message>
    <message>
        <source>The file {path} is not a Dialoog project.</source>
        <translation>Het bestand {path} is geen Dialoog-project.</translation>
    </message>
    <message>
        <source>The file {path} is a database of another program, not a Dialoog project.</source>
        <translation>Het bestand {path} is een database van een ander programma, geen Dialoog-project.</translation>
    </message>
    <message>
        <source>The project {path} is damaged and cannot be opened ({detail}). Open a backup copy, or ask for help; the file has not been changed.</source>
        <translation>Het project {path} is beschadigd en kan niet worden geopend ({detail}). Open een reservekopie of vraag om hulp; het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>The project {path} was made with a newer version of Dialoog. Install the newest version to open it; the file has not been changed.</source>
        <translation>Het project {path} is gemaakt met een nieuwere versie van Dialoog. Installeer de nieuwste versie om het te openen; het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>The project {path} is already open in another Dialoog window. Close it there first.</source>
        <translation>Het project {path} is al geopend in een ander Dialoog-venster. Sluit het daar eerst.</translation>
    </message>
    <message>
        <source>The project {path} cannot be written to (read-only file or folder). Copy it to a folder of your own and open the copy.</source>
        <translation>In het project {path} kan niet worden geschreven (alleen-lezen bestand of map). Kopieer het naar een eigen map en open de kopie.</translation>
    </message>
    <message>
        <source>The file {path} already exists; choose another name.</source>
        <translation>Het bestand {path} bestaat al; kies een andere naam.</translation>
    </message>
    <message>
        <source>The project {path} could not be brought up to date ({detail}). Nothing was changed.</source>
        <translation>Het project {path} kon niet worden bijgewerkt ({detail}). Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>A meeting needs a title.</source>
        <translation>Een bijeenkomst heeft een titel nodig.</translation>
    </message>
    <message>
        <source>A table needs a name.</source>
        <translation>Een tafel heeft een naam nodig.</translation>
    </message>
    <message>
        <source>A number of participants must be between 0 and {max}.</source>
        <translation>Een aantal deelnemers moet tussen 0 en {max} liggen.</translation>
    </message>
    <message>
        <source>A note cannot be empty. To remove it, delete it (Delete).</source>
        <translation>Een notitie kan niet leeg zijn. Wilt u hem weghalen, verwijder hem dan (Delete).</translation>
    </message>
    <message>
        <source>A note can hold at most {max} characters; split it into several.</source>
        <translation>Een notitie kan hoogstens {max} tekens bevatten; verdeel de tekst over meer notities.</translation>
    </message>
    <message>
        <source>A speaker's initials or pseudonym can be at most {max} characters.</source>
        <translation>Initialen of pseudoniem van een spreker zijn hoogstens {max} tekens lang.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>statement</source>
        <translation>uitspraak</translation>
    </message>
    <message>
        <source>idea</source>
        <translation>idee</translation>
    </message>
    <message>
        <source>concern</source>
        <translation>zorg</translation>
    </message>
    <message>
        <source>question</source>
        <translation>vraag</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>afspraak</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>citaat</translation>
    </message>
    <message>
        <source>resident</source>
        <translation>inwoner</translation>
    </message>
    <message>
        <source>professional</source>
        <translation>professional</translation>
    </message>
    <message>
        <source>civil servant</source>
        <translation>ambtenaar</translation>
    </message>
    <message>
        <source>other</source>
        <translation>anders</translation>
    </message>
    <message>
        <source>residents</source>
        <translation>inwoners</translation>
    </message>
    <message>
        <source>professionals</source>
        <translation>professionals</translation>
    </message>
    <message>
        <source>civil servants</source>
        <translation>ambtenaren</translation>
    </message>
    <message>
        <source>others</source>
        <translation>anderen</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <source>Getting acquainted</source>
        <translation>Kennismaken</translation>
    </message>
    <message>
        <source>Sharing experiences</source>
        <translation>Ervaringen delen</translation>
    </message>
    <message>
        <source>Dreaming</source>
        <translation>Dromen</translation>
    </message>
    <message>
        <source>Doing</source>
        <translation>Doen</translation>
    </message>
    <message>
        <source>Harvest</source>
        <translation>Oogst</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>plenary</source>
        <translation>plenair</translation>
    </message>
    <message>
        <source>at the tables</source>
        <translation>aan de tafels</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
</context>
</TS>