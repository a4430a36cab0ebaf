<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Agenda items</source>
        <translation>Onderdelen van de agenda</translation>
    </message>
    <message>
        <source>Drag an item to move it, or use Ctrl+Up and Ctrl+Down</source>
        <translation>Sleep een onderdeel om het te verplaatsen, of gebruik Ctrl+Omhoog en Ctrl+Omlaag</translation>
    </message>
    <message>
        <source>+ Add item</source>
        <translation>+ Onderdeel</translation>
    </message>
    <message>
        <source>Add an agenda item after the selected one (Ctrl+Shift+N)</source>
        <translation>Voeg een onderdeel toe na het gekozen onderdeel (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliceren</translation>
    </message>
    <message>
        <source>Duplicate the selected item (Ctrl+D)</source>
        <translation>Maak een kopie van het gekozen onderdeel (Ctrl+D)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Move the item up (Ctrl+Up)</source>
        <translation>Verplaats het onderdeel naar boven (Ctrl+Omhoog)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Move the item down (Ctrl+Down)</source>
        <translation>Verplaats het onderdeel naar beneden (Ctrl+Omlaag)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove the item (Delete); Ctrl+Z brings it back</source>
        <translation>Verwijder het onderdeel (Delete); Ctrl+Z haalt het terug</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Sjablonen</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>This meeting has no agenda yet. Start from a template, or add items one by one.</source>
        <translation>Deze bijeenkomst heeft nog geen agenda. Begin met een sjabloon, of voeg de onderdelen één voor één toe.</translation>
    </message>
    <message>
        <source>{name} — {length}, {count} items</source>
        <translation>{name} — {length}, {count} onderdelen</translation>
    </message>
    <message>
        <source>Add an empty item</source>
        <translation>Leeg onderdeel toevoegen</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 onderdeel</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>{count} onderdelen</translation>
    </message>
    <message>
        <source>{items}, {length} in total</source>
        <translation>{items}, {length} in totaal</translation>
    </message>
    <message>
        <source>planned {start} – {end}</source>
        <translation>gepland {start} – {end}</translation>
    </message>
    <message>
        <source>set a start time under Meetings to see clock times</source>
        <translation>stel bij Bijeenkomsten een begintijd in om kloktijden te zien</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>Nieuw onderdeel</translation>
    </message>
    <message>
        <source>add agenda item</source>
        <translation>onderdeel toevoegen</translation>
    </message>
    <message>
        <source>duplicate agenda item</source>
        <translation>onderdeel dupliceren</translation>
    </message>
    <message>
        <source>move agenda item</source>
        <translation>onderdeel verplaatsen</translation>
    </message>
    <message>
        <source>remove agenda item</source>
        <translation>onderdeel verwijderen</translation>
    </message>
    <message>
        <source>apply template</source>
        <translation>sjabloon toepassen</translation>
    </message>
    <message>
        <source>Template “{name}” applied. Ctrl+Z brings back the agenda you had.</source>
        <translation>Sjabloon ‘{name}’ toegepast. Ctrl+Z zet de vorige agenda terug.</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} uur</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} uur {minutes} min</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>Agenda views</source>
        <translation>Weergaven van de agenda</translation>
    </message>
    <message>
        <source>&amp;Build the agenda</source>
        <translation>Agenda &amp;opstellen</translation>
    </message>
    <message>
        <source>&amp;Clock</source>
        <translation>&amp;Klok</translation>
    </message>
    <message>
        <source>&amp;Planned and actual</source>
        <translation>&amp;Gepland en werkelijk</translation>
    </message>
    <message>
        <source>Choose a meeting first.
The agenda and its clock belong to one meeting: make or pick it under Meetings.</source>
        <translation>Kies eerst een bijeenkomst.
De agenda en de klok horen bij één bijeenkomst: maak of kies die bij Bijeenkomsten.</translation>
    </message>
    <message>
        <source>Go to Meetings</source>
        <translation>Naar Bijeenkomsten</translation>
    </message>
    <message>
        <source>Presenter view</source>
        <translation>Presentatiescherm</translation>
    </message>
    <message>
        <source>Show the clock full screen on a projector or second screen (P)</source>
        <translation>Toon de klok schermvullend op een beamer of tweede scherm (P)</translation>
    </message>
    <message>
        <source>Full screen on screen {number}: {name} ({width} × {height})</source>
        <translation>Schermvullend op scherm {number}: {name} ({width} × {height})</translation>
    </message>
    <message>
        <source>In a window</source>
        <translation>In een venster</translation>
    </message>
    <message>
        <source>Close the presenter view</source>
        <translation>Presentatiescherm sluiten</translation>
    </message>
