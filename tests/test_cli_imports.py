"""The headless reads stay light: ``dialoog info``, ``dialoog export`` (docx and json),
``dialoog schema`` and ``dialoog check`` import nothing of SQLAlchemy, Alembic or Qt on a
file at the schema head (``info`` and the verslag not even pydantic), and an older file still opens
(through the full, migrating path)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from dialoog_app.services.demo import create_demo

HEAVY = ("sqlalchemy", "alembic", "PySide6", "shiboken6")
# Importing pydantic is a fifth of `dialoog info`'s half second (issue 13); the archive
# (export --format json) and the schema are pydantic models, the rest is plain.
WITHOUT_PYDANTIC = {"info", "info-json", "export-docx", "export-table"}
NOT_THEIRS = ("dialoog_app.cli.import_cmd", "dialoog_app.cli.merge_cmd", "dialoog_app.exchange")

# Runs the real CLI in a fresh interpreter and reports what it imported, then its code.
RUN_AND_LIST_MODULES = """
import json, sys
from dialoog_app.cli.main import main
code = main(sys.argv[1:])
sys.stdout.flush()
print("\\nMODULES " + json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def _run(args: list[str], data_dir: Path) -> tuple[int, str, list[str]]:
    env = {**os.environ, "DIALOOG_DATA_DIR": str(data_dir), "DIALOOG_LANG": "nl"}
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run(
        [sys.executable, "-c", RUN_AND_LIST_MODULES, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )
    output, _, listed = result.stdout.rpartition("\nMODULES ")
    assert listed, result.stderr
    report = json.loads(listed)
    return report["code"], output, report["modules"]


def _heavy(modules: list[str]) -> list[str]:
    return [m for m in modules if m.split(".")[0] in HEAVY]


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "Putten.dialoog"
    create_demo(path, notes=300, opgaven=3)
    return path


@pytest.mark.parametrize(
    "command",
    [
        ["info", "{project}"],
        ["info", "{project}", "--json"],
        ["export", "{project}", "--out", "{out}/verslag.docx"],
        [
            "export",
            "{project}",
            "--out",
            "{out}/verslag.docx",
            "--meeting",
            "Dialoogtafels Samenleving",
            "--table",
            "Tafel Noord",
        ],
        ["export", "{project}", "--format", "json", "--out", "{out}/archief.json"],
        ["schema"],
        ["check", "{project}"],
    ],
    ids=["info", "info-json", "export-docx", "export-table", "export-json", "schema", "check"],
)
def test_reading_commands_import_neither_sqlalchemy_nor_qt(
    project: Path, tmp_path: Path, command: list[str], request: pytest.FixtureRequest
) -> None:
    before = project.read_bytes()
    args = [a.format(project=project, out=tmp_path) for a in command]
    code, output, modules = _run(args, tmp_path / "data")
    assert code == 0, output
    assert _heavy(modules) == []
    assert "sqlite3" in modules or command == ["schema"]
    if request.node.callspec.id in WITHOUT_PYDANTIC:
        assert [m for m in modules if m.split(".")[0] in ("pydantic", "pydantic_core")] == []
    if command[0] in ("info", "export"):  # only their own command's parser (main.COMMANDS)
        assert [m for m in modules if m.startswith(NOT_THEIRS)] == []
    if command[0] == "info":
        assert [m for m in modules if m.split(".")[0] in ("docx", "lxml")] == []
    if command[0] == "check":
        assert "Inhoud: 1 bijeenkomst, 300 notities, 3 opgaven" in output
    assert project.read_bytes() == before  # read, never written
    if command[0] == "info" and "--json" not in command:
        assert "Bijeenkomst: Dialoogtafels Samenleving — dinsdag 11 april 2023" in output


def test_a_file_not_at_the_head_takes_the_full_path(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only a file at this version's head is read directly; any other goes through the
    workspace (which backs it up and migrates it), and reads the same."""
    from dialoog_app.services.info import project_info
    from dialoog_app.services.reading import open_for_reading
    from dialoog_app.services.workspace import Workspace
    from dialoog_app.store import reader

    direct = open_for_reading(project)
    try:
        assert isinstance(direct, reader.ProjectReader)
        expected = project_info(direct)
    finally:
        direct.close()
    monkeypatch.setattr(reader, "SHIPPED_REVISION", "0001")  # as if this file were older
    full = open_for_reading(project)
    try:
        assert isinstance(full, Workspace)
        assert project_info(full) == expected
    finally:
        full.close()


def test_the_reader_refuses_what_every_open_refuses(tmp_path: Path) -> None:
    """The same checks (store/opening.py): here an empty file and another program's."""
    from dialoog_app.domain import errors
    from dialoog_app.store.reader import open_reader

    empty = tmp_path / "leeg.dialoog"
    empty.write_bytes(b"")
    with pytest.raises(errors.EmptyFileError):
        open_reader(empty)
    foreign = tmp_path / "ander.dialoog"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE t (x)")
    before = foreign.read_bytes()
    with pytest.raises(errors.ForeignDatabaseError):
        open_reader(foreign)
    assert foreign.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ander.dialoog", "leeg.dialoog"]


def test_cli_catalogue_and_settings_read_what_qt_reads(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """catalogue.py gives every message Qt's translators give; user_settings.py reads the
    language and the author name QSettings wrote (quotes, commas, accents)."""
    from PySide6.QtCore import QCoreApplication, QSettings

    from dialoog_app.cli import catalogue, safety_cmd, user_settings
    from dialoog_app.ui import i18n, settings
    from dialoog_app.ui.safety import author

    language_of_the_other_tests = i18n.chosen_language()
    monkeypatch.setenv("DIALOOG_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("DIALOOG_LANG", raising=False)
    i18n.install_translators(qapp, "nl")
    try:
        messages, _rules = catalogue._catalogue("nl")
        assert len(messages) > 500
        for (context, source, comment), forms in messages.items():
            assert QCoreApplication.translate(context, source, comment or None) == forms[0]
        assert catalogue.translate("Plurals", "%Ln note(s)", "", 1234) == "1.234 notities"
        assert catalogue.translate("Plurals", "%Ln note(s)", "", 1) == "1 notitie"
        for source in safety_cmd._COUNTED:  # the CLI's counted words are the app's
            assert len(messages[("Plurals", source, "")]) == 2
    finally:
        i18n.install_translators(qapp, language_of_the_other_tests)
    settings.LANGUAGE.set("en")
    author.set_author_name('Ëlla "de" Vries, Wijk; 3\\x')
    QSettings().sync()
    assert user_settings.language() == "en" == settings.LANGUAGE.get()
    assert user_settings.author_name() == author.author_name() == 'Ëlla "de" Vries, Wijk; 3\\x'
    catalogue._setting.cache_clear()  # read once a process: this test changed it
    assert catalogue.chosen_language() == "en"
