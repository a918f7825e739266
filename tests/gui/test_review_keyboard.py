"""A study session by keyboard alone: reveal, rate, undo, a typed command answered wrong and right,
a cloze, a choice and an order card. Each answer must be on disk when the next card shows."""

from __future__ import annotations

from PySide6.QtCore import Qt

from .helpers import press, reviews_on_disk, type_text


def open_review(qtbot, window):
    review = window.view("review")
    with qtbot.waitSignal(review.card_shown, timeout=10000) as shown:
        window.show_view("review")
    return review, shown.args[0]


def next_card(qtbot, review, action):
    with qtbot.waitSignal(review.card_shown, timeout=10000) as shown:
        action()
    return shown.args[0]


def reveal(qtbot, window, review, key=Qt.Key_Space):
    with qtbot.waitSignal(review.revealed, timeout=10000):
        press(qtbot, window, key)
    assert review.state == "back"


def test_basic_card_reveal_rate_undo(qtbot, window, data_dir):
    review, first = open_review(qtbot, window)
    assert first == "t-basic"
    assert review.prompt.text().startswith("What is a Docker image?")
    assert not review.expected.isVisible()
    reveal(qtbot, window, review)
    assert "A package of everything" in review.expected.text()
    # each rating button shows the interval it would give (asked for once the first card is shown)
    qtbot.waitUntil(lambda: review.step.card.preview is not None, timeout=10000)
    preview = review.step.card.preview
    from quizapp.core.scheduler import format_interval

    for r, button in review.rate_buttons.items():
        assert format_interval(preview[r], "en") in button.text()
    assert reviews_on_disk(data_dir) == []

    second = next_card(qtbot, review, lambda: press(qtbot, window, Qt.Key_3))
    assert second == "t-command"
    # the answer was committed before the next card was shown
    assert reviews_on_disk(data_dir) == [("t-basic", 3, None, None)]

    again = next_card(qtbot, review, lambda: press(qtbot, window, Qt.Key_Z, Qt.ControlModifier))
    assert again == "t-basic"
    assert reviews_on_disk(data_dir) == []
    assert review.state == "front"

    # rating keys do nothing on the front of a card: a rating would have left "front" (for
    # "saving") before the press returned, so there is nothing to wait for
    press(qtbot, window, Qt.Key_4)
    assert review.state == "front" and reviews_on_disk(data_dir) == []
    reveal(qtbot, window, review, Qt.Key_Return)
    assert next_card(qtbot, review, lambda: press(qtbot, window, Qt.Key_1)) == "t-command"
    assert reviews_on_disk(data_dir) == [("t-basic", 1, None, None)]


def letter_key(review, option_id):
    """The key of the letter shown beside an option of the current choice card."""
    button = next(b for b in review.answer_widget.buttons if b.property("option_id") == option_id)
    return getattr(Qt, f"Key_{button.text().split('.')[0].strip()[-1]}")


def sort_order_list(qtbot, window, order_answer):
    """Put the items in their right order with Ctrl+Up, as a learner would with the keyboard."""
    lst = order_answer.list
    for target in range(lst.count()):
        row = next(i for i in range(lst.count()) if lst.item(i).data(Qt.UserRole) == target)
        lst.setCurrentRow(row)
        for _ in range(row - target):
            press(qtbot, window, Qt.Key_Up, Qt.ControlModifier)
    return order_answer.value()


