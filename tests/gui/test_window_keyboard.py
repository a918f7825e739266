"""The window by keyboard alone, as a learner without a mouse meets it: every key a test presses
goes to whatever has focus (helpers.press), so a key that lands nowhere fails the test."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from .helpers import press, type_text


def test_the_labs_list_opens_a_lab_with_enter_at_once(qtbot, window):
    """"Enter opens a lab" did nothing until Tab: the window took focus back from the list."""
    labs = window.view("labs")
    press(qtbot, window, Qt.Key_3, Qt.ControlModifier)
    qtbot.waitUntil(labs.settled, timeout=10000)
    assert QApplication.focusWidget() is labs.list_page.table
    with qtbot.waitSignal(labs.lab_loaded, timeout=10000):
        press(qtbot, window, Qt.Key_Return)
    assert labs.pages.currentIndex() == 1
    # no daemon here: Set up cannot be pressed, so focus waits on the way back, not in the terminal
    assert QApplication.focusWidget() is labs.panel.back_button
    press(qtbot, window, Qt.Key_Escape)
    assert labs.pages.currentIndex() == 0
    assert QApplication.focusWidget() is labs.list_page.table


def test_the_lab_files_before_set_up_hide_the_token_placeholder(qtbot, data_dir, clock, tmp_path):
    """Before set-up the Dockerfile read `LABEL quizlab.token="{token}"`."""
    import shutil

    from .conftest import CONTENT, make_window

    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    dockerfile = content / "labs" / "gui-hello" / "files" / "Dockerfile"
    dockerfile.write_text('FROM quizlab/base:1\nLABEL quizlab.token="{token}"\nWORKDIR {workdir}\n', encoding="utf-8")
    lab_file = content / "labs" / "gui-hello" / "lab.yaml"  # four concepts: more than were shown
    lab_file.write_text(lab_file.read_text(encoding="utf-8").replace("concepts: [container]", "concepts: [container, image, container, image]"), encoding="utf-8")
    window = make_window(qtbot, data_dir, clock, content=content)
    labs = window.view("labs")
    with qtbot.waitSignal(labs.lab_loaded, timeout=10000):
        window.show_view("lab:gui-hello")
    text = labs.panel.file_view.toPlainText()
    assert "{token}" not in text and "{workdir}" not in text
    assert 'LABEL quizlab.token="(set-up puts this lab\'s token here)"' in text
    assert f"WORKDIR {data_dir / 'labs' / 'gui-hello'}" in text  # where set-up will make the folder
    concepts = labs.panel.concepts.text()
    assert "…" not in concepts and concepts.count("A container is a running instance of an image") == 2
    assert concepts.count("An image packages everything needed to run") == 2


def test_browse_by_keyboard(qtbot, window):
    browse = window.view("browse")
    with qtbot.waitSignal(browse.searched, timeout=10000):
        press(qtbot, window, Qt.Key_4, Qt.ControlModifier)
    assert QApplication.focusWidget() is browse.text  # the search box, ready for typing
    # a cloze row reads as its text, not as "Fill in the blank."; backticks are drawn as code
    rows = {browse.table.item(i, 0).text(): i for i in range(browse.table.rowCount())}
    assert browse.table.item(rows["t-cloze"], 1).text() == "FROM ___"
    from quizapp.gui.views.common import HtmlDelegate

    assert "font-family: monospace" in browse.table.item(rows["t-choice"], 1).data(HtmlDelegate.HTML_ROLE)
    assert "`" not in browse.table.item(rows["t-choice"], 1).data(HtmlDelegate.HTML_ROLE)
    # Ctrl+F from anywhere in Browse goes back to the search box
    browse.table.setFocus()
    press(qtbot, window, Qt.Key_F, Qt.ControlModifier)
    assert QApplication.focusWidget() is browse.text
    with qtbot.waitSignal(browse.searched, timeout=10000):
        type_text(qtbot, window, "blank")
    assert [browse.table.item(i, 0).text() for i in range(browse.table.rowCount())][0] == "t-cloze"
    press(qtbot, window, Qt.Key_Return)  # from the search to the cards
    assert QApplication.focusWidget() is browse.table
    with qtbot.waitSignal(browse.previewed, timeout=10000):
        press(qtbot, window, Qt.Key_Return)  # Enter previews the card
    assert QApplication.focusWidget() is browse.preview
    preview = browse.preview.toPlainText()
    assert "FROM node" in preview and "Fill in the blank." in preview
    press(qtbot, window, Qt.Key_Escape)
    assert QApplication.focusWidget() is browse.table


def test_history_shows_answers_as_text():
    from quizapp.gui.views.browse import answer_text

    assert answer_text('["이미지", "멈춘"]') == "이미지 · 멈춘"
    assert answer_text("docker ps -a") == "docker ps -a"
    assert answer_text('{"1": "node"}') == "1: node"
    assert answer_text(None) == ""


def test_every_shortcut_is_listed_and_ctrl_q_quits(qtbot, window):
    menus = {action.text().replace("&", "") for action in window.menuBar().actions()}
    assert {"File", "Go", "Review", "Labs", "Browse", "Help"} <= menus
    review_menu = [a.text() for a in window.menus["review"].actions()]
    assert any(text.endswith("\tCtrl+Z") for text in review_menu)
    assert [window.actions[name].shortcut().toString() for name in ("home", "review", "labs", "browse", "stats", "settings")] == [
        f"Ctrl+{i}" for i in range(1, 7)
    ]
    press(qtbot, window, Qt.Key_F1)
    dialog = window.shortcuts_dialog
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.isAncestorOf(QApplication.focusWidget()), timeout=5000)
    listed = {dialog.table.item(i, 0).text() for i in range(dialog.table.rowCount())}
    assert {"Ctrl+Z", "Ctrl+Q", "Ctrl+1", "Ctrl+6", "Ctrl+F", "Ctrl+H", "Ctrl+Tab", "F1"} <= listed
    press(qtbot, window, Qt.Key_Escape)
    assert not dialog.isVisible()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    press(qtbot, window, Qt.Key_Q, Qt.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)


def test_ctrl_numbers_switch_views_from_anywhere(qtbot, window):
    settings = window.view("settings")
    press(qtbot, window, Qt.Key_6, Qt.ControlModifier)
    assert window.current == "settings"
    settings.docker_host.setFocus()
    press(qtbot, window, Qt.Key_1, Qt.ControlModifier)
    assert window.current == "home"
