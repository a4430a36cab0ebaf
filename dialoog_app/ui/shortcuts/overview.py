"""F1 (or Ctrl+/): every shortcut of the screen in front of the user, grouped, in Dutch.

Built from the one declaration in ``ui/shortcuts``, so the overview cannot disagree with
the keys the screens really carry.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import theme
from . import (
    description,
    for_screen,
    group_title,
    keys_text,
    sequences,
)


class ShortcutOverview(QDialog):
    def __init__(self, screen: str, screen_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutOverview")
        self.setWindowTitle(self.tr("Shortcuts — {screen}").format(screen=screen_title))
        intro = QLabel(
            self.tr(
                "Ctrl + a digit: another screen · Alt + a digit: the kind or role of a note "
                "· F1: this list"
            ),
            self,
        )
        intro.setWordWrap(True)
        theme.style(intro, "color: @muted;")
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("shortcutTree")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Key"), self.tr("What it does")])
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setSelectionMode(QTreeWidget.SelectionMode.NoSelection)
        self.tree.setAccessibleName(self.tr("Shortcuts"))
        self.tree.setStyleSheet("QTreeWidget::item { padding: 3px 2px; }")
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        self._fill(screen)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(620, 640)

    def _fill(self, screen: str) -> None:
        groups: dict[str, QTreeWidgetItem] = {}
        bold = QFont(self.tree.font())
        bold.setBold(True)
        # The screen's own keys first: that is what the user came to look up.
        ordered = sorted(for_screen(screen), key=lambda s: "window" in s.screens)
        for item in ordered:
            title = group_title(item)
            group = groups.get(title)
            if group is None:
                group = QTreeWidgetItem(self.tree, [title])
                group.setFirstColumnSpanned(True)
                group.setFont(0, bold)
                groups[title] = group
            QTreeWidgetItem(group, [keys_text(item.action), description(item)])
        self.tree.expandAll()

    def rows(self) -> list[tuple[str, str, str]]:
        """(group, keys, description) as shown — for tests and screen readers alike."""
        shown = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            assert group is not None
            for j in range(group.childCount()):
                child = group.child(j)
                assert child is not None
                shown.append((group.text(0), child.text(0), child.text(1)))
        return shown


def shown_screen(window: QWidget) -> tuple[str, str]:
    """The key and translated title of the screen the main window shows."""
    from ..pages import PAGES  # (the pages import the screens, which import this package)

    key = getattr(window, "current_page_key", lambda: None)() or PAGES[0].key
    spec = next(spec for spec in PAGES if spec.key == key)
    return spec.key, QCoreApplication.translate("Pages", spec.title)


def install(
    window: QWidget,
    menu: QMenu,
    current: Callable[[QWidget], tuple[str, str]] = shown_screen,
) -> QAction:
    """The Help menu's entry; ``current`` gives the shown screen's key and title."""
    action = QAction(QCoreApplication.translate("ShortcutOverview", "&Keyboard shortcuts"), window)
    action.setObjectName("shortcutOverviewAction")
    action.setShortcuts(sequences("help.shortcuts"))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

    def show() -> None:
        screen, title = current(window)
        dialog = ShortcutOverview(screen, title, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    action.triggered.connect(show)
    menu.addAction(action)
    return action
