"""No disk work on the GUI thread: every SQL statement the window causes runs on the one worker."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from .helpers import answer_first_card, press, type_text


def test_every_statement_runs_on_the_worker(qtbot, window):
    statements: list[tuple[int, str]] = []
    conn = window.study.collection.store.conn
    window.runner.call_sync(lambda: conn.set_trace_callback(lambda sql: statements.append((threading.get_ident(), sql))))
    review = answer_first_card(qtbot, window)
    type_text(qtbot, window, "docker run -d quizlab/app:1")
    with qtbot.waitSignal(review.revealed, timeout=10000):
        press(qtbot, window, Qt.Key_Return)
    with qtbot.waitSignal(review.card_shown, timeout=10000):
        press(qtbot, window, Qt.Key_Z, Qt.ControlModifier)
    browse = window.view("browse")
    with qtbot.waitSignal(browse.searched, timeout=10000):
        window.show_view("browse")
    home = window.view("home")
    home.summary = None
    window.show_view("home")
    qtbot.waitUntil(home.settled, timeout=10000)
    qtbot.waitUntil(lambda: window.runner.pending == 0, timeout=10000)
    window.runner.call_sync(lambda: conn.set_trace_callback(None))

    assert any("INSERT INTO reviews" in sql for _, sql in statements)
    assert any("DELETE FROM reviews" in sql for _, sql in statements)
    threads = {ident for ident, _ in statements}
    assert threading.main_thread().ident not in threads
    assert len(threads) == 1  # one worker, as Anki's taskman
