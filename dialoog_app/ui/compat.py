"""Work-arounds for defects of the Qt binding, each with the reason it is needed."""

from __future__ import annotations

import ctypes
import sys

_NONE_RESERVE = 1 << 40


def keep_none_alive() -> None:
    """PySide6 6.12.0 on Python 3.11 drops one reference to ``None`` on every call of a
    C++ method that returns nothing (``label.setText``, ``painter.save`` …) — harmless on
    Python 3.12+, where ``None`` is immortal (PEP 683), fatal here: after some 5,000 such
    calls Python aborts with "deallocating None" (the clock alone makes 16 a second).
    PySide6 6.11.3 does not do this. Until the binding is fixed, give ``None`` so many
    references that it cannot run out — which is what Python 3.12 does itself.
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    refcount = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt, PyObject's first field
    if refcount.value < _NONE_RESERVE:
        refcount.value += _NONE_RESERVE
