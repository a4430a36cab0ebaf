"""The two user settings a headless command needs, read without Qt.

The app keeps its settings in one INI file through ``QSettings`` (``ui/settings.py``);
importing QtCore only to read two values would cost ``dialoog info`` a fifth of a second.
So the command line reads the same file here: ``[General]`` holds the keys without a
group, a value with special characters is quoted with backslash escapes. (A test writes
both keys with QSettings and reads them back here.)
"""

from __future__ import annotations

import configparser

from dialoog_app import paths

LANGUAGE_KEY = "language"  # ui/settings.LANGUAGE
AUTHOR_KEY = "privacy/author_name"  # ui/safety/author.AUTHOR_KEY
_ESCAPES = {"\\": "\\", '"': '"', "n": "\n", "t": "\t", "r": "\r", "0": "\0"}


def read(key: str) -> str:
    """The stored text of ``key`` ("group/name", or "name" for the General group); ""."""
    group, _, name = key.rpartition("/")
    parser = configparser.RawConfigParser(interpolation=None, strict=False)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case
    try:
        parser.read(paths.user_data_dir() / "settings.ini", encoding="utf-8")
        raw = parser.get(group or "General", name, fallback="")
    except (configparser.Error, UnicodeDecodeError, OSError):
        return ""
    return _unquote(raw.strip())


def _unquote(raw: str) -> str:
    """QSettings' INI value: "quoted" with \\ escapes, or plain; @String(…) unwrapped."""
    if raw.startswith('"') and raw.endswith('"') and len(raw) >= 2:
        raw = raw[1:-1]
    out: list[str] = []
    chars = iter(range(len(raw)))
    for i in chars:
        c = raw[i]
        if c == "\\" and i + 1 < len(raw):
            nxt = raw[i + 1]
            if nxt == "x":
                digits = ""
                while i + 2 + len(digits) < len(raw) and len(digits) < 4:
                    d = raw[i + 2 + len(digits)]
                    if d not in "0123456789abcdefABCDEF":
                        break
                    digits += d
                out.append(chr(int(digits, 16)) if digits else "x")
                for _ in range(1 + len(digits)):
                    next(chars, None)
                continue
            out.append(_ESCAPES.get(nxt, nxt))
            next(chars, None)
            continue
        out.append(c)
    value = "".join(out)
    if value.startswith("@String(") and value.endswith(")"):
        value = value[len("@String(") : -1]
    return value


def language() -> str:
    return read(LANGUAGE_KEY)


def author_name() -> str:
    """The name on documents, as ``ui/safety/author.author_name`` gives it."""
    return read(AUTHOR_KEY).strip()
