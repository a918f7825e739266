"""The terminal pane: a shell in a pty drawn from a VT100 screen; keys become the bytes a terminal sends."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent

from quizapp.gui.terminal import TerminalWidget, key_to_bytes

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the terminal pane needs a pty (Linux, macOS)")


def test_detach_keys_and_specials_are_vt100_bytes():
    assert key_to_bytes(Qt.Key_P, Qt.ControlModifier, "") == b"\x10"
    assert key_to_bytes(Qt.Key_Q, Qt.ControlModifier, "") == b"\x11"
    assert key_to_bytes(Qt.Key_C, Qt.ControlModifier, "") == b"\x03"
    assert key_to_bytes(Qt.Key_Return, Qt.NoModifier, "\r") == b"\r"
    assert key_to_bytes(Qt.Key_Up, Qt.NoModifier, "") == b"\x1b[A"
    assert key_to_bytes(Qt.Key_A, Qt.NoModifier, "한") == "한".encode()


def test_shell_runs_and_draws(qtbot, tmp_path):
    term = TerminalWidget(columns=60, rows=10)
    qtbot.addWidget(term)
    term.show()
    term.start(cwd=tmp_path, argv=["/bin/sh"])
    assert term.running
    term.setFocus()
    qtbot.keyClicks(term, "echo quiz$((40+2))")
    qtbot.keyClick(term, Qt.Key_Return)
    qtbot.waitUntil(lambda: "quiz42" in term.text(), timeout=10000)
    # keys the window would take are the shell's while it runs, except Ctrl+1..6 (views)
    for key, modifiers, taken in ((Qt.Key_Z, Qt.ControlModifier, True), (Qt.Key_3, Qt.NoModifier, True), (Qt.Key_2, Qt.ControlModifier, False)):
        event = QKeyEvent(QEvent.ShortcutOverride, key, modifiers)
        event.ignore()
        term.event(event)
        assert event.isAccepted() == taken
    with qtbot.waitSignal(term.exited, timeout=10000):
        qtbot.keyClicks(term, "exit")
        qtbot.keyClick(term, Qt.Key_Return)
    assert not term.running