</context>
<context>
    <name>ClockTexts</name>
    <message>
        <source>Not started yet</source>
        <translation>Nog niet begonnen</translation>
    </message>
    <message>
        <source>The meeting is over</source>
        <translation>De bijeenkomst is afgelopen</translation>
    </message>
    <message>
        <source>item {number} of {count}</source>
        <translation>onderdeel {number} van {count}</translation>
    </message>
    <message>
        <source>Paused · {where}</source>
        <translation>Gepauzeerd · {where}</translation>
    </message>
    <message>
        <source>Running · {where}</source>
        <translation>Loopt · {where}</translation>
    </message>
    <message>
        <source>First: {title}</source>
        <translation>Eerst: {title}</translation>
    </message>
    <message>
        <source>This meeting has no agenda yet</source>
        <translation>Deze bijeenkomst heeft nog geen agenda</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Dank u wel!</translation>
    </message>
    <message>
        <source>Start the clock with Space or F5</source>
        <translation>Start de klok met spatie of F5</translation>
    </message>
    <message>
        <source>See “Planned and actual” for how the times went</source>
        <translation>Zie ‘Gepland en werkelijk’ voor hoe de tijden liepen</translation>
    </message>
    <message>
        <source>This is the last item</source>
        <translation>Dit is het laatste onderdeel</translation>
    </message>
    <message>
        <source>Next: {title} ({minutes} min)</source>
        <translation>Hierna: {title} ({minutes} min)</translation>
    </message>
    <message>
        <source>Planned {start} – {end}</source>
        <translation>Gepland {start} – {end}</translation>
    </message>
    <message>
        <source>We start at {time}</source>
        <translation>We beginnen om {time}</translation>
    </message>
    <message>
        <source>Ended at {time}</source>
        <translation>Afgelopen om {time}</translation>
    </message>
    <message>
        <source>Half a minute left</source>
        <translation>Nog een halve minuut</translation>
    </message>
    <message>
        <source>Less than half a minute left</source>
        <translation>Nog minder dan een halve minuut</translation>
    </message>
    <message>
        <source>{minutes}½ minutes left</source>
        <translation>Nog {minutes}½ minuut</translation>
    </message>
    <message>
        <source>planned {time}</source>
        <translation>gepland {time}</translation>
    </message>
    <message>
        <source>Rehearsal · {status}</source>
        <translation>Repetitie · {status}</translation>
    </message>
    <message>
        <source>Expected end {time}</source>
        <translation>Verwacht einde {time}</translation>
    </message>
    <message>
        <source>{minutes} min late</source>
        <translation>{minutes} min later</translation>
    </message>
    <message>
        <source>{minutes} min early</source>
        <translation>{minutes} min eerder</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>op tijd</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>De tijd is om</translation>
    </message>
    <message>
        <source>Time is up · {over} over</source>
        <translation>De tijd is om · {over} uitgelopen</translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <source>e.g. Sharing experiences</source>
        <translation>bijv. Ervaringen delen</translation>
    </message>
    <message>
        <source>nowhere in particular</source>
        <translation>nergens in het bijzonder</translation>
    </message>
    <message>
        <source>A whole number of minutes, from 1 to 480</source>
        <translation>Een heel aantal minuten, van 1 tot 480</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minuten</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>&amp;Duur</translation>
    </message>
    <message>
        <source>What is the question for the room?

Then, after an empty line, tips for the table facilitators.</source>
        <translation>Wat is de vraag aan de zaal?

Daarna, na een witregel, tips voor de gespreksleiders.</translation>
    </message>
    <message>
        <source>The first paragraph is the question shown on the projector; what follows an empty line is only for the facilitators.</source>
        <translation>De eerste alinea is de vraag die op het presentatiescherm komt; wat na een witregel volgt, is alleen voor de gespreksleiders.</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Phase</source>
        <translation>&amp;Fase</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>W&amp;aar</translation>
    </message>
    <message>
        <source>&amp;Instructions</source>
        <translation>&amp;Instructies</translation>
    </message>
    <message>
        <source>rename agenda item</source>
        <translation>onderdeel hernoemen</translation>
    </message>
    <message>
        <source>change length</source>
        <translation>duur wijzigen</translation>
    </message>
    <message>
        <source>change phase</source>
        <translation>fase wijzigen</translation>
    </message>
    <message>
        <source>change place</source>
        <translation>plaats wijzigen</translation>
    </message>
    <message>
        <source>change instructions</source>
        <translation>instructies wijzigen</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>Close the presenter view</source>
        <translation>Presentatiescherm sluiten</translation>
    </message>
    <message>
        <source>Full screen on or off</source>
        <translation>Schermvullend aan of uit</translation>
    </message>
    <message>
        <source>Presenter view</source>
        <translation>Presentatiescherm</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Niet meer schermvullend</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>gepauzeerd</translation>
    </message>
    <message>
        <source>rehearsal</source>
        <translation>repetitie</translation>
    </message>
