"""Browse: search cards by text, concept, type and state; preview a card (Enter) and see its
history. Ctrl+F goes to the search box; Enter there goes to the first card found."""

from __future__ import annotations

import json
import re
from html import escape
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
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
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.i18n import pick
from quizapp.gui import ops
from quizapp.gui.i18n import translate
from quizapp.gui.study import Study
from quizapp.gui.app import is_dark
from quizapp.gui.views.common import HtmlDelegate, heading, inline_code, install_shortcuts, local_time, wrapped_label
from quizapp.gui.views.review import rating_name

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


BLANK = re.compile(r"\{\{(\d+)\}\}")
HANGUL = re.compile("[\uac00-\ud7a3]")


def question_text(card: Any, lang: str) -> str:
    """The line that tells cards apart: a cloze card's text with its blanks (every cloze card's
    prompt is "Fill in the blanks."), else the prompt."""
    if card is not None and getattr(card, "type", "") == "cloze":
        return BLANK.sub("___", card.text.get(lang))
    return card.prompt.get(lang) if card is not None else ""


def answer_text(answer: str | None) -> str:
    """An answer as the learner gave it: the log keeps a cloze's blanks or an order as JSON."""
    if not answer:
        return ""
    try:
        value = json.loads(answer)
    except (ValueError, TypeError):
        return answer
    if isinstance(value, list):
        return " · ".join(str(v) for v in value)
    if isinstance(value, dict):
        return " · ".join(f"{k}: {v}" for k, v in value.items())
    return str(value)


def preview_html(card: Any, lang: str, dark: bool) -> str:
    """The card as Review shows it, front and back, for the preview pane."""
    from quizapp.core.content.highlight import to_html

    answer_title = escape(translate("Browse", "Answer"))
    parts = [f"<p><b>{inline_code(card.prompt.get(lang))}</b></p>"]
    if card.code is not None:
        parts.append(to_html(card.code.source, card.code.lang, dark=dark))
    kind = card.type
    if kind == "cloze":
        text = escape(card.text.get(lang))

        def filled(match: re.Match) -> str:
            i = int(match.group(1)) - 1
            accepted = card.blanks[i] if 0 <= i < len(card.blanks) else ["?"]
            # the accepted answer in the language shown: an English sentence gets "image", not 이미지
            in_lang = [a for a in accepted if bool(HANGUL.search(a)) == (lang == "ko")]
            return f'<u><b>{escape((in_lang or accepted)[0])}</b></u>'

        parts.append(f"<p>{BLANK.sub(filled, text)}</p>".replace("\n", "<br>"))
        alternatives = [f"{i}: {escape(' / '.join(b))}" for i, b in enumerate(card.blanks, 1)]
        parts.append(f"<p><b>{answer_title}</b><br>{'<br>'.join(alternatives)}</p>")
    elif kind == "basic":
        parts.append(f"<p><b>{answer_title}</b><br>{inline_code(card.answer.get(lang))}</p>")
    elif kind == "choice":
        rows = []
        for i, option in enumerate(card.options):
            mark = "✔" if option.correct else "✘"
            colour = "#2e7d32" if option.correct else "#c62828"
            rows.append(f'<span style="color:{colour};">{mark}</span> {chr(ord("A") + i)}. {inline_code(option.text.get(lang))}')
        parts.append("<p>" + "<br>".join(rows) + "</p>")
    elif kind == "command":
        parts.append(f'<p><b>{answer_title}</b><br><span style="font-family: monospace;">{escape(card.answer)}</span></p>')
    elif kind == "order":
        items = "".join(f"<li>{inline_code(item.get(lang))}</li>" for item in card.items)
        parts.append(f"<p><b>{answer_title}</b></p><ol>{items}</ol>")
    if card.explanation is not None:
        parts.append(f"<p>{inline_code(card.explanation.get(lang))}</p>")
    return "".join(parts)


