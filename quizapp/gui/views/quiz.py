"""Quiz: the learner chooses what to be asked about, answers one question at a time, and ends on a
score with results per concept, every missed question with its answer, and each concept's earlier
quizzes. The quiz itself is quizapp.core.quiz's `Quiz`; this view only asks and shows.

Three pages, all by keyboard:
- choosing: a tree of the notes' sections and their concepts (Space ticks; a section ticks all of
  its concepts), "my weakest concepts", how many questions, a time limit, whether the answers count
  as reviews; Enter starts.
- asking: the answer widgets of the review (quizapp.gui.views.answers); Enter submits, Ctrl+D says
  "I don't know"; a basic card is shown with Enter and self-checked with Y or N. A graded answer
  is shown right or wrong with the right answer, then Enter moves on. A time limit counts down at
  the top and ends the quiz when it runs out; Esc ends it early (scored on what was answered).
- the score: right of answered, results per concept beside the concept's earlier quizzes, and
  each missed question with the learner's answer, the right one and the explanation.

Enter on a focused button presses that button; otherwise it does the page's next step. Tab is
Qt's own: no walk of the focus chain from Python, where PySide makes each widget it meets a child of
the one before, so deleting a question's answer widget took the window's menus with it. Starting,
grading and scoring run on the worker.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass
from html import escape
from typing import Any

from PySide6.QtCore import QTimer, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quizapp.core import changes
from quizapp.core.content.model import BLANK_RE
from quizapp.core.quiz import Quiz, QuizChoice, QuizError, _chosen_concepts, concept_history
from quizapp.core.review import is_empty_answer, shuffled_options
from quizapp.core.stats import section_title
from quizapp.core.i18n import pick
from quizapp.gui.app import is_dark
from quizapp.gui.i18n import translate
from quizapp.gui.study import Study
from quizapp.gui.views.common import action_button, button_row, heading, inline_code, install_shortcuts, separator, wrapped_label
from quizapp.gui.views.review import CARD_WIDTH, answers, build_card_front, expected_html, highlight
from quizapp.gui.views.stats import short_date

DONT_KNOW_KEY = "Ctrl+D"
DEFAULT_COUNT = 10
MAX_COUNT = 100
MAX_MINUTES = 180
# Under this much time left the countdown turns to the warning colour.
HURRY_SECONDS = 30
TICK_MS = 500
EARLIER_SHOWN = 5  # earlier quizzes listed beside a concept, the latest ones
CONCEPT_ROLE = Qt.UserRole
PAGE_CHOOSE, PAGE_ASK, PAGE_SCORE = range(3)


# ----- on the worker (no Qt) --------------------------------------------------------------------------
@dataclass(frozen=True)
class QuizReport:
    """A finished quiz and, for each concept it asked about, the concept's earlier quizzes."""

    result: Any  # quizapp.core.quiz.QuizResult
    earlier: dict[str, list[Any]]  # concept id -> ConceptQuizHistory, oldest first, this quiz left out


def start_quiz(collection: Any, choice: Any) -> Any:
    return Quiz.start(collection, choice)


def finish_quiz(quiz: Any) -> QuizReport:
    result = quiz.finish()
    earlier = {
        concept_id: [h for h in concept_history(quiz.collection.store, concept_id) if h.quiz_id != result.quiz_id]
        for concept_id in result.by_concept
    }
    return QuizReport(result, earlier)


def concepts_in_section(collection: Any, section: str) -> list[str]:
    """The concepts of the section named `section` (its heading or part of it), matched as
    `quizapp quiz --section` matches it; raises QuizError when there is none."""
    return list(_chosen_concepts(collection, QuizChoice(section=section)) or [])


def dont_know_answer(card: Any) -> Any:
    """What "I don't know" is graded as: an answer with nothing in it (graded wrong)."""
    return {"command": "", "cloze": [""] * len(getattr(card, "blanks", ())), "choice": [], "order": []}[card.type]


def given_html(card: Any, answer: Any, lang: str) -> str:
    """The learner's answer as they would read it back, set out as the right answer is."""
    mono = 'style="font-family: monospace;"'
    if card.type == "command":
        return f"<span {mono}>$ {escape(str(answer))}</span>"
    if card.type == "cloze":
        return " / ".join(f"[{i}] <span {mono}>{escape(str(a))}</span>" for i, a in enumerate(answer, 1))
    if card.type == "choice":
        by_id = {o.id: o for o in card.options}
        return " · ".join(inline_code(by_id[i].text.get(lang)) for i in answer if i in by_id)
    if card.type == "order":
        items = [card.items[i].get(lang) for i in answer if 0 <= i < len(card.items)]
        return "<br>" + "<br>".join(f"{n}. {inline_code(item)}" for n, item in enumerate(items, 1))
    return ""


