<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ConflictList</name>
    <message>
        <source>No conflicts: every version found its place.</source>
        <translation>Geen conflicten: elke versie heeft een plek gekregen.</translation>
    </message>
    <message>
        <source>In the project now</source>
        <translation>Nu in het project</translation>
    </message>
    <message>
        <source>Keep &amp;this one</source>
        <translation>&amp;Deze bewaren</translation>
    </message>
    <message>
        <source>Keep t&amp;hat one</source>
        <translation>&amp;Die andere bewaren</translation>
    </message>
    <message>
        <source>Keep &amp;both</source>
        <translation>&amp;Beide bewaren</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Be&amp;werken…</translation>
    </message>
    <message>
        <source>Note of table {table}</source>
        <translation>Notitie van tafel {table}</translation>
    </message>
    <message>
        <source>Opgave</source>
        <translation>Opgave</translation>
    </message>
    <message>
        <source>{what}: deleted on one laptop, changed on another</source>
        <translation>{what}: op de ene laptop verwijderd, op een andere gewijzigd</translation>
    </message>
    <message>
        <source>{what}: changed differently on two laptops</source>
        <translation>{what}: op twee laptops verschillend gewijzigd</translation>
    </message>
    <message>
        <source>Deleted on another laptop ({time})</source>
        <translation>Verwijderd op een andere laptop ({time})</translation>
    </message>
    <message>
        <source>Delete &amp;after all</source>
        <translation>Toch ver&amp;wijderen</translation>
    </message>
    <message>
        <source>The other version ({time})</source>
        <translation>De andere versie ({time})</translation>
    </message>
    <message>
        <source>Edit the note</source>
        <translation>Notitie bewerken</translation>
    </message>
    <message>
        <source>The note&apos;s text:</source>
        <translation>Tekst van de notitie:</translation>
    </message>
    <message>
        <source>Goal of opgave {opgave}</source>
        <translation>Doel van opgave {opgave}</translation>
    </message>
    <message>
        <source>Edit the goal</source>
        <translation>Doel bewerken</translation>
    </message>
    <message>
        <source>The opgave&apos;s goal:</source>
        <translation>Het doel van de opgave:</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>notes</source>
        <translation>notities</translation>
    </message>
    <message>
        <source>tables</source>
        <translation>tafels</translation>
    </message>
    <message>
        <source>opgaven</source>
        <translation>opgaven</translation>
    </message>
    <message>
        <source>prioritising and plan</source>
        <translation>prioriteren en plan</translation>
    </message>
    <message>
        <source>unsaved drafts kept as concept notes: {count}</source>
        <translation>niet-opgeslagen tekst bewaard als conceptnotitie: {count}</translation>
    </message>
    <message>
        <source>Table “{name}” was made {count} times</source>
        <translation>Tafel “{name}” is {count} keer gemaakt</translation>
    </message>
    <message>
        <source>Opgave “{name}” was made {count} times</source>
        <translation>Opgave “{name}” is {count} keer gemaakt</translation>
    </message>
    <message>
        <source>{file} (project “{project}”), as separate meetings</source>
        <translation>{file} (project “{project}”), als aparte bijeenkomsten</translation>
    </message>
    <message>
        <source>already added: nothing new</source>
        <translation>al toegevoegd: niets nieuws</translation>
    </message>
    <message>
        <source>meeting added: {title}</source>
        <translation>bijeenkomst toegevoegd: {title}</translation>
    </message>
    <message>
        <source>{what}: {new} new</source>
        <translation>{what}: {new} nieuw</translation>
    </message>
    <message>
        <source>opgaven not copied (they belong to the other project&apos;s analysis): {count}</source>
        <translation>opgaven niet gekopieerd (ze horen bij de analyse van het andere project): {count}</translation>
    </message>
