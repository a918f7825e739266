"""The window names the ratings as the terminal does (tests/test_ratings.py): from the core's one
home, in the interface's language."""

from __future__ import annotations

from PySide6.QtCore import Qt

from .conftest import make_window
from .helpers import press
from quizapp.core.ratings import RATINGS, rating_name
from quizapp.gui.window import shortcut_sections


def test_buttons_and_shortcut_list_use_the_core_names(qtbot, data_dir, clock):
    window = make_window(qtbot, data_dir, clock, lang="ko")
    review_keys = dict(shortcut_sections()[2][1])
    assert [review_keys[str(r)] for r in RATINGS] == ["다시", "어려움", "알맞음", "쉬움"]
    review = window.view("review")
    with qtbot.waitSignal(review.card_shown, timeout=10000):
        window.show_view("review")
    with qtbot.waitSignal(review.revealed, timeout=10000):
        press(qtbot, window, Qt.Key_Space)
    assert [review.rate_buttons[r].text().split("\n")[0] for r in RATINGS] == [f"{r}  {rating_name(r, 'ko')}" for r in RATINGS]
