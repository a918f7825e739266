"""Helpers for the lab tests (fixtures are in conftest.py)."""

from __future__ import annotations

from contextlib import contextmanager

from quizapp.core.labs.assets import SHARED_LABEL
from quizapp.core.labs.model import SolutionStep
from quizapp.core.labs.runner import run_step


@contextmanager
def lab_started(runner, lab):
    session = runner.start(lab)
    try:
        yield session
    finally:
        runner.reset(lab)


def docker(session, command: str, *, input: list[str] | None = None, detach_keys: bool = False) -> str:
    """Run a docker command line as a learner would (params like {port} filled in)."""
    step = SolutionStep(run=command, input=input or [], detach_keys=detach_keys)
    return run_step(step, session.params, session.workdir)


def lab_leftovers(client) -> tuple[list[str], list[str]]:
    containers = [c.name for c in client.containers.list(all=True) if c.name.startswith("quizlab-") and not (c.labels or {}).get(SHARED_LABEL)]
    images = [
        t
        for img in client.images.list()
        if (img.labels or {}).get(SHARED_LABEL) != "registry"
        for t in img.tags
        if "quizlab/" in t
    ]
    return containers, images


def failing(report) -> list[str]:
    return [f"{c.id}: {c.message['en']}" for c in report.checks if not c.passed]
