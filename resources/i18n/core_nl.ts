<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Cli</name>
    <message>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>actual {start}–{end}</source>
        <translation>werkelijk {start}–{end}</translation>
    </message>
    <message>
        <source>{time} over</source>
        <translation>{time} uitgelopen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>overgeslagen</translation>
    </message>
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
        <source>create an empty project file</source>
        <translation>maak een leeg projectbestand</translation>
    </message>
    <message>
        <source>the project&apos;s name (default: the file name)</source>
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
        <source>as JSON (see &apos;dialoog schema&apos;)</source>
        <translation>als JSON (zie &apos;dialoog schema&apos;)</translation>
    </message>
    <message>
        <source>print the JSON schema of &apos;info --json&apos;</source>
        <translation>toon het JSON-schema van &apos;info --json&apos;</translation>
    </message>
    <message>
        <source>dialoog: {message}</source>
        <translation>dialoog: {message}</translation>
    </message>
    <message>
        <source>Archive written: {path}</source>
        <translation>Archief geschreven: {path}</translation>
    </message>
    <message>
        <source>dialoog: note: {message}</source>
        <translation>dialoog: let op: {message}</translation>
    </message>
    <message>
        <source>Minutes written: {path} ({notes} notes, {opgaven} opgaven)</source>
        <translation>Verslag geschreven: {path} ({notes} notities, {opgaven} opgaven)</translation>
    </message>
    <message>
        <source>write the minutes in Word, or the project as JSON</source>
        <translation>het verslag in Word schrijven, of het project als JSON</translation>
    </message>
    <message>
        <source>the document to write (.docx or .json)</source>
        <translation>het bestand dat geschreven wordt (.docx of .json)</translation>
    </message>
    <message>
        <source>docx (the minutes) or json (the whole project); default: by --out</source>
        <translation>docx (het verslag) of json (het hele project); standaard: volgens --out</translation>
    </message>
    <message>
        <source>only this meeting</source>
        <translation>alleen deze bijeenkomst</translation>
    </message>
    <message>
        <source>only this table</source>
        <translation>alleen deze tafel</translation>
    </message>
    <message>
        <source>a Word template (.docx or .dotx) in your house style</source>
        <translation>een Word-sjabloon (.docx of .dotx) in uw huisstijl</translation>
    </message>
    <message>
        <source>leave a part out (repeatable): {parts}</source>
        <translation>een onderdeel weglaten (herhaalbaar): {parts}</translation>
    </message>
    <message>
        <source>Dialoog: dialogue tables, notes, opgaven and minutes — offline. &apos;dialoog&apos; opens the app on the last project; &apos;dialoog PATH&apos; on that project file.</source>
        <translation>Dialoog: dialoogtafels, notities, opgaven en verslagen — offline. &apos;dialoog&apos; opent de app met het laatste project; &apos;dialoog PAD&apos; met dat projectbestand.</translation>
    </message>
    <message>
        <source>the project file to create (.dialoog)</source>
        <translation>het projectbestand dat gemaakt wordt (.dialoog)</translation>
    </message>
    <message>
        <source>tables (default: 4)</source>
        <translation>aantal tafels (standaard: 4)</translation>
    </message>
    <message>
        <source>notes (default: 200)</source>
        <translation>aantal notities (standaard: 200)</translation>
    </message>
    <message>
        <source>opgaven (default: 6)</source>
        <translation>aantal opgaven (standaard: 6)</translation>
    </message>
    <message>
        <source>the same seed gives the same project (default: 1)</source>
        <translation>hetzelfde startgetal geeft hetzelfde project (standaard: 1)</translation>
    </message>
    <message>
        <source>dialoog: &apos;{name}&apos; is not a command, nor a project file.</source>
        <translation>dialoog: &apos;{name}&apos; is geen opdracht en geen projectbestand.</translation>
    </message>
    <message>
        <source>Did you mean &apos;dialoog {command}&apos;?</source>
        <translation>Bedoelt u &apos;dialoog {command}&apos;?</translation>
    </message>
    <message>
        <source>See &apos;dialoog --help&apos;.</source>
        <translation>Zie &apos;dialoog --help&apos;.</translation>
    </message>
    <message>
        <source>the project file (.dialoog)</source>
        <translation>het projectbestand (.dialoog)</translation>
    </message>
    <message>
        <source>encrypt with a passphrase (DIALOOG_PASSPHRASE, or asked)</source>
        <translation>versleutel met een wachtwoord (DIALOOG_PASSPHRASE, of gevraagd)</translation>
    </message>
    <message>
        <source>leave out speakers&apos; pseudonyms and initials and gespreksleider names (roles stay); the default when the project says so</source>
        <translation>laat pseudoniemen en initialen van sprekers en namen van gespreksleiders weg (rollen blijven); standaard als het project dat zegt</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>gezond</translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation>BESCHADIGD</translation>
    </message>
    <message>
        <source>Integrity and references: in order</source>
        <translation>Integriteit en verwijzingen: in orde</translation>
    </message>
    <message>
        <source>Schema revision: {rev}</source>
        <translation>Schemaversie: {rev}</translation>
    </message>
    <message>
        <source>Contents: {holds}</source>
        <translation>Inhoud: {holds}</translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation>Gevonden problemen:</translation>
    </message>
    <message>
        <source>Backups: {count}, the newest of {when} ({holds})</source>
        <translation>Reservekopieën: {count}, de nieuwste van {when} ({holds})</translation>
    </message>
    <message>
        <source>Put a backup back with: dialoog restore {path} BACKUP</source>
        <translation>Zet een reservekopie terug met: dialoog restore {path} RESERVEKOPIE</translation>
    </message>
    <message>
        <source>Backups: none</source>
        <translation>Reservekopieën: geen</translation>
    </message>
    <message>
        <source>Backup made: {path} ({holds})</source>
        <translation>Reservekopie gemaakt: {path} ({holds})</translation>
    </message>
    <message>
        <source>Backup put back: {path} (the previous state was backed up first)</source>
        <translation>Reservekopie teruggezet: {path} (de vorige toestand is eerst als reservekopie bewaard)</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Wachtwoord: </translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nieuw wachtwoord: </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>Nogmaals hetzelfde wachtwoord: </translation>
    </message>
    <message>
        <source>Mind: whoever loses the passphrase loses the project. Nobody, not even the makers of Dialoog, can open it without.</source>
        <translation>Let op: wie het wachtwoord kwijtraakt, is het project kwijt. Niemand, ook de makers van Dialoog niet, kan het zonder openen.</translation>
    </message>
    <message>
        <source>check a project file (exit 0 healthy, 1 damaged, 2 not a project)</source>
        <translation>controleer een projectbestand (exitcode 0 gezond, 1 beschadigd, 2 geen project)</translation>
    </message>
    <message>
        <source>the project file to check</source>
        <translation>het projectbestand dat gecontroleerd wordt</translation>
    </message>
    <message>
        <source>as JSON</source>
        <translation>als JSON</translation>
    </message>
    <message>
        <source>make a backup of a project now</source>
        <translation>maak nu een reservekopie van een project</translation>
    </message>
    <message>
        <source>the project file to back up</source>
        <translation>het projectbestand waarvan een reservekopie gemaakt wordt</translation>
    </message>
    <message>
        <source>put a backup back in place of a project</source>
        <translation>zet een reservekopie terug in plaats van een project</translation>
    </message>
    <message>
        <source>the project file to put the backup in place of</source>
        <translation>het projectbestand dat door de reservekopie vervangen wordt</translation>
    </message>
    <message>
        <source>the backup file (see &apos;dialoog check&apos;)</source>
        <translation>het bestand van de reservekopie (zie &apos;dialoog check&apos;)</translation>
    </message>
    <message>
        <source>Merged laptop files:</source>
        <translation>Samengevoegde laptopbestanden:</translation>
    </message>
    <message>
        <source>Conflicts to resolve: {count}</source>
        <translation>Conflicten om op te lossen: {count}</translation>
    </message>
    <message>
        <source>Conflicts to resolve: {count}. Open the project: File → Merge with laptop files.</source>
        <translation>Conflicten om op te lossen: {count}. Open het project: Bestand → Samenvoegen met laptopbestanden.</translation>
    </message>
    <message>
        <source>{what}: combine them in the app.</source>
        <translation>{what}: voeg ze samen in de app.</translation>
    </message>
    <message>
        <source>{table}: {path}</source>
        <translation>{table}: {path}</translation>
    </message>
    <message>
        <source>merge the table laptops&apos; files into a project</source>
        <translation>de bestanden van de tafellaptops samenvoegen in een project</translation>
    </message>
    <message>
        <source>the project that receives the notes</source>
        <translation>het project dat de notities ontvangt</translation>
    </message>
    <message>
        <source>a table laptop&apos;s project file</source>
        <translation>het projectbestand van een tafellaptop</translation>
    </message>
    <message>
        <source>write one copy of a project per table laptop</source>
        <translation>een kopie van een project maken voor elke tafellaptop</translation>
    </message>
    <message>
        <source>the prepared project to copy</source>
        <translation>het voorbereide project dat gekopieerd wordt</translation>
    </message>
    <message>
        <source>the folder for the copies</source>
        <translation>de map voor de kopieën</translation>
    </message>
    <message>
        <source>only this table (repeat for more); default: every table</source>
        <translation>alleen deze tafel (herhaal voor meer); standaard: alle tafels</translation>
    </message>
    <message>
        <source>the meeting (default: the first)</source>
        <translation>de bijeenkomst (standaard: de eerste)</translation>
    </message>
    <message>
        <source>dialoog: row {row} not imported: {reason}</source>
        <translation>dialoog: rij {row} niet geïmporteerd: {reason}</translation>
    </message>
    <message>
        <source>dialoog: note: unknown role “{value}” imported as {role}</source>
        <translation>dialoog: let op: onbekende rol “{value}” geïmporteerd als {role}</translation>
    </message>
    <message>
        <source>dialoog: note: unknown kind “{value}” imported as statement</source>
        <translation>dialoog: let op: onbekende soort “{value}” geïmporteerd als uitspraak</translation>
    </message>
    <message>
        <source>Imported into “{meeting}” — notes: {added}, already there: {there}, rows not imported: {problems}.</source>
        <translation>Geïmporteerd in “{meeting}” — notities: {added}, al aanwezig: {there}, rijen niet geïmporteerd: {problems}.</translation>
    </message>
    <message>
        <source>import notes or a survey from a CSV or Excel file</source>
        <translation>notities of een enquête importeren uit een CSV- of Excel-bestand</translation>
    </message>
    <message>
        <source>the project file to import into</source>
        <translation>het projectbestand waarin geïmporteerd wordt</translation>
    </message>
    <message>
        <source>a .csv or .xlsx file</source>
        <translation>een .csv- of .xlsx-bestand</translation>
    </message>
    <message>
        <source>into this meeting</source>
        <translation>in deze bijeenkomst</translation>
    </message>
    <message>
        <source>the table for rows that name none (default: the file&apos;s name)</source>
        <translation>de tafel voor rijen zonder tafel (standaard: de naam van het bestand)</translation>
    </message>
    <message>
        <source>which column is which (guessed from the headers): {fields}</source>
        <translation>welke kolom wat is (geraden uit de kolomkoppen): {fields}</translation>
    </message>
    <message>
        <source>where the notes come from (default: verslag)</source>
        <translation>waar de notities vandaan komen (standaard: verslag)</translation>
    </message>
    <message>
        <source>the sheet of a workbook</source>
        <translation>het werkblad van een Excel-werkmap</translation>
    </message>
    <message>
        <source>e.g. cp1252 or utf-8 (detected)</source>
        <translation>bijv. cp1252 of utf-8 (wordt herkend)</translation>
    </message>
    <message>
        <source>; or , or tab (detected)</source>
        <translation>; of , of tab (wordt herkend)</translation>
    </message>
    <message>
        <source>(detected)</source>
        <translation>(wordt herkend)</translation>
    </message>
    <message>
        <source>one row per respondent, one column per question</source>
        <translation>één rij per respondent, één kolom per vraag</translation>
    </message>
    <message>
        <source>open question</source>
        <translation>open vraag</translation>
    </message>
    <message>
        <source>closed question</source>
        <translation>gesloten vraag</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>niet geïmporteerd</translation>
    </message>
    <message>
        <source>Survey imported into “{meeting}” — respondents: {respondents}, statements: {statements}, closed answers: {answers}, already there: {there}.</source>
        <translation>Enquête geïmporteerd in “{meeting}” — respondenten: {respondents}, uitspraken: {statements}, antwoorden op gesloten vragen: {answers}, al aanwezig: {there}.</translation>
    </message>
    <message>
        <source>survey: the respondents&apos; role</source>
        <translation>enquête: de kolom met de rol van de respondent</translation>
    </message>
    <message>
        <source>survey: one role for every respondent</source>
        <translation>enquête: één rol voor alle respondenten</translation>
    </message>
    <message>
        <source>survey: an open question (repeatable; guessed otherwise)</source>
        <translation>enquête: een open vraag (herhaalbaar; anders geraden)</translation>
    </message>
    <message>
        <source>survey: a closed question (repeatable; guessed otherwise)</source>
        <translation>enquête: een gesloten vraag (herhaalbaar; anders geraden)</translation>
    </message>
    <message>
        <source>start the app offscreen, exit once its window is painted</source>
        <translation>start de app onzichtbaar en stopt zodra het venster getekend is</translation>
    </message>
    <message>
        <source>the project to open</source>
        <translation>het project dat geopend wordt</translation>
    </message>
    <message>
        <source>Progress report written: {path} ({opgaven} opgaven, {changes} changes)</source>
        <translation>Voortgangsrapport geschreven: {path} ({opgaven} opgaven, {changes} wijzigingen)</translation>
    </message>
    <message>
        <source>Plan of action written: {path} ({opgaven} opgaven, {actions} actions)</source>
        <translation>Plan van aanpak geschreven: {path} ({opgaven} opgaven, {actions} acties)</translation>
    </message>
    <message>
        <source>“{typed}” is not a date; write it as 2027-04-30</source>
        <translation>‘{typed}’ is geen datum; schrijf hem als 2027-04-30</translation>
    </message>
    <message>
        <source>verslag (the minutes, default), plan (the plan of action) or voortgang</source>
        <translation>verslag (standaard), plan (het plan van aanpak) of voortgang (het voortgangsrapport)</translation>
    </message>
    <message>
        <source>voortgang: the changes since this date (2027-04-30)</source>
        <translation>voortgang: de wijzigingen sinds deze datum (2027-04-30)</translation>
    </message>
    <message>
        <source>the files are other projects: add their meetings as separate meetings (opgaven are not copied)</source>
        <translation>de bestanden zijn andere projecten: voeg hun bijeenkomsten toe als aparte bijeenkomsten (opgaven worden niet gekopieerd)</translation>
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
        <source>The project {path} was never finished: making it was interrupted, and it holds no data. Delete the file and make the project again; the file has not been changed.</source>
        <translation>Het project {path} is nooit afgemaakt: het aanmaken werd onderbroken en er staan geen gegevens in. Verwijder het bestand en maak het project opnieuw aan; het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>Beside the project {path} lies a leftover file {wal} that belongs to another version of the project (the file was replaced or copied after a crash). Opening both would mix them up. Move {wal} and {shm} to another folder (keep them) and open the project again; nothing has been changed.</source>
        <translation>Naast het project {path} staat een achtergebleven bestand {wal} dat bij een andere versie van het project hoort (het bestand is na een vastloper vervangen of teruggezet). Samen openen zou ze door elkaar halen. Verplaats {wal} en {shm} naar een andere map (bewaar ze) en open het project opnieuw; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The project {path} no longer records which version of Dialoog&apos;s file format it has, so it cannot be opened safely. Open a backup copy, or ask for help; the file has not been changed.</source>
        <translation>In het project {path} staat niet meer welke versie van het Dialoog-bestandsformaat het heeft, dus het kan niet veilig worden geopend. Open een reservekopie of vraag om hulp; het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>The project {path} records {count} versions of Dialoog&apos;s file format instead of one, so it cannot be opened safely. Open a backup copy, or ask for help; the file has not been changed.</source>
        <translation>In het project {path} staan {count} versies van het Dialoog-bestandsformaat in plaats van één, dus het kan niet veilig worden geopend. Open een reservekopie of vraag om hulp; het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>The file name of {path} is too long for this folder: Dialoog keeps a few files beside it with longer names. Choose a name of at most {longest} bytes (letters with accents count double).</source>
        <translation>De bestandsnaam van {path} is te lang voor deze map: Dialoog bewaart er een paar bestanden naast met langere namen. Kies een naam van hoogstens {longest} tekens (letters met accenten tellen dubbel).</translation>
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
        <source>That opgave no longer exists.</source>
        <translation>Die opgave bestaat niet meer.</translation>
    </message>
    <message>
        <source>One of those statements no longer exists.</source>
        <translation>Een van die uitspraken bestaat niet meer.</translation>
    </message>
    <message>
        <source>An opgave needs a title.</source>
        <translation>Een opgave heeft een titel nodig.</translation>
    </message>
    <message>
        <source>An agenda item needs a title.</source>
        <translation>Een agenda-onderdeel heeft een titel nodig.</translation>
    </message>
    <message>
        <source>A title can be at most {max} characters long.</source>
        <translation>Een titel mag hoogstens {max} tekens lang zijn.</translation>
    </message>
    <message>
        <source>Enter the length as a whole number of minutes, for example 15.</source>
        <translation>Vul de duur in als heel aantal minuten, bijvoorbeeld 15.</translation>
    </message>
    <message>
        <source>An agenda item lasts at least {min} minute.</source>
        <translation>Een agenda-onderdeel duurt minstens {min} minuut.</translation>
    </message>
    <message>
        <source>An agenda item can last at most {max} minutes ({hours} hours); that looks like a typing error.</source>
        <translation>Een agenda-onderdeel duurt hoogstens {max} minuten ({hours} uur); dit lijkt een tikfout.</translation>
    </message>
    <message>
        <source>A priority is a number from 0 (none) to 3 (high).</source>
        <translation>Een prioriteit is een getal van 0 (geen) tot 3 (hoog).</translation>
    </message>
    <message>
        <source>An opgave cannot merge with itself.</source>
        <translation>Een opgave kan niet met zichzelf worden samengevoegd.</translation>
    </message>
    <message>
        <source>Select statements of this opgave to split off.</source>
        <translation>Selecteer uitspraken van deze opgave om af te splitsen.</translation>
    </message>
    <message>
        <source>No meeting or table “{what}” in this project. Choose from: {choices}.</source>
        <translation>Dit project heeft geen bijeenkomst of tafel “{what}”. Kies uit: {choices}.</translation>
    </message>
    <message>
        <source>“{what}” is the name of more than one meeting or table; give its id, or name the meeting with --meeting.</source>
        <translation>“{what}” is de naam van meer dan één bijeenkomst of tafel; geef het id, of noem de bijeenkomst met --meeting.</translation>
    </message>
    <message>
        <source>The template {path} does not exist.</source>
        <translation>Het sjabloon {path} bestaat niet.</translation>
    </message>
    <message>
        <source>The template {path} is not a Word document (.docx or .dotx). Choose another template, or use the built-in one.</source>
        <translation>Het sjabloon {path} is geen Word-document (.docx of .dotx). Kies een ander sjabloon, of gebruik de ingebouwde huisstijl.</translation>
    </message>
    <message>
        <source>The template {path} is damaged and cannot be read ({detail}). Choose another template, or use the built-in one.</source>
        <translation>Het sjabloon {path} is beschadigd en kan niet worden gelezen ({detail}). Kies een ander sjabloon, of gebruik de ingebouwde huisstijl.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>De map {folder} bestaat niet.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be written to (it is read-only). Choose another folder.</source>
        <translation>In de map {folder} kan niet worden geschreven (alleen-lezen). Kies een andere map.</translation>
    </message>
    <message>
        <source>The document {path} is open in another program (Word?) or read-only. Close it there, or choose another name, and try again. The existing document has not been changed.</source>
        <translation>Het document {path} is geopend in een ander programma (Word?) of is alleen-lezen. Sluit het daar, of kies een andere naam, en probeer het opnieuw. Het bestaande document is niet veranderd.</translation>
    </message>
    <message>
        <source>The document {path} could not be saved ({detail}). An existing document with this name has not been changed.</source>
        <translation>Het document {path} kon niet worden opgeslagen ({detail}). Een bestaand document met deze naam is niet veranderd.</translation>
    </message>
    <message>
        <source>The template has no style “{style}”; Dialoog’s own style was used for it.</source>
        <translation>Het sjabloon heeft geen stijl “{style}”; daarvoor is de stijl van Dialoog gebruikt.</translation>
    </message>
    <message>
        <source>That meeting does not exist (any more).</source>
        <translation>Die bijeenkomst bestaat niet (meer).</translation>
    </message>
    <message>
        <source>That table does not exist (any more).</source>
        <translation>Die tafel bestaat niet (meer).</translation>
    </message>
    <message>
        <source>This agenda is empty: add an item before saving it as a template.</source>
        <translation>Deze agenda is leeg: voeg eerst een onderdeel toe voordat u hem als sjabloon bewaart.</translation>
    </message>
    <message>
        <source>The agenda template {file} was skipped: it is not a valid Dialoog template ({detail}).</source>
        <translation>Het agendasjabloon {file} is overgeslagen: het is geen geldig Dialoog-sjabloon ({detail}).</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>Een sjabloon heeft een naam nodig.</translation>
    </message>
    <message>
        <source>There is already a template called {name}.</source>
        <translation>Er is al een sjabloon met de naam {name}.</translation>
    </message>
    <message>
        <source>The template could not be saved in {folder} ({detail}).</source>
        <translation>Het sjabloon kon niet worden opgeslagen in {folder} ({detail}).</translation>
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
        <source>A speaker&apos;s initials or pseudonym can be at most {max} characters.</source>
        <translation>Initialen of pseudoniem van een spreker zijn hoogstens {max} tekens lang.</translation>
    </message>
    <message>
        <source>This field can hold at most {max} characters.</source>
        <translation>Dit veld kan hoogstens {max} tekens bevatten.</translation>
    </message>
    <message>
        <source>A text can hold at most {max} characters; split it into several.</source>
        <translation>Een tekst kan hoogstens {max} tekens bevatten; verdeel hem over meerdere.</translation>
    </message>
    <message>
        <source>The text contains a broken character (half of an emoji or a symbol, usually from a paste). Remove it or type it again.</source>
        <translation>De tekst bevat een kapot teken (de helft van een emoji of symbool, meestal door plakken). Haal het weg of typ het opnieuw.</translation>
    </message>
    <message>
        <source>That note no longer exists.</source>
        <translation>Die notitie bestaat niet meer.</translation>
    </message>
    <message>
        <source>That agenda item no longer exists.</source>
        <translation>Dat agenda-onderdeel bestaat niet meer.</translation>
    </message>
    <message>
        <source>That press of the clock no longer exists.</source>
        <translation>Die bediening van de klok bestaat niet meer.</translation>
    </message>
    <message>
        <source>That merge conflict no longer exists.</source>
        <translation>Dat samenvoegconflict bestaat niet (meer).</translation>
    </message>
    <message>
        <source>The project {path} is encrypted: give its passphrase (when asked, or in the environment variable DIALOOG_PASSPHRASE).</source>
        <translation>Het project {path} is versleuteld: geef het wachtwoord (als erom gevraagd wordt, of in de omgevingsvariabele DIALOOG_PASSPHRASE).</translation>
    </message>
    <message>
        <source>The passphrase for {path} is not right. The file has not been changed; try again (mind capitals and spaces).</source>
        <translation>Het wachtwoord voor {path} is niet juist. Het bestand is niet veranderd; probeer het opnieuw (let op hoofdletters en spaties).</translation>
    </message>
    <message>
        <source>The project {path} is encrypted, but this installation of Dialoog cannot decrypt (the sqlcipher3 package is missing).</source>
        <translation>Het project {path} is versleuteld, maar deze installatie van Dialoog kan niet ontsleutelen (het pakket sqlcipher3 ontbreekt).</translation>
    </message>
    <message>
        <source>The backup {path} is missing or damaged; choose another one. Nothing was changed.</source>
        <translation>De reservekopie {path} ontbreekt of is beschadigd; kies een andere. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was made.</source>
        <translation>De twee wachtwoorden verschillen; er is niets gemaakt.</translation>
    </message>
    <message>
        <source>A passphrase needs at least {n} characters.</source>
        <translation>Een wachtwoord heeft minstens {n} tekens nodig.</translation>
    </message>
    <message>
        <source>The file {path} is this project itself; choose a laptop&apos;s file.</source>
        <translation>Het bestand {path} is dit project zelf; kies het bestand van een laptop.</translation>
    </message>
    <message>
        <source>Choose at most {limit} files at a time; merge the others afterwards.</source>
        <translation>Kies hoogstens {limit} bestanden tegelijk; voeg de andere daarna samen.</translation>
    </message>
    <message>
        <source>There is no table “{name}” in this project.</source>
        <translation>Er is geen tafel “{name}” in dit project.</translation>
    </message>
    <message>
        <source>This meeting has no tables yet; add the tables first, then prepare.</source>
        <translation>Deze bijeenkomst heeft nog geen tafels; voeg eerst de tafels toe en bereid dan de laptops voor.</translation>
    </message>
    <message>
        <source>“{item}” is not a mapping; write FIELD=COLUMN with FIELD one of: {fields}.</source>
        <translation>“{item}” is geen koppeling; schrijf VELD=KOLOM, met als VELD een van: {fields}.</translation>
    </message>
    <message>
        <source>The file {path} is empty: there is nothing to import.</source>
        <translation>Het bestand {path} is leeg: er is niets te importeren.</translation>
    </message>
    <message>
        <source>The file {path} is not a spreadsheet (CSV or Excel .xlsx). In Excel, choose Save as → “CSV (gescheiden door lijstscheidingsteken)” or “Excel-werkmap”.</source>
        <translation>Het bestand {path} is geen spreadsheet (CSV of Excel .xlsx). Kies in Excel Opslaan als → “CSV (gescheiden door lijstscheidingsteken)” of “Excel-werkmap”.</translation>
    </message>
    <message>
        <source>The Excel file {path} is damaged or not really an Excel file ({detail}). Open it in Excel and save it again.</source>
        <translation>Het Excel-bestand {path} is beschadigd of eigenlijk geen Excel-bestand ({detail}). Open het in Excel en sla het opnieuw op.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read from line {row} on ({detail}). Nothing was imported; save it again from Excel as CSV and try once more.</source>
        <translation>Het bestand {path} is vanaf regel {row} niet te lezen ({detail}). Er is niets geïmporteerd; sla het in Excel opnieuw op als CSV en probeer het nog eens.</translation>
    </message>
    <message>
        <source>The workbook has no sheet “{sheet}”. Choose from: {choices}.</source>
        <translation>De werkmap heeft geen werkblad “{sheet}”. Kies uit: {choices}.</translation>
    </message>
    <message>
        <source>There is no column “{column}”. Choose from: {choices}.</source>
        <translation>Er is geen kolom “{column}”. Kies uit: {choices}.</translation>
    </message>
    <message>
        <source>Choose the column that holds the text of the notes.</source>
        <translation>Kies de kolom met de tekst van de notities.</translation>
    </message>
    <message>
        <source>That meeting no longer exists.</source>
        <translation>Die bijeenkomst bestaat niet meer.</translation>
    </message>
    <message>
        <source>That part of the plan no longer exists.</source>
        <translation>Dat onderdeel van het plan bestaat niet meer.</translation>
    </message>
    <message>
        <source>That voting round no longer exists.</source>
        <translation>Die stemronde bestaat niet meer.</translation>
    </message>
    <message>
        <source>An indicator needs a name.</source>
        <translation>Een indicator heeft een naam nodig.</translation>
    </message>
    <message>
        <source>An action needs a description.</source>
        <translation>Een actie heeft een omschrijving nodig.</translation>
    </message>
    <message>
        <source>An expert needs an organisation.</source>
        <translation>Een deskundige heeft een organisatie nodig.</translation>
    </message>
    <message>
        <source>Enter a number, for example 12 or 3.5.</source>
        <translation>Vul een getal in, bijvoorbeeld 12 of 3,5.</translation>
    </message>
    <message>
        <source>An action cannot end before it starts.</source>
        <translation>Een actie kan niet eindigen voordat ze begint.</translation>
    </message>
    <message>
        <source>A voting round needs a name.</source>
        <translation>Een stemronde heeft een naam nodig.</translation>
    </message>
    <message>
        <source>A number of votes is a whole number from 0 to {max}.</source>
        <translation>Een aantal stemmen is een heel getal van 0 tot en met {max}.</translation>
    </message>
    <message>
        <source>The file {path} belongs to another project (“{name}”), not to this one, so it cannot be merged. Its meetings can be added to this project as separate meetings instead (dialoog merge --as-meeting).</source>
        <translation>Het bestand {path} hoort bij een ander project (“{name}”), niet bij dit project, en kan daarom niet worden samengevoegd. De bijeenkomsten ervan kunnen wel als aparte bijeenkomsten aan dit project worden toegevoegd (dialoog merge --as-meeting).</translation>
    </message>
    <message>
        <source>The file {path} is a copy of this project: merge it instead of adding it as a separate meeting.</source>
        <translation>Het bestand {path} is een kopie van dit project: voeg het samen in plaats van het als aparte bijeenkomst toe te voegen.</translation>
    </message>
    <message>
        <source>Votes are counted per table, per role or per participant number.</source>
        <translation>Stemmen worden geteld per tafel, per rol of per deelnemersnummer.</translation>
    </message>
    <message>
        <source>The number of participants is a whole number from {low} to {max}.</source>
        <translation>Het aantal deelnemers is een heel getal van {low} tot en met {max}.</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>at most the last minute</source>
        <translation>hooguit de laatste minuut</translation>
    </message>
    <message>
        <source>the last {n} minutes</source>
        <translation>de laatste {n} minuten</translation>
    </message>
    <message>
        <source>the last {n} hours</source>
        <translation>de laatste {n} uur</translation>
    </message>
    <message>
        <source>the last {n} days</source>
        <translation>de laatste {n} dagen</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>no text in the column “{column}”</source>
        <translation>geen tekst in de kolom “{column}”</translation>
    </message>
    <message>
        <source>the text is longer than {max} characters</source>
        <translation>de tekst is langer dan {max} tekens</translation>
    </message>
    <message>
        <source>the time “{value}” cannot be read</source>
        <translation>de tijd “{value}” is niet te lezen</translation>
    </message>
    <message>
        <source>the row cannot be read ({detail})</source>
        <translation>de rij is niet te lezen ({detail})</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>{new} new, {updated} updated, {unchanged} unchanged, {conflicts} in conflict</source>
        <translation>{new} nieuw, {updated} bijgewerkt, {unchanged} ongewijzigd, {conflicts} in conflict</translation>
    </message>
    <message>
        <source>{file} (table {table})</source>
        <translation>{file} (tafel {table})</translation>
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
    <message>
        <source>said at a table</source>
        <translation>aan tafel gezegd</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>verslag</translation>
    </message>
    <message>
        <source>survey</source>
        <translation>enquête</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <source>running</source>
        <translation>lopend</translation>
    </message>
    <message>
        <source>done</source>
        <translation>gereed</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>vervallen</translation>
    </message>
</context>
</TS>
