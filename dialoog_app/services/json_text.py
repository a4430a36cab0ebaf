"""JSON text exactly as pydantic writes it (``model_dump_json(indent=2)``), from plain
values: dicts, lists, str, int, float, bool, None, and dates, times and datetimes.

``dialoog info --json`` writes its documented model (info_schema.py) through this, so the
command never pays for pydantic's import; tests/test_info_json.py compares the two on a
demo project and on awkward values (floats, offsets, control characters).
"""

from __future__ import annotations

import datetime as dt
import math
from json.encoder import encode_basestring
from typing import Any

INDENT = "  "


def dumps(value: Any) -> str:
    """``value`` as pydantic's indented JSON (no trailing newline)."""
    return _text(value, "")


def _text(value: Any, indent: str) -> str:
    if isinstance(value, dict):
        if not value:
            return "{}"
        inner = indent + INDENT
        items = (f"{inner}{_string(str(k))}: {_text(v, inner)}" for k, v in value.items())
        return "{\n" + ",\n".join(items) + f"\n{indent}}}"
    if isinstance(value, list | tuple):
        if not value:
            return "[]"
        inner = indent + INDENT
        return "[\n" + ",\n".join(inner + _text(v, inner) for v in value) + f"\n{indent}]"
    return _scalar(value)


def _scalar(value: Any) -> str:
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, int):
        return str(int(value))
    if isinstance(value, float):
        return _float(value)
    if isinstance(value, dt.datetime):
        return _string(_datetime(value))
    if isinstance(value, dt.date | dt.time):
        return _string(value.isoformat())
    raise TypeError(f"not JSON: {value!r}")


def _string(text: str) -> str:
    # The same escapes as pydantic's serde_json: quote, backslash, control characters.
    return str(encode_basestring(text))


def _float(number: float) -> str:
    """Python's shortest repr, as pydantic writes it: not-a-number and infinities as null;
    plain digits down to 1e-5 (Python switches at 1e-4); exponents without zero padding."""
    if not math.isfinite(number):
        return "null"
    text = repr(number)
    mantissa, e, exponent = text.partition("e")
    if not e or exponent[0] == "+":
        return text
    power = int(exponent)
    if power >= -5:
        digits = mantissa.replace("-", "").replace(".", "")
        sign = "-" if number < 0 else ""
        return f"{sign}0.{'0' * (-power - 1)}{digits.rstrip('0') or '0'}"
    return f"{mantissa}e{power}"


def _datetime(moment: dt.datetime) -> str:
    """ISO 8601; UTC as ``Z``, another offset to the minute (pydantic drops its seconds)."""
    offset = moment.utcoffset()
    if offset is None:
        return moment.isoformat()
    local = moment.replace(tzinfo=None).isoformat()
    # To the second, halves away from zero, as pydantic reads it; then to the minute.
    seconds = int(abs(offset.total_seconds()) + 0.5)
    if not seconds:
        return local + "Z"
    minutes = seconds // 60
    sign = "-" if offset < dt.timedelta(0) else "+"
    return f"{local}{sign}{minutes // 60:02d}:{minutes % 60:02d}"
