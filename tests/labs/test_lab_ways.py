"""For every lab, a wrong way that must fail and a different right way that must pass."""

from __future__ import annotations

import pytest

from labs.helpers import docker, failing, lab_started
from quizapp.core.labs import LabError

pytestmark = [pytest.mark.docker, pytest.mark.slow]


def _check(runner, lab, **answers):
    return runner.check(lab, answers or None)


def _failed_ids(report):
    return {c.id for c in report.checks if not c.passed}


# --- hello-container -------------------------------------------------------------------------
def _newest_name(client, image="quizlab/base:1"):
    cs = client.containers.list(all=True, filters={"ancestor": image})
    cs = [c for c in cs if not c.name.startswith("qtest")]
    return max(cs, key=lambda c: c.attrs["Created"]).name


def test_hello_container_without_it_fails(runner, labs, docker_client):
    lab = labs["hello-container"]
    with lab_started(runner, lab) as s:
        docker(s, "docker run quizlab/base:1")
        report = _check(runner, lab, name=_newest_name(docker_client))
        assert not report.passed
        assert _failed_ids(report) == {"interactive"}


def test_hello_container_create_then_start_interactive_passes(runner, labs, docker_client):
    lab = labs["hello-container"]
    with lab_started(runner, lab) as s:
        docker(s, "docker create -it quizlab/base:1")
        name = _newest_name(docker_client)
        docker(s, f"docker start -a -i {name}", input=["exit"])
        report = _check(runner, lab, name=name)
        assert report.passed, failing(report)


def test_hello_container_wrong_name_fails(runner, labs):
    lab = labs["hello-container"]
    with lab_started(runner, lab) as s:
        docker(s, "docker run -it quizlab/base:1", input=["exit"])
        report = _check(runner, lab, name="not_its_name")
        assert _failed_ids(report) == {"name"}
        assert "not_its_name" in next(c for c in report.checks if c.id == "name").message["en"]


# --- build-and-run ---------------------------------------------------------------------------
def test_build_and_run_ports_swapped_fails(runner, labs):
    lab = labs["build-and-run"]
    with lab_started(runner, lab) as s:
        docker(s, "docker build -t quizlab/web:1 {workdir}")
        try:
            docker(s, "docker run -d --name quizlab-web -p 127.0.0.1:80:{port} quizlab/web:1")
        except LabError:
            pass  # host port 80 is taken on this machine: the container exists, not running
        report = _check(runner, lab)
        assert {"port", "page"} <= _failed_ids(report) <= {"port", "page", "running"}
        port_msg = next(c for c in report.checks if c.id == "port").message["en"]
        # It says what it found instead: host 80 to container {port}.
        assert f"80:{s.params['port']}" in port_msg


def test_build_and_run_publish_equals_and_tag_after_build_passes(runner, labs, docker_client):
    lab = labs["build-and-run"]
    with lab_started(runner, lab) as s:
        out = docker(s, "docker build -q .")
        docker(s, f"docker tag {out.strip()} quizlab/web:1")
        docker(s, "docker run --detach --publish={port}:80 --name=quizlab-web quizlab/web:1")
        report = _check(runner, lab)
        assert report.passed, failing(report)


def test_build_and_run_image_from_elsewhere_fails(runner, labs, tmp_path):
    lab = labs["build-and-run"]
    with lab_started(runner, lab) as s:
        other = tmp_path / "other"
        other.mkdir()
        (other / "Dockerfile").write_text('FROM quizlab/base:1\nCMD ["httpd", "-f", "-p", "80"]\n')
        docker(s, f"docker build -t quizlab/web:1 {other}")
        docker(s, "docker run -d --name quizlab-web -p {port}:80 quizlab/web:1")
        report = _check(runner, lab)
        assert "from-lab" in _failed_ids(report)
        assert not report.passed


# --- stop-and-start --------------------------------------------------------------------------
def test_stop_and_start_run_instead_of_start_fails(runner, labs):
    lab = labs["stop-and-start"]
    with lab_started(runner, lab) as s:
        docker(s, "docker stop -t 1 quizlab-web")
        docker(s, "docker rm quizlab-web")
        docker(s, "docker run -d --name quizlab-web -p {port}:80 quizlab/web:1")
        report = _check(runner, lab)
        assert _failed_ids(report) == {"same"}


