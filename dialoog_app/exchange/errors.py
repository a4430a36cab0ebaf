"""What can be wrong with a spreadsheet: a whole file that cannot be read, or one row."""

from __future__ import annotations

from dataclasses import dataclass

from dialoog_app.domain.errors import UserError
from dialoog_app.domain.i18n import QT_TRANSLATE_NOOP, Text

CTX = "Import"


class SpreadsheetError(UserError):
    """A file that cannot be imported at all; nothing has been written."""


class EmptySpreadsheetError(SpreadsheetError):
    def __init__(self, path: object) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "The file {path} is empty: there is nothing to import."),
            path=path,
        )


class NotASpreadsheetError(SpreadsheetError):
    def __init__(self, path: object) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The file {path} is not a spreadsheet (CSV or Excel .xlsx). In Excel, choose "
                "Save as → “CSV (gescheiden door lijstscheidingsteken)” or “Excel-werkmap”.",
            ),
            path=path,
        )


class DamagedSpreadsheetError(SpreadsheetError):
    def __init__(self, path: object, detail: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The Excel file {path} is damaged or not really an Excel file ({detail}). "
                "Open it in Excel and save it again.",
            ),
            path=path,
            detail=detail,
        )


class UnreadableRowError(SpreadsheetError):
    def __init__(self, path: object, row: int, detail: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The file {path} cannot be read from line {row} on ({detail}). Nothing was "
                "imported; save it again from Excel as CSV and try once more.",
            ),
            path=path,
            row=row,
            detail=detail,
        )


class UnknownSheetError(SpreadsheetError):
    def __init__(self, sheet: str, choices: list[str]) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors", "The workbook has no sheet “{sheet}”. Choose from: {choices}."
            ),
            sheet=sheet,
            choices=", ".join(choices),
        )


class UnknownColumnError(SpreadsheetError):
    def __init__(self, column: str, choices: list[str]) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "There is no column “{column}”. Choose from: {choices}."),
            column=column,
            choices=", ".join(choices),
        )


class NoTextColumnError(SpreadsheetError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "Choose the column that holds the text of the notes.")
        )


@dataclass(frozen=True)
class RowProblem:
    """A row that was not imported, with its number as the spreadsheet shows it."""

    row: int
    reason: Text


def problem(row: int, source: str, **args: object) -> RowProblem:
    return RowProblem(row, Text(CTX, source, dict(args)))


# Row reasons (context "Import"), marked for Linguist.
ROW_NO_TEXT = QT_TRANSLATE_NOOP("Import", "no text in the column “{column}”")
ROW_TOO_LONG = QT_TRANSLATE_NOOP("Import", "the text is longer than {max} characters")
ROW_BAD_TIME = QT_TRANSLATE_NOOP("Import", "the time “{value}” cannot be read")
ROW_BAD_CSV = QT_TRANSLATE_NOOP("Import", "the row cannot be read ({detail})")
