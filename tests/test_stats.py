"""The numbers behind the Statistics view, on a fixed review history: the due forecast, answers
per day, true retention by week, recall per concept and lab progress."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone
from types import SimpleNamespace

import pytest

from quizapp.core import stats
from quizapp.core.settings import Settings
from quizapp.core.store import LEARNING, NEW, REVIEW, CardRow, Store

UTC = timezone.utc
KST = timezone(timedelta(hours=9))
# Monday 2 March 2026, 10:00: the study day began at 04:00 (the default day_start_hour).
NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
HOUR = 4


def new_row(card_id: str, kind: str = "card") -> CardRow:
    return CardRow(card_id, kind, 0, NEW, None, None, None, None, None, 0, 0, False, False)


def studied(store, card_id: str, *, due: datetime, stability: float = 5.0, last: datetime | None = None, kind: str = "card") -> None:
    """Give a card a studied state (and one log entry at `last`) through the store's own write."""
    before = store.get_card(card_id)
    last = last or due - timedelta(days=stability)
    after = replace(before, state=REVIEW, step=None, stability=stability, difficulty=5.0, due=due, last_review=last, reps=1)
    store.record_answer(before, after, rating=3, reviewed_at=last, duration_ms=1000, answer=None, correct=True)


def answer_at(store, card_id: str, when: datetime, rating: int, state_before: int = REVIEW) -> None:
    """One log entry at `when`, answered from `state_before`; the card's state is left as given."""
    row = store.get_card(card_id)
    before = replace(row, state=state_before)
    store.record_answer(before, row, rating=rating, reviewed_at=when, duration_ms=1000, answer=None, correct=rating > 1)


# ----- forecast -------------------------------------------------------------------------------
def test_forecast_counts_cards_per_study_day_with_the_overdue_today(store):
    ids = ["overdue", "tonight", "before-4am", "at-4am", "day-28", "day-29", "day-30", "new", "gone"]
    store.sync_items(ids)
    store.sync_items(["lab:x"], kind="lab")
    studied(store, "overdue", due=datetime(2026, 2, 20, 12, tzinfo=UTC))
    studied(store, "tonight", due=datetime(2026, 3, 2, 20, tzinfo=UTC))
    studied(store, "before-4am", due=datetime(2026, 3, 3, 3, 59, tzinfo=UTC))  # still today's study day
    studied(store, "at-4am", due=datetime(2026, 3, 3, 4, 0, tzinfo=UTC))  # tomorrow's
    studied(store, "day-28", due=datetime(2026, 3, 31, 3, 59, tzinfo=UTC))
    studied(store, "day-29", due=datetime(2026, 3, 31, 4, 0, tzinfo=UTC))
    studied(store, "day-30", due=datetime(2026, 4, 1, 4, 0, tzinfo=UTC))  # past the 30 days
    studied(store, "gone", due=datetime(2026, 3, 2, 11, tzinfo=UTC))
    studied(store, "lab:x", due=datetime(2026, 3, 2, 11, tzinfo=UTC))  # labs are not cards
    store.sync_items([i for i in ids if i != "gone"])  # "gone" left the content: hidden

    counts = stats.forecast(store, NOW, HOUR)

    assert len(counts) == 30
    expected = [0] * 30
    expected[0], expected[1], expected[28], expected[29] = 3, 1, 1, 1
    assert counts == expected


def test_forecast_days_start_at_the_day_start_hour_in_the_learners_time_zone(store):
    store.sync_items(["a", "b"])
    studied(store, "a", due=datetime(2026, 3, 3, 3, 59, tzinfo=KST))
    studied(store, "b", due=datetime(2026, 3, 3, 4, 0, tzinfo=KST))
    counts = stats.forecast(store, datetime(2026, 3, 2, 10, 0, tzinfo=KST), HOUR)
    assert counts[:3] == [1, 1, 0]


# ----- calendar and streak --------------------------------------------------------------------
def test_calendar_counts_answers_per_study_day_over_a_year(store):
    store.sync_items(["a"])
    store.sync_items(["lab:x"], kind="lab")
    today = datetime(2026, 3, 2, 4, 0, tzinfo=UTC)
    for minutes in (0, 30, 300):
        answer_at(store, "a", today + timedelta(minutes=minutes), 3)
    answer_at(store, "lab:x", today + timedelta(hours=1), 3)  # a lab result is a day's study too
    answer_at(store, "a", today - timedelta(minutes=1), 3)  # 03:59: still yesterday's study day
    answer_at(store, "a", today - timedelta(days=1), 3)  # yesterday 04:00
    answer_at(store, "a", today - timedelta(days=364), 1)  # the first day shown
    answer_at(store, "a", today - timedelta(days=364, minutes=1), 1)  # a day too old

    days = stats.calendar(store, NOW, HOUR)

    assert len(days) == 365
    assert days[-1] == 4 and days[-2] == 2 and days[0] == 1
    assert sum(days) == 7


