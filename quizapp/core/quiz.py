"""Quizzes: a number of questions drawn from chosen concepts, a section of the notes, or the
learner's weakest concepts, graded, scored by concept, and kept with their results.

A window or the terminal drives one `Quiz`:

    quiz = Quiz.start(collection, QuizChoice(concepts=("expose",), count=10, seed=1))
    while (q := quiz.current()) is not None and not quiz.expired():
        result = quiz.answer(answer, elapsed_s=...)   # graded; basic cards: answer is True/False (self-check)
    summary = quiz.finish()                           # QuizResult: score, by concept, missed with answers

Answers count as reviews through the review session (FSRS takes an early review into account)
unless `QuizChoice.schedule` is False. Suspended, buried and removed cards are never asked.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from quizapp.core.scheduler import make_fsrs_scheduler, to_fsrs_card

QUIZ_TYPES = ("choice", "cloze", "command", "order", "basic")
WEAKEST_CONCEPTS = 3  # how many concepts "my weakest" takes at least


class QuizError(ValueError):
    """The quiz cannot be made as asked; `text` says why in both languages."""

    def __init__(self, text: dict[str, str]):
        self.text = text
        super().__init__(text["en"])


@dataclass(frozen=True)
class QuizChoice:
    concepts: tuple[str, ...] = ()
    section: str | None = None
    weakest: bool = False
    count: int = 10
    seed: int | None = None
    minutes: float | None = None  # a time limit, or none
    schedule: bool = True  # answers also count as reviews

    def to_json(self) -> dict[str, Any]:
        return {
            "concepts": list(self.concepts),
            "section": self.section,
            "weakest": self.weakest,
            "count": self.count,
            "seed": self.seed,
            "minutes": self.minutes,
            "schedule": self.schedule,
        }


@dataclass(frozen=True)
class QuizQuestion:
    position: int  # 0-based
    card: Any  # a content model card
    concept_id: str  # the concept its result counts for


@dataclass(frozen=True)
class QuestionResult:
    position: int
    card_id: str
    concept_id: str
    correct: bool
    feedback: list[Any]  # grading Differences (empty for basic cards and right answers)
    expected: dict[str, str]  # the right answer, {ko, en}
    explanation: dict[str, str] | None
    review_id: int | None  # the review it counted as, when scheduled


@dataclass(frozen=True)
class ConceptScore:
    questions: int
    right: int


@dataclass(frozen=True)
class QuizResult:
    quiz_id: int
    questions: int  # answered
    right: int
    asked_of: int  # how many questions were drawn
    by_concept: dict[str, ConceptScore]
    missed: list[QuestionResult]
    results: list[QuestionResult]
    timed_out: bool

    def to_json(self) -> dict[str, Any]:
        """The terminal's last line with --json."""
        return {
            "questions": self.questions,
            "right": self.right,
            "by_concept": {cid: {"questions": s.questions, "right": s.right} for cid, s in self.by_concept.items()},
            "missed": [r.card_id for r in self.missed],
        }


@dataclass(frozen=True)
class ConceptStrength:
    concept_id: str
    retrievability: float  # the mean over its studied cards, 0..1
    studied: int  # cards with a schedule (never-answered cards have no retrievability)


# ---------------------------------------------------------------------------------------------
# Choosing


def concept_strengths(collection: Any, concept_ids: list[str] | None = None) -> list[ConceptStrength]:
    """Mean FSRS retrievability of each concept's studied cards now, weakest first. Concepts with
    no studied card are left out: nothing is known about them yet."""
    now = collection.clock.now()
    fsrs_scheduler = make_fsrs_scheduler(collection.store.load_settings())
    rows = {r.id: r for r in collection.store.answered_flashcards()}
    wanted = concept_ids if concept_ids is not None else collection.deck.curriculum.concept_ids
    out = []
    for concept_id in wanted:
        values = []
        for card in collection.deck.cards_for_concept(concept_id):
            row = rows.get(card.id)
            if row is None or row.stability is None or row.last_review is None:
                continue
            values.append(fsrs_scheduler.get_card_retrievability(to_fsrs_card(row, now), now))
        if values:
            out.append(ConceptStrength(concept_id, sum(values) / len(values), len(values)))
    out.sort(key=lambda s: (s.retrievability, s.concept_id))
    return out


