"""Check functions against a stand-in client: the reasoning, without a daemon."""

from __future__ import annotations

from pathlib import Path

from docker.errors import NotFound

from quizapp.core.labs.checks import CHECKS, CheckContext, parse_docker_time


class _Stream(list):
    def close(self):
        pass


class FakeClient:
    def __init__(self, events=(), containers=None):
        self._events = list(events)
        self.containers = self
        self._by_name = containers or {}

    def events(self, **kwargs):
        return _Stream(self._events)

    def get(self, name):
        if name not in self._by_name:
            raise NotFound(name)
        return self._by_name[name]


def ev(action, name, t, cid="c1", type_="container"):
    return {"Type": type_, "Action": action, "Actor": {"ID": cid, "Attributes": {"name": name}}, "timeNano": int(t * 1e9)}


def ctx(client, **kw):
    return CheckContext(client=client, params={}, workdir=Path("/nonexistent"), since=0.0, **kw)


def test_recorded_events_count_when_the_daemon_forgot_them():
    c = ctx(FakeClient(events=[]), recorded_events=[ev("stop", "quizlab-web", 1), ev("start", "quizlab-web", 2)])
    assert CHECKS["container_event"](c, name="quizlab-web", actions=["stop", "start"]).passed


def test_missing_event_says_what_was_seen():
    c = ctx(FakeClient(events=[ev("start", "quizlab-web", 2)]))
    out = CHECKS["container_event"](c, name="quizlab-web", actions=["stop"])
    assert not out.passed and "start" in out.found["en"] and "stop" in out.found["en"]


def test_attach_right_before_start_is_an_attached_start():
    attached = ctx(FakeClient(events=[ev("create", "quizlab-t", 1), ev("attach", "quizlab-t", 2), ev("start", "quizlab-t", 3)]))
    assert not CHECKS["started_detached"](attached, name="quizlab-t").passed
    detached = ctx(FakeClient(events=[ev("create", "quizlab-t", 1), ev("start", "quizlab-t", 3), ev("attach", "quizlab-t", 4)]))
    assert CHECKS["started_detached"](detached, name="quizlab-t").passed
    assert CHECKS["attached_later"](detached, name="quizlab-t").passed
    assert not CHECKS["attached_later"](attached, name="quizlab-t").passed


def test_removed_by_daemon_needs_the_recorded_rm_flag():
    events = [ev("create", "quizlab-once", 1), ev("start", "quizlab-once", 2), ev("die", "quizlab-once", 3), ev("destroy", "quizlab-once", 3.05)]
    by_hand = ctx(FakeClient(events=events), recorded={"quizlab-once": [{"id": "c1", "name": "quizlab-once", "auto_remove": False}]})
    out = CHECKS["removed_by_daemon"](by_hand, name="quizlab-once")
    assert not out.passed and "without --rm" in out.found["en"]
    auto = ctx(FakeClient(events=events), recorded={"quizlab-once": [{"id": "c1", "name": "quizlab-once", "auto_remove": True}]})
    assert CHECKS["removed_by_daemon"](auto, name="quizlab-once").passed


def test_docker_times_with_nanoseconds():
    assert parse_docker_time("2026-11-30T11:02:20.123456789Z") == parse_docker_time("2026-11-30T11:02:20Z") + 0.123456789
    assert parse_docker_time("") == 0.0
