"""Reading a spreadsheet the way people really make them: Dutch Excel CSV, UTF-8, .xlsx.

What can be detected is detected (encoding, delimiter, header row, the sheet), and every
guess can be overridden through ``ReadOptions``. A CSV is decoded as UTF-8 (with or without
BOM) when it is valid UTF-8, else by a charset detector (Dutch Excel writes Windows-1252);
the ``csv`` Sniffer picks ``;``, ``,``, tab or ``|``. Quoted fields may hold newlines.
A .xlsx is read with openpyxl in read-only mode; merged cells take the value of their
top-left cell, dates come out as ISO text. Rows are numbered as the spreadsheet shows
them (the header is row 1), so a reported row can be found in Excel.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import iterparse

from .errors import (
    DamagedSpreadsheetError,
    EmptySpreadsheetError,
    NotASpreadsheetError,
    UnknownSheetError,
    UnreadableRowError,
)
from .mapping import looks_like_header

DELIMITERS = ";,\t|"
SAMPLE = 64 * 1024
ZIP_MAGIC = b"PK\x03\x04"


@dataclass(frozen=True)
class ReadOptions:
    """The user's overrides; None means: detect it."""

    encoding: str | None = None
    delimiter: str | None = None
    has_header: bool | None = None
    sheet: str | None = None


@dataclass(frozen=True)
class SheetRow:
    number: int  # as the spreadsheet shows it (1 = the first line)
    cells: tuple[str, ...]


@dataclass(frozen=True)
class Sheet:
    """A spreadsheet's cells as text, with what was detected about it."""

    columns: tuple[str, ...]
    rows: tuple[SheetRow, ...]
    has_header: bool
    empty_rows: int = 0
    encoding: str | None = None  # CSV only
    delimiter: str | None = None  # CSV only
    sheet: str | None = None  # xlsx only: the sheet read
    sheets: tuple[str, ...] = field(default_factory=tuple)  # xlsx only: all sheets

    def column_index(self, name: str) -> int:
        return self.columns.index(name)


def column_name(index: int) -> str:
    """The name of a column without a header (Dutch: the file is Dutch)."""
    return f"Kolom {index + 1}"


def read_sheet(path: Path, options: ReadOptions | None = None) -> Sheet:
    """Read a .csv/.txt or .xlsx file; raises a ``SpreadsheetError`` for an unusable file."""
    options = options or ReadOptions()
    try:
        with path.open("rb") as f:
            head = f.read(8)
    except FileNotFoundError:
        from dialoog_app.domain.errors import NotFoundError

        raise NotFoundError(path) from None
    if head.startswith(ZIP_MAGIC) or path.suffix.lower() in (".xlsx", ".xlsm"):
        return _read_xlsx(path, options)
    return _read_csv(path, options)


# -- CSV -------------------------------------------------------------------------------------
def detect_encoding(raw: bytes) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"  # Excel's "Unicode text"
    try:
        raw.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    # Only single-byte Western code pages are plausible for a Dutch spreadsheet that is not
    # UTF-8; letting the detector roam picks Cyrillic or Turkish pages for short samples.
    best = from_bytes(raw[:SAMPLE], cp_isolation=["cp1252", "iso8859_15", "mac_roman"]).best()
    return best.encoding if best is not None else "cp1252"


def _is_binary(raw: bytes) -> bool:
    sample = raw[:SAMPLE]
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 13))
    return b"\x00" in sample or controls > len(sample) // 100 + 2


def detect_delimiter(text: str) -> str:
    sample = "\n".join(text[:SAMPLE].splitlines()[:50])
    try:
        return csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        first = sample.split("\n", 1)[0]
        counts = {d: first.count(d) for d in DELIMITERS}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ";"


def _read_csv(path: Path, options: ReadOptions) -> Sheet:
    raw = path.read_bytes()
    if not raw.strip(b" \t\r\n\xef\xbb\xbf"):
        raise EmptySpreadsheetError(path)
    if _is_binary(raw):
        raise NotASpreadsheetError(path)
    encoding = options.encoding or detect_encoding(raw)
    try:
        text = raw.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        text = raw.decode(encoding if encoding != "utf-8" else "cp1252", errors="replace")
    text = text.lstrip("\ufeff")
    delimiter = options.delimiter or detect_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records: list[tuple[int, tuple[str, ...]]] = []
    try:
        for number, cells in enumerate(reader, start=1):
            records.append((number, tuple(cells)))
    except csv.Error as error:  # a field past csv's size limit, a stray NUL
        raise UnreadableRowError(path, reader.line_num, str(error)) from None
    return _build(records, options.has_header, path, encoding=encoding, delimiter=delimiter)


