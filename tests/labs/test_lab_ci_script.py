"""`.ci/docker-engine.sh`: valid shell, and a no-op that exports QUIZAPP_REQUIRE_DOCKER=1 when the
engine already answers (run again and again by CI)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / ".ci" / "docker-engine.sh"
PACKAGES = ("docker.io", "busybox-static", "docker-registry", "apache2-utils")


def test_script_is_valid_sh():
    assert subprocess.run(["sh", "-n", str(SCRIPT)]).returncode == 0


@pytest.mark.docker
def test_sourcing_it_again_changes_nothing_and_sets_the_variable(docker_client):
    if shutil.which("dpkg-query") is None:
        pytest.skip("not a Debian machine")
    for pkg in PACKAGES:
        status = subprocess.run(["dpkg-query", "-W", "-f=${Status}", pkg], capture_output=True, text=True).stdout
        if "install ok installed" not in status:
            pytest.skip(f"{pkg} is not installed: the script would install it")
    out = subprocess.run(
        ["bash", "-c", f'. "{SCRIPT}"; rc=$?; echo "rc=$rc require=$QUIZAPP_REQUIRE_DOCKER"'],
        capture_output=True, text=True, timeout=60,
    )
    assert "rc=0 require=1" in out.stdout, out.stderr
    assert "starting dockerd" not in out.stderr
