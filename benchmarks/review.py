"""Fetch-the-next-card-and-answer-it, on quizapp's core and on Anki's, in the same run.

    python benchmarks/review.py [--sizes 10000 100000] [--answers 500]

Collections of 10,000 cards (all new) and 100,000 cards (each with 10 past answers, many due).
Both sides get the same limits (high enough not to run dry) and answer with the same rating
sequence. Anki runs headless through its Python library (`pip install anki`); without it the
Anki figures are null. The last line is one JSON object:
{"sizes": {"10000": {"quizapp_ms", "anki_ms", "ratio"}, ...}, "open_first_card_s": s}
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quizapp.core.clock import SystemClock  # noqa: E402
from quizapp.core.review import ReviewSession  # noqa: E402
from quizapp.core.settings import Settings  # noqa: E402
from quizapp.core.store import REVIEW, Store, iso  # noqa: E402

PAST_ANSWERS = 10
RATINGS = [3, 3, 3, 1, 3, 4, 2, 3, 3, 3]


def build_quizapp(folder: Path, size: int, with_history: bool) -> None:
    store = Store.open(folder)
    store.save_settings(Settings(new_per_day=100000, reviews_per_day=100000))
    ids = [f"card-{i:06d}" for i in range(size)]
    store.sync_items(ids)
    if with_history:
        rng = random.Random(1)
        now = datetime.now(timezone.utc)
        with store.transaction() as conn:
            rows = []
            for card_id in ids:
                due = now + timedelta(days=rng.uniform(-30, 60))
                rows.append((REVIEW, rng.uniform(1, 100), rng.uniform(1, 10), iso(due), iso(due - timedelta(days=10)), card_id))
            conn.executemany(
                "UPDATE cards SET state=?, step=NULL, stability=?, difficulty=?, due=?, last_review=?, reps=10 WHERE id=?",
                rows,
            )
            state_before = json.dumps({"state": REVIEW})
            log = (
                (card_id, RATINGS[k], iso(now - timedelta(days=100 - k * 10)), 5000, None, 1, state_before, REVIEW)
                for card_id in ids
                for k in range(PAST_ANSWERS)
            )
            conn.executemany(
                "INSERT INTO reviews(card_id, rating, reviewed_at, duration_ms, answer, correct, state_before, kind_before)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                log,
            )
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()


def time_quizapp(folder: Path, answers: int) -> list[float]:
    store = Store.open(folder)
    session = ReviewSession(store, SystemClock())
    times = []
    for i in range(answers):
        t0 = time.perf_counter()
        row = session.next_card()
        session.answer(row.id, RATINGS[i % len(RATINGS)], duration_ms=4000)
        times.append((time.perf_counter() - t0) * 1000)
    store.close()
    return times


def open_first_card(folder: Path, size: int) -> float:
    ids = [f"card-{i:06d}" for i in range(size)]
    t0 = time.perf_counter()
    store = Store.open(folder)
    store.sync_items(ids)  # what the app does on opening: check the content against the store
    row = ReviewSession(store, SystemClock()).next_card()
    elapsed = time.perf_counter() - t0
    assert row is not None
    store.close()
    return elapsed


def build_anki(path: Path, size: int, with_history: bool):
    from anki.collection import AddNoteRequest, Collection

    col = Collection(str(path))
    col.set_config("fsrs", True)
    conf = col.decks.config_dict_for_deck_id(1)
    conf["new"]["perDay"] = 9999  # Anki caps daily limits at 9999
    conf["rev"]["perDay"] = 9999
    col.decks.update_config(conf)
    model = col.models.by_name("Basic")
    requests = []
    for i in range(size):
        note = col.new_note(model)
        note["Front"] = f"front {i}"
        note["Back"] = f"back {i}"
        requests.append(AddNoteRequest(note=note, deck_id=1))
    col.add_notes(requests)
    if with_history:
        rng = random.Random(1)
        today = col.sched.today
        card_ids = col.db.list("SELECT id FROM cards")
        col.db.executemany(
            "UPDATE cards SET type=2, queue=2, ivl=?, due=?, factor=2500, reps=10 WHERE id=?",
            [(10, today + int(rng.uniform(-30, 60)), cid) for cid in card_ids],
        )
        base = int(time.time() * 1000) - 200 * 86400 * 1000
        rows = []
        rid = base
        for cid in card_ids:
            for k in range(PAST_ANSWERS):
                rid += 1
                rows.append((rid, cid, -1, RATINGS[k], 10, 5, 2500, 5000, 1))
        col.db.executemany("INSERT INTO revlog(id, cid, usn, ease, ivl, lastIvl, factor, time, type) VALUES (?,?,?,?,?,?,?,?,?)", rows)
    col.close()


def time_anki(path: Path, answers: int) -> list[float]:
    from anki.cards import Card
    from anki.collection import Collection

    col = Collection(str(path))
    times = []
    for i in range(answers):
        t0 = time.perf_counter()
        queued = col.sched.get_queued_cards(fetch_limit=1)
        top = queued.cards[0]
        card = Card(col, backend_card=top.card)
        card.start_timer()
        # CardAnswer ratings count from 0 (AGAIN) where ours count from 1.
        answer = col.sched.build_answer(card=card, states=top.states, rating=RATINGS[i % len(RATINGS)] - 1)
        col.sched.answer_card(answer)
        times.append((time.perf_counter() - t0) * 1000)
    col.close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10000, 100000])
    parser.add_argument("--answers", type=int, default=500)
    args = parser.parse_args()
    try:
        import anki  # noqa: F401

        have_anki = True
    except ImportError:
        have_anki = False
        print("anki is not installed (pip install anki): Anki figures are null", file=sys.stderr)

    result: dict = {"sizes": {}, "open_first_card_s": None}
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            history = size >= 100000
            q_dir = Path(tmp) / f"q{size}"
            t0 = time.perf_counter()
            build_quizapp(q_dir, size, history)
            print(f"[{size}] quizapp collection built in {time.perf_counter() - t0:.1f}s", flush=True)
            if history:
                result["open_first_card_s"] = round(min(open_first_card(q_dir, size) for _ in range(3)), 4)
            q_ms = statistics.median(time_quizapp(q_dir, args.answers))
            a_ms = None
            if have_anki:
                a_path = Path(tmp) / f"a{size}" / "collection.anki2"
                a_path.parent.mkdir()
                t0 = time.perf_counter()
                build_anki(a_path, size, history)
                print(f"[{size}] anki collection built in {time.perf_counter() - t0:.1f}s", flush=True)
                a_ms = statistics.median(time_anki(a_path, args.answers))
            result["sizes"][str(size)] = {
                "quizapp_ms": round(q_ms, 3),
                "anki_ms": None if a_ms is None else round(a_ms, 3),
                "ratio": None if not a_ms else round(q_ms / a_ms, 3),
            }
            print(f"[{size}] quizapp {q_ms:.3f} ms, anki {a_ms if a_ms is None else round(a_ms, 3)} ms per answer", flush=True)
    print(json.dumps(result))


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    main()
