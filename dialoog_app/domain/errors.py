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


class IncompleteProjectError(ProjectFileError):
    """A file whose creation was interrupted: our identity, but no tables or no project."""

    def __init__(self, path: object) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The project {path} was never finished: making it was interrupted, and it "
                "holds no data. Delete the file and make the project again; "
                "the file has not been changed.",
            ),
            path=path,
        )


class StaleWalError(ProjectFileError):
    """A ``-wal`` beside the file that was written for another version of it."""

    def __init__(self, path: object, wal: object, shm: object) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Beside the project {path} lies a leftover file {wal} that belongs to another "
                "version of the project (the file was replaced or copied after a crash). "
                "Opening both would mix them up. Move {wal} and {shm} to another folder "
                "(keep them) and open the project again; nothing has been changed.",
            ),
            path=path,
            wal=wal,
            shm=shm,
        )


class VersionRecordError(ProjectFileError):
    """The schema revision Alembic keeps is missing or ambiguous."""

    def __init__(self, path: object, count: int) -> None:
        if count == 0:
            source = QT_TRANSLATE_NOOP(
                "Errors",
                "The project {path} no longer records which version of Dialoog's file "
                "format it has, so it cannot be opened safely. Open a backup copy, or ask "
                "for help; the file has not been changed.",
            )
        else:
            source = QT_TRANSLATE_NOOP(
                "Errors",
                "The project {path} records {count} versions of Dialoog's file format "
                "instead of one, so it cannot be opened safely. Open a backup copy, or ask "
                "for help; the file has not been changed.",
            )
        super().__init__(source, path=path, count=count)


class NameTooLongError(ProjectFileError):
    def __init__(self, path: object, longest: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The file name of {path} is too long for this folder: Dialoog keeps a few "
                "files beside it with longer names. Choose a name of at most {longest} "
                "bytes (letters with accents count double).",
            ),
            path=path,
            longest=longest,
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


class GoneError(ValidationError, LookupError):
    """What an action names does not exist (any more): removed on another screen, undone,
    or never there. The one way every service says "not found" (``services/rows.py``)."""
