"""Every keyboard shortcut of the app, declared once: key, action, screen, description.

The scheme, chosen so a facilitator can hit it blind and nothing ever clashes:

- **Ctrl + a digit** goes to a screen (Ctrl+1 … Ctrl+4), from every screen, Tafel too.
- **Alt + a digit** marks the note on the Tafel screen: its kind (Alt+1 … Alt+6) or the
  speaker's role (Alt+7, 8, 9, 0) — one modifier, one row of keys, the digit printed on
  the chip it chooses.
- **Ctrl + a letter** is an action of the screen (Ctrl+F search, Ctrl+B important …);
  Ctrl+Shift+N makes "a new one" on every screen that has one.
- **Single keys** run the clock, only while the clock (or the projector) is shown.
- **F1** (or Ctrl+/) shows this list for the screen in front of you.

Screens build their ``QShortcut``/``QAction`` keys from here (``sequences``), and the tests
check that no key means two things on one screen and that every key a screen really
carries is declared here. ``FOCUS_*`` entries act only while that part has the keyboard
focus (Enter in the note input saves; Enter in the list edits), so they may reuse a key
of another part of the same screen — never one that works screen-wide.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from dialoog_app.domain.i18n import QT_TRANSLATE_NOOP
from dialoog_app.domain.kinds import NoteKind, Role

# Where a shortcut works. WINDOW: on every screen of the main window.
WINDOW, MEETINGS, AGENDA, CAPTURE, BOARD, PRESENTER, PLAN = (
    "window",
    "meetings",
    "agenda",
    "capture",
    "board",
    "presenter",
    "plan",
)
PAGE_SCREENS = (MEETINGS, AGENDA, CAPTURE, BOARD, PLAN)


G_SCREENS = QT_TRANSLATE_NOOP("Shortcuts", "Screens")
G_PROJECT = QT_TRANSLATE_NOOP("Shortcuts", "Project")
G_EDIT = QT_TRANSLATE_NOOP("Shortcuts", "Undo and help")
G_MEETINGS = QT_TRANSLATE_NOOP("Shortcuts", "Meetings and tables")
G_AGENDA = QT_TRANSLATE_NOOP("Shortcuts", "Building the agenda")
G_CLOCK = QT_TRANSLATE_NOOP("Shortcuts", "The clock")
G_PRESENTER = QT_TRANSLATE_NOOP("Shortcuts", "Presenter view")
G_WRITE = QT_TRANSLATE_NOOP("Shortcuts", "Writing a note")
G_MARK = QT_TRANSLATE_NOOP(
    "Shortcuts", "Marking the note (the next one, or the one chosen in the list)"
)
G_LIST = QT_TRANSLATE_NOOP("Shortcuts", "The list of notes")
G_BOARD = QT_TRANSLATE_NOOP("Shortcuts", "Opgaven board")
G_PLAN = QT_TRANSLATE_NOOP("Shortcuts", "Plan and progress")


@dataclass(frozen=True)
class Shortcut:
    action: str  # stable id used by the code
    keys: tuple[str, ...]  # portable QKeySequence text; the first is the one shown first
    screens: tuple[str, ...]
    group: str  # English source, context "Shortcuts"
    description: str  # English source, context "Shortcuts"
    focus: str = ""  # "": screen-wide; else the part that must have the focus

    def sequences(self) -> list[QKeySequence]:
        return [QKeySequence(k) for k in self.keys]


def _s(
    action: str, keys: tuple[str, ...], screens: tuple[str, ...], group: str, focus: str = ""
) -> Shortcut:
    return Shortcut(action, keys, screens, group, _TEXTS[action], focus)


_KIND_TEXT = {
    NoteKind.STATEMENT: QT_TRANSLATE_NOOP("Shortcuts", "Kind: statement"),
    NoteKind.IDEA: QT_TRANSLATE_NOOP("Shortcuts", "Kind: idea"),
    NoteKind.CONCERN: QT_TRANSLATE_NOOP("Shortcuts", "Kind: concern"),
    NoteKind.QUESTION: QT_TRANSLATE_NOOP("Shortcuts", "Kind: question"),
    NoteKind.AGREEMENT: QT_TRANSLATE_NOOP("Shortcuts", "Kind: agreement"),
    NoteKind.QUOTE: QT_TRANSLATE_NOOP("Shortcuts", "Kind: quote"),
}
_ROLE_TEXT = {
    Role.RESIDENT: QT_TRANSLATE_NOOP("Shortcuts", "Role: resident"),
    Role.PROFESSIONAL: QT_TRANSLATE_NOOP("Shortcuts", "Role: professional"),
    Role.CIVIL_SERVANT: QT_TRANSLATE_NOOP("Shortcuts", "Role: civil servant"),
    Role.OTHER: QT_TRANSLATE_NOOP("Shortcuts", "Role: other"),
}
KIND_KEYS = {kind: f"Alt+{i + 1}" for i, kind in enumerate(NoteKind)}
ROLE_KEYS = {role: f"Alt+{(i + 7) % 10}" for i, role in enumerate(Role)}  # 7, 8, 9, 0

_W, _M, _A, _C, _B, _P = (WINDOW,), (MEETINGS,), (AGENDA,), (CAPTURE,), (BOARD,), (PRESENTER,)
_PL = (PLAN,)
_CLOCK = (AGENDA, PRESENTER)  # the clock's keys: on the Clock tab and on the projector

# What each shortcut does, in English (translated in the "Shortcuts" context).
_TEXTS: dict[str, str] = {
    "screen.meetings": QT_TRANSLATE_NOOP("Shortcuts", "Go to Meetings"),
    "screen.agenda": QT_TRANSLATE_NOOP("Shortcuts", "Go to Agenda"),
    "screen.capture": QT_TRANSLATE_NOOP("Shortcuts", "Go to Table"),
    "screen.board": QT_TRANSLATE_NOOP("Shortcuts", "Go to Opgaven"),
    "screen.prioritise": QT_TRANSLATE_NOOP("Shortcuts", "Go to Prioritise"),
    "screen.plan": QT_TRANSLATE_NOOP("Shortcuts", "Go to Plan"),
    "project.new": QT_TRANSLATE_NOOP("Shortcuts", "New project"),
    "project.open": QT_TRANSLATE_NOOP("Shortcuts", "Open a project"),
    "project.export": QT_TRANSLATE_NOOP("Shortcuts", "Export the minutes to Word"),
    "project.quit": QT_TRANSLATE_NOOP("Shortcuts", "Quit Dialoog"),
    "edit.undo": QT_TRANSLATE_NOOP("Shortcuts", "Undo"),
    "edit.redo": QT_TRANSLATE_NOOP("Shortcuts", "Redo"),
    "help.shortcuts": QT_TRANSLATE_NOOP("Shortcuts", "This list of shortcuts"),
    "meetings.new": QT_TRANSLATE_NOOP("Shortcuts", "New meeting"),
    "meetings.add_table": QT_TRANSLATE_NOOP("Shortcuts", "Add a table"),
    "meetings.table_up": QT_TRANSLATE_NOOP("Shortcuts", "Move the table up"),
    "meetings.table_down": QT_TRANSLATE_NOOP("Shortcuts", "Move the table down"),
    "meetings.remove_table": QT_TRANSLATE_NOOP("Shortcuts", "Remove the table"),
    "agenda.add_item": QT_TRANSLATE_NOOP("Shortcuts", "New agenda item"),
    "agenda.duplicate": QT_TRANSLATE_NOOP("Shortcuts", "Duplicate the item"),
    "agenda.item_up": QT_TRANSLATE_NOOP("Shortcuts", "Move the item up"),
    "agenda.item_down": QT_TRANSLATE_NOOP("Shortcuts", "Move the item down"),
    "agenda.remove_item": QT_TRANSLATE_NOOP("Shortcuts", "Remove the item"),
    "clock.start_pause": QT_TRANSLATE_NOOP("Shortcuts", "Start, pause or resume"),
    "clock.next": QT_TRANSLATE_NOOP("Shortcuts", "Next item (or finish)"),
    "clock.previous": QT_TRANSLATE_NOOP("Shortcuts", "Back to the previous item"),
    "clock.extend_short": QT_TRANSLATE_NOOP("Shortcuts", "One minute more"),
    "clock.extend_long": QT_TRANSLATE_NOOP("Shortcuts", "Five minutes more"),
    "clock.skip": QT_TRANSLATE_NOOP("Shortcuts", "Skip this item"),
    "clock.presenter": QT_TRANSLATE_NOOP("Shortcuts", "Presenter view on or off"),
    "presenter.undo": QT_TRANSLATE_NOOP("Shortcuts", "Undo the last press"),
    "presenter.leave_full_screen": QT_TRANSLATE_NOOP("Shortcuts", "Leave full screen"),
    "presenter.full_screen": QT_TRANSLATE_NOOP("Shortcuts", "Full screen on or off"),
    "presenter.close": QT_TRANSLATE_NOOP("Shortcuts", "Close the presenter view"),
    "capture.save": QT_TRANSLATE_NOOP("Shortcuts", "Save the note"),
    "capture.new_line": QT_TRANSLATE_NOOP("Shortcuts", "New line"),
    "capture.to_list": QT_TRANSLATE_NOOP("Shortcuts", "To the list (in an empty input)"),
    "capture.speaker": QT_TRANSLATE_NOOP("Shortcuts", "Speaker: initials or pseudonym"),
    "capture.search": QT_TRANSLATE_NOOP("Shortcuts", "Search the notes"),
    "capture.star": QT_TRANSLATE_NOOP("Shortcuts", "Important"),
    "capture.edit_note": QT_TRANSLATE_NOOP("Shortcuts", "Edit the chosen note"),
    "capture.delete_note": QT_TRANSLATE_NOOP("Shortcuts", "Remove the chosen note"),
    "capture.back": QT_TRANSLATE_NOOP("Shortcuts", "Back to the input"),
    "board.move": QT_TRANSLATE_NOOP("Shortcuts", "Move to an opgave…"),
    "board.new": QT_TRANSLATE_NOOP("Shortcuts", "New opgave from the chosen notes"),
    "board.edit": QT_TRANSLATE_NOOP("Shortcuts", "Write out the opgave"),
    "board.opgave_left": QT_TRANSLATE_NOOP("Shortcuts", "Move the opgave left"),
    "board.opgave_right": QT_TRANSLATE_NOOP("Shortcuts", "Move the opgave right"),
    "board.hop_left": QT_TRANSLATE_NOOP("Shortcuts", "To the list on the left"),
    "board.hop_right": QT_TRANSLATE_NOOP("Shortcuts", "To the list on the right"),
    "board.search": QT_TRANSLATE_NOOP("Shortcuts", "Search the pool"),
    "board.to_pool": QT_TRANSLATE_NOOP("Shortcuts", "Back to the pool"),
    "board.up": QT_TRANSLATE_NOOP("Shortcuts", "Move up in the opgave"),
    "board.down": QT_TRANSLATE_NOOP("Shortcuts", "Move down in the opgave"),
    "board.close_editor": QT_TRANSLATE_NOOP("Shortcuts", "Close the opgave's text"),
    "plan.show_plan": QT_TRANSLATE_NOOP("Shortcuts", "The plan of action"),
    "plan.show_progress": QT_TRANSLATE_NOOP("Shortcuts", "Progress: what changed since a date"),
    **{f"capture.kind.{k.value}": text for k, text in _KIND_TEXT.items()},
    **{f"capture.role.{r.value}": text for r, text in _ROLE_TEXT.items()},
}


SHORTCUTS: tuple[Shortcut, ...] = (
    _s("screen.meetings", ("Ctrl+1",), _W, G_SCREENS),
    _s("screen.agenda", ("Ctrl+2",), _W, G_SCREENS),
    _s("screen.capture", ("Ctrl+3",), _W, G_SCREENS),
    _s("screen.board", ("Ctrl+4",), _W, G_SCREENS),
    _s("screen.prioritise", ("Ctrl+5",), _W, G_SCREENS),
    _s("screen.plan", ("Ctrl+6",), _W, G_SCREENS),
    _s("project.new", ("Ctrl+N",), _W, G_PROJECT),
    _s("project.open", ("Ctrl+O",), _W, G_PROJECT),
    _s("project.export", ("Ctrl+E",), _W, G_PROJECT),
    _s("project.quit", ("Ctrl+Q",), _W, G_PROJECT),
    _s("edit.undo", ("Ctrl+Z",), _W, G_EDIT),
    _s("edit.redo", ("Ctrl+Shift+Z", "Ctrl+Y"), _W, G_EDIT),
    _s("help.shortcuts", ("F1", "Ctrl+/"), _W, G_EDIT),
    _s("meetings.new", ("Ctrl+Shift+N",), _M, G_MEETINGS),
    _s("meetings.add_table", ("Ctrl+T",), _M, G_MEETINGS),
    _s("meetings.table_up", ("Ctrl+Up",), _M, G_MEETINGS),
    _s("meetings.table_down", ("Ctrl+Down",), _M, G_MEETINGS),
    _s("meetings.remove_table", ("Del",), _M, G_MEETINGS, "tables"),
    _s("agenda.add_item", ("Ctrl+Shift+N",), _A, G_AGENDA),
    _s("agenda.duplicate", ("Ctrl+D",), _A, G_AGENDA),
    _s("agenda.item_up", ("Ctrl+Up",), _A, G_AGENDA),
    _s("agenda.item_down", ("Ctrl+Down",), _A, G_AGENDA),
    _s("agenda.remove_item", ("Del",), _A, G_AGENDA, "items"),
    _s("clock.start_pause", ("Space", "F5"), _CLOCK, G_CLOCK),
    _s("clock.next", ("PgDown", "Right"), _CLOCK, G_CLOCK),
    _s("clock.previous", ("PgUp", "Left"), _CLOCK, G_CLOCK),
    _s("clock.extend_short", ("+", "1"), _CLOCK, G_CLOCK),
    _s("clock.extend_long", ("5",), _CLOCK, G_CLOCK),
    _s("clock.skip", ("S",), _CLOCK, G_CLOCK),
    _s("clock.presenter", ("P",), _A, G_CLOCK),
    _s("presenter.undo", ("Ctrl+Z",), _P, G_PRESENTER),
    _s("presenter.leave_full_screen", ("Esc",), _P, G_PRESENTER),
    _s("presenter.full_screen", ("F11",), _P, G_PRESENTER),
    _s("presenter.close", ("Ctrl+W",), _P, G_PRESENTER),
    _s("capture.save", ("Return",), _C, G_WRITE, "input"),
    _s("capture.new_line", ("Shift+Return",), _C, G_WRITE, "input"),
    _s("capture.to_list", ("Up",), _C, G_WRITE, "input"),
    _s("capture.speaker", ("Ctrl+I",), _C, G_WRITE),
    _s("capture.search", ("Ctrl+F",), _C, G_WRITE),
    *(_s(f"capture.kind.{k.value}", (KIND_KEYS[k],), _C, G_MARK) for k in NoteKind),
    *(_s(f"capture.role.{r.value}", (ROLE_KEYS[r],), _C, G_MARK) for r in Role),
    _s("capture.star", ("Ctrl+B",), _C, G_MARK),
    _s("capture.edit_note", ("Return", "F2"), _C, G_LIST, "notes"),
    _s("capture.delete_note", ("Del",), _C, G_LIST, "notes"),
    _s("capture.back", ("Esc",), _C, G_LIST, "notes"),
    _s("board.move", ("Ctrl+M",), _B, G_BOARD),
    _s("board.new", ("Ctrl+Shift+N",), _B, G_BOARD),
    _s("board.edit", ("F2",), _B, G_BOARD),
    _s("board.opgave_left", ("Ctrl+Shift+Left",), _B, G_BOARD),
    _s("board.opgave_right", ("Ctrl+Shift+Right",), _B, G_BOARD),
    _s("board.hop_left", ("Alt+Left",), _B, G_BOARD),
    _s("board.hop_right", ("Alt+Right",), _B, G_BOARD),
    _s("board.search", ("Ctrl+F",), _B, G_BOARD),
    _s("board.to_pool", ("Del",), _B, G_BOARD, "notes"),
    _s("board.up", ("Ctrl+Up",), _B, G_BOARD, "notes"),
    _s("board.down", ("Ctrl+Down",), _B, G_BOARD, "notes"),
    _s("board.close_editor", ("Esc",), _B, G_BOARD, "editor"),
    _s("plan.show_plan", ("Ctrl+Shift+P",), _PL, G_PLAN),
    _s("plan.show_progress", ("Ctrl+Shift+V",), _PL, G_PLAN),
)

_BY_ACTION = {s.action: s for s in SHORTCUTS}


def shortcut(action: str) -> Shortcut:
    return _BY_ACTION[action]


def sequences(action: str) -> list[QKeySequence]:
    return _BY_ACTION[action].sequences()


def sequence(action: str) -> QKeySequence:
    """The first (shown) key of an action."""
    return _BY_ACTION[action].sequences()[0]


def for_screen(screen: str) -> list[Shortcut]:
    """What works on ``screen``: its own shortcuts and, on a page, the window's."""
    scopes = {screen, WINDOW} if screen in PAGE_SCREENS else {screen}
    return [s for s in SHORTCUTS if scopes & set(s.screens)]


