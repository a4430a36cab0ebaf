"""``dialoog selftest [PATH]``: the real start-up, offscreen, until the first paint.

The command a build smoke test and the start-up benchmark both run: the same
``make_application`` → ``first_workspace`` → ``MainWindow`` path as ``dialoog PATH``, and
an exit as soon as the main window has been painted (no fixed delay, so the process time
*is* the start-up time).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QTimer

# Long enough for a slow laptop under load; a start that takes longer is a failure anyway.
PAINT_TIMEOUT_MS = 60_000


class _FirstPaint(QObject):
    """Quits the event loop at the window's first paint."""

    def __init__(self) -> None:
        super().__init__()
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            # After this paint has finished. exit(), not quit(): quit() would close the
            # window (and its project) first.
            QTimer.singleShot(0, lambda: QCoreApplication.exit(0))
        return False


def selftest(path: Path | None) -> int:
    """Open PATH (or a new temporary project) in the real window; 0 once it was painted.

    Without PATH everything happens in a temporary data folder, so the user's settings and
    recent projects are untouched; with PATH the app starts as ``dialoog PATH`` would.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="dialoog-selftest-") as tmp:
        if path is None:
            os.environ["DIALOOG_DATA_DIR"] = tmp
            path = Path(tmp) / "selftest.dialoog"
            from dialoog_app.services.workspace import new_workspace

            new_workspace(path).close()
        return _run(path)


def _run(path: Path) -> int:
    from dialoog_app.domain.errors import UserError
    from dialoog_app.services.summary import project_summary
    from dialoog_app.services.workspace import open_workspace

    from . import i18n, warm_up
    from .app import make_application
    from .main_window import MainWindow

    app = make_application()
    try:
        # Not first_workspace(): a refused file is reported here, never replaced by the
        # default project, and no dialog waits for a click nobody can give.
        workspace = open_workspace(path)
    except UserError as error:
        print(f"selftest: FAILED — {i18n.text(error.text)}", file=sys.stderr)
        return 2
    window = MainWindow(workspace)
    first_paint = _FirstPaint()
    window.installEventFilter(first_paint)
    window.show()
    timeout = QTimer()
    timeout.setSingleShot(True)
    timeout.timeout.connect(lambda: app.exit(1))
    timeout.start(PAINT_TIMEOUT_MS)
    app.exec()
    timeout.stop()
    if not first_paint.painted:
        window.close()
        print("selftest: FAILED — " + QCoreApplication.translate("Selftest", "no window was shown"))
        return 1
    summary = project_summary(window.workspace)
    # Two whole strings rather than Linguist's %n: this one line needs no plural rules.
    count = QLocale().toString(summary.note_count)  # "5.000" in Dutch
    notes = (
        QCoreApplication.translate("Selftest", "1 note")
        if summary.note_count == 1
        else QCoreApplication.translate("Selftest", "{count} notes").format(count=count)
    )
    # Said (and flushed) before closing: the start-up benchmark times the start until
    # this line, not the closing and the interpreter's teardown after it.
    print(f"selftest: ok — {summary.name}, {notes}", flush=True)
    # What the window loads in the background after its first paint (ui/warm_up.py): a
    # build missing one of those modules must fail here, not at the user's first save.
    warmed = warm_up.finish()
    window.close()
    if not warmed:
        print(
            "selftest: FAILED — "
            + QCoreApplication.translate("Selftest", "the app's modules could not be loaded"),
            file=sys.stderr,
        )
        return 1
    return 0
