import os
from datetime import datetime, timezone

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
