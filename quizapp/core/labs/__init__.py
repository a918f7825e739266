"""Live Docker labs: the learner types real `docker` commands; the app asks the daemon what is
really there and says, check by check, what passes and what is missing.

API for the front ends (the GUI runs every call that talks to Docker off its GUI thread):

- `load_labs(content_dir) -> list[Lab]`: the labs in `content/labs/<id>/lab.yaml` (`Lab.id`,
  `.title`, `.task`, `.concepts`, `.hints`, `.solution`, `.params`, `.checks`, `.answers`).
- `connect() -> docker.DockerClient | DaemonProblem`: the daemon found as the docker CLI finds it
  (DOCKER_HOST, the current context, the default socket) within a few seconds;
  `DaemonProblem.kind` is not_installed / not_running / permission / api_too_old / bad_host and
  `.message` is `{ko, en}` with the fix.
- `LabRunner(store, client, data_dir, clock)`:
  `.start(lab) -> LabSession` (workdir, params: every value the task text mentions),
  `.check(lab, answers) -> CheckReport` (`.passed`, `.checks`: `CheckResult(id, passed, message)`),
  `.solve(lab) -> answers`, `.reset(lab)`, `.reveal_hint(lab)`, `.give_up(lab)`,
  `.resources(lab) -> list[Resource]` for the live panel, `.attempt(lab)` (the store's attempt).
  Failures that a learner can fix raise `LabError` with a bilingual `.message`.
- `follow_events(client, since, stop=...)`: a generator of lab-relevant daemon events for a
  worker thread; close it (or make `stop()` true) to end it.
- `run_live_command(client, command, lab=..., runner=...) -> LiveResult`: run a live command card's
  graded answer for real (set the lab up, run the reference steps before it, run it, check, reset);
  what a learner must not run here is refused (`LiveResult.refused`, bilingual) and never runs.
  `refusal(parsed)` is the policy alone.
- `LabRunner.reveal_hint(lab) -> (index, {ko, en}) | None`; `give_up(lab) -> solution lines`;
  `lab.solution_text(params)` shows the reference solution with the attempt's values.

Everything a lab makes is named `quizlab-…` (containers) or `quizlab/…` (images), so nothing
collides with the learner's own work; a lab touches only what it made.
"""

from quizapp.core.labs.daemon import DaemonProblem, connect
from quizapp.core.labs.live import LiveResult, refusal, run_live_command
from quizapp.core.labs.model import Lab, LabFileError, load_lab, load_labs
from quizapp.core.labs.runner import (
    CheckReport,
    CheckResult,
    LabError,
    LabRunner,
    LabSession,
    Resource,
    follow_events,
)

__all__ = [
    "CheckReport",
    "CheckResult",
    "DaemonProblem",
    "Lab",
    "LabError",
    "LabFileError",
    "LabRunner",
    "LabSession",
    "LiveResult",
    "Resource",
    "connect",
    "follow_events",
    "load_lab",
    "load_labs",
    "refusal",
    "run_live_command",
]
