"""For every lab, from a daemon state snapshot taken before it starts: check fails before any work;
after solve it passes; reset leaves the daemon exactly as it was (nothing filtered out: no label,
no name pattern), decoys of every kind untouched, no registry process left."""

from __future__ import annotations

import pytest

from labs.conftest import all_labs
from labs.helpers import daemon_state, docker, failing
from quizapp.core.labs.assets import registry_processes

pytestmark = [pytest.mark.docker, pytest.mark.slow]


@pytest.mark.parametrize("lab_id", [lab.id for lab in all_labs()])
def test_check_fails_then_solve_passes_then_reset_cleans(runner, labs, lab_id, decoys, docker_client):
    lab = labs[lab_id]
    before = daemon_state(docker_client)
    session = runner.start(lab)
    try:
        decoys.assert_untouched()
        assert session.workdir.is_dir()
        first = runner.check(lab)
        assert not first.passed
        answers = runner.solve(lab)
        assert set(answers) == set(lab.answers)
        decoys.assert_untouched()
        # The answers solve gave are kept for the attempt: check needs none.
        after = runner.check(lab)
        assert after.passed, failing(after)
        assert after.first_pass
        # A learner's unnamed container of the base, made during the lab, is the lab's too.
        docker(session, "docker run quizlab/base:1 echo hi")
    finally:
        report = runner.reset(lab)
    assert before.diff(daemon_state(docker_client)) == {}
    assert any(r.kind == "container" for r in report.removed), list(report)
    assert not session.workdir.exists()
    assert registry_processes() == []
    decoys.assert_untouched()
    attempt = runner.store.lab_attempts(lab_id)[-1]
    assert attempt.ended_at is not None and attempt.outcome == "passed"
