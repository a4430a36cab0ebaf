"""What the next note will carry: kind, role, speaker, star and agenda item.

Kind and role are sticky (they stay until changed) and have one key each; the star is for
one note only. The agenda item follows the running clock unless the facilitator picks
one — and that choice lapses when the clock moves on, so it is never silently wrong.
None of these controls takes the keyboard focus: it stays in the input.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dialoog_app.domain import validate
from dialoog_app.domain.kinds import NoteKind, Role

from .. import theme
from .markers import (
    KIND_COLOURS,
    KINDS,
    ROLE_COLOURS,
    ROLES,
    STAR_SHORTCUT,
    kind_digit,
    kind_icon,
    kind_label,
    kind_shortcut,
    role_digit,
    role_icon,
    role_label,
    role_shortcut,
    star_icon,
)

AUTO = "\x00auto"  # the agenda item combo's "follow the clock"
NO_ITEM = ""


def _chip_style(colour: str) -> str:
    """A theme.style template: a marker's own colour (``#rrggbb``, the same in both schemes)
    or a theme role (``@star``) on the theme's base, border and text."""
    if colour.startswith("@"):
        wash = "@selected"  # follows the scheme with the role
    else:
        tint = QColor(colour)
        wash = f"rgba({tint.red()}, {tint.green()}, {tint.blue()}, 40)"  # a light wash
    return (
        "QToolButton { border: 1px solid @border; border-radius: 5px;"
        " padding: 4px 9px; background: @base; color: @text; }"
        f"QToolButton:checked {{ border: 2px solid {colour}; background: {wash};"
        " font-weight: bold; color: @text; }"
    )


def _key_range(
    shortcut: Callable[[Any], str], digit: Callable[[Any], str], values: Sequence[Any]
) -> str:
    """ "Alt+1…6": the first key in full, then the last digit."""
    return f"{shortcut(values[0])}…{digit(values[-1])}"


def _chip(parent: QWidget, text: str, tooltip: str, colour: str) -> QToolButton:
    button = QToolButton(parent)
    button.setText(text)
    button.setToolTip(tooltip)
    button.setCheckable(True)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    theme.style(button, _chip_style(colour))
    return button


