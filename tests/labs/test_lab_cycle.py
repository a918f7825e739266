"""For every lab: check fails before any work; after solve it passes; reset leaves no quizlab-
container and no quizlab/ image but the shared base; decoys are untouched."""

from __future__ import annotations

import pytest

from labs.conftest import all_labs
from labs.helpers import failing, lab_leftovers

pytestmark = [pytest.mark.docker, pytest.mark.slow]


@pytest.mark.parametrize("lab_id", [lab.id for lab in all_labs()])
def test_check_fails_then_solve_passes_then_reset_cleans(runner, labs, lab_id, decoys, docker_client):
    lab = labs[lab_id]
    session = runner.start(lab)
    try:
        decoys.assert_untouched()
        assert session.workdir.is_dir()
        before = runner.check(lab)
        assert not before.passed
        answers = runner.solve(lab)
        assert set(answers) == set(lab.answers)
        decoys.assert_untouched()
        # The answers solve gave are kept for the attempt: check needs none.
        after = runner.check(lab)
        assert after.passed, failing(after)
        assert after.first_pass
    finally:
        runner.reset(lab)
    containers, images = lab_leftovers(docker_client)
    assert containers == []
    assert images == ["quizlab/base:1"]
    assert not session.workdir.exists()
    decoys.assert_untouched()
    attempt = runner.store.lab_attempts(lab_id)[-1]
    assert attempt.ended_at is not None and attempt.outcome == "passed"
