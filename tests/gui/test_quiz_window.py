"""The quiz in the window, by keyboard alone: from Home through choosing and answering every
question to the score, which lists results per concept and every missed question with its right
answer; quizzes are stored, and answers count as reviews unless that is unticked. Every key goes to
whatever has focus (helpers.press), so a key that lands nowhere fails the test."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from .conftest import QT_NOTICES_IGNORED
from .helpers import press, reviews_on_disk, type_text

RIGHT_COMMAND = "docker run -d quizlab/app:1"


def focused():
    return QApplication.focusWidget()


def tab_to(qtbot, window, widget, limit=20):
    for _ in range(limit):
        if focused() is widget:
            return
        press(qtbot, window, Qt.Key_Tab)
    assert focused() is widget, f"Tab never reached {widget!r}; focus is on {focused()!r}"


def open_quiz_from_home(qtbot, window):
    home = window.view("home")
    press(qtbot, window, Qt.Key_1, Qt.ControlModifier)
    qtbot.waitUntil(home.settled, timeout=10000)
    tab_to(qtbot, window, home.quiz_button)
    press(qtbot, window, Qt.Key_Return)  # Enter presses the focused Quiz button, not "Start studying"
    quiz = window.view("quiz")
    qtbot.waitUntil(lambda: window.current == "quiz" and quiz.settled(), timeout=10000)
    return quiz


def answer(qtbot, window, quiz, wrong: set[str]) -> str:
    """Answer the question on screen by keyboard: right, or wrong when its card id is in `wrong`."""
    card = quiz.question.card
    position = quiz.question.position
    if card.type == "basic":
        press(qtbot, window, Qt.Key_Return)  # show the answer
        assert quiz.state == "selfcheck" and focused() is quiz.knew_button
        assert "A package of everything" in quiz.expected.text()
        with qtbot.waitSignal(quiz.answered, timeout=10000):
            press(qtbot, window, Qt.Key_N if card.id in wrong else Qt.Key_Y)
        return card.id
    if card.type == "command":
        assert focused() is quiz.answer_widget.edit
        type_text(qtbot, window, "docker ps" if card.id in wrong else RIGHT_COMMAND)
    elif card.type == "cloze":
        assert focused() is quiz.answer_widget.edits[0]
        type_text(qtbot, window, "nginx" if card.id in wrong else "node")
    elif card.type == "choice":
        options = quiz.answer_widget.options
        pick = next(i for i, o in enumerate(options) if o.correct != (card.id in wrong))
        press(qtbot, window, getattr(Qt, f"Key_{chr(ord('A') + pick)}"))
    elif card.type == "order":
        assert focused() is quiz.answer_widget.list
        if card.id not in wrong:  # put each item in its place with Up/Down and Ctrl+Up
            for place in range(quiz.answer_widget.list.count()):
                row = quiz.answer_widget.value().index(place)
                while quiz.answer_widget.list.currentRow() != row:
                    press(qtbot, window, Qt.Key_Down if quiz.answer_widget.list.currentRow() < row else Qt.Key_Up)
                for _ in range(row - place):
                    press(qtbot, window, Qt.Key_Up, Qt.ControlModifier)
            assert quiz.answer_widget.value() == list(range(quiz.answer_widget.list.count()))
    with qtbot.waitSignal(quiz.answered, timeout=10000) as graded:
        press(qtbot, window, Qt.Key_Return)
    assert graded.args == [position, card.id not in wrong]
    assert quiz.state == "result" and focused() is quiz.next_button
    assert quiz.verdict.isVisible() and quiz.verdict.text() == ("Not quite." if card.id in wrong else "Right.")
    assert quiz.expected.isVisible() == (card.type != "choice")  # a choice card's options are marked instead
    return card.id


def test_a_quiz_from_home_to_the_score_by_keyboard(qtbot, window, data_dir):
    quiz = open_quiz_from_home(qtbot, window)
    assert quiz.pages.currentIndex() == 0 and focused() is quiz.tree  # nothing ticked: the list first
    press(qtbot, window, Qt.Key_Space)  # the first section, "test": both its concepts
    assert sorted(quiz.ticked_concepts()) == ["container", "image"]
    tab_to(qtbot, window, quiz.count)
    press(qtbot, window, Qt.Key_A, Qt.ControlModifier)
    type_text(qtbot, window, "5")
    assert quiz.count.value() == 5
    assert quiz.schedule.isChecked()  # on unless unticked
    with qtbot.waitSignal(quiz.started, timeout=10000):
        press(qtbot, window, Qt.Key_Return)

    # The window's shuffle seed fixes the draw: one card of each type, in this order.
    asked = [q.card.id for q in quiz.quiz.questions]
    assert sorted(asked) == ["t-basic", "t-choice", "t-cloze", "t-command", "t-order"]
    wrong = {"t-basic", "t-cloze", "t-order"}
    for n, card_id in enumerate(asked):
        qtbot.waitUntil(lambda: quiz.state in ("front", "score"), timeout=10000)
        assert quiz.progress.text() == f"Question {n + 1} of 5"
        assert answer(qtbot, window, quiz, wrong) == card_id
        if quiz.state == "result":
            assert quiz.next_button.text() == ("See the score (Enter)" if n == 4 else "Next question (Enter)")
            press(qtbot, window, Qt.Key_Return)  # on to the next question, or the score
    qtbot.waitUntil(lambda: quiz.state == "score", timeout=10000)

    assert quiz.score_title.text() == "Score: 2 of 5 (40%)"
    assert "The answers also count as reviews." in quiz.score_notes.text()
    table = quiz.by_concept
    rows = {table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text()) for r in range(table.rowCount())}
    assert rows == {"Image": ("1/3", "first quiz on it"), "Container": ("1/2", "first quiz on it")}
    missed = quiz.missed.text()
    assert quiz.missed_title.text() == "Missed questions (3)"
    assert "A package of everything an app needs to run" in missed  # the basic card's answer
    assert "nginx" in missed and "[1] <span" in missed and "node</span>" in missed  # cloze: given and right
    assert "1. docker build -t app .<br>2. docker run app<br>3. docker stop &lt;id&gt;" in missed  # the order
    assert "docker run -d" not in missed  # answered right: not listed
    assert focused() is quiz.again_button

    store = window.study.collection.store
    (stored,) = store.quizzes()
    assert (stored["questions"], stored["right"], stored["scheduled"]) == (5, 2, True)
    assert stored["ended_at"] is not None and stored["choice"]["concepts"] == ["image", "container"]
    reviews = reviews_on_disk(data_dir)
    assert [r[0] for r in reviews] == asked  # each answer counted as a review
    assert [bool(r[2]) for r in reviews if r[0] != "t-basic"] == [c not in wrong for c in asked if c != "t-basic"]

    # Another quiz, its answers not counted as reviews: ended early with Esc after one question
    press(qtbot, window, Qt.Key_Return)
    assert quiz.pages.currentIndex() == 0 and focused() is quiz.start_button  # the choice is kept
    tab_to(qtbot, window, quiz.schedule)
    press(qtbot, window, Qt.Key_Space)
    assert not quiz.schedule.isChecked()
    with qtbot.waitSignal(quiz.started, timeout=10000):
        press(qtbot, window, Qt.Key_Return)
    first = quiz.quiz.questions[0]
    answer(qtbot, window, quiz, wrong=set())
    with qtbot.waitSignal(quiz.finished, timeout=10000):
        press(qtbot, window, Qt.Key_Escape)
    assert quiz.score_title.text() == "Score: 1 of 1 (100%)"
    assert "You answered 1 of 5 questions." in quiz.score_notes.text()
    assert "did not change your review schedule" in quiz.score_notes.text()
    assert quiz.missed.text() == "Nothing missed."
    # the concept's history: the first quiz's result beside this one
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).data(Qt.UserRole) == first.concept_id)
    earlier = {"image": "1/3", "container": "1/2"}[first.concept_id]
    assert table.item(row, 1).text() == "1/1" and table.item(row, 2).text() == f"{earlier} (Mar 2)"
    assert [(q["questions"], q["right"], q["scheduled"]) for q in store.quizzes()] == [(5, 2, True), (1, 1, False)]
    assert len(reviews_on_disk(data_dir)) == 5  # no review for the unscheduled answer

    # In Korean, without a restart. Deleting an answer widget once took the window's menus with
    # it (PySide had made them its children while Tab walked the focus chain), and this failed.
    window.study.set_language("ko")
    assert quiz.score_title.text() == "점수: 1문제 중 1문제 (100%)"
    assert quiz.missed.text() == "틀린 문제가 없습니다."
    assert window.menus["go"].title() == "이동(&G)" and window.nav.item(6).text().strip() == "퀴즈"
    window.study.set_language("en")
    tab_to(qtbot, window, quiz.home_button)
    press(qtbot, window, Qt.Key_Return)  # Enter presses the focused button, not "Another quiz"
    assert window.current == "home"


def test_the_time_limit_counts_down_and_ends_the_quiz(qtbot, window, clock):
    quiz = open_quiz_from_home(qtbot, window)
    tab_to(qtbot, window, quiz.minutes)
    press(qtbot, window, Qt.Key_Up)  # from "No limit" to 1 minute
    assert quiz.minutes.value() == 1
    with qtbot.waitSignal(quiz.started, timeout=10000):
        press(qtbot, window, Qt.Key_Return)
    assert quiz.countdown.isVisible() and quiz.countdown.text() == "Time left 1:00"
    clock.advance(seconds=40)
    qtbot.waitUntil(lambda: quiz.countdown.text() == "Time left 0:20", timeout=5000)
    clock.advance(seconds=20)
    qtbot.waitUntil(lambda: quiz.state == "score", timeout=5000)
    assert "Time ran out." in quiz.score_notes.text()
    assert quiz.score_title.text() == "Score: 0 of 0 (0%)"
    (stored,) = window.study.collection.store.quizzes()
    assert stored["ended_at"] is not None and stored["choice"]["minutes"] == 1.0


def test_weakest_concepts_before_any_review_says_why_it_cannot_start(qtbot, window):
    quiz = open_quiz_from_home(qtbot, window)
    tab_to(qtbot, window, quiz.weakest)
    press(qtbot, window, Qt.Key_Space)
    press(qtbot, window, Qt.Key_Return)
    qtbot.waitUntil(lambda: quiz.choose_error.isVisible(), timeout=10000)
    assert "No card has been reviewed yet" in quiz.choose_error.text()
    assert quiz.state == "choose" and focused() is quiz.start_button
    assert window.study.collection.store.quizzes() == []


def test_statistics_quizzes_on_the_chosen_concept(qtbot, window):
    stats = window.view("stats")
    window.show_view("stats")
    qtbot.waitUntil(stats.settled, timeout=20000)
    concept_map = stats.concept_map
    concept_map.setFocus()
    for _ in range(len(concept_map.tiles())):
        if concept_map.tiles()[concept_map.current].key == "container":
            break
        press(qtbot, window, Qt.Key_Right)
    press(qtbot, window, Qt.Key_Q)
    quiz = window.view("quiz")
    qtbot.waitUntil(lambda: window.current == "quiz" and quiz.settled(), timeout=10000)
    assert quiz.ticked_concepts() == ["container"]
    assert focused() is quiz.start_button  # ready: Enter starts it
    with qtbot.waitSignal(quiz.started, timeout=10000):
        press(qtbot, window, Qt.Key_Return)
    assert {q.card.id for q in quiz.quiz.questions} == {"t-choice", "t-order"}

    # a quiz under way gives way to a new choice; its answers are kept
    with qtbot.waitSignal(quiz.finished, timeout=10000):
        window.start_quiz(section="test")
    qtbot.waitUntil(lambda: quiz.state == "choose", timeout=10000)
    assert sorted(quiz.ticked_concepts()) == ["container", "image"]
    assert window.study.collection.store.quizzes()[0]["ended_at"] is not None
    window.start_quiz(concepts=["image"])
    assert quiz.ticked_concepts() == ["image"]


# A popup menu asks the offscreen platform for what it cannot do; a real desktop can.
@pytest.mark.qt_log_ignore(*QT_NOTICES_IGNORED, r"This plugin does not support raise\(\)", "This plugin does not support grabbing the keyboard")
def test_statistics_right_click_offers_a_quiz_on_the_concept(qtbot, window):
    from PySide6.QtWidgets import QMenu

    stats = window.view("stats")
    window.show_view("stats")
    qtbot.waitUntil(stats.settled, timeout=20000)
    concept_map = stats.concept_map
    index = next(i for i, (_rect, tile) in enumerate(concept_map._rects) if tile.key == "image")
    concept_map.customContextMenuRequested.emit(concept_map._rects[index][0].center().toPoint())
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=5000)
    menu = QApplication.activePopupWidget()
    assert [a.text() for a in menu.actions()] == ["Study its cards", "Take a quiz on it"]
    menu.actions()[1].trigger()
    menu.close()
    quiz = window.view("quiz")
    qtbot.waitUntil(lambda: window.current == "quiz" and quiz.settled(), timeout=10000)
    assert quiz.ticked_concepts() == ["image"]
