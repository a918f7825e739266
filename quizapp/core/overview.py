"""Home's summary: today's counts, the streak, what comes next. Plain data for either front end."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from quizapp.core.review import DueCounts, ReviewSession

NEXT_CONCEPTS = 3  # how many concepts of the next new cards Home names
_NEW_CARDS_LOOKED_AT = 20  # enough new cards to find NEXT_CONCEPTS concepts in the usual deck


@dataclass
class HomeSummary:
    counts: DueCounts
    streak: int
    studied_today: bool
    next_concepts: list[str]  # concept ids of the next new cards
    next_due: datetime | None  # when the next card comes due, once nothing is due now
    total_cards: int
    warnings: list[dict[str, str]] = field(default_factory=list)


def study_day_of(when: datetime, day_start_hour: int, tz: Any) -> date:
    local = when.astimezone(tz)
    return (local - timedelta(hours=day_start_hour)).date()


def streak_days(days: set[date], today: date) -> int:
    """Consecutive study days ending today, or ending yesterday while today is not done yet."""
    day = today if today in days else today - timedelta(days=1)
    n = 0
    while day in days:
        n += 1
        day -= timedelta(days=1)
    return n


def next_concepts(collection: Any) -> list[str]:
    """The concepts the next new cards teach (each card's first), in the order they come."""
    concepts: list[str] = []
    for row in collection.store.new_cards(limit=_NEW_CARDS_LOOKED_AT):
        card = collection.card(row.id)
        if card is None:
            continue
        for concept in card.concepts[:1]:
            if concept not in concepts:
                concepts.append(concept)
        if len(concepts) >= NEXT_CONCEPTS:
            break
    return concepts


def home_summary(collection: Any, session: ReviewSession) -> HomeSummary:
    store = collection.store
    now = collection.clock.now()
    hour = session.settings.day_start_hour
    days = {study_day_of(when, hour, now.tzinfo) for when in store.answered_quarter_hours()}
    today = study_day_of(now, hour, now.tzinfo)
    return HomeSummary(
        counts=session.counts(),
        streak=streak_days(days, today),
        studied_today=today in days,
        next_concepts=next_concepts(collection),
        next_due=store.next_due_after(now),
        total_cards=store.count_flashcards(),
        warnings=collection.warnings(),
    )