def test_stop_and_start_long_forms_pass(runner, labs):
    lab = labs["stop-and-start"]
    with lab_started(runner, lab) as s:
        docker(s, "docker container stop --time 1 quizlab-web")
        docker(s, "docker container ls --all")
        docker(s, "docker container start quizlab-web")
        report = _check(runner, lab)
        assert report.passed, failing(report)


def test_stop_and_start_without_stopping_fails(runner, labs):
    lab = labs["stop-and-start"]
    with lab_started(runner, lab) as s:
        docker(s, "docker start quizlab-web")
        report = _check(runner, lab)
        assert "stopped" in _failed_ids(report)


# --- rebuild-snapshot ------------------------------------------------------------------------
def _edit_page(session):
    page = session.workdir / "public" / "index.html"
    page.write_text(page.read_text().replace("Hello from a container", "Changed by the test"))


def test_rebuild_snapshot_run_old_image_fails(runner, labs):
    lab = labs["rebuild-snapshot"]
    with lab_started(runner, lab) as s:
        _edit_page(s)
        docker(s, "docker tag quizlab/web:1 quizlab/web:2")
        docker(s, "docker run -d --name quizlab-web2 -p {port2}:80 quizlab/web:2")
        report = _check(runner, lab)
        assert {"differs", "new-page"} <= _failed_ids(report)


def test_rebuild_snapshot_build_without_edit_fails(runner, labs):
    lab = labs["rebuild-snapshot"]
    with lab_started(runner, lab) as s:
        docker(s, "docker build -t quizlab/web:2 {workdir}")
        docker(s, "docker run -d --name quizlab-web2 -p {port2}:80 quizlab/web:2")
        report = _check(runner, lab)
        assert {"differs", "edited"} <= _failed_ids(report)


def test_rebuild_snapshot_image_build_and_create_start_passes(runner, labs):
    lab = labs["rebuild-snapshot"]
    with lab_started(runner, lab) as s:
        _edit_page(s)
        docker(s, "docker image build --tag quizlab/web:2 .")
        docker(s, "docker create --name quizlab-web2 --publish {port2}:80 quizlab/web:2")
        docker(s, "docker start quizlab-web2")
        report = _check(runner, lab)
        assert report.passed, failing(report)


# --- layer-cache ---------------------------------------------------------------------------
def _edit_source(session):
    src = session.workdir / "server.sh"
    src.write_text(src.read_text().replace("server version 1", "server version 2 (test)"))


def test_layer_cache_slow_order_fails(runner, labs):
    lab = labs["layer-cache"]
    with lab_started(runner, lab) as s:
        docker(s, "docker build -t quizlab/app:1 {workdir}")
        _edit_source(s)
        docker(s, "docker build -t quizlab/app:2 {workdir}")
        report = _check(runner, lab)
        assert _failed_ids(report) == {"deps-cached", "shared-layers"}


def test_layer_cache_separate_copies_pass(runner, labs):
    lab = labs["layer-cache"]
    with lab_started(runner, lab) as s:
        dockerfile = s.workdir / "Dockerfile"
        text = dockerfile.read_text()
        text = text.replace("COPY . /app\nRUN sh install.sh\n", "COPY deps.txt /app/deps.txt\nCOPY install.sh /app/install.sh\nRUN sh install.sh\nCOPY . /app\n")
        dockerfile.write_text(text)
        docker(s, "docker image build -t quizlab/app:1 .")
        _edit_source(s)
        docker(s, "docker image build -t quizlab/app:2 .")
        report = _check(runner, lab)
        assert report.passed, failing(report)


# --- logs-and-attach -----------------------------------------------------------------------
def _word(client):
    import re

    logs = client.containers.get("quizlab-ticker").logs().decode()
    return re.findall(r"secret word: ([a-z]+)", logs)[-1]


def test_logs_and_attach_attached_run_fails(runner, labs, docker_client):
    lab = labs["logs-and-attach"]
    with lab_started(runner, lab) as s:
        docker(s, "docker run -it --name quizlab-ticker quizlab/ticker:1", detach_keys=True)
        docker(s, "docker attach quizlab-ticker", detach_keys=True)
        report = _check(runner, lab, word=_word(docker_client))
        assert _failed_ids(report) == {"detached"}


