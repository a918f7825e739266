"""Home's summary from the core: the streak by study day in the learner's zone, what comes next."""

from dataclasses import replace
from datetime import datetime, timedelta, timezone
from types import SimpleNamespace

from quizapp.core.clock import FixedClock
from quizapp.core.overview import home_summary
from quizapp.core.review import ReviewSession
from quizapp.core.scheduler import GOOD
from quizapp.core.settings import Settings
from quizapp.core.store import REVIEW

# Kathmandu: 5 h 45 min ahead of UTC, a zone whose hours are not UTC's hours.
KATHMANDU = timezone(timedelta(hours=5, minutes=45))


def answer_at(store, card_id, when, due):
    before = store.get_card(card_id)
    after = replace(before, state=REVIEW, due=due, last_review=when, stability=5.0, difficulty=5.0, reps=before.reps + 1)
    store.record_answer(before, after, rating=GOOD, reviewed_at=when, duration_ms=1000, answer=None, correct=True)


def summary_at(store, now):
    store.save_settings(Settings(day_start_hour=4))
    clock = FixedClock(now)
    cards = {f"c{i}": SimpleNamespace(concepts=[f"concept-{i // 2}"]) for i in range(10)}
    collection = SimpleNamespace(store=store, clock=clock, card=cards.get, warnings=lambda: [])
    return home_summary(collection, ReviewSession(store, clock))


def test_the_streak_counts_study_days_of_the_learners_zone(store):
    store.sync_items([f"c{i}" for i in range(10)])
    later = datetime(2026, 4, 1, tzinfo=timezone.utc)
    # 03:50 in Kathmandu on 2 March (22:05 UTC on the 1st) still belongs to the study day of
    # 1 March; 04:05 (22:20 UTC) starts 2 March's.
    answer_at(store, "c0", datetime(2026, 3, 1, 22, 5, tzinfo=timezone.utc), later)
    answer_at(store, "c1", datetime(2026, 3, 1, 22, 20, tzinfo=timezone.utc), later)
    # 3 March, 23:00 in Kathmandu.
    answer_at(store, "c2", datetime(2026, 3, 3, 17, 15, tzinfo=timezone.utc), later)
    now = datetime(2026, 3, 3, 23, 30, tzinfo=KATHMANDU)
    summary = summary_at(store, now)
    assert summary.studied_today
    assert summary.streak == 3  # 1, 2 and 3 March
    # Before 04:00 on 4 March it is still 3 March's study day; after, the streak waits for today.
    late = summary_at(store, datetime(2026, 3, 4, 3, 59, tzinfo=KATHMANDU))
    assert late.studied_today and late.streak == 3
    tomorrow = summary_at(store, datetime(2026, 3, 4, 4, 1, tzinfo=KATHMANDU))
    assert not tomorrow.studied_today and tomorrow.streak == 3
    assert summary_at(store, datetime(2026, 3, 5, 4, 1, tzinfo=KATHMANDU)).streak == 0


def test_an_answer_a_minute_before_the_day_starts_belongs_to_the_day_before(store):
    store.sync_items(["c0"])
    # 03:59 in Kathmandu on 2 March is 22:14 UTC on 1 March: the quarter hour 22:00-22:15 UTC is
    # 03:45-04:00 there, all of it in 1 March's study day.
    answer_at(store, "c0", datetime(2026, 3, 1, 22, 14, tzinfo=timezone.utc), datetime(2026, 4, 1, tzinfo=timezone.utc))
    on_the_second = summary_at(store, datetime(2026, 3, 2, 12, 0, tzinfo=KATHMANDU))
    assert not on_the_second.studied_today and on_the_second.streak == 1


def test_next_due_and_next_concepts_leave_out_suspended_cards(store):
    store.sync_items([f"c{i}" for i in range(10)])
    now = datetime(2026, 3, 2, 12, 0, tzinfo=timezone.utc)
    answer_at(store, "c9", now - timedelta(hours=1), now + timedelta(hours=2))
    answer_at(store, "c8", now - timedelta(hours=1), now + timedelta(hours=5))
    store.suspend(["c9", "c0", "c1"])  # c0 and c1 teach concept-0
    summary = summary_at(store, now)
    assert summary.next_due == now + timedelta(hours=5)
    assert summary.next_concepts == ["concept-1", "concept-2", "concept-3"]
    assert summary.total_cards == 7
