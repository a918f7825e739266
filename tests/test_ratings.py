"""One home for the ratings: the numbers fsrs takes, and one name for each in both languages,
the same in the terminal as in the window (tests/gui/test_rating_names.py)."""

import os
import subprocess
import sys

import fsrs

from quizapp.core import grading, scheduler
from quizapp.core.labs import attempts
from quizapp.core.ratings import AGAIN, EASY, GOOD, HARD, RATINGS, rating_name


def test_the_numbers_are_the_ones_fsrs_and_the_store_use():
    assert (AGAIN, HARD, GOOD, EASY) == (fsrs.Rating.Again, fsrs.Rating.Hard, fsrs.Rating.Good, fsrs.Rating.Easy)
    assert RATINGS == (1, 2, 3, 4)


def test_every_rule_that_gives_a_rating_takes_it_from_the_one_home():
    # The grader, the scheduler and the labs used to keep their own copies of these numbers.
    for module in (grading, scheduler, attempts):
        assert (module.AGAIN, module.HARD, module.GOOD) == (AGAIN, HARD, GOOD), module.__name__


def test_names_in_both_languages():
    assert [rating_name(r, "ko") for r in RATINGS] == ["다시", "어려움", "알맞음", "쉬움"]
    assert [rating_name(r, "en") for r in RATINGS] == ["Again", "Hard", "Good", "Easy"]


def test_the_terminal_names_ratings_from_the_one_home(data_dir):
    env = {k: v for k, v in os.environ.items() if k != "QUIZAPP_DATA_DIR"}
    for lang in ("ko", "en"):
        # The built-in deck's first card is a basic one: reveal it, then the rating prompt, then quit.
        out = subprocess.run(
            [sys.executable, "-m", "quizapp", "--data-dir", str(data_dir), "--lang", lang, "review", "--terminal"],
            input="\nq\n", capture_output=True, text=True, env=env, timeout=120,
        )
        assert out.returncode == 0, out.stderr
        listed = " · ".join(f"{r} {rating_name(r, lang)}" for r in RATINGS)
        assert listed in out.stdout, out.stdout