@pytest.mark.parametrize(
    "days, expected",
    [([1, 1, 1], 3), ([1, 1, 0], 2), ([1, 0, 1], 1), ([0, 1, 0, 0], 0), ([], 0), ([2, 0, 3, 5], 2)],
)
def test_streak_counts_back_from_today_or_from_yesterday(days, expected):
    assert stats.streak(days) == expected


# ----- retention ------------------------------------------------------------------------------
def test_true_retention_is_the_share_of_review_answers_passed_per_week(store):
    store.sync_items(["a", "b"])
    store.sync_items(["lab:x"], kind="lab")
    today = datetime(2026, 3, 2, 4, 0, tzinfo=UTC)
    week_start = today - timedelta(days=6)
    for hours, rating in ((1, 3), (30, 3), (50, 1), (100, 2)):  # Hard is a pass
        answer_at(store, "a", week_start + timedelta(hours=hours), rating)
    answer_at(store, "b", today + timedelta(hours=1), 1, state_before=LEARNING)  # a learning step: not retention
    answer_at(store, "b", today + timedelta(hours=2), 1, state_before=NEW)
    answer_at(store, "lab:x", today + timedelta(hours=3), 1)  # a lab: not a card's memory
    answer_at(store, "a", week_start - timedelta(minutes=1), 1)  # the week before
    answer_at(store, "a", week_start - timedelta(days=7), 4)  # the first minute of the week before
    answer_at(store, "a", week_start - timedelta(days=7, minutes=1), 4)  # the last of the week before that

    weeks = stats.retention_by_week(store, NOW, HOUR, weeks=4)

    assert [w.start for w in weeks] == [(week_start - timedelta(days=7 * k)).date() for k in (3, 2, 1, 0)]
    assert [(w.passed, w.answered) for w in weeks] == [(0, 0), (1, 1), (1, 2), (3, 4)]
    assert weeks[-1].rate == pytest.approx(0.75)
    assert weeks[0].rate is None


# ----- retrievability per concept -------------------------------------------------------------
@pytest.mark.parametrize("stability, elapsed", [(10.0, timedelta(days=5)), (2.0, timedelta(days=30, hours=23)), (0.4, timedelta(hours=20)), (300.0, timedelta(days=0))])
def test_forgetting_curve_is_fsrs_own(stability, elapsed):
    import fsrs

    from quizapp.core.scheduler import make_fsrs_scheduler

    settings = Settings()
    last = NOW - elapsed
    card = fsrs.Card(card_id=1, state=fsrs.State.Review, step=None, stability=stability, difficulty=5.0, due=NOW, last_review=last)
    expected = make_fsrs_scheduler(settings).get_card_retrievability(card, NOW)
    assert stats.Forgetting(settings).retrievability(stability, (NOW - last).days) == pytest.approx(expected, rel=1e-12)


def curriculum_of(*concepts: tuple[str, str]):
    return [SimpleNamespace(id=c, section=s) for c, s in concepts]


