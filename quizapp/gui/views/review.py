"""Review: one card at a time, by keyboard alone.

Front: Space or Enter reveals a basic card; typed cards (command, cloze), choice and order cards
take the answer here, and Enter (or Space outside a text field) submits it for grading. An empty
answer is asked for, not graded; Ctrl+D says "I don't know" (graded as Again). A choice card's
options are shuffled at every showing. Before the answer the card names its concepts only by their
short names; their statements (titles) come with the answer.
Back: 1-4 rate (each button shows the interval it would give), Enter or Space takes the proposed
rating (Good for a basic card), Ctrl+Z undoes the last answer, Esc goes Home. An answer is committed
on the worker before the next card is shown.

The card is a column of readable width in the middle of the view (as Anki's is), and Tab moves
only among the card's own controls, so Enter and Esc always reach the review.
"""

from __future__ import annotations

import random
import re
import time
from html import escape
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from quizapp.core import changes
from quizapp.core.lazy import LazyModule
from quizapp.core.review import card_question, is_empty_answer, shuffled_options  # loaded before Qt (quizapp.gui)
from quizapp.gui import ops, qtvalues
from quizapp.gui.app import is_dark
from quizapp.core.ratings import GOOD, RATINGS
from quizapp.gui.i18n import rating_name, translate
from quizapp.gui.study import Study
from quizapp.gui.views.common import action_button, button_row, heading, install_shortcuts, interval, inline_code, separator, wrapped_label

# Not needed to draw the first card, so loaded when first used. Import times measured 2026-12-02
# on the 2-core machine after the window's own modules (medians of 3): the code highlighter
# (Pygments) 92 ms, the typed cards' answer widgets 21 ms, the pictures of layers and lifecycles
# 23 ms and their drawings 61 ms, the grader 83 ms, live command cards (the docker SDK) 39 ms.
# benchmarks/gui.py's startup_ratio (target 1.5) cannot afford any of them before the first card.
highlight = LazyModule("quizapp.core.content.highlight")
answers = LazyModule("quizapp.gui.views.answers")
pictures = LazyModule("quizapp.core.labs.pictures")
drawings = LazyModule("quizapp.gui.drawings")
grading_cards = LazyModule("quizapp.core.grading.cards")
live = LazyModule("quizapp.core.labs.live")

# The card column's widest: about 75 characters of the card's text, a comfortable line to read.
CARD_WIDTH = 760
DONT_KNOW_KEY = "Ctrl+D"


