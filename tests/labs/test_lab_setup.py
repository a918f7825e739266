"""Set-up makes what the lab needs and nothing more; it refuses names held by others; a taken
port is replaced; the GUI's live panel and event stream see the lab's things."""

from __future__ import annotations

import socket
import threading

import pytest

from quizapp.core.labs import LabError, follow_events
from labs.helpers import docker, lab_started

pytestmark = [pytest.mark.docker]


def test_foreign_container_holding_a_lab_name_is_refused(runner, labs, docker_client, decoys):
    lab = labs["build-and-run"]
    foreign = docker_client.containers.create("qtestdecoy/keep:1", name="quizlab-web")
    try:
        with pytest.raises(LabError) as exc:
            runner.start(lab)
        assert "quizlab-web" in exc.value.message["en"] and "quizlab-web" in exc.value.message["ko"]
        assert "did not make" in exc.value.message["en"]
        foreign.reload()
        assert foreign.name == "quizlab-web"
    finally:
        foreign.remove(force=True)
    decoys.assert_untouched()


def test_foreign_image_holding_a_lab_tag_is_refused(runner, labs, docker_client, decoys):
    lab = labs["name-and-tag"]
    docker_client.images.get("qtestdecoy/keep:1").tag("quizlab/app", "1.0")
    try:
        with pytest.raises(LabError) as exc:
            runner.start(lab)
        assert "quizlab/app:1.0" in exc.value.message["en"]
        assert docker_client.images.get("quizlab/app:1.0").id == decoys.image_id
    finally:
        docker_client.images.remove("quizlab/app:1.0")
    decoys.assert_untouched()


def test_taken_port_is_replaced_and_shown(runner, labs):
    lab = labs["build-and-run"]
    with socket.socket() as blocker:
        blocker.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            blocker.bind(("0.0.0.0", 3000))
        except OSError:
            pass  # already taken by something else: all the better
        blocker.listen()
        with lab_started(runner, lab) as s:
            assert s.params["port"] != 3000
            assert str(s.params["port"]) in lab.task.format(s.params)["en"]
            runner.solve(lab)
            assert runner.check(lab).passed


def test_start_again_resets_the_open_attempt(runner, labs, docker_client):
    lab = labs["stop-and-start"]
    first = runner.start(lab)
    try:
        first_id = docker_client.containers.get("quizlab-web").id
        second = runner.start(lab)
        assert second.attempt_id != first.attempt_id
        assert docker_client.containers.get("quizlab-web").id != first_id
        assert runner.store.lab_attempts(lab.id)[-2].outcome == "reset"
    finally:
        runner.reset(lab)


def test_resources_list_what_the_lab_holds(runner, labs):
    lab = labs["build-and-run"]
    with lab_started(runner, lab):
        assert runner.resources(lab) == []
        runner.solve(lab)
        items = {(r.kind, r.name): r for r in runner.resources(lab)}
        assert items[("container", "quizlab-web")].state == "running"
        assert items[("container", "quizlab-web")].made_by == "learner"
        assert ("image", "quizlab/web:1") in items


def test_follow_events_sees_lab_events_and_stops(runner, labs, docker_client):
    lab = labs["hello-container"]
    with lab_started(runner, lab) as s:
        since = runner.attempt(lab).resources["since"]
        seen: list[dict] = []
        stop = threading.Event()

        def worker():
            for e in follow_events(docker_client, since, stop=stop.is_set, poll=0.3):
                seen.append(e)

        t = threading.Thread(target=worker)
        t.start()
        docker(s, "docker run --name quizlab-evt quizlab/base:1 true")
        docker_client.containers.run("qtestdecoy/keep:1", ["true"], name="qtest-evt", remove=True)
        for _ in range(50):
            if any(e.get("Action") == "die" and e["Actor"]["Attributes"].get("name") == "quizlab-evt" for e in seen):
                break
            stop.wait(0.1)
        stop.set()
        t.join(timeout=5)
        assert not t.is_alive()
        names = {e["Actor"]["Attributes"].get("name") for e in seen if e.get("Type") == "container"}
        assert "quizlab-evt" in names
        assert "qtest-evt" not in names


def test_reset_without_attempt_is_harmless(runner, labs, decoys):
    lab = labs["registry-login"]
    assert runner.attempt(lab) is None or runner.attempt(lab).resources.get("cleaned")
    runner.reset(lab)
    decoys.assert_untouched()


def test_reset_leaves_another_open_labs_things(runner, labs, docker_client):
    web, hello = labs["build-and-run"], labs["hello-container"]
    with lab_started(runner, web):
        with lab_started(runner, hello) as h:
            runner.solve(web)
            docker(h, "docker run quizlab/base:1 true")
        # hello-container's reset removed its own container but not build-and-run's.
        assert docker_client.containers.get("quizlab-web").status == "running"
        assert docker_client.images.get("quizlab/web:1")
        assert runner.check(web).passed


def test_resets_beside_an_open_lab_read_the_lab_files_once(runner, labs, docker_client, monkeypatch):
    import quizapp.core.labs.runner as runner_module

    reads: list[object] = []
    original = runner_module.load_labs  # as the runner looks it up
    monkeypatch.setattr(runner_module, "load_labs", lambda *a, **k: reads.append(a) or original(*a, **k))
    web, hello = labs["build-and-run"], labs["hello-container"]
    with lab_started(runner, web):
        runner.solve(web)
        for _ in range(2):
            with lab_started(runner, hello) as h:
                docker(h, "docker run quizlab/base:1 true")
        assert docker_client.containers.get("quizlab-web").status == "running"  # still protected
    assert len(reads) == 1


