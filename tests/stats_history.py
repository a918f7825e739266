"""A made-up learner's history, for the Statistics view's tests and screenshots.

    .venv/bin/python tests/stats_history.py DATA_DIR [--days 90] [--seed 15]
    .venv/bin/quizapp --data-dir DATA_DIR --lang ko --screenshot docs/screenshots/stats.png --view stats
    .venv/bin/python tests/stats_history.py DATA_DIR --page docs/screenshots/stats-page-ko.png --lang ko

The last renders the whole Statistics page, scrolled parts included (the window's screenshot
shows what fits in the window).

The learner studies the real deck through the real review session, on most days of the last
`days` (ending now): the due cards, then new ones up to the daily limit. Whether they remember a
card is drawn with the card's own chance of recall (FSRS retrievability), so retention comes out
near the retention asked for and the weak concepts are the ones with fewer, shakier answers.
Some labs are passed, one given up on.
"""

from __future__ import annotations

import argparse
import random
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def make_history(data_dir: Path, *, days: int = 90, seed: int = 15, now: datetime | None = None, content_dir: Path | None = None) -> dict[str, int]:
    """Fill `data_dir` with `days` days of study ending at `now`; returns what was made."""
    from quizapp.core.clock import FixedClock
    from quizapp.core.collection import Collection
    from quizapp.core.review import record_lab_result
    from quizapp.core.scheduler import make_fsrs_scheduler, to_fsrs_card
    from quizapp.core.settings import Settings
    from quizapp.core.store import NEW

    now = now or datetime.now(timezone.utc).astimezone()
    rng = random.Random(seed)
    start = now - timedelta(days=days)
    clock = FixedClock(start.replace(hour=9, minute=0, second=0, microsecond=0))
    answers = 0
    with Collection.open(data_dir, clock=clock, content_dir=content_dir or ROOT / "content", backup=False) as collection:
        settings = Settings(new_per_day=8, enable_fuzz=True)
        collection.store.save_settings(settings)
        recall = make_fsrs_scheduler(settings)
        # Some concepts are harder for this learner: their cards are forgotten more often.
        hard = {c.id for c in collection.deck.curriculum.concepts if rng.random() < 0.25}
        labs = list(collection.deck.curriculum.labs)
        for day in range(days + 1):  # the last one is today, studied an hour ago at the latest
            when = start.replace(hour=9, minute=0, second=0, microsecond=0) + timedelta(days=day, minutes=rng.randint(0, 600))
            clock.set(min(when, now - timedelta(hours=1)))
            if rng.random() < 0.15:
                continue  # a day off
            session = collection.session()
            for _ in range(150):
                row = session.next_card()
                if row is None:
                    break
                card = collection.card(row.id)
                if row.state == NEW:
                    chance = 0.75
                else:
                    chance = recall.get_card_retrievability(to_fsrs_card(row, clock.now()), clock.now())
                if card is not None and hard.intersection(card.concepts):
                    chance *= 0.9
                rating = (4 if rng.random() < 0.15 else 3) if rng.random() < chance else 1
                session.answer(row.id, rating, duration_ms=rng.randint(2000, 15000))
                answers += 1
                clock.advance(seconds=rng.randint(5, 40))
            if labs and day % 9 == 4:
                lab = labs.pop(0)
                attempt = collection.store.start_lab_attempt(lab.id, clock.now(), str(data_dir), {})
                gave_up = rng.random() < 0.25
                if not gave_up:
                    collection.store.update_lab_attempt(attempt, passed_at=clock.now())
                collection.store.end_lab_attempt(attempt, clock.now(), "gave_up" if gave_up else "passed")
                record_lab_result(collection.store, lab.id, 1 if gave_up else 3, clock.now(), settings)
    return {"answers": answers}


def render_page(data_dir: Path, out: Path, lang: str) -> int:
    """The whole Statistics page, as tall as its content, to a PNG."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from quizapp.cli.gui import open_window, render_view
    from quizapp.gui.study import GuiOptions

    _app, window = open_window(GuiOptions(data_dir=data_dir, lang=lang, docker=False), "stats")
    try:
        render_view(window, "stats")
        page = window.view("stats").scroll.widget()
        if not page.grab().save(str(out)):
            print(f"cannot write {out}", file=sys.stderr)
            return 1
    finally:
        window.shutdown()
    print(out)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--days", type=int, default=90)
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--page", type=Path, help="render the whole Statistics page of DATA_DIR to this PNG instead")
    parser.add_argument("--lang", default="ko", choices=("ko", "en"))
    args = parser.parse_args()
    if args.page is not None:
        return render_page(args.data_dir, args.page, args.lang)
    if (args.data_dir / "quizapp.sqlite3").exists():
        print(f"{args.data_dir} already holds a database; give an empty folder", file=sys.stderr)
        return 2
    made = make_history(args.data_dir, days=args.days, seed=args.seed)
    print(f"{made['answers']} answers over {args.days} days in {args.data_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