class BrowseView(QWidget):
    searched = Signal(int)
    history_shown = Signal(str)
    previewed = Signal(str)

    def __init__(self, study: Study):
        super().__init__()
        self.study = study
        self.rows: list[ops.BrowseRow] | None = None
        self.history: list[Any] = []
        self.history_card: str | None = None
        self.preview_card: str | None = None
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
        self.table.setColumnWidth(0, 200)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.setItemDelegateForColumn(1, HtmlDelegate(self.table))  # `code` in questions
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.installEventFilter(self)
        self.text.installEventFilter(self)
        split.addWidget(self.table)
        # Below the cards: the selected card's preview, and its history beside it.
        below = QSplitter(Qt.Horizontal)
        preview_box = QWidget()
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        self.preview_title = QLabel()
        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)
        self.preview.installEventFilter(self)
        preview_layout.addWidget(self.preview_title)
        preview_layout.addWidget(self.preview, 1)
        below.addWidget(preview_box)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        self.history_title = QLabel()
        self.history_table = QTableWidget(0, 5)
        self.history_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.history_table.verticalHeader().hide()
        self.history_table.setTabKeyNavigation(False)
        for column in range(4):  # the time, rating and seconds are read whole
            self.history_table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeToContents)
        self.history_table.horizontalHeader().setSectionResizeMode(4, QHeaderView.Stretch)
        self.history_empty = wrapped_label()
        lower_layout.addWidget(self.history_title)
        lower_layout.addWidget(self.history_table)
        lower_layout.addWidget(self.history_empty)
        below.addWidget(lower)
        below.setSizes([520, 460])
        split.addWidget(below)
        split.setSizes([330, 300])
        layout.addWidget(split, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.search)
        self.text.textChanged.connect(lambda _t: self._timer.start())
        for combo in (self.concept, self.type, self.state):
            combo.currentIndexChanged.connect(lambda _i: self._timer.start())
        self.shortcuts = install_shortcuts(self, [("Ctrl+F", self.focus_search)])
        self.retranslate()

    def changeEvent(self, event: Any) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.PaletteChange and self.preview_card is not None:  # a new theme: the code block too
            self.show_preview(self.preview_card)

    # ----- keys -------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.text.setFocus(Qt.ShortcutFocusReason)
        self.text.selectAll()

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if event.type() == QEvent.KeyPress and event.key() in (Qt.Key_Return, Qt.Key_Enter) and not event.modifiers():
            if watched is self.table:
                self.preview_current()
                return True
            if watched is self.text:  # from the search to the cards found
                if self.table.rowCount():
                    if self.table.currentRow() < 0:
                        self.table.selectRow(0)
                    self.table.setFocus(Qt.TabFocusReason)
                return True
        if event.type() == QEvent.KeyPress and event.key() == Qt.Key_Escape and watched is self.preview:
            self.table.setFocus(Qt.OtherFocusReason)
            return True
        return super().eventFilter(watched, event)

    def preview_current(self) -> None:
        """Enter on a card: its preview (and history), with focus there to read it; Esc goes back."""
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        if item is None:
            return
        card_id = item.data(Qt.UserRole)
        self.show_preview(card_id)
        if self.history_card != card_id:
            self.show_history(card_id)
        self.preview.setFocus(Qt.OtherFocusReason)

    def _card(self, card_id: str) -> Any:
        collection = self.study.collection
        if collection is None:
            return None
        return collection.deck.by_id.get(card_id)

    def show_preview(self, card_id: str | None) -> None:
        self.preview_card = card_id
        card = self._card(card_id) if card_id else None
        if card is None:
            self.preview_title.setText(translate("Browse", "Select a card and press Enter to preview it."))
            self.preview.setHtml("")
            return
        self.preview_title.setText(translate("Browse", "Preview of {card}").format(card=card_id))
        self.preview.setHtml(preview_html(card, self.study.lang, is_dark()))
        self.previewed.emit(card_id)

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
        self.show_preview(self.preview_card)

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
        self.focus_search()

    def search(self) -> None:
        text, concept, card_type, state = self.text.text(), self.concept.currentData() or "", self.type.currentData() or "", self.state.currentData() or ""
        self._searching = True
        self.study.run(lambda collection, _s: ops.search_cards(collection, text, concept, card_type, state), self._found)

    def _found(self, rows: list[ops.BrowseRow]) -> None:
        self._searching = False
        self.rows = rows
        self._show_rows()
        self.searched.emit(len(rows))

    def _show_rows(self) -> None:
        rows = self.rows or []
        found = len(rows)  # a plain name: pyside6-lupdate misses a plural whose count is an expression
        self.count.setText(translate("Browse", "%n card(s)", "", found) if self.rows is not None else "")
        self.table.setRowCount(len(rows))
        now = self.study.clock.now()
        lang = self.study.lang
        for i, row in enumerate(rows):
            state = "leech" if row.leech else row.state
            card = self._card(row.card_id)
            question = question_text(card, lang) if card is not None else pick(row.prompt, lang)
            values = [row.card_id, question, type_name(row.card_type), state_name(state), local_time(row.due, now), f"{row.reps} / {row.lapses}"]
            for j, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.UserRole, row.card_id)
                if j == 1:
                    item.setData(HtmlDelegate.HTML_ROLE, inline_code(value))
                    item.setToolTip(value)
                self.table.setItem(i, j, item)

    def _selected(self) -> None:
        items = self.table.selectedItems()
        if not items:
            return
        card_id = items[0].data(Qt.UserRole)
        self.show_preview(card_id)
        self.show_history(card_id)

    def show_history(self, card_id: str) -> None:
        self.study.run(lambda collection, _s: ops.card_history(collection, card_id), lambda log: self._history_loaded(card_id, log))

    def _history_loaded(self, card_id: str, log: list[Any]) -> None:
        self.history_card = card_id
        self.history = log
        self._show_history()
        self.history_shown.emit(card_id)

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
            values = [local_time(entry.reviewed_at, now), f"{entry.rating} {rating_name(entry.rating)}", seconds, right, answer_text(entry.answer)]
            for j, value in enumerate(values):
                self.history_table.setItem(i, j, QTableWidgetItem(value))
        self.history_empty.setText(translate("Browse", "Not answered yet."))
        self.history_empty.setVisible(not self.history)

    def settled(self) -> bool:
        return self.rows is not None and not self._searching
