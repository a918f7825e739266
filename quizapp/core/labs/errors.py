"""The one error a lab raises for what the learner can fix: its message says why and what to do."""

from __future__ import annotations

from quizapp.core.i18n import both


class LabError(Exception):
    """The lab cannot do what was asked; `message` says why and what to do (bilingual)."""

    def __init__(self, ko: str, en: str):
        super().__init__(en)
        self.message = both(ko, en)


def daemon_error(exc: Exception) -> LabError:
    return LabError(f"Docker 데몬과 통신하지 못했습니다: {exc}", f"Talking to the Docker daemon failed: {exc}")
