"""Grading every auto-gradable card type, and the rating an answer proposes.

`grade(card, answer, elapsed_s=..., typical_s=...)` takes the answer in the card type's shape:

- CommandCard: str, compared with `card.answer` and each of `card.accept`; equivalent to any is right.
  Feedback comes from the closest one (fewest differences, the reference answer on a tie).
- ClozeCard: list[str], one per blank. Matched after trimming surrounding spaces (and collapsing runs of
  spaces inside), ignoring case (Unicode casefold) and Unicode composition (NFC), against every listed
  alternative of that blank.
  Missing answers count as wrong; extra ones are ignored.
- ChoiceCard: a collection of option ids. Right when exactly the correct options are picked. Feedback:
  each wrong option picked (its own feedback text; code `misconception:<curriculum id>` when the option
  names a misconception, else `choice-wrong`), each correct option missed (`choice-missed`), and ids
  that are not options of the card (`choice-unknown`).
- OrderCard: list[int], the learner's order as indices into `card.items` (stored in the right order).
  Right when it is 0, 1, 2, ...; feedback names the items out of place (those outside the longest run
  already in the right relative order).
- BasicCard: self-rated; `grade` raises ValueError.

Proposed rating: wrong -> 1 (Again); right -> 3 (Good); right and quick -> 4 (Easy). "Quick" means
`elapsed_s` is known and below QUICK_RATIO (0.6) times `typical_s`, the learner's own median time on this
card's right answers (kept in the store). Without one (typical_s None or not positive) nothing is quick:
a card's first right answer proposes Good, since one quick answer to a card seen once says little of
how well it is known (Easy would put it 8 days away). The learner may change the rating.

An answer left empty (quizapp.core.review.is_empty_answer) is not graded: the front ends ask for one.
"I don't know" is its own choice (`dont_know`), graded wrong with Again proposed.
"""

from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from quizapp.core.content.model import BasicCard, ChoiceCard, ClozeCard, CommandCard, OrderCard
from quizapp.core.grading.command import Difference, compare_commands
from quizapp.core.i18n import both
from quizapp.core.ratings import AGAIN, EASY, GOOD

QUICK_RATIO = 0.6


@dataclass
class Grade:
    correct: bool
    proposed_rating: int
    feedback: list[Difference] = field(default_factory=list)
    # The learner said "I don't know" instead of answering.
    dont_know: bool = False

    def to_json(self) -> dict:
        return {
            "correct": self.correct,
            "proposed_rating": self.proposed_rating,
            "feedback": [d.to_json() for d in self.feedback],
            "dont_know": self.dont_know,
        }


def dont_know() -> Grade:
    """The grade of an explicit "I don't know": wrong, Again proposed, nothing to correct."""
    return Grade(False, AGAIN, [], dont_know=True)


def is_quick(card_type: str, elapsed_s: float | None, typical_s: float | None) -> bool:
    """Quicker than the learner usually is on this card; never without a typical time of theirs."""
    if elapsed_s is None or elapsed_s < 0 or typical_s is None or typical_s <= 0:
        return False
    return elapsed_s < QUICK_RATIO * typical_s


def propose_rating(correct: bool, quick: bool) -> int:
    if not correct:
        return AGAIN
    return EASY if quick else GOOD


def grade(card, answer, *, elapsed_s: float | None = None, typical_s: float | None = None) -> Grade:
    if isinstance(card, BasicCard):
        raise ValueError(f"card {card.id!r} is a basic card: it is self-rated by the learner, not graded")
    if isinstance(card, CommandCard):
        correct, feedback = _grade_command(card, answer)
    elif isinstance(card, ClozeCard):
        correct, feedback = _grade_cloze(card, answer)
    elif isinstance(card, ChoiceCard):
        correct, feedback = _grade_choice(card, answer)
    elif isinstance(card, OrderCard):
        correct, feedback = _grade_order(card, answer)
    else:
        raise ValueError(f"cannot grade a {type(card).__name__}")
    rating = propose_rating(correct, is_quick(card.type, elapsed_s, typical_s))
    return Grade(correct, rating, feedback)


def _grade_command(card: CommandCard, answer) -> tuple[bool, list[Difference]]:
    if not isinstance(answer, str):
        answer = "" if answer is None else str(answer)
    best = None
    for reference in (card.answer, *card.accept):
        verdict = compare_commands(reference, answer, card.ignore_options)
        if verdict.equivalent:
            return True, []
        if verdict.expected_error is not None:
            continue  # a broken alternative on the card must not decide the feedback
        if best is None or len(verdict.differences) < len(best.differences):
            best = verdict
    if best is None:  # every reference is broken: the card is at fault, the learner gets told so
        verdict = compare_commands(card.answer, answer)
        return False, verdict.differences
    return False, best.differences


