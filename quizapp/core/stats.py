"""The numbers behind the Statistics view: what comes due, how often the learner studied, how much
they remember, which concepts are weakest, how far through the labs they are.

Plain data from the store (named queries in quizapp.core.store) and the content; nothing here
draws. Days are study days: they start at `Settings.day_start_hour` in the clock's time zone, as
the review queue's do.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Iterable

import numpy  # a dependency of pyqtgraph, the Statistics view's charts

from quizapp.core.review import LAB_PREFIX, study_day_bounds
from quizapp.core.scheduler import make_fsrs_scheduler
from quizapp.core.settings import Settings
from quizapp.core.store import NEW, STATE_NAMES, Store

FORECAST_DAYS = 30
CALENDAR_DAYS = 365
RETENTION_WEEKS = 26

# The curriculum's sections are the headings of the learner's (Korean) notes; their English.
SECTION_TITLES_EN = {
    "컨테이너 VS 이미지": "Containers vs images",
    "이미지 빌드": "Building images",
    "이미지 빌드, 관리": "Building and managing images",
    "Dockerfile": "Dockerfile",
    "레이어": "Layers",
    "직접 실행": "Running containers",
    "관리": "Managing images and containers",
    "python과 도커": "Python and Docker",
    "삭제": "Removing images and containers",
    "기타": "Other",
    "네이밍": "Naming images and containers",
    "이미지 공유": "Sharing images",
    "정리": "Summary",
}


def section_title(section: str, lang: str) -> str:
    """A section heading in `lang`; an unknown heading is shown as written."""
    return SECTION_TITLES_EN.get(section, section) if lang == "en" else section


@dataclass(frozen=True)
class WeekRetention:
    start: date  # the week's first study day
    passed: int
    answered: int

    @property
    def rate(self) -> float | None:
        """Share of review answers passed (Hard, Good or Easy); None for a week without any."""
        return self.passed / self.answered if self.answered else None


@dataclass(frozen=True)
class ConceptMastery:
    concept_id: str
    section: str
    cards: int  # visible cards about the concept
    studied: int  # of which answered at least once
    mean_retrievability: float | None  # over the studied cards; None before any

    @property
    def started(self) -> bool:
        return self.mean_retrievability is not None


@dataclass(frozen=True)
class SectionMastery:
    section: str
    concepts: list[ConceptMastery]  # weakest first, then the ones not started
    mean_retrievability: float | None  # over every studied card of the section


@dataclass(frozen=True)
class LabProgress:
    lab_id: str
    title: Any  # content Text
    attempts: int
    passed: int  # attempts passed
    state: str  # the lab's own schedule: new, learning, review, relearning
    due: datetime | None


@dataclass
class StatsReport:
    today: date
    # Cards due on each of the next FORECAST_DAYS study days, today first (today takes the overdue).
    forecast: list[int]
    # Answers per study day, oldest first, the last one today.
    calendar: list[int]
    retention: list[WeekRetention]  # oldest week first, the last one ending today
    desired_retention: float
    mastery: list[SectionMastery]  # weakest section first
    labs: list[LabProgress]
    # Today's numbers, as the view's summary shows them.
    counts: Any = None  # quizapp.core.review.DueCounts
    total_cards: int = 0
    streak: int = 0


# ----- the parts ------------------------------------------------------------------------------
def day_starts(now: datetime, day_start_hour: int, first: int, count: int) -> list[datetime]:
    """Starts of `count` + 1 consecutive study days, the first `first` days from today's (negative:
    before it); the last is the end of the last day."""
    today_start, _ = study_day_bounds(now, day_start_hour)
    return [today_start + timedelta(days=first + i) for i in range(count + 1)]


def forecast(store: Store, now: datetime, day_start_hour: int, days: int = FORECAST_DAYS) -> list[int]:
    ends = day_starts(now, day_start_hour, 1, days - 1)
    return store.count_cards_due_by(ends)


def calendar(store: Store, now: datetime, day_start_hour: int, days: int = CALENDAR_DAYS) -> list[int]:
    return store.count_answers_between(day_starts(now, day_start_hour, 1 - days, days))


def streak(calendar_counts: list[int]) -> int:
    """Consecutive study days ending today, or ending yesterday while today is not done yet."""
    days = list(calendar_counts)
    if days and days[-1] == 0:
        days.pop()
    n = 0
    while days and days.pop() > 0:
        n += 1
    return n


def retention_by_week(store: Store, now: datetime, day_start_hour: int, weeks: int = RETENTION_WEEKS) -> list[WeekRetention]:
    starts = day_starts(now, day_start_hour, 1 - 7 * weeks, 7 * weeks)[::7]
    counts = store.count_review_passes_between(starts)
    return [WeekRetention(start.date(), passed, answered) for start, (passed, answered) in zip(starts, counts)]


class Forgetting:
    """FSRS's forgetting curve with the scheduler's own parameters: the chance of recalling a card
    `elapsed_days` after its last answer, given its stability. It is the formula of
    fsrs.Scheduler.get_card_retrievability (tests compare the two), applied to plain numbers:
    building an fsrs.Card per card takes 0.6 s for 100,000 cards."""

    def __init__(self, settings: Settings):
        scheduler = make_fsrs_scheduler(settings)
        self.decay = -scheduler.parameters[20]
        self.factor = 0.9 ** (1 / self.decay) - 1

    def retrievability(self, stability: float, elapsed_days: int) -> float:
        return (1 + self.factor * max(0, elapsed_days) / stability) ** self.decay

    def retrievabilities(self, stabilities: Any, elapsed_days: Any) -> Any:
        """retrievability over numpy arrays (elapsed days already at least 0): 90,000 cards in
        2 ms against 70 ms one by one."""
        return (1 + self.factor * numpy.asarray(elapsed_days, dtype=float) / numpy.asarray(stabilities, dtype=float)) ** self.decay


def concept_mastery(
    store: Store, cards: Iterable[Any], concepts: Iterable[Any], now: datetime, settings: Settings
) -> list[SectionMastery]:
    """Mean retrievability per concept over its studied cards, grouped by section, weakest first.

    `cards` are content cards (each with `id` and `concepts`), `concepts` the curriculum's (each
    with `id` and `section`), in curriculum order: concepts not started keep that order, after
    the started ones."""
    cards = list(cards)
    concepts = list(concepts)
    concepts_of = {card.id: card.concepts for card in cards}
    counts = Counter(concept_id for card in cards for concept_id in card.concepts)
    index = {concept.id: i for i, concept in enumerate(concepts)}
    ages = store.memory_ages(now)
    # One (row, concept) pair per studied card and concept, in the store's row order so that the
    # sums add up in the order a plain loop would.
    rows: list[int] = []
    about: list[int] = []
    for row, (card_id, _, _) in enumerate(ages):
        for concept_id in concepts_of.get(card_id, ()):
            i = index.get(concept_id)
            if i is not None:
                rows.append(row)
                about.append(i)
    _, stabilities, elapsed_days = zip(*ages) if ages else ((), (), ())
    retrievability = Forgetting(settings).retrievabilities(stabilities, elapsed_days)
    about_array = numpy.asarray(about, dtype=numpy.intp)
    concept_sums = numpy.bincount(about_array, weights=retrievability[numpy.asarray(rows, dtype=numpy.intp)], minlength=len(concepts))
    concept_studied = numpy.bincount(about_array, minlength=len(concepts))
    sums = {concept.id: float(concept_sums[i]) for i, concept in enumerate(concepts) if concept_studied[i]}
    studied = {concept.id: int(concept_studied[i]) for i, concept in enumerate(concepts) if concept_studied[i]}
    sections: dict[str, list[ConceptMastery]] = {}
    section_sums: dict[str, list[float]] = {}
    for concept in concepts:
        n = studied.get(concept.id, 0)
        mean = sums[concept.id] / n if n else None
        sections.setdefault(concept.section, []).append(ConceptMastery(concept.id, concept.section, counts.get(concept.id, 0), n, mean))
        total = section_sums.setdefault(concept.section, [0.0, 0])
        total[0] += sums.get(concept.id, 0.0)
        total[1] += n
    out = []
    for section, members in sections.items():
        total, n = section_sums[section]
        ordered = sorted(members, key=lambda c: (not c.started, c.mean_retrievability or 0.0))
        out.append(SectionMastery(section, ordered, total / n if n else None))
    out.sort(key=lambda s: (s.mean_retrievability is None, s.mean_retrievability or 0.0))
    return out


def lab_progress(store: Store, labs: Iterable[Any]) -> list[LabProgress]:
    """Each curriculum lab (with `id` and `title`), in curriculum order."""
    attempts = store.lab_attempt_counts()
    rows = {r.id: r for r in store.lab_cards()}
    out = []
    for lab in labs:
        tried, passed = attempts.get(lab.id, (0, 0))
        row = rows.get(LAB_PREFIX + lab.id)
        state = STATE_NAMES.get(row.state, "new") if row is not None else "new"
        due = row.due if row is not None and row.state != NEW else None
        out.append(LabProgress(lab.id, lab.title, tried, passed, state, due))
    return out


# ----- everything -----------------------------------------------------------------------------
def report(collection: Any, session: Any) -> StatsReport:
    """Every number the Statistics view shows, for `collection` at its clock's now."""
    store: Store = collection.store
    settings: Settings = session.settings
    now = collection.clock.now()
    hour = settings.day_start_hour
    curriculum = collection.deck.curriculum
    days = calendar(store, now, hour)
    today_start, _ = study_day_bounds(now, hour)
    return StatsReport(
        today=today_start.date(),
        forecast=forecast(store, now, hour),
        calendar=days,
        retention=retention_by_week(store, now, hour),
        desired_retention=settings.desired_retention,
        mastery=concept_mastery(store, collection.deck.cards, curriculum.concepts, now, settings),
        labs=lab_progress(store, curriculum.labs),
        counts=session.counts(),
        total_cards=store.count_flashcards(),
        streak=streak(days),
    )
