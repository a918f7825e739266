"""The study engine: FSRS parity, daily limits, the day boundary, undo, leeches, content changes."""

import random
from datetime import datetime, timedelta, timezone

import fsrs
import pytest

from quizapp.core.clock import FixedClock
from quizapp.core.review import ReviewSession, record_lab_result, study_day_bounds
from quizapp.core.scheduler import AGAIN, EASY, GOOD, HARD, format_interval, make_fsrs_scheduler
from quizapp.core.settings import Settings
from quizapp.core.store import LEARNING, NEW, RELEARNING, REVIEW, Store


def make_session(store, clock, **settings):
    s = Settings(**settings)
    store.save_settings(s)
    return ReviewSession(store, clock)


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("fuzz", [False, True])
def test_rating_sequences_match_fsrs(store, clock, seed, fuzz):
    rng = random.Random(seed)
    ratings = [rng.choice([AGAIN, HARD, GOOD, EASY]) for _ in range(12)]
    store.sync_items(["c1"])
    session = make_session(store, clock, enable_fuzz=fuzz)
    reference = make_fsrs_scheduler(Settings(enable_fuzz=fuzz))
    ref_card = fsrs.Card(card_id=0, due=clock.now())
    for i, rating in enumerate(ratings):
        # Answer whenever the card is due, plus a little: a realistic replay, not only on time.
        row = store.get_card("c1")
        when = max(clock.now(), row.due or clock.now()) + timedelta(minutes=rng.randint(0, 600))
        clock.set(when)
        random.seed(seed * 100 + i)
        ref_card, _ = reference.review_card(ref_card, fsrs.Rating(rating), review_datetime=when)
        random.seed(seed * 100 + i)
        session.answer("c1", rating)
        row = store.get_card("c1")
        assert row.state == int(ref_card.state), (i, ratings)
        assert row.step == ref_card.step
        assert row.stability == pytest.approx(ref_card.stability, rel=1e-12)
        assert row.difficulty == pytest.approx(ref_card.difficulty, rel=1e-12)
        assert row.due == ref_card.due
        assert row.last_review == ref_card.last_review
    assert row.reps == len(ratings)


def test_settings_reach_fsrs(store, clock):
    store.sync_items(["a", "b"])
    low = make_session(store, clock, desired_retention=0.8, enable_fuzz=False)
    for _ in range(2):
        low.answer("a", GOOD)
    high = make_session(store, clock, desired_retention=0.97, enable_fuzz=False)
    for _ in range(2):
        high.answer("b", GOOD)
    a, b = store.get_card("a"), store.get_card("b")
    assert a.state == b.state == REVIEW
    assert a.due > b.due  # lower retention -> longer intervals


def test_learning_steps_come_from_settings(store, clock):
    store.sync_items(["a"])
    session = make_session(store, clock, learning_steps_min=[3.0, 30.0], enable_fuzz=False)
    session.answer("a", AGAIN)
    assert store.get_card("a").due - clock.now() == timedelta(minutes=3)


def test_order_learning_then_review_then_new_in_curriculum_order(store, clock):
    store.sync_items(["n1", "n2", "r1", "l1"])
    session = make_session(store, clock, enable_fuzz=False)
    # Make r1 a review card due now and l1 a learning card due now.
    for _ in range(2):
        session.answer("r1", GOOD)
    r1 = store.get_card("r1")
    session.answer("l1", AGAIN)
    clock.set(r1.due + timedelta(minutes=1))
    assert store.get_card("l1").state == LEARNING
    order = []
    for _ in range(4):
        row = session.next_card()
        order.append(row.id)
        session.answer(row.id, EASY)
    assert order[:2] == ["l1", "r1"]
    assert order[2:] == ["n1", "n2"]


def test_new_cards_limit_per_day(store, clock):
    store.sync_items([f"c{i}" for i in range(10)])
    session = make_session(store, clock, new_per_day=3, enable_fuzz=False)
    assert session.counts().new == 3
    seen = []
    while (row := session.next_card()) is not None and row.state == NEW:
        seen.append(row.id)
        session.answer(row.id, EASY)
    assert seen == ["c0", "c1", "c2"]
    assert session.counts().new == 0
    # The next study day brings three more.
    clock.advance(days=1)
    assert session.counts().new == 3
    # c0-c2, answered Easy, are not due for days: the first of the next three new cards comes.
    assert session.counts().review == 0
    assert session.next_card().id == "c3"


