"""Browse: search cards by text, concept, type and state; see a card's history."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.i18n import pick
from quizapp.gui import ops
from quizapp.gui.i18n import translate
from quizapp.gui.study import Study
from quizapp.gui.views.common import heading, local_time, wrapped_label
from quizapp.gui.views.review import rating_name
from quizapp.gui.signals import emit

STATES = ("new", "learning", "review", "relearning", "leech")
# quizapp.core.content.model.CARD_TYPES, spelled out so this module does not import pydantic on the
# GUI thread at start-up (a test keeps the two equal).
CARD_TYPES = ("basic", "cloze", "choice", "command", "order")


def state_name(state: str) -> str:
    return {
        "new": translate("Browse", "new"),
        "learning": translate("Browse", "learning"),
        "review": translate("Browse", "review"),
        "relearning": translate("Browse", "relearning"),
        "leech": translate("Browse", "leech"),
    }.get(state, state)


def type_name(card_type: str) -> str:
    return {
        "basic": translate("Browse", "basic"),
        "cloze": translate("Browse", "cloze"),
        "choice": translate("Browse", "choice"),
        "command": translate("Browse", "command"),
        "order": translate("Browse", "order"),
    }.get(card_type, card_type)


class BrowseView(QWidget):
    searched = Signal(int)
    history_shown = Signal(str)

    def __init__(self, study: Study):
        super().__init__()
        self.study = study
        self.rows: list[ops.BrowseRow] | None = None
        self.history: list[Any] = []
        self.history_card: str | None = None
        self._searching = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.title = heading(size=16)
        layout.addWidget(self.title)
        filters = QHBoxLayout()
        self.text = QLineEdit()
        self.text.setClearButtonEnabled(True)
        self.concept = QComboBox()
        self.concept.setMinimumContentsLength(18)
        self.concept.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.type = QComboBox()
        self.state = QComboBox()
        filters.addWidget(self.text, 3)
        filters.addWidget(self.concept, 2)
        filters.addWidget(self.type, 1)
        filters.addWidget(self.state, 1)
        layout.addLayout(filters)
        self.count = QLabel()
        layout.addWidget(self.count)
        split = QSplitter(Qt.Vertical)
        self.table = QTableWidget(0, 6)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.Interactive)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        self.table.setColumnWidth(0, 230)
        self.table.setWordWrap(False)
        self.table.itemSelectionChanged.connect(self._selected)
        split.addWidget(self.table)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        self.history_title = QLabel()
        self.history_table = QTableWidget(0, 5)
        self.history_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.history_table.verticalHeader().hide()
        self.history_table.horizontalHeader().setSectionResizeMode(4, QHeaderView.Stretch)
        self.history_empty = wrapped_label()
        lower_layout.addWidget(self.history_title)
        lower_layout.addWidget(self.history_table)
        lower_layout.addWidget(self.history_empty)
        split.addWidget(lower)
        split.setSizes([400, 200])
        layout.addWidget(split, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.search)
        self.text.textChanged.connect(lambda _t: self._timer.start())
        for combo in (self.concept, self.type, self.state):
            combo.currentIndexChanged.connect(lambda _i: self._timer.start())
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(translate("Browse", "Browse cards"))
        self.text.setPlaceholderText(translate("Browse", "Search text in either language…"))
        self._refill(self.type, translate("Browse", "All types"), [(t, type_name(t)) for t in CARD_TYPES])
        self._refill(self.state, translate("Browse", "All states"), [(s, state_name(s)) for s in STATES])
        self._fill_concepts()
        self.table.setHorizontalHeaderLabels(
            [
                translate("Browse", "Card"),
                translate("Browse", "Question"),
                translate("Browse", "Type"),
                translate("Browse", "State"),
                translate("Browse", "Due"),
                translate("Browse", "Reps / lapses"),
            ]
        )
        self.history_table.setHorizontalHeaderLabels(
            [
                translate("Browse", "When"),
                translate("Browse", "Rating"),
                translate("Browse", "Seconds"),
                translate("Browse", "Right?"),
                translate("Browse", "Answer given"),
            ]
        )
        self._show_rows()
        self._show_history()

    def _refill(self, combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, "")
        for value, text in items:
            combo.addItem(text, value)
        index = combo.findData(current) if current else 0
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)

    def _fill_concepts(self) -> None:
        concepts = []
        if self.study.collection is not None:
            concepts = [(c.id, c.title.get(self.study.lang)) for c in self.study.collection.deck.curriculum.concepts]
        self._refill(self.concept, translate("Browse", "All concepts"), concepts)

    def activate(self) -> None:
        self.search()
        self.text.setFocus()

    def search(self) -> None:
        text, concept, card_type, state = self.text.text(), self.concept.currentData() or "", self.type.currentData() or "", self.state.currentData() or ""
        self._searching = True
        self.study.run(lambda collection, _s: ops.search_cards(collection, text, concept, card_type, state), self._found)

    def _found(self, rows: list[ops.BrowseRow]) -> None:
        self._searching = False
        self.rows = rows
        self._show_rows()
        emit(self.searched, len(rows))

    def _show_rows(self) -> None:
        rows = self.rows or []
        self.count.setText(translate("Browse", "{n} card(s)").format(n=len(rows)) if self.rows is not None else "")
        self.table.setRowCount(len(rows))
        now = self.study.clock.now()
        for i, row in enumerate(rows):
            state = "leech" if row.leech else row.state
            values = [row.card_id, pick(row.prompt, self.study.lang), type_name(row.card_type), state_name(state), local_time(row.due, now), f"{row.reps} / {row.lapses}"]
            for j, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.UserRole, row.card_id)
                self.table.setItem(i, j, item)

    def _selected(self) -> None:
        items = self.table.selectedItems()
        if not items:
            return
        card_id = items[0].data(Qt.UserRole)
        self.show_history(card_id)

    def show_history(self, card_id: str) -> None:
        self.study.run(lambda collection, _s: ops.card_history(collection, card_id), lambda log: self._history_loaded(card_id, log))

    def _history_loaded(self, card_id: str, log: list[Any]) -> None:
        self.history_card = card_id
        self.history = log
        self._show_history()
        emit(self.history_shown, card_id)

    def _show_history(self) -> None:
        if self.history_card is None:
            self.history_title.setText(translate("Browse", "Select a card to see its history."))
            self.history_table.setRowCount(0)
            self.history_empty.hide()
            return
        self.history_title.setText(translate("Browse", "History of {card}").format(card=self.history_card))
        now = self.study.clock.now()
        self.history_table.setRowCount(len(self.history))
        for i, entry in enumerate(self.history):
            right = "" if entry.correct is None else (translate("Browse", "yes") if entry.correct else translate("Browse", "no"))
            seconds = "" if entry.duration_ms is None else f"{entry.duration_ms / 1000:.1f}"
            values = [local_time(entry.reviewed_at, now), f"{entry.rating} {rating_name(entry.rating)}", seconds, right, entry.answer or ""]
            for j, value in enumerate(values):
                self.history_table.setItem(i, j, QTableWidgetItem(value))
        self.history_empty.setText(translate("Browse", "Not answered yet."))
        self.history_empty.setVisible(not self.history)

    def settled(self) -> bool:
        return self.rows is not None and not self._searching
