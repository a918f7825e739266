"""Renders a finished quiz's score, with missed questions and a concept's earlier quiz, in Korean
and English: quiz-score-ko.png and quiz-score-en.png in this folder.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/quiz.py

It takes two quizzes on the shipped deck in a temporary data folder, three days apart on a fixed
clock: the first all right, the second with some answers right and some wrong, so the score shows
missed questions with their right answers and each concept's earlier result beside this one.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's quizapp, not an installed one
sys.path.insert(0, str(HERE))

from lab_and_browse import SIZE, shoot_both_languages, wait  # noqa: E402 - the same waiting as the other shots
CONCEPTS = ["expose", "publish-port"]
COUNT = 5


def answer(app, quiz, right: bool) -> None:
    """Answer the question on screen, right or wrong, as the learner's keys would."""
    card = quiz.question.card
    widget = quiz.answer_widget
    if card.type == "basic":
        quiz.submit()
        quiz.self_check(right)
    else:
        if card.type == "command":
            widget.edit.setText(card.answer if right else "docker run " + card.answer.split()[-1])
        elif card.type == "cloze":
            for edit, blank in zip(widget.edits, card.blanks):
                edit.setText(blank[0] if right else "?")
        elif card.type == "choice":
            for i, option in enumerate(widget.options):
                if option.correct == right:
                    widget.toggle(i)
                    if not card.multiple:
                        break
        elif card.type == "order" and right:
            from PySide6.QtCore import Qt

            items = sorted((widget.list.takeItem(0) for _ in range(widget.list.count())), key=lambda item: item.data(Qt.UserRole))
            for item in items:
                widget.list.addItem(item)
        quiz.submit()
    wait(app, lambda: quiz.state in ("result", "front", "score", "finishing"), 30, "the grade")


def take_quiz(app, window, wrong_positions: set[int]) -> None:
    quiz = window.view("quiz")
    window.start_quiz(concepts=CONCEPTS)
    wait(app, lambda: quiz.state == "choose" and quiz.filled, 30, "the chooser")
    quiz.count.setValue(COUNT)
    quiz.start()
    wait(app, lambda: quiz.state == "front", 30, "the first question")
    while quiz.state not in ("score", "finishing"):
        answer(app, quiz, quiz.question.position not in wrong_positions)
        if quiz.state == "result":
            quiz.next_question()
        wait(app, lambda: quiz.state in ("front", "score"), 30, "the next question")


def main() -> int:
    from quizapp.core.clock import FixedClock
    from quizapp.gui.app import ensure_app
    from quizapp.gui.study import GuiOptions
    from quizapp.gui.window import MainWindow

    app = ensure_app(offscreen=True)
    data = Path(tempfile.mkdtemp(prefix="quizapp-shots-"))
    clock = FixedClock(datetime(2026, 11, 27, 11, 0, tzinfo=timezone.utc))
    window = MainWindow(GuiOptions(data_dir=data, lang="ko", clock=clock, shuffle_seed=3, docker=False))
    window.resize(*SIZE)
    window.show()
    wait(app, lambda: window.study.collection is not None, 30, "the collection")
    take_quiz(app, window, wrong_positions=set())
    clock.advance(days=3)
    take_quiz(app, window, wrong_positions={1, 3})
    quiz = window.view("quiz")
    wait(app, lambda: quiz.state == "score", 30, "the score")
    shoot_both_languages(app, window, "quiz-score")
    window.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
