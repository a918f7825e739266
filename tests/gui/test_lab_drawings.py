"""The lab view's drawings against the real daemon: after set-up and a learner's command, the
containers drawing holds the learner's container under its image and the lifecycle drawing its
life, both from the daemon's event stream (DaemonPictures' own thread), stopped with the window."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import Qt

from .conftest import make_window

pytestmark = [pytest.mark.docker, pytest.mark.slow]
LAB = "gui-hello"
CONTAINER = "quizlab-gui-hello"


@pytest.fixture
def lab_window(qtbot, data_dir, clock, docker_daemon):
    subprocess.run(["docker", "rm", "-f", CONTAINER], capture_output=True)
    window = make_window(qtbot, data_dir, clock, docker=True)
    yield window
    subprocess.run(["docker", "rm", "-f", CONTAINER], capture_output=True)


def drawn_containers(panel) -> dict[str, tuple[str, str]]:
    """name -> (image label, state), as the containers drawing holds them."""
    return {c.name: (image.label, c.state) for image in panel.containers_drawing.images for c in image.containers}


def test_drawings_show_the_learners_container(qtbot, lab_window):
    window = lab_window
    labs = window.view("labs")
    window.show_view("lab:" + LAB)
    qtbot.waitUntil(lambda: labs.daemon is not None and labs.page is not None, timeout=30000)
    assert labs.daemon.ok, labs.daemon.problem
    panel = labs.panel
    with qtbot.waitSignal(labs.set_up, timeout=180000):
        qtbot.mouseClick(labs.start_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: panel.pictures is not None and panel.pictures.following, timeout=10000)
    thread = panel.pictures._thread

    # the learner's command, as typed in a terminal
    subprocess.run(["docker", "run", "--name", CONTAINER, "quizlab/base:1", "true"], check=True, capture_output=True)
    qtbot.waitUntil(lambda: drawn_containers(panel).get(CONTAINER, ("", ""))[1] == "exited", timeout=20000)
    assert drawn_containers(panel)[CONTAINER][0] == "quizlab/base:1"
    qtbot.waitUntil(
        lambda: panel.lifecycle_drawing.lifecycle is not None and panel.lifecycle_drawing.lifecycle.state == "exited", timeout=20000
    )
    life = panel.lifecycle_drawing.lifecycle
    assert life.name == CONTAINER
    actions = [t.action for t in life.transitions]
    assert actions[0] == "create" and "start" in actions  # docker run attaches before it starts
    assert panel.lifecycle_drawing.lit_arrow() == ("running", "exited")

    # removed: its lifecycle ends in removed and the containers drawing no longer holds it
    subprocess.run(["docker", "rm", CONTAINER], check=True, capture_output=True)
    qtbot.waitUntil(lambda: panel.lifecycle_drawing.lifecycle.state == "removed", timeout=20000)
    qtbot.waitUntil(lambda: CONTAINER not in drawn_containers(panel), timeout=20000)

    window.shutdown()
    assert panel.pictures is None and not thread.is_alive()
