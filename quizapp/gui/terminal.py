"""A terminal pane for the interactive lab steps (`docker run -it`, `attach`, `start -a -i`,
Ctrl+P Ctrl+Q): a shell in a pseudo-terminal (ptyprocess) drawn from a VT100 screen (pyte).

Nothing here blocks the GUI thread: the shell is spawned on a short-lived thread (fork, exec, and
the first import of ptyprocess and pyte) and handed over by a queued signal; a QSocketNotifier says
when the descriptor has bytes, and only what is there is read; a shell is closed on a thread too
(ptyprocess waits 0.1 s after each signal it sends, and once more when it closes the descriptor).
Keys typed while the shell is starting are sent once it is there. Linux and macOS only; elsewhere
the pane says so.

Keys are the shell's while the pane has focus, except the window's own few (`window_keys`, such as
the lab's Check and Hint, and Ctrl+1-9 for the views) and Ctrl+Tab / Ctrl+Shift+Tab, which leave.
The screen fits the pane (with `fit`), each character is drawn at its own cell in the font the pane
draws with, and a shell's exit status is read once it is reaped.
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, QSocketNotifier, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QKeySequence, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from quizapp.gui.app import monospace_font
from quizapp.gui.i18n import translate

SUPPORTED = sys.platform != "win32"

# Keys that are not text, as the bytes a VT100 terminal sends.
KEY_BYTES = {
    Qt.Key_Return: b"\r",
    Qt.Key_Enter: b"\r",
    Qt.Key_Backspace: b"\x7f",
    Qt.Key_Tab: b"\t",
    Qt.Key_Escape: b"\x1b",
    Qt.Key_Up: b"\x1b[A",
    Qt.Key_Down: b"\x1b[B",
    Qt.Key_Right: b"\x1b[C",
    Qt.Key_Left: b"\x1b[D",
    Qt.Key_Home: b"\x1b[H",
    Qt.Key_End: b"\x1b[F",
    Qt.Key_Delete: b"\x1b[3~",
    Qt.Key_PageUp: b"\x1b[5~",
    Qt.Key_PageDown: b"\x1b[6~",
}


MARGIN = 4  # pixels between the pane's edge and the first cell


def _close_in_background(process: Any) -> None:
    """Close a shell's descriptor and end it (SIGHUP, then harder) on a thread of its own."""

    def close() -> None:
        try:
            process.close(force=True)
        except Exception:  # noqa: BLE001 - already gone, or it would not die: nothing to tell
            pass

    threading.Thread(target=close, name="quizapp-terminal-close", daemon=True).start()


def key_to_bytes(key: int, modifiers: Any, text: str) -> bytes:
    """What typing this key sends: Ctrl+letter is the control character (Ctrl+P is 0x10, Ctrl+Q 0x11)."""
    if modifiers & Qt.ControlModifier and Qt.Key_A <= key <= Qt.Key_Z:
        return bytes([key - Qt.Key_A + 1])
    if modifiers & Qt.ControlModifier and key in (Qt.Key_BracketLeft, Qt.Key_Backslash, Qt.Key_BracketRight):
        return {Qt.Key_BracketLeft: b"\x1b", Qt.Key_Backslash: b"\x1c", Qt.Key_BracketRight: b"\x1d"}[key]
    if key in KEY_BYTES:
        return KEY_BYTES[key]
    return text.encode("utf-8") if text else b""


