"""Helpers for the lab tests (fixtures are in conftest.py)."""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass

from quizapp.core.labs.model import SolutionStep
from quizapp.core.labs.steps import run_step


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


@dataclass(frozen=True)
class DaemonState:
    """Everything on the daemon, unfiltered: containers, images with their tags, volumes, networks."""

    containers: frozenset[tuple[str, str]]  # (id, name)
    images: frozenset[tuple[str, tuple[str, ...]]]  # (id, tags)
    volumes: frozenset[str]
    networks: frozenset  # (id, name); the daemon's own bridge/host/none by name (new ids after a restart)

    def diff(self, later: DaemonState) -> dict[str, list]:
        """What `later` has that this state had not, and what it lost, by kind ({} when equal)."""
        out: dict[str, list] = {}
        for kind in ("containers", "images", "volumes", "networks"):
            mine, theirs = getattr(self, kind), getattr(later, kind)
            if mine != theirs:
                out[kind] = [("+", x) for x in sorted(theirs - mine, key=str)] + [("-", x) for x in sorted(mine - theirs, key=str)]
        return out


def daemon_state(client) -> DaemonState:
    api = client.api
    return DaemonState(
        frozenset((c["Id"], (c.get("Names") or ["?"])[0].lstrip("/")) for c in api.containers(all=True)),
        frozenset((i["Id"], tuple(sorted(t for t in i.get("RepoTags") or [] if t != "<none>:<none>"))) for i in api.images()),
        frozenset(v["Name"] for v in api.volumes().get("Volumes") or []),
        frozenset(n["Name"] if n["Name"] in ("bridge", "host", "none") else (n["Id"], n["Name"]) for n in api.networks()),
    )


def failing(report) -> list[str]:
    return [f"{c.id}: {c.message['en']}" for c in report.checks if not c.passed]
