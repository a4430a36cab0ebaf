"""Why a laptop file is refused for a merge (before anything changes)."""

from __future__ import annotations

from dialoog_app.domain.errors import UserError
from dialoog_app.domain.i18n import QT_TRANSLATE_NOOP


class MergeRefusedError(UserError):
    """A source that cannot be merged; the project and the source stay as they were."""


class SourceIsTargetError(MergeRefusedError):
    def __init__(self, path: object) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors", "The file {path} is this project itself; choose a laptop's file."
            ),
            path=path,
        )


class OtherProjectError(MergeRefusedError):
    def __init__(self, path: object, name: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The file {path} belongs to another project (\u201c{name}\u201d), not to "
                "this one, so it cannot be merged. Its meetings can be added to this "
                "project as separate meetings instead (dialoog merge --as-meeting).",
            ),
            path=path,
            name=name,
        )


class TooManySourcesError(MergeRefusedError):
    def __init__(self, limit: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Choose at most {limit} files at a time; merge the others afterwards.",
            ),
            limit=limit,
        )


class SameProjectError(MergeRefusedError):
    def __init__(self, path: object) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The file {path} is a copy of this project: merge it instead of adding it "
                "as a separate meeting.",
            ),
            path=path,
        )
