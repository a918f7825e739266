"""Docker fixtures for the lab tests.

Tests that need the daemon skip with the reason when none is reachable, unless
QUIZAPP_REQUIRE_DOCKER=1 (CI), when they fail instead. Everything the tests make is named
`quizlab-…`/`quizlab/…` (by the labs) or `qtest-…`/`qtestdecoy/…` (the decoys that prove a lab
leaves other things alone); `docker login` writes to a temporary DOCKER_CONFIG.
"""

from __future__ import annotations

import io
import os
import tarfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from quizapp.core.labs import DaemonProblem, LabRunner, connect, load_labs
from quizapp.core.labs.assets import BASE_REF, ensure_base, stop_registries

REQUIRE = os.environ.get("QUIZAPP_REQUIRE_DOCKER") == "1"
CONTENT = Path(__file__).resolve().parents[2] / "content"


def all_labs():
    return load_labs(CONTENT / "labs")


@pytest.fixture(scope="session")
def docker_client(docker_lock):
    client = connect()
    if isinstance(client, DaemonProblem):
        reason = f"no Docker daemon reachable ({client.kind}): {client.message['en']}"
        if REQUIRE:
            pytest.fail(f"QUIZAPP_REQUIRE_DOCKER=1 but {reason}")
        pytest.skip(reason)
    yield client
    client.close()


@pytest.fixture(scope="session")
def lab_data_dir(docker_client, tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("labdata")
    old = os.environ.get("DOCKER_CONFIG")
    os.environ["DOCKER_CONFIG"] = str(tmp_path_factory.mktemp("dockerconfig"))
    ensure_base(docker_client)
    yield data_dir
    stop_registries(docker_client, data_dir)
    if old is None:
        os.environ.pop("DOCKER_CONFIG", None)
    else:
        os.environ["DOCKER_CONFIG"] = old


@dataclass
class Decoys:
    """A container, an image and a volume that are not the labs'; they must survive every lab."""

    client: object
    container_id: str
    image_id: str
    volume_name: str

    def assert_untouched(self) -> None:
        c = self.client.containers.get("qtest-decoy")
        assert c.id == self.container_id
        assert c.status == "running", c.status
        img = self.client.images.get("qtestdecoy/keep:1")
        assert img.id == self.image_id
        assert self.client.volumes.get(self.volume_name).name == self.volume_name


@pytest.fixture(scope="session")
def decoys(docker_client, lab_data_dir):
    client = docker_client
    ctx = io.BytesIO()
    with tarfile.open(fileobj=ctx, mode="w") as tar:
        data = f'FROM {BASE_REF}\nLABEL qtest.decoy="1"\nCMD ["sleep", "3600"]\n'.encode()
        info = tarfile.TarInfo("Dockerfile")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    ctx.seek(0)
    try:
        client.containers.get("qtest-decoy").remove(force=True)
    except Exception:
        pass
    image, _ = client.images.build(fileobj=ctx, custom_context=True, tag="qtestdecoy/keep:1", rm=True)
    volume = client.volumes.create("qtest-decoy-vol")
    container = client.containers.run(image.id, name="qtest-decoy", detach=True, volumes={volume.name: {"bind": "/data", "mode": "rw"}})
    d = Decoys(client, container.id, image.id, volume.name)
    yield d
    container.remove(force=True)
    client.images.remove("qtestdecoy/keep:1", force=True)
    volume.remove(force=True)


@pytest.fixture(scope="session")
def labs():
    return {lab.id: lab for lab in all_labs()}


@pytest.fixture
def runner(docker_client, lab_data_dir):
    from quizapp.core.clock import SystemClock
    from quizapp.core.store import Store

    store = Store.open(lab_data_dir)
    r = LabRunner(store, docker_client, lab_data_dir, SystemClock(), CONTENT)
    yield r
    store.close()
