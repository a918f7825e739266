"""The learner's own cards and Anki's controls in the window, by keyboard: every key goes to
whatever has focus (helpers.press), so a key that lands nowhere fails the test."""

from __future__ import annotations

import pytest
import yaml
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from quizapp.core.owncards import own_cards_path

from .helpers import press, type_text

CTRL, SHIFT, ALT = Qt.ControlModifier, Qt.ShiftModifier, Qt.AltModifier


def type_korean(window, text):
    """Hangul as a Korean input method gives it: committed whole to the widget with focus (QTest
    can only type keys of a Latin keyboard)."""
    from PySide6.QtGui import QInputMethodEvent

    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(QApplication.focusWidget(), event)


def on_worker(qtbot, window, fn):
    """fn(collection, session) on the worker, as the window runs it; its result."""
    got = []
    window.study.run(fn, got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=10000)
    return got[0]


def new_today(qtbot, window):
    return on_worker(qtbot, window, lambda _c, session: session.counts().new)


def open_browse(qtbot, window):
    browse = window.view("browse")
    with qtbot.waitSignal(browse.searched, timeout=10000):
        press(qtbot, window, Qt.Key_4, CTRL)
    assert QApplication.focusWidget() is browse.text
    return browse


def open_editor(qtbot, window, browse, key=Qt.Key_N):
    with qtbot.waitSignal(browse.editor_opened, timeout=10000) as opened:
        press(qtbot, window, key, CTRL)
    editor = opened.args[0]
    qtbot.waitUntil(lambda: editor.isVisible() and editor.isAncestorOf(QApplication.focusWidget()), timeout=5000)
    return editor


def fill_command_card(qtbot, window, editor, command):
    """Type a command card's fields, Tab by Tab, from the type box the editor opens on."""
    assert QApplication.focusWidget() is editor.type
    for _ in range(3):  # basic, cloze, choice, command
        press(qtbot, window, Qt.Key_Down)
    assert editor.card_type() == "command"
    press(qtbot, window, Qt.Key_Tab)
    assert QApplication.focusWidget() is editor.prompt.ko
    type_korean(window, "멈춘 컨테이너까지 모두 보려면?")
    press(qtbot, window, Qt.Key_Tab)
    type_text(qtbot, window, "List every container, stopped ones too")
    press(qtbot, window, Qt.Key_Tab)
    assert QApplication.focusWidget() is editor.command
    type_text(qtbot, window, command)
    press(qtbot, window, Qt.Key_Tab)
    assert QApplication.focusWidget() is editor.accept_forms
    type_text(qtbot, window, "docker container ls -a")
    for _ in range(3):  # the explanation (Korean, English), to the concepts' search box
        press(qtbot, window, Qt.Key_Tab)
    assert QApplication.focusWidget() is editor.concepts.filter
    type_text(qtbot, window, "running instance")  # the container concept's statement
    press(qtbot, window, Qt.Key_Down)
    assert QApplication.focusWidget() is editor.concepts.list
    press(qtbot, window, Qt.Key_Space)
    assert editor.concepts.order == ["container"]


