"""Every released schema version opens in the current quizapp with its data intact.

tests/fixtures/db-vN.sqlite3 is a database as version N wrote it; add one per released version.
"""

import shutil
import sqlite3
from pathlib import Path

import pytest

from quizapp.core.store import SCHEMA_VERSION, Store

FIXTURES = Path(__file__).parent / "fixtures"


def fixture_versions():
    return sorted(int(p.stem.split("-v")[1]) for p in FIXTURES.glob("db-v*.sqlite3"))


def test_there_is_a_fixture_for_every_released_version():
    assert fixture_versions() == list(range(1, SCHEMA_VERSION + 1))


@pytest.mark.parametrize("version", fixture_versions())
def test_old_database_opens_with_its_history(version, data_dir):
    shutil.copy(FIXTURES / f"db-v{version}.sqlite3", data_dir / "quizapp.sqlite3")
    store = Store.open(data_dir)
    try:
        assert store.recovered_from is None
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        log = store.review_log()
        assert [(e.card_id, e.rating) for e in log[:2]] == [("image-what-is-it", 3), ("container-what-is-it", 1)]
        assert store.get_card("image-what-is-it").reps == 1
        assert store.get_card("lab:build-and-run").kind == "lab"
        attempt = store.current_lab_attempt("hello-container")
        assert attempt.answers == {"name": "quirky_turing"} and attempt.params == {"port": 3000}
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        store.close()


def test_fixture_is_not_modified_by_the_test_run():
    # The tests copy the fixture; the committed file must stay at its own version.
    conn = sqlite3.connect(f"file:{FIXTURES / 'db-v1.sqlite3'}?immutable=1", uri=True)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    finally:
        conn.close()


def test_step_3_counts_the_reviews_already_there_and_keeps_them(data_dir):
    """A version-2 database made here (step 3's table, triggers and index taken away) migrates with its
    reviews, and review_quarters then holds their counts and follows later answers and undos."""
    from datetime import datetime, timedelta, timezone

    from quizapp.core.store import REVIEW, iso

    store = Store.open(data_dir)
    start = datetime(2026, 11, 30, 23, 50, tzinfo=timezone.utc)
    rows = [
        ("a", 3, start, REVIEW),
        ("a", 1, start + timedelta(minutes=9, seconds=59), REVIEW),  # same quarter hour
        ("b", 3, start + timedelta(minutes=10), REVIEW),  # the next one, the next day
        ("lab:x", 3, start + timedelta(minutes=11), REVIEW),  # a lab: not a retention answer
        ("c", 3, start + timedelta(minutes=12), 0),  # a new card's first answer
    ]
    with store.transaction() as conn:
        conn.executemany(
            "INSERT INTO reviews(card_id, rating, reviewed_at, state_before, kind_before) VALUES (?, ?, ?, '{}', ?)",
            [(card, rating, iso(when), kind) for card, rating, when, kind in rows],
        )
        for trigger in ("insert", "delete", "update"):
            conn.execute(f"DROP TRIGGER review_quarters_{trigger}")
        conn.execute("DROP TABLE review_quarters")
        conn.execute("DROP INDEX idx_cards_kind_due")
    store.conn.execute("PRAGMA user_version = 2")
    store.close()

    store = Store.open(data_dir)
    try:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert store.count_answers() == len(rows)
        quarter = int(start.timestamp()) // 900
        assert store.conn.execute("SELECT * FROM review_quarters ORDER BY quarter").fetchall() == [
            (quarter, 2, 2, 1),
            (quarter + 1, 3, 1, 1),
        ]
        day = datetime(2026, 12, 1, tzinfo=timezone.utc)
        assert store.count_answers_between([day - timedelta(days=1), day, day + timedelta(days=1)]) == [2, 3]
        # The triggers: a new answer counts, a deleted one no longer does.
        with store.transaction() as conn:
            conn.execute(
                "INSERT INTO reviews(card_id, rating, reviewed_at, state_before, kind_before) VALUES ('d', 1, ?, '{}', ?)",
                (iso(day + timedelta(hours=1)), REVIEW),
            )
            conn.execute("DELETE FROM reviews WHERE card_id = 'b'")
        assert store.count_answers_between([day - timedelta(days=1), day, day + timedelta(days=1)]) == [2, 3]
        assert store.count_review_passes_between([day - timedelta(days=1), day, day + timedelta(days=1)]) == [(1, 2), (0, 1)]
    finally:
        store.close()


def test_there_is_one_step_per_schema_version():
    from quizapp.core.migrations import MIGRATIONS

    assert len(MIGRATIONS) == SCHEMA_VERSION


def test_the_schema_steps_write_the_states_the_store_reads():
    from quizapp.core import migrations, store

    assert (migrations.NEW, migrations.REVIEW) == (store.NEW, store.REVIEW)
