"""Finding the daemon as the docker CLI does, and a distinct message for each way it fails."""

from __future__ import annotations

import hashlib
import json

import pytest

from quizapp.core.labs import daemon
from quizapp.core.labs.daemon import DaemonProblem, connect, docker_host


@pytest.fixture
def clean_env(monkeypatch, tmp_path):
    for var in ("DOCKER_HOST", "DOCKER_CONTEXT", "DOCKER_TLS_VERIFY", "DOCKER_CERT_PATH"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("DOCKER_CONFIG", str(tmp_path / "cfg"))
    return tmp_path / "cfg"


def test_docker_host_wins(clean_env, monkeypatch):
    monkeypatch.setenv("DOCKER_HOST", "tcp://127.0.0.1:2375")
    assert docker_host() == ("tcp://127.0.0.1:2375", "DOCKER_HOST")


def _write_context(cfg, name, host):
    meta = cfg / "contexts" / "meta" / hashlib.sha256(name.encode()).hexdigest()
    meta.mkdir(parents=True)
    (meta / "meta.json").write_text(json.dumps({"Name": name, "Metadata": {}, "Endpoints": {"docker": {"Host": host, "SkipTLSVerify": False}}}))


def test_current_context_from_the_cli_config(clean_env):
    cfg = clean_env
    _write_context(cfg, "desktop", "unix:///home/me/.docker/run/docker.sock")
    (cfg / "config.json").write_text(json.dumps({"currentContext": "desktop"}))
    assert docker_host() == ("unix:///home/me/.docker/run/docker.sock", "context desktop")


def test_docker_context_variable_beats_the_config(clean_env, monkeypatch):
    cfg = clean_env
    _write_context(cfg, "a", "unix:///a.sock")
    _write_context(cfg, "b", "unix:///b.sock")
    (cfg / "config.json").write_text(json.dumps({"currentContext": "a"}))
    monkeypatch.setenv("DOCKER_CONTEXT", "b")
    assert docker_host()[0] == "unix:///b.sock"


def test_default_socket_without_context(clean_env):
    host, source = docker_host()
    assert source == "default"
    assert host in ("unix:///var/run/docker.sock", "npipe:////./pipe/docker_engine")


def test_unreachable_host_is_not_running_with_the_fix(clean_env, monkeypatch, tmp_path):
    monkeypatch.setenv("DOCKER_HOST", f"unix://{tmp_path}/none.sock")
    problem = connect()
    assert isinstance(problem, DaemonProblem)
    assert problem.kind == "not_running"
    assert "systemctl start docker" in problem.message["en"] and "systemctl start docker" in problem.message["ko"]


def test_closed_tcp_port_is_not_running(clean_env, monkeypatch):
    monkeypatch.setenv("DOCKER_HOST", "tcp://127.0.0.1:1")
    problem = connect()
    assert isinstance(problem, DaemonProblem) and problem.kind == "not_running"


def test_missing_socket_and_no_cli_is_not_installed(clean_env, monkeypatch, tmp_path):
    monkeypatch.setattr(daemon, "endpoint", lambda host=None: ({"base_url": f"unix://{tmp_path}/docker.sock"}, "default"))
    monkeypatch.setattr(daemon.shutil, "which", lambda name: None)
    problem = connect()
    assert problem.kind == "not_installed"
    assert "apt install docker.io" in problem.message["en"]


def test_missing_socket_with_cli_is_not_running(clean_env, monkeypatch, tmp_path):
    monkeypatch.setattr(daemon, "endpoint", lambda host=None: ({"base_url": f"unix://{tmp_path}/docker.sock"}, "default"))
    monkeypatch.setattr(daemon.shutil, "which", lambda name: "/usr/bin/docker")
    assert connect().kind == "not_running"


def test_socket_without_permission_names_the_docker_group(clean_env, monkeypatch, tmp_path):
    sock = tmp_path / "docker.sock"
    sock.write_text("")
    monkeypatch.setattr(daemon, "docker_host", lambda: (f"unix://{sock}", "default"))
    monkeypatch.setattr(daemon.os, "access", lambda path, mode: False)
    problem = connect()
    assert problem.kind == "permission"
    assert "usermod -aG docker" in problem.message["en"] and "usermod -aG docker" in problem.message["ko"]


def test_permission_error_from_the_sdk_is_classified():
    problem = daemon._classify(Exception("Error while fetching server API version: ('Connection aborted.', PermissionError(13, 'Permission denied'))"), None, "default")
    assert problem.kind == "permission"


def test_old_api_is_refused(clean_env, monkeypatch):
    import docker

    class OldClient:
        def __init__(self, **kwargs):
            self.api = type("Api", (), {"_version": "1.30", "timeout": 4})()

        def close(self):
            pass

    monkeypatch.setenv("DOCKER_HOST", "tcp://127.0.0.1:2375")
    monkeypatch.setattr(docker, "DockerClient", OldClient)
    problem = connect()
    assert problem.kind == "api_too_old"
    assert "1.30" in problem.message["en"]


@pytest.mark.docker
def test_real_daemon_connects(docker_client):
    assert docker_client.ping()


def test_a_contexts_tls_material_is_used_not_only_its_host(clean_env):
    """The SDK's ContextAPI reads a context's TLS files; they used to be dropped silently."""
    cfg = clean_env
    name = "remote"
    _write_context(cfg, name, "tcp://build.example.invalid:2376")
    meta = json.loads((cfg / "contexts" / "meta" / hashlib.sha256(name.encode()).hexdigest() / "meta.json").read_text())
    meta["Endpoints"]["docker"]["SkipTLSVerify"] = False
    (cfg / "contexts" / "meta" / hashlib.sha256(name.encode()).hexdigest() / "meta.json").write_text(json.dumps(meta))
    tls_dir = cfg / "contexts" / "tls" / hashlib.sha256(name.encode()).hexdigest() / "docker"
    tls_dir.mkdir(parents=True)
    for f in ("ca.pem", "cert.pem", "key.pem"):
        (tls_dir / f).write_text("-----BEGIN CERTIFICATE-----\n")
    (cfg / "config.json").write_text(json.dumps({"currentContext": name}))
    kwargs, source = daemon.endpoint()
    assert source == "context remote"
    assert kwargs["base_url"] == "tcp://build.example.invalid:2376"
    tls = kwargs["tls"]
    assert tls.ca_cert == str(tls_dir / "ca.pem")
    assert tls.cert == (str(tls_dir / "cert.pem"), str(tls_dir / "key.pem"))


def test_docker_host_comes_with_its_tls_variables(clean_env, monkeypatch, tmp_path):
    certs = tmp_path / "certs"
    certs.mkdir()
    for f in ("ca.pem", "cert.pem", "key.pem"):
        (certs / f).write_text("-----BEGIN CERTIFICATE-----\n")
    monkeypatch.setenv("DOCKER_HOST", "tcp://127.0.0.1:2376")
    monkeypatch.setenv("DOCKER_TLS_VERIFY", "1")
    monkeypatch.setenv("DOCKER_CERT_PATH", str(certs))
    kwargs, source = daemon.endpoint()
    assert source == "DOCKER_HOST"
    assert kwargs["tls"].verify == str(certs / "ca.pem") or kwargs["tls"].verify is True
    assert kwargs["tls"].cert == (str(certs / "cert.pem"), str(certs / "key.pem"))


def test_a_host_given_as_an_argument_wins_over_the_environment(clean_env, monkeypatch):
    monkeypatch.setenv("DOCKER_HOST", "tcp://127.0.0.1:2375")
    assert daemon.docker_host("unix:///given.sock") == ("unix:///given.sock", "setting")
    _write_context(clean_env, "ctx", "unix:///ctx.sock")
    assert daemon.docker_host("ctx") == ("unix:///ctx.sock", "context ctx")
