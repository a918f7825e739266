"""Small pieces several views use."""

from __future__ import annotations

from datetime import datetime, timedelta
from html import escape
from typing import Callable, Iterable

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from quizapp.gui import qtvalues


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


def separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.HLine)
    line.setFrameShadow(QFrame.Sunken)
    return line


def interval(delta: timedelta, lang: str) -> str:
    from quizapp.core.scheduler import format_interval

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
