"""Live mode in the window: a right answer to a live command card runs in its lab on the worker,
and each of the lab's checks is shown; the lab cleans up after itself. With live mode off, or a
wrong answer, nothing runs."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt

from .conftest import CONTENT, make_window
from .helpers import press, type_text
from .test_review_keyboard import open_review, reveal

LIVE_DECK = """\
cards:
  - id: t-live
    type: command
    concepts: [container]
    prompt: {ko: "quizlab-gui-hello를 실행하세요.", en: "Run quizlab-gui-hello."}
    answer: docker run --name quizlab-gui-hello quizlab/base:1 true
    live: true
    lab: gui-hello
"""


@pytest.fixture
def live_content(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    for f in (content / "cards").glob("*.yaml"):
        f.unlink()
    (content / "cards" / "10-live.yaml").write_text(LIVE_DECK, encoding="utf-8")
    return content


def with_live_mode(data_dir, on: bool) -> None:
    from quizapp.core.settings import Settings
    from quizapp.core.store import Store

    store = Store.open(data_dir)
    store.save_settings(Settings(live_commands=on))
    store.close()


def leftovers() -> str:
    return subprocess.run(["docker", "ps", "-a", "--filter", "name=quizlab-gui-hello", "--format", "{{.Names}}"], capture_output=True, text=True).stdout.strip()


@pytest.mark.docker
def test_right_answer_runs_live_and_shows_each_check(qtbot, data_dir, clock, live_content, docker_daemon):
    with_live_mode(data_dir, True)
    window = make_window(qtbot, data_dir, clock, content=live_content)
    review, first = open_review(qtbot, window)
    assert first == "t-live"
    type_text(qtbot, window, "docker run --name=quizlab-gui-hello quizlab/base:1 true")
    with qtbot.waitSignal(review.live_finished, timeout=120000):
        reveal(qtbot, window, review, Qt.Key_Return)
        assert review.grade.correct
        assert "Running your command against Docker" in review.live_output.text()
    assert "✓ quizlab-gui-hello ran and exited cleanly" in review.live_output.text()
    assert leftovers() == ""  # the lab was reset after the run


def answer_live_card(qtbot, data_dir, clock, content, *, live: bool, answer: str):
    """A window with live mode on or off, `answer` typed to the live card and checked."""
    with_live_mode(data_dir, live)
    window = make_window(qtbot, data_dir, clock, content=content)
    review, _ = open_review(qtbot, window)
    type_text(qtbot, window, answer)
    reveal(qtbot, window, review, Qt.Key_Return)
    return window, review


def test_live_mode_off_runs_nothing(qtbot, data_dir, clock, live_content):
    _, review = answer_live_card(qtbot, data_dir, clock, live_content, live=False, answer="docker run --name quizlab-gui-hello quizlab/base:1 true")
    assert review.grade.correct
    assert not review.live_output.isVisible()


def test_wrong_answer_runs_nothing(qtbot, data_dir, clock, live_content):
    window, review = answer_live_card(qtbot, data_dir, clock, live_content, live=True, answer="docker run quizlab/base:1 true")
    assert not review.grade.correct
    assert not review.live_output.isVisible()
    press(qtbot, window, Qt.Key_1)