def normalize_cloze(text: str) -> str:
    # Runs of spaces inside count as one: "docker  ps" is "docker ps".
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def _grade_cloze(card: ClozeCard, answer) -> tuple[bool, list[Difference]]:
    if isinstance(answer, str):
        answer = [answer]
    given = list(answer or [])
    feedback: list[Difference] = []
    for i, accepted in enumerate(card.blanks):
        typed = given[i] if i < len(given) and isinstance(given[i], str) else ""
        if normalize_cloze(typed) in {normalize_cloze(a) for a in accepted}:
            continue
        listed = " / ".join(accepted)
        if typed.strip():
            msg = both(
                f"{i + 1}번 빈칸: `{typed.strip()}`이(가) 아니라 `{listed}`입니다.",
                f"Blank {i + 1}: `{listed}`, not `{typed.strip()}`.",
            )
        else:
            msg = both(f"{i + 1}번 빈칸이 비어 있습니다. 정답: `{listed}`.", f"Blank {i + 1} is empty; the answer is `{listed}`.")
        feedback.append(Difference("cloze-wrong", msg))
    return not feedback, feedback


def _grade_choice(card: ChoiceCard, answer) -> tuple[bool, list[Difference]]:
    if isinstance(answer, str):
        answer = [answer]
    picked = set(answer or ())
    by_id = {o.id: o for o in card.options}
    feedback: list[Difference] = []
    for oid in sorted(picked - set(by_id)):
        feedback.append(Difference("choice-unknown", both(f"`{oid}`은(는) 이 문제의 보기가 아닙니다.", f"`{oid}` is not an option of this question.")))
    for option in card.options:
        if option.id in picked and not option.correct:
            if option.feedback is not None:
                msg = both(option.feedback.ko, option.feedback.en)
            else:
                msg = both(f"틀린 보기를 골랐습니다: {option.text.ko}", f"This option is wrong: {option.text.en}")
            code = f"misconception:{option.misconception}" if option.misconception else "choice-wrong"
            feedback.append(Difference(code, msg))
    for option in card.options:
        if option.correct and option.id not in picked:
            if card.multiple:
                msg = both(f"이것도 정답입니다: {option.text.ko}", f"This one is right too: {option.text.en}")
            else:
                msg = both(f"정답은 이것입니다: {option.text.ko}", f"The right one is: {option.text.en}")
            feedback.append(Difference("choice-missed", msg))
    return not feedback, feedback


def _longest_increasing(seq: Sequence[int]) -> set[int]:
    """Values of one longest strictly increasing subsequence (patience sorting, O(n log n))."""
    tails: list[int] = []
    tails_idx: list[int] = []
    prev = [-1] * len(seq)
    for i, v in enumerate(seq):
        k = bisect.bisect_left(tails, v)
        if k == len(tails):
            tails.append(v)
            tails_idx.append(i)
        else:
            tails[k] = v
            tails_idx[k] = i
        prev[i] = tails_idx[k - 1] if k > 0 else -1
    out: set[int] = set()
    i = tails_idx[-1] if tails_idx else -1
    while i >= 0:
        out.add(seq[i])
        i = prev[i]
    return out


def _grade_order(card: OrderCard, answer) -> tuple[bool, list[Difference]]:
    n = len(card.items)
    try:
        order = [int(x) for x in (answer or [])]
    except (TypeError, ValueError):
        order = []
    if sorted(order) != list(range(n)):
        return False, [Difference("order-invalid", both(
            f"순서에는 {n}개 항목이 한 번씩 모두 들어가야 합니다.",
            f"The order must use each of the {n} items exactly once.",
        ))]
    if order == list(range(n)):
        return True, []
    in_place = _longest_increasing(order)
    feedback: list[Difference] = []
    for pos, item in enumerate(order):
        if item in in_place:
            continue
        text = card.items[item]
        feedback.append(Difference("order-misplaced", both(
            f"`{text.ko}`은(는) {item + 1}번째여야 합니다({pos + 1}번째에 두었습니다).",
            f"`{text.en}` belongs at position {item + 1} (you put it at {pos + 1}).",
        )))
    return False, feedback


__all__ = ["Grade", "grade", "dont_know", "is_quick", "propose_rating", "normalize_cloze", "QUICK_RATIO"]
