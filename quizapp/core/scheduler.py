"""FSRS scheduling through the `fsrs` library: this module only translates between our stored
card rows and fsrs.Card, it does not re-implement the algorithm."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

from quizapp.core.lazy import LazyModule
from quizapp.core.ratings import AGAIN, EASY, GOOD, HARD, RATINGS
from quizapp.core.settings import Settings
from quizapp.core.store import LEARNING, NEW, RELEARNING, REVIEW, CardRow

# Imported when a card is first answered or previewed: finding the first card does not need it.
fsrs = LazyModule("fsrs")


def make_fsrs_scheduler(settings: Settings) -> fsrs.Scheduler:
    return fsrs.Scheduler(
        desired_retention=settings.desired_retention,
        learning_steps=tuple(timedelta(minutes=m) for m in settings.learning_steps_min),
        relearning_steps=tuple(timedelta(minutes=m) for m in settings.relearning_steps_min),
        maximum_interval=settings.maximum_interval_days,
        enable_fuzzing=settings.enable_fuzz,
        **({"parameters": tuple(settings.fsrs_parameters)} if settings.fsrs_parameters else {}),
    )


def to_fsrs_card(row: CardRow, now: datetime) -> fsrs.Card:
    if row.state == NEW:
        return fsrs.Card(card_id=0, state=fsrs.State.Learning, step=0, due=now)
    return fsrs.Card(
        card_id=0,
        state=fsrs.State(row.state),
        step=row.step,
        stability=row.stability,
        difficulty=row.difficulty,
        due=row.due,
        last_review=row.last_review,
    )


class Scheduler:
    """Answers a card row with a rating, returning the new row; nothing is written here."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self._made: fsrs.Scheduler | None = None

    @property
    def _fsrs(self) -> fsrs.Scheduler:
        if self._made is None:
            self._made = make_fsrs_scheduler(self.settings)
        return self._made

    def answer(self, row: CardRow, rating: int, now: datetime) -> CardRow:
        if rating not in RATINGS:
            raise ValueError(f"rating must be 1 (Again) to 4 (Easy), not {rating!r}")
        now = now.astimezone(timezone.utc)
        card, _log = self._fsrs.review_card(to_fsrs_card(row, now), fsrs.Rating(rating), review_datetime=now)
        lapses = row.lapses + (1 if rating == AGAIN and row.state in (REVIEW, RELEARNING) else 0)
        return replace(
            row,
            state=int(card.state),
            step=card.step,
            stability=card.stability,
            difficulty=card.difficulty,
            due=card.due,
            last_review=card.last_review,
            reps=row.reps + 1,
            lapses=lapses,
            leech=row.leech or lapses >= self.settings.leech_threshold,
        )

    def preview(self, row: CardRow, now: datetime) -> dict[int, timedelta]:
        """What each rating would give: the time until the card is due again.

        Previews do not fuzz, so the buttons show the same figures each time the card is shown.
        """
        quiet = Scheduler(replace(self.settings, enable_fuzz=False))
        return {r: quiet.answer(row, r, now).due - now.astimezone(timezone.utc) for r in RATINGS}


def format_interval(delta: timedelta, lang: str = "en") -> str:
    """A short human interval for rating buttons: 1m, 10m, 3h, 4d, 2mo, 1.5y (Korean: 1분, 10분, ...)."""
    seconds = max(0, delta.total_seconds())
    units_en = (("y", 365 * 86400), ("mo", 30 * 86400), ("d", 86400), ("h", 3600), ("m", 60))
    units_ko = (("년", 365 * 86400), ("개월", 30 * 86400), ("일", 86400), ("시간", 3600), ("분", 60))
    units = units_ko if lang == "ko" else units_en
    for name, size in units:
        if seconds >= size:
            value = seconds / size
            text = f"{value:.1f}".rstrip("0").rstrip(".") if value < 10 and size >= 30 * 86400 else f"{round(value)}"
            return f"{text}{name}"
    return "<1" + units[-1][0]


__all__ = ["Scheduler", "make_fsrs_scheduler", "format_interval", "AGAIN", "HARD", "GOOD", "EASY", "NEW", "LEARNING", "REVIEW", "RELEARNING"]