def test_failed_set_up_leaves_nothing_behind(runner, labs, docker_client, monkeypatch, decoys):
    from docker.errors import APIError

    lab = labs["clean-up"]  # builds quizlab/old:1, then makes quizlab-old

    def refuse(*args, **kwargs):
        raise APIError("no room for containers today")

    from docker.models.containers import ContainerCollection

    monkeypatch.setattr(ContainerCollection, "create", refuse)
    with pytest.raises(LabError, match="no room"):
        runner.start(lab)
    monkeypatch.undo()
    images = [t for img in docker_client.images.list() for t in img.tags]
    assert "quizlab/old:1" not in images
    assert "quizlab-old" not in [c.name for c in docker_client.containers.list(all=True)]
    decoys.assert_untouched()


def test_resources_and_reset_read_in_full_only_what_may_be_the_labs(runner, labs, docker_client, decoys, monkeypatch):
    """The learner's other containers and images are not read one by one (the SDK's list() reads
    each, however many there are); the lab's still are, and reset still removes them."""
    from docker.models.containers import ContainerCollection
    from docker.models.images import ImageCollection

    lab = labs["build-and-run"]
    read: list[str] = []
    for collection in (ContainerCollection, ImageCollection):  # client.containers is made anew on each use
        original = collection.get

        def recording_get(self, ident, _original=original, **kwargs):
            read.append(ident)
            return _original(self, ident, **kwargs)

        monkeypatch.setattr(collection, "get", recording_get)
    with lab_started(runner, lab):
        runner.solve(lab)
        web = docker_client.api.inspect_container("quizlab-web")["Id"]
        read.clear()
        items = {(r.kind, r.name) for r in runner.resources(lab)}
        assert ("container", "quizlab-web") in items and ("image", "quizlab/web:1") in items
        assert web in read
        assert decoys.container_id not in read and decoys.image_id not in read
        read.clear()
    assert web in read  # reset read it, and removed it
    assert decoys.container_id not in read and decoys.image_id not in read
    assert not docker_client.api.containers(all=True, filters={"id": web})
    decoys.assert_untouched()


def test_a_registry_someone_else_runs_is_never_used(docker_client, tmp_path):
    """A registry answering on the lab's preferred port that the labs did not start (the learner's
    own) is left alone: the lab starts its own on the next free port, and cleans that one up."""
    from http.server import BaseHTTPRequestHandler, HTTPServer

    from quizapp.core.labs import assets

    class Registry(BaseHTTPRequestHandler):
        def do_GET(self):  # answers /v2/ as a registry without login does
            self.send_response(200)
            self.send_header("Docker-Distribution-Api-Version", "registry/2.0")
            self.end_headers()
            self.wfile.write(b"{}")

        def log_message(self, *_args):
            pass

    theirs = HTTPServer(("127.0.0.1", 0), Registry)
    port = theirs.server_address[1]
    serving = threading.Thread(target=theirs.serve_forever, daemon=True)
    serving.start()
    try:
        assert assets._registry_answers("plain", port)
        ours = assets.ensure_registry(docker_client, "plain", port, set())
        try:
            assert ours.owned and ours.port != port
            assert assets._registry_answers("plain", ours.port)
            assert assets.load_registry("plain").port == ours.port
        finally:
            assets.stop_registries(docker_client, tmp_path)
        assert not assets._registry_answers("plain", ours.port)  # ours is stopped
        assert assets._registry_answers("plain", port)  # theirs still answers
    finally:
        theirs.shutdown()
        theirs.server_close()


@pytest.mark.docker
def test_a_registry_is_never_multiplied_found_again_when_its_record_is_lost(docker_client, tmp_path):
    """One lab registry of a kind per user, whatever the data folder: a second start reuses it, and
    one whose record was lost (an earlier run killed) is found by its config file and stopped before
    a new one starts."""
    from quizapp.core.labs import assets

    first = assets.ensure_registry(docker_client, "plain", 5000, set())
    try:
        again = assets.ensure_registry(docker_client, "plain", 5000, set())
        assert again.port == first.port and again.pid == first.pid
        assert assets.registry_processes("plain") == [first.pid]
        (assets.shared_dir() / "registries" / "plain" / "state.json").unlink()
        third = assets.ensure_registry(docker_client, "plain", 5000, set())
        assert assets.registry_processes("plain") == [third.pid]
        assert third.pid != first.pid
    finally:
        assets.stop_registries(docker_client)
    assert assets.registry_processes() == []


@pytest.mark.docker
@pytest.mark.slow
def test_the_registry_stops_with_the_last_open_lab_that_needs_it(runner, labs, docker_client):
    from quizapp.core.labs import assets

    push, other = labs["push-and-pull"], labs["hello-container"]
    runner.start(push)
    runner.start(other)
    try:
        assert len(assets.registry_processes("plain")) == 1
        runner.reset(other)
        assert len(assets.registry_processes("plain")) == 1  # push-and-pull is still open and needs it
        # The window closed meanwhile: the open lab's next check starts its registry again, on the
        # port its task text shows.
        port = runner.attempt(push).params["registry"]
        assets.stop_registries(docker_client)
        assert assets.registry_processes() == []
        runner.check(push)
        assert len(assets.registry_processes("plain")) == 1
        assert assets.load_registry("plain").port == port
    finally:
        report = runner.reset(push)
        runner.reset(other)
    assert any(r.kind == "process" for r in report.removed)
    assert assets.registry_processes() == []