def _translate(source: str) -> str:
    return QCoreApplication.translate("Shortcuts", source)


_KEY_NAMES = {
    "Return": QT_TRANSLATE_NOOP("Shortcuts", "Enter"),
    "Space": QT_TRANSLATE_NOOP("Shortcuts", "Space"),
    "Del": QT_TRANSLATE_NOOP("Shortcuts", "Delete"),
    "PgDown": QT_TRANSLATE_NOOP("Shortcuts", "Page Down"),
    "PgUp": QT_TRANSLATE_NOOP("Shortcuts", "Page Up"),
    "Up": "↑",
    "Down": "↓",
    "Left": "←",
    "Right": "→",
}


def key_text(key: str) -> str:
    """A key as the user reads it on the keyboard: "Ctrl+Shift+N", "Enter", "Alt+→"."""
    parts = QKeySequence(key).toString(QKeySequence.SequenceFormat.PortableText)
    # "+" alone (and "Ctrl++") must not be split on its own plus sign.
    if parts.endswith("++") or parts == "+":
        head, last = parts[:-1].rstrip("+"), "+"
    else:
        head, _, last = parts.rpartition("+")
    name = _KEY_NAMES.get(last, last)
    name = _translate(name) if last in ("Return", "Space", "Del", "PgDown", "PgUp") else name
    return f"{head}+{name}" if head else name


def keys_text(action: str) -> str:
    """All keys of an action, for a tooltip or the overview: "Spatiebalk of F5"."""
    keys = [key_text(k) for k in _BY_ACTION[action].keys]
    return QCoreApplication.translate("Shortcuts", " or ").join(keys)


def description(item: Shortcut) -> str:
    return _translate(item.description)


def group_title(item: Shortcut) -> str:
    return _translate(item.group)
