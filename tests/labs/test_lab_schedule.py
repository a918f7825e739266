"""Labs take part in spaced repetition: a first pass without hints is Good, with hints Hard,
giving up Again; solving for the learner is not their pass."""

from __future__ import annotations

import pytest

from labs.helpers import docker, lab_started

pytestmark = [pytest.mark.docker, pytest.mark.slow]


def _do_hello(session, client):
    docker(session, "docker run -it quizlab/base:1", input=["exit"])
    cs = [c for c in client.containers.list(all=True, filters={"ancestor": "quizlab/base:1"}) if c.attrs["Image"] == client.images.get("quizlab/base:1").id]
    return max(cs, key=lambda c: c.attrs["Created"]).name


def _ratings(runner, lab_id):
    return [e.rating for e in runner.store.review_log("lab:" + lab_id)]


def test_pass_without_hints_is_good(runner, labs, docker_client):
    lab = labs["hello-container"]
    before = _ratings(runner, lab.id)
    with lab_started(runner, lab) as s:
        name = _do_hello(s, docker_client)
        assert runner.check(lab, {"name": name}).passed
        # Checking again after the pass does not answer again.
        assert runner.check(lab).passed
    assert _ratings(runner, lab.id) == before + [3]


def test_pass_after_a_hint_is_hard(runner, labs, docker_client):
    lab = labs["hello-container"]
    before = _ratings(runner, lab.id)
    with lab_started(runner, lab) as s:
        i, text = runner.reveal_hint(lab)
        assert i == 0 and "-it" in text["en"]
        name = _do_hello(s, docker_client)
        assert runner.check(lab, {"name": name}).passed
    assert _ratings(runner, lab.id) == before + [2]


def test_pass_after_several_failed_checks_is_hard(runner, labs, docker_client):
    lab = labs["hello-container"]
    before = _ratings(runner, lab.id)
    with lab_started(runner, lab) as s:
        for _ in range(3):
            assert not runner.check(lab).passed
        name = _do_hello(s, docker_client)
        assert runner.check(lab, {"name": name}).passed
    assert _ratings(runner, lab.id) == before + [2]


def test_give_up_is_again_and_shows_the_solution(runner, labs):
    lab = labs["hello-container"]
    before = _ratings(runner, lab.id)
    with lab_started(runner, lab):
        steps = runner.give_up(lab)
        assert steps[0] == "docker run -it quizlab/base:1"
    assert _ratings(runner, lab.id) == before + [1]
    assert runner.store.lab_attempts(lab.id)[-1].outcome == "gave_up"


def test_solved_by_the_app_is_not_scheduled(runner, labs):
    lab = labs["hello-container"]
    before = _ratings(runner, lab.id)
    with lab_started(runner, lab):
        runner.solve(lab)
        assert runner.check(lab).passed
    assert _ratings(runner, lab.id) == before


def test_hints_run_out(runner, labs):
    lab = labs["stop-and-start"]
    with lab_started(runner, lab):
        shown = [runner.reveal_hint(lab) for _ in lab.hints]
        assert [i for i, _ in shown] == list(range(len(lab.hints)))
        assert runner.reveal_hint(lab) is None