def test_a_command_card_added_by_keyboard_is_kept_listed_as_mine_and_studied(qtbot, window, data_dir):
    assert new_today(qtbot, window) == 5
    browse = open_browse(qtbot, window)
    editor = open_editor(qtbot, window, browse)
    fill_command_card(qtbot, window, editor, "docker ps -a")
    with qtbot.waitSignal(editor.saved, timeout=10000) as saved, qtbot.waitSignal(browse.searched, timeout=10000):
        press(qtbot, window, Qt.Key_Return, CTRL)
    card_id = saved.args[0]
    assert card_id == "mine-container-1" and saved.args[1] is True
    assert not editor.isVisible()
    # Kept in the data folder as deck-format YAML
    data = yaml.safe_load(own_cards_path(data_dir).read_text(encoding="utf-8"))
    assert data["cards"] == [
        {
            "id": "mine-container-1",
            "type": "command",
            "concepts": ["container"],
            "prompt": {"ko": "멈춘 컨테이너까지 모두 보려면?", "en": "List every container, stopped ones too"},
            "answer": "docker ps -a",
            "accept": ["docker container ls -a"],
        }
    ]
    # Listed as mine, selected, with focus back on the list
    row = browse.table.currentRow()
    assert browse.table.item(row, 0).text() == card_id
    assert browse.table.item(row, 6).text() == "mine"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is browse.table, timeout=5000)
    # Studied: in the deck, in the store, one more new card today, graded as any command card
    collection = window.study.collection
    assert collection.is_mine(card_id) and collection.card(card_id).answer == "docker ps -a"
    assert new_today(qtbot, window) == 6
    graded = on_worker(qtbot, window, lambda c, _s: c.grade(c.card(card_id), "docker container ls --all", 2.0))
    assert graded.correct
    # Enter previews it, marked as the learner's
    with qtbot.waitSignal(browse.previewed, timeout=10000):
        press(qtbot, window, Qt.Key_Return)
    assert browse.preview_title.text() == f"Preview of {card_id} (mine)"
    preview = browse.preview.toPlainText()
    assert "docker ps -a" in preview and "Also accepted\ndocker container ls -a" in preview and "멈춘" not in preview
    press(qtbot, window, Qt.Key_Escape)
    # The state filter's "your own cards" lists it alone
    with qtbot.waitSignal(browse.searched, timeout=10000) as found:
        browse.state.setCurrentIndex(browse.state.findData("mine"))
    assert found.args[0] == 1 and browse.table.item(0, 0).text() == card_id


def test_a_bad_command_is_refused_with_its_reason_and_nothing_is_written(qtbot, window, data_dir):
    browse = open_browse(qtbot, window)
    editor = open_editor(qtbot, window, browse)
    fill_command_card(qtbot, window, editor, "docker rn web")
    with qtbot.waitSignal(editor.checked, timeout=10000) as checked:
        press(qtbot, window, Qt.Key_Return, CTRL)
    assert checked.args[0] == 1
    assert editor.isVisible() and not own_cards_path(data_dir).exists()
    shown = editor.problem_list.text()
    assert editor.problem_list.isVisible()
    assert "Command: “docker rn web” is not a command the grader accepts" in shown and "Did you mean `run`?" in shown
    assert editor.command.styleSheet()  # the field is framed
    assert QApplication.focusWidget() is editor.command  # where to fix it
    # Fixed, the message goes by itself
    editor.command.selectAll()
    with qtbot.waitSignal(editor.checked, timeout=10000) as checked:
        type_text(qtbot, window, "docker run -d web")
    assert checked.args[0] == 0 and not editor.problem_list.isVisible() and not editor.command.styleSheet()
    # Esc asks before throwing the writing away: Esc again goes back to it, Esc then Enter cancels
    press(qtbot, window, Qt.Key_Escape)
    box = editor.discard_box
    qtbot.waitUntil(lambda: box.isVisible() and box.isAncestorOf(QApplication.focusWidget()), timeout=5000)
    press(qtbot, window, Qt.Key_Escape)
    qtbot.waitUntil(lambda: editor.isAncestorOf(QApplication.focusWidget()), timeout=5000)
    assert editor.isVisible() and editor.command.text() == "docker run -d web"
    press(qtbot, window, Qt.Key_Escape)
    box = editor.discard_box
    qtbot.waitUntil(lambda: box.isVisible() and box.isAncestorOf(QApplication.focusWidget()), timeout=5000)
    press(qtbot, window, Qt.Key_Return)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=5000)
    assert not own_cards_path(data_dir).exists()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is browse.table, timeout=5000)


def test_missing_fields_are_named_in_korean(qtbot, data_dir, clock):
    from .conftest import make_window

    window = make_window(qtbot, data_dir, clock, lang="ko")
    browse = open_browse(qtbot, window)
    editor = open_editor(qtbot, window, browse)
    with qtbot.waitSignal(editor.checked, timeout=10000) as checked:
        press(qtbot, window, Qt.Key_Return, CTRL)
    assert checked.args[0] == 3  # the question, the answer, a concept
    shown = editor.problem_list.text()
    assert "질문" in shown and "개념" in shown
    assert QApplication.focusWidget() is editor.prompt.ko
    press(qtbot, window, Qt.Key_Escape)
    assert not editor.isVisible() and not own_cards_path(data_dir).exists()


