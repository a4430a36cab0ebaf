"""The house rules that keep the code base healthy, checked on every run."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
import update_translations  # noqa: E402


def test_the_core_runs_without_qt() -> None:
    code = (
        "import sys\n"
        "import dialoog_app.services.demo, dialoog_app.services.info\n"
        "import dialoog_app.services.meetings\n"
        "import dialoog_app.store.project_file, dialoog_app.domain.kinds\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'core imported Qt'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_import_contracts_hold() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    if not lint.exists():
        pytest.skip("import-linter is not installed (pip install -e '.[test]')")
    result = subprocess.run([str(lint)], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("area", sorted(update_translations.areas()))
def test_every_ui_string_has_a_dutch_translation(area: str, tmp_path: Path) -> None:
    """Run lupdate afresh: a string in the code but not translated is English leaking out."""
    sources = update_translations.areas()[area]
    committed = ROOT / "resources" / "i18n" / f"{area}_nl.ts"
    fresh = tmp_path / committed.name
    if committed.exists():
        fresh.write_bytes(committed.read_bytes())
    update_translations.lupdate(area, sources, fresh)
    todo = update_translations.unfinished(fresh)
    assert todo == [], (
        f"untranslated in {area}: run python packaging/update_translations.py --todo, "
        f"translate, then --fill. Missing: {todo[:10]}"
    )
    _assert_compiled(committed)


def _assert_compiled(ts: Path) -> None:
    """The committed .qm says what the committed .ts says (someone ran lrelease)."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(ts.with_suffix(".qm"))), f"{ts.with_suffix('.qm').name} missing"
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            forms = [f.text or "" for f in message.iter("numerusform")]
            if forms:  # a plural: Dutch has one form for 1 and one for the rest
                for n, form in ((1, forms[0]), (2, forms[-1])):
                    assert translator.translate(name, source, "", n) == form, ts.name
                continue
            wanted = message.findtext("translation") or ""
            assert translator.translate(name, source) == wanted, (
                f"{ts.name} and its .qm differ on {source!r}: "
                "run python packaging/update_translations.py"
            )


def test_no_module_grows_past_the_house_limit() -> None:
    too_big = {
        str(p.relative_to(ROOT)): n
        for p in (ROOT / "dialoog_app").rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > 450
    }
    assert too_big == {}, f"split these by responsibility: {too_big}"


def test_many_qt_calls_do_not_exhaust_none() -> None:
    """PySide6 6.12.0 on Python 3.11 loses a reference to None per void call: the app died
    within minutes. pyproject.toml excludes that release; this proves the installed one is sound."""
    code = (
        "from dialoog_app.ui.app import make_application\n"
        "from PySide6.QtWidgets import QLabel\n"
        "app = make_application()\n"
        "label = QLabel()\n"
        "for _ in range(50_000):\n"
        "    label.update()\n"
        "print('alive')\n"
    )
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert result.returncode == 0 and "alive" in result.stdout, result.stderr[-500:]
