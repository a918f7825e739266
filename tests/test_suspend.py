"""Suspend, bury and flag: a card the learner sets aside leaves every queue, and the content's own
sync never brings it back."""

import json
import shutil
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from quizapp.core.store import BURIED, REMOVED, SHOWN, SUSPENDED, Store

FIXTURES = Path(__file__).parent / "fixtures"
IDS = ["a-card", "b-card", "c-card"]


@pytest.fixture
def session(store, clock):
    from quizapp.core.review import ReviewSession

    store.sync_items(IDS)
    return ReviewSession(store, clock)


def queue_ids(session):
    """Every card the session would show today, in order, answering each Good to move on."""
    seen = []
    while (row := session.next_card()) is not None and row.id not in seen:
        seen.append(row.id)
        session.answer(row.id, 4)  # Easy: out of today's queue
    return seen


def test_suspended_card_leaves_every_queue_until_unsuspended(store, session):
    assert store.suspend(["b-card"]) == ["b-card"]
    assert store.get_card("b-card").suspended and store.get_card("b-card").hidden
    assert session.counts().new == 2
    assert queue_ids(session) == ["a-card", "c-card"]
    assert store.unsuspend(["b-card"]) == ["b-card"]
    assert session.next_card().id == "b-card"


def test_suspend_is_idempotent_and_reports_only_what_changed(store, session):
    assert store.suspend(["a-card", "a-card", "nope"]) == ["a-card"]
    assert store.suspend(["a-card"]) == []
    assert store.unsuspend(["b-card"]) == []  # never suspended
    assert store.count_hidden_as(SUSPENDED) == 1


def test_buried_card_comes_back_when_the_next_study_day_starts(store, clock, session):
    from quizapp.core.collection import Collection

    collection = Collection(store, deck=_deck(IDS), clock=clock)
    change = collection.bury(["a-card"])
    assert change.changed == ("a-card",)
    # The study day starts at 04:00 (the default); the clock says 10:00 on 2 March.
    assert change.buried_until == datetime(2026, 3, 3, 4, 0, tzinfo=timezone.utc)
    assert session.next_card().id == "b-card"
    clock.advance(hours=17, minutes=59)  # 03:59 next day: still buried
    assert session.next_card().id == "b-card"
    assert store.get_card("a-card").buried
    clock.advance(minutes=1)
    assert session.next_card().id == "a-card"
    assert store.get_card("a-card").hidden_as == SHOWN and store.get_card("a-card").buried_until is None


def test_sync_brings_back_removed_cards_but_not_what_the_learner_set_aside(store, clock):
    store.sync_items(IDS)
    store.suspend(["a-card"])
    store.bury(["b-card"], datetime(2026, 3, 3, 4, tzinfo=timezone.utc))
    # The content changes (a card added): the old sync un-hid every hidden card here.
    result = store.sync_items(IDS + ["d-card"])
    assert result == {"added": 1, "hidden": 0, "shown": 0}
    assert store.get_card("a-card").hidden_as == SUSPENDED
    assert store.get_card("b-card").hidden_as == BURIED
    # Cards leave the content: the buried one is removed, the suspended one stays suspended.
    store.sync_items(["c-card", "d-card"])
    assert store.get_card("a-card").hidden_as == SUSPENDED
    assert store.get_card("b-card").hidden_as == REMOVED
    # ... and come back: the removed one is shown, the suspended one still suspended.
    result = store.sync_items(IDS + ["d-card"])
    assert result["shown"] == 1
    assert store.get_card("b-card").hidden_as == SHOWN
    assert store.get_card("a-card").hidden_as == SUSPENDED
    # A removed card cannot be suspended or buried: it is not there to study.
    store.sync_items(["a-card"])
    assert store.suspend(["c-card"]) == [] and store.get_card("c-card").hidden_as == REMOVED


def test_flags(store, clock):
    from quizapp.core.collection import Collection

    collection = Collection(store, deck=_deck(IDS), clock=clock)
    change = collection.flag(["a-card", "zz"], 1)
    assert change.changed == ("a-card",) and change.unknown == ("zz",)
    assert collection.status("a-card").flag_name == "red"
    assert collection.flag(["a-card"], 1).changed == ()
    with pytest.raises(ValueError, match="flag must be"):
        collection.flag(["a-card"], 9)
    assert store.get_card("a-card").flag == 1 and store.get_card("b-card").flag == 0


def test_version_2_database_keeps_its_suspended_card_and_quiz(data_dir):
    shutil.copy(FIXTURES / "db-v2.sqlite3", data_dir / "quizapp.sqlite3")
    store = Store.open(data_dir)
    try:
        assert store.get_card("container-what-is-it").hidden_as == SUSPENDED
        assert store.get_card("image-what-is-it").flag == 1
        assert store.get_card("gone-card").hidden_as == REMOVED
        assert len(store.quiz_answers(1)) == 2
    finally:
        store.close()


def test_version_1_hidden_cards_stay_removed_after_migration(data_dir):
    shutil.copy(FIXTURES / "db-v1.sqlite3", data_dir / "quizapp.sqlite3")
    conn = sqlite3.connect(data_dir / "quizapp.sqlite3")
    conn.execute("UPDATE cards SET hidden = 1 WHERE id = 'gone-card'")
    conn.commit()
    conn.close()
    store = Store.open(data_dir)
    try:
        assert store.get_card("gone-card").hidden_as == REMOVED
        assert store.get_card("image-what-is-it").flag == 0 and store.get_card("image-what-is-it").buried_until is None
    finally:
        store.close()


