"""The window's connection to the Docker daemon: one object that connects (on the worker, to the
host it is given), holds the client and the LabRunner built on it, follows the daemon's event
stream on a thread of its own, and says so by signal. The badge in the status bar shows it."""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QToolButton

from quizapp.core.i18n import pick
from quizapp.core.labs.ownership import is_lab_container
from quizapp.gui.i18n import translate
from quizapp.gui.worker import run_background


@dataclass
class DaemonStatus:
    ok: bool
    version: str = ""
    host: str = ""
    source: str = ""
    problem: dict[str, str] = field(default_factory=dict)
    kind: str = ""


# DOCKER_HOST and DOCKER_CONTEXT as they were before a setting changed them, so clearing the
# setting goes back to them.
_ENV_NAMES = ("DOCKER_HOST", "DOCKER_CONTEXT")
_env_before_setting: dict[str, str | None] | None = None


def connect_daemon(docker_host: str) -> tuple[Any, DaemonStatus]:
    """(client or None, status). A docker host from the settings wins over the environment; it is
    put in the environment so the docker commands a lab runs talk to the same daemon."""
    global _env_before_setting
    from quizapp.core.labs import DaemonProblem, connect
    from quizapp.core.labs.daemon import docker_host as find_host

    if _env_before_setting is not None:
        for name, value in _env_before_setting.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        _env_before_setting = None
    if docker_host:
        _env_before_setting = {name: os.environ.get(name) for name in _ENV_NAMES}
        if "://" in docker_host:
            os.environ["DOCKER_HOST"] = docker_host
        else:
            os.environ.pop("DOCKER_HOST", None)
            os.environ["DOCKER_CONTEXT"] = docker_host
    host, source = find_host()
    result = connect()
    if isinstance(result, DaemonProblem):
        return None, DaemonStatus(False, host=host or "", source=source, problem=dict(result.message), kind=result.kind)
    try:
        version = str(result.version().get("Version", ""))
    except Exception as exc:  # noqa: BLE001 - the daemon went away between ping and version
        return None, DaemonStatus(False, host=host or "", source=source, problem={"ko": str(exc), "en": str(exc)}, kind="not_running")
    return result, DaemonStatus(True, version=version, host=host or "", source=source)


def moves_the_live_panel(event: dict) -> bool:
    """Whether a daemon event may change what a lab holds. Every image event counts: an untag or
    delete names only the image's id, never the lab's tag, and builds, tags and pulls are few.
    Containers count when they are a lab's (quizlab- names) or run a lab's image."""
    kind = event.get("Type")
    if kind == "image":
        return True
    if kind == "container":
        attrs = (event.get("Actor") or {}).get("Attributes") or {}
        return is_lab_container(attrs.get("name", ""), attrs.get("image", ""))
    return False


class EventListener:
    """Reads the daemon's event stream on its own thread; calls `nudge()` for each event that may
    change a lab's live panel."""

    POLL_SECONDS = 1.0

    def __init__(self, nudge: Any):
        self._nudge = nudge
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop = threading.Event()  # a thread still winding down keeps its own, set one
        self._thread = run_background(lambda stop=self._stop: self._run(stop), "quizapp-docker-events")

    def _run(self, stop: threading.Event) -> None:
        from quizapp.core.labs import DaemonProblem, connect

        client = connect()
        if isinstance(client, DaemonProblem):
            return
        last = time.time()
        try:
            while not stop.is_set():
                until = time.time() + self.POLL_SECONDS
                stream = client.events(since=f"{last:.9f}", until=f"{until:.9f}", decode=True, filters={"type": ["container", "image"]})
                try:
                    for event in stream:
                        if stop.is_set():
                            return
                        if moves_the_live_panel(event):
                            self._nudge()
                finally:
                    stream.close()
                last = until
        except Exception:  # noqa: BLE001 - the daemon went away; the badge will say so on the next call
            pass
        finally:
            client.close()

    def stop(self) -> None:
        """Tell the thread to end; it does within a poll (a second). Nobody waits for it: it is a
        daemon thread that only reads, and closing the window should not wait either."""
        self._stop.set()
        self._thread = None


