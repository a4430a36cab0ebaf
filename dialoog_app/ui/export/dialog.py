"""The "Export to Word…" dialog: scope, contents, template, anonymise, where to save.

The export runs in a worker thread with a progress bar; the window stays responsive.
Afterwards the user may open the document. Template and folder are remembered per project.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, QThread, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from dialoog_app.domain.errors import UserError
from dialoog_app.export.model import ScopeKind
from dialoog_app.services import export_settings, meetings, minutes, privacy

from .. import i18n
from ..context import UiContext, show_error
from ..safety import author
from .documents import DocumentBox, DocumentKind, export_job
from .worker import ExportWorker, start_in_thread

# Characters Windows does not allow in a file name.
_UNSAFE = re.compile(r'[\\/:*?"<>|]+')


def safe_file_name(name: str) -> str:
    return _UNSAFE.sub("-", name).strip(" .") or "Verslag"


class ExportDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export to Word"))
        self.setMinimumWidth(600)
        self.export_thread: QThread | None = None
        self.worker: ExportWorker | None = None
        self.export_result: Any = None  # the last result (it has a ``path``)
        self._path_chosen = False
        ws = ctx.workspace
        self.remembered = export_settings.load(ws)
        self.meetings = meetings.list_meetings(ws)
        self.tables = [(m, t) for m in self.meetings for t in meetings.list_tables(ws, m.id)]

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        self.documents = DocumentBox(ctx.clock.now().astimezone().date(), self)
        layout.addWidget(self.documents)
        self.scope_box = self._scope_box()
        layout.addWidget(self.scope_box)
        self.contents_box = self._contents_box()
        layout.addWidget(self.contents_box)
        self.anonymise.setChecked(privacy.anonymise_by_default(ws))  # the project's choice
        layout.addWidget(self._template_box())
        layout.addWidget(self._output_box())
        self.progress = QProgressBar(self)
        self.progress.setObjectName("exportProgress")
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Close"))
        self.buttons.accepted.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.documents.changed.connect(self._update_scope)
        self._update_scope()

    # -- the form ------------------------------------------------------------------------------
    def _scope_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("What"), self)
        grid = QGridLayout(box)
        self.scope_group = QButtonGroup(self)
        self.project_radio = QRadioButton(self.tr("The whole &project"), box)
        self.meeting_radio = QRadioButton(self.tr("One &meeting"), box)
        self.table_radio = QRadioButton(self.tr("One &table"), box)
        self.meeting_combo = QComboBox(box)
        self.meeting_combo.setObjectName("meetingCombo")
        for meeting in self.meetings:
            self.meeting_combo.addItem(meeting.title, meeting.id)
        self.table_combo = QComboBox(box)
        self.table_combo.setObjectName("tableCombo")
        for meeting, table in self.tables:
            label = f"{table.name} — {meeting.title}" if len(self.meetings) > 1 else table.name
            self.table_combo.addItem(label, table.id)
        for row, (radio, combo) in enumerate(
            [
                (self.project_radio, None),
                (self.meeting_radio, self.meeting_combo),
                (self.table_radio, self.table_combo),
            ]
        ):
            self.scope_group.addButton(radio, row)
            grid.addWidget(radio, row, 0)
            if combo is not None:
                grid.addWidget(combo, row, 1)
        grid.setColumnStretch(1, 1)
        self.meeting_radio.setEnabled(bool(self.meetings))
        self.table_radio.setEnabled(bool(self.tables))
        self.project_radio.setChecked(True)
        self.scope_group.idToggled.connect(lambda *_: self._update_scope())
        self.meeting_combo.currentIndexChanged.connect(lambda *_: self._update_scope())
        self.table_combo.currentIndexChanged.connect(lambda *_: self._update_scope())
        return box

    def _contents_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Contents"), self)
        grid = QGridLayout(box)
        self.parts: dict[str, QCheckBox] = {}
        labels = [
            ("title_page", self.tr("Title page, contents and who was there")),
            ("agenda", self.tr("Agenda: planned and actual times")),
            ("notes", self.tr("Notes per table, by round")),
            ("opgaven", self.tr("Opgaven with their statements and support")),
            ("agreements", self.tr("Agreements (afspraken) as a table")),
            ("unplaced", self.tr("Appendix: notes in no opgave")),
            ("survey", self.tr("Survey results, when there was a survey")),
        ]
        for i, (key, label) in enumerate(labels):
            check = QCheckBox(label, box)
            check.setObjectName(f"part_{key}")
            check.setChecked(True)
            self.parts[key] = check
            grid.addWidget(check, i, 0)
        self.anonymise = QCheckBox(
            self.tr("&Anonymise: leave out speakers' names and initials (roles stay)"), box
        )
        self.anonymise.setObjectName("anonymise")
        grid.setRowMinimumHeight(len(labels), 8)  # a little air before the privacy choice
        grid.addWidget(self.anonymise, len(labels) + 1, 0)
        return box

    def _template_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("House style"), self)
        grid = QGridLayout(box)
        self.builtin_radio = QRadioButton(self.tr("&Built-in (clean, Dutch)"), box)
        self.own_radio = QRadioButton(self.tr("&Own template:"), box)
        self.template_edit = QLineEdit(box)
        self.template_edit.setObjectName("templatePath")
        self.template_edit.setReadOnly(True)
        self.template_edit.setPlaceholderText(self.tr("a .docx or .dotx in your house style"))
        choose = QPushButton(self.tr("C&hoose…"), box)
        choose.setObjectName("chooseTemplate")
        choose.clicked.connect(self.choose_template)
        grid.addWidget(self.builtin_radio, 0, 0, 1, 3)
        grid.addWidget(self.own_radio, 1, 0)
        grid.addWidget(self.template_edit, 1, 1)
        grid.addWidget(choose, 1, 2)
        grid.setColumnStretch(1, 1)
        if self.remembered.template is not None:
            self.template_edit.setText(str(self.remembered.template))
            self.own_radio.setChecked(True)
        else:
            self.builtin_radio.setChecked(True)
        return box

    def _output_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Save as"), self)
        row = QHBoxLayout(box)
        self.output_edit = QLineEdit(box)
        self.output_edit.setObjectName("outputPath")
        self.output_edit.textEdited.connect(self._mark_path_chosen)
        browse = QPushButton(self.tr("B&rowse…"), box)
        browse.setObjectName("browseOutput")
        browse.clicked.connect(self.choose_output)
        row.addWidget(self.output_edit, 1)
        row.addWidget(browse)
        return box

    def _mark_path_chosen(self) -> None:
        self._path_chosen = True

    def _folder(self) -> Path:
        if self.output_edit.text():
            return Path(self.output_edit.text()).parent
        if self.remembered.folder is not None and self.remembered.folder.is_dir():
            return self.remembered.folder
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents) if documents and Path(documents).is_dir() else Path.home()

    def _suggested_name(self) -> str:
        scope, kind = self.scope(), self.documents.kind()
        if kind is not DocumentKind.MINUTES:
            prefix = "Plan van aanpak" if kind is DocumentKind.PLAN else "Voortgang"
            name = f"{prefix} {self.ctx.workspace.path.stem}"
        elif scope == ScopeKind.MEETING:
            name = f"Verslag {self.meeting_combo.currentText()}"
        elif scope == ScopeKind.TABLE:
            name = f"Verslag {self.table_combo.currentText()}"
        else:
            name = f"Verslag {self.ctx.workspace.path.stem}"
        return safe_file_name(name) + ".docx"

    def _update_scope(self) -> None:
        scope = self.scope()
        self._enable_for_document()
        self.meeting_combo.setEnabled(scope == ScopeKind.MEETING)
        self.table_combo.setEnabled(scope == ScopeKind.TABLE)
        if not self._path_chosen:
            self.output_edit.setText(str(self._folder() / self._suggested_name()))

    def _enable_for_document(self) -> None:
        minutes_chosen = self.documents.kind() is DocumentKind.MINUTES
        self.scope_box.setEnabled(minutes_chosen)  # the plan documents: always the project
        self.contents_box.setEnabled(minutes_chosen)

    # -- choices -------------------------------------------------------------------------------
    def scope(self) -> ScopeKind:
        if self.table_radio.isChecked():
            return ScopeKind.TABLE
        if self.meeting_radio.isChecked():
            return ScopeKind.MEETING
        return ScopeKind.PROJECT

    def request(self) -> minutes.MinutesRequest:
        scope = self.scope()
        return minutes.MinutesRequest(
            scope=scope,
            meeting_id=self.meeting_combo.currentData() if scope == ScopeKind.MEETING else None,
            table_id=self.table_combo.currentData() if scope == ScopeKind.TABLE else None,
            **{key: check.isChecked() for key, check in self.parts.items()},
            anonymise=self.anonymise.isChecked(),
            author=author.author_name(),
        )

    def template(self) -> Path | None:
        text = self.template_edit.text()
        return Path(text) if self.own_radio.isChecked() and text else None

    def choose_template(self) -> None:
        start = self.template_edit.text() or str(self._folder())
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a Word template"), start, self.tr("Word (*.docx *.dotx)")
        )
        if name:
            self.template_edit.setText(name)
            self.own_radio.setChecked(True)

    def choose_output(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the minutes as"),
            self.output_edit.text(),
            self.tr("Word document (*.docx)"),
        )
        if name:
            path = Path(name)
            if path.suffix.lower() != ".docx":
                path = path.with_name(path.name + ".docx")
            self.output_edit.setText(str(path))
            self._path_chosen = True

    # -- exporting -----------------------------------------------------------------------------
    def start_export(self) -> None:
        if self.export_thread is not None:
            return
        text = self.output_edit.text().strip()
        if not text:
            show_error(self, self.tr("Choose where to save the minutes."))
            return
        target = Path(text)
        if target.suffix.lower() != ".docx":
            target = target.with_name(target.name + ".docx")
        if self.own_radio.isChecked() and not self.template_edit.text():
            show_error(self, self.tr("Choose a template, or use the built-in house style."))
            return
        kind = self.documents.kind()
        job = export_job(
            kind,
            self.ctx.workspace,
            target,
            self.template(),
            self.request(),
            self.documents.since(),
        )
        worker = ExportWorker(job, target)
        worker.progress.connect(self._show_progress)
        worker.succeeded.connect(self._keep_outcome)
        worker.failed.connect(self._keep_outcome)
        self._outcome: Any = None
        self._set_busy(True)
        self.worker = worker  # a QObject without parent lives as long as its Python wrapper
        self.export_thread = start_in_thread(worker, self)
        self.export_thread.finished.connect(self._thread_done)

    def _set_busy(self, busy: bool) -> None:
        for box in self.findChildren(QGroupBox):
            box.setEnabled(not busy)
        if not busy:
            self._enable_for_document()
        self.export_button.setEnabled(not busy)
        self.close_button.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)  # busy until the first figure arrives
        self.status.setText(self.tr("Writing the minutes…") if busy else "")

    # Slots (not plain methods) so the worker's signals are queued to this, the GUI, thread.
    @Slot(int)
    def _show_progress(self, percent: int) -> None:
        self.progress.setRange(0, 100)
        self.progress.setValue(percent)

    @Slot(object)
    def _keep_outcome(self, outcome: minutes.ExportResult | Exception) -> None:
        self._outcome = outcome

    @Slot()
    def _thread_done(self) -> None:
        """The worker's thread has ended: only now is the form given back."""
        thread, self.export_thread = self.export_thread, None
        if thread is not None:
            thread.wait()
            thread.deleteLater()
        self._set_busy(False)
        outcome = self._outcome
        if isinstance(outcome, Exception):
            self._failed(outcome)
        elif outcome is not None:
            self._succeeded(outcome)

    def _failed(self, error: Exception) -> None:
        if isinstance(error, UserError):
            message = i18n.text(error.text)
        else:  # not foreseen (the worker has logged it): say so calmly, and what it was
            message = self.tr(
                "The minutes could not be written because of an unexpected error. "
                "Your project has not been changed; try another template or folder.\n\n"
                "Details: {detail}"
            ).format(detail=f"{type(error).__name__}: {error}")
        self.status.setText(message)
        show_error(self, message)

    def _succeeded(self, result: Any) -> None:
        self.export_result = result
        if isinstance(result, minutes.ExportResult):
            lines = [self.tr("The minutes are saved: {path}").format(path=result.path)]
            title = self.tr("Minutes saved")
        else:  # the plan van aanpak or the voortgang
            lines = [self.tr("The document is saved: {path}").format(path=result.path)]
            title = self.tr("Document saved")
        warnings = getattr(result, "warnings", ())
        lines += [i18n.text(warning) for warning in warnings]
        self.status.setText("\n".join(lines))
        box = QMessageBox(
            QMessageBox.Icon.Information if not warnings else QMessageBox.Icon.Warning,
            title,
            "\n\n".join([*lines, self.tr("Open the document now?")]),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Open)
        if box.exec() == QMessageBox.StandardButton.Open:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path)))
        self.accept()

    def reject(self) -> None:
        if self.export_thread is None:  # never close while a document is being written
            super().reject()
