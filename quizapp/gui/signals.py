"""Guards against PySide6 builds that drop references to None, True and False (6.12.0 does on
Python 3.11), and emitting a signal without PySide6's reference leak on its return value.

PySide6 6.12's `SignalInstance.emit()` returns True or False without a new reference. On Python 3.11
(where True and False are not yet immortal, as they are from 3.12) each emit whose result is
dropped takes one reference from True; after a few hundred to a few thousand emits the interpreter
aborts with "bool_dealloc: deallocating True or False". Every emit in the window goes through
`emit()`, which gives the reference back when (and only when) the running PySide6 leaks it.
"""

from __future__ import annotations

import sys
from typing import Any

_leaks: bool | None = None


def _incref(value: Any) -> None:
    """Give `value` one reference; ctypes is imported only on a PySide6 that needs this."""
    import ctypes

    incref = ctypes.pythonapi.Py_IncRef
    incref.argtypes = [ctypes.py_object]
    incref.restype = None
    incref(value)


def emit_leaks_a_reference() -> bool:
    """Whether this PySide6 returns emit()'s result without a reference (measured once)."""
    global _leaks
    if _leaks is None:
        from PySide6.QtCore import QObject, Signal

        class _Probe(QObject):
            probe = Signal()

        obj = _Probe()
        results = []
        before = sys.getrefcount(True) + sys.getrefcount(False)
        for _ in range(8):
            results.append(obj.probe.emit())
        held = sys.getrefcount(True) + sys.getrefcount(False)
        # With a correct emit, holding the 8 results adds 8 references; with the leak, none.
        _leaks = held - before < 8
        for value in results:
            if _leaks:
                _incref(value)
        results.clear()
    return _leaks


def emit(signal: Any, *args: Any) -> None:
    result = signal.emit(*args)
    if result is not None and emit_leaks_a_reference():
        _incref(result)


def pin_singletons_if_leaking() -> bool:
    """On Python < 3.12 with a PySide6 that returns None without a reference (6.12.0 does, from every
    void call such as QLabel.setText), give None, True and False a reference count no session can
    use up, as Python 3.12 does by making them immortal. Without this the interpreter aborts with
    "deallocating None" after a few thousand calls. quizapp pins a PySide6 without the bug; this
    keeps a window alive on one that has it. Returns whether it was needed."""
    if sys.version_info >= (3, 12):
        return False
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(16):
        probe.setObjectName("probe")
    if sys.getrefcount(None) - before > -8:
        return False
    import ctypes

    for singleton in (None, True, False):
        # ob_refcnt is a PyObject's first field (Py_ssize_t) in CPython 3.11 and earlier.
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40
    return True
