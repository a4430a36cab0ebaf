"""Which document the export dialog writes — the verslag, the plan van aanpak, or the
voortgang since a date — and the work each one is, run by the export worker.

The plan and the voortgang cover the whole project and leave personal data out by
design, so the verslag's choices (scope, contents, anonymise) do not apply to them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QButtonGroup, QDateEdit, QGridLayout, QGroupBox, QRadioButton, QWidget

from dialoog_app.services import minutes
from dialoog_app.services.workspace import Workspace

from ..document_charts import QtChartRenderer

Progress = Callable[[float], None]
Job = Callable[[Progress], Any]  # returns a result with a ``path``


class DocumentKind(StrEnum):
    MINUTES = "verslag"
    PLAN = "plan"
    PROGRESS = "voortgang"


class DocumentBox(QGroupBox):
    """Three radio buttons; the voortgang's "since" date beside its button."""

    changed = Signal()

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Document"))
        self.setObjectName("documentBox")
        grid = QGridLayout(self)
        self.group = QButtonGroup(self)
        self.radios = {
            DocumentKind.MINUTES: QRadioButton(self.tr("&Minutes (verslag)"), self),
            DocumentKind.PLAN: QRadioButton(self.tr("P&lan of action (plan van aanpak)"), self),
            DocumentKind.PROGRESS: QRadioButton(self.tr("Pro&gress report since"), self),
        }
        for row, (kind, radio) in enumerate(self.radios.items()):
            radio.setObjectName(f"document_{kind.value}")
            self.group.addButton(radio, row)
            grid.addWidget(radio, row, 0)
        self.since_edit = QDateEdit(self)
        self.since_edit.setObjectName("sinceDate")
        self.since_edit.setCalendarPopup(True)
        self.since_edit.setDisplayFormat("d MMMM yyyy")
        year_ago = today - dt.timedelta(days=365)  # as the command line's default
        self.since_edit.setDate(QDate(year_ago.year, year_ago.month, year_ago.day))
        grid.addWidget(self.since_edit, 2, 1)
        grid.setColumnStretch(2, 1)
        self.radios[DocumentKind.MINUTES].setChecked(True)
        self.group.idToggled.connect(self._toggled)
        self._toggled()

    def _toggled(self, *_: object) -> None:
        self.since_edit.setEnabled(self.kind() is DocumentKind.PROGRESS)
        self.changed.emit()

    def kind(self) -> DocumentKind:
        return next(k for k, radio in self.radios.items() if radio.isChecked())

    def since(self) -> dt.date:
        chosen = self.since_edit.date()
        return dt.date(chosen.year(), chosen.month(), chosen.day())


def export_job(
    kind: DocumentKind,
    ws: Workspace,
    target: Path,
    template: Path | None,
    request: minutes.MinutesRequest,
    since: dt.date,
) -> Job:
    """The export as one call for the worker thread (each service opens its own unit of
    work). Made on the GUI thread; the charts are painted on images in the worker's."""
    charts = QtChartRenderer()
    if kind is DocumentKind.PLAN:
        from dialoog_app.services.plan_document import export_plan

        return lambda progress: export_plan(ws, target, template=template, author=request.author)
    if kind is DocumentKind.PROGRESS:
        from dialoog_app.services.progress_document import export_progress

        return lambda progress: export_progress(ws, target, since, charts=charts, template=template)
    return lambda progress: minutes.export_minutes(
        ws, request, target, charts=charts, template=template, progress=progress
    )
