"""Settings restores a backup: on the worker, the current answers kept aside first, the app's store
reopened on the restored file; a file that is not a quizapp database is refused and nothing changes."""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

from .conftest import make_window
from .helpers import answer_first_card, reviews_on_disk


def settled(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.runner.pending == 0, timeout=10000)


def answer_on_worker(window, rating: int = 1) -> None:
    def answer() -> None:
        session = window.study.session
        session.answer(session.next_card().id, rating, duration_ms=900)

    window.runner.call_sync(answer)


def snapshot(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_settings_restores_a_backup_off_the_gui_thread(qtbot, data_dir, clock, monkeypatch):
    import quizapp.core.portable as portable

    window = make_window(qtbot, data_dir, clock)
    answer_first_card(qtbot, window)
    settled(qtbot, window)
    backup = window.runner.call_sync(lambda: portable.make_backup(data_dir, clock.now()).path)
    at_backup = reviews_on_disk(data_dir)
    assert len(at_backup) == 1
    answer_on_worker(window)
    assert len(reviews_on_disk(data_dir)) == 2
    store = window.study.collection.store

    ran_on: list[int] = []
    original = portable.restore

    def recording(*args, **kwargs):
        ran_on.append(threading.get_ident())
        return original(*args, **kwargs)

    monkeypatch.setattr(portable, "restore", recording)
    settings = window.view("settings")
    window.show_view("settings")
    with qtbot.waitSignal(settings.restored, timeout=20000):
        settings.restore_from(backup)

    assert ran_on and threading.main_thread().ident not in ran_on
    assert reviews_on_disk(data_dir) == at_backup
    # The app's own store reads the restored file (the same object: whoever holds it sees it).
    assert window.study.collection.store is store
    assert window.runner.call_sync(lambda: store.count_answers()) == 1
    [aside] = (data_dir / "backups").glob("before-restore-*.sqlite3")
    assert str(aside) in settings.restore_result.text() and "Restored 1 answers" in settings.restore_result.text()
    # Studying goes on from the restored answers, in the session made from them.
    answer_on_worker(window)
    assert len(reviews_on_disk(data_dir)) == 2 and reviews_on_disk(data_dir)[0] == at_backup[0]


def test_settings_refuses_a_file_that_is_not_a_quizapp_database(qtbot, data_dir, clock, tmp_path):
    window = make_window(qtbot, data_dir, clock)
    answer_first_card(qtbot, window)
    settled(qtbot, window)
    offered = tmp_path / "notes.sqlite3"
    offered.write_text("not a database\n")
    before = snapshot(data_dir)
    settings = window.view("settings")
    window.show_view("settings")
    with qtbot.waitSignal(settings.restore_failed, timeout=20000) as refused:
        settings.restore_from(offered)
    assert "not a quizapp database" in refused.args[0] and str(offered) in settings.restore_result.text()
    assert settings.restore_button.isEnabled()
    settled(qtbot, window)
    assert snapshot(data_dir) == before
    answer_on_worker(window)  # the app goes on with its own answers
    assert len(reviews_on_disk(data_dir)) == 2


def test_the_button_asks_for_a_file_then_for_a_yes(qtbot, data_dir, clock, monkeypatch):
    import quizapp.core.portable as portable
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    window = make_window(qtbot, data_dir, clock)
    answer_first_card(qtbot, window)
    settled(qtbot, window)
    backup = window.runner.call_sync(lambda: portable.make_backup(data_dir, clock.now()).path)
    answer_on_worker(window)
    offered_in: list[str] = []

    def open_file(parent, caption, folder, filters):
        offered_in.append(folder)
        return str(backup), filters

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(open_file))
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda parent, title, text: asked.append(text) or QMessageBox.StandardButton.No))
    settings = window.view("settings")
    window.show_view("settings")
    qtbot.mouseClick(settings.restore_button, Qt.LeftButton)
    settled(qtbot, window)
    assert offered_in == [str(data_dir / "backups")] and str(backup) in asked[0]
    assert len(reviews_on_disk(data_dir)) == 2  # "No": nothing restored

    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *args: QMessageBox.StandardButton.Yes))
    with qtbot.waitSignal(settings.restored, timeout=20000):
        qtbot.mouseClick(settings.restore_button, Qt.LeftButton)
    assert len(reviews_on_disk(data_dir)) == 1
