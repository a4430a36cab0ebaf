"""The screens of one project, each built the first time it is shown or asked for.

Building every screen before the first paint cost most of the start-up (the board alone
lays out thousands of cards); the user sees one screen, so only that one is built. Until
then an empty placeholder holds the screen's place in the main window's stack, so the
navigation's rows and the stack's indexes stay the same; a built screen takes its
placeholder's place.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from PySide6.QtWidgets import QStackedWidget, QWidget

from .context import UiContext
from .pages import PageSpec


class LazyPages:
    """Key → screen, like a dict, but a screen is built on first access or first show."""

    def __init__(self, stack: QStackedWidget) -> None:
        self._stack = stack
        self._specs: dict[str, PageSpec] = {}
        self._placeholders: dict[str, QWidget] = {}
        self._built: dict[str, QWidget] = {}
        self._ctx: UiContext | None = None
        self._filling = False  # the stack shows each new placeholder: not a reason to build
        stack.currentChanged.connect(self._build_current)

    def replace(self, specs: Sequence[PageSpec], ctx: UiContext, current: str | None) -> None:
        """Drop the previous project's screens; ``current`` (else the first) is built and
        shown, the others when needed."""
        old = [*self._placeholders.values(), *self._built.values()]
        # Forgotten first: removing a widget makes the stack show the next one, which
        # must not build an old screen on the closed project.
        self._placeholders, self._built, self._ctx = {}, {}, ctx
        for widget in old:
            self._stack.removeWidget(widget)
            widget.deleteLater()
        self._specs = {spec.key: spec for spec in specs}
        self._filling = True
        try:
            for spec in specs:
                placeholder = QWidget(self._stack)
                placeholder.setObjectName(f"{spec.key}Placeholder")
                self._placeholders[spec.key] = placeholder
                self._stack.addWidget(placeholder)  # the first one added becomes current
        finally:
            self._filling = False
        keys = list(self._specs)
        self._stack.setCurrentIndex(keys.index(current) if current in keys else 0)
        self._build_current(self._stack.currentIndex())

    def __getitem__(self, key: str) -> QWidget:
        page = self._built.get(key)
        if page is None:
            assert self._ctx is not None, "no project open"
            page = self._specs[key].create(self._ctx)
            self._built[key] = page
            placeholder = self._placeholders.pop(key)
            index = self._stack.indexOf(placeholder)
            was_current = self._stack.currentWidget() is placeholder
            self._stack.insertWidget(index, page)
            if was_current:
                self._stack.setCurrentIndex(index)
            self._stack.removeWidget(placeholder)
            placeholder.deleteLater()
        return page

    def __contains__(self, key: object) -> bool:
        return key in self._specs

    def __iter__(self) -> Iterator[str]:
        return iter(self._specs)

    def __len__(self) -> int:
        return len(self._specs)

    def values(self) -> list[QWidget]:
        """The screens built so far: the only ones with anything to flush."""
        return list(self._built.values())

    def _build_current(self, index: int) -> None:
        if self._filling:
            return
        current = self._stack.widget(index)
        for key, placeholder in list(self._placeholders.items()):
            if placeholder is current:
                self[key]
                return
