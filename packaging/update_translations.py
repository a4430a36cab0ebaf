"""Keep the Qt Linguist translations in step with the source.

    python packaging/update_translations.py            # lupdate every area, then lrelease
    python packaging/update_translations.py --todo     # list strings still untranslated
    python packaging/update_translations.py --fill nl.json
        # fill untranslated strings from {"English source": "Nederlandse tekst"} (or
        # {"Context|English source": …} where one source needs two translations);
        # a plural ("%n table(s)", from self.tr(source, "", n)) takes a list of its
        # forms, for Dutch ["%n tafel", "%n tafels"]

Each area of the app has its own ``resources/i18n/<area>_nl.ts`` (the core, the app shell,
and one per ``dialoog_app/ui/<screen>/`` package), so work on one screen never conflicts
with another's translations. The compiled ``.qm`` files are committed: the app and its
wheel need no Qt tools at run time.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "dialoog_app"
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ["nl"]


def areas() -> dict[str, list[Path]]:
    """Area name → its Python sources."""
    found: dict[str, list[Path]] = {"core": [], "app": []}
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).parts
        if rel[0] == "ui" and len(rel) > 2:
            found.setdefault(rel[1], []).append(path)
        elif rel[0] == "ui":
            found["app"].append(path)
        else:
            found["core"].append(path)
    return found


def _tool(name: str) -> str:
    exe = shutil.which(f"pyside6-{name}") or str(Path(sys.executable).parent / f"pyside6-{name}")
    return exe


def lupdate(area: str, sources: list[Path], ts: Path) -> None:
    subprocess.run(
        [
            _tool("lupdate"),
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            *map(str, sources),
            "-ts",
            str(ts),
        ],
        check=True,
    )


def lrelease(ts: Path) -> None:
    subprocess.run(
        [_tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
    )


def unfinished(ts: Path) -> list[tuple[str, str]]:
    todo = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [] if translation is None else translation.findall("numerusform")
            if (
                translation is None
                or translation.get("type") == "unfinished"
                or not (forms or (translation.text or "").strip())
                or not all((f.text or "").strip() for f in forms)
            ):
                todo.append((name, message.findtext("source") or ""))
    return todo


def fill(ts: Path, mapping: dict[str, str | list[str]]) -> int:
    tree = ET.parse(ts)
    count = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            wanted = mapping.get(f"{name}|{source}", mapping.get(source))
            translation = message.find("translation")
            if wanted is None or translation is None:
                continue
            forms = translation.findall("numerusform")
            if forms and translation.get("type") == "unfinished":
                # A plural ("%n tafel(s)"): a list with one text per form, for Dutch
                # [one, more]; a single text is used for every form.
                texts = wanted if isinstance(wanted, list) else [wanted] * len(forms)
                for form, text in zip(forms, texts, strict=True):
                    form.text = text
                translation.attrib.pop("type", None)
                count += 1
            elif translation.get("type") == "unfinished" or not (translation.text or "").strip():
                translation.text = wanted
                translation.attrib.pop("type", None)
                count += 1
    # Keep lupdate's own header, so filling a file does not show up as a diff of it.
    # ...and lupdate's &apos;, so filling one area does not rewrite every other area's file.
    body = ET.tostring(tree.getroot(), encoding="unicode").replace("'", "&apos;")
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return count


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--todo", action="store_true")
    parser.add_argument("--fill", type=Path)
    args = parser.parse_args()
    I18N.mkdir(parents=True, exist_ok=True)
    mapping = json.loads(args.fill.read_text(encoding="utf-8")) if args.fill else {}
    missing = 0
    for area, sources in areas().items():
        for lang in LANGUAGES:
            ts = I18N / f"{area}_{lang}.ts"
            lupdate(area, sources, ts)
            if mapping:
                print(f"{ts.name}: filled {fill(ts, mapping)}")
            todo = unfinished(ts)
            missing += len(todo)
            if args.todo:
                for context, source in todo:
                    print(json.dumps(f"{context}|{source}", ensure_ascii=False) + ': "",')
            lrelease(ts)
    print(f"untranslated: {missing}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
