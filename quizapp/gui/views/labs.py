"""Labs: the list with each lab's state, and one lab: task, hints one at a time, files, work folder,
Check, Show solution, Reset, a live panel of the lab's containers and images kept current from the
daemon's event stream, and a terminal pane. The daemon badge lives in the status bar.

Every Docker call runs on the worker; the event stream is read on its own thread (it never ends)
and only nudges the GUI, which then asks the worker for the lab's resources.
"""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.i18n import pick
from quizapp.gui.app import is_dark
from quizapp.gui.i18n import translate
from quizapp.gui.study import Study
from quizapp.gui.terminal import SUPPORTED as TERMINAL_SUPPORTED
from quizapp.gui.terminal import TerminalWidget
from quizapp.gui.views.common import heading, inline_code, install_shortcuts, wrapped_label
from quizapp.gui.worker import run_background
from quizapp.gui.signals import emit

LAB_STATES = ("not_started", "in_progress", "passed", "due")
MAX_FILE_BYTES = 64 * 1024


def state_text(state: str) -> str:
    return {
        "not_started": translate("Labs", "not started"),
        "in_progress": translate("Labs", "in progress"),
        "passed": translate("Labs", "passed"),
        "due": translate("Labs", "due again"),
    }.get(state, state)


# ----- worker-side functions (no widgets) ---------------------------------------------------------
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


def lab_state(store: Any, lab_id: str, now: Any) -> str:
    from quizapp.core.review import lab_card_id
    from quizapp.core.store import NEW

    attempts = store.lab_attempts(lab_id)
    current = next((a for a in reversed(attempts) if a.ended_at is None), None)  # as store.current_lab_attempt
    card = store.get_card(lab_card_id(lab_id))
    if current is not None and current.passed_at is None:
        return "in_progress"
    passed = any(a.passed_at for a in attempts) or (card is not None and card.state != NEW)
    if passed:
        if card is not None and card.due is not None and card.due <= now:
            return "due"
        return "passed"
    return "not_started"


def lab_states(collection: Any, labs: list[Any]) -> dict[str, str]:
    now = collection.clock.now()
    return {lab.id: lab_state(collection.store, lab.id, now) for lab in labs}


@dataclass
class LabPage:
    """What the lab page draws, read on the worker."""

    state: str
    attempt: Any
    params: dict[str, Any]
    workdir: Path | None
    files: list[tuple[str, str]]
    hints: list[dict[str, str]]
    answers: dict[str, str]


def read_files(folder: Path | None) -> list[tuple[str, str]]:
    if folder is None or not folder.is_dir():
        return []
    out = []
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        if not path.is_file() or any(part.startswith(".quizlab") for part in rel.parts):
            continue
        try:
            data = path.read_bytes()[:MAX_FILE_BYTES]
            out.append((str(rel), data.decode("utf-8")))
        except (OSError, UnicodeDecodeError):
            continue
    return out


def lab_page(collection: Any, lab: Any) -> LabPage:
    store = collection.store
    attempt = store.current_lab_attempt(lab.id)
    params = dict(attempt.params) if attempt is not None else dict(lab.params)
    workdir = Path(attempt.workdir) if attempt is not None else None
    files = read_files(workdir) if workdir is not None and workdir.is_dir() else read_files(lab.files_dir)
    hints = [lab.hints[i].format(params) for i in range(min(attempt.hints_used, len(lab.hints)))] if attempt is not None else []
    state = lab_state(store, lab.id, collection.clock.now())
    return LabPage(state, attempt, params, workdir, files, hints, dict(attempt.answers) if attempt is not None else {})


def guess_lang(name: str) -> str:
    base = Path(name).name.lower()
    if base.startswith("dockerfile") or base.endswith(".dockerfile"):
        return "dockerfile"
    return {".sh": "shell", ".json": "json", ".py": "python", ".js": "javascript"}.get(Path(base).suffix, "text")


