"""Live Docker labs: the learner types real `docker` commands; the app asks the daemon what is
really there and says, check by check, what passes and what is missing.

API for the front ends (the GUI runs every call that talks to Docker off its GUI thread):

- `load_labs(content_dir) -> list[Lab]`: the labs in `content/labs/<id>/lab.yaml` (`Lab.id`,
  `.title`, `.task`, `.concepts`, `.hints`, `.solution`, `.params`, `.checks`, `.answers`).
- `connect() -> docker.DockerClient | DaemonProblem`: the daemon found as the docker CLI finds it
  (DOCKER_HOST, the current context, the default socket) within a few seconds;
  `DaemonProblem.kind` is not_installed / not_running / permission / api_too_old / bad_host and
  `.message` is `{ko, en}` with the fix.
- `LabRunner(store, client, data_dir, clock, content_dir, schedule=record_lab_result-like)`:
  `.start(lab) -> LabSession` (workdir, params: every value the task text mentions),
  `.check(lab, answers) -> CheckReport` (`.passed`, `.checks`: `CheckResult(id, passed, message)`),
  `.solve(lab) -> answers`, `.reset(lab) -> ResetReport` (iterable as lines of what it removed;
  `.to_json()`), `.reveal_hint(lab)`, `.give_up(lab)`,
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
collides with the learner's own work; a lab touches only what it made (`ownership` says what that
is, by recorded ids and times, never by labels). `Attempts(store, clock)` gives hints and give-up
without a daemon.
"""

# Names are imported from their modules on first use: `quizapp.core.labs.model` (lab files) must
# not pull in the docker SDK (~120 ms), which the window needs only once a lab is opened.
_WHERE = {
    "DaemonProblem": "daemon",
    "connect": "daemon",
    "LiveResult": "live",
    "refusal": "live",
    "run_live_command": "live",
    "Lab": "model",
    "LabFileError": "model",
    "load_lab": "model",
    "load_labs": "model",
    "CheckReport": "runner",
    "CheckResult": "runner",
    "LabError": "errors",
    "Attempts": "attempts",
    "ResetReport": "runner",
    "LabRunner": "runner",
    "LabSession": "runner",
    "Resource": "runner",
    "follow_events": "events",
}


def __getattr__(name: str):
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


__all__ = [
    "Attempts",
    "ResetReport",
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
