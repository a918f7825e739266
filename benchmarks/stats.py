"""The Statistics view on a big collection: computing its numbers and drawing it, offscreen.

    .venv/bin/python benchmarks/stats.py [--cards 100000] [--answers 1000000] [--runs 5] [--keep DIR]

The collection: `--cards` flashcards spread over the real curriculum's concepts, each studied (a
random FSRS state, due from 30 days ago to 60 days ahead), and `--answers` review-log rows spread
over the past year, plus a few lab attempts. Built once per run in a temporary folder (or kept
in --keep DIR and reused), then timed: `stats.report()` (every number the view shows, from the
store), and the view drawing that report into an offscreen image (`StatsView.show_report` and a
full `grab()`). The first draw also pays for importing the chart library; it is given apart
(first_draw_ms), and render_ms is the median of --runs computes plus draws after it.

Last line: {"render_ms": ms, "compute_ms": ms, "draw_ms": ms, "first_draw_ms": ms}. Target: render_ms under 500.
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
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from quizapp.core.clock import FixedClock  # noqa: E402
from quizapp.core.review import ReviewSession, lab_card_id  # noqa: E402
from quizapp.core.store import LEARNING, NEW, REVIEW, Store, iso  # noqa: E402

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=timezone.utc)


def curriculum() -> object:
    from quizapp.core.content.loader import load_content

    return load_content(ROOT / "content").curriculum


def build(folder: Path, cards: int, answers: int, curriculum: object) -> None:
    """A studied collection of `cards` cards with `answers` answers over the past year."""
    store = Store.open(folder)
    if store.count_answers() >= answers:
        store.close()
        return
    rng = random.Random(15)
    ids = [f"card-{i:06d}" for i in range(cards)]
    store.sync_items(ids)
    store.sync_items([lab_card_id(lab.id) for lab in curriculum.labs], kind="lab")
    with store.transaction() as conn:
        rows = []
        for card_id in ids:
            if rng.random() < 0.1:
                continue  # some cards stay new
            due = NOW + timedelta(days=rng.uniform(-30, 60))
            stability = rng.uniform(0.5, 120)
            rows.append((REVIEW if rng.random() < 0.9 else LEARNING, stability, rng.uniform(1, 10), iso(due), iso(due - timedelta(days=stability)), card_id))
        conn.executemany(
            "UPDATE cards SET state=?, step=NULL, stability=?, difficulty=?, due=?, last_review=?, reps=10 WHERE id=?", rows
        )
        state_before = '{"state": 2}'
        year = 365 * 86400

        # In time order, as a learner's answers are written.
        offsets = sorted((rng.uniform(0, year) for _ in range(answers)), reverse=True)

        def log():
            for offset in offsets:
                when = NOW - timedelta(seconds=offset)
                kind = REVIEW if rng.random() < 0.8 else NEW
                rating = 1 if rng.random() < 0.12 else 3
                yield (ids[rng.randrange(cards)], rating, iso(when), 4000, None, int(rating > 1), state_before, kind)

        conn.executemany(
            "INSERT INTO reviews(card_id, rating, reviewed_at, duration_ms, answer, correct, state_before, kind_before)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            log(),
        )
    for i, lab in enumerate(curriculum.labs[:6]):
        attempt = store.start_lab_attempt(lab.id, NOW - timedelta(days=40 - i), str(folder), {})
        if i % 2 == 0:
            store.update_lab_attempt(attempt, passed_at=NOW - timedelta(days=40 - i))
    store.close()


def synthetic_collection(folder: Path, cards: int, curriculum: object) -> SimpleNamespace:
    """What stats.report reads of a collection: the store, the clock and a deck whose cards are
    spread over the curriculum's concepts (one or two each)."""
    concepts = curriculum.concept_ids
    deck_cards = [
        SimpleNamespace(id=f"card-{i:06d}", concepts=[concepts[i % len(concepts)]] + ([concepts[(i * 7) % len(concepts)]] if i % 3 == 0 else []))
        for i in range(cards)
    ]
    store = Store.open(folder)
    deck = SimpleNamespace(cards=deck_cards, curriculum=curriculum, concept_title=curriculum.concept_title)
    return SimpleNamespace(store=store, clock=FixedClock(NOW), deck=deck)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=100_000)
    parser.add_argument("--answers", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="build the collection here once and reuse it")
    parser.add_argument("--no-draw", action="store_true", help="time the numbers only")
    args = parser.parse_args(argv)

    from quizapp.core import stats

    cur = curriculum()
    tmp = None
    if args.keep is None:
        tmp = tempfile.TemporaryDirectory()
        folder = Path(tmp.name)
    else:
        folder = args.keep
        folder.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    build(folder, args.cards, args.answers, cur)
    print(f"collection: {args.cards} cards, {args.answers} answers, built in {time.perf_counter() - start:.1f} s", file=sys.stderr)
    collection = synthetic_collection(folder, args.cards, cur)
    session = ReviewSession(collection.store, collection.clock)

    view = None
    first_draw_ms = None
    if not args.no_draw:
        from quizapp.gui.app import ensure_app

        ensure_app()
        view = make_view(collection, folder)
        report = stats.report(collection, session)
        start = time.perf_counter()
        draw(view, report)
        first_draw_ms = (time.perf_counter() - start) * 1000

    computes, draws = [], []
    for _ in range(args.runs):
        start = time.perf_counter()
        report = stats.report(collection, session)
        computes.append((time.perf_counter() - start) * 1000)
        if view is not None:
            start = time.perf_counter()
            draw(view, report)
            draws.append((time.perf_counter() - start) * 1000)
    compute_ms = statistics.median(computes)
    draw_ms = statistics.median(draws) if draws else 0.0
    totals = [c + d for c, d in zip(computes, draws)] if draws else computes
    collection.store.close()
    if tmp is not None:
        tmp.cleanup()
    print(
        json.dumps(
            {
                "render_ms": round(statistics.median(totals), 1),
                "compute_ms": round(compute_ms, 1),
                "draw_ms": round(draw_ms, 1),
                "first_draw_ms": None if first_draw_ms is None else round(first_draw_ms, 1),
            }
        )
    )
    return 0


def make_view(collection: SimpleNamespace, folder: Path):
    """The Statistics view as the window builds it, on a study holding the collection."""
    from quizapp.gui.study import GuiOptions, Study
    from quizapp.gui.views.stats import StatsView
    from quizapp.gui.worker import TaskRunner

    study = Study(GuiOptions(data_dir=folder, lang="en", clock=collection.clock, docker=False), TaskRunner())
    study.collection = collection
    view = StatsView(study)
    view.resize(1010, 740)
    return view


def draw(view, report) -> None:
    view.show_report(report)
    view.grab()  # paints every chart into an image, as the screen would


if __name__ == "__main__":
    sys.exit(main())