def _chosen_concepts(collection: Any, choice: QuizChoice) -> list[str] | None:
    """The concept ids the choice allows (None: all), checked against the curriculum."""
    curriculum = collection.deck.curriculum
    known = curriculum.concept_ids
    unknown = [c for c in choice.concepts if c not in known]
    if unknown:
        raise QuizError(
            {
                "ko": f"--concept: 없는 개념입니다: {', '.join(unknown)} (`quizapp content stats` 가 개념 id를 보여 줍니다)",
                "en": f"--concept: unknown concept {', '.join(unknown)} (`quizapp content stats` lists the ids)",
            }
        )
    allowed: list[str] | None = list(choice.concepts) or None
    if choice.section:
        sections = list(dict.fromkeys(c.section for c in curriculum.concepts))
        wanted = choice.section.strip().casefold()
        matched = [s for s in sections if s.casefold() == wanted] or [s for s in sections if wanted in s.casefold()]
        if not matched:
            raise QuizError(
                {
                    "ko": f"--section: '{choice.section}' 절이 없습니다. 절: {' / '.join(sections)}",
                    "en": f"--section: no section '{choice.section}'. Sections: {' / '.join(sections)}",
                }
            )
        in_section = [c.id for c in curriculum.concepts if c.section in matched]
        allowed = [c for c in allowed if c in in_section] if allowed else in_section
    return allowed


def _pool(collection: Any, concept_ids: list[str] | None) -> list[Any]:
    shown = collection.store.studied_card_ids()
    wanted = set(concept_ids) if concept_ids is not None else None
    return [
        card
        for card in collection.deck.cards
        if card.type in QUIZ_TYPES and card.id in shown and (wanted is None or wanted.intersection(card.concepts))
    ]


def choose_questions(collection: Any, choice: QuizChoice) -> list[QuizQuestion]:
    """Up to `choice.count` cards, a mix of the types (each type in turn, each drawn at random)."""
    if choice.count < 1:
        raise QuizError({"ko": "--count 는 1 이상이어야 합니다.", "en": "--count must be at least 1."})
    allowed = _chosen_concepts(collection, choice)
    if choice.weakest:
        strengths = concept_strengths(collection, allowed)
        if not strengths:
            raise QuizError(
                {
                    "ko": "아직 복습한 카드가 없어 약한 개념을 알 수 없습니다. 먼저 복습해 보세요.",
                    "en": "No card has been reviewed yet, so no concept is known to be weak: review some cards first.",
                }
            )
        # The weakest concepts, as many as it takes to fill the quiz (at least WEAKEST_CONCEPTS).
        allowed = []
        for strength in strengths:
            allowed.append(strength.concept_id)
            if len(allowed) >= WEAKEST_CONCEPTS and len(_pool(collection, allowed)) >= choice.count:
                break
    pool = _pool(collection, allowed)
    if not pool:
        raise QuizError(
            {"ko": "고른 범위에 문제로 낼 카드가 없습니다.", "en": "There are no cards to ask in what you chose."}
        )
    rng = random.Random(choice.seed)
    by_type: dict[str, list[Any]] = {}
    for card in pool:
        by_type.setdefault(card.type, []).append(card)
    for cards in by_type.values():
        rng.shuffle(cards)
    types = sorted(by_type)
    rng.shuffle(types)
    drawn: list[Any] = []
    while len(drawn) < choice.count and any(by_type.values()):
        for card_type in types:
            if by_type[card_type] and len(drawn) < choice.count:
                drawn.append(by_type[card_type].pop())
    chosen = set(allowed or ())
    return [
        QuizQuestion(i, card, next((c for c in card.concepts if c in chosen), card.concepts[0]))
        for i, card in enumerate(drawn)
    ]


# ---------------------------------------------------------------------------------------------
# Asking


def expected_answer(card: Any) -> dict[str, str]:
    """The right answer to a card as text, in both languages."""
    if card.type == "command":
        return {"ko": card.answer, "en": card.answer}
    if card.type == "cloze":
        text = " / ".join(b[0] for b in card.blanks)
        return {"ko": text, "en": text}
    if card.type == "choice":
        return {lang: ", ".join(o.text.get(lang) for o in card.options if o.correct) for lang in ("ko", "en")}
    if card.type == "order":
        return {lang: " → ".join(i.get(lang) for i in card.items) for lang in ("ko", "en")}
    return card.answer.as_dict()


