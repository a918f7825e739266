"""The store's named operations: each asks for the cards its name says, in the order it says.

Every card-reading operation is asked the same question: does a suspended, buried or removed card,
or a lab's own schedule row, slip in where only a card the learner studies belongs?
"""

from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest

from quizapp.core.review import lab_card_id, record_lab_result
from quizapp.core.scheduler import AGAIN, GOOD
from quizapp.core.store import LEARNING, NEW, RELEARNING, REVIEW, DatabaseFile, Store

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=timezone.utc)
HIDDEN_WAYS = ("suspended", "buried", "removed")


def set_schedule(store: Store, card_id: str, *, state: int, due: datetime | None, leech: bool = False, at: datetime = NOW) -> None:
    """Give a card a schedule as an answer would (one review row, the card's new state)."""
    before = store.get_card(card_id)
    after = replace(before, state=state, due=due, leech=leech, last_review=at, stability=3.0, difficulty=5.0, reps=before.reps + 1)
    store.record_answer(before, after, rating=GOOD, reviewed_at=at, duration_ms=1000, answer=None, correct=True)


def hide(store: Store, how: str, card_ids: list[str]) -> None:
    if how == "suspended":
        store.suspend(card_ids)
    elif how == "buried":
        store.bury(card_ids, NOW + timedelta(days=1))
    else:
        keep = [r.id for r in store.flashcards_in_content() if r.id not in card_ids]
        store.sync_items(keep)


@pytest.fixture
def deck(store):
    """Shown cards of every state, each with a hidden twin, and a lab row due like the cards."""
    ids = ["new-a", "new-b", "learn-a", "learn-b", "rev-a", "rev-b", "twin-new", "twin-learn", "twin-rev"]
    store.sync_items(ids)
    set_schedule(store, "learn-a", state=LEARNING, due=NOW - timedelta(minutes=5))
    set_schedule(store, "learn-b", state=RELEARNING, due=NOW - timedelta(minutes=30))
    set_schedule(store, "rev-a", state=REVIEW, due=NOW + timedelta(hours=3))
    set_schedule(store, "rev-b", state=REVIEW, due=NOW - timedelta(days=2))
    # The twins come due first and sit first in the curriculum: hidden, they must never be picked.
    set_schedule(store, "twin-learn", state=LEARNING, due=NOW - timedelta(hours=2))
    set_schedule(store, "twin-rev", state=REVIEW, due=NOW - timedelta(days=9))
    record_lab_result(store, "build-and-run", AGAIN, NOW - timedelta(days=3))
    return store


TWINS = ["twin-new", "twin-learn", "twin-rev"]


def test_the_shown_deck_gives_what_each_operation_names(deck):
    # The twins shown: they lead every queue (the check that the hidden cases below can fail).
    assert deck.first_learning_due(NOW).id == "twin-learn"
    assert deck.first_review_due(NOW + timedelta(days=1)).id == "twin-rev"
    assert deck.count_learning_due(NOW + timedelta(days=1)) == 3
    assert deck.count_reviews_due(NOW + timedelta(days=1)) == 3
    assert deck.count_new() == 3
    assert deck.count_flashcards() == 9


@pytest.mark.parametrize("how", HIDDEN_WAYS)
def test_hidden_cards_and_lab_rows_are_left_out_of_every_queue(deck, how):
    hide(deck, how, TWINS)
    day_end = NOW + timedelta(days=1)
    assert deck.first_learning_due(NOW).id == "learn-b"  # RELEARNING, due 30 minutes ago: first
    assert deck.first_learning_due(NOW - timedelta(minutes=31)) is None
    assert deck.first_review_due(day_end).id == "rev-b"
    assert deck.first_review_due(NOW - timedelta(days=3)) is None  # the lab, due then, is no review card
    assert [r.id for r in deck.new_cards()] == ["new-a", "new-b"]
    assert [r.id for r in deck.new_cards(limit=1)] == ["new-a"]
    assert deck.count_learning_due(day_end) == 2
    assert deck.count_reviews_due(day_end) == 2
    assert deck.count_reviews_due(NOW) == 1  # rev-a comes due at 13:00
    assert deck.count_new() == 2
    assert deck.count_flashcards() == 6
    assert deck.studied_card_ids() == {"new-a", "new-b", "learn-a", "learn-b", "rev-a", "rev-b"}


@pytest.mark.parametrize("how", HIDDEN_WAYS)
def test_hidden_leeches_are_not_listed_and_the_list_follows_the_curriculum(deck, how):
    for card_id in ("rev-b", "learn-a", "twin-rev"):
        set_schedule(deck, card_id, state=RELEARNING, due=NOW, leech=True)
    set_schedule(deck, lab_card_id("build-and-run"), state=RELEARNING, due=NOW, leech=True)
    hide(deck, how, ["twin-rev"])
    assert [r.id for r in deck.leeches()] == ["learn-a", "rev-b"]


