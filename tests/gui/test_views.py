"""Home, browse, settings, the remembered window state, and --screenshot."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from .conftest import CONTENT, make_window
from .helpers import answer_first_card, press


def test_home_counts_and_streak(qtbot, window, data_dir):
    home = window.view("home")
    window.show_view("home")
    qtbot.waitUntil(home.settled, timeout=10000)
    assert home.tiles["new"].number.text() == "5"
    assert home.tiles["labs"].number.text() == "0"
    assert "No streak yet" in home.streak.text()
    assert "Coming up:" in home.next.text()
    # Enter on home starts studying
    review = window.view("review")
    with qtbot.waitSignal(review.card_shown, timeout=10000):
        press(qtbot, window, Qt.Key_Return)
    assert window.current == "review"
    with qtbot.waitSignal(review.revealed, timeout=10000):
        press(qtbot, window, Qt.Key_Space)
    with qtbot.waitSignal(review.card_shown, timeout=10000):
        press(qtbot, window, Qt.Key_3)
    home.summary = None
    window.show_view("home")
    qtbot.waitUntil(home.settled, timeout=10000)
    assert home.tiles["new"].number.text() == "4"
    assert home.tiles["learning"].number.text() == "1"
    assert home.streak.text() == "Streak: 1 day in a row"  # Qt's English plural, not "day(s)"


def test_browse_search_and_history(qtbot, window, data_dir):
    answer_first_card(qtbot, window, rating=2)
    browse = window.view("browse")
    with qtbot.waitSignal(browse.searched, timeout=10000) as found:
        window.show_view("browse")
    assert found.args[0] == 5
    with qtbot.waitSignal(browse.searched, timeout=10000) as found:
        qtbot.keyClicks(browse.text, "docker ps")
    assert found.args[0] == 1 and browse.table.item(0, 0).text() == "t-choice"
    browse.text.clear()
    qtbot.waitSignal(browse.searched, timeout=10000).wait()
    with qtbot.waitSignal(browse.searched, timeout=10000) as found:
        browse.type.setCurrentIndex(browse.type.findData("order"))
    assert found.args[0] == 1 and browse.table.item(0, 0).text() == "t-order"
    browse.type.setCurrentIndex(0)
    qtbot.waitSignal(browse.searched, timeout=10000).wait()
    with qtbot.waitSignal(browse.searched, timeout=10000) as found:
        browse.state.setCurrentIndex(browse.state.findData("learning"))
    assert found.args[0] == 1 and browse.table.item(0, 0).text() == "t-basic"
    with qtbot.waitSignal(browse.searched, timeout=10000) as found:
        browse.concept.setCurrentIndex(browse.concept.findData("container"))
    assert found.args[0] == 0
    browse.state.setCurrentIndex(0)
    with qtbot.waitSignal(browse.searched, timeout=10000) as found:
        pass
    assert found.args[0] == 2
    # history of the answered card
    browse.concept.setCurrentIndex(0)
    qtbot.waitSignal(browse.searched, timeout=10000).wait()
    with qtbot.waitSignal(browse.history_shown, timeout=10000):
        browse.table.selectRow(0)
    assert browse.history_card == "t-basic"
    assert browse.history_table.rowCount() == 1
    assert browse.history_table.item(0, 1).text() == "2 Hard"


def test_settings_language_and_limits_are_saved(qtbot, data_dir, clock):
    window = make_window(qtbot, data_dir, clock, lang=None)
    assert window.study.lang == "ko"  # the default setting
    settings = window.view("settings")
    window.show_view("settings")
    # where the answers and their daily copies are, in the language shown
    assert f"{data_dir}에 저장" in settings.data_note.text() and str(data_dir / "backups") in settings.data_note.text()
    with qtbot.waitSignal(settings.saved, timeout=10000):
        settings.language.setCurrentIndex(settings.language.findData("en"))
    assert window.study.lang == "en"
    assert window.nav.item(0).text().strip() == "Home"
    assert settings.data_note.text().startswith(f"Your answers are kept in {data_dir}. Each day a copy goes to {data_dir / 'backups'}")
    settings.new_per_day.setValue(2)
    settings.retention.setValue(85)
    with qtbot.waitSignal(settings.saved, timeout=10000):
        press(qtbot, window, Qt.Key_S, Qt.ControlModifier)
    stored = window.runner.call_sync(window.study.collection.store.load_settings)
    assert (stored.language, stored.new_per_day, stored.desired_retention) == ("en", 2, 0.85)
    # the new limit applies to the session at once
    home = window.view("home")
    home.summary = None
    window.show_view("home")
    qtbot.waitUntil(home.settled, timeout=10000)
    assert home.tiles["new"].number.text() == "2"


def test_geometry_and_last_view_are_remembered(qtbot, data_dir, clock):
    window = make_window(qtbot, data_dir, clock)
    window.resize(720, 520)  # within the offscreen screen (800x600): restoring clamps to it
    window.show_view("browse")
    saved = (window.size().width(), window.size().height())
    assert saved != (1180, 760)
    window.save_state()
    again = make_window(qtbot, data_dir, clock)
    assert again.restore_state() == "browse"
    assert (again.size().width(), again.size().height()) == saved


def colours(image: QImage) -> int:
    seen = set()
    for y in range(0, image.height(), 7):
        for x in range(0, image.width(), 7):
            seen.add(image.pixel(x, y))
    return len(seen)


@pytest.mark.parametrize("view", ["home", "review", "labs", "lab:gui-hello", "browse", "stats", "settings", "quiz"])
def test_screenshot_command(qtbot, tmp_path, monkeypatch, view):
    from quizapp.cli import main

    monkeypatch.setenv("QUIZAPP_CONTENT_DIR", str(CONTENT))
    out = tmp_path / "shot.png"
    assert main(["--data-dir", str(tmp_path / "d"), "--lang", "ko", "--screenshot", str(out), "--view", view]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1180, 760)
    assert colours(image) > 20  # text was drawn, not an empty window


def test_screenshot_rejects_an_unknown_view(tmp_path, capsys):
    from quizapp.cli import main

    assert main(["--data-dir", str(tmp_path / "d"), "--screenshot", str(tmp_path / "x.png"), "--view", "nowhere"]) == 2
    assert "--view: 'nowhere' is not a view" in capsys.readouterr().err


def test_deck_cache_is_used_and_follows_edits(tmp_path):
    import shutil

    from quizapp.gui.deckcache import load_deck

    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    data = tmp_path / "data"
    first = load_deck(content, data)
    assert [c.id for c in first.cards][:2] == ["t-basic", "t-command"]
    assert len(list((data / "cache").glob("deck-*.pickle"))) == 1
    again = load_deck(content, data)
    assert [c.id for c in again.cards] == [c.id for c in first.cards]
    # an edited card file is read again, not served from the cache
    path = content / "cards" / "10-test.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("What is a Docker image?", "What is an image?"), encoding="utf-8")
    edited = load_deck(content, data)
    assert edited.by_id["t-basic"].prompt.en == "What is an image?"
    assert len(list((data / "cache").glob("deck-*.pickle"))) == 1


def test_stats_show_answers_per_day_and_cards_coming_due(qtbot, window):
    from .test_review_keyboard import next_card, reveal

    review = window.view("review")
    with qtbot.waitSignal(review.card_shown, timeout=10000):
        window.show_view("review")
    reveal(qtbot, window, review)
    next_card(qtbot, review, lambda: press(qtbot, window, Qt.Key_3))
    stats = window.view("stats")
    window.show_view("stats")
    qtbot.waitUntil(stats.settled, timeout=10000)
    assert stats.report.calendar[-1] == 1 and sum(stats.report.calendar) == 1
    assert stats.report.forecast[0] == 1  # the learning card is due again today
    assert stats.values["reviews_today"].text() == "1"


def test_screenshot_of_unreadable_data_fails_with_a_message(tmp_path, capsys):
    from quizapp.cli import main

    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    code = main(["--data-dir", str(blocker / "data"), "--screenshot", str(tmp_path / "x.png"), "--view", "home"])
    assert code == 2  # bad data exits 2, as `quizapp stats` does
    err = capsys.readouterr().err
    assert "cannot open the data" in err and str(blocker / "data") in err
    assert not (tmp_path / "x.png").exists()


def test_window_without_a_display_says_what_to_do(monkeypatch, tmp_path, capsys):
    from types import SimpleNamespace

    from quizapp.cli.gui import launch

    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    assert launch(SimpleNamespace(lang=None, view="home"), SimpleNamespace(data_dir=tmp_path, lang="ko")) == 2
    assert "review --terminal" in capsys.readouterr().err


def test_open_window_returns_to_the_last_view(qtbot, data_dir, clock):
    from quizapp.cli.gui import open_window
    from quizapp.gui.study import GuiOptions

    options = GuiOptions(data_dir=data_dir, lang="en", clock=clock, content_dir=CONTENT, docker=False)
    _app, first = open_window(options, "stats")
    qtbot.addWidget(first, before_close_func=lambda w: w.shutdown())
    assert first.current == "stats"
    first.close()  # saves geometry and the last view
    _app, second = open_window(options, "home", explicit=False)
    qtbot.addWidget(second, before_close_func=lambda w: w.shutdown())
    assert second.current == "stats"
    _app, third = open_window(options, "browse", explicit=True)
    qtbot.addWidget(third, before_close_func=lambda w: w.shutdown())
    assert third.current == "browse"


def test_labs_list_waits_for_the_lab_files(qtbot, data_dir, clock, monkeypatch):
    """Opened before the lab files are read, the list says so and fills once they are in
    (it once read the states of no labs, said "No labs are installed yet" and looked settled)."""
    import quizapp.gui.study as study_module

    monkeypatch.setattr(study_module, "LABS_AFTER_MS", 1500)
    window = make_window(qtbot, data_dir, clock)
    labs = window.view("labs")
    window.show_view("labs")
    assert not window.study.labs_read
    assert labs.list_page.table.rowCount() == 0 and labs.states is None
    assert labs.list_page.note.text() == "Reading the labs…"
    assert not labs.settled()
    qtbot.waitUntil(labs.settled, timeout=10000)
    assert labs.list_page.table.rowCount() == 1
    assert labs.list_page.table.item(0, 1).text() == "not started"
    assert "Enter opens a lab" in labs.list_page.note.text()


def test_labs_by_keyboard_without_docker(qtbot, window):
    labs = window.view("labs")
    window.show_view("labs")
    qtbot.waitUntil(labs.settled, timeout=10000)
    assert labs.list_page.table.rowCount() == 1
    assert labs.list_page.table.item(0, 0).text() == "A first lab from the window"
    assert labs.list_page.table.item(0, 1).text() == "not started"
    labs.list_page.table.setFocus()
    labs.list_page.table.setCurrentCell(0, 0)
    with qtbot.waitSignal(labs.lab_loaded, timeout=10000):
        press(qtbot, window, Qt.Key_Return)
    assert labs.pages.currentIndex() == 1
    assert "quizlab-gui-hello" in labs.panel.task.text()
    # the lab's files, highlighted
    assert [labs.panel.file_list.item(i).text() for i in range(labs.panel.file_list.count())] == ["Dockerfile"]
    assert "FROM" in labs.panel.file_view.toPlainText() and "<span" in labs.panel.file_view.toHtml()
    assert not labs.start_button.isEnabled()  # no daemon in this window
    # the solution can be read without a daemon; Escape goes back to the list
    with qtbot.waitSignal(labs.lab_loaded, timeout=10000):
        qtbot.mouseClick(labs.panel.solution_button, Qt.LeftButton)
    assert "docker run --name quizlab-gui-hello quizlab/base:1 true" in labs.panel.solution_text.text()
    labs.panel.task.setFocus()
    press(qtbot, window, Qt.Key_Escape)
    assert labs.pages.currentIndex() == 0


def nav_lightness(window) -> int:
    """How light the list of views is drawn, below its last item."""
    image = window.nav.grab().toImage()
    return image.pixelColor(image.width() // 2, image.height() - 4).lightness()


def test_retention_reads_as_a_percentage(qtbot, window):
    settings = window.view("settings")
    window.show_view("settings")
    qtbot.waitUntil(lambda: settings.retention.value() != 70, timeout=10000)
    assert settings.retention.text() == "90%"  # the default 0.90


def test_theme_setting_switches_the_palette(qtbot, window):
    from quizapp.gui.app import apply_theme, is_dark

    settings = window.view("settings")
    window.show_view("settings")
    try:
        # Picked, the theme applies at once and is kept, as the language is (no Ctrl+S).
        with qtbot.waitSignal(settings.saved, timeout=10000):
            settings.theme.setCurrentIndex(settings.theme.findData("dark"))
        assert is_dark()
        assert window.runner.call_sync(window.study.collection.store.load_settings).theme == "dark"
        # widgets with a style sheet (the list of views) are drawn in the new palette too
        assert nav_lightness(window) < 100
        with qtbot.waitSignal(settings.saved, timeout=10000):
            settings.theme.setCurrentIndex(settings.theme.findData("light"))
        assert not is_dark()
        assert nav_lightness(window) > 180
    finally:
        apply_theme("light")