@dataclass
class Quiz:
    """One quiz in progress. Each answer is committed when given."""

    collection: Any
    choice: QuizChoice
    quiz_id: int
    questions: list[QuizQuestion]
    started_at: datetime
    results: list[QuestionResult] = field(default_factory=list)
    _session: Any = None

    @classmethod
    def start(cls, collection: Any, choice: QuizChoice) -> "Quiz":
        """Draw the questions and record the quiz; raises QuizError when nothing can be asked."""
        questions = choose_questions(collection, choice)
        now = collection.clock.now()
        quiz_id = collection.store.start_quiz(now, choice.to_json(), choice.schedule)
        return cls(collection, choice, quiz_id, questions, now)

    def current(self) -> QuizQuestion | None:
        """The next question to answer, or None when all are answered."""
        n = len(self.results)
        return self.questions[n] if n < len(self.questions) else None

    def deadline(self) -> datetime | None:
        return self.started_at + timedelta(minutes=self.choice.minutes) if self.choice.minutes else None

    def time_left(self) -> timedelta | None:
        deadline = self.deadline()
        return None if deadline is None else max(timedelta(0), deadline - self.collection.clock.now())

    def expired(self) -> bool:
        deadline = self.deadline()
        return deadline is not None and self.collection.clock.now() >= deadline

    def answer(self, answer: Any, *, elapsed_s: float | None = None) -> QuestionResult:
        """Grade the current question's answer (a basic card's answer: True if the learner knew it),
        record it, and count it as a review unless the quiz is unscheduled."""
        question = self.current()
        if question is None:
            raise IndexError("the quiz has no question left")
        card = question.card
        if card.type == "basic":
            correct, feedback, rating = bool(answer), [], 3 if answer else 1
        else:
            grade = self.collection.grade(card, answer, elapsed_s)
            correct, feedback, rating = grade.correct, list(grade.feedback), grade.proposed_rating
        stored = json.dumps(answer, ensure_ascii=False)
        review_id = None
        if self.choice.schedule:
            if self._session is None:
                self._session = self.collection.session()
            duration = None if elapsed_s is None else int(elapsed_s * 1000)
            review_id = self._session.answer(card.id, rating, duration_ms=duration, answer=stored, correct=correct).review_id
        self.collection.store.record_quiz_answer(
            self.quiz_id,
            position=question.position,
            card_id=card.id,
            concept_id=question.concept_id,
            answer=stored,
            correct=correct,
            answered_at=self.collection.clock.now(),
            review_id=review_id,
        )
        result = QuestionResult(
            position=question.position,
            card_id=card.id,
            concept_id=question.concept_id,
            correct=correct,
            feedback=feedback,
            expected=expected_answer(card),
            explanation=card.explanation.as_dict() if card.explanation is not None else None,
            review_id=review_id,
        )
        self.results.append(result)
        return result

    def finish(self) -> QuizResult:
        """End the quiz (all answered, cut short, or out of time) and score it."""
        self.collection.store.finish_quiz(self.quiz_id, self.collection.clock.now())
        by_concept: dict[str, ConceptScore] = {}
        for r in self.results:
            before = by_concept.get(r.concept_id, ConceptScore(0, 0))
            by_concept[r.concept_id] = ConceptScore(before.questions + 1, before.right + int(r.correct))
        right = sum(r.correct for r in self.results)
        return QuizResult(
            quiz_id=self.quiz_id,
            questions=len(self.results),
            right=right,
            asked_of=len(self.questions),
            by_concept=by_concept,
            missed=[r for r in self.results if not r.correct],
            results=list(self.results),
            timed_out=self.expired(),
        )


@dataclass(frozen=True)
class ConceptQuizHistory:
    quiz_id: int
    started_at: datetime
    questions: int
    right: int


def concept_history(store: Any, concept_id: str) -> list[ConceptQuizHistory]:
    """Each quiz that asked about `concept_id`, oldest first, with its score on the concept."""
    return [ConceptQuizHistory(*row) for row in store.concept_quiz_history(concept_id)]
