"""Grading learners' answers: docker commands judged by meaning, and choice, cloze and order cards.

- `grade(card, answer, elapsed_s=..., typical_s=...) -> Grade` for any auto-graded card (see
  `quizapp.core.grading.cards` for answer shapes, the proposed rating and the "quick" rule).
- `quizapp.core.grading.command`: `parse_command`, `compare_commands`, done in three steps: `parse.py`
  (text -> ParsedCommand, with the shell tokenizer `shell.py` and the docker CLI grammar `grammar.py`,
  whose command table `docker_cli.py` is generated from the client's help by
  `scripts/generate_docker_grammar.py`), `normalize.py` (values as docker reads them) and `compare.py`
  (the differences, said by `messages.py`).

Nothing here runs a command or imports Qt.
"""

from quizapp.core.grading.cards import Grade, grade, is_quick, propose_rating
from quizapp.core.grading.command import (
    CommandParseError,
    CommandVerdict,
    Difference,
    ParsedCommand,
    compare_commands,
    parse_command,
)
from quizapp.core.ratings import AGAIN, EASY, GOOD, HARD  # the ratings `grade` proposes

__all__ = [
    "AGAIN",
    "HARD",
    "GOOD",
    "EASY",
    "Grade",
    "grade",
    "is_quick",
    "propose_rating",
    "CommandParseError",
    "CommandVerdict",
    "Difference",
    "ParsedCommand",
    "compare_commands",
    "parse_command",
]