class TerminalWidget(QWidget):
    """Runs one shell; `start(cwd)` (re)starts it, `send(text)` types into it."""

    output = Signal()  # the screen changed
    exited = Signal(int)
    started = Signal()
    _spawned = Signal(object, int)  # (the process or the exception spawning raised, generation), from the spawning thread

    _ended = Signal(int, int)  # (exit status, generation), from the thread that reaped the shell

    def __init__(self, columns: int = 100, rows: int = 24, parent: QWidget | None = None, *, fit: bool = False):
        """A screen of `columns` x `rows`; with `fit`, as many as the pane's size holds (the shell
        is told of each change), so no row is ever drawn below the pane."""
        super().__init__(parent)
        self.columns, self.rows = columns, rows
        self.fit = fit
        # Shortcuts of the window (QKeySequence strings) that win over the shell while it has
        # focus, e.g. the lab's Check and Hint.
        self.window_keys: tuple[str, ...] = ()
        self.process: Any = None
        self._notifier: QSocketNotifier | None = None
        self._screen: Any = None
        self._stream: Any = None
        self._generation = 0  # which start() a spawned shell belongs to; stop() moves it on
        self._starting = False
        self._pending = bytearray()  # keys typed while the shell starts
        self.spawn_error: str | None = None
        self._spawned.connect(self._attach)
        self._ended.connect(self._shell_ended)
        self.setFont(monospace_font())  # measured in changeEvent
        self.setFocusPolicy(Qt.StrongFocus)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self._measure()
        self.setMinimumSize(int(self.cell_w * 40), int(self.cell_h * 6))

    def _measure(self) -> None:
        """A cell's size, in the font the pane draws with and unrounded: an advance of 7.8 px
        rounded to 8 put the cursor 20 px right of a 100-character line's end."""
        metrics = QFontMetricsF(self.font())
        self.cell_w = max(1.0, metrics.horizontalAdvance("M"))
        self.cell_h = max(1.0, float(metrics.lineSpacing()))
        self.ascent = metrics.ascent()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.FontChange:
            self._measure()
            self._fit_to_size()
        super().changeEvent(event)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit_to_size()

    def _fit_to_size(self) -> None:
        if not self.fit:
            return
        columns = max(20, int((self.width() - 2 * MARGIN) // self.cell_w))
        rows = max(3, int((self.height() - 2 * MARGIN) // self.cell_h))
        if (columns, rows) == (self.columns, self.rows):
            return
        self.columns, self.rows = columns, rows
        if self._screen is not None:
            self._screen.resize(rows, columns)
        if self.process is not None:
            try:
                self.process.setwinsize(rows, columns)  # the shell redraws for its new size (SIGWINCH)
            except OSError:
                pass

    @property
    def screen(self) -> Any:
        # pyte (19 ms to import, measured 2026-12-02 on the shared 2-core machine) is imported
        # by the spawning thread, not by the GUI thread when the labs page opens; here only if the
        # screen is wanted before any shell started. ptyprocess exists on POSIX systems only.
        if self._screen is None:
            import pyte

            self._screen = pyte.Screen(self.columns, self.rows)
            self._stream = pyte.ByteStream(self._screen)
        return self._screen

    @property
    def stream(self) -> Any:
        self.screen
        return self._stream

    # ----- the process ---------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.process is not None and self.process.isalive()

    @property
    def active(self) -> bool:
        """A shell is there or on its way: keys are the shell's."""
        return self.process is not None or self._starting

    def start(self, cwd: Path | str | None = None, argv: list[str] | None = None, env: dict[str, str] | None = None) -> None:
        """Start a shell; it is `running` once the `started` signal has come (a few ms later)."""
        if not SUPPORTED:
            return
        self.stop()
        generation = self._generation
        self._starting = True
        self.spawn_error = None
        shell = argv or [os.environ.get("SHELL") or "/bin/sh"]
        environment = dict(os.environ if env is None else env)
        environment["TERM"] = "vt100"
        environment.setdefault("PS1", "$ ")
        rows, columns = self.rows, self.columns
        spawned = self._spawned

        def spawn() -> None:
            try:
                import pyte  # noqa: F401 - the screen's module, imported here rather than on the GUI thread
                from ptyprocess import PtyProcess

                result: Any = PtyProcess.spawn(shell, cwd=str(cwd) if cwd else None, env=environment, dimensions=(rows, columns))
            except Exception as exc:  # noqa: BLE001 - reported in the pane
                result = exc
            try:
                spawned.emit(result, generation)
            except RuntimeError:  # the pane was closed and deleted meanwhile: end the shell here
                if not isinstance(result, BaseException):
                    _close_in_background(result)

        threading.Thread(target=spawn, name="quizapp-terminal-spawn", daemon=True).start()

    def _attach(self, result: Any, generation: int) -> None:
        if generation != self._generation:  # stopped (or started again) meanwhile
            if not isinstance(result, BaseException):
                _close_in_background(result)
            return
        self._starting = False
        if isinstance(result, BaseException):
            self.spawn_error = f"{type(result).__name__}: {result}"
            self._pending.clear()
            self.screen.reset()
            self.stream.feed(translate("Terminal", "The shell did not start: {error}").format(error=self.spawn_error).encode())
            self.update()
            self.exited.emit(-1)
            return
        self.screen.reset()
        self.process = result
        self._notifier = QSocketNotifier(result.fd, QSocketNotifier.Read, self)
        self._notifier.activated.connect(self._readable)
        if self._pending:
            pending, self._pending = bytes(self._pending), bytearray()
            self.send(pending)
        self.update()
        self.started.emit()

    def reset_screen(self) -> None:
        if self._screen is not None:
            self._screen.reset()
        self.update()

    def stop(self) -> None:
        self._generation += 1
        self._starting = False
        self._pending.clear()
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self.process is not None:
            process, self.process = self.process, None
            _close_in_background(process)

    def _readable(self, *_args: Any) -> None:
        try:
            data = os.read(self.process.fd, 65536)
        except OSError:
            data = b""
        if not data:
            self._reap()
            return
        self.stream.feed(data)
        self.update()
        self.output.emit()

    def _reap(self) -> None:
        """The shell closed its side: wait for it on a thread (the status is known only once it is
        reaped; read before, a failed shell reported 0), then say how it ended."""
        process, generation = self.process, self._generation
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        self.process = None
        ended = self._ended

        def reap() -> None:
            try:
                code = process.wait()
            except Exception:  # noqa: BLE001 - reaped elsewhere: ptyprocess kept its status
                code = process.exitstatus if process.exitstatus is not None else -(process.signalstatus or 1)
            if code is None:
                code = -(process.signalstatus or 1)
            try:
                process.close(force=True)
            except Exception:  # noqa: BLE001 - already closed
                pass
            try:
                ended.emit(int(code), generation)
            except RuntimeError:  # the pane was deleted meanwhile
                pass

        threading.Thread(target=reap, name="quizapp-terminal-reap", daemon=True).start()
        self.update()

    def _shell_ended(self, code: int, generation: int) -> None:
        if generation == self._generation:
            self.exit_code = code
            self.exited.emit(code)
            self.update()

    exit_code: int | None = None

    def send(self, text: str | bytes) -> None:
        data = text.encode("utf-8") if isinstance(text, str) else text
        if self.process is None:
            if self._starting:
                self._pending += data
            return
        os.write(self.process.fd, data)

    def text(self) -> str:
        """What the screen shows, one line per row, trailing spaces trimmed."""
        return "\n".join(line.rstrip() for line in self.screen.display).rstrip()

    # ----- keys: the shell's while the pane has focus, but for the window's own few -----------
    def _window_key(self, event: Any) -> bool:
        """The app's own shortcuts that win over the shell: Ctrl+1..9 (views), `window_keys`."""
        modifiers = event.modifiers()
        if modifiers & Qt.ControlModifier and Qt.Key_1 <= event.key() <= Qt.Key_9:
            return True
        pressed = QKeySequence(event.keyCombination())
        return any(pressed.matches(QKeySequence(k)) == QKeySequence.ExactMatch for k in self.window_keys)

    @staticmethod
    def _leaving(event: Any) -> int:
        """1 or -1 when the key moves focus out of the pane, else 0. Tab is the shell's
        (completion), so, as in Qt's own text editors, Ctrl+Tab and Ctrl+Shift+Tab leave."""
        if not event.modifiers() & Qt.ControlModifier or event.key() not in (Qt.Key_Tab, Qt.Key_Backtab):
            return 0
        return -1 if event.key() == Qt.Key_Backtab or event.modifiers() & Qt.ShiftModifier else 1

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.ShortcutOverride:
            if self._window_key(event):
                return super().event(event)  # not accepted: the shortcut fires, the shell sees nothing
            if self.active:
                event.accept()  # Ctrl+Z, 1-4, Space: the shell's, not the window's
                return True
        if event.type() == QEvent.KeyPress:
            leaving = self._leaving(event)
            if leaving:
                self.focusNextPrevChild(leaving > 0)
                return True
            if event.key() in (Qt.Key_Tab, Qt.Key_Backtab) and self.active:
                self.keyPressEvent(event)
                return True
        return super().event(event)

    def keyPressEvent(self, event: Any) -> None:
        data = key_to_bytes(event.key(), event.modifiers(), event.text())
        if data and self.active:
            self.send(data)
            event.accept()
            return
        super().keyPressEvent(event)

    # ----- drawing --------------------------------------------------------------------------
    def sizeHint(self) -> Any:
        return QSize(int(self.cell_w * self.columns) + 2 * MARGIN, int(self.cell_h * self.rows) + 2 * MARGIN)

    def cell_rect(self, column: int, row: int) -> tuple[float, float, float, float]:
        """Where a cell is drawn: (x, y, width, height) in the pane."""
        return (MARGIN + column * self.cell_w, MARGIN + row * self.cell_h, self.cell_w, self.cell_h)

    def paintEvent(self, _event: Any) -> None:
        painter = QPainter(self)
        background = QColor("#1e1e1e")
        foreground = QColor("#e0e0e0")
        painter.fillRect(self.rect(), background)
        painter.setFont(self.font())
        painter.setPen(foreground)
        if self.process is None and (self._screen is None or not any(line.strip() for line in self._screen.display)):
            painter.setPen(self.palette().color(QPalette.PlaceholderText))
            painter.drawText(self.rect().adjusted(8, 8, -8, -8), Qt.AlignLeft | Qt.AlignTop | Qt.TextWordWrap, self.placeholder)
            return
        # Each character at its own cell: a line drawn whole runs on the font's own advances (and
        # a Hangul character takes two cells), which drift from the grid the cursor is on.
        buffer = self.screen.buffer
        for row in range(self.screen.lines):
            line = buffer[row]
            y = MARGIN + row * self.cell_h + self.ascent
            for column in range(self.screen.columns):
                char = line[column].data
                if char and char != " ":
                    painter.drawText(QPointF(MARGIN + column * self.cell_w, y), char)
        if self.process is not None:
            cursor = self.screen.cursor
            painter.fillRect(QRectF(*self.cell_rect(cursor.x, cursor.y)), QColor(224, 224, 224, 140))

    placeholder = ""

    def closeEvent(self, event: Any) -> None:
        self.stop()
        super().closeEvent(event)
