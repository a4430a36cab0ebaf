"""The bundle's ICU data (packaging/icu_data.py): Dutch and English kept, the package
format rebuilt exactly, and Qt working the same on the smaller library."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "packaging"))

import icu_data  # packaging/ is no package

QT_LIB = Path(__import__("PySide6").__file__).parent / "Qt" / "lib"
ICU = sorted(p for p in QT_LIB.glob("libicudata.so.*") if not p.is_symlink())

# What Qt asks ICU for: collation, case mapping, text layout (with Thai and Japanese).
PROBE = """
from PySide6.QtCore import QCollator, QLocale
from PySide6.QtGui import QFont, QGuiApplication, QTextLayout
app = QGuiApplication([])
loaded = {line.split()[-1] for line in open("/proc/self/maps") if "libicudata" in line}
print(*loaded)
dutch = QCollator(QLocale("nl_NL"))
words = ["zee", "Éénheid", "appel", "IJsselmeer", "ijs", "Zuid", "école", "Ábc"]
print(sorted(words, key=dutch.sortKey))
print(QLocale("nl_NL").toUpper("ijsselmeer straße"), QLocale("tr_TR").toUpper("istanbul"))
layout = QTextLayout("Ontmoetingsplekken in de wijk voor jongeren. 日本語テキスト ภาษาไทย", QFont())
layout.beginLayout()
lines = 0
while (line := layout.createLine()).isValid():
    line.setLineWidth(120)
    lines += 1
layout.endLayout()
print(lines)
"""


def test_only_dutch_english_and_what_is_no_locale_is_kept() -> None:
    kept = ["root.res", "nl.res", "nl_BE.res", "en_GB.res", "coll/nl.res", "coll/ucadata.icu",
            "pool.res", "res_index.res", "coll/res_index.res", "brkitr/line.brk",
            "cnvalias.icu", "zone/root.res", "supplementalData.res", "likelySubtags.res",
            "uts46.nrm"]  # fmt: skip
    dropped = ["de.res", "fr_CA.res", "zh_Hant.res", "coll/zh.res", "haw.res",
               "ibm-5348_P100-1997.cnv", "brkitr/cjdict.dict", "translit/root.res",
               "unit/sr_Latn.res", "unames.icu", "rbnf/nl.res"]  # fmt: skip
    assert [item for item in kept if not icu_data.keep(item)] == []
    assert [item for item in dropped if icu_data.keep(item)] == []


@pytest.mark.skipif(not ICU or sys.platform != "linux", reason="ICU comes with Qt on Linux only")
def test_the_package_is_rebuilt_byte_for_byte() -> None:
    data = icu_data._rodata(ICU[0].read_bytes())
    items = icu_data.items(data)
    assert len(items) > 1000 and any(name.endswith("/nl.res") for name in items)
    header = data[: int.from_bytes(data[:2], "little")]
    rebuilt = icu_data.package(header, items)
    # The same bytes but for the padding before the first item (ICU pads with 0xAA).
    assert len(rebuilt) == len(data)
    assert sum(a != b for a, b in zip(rebuilt, data, strict=True)) < 16


@pytest.mark.skipif(not ICU or sys.platform != "linux", reason="ICU comes with Qt on Linux only")
@pytest.mark.skipif(shutil.which("cc") is None, reason="linking the library needs a C compiler")
def test_qt_works_the_same_on_the_smaller_library(tmp_path: Path) -> None:
    smaller = tmp_path / ICU[0].name
    shutil.copy(ICU[0], smaller)
    before, after = icu_data.slim(smaller) or (0, 0)
    assert after < before / 4  # 31 MB → about 4.5 MB

    def probe(library_path: str) -> list[str]:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LD_LIBRARY_PATH": library_path}
        run = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True,
                             text=True, check=True)  # fmt: skip
        return run.stdout.splitlines()

    whole, slim = probe(""), probe(str(tmp_path))
    assert whole[0] == str(ICU[0]) and slim[0] == str(smaller)  # each ran on its own
    assert slim[1:] == whole[1:]
    assert slim[1] == "['Ábc', 'appel', 'école', 'Éénheid', 'ijs', 'IJsselmeer', 'zee', 'Zuid']"
