<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>IndicatorChart</name>
    <message>
        <source>measurements</source>
        <translation>metingen</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>nulmeting</translation>
    </message>
    <message>
        <source>target</source>
        <translation>streefwaarde</translation>
    </message>
    <message>
        <source>target date</source>
        <translation>streefdatum</translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>ItemTab</name>
    <message>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>ParticipantControls</name>
    <message>
        <source>How many numbered participants vote; add more here</source>
        <translation>Hoeveel genummerde deelnemers stemmen; voeg er hier meer toe</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>&amp;Deelnemers:</translation>
    </message>
    <message>
        <source>Participant %1</source>
        <translation>Deelnemer %1</translation>
    </message>
    <message>
        <source>number of participants</source>
        <translation>aantal deelnemers</translation>
    </message>
    <message>
        <source>Role of participant %1</source>
        <translation>Rol van deelnemer %1</translation>
    </message>
    <message>
        <source>role not known</source>
        <translation>rol onbekend</translation>
    </message>
    <message>
        <source>role of a participant</source>
        <translation>rol van een deelnemer</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>what this opgave should achieve</source>
        <translation>wat deze opgave moet bereiken</translation>
    </message>
    <message>
        <source>for example 2027–2030</source>
        <translation>bijvoorbeeld 2027–2030</translation>
    </message>
    <message>
        <source>New action: type it and press Enter</source>
        <translation>Nieuwe actie: typ hem en druk op Enter</translation>
    </message>
    <message>
        <source>owner (organisation or department)</source>
        <translation>eigenaar (organisatie of afdeling)</translation>
    </message>
    <message>
        <source>Owner of the new action</source>
        <translation>Eigenaar van de nieuwe actie</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Doel:</translation>
    </message>
    <message>
        <source>budget line</source>
        <translation>begrotingspost</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Begrotingspost</translation>
    </message>
    <message>
        <source>&amp;Years, budget:</source>
        <translation>&amp;Jaren, begroting:</translation>
    </message>
    <message>
        <source>New &amp;action:</source>
        <translation>Nieuwe &amp;actie:</translation>
    </message>
    <message>
        <source>edit plan</source>
        <translation>plan bewerken</translation>
    </message>
    <message>
        <source>new action</source>
        <translation>nieuwe actie</translation>
    </message>
</context>
<context>
    <name>PlanItemsPanel</name>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Nulmeting</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Streefwaarde</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Contact (personal data)</source>
        <translation>Contactpersoon (persoonsgegeven)</translation>
    </message>
    <message>
        <source>Indicators, measurements and experts</source>
        <translation>Indicatoren, metingen en experts</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicatoren</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Metingen</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Expertpool</translation>
    </message>
    <message>
        <source>delete indicator</source>
        <translation>indicator verwijderen</translation>
    </message>
    <message>
        <source>delete measurement</source>
        <translation>meting verwijderen</translation>
    </message>
    <message>
        <source>delete expert</source>
        <translation>deskundige verwijderen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Eenheid:</translation>
    </message>
    <message>
        <source>Baseline:</source>
        <translation>Nulmeting:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Streefwaarde:</translation>
    </message>
    <message>
        <source>Target date:</source>
        <translation>Streefdatum:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisatie:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <source>Contact name (optional, personal data):</source>
        <translation>Contactpersoon (niet verplicht, persoonsgegeven):</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>Nieuwe indicator</translation>
    </message>
    <message>
        <source>new indicator</source>
        <translation>nieuwe indicator</translation>
    </message>
    <message>
        <source>Indicator:</source>
        <translation>Indicator:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Waarde:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Bron:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Toelichting:</translation>
    </message>
    <message>
        <source>New measurement</source>
        <translation>Nieuwe meting</translation>
    </message>
    <message>
        <source>new measurement</source>
        <translation>nieuwe meting</translation>
    </message>
    <message>
        <source>New expert</source>
        <translation>Nieuwe deskundige</translation>
    </message>
    <message>
        <source>new expert</source>
        <translation>nieuwe deskundige</translation>
    </message>
    <message>
        <source>Edit indicator</source>
        <translation>Indicator wijzigen</translation>
    </message>
    <message>
        <source>Edit expert</source>
        <translation>Deskundige wijzigen</translation>
    </message>
    <message>
        <source>edit plan</source>
        <translation>plan wijzigen</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>all statuses</source>
        <translation>alle statussen</translation>
    </message>
    <message>
        <source>Timeline of the actions</source>
        <translation>Tijdlijn van de acties</translation>
    </message>
    <message>
        <source>Opgaven in order of priority</source>
        <translation>Opgaven op volgorde van prioriteit</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Record status</source>
        <translation>Status vastleggen</translation>
    </message>
    <message>
        <source>Change the chosen action&apos;s status, dated today</source>
        <translation>Wijzig de status van de gekozen actie, met de datum van vandaag</translation>
    </message>
    <message>
        <source>Timeline of the actions — owner:</source>
        <translation>Tijdlijn van de acties — eigenaar:</translation>
    </message>
    <message>
        <source>status:</source>
        <translation>status:</translation>
    </message>
    <message>
        <source>all owners</source>
        <translation>alle eigenaren</translation>
    </message>
    <message>
        <source>No opgaven yet: make them on the Opgaven screen.</source>
        <translation>Nog geen opgaven: maak ze op het scherm Opgaven.</translation>
    </message>
    <message>
        <source>change action status</source>
        <translation>status van actie wijzigen</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Actie verwijderen</translation>
    </message>
    <message>
        <source>delete action</source>
        <translation>actie verwijderen</translation>
    </message>