def test_review_limit_per_day(store, clock):
    store.sync_items([f"c{i}" for i in range(6)])
    session = make_session(store, clock, reviews_per_day=2, enable_fuzz=False)
    for i in range(6):
        session.answer(f"c{i}", EASY)
    clock.advance(days=60)
    assert session.counts().review == 2
    for _ in range(2):
        row = session.next_card()
        assert row.state == REVIEW
        session.answer(row.id, GOOD)
    assert session.counts().review == 0
    # Four reviews are still due, but over the limit; nothing new or learning is left either.
    assert session.next_card() is None


def test_study_day_starts_at_the_configured_hour():
    tz = timezone(timedelta(hours=9))
    start, end = study_day_bounds(datetime(2026, 3, 2, 3, 59, tzinfo=tz), 4)
    assert start == datetime(2026, 3, 1, 4, 0, tzinfo=tz) and end == datetime(2026, 3, 2, 4, 0, tzinfo=tz)
    start, _ = study_day_bounds(datetime(2026, 3, 2, 4, 0, tzinfo=tz), 4)
    assert start == datetime(2026, 3, 2, 4, 0, tzinfo=tz)


def test_day_boundary_resets_the_new_count(store):
    tz = timezone(timedelta(hours=9))
    clock = FixedClock(datetime(2026, 3, 2, 3, 30, tzinfo=tz))  # 03:30 local: still yesterday's study day
    store.sync_items([f"c{i}" for i in range(5)])
    session = make_session(store, clock, new_per_day=2, day_start_hour=4)
    for _ in range(2):
        session.answer(session.next_card().id, EASY)
    assert session.counts().new == 0
    clock.set(datetime(2026, 3, 2, 3, 59, tzinfo=tz))
    assert session.counts().new == 0
    clock.set(datetime(2026, 3, 2, 4, 0, tzinfo=tz))
    assert session.counts().new == 2


def test_review_due_later_today_counts_as_due_today(store, clock):
    # Answered at 10:00 UTC with a one-day cap on intervals and no fuzz: due 10:00 the next day.
    store.sync_items(["a"])
    session = make_session(store, clock, enable_fuzz=False, maximum_interval_days=1, day_start_hour=4)
    for _ in range(2):
        session.answer("a", GOOD)
    assert store.get_card("a").state == REVIEW
    assert store.get_card("a").due == datetime(2026, 3, 3, 10, 0, tzinfo=timezone.utc)
    # 05:00 on that day: its study day began at 04:00, and the card comes due within it.
    clock.set(datetime(2026, 3, 3, 5, 0, tzinfo=timezone.utc))
    assert session.counts().review == 1
    # 03:59: still the study day before, which ends at 04:00, hours before the card is due.
    clock.set(datetime(2026, 3, 3, 3, 59, tzinfo=timezone.utc))
    assert session.counts().review == 0


def test_undo_restores_state_and_removes_log_one_by_one(store, clock):
    store.sync_items(["a", "b"])
    session = make_session(store, clock)
    before_a = store.get_card("a")
    session.answer("a", GOOD)
    mid_b = store.get_card("b")
    session.answer("b", AGAIN)
    session.answer("a", EASY)
    assert len(store.review_log()) == 3
    assert session.undo() == "a"
    assert len(store.review_log()) == 2
    assert session.next_card().id == "a"  # the undone card comes back first
    assert session.undo() == "b"
    assert store.get_card("b") == mid_b
    assert session.undo() == "a"
    assert store.get_card("a") == before_a
    assert store.review_log() == []
    assert session.undo() is None


def test_leech_after_eight_lapses(store, clock):
    store.sync_items(["hard"])
    session = make_session(store, clock, enable_fuzz=False)
    became = []
    session.answer("hard", GOOD)
    session.answer("hard", GOOD)
    for _ in range(8):
        assert store.get_card("hard").state == REVIEW
        result = session.answer("hard", AGAIN)
        became.append(result.became_leech)
        assert store.get_card("hard").state == RELEARNING
        session.answer("hard", GOOD)
    assert became == [False] * 7 + [True]
    assert store.get_card("hard").lapses == 8
    assert session.leeches() == ["hard"]


def test_content_changes_keep_history(store, clock):
    store.sync_items(["a", "b", "c"])
    session = make_session(store, clock)
    session.answer("b", GOOD)
    # b's text is edited (same id), c is removed, d is new, order changes.
    result = store.sync_items(["d", "b", "a"])
    assert result == {"added": 1, "hidden": 1, "shown": 0}
    assert store.get_card("b").reps == 1 and len(store.review_log("b")) == 1
    assert store.get_card("c").hidden
    # b is learning, due ten minutes after its answer: the new cards come first, in the new order.
    assert store.get_card("b").due > clock.now()
    assert session.next_card().id == "d"
    new_order = [r.id for r in store.new_cards()]
    assert new_order == ["d", "a"]
    # c comes back with its (empty) history and is shown again.
    assert store.sync_items(["d", "b", "a", "c"])["shown"] == 1
    assert not store.get_card("c").hidden


