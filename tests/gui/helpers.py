"""Keyboard helpers: keys go to whatever has focus, as they would for a learner."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def focus(window):
    return QApplication.focusWidget() or window


def press(qtbot, window, key, modifier=Qt.NoModifier):
    qtbot.keyClick(focus(window), key, modifier)


def type_text(qtbot, window, text):
    qtbot.keyClicks(focus(window), text)


def answer_first_card(qtbot, window, rating=3):
    """Open the review view, reveal its first card and rate it; the next card is shown."""
    review = window.view("review")
    with qtbot.waitSignal(review.card_shown, timeout=10000):
        window.show_view("review")
    with qtbot.waitSignal(review.revealed, timeout=10000):
        press(qtbot, window, Qt.Key_Space)
    with qtbot.waitSignal(review.card_shown, timeout=10000):
        press(qtbot, window, getattr(Qt, f"Key_{rating}"))
    return review


def reviews_on_disk(data_dir):
    """The review log as another process would read it: a fresh connection to the file."""
    import sqlite3

    from quizapp.core.paths import DB_FILENAME

    conn = sqlite3.connect(str(data_dir / DB_FILENAME))
    try:
        return conn.execute("SELECT card_id, rating, correct, answer FROM reviews ORDER BY id").fetchall()
    finally:
        conn.close()
