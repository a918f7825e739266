"""`quizapp review --terminal` and `quizapp stats --json`: the terminal front end on the core.

The terminal session reads one line per prompt, so it can be scripted through a pipe:
- basic cards: a line to reveal (Enter), then the rating 1-4;
- typed cards (command, cloze blanks one per line, choice letters like `a` or `a,c`, order as
  numbers like `3 1 2`): the answer, then Enter to take the proposed rating or 1-4 to change it.
  An empty answer is asked for again; `?` says "I don't know" (graded as Again).
At any prompt, `u` undoes the last answer and `q` (or end of input) quits.

A choice card's options are shuffled at every showing (the letters follow the order shown), and
before the answer a card names its concepts only by their short names: their titles state the
facts the cards ask for, so they come with the answer.
"""

from __future__ import annotations

import json
import random
import sys
import time
from typing import Any, Callable

from quizapp.core.i18n import pick
from quizapp.cli import gui
from quizapp.core.content.model import BLANK_RE
from quizapp.core.lazy import LazyModule
from quizapp.core.ratings import RATINGS, rating_name
from quizapp.core.review import card_question, concept_names, shuffled_options, shuffled_order
from quizapp.core.store import StoreError

# Only for the card that needs them (measured 2026-12-02 on the 2-core machine): the code
# highlighter (Pygments) 92 ms, the grader 83 ms, live command cards (the docker SDK) 39 ms.
highlight = LazyModule("quizapp.core.content.highlight")
grading_cards = LazyModule("quizapp.core.grading.cards")
live = LazyModule("quizapp.core.labs.live")
# Every command line start imports this module (to register its commands); the collection (own
# cards, pickle, tempfile) only a command that studies opens.
core_collection = LazyModule("quizapp.core.collection")

UI = {
    "reveal": {"ko": "[Enter] 답 보기  [u] 되돌리기  [q] 끝내기", "en": "[Enter] show answer  [u] undo  [q] quit"},
    "rate": {"ko": "평가 {ratings}", "en": "Rate {ratings}"},
    "rate_proposed": {"ko": "[Enter] 제안된 평가 {r}  또는 1-4", "en": "[Enter] take the proposed {r}, or 1-4"},
    "answer": {"ko": "답을 입력하세요 (모르면 ?)", "en": "Type your answer (? if you don't know)"},
    "blank": {"ko": "빈칸 {n} (모르면 ?)", "en": "Blank {n} (? if you don't know)"},
    "empty": {"ko": "답이 비어 있습니다. 답을 입력하거나, 모르면 ? 를 입력하세요.", "en": "The answer is empty. Type one, or ? if you don't know."},
    "bad_letters": {"ko": "{letters} 중에서 고르세요 (여럿이면 a,c처럼).", "en": "Choose from {letters} (several as a,c)."},
    "bad_order": {
        "ko": "1부터 {n}까지의 번호를 한 번씩 모두, 놓을 순서대로 입력하세요 (예: {example}).",
        "en": "Type each number from 1 to {n} once, in the order they go (e.g. {example}).",
    },
    "dont_know": {"ko": "모른다고 답했습니다.", "en": "You did not know this one."},
    "concept": {"ko": "개념", "en": "Concept"},
    "belongs": {"ko": "→ {n}번째 자리", "en": "→ belongs at {n}"},
    "done": {"ko": "오늘 볼 카드를 모두 마쳤습니다. {n}장 답했습니다.", "en": "All done for today. You answered {n} cards."},
    "undone": {"ko": "되돌렸습니다: {card}", "en": "Undone: {card}"},
    "nothing_to_undo": {"ko": "되돌릴 답이 없습니다.", "en": "Nothing to undo."},
    "leech": {
        "ko": "이 카드는 {n}번 잊어버려 '거머리 카드'로 표시했습니다. 카드를 다시 읽어 보세요.",
        "en": "You have forgotten this card {n} times; it is marked as a leech. Consider rewording it.",
    },
    "right": {"ko": "정답입니다.", "en": "Right."},
    "wrong": {"ko": "틀렸습니다.", "en": "Not quite."},
    "expected": {"ko": "정답", "en": "Answer"},
    "live_running": {"ko": "실제 도커에서 실행해 봅니다 (실습: {lab})…", "en": "Running it against the real daemon (lab: {lab})…"},
    "bad_rating": {"ko": "1, 2, 3, 4 중 하나를 입력하세요.", "en": "Type 1, 2, 3 or 4."},
    "counts": {
        "ko": "새 카드 {new} · 학습 중 {learning} · 복습 {review}",
        "en": "New {new} · Learning {learning} · Review {review}",
    },
    "cards": {"ko": "카드 {n}", "en": "Cards {n}"},
}


