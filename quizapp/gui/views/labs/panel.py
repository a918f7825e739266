"""One lab: its task, the answers it asks for, Set up / Check / Hint / Show solution / Reset, the
results, the live panel, and the lab's files and a terminal pane.

Each part redraws on its own change: the task when the lab or its page is read, the buttons and
status line when an action starts or ends, the results after a check, the live panel when the
daemon reports an event. Docker work runs on the worker through the connection's LabRunner.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from quizapp.core import changes
from quizapp.core.i18n import pick
from quizapp.core.labs.params import fill_params
from quizapp.gui.i18n import translate
from quizapp.gui.drawings import ContainersDrawing, DaemonPictures, LayerStackDrawing, LifecycleDrawing
from quizapp.gui.terminal import SUPPORTED as TERMINAL_SUPPORTED
from quizapp.gui.views.common import heading, inline_code, install_shortcuts
from quizapp.gui.views.labs.daemon import DaemonConnection, connect_daemon
from quizapp.gui.views.labs.data import LabPage, check_line, lab_page
from quizapp.gui.views.labs.listpage import state_text
from quizapp.gui.views.labs.live import LiveFeed, LivePanel
from quizapp.gui.views.labs.taskcolumn import LabTaskColumn
from quizapp.gui.views.labs.workarea import WorkArea

RED, GREEN = "#c62828", "#2e7d32"
# A check that takes longer than this says what it waited for (a web page that does not answer
# is waited for up to 3 s by the labs code).
SLOW_CHECK_SECONDS = 1.5


def has_http_checks(lab: Any) -> bool:
    return any(spec.kind.startswith("http_") for spec in lab.checks)


def http_ports(lab: Any, params: dict[str, Any]) -> list[str]:
    return sorted({fill_params(str(spec.args.get("port", "")), params) for spec in lab.checks if spec.kind.startswith("http_") and spec.args.get("port")})


def results_html(report: Any, removed: list[str] | None, lang: str, muted: str, slow_note: str = "") -> str:
    """What reset removed, then the check's verdict and a line per check (✔ or ✘), each said
    once: what the daemon found goes on a muted line of its own, and only when it adds something."""
    parts = []
    if removed is not None:
        title = translate("Labs", "Reset removed:") if removed else translate("Labs", "Reset: the lab held nothing to remove.")
        parts.append(f"<b>{title}</b>" + "".join(f"<br>• {inline_code(line)}" for line in removed))
    if report is not None:
        rows = []
        for result in report.checks:
            mark, colour = ("✔", GREEN) if result.passed else ("✘", RED)
            line, found = check_line(pick(result.message, lang))
            row = f'<tr><td style="color:{colour}; padding-right: 6px;"><b>{mark}</b></td><td>{inline_code(line)}'
            if found:
                says = translate("Labs", "The daemon says:")
                row += f'<br><span style="color:{muted};">{says} {inline_code(found)}</span>'
            rows.append(row + "</td></tr>")
        head = translate("Labs", "Passed. Well done!") if report.passed else translate("Labs", "Not yet: fix what is marked ✘ and check again.")
        note = f"<br>{slow_note}" if slow_note else ""
        parts.append(f"<b>{head}</b>{note}<table>{''.join(rows)}</table>")
    return "<br>".join(parts)


class LabPanel(QWidget):
    lab_opened = Signal(str)
    lab_loaded = Signal(str)
    checked = Signal(object)  # CheckReport
    set_up = Signal(str)
    was_reset = Signal(list)  # the lines of what reset removed
    resources_changed = Signal(list)
    failed = Signal(str)
    back_requested = Signal()

    def __init__(self, study: Any, connection: DaemonConnection):
        super().__init__()
        self.study = study
        self.connection = connection
        self.lab: Any = None  # the lab open now; None on the list
        self.shown_id: str | None = None  # the lab last opened, whose results and shell are kept
        self.page: LabPage | None = None
        self.report: Any = None
        self.check_seconds: float | None = None
        self.removed: list[str] | None = None
        self.solution: list[str] | None = None
        self.resources: list[Any] = []
        self.busy_with: str | None = None
        self.error: dict[str, str] | None = None
        self.notice: str | None = None  # a line the window says about the lab (set up first, ...)
        self.confirm: QMessageBox | None = None
        self._focus_on_load = False
        self.feed = LiveFeed(study, connection, self.isVisible, self)
        self.feed.changed.connect(self._resources_read)
        connection.changed.connect(self._connection_changed)
        self._build()

    # ----- building -------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.back_button = QPushButton()
        self.back_button.clicked.connect(lambda: self.back_requested.emit())
        self.title = heading(size=16)
        self.state_label = QLabel()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        top.addWidget(self.state_label)
        layout.addLayout(top)

        split = QSplitter(Qt.Vertical)
        upper = QSplitter(Qt.Horizontal)
        upper.addWidget(self._build_task_column())
        self.live = LivePanel()
        # The drawings under the live table: what the learner's commands did, as pictures.
        beside = QSplitter(Qt.Vertical)
        beside.addWidget(self.live)
        beside.addWidget(self._build_drawings())
        beside.setStretchFactor(0, 1)
        beside.setStretchFactor(1, 2)
        upper.addWidget(beside)
        upper.setStretchFactor(0, 3)
        upper.setStretchFactor(1, 2)
        upper.setSizes([540, 440])  # the drawings' tabs fit side by side
        split.addWidget(upper)
        self.work = WorkArea()
        self.work.terminal_requested.connect(self.open_terminal)
        # names the tests and the terminal's keys use
        self.tabs, self.terminal, self.file_list, self.file_view = self.work, self.work.terminal, self.work.file_list, self.work.file_view
        split.addWidget(self.work)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([450, 280])
        layout.addWidget(split, 1)
        self.shortcuts = install_shortcuts(
            self,
            [
                ("Ctrl+Return", self.check_lab),
                ("Ctrl+Enter", self.check_lab),
                ("Ctrl+H", self.next_hint),
                ("Ctrl+T", self.open_terminal),
                ("Escape", lambda: self.back_requested.emit()),
            ],
        )
        # The app's own keys win over the shell's while the terminal has focus.
        self.terminal.window_keys = ("Ctrl+Return", "Ctrl+Enter", "Ctrl+H")

    def _build_drawings(self) -> QWidget:
        self.drawings = QTabWidget()
        self.containers_drawing = ContainersDrawing()
        self.lifecycle_drawing = LifecycleDrawing()
        self.layers_drawing = LayerStackDrawing()
        for drawing in (self.containers_drawing, self.lifecycle_drawing, self.layers_drawing):
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.NoFrame)
            scroll.setWidget(drawing)
            self.drawings.addTab(scroll, "")
        self.pictures: DaemonPictures | None = None
        self._lifecycles: dict[str, Any] = {}  # container id -> Lifecycle, as the events tell them
        self._lab_containers: frozenset[str] = frozenset()  # ids of the open lab's containers
        self._lab_seen: set[str] = set()  # and of those it had since it was opened (a removed one's life stays drawn)
        return self.drawings

    def _build_task_column(self) -> QWidget:
        self.column = LabTaskColumn()
        c = self.column
        c.copy_folder.clicked.connect(self._copy_folder)
        c.start_button.clicked.connect(self.start_lab)
        c.check_button.clicked.connect(self.check_lab)
        c.hint_button.clicked.connect(self.next_hint)
        c.solution_button.clicked.connect(self.show_solution)
        c.reset_button.clicked.connect(self.ask_reset)
        # names the window's tests and benchmarks use
        self.scroll, self.concepts, self.task, self.folder = c, c.concepts, c.task, c.folder
        self.start_button, self.check_button, self.hint_button = c.start_button, c.check_button, c.hint_button
        self.solution_button, self.reset_button = c.solution_button, c.reset_button
        self.progress, self.status, self.results, self.hints, self.solution_text = c.progress, c.status, c.results, c.hints, c.solution_text
        return c

    # ----- texts ------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.back_button.setText(translate("Labs", "← All labs"))
        self.column.retranslate()
        self.live.retranslate()
        for i, text in enumerate(
            (translate("Labs", "Containers by image"), translate("Labs", "Container lifecycle"), translate("Labs", "Image layers"))
        ):
            self.drawings.setTabText(i, text)
        self.work.retranslate()
        if self.lab is not None:
            self.show_task()
            self.show_actions()
            self.show_results()
            self.work.show_file(self.file_list.currentRow())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.PaletteChange and self.lab is not None:  # a new theme
            self.show_results()
            self.work.show_file(self.file_list.currentRow())

    # ----- opening --------------------------------------------------------------------------------
    def open(self, lab: Any) -> None:
        """Show `lab` and read its page; focus goes where the learner acts next once it is read."""
        if self.shown_id != lab.id:  # another lab: its own results and shell (back to the same keeps them)
            self.report = self.solution = self.error = self.removed = self.notice = None
            self.check_seconds = None
            self.resources = []
            self.terminal.stop()
            self.terminal.reset_screen()
            self._lab_seen = set()
            self._show_lab_resources_drawn([])
        self.lab = lab
        self.shown_id = lab.id
        self.page = None
        self._focus_on_load = True
        self.show_task()
        self.show_actions()
        self.show_results()
        self.show_files()
        self.live.show_resources(self.resources, self.connection.runner is not None)
        self.lab_opened.emit(lab.id)
        self.reload()

    def close_lab(self) -> None:
        self.lab = None
        self.feed.stop()
        self._stop_pictures()

    def reload(self) -> None:
        lab = self.lab
        if lab is None:
            return
        before = Path(self.study.options.data_dir) / "labs" / lab.id
        token = translate("Labs", "(set-up puts this lab's token here)")
        self.study.run(lambda collection, _s: lab_page(collection, lab, before, token), lambda page: self._loaded(lab.id, page))
        self.feed.follow(lab)
        self._start_pictures()

    def _loaded(self, lab_id: str, page: LabPage) -> None:
        if self.lab is None or self.lab.id != lab_id:
            return
        self.page = page
        self.show_task()
        self.show_actions()
        self.show_files()
        if self._focus_on_load:
            self._focus_on_load = False
            self.focus_next_step()
        self.lab_loaded.emit(lab_id)

    @property
    def started(self) -> bool:
        return self.page is not None and self.page.attempt is not None

    def focus_next_step(self) -> None:
        """Focus where the learner acts next: Set up before set-up, an empty answer, else Check.
        Never the terminal: from there only the app's own keys reach the window."""
        if self.lab is None or self.busy_with:
            return
        if not self.started:
            target: QWidget = self.start_button if self.start_button.isEnabled() else self.back_button
        else:
            empty = [edit for edit in self.column.answer_edits.values() if not edit.text().strip()]
            target = empty[0] if empty else (self.check_button if self.check_button.isEnabled() else self.back_button)
        target.setFocus(Qt.OtherFocusReason)

    # ----- drawing ----------------------------------------------------------------------------------
    def show_task(self) -> None:
        lab, page, lang = self.lab, self.page, self.study.lang
        if lab is None:
            return
        self.title.setText(lab.title.get(lang))
        self.state_label.setText(state_text(page.state) if page is not None else "")
        params = dict(page.params) if page is not None else dict(lab.params)
        if "workdir" not in params:  # where set-up will make it, so the task reads whole
            params["workdir"] = str(Path(self.study.options.data_dir) / "labs" / lab.id)
        folder = str(page.workdir) if self.started and page.workdir else translate("Labs", "(made when the lab is set up)")
        concepts = [self.study.concept_title(c) for c in lab.concepts]
        self.column.show_task(concepts, inline_code(pick(lab.task.format(params), lang)), folder, self.started)
        self.column.show_answers(lab, params, lang, page.answers if page is not None else {}, self.check_lab)
        self.column.show_hints(page.hints if page is not None else [], lang)
        self.column.show_solution(self.solution)

    def show_actions(self) -> None:
        lab, page, lang = self.lab, self.page, self.study.lang
        if lab is None:
            return
        busy = self.busy_with is not None
        docker = self.connection.runner is not None
        started = self.started
        focused = QGuiApplication.focusObject()
        self.start_button.setText(translate("Labs", "Set up again") if started else translate("Labs", "Set up"))
        self.start_button.setEnabled(docker and not busy)
        for b in (self.check_button, self.reset_button):
            b.setEnabled(docker and started and not busy)
        hints_used = len(page.hints) if page is not None else 0
        self.hint_button.setEnabled(started and not busy and hints_used < len(lab.hints))
        if lab.hints:
            self.hint_button.setText(translate("Labs", "Hint {n}/{total} (Ctrl+H)").format(n=min(hints_used + 1, len(lab.hints)), total=len(lab.hints)))
        else:
            self.hint_button.setText(translate("Labs", "No hints"))
        self.solution_button.setEnabled(not busy)
        self.work.terminal_button.setEnabled(started and TERMINAL_SUPPORTED)
        self.progress.setVisible(busy)
        if busy:
            self.status.setText(self.busy_with or "")
        elif self.error is not None:
            self.status.setText(f'<span style="color:{RED};">{inline_code(pick(self.error, lang))}</span>')
        elif not docker and self.connection.status is not None:
            self.status.setText(f'<span style="color:{RED};">{inline_code(pick(self.connection.status.problem, lang))}</span>')
        elif self.notice is not None:
            self.status.setText(f"<b>{self.notice}</b>")
        elif not started:
            self.status.setText(translate("Labs", "Press Set up to make the lab's folder, images and containers."))
        else:
            self.status.setText("")
        # A button that was disabled under the focus leaves the keyboard nowhere: move it on.
        if isinstance(focused, QWidget) and not focused.isEnabled() and self.isAncestorOf(focused):
            self.focus_next_step()

    def show_results(self) -> None:
        slow_note = ""
        lab = self.lab
        if self.check_seconds is not None and self.check_seconds >= SLOW_CHECK_SECONDS and lab is not None and has_http_checks(lab):
            ports = ", ".join(http_ports(lab, self.page.params if self.page is not None else dict(lab.params)))
            slow_note = translate("Labs", "This check took {seconds} s: it waits up to 3 s for a web page at port {ports} to answer.").format(
                seconds=f"{self.check_seconds:.1f}", ports=ports
            )
        # Rich text knows no palette(): the muted colour of the theme now (redrawn when it changes).
        muted = self.palette().color(QPalette.PlaceholderText).name()
        self.column.show_results(results_html(self.report, self.removed, self.study.lang, muted, slow_note))

    def show_files(self) -> None:
        self.work.show_files(self.page.files if self.page is not None else [])

    # ----- actions ---------------------------------------------------------------------------------
    def _busy(self, text: str | None) -> None:
        self.busy_with = text
        self.show_actions()

    def _lab_error(self, exc: BaseException) -> None:
        message = getattr(exc, "message", None)
        self.error = message if isinstance(message, dict) else {"ko": str(exc), "en": str(exc)}
        self._busy(None)
        self.failed.emit(pick(self.error, "en"))
        self.reload()

    def start_lab(self) -> None:
        runner = self.connection.runner
        if runner is None or self.lab is None or self.busy_with:
            return
        lab = self.lab
        self.error = self.report = self.solution = self.removed = self.notice = None
        self.show_results()
        self._busy(translate("Labs", "Setting up the lab: building images and starting containers…"))

        def done(_session: Any) -> None:
            self._busy(None)
            self.set_up.emit(lab.id)
            self.study.changed.emit(changes.lab_state())
            in_terminal = self.terminal.hasFocus()
            self._focus_on_load = not in_terminal
            self.reload()
            if self.terminal.running:
                self.open_terminal(focus=in_terminal)

        self.study.run(lambda _c, _s: runner.start(lab), done, self._lab_error)

    def check_lab(self) -> None:
        runner = self.connection.runner
        if self.lab is None or self.busy_with:
            return
        if runner is None or not self.started:
            # Nothing to check yet: the window offers its own Set up, focused, rather than the
            # command line's `quizapp lab start`.
            if self.page is not None and not self.started and runner is not None:
                self.notice = translate("Labs", "This lab is not set up yet: press Set up (focused now, Enter) first.")
                self.show_actions()
                self.start_button.setFocus(Qt.OtherFocusReason)
            return
        lab = self.lab
        answers = self.column.answers()
        self.error = self.notice = self.removed = None
        if has_http_checks(lab):
            self._busy(translate("Labs", "Checking with the daemon, and waiting up to 3 s for the lab's web page to answer…"))
        else:
            self._busy(translate("Labs", "Checking with the daemon…"))
        began = time.monotonic()

        def done(report: Any) -> None:
            self.report = report
            self.check_seconds = time.monotonic() - began
            self._busy(None)
            self.show_results()
            # The results come into view, wherever the learner had scrolled.
            QTimer.singleShot(0, lambda: self.scroll.ensureWidgetVisible(self.results, 0, 0))
            self.checked.emit(report)
            if report.passed:
                self.study.changed.emit(changes.lab_state(passed=True))
            self.reload()

        self.study.run(lambda _c, _s: runner.check(lab, answers or None), done, self._lab_error)

    def next_hint(self) -> None:
        if self.lab is None or self.busy_with or not self.started:
            return
        lab, store = self.lab, self.study.collection.store

        def work(_c: Any, _s: Any) -> Any:
            attempt = store.current_lab_attempt(lab.id)
            if attempt is None or attempt.hints_used >= len(lab.hints):
                return None
            store.update_lab_attempt(attempt.id, hints_used=attempt.hints_used + 1)
            return attempt.hints_used + 1

        self.study.run(work, lambda _n: self.reload(), self._lab_error)

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
            self.reload()

        self.study.run(work, done, self._lab_error)

    def ask_reset(self) -> None:
        """Reset asks first, in a dialog the keyboard works (Enter resets, Esc keeps the lab)."""
        if self.connection.runner is None or self.lab is None or self.busy_with or self.confirm is not None:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Question)
        box.setWindowTitle(translate("Labs", "Reset the lab?"))
        box.setText(translate("Labs", "Reset removes the containers and images this lab made, and its work folder. Your answers and the lab's schedule stay."))
        remove = box.addButton(translate("Labs", "Reset"), QMessageBox.DestructiveRole)
        keep = box.addButton(translate("Labs", "Keep the lab"), QMessageBox.RejectRole)
        box.setDefaultButton(remove)
        box.setEscapeButton(keep)
        self.confirm = box

        def answered(_result: int) -> None:
            chosen = box.clickedButton()
            self.confirm = None
            box.deleteLater()
            # Back to the window once the dialog is gone (some platforms leave no window active).
            QTimer.singleShot(0, self.window().activateWindow)
            if chosen is remove:
                self.reset_lab()
            else:
                QTimer.singleShot(0, lambda: self.reset_button.setFocus(Qt.OtherFocusReason))

        box.finished.connect(answered)
        box.open()

    def reset_lab(self) -> None:
        runner = self.connection.runner
        if runner is None or self.lab is None or self.busy_with:
            return
        lab = self.lab
        self.terminal.stop()
        self._busy(translate("Labs", "Removing what the lab made…"))

        def done(removed: Any) -> None:
            lines = [str(line) for line in removed]  # a report that iterates as its lines
            self.report = self.solution = self.error = self.notice = None
            self.removed = lines
            self.column.clear_answers()
            self._busy(None)
            self.show_results()
            removed_count = len(lines)  # a plain name: pyside6-lupdate misses a plural whose count is an expression
            self.study.message.emit(translate("Labs", "Reset: removed %n item(s).", "", removed_count))
            self.was_reset.emit(lines)
            self.study.changed.emit(changes.lab_state())
            self._focus_on_load = True
            self.reload()

        self.study.run(lambda _c, _s: list(runner.reset(lab)), done, self._lab_error)

    def _copy_folder(self) -> None:
        QGuiApplication.clipboard().setText(self.folder.text())
        self.study.message.emit(translate("Labs", "Copied the folder path."))

    def open_terminal(self, focus: bool = True) -> None:
        if self.page is None or self.page.workdir is None or not TERMINAL_SUPPORTED:
            return
        self.work.open_terminal(self.page.workdir, focus)

    # ----- live panel ----------------------------------------------------------------------------------
    def _connection_changed(self, _status: Any) -> None:
        if self.lab is not None:
            self.show_actions()
            self.refresh_resources()
            self._stop_pictures()
            self._start_pictures()
            if self._focus_on_load is False and self.page is not None and QGuiApplication.focusObject() is None:
                self.focus_next_step()

    def refresh_resources(self) -> None:
        self.live.show_resources(self.resources, self.connection.runner is not None)
        self.feed.refresh()

    def _resources_read(self, lab_id: str, resources: list[Any]) -> None:
        if self.lab is not None and self.lab.id == lab_id:
            self.resources = resources
            self.live.show_resources(resources, True)
            self._show_lab_resources_drawn(resources)
            self.resources_changed.emit(resources)

    def settled(self) -> bool:
        return self.page is not None and self.busy_with is None

    # ----- drawings ------------------------------------------------------------------------------------
    def _start_pictures(self) -> None:
        """Follow the daemon's events for the drawings, on their own thread with their own client
        (an event stream holds its connection), while a lab is open and Docker is connected."""
        host = self.connection.host
        if self.lab is None or self.connection.runner is None or host is None or self.pictures is not None:
            return

        def connect() -> Any:
            return connect_daemon(host)[0]

        # Every container's events: a learner's container is known to be the lab's only once the
        # feed has read the lab's resources, after its create; the drawings show the lab's alone.
        pictures = DaemonPictures(connect, wanted_event=lambda _event: True, wanted_container=self._drawn_container, parent=self)
        pictures.containers_changed.connect(self.containers_drawing.set_images)
        pictures.lifecycle_changed.connect(self._lifecycle_changed)
        pictures.layers_changed.connect(self.layers_drawing.set_stacks)
        pictures.set_layer_refs(self._lab_image_ids())
        self.pictures = pictures
        pictures.start_following()

    def _stop_pictures(self) -> None:
        if self.pictures is not None:
            self.pictures.stop_following()
            self.pictures.deleteLater()
            self.pictures = None
        self._lifecycles = {}

    def _drawn_container(self, row: dict[str, Any]) -> bool:
        """Called on the drawings' thread: the set is replaced, never changed, on the GUI thread."""
        return row.get("Id") in self._lab_containers

    def _lab_image_ids(self) -> list[str]:
        # The name the live table shows (its first tag, else its short id): the drawing's heading.
        return [r.name for r in self.resources if r.kind == "image"][:2]

    def _show_lab_resources_drawn(self, resources: list[Any]) -> None:
        containers = frozenset(r.id for r in resources if r.kind == "container")
        self._lab_seen |= containers
        if containers != self._lab_containers:
            self._lab_containers = containers
            if self.pictures is not None:
                self.pictures.redraw()
        if not resources:
            self.containers_drawing.set_images([])
            self.layers_drawing.set_stacks([])
        if self.pictures is not None:
            self.pictures.set_layer_refs(self._lab_image_ids())
        self._show_lifecycle()

    def _lifecycle_changed(self, lifecycle: Any) -> None:
        self._lifecycles[lifecycle.container_id] = lifecycle
        self._show_lifecycle()

    def _show_lifecycle(self) -> None:
        """The life of the lab's container that changed last."""
        ours = [life for cid, life in self._lifecycles.items() if cid in self._lab_seen and life.last is not None]
        latest = max(ours, key=lambda life: life.last.time_nano, default=None)
        if latest is not None or not self._lab_seen:
            self.lifecycle_drawing.set_lifecycle(latest)

    def shutdown(self) -> None:
        self._stop_pictures()
        self.feed.stop()
        self.terminal.stop()