</context>
<context>
    <name>RunAgendaList</name>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Double-click an item to go to it</source>
        <translation>Dubbelklik op een onderdeel om ernaartoe te gaan</translation>
    </message>
    <message>
        <source>{title} — {minutes} min planned</source>
        <translation>{title} — {minutes} min gepland</translation>
    </message>
    <message>
        <source>began {time}</source>
        <translation>begonnen om {time}</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>overgeslagen</translation>
    </message>
</context>
<context>
    <name>RunControls</name>
    <message>
        <source>Previous</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <source>Back to the previous item (Page Up or ←)</source>
        <translation>Terug naar het vorige onderdeel (Page Up of ←)</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <source>Give this item one minute more (+ or 1)</source>
        <translation>Geef dit onderdeel een minuut extra (+ of 1)</translation>
    </message>
    <message>
        <source>+5 min</source>
        <translation>+5 min</translation>
    </message>
    <message>
        <source>Give this item five minutes more (5)</source>
        <translation>Geef dit onderdeel vijf minuten extra (5)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <source>Skip this item and go on with the next one (S)</source>
        <translation>Sla dit onderdeel over en ga door met het volgende (S)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <source>Pause the clock (Space or F5)</source>
        <translation>Zet de klok stil (spatie of F5)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Verder</translation>
    </message>
    <message>
        <source>Let the clock run on (Space or F5)</source>
        <translation>Laat de klok verder lopen (spatie of F5)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start the meeting&apos;s clock (Space or F5)</source>
        <translation>Start de klok van de bijeenkomst (spatie of F5)</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Afronden</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>End the meeting (Page Down or →)</source>
        <translation>Rond de bijeenkomst af (Page Down of →)</translation>
    </message>
    <message>
        <source>On to the next item (Page Down or →)</source>
        <translation>Door naar het volgende onderdeel (Page Down of →)</translation>
    </message>
    <message>
        <source>reset the clock</source>
        <translation>klok terugzetten</translation>
    </message>
    <message>
        <source>reset the rehearsal</source>
        <translation>repetitie wissen</translation>
    </message>
    <message>
        <source>start the clock</source>
        <translation>klok starten</translation>
    </message>
    <message>
        <source>pause the clock</source>
        <translation>klok stilzetten</translation>
    </message>
    <message>
        <source>resume the clock</source>
        <translation>klok verder laten lopen</translation>
    </message>
    <message>
        <source>next item</source>
        <translation>volgend onderdeel</translation>
    </message>
    <message>
        <source>previous item</source>
        <translation>vorig onderdeel</translation>
    </message>
    <message>
        <source>go to an item</source>
        <translation>naar een onderdeel gaan</translation>
    </message>
    <message>
        <source>extend the item</source>
        <translation>onderdeel verlengen</translation>
    </message>
    <message>
        <source>skip the item</source>
        <translation>onderdeel overslaan</translation>
    </message>
    <message>
        <source>finish the meeting</source>
        <translation>bijeenkomst afronden</translation>
    </message>
</context>
<context>
    <name>RunPanel</name>
    <message>
        <source>Clock</source>
        <translation>Klok</translation>
    </message>
    <message>
        <source>Warn this many minutes before the end</source>
        <translation>Zoveel minuten voor het einde waarschuwen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>The clock turns amber when this much time is left</source>
        <translation>De klok kleurt oranje als er nog zoveel tijd over is</translation>
    </message>
    <message>
        <source>Short sound</source>
        <translation>Kort geluidssignaal</translation>
    </message>
    <message>
        <source>A short sound at the warning and when time is up</source>
        <translation>Een kort geluid bij de waarschuwing en als de tijd om is</translation>
    </message>
    <message>
        <source>Reset clock</source>
        <translation>Klok terugzetten</translation>
    </message>
    <message>
        <source>Back to “not started”, e.g. after a rehearsal; Ctrl+Z undoes it</source>
        <translation>Terug naar ‘nog niet begonnen’, bijvoorbeeld na een oefenronde; Ctrl+Z maakt het ongedaan</translation>
    </message>
    <message>
        <source>Warn at</source>
        <translation>Waarschuwen bij</translation>
    </message>
    <message>
        <source>left</source>
        <translation>over</translation>
    </message>
    <message>
        <source>Reset the rehearsal</source>
        <translation>Repetitie wissen</translation>
    </message>
    <message>
        <source>Withdraw the presses of the rehearsal; the meeting&apos;s own times stay. Ctrl+Z undoes it</source>
        <translation>Haalt de klokacties van de repetitie weg; de tijden van de bijeenkomst zelf blijven staan. Ctrl+Z maakt het ongedaan</translation>
    </message>