class _Quit(Exception):
    pass


class _Undo(Exception):
    pass


DONT_KNOW = object()  # the answer "?": the learner does not know


class TerminalReview:
    """Drives a ReviewSession from lines of text; `read` returns None at end of input."""

    def __init__(
        self,
        collection: Any,
        lang: str,
        read: Callable[[str], str | None],
        write: Callable[[str], None],
        rng: random.Random | None = None,
        live: bool = False,
        data_dir: Any = None,
    ):
        self.collection = collection
        # Live mode: a right answer to a live command card is also run against the daemon.
        self.live = live
        self.data_dir = data_dir
        self.session = collection.session()
        self.lang = lang
        self.read = read
        self.write = write
        self.rng = rng or random.Random()
        self.answered = 0

    def t(self, key: str, **kw: Any) -> str:
        return pick(UI[key], self.lang).format(**kw)

    def ask(self, prompt: str) -> str:
        line = self.read(prompt)
        if line is None:
            raise _Quit
        line = line.rstrip("\r\n")
        if line.strip().lower() == "q":
            raise _Quit
        if line.strip().lower() == "u":
            raise _Undo
        return line

    def run(self) -> int:
        while True:
            row = self.session.next_card()
            if row is None:
                self.write(self.t("done", n=self.answered))
                return 0
            card = self.collection.card(row.id)
            if card is None:  # in the store but not in the loaded content: hide from this session
                continue
            c = self.session.counts()
            self.write("")
            self.write(self.t("counts", new=c.new, learning=c.learning, review=c.review))
            try:
                self.study(card)
            except _Quit:
                self.write(self.t("done", n=self.answered))
                return 0
            except _Undo:
                undone = self.session.undo()
                if undone is None:
                    self.write(self.t("nothing_to_undo"))
                else:
                    self.answered -= 1
                    undone_card = self.collection.card(undone)
                    question = card_question(undone_card, self.lang) if undone_card is not None else undone
                    self.write(self.t("undone", card=question))

    # ----- one card -----------------------------------------------------------------------
    def show_front(self, card: Any) -> None:
        # The concepts' names only: a card id or a concept's title may state the answer.
        self.write(f"── {concept_names(card, self.collection.deck, self.lang)} ──")
        self.write(card.prompt.get(self.lang))
        if card.code is not None:
            self.write(highlight.to_ansi(card.code.source, card.code.lang) if sys.stdout.isatty() else card.code.source)

    def study(self, card: Any) -> None:
        self.show_front(card)
        started = time.monotonic()
        if card.type == "basic":
            self.ask(self.t("reveal"))
            self.write(f"{self.t('expected')}: {card.answer.get(self.lang)}")
            self.explain(card)
            rating = self.ask_rating(None)
            self.record(card, rating, started, answer=None, correct=None)
            return
        answer = self.read_answer(card)
        elapsed = time.monotonic() - started
        if answer is DONT_KNOW:
            grade = grading_cards.dont_know()
            self.write(self.t("dont_know"))
        else:
            grade = self.collection.grade(card, answer, elapsed)
            self.write(self.t("right") if grade.correct else self.t("wrong"))
        feedback = grade.feedback
        if card.type == "order" and answer is not DONT_KNOW and not grade.correct:
            # Every item out of place, with where it belongs (the grader names only those outside
            # the longest run already in order).
            for pos, index in enumerate(answer):
                text = card.items[index].get(self.lang)
                if index == pos:
                    self.write(f"  ✓ {pos + 1}. {text}")
                else:
                    self.write(f"  ✗ {pos + 1}. {text}  " + self.t("belongs", n=index + 1))
            feedback = [d for d in feedback if d.code != "order-misplaced"]
        if card.type == "choice":
            feedback = [d for d in feedback if d.code != "choice-missed"]  # the answer line says it
        for line in self.collection.feedback_lines(feedback, self.lang):
            self.write("  - " + line.replace("\n", "\n    "))
        self.write(f"{self.t('expected')}: {self.expected_text(card)}")
        self.explain(card)
        if self.live and card.type == "command" and card.live and grade.correct:
            for line in self.run_live(card, answer):
                self.write(line)
        rating = self.ask_rating(grade.proposed_rating)
        stored = None if answer is DONT_KNOW else json.dumps(answer, ensure_ascii=False)
        self.record(card, rating, started, answer=stored, correct=grade.correct)

    def run_live(self, card: Any, answer: str) -> list[str]:
        """Run the answer for real, judged by the card's lab checks, then cleaned up."""
        self.write(self.t("live_running", lab=card.lab))
        run = live.run_live_card(self.collection.store, card, answer, self.data_dir, self.collection.clock)
        return ["  " + line for line in run.lines(self.lang)]

    def explain(self, card: Any) -> None:
        """What comes with the answer: the explanation and the statements of the card's concepts."""
        if card.explanation is not None:
            self.write(card.explanation.get(self.lang))
        for concept_id in card.concepts:
            self.write(f"{self.t('concept')}: {self.collection.deck.concept_title(concept_id, self.lang)}")

    def ask_answer(self, prompt: str) -> Any:
        """One answer line: `?` is "I don't know"; an empty line is asked for again."""
        while True:
            line = self.ask(prompt)
            if line.strip() == "?":
                return DONT_KNOW
            if line.strip():
                return line
            self.write(self.t("empty"))

    def read_answer(self, card: Any) -> Any:
        """The learner's answer in the grader's shape, or DONT_KNOW."""
        if card.type == "command":
            return self.ask_answer(self.t("answer") + ": $ ")
        if card.type == "cloze":
            self.write(BLANK_RE.sub(lambda m: f"[{m.group(1)}]____", card.text.get(self.lang)))
            blanks = []
            for i in range(1, len(card.blanks) + 1):
                typed = self.ask_answer(self.t("blank", n=i) + ": ")
                if typed is DONT_KNOW:
                    return DONT_KNOW
                blanks.append(typed)
            return blanks
        if card.type == "choice":
            shown = shuffled_options(card, self.rng)
            letters = [chr(97 + i) for i in range(len(shown))]
            for letter, option in zip(letters, shown):
                self.write(f"  {letter}) {option.text.get(self.lang)}")
            while True:
                typed = self.ask_answer(self.t("answer") + ": ")
                if typed is DONT_KNOW:
                    return DONT_KNOW
                picked = typed.replace(",", " ").lower().split()
                if all(p in letters for p in picked):
                    return list(dict.fromkeys(shown[letters.index(p)].id for p in picked))
                self.write(self.t("bad_letters", letters=", ".join(letters)))
        if card.type == "order":
            shown = shuffled_order(len(card.items), self.rng)
            for n, index in enumerate(shown, 1):
                self.write(f"  {n}. {card.items[index].get(self.lang)}")
            count = len(shown)
            while True:
                typed = self.ask_answer(self.t("answer") + ": ")
                if typed is DONT_KNOW:
                    return DONT_KNOW
                numbers = typed.replace(",", " ").split()
                if sorted(numbers) == sorted(str(n) for n in range(1, count + 1)):
                    return [shown[int(n) - 1] for n in numbers]
                self.write(self.t("bad_order", n=count, example=" ".join(str(n) for n in range(count, 0, -1))))
        raise ValueError(f"unknown card type {card.type!r}")

    def expected_text(self, card: Any) -> str:
        if card.type == "command":
            return card.answer
        if card.type == "cloze":
            return " / ".join(b[0] for b in card.blanks)
        if card.type == "choice":
            return ", ".join(o.text.get(self.lang) for o in card.options if o.correct)
        if card.type == "order":
            return " → ".join(i.get(self.lang) for i in card.items)
        return ""

    def ask_rating(self, proposed: int | None) -> int:
        while True:
            if proposed is None:
                line = self.ask(self.t("rate", ratings=" · ".join(f"{r} {rating_name(r, self.lang)}" for r in RATINGS)) + ": ")
            else:
                line = self.ask(self.t("rate_proposed", r=f"{proposed} {rating_name(proposed, self.lang)}") + ": ")
                if not line.strip():
                    return proposed
            if line.strip() in {str(r) for r in RATINGS}:
                return int(line.strip())
            self.write(self.t("bad_rating"))

    def record(self, card: Any, rating: int, started: float, *, answer: str | None, correct: bool | None) -> None:
        duration_ms = int((time.monotonic() - started) * 1000)
        result = self.session.answer(card.id, rating, duration_ms=duration_ms, answer=answer, correct=correct)
        self.answered += 1
        if result.became_leech:
            self.write(self.t("leech", n=result.card.lapses))


