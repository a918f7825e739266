"""For every lab, wrong ways that must fail and different right ways that must pass: one table.

A row is what a learner does (docker command lines, with the lab's params filled in, and edits to
the lab's files), the answers they type, and what the check must say: exactly which checks fail
(none for a way that passes), or at least which, and what a message names.
"""

from __future__ import annotations

import json
import os
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import pytest

from labs.helpers import docker, failing, lab_started
from quizapp.core.labs import LabError

pytestmark = [pytest.mark.docker, pytest.mark.slow]


@dataclass(frozen=True)
class Run:
    """A docker command line as a learner types it."""

    command: str
    input: tuple[str, ...] = ()
    detach_keys: bool = False
    # Docker refuses it: a LabError whose English message holds this text ("" for any).
    refused: str | None = None
    # It may fail on this machine (a host port taken): the checks judge what it left either way.
    may_fail: bool = False


@dataclass(frozen=True)
class Do:
    """Anything else the learner does: edit a file, or read something off the daemon first."""

    what: Callable[["World"], None]


@dataclass
class World:
    session: Any
    client: Any
    tmp_path: Path


@dataclass(frozen=True)
class Way:
    lab: str
    name: str
    steps: tuple[Run | Do, ...]
    # Exactly these checks fail (empty: the way passes); else at least `fails_at_least` and at most `fails_at_most`.
    fails: frozenset[str] | None = frozenset()
    fails_at_least: frozenset[str] = frozenset()
    fails_at_most: frozenset[str] | None = None
    # Checks that must pass whatever else fails.
    passes: frozenset[str] = frozenset()
    # A check's English message names this (params like {port} filled in).
    says: tuple[tuple[str, str], ...] = ()
    answers: Callable[[World], dict[str, str]] | None = None

    @property
    def id(self) -> str:
        return f"{self.lab}/{self.name}"


def fails(*ids: str) -> frozenset[str]:
    return frozenset(ids)


# --- what some ways do besides typing commands ------------------------------------------------
def newest_container(client, image: str = "quizlab/base:1") -> str:
    cs = client.containers.list(all=True, filters={"ancestor": image})
    cs = [c for c in cs if not c.name.startswith("qtest")]
    return max(cs, key=lambda c: c.attrs["Created"]).name


def start_newest_interactively(world: World) -> None:
    docker(world.session, f"docker start -a -i {newest_container(world.client)}", input=["exit"])


def edit_page(world: World) -> None:
    page = world.session.workdir / "public" / "index.html"
    page.write_text(page.read_text().replace("Hello from a container", "Changed by the test"))


def edit_source(world: World) -> None:
    src = world.session.workdir / "server.sh"
    src.write_text(src.read_text().replace("server version 1", "server version 2 (test)"))


def copy_deps_before_the_rest(world: World) -> None:
    dockerfile = world.session.workdir / "Dockerfile"
    text = dockerfile.read_text()
    text = text.replace("COPY . /app\nRUN sh install.sh\n", "COPY deps.txt /app/deps.txt\nCOPY install.sh /app/install.sh\nRUN sh install.sh\nCOPY . /app\n")
    dockerfile.write_text(text)


def build_elsewhere(world: World) -> None:
    other = world.tmp_path / "other"
    other.mkdir()
    (other / "Dockerfile").write_text('FROM quizlab/base:1\nCMD ["httpd", "-f", "-p", "80"]\n')
    docker(world.session, f"docker build -t quizlab/web:1 {other}")


def tag_the_quiet_build(world: World) -> None:
    image_id = docker(world.session, "docker build -q .").strip()
    docker(world.session, f"docker tag {image_id} quizlab/web:1")


SECRET_WORD = re.compile(r"secret word: ([a-z]+)")


def ticker_words(client) -> list[str]:
    return SECRET_WORD.findall(client.containers.get("quizlab-ticker").logs().decode())


