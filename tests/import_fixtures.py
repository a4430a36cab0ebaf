"""Spreadsheets as people really send them, made on the spot for the import tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

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
