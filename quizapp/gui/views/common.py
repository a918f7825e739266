"""Small pieces several views use."""

from __future__ import annotations

from datetime import datetime, timedelta
from html import escape
from typing import Callable, Iterable

from PySide6 import QtGui, QtWidgets
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QPushButton, QStyledItemDelegate, QWidget

# This module is on the way to the first card. Naming a Qt class makes PySide6 build its type and
# enums: QStyle, QStyleOptionViewItem, QPalette and QTextDocument together took 10 ms (measured
# 2026-12-02 on the 2-core machine), so the delegate below reaches them through their modules when
# it first paints.

from quizapp.core.scheduler import format_interval
from quizapp.gui import qtvalues
from quizapp.gui.i18n import translate


def install_shortcuts(
    owner: QWidget, keys: Iterable[tuple[str, Callable[[], None]]], context: int = qtvalues.WIDGET_WITH_CHILDREN_SHORTCUT
) -> dict[str, QShortcut]:
    """Shortcuts are data: (key, callable) pairs, active while focus is inside `owner` (or, with
    `context=qtvalues.WINDOW_SHORTCUT`, anywhere in its window)."""
    made = {}
    for key, action in keys:
        shortcut = QShortcut(QKeySequence(key), owner)
        shortcut.setProperty("context", context)
        shortcut.activated.connect(action)
        made[key] = shortcut
    return made


def wrapped_label(text: str = "", *, rich: bool = False, selectable: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setProperty("textFormat", qtvalues.RICH_TEXT if rich else qtvalues.PLAIN_TEXT)
    if selectable:
        label.setProperty("textInteractionFlags", qtvalues.TEXT_SELECTABLE_BY_MOUSE)
    return label


def heading(text: str = "", size: int = 16) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSize(size)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def action_button(on_click: Callable[[], object], height: int = 40) -> QPushButton:
    """A tall button under a card (its text is set by the view's retranslate())."""
    button = QPushButton()
    button.setMinimumHeight(height)
    button.clicked.connect(lambda _checked=False: on_click())
    return button


def button_row(*buttons: tuple[QWidget, int]) -> QWidget:
    """One row of (button, stretch) pairs, edge to edge: a page of a view's button stack."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for button, stretch in buttons:
        layout.addWidget(button, stretch)
    return row


def separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.HLine)
    line.setFrameShadow(QFrame.Sunken)
    return line


def interval(delta: timedelta, lang: str) -> str:
    return format_interval(delta, lang)


def inline_code(text: str) -> str:
    """Backticks in card text become monospace spans; everything else is escaped."""
    parts = escape(text).split("`")
    out = []
    for i, part in enumerate(parts):
        if i % 2 == 1 and i + 1 < len(parts):
            out.append(f'<span style="font-family: monospace;">{part}</span>')
        elif i % 2 == 1:  # an unpaired backtick stays as written
            out.append("`" + part)
        else:
            out.append(part)
    return "".join(out).replace("\n", "<br>")


def local_time(when: datetime | None, clock_now: datetime) -> str:
    if when is None:
        return ""
    return when.astimezone(clock_now.tzinfo).strftime("%Y-%m-%d %H:%M")


class HtmlDelegate(QStyledItemDelegate):
    """Draws a table cell's HTML (its `HTML_ROLE` data, e.g. `inline_code` output) on one line,
    elided like plain cells; the cell's text stays the plain text for sorting and tests."""

    HTML_ROLE = 0x0100 + 7  # Qt.UserRole + 7

    def paint(self, painter, option, index) -> None:  # noqa: ANN001 - Qt's signature
        html = index.data(self.HTML_ROLE)
        if not html:
            super().paint(painter, option, index)
            return
        item = QtWidgets.QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""
        style = item.widget.style() if item.widget is not None else QApplication.style()
        style.drawControl(QtWidgets.QStyle.CE_ItemViewItem, item, painter, item.widget)
        doc = QtGui.QTextDocument()
        doc.setDefaultFont(item.font)
        doc.setDocumentMargin(0)
        selected = bool(item.state & QtWidgets.QStyle.State_Selected)
        colour = item.palette.color(QtGui.QPalette.HighlightedText if selected else QtGui.QPalette.Text).name()
        doc.setHtml(f'<span style="color:{colour}; white-space: pre;">{html}</span>')
        text_rect = style.subElementRect(QtWidgets.QStyle.SE_ItemViewItemText, item, item.widget)
        painter.save()
        painter.setClipRect(text_rect)
        painter.translate(text_rect.left() + 2, text_rect.top() + (text_rect.height() - doc.size().height()) / 2)
        doc.drawContents(painter)
        painter.restore()


def type_name(card_type: str) -> str:
    return {
        "basic": translate("Browse", "basic"),
        "cloze": translate("Browse", "cloze"),
        "choice": translate("Browse", "choice"),
        "command": translate("Browse", "command"),
        "order": translate("Browse", "order"),
    }.get(card_type, card_type)