def test_mastery_is_the_mean_recall_of_each_concepts_studied_cards_weakest_first(store):
    import fsrs

    from quizapp.core.scheduler import make_fsrs_scheduler

    store.sync_items(["x1", "x2", "x3", "y1", "z1", "w1"])
    # x: one fresh card and one long unseen; y: fresh; z: never studied; w: a section of its own.
    studied(store, "x1", due=NOW + timedelta(days=5), stability=10.0, last=NOW - timedelta(days=5))
    studied(store, "x2", due=NOW - timedelta(days=20), stability=2.0, last=NOW - timedelta(days=30, hours=3))
    studied(store, "y1", due=NOW + timedelta(days=40), stability=50.0, last=NOW - timedelta(days=1))
    studied(store, "w1", due=NOW + timedelta(days=1), stability=3.0, last=NOW - timedelta(days=12))
    cards = [
        SimpleNamespace(id="x1", concepts=["x"]),
        SimpleNamespace(id="x2", concepts=["x", "y"]),  # a card about two concepts counts for both
        SimpleNamespace(id="x3", concepts=["x"]),  # new: no recall yet
        SimpleNamespace(id="y1", concepts=["y"]),
        SimpleNamespace(id="z1", concepts=["z"]),
        SimpleNamespace(id="w1", concepts=["w"]),
    ]
    concepts = curriculum_of(("z", "A"), ("y", "A"), ("x", "A"), ("w", "B"), ("v", "C"))

    sections = stats.concept_mastery(store, cards, concepts, NOW, Settings())

    scheduler = make_fsrs_scheduler(Settings())

    def fsrs_recall(card_id):
        row = store.get_card(card_id)
        card = fsrs.Card(card_id=1, state=fsrs.State.Review, step=None, stability=row.stability, difficulty=5.0, due=row.due, last_review=row.last_review)
        return scheduler.get_card_retrievability(card, NOW)

    r = {card_id: fsrs_recall(card_id) for card_id in ("x1", "x2", "y1", "w1")}
    by_id = {c.concept_id: c for s in sections for c in s.concepts}
    assert by_id["x"].mean_retrievability == pytest.approx((r["x1"] + r["x2"]) / 2)
    assert (by_id["x"].cards, by_id["x"].studied) == (3, 2)
    assert by_id["y"].mean_retrievability == pytest.approx((r["x2"] + r["y1"]) / 2)
    assert by_id["z"].mean_retrievability is None and (by_id["z"].cards, by_id["z"].studied) == (1, 0)
    assert by_id["v"].cards == 0 and not by_id["v"].started
    # Weakest first: in section A, x (its long-unseen card pulls it down) before y; z, not
    # started, last. Sections by their mean over studied cards; C, with nothing studied, last.
    assert r["x1"] + r["x2"] < r["x2"] + r["y1"]
    assert [c.concept_id for c in sections[[s.section for s in sections].index("A")].concepts] == ["x", "y", "z"]
    section_a = (r["x1"] + r["x2"] + r["x2"] + r["y1"]) / 4
    assert next(s for s in sections if s.section == "A").mean_retrievability == pytest.approx(section_a)
    expected_order = ["A", "B"] if section_a < r["w1"] else ["B", "A"]
    assert [s.section for s in sections] == [*expected_order, "C"]


def test_section_titles_in_english_and_unknown_ones_as_written():
    assert stats.section_title("레이어", "en") == "Layers"
    assert stats.section_title("레이어", "ko") == "레이어"
    assert stats.section_title("새 절", "en") == "새 절"


def test_every_curriculum_section_has_an_english_title():
    from pathlib import Path

    import yaml

    curriculum = yaml.safe_load((Path(__file__).resolve().parent.parent / "content" / "curriculum.yaml").read_text(encoding="utf-8"))
    sections = {c["section"] for c in curriculum["concepts"]}
    assert sections <= set(stats.SECTION_TITLES_EN)


# ----- labs -----------------------------------------------------------------------------------
def test_lab_progress_counts_attempts_and_passes_in_curriculum_order(store, tmp_path):
    from quizapp.core.review import record_lab_result
    from quizapp.core.content.model import Text

    labs = [SimpleNamespace(id=i, title=Text(ko=i, en=i.upper())) for i in ("first", "second", "third")]
    one = store.start_lab_attempt("second", NOW - timedelta(days=3), str(tmp_path), {})
    store.end_lab_attempt(one, NOW - timedelta(days=3), "gave_up")
    two = store.start_lab_attempt("second", NOW - timedelta(days=1), str(tmp_path), {})
    store.update_lab_attempt(two, passed_at=NOW - timedelta(days=1))
    store.end_lab_attempt(two, NOW - timedelta(days=1), "passed")
    record_lab_result(store, "second", 3, NOW - timedelta(days=1))
    store.start_lab_attempt("third", NOW, str(tmp_path), {})

    progress = stats.lab_progress(store, labs)

    assert [(p.lab_id, p.attempts, p.passed) for p in progress] == [("first", 0, 0), ("second", 2, 1), ("third", 1, 0)]
    assert progress[0].state == "new" and progress[0].due is None
    assert progress[1].state != "new" and progress[1].due > NOW - timedelta(days=1)


