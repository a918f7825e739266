"""Fitting FSRS's weights to the learner's history with fsrs-rs: offered from MIN_REVIEWS on, kept
only when they predict that history better than the weights in use."""

import json
import math
import random
from datetime import datetime, timezone

import pytest

from quizapp.core.clock import FixedClock
from quizapp.core.optimize import MIN_REVIEWS, OptimizeError, optimize, readiness, training_items
from quizapp.core.review import ReviewSession
from quizapp.core.scheduler import make_fsrs_scheduler


def forgetful_history(store, days=40, cards=30):
    """A learner who forgets about four times faster than FSRS's default weights expect."""
    store.sync_items([f"card-{i}" for i in range(cards)])
    clock = FixedClock(datetime(2026, 1, 1, 10, tzinfo=timezone.utc))
    settings = store.load_settings()
    settings.new_per_day, settings.enable_fuzz = 10, False
    store.save_settings(settings)
    rng = random.Random(1)
    for _ in range(days):
        session = ReviewSession(store, clock)
        while (row := session.next_card()) is not None:
            if row.last_review is None:
                recall = 0.7
            else:
                elapsed = (clock.now() - row.last_review).total_seconds() / 86400
                recall = math.exp(-elapsed / max(0.3, row.stability * 0.25))
            session.answer(row.id, 3 if rng.random() < recall else 1)
        clock.advance(days=1)
    return clock


def test_not_offered_before_the_history_is_large_enough(store, clock):
    assert readiness(store).more_needed == MIN_REVIEWS
    with pytest.raises(OptimizeError, match=f"{MIN_REVIEWS} more are needed"):
        optimize(store, clock)
    assert store.load_settings().fsrs_parameters == []


def test_fitted_weights_are_kept_only_when_they_beat_the_current_ones(store):
    clock = forgetful_history(store)
    assert readiness(store).ready
    items = training_items(store, timezone.utc, 4)
    assert items and all(len(item.reviews) >= 2 for item in items)
    default = list(make_fsrs_scheduler(store.load_settings()).parameters)
    result = optimize(store, clock)
    assert result.kept and result.current == default
    assert result.fitted_log_loss < result.current_log_loss and result.fitted_rmse < result.current_rmse
    settings = store.load_settings()
    assert settings.fsrs_parameters == result.fitted and len(result.fitted) == 21
    # The scheduler now uses them.
    assert list(make_fsrs_scheduler(settings).parameters) == result.fitted
    # Fitting again finds nothing better than what is now in use: nothing changes.
    again = optimize(store, clock)
    assert not again.kept and again.current == result.fitted
    assert store.load_settings().fsrs_parameters == result.fitted


def test_cli_optimize_json(data_dir):
    from quizapp.core.store import Store
    from tests.test_cli_review import quizapp

    out = quizapp("--lang", "en", "optimize", "--json", data_dir=data_dir)
    assert out.returncode == 1 and "400 more are needed" in out.stderr
    assert json.loads(out.stdout) == {"ready": False, "reviews": 0, "more_needed": MIN_REVIEWS, "kept": False}
    store = Store.open(data_dir)
    try:
        forgetful_history(store)
    finally:
        store.close()
    out = quizapp("--lang", "ko", "optimize", data_dir=data_dir)
    assert out.returncode == 0, out.stderr
    assert "로그 손실" in out.stdout and "이제부터 씁니다" in out.stdout
    data = json.loads(quizapp("optimize", "--json", data_dir=data_dir).stdout)
    assert data["ready"] and data["kept"] is False
    assert data["current"]["log_loss"] <= data["fitted"]["log_loss"]
