"""The answer widgets of the review view, one per typed card (command, cloze, choice, order).

`value()` gives the answer in the shape quizapp.core.grading expects; `first_empty()` the field an
answer still needs (None when there is one); `retranslate(lang)` redraws the widget in the other
language without losing what was typed or picked; `show_result()` marks each option or item right
or wrong once the card is graded. The review view imports this module when it first shows a typed
card, so a basic first card is drawn without building these widget classes (PySide6 creates each
Qt class and its enums on first use).
"""

from __future__ import annotations

import random
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.gui import qtvalues
from quizapp.core.review import shuffled_order
from quizapp.gui.app import is_dark, monospace_font
from quizapp.gui.i18n import translate
from quizapp.gui.views.common import install_shortcuts, wrapped_label

RIGHT_COLOUR = "#2e7d32"
WRONG_COLOUR = "#c62828"
# The same marks on a dark background: the darker shades above are hard to read there.
RIGHT_COLOUR_DARK = "#66bb6a"
WRONG_COLOUR_DARK = "#ef5350"


def mark_colours() -> tuple[str, str]:
    return (RIGHT_COLOUR_DARK, WRONG_COLOUR_DARK) if is_dark() else (RIGHT_COLOUR, WRONG_COLOUR)
RIGHT_MARK, WRONG_MARK = "✓", "✗"


def _inert(widget: QWidget) -> None:
    """Shown but no longer answerable: neither mouse nor keyboard reach it, and, unlike a disabled
    widget, it is not greyed out, so the marks on its options stay readable."""
    widget.setAttribute(Qt.WA_TransparentForMouseEvents, True)
    widget.setFocusPolicy(Qt.NoFocus)


