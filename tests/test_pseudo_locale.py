"""Pseudo-localisation: every text ~40% longer and accented ("Sçrééñs~~~"), to find the
labels and buttons that would be cut off in a longer language or a longer translation."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QHeaderView, QLabel, QWidget
from pytestqt.qtbot import QtBot

from conftest import screenshot
from dialoog_app.services.demo import fill_demo
from dialoog_app.services.workspace import Workspace
from dialoog_app.ui.main_window import MainWindow
from dialoog_app.ui.pages import PAGES

ACCENTED = str.maketrans("aeiouAEIOUcnyCNY", "åéîøüÅÉÎØÜçñýÇÑÝ")
# Kept as they are: format fields, Qt's %1/%n, HTML tags and entities.
TOKEN = re.compile(r"(\{[^}]*\}|%L?n|%\d|<[^>]*>|&\w+;)")


def pseudo(text: str) -> str:
    parts = TOKEN.split(text)
    out = "".join(p if TOKEN.fullmatch(p) else p.translate(ACCENTED) for p in parts)
    letters = sum(c.isalpha() for c in "".join(p for p in parts if not TOKEN.fullmatch(p)))
    return out + "~" * math.ceil(letters * 0.4) if letters else out


class PseudoTranslator(QTranslator):
    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return pseudo(source)


@pytest.fixture
def pseudo_locale(qapp: QApplication) -> Iterator[None]:
    translator = PseudoTranslator()
    qapp.installTranslator(translator)  # installed last: asked first
    yield
    qapp.removeTranslator(translator)


def test_pseudo_text_is_longer_accented_and_keeps_its_fields() -> None:
    assert pseudo("Screens") == "Sçrééñs~~~"
    assert pseudo("{n} notes at <b>%1</b>") == "{n} ñøtés åt <b>%1</b>~~~"
    assert len(pseudo("Agenda items")) >= 1.4 * len("Agenda items")


def cut_off(page: QWidget) -> list[str]:
    found = []
    for widget in [*page.findChildren(QLabel), *page.findChildren(QAbstractButton)]:
        if not widget.isVisible() or not widget.text():
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            continue  # wraps onto the next line instead
        hint = widget.sizeHint()
        if hint.width() > widget.width() + 1 or hint.height() > widget.height() + 1:
            found.append(f"{type(widget).__name__} {widget.text()[:40]!r}")
    return found + headers_cut_off(page)


def headers_cut_off(page: QWidget) -> list[str]:
    """Column headers whose text needs more room than its section has (Qt elides it)."""
    found = []
    for header in page.findChildren(QHeaderView):
        model = header.model()
        if not header.isVisible() or model is None:
            continue
        for section in range(header.count()):
            if header.isSectionHidden(section):
                continue
            text = model.headerData(section, header.orientation())
            if not text:
                continue
            needed = header.sectionSizeFromContents(section)
            if header.orientation() == Qt.Orientation.Horizontal:
                short = needed.width() > header.sectionSize(section) + 1
                short = short or needed.height() > header.height() + 1
            else:
                short = needed.width() > header.width() + 1
            if short:
                found.append(f"{header.parent().objectName()} header {str(text)[:40]!r}")
    return found


@pytest.mark.usefixtures("pseudo_locale")
def test_no_label_or_button_is_cut_off_in_a_longer_language(
    qtbot: QtBot, workspace: Workspace
) -> None:
    assert QCoreApplication.translate("MainWindow", "Screens") == "Sçrééñs~~~"
    fill_demo(workspace, tables=3, notes=30, opgaven=3, seed=2)
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    problems: dict[str, list[str]] = {}
    for row, spec in enumerate(PAGES):
        window.nav.setCurrentRow(row)
        page = window.pages[spec.key]
        qtbot.waitUntil(page.isVisible)
        tabs = getattr(page, "tabs", None)
        for tab in range(tabs.count() if tabs is not None else 1):
            if tabs is not None:
                tabs.setCurrentIndex(tab)
            QApplication.processEvents()
            screenshot(window, f"pseudo_{spec.key}_{tab}")
            if found := cut_off(page):
                problems[f"{spec.key} {tab}"] = found
    window.close()
    assert not problems