def test_whole_session_by_keyboard(qtbot, window, data_dir):
    review, first = open_review(qtbot, window)
    assert first == "t-basic"
    reveal(qtbot, window, review)
    assert next_card(qtbot, review, lambda: press(qtbot, window, Qt.Key_3)) == "t-command"

    # a typed command, wrong: -d is missing
    type_text(qtbot, window, "docker run quizlab/app:1")
    reveal(qtbot, window, review, Qt.Key_Return)
    assert review.grade is not None and not review.grade.correct
    assert review.verdict.text() == "Not quite."
    assert review.feedback.isVisible() and review.feedback.text()
    assert review.proposed_rating() == 1
    assert review.proposal.text().startswith("Proposed rating: 1 Again")
    assert review.rate_buttons[1].isDefault()
    # the card offers its lab
    assert review.lab_link.isVisible() and "A first lab from the window" in review.lab_link.text()
    # Enter takes the proposed rating
    assert next_card(qtbot, review, lambda: press(qtbot, window, Qt.Key_Return)) == "t-cloze"
    log = reviews_on_disk(data_dir)
    assert log[-1][:3] == ("t-command", 1, 0)
    assert log[-1][3] == '"docker run quizlab/app:1"'

    # cloze
    type_text(qtbot, window, " Node ")
    reveal(qtbot, window, review, Qt.Key_Return)
    assert review.grade.correct
    assert next_card(qtbot, review, lambda: press(qtbot, window, Qt.Key_3)) == "t-choice"

    # choice: the letter shown beside an option picks it (the options are shuffled)
    press(qtbot, window, letter_key(review, "running"))
    assert review.answer_widget.value() == ["running"]
    press(qtbot, window, letter_key(review, "all"))
    assert review.answer_widget.value() == ["all"]
    reveal(qtbot, window, review, Qt.Key_Return)
    assert review.grade.correct and review.verdict.text() == "Right."
    assert next_card(qtbot, review, lambda: press(qtbot, window, Qt.Key_3)) == "t-order"

    # order: shuffled, never already right; sorted by keys
    order = review.answer_widget
    assert order.value() != [0, 1, 2]
    assert "FROM" in review.code.text()  # code is shown highlighted
    assert "<span" in review.code.text()
    assert sort_order_list(qtbot, window, order) == [0, 1, 2]
    reveal(qtbot, window, review, Qt.Key_Return)
    assert review.grade.correct
    # the command card answered wrong comes back within the learn-ahead window
    assert next_card(qtbot, review, lambda: press(qtbot, window, Qt.Key_3)) == "t-command"

    type_text(qtbot, window, "docker run --detach quizlab/app:1")
    reveal(qtbot, window, review, Qt.Key_Return)
    assert review.grade.correct
    proposed = review.proposed_rating()
    assert proposed in (3, 4)
    next_card(qtbot, review, lambda: press(qtbot, window, Qt.Key_Return))
    log = reviews_on_disk(data_dir)
    assert [row[0] for row in log] == ["t-basic", "t-command", "t-cloze", "t-choice", "t-order", "t-command"]
    assert log[-1][1:3] == (proposed, 1)


def test_wrong_order_and_choice_feedback(qtbot, window, data_dir):
    review, _ = open_review(qtbot, window)
    for _ in range(3):  # basic, command, cloze: answer quickly
        if review.card.type != "basic":
            type_text(qtbot, window, "x")
        reveal(qtbot, window, review, Qt.Key_Return)
        next_card(qtbot, review, lambda: press(qtbot, window, Qt.Key_1))
    assert review.card.id == "t-choice"
    press(qtbot, window, letter_key(review, "running"))
    reveal(qtbot, window, review, Qt.Key_Return)
    assert not review.grade.correct
    assert "That is plain docker ps." in review.feedback.text()
    # The option embodies a misconception: the feedback names it in words, not by id.
    assert "docker ps -a still lists only running containers" in review.feedback.text()
    next_card(qtbot, review, lambda: press(qtbot, window, Qt.Key_1))
    assert review.card.id == "t-order"
    shown = review.answer_widget.value()
    reveal(qtbot, window, review, Qt.Key_Space)
    assert not review.grade.correct
    assert shown != [0, 1, 2]
    # every item out of place is marked with where it belongs, not only those outside the longest run
    lst = review.answer_widget.list
    for pos, index in enumerate(shown):
        text = lst.item(pos).text()
        if index == pos:
            assert text.startswith("✓")
        else:
            assert text.startswith("✗") and f"belongs at {index + 1}" in text
