"""Every released schema version opens in the current quizapp with its data intact.

tests/fixtures/db-vN.sqlite3 is a database as version N wrote it; add one per released version.
"""

import shutil
import sqlite3
from pathlib import Path

import pytest

from quizapp.core.store import SCHEMA_VERSION, Store

FIXTURES = Path(__file__).parent / "fixtures"


def fixture_versions():
    return sorted(int(p.stem.split("-v")[1]) for p in FIXTURES.glob("db-v*.sqlite3"))


def test_there_is_a_fixture_for_every_released_version():
    assert fixture_versions() == list(range(1, SCHEMA_VERSION + 1))


@pytest.mark.parametrize("version", fixture_versions())
def test_old_database_opens_with_its_history(version, data_dir):
    shutil.copy(FIXTURES / f"db-v{version}.sqlite3", data_dir / "quizapp.sqlite3")
    store = Store.open(data_dir)
    try:
        assert store.recovered_from is None
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        log = store.review_log()
        assert [(e.card_id, e.rating) for e in log[:2]] == [("image-what-is-it", 3), ("container-what-is-it", 1)]
        assert store.get_card("image-what-is-it").reps == 1
        assert store.get_card("lab:build-and-run").kind == "lab"
        attempt = store.current_lab_attempt("hello-container")
        assert attempt.answers == {"name": "quirky_turing"} and attempt.params == {"port": 3000}
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        store.close()


def test_fixture_is_not_modified_by_the_test_run():
    # The tests copy the fixture; the committed file must stay at its own version.
    conn = sqlite3.connect(f"file:{FIXTURES / 'db-v1.sqlite3'}?immutable=1", uri=True)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    finally:
        conn.close()
