"""Docker commands parsed as the shell and the docker CLI would, and judged by meaning: the public face.

Nothing is ever run. The work is done in three steps, each its own module:
- `parse.py`: text -> `ParsedCommand` (the shell's words by `shell.py`, the CLI's grammar by `grammar.py`);
- `normalize.py`: values as docker understands them (`node` is `docker.io/library/node:latest`,
  `512m` is `536870912`, `-p 8080-8081:80-81` is two ports);
- `compare.py`: two parsed commands -> the differences, in the learner's language (`messages.py`).
"""

from __future__ import annotations

from quizapp.core.grading.compare import MAX_DIFFERENCES, CommandVerdict, compare_commands
from quizapp.core.grading.errors import CommandParseError, Difference
from quizapp.core.grading.grammar import SUBCOMMAND_TABLE
from quizapp.core.grading.normalize import normalize_image
from quizapp.core.grading.parse import MAX_LENGTH, ParsedCommand, parse_command, parse_expected

__all__ = [
    "MAX_DIFFERENCES",
    "MAX_LENGTH",
    "CommandParseError",
    "CommandVerdict",
    "Difference",
    "ParsedCommand",
    "compare_commands",
    "normalize_image",
    "parse_command",
    "parse_expected",
    "SUBCOMMAND_TABLE",
]
