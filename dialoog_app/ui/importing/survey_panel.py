"""The import dialog's survey side: whose answers (the role column or one role for all),
and for every question whether it is open, closed or left out (guessed, changeable)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from dialoog_app.domain.kinds import ROLE_LABELS, Role
from dialoog_app.exchange.sheet import Sheet
from dialoog_app.exchange.survey import (
    QuestionKind,
    SurveyMapping,
    SurveyPlan,
    guess_questions,
    guess_role_column,
    plan_survey,
)

from .. import i18n


class SurveyPanel(QGroupBox):
    changed = Signal()  # a question's kind or the fixed role: plan again
    role_column_changed = Signal()  # other role values: the unknown ones change too

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The survey: one row per respondent"))
        self.sheet: Sheet | None = None
        self._filling = False
        form = QFormLayout(self)
        self.role_column = QComboBox(self)
        self.role_column.setObjectName("surveyRoleColumn")
        self.fixed_role = QComboBox(self)
        self.fixed_role.setObjectName("surveyFixedRole")
        for role, label in ROLE_LABELS.items():
            self.fixed_role.addItem(i18n.translate("Vocabulary", label), role.value)
        self.questions = QTableWidget(0, 2, self)
        self.questions.setObjectName("surveyQuestions")
        self.questions.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Import as")])
        self.questions.verticalHeader().setVisible(False)
        header = self.questions.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        form.addRow(self.tr("Role of the respondent:"), self.role_column)
        form.addRow(self.tr("Role when not given:"), self.fixed_role)
        form.addRow(self.questions)
        self.role_column.currentIndexChanged.connect(self._role_column_changed)
        self.fixed_role.currentIndexChanged.connect(self._changed)

    def _kind_labels(self) -> dict[QuestionKind, str]:
        return {
            QuestionKind.OPEN: self.tr("open: each answer a statement"),
            QuestionKind.CLOSED: self.tr("closed: count the answers"),
            QuestionKind.SKIP: self.tr("leave out"),
        }

    def set_sheet(self, sheet: Sheet) -> None:
        """A new file: guess the role column and the kind of every question."""
        self.sheet = sheet
        self._filling = True
        self.role_column.clear()
        self.role_column.addItem(self.tr("(none: the role below for everyone)"), None)
        for column in sheet.columns:
            self.role_column.addItem(column, column)
        guessed = guess_role_column(sheet)
        self.role_column.setCurrentIndex(max(0, self.role_column.findData(guessed)))
        self._filling = False
        self._fill_questions()

    def _fill_questions(self) -> None:
        assert self.sheet is not None
        kinds = guess_questions(self.sheet, self.role_column.currentData())
        labels = self._kind_labels()
        self.questions.setRowCount(0)
        for column, kind in kinds.items():
            row = self.questions.rowCount()
            self.questions.insertRow(row)
            item = QTableWidgetItem(column)
            item.setToolTip(column)
            self.questions.setItem(row, 0, item)
            combo = QComboBox(self.questions)
            for value, label in labels.items():
                combo.addItem(label, value.value)
            combo.setCurrentIndex(combo.findData(kind.value))
            combo.currentIndexChanged.connect(self._changed)
            self.questions.setCellWidget(row, 1, combo)
        self._changed()

    def _role_column_changed(self) -> None:
        if not self._filling and self.sheet is not None:
            self._fill_questions()
            self.role_column_changed.emit()

    def _changed(self) -> None:
        if not self._filling:
            self.changed.emit()

    def kind_combo(self, column: str) -> QComboBox:
        for row in range(self.questions.rowCount()):
            if self.column_at(row) == column:
                widget = self.questions.cellWidget(row, 1)
                assert isinstance(widget, QComboBox)
                return widget
        raise KeyError(column)

    def mapping(self) -> SurveyMapping:
        questions = {
            self.column_at(row): QuestionKind(self.kind_combo_at(row).currentData())
            for row in range(self.questions.rowCount())
        }
        return SurveyMapping(
            questions=questions,
            role_column=self.role_column.currentData(),
            fixed_role=Role(self.fixed_role.currentData()),
        )

    def column_at(self, row: int) -> str:
        item = self.questions.item(row, 0)
        assert item is not None
        return item.text()

    def kind_combo_at(self, row: int) -> QComboBox:
        widget = self.questions.cellWidget(row, 1)
        assert isinstance(widget, QComboBox)
        return widget

    def plan(self, roles: dict[str, Role]) -> SurveyPlan | None:
        """The survey as it would be imported; ``roles``: the user's choices for role
        values that were not known."""
        if self.sheet is None:
            return None
        return plan_survey(self.sheet, replace(self.mapping(), roles=roles))

    def describe(self, plan: SurveyPlan) -> str:
        return self.tr(
            "Respondents: {respondents} — answers to open questions (statements): {open}, "
            "to closed questions: {closed}."
        ).format(
            respondents=plan.respondents,
            open=len(plan.open_answers),
            closed=len(plan.closed_answers),
        )