# ----- the whole report -----------------------------------------------------------------------
def test_report_of_a_collection_agrees_with_its_parts(data_dir):
    from pathlib import Path

    from quizapp.core.clock import FixedClock
    from quizapp.core.collection import Collection

    clock = FixedClock(NOW)
    content = Path(__file__).resolve().parent / "gui" / "content"
    with Collection.open(data_dir, clock=clock, content_dir=content, backup=False) as collection:
        session = collection.session()
        for rating in (3, 3, 1):
            row = session.next_card()
            session.answer(row.id, rating)
            clock.advance(minutes=1)
        report = stats.report(collection, session)
        assert report.today == NOW.date()
        assert report.calendar[-1] == 3 and report.streak == 1
        assert sum(report.forecast) == 3  # every answered card comes due again within days
        assert report.total_cards == len(collection.deck.cards)
        assert report.counts.reviews_today == 3
        assert report.desired_retention == Settings().desired_retention
        assert {c.concept_id for s in report.mastery for c in s.concepts} == {"image", "container"}
        assert sum(c.studied for s in report.mastery for c in s.concepts) >= 3
        assert [lab.lab_id for lab in report.labs] == ["gui-hello"]


def test_retrievabilities_over_arrays_are_fsrs_own():
    import fsrs

    from quizapp.core.scheduler import make_fsrs_scheduler

    settings = Settings()
    scheduler = make_fsrs_scheduler(settings)
    samples = [(10.0, 5), (2.0, 30), (0.4, 0), (300.0, 0), (0.1, 365), (57.3, 12), (1.0, 1)]
    got = stats.Forgetting(settings).retrievabilities([s for s, _ in samples], [d for _, d in samples])
    for (stability, days), value in zip(samples, got):
        card = fsrs.Card(card_id=1, state=fsrs.State.Review, step=None, stability=stability, difficulty=5.0, due=NOW, last_review=NOW - timedelta(days=days))
        assert value == pytest.approx(scheduler.get_card_retrievability(card, NOW), rel=1e-12)


def test_memory_ages_are_whole_days_as_python_counts_them(data_dir):
    """The days since the last answer worked out in SQL equal (now - last).days, at least 0,
    on both sides of a day's boundary, for a last answer in the future, and for a time written
    in another form (parsed in Python)."""
    from quizapp.core.store import REVIEW, iso

    now = NOW.replace(microsecond=500)
    lasts = {
        "exactly-3": now - timedelta(days=3),
        "just-under-3": now - timedelta(days=3) + timedelta(microseconds=1),
        "just-over-3": now - timedelta(days=3, microseconds=1),
        "future": now + timedelta(hours=5),
        "old": now - timedelta(days=400, hours=7),
    }
    store = Store.open(data_dir)
    try:
        store.sync_items([*lasts, "other-form"])
        with store.transaction() as conn:
            for card_id, last in lasts.items():
                conn.execute("UPDATE cards SET state = ?, stability = 3.0, last_review = ? WHERE id = ?", (REVIEW, iso(last), card_id))
            conn.execute(
                "UPDATE cards SET state = ?, stability = 3.0, last_review = ? WHERE id = 'other-form'",
                (REVIEW, (now - timedelta(days=2, hours=1)).isoformat()),
            )
        ages = {card_id: days for card_id, _, days in store.memory_ages(now)}
    finally:
        store.close()
    expected = {card_id: max(0, (now - last).days) for card_id, last in lasts.items()}
    assert ages == {**expected, "other-form": 2}
    assert (ages["exactly-3"], ages["just-under-3"], ages["just-over-3"], ages["future"]) == (3, 2, 3, 0)


def test_counts_between_bounds_off_the_quarter_hours_read_the_reviews(data_dir):
    from quizapp.core.store import REVIEW, iso

    store = Store.open(data_dir)
    try:
        with store.transaction() as conn:
            for minutes in (1, 7, 20):
                conn.execute(
                    "INSERT INTO reviews(card_id, rating, reviewed_at, state_before, kind_before) VALUES ('a', 3, ?, '{}', ?)",
                    (iso(NOW + timedelta(minutes=minutes)), REVIEW),
                )
        odd = [NOW + timedelta(minutes=5), NOW + timedelta(minutes=25)]
        assert store.count_answers_between(odd) == [2]
        assert store.count_review_passes_between(odd) == [(2, 2)]
        assert store.count_answers_between([NOW, NOW + timedelta(minutes=15), NOW + timedelta(minutes=30)]) == [2, 1]
    finally:
        store.close()
