"""Browse: search cards by text, concept, type and state; preview a card (Enter) and see its
history. Ctrl+F goes to the search box; Enter there goes to the first card found.

Anki's controls on the selected cards, each an action with its key (listed in the window's
shortcut table, in the table's context menu and on the buttons above it): suspend (Ctrl+J) and
bury (Ctrl+Shift+J), each a toggle; flags (Alt+1..7, Alt+0 none: Anki's Ctrl+1..7 go to the
window's views here); add a card of the learner's own (Ctrl+N), edit one (Ctrl+E; a built-in
card opens as a new card of theirs), delete one (Ctrl+Delete); quiz on the cards' concepts
(Ctrl+K, `quiz_requested`). After an action only the rows the core reports changed are drawn
again, so the selection stays."""

from __future__ import annotations

import json
import re
from html import escape
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QMenu,
    QMessageBox,
    QToolButton,
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

from quizapp.core import changes
from quizapp.core.i18n import pick
from quizapp.gui import ops
from quizapp.gui.i18n import rating_name, translate
from quizapp.gui.study import Study
from quizapp.gui.app import is_dark
from quizapp.core.content.model import CARD_TYPES
from quizapp.gui.views.common import HtmlDelegate, heading, inline_code, install_shortcuts, local_time, type_name, wrapped_label
from quizapp.gui import cardops
from quizapp.gui.views.cardeditor import CardEditor
from quizapp.gui.views.review import highlight

STATES = ("new", "learning", "review", "relearning", "leech")
# Also in the state filter: Anki's places outside the schedule, and the learner's own cards.
PLACES = ("suspended", "buried", "mine")
# Anki's flag colours, by store.FLAG_NAMES number.
FLAG_COLOURS = {1: "#e53935", 2: "#fb8c00", 3: "#43a047", 4: "#1e88e5", 5: "#ec6fb0", 6: "#00acc1", 7: "#8e24aa"}
# A suspended row is tinted yellow and a buried one grey, as in Anki; translucent, so both themes read.
ROW_TINTS = {"suspended": QColor(255, 214, 0, 70), "buried": QColor(128, 128, 128, 70)}
MARKS_COLUMN = 6


def state_name(state: str) -> str:
    return {
        "new": translate("Browse", "new"),
        "learning": translate("Browse", "learning"),
        "review": translate("Browse", "review"),
        "relearning": translate("Browse", "relearning"),
        "leech": translate("Browse", "leech"),
    }.get(state, state)


def place_name(place: str) -> str:
    return {
        "suspended": translate("Browse", "suspended"),
        "buried": translate("Browse", "buried"),
        "mine": translate("Browse", "your own cards"),
    }.get(place, place)


def flag_name(flag: int) -> str:
    return {
        0: translate("Browse", "No flag"),
        1: translate("Browse", "Red"),
        2: translate("Browse", "Orange"),
        3: translate("Browse", "Green"),
        4: translate("Browse", "Blue"),
        5: translate("Browse", "Pink"),
        6: translate("Browse", "Turquoise"),
        7: translate("Browse", "Purple"),
    }.get(flag, str(flag))