class Composer(QWidget):
    speaker_done = Signal()  # Enter or Esc in the speaker field: back to the input

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = NoteKind.STATEMENT
        self.role = Role.RESIDENT
        self.kind_buttons: dict[NoteKind, QToolButton] = {}
        self.role_buttons: dict[Role, QToolButton] = {}

        kinds = QButtonGroup(self)
        kind_row = QHBoxLayout()
        kind_row.addWidget(
            self._caption(self.tr("Kind"), _key_range(kind_shortcut, kind_digit, KINDS))
        )
        for kind in KINDS:
            label = kind_label(kind)
            button = _chip(self, f"{kind_digit(kind)}  {label}", f"{label} ({kind_shortcut(kind)})",
                           KIND_COLOURS[kind])  # fmt: skip
            button.setObjectName(f"kind_{kind.value}")
            button.setIcon(kind_icon(kind))
            button.clicked.connect(lambda _=False, k=kind: self.set_kind(k))
            kinds.addButton(button)
            kind_row.addWidget(button)
            self.kind_buttons[kind] = button
        kind_row.addStretch(1)

        roles = QButtonGroup(self)
        role_row = QHBoxLayout()
        role_row.addWidget(
            self._caption(self.tr("Role"), _key_range(role_shortcut, role_digit, ROLES))
        )
        for role in ROLES:
            label = role_label(role)
            button = _chip(self, f"{role_digit(role)}  {label}", f"{label} ({role_shortcut(role)})",
                           ROLE_COLOURS[role])  # fmt: skip
            button.setObjectName(f"role_{role.value}")
            button.setIcon(role_icon(role))
            button.clicked.connect(lambda _=False, r=role: self.set_role(r))
            roles.addButton(button)
            role_row.addWidget(button)
            self.role_buttons[role] = button
        role_row.addSpacing(16)
        self.speaker = QLineEdit(self)
        self.speaker.setObjectName("speakerEdit")
        self.speaker.setAccessibleName(self.tr("Speaker (initials or pseudonym)"))
        self.speaker.setMaxLength(validate.MAX_SPEAKER)
        self.speaker.setClearButtonEnabled(True)
        self.speaker.setPlaceholderText(self.tr("Initials or pseudonym (Ctrl+I) — no full names"))
        self.speaker.setToolTip(
            self.tr(
                "Optional. Record roles, not names: use initials or a pseudonym only "
                "where it is needed."
            )
        )
        self.speaker.setMinimumWidth(240)
        self.speaker.returnPressed.connect(self.speaker_done)
        self.speaker.installEventFilter(self)
        role_row.addWidget(self.speaker, 1)

        tip = self.tr("Mark the next note as important ({key})").format(key=STAR_SHORTCUT)
        self.star = _chip(self, self.tr("Important"), tip, "@star")
        self.star.setObjectName("starButton")
        self.star.toggled.connect(lambda on: self.star.setIcon(star_icon(on)))
        self.star.setIcon(star_icon(False))
        self.item_combo = QComboBox(self)
        self.item_combo.setObjectName("itemCombo")
        self.item_combo.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.item_combo.setMinimumContentsLength(28)
        self.item_combo.setToolTip(
            self.tr("The agenda item of the next note: the running one, or one you choose")
        )
        item_row = QHBoxLayout()
        item_row.addWidget(self._caption(self.tr("Agenda item"), ""))
        item_row.addWidget(self.item_combo)
        item_row.addSpacing(12)
        item_row.addWidget(self.star)
        item_row.addStretch(1)
        self.hint = QLabel(
            self.tr("Enter saves · Shift+Enter new line · Ctrl+Z undo · F1 all keys"), self
        )
        self.hint.setObjectName("captureHint")
        theme.style(self.hint, "color: @muted;")
        item_row.addWidget(self.hint)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(kind_row)
        layout.addLayout(role_row)
        layout.addLayout(item_row)
        self._running: str | None = None
        self._running_title: str | None = None
        self.set_kind(self.kind)
        self.set_role(self.role)
        self.set_items([], None, "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.speaker
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            self.speaker_done.emit()
            return True
        return super().eventFilter(watched, event)

    def _caption(self, text: str, keys: str) -> QLabel:
        label = QLabel(f"<b>{text}</b>" + (f"<br><small>{keys}</small>" if keys else ""), self)
        label.setMinimumWidth(max(96, label.sizeHint().width()))  # longer languages: not cut
        theme.style(label, "color: @muted;")
        return label

    # -- sticky choices ---------------------------------------------------------------------
    def set_kind(self, kind: NoteKind) -> None:
        self.kind = kind
        self.kind_buttons[kind].setChecked(True)

    def set_role(self, role: Role) -> None:
        self.role = role
        self.role_buttons[role].setChecked(True)

    def toggle_star(self) -> None:
        self.star.setChecked(not self.star.isChecked())

    def after_save(self) -> None:
        self.star.setChecked(False)  # important is for one note; kind and role stay

    # -- the agenda item ----------------------------------------------------------------------
    def set_items(self, items: list[tuple[str, str]], running: str | None, title: str) -> None:
        chosen = self.item_combo.currentData()
        self.item_combo.blockSignals(True)
        self.item_combo.clear()
        self.item_combo.addItem("", AUTO)
        for item_id, item_title in items:
            self.item_combo.addItem(item_title, item_id)
        self.item_combo.addItem(self.tr("No agenda item"), NO_ITEM)
        index = self.item_combo.findData(chosen) if chosen is not None else 0
        self.item_combo.setCurrentIndex(max(0, index))
        self.item_combo.blockSignals(False)
        self._running_title = None  # rename the automatic entry; a choice stays if still due
        self.show_running(running, title)

    def show_running(self, item_id: str | None, title: str) -> None:
        """The clock moved (or ticked): name the running item; a manual choice lapses."""
        if item_id == self._running and title == self._running_title:
            return
        moved = item_id != self._running
        self._running, self._running_title = item_id, title
        auto = (
            self.tr("Automatic: {title}").format(title=title)
            if item_id
            else self.tr("Automatic (the clock is not running)")
        )
        self.item_combo.setItemText(0, auto)
        if moved:
            self.item_combo.setCurrentIndex(0)

    def agenda_item_id(self) -> str | None:
        chosen = self.item_combo.currentData()
        if chosen == AUTO or chosen is None:
            return self._running
        return chosen or None
