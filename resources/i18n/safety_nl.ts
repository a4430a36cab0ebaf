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
        <source>Saving the project as it is now…</source>
        <translation>Het project wordt eerst bewaard zoals het nu is…</translation>
    </message>
    <message>
        <source>Putting the backup back…</source>
        <translation>De reservekopie wordt teruggezet…</translation>
    </message>
    <message>
        <source>The backup has been put back.</source>
        <translation>De reservekopie is teruggezet.</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>Reserve&amp;kopieën…</translation>
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
    <message>
        <source>after removing personal data</source>
        <translation>na verwijderen persoonsgegevens</translation>
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
        <source>Making a backup of this project…</source>
        <translation>Er wordt een reservekopie van dit project gemaakt…</translation>
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
    <name>EncryptDialog</name>
    <message>
        <source>Encrypt with a passphrase</source>
        <translation>Versleutelen met wachtwoord</translation>
    </message>
    <message>
        <source>“{name}” will only open with this passphrase, its backups too. Whoever loses the passphrase loses the project: nobody can open it without, not even the makers of Dialoog. Write it down somewhere safe.</source>
        <translation>‘{name}’ opent daarna alleen nog met dit wachtwoord, de reservekopieën ook. Wie het wachtwoord kwijtraakt, is het project kwijt: niemand kan het zonder openen, ook de makers van Dialoog niet. Schrijf het op een veilige plek op.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Nogmaals:</translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation>&amp;Versleutelen</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtwoorden verschillen.</translation>
    </message>
    <message>
        <source>A passphrase needs at least {n} characters.</source>
        <translation>Een wachtwoord heeft minstens {n} tekens nodig.</translation>
    </message>
</context>
<context>
    <name>Location</name>
    <message>
        <source>Project in a synced folder</source>
        <translation>Project in een gesynchroniseerde map</translation>
    </message>
    <message>
        <source>“{name}” is in a folder that is synchronised ({folder}). The sync can copy the project while it is half written, or put an old version back.</source>
        <translation>‘{name}’ staat in een map die wordt gesynchroniseerd ({folder}). Het synchroniseren kan het project half geschreven kopiëren, of een oude versie terugzetten.</translation>
    </message>
    <message>
        <source>Project on a network drive</source>
        <translation>Project op een netwerkschijf</translation>
    </message>
    <message>
        <source>“{name}” is on a network drive. Dialoog cannot keep a project safe there: a dropped connection can damage it.</source>
        <translation>‘{name}’ staat op een netwerkschijf. Daar kan Dialoog een project niet veilig bewaren: een verbroken verbinding kan het beschadigen.</translation>
    </message>
    <message>
        <source>Work in a copy on this computer, and put the minutes in the shared folder afterwards. The copy goes to {folder}.</source>
        <translation>Werk in een kopie op deze computer en zet het verslag daarna in de gedeelde map. De kopie komt in {folder}.</translation>
    </message>
    <message>
        <source>Make a copy on this computer</source>
        <translation>Kopie op deze computer maken</translation>
    </message>
    <message>
        <source>Work here anyway</source>
        <translation>Toch hier werken</translation>
    </message>
    <message>
        <source>You are now working in the copy: {path}</source>
        <translation>U werkt nu in de kopie: {path}</translation>
    </message>
