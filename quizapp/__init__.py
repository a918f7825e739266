"""quizapp: spaced-repetition study of Docker, with live labs checked against the real daemon."""

__version__ = "0.1.0"
