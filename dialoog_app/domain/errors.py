"""Errors a user can cause (a wrong file, bad input): they carry a translatable message.

Anything else is a bug and may show a traceback; these never do.
"""

from __future__ import annotations

from .i18n import QT_TRANSLATE_NOOP, Text

CTX = "Errors"


class UserError(Exception):
    """An error to show the user in plain words, never as a traceback."""

    def __init__(self, source: str, **args: object) -> None:
        self.text = Text(CTX, source, dict(args))
        super().__init__(self.text.english())


class ProjectFileError(UserError):
    """A project file that cannot be opened; the file is left exactly as it was."""


class NotFoundError(ProjectFileError):
    def __init__(self, path: object) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Errors", "The file {path} does not exist."), path=path)


class EmptyFileError(ProjectFileError):
    def __init__(self, path: object) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "The file {path} is empty: it is not a Dialoog project."),
            path=path,
        )


class NotAProjectError(ProjectFileError):
    def __init__(self, path: object) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "The file {path} is not a Dialoog project."), path=path
        )


class ForeignDatabaseError(ProjectFileError):
    def __init__(self, path: object) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The file {path} is a database of another program, not a Dialoog project.",
            ),
            path=path,
        )


class DamagedFileError(ProjectFileError):
    def __init__(self, path: object, detail: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The project {path} is damaged and cannot be opened ({detail}). "
                "Open a backup copy, or ask for help; the file has not been changed.",
            ),
            path=path,
            detail=detail,
        )


class NewerVersionError(ProjectFileError):
    def __init__(self, path: object) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The project {path} was made with a newer version of Dialoog. "
                "Install the newest version to open it; the file has not been changed.",
            ),
            path=path,
        )


class AlreadyOpenError(ProjectFileError):
    def __init__(self, path: object) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The project {path} is already open in another Dialoog window. "
                "Close it there first.",
            ),
            path=path,
        )


class ReadOnlyError(ProjectFileError):
    def __init__(self, path: object) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The project {path} cannot be written to (read-only file or folder). "
                "Copy it to a folder of your own and open the copy.",
            ),
            path=path,
        )


class ProjectExistsError(ProjectFileError):
    def __init__(self, path: object) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "The file {path} already exists; choose another name."),
            path=path,
        )


class UpgradeFailedError(ProjectFileError):
    def __init__(self, path: object, detail: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The project {path} could not be brought up to date ({detail}). "
                "Nothing was changed.",
            ),
            path=path,
            detail=detail,
        )


class PassphraseRequiredError(ProjectFileError):
    def __init__(self, path: object) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The project {path} is encrypted: give its passphrase (when asked, or in "
                "the environment variable DIALOOG_PASSPHRASE).",
            ),
            path=path,
        )


class WrongPassphraseError(ProjectFileError):
    def __init__(self, path: object) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The passphrase for {path} is not right. The file has not been changed; "
                "try again (mind capitals and spaces).",
            ),
            path=path,
        )


class EncryptionUnavailableError(ProjectFileError):
    def __init__(self, path: object) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The project {path} is encrypted, but this installation of Dialoog cannot "
                "decrypt (the sqlcipher3 package is missing).",
            ),
            path=path,
        )


class ValidationError(UserError):
    """Input that breaks a rule (an empty title, a negative duration)."""
