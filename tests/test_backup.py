"""Daily backups: once a day the database is copied to backups/ (SQLite's backup API), the last
seven days are kept, an empty database never pushes out a copy with answers, and a database that
cannot be read is reported with the newest backup to go back to."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

from quizapp.core.clock import FixedClock
from quizapp.core.collection import Collection

CONTENT = Path(__file__).resolve().parent.parent / "content"
DAY0 = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)


def answer_some(collection: Collection, n: int) -> None:
    session = collection.session()
    for _ in range(n):
        card = session.next_card()
        session.answer(card.id, 3, duration_ms=1000)


def reviews_in(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return conn.execute("SELECT count(*) FROM reviews").fetchone()[0]
    finally:
        conn.close()


def test_one_backup_a_day_holding_every_answer(data_dir):
    clock = FixedClock(DAY0)
    with Collection.open(data_dir, clock=clock, content_dir=CONTENT) as c:
        assert c.store.backups() == []  # nothing answered yet: nothing worth a copy
        answer_some(c, 3)
    with Collection.open(data_dir, clock=clock, content_dir=CONTENT) as c:
        [first] = c.store.backups()
        assert first.name == "quizapp-2026-03-02.sqlite3"
        assert reviews_in(first) == 3
        answer_some(c, 2)
    with Collection.open(data_dir, clock=clock, content_dir=CONTENT) as c:  # the same day: no second copy
        assert c.store.backups() == [first] and reviews_in(first) == 3
    clock = FixedClock(DAY0 + timedelta(days=1))
    with Collection.open(data_dir, clock=clock, content_dir=CONTENT) as c:
        newest, older = c.store.backups()
        assert newest.name == "quizapp-2026-03-03.sqlite3" and older == first
        assert reviews_in(newest) == 5
        assert c.warnings() == []


def test_the_last_seven_days_are_kept(data_dir):
    for day in range(10):
        with Collection.open(data_dir, clock=FixedClock(DAY0 + timedelta(days=day)), content_dir=CONTENT) as c:
            answer_some(c, 1)
    with Collection.open(data_dir, clock=FixedClock(DAY0 + timedelta(days=10)), content_dir=CONTENT) as c:
        names = [p.name for p in c.store.backups()]
    assert names == [f"quizapp-2026-03-{d:02d}.sqlite3" for d in range(12, 5, -1)]
    assert not list((data_dir / "backups").glob("*.partial"))


def test_an_unreadable_database_points_to_the_newest_backup(data_dir):
    with Collection.open(data_dir, clock=FixedClock(DAY0), content_dir=CONTENT) as c:
        answer_some(c, 4)
    later = FixedClock(DAY0 + timedelta(days=1))
    with Collection.open(data_dir, clock=later, content_dir=CONTENT) as c:
        [backup] = c.store.backups()
    (data_dir / "quizapp.sqlite3").write_bytes(b"\x00garbage" * 1000)
    for side in ("quizapp.sqlite3-wal", "quizapp.sqlite3-shm"):
        (data_dir / side).unlink(missing_ok=True)
    with Collection.open(data_dir, clock=later, content_dir=CONTENT) as c:
        text = " ".join(w["en"] for w in c.warnings())
        assert "moved to" in text and f"The newest backup is {backup}" in text
        assert str(data_dir / "quizapp.sqlite3") in text
        assert c.store.backups() == [backup]  # the fresh, empty database made no copy
    assert reviews_in(backup) == 4


def test_a_backup_that_cannot_be_written_is_said_and_loses_nothing(data_dir):
    with Collection.open(data_dir, clock=FixedClock(DAY0), content_dir=CONTENT) as c:
        answer_some(c, 1)
    (data_dir / "backups").write_text("a file where the backups folder should be")
    with Collection.open(data_dir, clock=FixedClock(DAY0 + timedelta(days=1)), content_dir=CONTENT) as c:
        [warning] = c.warnings()
        assert "Today's backup could not be written" in warning["en"] and str(data_dir / "backups") in warning["en"]
        assert "백업" in warning["ko"]
        answer_some(c, 1)
        assert c.store.count_answers() == 2
