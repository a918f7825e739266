"""The Labs page: the list of labs, or one lab's panel, on one daemon connection. The daemon
badge in the status bar belongs to the connection."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from quizapp.core.i18n import pick
from quizapp.gui.i18n import translate
from quizapp.gui.views.labs.daemon import DaemonBadge, DaemonConnection, DaemonStatus
from quizapp.gui.views.labs.data import lab_states
from quizapp.gui.views.labs.listpage import LabListPage
from quizapp.gui.views.labs.panel import LabPanel


class LabsView(QWidget):
    daemon_changed = Signal(object)  # DaemonStatus

    def __init__(self, study: Any):
        super().__init__()
        self.study = study
        self.connection = DaemonConnection(study, self)
        self.badge = DaemonBadge()
        self.badge.clicked.connect(self._badge_clicked)
        self.list_page = LabListPage(study)
        self.panel = LabPanel(study, self.connection)
        self.list_page.open_requested.connect(self.open_lab)
        self.panel.back_requested.connect(self.show_list)
        self.connection.changed.connect(self._daemon_changed)
        # The panel's signals, as the window's tests and benchmarks listen for them.
        self.set_up, self.checked, self.lab_loaded, self.failed = self.panel.set_up, self.panel.checked, self.panel.lab_loaded, self.panel.failed
        self.resources_changed = self.panel.resources_changed

        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        self.pages = QStackedWidget()
        outer.addWidget(self.pages)
        self.pages.addWidget(self.list_page)
        self.pages.addWidget(self.panel)
        study.changed.connect(lambda changes: self.refresh_states() if changes.labs and self.isVisible() else None)
        study.labs_loaded.connect(self._labs_loaded)
        study.settings_changed.connect(lambda: self.connection.connect_if_host_changed(study.settings.docker_host))
        self.retranslate()

    # ----- what the window and the tests read -----------------------------------------------
    @property
    def daemon(self) -> DaemonStatus | None:
        return self.connection.status

    @property
    def runner(self) -> Any:
        return self.connection.runner

    @property
    def lab(self) -> Any:
        return self.panel.lab

    @property
    def page(self) -> Any:
        return self.panel.page

    @property
    def busy_with(self) -> str | None:
        return self.panel.busy_with

    @property
    def error(self) -> dict[str, str] | None:
        return self.panel.error

    @property
    def start_button(self) -> Any:
        return self.panel.start_button

    @property
    def check_button(self) -> Any:
        return self.panel.check_button

    @property
    def reset_button(self) -> Any:
        return self.panel.reset_button

    @property
    def states(self) -> dict[str, str] | None:
        return self.list_page.states

    def daemon_badge_widget(self) -> QWidget:
        return self.badge

    # ----- texts ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.list_page.retranslate()
        self.panel.retranslate()
        self.badge.show_status(self.daemon, self.study.lang)

    # ----- the daemon ------------------------------------------------------------------------------
    def connect_daemon(self) -> None:
        self.connection.connect(self.study.settings.docker_host)

    def _daemon_changed(self, status: DaemonStatus | None) -> None:
        self.badge.show_status(status, self.study.lang)
        if status is not None:
            self.daemon_changed.emit(status)

    def _badge_clicked(self) -> None:
        if self.daemon is not None and not self.daemon.ok:
            self.study.message.emit(pick(self.daemon.problem, self.study.lang))
        self.connect_daemon()

    # ----- pages -------------------------------------------------------------------------------------
    def activate(self) -> None:
        """The window calls show_list() (which reads the labs' states) or open_lab() first."""
        if self.daemon is None:
            self.connect_daemon()
        if self.pages.currentIndex() == 0:
            self.list_page.focus_list()

    def show_list(self) -> None:
        self.pages.setCurrentIndex(0)
        self.panel.close_lab()
        self.list_page.focus_list()
        self.study.when_ready(self.refresh_states)

    def refresh_states(self) -> None:
        if not self.study.labs_read:  # _labs_loaded reads the states once the lab files are in
            self.list_page.show_rows()
            return
        labs = list(self.study.labs)
        self.study.run(lambda collection, _s: lab_states(collection, labs), self._states_loaded)

    def _states_loaded(self, states: dict[str, str]) -> None:
        self.list_page.show_states(states)
        if self.pages.currentIndex() == 0 and self.isVisible() and not self.list_page.table.hasFocus() and self.focusWidget() is None:
            self.list_page.focus_list()

    def _labs_loaded(self) -> None:
        if self.isVisible() and self.pages.currentIndex() == 0:
            self.refresh_states()
        else:
            self.list_page.show_rows()

    def open_lab(self, lab_id: str) -> None:
        self.pages.setCurrentIndex(1)

        def go() -> None:
            if not self.study.labs_read:  # the lab files are still being read
                self.study.labs_loaded.connect(go, Qt.SingleShotConnection)
                return
            lab = self.study.lab(lab_id)
            if lab is None:
                self.study.message.emit(translate("Labs", "There is no lab {lab}.").format(lab=lab_id))
                self.show_list()
                return
            self.panel.open(lab)
            if self.daemon is None:
                self.connect_daemon()

        self.study.when_ready(go)

    def settled(self) -> bool:
        if self.daemon is None and self.study.options.docker:
            return False
        if not self.study.labs_read:
            return False
        if self.pages.currentIndex() == 0:
            return self.list_page.states is not None
        return self.panel.settled()

    def shutdown(self) -> None:
        self.panel.shutdown()
        self.connection.shutdown()