</context>
<context>
    <name>NamesDialog</name>
    <message>
        <source>Names in notes</source>
        <translation>Namen in notities</translation>
    </message>
    <message>
        <source>Words in the notes that may be people&apos;s names: after a title (mevrouw, dhr.), capitalised words that are not common words, and the speakers&apos; initials. Tick the ones to replace. Edit → Undo puts them back.</source>
        <translation>Woorden in de notities die namen van mensen kunnen zijn: na een aanspreekvorm (mevrouw, dhr.), woorden met een hoofdletter die geen gewone woorden zijn, en de initialen van sprekers. Vink aan wat u wilt vervangen. Bewerken → Ongedaan maken zet ze terug.</translation>
    </message>
    <message>
        <source>Replace &amp;with:</source>
        <translation>Vervangen &amp;door:</translation>
    </message>
    <message>
        <source>&amp;Replace the ticked names</source>
        <translation>Aangevinkte namen &amp;vervangen</translation>
    </message>
    <message>
        <source>{name} (speaker, {count} notes)</source>
        <translation>{name} (spreker, {count} notities)</translation>
    </message>
    <message>
        <source>{name} ({count} notes)</source>
        <translation>{name} ({count} notities)</translation>
    </message>
    <message>
        <source>No likely names found in the notes.</source>
        <translation>Geen waarschijnlijke namen gevonden in de notities.</translation>
    </message>
    <message>
        <source>replace names in notes</source>
        <translation>namen in notities vervangen</translation>
    </message>
    <message>
        <source>Replaced in {count} notes. Edit → Undo puts the names back.</source>
        <translation>Vervangen in {count} notities. Bewerken → Ongedaan maken zet de namen terug.</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Passphrase for “{name}”:</source>
        <translation>Wachtwoord voor ‘{name}’:</translation>
    </message>
    <message>
        <source>That passphrase is not right.</source>
        <translation>Dat wachtwoord klopt niet.</translation>
    </message>
    <message>
        <source>Encrypted project</source>
        <translation>Versleuteld project</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>&amp;Privacy…</source>
        <translation>&amp;Privacy…</translation>
    </message>
    <message>
        <source>Retention period over</source>
        <translation>Bewaartermijn verstreken</translation>
    </message>
    <message>
        <source>The personal data in “{name}” was to be deleted on {date}. Remove it, or delete the whole project, under File → Privacy….</source>
        <translation>De persoonsgegevens in ‘{name}’ moesten op {date} worden verwijderd. Verwijder ze, of het hele project, via Bestand → Privacy….</translation>
    </message>
    <message>
        <source>The project is encrypted.</source>
        <translation>Het project is versleuteld.</translation>
    </message>
    <message>
        <source>Delete project permanently</source>
        <translation>Project definitief verwijderen</translation>
    </message>
    <message>
        <source>Delete the project “{name}” for good?</source>
        <translation>Het project ‘{name}’ definitief verwijderen?</translation>
    </message>
    <message>
        <source>The project file, all its backups and the copies made for other laptops that Dialoog knows of are overwritten and deleted. This cannot be undone.</source>
        <translation>Het projectbestand, al zijn reservekopieën en de kopieën voor andere laptops die Dialoog kent, worden overschreven en verwijderd. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Delete “{name}”</source>
        <translation>‘{name}’ verwijderen</translation>
    </message>
    <message>
        <source>The project “{name}” has been deleted.</source>
        <translation>Het project ‘{name}’ is definitief verwijderd.</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>empty: no author in the minutes</source>
        <translation>leeg: geen auteur in het verslag</translation>
    </message>
    <message>
        <source>Export &amp;anonymised by default</source>
        <translation>Standaard &amp;geanonimiseerd exporteren</translation>
    </message>
    <message>
        <source>&amp;Delete personal data on</source>
        <translation>Persoonsgegevens &amp;verwijderen op</translation>
    </message>
    <message>
        <source>Your &amp;name (for minutes):</source>
        <translation>Uw &amp;naam (voor verslagen):</translation>
    </message>
    <message>
        <source>Retention:</source>
        <translation>Bewaartermijn:</translation>
    </message>
    <message>
        <source>Personal data in this project</source>
        <translation>Persoonsgegevens in dit project</translation>
    </message>
    <message>
        <source>Names in &amp;notes…</source>
        <translation>Namen in &amp;notities…</translation>
    </message>
    <message>
        <source>Remove &amp;personal data…</source>
        <translation>&amp;Persoonsgegevens verwijderen…</translation>
    </message>
    <message>
        <source>&amp;Encrypt with a passphrase…</source>
        <translation>&amp;Versleutelen met wachtwoord…</translation>
    </message>
    <message>
        <source>Encrypted with a passphrase</source>
        <translation>Versleuteld met wachtwoord</translation>
    </message>
    <message>
        <source>Delete project &amp;permanently…</source>
        <translation>Project &amp;definitief verwijderen…</translation>
    </message>
    <message>
        <source>find names residents mentioned, and replace them</source>
        <translation>namen vinden die bewoners noemden, en ze vervangen</translation>
    </message>
    <message>
        <source>remove every speaker and gespreksleider name</source>
        <translation>alle sprekers en namen van gespreksleiders weghalen</translation>
    </message>
    <message>
        <source>the file and its backups unreadable without it</source>
        <translation>bestand en reservekopieën onleesbaar zonder wachtwoord</translation>
    </message>
    <message>
        <source>the file, its backups and its copies, for good</source>
        <translation>het bestand, de reservekopieën en de kopieën, voorgoed</translation>
    </message>
    <message>
        <source>Remove personal data</source>
        <translation>Persoonsgegevens verwijderen</translation>
    </message>
    <message>
        <source>Remove every speaker (initials, pseudonyms) and every gespreksleider name from the whole project “{name}”?

The notes themselves stay. Older backups still hold the names, so they are deleted too. This cannot be undone.</source>
        <translation>Alle sprekers (initialen, pseudoniemen) en alle namen van gespreksleiders uit het hele project ‘{name}’ verwijderen?

De notities zelf blijven. Oudere reservekopieën bevatten de namen nog en worden daarom ook verwijderd. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Removed: {speakers} speakers, {facilitators} gespreksleider names and {contacts} contact names of experts; {backups} older backups deleted.</source>
        <translation>Verwijderd: {speakers} sprekers, {facilitators} namen van gespreksleiders en {contacts} contactpersonen van deskundigen; {backups} oudere reservekopieën gewist.</translation>
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
    <message>
        <source>Putting the backup back…</source>
        <translation>De reservekopie wordt teruggezet…</translation>
    </message>
</context>
</TS>
