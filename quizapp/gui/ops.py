"""What the window asks of the core, as plain functions run on the worker thread.

Nothing here touches a widget: each function takes the collection (and session) and returns plain
data, which the worker hands back to the GUI thread. Keeping these Qt-free means they can be tested
and timed on their own.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, Any

# Home's and Browse's queries are the core's; the views call them through here, on the worker.
from quizapp.core.browse import BrowseRow, card_history, card_text, search_cards
from quizapp.core.overview import HomeSummary, home_summary

if TYPE_CHECKING:
    from quizapp.core.review import DueCounts, ReviewSession
    from quizapp.core.store import CardRow

__all__ = [
    "BrowseRow",
    "CardToStudy",
    "HomeSummary",
    "StudyStep",
    "answer_and_next",
    "card_history",
    "card_text",
    "home_summary",
    "next_step",
    "search_cards",
    "undo_and_next",
]


@dataclass
class CardToStudy:
    row: CardRow
    card: Any  # a content card (quizapp.core.content.model)
    # What each rating would give; None until asked for (the first card of a start is shown
    # first, its intervals follow: only the card's back shows them).
    preview: dict[int, timedelta] | None


@dataclass
class StudyStep:
    """What the review screen shows next: a card, or nothing left (with today's counts)."""

    card: CardToStudy | None
    counts: DueCounts
    can_undo: bool
    became_leech: bool = False
    lapses: int = 0
    undone: str | None = None


def next_step(collection: Any, session: ReviewSession, *, preview: bool = True) -> StudyStep:
    row = session.next_card()
    card = None if row is None else collection.card(row.id)
    counts, can_undo = session.counts(), session.can_undo()
    if row is None or card is None:
        # (A card in the store but not in the content cannot come up: opening the collection hides
        # every id the loaded content lacks.)
        return StudyStep(None, counts, can_undo)
    intervals = session.preview(row.id) if preview else None
    return StudyStep(CardToStudy(row, card, intervals), counts, can_undo)


def answer_and_next(
    collection: Any, session: ReviewSession, card_id: str, rating: int, *, duration_ms: int, answer: Any, correct: bool | None
) -> StudyStep:
    """Commit the answer, then find the next card: the next card is only shown once this returns."""
    result = session.answer(
        card_id,
        rating,
        duration_ms=duration_ms,
        answer=None if answer is None else json.dumps(answer, ensure_ascii=False),
        correct=correct,
    )
    step = next_step(collection, session)
    step.became_leech = result.became_leech
    step.lapses = result.card.lapses
    return step


def undo_and_next(collection: Any, session: ReviewSession) -> StudyStep:
    undone = session.undo()
    step = next_step(collection, session)
    step.undone = undone
    return step