def _open_collection(ctx: Any) -> Any:
    try:
        collection = core_collection.Collection.open(ctx.data_dir)
    except StoreError as exc:
        print(f"quizapp: {exc}", file=sys.stderr)
        return None
    for warning in collection.warnings():
        print(pick(warning, ctx.lang), file=sys.stderr)
    return collection


def run_review(args: Any, ctx: Any) -> int:
    if not args.terminal:
        return gui.launch(args, ctx, view="review")
    collection = _open_collection(ctx)
    if collection is None:
        return 2
    read = line_reader()

    with collection:
        review = TerminalReview(collection, ctx.lang, read, lambda s: print(s, flush=True), live=args.live, data_dir=ctx.data_dir)
        return review.run()


def run_stats(args: Any, ctx: Any) -> int:
    collection = _open_collection(ctx)
    if collection is None:
        return 2
    with collection:
        session = collection.session()
        c = session.counts()
        total = collection.store.count_flashcards()
        data = {
            "cards": total,
            "new": c.new,
            "learning": c.learning,
            "review": c.review,
            "reviews_today": c.reviews_today,
            "labs_due": c.labs_due,
            "leeches": session.leeches(),
            "suspended": collection.suspended_count(),
        }
    if args.json:
        print(json.dumps(data, ensure_ascii=False))
    else:
        lang = ctx.lang
        print(pick(UI["counts"], lang).format(**data))
        print(pick(UI["cards"], lang).format(n=data["cards"]))
    return 0


def register(sub: Any, parser: Any) -> None:
    p = sub.add_parser("review", help="study today's due cards")
    p.add_argument("--terminal", action="store_true", help="review in the terminal instead of the window")
    p.add_argument(
        "--live",
        action="store_true",
        help="live mode: a right answer to a live command card also runs against the local Docker daemon",
    )
    p.set_defaults(func=run_review)
    s = sub.add_parser("stats", help="today's counts")
    s.add_argument("--json", action="store_true", help="print one JSON object")
    s.set_defaults(func=run_stats)


def line_reader():
    """One line per prompt from standard input: with `input()` at a terminal, else printed prompts
    and plain lines, so a pipe can script the session. None at the end of input."""
    interactive = sys.stdin.isatty()

    def read(prompt: str) -> str | None:
        if interactive:
            try:
                return input(prompt)
            except EOFError:
                return None
        print(prompt, flush=True)
        line = sys.stdin.readline()
        return line if line else None

    return read