</context>
<context>
    <name>SaveTemplateDialog</name>
    <message>
        <source>Save as template</source>
        <translation>Bewaren als sjabloon</translation>
    </message>
    <message>
        <source>e.g. Evening with residents (2 hours)</source>
        <translation>bijv. Avond met inwoners (2 uur)</translation>
    </message>
    <message>
        <source>When is this agenda a good choice?</source>
        <translation>Wanneer is deze agenda een goede keuze?</translation>
    </message>
    <message>
        <source>The template is saved on this computer and can be used in every meeting of every project.</source>
        <translation>Het sjabloon wordt op deze computer bewaard en is te gebruiken in elke bijeenkomst van elk project.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Omschrijving</translation>
    </message>
</context>
<context>
    <name>SpokenCountdown</name>
    <message>
        <source>Time left</source>
        <translation>Resterende tijd</translation>
    </message>
</context>
<context>
    <name>TemplateMenu</name>
    <message>
        <source>Start from a template</source>
        <translation>Beginnen met een sjabloon</translation>
    </message>
    <message>
        <source>Your own templates</source>
        <translation>Eigen sjablonen</translation>
    </message>
    <message>
        <source>Save this agenda as a template…</source>
        <translation>Deze agenda bewaren als sjabloon…</translation>
    </message>
    <message>
        <source>Remove one of your templates</source>
        <translation>Eigen sjabloon verwijderen</translation>
    </message>
    <message>
        <source>{name} — {length}</source>
        <translation>{name} — {length}</translation>
    </message>
    <message>
        <source>The clock of this meeting has already been started. If you replace the agenda now, the times recorded so far no longer match its items. Replace it anyway?</source>
        <translation>De klok van deze bijeenkomst is al gestart. Als u de agenda nu vervangt, passen de tot nu toe vastgelegde tijden niet meer bij de onderdelen. Toch vervangen?</translation>
    </message>
    <message>
        <source>There is already a template called “{name}”. Replace it?</source>
        <translation>Er is al een sjabloon met de naam ‘{name}’. Vervangen?</translation>
    </message>
    <message>
        <source>Saved as template “{name}”: it can be used in any meeting and any project.</source>
        <translation>Bewaard als sjabloon ‘{name}’: te gebruiken in elke bijeenkomst en elk project.</translation>
    </message>
    <message>
        <source>remove template</source>
        <translation>sjabloon verwijderen</translation>
    </message>
    <message>
        <source>Template “{name}” removed. Ctrl+Z brings it back.</source>
        <translation>Sjabloon ‘{name}’ verwijderd. Ctrl+Z haalt het terug.</translation>
    </message>
</context>
<context>
    <name>TimingReport</name>
    <message>
        <source>Agenda item</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Werkelijk</translation>
    </message>
    <message>
        <source>Planned length</source>
        <translation>Duur gepland</translation>
    </message>
    <message>
        <source>Actual length</source>
        <translation>Duur werkelijk</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Stilgezet</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Verlengd</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Uitgelopen</translation>
    </message>
    <message>
        <source>Times are recorded as the clock runs. Over time is the time beyond the planned length plus any extension.</source>
        <translation>De tijden worden vastgelegd terwijl de klok loopt. Uitgelopen is de tijd bovenop de geplande duur plus eventuele verlenging.</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>overgeslagen</translation>
    </message>
    <message>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>(skipped)</source>
        <translation>(overgeslagen)</translation>
    </message>
    <message>
        <source>The clock has not run yet: the actual times appear here as it runs.</source>
        <translation>De klok heeft nog niet gelopen: de werkelijke tijden verschijnen hier zodra hij loopt.</translation>
    </message>
    <message>
        <source>Planned {planned} min, actual {actual} min.</source>
        <translation>Gepland {planned} min, werkelijk {actual} min.</translation>
    </message>
    <message>
        <source>Planned {planned} min, actual {actual} min so far.</source>
        <translation>Gepland {planned} min, tot nu toe werkelijk {actual} min.</translation>
    </message>
    <message>
        <source>1 item ran over, {minutes} min.</source>
        <translation>1 onderdeel liep uit, {minutes} min.</translation>
    </message>
    <message>
        <source>{count} items ran over, {minutes} min in total.</source>
        <translation>{count} onderdelen liepen uit, samen {minutes} min.</translation>
    </message>
    <message>
        <source>No item ran over.</source>
        <translation>Geen enkel onderdeel liep uit.</translation>
    </message>
</context>
<context>
    <name>_Plurals</name>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>Nog %n minuut</numerusform>
            <numerusform>Nog %n minuten</numerusform>
        </translation>
    </message>
</context>
</TS>
