"""Reset removes everything an attempt made, in every state an attempt can be in, and nothing else;
start takes back what earlier attempts left and refuses only for the learner's own things.

Each test compares the whole daemon (every container, image tag, volume and network, unfiltered)
with a snapshot taken before the lab started."""

from __future__ import annotations

import pytest

from labs.conftest import CONTENT, all_labs
from labs.helpers import daemon_state, docker, failing
from quizapp.core.labs import LabError, LabRunner
from quizapp.core.labs.assets import registry_processes

pytestmark = [pytest.mark.docker, pytest.mark.slow]
LAB_IDS = [lab.id for lab in all_labs()]


def new_app(runner):
    """The same data folder opened by a new process: a new store and runner, nothing in memory."""
    from quizapp.core.clock import SystemClock
    from quizapp.core.store import Store

    store = Store.open(runner.data_dir)
    return LabRunner(store, runner.client, runner.data_dir, SystemClock(), CONTENT)


@pytest.mark.parametrize("lab_id", LAB_IDS)
def test_reset_in_progress_right_after_solve_and_after_give_up_with_a_restart(runner, labs, lab_id, decoys, docker_client):
    lab = labs[lab_id]
    before = daemon_state(docker_client)

    # In progress: set up, the learner ran one thing of their own.
    session = runner.start(lab)
    docker(session, "docker run quizlab/base:1 echo hi")
    runner.reset(lab)
    assert before.diff(daemon_state(docker_client)) == {}

    # Right after solve, without a check.
    runner.start(lab)
    runner.solve(lab)
    made = before.diff(daemon_state(docker_client))
    removed = runner.reset(lab)
    assert before.diff(daemon_state(docker_client)) == {}
    # Reset says what it removed: each container and image tag that was not there before.
    new_names = {name for sign, (_id, name) in made.get("containers", []) if sign == "+"}
    assert new_names <= {r.name for r in removed.removed if r.kind == "container"}

    # Solved, given up, then the app restarted before the reset.
    runner.start(lab)
    runner.solve(lab)
    runner.give_up(lab)
    later = new_app(runner)
    try:
        report = later.reset(lab)
    finally:
        later.store.close()
    assert before.diff(daemon_state(docker_client)) == {}
    assert registry_processes() == []
    decoys.assert_untouched()


@pytest.mark.parametrize("lab_id", ["build-and-run", "push-and-pull", "layer-cache"])
def test_start_takes_back_what_a_killed_app_left(runner, labs, lab_id, decoys, docker_client):
    """The app was killed after the lab was solved (no reset ran): the next start, in a new app,
    takes it all back instead of refusing, and its own reset leaves the daemon as it was."""
    lab = labs[lab_id]
    before = daemon_state(docker_client)
    runner.start(lab)
    runner.solve(lab)
    assert before.diff(daemon_state(docker_client)) != {}
    later = new_app(runner)
    try:
        later.start(lab)
        later.solve(lab)
        report = later.check(lab)
        assert report.passed, failing(report)
        later.reset(lab)
    finally:
        later.store.close()
    assert before.diff(daemon_state(docker_client)) == {}
    decoys.assert_untouched()


def test_a_reset_that_failed_records_what_it_left_and_the_next_start_takes_it_back(runner, labs, decoys, docker_client, monkeypatch):
    from docker.errors import APIError
    from docker.models.containers import Container

    lab = labs["build-and-run"]
    before = daemon_state(docker_client)
    runner.start(lab)
    runner.solve(lab)

    def refuse(self, **kwargs):
        raise APIError("the daemon is busy")

    monkeypatch.setattr(Container, "remove", refuse)
    report = runner.reset(lab)
    monkeypatch.undo()
    assert report.left, "what could not be removed is said"
    assert runner.attempt(lab) is not None, "and the attempt is not taken as cleaned"
    assert "quizlab-web" in {c.name for c in docker_client.containers.list(all=True)}
    runner.start(lab)  # takes quizlab-web and quizlab/web:1 back instead of refusing
    runner.reset(lab)
    assert before.diff(daemon_state(docker_client)) == {}
    decoys.assert_untouched()


def test_two_labs_open_and_one_reset(runner, labs, decoys, docker_client):
    build, tags = labs["build-and-run"], labs["name-and-tag"]
    before = daemon_state(docker_client)
    runner.start(build)
    runner.solve(build)
    session = runner.start(tags)
    runner.solve(tags)
    docker(session, "docker run quizlab/base:1 echo from-name-and-tag")
    runner.reset(tags)
    # The other lab still holds all it made: its check passes as it did.
    report = runner.check(build)
    assert report.passed, failing(report)
    assert {"quizlab-web"} <= {c.name for c in docker_client.containers.list(all=True)}
    runner.reset(build)
    assert before.diff(daemon_state(docker_client)) == {}
    decoys.assert_untouched()


def test_start_refuses_only_for_the_learners_own_thing_and_names_the_command(runner, labs, decoys, docker_client):
    lab = labs["build-and-run"]
    mine = docker_client.containers.create("quizlab/base:1", name="quizlab-web", command=["true"])
    try:
        with pytest.raises(LabError) as refused:
            runner.start(lab)
        assert "docker rm -f quizlab-web" in refused.value.message["en"]
        assert "docker rm -f quizlab-web" in refused.value.message["ko"]
        assert docker_client.containers.get("quizlab-web").id == mine.id
    finally:
        mine.remove(force=True)
    mine_img = docker_client.images.get("quizlab/base:1")
    mine_img.tag("quizlab/web", "1")
    try:
        with pytest.raises(LabError) as refused:
            runner.start(lab)
        assert "docker rmi quizlab/web:1" in refused.value.message["en"]
    finally:
        docker_client.images.remove("quizlab/web:1")
    assert runner.store.current_lab_attempt(lab.id) is None
    decoys.assert_untouched()


def test_learners_volume_and_network_made_during_the_lab_under_lab_names_go_theirs_stay(runner, labs, decoys, docker_client):
    lab = labs["hello-container"]
    before = daemon_state(docker_client)
    session = runner.start(lab)
    docker(session, "docker volume create quizlab-data")
    docker(session, "docker network create quizlab-net")
    docker(session, "docker run -v quizlab-data:/data quizlab/base:1 true")
    report = runner.reset(lab)
    kinds = {(r.kind, r.name) for r in report.removed}
    assert ("volume", "quizlab-data") in kinds and ("network", "quizlab-net") in kinds
    assert before.diff(daemon_state(docker_client)) == {}
    decoys.assert_untouched()
