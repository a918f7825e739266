"""The clock is passed in: the scheduler and review session never read the time themselves,
so tests use a fixed clock and never sleep."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone, tzinfo
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """An aware datetime in the learner's local time zone."""


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(timezone.utc).astimezone()


class FixedClock:
    """A clock that moves only when told to."""

    def __init__(self, start: datetime, tz: tzinfo | None = None):
        if start.tzinfo is None:
            start = start.replace(tzinfo=tz or timezone.utc)
        self._now = start

    def now(self) -> datetime:
        return self._now

    def advance(self, **delta: float) -> datetime:
        self._now += timedelta(**delta)
        return self._now

    def set(self, when: datetime) -> None:
        self._now = when if when.tzinfo else when.replace(tzinfo=self._now.tzinfo)
