import os
from datetime import datetime, timezone
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def data_dir(tmp_path):
    d = tmp_path / "data"
    d.mkdir()
    return d


@pytest.fixture
def clock():
    from quizapp.core.clock import FixedClock

    # 10:00 UTC on a Monday: well inside the study day that started at 04:00.
    return FixedClock(datetime(2026, 3, 2, 10, 0, tzinfo=timezone.utc))


@pytest.fixture
def store(data_dir):
    from quizapp.core.store import Store

    s = Store.open(data_dir)
    yield s
    s.close()


LOCK_PATH = Path(os.environ.get("QUIZAPP_DOCKER_TEST_LOCK", "/tmp/quizapp-docker-tests.lock"))
LOCK_WAIT_S = 1800


@pytest.fixture(scope="session")
def docker_lock():
    """One test session at a time uses the daemon: lab names (quizlab-web, port 3000) are global.
    Every test that touches the daemon (tests/labs, tests/gui) takes it."""
    import fcntl
    import time

    f = open(LOCK_PATH, "a+")
    deadline = time.monotonic() + LOCK_WAIT_S
    while True:
        try:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
            break
        except OSError:
            if time.monotonic() > deadline:
                pytest.fail(f"another test session held {LOCK_PATH} for {LOCK_WAIT_S}s")
            time.sleep(0.5)
    yield
    fcntl.flock(f, fcntl.LOCK_UN)
    f.close()