def select_card(qtbot, window, browse, card_id):
    """From the search box: type the card's id, Enter to the list (its row selected)."""
    browse.focus_search()
    with qtbot.waitSignal(browse.searched, timeout=10000):
        type_text(qtbot, window, card_id)
    press(qtbot, window, Qt.Key_Return)
    assert QApplication.focusWidget() is browse.table
    assert browse.selected_ids() == [card_id]


def test_suspending_from_browse_by_keyboard_takes_the_card_out_of_the_queue(qtbot, window):
    assert new_today(qtbot, window) == 5
    browse = open_browse(qtbot, window)
    select_card(qtbot, window, browse, "t-basic")
    with qtbot.waitSignal(browse.cards_changed, timeout=10000) as changed:
        press(qtbot, window, Qt.Key_J, CTRL)
    assert changed.args == ["suspend", ["t-basic"]]
    assert browse.table.item(0, 6).text() == "suspended"
    assert browse.table.item(0, 1).background().color().alpha() > 0  # the row is tinted
    assert browse.selected_ids() == ["t-basic"]  # the selection stays
    assert new_today(qtbot, window) == 4
    session_ids = on_worker(qtbot, window, lambda _c, session: [session.next_card().id])
    assert session_ids != ["t-basic"]
    # The preview shows it, marked
    with qtbot.waitSignal(browse.previewed, timeout=10000):
        press(qtbot, window, Qt.Key_Return)
    assert "(suspended)" in browse.preview_title.text() and "What is a Docker image?" in browse.preview.toPlainText()
    press(qtbot, window, Qt.Key_Escape)
    # Ctrl+J again brings it back
    with qtbot.waitSignal(browse.cards_changed, timeout=10000) as changed:
        press(qtbot, window, Qt.Key_J, CTRL)
    assert changed.args == ["unsuspend", ["t-basic"]]
    assert browse.table.item(0, 6).text() == "" and browse.table.item(0, 1).background().style() == Qt.NoBrush
    assert new_today(qtbot, window) == 5


def test_bury_and_flags_by_keyboard(qtbot, window):
    browse = open_browse(qtbot, window)
    select_card(qtbot, window, browse, "t-order")
    with qtbot.waitSignal(browse.cards_changed, timeout=10000) as changed:
        press(qtbot, window, Qt.Key_J, CTRL | SHIFT)
    assert changed.args == ["bury", ["t-order"]]
    assert browse.table.item(0, 6).text() == "buried" and new_today(qtbot, window) == 4
    status = lambda: on_worker(qtbot, window, lambda c, _s: c.status("t-order"))  # noqa: E731
    with qtbot.waitSignal(browse.cards_changed, timeout=10000):
        press(qtbot, window, Qt.Key_1, ALT)
    assert status().flag == 1 and browse.table.item(0, 6).text() == "buried · ⚑ Red"
    with qtbot.waitSignal(browse.cards_changed, timeout=10000):
        press(qtbot, window, Qt.Key_1, ALT)  # the same flag again takes it off, as in Anki
    assert status().flag == 0
    with qtbot.waitSignal(browse.cards_changed, timeout=10000):
        press(qtbot, window, Qt.Key_3, ALT)
    assert status().flag == 3 and browse.table.item(0, 6).text().endswith("Green")
    assert window.current == "browse"  # Alt+3 is a flag, not a view
    with qtbot.waitSignal(browse.cards_changed, timeout=10000):
        press(qtbot, window, Qt.Key_0, ALT)
    assert status().flag == 0
    with qtbot.waitSignal(browse.cards_changed, timeout=10000) as changed:
        press(qtbot, window, Qt.Key_J, CTRL | SHIFT)
    assert changed.args == ["unbury", ["t-order"]] and status().hidden_as == "shown"