def test_logs_and_attach_create_then_start_passes(runner, labs, docker_client):
    lab = labs["logs-and-attach"]
    with lab_started(runner, lab) as s:
        docker(s, "docker create -t -i --name quizlab-ticker quizlab/ticker:1")
        docker(s, "docker start quizlab-ticker")
        import time

        time.sleep(0.5)
        docker(s, "docker container logs quizlab-ticker")
        docker(s, "docker container attach quizlab-ticker", detach_keys=True)
        report = _check(runner, lab, word=_word(docker_client).upper())
        assert report.passed, failing(report)


def test_logs_and_attach_without_attach_fails(runner, labs, docker_client):
    lab = labs["logs-and-attach"]
    with lab_started(runner, lab) as s:
        docker(s, "docker run -dit --name quizlab-ticker quizlab/ticker:1")
        import time

        time.sleep(0.5)
        report = _check(runner, lab, word=_word(docker_client))
        assert _failed_ids(report) == {"attached"}


# --- interactive-input -----------------------------------------------------------------------
def test_interactive_input_start_without_attach_fails(runner, labs):
    lab = labs["interactive-input"]
    with lab_started(runner, lab) as s:
        docker(s, "docker run -it --name quizlab-greet quizlab/greet:1", input=["Ada"])
        docker(s, "docker start quizlab-greet")
        report = _check(runner, lab)
        assert {"exited", "twice"} <= _failed_ids(report)


def test_interactive_input_without_i_fails(runner, labs):
    lab = labs["interactive-input"]
    with lab_started(runner, lab) as s:
        # Without -i nothing can be read: greet ends with an error at once.
        try:
            docker(s, "docker run -t --name quizlab-greet quizlab/greet:1", input=["Ada"])
        except Exception:
            pass
        report = _check(runner, lab)
        assert {"flags", "exited", "twice"} <= _failed_ids(report)


def test_interactive_input_create_then_start_twice_passes(runner, labs):
    lab = labs["interactive-input"]
    with lab_started(runner, lab) as s:
        docker(s, "docker create --interactive --tty --name quizlab-greet quizlab/greet:1")
        docker(s, "docker start -ai quizlab-greet", input=["Ada"])
        docker(s, "docker container start --attach --interactive quizlab-greet", input=["Grace"])
        report = _check(runner, lab)
        assert report.passed, failing(report)


# --- clean-up ------------------------------------------------------------------------------
def test_clean_up_removed_by_hand_instead_of_rm_fails(runner, labs):
    lab = labs["clean-up"]
    with lab_started(runner, lab) as s:
        docker(s, "docker rm quizlab-old")
        docker(s, "docker rmi quizlab/old:1")
        docker(s, "docker run --name quizlab-once quizlab/base:1 echo bye")
        docker(s, "docker rm quizlab-once")
        report = _check(runner, lab)
        assert _failed_ids(report) == {"once"}
        assert "without --rm" in next(c for c in report.checks if c.id == "once").message["en"]


def test_clean_up_rmi_before_rm_is_refused_by_docker(runner, labs):
    lab = labs["clean-up"]
    with lab_started(runner, lab) as s:
        with pytest.raises(LabError):
            docker(s, "docker rmi quizlab/old:1")
        report = _check(runner, lab)
        assert {"old-container", "old-image", "once"} <= _failed_ids(report)


def test_clean_up_long_forms_pass(runner, labs):
    lab = labs["clean-up"]
    with lab_started(runner, lab) as s:
        docker(s, "docker container rm quizlab-old")
        docker(s, "docker image rm quizlab/old:1")
        docker(s, "docker container run --rm=true --name=quizlab-once quizlab/base:1 true")
        report = _check(runner, lab)
        assert report.passed, failing(report)


# --- inspect-and-copy ----------------------------------------------------------------------
def test_inspect_and_copy_wrong_path_and_short_id_fail(runner, labs, docker_client):
    lab = labs["inspect-and-copy"]
    with lab_started(runner, lab) as s:
        image_id = docker_client.images.get("quizlab/web:1").id.split(":")[1]
        docker(s, "docker cp {workdir}/notes.txt quizlab-web:/app/notes.txt")
        docker(s, "docker cp quizlab-web:/app/secret.txt {workdir}/secret.txt")
        report = _check(runner, lab, port="80", id=image_id[:2])
        assert _failed_ids(report) == {"id", "copied-in", "served"}


