"""Plausible Dutch material for demo projects: themes of a social-domain plan, and what
residents, professionals and civil servants say about them at a dialogue table."""

from __future__ import annotations

# (theme, subject phrase, people concerned)
THEMES: list[tuple[str, str, str]] = [
    ("Eenzaamheid onder ouderen", "eenzaamheid", "ouderen die alleen wonen"),
    ("Mantelzorg ontlasten", "de zorg voor een naaste", "mantelzorgers"),
    ("Jongeren een plek geven", "ontmoetingsplekken voor jongeren", "jongeren in het dorp"),
    ("Betaalbaar wonen", "betaalbare woningen", "starters en ouderen"),
    ("Armoede en schulden", "geldzorgen", "gezinnen met een laag inkomen"),
    ("Vervoer in de kernen", "het openbaar vervoer", "inwoners zonder auto"),
    ("Sporten en bewegen", "sport en beweging", "kinderen en ouderen"),
    ("Vrijwilligers behouden", "vrijwilligerswerk", "verenigingen"),
    ("Zorg dichtbij huis", "zorg in de wijk", "kwetsbare inwoners"),
    ("Digitale vaardigheden", "digitale dienstverlening", "inwoners die niet digitaal zijn"),
    ("Gezond opgroeien", "opvoeden en opgroeien", "jonge gezinnen"),
    ("Inclusie en toegankelijkheid", "toegankelijkheid", "inwoners met een beperking"),
    ("Samen in de buurt", "burenhulp", "buurtbewoners"),
    ("Werk en meedoen", "werk en dagbesteding", "mensen met afstand tot werk"),
]

TEMPLATES: dict[str, list[str]] = {
    "statement": [
        "Bij ons in de straat merk je dat {subject} steeds belangrijker wordt.",
        "Voor {people} is {subject} vaak een ver-van-mijn-bed-show, tot het ineens nodig is.",
        "Het valt me op dat {people} de weg naar de gemeente niet goed kunnen vinden.",
        "Er gebeurt al veel rond {subject}, maar niemand weet van elkaar wat er is.",
        "We praten veel over {subject}, maar de mensen zelf zitten zelden aan tafel.",
    ],
    "idea": [
        "Wat als we één vast aanspreekpunt maken voor {people}?",
        "Een wekelijkse inloop in het dorpshuis over {subject} zou al veel helpen.",
        "Koppel {people} aan een maatje uit de buurt.",
        "Maak een overzicht van alles wat er al is rond {subject}, op papier én online.",
        "Laat scholen en verenigingen samen iets organiseren rond {subject}.",
    ],
    "concern": [
        "Ik maak me zorgen dat {people} buiten de boot vallen.",
        "De wachtlijsten rond {subject} worden alleen maar langer.",
        "Er is te weinig geld voor {subject}, en het is elk jaar weer onzeker.",
        "Vrijwilligers haken af omdat het te veel wordt rond {subject}.",
        "De regels maken het moeilijk om snel iets te doen voor {people}.",
    ],
    "question": [
        "Wie is eigenlijk verantwoordelijk voor {subject}?",
        "Weten we hoeveel {people} er in Putten wonen?",
        "Hoe bereiken we {people} die nooit naar zo'n avond komen?",
        "Wat doet de gemeente nu al aan {subject}?",
    ],
    "agreement": [
        "We plannen voor de zomer een vervolggesprek over {subject}.",
        "De wijkcoach neemt contact op met de kerken over {people}.",
        "De gemeente zet alle initiatieven rond {subject} op een rij.",
        "Twee deelnemers gaan samen een buurtavond over {subject} organiseren.",
    ],
    "quote": [
        "“Ik wil gewoon gezien worden, niet geholpen.”",
        "“Als je het niet vraagt, krijg je het ook niet.”",
        "“Mijn moeder woont hier vijftig jaar en kent haar buren niet meer.”",
        "“We hebben geen nieuwe plannen nodig, we moeten het gewoon doen.”",
        "“Eigenlijk is {subject} iets van ons allemaal.”",
    ],
}

TABLE_NAMES = [
    "Tafel Noord",
    "Tafel Oost",
    "Tafel Zuid",
    "Tafel West",
    "Tafel Centrum",
    "Tafel Dorp",
    "Tafel Haven",
    "Tafel Bos",
]

FACILITATORS = [
    "Mirte Loeffen",
    "Stefan de Vries",
    "Aylin Yılmaz",
    "Joost Bakker",
    "Fatima El Amrani",
    "Henk Jansen",
    "Sanne Visser",
    "Pieter van Dijk",
]

INITIALS = ["", "", "", "", "A.B.", "M.", "K.", "J.V.", "R.", "E.Ö.", "T."]
