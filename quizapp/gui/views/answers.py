"""The answer widgets of the review view, one per typed card (command, cloze, choice, order).

`value()` gives the answer in the shape quizapp.core.grading expects. The review view imports this
module when it first shows a typed card, so a basic first card is drawn without building these
widget classes (PySide6 creates each Qt class and its enums on first use).
"""

from __future__ import annotations

import random
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence
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
from quizapp.gui.app import monospace_font
from quizapp.gui.i18n import translate
from quizapp.gui.views.common import install_shortcuts, wrapped_label


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

    def lock(self) -> None:
        self.edit.setReadOnly(True)

    def focus(self) -> None:
        self.edit.setFocus()


class ClozeAnswer(QWidget):
    def __init__(self, card: Any, undo_filter: QObject):
        super().__init__()
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edits = []
        for i in range(1, len(card.blanks) + 1):
            edit = QLineEdit()
            edit.setFont(monospace_font())
            edit.installEventFilter(undo_filter)
            edit.setObjectName(f"blank{i}")
            self.edits.append(edit)
            layout.addRow(translate("Review", "Blank {n}").format(n=i), edit)

    def value(self) -> list[str]:
        return [e.text() for e in self.edits]

    def lock(self) -> None:
        for e in self.edits:
            e.setReadOnly(True)

    def focus(self) -> None:
        self.edits[0].setFocus()


class ChoiceAnswer(QWidget):
    """Options lettered A, B, C...; the letter key picks (or toggles) one."""

    def __init__(self, card: Any, lang: str):
        super().__init__()
        self.card = card
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.multiple = card.multiple
        if self.multiple:
            layout.addWidget(wrapped_label(translate("Review", "Choose every right answer (letter keys toggle).")))
        self.group = QButtonGroup(self)
        self.group.setExclusive(not self.multiple)
        self.buttons: list[QCheckBox | QRadioButton] = []
        for i, option in enumerate(card.options):
            letter = chr(ord("A") + i)
            text = f"{letter}. {option.text.get(lang)}"
            button = QCheckBox(text) if self.multiple else QRadioButton(text)
            button.setProperty("option_id", option.id)
            self.group.addButton(button, i)
            self.buttons.append(button)
            row = QHBoxLayout()
            row.addWidget(button)
            row.addStretch(1)
            layout.addLayout(row)
        keys = [(chr(ord("A") + i), (lambda i=i: self.toggle(i))) for i in range(len(self.buttons))]
        self.shortcuts = install_shortcuts(self, keys, context=qtvalues.WINDOW_SHORTCUT)

    def toggle(self, index: int) -> None:
        button = self.buttons[index]
        if not button.isEnabled():
            return
        button.setChecked(not button.isChecked() if self.multiple else True)

    def value(self) -> list[str]:
        return [b.property("option_id") for b in self.buttons if b.isChecked()]

    def lock(self) -> None:
        for b in self.buttons:
            b.setEnabled(False)
        for s in self.shortcuts.values():
            s.setEnabled(False)

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
    def __init__(self, card: Any, lang: str, rng: random.Random):
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(wrapped_label(translate("Review", "Put these in order: drag them, or select one and press Ctrl+Up / Ctrl+Down.")))
        self.list = OrderList()
        self.list.setDragDropMode(QAbstractItemView.InternalMove)
        self.list.setDefaultDropAction(Qt.MoveAction)
        if card.items_lang != "text":
            self.list.setFont(monospace_font())
        shown = list(range(len(card.items)))
        for _ in range(5):  # never start in the right order
            rng.shuffle(shown)
            if shown != sorted(shown):
                break
        for index in shown:
            item = QListWidgetItem(card.items[index].get(lang))
            item.setData(Qt.UserRole, index)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.setStyleSheet(
            "QListWidget::item { padding: 7px 6px; border-bottom: 1px solid rgba(127, 127, 127, 0.25); }"
            "QListWidget::item:selected { background: palette(highlight); color: palette(highlighted-text); }"
        )
        self.list.setFixedHeight(min(12 + self.list.sizeHintForRow(0) * len(shown), 320))
        layout.addWidget(self.list)

    def value(self) -> list[int]:
        return [int(self.list.item(i).data(Qt.UserRole)) for i in range(self.list.count())]

    def lock(self) -> None:
        self.list.setDragDropMode(QAbstractItemView.NoDragDrop)
        self.list.setEnabled(False)

    def focus(self) -> None:
        self.list.setFocus()
