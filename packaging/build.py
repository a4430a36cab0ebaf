"""Build the one-folder app with PyInstaller, smoke-test it, and pack it.

    pip install -e '.[build,test]'
    python packaging/build.py            # → dist/dialoog/ and dist/dialoog-VERSION-OS-ARCH.tar.gz
    python packaging/build.py --no-test  # skip the smoke test (not for a release)

Steps: render the app icon's PNG sizes (and the .ico Windows wants) from the one SVG with
QSvgRenderer; run PyInstaller on packaging/dialoog.spec; replace Qt's ICU data by its
Dutch and English part (icu_data.py); put the .desktop file and icons beside the program
(Linux); run the smoke test (``pytest -m build``: selftest, new, demo, export to Word and
JSON, info, on a fresh data folder); pack the folder; print its size.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

from icu_data import slim

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
DIST = ROOT / "dist"
APP = DIST / "dialoog"
ICON_SVG = ROOT / "resources" / "icons" / "dialoog.svg"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
SIZE_AIM_MB = 150


def version() -> str:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    return str(project["version"])


def render_icons(target: Path) -> list[Path]:
    """PNG sizes of the SVG icon, and a multi-size .ico (Qt writes that format too)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(ICON_SVG))
    if not renderer.isValid():
        raise SystemExit(f"{ICON_SVG} is not a valid SVG")
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        png = target / f"dialoog-{size}.png"
        image.save(str(png))
        written.append(png)
        if size == 256:
            image.save(str(target / "dialoog.ico"))  # Windows: the .exe's icon
    return written


def run_pyinstaller() -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--distpath",
            str(DIST),
            "--workpath",
            str(BUILD / "pyinstaller"),
            str(ROOT / "packaging" / "dialoog.spec"),
        ],
        check=True,
        cwd=ROOT,
    )


def strip_libraries(folder: Path) -> int:
    """Strip debug symbols from the bundled ELF libraries, as PyInstaller's ``strip`` would,
    but leave the wheels' vendored libraries (``numpy.libs``, ``pillow.libs`` …) alone:
    stripping numpy's OpenBLAS makes it unloadable ("ELF load command address/offset not
    page-aligned"). Returns the bytes saved; the smoke test then runs on the result."""
    strip = shutil.which("strip")
    if strip is None or not sys.platform.startswith("linux"):
        return 0
    saved = 0
    for path in sorted(folder.rglob("*")):
        if path.is_symlink() or not path.is_file() or any(p.endswith(".libs") for p in path.parts):
            continue
        with path.open("rb") as file:
            if file.read(4) != b"\x7fELF":
                continue
        before = path.stat().st_size
        if subprocess.run([strip, "--strip-unneeded", str(path)], capture_output=True).returncode:
            continue  # not strippable (e.g. already minimal): keep it as it is
        saved += before - path.stat().st_size
    return saved


def slim_icu(folder: Path) -> int:
    """Qt's ICU data library cut to Dutch and English (see icu_data.py); the bytes saved.
    Windows and macOS Qt use the system's ICU: nothing to do there."""
    saved = 0
    for library in folder.rglob("libicudata.so.*"):
        if library.is_symlink():
            continue
        sizes = slim(library)
        if sizes is None:
            print("no C compiler: Qt's ICU data kept whole")
            return 0
        saved += sizes[0] - sizes[1]
    return saved


def add_desktop_files(icons: list[Path]) -> None:
    """Linux: the .desktop file and the icons in the hicolor layout, ready to copy to
    ~/.local/share (see packaging/README.md)."""
    share = APP / "share"
    shutil.copy(ROOT / "packaging" / "linux" / "dialoog.desktop", share / "applications")
    for png in icons:
        size = png.stem.rsplit("-", 1)[1]
        folder = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy(png, folder / "dialoog.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy(ICON_SVG, scalable / "dialoog.svg")


def smoke_test() -> None:
    env = {**os.environ, "DIALOOG_BUILT_APP": str(APP)}
    subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-m", "build",
         str(ROOT / "tests" / "test_build.py")],
        check=True,
        cwd=ROOT,
        env=env,
    )  # fmt: skip


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def pack() -> Path:
    machine = platform.machine().lower() or "unknown"
    archive = DIST / f"dialoog-{version()}-{sys.platform}-{machine}.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(APP, arcname=f"dialoog-{version()}")
    return archive


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-test", action="store_true", help="skip the smoke test")
    args = parser.parse_args()
    started = time.perf_counter()
    icons = render_icons(BUILD / "icons")
    run_pyinstaller()
    if saved := slim_icu(APP):
        print(f"ICU data cut to Dutch and English: {saved / 2**20:.0f} MB saved")
    saved = strip_libraries(APP)
    if saved:
        print(f"stripped the bundled libraries: {saved / 2**20:.0f} MB saved")
    if sys.platform.startswith("linux"):
        (APP / "share" / "applications").mkdir(parents=True, exist_ok=True)
        add_desktop_files(icons)
    built = time.perf_counter() - started
    if not args.no_test:
        smoke_test()
    archive = pack() if sys.platform != "win32" else None
    size_mb = folder_size(APP) / 2**20
    print(f"\nbuilt {APP} in {built:.0f} s: {size_mb:.0f} MB unpacked (aim ≤ {SIZE_AIM_MB} MB)")
    if archive is not None:
        print(f"packed {archive.name}: {archive.stat().st_size / 2**20:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
