"""A review process killed with SIGKILL at random moments loses no answer whose next card was shown,
and leaves a database that passes PRAGMA integrity_check. Also: unreadable databases are moved
aside, never overwritten, and two instances on one database do not corrupt it."""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest

from quizapp.core.store import Store, StoreError

CHILD = textwrap.dedent(
    """
    import random, sys
    from quizapp.core.clock import SystemClock
    from quizapp.core.review import ReviewSession
    from quizapp.core.settings import Settings
    from quizapp.core.store import Store

    store = Store.open(sys.argv[1])
    store.save_settings(Settings(new_per_day=100000, reviews_per_day=100000))
    store.sync_items([f"card-{i:05d}" for i in range(20000)])
    session = ReviewSession(store, SystemClock())
    rng = random.Random(int(sys.argv[2]))
    print("READY", flush=True)
    row = session.next_card()
    while row is not None:
        session.answer(row.id, rng.choice([1, 2, 3, 4]), duration_ms=rng.randint(500, 9000), answer="x" * rng.randint(0, 2000))
        row = session.next_card()
        # The next card is now "shown": every answer so far must be on disk.
        n = store.count_answers()
        print(f"SHOWN {n}", flush=True)
    """
)


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_no_shown_answer(data_dir, tmp_path):
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    rng = random.Random(20261130)
    kills = 0
    for run in range(50):
        proc = subprocess.Popen(
            [sys.executable, str(script), str(data_dir), str(run)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert proc.stdout.readline().strip() == "READY"
        deadline = time.monotonic() + rng.uniform(0.0, 0.25)
        last_shown = 0
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            if line.startswith("SHOWN"):
                last_shown = int(line.split()[1])
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        kills += proc.returncode == -signal.SIGKILL
        conn = sqlite3.connect(str(data_dir / "quizapp.sqlite3"))
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            on_disk = conn.execute("SELECT count(*) FROM reviews").fetchone()[0]
            # Every review log row matches a card whose state it changed.
            orphan = conn.execute(
                "SELECT count(*) FROM reviews r LEFT JOIN cards c ON c.id = r.card_id WHERE c.id IS NULL"
            ).fetchone()[0]
        finally:
            conn.close()
        assert on_disk >= last_shown, f"run {run}: {last_shown} answers were shown as saved, {on_disk} on disk"
        assert orphan == 0
    assert kills >= 45  # nearly every run was really killed mid-way, not finished


def test_garbage_database_is_moved_aside_not_overwritten(data_dir):
    path = data_dir / "quizapp.sqlite3"
    garbage = b"this is not a database, but it is the learner's file\n" * 200
    path.write_bytes(garbage)
    store = Store.open(data_dir)
    try:
        assert store.recovered_from is not None
        assert store.recovered_from.read_bytes() == garbage
        assert store.recovered_from.parent == data_dir and "unreadable" in store.recovered_from.name
        store.sync_items(["a"])
        assert store.get_card("a") is not None
    finally:
        store.close()


def test_database_with_damaged_pages_is_moved_aside(data_dir):
    store = Store.open(data_dir)
    store.sync_items([f"c{i}" for i in range(2000)])
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    path = data_dir / "quizapp.sqlite3"
    raw = bytearray(path.read_bytes())
    # Keep the header valid; scribble over the schema and the first pages.
    for i in range(100, min(len(raw), 40000)):
        raw[i] = (raw[i] * 7 + 13) % 256
    path.write_bytes(bytes(raw))
    damaged = bytes(raw)
    store = Store.open(data_dir)
    try:
        assert store.recovered_from is not None
        assert store.recovered_from.read_bytes() == damaged
        assert store.export_tables()["cards"] == []
    finally:
        store.close()


def test_newer_schema_is_refused_not_touched(data_dir):
    path = data_dir / "quizapp.sqlite3"
    conn = sqlite3.connect(str(path))
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer quizapp"):
        Store.open(data_dir)
    assert path.read_bytes() == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file; permissions cannot be refused")
def test_unreadable_database_is_moved_aside(data_dir):
    path = data_dir / "quizapp.sqlite3"
    Store.open(data_dir).close()
    path.chmod(0)
    store = Store.open(data_dir)
    try:
        assert store.recovered_from is not None
    finally:
        store.close()


def test_data_dir_that_is_a_file_is_a_clear_error(tmp_path):
    f = tmp_path / "afile"
    f.write_text("x")
    with pytest.raises(StoreError, match=str(f)):
        Store.open(f)


TWO = textwrap.dedent(
    """
    import sys
    from quizapp.core.clock import SystemClock
    from quizapp.core.review import ReviewSession
    from quizapp.core.store import Store

    from quizapp.core.settings import Settings
    store = Store.open(sys.argv[1])
    store.save_settings(Settings(new_per_day=1000, reviews_per_day=1000))
    store.sync_items([f"card-{i:04d}" for i in range(100)])
    session = ReviewSession(store, SystemClock())
    for i in range(150):
        row = session.next_card()
        session.answer(row.id, 1 + i % 4)
    print(store.count_answers())
    """
)


@pytest.mark.parametrize("run", range(6))
def test_two_instances_on_one_database(tmp_path, run):
    # Both start on a database that does not exist yet, so they race to create and switch it to
    # WAL (SQLite does not wait for the lock that takes): repeated, as the race is a matter of timing.
    data_dir = tmp_path / "data"
    script = tmp_path / "two.py"
    script.write_text(TWO)
    procs = [subprocess.Popen([sys.executable, str(script), str(data_dir)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [o[1][-2000:] for o in outs]
    assert not [p for p in data_dir.iterdir() if "unreadable" in p.name]
    conn = sqlite3.connect(str(data_dir / "quizapp.sqlite3"))
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM reviews").fetchone()[0] == 300
        assert conn.execute("SELECT sum(reps) FROM cards").fetchone()[0] == 300
    finally:
        conn.close()



def test_a_content_fingerprint_tells_changed_ids_apart():
    from quizapp.core.store import fingerprint

    ids = [f"card-{i}" for i in range(300)]
    seen = {fingerprint("\n".join(ids))}
    # every single-card change (one removed, two swapped, one renamed) gives a new fingerprint
    for i in range(len(ids) - 1):
        for changed in (ids[:i] + ids[i + 1:], ids[:i] + [ids[i + 1], ids[i]] + ids[i + 2:], ids[:i] + [ids[i] + "x"] + ids[i + 1:]):
            seen.add(fingerprint("\n".join(changed)))
    assert len(seen) == 1 + 3 * (len(ids) - 1)
    assert fingerprint("a\nb") == fingerprint("a\nb")
