"""For every lab, a wrong way that must fail and a different right way that must pass."""

from __future__ import annotations

import pytest

from labs.helpers import docker, failing, lab_started

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
        docker(s, "docker run -d --name quizlab-web -p 127.0.0.1:80:{port} quizlab/web:1")
        report = _check(runner, lab)
        assert _failed_ids(report) == {"port", "page"}
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