def test_inspect_and_copy_long_forms_and_full_id_pass(runner, labs, docker_client):
    lab = labs["inspect-and-copy"]
    with lab_started(runner, lab) as s:
        image_id = docker_client.images.get("quizlab/web:1").id
        docker(s, "docker container cp notes.txt quizlab-web:/app/public/")
        docker(s, "docker container cp quizlab-web:/app/secret.txt .")
        report = _check(runner, lab, port="80/tcp", id=image_id)
        assert report.passed, failing(report)


# --- name-and-tag --------------------------------------------------------------------------
def test_name_and_tag_run_by_latest_fails(runner, labs):
    lab = labs["name-and-tag"]
    with lab_started(runner, lab) as s:
        docker(s, "docker build -t quizlab/app:1.0 {workdir}")
        docker(s, "docker tag quizlab/app:1.0 quizlab/app:latest")
        docker(s, "docker run -d --name quizlab-app1 quizlab/app")
        report = _check(runner, lab)
        assert _failed_ids(report) == {"by-tag"}


def test_name_and_tag_two_tags_at_build_passes(runner, labs):
    lab = labs["name-and-tag"]
    with lab_started(runner, lab) as s:
        docker(s, "docker build -t quizlab/app:1.0 -t quizlab/app .")
        docker(s, "docker run --detach --name quizlab-app1 quizlab/app:1.0")
        report = _check(runner, lab)
        assert report.passed, failing(report)


# --- push-and-pull -------------------------------------------------------------------------
def test_push_and_pull_run_local_without_pull_fails(runner, labs):
    lab = labs["push-and-pull"]
    with lab_started(runner, lab) as s:
        docker(s, "docker tag quizlab/web:1 localhost:{registry}/quizlab/web:1")
        docker(s, "docker push localhost:{registry}/quizlab/web:1")
        docker(s, "docker run -d --name quizlab-pulled localhost:{registry}/quizlab/web:1")
        report = _check(runner, lab)
        assert {"deleted", "pulled"} <= _failed_ids(report)
        assert "pushed" not in _failed_ids(report)


def test_push_and_pull_image_subcommands_pass(runner, labs):
    lab = labs["push-and-pull"]
    with lab_started(runner, lab) as s:
        docker(s, "docker image tag quizlab/web:1 localhost:{registry}/quizlab/web:1")
        docker(s, "docker image push localhost:{registry}/quizlab/web:1")
        docker(s, "docker image rm quizlab/web:1")
        docker(s, "docker image rm localhost:{registry}/quizlab/web:1")
        docker(s, "docker image pull localhost:{registry}/quizlab/web:1")
        docker(s, "docker container run -d --name quizlab-pulled localhost:{registry}/quizlab/web:1")
        report = _check(runner, lab)
        assert report.passed, failing(report)


# --- registry-login ------------------------------------------------------------------------
def test_registry_login_push_without_login_fails(runner, labs):
    lab = labs["registry-login"]
    with lab_started(runner, lab) as s:
        docker(s, "docker tag quizlab/web:1 localhost:{auth_registry}/quizlab/web:1")
        with pytest.raises(LabError) as exc:
            docker(s, "docker push localhost:{auth_registry}/quizlab/web:1")
        assert "auth" in exc.value.message["en"].lower()
        report = _check(runner, lab)
        assert _failed_ids(report) == {"pushed", "push-event"}


def test_registry_login_long_options_pass(runner, labs):
    lab = labs["registry-login"]
    with lab_started(runner, lab) as s:
        docker(s, "docker login localhost:{auth_registry} --username={user} --password={password}")
        docker(s, "docker image tag quizlab/web:1 localhost:{auth_registry}/quizlab/web:1")
        docker(s, "docker image push localhost:{auth_registry}/quizlab/web:1")
        report = _check(runner, lab)
        assert report.passed, failing(report)


def test_registry_login_reset_logs_out(runner, labs):
    import json
    import os
    from pathlib import Path

    lab = labs["registry-login"]
    with lab_started(runner, lab) as s:
        docker(s, "docker login -u {user} -p {password} localhost:{auth_registry}")
        config = Path(os.environ["DOCKER_CONFIG"]) / "config.json"
        assert f"localhost:{s.params['auth_registry']}" in json.loads(config.read_text()).get("auths", {})
    assert f"localhost:{s.params['auth_registry']}" not in json.loads(config.read_text()).get("auths", {})
