"""`quizapp quiz`: a quiz in the terminal, on quizapp.core.quiz.

It reads one line per prompt, as `review --terminal` does, so it can be scripted through a pipe:
command cards take the command, cloze cards one line per blank, choice cards letters (`a` or
`a,c`), order cards numbers (`3 1 2`); a basic card takes Enter to show its answer, then `y` if you
knew it or `n`. `q` (or the end of input) ends the quiz early; it is scored on what was answered.
"""

from __future__ import annotations

import json
import random
import sys
import time
from typing import Any, Callable

from quizapp.core.i18n import pick
from quizapp.cli.review import _open_collection, line_reader
from quizapp.core.content.model import BLANK_RE
from quizapp.core.quiz import Quiz, QuizChoice, QuizError

UI = {
    "question": {"ko": "문제 {n}/{total}", "en": "Question {n} of {total}"},
    "time_left": {"ko": "남은 시간 {m}분 {s}초", "en": "{m}m {s}s left"},
    "time_up": {"ko": "시간이 다 되었습니다.", "en": "Time is up."},
    "answer": {"ko": "답을 입력하세요", "en": "Type your answer"},
    "blank": {"ko": "빈칸 {n}", "en": "Blank {n}"},
    "reveal": {"ko": "[Enter] 답 보기  [q] 끝내기", "en": "[Enter] show the answer  [q] stop"},
    "knew": {"ko": "알고 있었나요? [y] 예  [n] 아니요", "en": "Did you know it? [y] yes  [n] no"},
    "yes_no": {"ko": "y 또는 n 을 입력하세요.", "en": "Type y or n."},
    "right": {"ko": "정답입니다.", "en": "Right."},
    "wrong": {"ko": "틀렸습니다.", "en": "Not quite."},
    "expected": {"ko": "정답", "en": "Answer"},
    "score": {"ko": "점수: {right}/{n} ({pct}%)", "en": "Score: {right}/{n} ({pct}%)"},
    "stopped": {"ko": "{n}문제 중 {answered}문제에 답했습니다.", "en": "You answered {answered} of {n} questions."},
    "by_concept": {"ko": "개념별 결과", "en": "By concept"},
    "missed": {"ko": "틀린 문제", "en": "Missed"},
    "none_missed": {"ko": "틀린 문제가 없습니다.", "en": "Nothing missed."},
    "scheduled": {"ko": "답은 복습으로도 기록했습니다.", "en": "The answers also count as reviews."},
    "not_scheduled": {"ko": "이 퀴즈는 복습 일정에 반영하지 않았습니다.", "en": "This quiz did not change the review schedule."},
}


class _Stop(Exception):
    pass