def test_edit_delete_and_quiz_from_browse(qtbot, window, data_dir):
    browse = open_browse(qtbot, window)
    # A built-in card opens as a new card of the learner's own, the built-in one unchanged
    select_card(qtbot, window, browse, "t-choice")
    editor = open_editor(qtbot, window, browse, Qt.Key_E)
    assert "t-choice is a built-in card" in editor.note.text()
    assert editor.card_type() == "choice" and editor.concepts.order == ["container"]
    assert QApplication.focusWidget() is editor.prompt.ko
    editor.prompt.ko.selectAll()
    type_korean(window, "`docker ps -a`가 보여 주는 것은?")
    with qtbot.waitSignal(editor.saved, timeout=10000) as saved, qtbot.waitSignal(browse.searched, timeout=10000):
        press(qtbot, window, Qt.Key_Return, CTRL)
    assert saved.args == ["mine-container-1", True]
    card = window.study.collection.card("mine-container-1")
    assert [o.correct for o in card.options].count(True) == 1 and len(card.options) == 2
    assert window.study.collection.card("t-choice").prompt.ko == "`docker ps -a`는 무엇을 보여 주나요?"
    # Its own card edits in place
    qtbot.waitUntil(lambda: QApplication.focusWidget() is browse.table, timeout=5000)
    assert browse.selected_ids() == ["mine-container-1"]
    editor = open_editor(qtbot, window, browse, Qt.Key_E)
    assert editor.editing == "mine-container-1" and "Edit your card" in editor.title.text()
    editor.explanation.ko.setFocus()
    type_korean(window, "-a 는 멈춘 컨테이너까지 보여 줍니다.")
    with qtbot.waitSignal(editor.saved, timeout=10000) as saved, qtbot.waitSignal(browse.searched, timeout=10000):
        press(qtbot, window, Qt.Key_Return, CTRL)
    assert saved.args == ["mine-container-1", False]
    entries = yaml.safe_load(own_cards_path(data_dir).read_text(encoding="utf-8"))["cards"]
    assert [e["id"] for e in entries] == ["mine-container-1"] and entries[0]["explanation"]["ko"] == "-a 는 멈춘 컨테이너까지 보여 줍니다."
    # Quiz on its concept
    qtbot.waitUntil(lambda: QApplication.focusWidget() is browse.table, timeout=5000)
    with qtbot.waitSignal(browse.quiz_requested, timeout=5000) as quiz:
        press(qtbot, window, Qt.Key_K, CTRL)
    assert quiz.args == [["container"]]
    # ... opens the quiz's chooser with that concept ticked; back to Browse for the rest
    qtbot.waitUntil(lambda: window.current == "quiz" and window.view("quiz").ticked_concepts() == ["container"], timeout=5000)
    window.show_view("browse")
    browse.table.setFocus()
    assert browse.selected_ids() == ["mine-container-1"]
    # Delete: Ctrl+Delete, then Enter in the question
    press(qtbot, window, Qt.Key_Delete, CTRL)
    box = browse.delete_box
    qtbot.waitUntil(lambda: box.isVisible() and box.isAncestorOf(QApplication.focusWidget()), timeout=5000)
    with qtbot.waitSignal(browse.searched, timeout=10000) as found:
        press(qtbot, window, Qt.Key_Return)
    assert "mine-container-1" not in [r.card_id for r in browse.rows] and found.args[0] == 5
    assert not own_cards_path(data_dir).exists() and not window.study.collection.is_mine("mine-container-1")
    # A built-in card is not deleted
    select_card(qtbot, window, browse, "t-basic")
    press(qtbot, window, Qt.Key_Delete, CTRL)
    assert "cannot be deleted" in window.statusBar().currentMessage()