class DaemonConnection(QObject):
    """The daemon the labs talk to. `connect(host)` connects on the worker to `host` (a URL or a
    context name from the settings, or "" for the environment's), then builds the LabRunner there
    (it looks up folders); `changed` brings the status back. `event_seen` nudges for each event."""

    changed = Signal(object)  # DaemonStatus
    event_seen = Signal()

    def __init__(self, study: Any, parent: QObject | None = None):
        super().__init__(parent)
        self.study = study
        self.client: Any = None
        self.runner: Any = None
        self.status: DaemonStatus | None = None
        self.host: str | None = None
        self._connecting = False
        self.listener = EventListener(lambda: self.event_seen.emit())

    @property
    def connecting(self) -> bool:
        return self._connecting

    def connect(self, host: str) -> None:
        options = self.study.options
        if not options.docker:
            if self.status is None:
                self._connected((None, DaemonStatus(False, problem={"ko": "Docker 연결을 끈 상태로 실행되었습니다.", "en": "Started with Docker turned off."}, kind="off"), None))
            return
        if self._connecting:
            return
        self._connecting = True
        self.host = host

        def work(collection: Any, _session: Any) -> tuple[Any, DaemonStatus, Any]:
            client, status = connect_daemon(host)
            if client is None:
                return client, status, None
            from quizapp.core.labs import LabRunner
            from quizapp.core.review import lab_scheduler

            store = collection.store
            runner = LabRunner(store, client, options.data_dir, collection.clock, options.content_dir, schedule=lab_scheduler(store))
            return client, status, runner

        self.study.run(work, self._connected, self._failed)

    def connect_if_host_changed(self, host: str) -> None:
        if host != self.host:
            self.listener.stop()
            self.status = None
            self.changed.emit(None)
            self.connect(host)

    def _failed(self, exc: BaseException) -> None:
        self._connected((None, DaemonStatus(False, problem={"ko": str(exc), "en": str(exc)}, kind="error"), None))

    def _connected(self, result: tuple[Any, DaemonStatus, Any]) -> None:
        self._connecting = False
        client, status, self.runner = result
        old = self.client
        self.client, self.status = client, status
        if client is not None:
            self.listener.start()
        else:
            self.listener.stop()
        if old is not None and old is not client:
            self.study.runner.run(old.close)
        self.changed.emit(status)

    def shutdown(self) -> None:
        self.listener.stop()
        if self.client is not None:
            # The lab registries stop with the window (an open lab starts its own again at its
            # next check); on the worker, which finishes its queue before the window closes.
            client = self.client

            def stop_registries() -> None:
                from quizapp.core.labs.assets import stop_registries as stop

                stop(client)

            self.study.runner.run(stop_registries)


class DaemonBadge(QToolButton):
    """The daemon's state in the status bar; a click connects again. It takes no keyboard focus:
    Tab in a view stays in the view."""

    def __init__(self) -> None:
        super().__init__()
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonTextOnly)
        self.setFocusPolicy(Qt.NoFocus)

    def _colour(self, colour: str) -> None:
        # Through the palette, not a style sheet: a sheet on a button drew it in the platform's
        # own look, unlike every other button of the window (Fusion).
        from PySide6.QtGui import QColor, QPalette

        palette = self.palette()
        palette.setColor(QPalette.ButtonText, QColor(colour))
        self.setPalette(palette)

    def show_status(self, status: DaemonStatus | None, lang: str) -> None:
        if status is None:
            self.setText("● " + translate("Labs", "Docker: checking…"))
            self._colour("#888888")
            self.setToolTip("")
        elif status.ok:
            # A context's name ("default", "colima") is a name: never translated.
            self.setText("● " + translate("Labs", "Docker {version} · {where}").format(version=status.version, where=status.source))
            self._colour("#2e7d32")
            self.setToolTip(status.host)
        else:
            self.setText("● " + translate("Labs", "Docker: not available"))
            self._colour("#c62828")
            self.setToolTip(pick(status.problem, lang))
