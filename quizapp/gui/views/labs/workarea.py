"""The lower half of a lab: its files (highlighted) and a terminal pane in the work folder."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QPushButton, QSplitter, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from quizapp.gui.app import is_dark
from quizapp.gui.i18n import translate
from quizapp.gui.terminal import SUPPORTED as TERMINAL_SUPPORTED
from quizapp.gui.terminal import TerminalWidget
from quizapp.gui.views.common import wrapped_label
from quizapp.gui.views.labs.data import guess_lang
from quizapp.gui.views.review import highlight

FILES_TAB, TERMINAL_TAB = 0, 1


class WorkArea(QTabWidget):
    terminal_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.files: list[tuple[str, str]] = []
        files = QSplitter(Qt.Horizontal)
        self.file_list = QListWidget()
        self.file_list.currentRowChanged.connect(self.show_file)
        self.file_view = QTextBrowser()
        files.addWidget(self.file_list)
        files.addWidget(self.file_view)
        files.setSizes([180, 700])
        self.addTab(files, "")
        terminal_page = QWidget()
        terminal_layout = QVBoxLayout(terminal_page)
        terminal_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.terminal_button = QPushButton()
        self.terminal_button.setAutoDefault(True)
        self.terminal_button.clicked.connect(lambda: self.terminal_requested.emit())
        self.terminal_note = wrapped_label()
        row.addWidget(self.terminal_button)
        row.addWidget(self.terminal_note, 1)
        terminal_layout.addLayout(row)
        # The pane fits its rows and columns to its size: nothing is drawn below it.
        self.terminal = TerminalWidget(columns=110, rows=14, fit=True)
        terminal_layout.addWidget(self.terminal, 1)
        self.addTab(terminal_page, "")

    def retranslate(self) -> None:
        self.setTabText(FILES_TAB, translate("Labs", "Files"))
        self.setTabText(TERMINAL_TAB, translate("Labs", "Terminal"))
        self.terminal_button.setText(translate("Labs", "Open a shell in the work folder (Ctrl+T)"))
        self.terminal.placeholder = translate("Labs", "Set the lab up, then open a shell here for the interactive steps (-it, attach, Ctrl+P Ctrl+Q).")
        if TERMINAL_SUPPORTED:
            self.terminal_note.setText(
                translate("Labs", "Keys go to the shell, except Ctrl+Enter (Check) and Ctrl+H (hint). Ctrl+Tab leaves the terminal; Ctrl+P Ctrl+Q detaches.")
            )
        else:
            self.terminal_note.setText(translate("Labs", "The terminal pane needs Linux or macOS; use your own terminal in the work folder."))

    def show_files(self, files: list[tuple[str, str]]) -> None:
        self.files = files
        names = [name for name, _ in files]
        if [self.file_list.item(i).text() for i in range(self.file_list.count())] != names:
            self.file_list.blockSignals(True)
            self.file_list.clear()
            self.file_list.addItems(names)
            self.file_list.blockSignals(False)
            self.file_list.setCurrentRow(0 if names else -1)
        self.show_file(self.file_list.currentRow())

    def show_file(self, row: int) -> None:
        if 0 <= row < len(self.files):
            name, text = self.files[row]
            self.file_view.setHtml(highlight.to_html(text, guess_lang(name), dark=is_dark()))
        else:
            self.file_view.setHtml("")

    def open_terminal(self, cwd: Any, focus: bool) -> None:
        self.setCurrentIndex(TERMINAL_TAB)
        self.terminal.start(cwd=cwd)
        if focus:
            self.terminal.setFocus(Qt.OtherFocusReason)