# What the offscreen platform says of any popup menu (it has no window system to ask).
@pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard", r"This plugin does not support propagateSizeHints\(\)"
)
def test_browse_keys_are_listed_and_clash_with_no_window_key(qtbot, window):
    from quizapp.gui.window import shortcut_sections

    browse = window.view("browse")
    sections = dict(shortcut_sections())
    from PySide6.QtGui import QKeySequence

    listed = {QKeySequence(key).toString() for key, _what in sections["Browse"]}
    bound = {action.shortcut().toString() for action in browse.actions()}
    assert bound - {f"Alt+{i}" for i in range(2, 8)} <= listed
    assert {"Ctrl+J", "Ctrl+Shift+J", "Ctrl+N", "Ctrl+E", "Ctrl+Del", "Ctrl+K", "Alt+1", "Alt+0"} <= bound
    window_wide = {action.shortcut().toString() for action in window.actions.values()} - {""}
    assert window_wide and not (bound & window_wide)
    assert "Ctrl+Return" in {key for key, _what in sections["Card editor"]}
    # Shift+F10 (or the Menu key) on the cards: every action in a menu, with its key
    with qtbot.waitSignal(browse.searched, timeout=10000):
        press(qtbot, window, Qt.Key_4, CTRL)
    press(qtbot, window, Qt.Key_Return)
    assert QApplication.focusWidget() is browse.table
    press(qtbot, window, Qt.Key_F10, SHIFT)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None, timeout=5000)
    menu = QApplication.activePopupWidget()
    assert [a.text() for a in menu.actions()] == ["Add card", "Edit card", "Suspend", "Bury", "Flag", "Delete own card", "Quiz on this concept"]
    assert menu.actions()[2].shortcut().toString() == "Ctrl+J"
    qtbot.keyClick(menu, Qt.Key_Escape)  # to the menu itself: offscreen, a popup cannot grab the keyboard
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None, timeout=5000)


def test_optimize_waits_for_enough_reviews(qtbot, window):
    settings = window.view("settings")
    with qtbot.waitSignal(settings.readiness_shown, timeout=10000) as shown:
        press(qtbot, window, Qt.Key_6, CTRL)
    assert shown.args == [400]
    assert not settings.optimize_button.isEnabled()
    assert settings.optimize_status.text() == "400 more reviews needed (0 of 400 so far)."


def test_optimize_from_settings_with_enough_history(qtbot, data_dir, clock):
    from quizapp.core.store import Store
    from tests.test_optimize import forgetful_history

    from .conftest import make_window

    store = Store.open(data_dir)
    try:
        forgetful_history(store)
    finally:
        store.close()
    window = make_window(qtbot, data_dir, clock)
    settings = window.view("settings")
    with qtbot.waitSignal(settings.readiness_shown, timeout=10000) as shown:
        press(qtbot, window, Qt.Key_6, CTRL)
    assert shown.args == [0] and settings.optimize_button.isEnabled()
    settings.optimize_button.setFocus()
    with qtbot.waitSignal(settings.optimized, timeout=60000) as done:
        press(qtbot, window, Qt.Key_Space)
    result = done.args[0]
    assert result is not None and result.kept
    text = settings.optimize_result.text()
    assert f"Log loss: {result.current_log_loss:.4f} before, {result.fitted_log_loss:.4f} after." in text
    assert f"RMSE: {result.current_rmse:.4f} before, {result.fitted_rmse:.4f} after." in text
    assert "used from now on" in text
    # In use at once, and a later Save of the form keeps them
    assert window.study.settings.fsrs_parameters == result.fitted
    assert on_worker(qtbot, window, lambda _c, session: list(session.settings.fsrs_parameters)) == result.fitted
    with qtbot.waitSignal(settings.saved, timeout=10000):
        settings.save()
    assert on_worker(qtbot, window, lambda c, _s: c.store.load_settings().fsrs_parameters) == result.fitted


TYPE_CASES = {
    # type: (the fields shown besides type, question, explanation and concepts; what to fill; what the card then has)
    "basic": ({"answer"}, {"answer": ("레이어를 쌓은 읽기 전용 묶음", "A read-only stack of layers")}, lambda c: c.answer.en == "A read-only stack of layers"),
    "cloze": ({"blanks"}, {"prompt": ("FROM {{1}}", ""), "blanks": "node | 노드"}, lambda c: c.blanks == [["node", "노드"]] and c.text.en == "FROM {{1}}"),
    "choice": ({"right", "wrong"}, {"right": ("맞는 보기", "Right one"), "wrong": ("틀린 보기\n또 틀린 보기", "")}, lambda c: sum(o.correct for o in c.options) == 1 and len(c.options) == 3),
    "command": ({"command", "accept"}, {"command": "docker images"}, lambda c: c.answer == "docker images" and c.accept == []),
    "order": ({"items"}, {"items": ("하나\n둘\n셋", "one\ntwo\nthree")}, lambda c: [i.en for i in c.items] == ["one", "two", "three"]),
}


