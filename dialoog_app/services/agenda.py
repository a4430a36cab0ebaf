"""A meeting's agenda: add, edit, reorder, duplicate, remove and restore items; templates.

Every call is one unit of work and announces ``Topic.AGENDA``; the clock replays against
the agenda as it is now, so editing during a meeting is safe (presses are anchored to items).
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, field_validator
from sqlalchemy import select
from sqlalchemy.orm import Session

from dialoog_app.domain import validate
from dialoog_app.domain.agenda import ITEM_NEEDS_TITLE
from dialoog_app.domain.errors import ValidationError
from dialoog_app.domain.i18n import QT_TRANSLATE_NOOP
from dialoog_app.domain.kinds import Phase, Venue
from dialoog_app.store.models import AgendaItem, Meeting

from .agenda_templates import TEMPLATE_NEEDS_NAME, AgendaTemplate, TemplateItem
from .events import Topic
from .ordering import insert_at
from .patch import Patch
from .rows import get_row, revive, tombstone
from .siblings import Siblings
from .workspace import Workspace

NOTHING_TO_SAVE = QT_TRANSLATE_NOOP(
    "Errors", "This agenda is empty: add an item before saving it as a template."
)


class AgendaItemView(BaseModel):
    model_config = ConfigDict(frozen=True, from_attributes=True)

    id: str
    meeting_id: str
    position: int
    title: str
    phase: Phase
    venue: Venue
    planned_minutes: int
    instructions: str

    @field_validator("phase", mode="before")
    @classmethod
    def _known_phase(cls, value: object) -> object:
        # A file from a newer version may use a phase this one does not know.
        return value if value in Phase._value2member_map_ else Phase.OTHER

    @field_validator("venue", mode="before")
    @classmethod
    def _known_venue(cls, value: object) -> object:
        return value if value in Venue._value2member_map_ else Venue.TABLES


class AgendaItemPatch(Patch):
    """The fields to change; only those set are written."""

    title: str | None = None
    phase: Phase | None = None
    venue: Venue | None = None
    planned_minutes: int | None = None
    instructions: str | None = None


class AgendaSwap(BaseModel):
    """The live items before and after replacing an agenda (for undo and redo)."""

    model_config = ConfigDict(frozen=True)

    before: tuple[str, ...]
    after: tuple[str, ...]


ITEMS = Siblings(AgendaItem, AgendaItem.meeting_id, Topic.AGENDA)


def _live_items(session: Session, meeting_id: str) -> list[AgendaItem]:
    return ITEMS.live(session, meeting_id)


def _checked(changes: dict[str, object]) -> dict[str, object]:
    if "title" in changes:
        changes["title"] = validate.title(str(changes["title"] or ""), ITEM_NEEDS_TITLE)
    if "planned_minutes" in changes:
        changes["planned_minutes"] = validate.minutes(changes["planned_minutes"])  # type: ignore[arg-type]
    if "instructions" in changes:
        changes["instructions"] = validate.text(str(changes["instructions"] or ""))
    for key in ("phase", "venue"):
        if key in changes:
            if changes[key] is None:
                del changes[key]
            else:
                changes[key] = str(changes[key])
    return changes


def list_items(ws: Workspace, meeting_id: str) -> list[AgendaItemView]:
    with ws.unit_of_work() as uow:
        return [AgendaItemView.model_validate(i) for i in _live_items(uow.session, meeting_id)]


def get_item(ws: Workspace, item_id: str) -> AgendaItemView:
    with ws.unit_of_work() as uow:
        return AgendaItemView.model_validate(get_row(uow.session, AgendaItem, item_id))


def add_item(
    ws: Workspace,
    meeting_id: str,
    title: str,
    *,
    phase: Phase = Phase.OTHER,
    venue: Venue = Venue.TABLES,
    planned_minutes: int = 10,
    instructions: str = "",
    index: int | None = None,
) -> AgendaItemView:
    """A new item at ``index`` (or at the end). Refused before anything is written."""
    fields = _checked(
        {
            "title": title,
            "phase": phase,
            "venue": venue,
            "planned_minutes": planned_minutes,
            "instructions": instructions,
        }
    )
    with ws.unit_of_work() as uow:
        get_row(uow.session, Meeting, meeting_id)
        item = AgendaItem(meeting_id=meeting_id, device_id=ws.store.device_id, **fields)
        insert_at(_live_items(uow.session, meeting_id), item, index)
        uow.session.add(item)
        uow.session.flush()
        uow.changed(Topic.AGENDA)
        return AgendaItemView.model_validate(item)


def update_item(ws: Workspace, item_id: str, patch: AgendaItemPatch) -> AgendaItemView:
    changes = _checked(patch.model_dump(exclude_unset=True))
    with ws.unit_of_work() as uow:
        item = get_row(uow.session, AgendaItem, item_id)
        for name, value in changes.items():
            setattr(item, name, value)
        uow.session.flush()
        uow.changed(Topic.AGENDA)
        return AgendaItemView.model_validate(item)


def duplicate_item(ws: Workspace, item_id: str) -> AgendaItemView:
    """A copy of the item, right after it (a second round of the same kind, say)."""
    with ws.unit_of_work() as uow:
        original = get_row(uow.session, AgendaItem, item_id)
        copy = AgendaItem(
            meeting_id=original.meeting_id,
            title=original.title,
            phase=original.phase,
            venue=original.venue,
            planned_minutes=original.planned_minutes,
            instructions=original.instructions,
            device_id=ws.store.device_id,
        )
        items = _live_items(uow.session, original.meeting_id)
        insert_at(items, copy, items.index(original) + 1)
        uow.session.add(copy)
        uow.session.flush()
        uow.changed(Topic.AGENDA)
        return AgendaItemView.model_validate(copy)


def move_item(ws: Workspace, item_id: str, index: int) -> None:
    ITEMS.move(ws, item_id, index)


def delete_item(ws: Workspace, item_id: str) -> None:
    ITEMS.delete(ws, item_id)


def restore_item(ws: Workspace, item_id: str, position: int | None = None) -> None:
    ITEMS.restore(ws, item_id, position)


def apply_template(ws: Workspace, meeting_id: str, template: AgendaTemplate) -> AgendaSwap:
    """Replace the meeting's agenda by the template's items (old items are tombstoned)."""
    with ws.unit_of_work() as uow:
        get_row(uow.session, Meeting, meeting_id)
        old = _live_items(uow.session, meeting_id)
        for item in old:
            tombstone(item)
        new = [
            AgendaItem(
                meeting_id=meeting_id,
                position=position,
                title=entry.title,
                phase=entry.phase.value,
                venue=entry.venue.value,
                planned_minutes=entry.minutes,
                instructions=validate.text(entry.instructions),
                device_id=ws.store.device_id,
            )
            for position, entry in enumerate(template.items)
        ]
        uow.session.add_all(new)
        uow.session.flush()
        uow.changed(Topic.AGENDA)
        return AgendaSwap(before=tuple(i.id for i in old), after=tuple(i.id for i in new))


def set_live_items(ws: Workspace, meeting_id: str, item_ids: tuple[str, ...]) -> None:
    """Make exactly these items the agenda, in this order (undo/redo of a template)."""
    wanted = {item_id: position for position, item_id in enumerate(item_ids)}
    with ws.unit_of_work() as uow:
        query = select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)
        for item in uow.session.scalars(query):
            if item.id in wanted:
                revive(item)
                item.position = wanted[item.id]
            elif item.deleted_at is None:
                tombstone(item)
        uow.changed(Topic.AGENDA)


def agenda_as_template(
    ws: Workspace, meeting_id: str, name: str, description: str = ""
) -> AgendaTemplate:
    """The meeting's agenda as a template (validated like a file, so it can be read back)."""
    name = validate.title(name, TEMPLATE_NEEDS_NAME)
    items = list_items(ws, meeting_id)
    if not items:
        raise ValidationError(NOTHING_TO_SAVE)
    return AgendaTemplate(
        name=name,
        description=validate.text(description),
        items=[
            TemplateItem(
                title=i.title,
                phase=i.phase,
                venue=i.venue,
                minutes=i.planned_minutes,
                instructions=i.instructions,
            )
            for i in items
        ],
    )
