"""Fitting FSRS's weights to the learner's own review history, as Anki's Optimize does, with
`fsrs-rs-python` (Anki's Rust FSRS engine; no torch).

- `readiness(store)`: whether the history is large enough yet, and how many more reviews it needs.
- `optimize(store, clock)`: fit, then compare the fitted weights with the ones in use on the same
  history (log loss and RMSE); the fitted ones are kept (Settings.fsrs_parameters, which the
  scheduler reads) only when their log loss is lower. Returns an OptimizeResult either way.

The history is each flashcard's answers in order, each with the number of study days since the
one before (0 for the first and for answers on the same study day), as fsrs-rs wants it: one
training item per answer given a day or more after the previous one.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

import fsrs
import fsrs_rs_python as fsrs_rs

MIN_REVIEWS = 400  # flashcard answers before fitting is offered (Anki asks for a few hundred too)


@dataclass(frozen=True)
class Readiness:
    reviews: int
    needed: int

    @property
    def ready(self) -> bool:
        return self.reviews >= self.needed

    @property
    def more_needed(self) -> int:
        return max(0, self.needed - self.reviews)


@dataclass(frozen=True)
class OptimizeResult:
    reviews: int
    items: int  # training items made from them
    current: list[float]  # the weights in use before
    fitted: list[float]
    current_log_loss: float
    current_rmse: float
    fitted_log_loss: float
    fitted_rmse: float
    kept: bool  # the fitted weights are now in use

    def to_json(self) -> dict[str, Any]:
        return {
            "reviews": self.reviews,
            "items": self.items,
            "current": {"log_loss": self.current_log_loss, "rmse": self.current_rmse, "parameters": self.current},
            "fitted": {"log_loss": self.fitted_log_loss, "rmse": self.fitted_rmse, "parameters": self.fitted},
            "kept": self.kept,
        }


class OptimizeError(Exception):
    """Fitting could not be done; `text` says why in both languages."""

    def __init__(self, text: dict[str, str]):
        self.text = text
        super().__init__(text["en"])


def flashcard_reviews(store: Any) -> int:
    return store.count_flashcard_answers()


def readiness(store: Any, needed: int = MIN_REVIEWS) -> Readiness:
    return Readiness(flashcard_reviews(store), needed)


def _study_day(when: datetime, tz: Any, day_start_hour: int) -> int:
    local = when.astimezone(tz) - timedelta(hours=day_start_hour)
    return local.date().toordinal()


def training_items(store: Any, tz: Any, day_start_hour: int) -> list[Any]:
    """fsrs-rs items from the review log (see the module's docstring)."""
    by_card: dict[str, list[tuple[int, int]]] = {}
    for card_id, rating, reviewed_at in store.flashcard_answer_history():
        by_card.setdefault(card_id, []).append((rating, _study_day(reviewed_at, tz, day_start_hour)))
    items = []
    for answers in by_card.values():
        reviews, gaps = [], []
        previous_day = None
        for rating, day in answers:
            gaps.append(0 if previous_day is None else day - previous_day)
            reviews.append(fsrs_rs.FSRSReview(rating, gaps[-1]))
            previous_day = day
        for end in range(1, len(reviews)):
            if gaps[end] > 0:
                items.append(fsrs_rs.FSRSItem(reviews[: end + 1]))
    return items


def optimize(store: Any, clock: Any, *, needed: int = MIN_REVIEWS) -> OptimizeResult:
    """Fit the weights and keep them when they beat the current ones. Raises OptimizeError when the
    history is too small (or too short for fsrs-rs to fit anything)."""
    ready = readiness(store, needed)
    if not ready.ready:
        raise OptimizeError(
            {
                "ko": f"복습 기록이 {ready.reviews}개입니다. 최적화하려면 {ready.more_needed}개가 더 필요합니다.",
                "en": f"{ready.reviews} reviews so far: {ready.more_needed} more are needed before the weights can be fitted.",
            }
        )
    settings = store.load_settings()
    items = training_items(store, clock.now().tzinfo, settings.day_start_hour)
    current = list(settings.fsrs_parameters) or list(fsrs.Scheduler().parameters)
    try:
        fitted = list(fsrs_rs.FSRS(current).compute_parameters(items))
        before = fsrs_rs.FSRS(current).evaluate(items)
        after = fsrs_rs.FSRS(fitted).evaluate(items)
    except Exception as exc:  # fsrs-rs raises plain errors for data it cannot fit (too few days apart)
        raise OptimizeError(
            {
                "ko": f"이 복습 기록으로는 가중치를 맞출 수 없습니다 ({exc}). 며칠 더 복습한 뒤 다시 해 보세요.",
                "en": f"The weights cannot be fitted to this history ({exc}); try again after a few more days of reviews.",
            }
        ) from exc
    kept = after.log_loss < before.log_loss
    if kept:
        fsrs.Scheduler(parameters=fitted)  # fsrs's own bounds check, before anything is saved
        store.save_settings(replace(settings, fsrs_parameters=fitted))
    return OptimizeResult(
        reviews=ready.reviews,
        items=len(items),
        current=current,
        fitted=fitted,
        current_log_loss=before.log_loss,
        current_rmse=before.rmse_bins,
        fitted_log_loss=after.log_loss,
        fitted_rmse=after.rmse_bins,
        kept=kept,
    )
