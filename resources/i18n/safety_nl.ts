<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>BackupScheduler</name>
    <message>
        <source>No backup could be made: {error}</source>
        <translation>Er kon geen reservekopie worden gemaakt: {error}</translation>
    </message>
</context>
<context>
    <name>BackupViewer</name>
    <message>
        <source>Backup of {when}</source>
        <translation>Reservekopie van {when}</translation>
    </message>
    <message>
        <source>Read-only: nothing here changes the project. Select text and copy it (Ctrl+C) to use it again.</source>
        <translation>Alleen lezen: hier verandert niets aan het project. Selecteer tekst en kopieer die (Ctrl+C) om hem opnieuw te gebruiken.</translation>
    </message>
    <message>
        <source>Find (Enter for the next)</source>
        <translation>Zoeken (Enter voor de volgende)</translation>
    </message>
    <message>
        <source>This backup holds no notes.</source>
        <translation>Deze reservekopie bevat geen notities.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The backup has been put back.</source>
        <translation>De reservekopie is teruggezet.</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Reservekopieën…</translation>
    </message>
    <message>
        <source>{n} kB</source>
        <translation>{n} kB</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <source>{meetings} meetings, {notes} notes, {opgaven} opgaven</source>
        <translation>{meetings} bijeenkomsten, {notes} notities, {opgaven} opgaven</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>voor een update</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>bij openen</translation>
    </message>
    <message>
        <source>while working</source>
        <translation>tijdens het werk</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>met de hand gemaakt</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>voor het terugzetten</translation>
    </message>
    <message>
        <source>before a merge</source>
        <translation>voor het samenvoegen</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>voor een import</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Reservekopieën</translation>
    </message>
    <message>
        <source>Dialoog makes a backup when you open the project and every {minutes} minutes while you work. Older backups are thinned: all of the last hour, one per hour for a day, one per day for a month, one per week after that.</source>
        <translation>Dialoog maakt een reservekopie als u het project opent en elke {minutes} minuten terwijl u werkt. Oudere kopieën worden uitgedund: alle van het laatste uur, één per uur voor een dag, één per dag voor een maand, daarna één per week.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>Make a backup &amp;now</source>
        <translation>&amp;Nu een reservekopie maken</translation>
    </message>
    <message>
        <source>&amp;Look inside…</source>
        <translation>&amp;Bekijken…</translation>
    </message>
    <message>
        <source>Read the notes of this backup and copy from them</source>
        <translation>Lees de notities in deze reservekopie en kopieer eruit</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Terugzetten…</translation>
    </message>
    <message>
        <source>damaged — cannot be used</source>
        <translation>beschadigd — niet bruikbaar</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
        <source>Put back the backup of {when} ({holds})?

What the project holds now is first saved as a backup of its own, so you can go back.</source>
        <translation>De reservekopie van {when} ({holds}) terugzetten?

Wat nu in het project staat, wordt eerst zelf als reservekopie bewaard, zodat u terug kunt.</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Project damaged</source>
        <translation>Project beschadigd</translation>
    </message>
    <message>
        <source>The project “{name}” is damaged. The file has not been changed.</source>
        <translation>Het project ‘{name}’ is beschadigd. Het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>There is no backup of this project on this computer.</source>
        <translation>Er is geen reservekopie van dit project op deze computer.</translation>
    </message>
    <message>
        <source>The newest good backup is of {when}: {holds}.

If you put it back, what was done after it is lost: {lost}.
The damaged file is kept beside the project.</source>
        <translation>De nieuwste goede reservekopie is van {when}: {holds}.

Als u die terugzet, gaat verloren wat daarna is gedaan: {lost}.
Het beschadigde bestand blijft naast het project bewaard.</translation>
    </message>
    <message>
        <source>Put the backup back</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
</context>
</TS>