def ticker_has_spoken(world: World) -> None:
    """The ticker says its word once it runs: wait for it (the learner would read it off the logs)."""
    deadline = time.monotonic() + 10
    while not ticker_words(world.client):
        assert time.monotonic() < deadline, "the ticker printed no secret word within 10 s"
        time.sleep(0.05)


def last_word(world: World) -> dict[str, str]:
    return {"word": ticker_words(world.client)[-1]}


def image_id(world: World) -> str:
    return world.client.images.get("quizlab/web:1").id


# --- the table ---------------------------------------------------------------------------------
WAYS = [
    # hello-container
    Way("hello-container", "run-without-it-fails", (Run("docker run quizlab/base:1"),), fails=fails("interactive"),
        answers=lambda w: {"name": newest_container(w.client)}),
    Way("hello-container", "create-then-start-interactive-passes", (Run("docker create -it quizlab/base:1"), Do(start_newest_interactively)),
        answers=lambda w: {"name": newest_container(w.client)}),
    Way("hello-container", "wrong-name-fails", (Run("docker run -it quizlab/base:1", input=("exit",)),), fails=fails("name"),
        says=(("name", "not_its_name"),), answers=lambda w: {"name": "not_its_name"}),
    # build-and-run
    Way("build-and-run", "ports-swapped-fails",
        (Run("docker build -t quizlab/web:1 {workdir}"), Run("docker run -d --name quizlab-web -p 127.0.0.1:80:{port} quizlab/web:1", may_fail=True)),
        # Host port 80 may be taken here: then the container exists but is not running.
        fails=None, fails_at_least=fails("port", "page"), fails_at_most=fails("port", "page", "running"),
        says=(("port", "80:{port}"),)),  # it says what it found instead: host 80 to container {port}
    Way("build-and-run", "publish-equals-and-tag-after-build-passes",
        (Do(tag_the_quiet_build), Run("docker run --detach --publish={port}:80 --name=quizlab-web quizlab/web:1"))),
    Way("build-and-run", "image-from-elsewhere-fails",
        (Do(build_elsewhere), Run("docker run -d --name quizlab-web -p {port}:80 quizlab/web:1")), fails=None, fails_at_least=fails("from-lab")),
    # stop-and-start
    Way("stop-and-start", "run-instead-of-start-fails",
        (Run("docker stop -t 1 quizlab-web"), Run("docker rm quizlab-web"), Run("docker run -d --name quizlab-web -p {port}:80 quizlab/web:1")),
        fails=fails("same")),
    Way("stop-and-start", "long-forms-pass",
        (Run("docker container stop --time 1 quizlab-web"), Run("docker container ls --all"), Run("docker container start quizlab-web"))),
    Way("stop-and-start", "without-stopping-fails", (Run("docker start quizlab-web"),), fails=None, fails_at_least=fails("stopped")),
    # rebuild-snapshot
    Way("rebuild-snapshot", "run-old-image-fails",
        (Do(edit_page), Run("docker tag quizlab/web:1 quizlab/web:2"), Run("docker run -d --name quizlab-web2 -p {port2}:80 quizlab/web:2")),
        fails=None, fails_at_least=fails("differs", "new-page")),
    Way("rebuild-snapshot", "build-without-edit-fails",
        (Run("docker build -t quizlab/web:2 {workdir}"), Run("docker run -d --name quizlab-web2 -p {port2}:80 quizlab/web:2")),
        fails=None, fails_at_least=fails("differs", "edited")),
    Way("rebuild-snapshot", "image-build-and-create-start-passes",
        (Do(edit_page), Run("docker image build --tag quizlab/web:2 ."), Run("docker create --name quizlab-web2 --publish {port2}:80 quizlab/web:2"),
         Run("docker start quizlab-web2"))),
    # layer-cache
    Way("layer-cache", "slow-order-fails",
        (Run("docker build -t quizlab/app:1 {workdir}"), Do(edit_source), Run("docker build -t quizlab/app:2 {workdir}")),
        fails=fails("deps-cached", "shared-layers")),
    Way("layer-cache", "separate-copies-pass",
        (Do(copy_deps_before_the_rest), Run("docker image build -t quizlab/app:1 ."), Do(edit_source), Run("docker image build -t quizlab/app:2 ."))),
    # logs-and-attach
    Way("logs-and-attach", "attached-run-fails",
        (Run("docker run -it --name quizlab-ticker quizlab/ticker:1", detach_keys=True), Run("docker attach quizlab-ticker", detach_keys=True)),
        fails=fails("detached"), answers=last_word),
    Way("logs-and-attach", "create-then-start-passes",
        (Run("docker create -t -i --name quizlab-ticker quizlab/ticker:1"), Run("docker start quizlab-ticker"), Do(ticker_has_spoken),
         Run("docker container logs quizlab-ticker"), Run("docker container attach quizlab-ticker", detach_keys=True)),
        answers=lambda w: {"word": last_word(w)["word"].upper()}),  # the answer is not case-sensitive
    Way("logs-and-attach", "without-attach-fails",
        (Run("docker run -dit --name quizlab-ticker quizlab/ticker:1"), Do(ticker_has_spoken)), fails=fails("attached"), answers=last_word),
    # interactive-input
    Way("interactive-input", "start-without-attach-fails",
        (Run("docker run -it --name quizlab-greet quizlab/greet:1", input=("Ada",)), Run("docker start quizlab-greet")),
        fails=None, fails_at_least=fails("exited", "twice")),
    Way("interactive-input", "without-i-fails",
        # Without -i nothing can be read: greet ends with an error at once.
        (Run("docker run -t --name quizlab-greet quizlab/greet:1", input=("Ada",), may_fail=True),),
        fails=None, fails_at_least=fails("flags", "exited", "twice")),
    Way("interactive-input", "create-then-start-twice-passes",
        (Run("docker create --interactive --tty --name quizlab-greet quizlab/greet:1"), Run("docker start -ai quizlab-greet", input=("Ada",)),
         Run("docker container start --attach --interactive quizlab-greet", input=("Grace",)))),
    # clean-up
    Way("clean-up", "removed-by-hand-instead-of-rm-fails",
        (Run("docker rm quizlab-old"), Run("docker rmi quizlab/old:1"), Run("docker run --name quizlab-once quizlab/base:1 echo bye"),
         Run("docker rm quizlab-once")),
        fails=fails("once"), says=(("once", "without --rm"),)),
    Way("clean-up", "rmi-before-rm-is-refused-by-docker", (Run("docker rmi quizlab/old:1", refused=""),),
        fails=None, fails_at_least=fails("old-container", "old-image", "once")),
    Way("clean-up", "long-forms-pass",
        (Run("docker container rm quizlab-old"), Run("docker image rm quizlab/old:1"),
         Run("docker container run --rm=true --name=quizlab-once quizlab/base:1 true"))),
    # inspect-and-copy
    Way("inspect-and-copy", "wrong-path-and-short-id-fail",
        (Run("docker cp {workdir}/notes.txt quizlab-web:/app/notes.txt"), Run("docker cp quizlab-web:/app/secret.txt {workdir}/secret.txt")),
        fails=fails("id", "copied-in", "served"), answers=lambda w: {"port": "80", "id": image_id(w).split(":")[1][:2]}),
    Way("inspect-and-copy", "long-forms-and-full-id-pass",
        (Run("docker container cp notes.txt quizlab-web:/app/public/"), Run("docker container cp quizlab-web:/app/secret.txt .")),
        answers=lambda w: {"port": "80/tcp", "id": image_id(w)}),
    # name-and-tag
    Way("name-and-tag", "run-by-latest-fails",
        (Run("docker build -t quizlab/app:1.0 {workdir}"), Run("docker tag quizlab/app:1.0 quizlab/app:latest"),
         Run("docker run -d --name quizlab-app1 quizlab/app")),
        fails=fails("by-tag")),
    Way("name-and-tag", "two-tags-at-build-passes",
        (Run("docker build -t quizlab/app:1.0 -t quizlab/app ."), Run("docker run --detach --name quizlab-app1 quizlab/app:1.0"))),
    # push-and-pull
    Way("push-and-pull", "run-local-without-pull-fails",
        (Run("docker tag quizlab/web:1 localhost:{registry}/quizlab/web:1"), Run("docker push localhost:{registry}/quizlab/web:1"),
         Run("docker run -d --name quizlab-pulled localhost:{registry}/quizlab/web:1")),
        fails=None, fails_at_least=fails("deleted", "pulled"), passes=fails("pushed")),
    Way("push-and-pull", "image-subcommands-pass",
        (Run("docker image tag quizlab/web:1 localhost:{registry}/quizlab/web:1"), Run("docker image push localhost:{registry}/quizlab/web:1"),
         Run("docker image rm quizlab/web:1"), Run("docker image rm localhost:{registry}/quizlab/web:1"),
         Run("docker image pull localhost:{registry}/quizlab/web:1"), Run("docker container run -d --name quizlab-pulled localhost:{registry}/quizlab/web:1"))),
    # registry-login
    Way("registry-login", "push-without-login-fails",
        (Run("docker tag quizlab/web:1 localhost:{auth_registry}/quizlab/web:1"), Run("docker push localhost:{auth_registry}/quizlab/web:1", refused="auth")),
        fails=fails("pushed", "push-event")),
    Way("registry-login", "long-options-pass",
        (Run("docker login localhost:{auth_registry} --username={user} --password={password}"),
         Run("docker image tag quizlab/web:1 localhost:{auth_registry}/quizlab/web:1"), Run("docker image push localhost:{auth_registry}/quizlab/web:1"))),
]