@pytest.mark.parametrize("card_type", list(TYPE_CASES))
def test_each_type_has_its_fields_and_saves(qtbot, window, card_type):
    from quizapp.core.content.model import CARD_TYPES

    shown_fields, filled, holds = TYPE_CASES[card_type]
    browse = open_browse(qtbot, window)
    editor = open_editor(qtbot, window, browse)
    for _ in range(CARD_TYPES.index(card_type)):
        press(qtbot, window, Qt.Key_Down)
    assert editor.card_type() == card_type
    visible = {name for row, name in enumerate(editor.fields_widgets) if editor.form.isRowVisible(row)}
    assert visible == {"type", "prompt", "explanation", "concepts"} | shown_fields
    # Tab visits only the fields shown, in order, and leaves each text box
    seen = []
    while QApplication.focusWidget() is not editor.save_button:
        press(qtbot, window, Qt.Key_Tab)
        seen.append(QApplication.focusWidget())
        assert len(seen) < 20
    owners = [name for name, widget in editor.fields_widgets.items() for w in seen if w is widget or widget.isAncestorOf(w)]
    assert list(dict.fromkeys(owners)) == [n for n in editor.fields_widgets if n in visible and n != "type"]
    editor.prompt.set_value(("질문입니다", "A question"))
    for name, value in filled.items():
        widget = editor.fields_widgets[name]
        if isinstance(value, tuple):
            widget.set_value(value)
        elif widget is editor.command:
            widget.setText(value)
        else:
            widget.setPlainText(value)
    editor.concepts.set_chosen(["image"])
    editor.save_button.setFocus()
    with qtbot.waitSignal(editor.saved, timeout=10000) as saved:
        press(qtbot, window, Qt.Key_Return, CTRL)
    card = window.study.collection.card(saved.args[0])
    assert card.type == card_type and card.concepts == ["image"] and holds(card)


def test_the_open_editor_follows_a_language_switch(qtbot, window):
    browse = open_browse(qtbot, window)
    editor = open_editor(qtbot, window, browse)
    assert editor.title.text() == "Add a card of your own" and editor.save_button.text() == "Save (Ctrl+Enter)"
    window.study.set_language("ko")
    assert editor.title.text() == "내 카드 추가" and editor.save_button.text() == "저장 (Ctrl+Enter)"
    # Qt's own LanguageChange events, posted when the translator came in, must not undo it
    QApplication.sendPostedEvents(None, 0)
    assert editor.save_button.text() == "저장 (Ctrl+Enter)" and editor.labels["prompt"].text() == "질문"


def test_saving_a_card_and_suspending_run_on_the_worker(qtbot, window, monkeypatch):
    """The editor's checks and the file they write, and every statement of Browse's actions and
    Settings' readiness, run on the one worker: the window never waits for the disk."""
    import threading

    from quizapp.core import owncards

    threads: list[tuple[str, int]] = []
    write = owncards._write_checked

    def traced_write(*args, **kwargs):
        threads.append(("file", threading.get_ident()))
        return write(*args, **kwargs)

    monkeypatch.setattr(owncards, "_write_checked", traced_write)
    conn = window.study.collection.store.conn
    window.runner.call_sync(lambda: conn.set_trace_callback(lambda _sql: threads.append(("sql", threading.get_ident()))))
    browse = open_browse(qtbot, window)
    editor = open_editor(qtbot, window, browse)
    fill_command_card(qtbot, window, editor, "docker ps -a")
    with qtbot.waitSignal(browse.searched, timeout=10000):
        press(qtbot, window, Qt.Key_Return, CTRL)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is browse.table, timeout=5000)
    with qtbot.waitSignal(browse.cards_changed, timeout=10000):
        press(qtbot, window, Qt.Key_J, CTRL)
    settings = window.view("settings")
    with qtbot.waitSignal(settings.readiness_shown, timeout=10000):
        press(qtbot, window, Qt.Key_6, CTRL)
    qtbot.waitUntil(lambda: window.runner.pending == 0, timeout=10000)
    window.runner.call_sync(lambda: conn.set_trace_callback(None))
    assert {kind for kind, _ in threads} == {"file", "sql"}
    assert {ident for _, ident in threads} == {window.runner.call_sync(threading.get_ident)}
