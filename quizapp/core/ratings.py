"""The four ratings of an answer, as FSRS and Anki number them, and their names in both languages.

The numbers are what the store keeps in `reviews.rating` and what `fsrs.Rating` takes, so they never
change. Every front end names a rating through `rating_name`, so the terminal, the review buttons,
the keyboard help and the browse history all say the same word.
"""

from __future__ import annotations

from quizapp.core.i18n import pick

AGAIN, HARD, GOOD, EASY = 1, 2, 3, 4
RATINGS = (AGAIN, HARD, GOOD, EASY)

RATING_NAMES: dict[int, dict[str, str]] = {
    AGAIN: {"ko": "다시", "en": "Again"},
    HARD: {"ko": "어려움", "en": "Hard"},
    GOOD: {"ko": "알맞음", "en": "Good"},
    EASY: {"ko": "쉬움", "en": "Easy"},
}


def rating_name(rating: int, lang: str) -> str:
    return pick(RATING_NAMES[rating], lang)


__all__ = ["AGAIN", "HARD", "GOOD", "EASY", "RATINGS", "RATING_NAMES", "rating_name"]