def card_type(question: Any) -> str | None:
    return question.card.type if question is not None else None


def countdown_text(seconds: int) -> str:
    return f"{seconds // 60}:{seconds % 60:02d}"


# ----- the view ---------------------------------------------------------------------------------------
class QuizView(QWidget):
    started = Signal(int)  # quiz id
    question_shown = Signal(int)  # position, 0-based
    answered = Signal(int, bool)  # position, right
    finished = Signal(int)  # quiz id, once the score is shown
    home_requested = Signal()

    def __init__(self, study: Study):
        super().__init__()
        self.study = study
        # Tests fix the window's shuffle seed: the questions drawn and the options' order follow it.
        self.rng = random.Random(study.options.shuffle_seed)
        self.state = "choose"  # choose | starting | front | grading | selfcheck | result | finishing | score
        self.quiz: Any = None
        self.question: Any = None
        self.result: Any = None  # the current question's QuestionResult
        self.didnt_know = False
        self.given: dict[int, Any] = {}  # position -> the answer given (None: "I don't know")
        self.report: QuizReport | None = None
        self.answer_widget: Any = None
        self._undo_filter: Any = None
        self.shown_at = 0.0
        self.filled = False
        self._prefill: tuple[list[str] | None, str | None] | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        self.pages = QStackedWidget()
        outer.addWidget(self.pages)
        self.pages.addWidget(self._build_chooser())
        self.pages.addWidget(self._centred(self._build_asking()))
        self.pages.addWidget(self._centred(self._build_score()))

        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)

        keys = [
            ("Return", self.enter),
            ("Enter", self.enter),
            ("Escape", self.escape_pressed),
            (DONT_KNOW_KEY, self.dont_know),
            ("Y", lambda: self.self_check(True)),
            ("N", lambda: self.self_check(False)),
        ]
        self.shortcuts = install_shortcuts(self, keys)
        self.retranslate()
        self._render_keys()

    # ----- building ---------------------------------------------------------------------------------
    @staticmethod
    def _centred(inner: QWidget) -> QWidget:
        """A column of readable width in the middle, as the review's card."""
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        inner.setMaximumWidth(CARD_WIDTH)
        row.addStretch(1)
        row.addWidget(inner, 100)
        row.addStretch(1)
        return holder

    def _build_chooser(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.choose_title = heading(size=20)
        self.choose_note = wrapped_label()
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(1)
        self.tree.setSelectionMode(QAbstractItemView.SingleSelection)
        self.tree.itemChanged.connect(lambda *_: self._show_chosen_count())
        self.chosen_count = QLabel()
        self.chosen_count.setStyleSheet("color: palette(placeholder-text);")
        self.weakest = QCheckBox()
        self.weakest.toggled.connect(lambda *_: self._show_chosen_count())
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldsStayAtSizeHint)
        self.count = QSpinBox()
        self.count.setRange(1, MAX_COUNT)
        self.count.setValue(DEFAULT_COUNT)
        self.minutes = QSpinBox()
        self.minutes.setRange(0, MAX_MINUTES)
        self.count_label = QLabel()
        self.count_label.setBuddy(self.count)
        self.minutes_label = QLabel()
        self.minutes_label.setBuddy(self.minutes)
        form.addRow(self.count_label, self.count)
        form.addRow(self.minutes_label, self.minutes)
        self.schedule = QCheckBox()
        self.schedule.setChecked(True)
        self.schedule_note = wrapped_label()
        self.schedule_note.setStyleSheet("color: palette(placeholder-text);")
        self.choose_error = wrapped_label()
        self.choose_error.setStyleSheet("color: #b35c00;")
        self.choose_error.hide()
        self.start_button = QPushButton()
        self.start_button.setMinimumHeight(40)
        self.start_button.clicked.connect(self.start)
        for w in (self.choose_title, self.choose_note):
            layout.addWidget(w)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.chosen_count)
        layout.addWidget(self.weakest)
        layout.addLayout(form)
        layout.addWidget(self.schedule)
        layout.addWidget(self.schedule_note)
        layout.addWidget(self.choose_error)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.start_button, 1)
        layout.addLayout(row)
        return page

    def _build_asking(self) -> QWidget:
        page = QWidget()
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.progress = QLabel()
        self.progress.setObjectName("progress")
        self.countdown = QLabel()
        self.countdown.setObjectName("countdown")
        font = self.countdown.font()
        font.setBold(True)
        self.countdown.setFont(font)
        self.end_button = QPushButton()
        self.end_button.clicked.connect(self.end_now)
        top.addWidget(self.progress)
        top.addStretch(1)
        top.addWidget(self.countdown)
        top.addSpacing(12)
        top.addWidget(self.end_button)
        outer.addLayout(top)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.NoFrame)
        card_page = QWidget()
        card = QVBoxLayout(card_page)
        build_card_front(self)
        self.back_separator = separator()
        self.verdict = heading(size=13)
        self.feedback = wrapped_label(rich=True, selectable=True)
        self.expected = wrapped_label(rich=True, selectable=True)
        self.explanation = wrapped_label(rich=True, selectable=True)
        for w in (self.concepts, self.prompt, self.code, self.cloze_text):
            card.addWidget(w)
        card.addLayout(self.answer_box)
        for w in (self.ask_hint, self.back_separator, self.verdict, self.feedback, self.expected, self.explanation):
            card.addWidget(w)
        card.addStretch(1)
        scroll.setWidget(card_page)
        outer.addWidget(scroll, 1)

        # the buttons under the question: to answer, to self-check, to go on
        self.buttons = QStackedWidget()
        self.submit_button = action_button(self.submit)
        self.dont_know_button = action_button(self.dont_know)
        self.buttons.addWidget(button_row((self.submit_button, 3), (self.dont_know_button, 1)))
        self.knew_button = action_button(lambda: self.self_check(True))
        self.didnt_button = action_button(lambda: self.self_check(False))
        self.buttons.addWidget(button_row((self.knew_button, 0), (self.didnt_button, 0)))
        self.next_button = action_button(self.next_question)
        self.buttons.addWidget(button_row((self.next_button, 0)))
        self.buttons.addWidget(QWidget())  # while the worker grades
        outer.addWidget(self.buttons)
        return page

    def _build_score(self) -> QWidget:
        page = QWidget()
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        self.score_scroll = QScrollArea()
        self.score_scroll.setWidgetResizable(True)
        self.score_scroll.setFrameShape(QScrollArea.NoFrame)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        self.score_title = heading(size=20)
        self.score_notes = wrapped_label()
        self.by_concept_title = heading(size=14)
        self.by_concept = QTableWidget(0, 3)
        self.by_concept.verticalHeader().hide()
        self.by_concept.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.by_concept.setSelectionMode(QAbstractItemView.NoSelection)
        self.by_concept.setFocusPolicy(Qt.NoFocus)
        self.by_concept.setWordWrap(False)
        self.by_concept.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        header = self.by_concept.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeToContents)
        self.missed_title = heading(size=14)
        self.missed = wrapped_label(rich=True, selectable=True)
        for w in (self.score_title, self.score_notes, self.by_concept_title, self.by_concept, self.missed_title, self.missed):
            layout.addWidget(w)
        layout.addStretch(1)
        self.score_scroll.setWidget(inner)
        outer.addWidget(self.score_scroll, 1)
        row = QHBoxLayout()
        self.again_button = QPushButton()
        self.again_button.setMinimumHeight(40)
        self.again_button.clicked.connect(self.choose_again)
        self.home_button = QPushButton()
        self.home_button.setMinimumHeight(40)
        self.home_button.clicked.connect(lambda: self.home_requested.emit())
        row.addWidget(self.again_button, 2)
        row.addWidget(self.home_button, 1)
        outer.addLayout(row)
        return page

    # ----- texts --------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.choose_title.setText(translate("Quiz", "Quiz"))
        self.choose_note.setText(
            translate(
                "Quiz",
                "Tick the concepts to be asked about, or a whole section of the notes (arrow keys move, Space ticks). "
                "With nothing ticked, every concept is asked about.",
            )
        )
        self.weakest.setText(translate("Quiz", "My weakest concepts (by FSRS recall; among the ticked ones, if any)"))
        self.count_label.setText(translate("Quiz", "&Questions"))
        self.minutes_label.setText(translate("Quiz", "&Time limit"))
        self.minutes.setSpecialValueText(translate("Quiz", "No limit"))
        self.minutes.setSuffix(translate("Quiz", " min"))
        self.schedule.setText(translate("Quiz", "Count the answers as reviews"))
        self.schedule_note.setText(
            translate("Quiz", "FSRS takes an early review into account. Untick this to leave your review schedule as it is.")
        )
        self.start_button.setText(translate("Quiz", "Start the quiz (Enter)"))
        self.end_button.setText(translate("Quiz", "End the quiz (Esc)"))
        self.dont_know_button.setText(translate("Quiz", "I don't know ({key})").format(key=DONT_KNOW_KEY))
        self.knew_button.setText(translate("Quiz", "I knew it (Y)"))
        self.didnt_button.setText(translate("Quiz", "I didn't (N)"))
        self.again_button.setText(translate("Quiz", "Another quiz (Enter)"))
        self.home_button.setText(translate("Quiz", "Back to Home"))
        self.by_concept_title.setText(translate("Quiz", "By concept"))
        self.by_concept.setHorizontalHeaderLabels(
            [translate("Quiz", "Concept"), translate("Quiz", "This quiz"), translate("Quiz", "Earlier quizzes")]
        )
        self._retranslate_tree()
        self._show_chosen_count()
        if self.state in ("front", "grading", "selfcheck", "result"):
            self._render_question()
            if self.answer_widget is not None:
                self.answer_widget.retranslate(self.study.lang)
            self._render_back()
        self._render_keys()
        self._tick()
        if self.report is not None:
            self._render_score()

    # ----- choosing ---------------------------------------------------------------------------------
    def activate(self) -> None:
        if not self.filled:
            self._fill_tree()
        if self._prefill is not None and self.state not in ("finishing", "starting", "grading"):
            self._apply_prefill()
        self._focus_next_thing()

    def settled(self) -> bool:
        return self.filled and self.state in ("choose", "front", "selfcheck", "result", "score")

    def _fill_tree(self) -> None:
        collection = self.study.collection
        if collection is None:
            return
        self.tree.blockSignals(True)
        sections: dict[str, QTreeWidgetItem] = {}
        for concept in collection.deck.curriculum.concepts:
            parent = sections.get(concept.section)
            if parent is None:
                parent = QTreeWidgetItem(self.tree)
                parent.setFlags(parent.flags() | Qt.ItemIsUserCheckable | Qt.ItemIsAutoTristate)
                parent.setCheckState(0, Qt.Unchecked)
                parent.setData(0, CONCEPT_ROLE, None)
                parent.setData(0, CONCEPT_ROLE + 1, concept.section)
                sections[concept.section] = parent
            item = QTreeWidgetItem(parent)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(0, Qt.Unchecked)
            item.setData(0, CONCEPT_ROLE, concept.id)
        self.tree.blockSignals(False)
        if self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self.filled = True
        self._retranslate_tree()
        self._show_chosen_count()

    def _retranslate_tree(self) -> None:
        if not self.filled:
            return
        lang = self.study.lang
        self.tree.blockSignals(True)
        for i in range(self.tree.topLevelItemCount()):
            section = self.tree.topLevelItem(i)
            section.setText(0, section_title(section.data(0, CONCEPT_ROLE + 1), lang))
            for j in range(section.childCount()):
                item = section.child(j)
                concept_id = item.data(0, CONCEPT_ROLE)
                item.setText(0, self.study.concept_name(concept_id))
                item.setToolTip(0, self.study.concept_title(concept_id))
        self.tree.blockSignals(False)

    def concept_items(self) -> list[QTreeWidgetItem]:
        out = []
        for i in range(self.tree.topLevelItemCount()):
            section = self.tree.topLevelItem(i)
            out += [section.child(j) for j in range(section.childCount())]
        return out

    def ticked_concepts(self) -> list[str]:
        return [item.data(0, CONCEPT_ROLE) for item in self.concept_items() if item.checkState(0) == Qt.Checked]

    def _show_chosen_count(self) -> None:
        if not self.filled:
            self.chosen_count.setText(translate("Quiz", "Loading…"))
            return
        ticked = len(self.ticked_concepts())
        if self.weakest.isChecked():
            text = (
                translate("Quiz", "Your weakest among {n} ticked concepts").format(n=ticked)
                if ticked
                else translate("Quiz", "Your weakest concepts of all")
            )
        elif ticked:
            text = translate("Quiz", "{n} concepts ticked").format(n=ticked)
        else:
            text = translate("Quiz", "Nothing ticked: every concept")
        self.chosen_count.setText(text)

    def prefill(self, concepts: list[str] | None = None, section: str | None = None) -> None:
        """Open on the chooser with these concepts (or this section's) ticked and nothing else; a
        quiz under way ends first (its answers are kept)."""
        self._prefill = (list(concepts) if concepts else None, section)
        if self.state in ("front", "selfcheck", "result"):
            self._finish(then_choose=True)
        elif self.state == "score":
            self._show_chooser()

    def _apply_prefill(self) -> None:
        if not self.filled or self._prefill is None:
            return
        concepts, section = self._prefill
        self._prefill = None
        wanted = set(concepts or ())
        if section:
            try:
                wanted |= set(concepts_in_section(self.study.collection, section))
            except QuizError as exc:
                self._show_error(pick(exc.text, self.study.lang))
        self.tree.blockSignals(True)
        first = None
        for item in self.concept_items():
            ticked = item.data(0, CONCEPT_ROLE) in wanted
            item.setCheckState(0, Qt.Checked if ticked else Qt.Unchecked)
            if ticked:
                item.parent().setExpanded(True)
                first = first or item
        self.tree.blockSignals(False)
        self.weakest.setChecked(False)
        if first is not None:
            self.tree.setCurrentItem(first)
        self._show_chooser()
        self._show_chosen_count()

    def _show_chooser(self) -> None:
        self.state = "choose"
        self.pages.setCurrentIndex(PAGE_CHOOSE)
        self._render_keys()
        self._focus_next_thing()

    def _show_error(self, text: str) -> None:
        self.choose_error.setText(text)
        self.choose_error.show()

    def choice(self) -> Any:
        minutes = self.minutes.value()
        return QuizChoice(
            concepts=tuple(self.ticked_concepts()),
            weakest=self.weakest.isChecked(),
            count=self.count.value(),
            seed=self.rng.randrange(2**31),
            minutes=float(minutes) if minutes else None,
            schedule=self.schedule.isChecked(),
        )

    def start(self) -> None:
        if self.state != "choose" or not self.filled:
            return
        choice = self.choice()
        self.state = "starting"
        self.choose_error.hide()
        self._render_keys()

        def failed(exc: BaseException) -> None:
            self.state = "choose"
            self._render_keys()
            text = pick(exc.text, self.study.lang) if isinstance(exc, QuizError) else str(exc)
            self._show_error(text)
            self.start_button.setFocus()

        self.study.run(lambda collection, _session: start_quiz(collection, choice), self._started, failed)

    def _started(self, quiz: Any) -> None:
        self.quiz = quiz
        self.given = {}
        self.report = None
        self.pages.setCurrentIndex(PAGE_ASK)
        if quiz.deadline() is not None:
            self.timer.start()
        self.started.emit(quiz.quiz_id)
        self._show_question()

    # ----- asking -------------------------------------------------------------------------------------
    def _show_question(self) -> None:
        question = self.quiz.current()
        if question is None:
            self._finish()
            return
        self.question = question
        self.result = None
        self.didnt_know = False
        self.state = "front"
        self._make_answer_widget(question.card)
        self.ask_hint.hide()
        self._render_question()
        self._render_back()
        self._render_keys()
        self._tick()
        self.shown_at = time.monotonic()
        self._focus_next_thing()
        self.question_shown.emit(question.position)

    def _render_question(self) -> None:
        card = self.question.card
        lang = self.study.lang
        self.progress.setText(
            translate("Quiz", "Question {n} of {total}").format(n=self.question.position + 1, total=len(self.quiz.questions))
        )
        # Names only before the answer: a concept's title states the fact the card asks for.
        self.concepts.setText(" · ".join(self.study.concept_name(c) for c in card.concepts))
        self.prompt.setText(inline_code(card.prompt.get(lang)))
        if card.code is not None:
            self.code.setText(highlight.to_html(card.code.source, card.code.lang, dark=is_dark()))
        self.code.setVisible(card.code is not None)
        if card.type == "cloze":
            self.cloze_text.setText(cloze_html(card, lang))
        self.cloze_text.setVisible(card.type == "cloze")

    def _make_answer_widget(self, card: Any) -> None:
        if self.answer_widget is not None:
            # Hidden at once: a choice card's letter keys are window-wide while it is visible.
            self.answer_widget.hide()
            self.answer_box.removeWidget(self.answer_widget)
            self.answer_widget.deleteLater()
            self.answer_widget = None
        if card.type == "basic":
            return
        if self._undo_filter is None:
            self._undo_filter = answers.UndoPassThrough(self)
        lang = self.study.lang
        if card.type == "command":
            self.answer_widget = answers.CommandAnswer(card, self._undo_filter)
        elif card.type == "cloze":
            self.answer_widget = answers.ClozeAnswer(card, self._undo_filter)
        elif card.type == "choice":
            self.answer_widget = answers.ChoiceAnswer(card, lang, shuffled_options(card, self.rng))
        else:
            self.answer_widget = answers.OrderAnswer(card, lang, self.rng)
        self.answer_box.addWidget(self.answer_widget)
        self.answer_widget.show()

    def _render_back(self) -> None:
        """What shows after the answer: right or wrong, what was wrong, the right answer."""
        back = self.state in ("selfcheck", "result")
        self.back_separator.setVisible(back)
        # A choice card's options are marked right or wrong: an answer line would say it twice.
        self.expected.setVisible(back and card_type(self.question) != "choice")
        card = self.question.card if self.question is not None else None
        if not back or card is None:
            for w in (self.verdict, self.feedback, self.explanation):
                w.hide()
            return
        lang = self.study.lang
        right_colour, wrong_colour = _mark_colours()
        graded = self.result is not None
        if graded:
            if self.didnt_know:
                verdict = translate("Quiz", "You did not know this one.")
            else:
                verdict = translate("Quiz", "Right.") if self.result.correct else translate("Quiz", "Not quite.")
            self.verdict.setText(verdict)
            self.verdict.setStyleSheet(f"color: {right_colour if self.result.correct else wrong_colour};")
            self.verdict.show()
            feedback = [] if self.didnt_know else list(self.result.feedback)
            if card.type in ("choice", "order"):  # the options and items are marked on the widget
                feedback = [d for d in feedback if d.code not in ("choice-missed", "order-misplaced")]
            lines = self.study.collection.feedback_lines(feedback, lang) if feedback else []
            self.feedback.setText("".join(f"<p>• {inline_code(line).replace(chr(10), '<br>')}</p>" for line in lines))
            self.feedback.setVisible(bool(lines))
        else:
            self.verdict.hide()
            self.feedback.hide()
        label = escape(translate("Quiz", "Answer"))
        self.expected.setText(f"<b>{label}:</b> {expected_html(card, lang)}")
        if card.explanation is not None:
            self.explanation.setText(inline_code(card.explanation.get(lang)))
        self.explanation.setVisible(card.explanation is not None)

    def _render_keys(self) -> None:
        """The buttons under the question and which keys work, for the state."""
        state = self.state
        typed = self.question is not None and self.question.card.type != "basic"
        if state == "front":
            self.buttons.setCurrentIndex(0)
            self.submit_button.setText(
                translate("Quiz", "Check my answer (Enter)") if typed else translate("Quiz", "Show the answer (Enter)")
            )
            self.dont_know_button.setVisible(typed)
        elif state == "selfcheck":
            self.buttons.setCurrentIndex(1)
        elif state == "result":
            self.buttons.setCurrentIndex(2)
            last = self.quiz is not None and len(self.quiz.results) >= len(self.quiz.questions)
            self.next_button.setText(translate("Quiz", "See the score (Enter)") if last else translate("Quiz", "Next question (Enter)"))
        else:
            self.buttons.setCurrentIndex(3)
        self.start_button.setEnabled(state == "choose")
        self.shortcuts[DONT_KNOW_KEY].setEnabled(state == "front" and typed)
        for key in ("Y", "N"):
            self.shortcuts[key].setEnabled(state == "selfcheck")

    def enter(self) -> None:
        """Enter presses the focused button; otherwise it takes the page's next step."""
        focused = QApplication.focusWidget()
        if isinstance(focused, QPushButton) and self.isAncestorOf(focused) and focused.isVisible() and focused.isEnabled():
            focused.click()
            return
        if self.state == "choose":
            self.start()
        elif self.state == "front":
            self.submit()
        elif self.state == "selfcheck":
            self.self_check(True)
        elif self.state == "result":
            self.next_question()
        elif self.state == "score":
            self.choose_again()

    def escape_pressed(self) -> None:
        if self.state in ("front", "selfcheck", "result"):
            self.end_now()
        elif self.state in ("choose", "score"):
            self.home_requested.emit()

    def submit(self) -> None:
        if self.state != "front":
            return
        card = self.question.card
        if card.type == "basic":
            self.state = "selfcheck"
            self._render_back()
            self._render_keys()
            self._focus_next_thing()
            return
        answer = self.answer_widget.value()
        if is_empty_answer(card, answer):
            self._ask_for_answer(self.answer_widget.first_empty())
            return
        self._grade(answer)

    def _ask_for_answer(self, field: Any) -> None:
        """An empty answer is not graded: say what is missing and put the cursor there."""
        card = self.question.card
        if card.type == "choice":
            text = translate("Quiz", "Pick an option first (its letter key), or press {key} if you don't know.")
        elif card.type == "cloze":
            text = translate("Quiz", "Fill in every blank first, or press {key} if you don't know.")
        else:
            text = translate("Quiz", "Type an answer first, or press {key} if you don't know.")
        self.ask_hint.setText(text.format(key=DONT_KNOW_KEY))
        self.ask_hint.show()
        if field is not None:
            field.setFocus()

    def dont_know(self) -> None:
        if self.state != "front" or self.question.card.type == "basic":
            return
        self.didnt_know = True
        self._grade(None)

    def self_check(self, knew: bool) -> None:
        if self.state != "selfcheck":
            return
        self._grade(knew)

    def _grade(self, answer: Any) -> None:
        """Grade and record the answer on the worker (None: "I don't know")."""
        question, quiz = self.question, self.quiz
        elapsed = time.monotonic() - self.shown_at
        graded = dont_know_answer(question.card) if answer is None else answer
        self.given[question.position] = answer
        if self.answer_widget is not None:
            self.answer_widget.lock()
        self.ask_hint.hide()
        self.state = "grading"
        self._render_keys()
        self.setFocus()

        def failed(exc: BaseException) -> None:
            self.state = "front"
            self.didnt_know = False
            self._render_keys()
            self.study.message.emit(translate("Quiz", "Something went wrong: {error}").format(error=str(exc)))

        self.study.run(lambda _collection, _session: quiz.answer(graded, elapsed_s=elapsed), self._graded, failed)

    def _graded(self, result: Any) -> None:
        if self.state != "grading":
            return
        self.result = result
        self.answered.emit(result.position, result.correct)
        if self._prefill is not None:  # a new choice came while this answer was recorded
            self._finish(then_choose=True)
            return
        if self.question.card.type == "basic":  # the learner has seen the answer already
            self.next_question(force=True)
            return
        self.state = "result"
        self.answer_widget.show_result(result)
        self._render_back()
        self._render_keys()
        self._focus_next_thing()

    def next_question(self, force: bool = False) -> None:
        if self.state != "result" and not force:
            return
        if self.quiz.expired():
            self._finish()
        else:
            self._show_question()

    def end_now(self) -> None:
        if self.state in ("front", "selfcheck", "result"):
            self._finish()

    def _tick(self) -> None:
        quiz = self.quiz
        left = quiz.time_left() if quiz is not None and self.state not in ("choose", "score") else None
        self.countdown.setVisible(left is not None)
        if left is None:
            self.timer.stop()
            return
        seconds = int(left.total_seconds())
        self.countdown.setText(translate("Quiz", "Time left {time}").format(time=countdown_text(seconds)))
        _right, wrong = _mark_colours()
        self.countdown.setStyleSheet(f"color: {wrong};" if seconds <= HURRY_SECONDS else "")
        # Out of time: the quiz ends on the score, except while an answer is being recorded (it
        # ends once that is done).
        if quiz.expired() and self.state in ("front", "selfcheck", "result"):
            self._finish()

    # ----- the score ----------------------------------------------------------------------------------
    def _finish(self, then_choose: bool = False) -> None:
        quiz = self.quiz
        self.state = "finishing"
        self.timer.stop()
        self._render_keys()
        if self.answer_widget is not None:
            self.answer_widget.lock()

        def done(report: QuizReport) -> None:
            self.report = report
            if report.result.questions and quiz.choice.schedule:
                self.study.changed.emit(changes.quiz_counted())
            self.finished.emit(report.result.quiz_id)
            if then_choose:
                self.study.message.emit(translate("Quiz", "The quiz under way was ended; its answers are kept."))
                self._apply_prefill()
                self._show_chooser()
            else:
                self._show_score()

        def failed(exc: BaseException) -> None:
            self.state = "choose"
            self._show_chooser()
            self.study.message.emit(translate("Quiz", "Something went wrong: {error}").format(error=str(exc)))

        self.study.run(lambda _collection, _session: finish_quiz(quiz), done, failed)

    def _show_score(self) -> None:
        self.state = "score"
        self.pages.setCurrentIndex(PAGE_SCORE)
        self._render_score()
        self._render_keys()
        self.score_scroll.ensureVisible(0, 0)
        self._focus_next_thing()

    def _render_score(self) -> None:
        report = self.report
        if report is None:
            return
        result = report.result
        lang = self.study.lang
        pct = round(100 * result.right / result.questions) if result.questions else 0
        self.score_title.setText(translate("Quiz", "Score: {right} of {n} ({pct}%)").format(right=result.right, n=result.questions, pct=pct))
        notes = []
        if result.timed_out:
            notes.append(translate("Quiz", "Time ran out."))
        if result.questions < result.asked_of:
            notes.append(translate("Quiz", "You answered {answered} of {n} questions.").format(answered=result.questions, n=result.asked_of))
        scheduled = self.quiz is not None and self.quiz.choice.schedule
        notes.append(
            translate("Quiz", "The answers also count as reviews.")
            if scheduled
            else translate("Quiz", "This quiz did not change your review schedule.")
        )
        self.score_notes.setText(" ".join(notes))


        table = self.by_concept
        table.setRowCount(len(result.by_concept))
        now = self.study.clock.now()
        for row, (concept_id, score) in enumerate(result.by_concept.items()):
            earlier = report.earlier.get(concept_id, [])
            if earlier:
                shown = earlier[-EARLIER_SHOWN:]
                history = " · ".join(f"{h.right}/{h.questions} ({short_date(h.started_at.astimezone(now.tzinfo).date(), lang)})" for h in shown)
                if len(earlier) > len(shown):
                    history = "… " + history
            else:
                history = translate("Quiz", "first quiz on it")
            name = QTableWidgetItem(self.study.concept_name(concept_id))
            name.setData(CONCEPT_ROLE, concept_id)
            name.setToolTip(self.study.concept_title(concept_id))
            table.setItem(row, 0, name)
            table.setItem(row, 1, QTableWidgetItem(f"{score.right}/{score.questions}"))
            table.setItem(row, 2, QTableWidgetItem(history))
        table.resizeRowsToContents()
        height = table.horizontalHeader().height() + sum(table.rowHeight(r) for r in range(table.rowCount())) + 2 * table.frameWidth()
        table.setFixedHeight(height)

        deck = self.study.collection.deck
        self.missed_title.setText(translate("Quiz", "Missed questions ({n})").format(n=len(result.missed)))
        if not result.missed:
            self.missed.setText(escape(translate("Quiz", "Nothing missed.")))
        else:
            self.missed.setText("".join(self._missed_html(deck.by_id.get(m.card_id), m, lang) for m in result.missed))

    def _missed_html(self, card: Any, missed: Any, lang: str) -> str:
        parts = [f"<p><b>{missed.position + 1}.</b> "]
        if card is not None:
            parts.append(inline_code(card.prompt.get(lang)))
            if card.type == "cloze":
                parts.append("<br>" + cloze_html(card, lang))
        concept = escape(self.study.concept_name(missed.concept_id))
        parts.append(f'<br><span style="color: palette(placeholder-text);">{concept}</span>')
        if card is not None and card.type != "basic":
            given = self.given.get(missed.position)
            text = escape(translate("Quiz", "I don't know")) if given is None else given_html(card, given, lang)
            label = escape(translate("Quiz", "Your answer"))
            parts.append(f"<br><b>{label}:</b> {text}")
        answer = expected_html(card, lang) if card is not None else escape(pick(missed.expected, lang))
        label = escape(translate("Quiz", "Right answer"))
        parts.append(f"<br><b>{label}:</b> {answer}")
        if missed.explanation:
            parts.append(f"<br><i>{inline_code(pick(missed.explanation, lang))}</i>")
        parts.append("</p>")
        return "".join(parts)

    def choose_again(self) -> None:
        if self.state == "score":
            self._show_chooser()

    # ----- keyboard -----------------------------------------------------------------------------------
    def _focus_next_thing(self) -> None:
        """Focus on what the learner does next on this page."""
        state = self.state
        if state == "choose":
            if self.ticked_concepts():
                self.start_button.setFocus()
            else:
                self.tree.setFocus()
        elif state == "front":
            if self.answer_widget is not None:
                self.answer_widget.focus()
            else:
                self.submit_button.setFocus()
        elif state == "selfcheck":
            self.knew_button.setFocus()
        elif state == "result":
            self.next_button.setFocus()
        elif state == "score":
            self.again_button.setFocus()

    def shutdown(self) -> None:
        self.timer.stop()


def _mark_colours() -> tuple[str, str]:
    return answers.mark_colours()


def cloze_html(card: Any, lang: str) -> str:
    text = BLANK_RE.sub(lambda m: f"<b>[{m.group(1)}] ____</b>", escape(card.text.get(lang)))
    if card.text_lang != "text":
        return f'<pre style="font-family: monospace;">{text}</pre>'
    return text.replace("\n", "<br>")
