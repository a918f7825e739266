"""The live command runner: each forbidden form refused (with a reason in both languages), and a
live card's answer run for real, judged, and cleaned up."""

from __future__ import annotations

import pytest

from quizapp.core.grading.command import parse_command
from quizapp.core.labs.live import refusal, run_live_command
from labs.helpers import daemon_state

FORBIDDEN = {
    "privileged": "docker run --privileged quizlab/base:1",
    "host-mount-v": "docker run -v /:/host quizlab/base:1",
    "host-mount-relative": "docker run -v ./data:/data quizlab/base:1",
    "host-mount-mount": "docker run --mount type=bind,source=/etc,target=/x quizlab/base:1",
    "host-network": "docker run --network host quizlab/base:1",
    "host-net-alias": "docker run --net=host quizlab/base:1",
    "host-pid": "docker run --pid=host quizlab/base:1",
    "host-ipc": "docker create --ipc host quizlab/base:1",
    "cap-add": "docker run --cap-add SYS_ADMIN quizlab/base:1",
    "device": "docker run --device /dev/sda quizlab/base:1",
    "container-prune": "docker container prune -f",
    "image-prune": "docker image prune -a",
    "system-prune": "docker system prune -af",
    "system-df": "docker system df",
    "rm-foreign": "docker rm -f my-database",
    "rmi-foreign": "docker rmi postgres:16",
    "rmi-base": "docker rmi quizlab/base:1",
    "stop-foreign": "docker stop my-database",
    "shell-operator": "docker ps && rm -rf ~",
    "other-daemon": "docker -H tcp://10.0.0.1:2375 ps",
    "exec": "docker exec quizlab-web sh",
    "build-outside": "docker build -t quizlab/x:1 /",
    "build-url": "docker build -t quizlab/x:1 https://example.com/repo.git",
    "push-remote": "docker push quizlab/web:1",
    "cp-host-path": "docker cp quizlab-web:/app/secret.txt /etc/secret.txt",
    "named-volume-foreign": "docker run -v mydata:/data quizlab/base:1",
    "mount-volume-foreign": "docker run --mount type=volume,src=mydata,dst=/data quizlab/base:1",
    "volumes-from": "docker run --volumes-from my-database quizlab/base:1",
}


@pytest.mark.parametrize("name", sorted(FORBIDDEN))
def test_forbidden_form_is_refused_with_a_reason(name):
    result = run_live_command(None, FORBIDDEN[name], docker="/bin/false")
    assert not result.ran
    assert result.refused and result.refused["ko"] and result.refused["en"]
    assert result.refused["ko"] != result.refused["en"]


@pytest.mark.parametrize(
    "text",
    [
        "docker run -d --name quizlab-web -p 3000:80 quizlab/web:1",
        "docker run -v quizlab-data:/data quizlab/base:1",
        "docker run --mount type=volume,src=quizlab-data,dst=/data quizlab/base:1",
        "docker run -v /data quizlab/base:1",
        "docker rm -f quizlab-web",
        "docker rmi quizlab/web:1",
        "docker stop quizlab-web",
        "docker ps -a",
        "docker build -t quizlab/web:1 .",
        "docker push localhost:5000/quizlab/web:1",
        "docker pull localhost:5000/quizlab/web:1",
        "docker cp notes.txt quizlab-web:/app/public/notes.txt",
    ],
)
def test_curriculum_commands_are_allowed(text):
    assert refusal(parse_command(text)) is None


def test_unparseable_command_is_refused_with_the_graders_message():
    result = run_live_command(None, "docker run --nonsense-flag quizlab/base:1", docker="/bin/false")
    assert not result.ran and result.refused["en"]


@pytest.mark.docker
@pytest.mark.slow
def test_live_card_runs_is_judged_and_cleaned_up(runner, labs, docker_client, decoys):
    lab = labs["build-and-run"]
    from quizapp.core.labs.assets import port_free

    if not port_free(3000):
        pytest.skip("port 3000 is taken on this machine")
    before = daemon_state(docker_client)
    result = run_live_command(docker_client, "docker run -d --name quizlab-web -p 3000:80 quizlab/web:1", lab=lab, runner=runner)
    assert result.ran and result.returncode == 0, result.stderr
    assert result.report.passed, [c.message["en"] for c in result.report.checks if not c.passed]
    assert before.diff(daemon_state(docker_client)) == {}
    decoys.assert_untouched()


@pytest.mark.docker
@pytest.mark.slow
def test_live_card_wrong_answer_fails_and_is_cleaned_up(runner, labs, docker_client):
    lab = labs["build-and-run"]
    before = daemon_state(docker_client)
    result = run_live_command(docker_client, "docker run -d --name quizlab-web quizlab/web:1", lab=lab, runner=runner)
    assert result.ran
    assert not result.report.passed
    assert "port" in {c.id for c in result.report.checks if not c.passed}
    assert before.diff(daemon_state(docker_client)) == {}


@pytest.mark.docker
@pytest.mark.slow
def test_live_run_has_a_time_limit(runner, labs, docker_client):
    lab = labs["hello-container"]
    result = run_live_command(docker_client, "docker run --name quizlab-sleepy quizlab/base:1 sleep 60", lab=lab, runner=runner, timeout=2)
    assert result.ran and result.timed_out
    assert "quizlab-sleepy" not in [c.name for c in docker_client.containers.list(all=True)]


@pytest.mark.docker
def test_rm_by_id_of_a_lab_container_is_allowed_but_not_of_a_foreign_one(docker_client, decoys):
    assert refusal(parse_command(f"docker rm {decoys.container_id[:12]}"), docker_client) is not None
