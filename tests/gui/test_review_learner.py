"""The review as a new learner meets it, by keyboard alone (issues 11 and 13): a choice card's right
option on every letter, nothing before the answer that states it, empty answers asked for, "I don't
know", focus where the learner types, Tab kept inside the card, a language switch mid-card, marked
choice and order feedback, undo named by the question, and a card column of readable width."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit

from .conftest import make_window
from .helpers import focus, press, reviews_on_disk, type_text
from .test_review_keyboard import letter_key, next_card, open_review, reveal

TITLES = {
    "image": ("이미지는 실행에 필요한 모든 것을 담은 패키지", "An image packages everything needed to run"),
    "container": ("컨테이너는 이미지를 실행한 인스턴스", "A container is a running instance of an image"),
}


def to_card(qtbot, window, review, card_id):
    """Answer cards (a wrong answer, or reveal, then Again) until `card_id` is on the front."""
    for _ in range(6):
        if review.card.id == card_id:
            return
        if review.card.type in ("command", "cloze"):
            type_text(qtbot, window, "x")
        elif review.card.type == "choice":
            press(qtbot, window, Qt.Key_A)
        reveal(qtbot, window, review, Qt.Key_Return)
        next_card(qtbot, review, lambda: press(qtbot, window, Qt.Key_1))
    assert review.card.id == card_id


def shown_texts(window) -> list[str]:
    """Every text a learner can see in the window: labels, buttons, fields, the status bar."""
    texts = [window.statusBar().currentMessage()]
    for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton) + window.findChildren(QLineEdit):
        if widget.isVisible():
            texts.append(widget.text())
    return texts


def test_the_right_option_lands_on_every_letter_and_its_letter_picks_it(qtbot, window, data_dir):
    review, _ = open_review(qtbot, window)
    to_card(qtbot, window, review, "t-choice")
    letters = set()
    for _ in range(10):
        assert review.card.id == "t-choice"
        key = letter_key(review, "all")
        letters.add(key)
        press(qtbot, window, key)
        assert review.answer_widget.value() == ["all"]
        reveal(qtbot, window, review, Qt.Key_Return)
        assert review.grade.correct
        next_card(qtbot, review, lambda: press(qtbot, window, Qt.Key_3))
        # Undo shows the card again, with its options in a fresh order.
        next_card(qtbot, review, lambda: press(qtbot, window, Qt.Key_Z, Qt.ControlModifier))
    assert letters == {Qt.Key_A, Qt.Key_B}


def test_nothing_before_the_answer_states_the_concept(qtbot, window, data_dir):
    home = window.view("home")
    window.show_view("home")
    qtbot.waitUntil(lambda: home.summary is not None, timeout=10000)
    assert "Image" in home.next.text()
    for _, title in TITLES.values():
        assert not any(title in text for text in shown_texts(window))
    review, _ = open_review(qtbot, window)
    for card_id in ("t-basic", "t-command", "t-cloze", "t-choice", "t-order"):
        assert review.card.id == card_id
        concept = review.card.concepts[0]
        title = TITLES[concept][1]
        assert not any(title in text for text in shown_texts(window)), card_id
        assert review.concepts.text() == {"image": "Image", "container": "Container"}[concept]
        assert not review.lab_link.isVisible()  # a lab's title may name the answer: it comes with it
        if review.card.type == "basic":
            reveal(qtbot, window, review)
        else:
            with qtbot.waitSignal(review.revealed, timeout=10000):
                press(qtbot, window, Qt.Key_D, Qt.ControlModifier)
        # with the answer comes the concept's statement (and the card's lab)
        assert review.concept_statement.isVisible() and title in review.concept_statement.text()
        assert review.lab_link.isVisible() == (card_id == "t-command")
        next_card(qtbot, review, lambda: press(qtbot, window, Qt.Key_1))


def test_an_empty_answer_is_asked_for_and_i_dont_know_is_again(qtbot, window, data_dir):
    review, _ = open_review(qtbot, window)
    to_card(qtbot, window, review, "t-command")
    before = reviews_on_disk(data_dir)
    # No waiting to see that nothing is graded: the view decides on the key press itself, and a
    # grading would have left "front" (for "grading") before the press returned.
    press(qtbot, window, Qt.Key_Return)
    assert review.state == "front" and review.grade is None
    assert review.ask_hint.isVisible() and "Ctrl+D" in review.ask_hint.text()
    assert focus(window) is review.answer_widget.edit
    type_text(qtbot, window, "   ")
    press(qtbot, window, Qt.Key_Return)
    assert review.state == "front" and review.grade is None
    # "I don't know": the answer is shown, Again proposed, and Enter takes it
    assert review.dont_know_button.isVisible() and "Ctrl+D" in review.dont_know_button.text()
    with qtbot.waitSignal(review.revealed, timeout=10000):
        press(qtbot, window, Qt.Key_D, Qt.ControlModifier)
    assert review.verdict.text() == "You did not know this one."
    assert review.proposed_rating() == 1 and not review.ask_hint.isVisible()
    assert "docker run -d quizlab/app:1" in review.expected.text()
    next_card(qtbot, review, lambda: press(qtbot, window, Qt.Key_Return))
    assert reviews_on_disk(data_dir)[len(before):] == [("t-command", 1, 0, None)]

    # a cloze with its blank empty, a choice with nothing picked: asked for, not graded
    assert review.card.id == "t-cloze"
    press(qtbot, window, Qt.Key_Return)
    assert review.state == "front" and "blank" in review.ask_hint.text()
    assert focus(window) is review.answer_widget.edits[0]
    type_text(qtbot, window, "node")
    reveal(qtbot, window, review, Qt.Key_Return)
    assert review.grade.correct
    # a card's first right answer proposes Good, however quick
    assert review.proposed_rating() == 3
    next_card(qtbot, review, lambda: press(qtbot, window, Qt.Key_Return))
    assert review.card.id == "t-choice"
    press(qtbot, window, Qt.Key_Return)
    assert review.state == "front" and "Pick an option" in review.ask_hint.text()
    assert reviews_on_disk(data_dir)[-1][0] == "t-cloze"


def test_home_enter_puts_the_cursor_in_the_cloze_field(qtbot, window, data_dir):
    review, _ = open_review(qtbot, window)
    to_card(qtbot, window, review, "t-cloze")
    home = window.view("home")
    press(qtbot, window, Qt.Key_1, Qt.ControlModifier)
    qtbot.waitUntil(lambda: window.current == "home" and home.summary is not None, timeout=10000)
    press(qtbot, window, Qt.Key_Return)
    qtbot.waitUntil(lambda: window.current == "review", timeout=10000)
    type_text(qtbot, window, "node")
    assert review.answer_widget.edits[0].text() == "node"
    reveal(qtbot, window, review, Qt.Key_Return)
    assert review.grade.correct


def test_tab_stays_in_the_card_so_enter_and_esc_still_work(qtbot, window, data_dir):
    qtbot.waitUntil(lambda: window.daemon_badge is not None, timeout=10000)
    badge = window.daemon_badge
    review, _ = open_review(qtbot, window)
    to_card(qtbot, window, review, "t-command")
    type_text(qtbot, window, "docker run -d quizlab/app:1")
    seen = set()
    for _ in range(12):
        press(qtbot, window, Qt.Key_Tab)
        now = focus(window)
        assert now is not badge and review.isAncestorOf(now), now
        seen.add(now)
    assert review.answer_widget.edit in seen and len(seen) >= 2  # it does go round the card
    for _ in range(5):
        press(qtbot, window, Qt.Key_Backtab, Qt.ShiftModifier)
        assert focus(window) is not badge and review.isAncestorOf(focus(window))
    reveal(qtbot, window, review, Qt.Key_Return)
    assert review.grade.correct
    for key in (Qt.Key_Tab,) * 8 + (Qt.Key_Backtab,) * 8:
        press(qtbot, window, key, Qt.ShiftModifier if key == Qt.Key_Backtab else Qt.NoModifier)
        assert review.isAncestorOf(focus(window)) and focus(window) is not badge
    press(qtbot, window, Qt.Key_Escape)
    qtbot.waitUntil(lambda: window.current == "home", timeout=5000)


def test_tabbing_through_a_card_leaves_the_menus_working_after_it_goes(qtbot, window, data_dir):
    """Walking the focus chain from Python made PySide adopt the widgets it passed, so the next
    card's arrival destroyed the menus' Python side and a language switch then raised."""
    import shiboken6

    review, _ = open_review(qtbot, window)
    to_card(qtbot, window, review, "t-command")
    for _ in range(6):
        press(qtbot, window, Qt.Key_Tab)
    press(qtbot, window, Qt.Key_D, Qt.ControlModifier)  # I don't know
    qtbot.waitUntil(lambda: review.state == "back", timeout=5000)
    next_card(qtbot, review, lambda: press(qtbot, window, Qt.Key_1))
    QApplication.sendPostedEvents(None, 52)  # QEvent.DeferredDelete: the old answer widget goes
    assert all(shiboken6.isValid(menu) for menu in window.menus.values())
    window.study.set_language("ko")
    assert window.menus["go"].title() != "Go"


def test_a_language_switch_redraws_every_part_of_the_card(qtbot, data_dir, clock):
    window = make_window(qtbot, data_dir, clock, lang="ko")
    review, _ = open_review(qtbot, window)
    to_card(qtbot, window, review, "t-cloze")
    assert review.answer_widget.labels[0].text() == "빈칸 1"
    type_text(qtbot, window, "no")
    window.study.set_language("en")
    assert review.answer_widget.labels[0].text() == "Blank 1"
    assert review.answer_widget.edits[0].text() == "no"  # what was typed stays
    assert review.concepts.text() == "Image" and review.prompt.text() == "Fill in the blank."
    type_text(qtbot, window, "de")
    reveal(qtbot, window, review, Qt.Key_Return)
    assert review.grade.correct
    window.study.set_language("ko")
    assert review.verdict.text() == "정답입니다." and review.proposal.text().startswith("제안된 평가")
    assert review.answer_widget.labels[0].text() == "빈칸 1"
    next_card(qtbot, review, lambda: press(qtbot, window, Qt.Key_3))

    # a choice card: the options change language in place, the pick and the order stay
    assert review.card.id == "t-choice"
    order = [b.property("option_id") for b in review.answer_widget.buttons]
    press(qtbot, window, letter_key(review, "running"))
    window.study.set_language("en")
    buttons = review.answer_widget.buttons
    assert [b.property("option_id") for b in buttons] == order
    assert review.answer_widget.value() == ["running"]
    texts = " ".join(b.text() for b in buttons)
    assert "All containers, stopped ones too" in texts and "컨테이너" not in texts
    reveal(qtbot, window, review, Qt.Key_Return)
    window.study.set_language("ko")
    texts = " ".join(b.text() for b in review.answer_widget.buttons)
    assert "멈춘 것까지 모든 컨테이너" in texts and "All containers" not in texts
    assert all(b.text()[0] in "✓✗" for b in review.answer_widget.buttons)  # the marks stay too
    assert "그건 -a 없는 docker ps입니다." in review.feedback.text()


def test_choice_feedback_marks_each_option_and_states_the_answer_once(qtbot, window, data_dir):
    review, _ = open_review(qtbot, window)
    to_card(qtbot, window, review, "t-choice")
    press(qtbot, window, letter_key(review, "running"))
    reveal(qtbot, window, review, Qt.Key_Return)
    assert not review.grade.correct
    for button in review.answer_widget.buttons:
        right = button.property("option_id") == "all"
        assert button.property("verdict") == ("right" if right else "wrong")
        assert button.text().startswith("✓" if right else "✗")
        assert button.isEnabled()  # marked, not greyed out
        assert button.isChecked() == (not right)  # the learner's pick still shows
    right_text = "All containers, stopped ones too"
    assert sum(text.count(right_text) for text in shown_texts(window)) == 1
    assert "That is plain docker ps." in review.feedback.text()


def test_order_feedback_and_its_answer_on_their_own_lines(qtbot, window, data_dir):
    review, _ = open_review(qtbot, window)
    to_card(qtbot, window, review, "t-order")
    lst = review.answer_widget.list
    rows = sum(lst.sizeHintForRow(i) for i in range(lst.count()))
    assert 0 <= lst.height() - rows <= 2 * lst.frameWidth()  # no blank strip under the last item
    shown = review.answer_widget.value()
    reveal(qtbot, window, review, Qt.Key_Return)
    misplaced = [pos for pos, index in enumerate(shown) if index != pos]
    assert misplaced
    for pos, index in enumerate(shown):
        text = lst.item(pos).text()
        assert text.startswith("✗" if pos in misplaced else "✓")
        assert (f"belongs at {index + 1}" in text) == (pos in misplaced)
    # "Answer:" stands alone; the order starts on the next line
    assert "Answer:</b> <br>1. " in review.expected.text()


def test_undo_reports_the_cards_question(qtbot, window, data_dir):
    review, _ = open_review(qtbot, window)
    reveal(qtbot, window, review)
    next_card(qtbot, review, lambda: press(qtbot, window, Qt.Key_3))
    next_card(qtbot, review, lambda: press(qtbot, window, Qt.Key_Z, Qt.ControlModifier))
    message = window.statusBar().currentMessage()
    assert message == "Undone: What is a Docker image?"
    assert "t-basic" not in message


def test_the_card_is_a_centred_column_of_readable_width(qtbot, window, data_dir):
    from quizapp.gui.views.review import CARD_WIDTH

    window.resize(1400, 800)
    review, _ = open_review(qtbot, window)
    qtbot.waitUntil(lambda: review.column.width() > 0)
    assert review.width() > CARD_WIDTH + 200
    assert review.column.width() <= CARD_WIDTH and review.prompt.width() <= CARD_WIDTH
    left = review.column.mapTo(review, review.column.rect().topLeft()).x()
    right = review.width() - (left + review.column.width())
    assert abs(left - right) <= 2  # centred, as Anki's card is

    # Home too: its counts and buttons in one centred column
    from quizapp.gui.views.home import HOME_WIDTH

    press(qtbot, window, Qt.Key_1, Qt.ControlModifier)
    home = window.view("home")
    qtbot.waitUntil(lambda: window.current == "home" and home.column.width() > 0, timeout=5000)
    QApplication.processEvents()
    assert home.column.width() <= HOME_WIDTH < home.width() - 200
    left = home.column.mapTo(home, home.column.rect().topLeft()).x()
    assert abs(left - (home.width() - left - home.column.width())) <= 2