</context>
<context>
    <name>MergeActions</name>
    <message>
        <source>Prepare &amp;table laptops…</source>
        <translation>&amp;Tafellaptops voorbereiden…</translation>
    </message>
    <message>
        <source>&amp;Merge with laptop files…</source>
        <translation>&amp;Samenvoegen met laptopbestanden…</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge with laptop files</source>
        <translation>Samenvoegen met laptopbestanden</translation>
    </message>
    <message>
        <source>Choose the files of the table laptops. Their notes, tables, agenda, clock and opgaven are added to this project; the laptop files are not changed. A backup of this project is made first.</source>
        <translation>Kies de bestanden van de tafellaptops. Hun notities, tafels, agenda, klok en opgaven komen in dit project; de laptopbestanden zelf blijven ongewijzigd. Eerst wordt een reservekopie van dit project gemaakt.</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>Bestanden &amp;toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Weghalen</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Samenvoegen</translation>
    </message>
    <message>
        <source>What each file brought appears here.</source>
        <translation>Hier ziet u wat elk bestand heeft opgeleverd.</translation>
    </message>
    <message>
        <source>&amp;Combine into one</source>
        <translation>&amp;Samenvoegen tot één</translation>
    </message>
    <message>
        <source>These were made on more than one laptop under the same name. Combine them to keep one, with all their notes.</source>
        <translation>Deze zijn op meer dan één laptop met dezelfde naam gemaakt. Voeg ze samen om er één over te houden, met al hun notities.</translation>
    </message>
    <message>
        <source>Choose the laptops&apos; files</source>
        <translation>Kies de bestanden van de laptops</translation>
    </message>
    <message>
        <source>Dialoog projects (*.dialoog)</source>
        <translation>Dialoog-projecten (*.dialoog)</translation>
    </message>
    <message>
        <source>Reading the laptop files…</source>
        <translation>De laptopbestanden worden gelezen…</translation>
    </message>
    <message>
        <source>Merging the laptop files into this project…</source>
        <translation>De laptopbestanden worden in dit project samengevoegd…</translation>
    </message>
    <message>
        <source>Another project</source>
        <translation>Ander project</translation>
    </message>
    <message>
        <source>“{file}” belongs to another project (“{name}”), so it cannot be merged with this one.</source>
        <translation>“{file}” hoort bij een ander project (“{name}”) en kan daarom niet met dit project worden samengevoegd.</translation>
    </message>
    <message>
        <source>Its meetings can be added to this project as separate meetings, with their tables, agenda, clock and notes. Its opgaven are not copied; the file itself is not changed.</source>
        <translation>De bijeenkomsten ervan kunnen als aparte bijeenkomsten aan dit project worden toegevoegd, met hun tafels, agenda, klok en notities. De opgaven worden niet gekopieerd; het bestand zelf blijft ongewijzigd.</translation>
    </message>
    <message>
        <source>Add as a separate meeting</source>
        <translation>Als aparte bijeenkomst toevoegen</translation>
    </message>
    <message>
        <source>Adding the meetings of “{file}”…</source>
        <translation>De bijeenkomsten van “{file}” worden toegevoegd…</translation>
    </message>
    <message>
        <source>No laptop files have been merged into this project yet.</source>
        <translation>Er zijn nog geen laptopbestanden in dit project samengevoegd.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Conflicts ({count})</source>
        <translation>Conflicten ({count})</translation>
    </message>
    <message>
        <source>Made twice ({count})</source>
        <translation>Dubbel gemaakt ({count})</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
</context>
<context>
    <name>PrepareDialog</name>
    <message>
        <source>Prepare table laptops</source>
        <translation>Tafellaptops voorbereiden</translation>
    </message>
    <message>
        <source>Writes one copy of this project for each table. Put a copy on the table&apos;s laptop: Dialoog opens it on that table. Afterwards, merge the copies back with File → Merge with laptop files.</source>
        <translation>Maakt voor elke tafel een kopie van dit project. Zet de kopie op de laptop van die tafel: Dialoog opent hem meteen op die tafel. Voeg de kopieën na afloop weer samen met Bestand → Samenvoegen met laptopbestanden.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>K&amp;iezen…</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Bijeenkomst:</translation>
    </message>
    <message>
        <source>&amp;Tables:</source>
        <translation>&amp;Tafels:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Map:</translation>
    </message>
    <message>
        <source>&amp;Write the copies</source>
        <translation>Kopieën &amp;maken</translation>
    </message>
    <message>
        <source>Folder for the copies</source>
        <translation>Map voor de kopieën</translation>
    </message>
    <message>
        <source>Tick at least one table.</source>
        <translation>Vink minstens één tafel aan.</translation>
    </message>
    <message>
        <source>Copies written ({count}) to {folder}:</source>
        <translation>Kopieën gemaakt in {folder} ({count}):</translation>
    </message>
</context>
</TS>