# -- XLSX ------------------------------------------------------------------------------------
def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()[:5] if isinstance(value, dt.time) else value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip() if isinstance(value, str) else str(value)


def _merged_ranges(workbook: Any, worksheet: Any) -> list[tuple[int, int, int, int]]:
    """(min_row, min_col, max_row, max_col) of merged cells; read-only mode hides them, so
    they are read from the sheet's XML (they follow the cell data)."""
    from openpyxl.utils.cell import range_boundaries

    ranges = []
    with workbook._archive.open(worksheet._worksheet_path) as source:
        for _event, element in iterparse(source):
            tag = element.tag.rsplit("}", 1)[-1]
            if tag == "mergeCell":
                min_col, min_row, max_col, max_row = range_boundaries(element.get("ref"))
                ranges.append((min_row, min_col, max_row, max_col))
            elif tag in ("c", "row"):
                element.clear()
    return ranges


def _read_xlsx(path: Path, options: ReadOptions) -> Sheet:
    if path.stat().st_size == 0:
        raise EmptySpreadsheetError(path)
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        raise DamagedSpreadsheetError(path, type(error).__name__) from None
    except Exception as error:  # openpyxl raises many kinds for a broken package
        raise DamagedSpreadsheetError(path, type(error).__name__) from None
    try:
        names = list(workbook.sheetnames)
        name = options.sheet or names[0]
        if name not in names:
            matches = [n for n in names if n.casefold() == name.strip().casefold()]
            if not matches:
                raise UnknownSheetError(name, names)
            name = matches[0]
        worksheet = workbook[name]
        try:
            merged = _merged_ranges(workbook, worksheet)
            grid = [list(map(_cell_text, row)) for row in worksheet.iter_rows(values_only=True)]
        except (zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
            raise DamagedSpreadsheetError(path, type(error).__name__) from None
    finally:
        workbook.close()
    for min_row, min_col, max_row, max_col in merged:
        value = _at(grid, min_row, min_col)
        for r in range(min_row, max_row + 1):
            for c in range(min_col, max_col + 1):
                if _at(grid, r, c) == "":
                    _put(grid, r, c, value)
    records = ((n, tuple(cells)) for n, cells in enumerate(grid, start=1))
    sheet = _build(records, options.has_header, path)
    return Sheet(**{**sheet.__dict__, "sheet": name, "sheets": tuple(names)})


def _at(grid: list[list[str]], row: int, col: int) -> str:
    cells = grid[row - 1] if row - 1 < len(grid) else []
    return cells[col - 1] if col - 1 < len(cells) else ""


def _put(grid: list[list[str]], row: int, col: int, value: str) -> None:
    while len(grid) < row:
        grid.append([])
    cells = grid[row - 1]
    cells.extend([""] * (col - len(cells)))
    cells[col - 1] = value


# -- both ------------------------------------------------------------------------------------
def _build(
    records: Iterable[tuple[int, tuple[str, ...]]],
    has_header: bool | None,
    path: Path,
    **detected: Any,
) -> Sheet:
    rows: list[SheetRow] = []
    empty = 0
    for number, cells in records:
        if not "".join(cells).strip():
            empty += 1
            continue
        rows.append(SheetRow(number, cells))
    if not rows:
        raise EmptySpreadsheetError(path)
    width = max(len(r.cells) for r in rows)
    if has_header is None:
        has_header = looks_like_header(rows[0].cells, [r.cells for r in rows[1:50]])
    if has_header:
        header = _header_names(rows[0].cells, width)
        rows = rows[1:]
    else:
        header = tuple(column_name(i) for i in range(width))
    body = tuple(SheetRow(r.number, _padded(r.cells, width)) for r in rows)
    return Sheet(header, body, has_header, empty_rows=empty, **detected)


def _padded(cells: tuple[str, ...], width: int) -> tuple[str, ...]:
    return cells + ("",) * (width - len(cells)) if len(cells) < width else cells


def _header_names(cells: tuple[str, ...], width: int) -> tuple[str, ...]:
    """Header cells as unique, non-empty column names."""
    names: list[str] = []
    for i in range(width):
        name = " ".join(cells[i].split()) if i < len(cells) else ""
        name = name or column_name(i)
        while name in names:
            name = f"{name} ({i + 1})"
        names.append(name)
    return tuple(names)


def iter_cells(sheet: Sheet, column: str) -> Iterator[str]:
    index = sheet.column_index(column)
    for row in sheet.rows:
        yield row.cells[index]
