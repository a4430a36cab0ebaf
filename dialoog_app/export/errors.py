"""What can go wrong writing minutes, in words a user understands (never a traceback)."""

from __future__ import annotations

from dialoog_app.domain.errors import UserError
from dialoog_app.domain.i18n import QT_TRANSLATE_NOOP, Text


class ExportError(UserError):
    """The document was not written; an existing document is left exactly as it was."""


class TemplateNotFoundError(ExportError):
    def __init__(self, path: object) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "The template {path} does not exist."), path=path
        )


class TemplateNotWordError(ExportError):
    def __init__(self, path: object) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The template {path} is not a Word document (.docx or .dotx). "
                "Choose another template, or use the built-in one.",
            ),
            path=path,
        )


class TemplateDamagedError(ExportError):
    def __init__(self, path: object, detail: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The template {path} is damaged and cannot be read ({detail}). "
                "Choose another template, or use the built-in one.",
            ),
            path=path,
            detail=detail,
        )


class OutputFolderMissingError(ExportError):
    def __init__(self, folder: object) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "The folder {folder} does not exist."), folder=folder
        )


class OutputReadOnlyError(ExportError):
    def __init__(self, folder: object) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The folder {folder} cannot be written to (it is read-only). "
                "Choose another folder.",
            ),
            folder=folder,
        )


class OutputLockedError(ExportError):
    def __init__(self, path: object) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The document {path} is open in another program (Word?) or read-only. "
                "Close it there, or choose another name, and try again. "
                "The existing document has not been changed.",
            ),
            path=path,
        )


class OutputWriteError(ExportError):
    def __init__(self, path: object, detail: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The document {path} could not be saved ({detail}). "
                "An existing document with this name has not been changed.",
            ),
            path=path,
            detail=detail,
        )


def missing_style(style: str) -> Text:
    """A warning, not an error: the export goes on with Dialoog's own style."""
    return Text(
        "Errors",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The template has no style “{style}”; Dialoog’s own style was used for it.",
        ),
        {"style": style},
    )
