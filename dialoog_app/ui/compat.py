"""Work-arounds for defects of the Qt binding, each with the reason it is needed."""

from __future__ import annotations

import ctypes
import sys

_RESERVE = 1 << 40


def keep_singletons_alive() -> None:
    """PySide6 6.12.0 on Python 3.11 drops a reference to ``None`` on every call of a C++
    method that returns nothing (``label.setText``, ``painter.save`` …), and now and then
    one to ``True`` or ``False`` — harmless on Python 3.12+, where these are immortal
    (PEP 683), fatal here: after some 5,000 such calls Python aborts with "deallocating
    None" (the meeting clock alone makes 16 a second). PySide6 6.11.3 does not do this.
    Until the binding is fixed, give the three singletons so many references that they
    cannot run out — which is what Python 3.12 does itself.
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for singleton in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(singleton))  # ob_refcnt, first field
        if refcount.value < _RESERVE:
            refcount.value += _RESERVE
