""" "Import notes from CSV/Excel…": the file, what was detected, the columns, then import.

Everything the import will do is shown before it is done: the first rows, which column
is which (guessed from the headers), the values that are not a known kind or role with
what they will become (changeable), and every row that will be left out with its number
and the reason. The import itself is one transaction; importing the same file again
adds nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dialoog_app.domain.errors import UserError
from dialoog_app.domain.kinds import NOTE_KIND_LABELS, ROLE_LABELS, NoteKind, Role
from dialoog_app.domain.sources import NoteSource
from dialoog_app.exchange.mapping import Field, fold, guess_columns
from dialoog_app.exchange.note_rows import NoteMapping, NotePlan, plan_notes
from dialoog_app.exchange.sheet import ReadOptions, Sheet, read_sheet
from dialoog_app.exchange.survey import SurveyPlan
from dialoog_app.services import importing, meetings, surveys

from .. import i18n, theme
from ..context import UiContext
from . import tables
from .file_box import DELIMITERS, FileBox
from .mapping_box import FIELD_LABELS, MappingBox
from .survey_panel import SurveyPanel


class ImportDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import notes from CSV/Excel"))
        self.resize(900, 680)
        self.path: Path | None = None
        self.sheet: Sheet | None = None
        self.plan: NotePlan | None = None
        self.kind_overrides: dict[str, QComboBox] = {}
        self.role_overrides: dict[str, QComboBox] = {}
        self._loading = False
        self.imported: importing.ImportResult | None = None
        self.survey_plan: SurveyPlan | None = None
        self.survey_result: surveys.SurveyImportResult | None = None

        layout = QVBoxLayout(self)
        self.file_box = FileBox(self)
        self.file_box.choose_button.clicked.connect(self.choose_file)
        self.file_box.options_changed.connect(self.reload)
        self.file_edit = self.file_box.file_edit
        self.sheet_combo = self.file_box.sheet_combo
        self.encoding_combo = self.file_box.encoding_combo
        self.delimiter_combo = self.file_box.delimiter_combo
        self.header_check = self.file_box.header_check
        self.detected = self.file_box.detected
        layout.addWidget(self.file_box)
        middle = QHBoxLayout()
        # Notes (one row each) or a survey (one row per respondent): the left side differs.
        self.sides = QStackedWidget(self)
        self.mapping_box = MappingBox(self)
        self.mapping_box.changed.connect(self._mapping_changed)
        self.field_combos = self.mapping_box.field_combos
        self.sides.addWidget(self.mapping_box)
        self.survey_panel = SurveyPanel(self)
        self.survey_panel.changed.connect(self.replan)
        self.survey_panel.role_column_changed.connect(self._mapping_changed)
        self.sides.addWidget(self.survey_panel)
        middle.addWidget(self.sides, 1)
        middle.addWidget(self._target_box(), 1)
        layout.addLayout(middle)
        self.tabs = QTabWidget(self)
        self.preview = tables.preview_table(self)
        self.values = tables.values_table(self)
        self.problems = tables.problems_table(self)
        self.tabs.addTab(self.preview, self.tr("First rows"))
        self.tabs.addTab(self.values, self.tr("Unknown values"))
        self.tabs.addTab(self.problems, self.tr("Rows not imported"))
        layout.addWidget(self.tabs, 1)
        self.summary = QLabel(self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    # -- the form ------------------------------------------------------------------------------
    def _target_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Into"), self)
        form = self.target_form = QFormLayout(box)
        self.meeting_combo = QComboBox(box)
        self.meeting_combo.setObjectName("meetingCombo")
        for meeting in meetings.list_meetings(self.ctx.workspace):
            self.meeting_combo.addItem(meeting.title, meeting.id)
        current = self.ctx.bus.current_meeting_id
        if current is not None and self.meeting_combo.findData(current) >= 0:
            self.meeting_combo.setCurrentIndex(self.meeting_combo.findData(current))
        self.table_edit = QLineEdit(box)
        self.table_edit.setObjectName("tableEdit")
        self.table_edit.setToolTip(self.tr("Rows that name no table go to this table"))
        self.source_combo = QComboBox(box)
        self.source_combo.setObjectName("sourceCombo")
        self.source_combo.addItem(
            self.tr("notes typed up afterwards, one per row"), NoteSource.MINUTES
        )
        self.source_combo.addItem(self.tr("a survey, one respondent per row"), NoteSource.SURVEY)
        self.source_combo.currentIndexChanged.connect(self._source_changed)
        form.addRow(self.tr("Meeting:"), self.meeting_combo)
        form.addRow(self.tr("Table for rows without one:"), self.table_edit)
        form.addRow(self.tr("The file holds:"), self.source_combo)
        return box

    # -- reading -------------------------------------------------------------------------------
    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import notes"),
            str(self.ctx.workspace.path.parent),
            self.tr("Spreadsheets (*.csv *.txt *.xlsx)"),
        )
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> None:
        """Read a new file with everything detected afresh."""
        self.path = path
        self.file_edit.setText(str(path))
        self.table_edit.setText(path.stem)
        self._loading = True
        self.sheet_combo.clear()
        self.encoding_combo.setCurrentIndex(0)
        self.delimiter_combo.setCurrentIndex(0)
        self._loading = False
        self._read(ReadOptions())
        if self.sheet is not None:
            self._guess_mapping()

    def reload(self) -> None:
        """Read the file again with the user's overrides (sheet, characters, separator)."""
        if self._loading or self.path is None:
            return
        sheet_name = self.sheet_combo.currentText() or None
        options = ReadOptions(
            encoding=self.encoding_combo.currentData(),
            delimiter=self.delimiter_combo.currentData(),
            has_header=self.header_check.isChecked(),
            sheet=sheet_name,
        )
        self._read(options)
        if self.sheet is not None:
            self._guess_mapping()

    def _read(self, options: ReadOptions) -> None:
        assert self.path is not None
        try:
            self.sheet = read_sheet(self.path, options)
        except UserError as error:
            self.sheet = None
            self.plan = None
            tables.show_preview(self.preview, None)
            self.summary.setText(i18n.text(error.text))
            theme.style(self.summary, "color: @error;")
            self.import_button.setEnabled(False)
            self.detected.clear()
            return
        sheet = self.sheet
        self._loading = True
        if sheet.sheets and self.sheet_combo.count() == 0:
            self.sheet_combo.addItems(list(sheet.sheets))
        if sheet.sheet:
            self.sheet_combo.setCurrentText(sheet.sheet)
        self.sheet_combo.setEnabled(bool(sheet.sheets))
        self.encoding_combo.setEnabled(sheet.encoding is not None)
        self.delimiter_combo.setEnabled(sheet.delimiter is not None)
        self.header_check.setChecked(sheet.has_header)
        self._loading = False
        if sheet.encoding is not None:
            self.detected.setText(
                self.tr("Read as {encoding}, separated by “{delimiter}”.").format(
                    encoding=sheet.encoding.replace("-sig", ""),
                    delimiter=DELIMITERS.get(sheet.delimiter or "", sheet.delimiter),
                )
            )
        else:
            self.detected.clear()
        tables.show_preview(self.preview, sheet)

    def _guess_mapping(self) -> None:
        assert self.sheet is not None
        guessed = guess_columns(self.sheet.columns, [r.cells for r in self.sheet.rows[:50]])
        self.mapping_box.fill(self.sheet.columns, guessed)
        self.survey_panel.set_sheet(self.sheet)
        self._mapping_changed()

    def survey_mode(self) -> bool:
        return bool(self.source_combo.currentData() == NoteSource.SURVEY)

    def _source_changed(self) -> None:
        survey = self.survey_mode()
        self.sides.setCurrentIndex(1 if survey else 0)
        # Rows without text are about notes; a survey's empty answer is no answer.
        self.tabs.setTabVisible(2, not survey)
        if survey and self.table_edit.text() == (self.path.stem if self.path else ""):
            self.table_edit.setText("Enquête")
        label = self.target_form.labelForField(self.table_edit)
        if isinstance(label, QLabel):
            label.setText(
                self.tr("Table for the answers:")
                if survey
                else self.tr("Table for rows without one:")
            )
        self._mapping_changed()

    # -- planning ------------------------------------------------------------------------------
    def mapping(self) -> NoteMapping:
        return NoteMapping(
            columns=self.mapping_box.columns(),
            # Qt hands a StrEnum back as a plain str.
            kinds={key: NoteKind(c.currentData()) for key, c in self.kind_overrides.items()},
            roles={key: Role(c.currentData()) for key, c in self.role_overrides.items()},
        )

    def _mapping_changed(self) -> None:
        if self._loading or self.sheet is None:
            return
        self.kind_overrides.clear()
        self.role_overrides.clear()
        self.replan()
        if self.survey_mode():
            survey = self.survey_plan
            self._show_unknown_values((), survey.unknown_roles if survey else ())
        elif self.plan is not None:
            self._show_unknown_values(self.plan.unknown_kinds, self.plan.unknown_roles)
        else:
            self._show_unknown_values((), ())

    def replan(self) -> None:
        if self.sheet is None:
            return
        self.summary.setStyleSheet("")
        if self.survey_mode():
            roles = {key: Role(c.currentData()) for key, c in self.role_overrides.items()}
            self.survey_plan = self.survey_panel.plan(roles)
            survey = self.survey_plan
            ready = survey is not None and bool(survey.respondents)
            self.summary.setText(self.survey_panel.describe(survey) if survey and ready else "")
            self.import_button.setEnabled(ready and self.meeting_combo.count() > 0)
            self._ask_for_a_meeting()
            return
        try:
            self.plan = plan_notes(self.sheet, self.mapping())
        except UserError as error:
            self.plan = None
            self.summary.setText(i18n.text(error.text))
            self.import_button.setEnabled(False)
            tables.show_problems(self.problems, [])
            return
        plan = self.plan
        tables.show_problems(self.problems, plan.problems)
        self.tabs.setTabText(
            2, self.tr("Rows not imported ({count})").format(count=len(plan.problems))
        )
        text = self.tr("Notes to import: {rows}.").format(rows=len(plan.rows))
        if plan.problems:
            text += " " + self.tr(
                "Rows that cannot be imported: {count} (see “Rows not imported”)."
            ).format(count=len(plan.problems))
        if plan.empty_rows:
            text += " " + self.tr("Empty rows skipped: {count}.").format(count=plan.empty_rows)
        self.summary.setText(text)
        self.import_button.setEnabled(bool(plan.rows) and self.meeting_combo.count() > 0)
        self._ask_for_a_meeting()

    def _ask_for_a_meeting(self) -> None:
        if self.meeting_combo.count() == 0:
            self.summary.setText(
                self.summary.text()
                + " "
                + self.tr("First add a meeting to import into (screen Meetings, Ctrl+1).")
            )

    def _show_unknown_values(self, kinds: Sequence[str], roles: Sequence[str]) -> None:
        """The values no kind or role is known for, each with a chooser (default shown)."""
        self.values.setRowCount(0)
        kind_label = i18n.translate("ImportDialog", FIELD_LABELS[Field.KIND])
        role_label = i18n.translate("ImportDialog", FIELD_LABELS[Field.ROLE])
        for value in kinds:
            combo = tables.add_value_row(
                self.values, kind_label, value, dict(NOTE_KIND_LABELS), NoteKind.STATEMENT
            )
            self.kind_overrides[fold(value)] = combo
            combo.currentIndexChanged.connect(self.replan)
        for value in roles:
            combo = tables.add_value_row(
                self.values, role_label, value, dict(ROLE_LABELS), Role.OTHER
            )
            self.role_overrides[fold(value)] = combo
            combo.currentIndexChanged.connect(self.replan)
        unknown = len(kinds) + len(roles)
        self.tabs.setTabText(1, self.tr("Unknown values ({count})").format(count=unknown))
        if unknown:
            self.tabs.setCurrentWidget(self.values)

    # -- importing -----------------------------------------------------------------------------
    def run_import(self) -> None:
        if self.survey_mode():
            self._run_survey_import()
            return
        if self.plan is None or self.path is None or self.meeting_combo.currentData() is None:
            return
        plan, meeting_id = self.plan, self.meeting_combo.currentData()
        table = self.table_edit.text().strip() or self.path.stem
        source = NoteSource(self.source_combo.currentData())
        result = self.ctx.attempt(
            self,
            lambda: importing.import_notes(
                self.ctx.workspace, plan, meeting_id, table=table, source=source
            ),
        )
        if result is None:
            return
        text = self.tr("Notes imported into “{meeting}”: {added}.").format(
            added=result.added, meeting=self.meeting_combo.currentText()
        )
        if result.already_there:
            text += " " + self.tr("Already there from an earlier import: {count}.").format(
                count=result.already_there
            )
        if result.problems:
            text += " " + self.tr("Rows not imported: {count} (see the list).").format(
                count=len(result.problems)
            )
        self.summary.setText(text)
        self.import_button.setEnabled(False)
        self.imported = result

    def _run_survey_import(self) -> None:
        plan, meeting_id = self.survey_plan, self.meeting_combo.currentData()
        if plan is None or meeting_id is None:
            return
        table = self.table_edit.text().strip() or "Enquête"
        result = self.ctx.attempt(
            self, lambda: surveys.import_survey(self.ctx.workspace, plan, meeting_id, table=table)
        )
        if result is None:
            return
        text = self.tr(
            "Survey imported into “{meeting}” — statements: {statements}, answers to closed "
            "questions: {answers}."
        ).format(
            meeting=self.meeting_combo.currentText(),
            statements=result.statements_added,
            answers=result.answers_added,
        )
        if result.already_there:
            text += " " + self.tr("Already there from an earlier import: {count}.").format(
                count=result.already_there
            )
        self.summary.setText(text)
        self.import_button.setEnabled(False)
        self.survey_result = result
