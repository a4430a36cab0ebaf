"""The offer after a statement is placed: "3 vergelijkbare uitspraken ook plaatsen?".

A bar above the opgaven, not a dialog: placing goes on uninterrupted and the offer is
simply ignored, or taken with one click (or Alt+L, "P_laatsen"; Alt+P is the editor's
"Prioriteit"). Taking it is an ordinary board move, so Ctrl+Z undoes it like any other.
The next move replaces the offer.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from .. import theme
from ..plurals import plural


class SimilarOffer(QFrame):
    accepted = Signal(list, str)  # note ids, target opgave id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("similarOffer")
        theme.style(
            self,
            "#similarOffer { background: @selected; border: 1px solid @border;"
            " border-radius: 6px; }",
        )
        self.note_ids: list[str] = []
        self.target = ""
        self.label = QLabel(self)
        self.label.setObjectName("similarOfferText")
        self.place_button = QPushButton(self.tr("&Place them"), self)
        self.place_button.setObjectName("similarOfferPlace")
        self.dismiss_button = QToolButton(self)
        self.dismiss_button.setObjectName("similarOfferDismiss")
        self.dismiss_button.setText("✕")
        self.dismiss_button.setToolTip(self.tr("Not now"))
        self.dismiss_button.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.place_button)
        layout.addWidget(self.dismiss_button)
        self.place_button.clicked.connect(self._accept)
        self.dismiss_button.clicked.connect(self.withdraw)
        self.hide()

    def offer(self, note_ids: list[str], target: str, title: str) -> None:
        self.note_ids = list(note_ids)
        self.target = target
        self.label.setText(plural().place_similar_too(len(note_ids), title))
        self.show()

    def withdraw(self) -> None:
        self.note_ids = []
        self.hide()

    def _accept(self) -> None:
        note_ids, target = self.note_ids, self.target
        self.withdraw()
        if note_ids:
            self.accepted.emit(note_ids, target)
