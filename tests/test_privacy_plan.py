"""The expert's contact name is personal data: "Persoonsgegevens verwijderen" clears it (in
deleted rows too) and no copy of it is left in the file or its backups; the organisation stays."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from dialoog_app.services import backups, opgaven, plan
from dialoog_app.services.plan import PlanItem
from dialoog_app.services.workspace import Workspace
from dialoog_app.ui.main_window import MainWindow

NAME = b"Marieke Bosma"


def test_strip_clears_expert_contact_names(
    qtbot: QtBot,
    workspace: Workspace,
    project_path: Path,
    reopen: Callable[[], Workspace],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opgave = opgaven.add_opgave(workspace, "Groen").created or ""
    plan.add_expert(workspace, opgave, "IVN", role="natuur", contact_name=NAME.decode())
    gone = plan.add_expert(workspace, opgave, "GGD", contact_name="Piet Bakker")
    plan.delete_item(workspace, PlanItem.EXPERT, gone.id)  # a deleted row keeps its data
    window = MainWindow(workspace)  # a backup with the names is made on opening
    qtbot.addWidget(window)
    assert backups.list_backups(project_path)
    dialog = window.safety.privacy.show_dialog()
    assert dialog is not None
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: said.append(str(a[2])))
    qtbot.mouseClick(dialog.strip_button, Qt.MouseButton.LeftButton)
    assert said and "2 contactpersonen van deskundigen" in said[0]
    dialog.close()
    window.close()

    for path in [project_path, *(b.path for b in backups.list_backups(project_path))]:
        raw = path.read_bytes()
        for wal in path.parent.glob(path.name + "-wal"):
            raw += wal.read_bytes()
        assert NAME not in raw and b"Piet Bakker" not in raw, path
    [expert] = plan.get_plan(reopen(), opgave).experts
    assert (expert.organisation, expert.role, expert.contact_name) == ("IVN", "natuur", "")
