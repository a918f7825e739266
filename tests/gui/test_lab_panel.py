"""The lab panel's pieces that need no daemon: the check lines, the live panel's rows, and which
daemon events move the live panel."""

from __future__ import annotations

from dataclasses import dataclass

from quizapp.gui.views.labs.daemon import moves_the_live_panel
from quizapp.gui.views.labs.data import check_line, split_found


def test_a_check_line_says_the_same_thing_once():
    # "There is no image ... (docker build -t ...)" and the daemon's "(there is no image ...)"
    en = "There is no image quizlab/web:1 yet (docker build -t ...) (there is no image quizlab/web:1)"
    assert check_line(en) == ("There is no image quizlab/web:1 yet (docker build -t ...)", "")
    ko = "이미지 quizlab/web:1이 없습니다 (docker build -t ...) (이미지 quizlab/web:1이(가) 없습니다)"
    assert check_line(ko) == ("이미지 quizlab/web:1이 없습니다 (docker build -t ...)", "")


def test_what_the_daemon_found_stays_when_it_adds_something():
    line, found = check_line("quizlab-web is not running (quizlab-web is exited)")
    assert (line, found) == ("quizlab-web is not running", "quizlab-web is exited")
    # a particle such as 이(가) at the end is no group of its own
    assert split_found("포트 3000이(가)") == ("포트 3000이(가)", "")
    assert check_line("quizlab-web was made from quizlab/web:1") == ("quizlab-web was made from quizlab/web:1", "")


def test_image_events_move_the_live_panel_as_container_events_do():
    def event(kind, action, actor_id, **attrs):
        return {"Type": kind, "Action": action, "Actor": {"ID": actor_id, "Attributes": attrs}}

    # an untag or delete names only the image's id, never the lab's tag: it counts all the same
    assert moves_the_live_panel(event("image", "untag", "sha256:abc", name="sha256:abc"))
    assert moves_the_live_panel(event("image", "delete", "sha256:abc", name="sha256:abc"))
    for action in ("tag", "pull", "build"):
        assert moves_the_live_panel(event("image", action, "quizlab/web:1", name="quizlab/web:1"))
    assert moves_the_live_panel(event("container", "start", "c1", name="quizlab-web", image="quizlab/web:1"))
    assert moves_the_live_panel(event("container", "die", "c2", name="eager_turing", image="quizlab/base:1"))
    assert not moves_the_live_panel(event("container", "start", "c3", name="postgres", image="postgres:16"))
    assert not moves_the_live_panel(event("network", "connect", "n1", name="bridge"))


def test_the_live_panel_lists_images_and_containers(qtbot):
    from quizapp.gui.views.labs.live import LivePanel

    @dataclass
    class Resource:
        kind: str
        name: str
        id: str
        state: str
        made_by: str = "learner"

    panel = LivePanel()
    qtbot.addWidget(panel)
    panel.retranslate()
    panel.show_resources(
        [Resource("container", "quizlab-web", "c1", "running"), Resource("image", "quizlab/web:1", "sha256:0123456789abcdef0123", "quizlab/web:1")],
        True,
    )
    rows = [tuple(panel.table.item(i, j).text() for j in range(3)) for i in range(panel.table.rowCount())]
    assert rows == [("image", "quizlab/web:1", "0123456789ab"), ("container", "quizlab-web", "running")]
    assert panel.empty.isHidden()
    panel.show_resources([], True)
    assert panel.table.rowCount() == 0 and not panel.empty.isHidden()


def test_the_context_name_default_is_not_translated(qtbot):
    """The badge said "Docker 27.0 · 기본" in Korean: "default" is the context's name."""
    from quizapp.gui.i18n import LanguageSwitch
    from quizapp.gui.views.labs.daemon import DaemonBadge, DaemonStatus

    badge = DaemonBadge()
    qtbot.addWidget(badge)
    switch = LanguageSwitch()
    try:
        switch.apply("ko")
        badge.show_status(DaemonStatus(True, version="27.0", host="unix:///var/run/docker.sock", source="default"), "ko")
        assert badge.text() == "● Docker 27.0 · default"
    finally:
        switch.apply("en")
    from PySide6.QtCore import Qt

    assert badge.focusPolicy() == Qt.NoFocus  # Tab in a view never lands on the status bar


def test_the_results_say_each_check_once_and_what_reset_removed(qtbot):
    from quizapp.gui.app import ensure_app
    from quizapp.gui.views.labs.panel import results_html

    ensure_app()

    @dataclass
    class Result:
        id: str
        passed: bool
        message: dict

    @dataclass
    class Report:
        passed: bool
        checks: list

    report = Report(
        False,
        [
            Result("image", True, {"ko": "이미지 quizlab/web:1이 있습니다", "en": "The image quizlab/web:1 exists"}),
            Result(
                "running",
                False,
                {"ko": "quizlab-web이 실행 중이 아닙니다 (quizlab-web의 상태는 exited입니다)", "en": "quizlab-web is not running (quizlab-web is exited)"},
            ),
            Result("again", False, {"ko": "x", "en": "There is no image quizlab/x:1 yet (docker build -t ...) (there is no image quizlab/x:1)"}),
        ],
    )
    html = results_html(report, None, "en", "#777777", "This check took 3.1 s")
    assert html.count("<b>✔</b>") == 1 and html.count("<b>✘</b>") == 2
    assert "The daemon says: quizlab-web is exited" in html
    assert html.count("there is no image quizlab/x:1") == 0 and "There is no image quizlab/x:1 yet" in html
    assert "This check took 3.1 s" in html and "Not yet" in html
    removed = results_html(None, ["container quizlab-web", "image quizlab/web:1"], "en", "#777777")
    assert "Reset removed:" in removed and "• container quizlab-web" in removed and "image quizlab/web:1" in removed
    assert "nothing to remove" in results_html(None, [], "en", "#777777")
