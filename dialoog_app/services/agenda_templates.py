"""Agenda templates as JSON files: the built-in ones shipped with the app, and the user's own.

Built-in templates live in ``resources/agenda_templates/``; a user's templates in
``<user data>/agenda_templates/``, so they can be used in any meeting of any project.
A file that cannot be read is skipped with a message, never a crash: the folder is the
user's and may hold anything.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints
from pydantic import ValidationError as PydanticValidationError

from dialoog_app import fsutil, paths
from dialoog_app.domain import validate
from dialoog_app.domain.errors import UserError, ValidationError
from dialoog_app.domain.i18n import QT_TRANSLATE_NOOP, Text
from dialoog_app.domain.kinds import Phase, Venue

FORMAT: Literal["dialoog-agenda-template"] = "dialoog-agenda-template"
MAX_FILE_BYTES = 1_000_000  # a real template is a few kilobytes


# A file is the user's and may hold anything: its text is cleaned by the rules every stored
# text follows (domain/validate.py), a broken character replaced so the file still loads.
def _line(value: object) -> object:
    return validate.clean_line(value, broken="\ufffd") if isinstance(value, str) else value


def _prose(value: object) -> object:
    return validate.clean_text(value, broken="\ufffd").strip() if isinstance(value, str) else value


Title = Annotated[
    str, BeforeValidator(_line), StringConstraints(min_length=1, max_length=validate.MAX_TITLE)
]
Prose = Annotated[str, BeforeValidator(_prose), StringConstraints(max_length=validate.MAX_TEXT)]


class TemplateItem(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    title: Title
    phase: Phase = Phase.OTHER
    venue: Venue = Venue.TABLES
    minutes: int = Field(ge=validate.MIN_MINUTES, le=validate.MAX_MINUTES, strict=True)
    instructions: Prose = ""


class AgendaTemplate(BaseModel):
    """The file format (version 1). ``format`` lets us recognise our files among others."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    format: Literal["dialoog-agenda-template"] = FORMAT
    version: Literal[1] = 1
    name: Title
    description: Prose = ""
    items: list[TemplateItem] = Field(min_length=1)

    @property
    def total_minutes(self) -> int:
        return sum(item.minutes for item in self.items)


class TemplateRef(BaseModel):
    """A template in a menu: enough to show it and to load it."""

    model_config = ConfigDict(frozen=True)

    key: str  # "builtin/<file stem>" or "user/<file stem>"
    name: str
    description: str
    total_minutes: int
    item_count: int
    builtin: bool
    path: Path


class TemplateCatalogue(BaseModel):
    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    builtin: list[TemplateRef]
    user: list[TemplateRef]
    problems: list[Text]  # files skipped, each with the reason, for the user to see

    def find(self, key: str) -> TemplateRef | None:
        return next((t for t in [*self.builtin, *self.user] if t.key == key), None)


class TemplateFileError(UserError):
    """A template file that is not a readable template; it is skipped, not changed."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The agenda template {file} was skipped: it is not a valid Dialoog template "
                "({detail}).",
            ),
            file=path.name,
            detail=detail,
        )


TEMPLATE_NEEDS_NAME = QT_TRANSLATE_NOOP("Errors", "A template needs a name.")
TEMPLATE_EXISTS = QT_TRANSLATE_NOOP("Errors", "There is already a template called {name}.")
TEMPLATE_NOT_SAVED = QT_TRANSLATE_NOOP(
    "Errors", "The template could not be saved in {folder} ({detail})."
)


def builtin_dir() -> Path:
    return paths.resource("agenda_templates")


def user_dir() -> Path:
    return paths.user_data_dir() / "agenda_templates"


def read_template(path: Path) -> AgendaTemplate:
    """One template file, or a ``TemplateFileError`` saying in plain words what is wrong."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise TemplateFileError(path, "larger than 1 MB")
        data = json.loads(path.read_text(encoding="utf-8"))
        return AgendaTemplate.model_validate(data)
    except OSError as error:
        raise TemplateFileError(path, error.strerror or str(error)) from error
    except UnicodeDecodeError as error:
        raise TemplateFileError(path, "not UTF-8 text") from error
    except json.JSONDecodeError as error:
        raise TemplateFileError(path, f"JSON, line {error.lineno}: {error.msg}") from error
    except PydanticValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "file"
        raise TemplateFileError(path, f"{where}: {first['msg']}") from error


def _refs(folder: Path, builtin: bool, problems: list[Text]) -> list[TemplateRef]:
    refs: list[TemplateRef] = []
    if not folder.is_dir():
        return refs
    for path in sorted(folder.glob("*.json")):
        try:
            template = read_template(path)
        except TemplateFileError as error:
            problems.append(error.text)
            continue
        refs.append(
            TemplateRef(
                key=f"{'builtin' if builtin else 'user'}/{path.stem}",
                name=template.name,
                description=template.description,
                total_minutes=template.total_minutes,
                item_count=len(template.items),
                builtin=builtin,
                path=path,
            )
        )
    return sorted(refs, key=lambda r: r.name.casefold()) if not builtin else refs


def catalogue() -> TemplateCatalogue:
    """Every template there is, built-in first; unreadable files listed as problems."""
    problems: list[Text] = []
    builtin = _refs(builtin_dir(), True, problems)
    user = _refs(user_dir(), False, problems)
    return TemplateCatalogue(builtin=builtin, user=user, problems=problems)


def load(ref: TemplateRef) -> AgendaTemplate:
    return read_template(ref.path)


def _slug(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")[:60].strip("-")
    return slug or "sjabloon"


def existing_user_template(name: str) -> TemplateRef | None:
    """The user's template with this name (names compare case-insensitively)."""
    wanted = name.strip().casefold()
    return next((t for t in catalogue().user if t.name.casefold() == wanted), None)


def save_user_template(template: AgendaTemplate, *, replace: bool = False) -> TemplateRef:
    """Write the template to the user's folder (temp file + rename, so never half a file).

    A template with the same name is replaced only when asked; otherwise refused.
    """
    if not template.name.strip():
        raise ValidationError(TEMPLATE_NEEDS_NAME)
    folder = user_dir()
    same = existing_user_template(template.name)
    if same is not None and not replace:
        raise ValidationError(TEMPLATE_EXISTS, name=template.name)
    if same is not None:
        path = same.path
    else:
        stem, n = _slug(template.name), 1
        path = folder / f"{stem}.json"
        while path.exists():
            n += 1
            path = folder / f"{stem}-{n}.json"
    text = json.dumps(template.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fsutil.write_atomically(path, lambda file: file.write(text.encode("utf-8")))
    except OSError as error:
        raise ValidationError(
            TEMPLATE_NOT_SAVED, folder=folder, detail=error.strerror or str(error)
        ) from error
    return TemplateRef(
        key=f"user/{path.stem}",
        name=template.name,
        description=template.description,
        total_minutes=template.total_minutes,
        item_count=len(template.items),
        builtin=False,
        path=path,
    )


def delete_user_template(ref: TemplateRef) -> AgendaTemplate:
    """Remove one of the user's templates; returns its content so the removal can be undone."""
    if ref.builtin:
        raise ValueError("built-in templates cannot be removed")
    template = read_template(ref.path)
    ref.path.unlink()
    return template
