"""A terminal pane for the interactive lab steps (`docker run -it`, `attach`, `start -a -i`,
Ctrl+P Ctrl+Q): a shell in a pseudo-terminal (ptyprocess) drawn from a VT100 screen (pyte).

Nothing here blocks the GUI thread: the shell is spawned on a short-lived thread (fork, exec, and
the first import of ptyprocess and pyte) and handed over by a queued signal; a QSocketNotifier says
when the descriptor has bytes, and only what is there is read; a shell is closed on a thread too
(ptyprocess waits 0.1 s after each signal it sends, and once more when it closes the descriptor).
Keys typed while the shell is starting are sent once it is there. Linux and macOS only; elsewhere
the pane says so.
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QSocketNotifier, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from quizapp.gui.app import monospace_font
from quizapp.gui.i18n import translate
from quizapp.gui.signals import emit

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

    def __init__(self, columns: int = 100, rows: int = 24, parent: QWidget | None = None):
        super().__init__(parent)
        self.columns, self.rows = columns, rows
        self.setFont(monospace_font())
        self.setFocusPolicy(Qt.StrongFocus)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.process: Any = None
        self._notifier: QSocketNotifier | None = None
        self._screen: Any = None
        self._stream: Any = None
        self._generation = 0  # which start() a spawned shell belongs to; stop() moves it on
        self._starting = False
        self._pending = bytearray()  # keys typed while the shell starts
        self.spawn_error: str | None = None
        self._spawned.connect(self._attach)
        metrics = QFontMetrics(self.font())
        self.cell_w = max(1, metrics.horizontalAdvance("M"))
        self.cell_h = max(1, metrics.height())
        self.setMinimumSize(self.cell_w * 40, self.cell_h * 6)

    @property
    def screen(self) -> Any:
        # pyte is imported when the pane is first used, not when the window starts
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
                emit(spawned, result, generation)
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
            emit(self.exited, -1)
            return
        self.screen.reset()
        self.process = result
        self._notifier = QSocketNotifier(result.fd, QSocketNotifier.Read, self)
        self._notifier.activated.connect(self._readable)
        if self._pending:
            pending, self._pending = bytes(self._pending), bytearray()
            self.send(pending)
        self.update()
        emit(self.started)

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
            code = self.process.exitstatus if self.process is not None else 0
            self.stop()
            emit(self.exited, code or 0)
            self.update()
            return
        self.stream.feed(data)
        self.update()
        emit(self.output)

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

    # ----- keys: every key goes to the shell while the pane has focus ------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.ShortcutOverride and self.active:
            # Ctrl+1..6 still switch views, so the keyboard can always leave the pane.
            if event.modifiers() & Qt.ControlModifier and Qt.Key_1 <= event.key() <= Qt.Key_9:
                return super().event(event)
            event.accept()  # Ctrl+Z, 1-4, Space: the shell's, not the window's
            return True
        if event.type() == QEvent.KeyPress and event.key() == Qt.Key_Tab and self.active:
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
        from PySide6.QtCore import QSize

        return QSize(self.cell_w * self.columns + 8, self.cell_h * self.rows + 8)

    def paintEvent(self, _event: Any) -> None:
        painter = QPainter(self)
        background = QColor("#1e1e1e")
        foreground = QColor("#e0e0e0")
        painter.fillRect(self.rect(), background)
        painter.setFont(self.font())
        painter.setPen(foreground)
        ascent = QFontMetrics(self.font()).ascent()
        if self.process is None and (self._screen is None or not any(line.strip() for line in self._screen.display)):
            painter.setPen(self.palette().color(QPalette.PlaceholderText))
            painter.drawText(self.rect().adjusted(8, 8, -8, -8), Qt.AlignLeft | Qt.AlignTop | Qt.TextWordWrap, self.placeholder)
            return
        for row, line in enumerate(self.screen.display):
            if line.strip():
                painter.drawText(4, 4 + row * self.cell_h + ascent, line.rstrip())
        if self.process is not None:
            cursor = self.screen.cursor
            painter.fillRect(4 + cursor.x * self.cell_w, 4 + cursor.y * self.cell_h, self.cell_w, self.cell_h, QColor(224, 224, 224, 140))

    placeholder = ""

    def closeEvent(self, event: Any) -> None:
        self.stop()
        super().closeEvent(event)
