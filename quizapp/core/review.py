"""The review session: which card comes next, answering it, undoing answers.

Order: due learning and relearning cards, then due reviews (up to the daily review limit), then
new cards in curriculum order (up to the daily new limit), then learning cards due within the
learn-ahead window, so a session ends with nothing left for the next 20 minutes. The study day
starts at `Settings.day_start_hour` local time (the clock's time zone).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from quizapp.core.clock import Clock
from quizapp.core.content.model import BLANK_RE
from quizapp.core.scheduler import Scheduler
from quizapp.core.settings import Settings
from quizapp.core.store import NEW, REVIEW, CardRow, Store

LEARN_AHEAD = timedelta(minutes=20)
LAB_PREFIX = "lab:"


def study_day_bounds(now: datetime, day_start_hour: int) -> tuple[datetime, datetime]:
    """[start, end) of the study day that contains `now`, in now's own time zone."""
    start = now.replace(hour=day_start_hour, minute=0, second=0, microsecond=0)
    if now < start:
        start -= timedelta(days=1)
    return start, start + timedelta(days=1)


@dataclass(frozen=True)
class DueCounts:
    new: int
    learning: int
    review: int
    reviews_today: int
    labs_due: int

    def total(self) -> int:
        return self.new + self.learning + self.review


@dataclass(frozen=True)
class AnswerResult:
    review_id: int
    card: CardRow
    became_leech: bool


class ReviewSession:
    """One sitting of study over the cards in a store. The caller owns the store."""

    def __init__(self, store: Store, clock: Clock, settings: Settings | None = None):
        self.store = store
        self.clock = clock
        self.settings = settings or store.load_settings()
        self.scheduler = Scheduler(self.settings)
        self._undo_stack: list[int] = []
        self._shown_again: str | None = None  # a card put back by undo comes next
        # Studying one concept's cards (from Statistics): each once, due first, then in order.
        self._focus: list[str] | None = None
        self._focus_done: set[str] = set()

    # ----- the queue ----------------------------------------------------------------------
    def _day(self) -> tuple[datetime, datetime]:
        self.store.unbury_due(self.clock.now())  # a new study day brings buried cards back
        return study_day_bounds(self.clock.now(), self.settings.day_start_hour)

    def focus(self, card_ids: list[str] | None) -> int:
        """Study only these cards, each once, whatever their due dates (as Anki's custom study of
        a tag): the ones most due first, then new ones in the deck's order; FSRS takes an early
        review into account. Then today's queue goes on. None ends it. Returns how many can be
        studied (suspended, buried and removed cards are left out)."""
        self._focus_done = set()
        self._focus = None
        if card_ids:
            rows = [r for r in (self.store.get_card(i) for i in dict.fromkeys(card_ids)) if r is not None and r.studied]
            self._focus = [r.id for r in rows]
        return len(self._focus or [])

    def focus_left(self) -> int | None:
        """Cards of the focus not answered yet, or None when not focused."""
        if self._focus is None:
            return None
        return len([i for i in self._focus if i not in self._focus_done])

    def _next_in_focus(self) -> CardRow | None:
        rows = [r for r in (self.store.get_card(i) for i in self._focus or [] if i not in self._focus_done) if r is not None and not r.hidden]
        if not rows:
            self._focus = None
            return None
        far = datetime.max.replace(tzinfo=timezone.utc)
        return min(rows, key=lambda r: (r.state == NEW, r.due or far, r.position))

    def next_card(self) -> CardRow | None:
        if self._shown_again is not None:
            row = self.store.get_card(self._shown_again)
            self._shown_again = None
            if row is not None and not row.hidden:
                return row
        if self._focus is not None:
            row = self._next_in_focus()
            if row is not None:
                return row
        now = self.clock.now()
        day_start, day_end = self._day()
        due_learning = self.store.first_learning_due(now)
        if due_learning is not None:
            return due_learning
        done = self.store.flashcard_answers_since(day_start)
        if done.get(REVIEW, 0) < self.settings.reviews_per_day:
            due_review = self.store.first_review_due(day_end)
            if due_review is not None:
                return due_review
        if done.get(NEW, 0) < self.settings.new_per_day:
            new = self.store.new_cards(limit=1)
            if new:
                return new[0]
        return self.store.first_learning_due(now + LEARN_AHEAD)

    def counts(self) -> DueCounts:
        day_start, day_end = self._day()
        store = self.store
        learning = store.count_learning_due(day_end)
        review_due = store.count_reviews_due(day_end)
        new_available = store.count_new()
        done = store.flashcard_answers_since(day_start)
        review = min(review_due, max(0, self.settings.reviews_per_day - done.get(REVIEW, 0)))
        new = min(new_available, max(0, self.settings.new_per_day - done.get(NEW, 0)))
        labs_due = store.count_labs_due(day_end)
        return DueCounts(new=new, learning=learning, review=review, reviews_today=sum(done.values()), labs_due=labs_due)

    # ----- answering ----------------------------------------------------------------------
    def answer(
        self,
        card_id: str,
        rating: int,
        *,
        duration_ms: int | None = None,
        answer: str | None = None,
        correct: bool | None = None,
    ) -> AnswerResult:
        """Schedule the card and commit the answer; when this returns, it is on disk."""
        now = self.clock.now()
        # Read, schedule and write under one write lock: another instance on the same database
        # cannot answer the same card from a stale state in between.
        with self.store.transaction():
            before = self.store.get_card(card_id)
            if before is None:
                raise KeyError(f"no card {card_id!r}")
            after = self.scheduler.answer(before, rating, now)
            review_id = self.store.record_answer(
                before, after, rating=rating, reviewed_at=now, duration_ms=duration_ms, answer=answer, correct=correct
            )
        self._undo_stack.append(review_id)
        self._shown_again = None
        if self._focus is not None:
            self._focus_done.add(card_id)
        return AnswerResult(review_id=review_id, card=after, became_leech=after.leech and not before.leech)

    def can_undo(self) -> bool:
        return bool(self._undo_stack)

    def undo(self) -> str | None:
        """Take back the last answer of this session; that card is shown next. None if nothing to undo."""
        if not self._undo_stack:
            return None
        card_id = self.store.undo_answer(self._undo_stack.pop())
        self._shown_again = card_id
        self._focus_done.discard(card_id)
        return card_id

    def preview(self, card_id: str) -> dict[int, timedelta]:
        row = self.store.get_card(card_id)
        if row is None:
            raise KeyError(f"no card {card_id!r}")
        return self.scheduler.preview(row, self.clock.now())

    def leeches(self) -> list[str]:
        return [r.id for r in self.store.leeches()]