# ----- the view ------------------------------------------------------------------------------------
class ReviewView(QWidget):
    card_shown = Signal(str)
    revealed = Signal(str)
    answered = Signal(str, int)
    finished = Signal()
    open_lab = Signal(str)
    home_requested = Signal()
    live_finished = Signal(str)  # a live command card's run has been judged

    def __init__(self, study: Study):
        super().__init__()
        self.study = study
        self.rng = random.Random(study.options.shuffle_seed)
        self.state = "idle"  # idle | loading | front | grading | back | saving | done | error
        self.step: ops.StudyStep | None = None
        self.grade: Any = None
        self.answer_value: Any = None
        self.answer_widget: Any = None
        self.shown_at = 0.0
        self.submitted_at = 0.0
        self._undo_filter: QObject | None = None  # made with the first typed card

        outer = self._build_column()
        self.pages = QStackedWidget()
        outer.addWidget(self.pages, 1)
        self.pages.addWidget(self._build_card_page())
        self.pages.addWidget(self._build_done_page())
        outer.addWidget(self._build_buttons())
        self.shortcuts = install_shortcuts(self, self._keys())
        # The lab files are read after the first card: its lab link becomes usable then.
        study.labs_loaded.connect(self._labs_loaded)
        study.changed.connect(self._changed)
        self.retranslate()

    # ----- building -----------------------------------------------------------------------------
    def _build_column(self) -> QVBoxLayout:
        """Everything sits in one column of readable width, centred by the stretches either side;
        its top row holds today's counts. Returns the column's layout."""
        centring = QHBoxLayout(self)
        centring.setContentsMargins(24, 16, 24, 16)
        self.column = QWidget()
        self.column.setMaximumWidth(CARD_WIDTH)
        centring.addStretch(1)
        centring.addWidget(self.column, 100)
        centring.addStretch(1)
        outer = QVBoxLayout(self.column)
        outer.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.counts = QLabel()
        self.counts.setObjectName("counts")
        self.position = QLabel()
        top.addWidget(self.counts)
        top.addStretch(1)
        top.addWidget(self.position)
        outer.addLayout(top)
        return outer

    def _build_card_page(self) -> QWidget:
        """The card: its front, the answer, its back, a picture and the lab link, scrolling."""
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.NoFrame)
        card_page = QWidget()
        self.card_layout = QVBoxLayout(card_page)
        self._build_front()
        self._build_back()
        for w in (self.concepts, self.prompt, self.code, self.cloze_text):
            self.card_layout.addWidget(w)
        self.card_layout.addLayout(self.answer_box)
        self.card_layout.addWidget(self.ask_hint)
        for w in (
            self.back_separator, self.verdict, self.feedback, self.live_output, self.expected, self.explanation,
            self.concept_statement, self.proposal,
        ):
            self.card_layout.addWidget(w)
        self.card_layout.addLayout(self._build_picture_box())
        lab_row = QHBoxLayout()
        lab_row.addWidget(self.lab_link)
        lab_row.addStretch(1)
        self.card_layout.addLayout(lab_row)
        self.card_layout.addStretch(1)
        scroll.setWidget(card_page)
        return scroll

    def _build_front(self) -> None:
        build_card_front(self)

    def _build_back(self) -> None:
        """What the answer shows: the verdict, the expected answer, the concept's statement."""
        self.concept_statement = wrapped_label(rich=True, selectable=True)
        self.concept_statement.setStyleSheet("color: palette(placeholder-text);")
        self.verdict = heading(size=13)
        self.feedback = wrapped_label(rich=True, selectable=True)
        self.live_output = wrapped_label(rich=True, selectable=True)
        self.live_output.hide()
        self.expected = wrapped_label(rich=True, selectable=True)
        self.proposal = wrapped_label()
        self.explanation = wrapped_label(rich=True, selectable=True)
        self.lab_link = QPushButton()
        self.lab_link.clicked.connect(self._open_lab)
        self.back_separator = separator()

    def _build_picture_box(self) -> QVBoxLayout:
        """A card about layers or a container's lifecycle: the lab's drawing of it, from an example."""
        self.picture_box = QVBoxLayout()
        self.picture_caption = wrapped_label()
        self.picture_caption.setStyleSheet("color: palette(placeholder-text);")
        self.picture_caption.hide()
        self.picture_box.addWidget(self.picture_caption)
        self.picture: QWidget | None = None
        self.picture_kind: str | None = None
        return self.picture_box

    def _build_done_page(self) -> QWidget:
        """No card left: how many were answered today, and the way Home."""
        done_page = QWidget()
        done_layout = QVBoxLayout(done_page)
        done_layout.addStretch(1)
        self.done_title = heading(size=18)
        self.done_title.setProperty("alignment", qtvalues.ALIGN_CENTER)
        self.done_text = wrapped_label()
        self.done_text.setProperty("alignment", qtvalues.ALIGN_CENTER)
        self.home_button = QPushButton()
        self.home_button.clicked.connect(self.home_requested)
        done_layout.addWidget(self.done_title)
        done_layout.addWidget(self.done_text)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.home_button)
        row.addStretch(1)
        done_layout.addLayout(row)
        done_layout.addStretch(2)
        return done_page

    def _build_buttons(self) -> QStackedWidget:
        """Three rows, one shown: the front's (reveal, I don't know), the back's (the four ratings),
        and an empty one while loading or done."""
        self.buttons = QStackedWidget()
        self.reveal_button = action_button(self.reveal_or_submit)
        self.dont_know_button = action_button(self.dont_know)
        self.buttons.addWidget(button_row((self.reveal_button, 3), (self.dont_know_button, 1)))
        self.rate_buttons: dict[int, QPushButton] = {r: action_button(lambda r=r: self.rate(r), height=48) for r in RATINGS}
        self.buttons.addWidget(button_row(*((b, 0) for b in self.rate_buttons.values())))
        self.buttons.addWidget(QWidget())
        return self.buttons

    def _keys(self) -> list[tuple[str, Any]]:
        """The review's keys, as data (_render_buttons enables those the state allows)."""
        return [
            ("Space", self.reveal_or_submit),
            ("Return", self.reveal_or_submit),
            ("Enter", self.reveal_or_submit),
            ("Ctrl+Z", self.undo),
            (DONT_KNOW_KEY, self.dont_know),
            ("Escape", lambda: self.home_requested.emit()),
        ] + [(str(r), (lambda r=r: self.rate(r))) for r in RATINGS]

    # ----- texts --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.done_title.setText(translate("Review", "All done for now"))
        self.home_button.setText(translate("Review", "Back to Home"))
        self.dont_know_button.setText(translate("Review", "I don't know ({key})").format(key=DONT_KNOW_KEY))
        self._update_counts()
        if self.step is not None and self.step.card is not None and self.state in ("front", "grading", "back", "saving"):
            self._render_card(keep_answer=True)
            if self.answer_widget is not None:
                self.answer_widget.retranslate(self.study.lang)
            if self.ask_hint.isVisible():
                self._ask_for_answer(None)
        else:
            self._render_buttons()
        if self.state == "done":
            self._show_done()

    def _update_counts(self) -> None:
        if self.step is None:
            self.counts.setText("")
            return
        c = self.step.counts
        self.counts.setText(
            translate("Review", "New {new} · Learning {learning} · Review {review}").format(new=c.new, learning=c.learning, review=c.review)
        )

    # ----- loading --------------------------------------------------------------------------------
    def activate(self) -> None:
        if self.state in ("idle", "done", "error"):
            # The card first, its rating intervals right after (fsrs is imported for them): the
            # window's first card is drawn without waiting for what only its back shows.
            self._load(lambda collection, session: ops.next_step(collection, session, preview=False))
        self.setFocus()

    def _load(self, fn: Any) -> None:
        self.state = "loading"
        self._render_buttons()
        self.study.run(fn, self._show_step, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.state = "error"
        self.study.message.emit(translate("Review", "Something went wrong: {error}").format(error=str(exc)))
        self._render_buttons()

    def _show_step(self, step: ops.StudyStep) -> None:
        self.step = step
        self.grade = None
        self.answer_value = None
        self._update_counts()
        if step.became_leech:
            self.study.message.emit(
                translate("Review", "You have forgotten this card {n} times; it is marked as a leech.").format(n=step.lapses)
            )
        if step.undone:
            undone = self.study.collection.card(step.undone) if self.study.collection is not None else None
            question = card_question(undone, self.study.lang) if undone is not None else step.undone
            self.study.message.emit(translate("Review", "Undone: {card}").format(card=question))
        if step.card is None:
            self.state = "done"
            self._show_done()
            self.finished.emit()
            return
        self.state = "front"
        self._render_card(keep_answer=False)
        self.shown_at = time.monotonic()
        if step.card.preview is None:
            self._ask_preview(step)
        self.card_shown.emit(step.card.card.id)

    def _ask_preview(self, step: ops.StudyStep) -> None:
        card = step.card
        assert card is not None

        def done(preview: Any) -> None:
            card.preview = preview
            if self.step is step and self.state in ("back", "saving"):
                self._render_buttons()

        def failed(exc: BaseException) -> None:  # the card can still be rated, without intervals
            self.study.message.emit(translate("Review", "Something went wrong: {error}").format(error=str(exc)))

        self.study.run(lambda _collection, session: session.preview(card.row.id), done, failed)

    def _show_done(self) -> None:
        self.setFocusProxy(None)
        self.pages.setCurrentIndex(1)
        c = self.step.counts if self.step else None
        reviewed = c.reviews_today if c else 0
        self.done_text.setText(translate("Review", "You answered {n} card(s) today. Come back when more are due.").format(n=reviewed))
        self._render_buttons()
        self.home_button.setFocus()

    # ----- drawing a card -------------------------------------------------------------------------
    @property
    def card(self) -> Any:
        return self.step.card.card if self.step and self.step.card else None

    def _render_card(self, keep_answer: bool) -> None:
        card = self.card
        lang = self.study.lang
        self.pages.setCurrentIndex(0)
        # Names only: a concept's title states the fact the card asks for (it shows with the answer).
        self.concepts.setText(" · ".join(self.study.concept_name(c) for c in card.concepts))
        self.prompt.setText(inline_code(card.prompt.get(lang)))
        if card.code is not None:
            self.code.setText(highlight.to_html(card.code.source, card.code.lang, dark=is_dark()))
            self.code.show()
        else:
            self.code.hide()
        if card.type == "cloze":
            text = escape(card.text.get(lang))
            text = re.sub(r"\{\{(\d+)\}\}", lambda m: f"<b>[{m.group(1)}] ____</b>", text)
            if card.text_lang != "text":
                self.cloze_text.setText(f'<pre style="font-family: monospace;">{text}</pre>')
            else:
                self.cloze_text.setText(text.replace("\n", "<br>"))
            self.cloze_text.show()
        else:
            self.cloze_text.hide()
        if not keep_answer:
            self._make_answer_widget(card)
            self.live_output.hide()
            self.ask_hint.hide()
        lab = self.study.lab(card.lab) if card.lab else None
        if card.lab:
            if lab is not None:
                title = lab.title.get(lang)
            else:
                known = self.study.collection.deck.curriculum.lab(card.lab) if self.study.collection else None
                title = known.title.get(lang) if known is not None else card.lab
            self.lab_link.setText(translate("Review", "Try it in the lab: {title}").format(title=title))
            # With the answer only: a lab's title may name what the card asks for.
            self.lab_link.setVisible(self.state in ("back", "saving"))
            self.lab_link.setEnabled(lab is not None)
        else:
            self.lab_link.setVisible(False)
        self._render_back()
        self._render_buttons()

    def _make_answer_widget(self, card: Any) -> None:
        if self.answer_widget is not None:
            self.answer_box.removeWidget(self.answer_widget)
            self.answer_widget.deleteLater()
            self.answer_widget = None
        lang = self.study.lang
        if card.type != "basic":
            if self._undo_filter is None:
                self._undo_filter = answers.UndoPassThrough(self)
            if card.type == "command":
                self.answer_widget = answers.CommandAnswer(card, self._undo_filter)
            elif card.type == "cloze":
                self.answer_widget = answers.ClozeAnswer(card, self._undo_filter)
            elif card.type == "choice":
                # A fresh order at every showing: the deck lists the right option first.
                self.answer_widget = answers.ChoiceAnswer(card, lang, shuffled_options(card, self.rng))
            elif card.type == "order":
                self.answer_widget = answers.OrderAnswer(card, lang, self.rng)
        if self.answer_widget is not None:
            self.answer_box.addWidget(self.answer_widget)
            # A layout shows a new child only on the next event loop turn; the learner's next key
            # may come first, so show it (and give it focus) now.
            self.answer_widget.show()
            self.answer_widget.focus()
            # Whoever gives the view focus (the window, on Home -> Enter) gives it to the answer.
            self.setFocusProxy(self.answer_widget.focus_target())
        else:
            self.setFocusProxy(None)
            self.setFocus()

    def _show_picture(self, card: Any) -> None:
        """With the answer of a card about layers or a container's lifecycle, the drawing a lab
        shows, made from a fixed example (quizapp.core.labs.pictures); nothing for other cards.
        A card's front (`card` None) asks nothing of the pictures: the first card draws without them."""
        kind = pictures.picture_for(card.concepts) if card is not None else None
        if kind is None and self.picture is None and self.picture_caption.isHidden():
            return
        if self.picture is not None and kind != self.picture_kind:
            self.picture_box.removeWidget(self.picture)
            self.picture.deleteLater()
            self.picture = self.picture_kind = None
        if kind is not None and self.picture is None:
            if kind == "layers":
                self.picture = drawings.LayerStackDrawing()
                self.picture.set_stacks(pictures.example_layer_stacks())
            else:
                self.picture = drawings.LifecycleDrawing()
                self.picture.set_lifecycle(pictures.example_lifecycle())
            self.picture_kind = kind
            self.picture_box.addWidget(self.picture)
            self.picture.show()
        if kind == "layers":
            self.picture_caption.setText(translate("Review", "An example: an image rebuilt after its code changed; the steps under the change come from the cache."))
        elif kind == "lifecycle":
            self.picture_caption.setText(translate("Review", "An example: docker run -it, then Ctrl+P Ctrl+Q (detach), then docker stop."))
        self.picture_caption.setVisible(kind is not None)

    def _render_back(self) -> None:
        card = self.card
        back = self.state in ("back", "saving")
        self._show_picture(card if back else None)
        for w in (self.back_separator, self.expected, self.concept_statement):
            w.setVisible(back)
        lang = self.study.lang
        if not back:
            for w in (self.verdict, self.feedback, self.explanation, self.proposal):
                w.setVisible(False)
            return
        label = escape(translate("Review", "Concept"))
        statements = "<br>".join(escape(self.study.concept_title(c)) for c in card.concepts)
        self.concept_statement.setText(f"<b>{label}:</b> {statements}" if len(card.concepts) == 1 else f"<b>{label}:</b><br>{statements}")
        if self.grade is not None:
            if getattr(self.grade, "dont_know", False):
                verdict = translate("Review", "You did not know this one.")
            else:
                verdict = translate("Review", "Right.") if self.grade.correct else translate("Review", "Not quite.")
            self.verdict.setText(verdict)
            right_colour, wrong_colour = answers.mark_colours()
            self.verdict.setStyleSheet(f"color: {right_colour if self.grade.correct else wrong_colour};")
            self.verdict.show()
            proposed = self.grade.proposed_rating
            self.proposal.setText(
                translate("Review", "Proposed rating: {n} {name} (Enter takes it; 1-4 to change)").format(n=proposed, name=rating_name(proposed))
            )
            self.proposal.show()
            # The deck is read-only once open: naming misconceptions touches no disk.
            feedback = self.grade.feedback
            if card.type in ("choice", "order"):
                # The options and items are marked right or wrong (and where each belongs), and the
                # answer is stated once below: the grader's "the right one is ..." would repeat it.
                feedback = [d for d in feedback if d.code not in ("choice-missed", "order-misplaced")]
            items = self.study.collection.feedback_lines(feedback, lang)
            self.feedback.setText("".join(f"<p>• {inline_code(i).replace(chr(10), '<br>')}</p>" for i in items))
            self.feedback.setVisible(bool(items))
        else:
            self.verdict.hide()
            self.feedback.hide()
            self.proposal.hide()
        label = escape(translate("Review", "Answer"))
        self.expected.setText(f"<b>{label}:</b> {expected_html(card, lang)}")
        # A choice card's options are marked right or wrong: an answer line would say it twice.
        self.expected.setVisible(card.type != "choice")
        if card.explanation is not None:
            self.explanation.setText(inline_code(card.explanation.get(lang)))
            self.explanation.show()
        else:
            self.explanation.hide()

    def _render_buttons(self) -> None:
        state = self.state
        if state in ("front", "grading"):
            self.buttons.setCurrentIndex(0)
            typed = self.card is not None and self.card.type != "basic"
            self.reveal_button.setText(
                translate("Review", "Check my answer (Enter)") if typed else translate("Review", "Show answer (Space)")
            )
            self.reveal_button.setEnabled(state == "front")
            self.dont_know_button.setVisible(typed)
            self.dont_know_button.setEnabled(state == "front")
        elif state in ("back", "saving"):
            self.buttons.setCurrentIndex(1)
            preview = (self.step.card.preview if self.step and self.step.card else None) or {}
            proposed = self.proposed_rating()
            for r, b in self.rate_buttons.items():
                text = f"{r}  {rating_name(r)}"
                if r in preview:
                    text += f"\n{interval(preview[r], self.study.lang)}"
                b.setText(text)
                b.setEnabled(state == "back")
                b.setDefault(r == proposed)
                font = b.font()
                font.setBold(r == proposed)
                b.setFont(font)
        else:
            self.buttons.setCurrentIndex(2)
        for key in ("Space", "Return", "Enter"):
            self.shortcuts[key].setEnabled(state in ("front", "back"))
        self.shortcuts[DONT_KNOW_KEY].setEnabled(state == "front")
        for r in RATINGS:
            self.shortcuts[str(r)].setEnabled(state == "back")

    def proposed_rating(self) -> int:
        return self.grade.proposed_rating if self.grade is not None else GOOD

    # ----- actions --------------------------------------------------------------------------------
    def reveal_or_submit(self) -> None:
        if self.state == "back":
            self.rate(self.proposed_rating())
            return
        if self.state != "front":
            return
        card = self.card
        self.submitted_at = time.monotonic()
        if card.type == "basic":
            self._reveal()
            return
        answer = self.answer_widget.value()
        if is_empty_answer(card, answer):
            self._ask_for_answer(self.answer_widget.first_empty())
            return
        self.ask_hint.hide()
        self.answer_value = answer
        self.answer_widget.lock()
        self.state = "grading"
        self._render_buttons()
        elapsed = self.submitted_at - self.shown_at
        self.study.run(lambda collection, _s: collection.grade(card, answer, elapsed), self._graded, self._failed)

    def _ask_for_answer(self, field: Any) -> None:
        """An empty answer is not graded: say what is missing and put the cursor there."""
        card = self.card
        if card is not None and card.type == "choice":
            text = translate("Review", "Pick an option first (its letter key), or press {key} if you don't know.")
        elif card is not None and card.type == "cloze":
            text = translate("Review", "Fill in every blank first, or press {key} if you don't know.")
        else:
            text = translate("Review", "Type an answer first, or press {key} if you don't know.")
        self.ask_hint.setText(text.format(key=DONT_KNOW_KEY))
        self.ask_hint.show()
        if field is not None:
            field.setFocus()

    def dont_know(self) -> None:
        """"I don't know": the answer is shown, graded as Again (the learner may still change it)."""
        if self.state != "front" or self.card is None or self.card.type == "basic":
            return
        self.submitted_at = time.monotonic()
        self.answer_value = None
        self.ask_hint.hide()
        self.answer_widget.lock()
        self.state = "grading"
        self._render_buttons()

        def work(_collection: Any, _session: Any) -> Any:
            return grading_cards.dont_know()

        self.study.run(work, self._graded, self._failed)

    def _graded(self, grade: Any) -> None:
        if self.state != "grading":
            return
        self.grade = grade
        self.answer_widget.show_result(grade)
        self._reveal()
        card = self.card
        if card.type == "command" and card.live and grade.correct and self.study.settings.live_commands:
            self._run_live(card, self.answer_value)

    def _run_live(self, card: Any, answer: str) -> None:
        """Live mode: run the right answer in the card's lab on the worker; show each check."""
        options = self.study.options
        lab = self.study.lab(card.lab)  # read at start-up; None until then, and run_live_card reads it
        self.live_output.setText(escape(translate("Review", "Running your command against Docker in its lab…")))
        self.live_output.show()

        def work(collection: Any, _session: Any) -> Any:
            return live.run_live_card(collection.store, card, answer, options.data_dir, options.clock, content_dir=options.content_dir, lab=lab)

        def done(run: Any) -> None:
            if self.card is not card:
                return  # the learner has moved on
            lines = run.lines(self.study.lang)
            self.live_output.setText("".join(f"<p>{inline_code(line)}</p>" for line in lines))
            self.live_finished.emit(card.id)

        def failed(exc: BaseException) -> None:
            if self.card is card:
                self.live_output.setText(escape(str(exc)))

        self.study.run(work, done, failed)

    def _reveal(self) -> None:
        self.state = "back"
        self.lab_link.setVisible(bool(self.card.lab))
        self._render_back()
        self._render_buttons()
        self.setFocusProxy(None)
        self.setFocus()
        self.revealed.emit(self.card.id)

    def rate(self, rating: int) -> None:
        if self.state != "back" or rating not in RATINGS:
            return
        card = self.card
        self.state = "saving"
        self._render_buttons()
        duration_ms = int((time.monotonic() - self.shown_at) * 1000)
        correct = None if self.grade is None else bool(self.grade.correct)
        answer = self.answer_value

        def work(collection: Any, session: Any) -> ops.StudyStep:
            return ops.answer_and_next(collection, session, card.id, rating, duration_ms=duration_ms, answer=answer, correct=correct)

        def done(step: ops.StudyStep) -> None:
            self.answered.emit(card.id, rating)
            self.study.changed.emit(changes.answered(card.id))
            self._show_step(step)

        self.study.run(work, done, self._failed)

    def undo(self) -> None:
        if self.state not in ("front", "back", "done"):
            return
        if self.step is None or not self.step.can_undo:
            self.study.message.emit(translate("Review", "Nothing to undo."))
            return

        def done(step: ops.StudyStep) -> None:
            if step.undone:
                self.study.changed.emit(changes.answered(step.undone))
            self._show_step(step)

        self.state = "loading"
        self._render_buttons()
        self.study.run(ops.undo_and_next, done, self._failed)

    def _changed(self, change: changes.Changes) -> None:
        """The card on screen suspended, buried or deleted elsewhere (Browse): the next card instead.
        An answer being saved shows the next card anyway."""
        card = self.card
        if card is None or card.id not in change.gone or self.state not in ("front", "grading", "back"):
            return
        if self.isVisible():
            self._load(lambda collection, session: ops.next_step(collection, session, preview=False))
        else:
            # Shown again, activate() loads the next card; until then nothing is drawn for nothing.
            self.state = "idle"
            self.step = None

    def _labs_loaded(self) -> None:
        card = self.card
        if card is not None and card.lab and self.state in ("front", "grading", "back", "saving"):
            self.lab_link.setEnabled(self.study.lab(card.lab) is not None)

    def _open_lab(self) -> None:
        if self.card is not None and self.card.lab:
            self.open_lab.emit(self.card.lab)

    def settled(self) -> bool:
        return self.state in ("front", "back", "done", "error")

    def show_answer(self) -> None:
        """The current card's back: a basic card revealed, a typed one answered "I don't know"
        (for `--screenshot --view review:answer`)."""
        if self.state == "front" and self.card is not None:
            if self.card.type == "basic":
                self.reveal_or_submit()
            else:
                self.dont_know()

    # ----- keyboard -------------------------------------------------------------------------------
    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 - Qt's name
        """Tab and Shift+Tab go round the card's own controls only. Reaching the sidebar or the
        status bar (the Docker badge) took the keys away from the review: Enter and Esc did nothing.

        Qt walks its own focus chain, step by step, until focus is back inside the view. Walking
        it from Python (nextInFocusChain) made PySide adopt every widget passed as a child of the
        one before, so deleting a card's answer widget destroyed the menus' Python side."""
        start = QApplication.focusWidget()
        if start is None or not (start is self or self.isAncestorOf(start)):
            return super().focusNextPrevChild(next)
        for _ in range(200):  # the chain is a ring; the bound only guards against a broken one
            if not super().focusNextPrevChild(next):
                break
            now = QApplication.focusWidget()
            if now is None or now is start or self.isAncestorOf(now):
                return True
        start.setFocus()
        return True


def build_card_front(owner: Any) -> None:
    """What a card asks, and where a typed card takes its answer, as attributes of `owner` (the
    review and the quiz show a card's front alike): concepts, prompt, code, cloze_text, answer_box,
    ask_hint (where an empty answer is asked for again)."""
    owner.concepts = wrapped_label()
    owner.concepts.setStyleSheet("color: palette(placeholder-text);")
    owner.prompt = wrapped_label(rich=True, selectable=True)
    font = owner.prompt.font()
    font.setPointSize(14)
    owner.prompt.setFont(font)
    owner.code = wrapped_label(rich=True, selectable=True)
    owner.cloze_text = wrapped_label(rich=True, selectable=True)
    owner.answer_box = QVBoxLayout()
    owner.ask_hint = wrapped_label()
    owner.ask_hint.setStyleSheet("color: #b35c00;")
    owner.ask_hint.hide()


def expected_html(card: Any, lang: str) -> str:
    """A card's right answer as the review and the quiz show it after an answer."""
    mono = 'style="font-family: monospace;"'
    if card.type == "basic":
        return inline_code(card.answer.get(lang))
    if card.type == "command":
        return f"<span {mono}>$ {escape(card.answer)}</span>"
    if card.type == "cloze":
        return " / ".join(f"[{i}] <span {mono}>{escape(b[0])}</span>" for i, b in enumerate(card.blanks, 1))
    if card.type == "choice":
        return " · ".join(inline_code(o.text.get(lang)) for o in card.options if o.correct)
    if card.type == "order":
        # Starts on a line of its own: "1." on the label's line read as part of the label.
        return "<br>" + "<br>".join(f"{i}. {inline_code(item.get(lang))}" for i, item in enumerate(card.items, 1))
    return ""
