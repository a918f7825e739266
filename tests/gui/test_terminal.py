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
    with qtbot.waitSignal(term.started, timeout=10000):
        term.start(cwd=tmp_path, argv=["/bin/sh"])
        # the shell is spawned on a thread: typing right away is kept for it
        assert term.active and not term.running
        term.setFocus()
        qtbot.keyClicks(term, "echo quiz$((40+2))")
        qtbot.keyClick(term, Qt.Key_Return)
    assert term.running
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


def test_stopping_a_shell_leaves_the_gui_thread_free(qtbot, tmp_path):
    """ptyprocess sleeps 0.1 s after each signal it sends a shell: that happens off the GUI thread."""
    import threading

    term = TerminalWidget(columns=60, rows=10)
    qtbot.addWidget(term)
    with qtbot.waitSignal(term.started, timeout=10000):
        term.start(cwd=tmp_path, argv=["/bin/sh"])
    process = term.process
    closed_on: list[int] = []
    original_close = process.close

    def recording_close(*args, **kwargs):
        closed_on.append(threading.get_ident())
        return original_close(*args, **kwargs)

    process.close = recording_close
    term.stop()
    assert term.process is None and not term.active
    qtbot.waitUntil(lambda: not process.isalive(), timeout=10000)
    assert closed_on and threading.main_thread().ident not in closed_on
    qtbot.waitUntil(lambda: process.closed, timeout=10000)
    assert process.fd == -1  # the descriptor is closed, not left to the garbage collector


def test_a_shell_that_cannot_start_says_why(qtbot, tmp_path):
    term = TerminalWidget(columns=60, rows=10)
    qtbot.addWidget(term)
    with qtbot.waitSignal(term.exited, timeout=10000) as exited:
        term.start(cwd=tmp_path, argv=[str(tmp_path / "no-such-shell")])
    assert exited.args == [-1]
    assert not term.active and term.process is None
    assert "The shell did not start" in term.text() and "no-such-shell" in term.text()


def test_a_pane_closed_while_its_shell_starts_leaves_no_shell(qtbot, tmp_path):
    import subprocess

    import shiboken6

    marker = f"quizapp-orphan-{tmp_path.name}"
    term = TerminalWidget(columns=60, rows=10)
    term.start(cwd=tmp_path, argv=["/bin/sh", "-c", f"sleep 60 # {marker}"])
    shiboken6.delete(term)  # gone before the spawning thread reports

    def shells() -> str:
        return subprocess.run(["pgrep", "-f", marker], capture_output=True, text=True).stdout.strip()

    qtbot.wait(300)
    qtbot.waitUntil(lambda: shells() == "", timeout=10000)
