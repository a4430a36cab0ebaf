"""Spreadsheets as people really send them, made on the spot for the import tests."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from dialoog_app.services.demo_phrases import TEMPLATES, THEMES

DUTCH_ROWS = [
    ("Noord", "Inwoner", "Idee", "Meer bankjes in het park, ook bij de vijver"),
    ("Noord", "Professional", "Zorg", "Eenzaamheid onder ouderen neemt toe — vooral ’s winters"),
    ("Zuid", "Ambtenaar", "Afspraak", "Wijkteam en bibliotheek organiseren een café"),
    ("Zuid", "wethouder", "Vraag", "Wie betaalt het onderhoud van het speelveld?"),
]


def cp1252_semicolon(folder: Path) -> Path:
    """What Dutch Excel writes for "CSV (gescheiden door lijstscheidingsteken)"."""
    lines = ["Tafel;Rol;Soort;Opmerking"] + [";".join(r) for r in DUTCH_ROWS]
    path = folder / "tafels-excel.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


def utf8_bom_comma(folder: Path) -> Path:
    lines = ["Table,Role,Kind,Note"] + [",".join(f'"{c}"' for c in r) for r in DUTCH_ROWS]
    path = folder / "tables-utf8.csv"
    path.write_bytes(b"\xef\xbb\xbf" + "\n".join(lines).encode("utf-8"))
    return path


def quoted_newlines_and_gaps(folder: Path) -> Path:
    """Quoted fields spanning lines, empty rows, a row without text, a bad time."""
    text = (
        "Tafel;Tijd;Tekst\n"
        'Noord;19:40;"Eerste regel\nTweede regel; met puntkomma"\n'
        "\n"
        ";;\n"
        "Noord;19:45;\n"  # row 5: no text
        "Zuid;kwart voor acht;Te laat gekomen\n"  # row 6: time unreadable
        'Zuid;19:50;"Zeg ""ja"" tegen de buurt"\n'
    )
    path = folder / "gaten.csv"
    path.write_text(text, encoding="utf-8")
    return path


def no_header(folder: Path) -> Path:
    text = (
        "Noord;Meer groen in de wijk en minder verharding bij de school\n"
        "Zuid;De bus rijdt te weinig, vooral in het weekend en 's avonds\n"
        "Zuid;Jongeren hebben geen plek om na school samen te komen\n"
    )
    path = folder / "zonder-kop.csv"
    path.write_text(text, encoding="utf-8")
    return path


def two_sheet_workbook(folder: Path) -> Path:
    """A workbook whose second sheet holds the notes, with dates and a merged table cell."""
    from openpyxl import Workbook

    book = Workbook()
    first = book.active
    first.title = "Uitleg"
    first["A1"] = "Dit blad is de uitleg, de notities staan op het blad Notities."
    notes = book.create_sheet("Notities")
    notes.append(["Tafel", "Tijdstip", "Opmerking", "Rol"])
    start = dt.datetime(2026, 3, 14, 19, 30)
    notes.append(["Tafel Oost", start, "Het buurthuis is te vaak dicht", "inwoner"])
    notes.append([None, start + dt.timedelta(minutes=5), "Meer toezicht op het plein", "inwoner"])
    notes.append(["Tafel West", start + dt.timedelta(minutes=9), "Samen koken met buren", "prof"])
    notes.merge_cells("A2:A3")  # "Tafel Oost" spans two rows, as people do in Excel
    for row in range(2, 5):
        notes.cell(row=row, column=2).number_format = "dd-mm-yyyy hh:mm"
    path = folder / "verslag.xlsx"
    book.save(path)
    return path


def corrupt_workbook(folder: Path) -> Path:
    path = folder / "kapot.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"\x00garbage" * 50)
    return path


def empty_file(folder: Path) -> Path:
    path = folder / "leeg.csv"
    path.write_bytes(b"")
    return path


def binary_named_csv(folder: Path) -> Path:
    path = folder / "foto.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    return path


OPEN_QUESTIONS = [
    "Wat gaat er goed in uw buurt?",
    "Wat moet er beter?",
    "Heeft u nog een idee voor de gemeente?",
]
CLOSED_QUESTIONS = {
    "Hoe tevreden bent u over uw buurt?": ["Zeer tevreden", "Tevreden", "Neutraal", "Ontevreden"],
    "Voelt u zich veilig op straat?": ["Ja", "Nee", "Soms"],
    "Kent u het wijkteam?": ["Ja", "Nee"],
    "Hoe vaak bezoekt u het buurthuis?": ["Nooit", "Soms", "Vaak"],
    "Doet u vrijwilligerswerk?": ["Ja", "Nee"],
}
SURVEY_ROLES = ["Inwoner", "Professional", "Ambtenaar"]
OPEN_PHRASES = [
    "de bibliotheek",
    "het park",
    "de buren",
    "het buurthuis",
    "de school",
    "de sportclub",
    "de markt",
    "de huisarts",
    "de bushalte",
    "het speelveld",
    "de kerk",
    "de jeugd",
]


def survey_rows(respondents: int = 300, seed: int = 11) -> list[list[str]]:
    """A Microsoft Forms-shaped export: id, times, e-mail, role, 3 open + 5 closed."""
    import random

    rng = random.Random(seed)
    header = ["ID", "Begintijd", "Tijd van voltooien", "E-mail", "Ik ben", *OPEN_QUESTIONS]
    header += list(CLOSED_QUESTIONS)
    rows = [header]
    for n in range(1, respondents + 1):
        role = SURVEY_ROLES[n % 3] if n % 7 else SURVEY_ROLES[0]
        opens = [
            f"Respondent {n} over {rng.choice(OPEN_PHRASES)}: {rng.choice(OPEN_PHRASES)} "
            f"en {rng.choice(OPEN_PHRASES)} ({q})"
            if rng.random() > 0.1
            else ""
            for q in range(3)
        ]
        closed = [
            rng.choice(options) if rng.random() > 0.05 else ""
            for options in CLOSED_QUESTIONS.values()
        ]
        rows.append([str(n), "3-3-2026 10:00", "3-3-2026 10:07", "anoniem", role, *opens, *closed])
    return rows


def survey_csv(folder: Path, respondents: int = 300) -> tuple[Path, list[list[str]]]:
    import csv

    rows = survey_rows(respondents)
    path = folder / "enquete.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f, delimiter=";").writerows(rows)
    return path, rows


# Dutch statements for the near-duplicate search (tests and tests/benchmarks/bench_import).
CLAUSES = [
    "zeker in de winter", "vooral 's avonds", "in het weekend", "sinds de bezuinigingen",
    "al jaren", "ook in de kleine kernen", "voor wie geen auto heeft", "met de buren samen",
    "zonder lange wachtlijsten", "op de school van mijn kinderen", "bij de huisarts",
    "in het dorpshuis", "via de kerk", "als je de weg niet kent", "na de verhuizing",
    "met hulp van vrijwilligers", "in de bibliotheek", "rond het station", "bij de sportclub",
    "op de markt", "in de nieuwbouwwijk", "in het oude centrum", "voor statushouders",
    "voor mensen met een beperking", "met een vast aanspreekpunt", "zonder formulieren",
]  # fmt: skip


def statements(count: int, seed: int = 1, repeat: bool = False) -> list[str]:
    """Dutch statements as people make them: the demo's phrases, each with a clause."""
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        _theme, subject, people = rng.choice(THEMES)
        template = rng.choice(rng.choice(list(TEMPLATES.values())))
        text = template.format(subject=subject, people=people)
        if not repeat:
            text = (
                f"{text.rstrip('.?!')}, {rng.choice(CLAUSES)} ({rng.randint(1, 99)} keer gezien)."
            )
        texts.append(text)
    return texts
