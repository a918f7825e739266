"""Fixtures for the window's tests: a window on a temporary data folder and a small test deck.

Every test here fails on a Qt warning (qutebrowser's `qt_log_level_fail = WARNING`). The offscreen
platform's one unavoidable notice (it cannot pass size hints to a window system it does not have)
is ignored by name.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CONTENT = Path(__file__).parent / "content"
QT_NOTICES_IGNORED = [r"This plugin does not support propagateSizeHints\(\)"]


def pytest_collection_modifyitems(config, items):
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            for pattern in QT_NOTICES_IGNORED:
                item.add_marker(pytest.mark.qt_log_ignore(pattern))


@pytest.fixture
def content_dir():
    return CONTENT


def make_window(qtbot, data_dir, clock, *, lang="en", docker=False, content=CONTENT):
    from quizapp.gui.app import ensure_app
    from quizapp.gui.study import GuiOptions
    from quizapp.gui.window import MainWindow

    ensure_app()
    window = MainWindow(GuiOptions(data_dir=data_dir, lang=lang, clock=clock, content_dir=content, shuffle_seed=7, docker=docker))
    qtbot.addWidget(window, before_close_func=lambda w: w.shutdown())
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.study.collection is not None, timeout=20000)
    return window


@pytest.fixture
def window(qtbot, data_dir, clock):
    return make_window(qtbot, data_dir, clock)


def docker_answers() -> bool:
    try:
        return subprocess.run(["docker", "info"], capture_output=True, timeout=20).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


@pytest.fixture(scope="session")
def docker_daemon(docker_lock):
    """A reachable daemon, or a skip that says why (a failure when QUIZAPP_REQUIRE_DOCKER=1)."""
    if docker_answers():
        return True
    reason = "no Docker daemon answers `docker info` (start dockerd, or run .ci/docker-engine.sh)"
    if os.environ.get("QUIZAPP_REQUIRE_DOCKER") == "1":
        pytest.fail(reason + "; QUIZAPP_REQUIRE_DOCKER=1 requires one")
    pytest.skip(reason)


@pytest.fixture(autouse=True)
def english_after_each_test():
    """The translator belongs to the application, not to a window: a test that opened a Korean
    window would leave every later test's texts in Korean."""
    yield
    from PySide6.QtWidgets import QApplication

    from quizapp.gui.i18n import LanguageSwitch

    if QApplication.instance() is not None:
        LanguageSwitch().apply("en")