class TerminalQuiz:
    def __init__(self, quiz: Any, lang: str, read: Callable[[str], str | None], write: Callable[[str], None], rng: random.Random):
        self.quiz = quiz
        self.lang = lang
        self.read = read
        self.write = write
        self.rng = rng

    def t(self, key: str, **kw: Any) -> str:
        return pick(UI[key], self.lang).format(**kw)

    def ask(self, prompt: str) -> str:
        line = self.read(prompt)
        if line is None or line.strip().lower() == "q":
            raise _Stop
        return line.rstrip("\r\n")

    def run(self) -> Any:
        total = len(self.quiz.questions)
        try:
            while (question := self.quiz.current()) is not None:
                if self.quiz.expired():
                    self.write(self.t("time_up"))
                    break
                self.write("")
                header = self.t("question", n=question.position + 1, total=total)
                left = self.quiz.time_left()
                if left is not None:
                    seconds = int(left.total_seconds())
                    header += "  · " + self.t("time_left", m=seconds // 60, s=seconds % 60)
                self.write(header)
                self.one(question.card)
        except _Stop:
            pass
        return self.quiz.finish()

    def one(self, card: Any) -> None:
        self.write(f"── {card.id} ({card.type}) ──")
        self.write(card.prompt.get(self.lang))
        if card.code is not None:
            self.write(card.code.source)
        started = time.monotonic()
        if card.type == "basic":
            self.ask(self.t("reveal"))
            self.write(f"{self.t('expected')}: {card.answer.get(self.lang)}")
            while True:
                line = self.ask(self.t("knew") + ": ").strip().lower()
                if line in ("y", "n", "예", "아니요", "ㅇ", "ㄴ"):
                    break
                self.write(self.t("yes_no"))
            self.quiz.answer(line in ("y", "예", "ㅇ"), elapsed_s=time.monotonic() - started)
            return
        answer = self.read_answer(card)
        result = self.quiz.answer(answer, elapsed_s=time.monotonic() - started)
        self.write(self.t("right") if result.correct else self.t("wrong"))
        if not result.correct:
            for line in self.quiz.collection.feedback_lines(result.feedback, self.lang):
                self.write("  - " + line.replace("\n", "\n    "))

    def read_answer(self, card: Any) -> Any:
        if card.type == "command":
            return self.ask(self.t("answer") + ": $ ")
        if card.type == "cloze":
            self.write(BLANK_RE.sub(lambda m: f"[{m.group(1)}]____", card.text.get(self.lang)))
            return [self.ask(self.t("blank", n=i) + ": ") for i in range(1, len(card.blanks) + 1)]
        if card.type == "choice":
            for i, option in enumerate(card.options):
                self.write(f"  {chr(97 + i)}) {option.text.get(self.lang)}")
            letters = self.ask(self.t("answer") + ": ").replace(",", " ").split()
            indexes = [ord(letter.lower()[0]) - 97 for letter in letters]
            return [card.options[i].id for i in indexes if 0 <= i < len(card.options)]
        if card.type == "order":
            shown = list(range(len(card.items)))
            self.rng.shuffle(shown)
            for n, index in enumerate(shown, 1):
                self.write(f"  {n}. {card.items[index].get(self.lang)}")
            numbers = self.ask(self.t("answer") + ": ").replace(",", " ").split()
            return [shown[int(x) - 1] for x in numbers if x.isdigit() and 1 <= int(x) <= len(shown)]
        raise ValueError(f"unknown card type {card.type!r}")

    def report(self, result: Any, deck: Any, scheduled: bool) -> None:
        lang = self.lang
        self.write("")
        pct = round(100 * result.right / result.questions) if result.questions else 0
        self.write(self.t("score", right=result.right, n=result.questions, pct=pct))
        if result.questions < result.asked_of:
            self.write(self.t("stopped", answered=result.questions, n=result.asked_of))
        self.write(self.t("by_concept") + ":")
        for concept_id, score in result.by_concept.items():
            self.write(f"  {score.right}/{score.questions}  {concept_id}  {deck.concept_title(concept_id, lang)}")
        if not result.missed:
            self.write(self.t("none_missed"))
        else:
            self.write(self.t("missed") + ":")
            for missed in result.missed:
                card = deck.by_id.get(missed.card_id)
                self.write(f"  ── {missed.card_id} ──")
                if card is not None:
                    self.write("  " + card.prompt.get(lang).replace("\n", "\n  "))
                self.write(f"  {self.t('expected')}: {pick(missed.expected, lang)}")
                if missed.explanation:
                    self.write("  " + pick(missed.explanation, lang).replace("\n", "\n  "))
        self.write(self.t("scheduled") if scheduled else self.t("not_scheduled"))


def run_quiz(args: Any, ctx: Any) -> int:
    if args.count < 1:
        print("quizapp quiz: " + pick({"ko": "--count 는 1 이상이어야 합니다.", "en": "--count must be at least 1."}, ctx.lang), file=sys.stderr)
        return 2
    if args.minutes is not None and args.minutes <= 0:
        print("quizapp quiz: " + pick({"ko": "--minutes 는 0보다 커야 합니다.", "en": "--minutes must be more than 0."}, ctx.lang), file=sys.stderr)
        return 2
    collection = _open_collection(ctx)
    if collection is None:
        return 2
    choice = QuizChoice(
        concepts=tuple(args.concept or ()),
        section=args.section,
        weakest=args.weakest,
        count=args.count,
        seed=args.seed,
        minutes=args.minutes,
        schedule=not args.no_schedule,
    )
    read = line_reader()

    with collection:
        try:
            quiz = Quiz.start(collection, choice)
        except QuizError as exc:
            print("quizapp quiz: " + pick(exc.text, ctx.lang), file=sys.stderr)
            return 2
        terminal = TerminalQuiz(quiz, ctx.lang, read, lambda s: print(s, flush=True), random.Random(args.seed))
        result = terminal.run()
        terminal.report(result, collection.deck, choice.schedule)
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False), flush=True)
    return 0


def register(sub: Any, parser: Any) -> None:
    text = "take a quiz on chosen concepts, a section of the notes, or your weakest concepts"
    p = sub.add_parser("quiz", help=text, description=text)
    p.add_argument("--concept", action="append", metavar="ID", help="a concept to ask about (repeatable)")
    p.add_argument("--section", metavar="NAME", help="a section of the notes (its heading, or part of it)")
    p.add_argument("--weakest", action="store_true", help="your weakest concepts, by FSRS retrievability")
    p.add_argument("--count", type=int, default=10, metavar="N", help="how many questions (default 10)")
    p.add_argument("--seed", type=int, metavar="S", help="draw the same questions again with the same seed")
    p.add_argument("--minutes", type=float, metavar="M", help="a time limit")
    p.add_argument("--no-schedule", action="store_true", help="do not count the answers as reviews")
    p.add_argument("--json", action="store_true", help="end with one JSON line: questions, right, by_concept, missed")
    p.set_defaults(func=run_quiz)
