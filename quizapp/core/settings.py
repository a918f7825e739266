"""Settings in one typed place: name, type, default, and what each is for.

Stored as JSON values in the `settings` table, one row per field; unknown keys are ignored and
missing ones take the default, so adding a setting needs no migration.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from typing import Any


@dataclass
class Settings:
    # Scheduling (FSRS)
    desired_retention: float = 0.9
    learning_steps_min: list[float] = field(default_factory=lambda: [1.0, 10.0])
    relearning_steps_min: list[float] = field(default_factory=lambda: [10.0])
    maximum_interval_days: int = 36500
    enable_fuzz: bool = True
    # FSRS's 21 weights fitted to this learner's history by `quizapp optimize`; empty: fsrs's defaults
    fsrs_parameters: list[float] = field(default_factory=list)
    # Daily limits and the study day
    new_per_day: int = 20
    reviews_per_day: int = 200
    day_start_hour: int = 4
    # How many lapses make a leech
    leech_threshold: int = 8
    # Interface
    language: str = "ko"
    theme: str = "system"  # system | light | dark
    docker_host: str = ""  # empty: as the docker CLI finds it
    # Live mode: a right answer to a live command card also runs against the daemon (opt-in).
    live_commands: bool = False

    def validate(self) -> None:
        problems = []
        if not 0.7 <= self.desired_retention <= 0.99:
            problems.append(f"desired_retention must be between 0.70 and 0.99, not {self.desired_retention}")
        if not 0 <= self.day_start_hour <= 23:
            problems.append(f"day_start_hour must be 0..23, not {self.day_start_hour}")
        for name in ("new_per_day", "reviews_per_day"):
            if getattr(self, name) < 0:
                problems.append(f"{name} must not be negative")
        if self.maximum_interval_days < 1:
            problems.append("maximum_interval_days must be at least 1")
        if self.language not in ("ko", "en"):
            problems.append(f"language must be ko or en, not {self.language!r}")
        if self.theme not in ("system", "light", "dark"):
            problems.append(f"theme must be system, light or dark, not {self.theme!r}")
        if any(s <= 0 for s in self.learning_steps_min + self.relearning_steps_min):
            problems.append("learning and relearning steps must be positive minutes")
        if problems:
            raise ValueError("; ".join(problems))

    def to_rows(self) -> list[dict[str, Any]]:
        return [{"key": k, "value": json.dumps(v)} for k, v in asdict(self).items()]

    @classmethod
    def from_rows(cls, rows: dict[str, str]) -> "Settings":
        known = {f.name for f in fields(cls)}
        values = {}
        for key, raw in rows.items():
            if key in known:
                try:
                    values[key] = json.loads(raw)
                except (TypeError, json.JSONDecodeError):
                    continue  # a damaged value falls back to its default
        settings = cls(**values)
        try:
            settings.validate()
        except ValueError:
            return cls()
        return settings