</context>
<context>
    <name>PlanScreen</name>
    <message>
        <source>Plan or progress</source>
        <translation>Plan of voortgang</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
</context>
<context>
    <name>PrioritisePage</name>
    <message>
        <source>Voting &amp;round:</source>
        <translation>Stem&amp;ronde:</translation>
    </message>
    <message>
        <source>New round…</source>
        <translation>Nieuwe ronde…</translation>
    </message>
    <message>
        <source>Take over priorities</source>
        <translation>Prioriteit overnemen</translation>
    </message>
    <message>
        <source>Set each opgave&apos;s priority from this ranking: top third high, no votes none</source>
        <translation>Zet de prioriteit van elke opgave volgens deze rangorde: het bovenste derde hoog, zonder stemmen geen</translation>
    </message>
    <message>
        <source>Votes per opgave</source>
        <translation>Stemmen per opgave</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Opgave</source>
        <translation>Opgave</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stemmen</translation>
    </message>
    <message>
        <source>Where from</source>
        <translation>Waarvandaan</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Opgaven ranked by votes</source>
        <translation>Opgaven gerangschikt op stemmen</translation>
    </message>
    <message>
        <source>Start a voting round with “New round…”.</source>
        <translation>Begin een stemronde met ‘Nieuwe ronde…’.</translation>
    </message>
    <message>
        <source>Type the number of dots in a cell; Tab goes to the next one.</source>
        <translation>Typ het aantal stippen in een vak; met Tab gaat u naar het volgende.</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>alleen %1</translation>
    </message>
    <message>
        <source>enter votes</source>
        <translation>stemmen invoeren</translation>
    </message>
    <message>
        <source>new voting round</source>
        <translation>nieuwe stemronde</translation>
    </message>
    <message>
        <source>take over priorities</source>
        <translation>prioriteit overnemen</translation>
    </message>
    <message>
        <source>The priorities now follow the ranking of “%1”. Undo with Ctrl+Z.</source>
        <translation>De prioriteiten volgen nu de rangorde van ‘%1’. Ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>Projector view</source>
        <translation>Projectorweergave</translation>
    </message>
    <message>
        <source>The ranking in large bars, for the room</source>
        <translation>De rangorde in grote balken, voor de zaal</translation>
    </message>
    <message>
        <source>role not known %1</source>
        <translation>rol onbekend %1</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>Changes &amp;since:</source>
        <translation>Wijzigingen &amp;sinds:</translation>
    </message>
    <message>
        <source>Export progress report…</source>
        <translation>Voortgangsrapport exporteren…</translation>
    </message>
    <message>
        <source>Opgaven with their changes</source>
        <translation>Opgaven met hun wijzigingen</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Wat er veranderde</translation>
    </message>
    <message>
        <source>Actions as they stand</source>
        <translation>Acties zoals ze er nu voor staan</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No indicators yet.</source>
        <translation>Nog geen indicatoren.</translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>geen wijzigingen</translation>
    </message>
    <message>
        <source>%1 since %2 in %3</source>
        <translation>%1 sinds %2 in %3</translation>
    </message>
    <message>
        <source>No changes since %1.</source>
        <translation>Geen wijzigingen sinds %1.</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nieuwe actie</translation>
    </message>
    <message>
        <source>Status “%1”</source>
        <translation>Status “%1”</translation>
    </message>
    <message>
        <source>Measured %1</source>
        <translation>Gemeten %1</translation>
    </message>
    <message>
        <source>No opgaven yet: make them on the Opgaven screen.</source>
        <translation>Nog geen opgaven: maak ze op het scherm Opgaven.</translation>
    </message>
    <message>
        <source>Changes since %1:</source>
        <translation>Wijzigingen sinds %1:</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>New voting round</source>
        <translation>Nieuwe stemronde</translation>
    </message>
    <message>
        <source>for example: april</source>
        <translation>bijvoorbeeld: april</translation>
    </message>
    <message>
        <source>per table</source>
        <translation>per tafel</translation>
    </message>
    <message>
        <source>per role</source>
        <translation>per rol</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Count votes:</source>
        <translation>Stemmen &amp;tellen:</translation>
    </message>
    <message>
        <source>per participant number (anonymous)</source>
        <translation>per deelnemersnummer (anoniem)</translation>
    </message>
    <message>
        <source>More participants can be added later</source>
        <translation>Later kunnen er meer deelnemers bij</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>&amp;Deelnemers:</translation>
    </message>
</context>
<context>
    <name>VoteProjector</name>
    <message>
        <source>Votes on the projector</source>
        <translation>Stemmen op de projector</translation>
    </message>
    <message>
        <source>No voting round yet</source>
        <translation>Nog geen stemronde</translation>
    </message>
</context>
</TS>
