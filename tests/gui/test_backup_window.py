"""The window makes the daily backup after the first card, on the worker."""

from __future__ import annotations

import sqlite3
import threading

from .conftest import make_window
from .helpers import answer_first_card


def test_the_window_backs_up_once_a_day_after_the_first_card(qtbot, data_dir, clock, monkeypatch):
    from quizapp.core.store import Store

    first = make_window(qtbot, data_dir, clock)
    answer_first_card(qtbot, first)
    first.close()
    clock.advance(days=1)

    made_on: list[int] = []
    original = Store.backup_if_due

    def recording(self, now, *args, **kwargs):
        made_on.append(threading.get_ident())
        return original(self, now, *args, **kwargs)

    monkeypatch.setattr(Store, "backup_if_due", recording)
    from quizapp.core.collection import Collection

    opened_with: list[dict] = []
    original_open = Collection.open.__func__

    def recording_open(cls, *args, **kwargs):
        opened_with.append(kwargs)
        return original_open(cls, *args, **kwargs)

    monkeypatch.setattr(Collection, "open", classmethod(recording_open))
    window = make_window(qtbot, data_dir, clock)
    store = window.study.collection.store
    qtbot.waitUntil(lambda: bool(made_on) and window.runner.pending == 0, timeout=10000)
    newest = store.backups()[0]  # (the first window may have made one for the day before)
    assert newest.name == f"quizapp-{clock.now():%Y-%m-%d}.sqlite3"
    conn = sqlite3.connect(newest)
    assert conn.execute("SELECT count(*) FROM reviews").fetchone()[0] == 1  # the answer of the day before
    conn.close()
    assert threading.main_thread().ident not in made_on
    assert opened_with and opened_with[0].get("backup") is False  # not on the way to the first card
    assert window.study.collection.warnings() == []
