<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Dialoog</source>
        <translation>Over Dialoog</translation>
    </message>
    <message>
        <source>Dialogue tables, notes, opgaven and minutes — offline.
Everything stays on this computer: no network, no telemetry.</source>
        <translation>Dialoogtafels, notities, opgaven en verslagen — offline.
Alles blijft op deze computer: geen netwerk, geen telemetrie.</translation>
    </message>
    <message>
        <source>Dialoog is built with:</source>
        <translation>Dialoog is gemaakt met:</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <source>Components and their licences</source>
        <translation>Onderdelen en hun licenties</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the GNU LGPL version 3: you may replace their libraries in the program folder with your own build. Their source code is at &lt;a href=&quot;https://code.qt.io&quot;&gt;code.qt.io&lt;/a&gt;.</source>
        <translation>Qt en PySide6 worden gebruikt onder de GNU LGPL versie 3: u mag hun bibliotheken in de programmamap vervangen door een eigen versie. De broncode staat op &lt;a href=&quot;https://code.qt.io&quot;&gt;code.qt.io&lt;/a&gt;.</translation>
    </message>
</context>
<context>
    <name>BusyDialog</name>
    <message>
        <source>Please wait</source>
        <translation>Even geduld</translation>
    </message>
    <message>
        <source>Dialoog can close once this is done; nothing is lost meanwhile.</source>
        <translation>Dialoog kan sluiten zodra dit klaar is; intussen gaat er niets verloren.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Dialoog is already running with {path}; its window was brought forward.</source>
        <translation>Dialoog is al gestart met {path}; dat venster staat nu vooraan.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong; your notes have been saved.</source>
        <translation>Er ging iets mis; uw notities zijn opgeslagen.</translation>
    </message>
    <message>
        <source>You can carry on working. If it happens again, copy the details and send them to whoever supports Dialoog for you. They are also in {path}.</source>
        <translation>U kunt gewoon verder werken. Gebeurt het vaker, kopieer dan de details en stuur ze naar degene die u met Dialoog helpt. Ze staan ook in {path}.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopiëren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Gekopieerd</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>All changes are saved automatically</source>
        <translation>Alle wijzigingen worden automatisch opgeslagen</translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>Opgeslagen om {time}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nieuw project…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken:</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnieu&amp;w:</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>B&amp;eeld</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Dialoog</source>
        <translation>&amp;Over Dialoog</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>The new language is used the next time Dialoog starts.</source>
        <translation>De nieuwe taal wordt gebruikt zodra Dialoog opnieuw start.</translation>
    </message>
    <message>
        <source>Dialoog projects (*{suffix})</source>
        <translation>Dialoog-projecten (*{suffix})</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nieuw project</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Project openen</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Schermen</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Meetings</source>
        <translation>Bijeenkomsten</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tafel</translation>
    </message>
    <message>
        <source>Opgaven</source>
        <translation>Opgaven</translation>
    </message>
    <message>
        <source>Prioritise</source>
        <translation>Prioriteren</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestands&amp;type:</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Snelkoppeling</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Bestand niet gevonden.
Controleer of de bestandsnaam klopt.</translation>
    </message>
</context>
<context>
    <name>Selftest</name>
    <message>
        <source>no window was shown</source>
        <translation>er is geen venster getoond</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 notitie</translation>
    </message>
    <message>
        <source>{count} notes</source>
        <translation>{count} notities</translation>
    </message>
    <message>
        <source>the app&apos;s modules could not be loaded</source>
        <translation>de onderdelen van de app konden niet worden geladen</translation>
    </message>
</context>
</TS>