class UndoPassThrough(QObject):
    """A text field with nothing to undo lets Ctrl+Z reach the window's undo of the last answer."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.ShortcutOverride and event.matches(QKeySequence.Undo):
            if isinstance(obj, QLineEdit) and not obj.isUndoAvailable():
                event.ignore()
                return True
        return False


class CommandAnswer(QWidget):
    def __init__(self, card: Any, undo_filter: QObject):
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        prompt = QLabel("$")
        prompt.setFont(monospace_font())
        self.edit = QLineEdit()
        self.edit.setFont(monospace_font())
        self.edit.setPlaceholderText(translate("Review", "Type the command, then Enter"))
        self.edit.installEventFilter(undo_filter)
        layout.addWidget(prompt)
        layout.addWidget(self.edit, 1)

    def value(self) -> str:
        return self.edit.text()

    def first_empty(self) -> QWidget | None:
        return None if self.edit.text().strip() else self.edit

    def lock(self) -> None:
        self.edit.setReadOnly(True)

    def focus_target(self) -> QWidget:
        return self.edit

    def focus(self) -> None:
        self.edit.setFocus()

    def retranslate(self, lang: str) -> None:
        self.edit.setPlaceholderText(translate("Review", "Type the command, then Enter"))

    def show_result(self, grade: Any) -> None:
        pass


class ClozeAnswer(QWidget):
    def __init__(self, card: Any, undo_filter: QObject):
        super().__init__()
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edits = []
        self.labels = []
        for i in range(1, len(card.blanks) + 1):
            edit = QLineEdit()
            edit.setFont(monospace_font())
            edit.installEventFilter(undo_filter)
            edit.setObjectName(f"blank{i}")
            label = QLabel()
            self.edits.append(edit)
            self.labels.append(label)
            layout.addRow(label, edit)
        self.retranslate("")

    def value(self) -> list[str]:
        return [e.text() for e in self.edits]

    def first_empty(self) -> QWidget | None:
        return next((e for e in self.edits if not e.text().strip()), None)

    def lock(self) -> None:
        for e in self.edits:
            e.setReadOnly(True)

    def focus_target(self) -> QWidget:
        return self.edits[0]

    def focus(self) -> None:
        self.edits[0].setFocus()

    def retranslate(self, lang: str) -> None:
        for i, label in enumerate(self.labels, 1):
            label.setText(translate("Review", "Blank {n}").format(n=i))

    def show_result(self, grade: Any) -> None:
        pass


class ChoiceAnswer(QWidget):
    """Options lettered A, B, C... in the order given (shuffled for each showing: the deck lists
    the right option first); the letter key picks (or toggles) the option shown beside it."""

    def __init__(self, card: Any, lang: str, options: list[Any] | None = None):
        super().__init__()
        self.card = card
        self.options = list(options if options is not None else card.options)
        self.lang = lang
        self.marked = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.multiple = card.multiple
        self.how = wrapped_label()
        self.how.setVisible(self.multiple)
        layout.addWidget(self.how)
        self.group = QButtonGroup(self)
        self.group.setExclusive(not self.multiple)
        self.buttons: list[QCheckBox | QRadioButton] = []
        for i, option in enumerate(self.options):
            button = QCheckBox() if self.multiple else QRadioButton()
            button.setProperty("option_id", option.id)
            self.group.addButton(button, i)
            self.buttons.append(button)
            row = QHBoxLayout()
            row.addWidget(button)
            row.addStretch(1)
            layout.addLayout(row)
        keys = [(chr(ord("A") + i), (lambda i=i: self.toggle(i))) for i in range(len(self.buttons))]
        self.shortcuts = install_shortcuts(self, keys, context=qtvalues.WINDOW_SHORTCUT)
        self.retranslate(lang)

    def retranslate(self, lang: str) -> None:
        self.lang = lang
        self.how.setText(translate("Review", "Choose every right answer (letter keys toggle)."))
        for i, (button, option) in enumerate(zip(self.buttons, self.options)):
            text = f"{chr(ord('A') + i)}. {option.text.get(lang)}"
            if self.marked:
                text = f"{RIGHT_MARK if option.correct else WRONG_MARK}  {text}"
            button.setText(text)

    def toggle(self, index: int) -> None:
        button = self.buttons[index]
        if not button.isEnabled() or self.marked:
            return
        button.setChecked(not button.isChecked() if self.multiple else True)

    def value(self) -> list[str]:
        return [b.property("option_id") for b in self.buttons if b.isChecked()]

    def first_empty(self) -> QWidget | None:
        return None if self.value() else self.buttons[0]

    def lock(self) -> None:
        for b in self.buttons:
            _inert(b)
        for s in self.shortcuts.values():
            s.setEnabled(False)

    def show_result(self, grade: Any) -> None:
        """Each option marked right or wrong; a wrong pick and a missed right one stand out."""
        self.marked = True
        self.lock()
        right_colour, wrong_colour = mark_colours()
        for button, option in zip(self.buttons, self.options):
            picked = button.isChecked()
            if option.correct:
                style = f"color: {right_colour}; font-weight: bold;"
            elif picked:
                style = f"color: {wrong_colour}; font-weight: bold;"
            else:
                style = "color: palette(placeholder-text);"
            button.setStyleSheet(style)
            button.setProperty("verdict", "right" if option.correct else "wrong")
        self.retranslate(self.lang)

    def focus_target(self) -> QWidget:
        return self.buttons[0]

    def focus(self) -> None:
        self.buttons[0].setFocus()


class OrderList(QListWidget):
    """Drag and drop, or Ctrl+Up / Ctrl+Down to move the selected item."""

    def keyPressEvent(self, event: Any) -> None:
        if event.modifiers() & Qt.ControlModifier and event.key() in (Qt.Key_Up, Qt.Key_Down):
            row = self.currentRow()
            target = row - 1 if event.key() == Qt.Key_Up else row + 1
            if 0 <= row < self.count() and 0 <= target < self.count():
                item = self.takeItem(row)
                self.insertItem(target, item)
                self.setCurrentRow(target)
            event.accept()
            return
        super().keyPressEvent(event)


class OrderAnswer(QWidget):
    MAX_HEIGHT = 320

    def __init__(self, card: Any, lang: str, rng: random.Random):
        super().__init__()
        self.card = card
        self.lang = lang
        self.marked = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.how = wrapped_label()
        layout.addWidget(self.how)
        self.list = OrderList()
        self.list.setDragDropMode(QAbstractItemView.InternalMove)
        self.list.setDefaultDropAction(Qt.MoveAction)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        if card.items_lang != "text":
            self.list.setFont(monospace_font())
        for index in shuffled_order(len(card.items), rng):
            item = QListWidgetItem()
            item.setData(Qt.UserRole, index)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.setStyleSheet(
            "QListWidget::item { padding: 7px 6px; border-bottom: 1px solid rgba(127, 127, 127, 0.25); }"
            "QListWidget::item:selected { background: palette(highlight); color: palette(highlighted-text); }"
        )
        self.retranslate(lang)
        layout.addWidget(self.list)

    def _fit_height(self) -> None:
        # Exactly the rows and the frame: a fixed guess left a blank strip under the last item.
        rows = sum(self.list.sizeHintForRow(i) for i in range(self.list.count()))
        self.list.setFixedHeight(min(rows + 2 * self.list.frameWidth(), self.MAX_HEIGHT))

    def retranslate(self, lang: str) -> None:
        self.lang = lang
        self.how.setText(translate("Review", "Put these in order: drag them, or select one and press Ctrl+Up / Ctrl+Down."))
        for pos in range(self.list.count()):
            item = self.list.item(pos)
            index = int(item.data(Qt.UserRole))
            text = self.card.items[index].get(lang)
            if self.marked:
                if index == pos:
                    text = f"{RIGHT_MARK}  {text}"
                else:
                    text = f"{WRONG_MARK}  {text}   " + translate("Review", "→ belongs at {n}").format(n=index + 1)
            item.setText(text)
        self._fit_height()

    def value(self) -> list[int]:
        return [int(self.list.item(i).data(Qt.UserRole)) for i in range(self.list.count())]

    def first_empty(self) -> QWidget | None:
        return None  # every order is an answer

    def lock(self) -> None:
        self.list.setDragDropMode(QAbstractItemView.NoDragDrop)
        self.list.setSelectionMode(QAbstractItemView.NoSelection)
        self.list.clearSelection()
        _inert(self.list)

    def show_result(self, grade: Any) -> None:
        """Every item not where it belongs is marked with the place it belongs at."""
        self.marked = True
        self.lock()
        right_colour, wrong_colour = mark_colours()
        for pos in range(self.list.count()):
            item = self.list.item(pos)
            right = int(item.data(Qt.UserRole)) == pos
            item.setForeground(QBrush(QColor(right_colour if right else wrong_colour)))
            item.setData(Qt.UserRole + 1, "right" if right else "wrong")
        self.retranslate(self.lang)

    def focus_target(self) -> QWidget:
        return self.list

    def focus(self) -> None:
        self.list.setFocus()
