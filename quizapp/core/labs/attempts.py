"""A lab's attempts as the store keeps them: which one is open, hints, giving up. No Docker here,
so hints and giving up work without a daemon."""

from __future__ import annotations

from quizapp.core.labs.errors import LabError
from quizapp.core.labs.model import Lab
from quizapp.core.labs.ownership import Holdings
from quizapp.core.ratings import AGAIN, GOOD, HARD

# A lab's result on its schedule (the collection records it) is a rating: Hard from this many
# failed checks on.
FAILS_BEFORE_HARD = 3


class Attempts:
    def __init__(self, store, clock):
        self.store = store
        self.clock = clock

    def acting(self, lab: Lab):
        """The attempt `check`/`solve`/`reset` act on: the open one, else the latest not cleaned."""
        current = self.store.current_lab_attempt(lab.id)
        if current is not None:
            return current
        attempts = self.store.lab_attempts(lab.id)
        if attempts and not Holdings.from_json(attempts[-1].resources).cleaned:
            return attempts[-1]
        return None

    def need(self, lab: Lab):
        a = self.store.current_lab_attempt(lab.id)
        if a is None:
            raise LabError(
                f"아직 시작하지 않은 실습입니다: quizapp lab start {lab.id}",
                f"Lab {lab.id} is not started: quizapp lab start {lab.id}",
            )
        return a

    def uncleaned(self, lab: Lab) -> list:
        """Every attempt at this lab whose things a reset has not (all) taken back, oldest first."""
        return [a for a in self.store.lab_attempts(lab.id) if not Holdings.from_json(a.resources).cleaned]

    def open_elsewhere(self, lab: Lab) -> list:
        """Other labs' attempts that still hold things (not ended, or ended and not cleaned)."""
        return [
            a
            for a in self.store.lab_attempts()
            if a.lab_id != lab.id and not Holdings.from_json(a.resources).cleaned and not (a.ended_at is not None and a.outcome == "reset")
        ]

    @staticmethod
    def holdings(attempt) -> Holdings:
        return Holdings.from_json(attempt.resources)

    def save(self, attempt, holdings: Holdings) -> None:
        attempt.resources = holdings.to_json()
        self.store.update_lab_attempt(attempt.id, resources=attempt.resources)

    def reveal_hint(self, lab: Lab) -> tuple[int, dict[str, str]] | None:
        """The next hint (index, text), or None when all are shown."""
        attempt = self.need(lab)
        if attempt.hints_used >= len(lab.hints):
            return None
        i = attempt.hints_used
        self.store.update_lab_attempt(attempt.id, hints_used=i + 1)
        return i, lab.hints[i].format(attempt.params)

    def give_up(self, lab: Lab) -> tuple[list[str], int | None]:
        """End the attempt; (the reference solution to show, AGAIN for the schedule unless it had
        passed already)."""
        attempt = self.need(lab)
        self.store.end_lab_attempt(attempt.id, self.clock.now(), "gave_up")
        return lab.solution_text(attempt.params), (AGAIN if attempt.passed_at is None else None)

    @staticmethod
    def first_pass_rating(attempt) -> int:
        """Good without hints and with few failed checks, else Hard."""
        return GOOD if attempt.hints_used == 0 and attempt.failed_checks < FAILS_BEFORE_HARD else HARD
