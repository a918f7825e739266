"""Reset after the Docker daemon restarted in between: the daemon's short event history is gone
and the lab's containers have stopped; reset still removes everything the attempt made.

Restarting the daemon stops every container on it, so this runs only where the test may do that
(CI sets QUIZAPP_TEST_DAEMON_RESTART=1; it restarts dockerd with the command line it had)."""

from __future__ import annotations

import os
import signal
import subprocess
import time
import warnings
from pathlib import Path

import pytest

from labs.helpers import daemon_state, docker

pytestmark = [pytest.mark.docker, pytest.mark.slow]


def _dockerd() -> tuple[int, list[str]]:
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            argv = [a.decode() for a in (proc / "cmdline").read_bytes().split(b"\0") if a]
        except OSError:
            continue
        if argv and Path(argv[0]).name == "dockerd":
            return int(proc.name), argv
    pytest.fail("no dockerd process found to restart")


def _restart_daemon() -> None:
    """Stop dockerd as a shutdown would and start it again with its own command line. One still
    running 60 s after SIGTERM is killed (reset must cope with a crashed daemon too) and started
    again, since the tests after this one need a daemon, and the test warns."""
    pid, argv = _dockerd()
    os.kill(pid, signal.SIGTERM)
    slow = _wait_gone(pid, 60)
    if slow:
        os.kill(pid, signal.SIGKILL)
        _wait_gone(pid, 20)
    log = open(os.environ.get("QUIZAPP_DOCKERD_LOG", "/tmp/quizapp-dockerd.log"), "ab")
    subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=log, stderr=log, start_new_session=True)
    deadline = time.monotonic() + 60
    while subprocess.run(["docker", "info"], capture_output=True).returncode != 0:
        if time.monotonic() > deadline:
            pytest.fail("dockerd did not answer within 60 s after its restart")
        time.sleep(0.5)
    if slow:
        warnings.warn(f"dockerd (pid {pid}) did not end within 60 s of SIGTERM: killed, then started again")


def _wait_gone(pid: int, seconds: float) -> bool:
    """Wait for process `pid` to end; whether it was still running after `seconds`."""
    deadline = time.monotonic() + seconds
    while not _ended(pid):
        if time.monotonic() > deadline:
            return True
        time.sleep(0.2)
    return False


def _ended(pid: int) -> bool:
    """A dockerd this test started earlier is this process's child: once it exits it stays in
    /proc as a zombie until reaped, which looked like a dockerd that would not stop."""
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:  # not ours: its own parent reaps it
        pass
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return True
    return state == "Z"


@pytest.mark.skipif(os.environ.get("QUIZAPP_TEST_DAEMON_RESTART") != "1", reason="restarts the Docker daemon: set QUIZAPP_TEST_DAEMON_RESTART=1 (CI does)")
@pytest.mark.parametrize("lab_id", ["build-and-run", "layer-cache"])
def test_reset_after_the_daemon_restarted(runner, labs, lab_id, decoys, docker_client):
    lab = labs[lab_id]
    before = daemon_state(docker_client)
    session = runner.start(lab)
    runner.solve(lab)
    docker(session, "docker run quizlab/base:1 echo hi")
    assert before.diff(daemon_state(docker_client)) != {}
    _restart_daemon()
    try:
        report = runner.reset(lab)
        assert report.left == []
        assert before.diff(daemon_state(docker_client)) == {}
    finally:
        # The learner's running decoy stopped with the daemon; the other tests expect it running.
        docker_client.containers.get("qtest-decoy").start()
    decoys.assert_untouched()
