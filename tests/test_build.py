"""Smoke test of the PyInstaller build: the built program on a fresh data folder.

Marked ``build`` (deselected by default: building takes minutes). Run by
``python packaging/build.py`` after building, or by hand:
``DIALOOG_BUILT_APP=dist/dialoog pytest -m build tests/test_build.py``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.build

APP = Path(os.environ.get("DIALOOG_BUILT_APP", Path(__file__).parent.parent / "dist" / "dialoog"))
PROGRAM = APP / ("dialoog.exe" if sys.platform == "win32" else "dialoog")


def built(
    *args: str, data: Path, extra: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "VIRTUAL_ENV"))  # nothing of the build's Python
    }
    env.update({"DIALOOG_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen", **(extra or {})})
    return subprocess.run(
        [str(PROGRAM), *args], capture_output=True, text=True, env=env, timeout=300
    )


def test_the_built_program_runs_every_command(tmp_path: Path) -> None:
    if not PROGRAM.exists():
        pytest.fail(f"no build at {PROGRAM}: run python packaging/build.py")
    data = tmp_path / "fresh data folder"

    selftest = built("selftest", data=data)
    assert selftest.returncode == 0, selftest.stderr
    assert selftest.stdout.startswith("selftest: ok — selftest, 0 notities")

    empty = tmp_path / "Leeg.dialoog"
    new = built("new", str(empty), "--name", "Leeg project", data=data)
    assert new.returncode == 0, new.stderr
    assert "Project aangemaakt" in new.stdout

    demo = tmp_path / "Putten.dialoog"
    made = built("demo", str(demo), "--notes", "300", data=data)
    assert made.returncode == 0, made.stderr

    word = tmp_path / "verslag.docx"
    exported = built("export", str(demo), "--out", str(word), data=data)
    assert exported.returncode == 0, exported.stderr
    with zipfile.ZipFile(word) as docx:  # a real Word file, from the bundled template
        body = docx.read("word/document.xml").decode("utf-8")
    assert "Dialoogtafels Samenleving" in body

    archive = tmp_path / "archief.json"
    as_json = built("export", str(demo), "--format", "json", "--out", str(archive), data=data)
    assert as_json.returncode == 0, as_json.stderr
    written = json.loads(archive.read_text("utf-8"))
    assert written["format"] == "dialoog-archive" and written["app_version"] == _version()

    info = built("info", str(demo), data=data)
    assert info.returncode == 0, info.stderr
    assert "Bijeenkomst: Dialoogtafels Samenleving" in info.stdout  # Dutch: .qm bundled

    # The real start-up: QtNetwork's QLocalServer (the single-instance socket) is bundled.
    started = built("selftest", str(demo), data=data)
    assert started.returncode == 0, started.stderr
    assert "300 notities" in started.stdout

    _survey_charts_and_plan_documents(tmp_path, demo, data)
    _encrypted_project(tmp_path, data)

    version = built("--version", data=data)
    assert version.returncode == 0 and version.stdout.strip() == f"dialoog {_version()}"


def test_the_bundle_leaves_out_what_the_app_never_uses() -> None:
    """The spec's and build.py's cuts (packaging/README.md): ICU's data for two languages,
    no OpenSSL, no numpy parts nobody loads, the desktop's libraries left to the system."""
    if not PROGRAM.exists():
        pytest.fail(f"no build at {PROGRAM}: run python packaging/build.py")
    names = {path.name for path in APP.rglob("*")}
    assert not names & {"tls", "generic", "networkinformation", "random", "objectify"}
    assert not [n for n in names if n.startswith(("libssl.", "libcrypto.", "libQt6OpenGL"))]
    if sys.platform.startswith("linux"):
        [icu] = [p for p in APP.rglob("libicudata.so.*") if not p.is_symlink()]
        assert icu.stat().st_size < 8 * 2**20  # the whole data is 31 MB
        desktop = ("libX11.", "libglib-2", "libdbus-1", "libfontconfig", "libstdc++", "libcairo")
        assert not [n for n in names if n.startswith(desktop)]


def _survey_charts_and_plan_documents(tmp_path: Path, demo: Path, data: Path) -> None:
    """Qt paints the charts in the bundle too (the offscreen platform, fonts): the survey
    chapter has its charts, the voortgang its indicators'."""
    import docx

    from import_fixtures import survey_csv

    sheet, _rows = survey_csv(tmp_path, respondents=40)
    imported = built("import", str(demo), str(sheet), "--meeting", "Enquête", "--survey", data=data)
    assert imported.returncode == 0, imported.stderr
    word = tmp_path / "met enquête.docx"
    exported = built("export", str(demo), "--out", str(word), data=data)
    assert exported.returncode == 0, exported.stderr
    assert len(docx.Document(str(word)).inline_shapes) >= 5  # a chart per closed question
    for document in ("plan", "voortgang"):
        out = tmp_path / f"{document}.docx"
        made = built("export", str(demo), "--document", document, "--out", str(out), data=data)
        assert made.returncode == 0, made.stderr
        assert out.stat().st_size > 10_000


def _encrypted_project(tmp_path: Path, data: Path) -> None:
    """sqlcipher3 is bundled: an encrypted project is made and read with its passphrase."""
    secret = tmp_path / "Geheim.dialoog"
    env = {"DIALOOG_PASSPHRASE": "correct paard batterij niet"}
    made = built("new", str(secret), "--encrypt", data=data, extra=env)
    assert made.returncode == 0, made.stderr
    assert b"SQLite format 3" not in secret.read_bytes()[:16]
    info = built("info", str(secret), data=data, extra=env)
    assert info.returncode == 0, info.stderr
    refused = built("info", str(secret), data=data, extra={"DIALOOG_PASSPHRASE": "fout"})
    assert refused.returncode == 2 and "wachtwoord" in refused.stderr.lower()


def _version() -> str:
    import tomllib

    pyproject = Path(__file__).parent.parent / "pyproject.toml"
    return str(tomllib.loads(pyproject.read_text("utf-8"))["project"]["version"])