def row_marks(row: Any) -> str:
    """What sets a card apart in the list: the learner's own, suspended or buried, its flag."""
    marks = [translate("Browse", "mine")] if row.mine else []
    if row.hidden_as in ("suspended", "buried"):
        marks.append(place_name(row.hidden_as))
    if row.flag:
        marks.append("⚑ " + flag_name(row.flag))
    return " · ".join(marks)


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
    answer_title = escape(translate("Browse", "Answer"))
    parts = [f"<p><b>{inline_code(card.prompt.get(lang))}</b></p>"]
    if card.code is not None:
        parts.append(highlight.to_html(card.code.source, card.code.lang, dark=dark))
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
        if card.accept:
            forms = "<br>".join(f'<span style="font-family: monospace;">{escape(form)}</span>' for form in card.accept)
            also = escape(translate("Browse", "Also accepted"))
            parts.append(f"<p><b>{also}</b><br>{forms}</p>")
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
    # The concepts of the selected cards, for a quiz on them (the window starts it).
    quiz_requested = Signal(list)
    # An action on cards came back from the core: its name (suspend, flag, ...) and the ids it changed.
    cards_changed = Signal(str, list)
    editor_opened = Signal(object)  # the CardEditor, once shown

    def __init__(self, study: Study):
        super().__init__()
        self.study = study
        self.rows: list[ops.BrowseRow] | None = None
        self.history: list[Any] = []
        self.history_card: str | None = None
        self.preview_card: str | None = None
        self._searching = False
        self.editor: Any = None  # the card editor, while open
        self.delete_box: QMessageBox | None = None  # "delete your card?", while asked
        self._select_after_search: list[str] = []
        self._reselect: tuple[str | None, list[str]] | None = None  # (current, selected) to keep through a search
        self._announcing = False  # while Browse tells the others of its own change (already drawn)
        study.changed.connect(self._changed_elsewhere)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.title = heading(size=16)
        layout.addWidget(self.title)
        layout.addLayout(self._build_filters())
        self._build_actions()
        layout.addLayout(self._build_tools())
        split = QSplitter(Qt.Vertical)
        split.addWidget(self._build_table())
        split.addWidget(self._build_below())
        split.setSizes([330, 300])
        layout.addWidget(split, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.search)
        self.text.textChanged.connect(lambda _t: self._timer.start())
        for combo in (self.concept, self.type, self.state):
            combo.currentIndexChanged.connect(lambda _i: self._timer.start())
        # Shift+F10 too, which Qt leaves to the platform; the menu opens at the current card.
        self.shortcuts = install_shortcuts(self, [("Ctrl+F", self.focus_search), ("Shift+F10", self.show_actions_menu), ("Menu", self.show_actions_menu)])
        self.actions_menu: QMenu | None = None
        self.retranslate()

    def _build_filters(self) -> QHBoxLayout:
        """The search box and the concept, type and state filters."""
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
        return filters

    def _build_tools(self) -> QHBoxLayout:
        """The count of cards found and a button for each action (keys, not Tab, reach them)."""
        tools = QHBoxLayout()
        self.count = QLabel()
        tools.addWidget(self.count, 1)
        self.tool_buttons: dict[str, QToolButton] = {}
        for name in ("add", "edit", "suspend", "bury", "flag", "delete", "quiz"):
            button = QToolButton()
            button.setDefaultAction(self.card_actions[name])
            button.setToolButtonStyle(Qt.ToolButtonTextOnly)
            # every action has its key: the buttons stay out of the Tab chain (search, filters, cards)
            button.setFocusPolicy(Qt.NoFocus)
            if name == "flag":
                button.setPopupMode(QToolButton.InstantPopup)
            self.tool_buttons[name] = button
            tools.addWidget(button)
        return tools

    def _build_table(self) -> QTableWidget:
        """The cards found, one row each; the actions in its context menu."""
        self.table = QTableWidget(0, 7)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        # Shift or Ctrl with the arrows selects several cards: the actions take them all.
        self.table.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.table.setContextMenuPolicy(Qt.ActionsContextMenu)
        for name in ("add", "edit", "suspend", "bury"):
            self.table.addAction(self.card_actions[name])
        self.table.addAction(self.flag_menu.menuAction())
        for name in ("delete", "quiz"):
            self.table.addAction(self.card_actions[name])
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
        return self.table

    def _build_below(self) -> QSplitter:
        """Below the cards: the selected card's preview, and its history beside it."""
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
        return below

    # ----- actions ----------------------------------------------------------------------------
    # (name, key): the keys are listed in window.shortcut_sections() too.
    ACTION_KEYS = (
        ("add", "Ctrl+N"),
        ("edit", "Ctrl+E"),
        ("suspend", "Ctrl+J"),
        ("bury", "Ctrl+Shift+J"),
        ("delete", "Ctrl+Delete"),
        ("quiz", "Ctrl+K"),
    )

    def _build_actions(self) -> None:
        self.card_actions: dict[str, QAction] = {}
        runs = {
            "add": self.add_card,
            "edit": self.edit_card,
            "suspend": self.toggle_suspend,
            "bury": self.toggle_bury,
            "delete": self.delete_card,
            "quiz": self.request_quiz,
        }
        for name, key in self.ACTION_KEYS:
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _checked=False, run=runs[name]: run())
            self.addAction(action)
            self.card_actions[name] = action
        self.flag_menu = QMenu(self)
        self.flag_actions: dict[int, QAction] = {}
        for flag in (1, 2, 3, 4, 5, 6, 7, 0):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Alt+{flag}"))
            action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _checked=False, flag=flag: self.toggle_flag(flag))
            self.addAction(action)
            self.flag_menu.addAction(action)
            self.flag_actions[flag] = action
        self.card_actions["flag"] = self.flag_menu.menuAction()

    def _retranslate_actions(self) -> None:
        texts = {
            "add": translate("Browse", "Add card"),
            "edit": translate("Browse", "Edit card"),
            "suspend": translate("Browse", "Suspend"),
            "bury": translate("Browse", "Bury"),
            "delete": translate("Browse", "Delete own card"),
            "quiz": translate("Browse", "Quiz on this concept"),
        }
        for name, key in self.ACTION_KEYS:
            self.card_actions[name].setText(texts[name])
            self.card_actions[name].setToolTip(f"{texts[name]} ({key})")
        self.flag_menu.setTitle(translate("Browse", "Flag"))
        self.card_actions["flag"].setToolTip(translate("Browse", "Flag (Alt+1…7, Alt+0: none)"))
        for flag, action in self.flag_actions.items():
            action.setText(flag_name(flag))

    def show_actions_menu(self) -> None:
        """The table's context menu from the keyboard, beside the current card."""
        index = self.table.currentIndex()
        where = self.table.visualRect(index).bottomLeft() if index.isValid() else self.table.rect().topLeft()
        self.actions_menu = QMenu(self)
        self.actions_menu.addActions(self.table.actions())
        self.actions_menu.popup(self.table.viewport().mapToGlobal(where))

    def selected_ids(self) -> list[str]:
        """The selected cards, top to bottom; else the current one."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        ids = [self.table.item(r, 0).data(Qt.UserRole) for r in rows if self.table.item(r, 0) is not None]
        return list(dict.fromkeys(ids))

    def _on_cards(self, work: Any) -> None:
        """`work(collection, ids)` on the selected cards, on the worker; its CardsAction redraws them."""
        ids = self.selected_ids()
        if not ids:
            self.study.message.emit(translate("Browse", "Select a card first."))
            return
        self.study.run(lambda collection, _s: work(collection, ids), self._cards_changed)

    def toggle_suspend(self) -> None:
        self._on_cards(cardops.toggle_suspend)

    def toggle_bury(self) -> None:
        self._on_cards(cardops.toggle_bury)

    def toggle_flag(self, flag: int) -> None:
        self._on_cards(lambda collection, ids: cardops.toggle_flag(collection, ids, flag))

    def _cards_changed(self, action: Any) -> None:
        """Draw again only the rows the core changed; the rest, and the selection, stay."""
        change = action.change
        if not change.changed:
            self.study.message.emit(translate("Browse", "Nothing to change: the cards are so already."))
        by_id = {row.card_id: i for i, row in enumerate(self.rows or [])}
        for card_id, (hidden_as, flag) in action.now.items():
            i = by_id.get(card_id)
            if i is None:
                continue
            self.rows[i].hidden_as, self.rows[i].flag = hidden_as, flag
            self._draw_row_marks(i)
        if change.changed:
            messages = {
                "suspend": translate("Browse", "Suspended: {cards}"),
                "unsuspend": translate("Browse", "Unsuspended: {cards}"),
                "bury": translate("Browse", "Buried until the next study day: {cards}"),
                "unbury": translate("Browse", "Unburied: {cards}"),
                "flag": translate("Browse", "Flag {flag}: {cards}"),
            }
            text = messages.get(change.action, "{cards}")
            self.study.message.emit(text.format(cards=", ".join(change.changed), flag=flag_name(change.flag or 0)))
            self._announce(changes.card_action(change.action, change.changed))
        if self.preview_card in action.now:
            self.show_preview(self.preview_card)
        self.cards_changed.emit(change.action, list(change.changed))

    def _announce(self, change: changes.Changes) -> None:
        self._announcing = True
        try:
            self.study.changed.emit(change)
        finally:
            self._announcing = False

    def _changed_elsewhere(self, change: changes.Changes) -> None:
        """An answer, an edit or a restore elsewhere: the rows again (states, due dates), with the
        same cards selected. Hidden, nothing: showing Browse searches anew."""
        if self._announcing or self.rows is None or not self.isVisible():
            return
        if self.editor is not None and self.editor.isVisible():
            return  # the editor's own save: _card_saved searches, with the saved card selected
        if change.cards or change.deck or change.schedule:
            self._keep_selection_through_search()

    def _keep_selection_through_search(self) -> None:
        selected = self.selected_ids()
        current = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        self._reselect = (current.data(Qt.UserRole) if current is not None else None, selected)
        self.search()

    def request_quiz(self) -> None:
        concepts: list[str] = []
        for card_id in self.selected_ids():
            card = self._card(card_id)
            for concept in getattr(card, "concepts", []) or []:
                if concept not in concepts:
                    concepts.append(concept)
        if not concepts:
            self.study.message.emit(translate("Browse", "Select a card first."))
            return
        self.quiz_requested.emit(concepts)

    # ----- the learner's own cards ---------------------------------------------------------
    def add_card(self) -> None:
        """A new card, tagged with the concept the list is narrowed to, or the selected card's."""
        concept = self.concept.currentData() or ""
        if not concept:
            card = self._card(self.selected_ids()[0]) if self.selected_ids() else None
            concept = card.concepts[0] if card is not None else ""
        self._open_editor(concepts=[concept] if concept else [])

    def edit_card(self) -> None:
        ids = self.selected_ids()
        card = self._card(ids[0]) if ids else None
        if card is None:
            self.study.message.emit(translate("Browse", "Select a card first."))
            return
        mine = self._row(card.id) is not None and self._row(card.id).mine
        self._open_editor(card=card, editing=card.id if mine else None)

    def _open_editor(self, **kwargs: Any) -> None:
        if self.editor is not None:
            if self.editor.isVisible():
                self.editor.activateWindow()
                return
            self.editor.deleteLater()  # the one before, closed
        self.editor = CardEditor(self.study, self, **kwargs)
        self.editor.saved.connect(self._card_saved)
        self.editor.finished.connect(lambda _r: QTimer.singleShot(0, self._back_to_cards))
        self.editor.open()
        self.editor_opened.emit(self.editor)

    def _back_to_cards(self) -> None:
        """After the editor or the delete question: keys go to the cards again."""
        self.window().activateWindow()
        self.table.setFocus(Qt.OtherFocusReason)

    def _card_saved(self, card_id: str, added: bool) -> None:
        text = translate("Browse", "Added your card {card}.") if added else translate("Browse", "Saved your card {card}.")
        self.study.message.emit(text.format(card=card_id))
        self._select_after_search = [card_id]
        self.history_card = None
        self.search()

    def _row(self, card_id: str) -> Any:
        return next((row for row in self.rows or [] if row.card_id == card_id), None)

    def delete_card(self) -> None:
        ids = self.selected_ids()
        row = self._row(ids[0]) if ids else None
        if row is None:
            self.study.message.emit(translate("Browse", "Select a card first."))
            return
        if not row.mine:
            self.study.message.emit(translate("Browse", "{card} is a built-in card: it cannot be deleted, but it can be suspended (Ctrl+J).").format(card=row.card_id))
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Question)
        box.setWindowTitle(translate("Browse", "Delete own card"))
        box.setText(translate("Browse", "Delete your card {card}? Its review history stays in the database.").format(card=row.card_id))
        delete = box.addButton(translate("Browse", "Delete"), QMessageBox.DestructiveRole)
        box.addButton(translate("Browse", "Keep it"), QMessageBox.RejectRole)
        box.setDefaultButton(delete)  # Ctrl+Delete, then Enter; Esc keeps it
        card_id = row.card_id

        def answered(_result: int) -> None:
            if box.clickedButton() is delete:
                self._delete(card_id)
            box.deleteLater()
            self.delete_box = None
            QTimer.singleShot(0, self._back_to_cards)

        box.finished.connect(answered)
        self.delete_box = box
        box.open()

    def _delete(self, card_id: str) -> None:
        def done(change: Any) -> None:
            self.study.message.emit(translate("Browse", "Deleted your card {card}.").format(card=card_id))
            self._announce(changes.own_cards(change))
            if self.preview_card == card_id:
                self.preview_card = None
                self.show_preview(None)
            self.search()

        def failed(exc: BaseException) -> None:
            self.study.message.emit(translate("Browse", "Your card could not be deleted: {error}").format(error=str(exc)))

        self.study.run(lambda collection, _s: collection.remove_own_card(card_id), done, failed)

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
        row = self._row(card_id)
        marks = row_marks(row) if row is not None else ""
        title = translate("Browse", "Preview of {card}").format(card=card_id)
        self.preview_title.setText(f"{title} ({marks})" if marks else title)
        self.preview.setHtml(preview_html(card, self.study.lang, is_dark()))
        self.previewed.emit(card_id)

    def retranslate(self) -> None:
        self.title.setText(translate("Browse", "Browse cards"))
        self.text.setPlaceholderText(translate("Browse", "Search text in either language…"))
        self._refill(self.type, translate("Browse", "All types"), [(t, type_name(t)) for t in CARD_TYPES])
        self._refill(
            self.state, translate("Browse", "All states"), [(s, state_name(s)) for s in STATES] + [(p, place_name(p)) for p in PLACES]
        )
        self._retranslate_actions()
        self._fill_concepts()
        self.table.setHorizontalHeaderLabels(
            [
                translate("Browse", "Card"),
                translate("Browse", "Question"),
                translate("Browse", "Type"),
                translate("Browse", "State"),
                translate("Browse", "Due"),
                translate("Browse", "Reps / lapses"),
                translate("Browse", "Marks"),
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
        if self.editor is not None and self.editor.isVisible():
            self.editor.retranslate()

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
        reselect, self._reselect = self._reselect, None
        if reselect is not None and not self._select_after_search:
            self._select_again(*reselect)
        wanted, self._select_after_search = self._select_after_search, []
        for i, row in enumerate(rows):
            if row.card_id in wanted:
                self.select_only(i)
                break
        else:
            if wanted and self._clear_filters():
                # A card just saved that the filters leave out: show every card, with it selected.
                self._select_after_search = wanted
                self.search()
                return
        self.searched.emit(len(rows))

    def _select_again(self, current_id: str | None, selected: list[str]) -> None:
        """The cards selected before a search selected again, where the search still finds them."""
        model, selection = self.table.model(), self.table.selectionModel()
        by_id = {row.card_id: i for i, row in enumerate(self.rows or [])}
        rows = [by_id[card_id] for card_id in selected if card_id in by_id]
        if current_id in by_id:
            selection.setCurrentIndex(model.index(by_id[current_id], 0), QItemSelectionModel.NoUpdate)
        selection.clearSelection()
        for i in rows:
            selection.select(model.index(i, 0), QItemSelectionModel.Select | QItemSelectionModel.Rows)

    def select_only(self, row: int) -> None:
        """Row `row` alone selected and current, whatever modifier keys are held (selectRow() would
        toggle it under Ctrl, as the Ctrl+Enter that saved a card may still be)."""
        index = self.table.model().index(row, 0)
        flags = QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def _clear_filters(self) -> bool:
        """Back to every card; False when nothing was filtered."""
        combos = (self.concept, self.type, self.state)
        if not self.text.text() and all(combo.currentIndex() == 0 for combo in combos):
            return False
        for widget in (self.text, *combos):
            widget.blockSignals(True)
        self.text.clear()
        for combo in combos:
            combo.setCurrentIndex(0)
        for widget in (self.text, *combos):
            widget.blockSignals(False)
        return True

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
            values = [row.card_id, question, type_name(row.card_type), state_name(state), local_time(row.due, now), f"{row.reps} / {row.lapses}", ""]
            for j, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.UserRole, row.card_id)
                if j == 1:
                    item.setData(HtmlDelegate.HTML_ROLE, inline_code(value))
                    item.setToolTip(value)
                self.table.setItem(i, j, item)
            self._draw_row_marks(i)

    def _draw_row_marks(self, i: int) -> None:
        """Row `i`'s marks column and tint, from self.rows[i]."""
        row = self.rows[i]
        marks = self.table.item(i, MARKS_COLUMN)
        if marks is None:
            return
        marks.setText(row_marks(row))
        marks.setForeground(QBrush(QColor(FLAG_COLOURS[row.flag])) if row.flag in FLAG_COLOURS else QBrush())
        tint = ROW_TINTS.get(row.hidden_as)
        for j in range(self.table.columnCount()):
            item = self.table.item(i, j)
            if item is not None:
                item.setBackground(QBrush(tint) if tint is not None else QBrush())

    def _selected(self) -> None:
        ids = self.selected_ids()
        current = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        card_id = current.data(Qt.UserRole) if current is not None and current.data(Qt.UserRole) in ids else (ids[0] if ids else None)
        if card_id is None:
            return
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
