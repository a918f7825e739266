"""What the window asks of the core, as plain functions run on the worker thread.

Nothing here touches a widget: each function takes the collection (and session) and returns plain
data, which the worker hands back to the GUI thread. Keeping these Qt-free means they can be tested
and timed on their own.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the core is imported on the worker, so the window can draw while it loads
    from quizapp.core.review import DueCounts, ReviewSession
    from quizapp.core.store import CardRow, ReviewLogEntry


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


# ----- home -----------------------------------------------------------------------------------
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


def home_summary(collection: Any, session: ReviewSession) -> HomeSummary:
    from quizapp.core.review import study_day_bounds
    from quizapp.core.store import NEW, iso

    store = collection.store
    now = collection.clock.now()
    hour = session.settings.day_start_hour
    days = {
        study_day_of(datetime.fromisoformat(r[0]), hour, now.tzinfo)
        for r in store.conn.execute("SELECT reviewed_at FROM reviews")
    }
    today = study_day_of(now, hour, now.tzinfo)
    counts = session.counts()
    new_rows = store.query_cards("hidden = 0 AND kind = 'card' AND state = ?", (NEW,), order="position", limit=20)
    concepts: list[str] = []
    for row in new_rows:
        card = collection.card(row.id)
        if card is None:
            continue
        for concept in card.concepts[:1]:
            if concept not in concepts:
                concepts.append(concept)
        if len(concepts) >= 3:
            break
    _, day_end = study_day_bounds(now, hour)
    row = store.conn.execute(
        "SELECT min(due) FROM cards WHERE hidden = 0 AND kind = 'card' AND state != ? AND due >= ?", (NEW, iso(now))
    ).fetchone()
    next_due = datetime.fromisoformat(row[0]) if row and row[0] else None
    total = store.count("SELECT count(*) FROM cards WHERE hidden = 0 AND kind = 'card'")
    return HomeSummary(counts, streak_days(days, today), today in days, concepts, next_due, total, collection.warnings())


# ----- browse ---------------------------------------------------------------------------------
@dataclass
class BrowseRow:
    card_id: str
    card_type: str
    prompt: dict[str, str]
    concepts: list[str]
    state: str
    due: datetime | None
    reps: int
    lapses: int
    leech: bool
    # Anki's controls: "shown", "suspended" or "buried" (a card removed from the content is not listed),
    # the flag (a key of store.FLAG_NAMES, 0 for none), and whether the learner wrote the card.
    hidden_as: str = "shown"
    flag: int = 0
    mine: bool = False


def card_text(card: Any) -> str:
    """Everything searchable on a card, both languages."""
    parts = [card.id, card.prompt.ko, card.prompt.en, " ".join(card.concepts)]
    for name in ("answer", "text", "explanation"):
        value = getattr(card, name, None)
        if value is None:
            continue
        parts.append(value if isinstance(value, str) else f"{value.ko} {value.en}")
    if getattr(card, "code", None) is not None:
        parts.append(card.code.source)
    for option in getattr(card, "options", []) or []:
        parts.append(f"{option.text.ko} {option.text.en}")
    for item in getattr(card, "items", []) or []:
        parts.append(f"{item.ko} {item.en}")
    for accepted in getattr(card, "accept", []) or []:
        parts.append(accepted)
    return "\n".join(parts).casefold()


def search_cards(
    collection: Any, text: str = "", concept: str = "", card_type: str = "", state: str = ""
) -> list[BrowseRow]:
    from quizapp.core.store import HIDDEN_NAMES, REMOVED, STATE_NAMES

    # Suspended and buried cards are listed too: Browse is where the learner takes them back.
    rows = {r.id: r for r in collection.store.query_cards("hidden != ? AND kind = 'card'", (REMOVED,), order="position")}
    needle = text.strip().casefold()
    out = []
    for card in collection.deck.cards:
        row = rows.get(card.id)
        if row is None:
            continue
        state_name = STATE_NAMES.get(row.state, str(row.state))
        if concept and concept not in card.concepts:
            continue
        if card_type and card.type != card_type:
            continue
        hidden_name = HIDDEN_NAMES[row.hidden_as]
        mine = collection.is_mine(card.id)
        if state and state not in (state_name, hidden_name) and not (state == "leech" and row.leech) and not (state == "mine" and mine):
            continue
        if needle and needle not in card_text(card):
            continue
        out.append(
            BrowseRow(
                card.id,
                card.type,
                {"ko": card.prompt.ko, "en": card.prompt.en},
                list(card.concepts),
                state_name,
                row.due,
                row.reps,
                row.lapses,
                row.leech,
                hidden_name,
                row.flag,
                mine,
            )
        )
    return out


def card_history(collection: Any, card_id: str) -> list[ReviewLogEntry]:
    return collection.store.review_log(card_id)


# ----- statistics -----------------------------------------------------------------------------
@dataclass
class Workload:
    """Answers per study day for the past `days`, and cards coming due per day for the next `days`."""

    past: list[int]
    ahead: list[int]
    summary: HomeSummary


def workload(collection: Any, session: ReviewSession, days: int = 14) -> Workload:
    from quizapp.core.review import study_day_bounds
    from quizapp.core.store import NEW, iso

    store = collection.store
    now = collection.clock.now()
    day_start, _ = study_day_bounds(now, session.settings.day_start_hour)
    past = []
    for i in range(days - 1, -1, -1):
        start = day_start - timedelta(days=i)
        past.append(
            store.count(
                "SELECT count(*) FROM reviews WHERE reviewed_at >= ? AND reviewed_at < ? AND card_id NOT LIKE 'lab:%'",
                (iso(start), iso(start + timedelta(days=1))),
            )
        )
    ahead = []
    for i in range(days):
        start = day_start + timedelta(days=i)
        low = "" if i == 0 else "AND due >= ?"
        params: tuple[Any, ...] = (NEW, iso(start + timedelta(days=1))) if i == 0 else (NEW, iso(start + timedelta(days=1)), iso(start))
        ahead.append(
            store.count(f"SELECT count(*) FROM cards WHERE hidden = 0 AND kind = 'card' AND state != ? AND due < ? {low}", params)
        )
    return Workload(past, ahead, home_summary(collection, session))
