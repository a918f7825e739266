"""Docker fixtures for the lab tests.

Tests that need the daemon skip with the reason when none is reachable, unless
QUIZAPP_REQUIRE_DOCKER=1 (CI), when they fail instead. Everything the tests make is named
`quizlab-…`/`quizlab/…` (by the labs) or `qtest-…`/`qtestdecoy/…` (the decoys that prove a lab
leaves other things alone); `docker login` writes to a temporary DOCKER_CONFIG.
"""

from __future__ import annotations

import io
import os
import time
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
    """The learner's own things, made before any lab starts, of every kind a lab could mistake for
    its own: a named container, an unnamed one, both from an image built FROM the labs' base, an
    unnamed container of the base itself, a volume and a network. They must survive every lab."""

    client: object
    container_id: str
    unnamed_id: str
    base_child_id: str
    image_id: str
    volume_name: str
    network_id: str

    def assert_untouched(self) -> None:
        c = self.client.containers.get("qtest-decoy")
        assert c.id == self.container_id
        assert c.status == "running", c.status
        assert self.client.containers.get(self.unnamed_id).id == self.unnamed_id
        assert self.client.containers.get(self.base_child_id).id == self.base_child_id
        img = self.client.images.get("qtestdecoy/keep:1")
        assert img.id == self.image_id
        assert self.client.volumes.get(self.volume_name).name == self.volume_name
        assert self.client.networks.get(self.network_id).name == "qtest-decoy-net"


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
    for net in client.networks.list(names=["qtest-decoy-net"]):
        net.remove()
    image, _ = client.images.build(fileobj=ctx, custom_context=True, tag="qtestdecoy/keep:1", rm=True)
    volume = client.volumes.create("qtest-decoy-vol")
    network = client.networks.create("qtest-decoy-net")
    container = client.containers.run(image.id, name="qtest-decoy", detach=True, volumes={volume.name: {"bind": "/data", "mode": "rw"}}, network=network.name)
    unnamed = client.containers.create(image.id, command=["true"])
    base_child = client.containers.create(BASE_REF, command=["echo", "hi"])
    # Made a moment before any lab starts: creation times are compared to the second, then finer.
    # This sleep is the condition itself: the clock must pass into a later second than the decoys'.
    time.sleep(1.1)
    d = Decoys(client, container.id, unnamed.id, base_child.id, image.id, volume.name, network.id)
    yield d
    for c in (container, unnamed, base_child):
        c.remove(force=True)
    client.images.remove("qtestdecoy/keep:1", force=True)
    volume.remove(force=True)
    network.remove()


@pytest.fixture(scope="session")
def labs():
    return {lab.id: lab for lab in all_labs()}


@pytest.fixture
def runner(docker_client, lab_data_dir):
    from quizapp.core.clock import SystemClock
    from quizapp.core.store import Store

    store = Store.open(lab_data_dir)
    from quizapp.core.review import lab_scheduler

    r = LabRunner(store, docker_client, lab_data_dir, SystemClock(), CONTENT, schedule=lab_scheduler(store))
    yield r
    store.close()
