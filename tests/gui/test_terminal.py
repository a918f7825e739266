"""The terminal pane: a shell in a pty drawn from a VT100 screen; keys become the bytes a terminal sends."""

from __future__ import annotations

import sys
import threading

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

    def spawning() -> bool:
        return any(t.name == "quizapp-terminal-spawn" for t in threading.enumerate())

    # No shell yet proves nothing: the spawning thread must first end (it finds the pane gone and
    # ends the shell it made), then no shell may be left.
    qtbot.waitUntil(lambda: not spawning() and shells() == "", timeout=10000)


# ----- drawing: where the text is drawn is where the cursor is --------------------------------
def _text_right_edge(image, top: int, bottom: int, background) -> int:
    """The rightmost x in rows top..bottom whose pixel is not the background (text), or -1."""
    for x in range(image.width() - 1, -1, -1):
        for y in range(max(0, top), min(image.height(), bottom)):
            colour = image.pixelColor(x, y)
            if abs(colour.red() - background.red()) + abs(colour.green() - background.green()) > 120:
                return x
    return -1


def _shell_with_cat(qtbot, term, tmp_path):
    qtbot.addWidget(term)
    term.show()
    qtbot.waitExposed(term)
    with qtbot.waitSignal(term.started, timeout=10000):
        term.start(cwd=tmp_path, argv=["/bin/cat"])  # the tty echoes what is typed: no prompt to wait for


def test_a_long_line_ends_where_the_cursor_is(qtbot, tmp_path):
    """The cursor sat about 55 px right of a 100-character line's end: it was placed on a grid of
    a rounded "M" advance while the text ran on the font's own advances."""
    from PySide6.QtGui import QColor

    term = TerminalWidget(columns=110, rows=6, fit=True)
    # A font set after the pane was made (a style, a zoom), with an advance that is not a whole
    # number of pixels: the old pane kept the first font's rounded cell.
    font = term.font()
    font.setPointSizeF(10.3)
    term.setFont(font)
    term.resize(int(term.cell_w * 112) + 10, int(term.cell_h * 6) + 10)
    _shell_with_cat(qtbot, term, tmp_path)
    assert term.columns >= 100
    term.send("W" * 100)
    qtbot.waitUntil(lambda: term.screen.cursor.x == 100, timeout=10000)
    image = term.grab().toImage()
    x, y, w, h = term.cell_rect(term.screen.cursor.x, term.screen.cursor.y)
    # the cursor's own block is drawn translucent over the background: look left of it
    text_end = _text_right_edge(image.copy(0, 0, int(x), image.height()), int(y), int(y + h), QColor("#1e1e1e"))
    assert text_end >= 0
    assert x - w <= text_end <= x + 1, f"the 100th W ends at {text_end}, the cursor starts at {x:.1f} (cell {w:.2f} px)"


def test_the_last_row_is_drawn_inside_the_pane(qtbot, tmp_path):
    """A pane shorter than its screen drew the bottom rows below its edge (the prompt vanished
    after `docker build`): the screen fits the pane, and the cursor's row is drawn in it."""
    from PySide6.QtGui import QColor

    term = TerminalWidget(columns=80, rows=24, fit=True)
    term.resize(700, 160)
    qtbot.addWidget(term)
    term.show()
    qtbot.waitExposed(term)
    assert term.rows * term.cell_h <= term.height()
    with qtbot.waitSignal(term.started, timeout=10000):
        term.start(cwd=tmp_path, argv=["/bin/sh", "-c", "for i in $(seq 40); do echo line$i; done; printf LAST; sleep 30"])
    qtbot.waitUntil(lambda: "LAST" in term.text(), timeout=10000)
    cursor = term.screen.cursor
    assert cursor.y == term.rows - 1  # scrolled: the cursor is on the bottom row
    x, y, w, h = term.cell_rect(cursor.x, cursor.y)
    assert y + h <= term.height()
    image = term.grab().toImage()
    assert _text_right_edge(image.copy(0, 0, int(x), image.height()), int(y), int(y + h), QColor("#1e1e1e")) > 0


def test_a_failed_shell_reports_its_exit_status(qtbot, tmp_path):
    """The status was read before the shell was reaped: a shell that failed said 0."""
    term = TerminalWidget(columns=60, rows=10)
    qtbot.addWidget(term)
    with qtbot.waitSignal(term.exited, timeout=10000) as ended:
        term.start(cwd=tmp_path, argv=["/bin/sh", "-c", "sleep 0.2; exit 3"])
    assert ended.args == [3]
    assert not term.running


def test_the_windows_keys_win_over_the_shell_and_ctrl_tab_leaves(qtbot, tmp_path):
    """Ctrl+H (hint) reached the shell as Backspace, Ctrl+Enter (Check) as a newline: the keys
    the pane is told are the window's fire their shortcuts and the shell sees nothing. Tab stays
    the shell's; Ctrl+Tab moves focus out."""
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

    from quizapp.gui.views.common import install_shortcuts

    page = QWidget()
    layout = QVBoxLayout(page)
    term = TerminalWidget(columns=60, rows=6)
    after = QLineEdit()
    layout.addWidget(term)
    layout.addWidget(after)
    fired: list[str] = []
    install_shortcuts(page, [("Ctrl+H", lambda: fired.append("hint")), ("Ctrl+Return", lambda: fired.append("check"))])
    term.window_keys = ("Ctrl+H", "Ctrl+Return")
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    with qtbot.waitSignal(term.started, timeout=10000):
        term.start(cwd=tmp_path, argv=["/bin/cat"])
    term.setFocus()
    qtbot.waitUntil(term.hasFocus, timeout=5000)
    qtbot.keyClicks(term, "abc")
    qtbot.waitUntil(lambda: "abc" in term.text(), timeout=5000)
    qtbot.keyClick(term, Qt.Key_H, Qt.ControlModifier)
    qtbot.keyClick(term, Qt.Key_Return, Qt.ControlModifier)
    assert fired == ["hint", "check"]
    qtbot.keyClicks(term, "d")
    qtbot.waitUntil(lambda: "d" in term.text(), timeout=5000)
    assert term.text().splitlines()[0] == "abcd"  # no Backspace erased the c, no newline came
    qtbot.keyClick(term, Qt.Key_Tab)
    assert term.hasFocus()  # Tab is the shell's (completion)
    qtbot.keyClick(term, Qt.Key_Tab, Qt.ControlModifier)
    assert after.hasFocus()
