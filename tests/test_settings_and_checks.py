"""The typed settings schema, and the test suite's own timer check (conftest.py)."""

from __future__ import annotations

import re
from pathlib import Path

from pytestqt.qtbot import QtBot

import conftest
from dialoog_app.ui import settings
from dialoog_app.ui.clock import alerts

PACKAGE = Path(__file__).resolve().parent.parent / "dialoog_app"


def test_every_setting_is_declared_once_and_only_read_through_the_schema() -> None:
    keys = [s.key for s in settings.ALL]
    assert len(keys) == len(set(keys))
    literal_use = re.compile(r"""(setValue|\.value)\(\s*["']""")
    elsewhere = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if path.name != "settings.py" and literal_use.search(path.read_text(encoding="utf-8"))
    ]
    assert elsewhere == []


def test_settings_are_typed_with_defaults_and_survive_nonsense(private_data_dir: Path) -> None:
    assert settings.CLOCK_WARNING_MINUTES.get() == 2
    assert settings.CLOCK_SOUND.get() is True
    assert settings.recent_projects() == [] and settings.last_project() is None
    alerts.set_warning_minutes(5)
    alerts.set_sound_enabled(False)
    assert (alerts.warning_minutes(), alerts.sound_enabled()) == (5, False)
    ini = private_data_dir / "settings.ini"
    assert "warning_minutes=5" in ini.read_text()
    # A hand-edited file with nonsense gives the default, never a crash.
    ini.write_text("[clock]\nwarning_minutes=veel\nsound=misschien\n")
    assert settings.CLOCK_WARNING_MINUTES.get() == 2
    assert settings.CLOCK_SOUND.get() is False
    settings.remember_project(Path("/a/Putten.dialoog"))
    settings.remember_project(Path("/b/Ermelo.dialoog"))
    assert settings.recent_projects() == [Path("/b/Ermelo.dialoog"), Path("/a/Putten.dialoog")]
    assert settings.last_project() == Path("/b/Ermelo.dialoog")


def test_the_timer_check_sees_a_timer_wherever_it_is_parented(qtbot: QtBot) -> None:
    """A parentless repeating timer, or a single shot that never fires, is found."""
    from PySide6.QtCore import QTimer

    tracker = conftest._TimerTracker()
    loose = QTimer()  # parented to nothing: the old window check could not see it
    tracker.start(loose, 1000)
    tracker.single_shot(60_000, lambda: None)
    assert len(tracker.running()) == 2
    loose.stop()
    for timer in list(tracker.shots):
        timer.stop()
    assert tracker.running() == []
