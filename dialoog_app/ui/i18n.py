"""One translation system for the whole app: Qt Linguist.

Source strings are English (``tr()`` in widgets, ``QT_TRANSLATE_NOOP`` in the core); the
Dutch ``.qm`` files in ``resources/i18n`` are loaded by default. Each area of the app has
its own ``<area>_<lang>.ts`` so that work on one screen does not touch another's file.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from dialoog_app import paths
from dialoog_app.domain.i18n import QT_TRANSLATE_NOOP, Text

LANGUAGES = {"nl": "Nederlands", "en": "English"}
DEFAULT_LANGUAGE = "nl"
_installed: list[QTranslator] = []

# Qt's own Dutch catalogue (qtbase_nl) leaves these of the file dialog in English or odd;
# ours are installed after it and so win (app_nl.ts, context QFileDialog).
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Shortcut"),
    QT_TRANSLATE_NOOP(
        "QFileDialog", "%1\nFile not found.\nPlease verify the correct file name was given."
    ),
)


def chosen_language() -> str:
    """``DIALOOG_LANG`` wins (scripts, tests), then the user's setting, then Dutch."""
    from .settings import LANGUAGE

    lang = os.environ.get("DIALOOG_LANG") or LANGUAGE.get()
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def install_translators(app: QCoreApplication, lang: str | None = None) -> str:
    lang = lang or chosen_language()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if lang != "en":
        # Qt's own texts first (standard buttons, text-field menus), then ours.
        qt_catalogue = QTranslator(app)
        if qt_catalogue.load(
            f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            app.installTranslator(qt_catalogue)
            _installed.append(qt_catalogue)
        for qm in sorted(paths.resource("i18n").glob(f"*_{lang}.qm")):
            translator = QTranslator(app)
            if translator.load(str(qm)):
                app.installTranslator(translator)
                _installed.append(translator)
    # Dates and numbers follow the language: "dinsdag 11 april 2023".
    QLocale.setDefault(
        QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
        if lang == "nl"
        else QLocale(QLocale.Language.English)
    )
    return lang


def translate(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def text(message: Text) -> str:
    """A core message (an error, a label) in the user's language."""
    return translate(message.context, message.source).format(**message.args)