@pytest.mark.parametrize("how", HIDDEN_WAYS)
def test_next_due_after_skips_hidden_new_and_past_cards(deck, how):
    set_schedule(deck, "twin-new", state=REVIEW, due=NOW + timedelta(minutes=10))
    hide(deck, how, ["twin-new"])
    assert deck.next_due_after(NOW) == NOW + timedelta(hours=3)  # rev-a; learn-* are already due
    assert deck.next_due_after(NOW + timedelta(hours=4)) is None


def test_next_due_after_finds_the_soonest(deck):
    set_schedule(deck, "twin-new", state=REVIEW, due=NOW + timedelta(minutes=10))
    assert deck.next_due_after(NOW) == NOW + timedelta(minutes=10)


def test_labs_due_are_counted_apart_and_a_hidden_lab_is_not(deck):
    # The lab given up three days ago came due again minutes after.
    assert deck.count_labs_due(NOW - timedelta(days=3)) == 0
    assert deck.count_labs_due(NOW) == 1
    record_lab_result(deck, "build-and-run", GOOD, NOW)  # passed now: due again in days
    assert deck.count_labs_due(NOW + timedelta(minutes=1)) == 0
    record_lab_result(deck, "build-and-run", AGAIN, NOW)
    assert deck.count_labs_due(NOW + timedelta(days=1)) == 1
    deck.sync_items([], kind="lab")  # the lab left the content
    assert deck.count_labs_due(NOW + timedelta(days=1)) == 0


def test_flashcards_in_content_keep_suspended_and_buried_not_removed(deck):
    hide(deck, "suspended", ["twin-new"])
    hide(deck, "buried", ["twin-learn"])
    hide(deck, "removed", ["twin-rev"])
    listed = [r.id for r in deck.flashcards_in_content()]
    assert listed == ["new-a", "new-b", "learn-a", "learn-b", "rev-a", "rev-b", "twin-new", "twin-learn"]


def test_answered_flashcards_keep_hidden_ones_and_leave_out_new_cards_and_labs(deck):
    hide(deck, "suspended", ["twin-rev"])
    assert {r.id for r in deck.answered_flashcards()} == {"learn-a", "learn-b", "rev-a", "rev-b", "twin-learn", "twin-rev"}


def test_flashcard_answers_since_count_by_state_before_and_leave_out_labs(deck):
    # The deck's answers were all given at NOW on new cards; the lab's three days before.
    assert deck.flashcard_answers_since(NOW - timedelta(days=7)) == {NEW: 6}
    set_schedule(deck, "rev-b", state=REVIEW, due=NOW + timedelta(days=5), at=NOW + timedelta(hours=1))
    record_lab_result(deck, "build-and-run", GOOD, NOW + timedelta(hours=1))
    assert deck.flashcard_answers_since(NOW + timedelta(minutes=1)) == {REVIEW: 1}
    assert deck.count_flashcard_answers() == 7
    assert deck.count_answers() == 9


def test_flashcard_answer_history_goes_card_by_card_in_time_order(store):
    store.sync_items(["b", "a"])
    set_schedule(store, "b", state=LEARNING, due=NOW, at=NOW)
    set_schedule(store, "a", state=LEARNING, due=NOW, at=NOW + timedelta(minutes=2))
    set_schedule(store, "b", state=REVIEW, due=NOW, at=NOW + timedelta(minutes=1))
    record_lab_result(store, "build-and-run", GOOD, NOW)
    history = store.flashcard_answer_history()
    assert [(card_id, when) for card_id, _, when in history] == [
        ("a", NOW + timedelta(minutes=2)),
        ("b", NOW),
        ("b", NOW + timedelta(minutes=1)),
    ]


def test_add_lab_card_adds_once_after_the_other_labs(store):
    store.sync_items(["lab:one", "lab:two"], kind="lab")
    assert store.add_lab_card("lab:three") is True
    assert store.add_lab_card("lab:three") is False
    assert store.get_card("lab:three").position == 2 and store.get_card("lab:three").kind == "lab"
    assert store.count_flashcards() == 0


def test_answered_quarter_hours_one_per_quarter_and_gone_with_an_undone_answer(store):
    store.sync_items(["a", "b", "c"])
    quarter = datetime(2026, 3, 2, 10, 0, tzinfo=timezone.utc)
    set_schedule(store, "a", state=LEARNING, due=NOW, at=quarter + timedelta(minutes=7))
    set_schedule(store, "b", state=LEARNING, due=NOW, at=quarter + timedelta(minutes=14, seconds=59))
    set_schedule(store, "c", state=LEARNING, due=NOW, at=quarter + timedelta(minutes=15))
    assert store.answered_quarter_hours() == [quarter, quarter + timedelta(minutes=15)]
    last = store.review_log("c")[-1].id
    store.undo_answer(last)
    assert store.answered_quarter_hours() == [quarter]


def test_database_file_reports_version_tables_and_soundness(store, tmp_path):
    store.sync_items(["a"])
    copy = tmp_path / "copy.sqlite3"
    store.copy_to(copy)
    database = DatabaseFile(copy)
    try:
        assert database.version() >= 3
        assert {"cards", "reviews", "lab_attempts", "settings"} <= database.tables()
        assert database.quick_check() == "ok"
    finally:
        database.close()
    assert not copy.with_name("copy.sqlite3-wal").exists()  # a self-contained copy