def _deck(ids):
    from quizapp.core.content.model import BasicCard, Deck, Text

    cards = [BasicCard(id=i, concepts=["image"], prompt=Text(ko=i, en=i), answer=Text(ko="x", en="x")) for i in ids]
    return Deck(cards=cards, by_id={c.id: c for c in cards})


# ----- through the command line -----------------------------------------------------------------


def test_cli_suspend_takes_the_first_card_out_of_review_and_stats_counts_it(data_dir):
    from tests.test_cli_review import quizapp, stats

    # The review shows no card id (it could give an answer away); `cards list` names them, in order.
    first_card = json.loads(quizapp("cards", "list", "--json", data_dir=data_dir).stdout)[0]
    first_id = first_card["id"]
    question = "What is a Docker image?"
    first = quizapp("--lang", "en", "review", "--terminal", data_dir=data_dir, stdin="q\n")
    assert question in first.stdout, "the first card of the review is the first in the list"
    out = quizapp("--lang", "en", "cards", "suspend", first_id, data_dir=data_dir)
    assert out.returncode == 0, out.stderr
    assert f"Suspended: {first_id}" in out.stdout
    s = stats(data_dir)
    assert s["suspended"] == 1 and s["new"] == 20
    again = quizapp("--lang", "en", "review", "--terminal", data_dir=data_dir, stdin="q\n")
    assert question not in again.stdout
    out = quizapp("--lang", "ko", "cards", "unsuspend", first_id, data_dir=data_dir)
    assert out.returncode == 0 and "보류를 풀었습니다" in out.stdout
    assert stats(data_dir)["suspended"] == 0
    back = quizapp("--lang", "en", "review", "--terminal", data_dir=data_dir, stdin="q\n")
    assert question in back.stdout


def test_cli_unknown_card_and_bad_flag_are_refused(data_dir):
    from tests.test_cli_review import quizapp, stats

    out = quizapp("--lang", "en", "cards", "suspend", "no-such-card", data_dir=data_dir)
    assert out.returncode == 2 and "no-such-card" in out.stderr
    out = quizapp("--lang", "en", "cards", "flag", "no-such-card", "--flag", "reddish", data_dir=data_dir)
    assert out.returncode == 2 and "--flag: 'reddish'" in out.stderr
    assert stats(data_dir)["suspended"] == 0


def test_cli_bury_and_flag_json(data_dir):
    from tests.test_cli_review import quizapp

    first_id = json.loads(quizapp("cards", "list", "--json", data_dir=data_dir).stdout)[0]["id"]
    out = quizapp("cards", "bury", first_id, "--json", data_dir=data_dir)
    data = json.loads(out.stdout)
    assert data["changed"] == [first_id] and data["buried_until"] is not None
    assert datetime.fromisoformat(data["buried_until"]) > datetime.now(timezone.utc)
    assert datetime.fromisoformat(data["buried_until"]) <= datetime.now(timezone.utc) + timedelta(days=1)
    out = quizapp("--lang", "ko", "cards", "flag", first_id, "--flag", "초록", data_dir=data_dir)
    assert out.returncode == 0 and "초록" in out.stdout
    listed = quizapp("--lang", "ko", "cards", "list", data_dir=data_dir).stdout.splitlines()
    [line] = [l for l in listed if l.startswith(first_id + " ")]
    assert "(묻어 둠, 깃발 초록)" in line
    [entry] = [c for c in json.loads(quizapp("cards", "list", "--json", data_dir=data_dir).stdout) if c["id"] == first_id]
    assert (entry["status"], entry["flag"], entry["mine"]) == ("buried", "green", False)
    store = Store.open(data_dir)
    try:
        assert store.get_card(first_id).flag == 3 and store.get_card(first_id).buried
    finally:
        store.close()


def test_browse_lists_set_aside_and_own_cards_and_filters_by_them(data_dir, clock):
    """Browse is where a suspended or buried card is found again, and where "mine" marks the
    learner's own cards: neither may vanish from its list."""
    from quizapp.core.collection import Collection
    from quizapp.core.owncards import card_entry
    from quizapp.gui import ops

    root = Path(__file__).resolve().parent.parent
    with Collection.open(data_dir, clock=clock, content_dir=root / "content", backup=False) as c:
        every = [r.card_id for r in ops.search_cards(c)]
        suspended, buried = every[0], every[1]
        c.suspend([suspended])
        c.bury([buried])
        c.flag([buried], 3)
        entry = card_entry(
            "command",
            card_id="mine-ps-all",
            prompt={"ko": "멈춘 것까지 모든 컨테이너", "en": "Every container, stopped ones too"},
            answers=[{"ko": "docker ps -a", "en": "docker ps -a"}],
            concepts=[c.deck.cards[0].concepts[0]],
        )
        c.add_own_card(entry)
        rows = {r.card_id: r for r in ops.search_cards(c)}
        assert set(every) <= set(rows) and "mine-ps-all" in rows
        assert rows[suspended].hidden_as == "suspended" and rows[buried].hidden_as == "buried"
        assert rows[buried].flag == 3 and rows[suspended].flag == 0
        assert rows["mine-ps-all"].mine and not rows[suspended].mine
        assert [r.card_id for r in ops.search_cards(c, state="suspended")] == [suspended]
        assert [r.card_id for r in ops.search_cards(c, state="buried")] == [buried]
        assert [r.card_id for r in ops.search_cards(c, state="mine")] == ["mine-ps-all"]
