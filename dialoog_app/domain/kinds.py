"""The closed vocabularies of the method: note kinds, speaker roles, agenda phases."""

from __future__ import annotations

from enum import StrEnum

from .i18n import QT_TRANSLATE_NOOP

CTX = "Vocabulary"


class NoteKind(StrEnum):
    STATEMENT = "statement"  # uitspraak
    IDEA = "idea"  # idee
    CONCERN = "concern"  # zorg
    QUESTION = "question"  # vraag
    AGREEMENT = "agreement"  # afspraak
    QUOTE = "quote"  # citaat


class Role(StrEnum):
    RESIDENT = "resident"  # inwoner
    PROFESSIONAL = "professional"
    CIVIL_SERVANT = "civil_servant"  # ambtenaar
    OTHER = "other"  # anders


class Phase(StrEnum):
    WELCOME = "welcome"  # Welkom / opening (plenary)
    GETTING_ACQUAINTED = "getting_acquainted"  # Kennismaken
    SHARING_EXPERIENCES = "sharing_experiences"  # Ervaringen delen
    DREAMING = "dreaming"  # Dromen
    DOING = "doing"  # Doen
    HARVEST = "harvest"  # Oogst (plenary)
    BREAK = "break"  # Pauze
    OTHER = "other"


class Venue(StrEnum):
    """Where an agenda item takes place."""

    PLENARY = "plenary"
    TABLES = "tables"
    NONE = "none"  # a break: nowhere in particular


# English labels, marked for Linguist; the presentation layer translates them.
NOTE_KIND_LABELS: dict[NoteKind, str] = {
    NoteKind.STATEMENT: QT_TRANSLATE_NOOP("Vocabulary", "statement"),
    NoteKind.IDEA: QT_TRANSLATE_NOOP("Vocabulary", "idea"),
    NoteKind.CONCERN: QT_TRANSLATE_NOOP("Vocabulary", "concern"),
    NoteKind.QUESTION: QT_TRANSLATE_NOOP("Vocabulary", "question"),
    NoteKind.AGREEMENT: QT_TRANSLATE_NOOP("Vocabulary", "agreement"),
    NoteKind.QUOTE: QT_TRANSLATE_NOOP("Vocabulary", "quote"),
}

ROLE_LABELS: dict[Role, str] = {
    Role.RESIDENT: QT_TRANSLATE_NOOP("Vocabulary", "resident"),
    Role.PROFESSIONAL: QT_TRANSLATE_NOOP("Vocabulary", "professional"),
    Role.CIVIL_SERVANT: QT_TRANSLATE_NOOP("Vocabulary", "civil servant"),
    Role.OTHER: QT_TRANSLATE_NOOP("Vocabulary", "other"),
}

ROLE_PLURAL_LABELS: dict[Role, str] = {
    Role.RESIDENT: QT_TRANSLATE_NOOP("Vocabulary", "residents"),
    Role.PROFESSIONAL: QT_TRANSLATE_NOOP("Vocabulary", "professionals"),
    Role.CIVIL_SERVANT: QT_TRANSLATE_NOOP("Vocabulary", "civil servants"),
    Role.OTHER: QT_TRANSLATE_NOOP("Vocabulary", "others"),
}

PHASE_LABELS: dict[Phase, str] = {
    Phase.WELCOME: QT_TRANSLATE_NOOP("Vocabulary", "Welcome"),
    Phase.GETTING_ACQUAINTED: QT_TRANSLATE_NOOP("Vocabulary", "Getting acquainted"),
    Phase.SHARING_EXPERIENCES: QT_TRANSLATE_NOOP("Vocabulary", "Sharing experiences"),
    Phase.DREAMING: QT_TRANSLATE_NOOP("Vocabulary", "Dreaming"),
    Phase.DOING: QT_TRANSLATE_NOOP("Vocabulary", "Doing"),
    Phase.HARVEST: QT_TRANSLATE_NOOP("Vocabulary", "Harvest"),
    Phase.BREAK: QT_TRANSLATE_NOOP("Vocabulary", "Break"),
    Phase.OTHER: QT_TRANSLATE_NOOP("Vocabulary", "Other"),
}

VENUE_LABELS: dict[Venue, str] = {
    Venue.PLENARY: QT_TRANSLATE_NOOP("Vocabulary", "plenary"),
    Venue.TABLES: QT_TRANSLATE_NOOP("Vocabulary", "at the tables"),
    Venue.NONE: QT_TRANSLATE_NOOP("Vocabulary", "none"),
}
