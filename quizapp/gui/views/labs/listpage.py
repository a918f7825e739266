"""The labs list: each lab with its state and concepts. Enter (or a double click) opens one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from quizapp.gui.i18n import translate
from quizapp.gui.views.common import heading, wrapped_label

LAB_STATES = ("not_started", "in_progress", "passed", "due")


def state_text(state: str) -> str:
    return {
        "not_started": translate("Labs", "not started"),
        "in_progress": translate("Labs", "in progress"),
        "passed": translate("Labs", "passed"),
        "due": translate("Labs", "due again"),
    }.get(state, state)


class LabListPage(QWidget):
    open_requested = Signal(str)  # a lab id

    def __init__(self, study: Any):
        super().__init__()
        self.study = study
        self.states: dict[str, str] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.title = heading(size=20)
        layout.addWidget(self.title)
        self.note = wrapped_label()
        layout.addWidget(self.note)
        self.table = QTableWidget(0, 3)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list, arrows move in it
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.Stretch)
        self.table.cellActivated.connect(lambda row, _c: self._open_row(row))
        self.table.cellDoubleClicked.connect(lambda row, _c: self._open_row(row))
        layout.addWidget(self.table, 1)
        self.setFocusProxy(self.table)

    def retranslate(self) -> None:
        self.title.setText(translate("Labs", "Labs"))
        self.table.setHorizontalHeaderLabels([translate("Labs", "Lab"), translate("Labs", "State"), translate("Labs", "Concepts")])
        self.show_rows()

    def focus_list(self) -> None:
        """Focus in the list with a row current, so Enter opens a lab at once."""
        if self.table.rowCount() and self.table.currentRow() < 0:
            self.table.setCurrentCell(0, 0)
        self.table.setFocus()

    def show_states(self, states: dict[str, str]) -> None:
        self.states = states
        self.show_rows()

    def show_rows(self) -> None:
        labs = self.study.labs
        lang = self.study.lang
        current = self.table.currentRow()
        self.table.setRowCount(len(labs))
        for i, lab in enumerate(labs):
            state = (self.states or {}).get(lab.id, "")
            cells = [lab.title.get(lang), state_text(state), " · ".join(self.study.concept_title(c) for c in lab.concepts)]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.UserRole, lab.id)
                if j == 2:
                    item.setToolTip(text.replace(" · ", "\n"))  # the concepts, whole
                self.table.setItem(i, j, item)
        if labs and current < 0:
            self.table.setCurrentCell(0, 0)
        if not self.study.labs_read:
            self.note.setText(translate("Labs", "Reading the labs…"))
        elif not labs:
            problems = "\n".join(self.study.lab_problems)
            self.note.setText(translate("Labs", "No labs are installed yet.") + ("\n" + problems if problems else ""))
        else:
            self.note.setText(translate("Labs", "Enter opens a lab. Each lab is checked against your real Docker daemon."))

    def _open_row(self, row: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            self.open_requested.emit(item.data(Qt.UserRole))