class EventListener:
    """Reads the daemon's event stream on its own thread; calls `nudge()` for each lab event."""

    def __init__(self, nudge: Any):
        self._nudge = nudge
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop.clear()
        self._thread = run_background(self._run, "quizapp-docker-events")

    def _run(self) -> None:
        from quizapp.core.labs import DaemonProblem, connect, follow_events

        client = connect()
        if isinstance(client, DaemonProblem):
            return
        try:
            for _event in follow_events(client, time.time(), stop=self._stop.is_set, poll=1.0):
                if self._stop.is_set():
                    break
                self._nudge()
        except Exception:  # noqa: BLE001 - the daemon went away; the badge will say so on the next call
            pass
        finally:
            client.close()

    def stop(self, wait: float = 2.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(wait)
            self._thread = None


# ----- the badge ----------------------------------------------------------------------------------
class DaemonBadge(QToolButton):
    def __init__(self) -> None:
        super().__init__()
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonTextOnly)

    def show_status(self, status: DaemonStatus | None, lang: str) -> None:
        if status is None:
            self.setText("● " + translate("Labs", "Docker: checking…"))
            self.setStyleSheet("color: #888;")
            self.setToolTip("")
        elif status.ok:
            where = status.source if status.source != "default" else translate("Labs", "default")
            self.setText("● " + translate("Labs", "Docker {version} · {where}").format(version=status.version, where=where))
            self.setStyleSheet("color: #2e7d32;")
            self.setToolTip(status.host)
        else:
            self.setText("● " + translate("Labs", "Docker: not available"))
            self.setStyleSheet("color: #c62828;")
            self.setToolTip(pick(status.problem, lang))