def take(step: Run | Do, world: World) -> None:
    if isinstance(step, Do):
        step.what(world)
        return
    run = lambda: docker(world.session, step.command, input=list(step.input), detach_keys=step.detach_keys)  # noqa: E731
    if step.refused is not None:
        with pytest.raises(LabError) as refused:
            run()
        assert step.refused.lower() in refused.value.message["en"].lower()
    elif step.may_fail:
        try:
            run()
        except LabError:
            pass
    else:
        run()


@pytest.mark.parametrize("way", WAYS, ids=lambda way: way.id)
def test_way(way: Way, runner, labs, docker_client, tmp_path):
    lab = labs[way.lab]
    with lab_started(runner, lab) as session:
        world = World(session, docker_client, tmp_path)
        for step in way.steps:
            take(step, world)
        report = runner.check(lab, way.answers(world) if way.answers else None)
    failed = {c.id for c in report.checks if not c.passed}
    if way.fails is not None:
        assert failed == way.fails, failing(report)
    else:
        assert way.fails_at_least <= failed, failing(report)
        assert way.fails_at_most is None or failed <= way.fails_at_most, failing(report)
    assert report.passed == (not failed)
    assert not (way.passes & failed), failing(report)
    for check_id, text in way.says:
        message = next(c for c in report.checks if c.id == check_id).message["en"]
        assert text.format(**session.params) in message


def test_every_lab_has_a_way_that_passes_and_one_that_fails(labs):
    ways = {}
    for way in WAYS:
        ways.setdefault(way.lab, set()).add(way.fails == frozenset())
    assert set(ways) == set(labs)
    assert all(kinds == {True, False} for kinds in ways.values()), ways
    assert len({way.id for way in WAYS}) == len(WAYS)


def test_registry_login_reset_logs_out(runner, labs):
    lab = labs["registry-login"]
    with lab_started(runner, lab) as s:
        docker(s, "docker login -u {user} -p {password} localhost:{auth_registry}")
        config = Path(os.environ["DOCKER_CONFIG"]) / "config.json"
        assert f"localhost:{s.params['auth_registry']}" in json.loads(config.read_text()).get("auths", {})
    assert f"localhost:{s.params['auth_registry']}" not in json.loads(config.read_text()).get("auths", {})