def record_lab_result(store: Store, lab_id: str, rating: int, now: datetime, settings: Settings | None = None) -> CardRow:
    """A lab passed or given up is an answer on the lab's own schedule (card id `lab:<id>`)."""
    card_id = lab_card_id(lab_id)
    scheduler = Scheduler(settings or store.load_settings())
    with store.transaction():
        store.add_lab_card(card_id)  # a lab answered for the first time gets its card
        before = store.get_card(card_id)
        after = scheduler.answer(before, rating, now)
        store.record_answer(before, after, rating=rating, reviewed_at=now, duration_ms=None, answer=None, correct=rating > 1)
    return after


def lab_scheduler(store: Store):
    """What a LabRunner calls with a lab's result: `schedule(lab_id, rating, now)` records it on
    the lab's own schedule in `store` (labs report, the collection schedules)."""
    return lambda lab_id, rating, now: record_lab_result(store, lab_id, rating, now)


def lab_card_id(lab_id: str) -> str:
    return LAB_PREFIX + lab_id


# ----- how a card is shown ------------------------------------------------------------------------
def shuffled_options(card: Any, rng: random.Random) -> list[Any]:
    """A choice card's options in a fresh order for one showing. The deck lists the right option
    first; shown in that order, the first letter would always be right. Letters and keys follow
    the order returned here."""
    options = list(card.options)
    rng.shuffle(options)
    return options


def shuffled_order(count: int, rng: random.Random) -> list[int]:
    """The order an order card's items are shown in for one showing: never already the right one
    (when there are two or more), which would leave nothing to do."""
    shown = list(range(count))
    if count < 2:
        return shown
    while shown == sorted(shown):
        rng.shuffle(shown)
    return shown


def is_empty_answer(card: Any, answer: Any) -> bool:
    """Whether an answer leaves out something the learner must give before it is graded: an empty
    command, any empty blank, no option picked, no order. The front ends ask for it instead of
    grading it (an explicit "I don't know" is graded: quizapp.core.grading.cards.dont_know)."""
    kind = getattr(card, "type", None)
    if kind == "command":
        return not isinstance(answer, str) or not answer.strip()
    if kind == "cloze":
        given = [answer] if isinstance(answer, str) else list(answer or [])
        blanks = given[: len(card.blanks)]
        return len(blanks) < len(card.blanks) or any(not (isinstance(a, str) and a.strip()) for a in blanks)
    if kind in ("choice", "order"):
        return not answer
    return False


def concept_names(card: Any, deck: Any, lang: str) -> str:
    """What a card's front may say of its concepts: their short names, never their titles, which
    state the fact the card asks for."""
    return " · ".join(deck.concept_name(c, lang) for c in card.concepts)


def card_question(card: Any, lang: str) -> str:
    """A card as a learner recognises it (its question), for messages such as "Undone: ..."."""
    text = card.prompt.get(lang)
    if getattr(card, "type", None) == "cloze":
        text = BLANK_RE.sub("___", card.text.get(lang))
    text = " ".join(text.split())
    return text if len(text) <= QUESTION_MAX else text[: QUESTION_MAX - 1].rstrip() + "…"


QUESTION_MAX = 90  # a status-bar line