# ----- the view -----------------------------------------------------------------------------------
class LabsView(QWidget):
    daemon_changed = Signal(object)
    lab_opened = Signal(str)
    lab_loaded = Signal(str)
    checked = Signal(object)  # CheckReport
    set_up = Signal(str)
    resources_changed = Signal(list)
    failed = Signal(str)
    _event_seen = Signal()

    def __init__(self, study: Study):
        super().__init__()
        self.study = study
        self.client: Any = None
        self.runner: Any = None
        self.daemon: DaemonStatus | None = None
        self._connecting = False
        self.states: dict[str, str] | None = None
        self.lab: Any = None
        self.page: LabPage | None = None
        self.report: Any = None
        self.solution: list[str] | None = None
        self.resources: list[Any] = []
        self.busy_with: str | None = None
        self.error: dict[str, str] | None = None
        self.listener = EventListener(lambda: emit(self._event_seen))
        self._event_seen.connect(self._schedule_resources)
        self._resources_timer = QTimer(self)
        self._resources_timer.setSingleShot(True)
        self._resources_timer.setInterval(300)
        self._resources_timer.timeout.connect(self.refresh_resources)
        # A second look after an event: a container's state can settle just after its event. And a
        # slow poll while a lab is open, in case the stream drops an event at a window boundary.
        self._settle_timer = QTimer(self)
        self._settle_timer.setSingleShot(True)
        self._settle_timer.setInterval(1500)
        self._settle_timer.timeout.connect(self.refresh_resources)
        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(5000)
        self._poll_timer.timeout.connect(self._poll)
        self.badge = DaemonBadge()
        self.badge.clicked.connect(self._badge_clicked)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        self.pages = QStackedWidget()
        outer.addWidget(self.pages)
        self.pages.addWidget(self._build_list())
        self.pages.addWidget(self._build_lab())
        study.data_changed.connect(lambda: self.refresh_states() if self.isVisible() else None)
        study.labs_loaded.connect(self._labs_loaded)
        study.settings_changed.connect(self._settings_changed)
        self._docker_host = study.settings.docker_host
        self.retranslate()

    # ----- building -------------------------------------------------------------------------------
    def _build_list(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 12, 16, 12)
        self.list_title = heading(size=20)
        layout.addWidget(self.list_title)
        self.list_note = wrapped_label()
        layout.addWidget(self.list_note)
        self.lab_list = QTableWidget(0, 3)
        self.lab_list.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.lab_list.setSelectionMode(QAbstractItemView.SingleSelection)
        self.lab_list.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.lab_list.verticalHeader().hide()
        self.lab_list.setWordWrap(False)
        self.lab_list.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeToContents)
        self.lab_list.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeToContents)
        self.lab_list.horizontalHeader().setSectionResizeMode(2, QHeaderView.Stretch)
        self.lab_list.cellActivated.connect(lambda row, _c: self._open_row(row))
        self.lab_list.cellDoubleClicked.connect(lambda row, _c: self._open_row(row))
        layout.addWidget(self.lab_list, 1)
        return page

    def _build_lab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.show_list)
        self.lab_title = heading(size=16)
        self.lab_state = QLabel()
        top.addWidget(self.back_button)
        top.addWidget(self.lab_title, 1)
        top.addWidget(self.lab_state)
        layout.addLayout(top)

        split = QSplitter(Qt.Vertical)
        upper = QSplitter(Qt.Horizontal)
        # left: task, answers, buttons, hints, results
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        self.concepts = wrapped_label()
        self.concepts.setStyleSheet("color: palette(placeholder-text);")
        self.task = wrapped_label(rich=True, selectable=True)
        folder_row = QHBoxLayout()
        self.folder_label = QLabel()
        self.folder = QLineEdit()
        self.folder.setReadOnly(True)
        self.copy_folder = QPushButton()
        self.copy_folder.clicked.connect(self._copy_folder)
        folder_row.addWidget(self.folder_label)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.copy_folder)
        self.answers_form = QFormLayout()
        self.answer_edits: dict[str, QLineEdit] = {}
        buttons = QHBoxLayout()
        self.start_button = QPushButton()
        self.check_button = QPushButton()
        self.hint_button = QPushButton()
        self.solution_button = QPushButton()
        self.reset_button = QPushButton()
        self.start_button.clicked.connect(self.start_lab)
        self.check_button.clicked.connect(self.check_lab)
        self.hint_button.clicked.connect(self.next_hint)
        self.solution_button.clicked.connect(self.show_solution)
        self.reset_button.clicked.connect(self.reset_lab)
        for b in (self.start_button, self.check_button, self.hint_button, self.solution_button, self.reset_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumHeight(10)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.status = wrapped_label(rich=True)
        self.hints = wrapped_label(rich=True, selectable=True)
        self.results = wrapped_label(rich=True, selectable=True)
        self.solution_text = wrapped_label(rich=True, selectable=True)
        left_layout.addWidget(self.concepts)
        left_layout.addWidget(self.task)
        left_layout.addLayout(folder_row)
        left_layout.addLayout(self.answers_form)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.progress)
        for w in (self.status, self.hints, self.results, self.solution_text):
            left_layout.addWidget(w)
        left_layout.addStretch(1)
        scroll.setWidget(left)
        upper.addWidget(scroll)
        # right: the live panel
        live = QWidget()
        live_layout = QVBoxLayout(live)
        live_layout.setContentsMargins(4, 0, 0, 0)
        self.live_title = QLabel()
        font = self.live_title.font()
        font.setBold(True)
        self.live_title.setFont(font)
        self.live = QTableWidget(0, 3)
        self.live.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.live.verticalHeader().hide()
        self.live.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        self.live_empty = wrapped_label()
        live_layout.addWidget(self.live_title)
        live_layout.addWidget(self.live, 1)
        live_layout.addWidget(self.live_empty)
        upper.addWidget(live)
        upper.setSizes([560, 380])
        split.addWidget(upper)
        # bottom: files and terminal
        self.tabs = QTabWidget()
        files = QSplitter(Qt.Horizontal)
        self.file_list = QListWidget()
        self.file_list.currentRowChanged.connect(self._show_file)
        self.file_view = QTextBrowser()
        files.addWidget(self.file_list)
        files.addWidget(self.file_view)
        files.setSizes([180, 700])
        self.tabs.addTab(files, "")
        terminal_page = QWidget()
        terminal_layout = QVBoxLayout(terminal_page)
        terminal_layout.setContentsMargins(0, 0, 0, 0)
        term_row = QHBoxLayout()
        self.terminal_button = QPushButton()
        self.terminal_button.clicked.connect(self.open_terminal)
        self.terminal_note = wrapped_label()
        term_row.addWidget(self.terminal_button)
        term_row.addWidget(self.terminal_note, 1)
        terminal_layout.addLayout(term_row)
        self.terminal = TerminalWidget(columns=110, rows=14)
        terminal_layout.addWidget(self.terminal, 1)
        self.tabs.addTab(terminal_page, "")
        split.addWidget(self.tabs)
        split.setSizes([430, 260])
        layout.addWidget(split, 1)
        install_shortcuts(
            page,
            [
                ("Ctrl+Return", self.check_lab),
                ("Ctrl+H", self.next_hint),
                ("Ctrl+T", self.open_terminal),
                ("Escape", self.show_list),
            ],
        )
        return page

    def daemon_badge_widget(self) -> QWidget:
        return self.badge

    # ----- texts -----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.list_title.setText(translate("Labs", "Labs"))
        self.lab_list.setHorizontalHeaderLabels([translate("Labs", "Lab"), translate("Labs", "State"), translate("Labs", "Concepts")])
        self.back_button.setText(translate("Labs", "← All labs"))
        self.folder_label.setText(translate("Labs", "Work folder:"))
        self.copy_folder.setText(translate("Labs", "Copy"))
        self.start_button.setText(translate("Labs", "Set up"))
        self.check_button.setText(translate("Labs", "Check (Ctrl+Enter)"))
        self.hint_button.setText(translate("Labs", "Hint (Ctrl+H)"))
        self.solution_button.setText(translate("Labs", "Show solution"))
        self.reset_button.setText(translate("Labs", "Reset"))
        self.live_title.setText(translate("Labs", "The lab's containers and images (live)"))
        self.live.setHorizontalHeaderLabels([translate("Labs", "Kind"), translate("Labs", "Name"), translate("Labs", "State")])
        self.tabs.setTabText(0, translate("Labs", "Files"))
        self.tabs.setTabText(1, translate("Labs", "Terminal"))
        self.terminal_button.setText(translate("Labs", "Open a shell in the work folder (Ctrl+T)"))
        self.terminal.placeholder = translate("Labs", "Set the lab up, then open a shell here for the interactive steps (-it, attach, Ctrl+P Ctrl+Q).")
        if TERMINAL_SUPPORTED:
            self.terminal_note.setText(translate("Labs", "Keys go to the shell while it has focus; Ctrl+P Ctrl+Q detaches."))
        else:
            self.terminal_note.setText(translate("Labs", "The terminal pane needs Linux or macOS; use your own terminal in the work folder."))
        self.badge.show_status(self.daemon, self.study.lang)
        self._show_list_rows()
        if self.lab is not None:
            self._show_lab()

    # ----- daemon -------------------------------------------------------------------------------------
    def connect_daemon(self) -> None:
        if self._connecting or not self.study.options.docker:
            if not self.study.options.docker and self.daemon is None:
                self._connected((None, DaemonStatus(False, problem={"ko": "Docker 연결을 끈 상태로 실행되었습니다.", "en": "Started with Docker turned off."}, kind="off"), None))
            return
        self._connecting = True
        host = self._docker_host = self.study.settings.docker_host

        options = self.study.options

        def work(collection: Any, _session: Any) -> tuple[Any, DaemonStatus, Any]:
            client, status = connect_daemon(host)
            if client is None:
                return client, status, None
            from quizapp.core.labs import LabRunner  # imported and built here: it looks up folders
            from quizapp.core.review import record_lab_result

            def schedule(lab_id: str, rating: int, now: Any) -> None:  # labs report, the collection schedules
                record_lab_result(collection.store, lab_id, rating, now)

            runner = LabRunner(collection.store, client, options.data_dir, collection.clock, options.content_dir, schedule=schedule)
            return client, status, runner

        self.study.run(work, self._connected, self._connect_failed)

    def _connect_failed(self, exc: BaseException) -> None:
        self._connected((None, DaemonStatus(False, problem={"ko": str(exc), "en": str(exc)}, kind="error"), None))

    def _connected(self, result: tuple[Any, DaemonStatus, Any]) -> None:
        self._connecting = False
        client, status, self.runner = result
        old = self.client
        self.client, self.daemon = client, status
        if client is not None:
            self.listener.start()
        else:
            self.listener.stop(0)
        if old is not None and old is not client:
            self.study.runner.run(old.close)
        self.badge.show_status(status, self.study.lang)
        emit(self.daemon_changed, status)
        if self.lab is not None:
            self._show_lab()
            self.refresh_resources()

    def _settings_changed(self) -> None:
        if self.study.settings.docker_host != self._docker_host:
            self._docker_host = self.study.settings.docker_host
            self.listener.stop(0)
            self.daemon = None
            self.badge.show_status(None, self.study.lang)
            self.connect_daemon()

    def _badge_clicked(self) -> None:
        if self.daemon is not None and not self.daemon.ok:
            emit(self.study.message, pick(self.daemon.problem, self.study.lang))
        self.connect_daemon()

    # ----- the list ----------------------------------------------------------------------------------
    def activate(self) -> None:
        """The window calls show_list() (which reads the labs' states) or open_lab() first."""
        if self.daemon is None:
            self.connect_daemon()
        if self.pages.currentIndex() == 0:
            self.lab_list.setFocus()

    def show_list(self) -> None:
        self.pages.setCurrentIndex(0)
        self.lab = None
        self.study.when_ready(self.refresh_states)

    def refresh_states(self) -> None:
        if not self.study.labs_read:  # _labs_loaded reads the states once the lab files are in
            self._show_list_rows()
            return
        labs = list(self.study.labs)
        self.study.run(lambda collection, _s: lab_states(collection, labs), self._states_loaded)

    def _states_loaded(self, states: dict[str, str]) -> None:
        self.states = states
        self._show_list_rows()

    def _show_list_rows(self) -> None:
        labs = self.study.labs
        lang = self.study.lang
        self.lab_list.setRowCount(len(labs))
        for i, lab in enumerate(labs):
            state = (self.states or {}).get(lab.id, "")
            cells = [lab.title.get(lang), state_text(state), " · ".join(self.study.concept_title(c) for c in lab.concepts)]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.UserRole, lab.id)
                self.lab_list.setItem(i, j, item)
        if not self.study.labs_read:
            self.list_note.setText(translate("Labs", "Reading the labs…"))
        elif not labs:
            problems = "\n".join(self.study.lab_problems)
            self.list_note.setText(translate("Labs", "No labs are installed yet.") + ("\n" + problems if problems else ""))
        else:
            self.list_note.setText(translate("Labs", "Enter opens a lab. Each lab is checked against your real Docker daemon."))

    def _labs_loaded(self) -> None:
        if self.isVisible() and self.pages.currentIndex() == 0:
            self.refresh_states()
        else:
            self._show_list_rows()

    def _open_row(self, row: int) -> None:
        item = self.lab_list.item(row, 0)
        if item is not None:
            self.open_lab(item.data(Qt.UserRole))

    # ----- one lab --------------------------------------------------------------------------------------
    def open_lab(self, lab_id: str) -> None:
        self.pages.setCurrentIndex(1)

        def go() -> None:
            if not self.study.labs_read:  # the lab files are still being read
                self.study.labs_loaded.connect(go, Qt.SingleShotConnection)
                return
            lab = self.study.lab(lab_id)
            if lab is None:
                self.lab = None
                emit(self.study.message, translate("Labs", "There is no lab {lab}.").format(lab=lab_id))
                self.show_list()
                return
            if self.lab is None or self.lab.id != lab_id:
                self.report = None
                self.solution = None
                self.resources = []
                self.error = None
            self.lab = lab
            self.page = None
            self._poll_timer.start()
            self._show_lab()
            emit(self.lab_opened, lab_id)
            if self.daemon is None:
                self.connect_daemon()
            self.reload_lab()

        self.study.when_ready(go)

    def reload_lab(self) -> None:
        lab = self.lab
        if lab is None:
            return
        self.study.run(lambda collection, _s: lab_page(collection, lab), lambda page: self._lab_loaded(lab.id, page))
        self.refresh_resources()

    def _lab_loaded(self, lab_id: str, page: LabPage) -> None:
        if self.lab is None or self.lab.id != lab_id:
            return
        self.page = page
        self._show_lab()
        emit(self.lab_loaded, lab_id)

    def _show_lab(self) -> None:
        lab, page, lang = self.lab, self.page, self.study.lang
        if lab is None:
            return
        self.lab_title.setText(lab.title.get(lang))
        titles = [self.study.concept_title(c) for c in lab.concepts]
        self.concepts.setText(" · ".join(titles[:3]) + (" · …" if len(titles) > 3 else ""))
        self.concepts.setToolTip("\n".join(titles))
        params = page.params if page is not None else dict(lab.params)
        if "workdir" not in params:  # where set-up will make it, so the task reads whole
            params["workdir"] = str(Path(self.study.options.data_dir) / "labs" / lab.id)
        self.task.setText(inline_code(pick(lab.task.format(params), lang)))
        self.lab_state.setText(state_text(page.state) if page is not None else "")
        started = page is not None and page.attempt is not None
        self.folder.setText(str(page.workdir) if started and page.workdir else translate("Labs", "(made when the lab is set up)"))
        self.copy_folder.setEnabled(started)
        # answers the lab asks for
        if set(self.answer_edits) != set(lab.answers):
            while self.answers_form.rowCount():
                self.answers_form.removeRow(0)
            self.answer_edits = {}
            for key in lab.answers:
                edit = QLineEdit()
                edit.setObjectName(f"answer-{key}")
                self.answer_edits[key] = edit
                self.answers_form.addRow(QLabel(), edit)
        for i, (key, spec) in enumerate(lab.answers.items()):
            label = self.answers_form.itemAt(i, QFormLayout.LabelRole)
            if label is not None and label.widget() is not None:
                label.widget().setText(pick(spec.prompt.format(params), lang))
            if page is not None and key in page.answers and not self.answer_edits[key].text():
                self.answer_edits[key].setText(page.answers[key])
        busy = self.busy_with is not None
        docker = self.runner is not None
        self.start_button.setText(translate("Labs", "Set up again") if started else translate("Labs", "Set up"))
        self.start_button.setEnabled(docker and not busy)
        for b in (self.check_button, self.reset_button):
            b.setEnabled(docker and started and not busy)
        hints_used = len(page.hints) if page is not None else 0
        self.hint_button.setEnabled(started and not busy and hints_used < len(lab.hints))
        self.hint_button.setText(translate("Labs", "Hint {n}/{total} (Ctrl+H)").format(n=min(hints_used + 1, len(lab.hints)), total=len(lab.hints)) if lab.hints else translate("Labs", "No hints"))
        self.solution_button.setEnabled(not busy)
        self.terminal_button.setEnabled(started and TERMINAL_SUPPORTED)
        self.progress.setVisible(busy)
        # status line
        if busy:
            self.status.setText(self.busy_with or "")
        elif self.error is not None:
            self.status.setText(f'<span style="color:#c62828;">{inline_code(pick(self.error, lang))}</span>')
        elif not docker and self.daemon is not None:
            self.status.setText(f'<span style="color:#c62828;">{inline_code(pick(self.daemon.problem, lang))}</span>')
        elif not started:
            self.status.setText(translate("Labs", "Press Set up to make the lab's folder, images and containers."))
        else:
            self.status.setText("")
        # hints
        if page is not None and page.hints:
            title = translate("Labs", "Hints")
            self.hints.setText(f"<b>{title}</b>" + "".join(f"<p>{i}. {inline_code(pick(h, lang))}</p>" for i, h in enumerate(page.hints, 1)))
            self.hints.show()
        else:
            self.hints.hide()
        # results
        if self.report is not None:
            rows = []
            for result in self.report.checks:
                mark, colour = ("✔", "#2e7d32") if result.passed else ("✘", "#c62828")
                rows.append(f'<p><span style="color:{colour};"><b>{mark}</b></span> {inline_code(pick(result.message, lang))}</p>')
            head = translate("Labs", "Passed. Well done!") if self.report.passed else translate("Labs", "Not yet: fix what is marked ✘ and check again.")
            self.results.setText(f"<b>{head}</b>" + "".join(rows))
            self.results.show()
        else:
            self.results.hide()
        if self.solution is not None:
            title = translate("Labs", "Solution")
            steps = "<br>".join(f'<span style="font-family: monospace;">{inline_code(s).replace("`", "")}</span>' for s in self.solution)
            self.solution_text.setText(f"<b>{title}</b><br>{steps}")
            self.solution_text.show()
        else:
            self.solution_text.hide()
        # files
        files = page.files if page is not None else []
        names = [name for name, _ in files]
        current = self.file_list.currentRow()
        if [self.file_list.item(i).text() for i in range(self.file_list.count())] != names:
            self.file_list.blockSignals(True)
            self.file_list.clear()
            self.file_list.addItems(names)
            self.file_list.blockSignals(False)
            current = 0 if names else -1
            self.file_list.setCurrentRow(current)
        self._show_file(self.file_list.currentRow())
        self._show_resources()

    def _show_file(self, row: int) -> None:
        from quizapp.core.content.highlight import to_html

        files = self.page.files if self.page is not None else []
        if 0 <= row < len(files):
            name, text = files[row]
            self.file_view.setHtml(to_html(text, guess_lang(name), dark=is_dark()))
        else:
            self.file_view.setHtml("")

    # ----- actions ---------------------------------------------------------------------------------------
    def _busy(self, text: str | None) -> None:
        self.busy_with = text
        self._show_lab()

    def _lab_error(self, exc: BaseException) -> None:
        message = getattr(exc, "message", None)
        self.error = message if isinstance(message, dict) else {"ko": str(exc), "en": str(exc)}
        self._busy(None)
        emit(self.failed, pick(self.error, "en"))
        self.reload_lab()

    def start_lab(self) -> None:
        if self.runner is None or self.lab is None or self.busy_with:
            return
        lab, runner = self.lab, self.runner
        self.error, self.report, self.solution = None, None, None
        self._busy(translate("Labs", "Setting up the lab: building images and starting containers…"))

        def done(session: Any) -> None:
            self._busy(None)
            emit(self.set_up, lab.id)
            emit(self.study.data_changed)
            self.reload_lab()
            if self.terminal.running:
                self.open_terminal()

        self.study.run(lambda _c, _s: runner.start(lab), done, self._lab_error)

    def check_lab(self) -> None:
        if self.runner is None or self.lab is None or self.busy_with:
            return
        lab, runner = self.lab, self.runner
        answers = {key: edit.text().strip() for key, edit in self.answer_edits.items() if edit.text().strip()}
        self.error = None
        self._busy(translate("Labs", "Checking with the daemon…"))

        def done(report: Any) -> None:
            self.report = report
            self._busy(None)
            emit(self.checked, report)
            if report.passed:
                emit(self.study.data_changed)
            self.reload_lab()

        self.study.run(lambda _c, _s: runner.check(lab, answers or None), done, self._lab_error)

    def next_hint(self) -> None:
        if self.lab is None or self.busy_with or self.page is None or self.page.attempt is None:
            return
        lab, store = self.lab, self.study.collection.store

        def work(_c: Any, _s: Any) -> Any:
            attempt = store.current_lab_attempt(lab.id)
            if attempt is None or attempt.hints_used >= len(lab.hints):
                return None
            store.update_lab_attempt(attempt.id, hints_used=attempt.hints_used + 1)
            return attempt.hints_used + 1

        self.study.run(work, lambda _n: self.reload_lab(), self._lab_error)

    def show_solution(self) -> None:
        """Show the reference solution. Seeing it counts as using every hint: a later pass is Hard."""
        if self.lab is None:
            return
        lab, store = self.lab, self.study.collection.store

        def work(_c: Any, _s: Any) -> list[str]:
            attempt = store.current_lab_attempt(lab.id)
            params = attempt.params if attempt is not None else dict(lab.params)
            if attempt is not None and attempt.hints_used < len(lab.hints) + 1:
                store.update_lab_attempt(attempt.id, hints_used=len(lab.hints) + 1)
            return lab.solution_text(params)

        def done(steps: list[str]) -> None:
            self.solution = steps
            self.reload_lab()

        self.study.run(work, done, self._lab_error)

    def reset_lab(self) -> None:
        if self.runner is None or self.lab is None or self.busy_with:
            return
        lab, runner = self.lab, self.runner
        self.terminal.stop()
        self._busy(translate("Labs", "Removing what the lab made…"))

        def done(removed: list[str]) -> None:
            self.report, self.solution, self.error = None, None, None
            for edit in self.answer_edits.values():
                edit.clear()
            self._busy(None)
            emit(self.study.message, translate("Labs", "Reset: removed {n} item(s).").format(n=len(removed)))
            emit(self.study.data_changed)
            self.reload_lab()

        self.study.run(lambda _c, _s: runner.reset(lab), done, self._lab_error)

    def _copy_folder(self) -> None:
        QGuiApplication.clipboard().setText(self.folder.text())
        emit(self.study.message, translate("Labs", "Copied the folder path."))

    def open_terminal(self) -> None:
        if self.page is None or self.page.workdir is None or not TERMINAL_SUPPORTED:
            return
        self.tabs.setCurrentIndex(1)
        self.terminal.start(cwd=self.page.workdir)
        self.terminal.setFocus()

    # ----- live panel ----------------------------------------------------------------------------------------
    def _schedule_resources(self) -> None:
        if self.lab is not None and not self._resources_timer.isActive():
            self._resources_timer.start()
        if self.lab is not None:
            self._settle_timer.start()

    def _poll(self) -> None:
        if self.lab is None or not self.isVisible():
            self._poll_timer.stop()
            return
        if self.study.runner.pending == 0:
            self.refresh_resources()

    def refresh_resources(self) -> None:
        if self.runner is None or self.lab is None:
            self._show_resources()
            return
        lab, runner = self.lab, self.runner

        def done(resources: list[Any]) -> None:
            if self.lab is not None and self.lab.id == lab.id:
                self.resources = resources
                self._show_resources()
                emit(self.resources_changed, resources)

        self.study.run(lambda _c, _s: runner.resources(lab), done, lambda _e: None)

    def _show_resources(self) -> None:
        self.live.setRowCount(len(self.resources))
        kinds = {"container": translate("Labs", "container"), "image": translate("Labs", "image")}
        for i, r in enumerate(self.resources):
            state = r.state if r.kind == "container" else r.id.split(":")[-1][:12]  # an image: its short id
            for j, text in enumerate((kinds.get(r.kind, r.kind), r.name, state)):
                self.live.setItem(i, j, QTableWidgetItem(text))
        if self.runner is None:
            self.live_empty.setText(translate("Labs", "Connect to Docker to see what the lab holds."))
        else:
            self.live_empty.setText(translate("Labs", "Nothing yet: set the lab up, or run a command."))
        self.live_empty.setVisible(not self.resources)

    # ----- state for tests and screenshots ----------------------------------------------------------------
    def settled(self) -> bool:
        if self.daemon is None and self.study.options.docker:
            return False
        if not self.study.labs_read:
            return False
        if self.pages.currentIndex() == 0:
            return self.states is not None
        return self.page is not None and self.busy_with is None

    def shutdown(self) -> None:
        self._poll_timer.stop()
        self.terminal.stop()
        self.listener.stop()
        if self.client is not None:
            # The lab registries the labs started stop with the window (an open lab starts its
            # own again at its next check); on the worker, which finishes its queue before closing.
            client = self.client

            def stop_registries() -> None:
                from quizapp.core.labs.assets import stop_registries as stop

                stop(client)

            self.study.runner.run(stop_registries)