def test_unchanged_content_sync_is_skipped(store):
    store.sync_items(["a", "b"])
    store.conn.execute("UPDATE cards SET hidden = 1 WHERE id = 'a'")
    assert store.sync_items(["a", "b"]) == {"added": 0, "hidden": 0, "shown": 0}
    assert store.sync_items(["b", "a"])["shown"] == 1


def test_labs_have_their_own_schedule(store, clock):
    store.sync_items(["a"])
    after = record_lab_result(store, "build-and-run", GOOD, clock.now())
    assert after.id == "lab:build-and-run" and after.reps == 1
    session = make_session(store, clock)
    assert session.next_card().id == "a"  # labs are not flashcards
    clock.advance(days=400)
    assert session.counts().labs_due == 1


def test_answer_is_committed_before_returning(store, clock, data_dir):
    store.sync_items(["a"])
    session = make_session(store, clock)
    session.answer("a", GOOD, duration_ms=1234, answer="docker ps", correct=True)
    other = Store.open(data_dir)  # a second connection sees it at once
    try:
        log = other.review_log("a")
        assert [(e.rating, e.duration_ms, e.answer, e.correct) for e in log] == [(GOOD, 1234, "docker ps", True)]
        assert log[0].state_before["state"] == NEW
    finally:
        other.close()


def test_bad_rating_is_refused(store, clock):
    store.sync_items(["a"])
    session = make_session(store, clock)
    with pytest.raises(ValueError, match="rating"):
        session.answer("a", 5)
    assert store.review_log() == []


def test_preview_gives_longer_intervals_for_better_ratings(store, clock):
    store.sync_items(["a"])
    session = make_session(store, clock)
    p = session.preview("a")
    assert p[AGAIN] < p[HARD] <= p[GOOD] < p[EASY]
    assert format_interval(p[AGAIN], "en") == "1m" and format_interval(p[AGAIN], "ko") == "1분"
    assert format_interval(timedelta(days=45), "en") == "1.5mo"


# ----- how a card is shown ----------------------------------------------------------------------
def built_in_deck():
    from quizapp.core.content.loader import load_content
    from quizapp.core.paths import content_dir

    return load_content(content_dir())


def test_the_right_option_lands_on_every_letter_over_repeated_showings():
    from quizapp.core.review import shuffled_options

    deck = built_in_deck()
    card = next(c for c in deck.cards if c.type == "choice" and len(c.options) == 4 and not c.multiple)
    assert card.options[0].correct  # the deck lists the right option first
    rng = random.Random(11)
    letters = set()
    for _ in range(40):
        shown = shuffled_options(card, rng)
        assert sorted(o.id for o in shown) == sorted(o.id for o in card.options)
        letters.add("abcd"[next(i for i, o in enumerate(shown) if o.correct)])
    assert letters == set("abcd")
    # the same seed gives the same showings (tests fix it)
    assert [o.id for o in shuffled_options(card, random.Random(3))] == [o.id for o in shuffled_options(card, random.Random(3))]


def test_an_order_card_is_never_shown_in_its_right_order():
    from quizapp.core.review import shuffled_order

    rng = random.Random(0)
    for count in (2, 3, 6):
        for _ in range(30):
            shown = shuffled_order(count, rng)
            assert sorted(shown) == list(range(count)) and shown != list(range(count))
    assert shuffled_order(1, rng) == [0]


def test_a_cards_front_names_its_concepts_without_stating_them():
    from quizapp.core.review import concept_names

    deck = built_in_deck()
    for card in deck.cards:
        for lang in ("ko", "en"):
            front = concept_names(card, deck, lang)
            for cid in card.concepts:
                assert deck.concept_title(cid, lang) not in front, (card.id, lang)
                assert deck.concept_name(cid, lang) in front
    image_card = next(c for c in deck.cards if c.concepts == ["image"])
    assert concept_names(image_card, deck, "ko") == "이미지"


def test_a_card_is_named_by_its_question_not_its_id():
    from quizapp.core.review import QUESTION_MAX, card_question

    deck = built_in_deck()
    cloze = next(c for c in deck.cards if c.type == "cloze")
    assert "{{" not in card_question(cloze, "en") and "___" in card_question(cloze, "en")
    for card in deck.cards:
        for lang in ("ko", "en"):
            question = card_question(card, lang)
            assert question and len(question) <= QUESTION_MAX and card.id not in question
