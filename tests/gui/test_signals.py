"""Emitting signals must not eat references to True/False (PySide6 6.12 on Python 3.11 does):
a long study session emits thousands of them."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from quizapp.gui.signals import emit

GUI = Path(__file__).resolve().parents[2] / "quizapp" / "gui"


class _Source(QObject):
    happened = Signal(int)
    bare = Signal()


def test_emit_keeps_reference_counts(qapp):
    source = _Source()
    seen = []
    source.happened.connect(seen.append)
    # One emit of each first: whatever a first call caches (once) is not a leak per emit.
    emit(source.happened, -1)
    emit(source.bare)
    seen.clear()
    before = (sys.getrefcount(True), sys.getrefcount(False))
    for i in range(3000):
        emit(source.happened, i)
        emit(source.bare)
    assert len(seen) == 3000
    assert (sys.getrefcount(True), sys.getrefcount(False)) == before


def test_many_worker_results_do_not_crash(qapp, qtbot):
    from quizapp.gui.worker import TaskRunner

    runner = TaskRunner()
    done = []
    before = sys.getrefcount(True)
    for i in range(3000):
        runner.run(lambda i=i: None if i % 2 else True, done.append)
    qtbot.waitUntil(lambda: len(done) == 3000, timeout=20000)
    runner.shutdown()
    assert done.count(None) == 1500
    assert sys.getrefcount(True) >= before  # not drained by the emits (the results list holds some)


def test_the_window_emits_only_through_the_helper():
    offenders = []
    for path in sorted(GUI.rglob("*.py")):
        if path.name == "signals.py":
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"\.emit\b", line):
                offenders.append(f"{path.relative_to(GUI)}:{n}: {line.strip()}")
    assert offenders == []


def test_void_calls_do_not_use_up_none(qapp):
    """PySide6 6.12.0 on Python 3.11 drops a reference to None on every void call; quizapp pins a
    version without the bug, and guards the window against one that has it."""
    from PySide6.QtWidgets import QLabel

    from quizapp.gui.signals import pin_singletons_if_leaking

    pinned = pin_singletons_if_leaking()
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(20000):
        label.setText("x")
    assert pinned or sys.getrefcount(None) - before > -1000
