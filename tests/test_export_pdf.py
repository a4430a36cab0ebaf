"""The built-in verslag rendered by LibreOffice (when installed): real pages come out.

For a person's eyes: ``python -m pytest tests/test_export_pdf.py`` leaves PNGs of the first
pages in tests/screenshots/ (with pdftoppm, when installed) — look at them.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from chart_support import CHARTS
from conftest import SCREENSHOTS
from dialoog_app.services.minutes import MinutesRequest, export_minutes
from dialoog_app.services.workspace import Workspace
from export_support import ran_demo

OFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(OFFICE is None, reason="LibreOffice is not installed")
def test_libreoffice_renders_the_verslag(workspace: Workspace, tmp_path: Path) -> None:
    ran_demo(workspace, notes=150, opgaven=4)
    document = tmp_path / "verslag.docx"
    export_minutes(workspace, MinutesRequest(author="Beleidsadviseur"), document, charts=CHARTS)
    profile = tmp_path / "lo-profile"  # a private profile: no clash with a running office
    subprocess.run(
        [
            str(OFFICE),
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(document),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = (tmp_path / "verslag.pdf").read_bytes()
    assert pdf.startswith(b"%PDF")
    pages = len(re.findall(rb"/Type\s*/Page(?!s)", pdf))
    assert pages >= 8  # title page, contents, meeting, tables, opgaven, afspraken, appendix
    if shutil.which("pdftoppm"):
        SCREENSHOTS.mkdir(exist_ok=True)
        subprocess.run(
            ["pdftoppm", "-r", "60", "-png", "-l", "6", str(tmp_path / "verslag.pdf"),
             str(SCREENSHOTS / "verslag-page")],
            check=True,
            timeout=120,
        )  # fmt: skip
