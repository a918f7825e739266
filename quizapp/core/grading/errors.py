"""What the command grader reports: a parse error, or one difference between two commands."""

from __future__ import annotations

from dataclasses import dataclass

from quizapp.core.grading.messages import message


class CommandParseError(ValueError):
    """The text is not a docker command the CLI would accept. `.message` is {"ko", "en"}."""

    def __init__(self, code: str, **fields: object):
        self.code = code
        self.fields = fields
        self.suggestion: str | None = None
        self.message = message(code, **fields)
        super().__init__(self.message["en"])


@dataclass(frozen=True)
class Difference:
    code: str
    message: dict[str, str]

    def to_json(self) -> dict:
        return {"code": self.code, "message": dict(self.message)}
