"""The live panel: the containers and images a lab holds now, as the daemon says, and the feed
that keeps them current."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from quizapp.gui.i18n import translate
from quizapp.gui.views.common import wrapped_label


def resource_rows(resources: list[Any]) -> list[tuple[str, str, str]]:
    """(kind, name, state) rows: images first, then containers, as `docker images` and `docker ps`
    would list them. An image's state column is its short id."""
    kinds = {"container": translate("Labs", "container"), "image": translate("Labs", "image")}
    ordered = sorted(resources, key=lambda r: (r.kind != "image", r.name))
    rows = []
    for r in ordered:
        state = r.state if r.kind == "container" else r.id.split(":")[-1][:12]
        rows.append((kinds.get(r.kind, r.kind), r.name, state))
    return rows


class LivePanel(QWidget):
    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.table = QTableWidget(0, 3)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeToContents)
        self.empty = wrapped_label()
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self.resources: list[Any] = []
        self.connected = False

    def retranslate(self) -> None:
        self.title.setText(translate("Labs", "The lab's containers and images (live)"))
        self.table.setHorizontalHeaderLabels([translate("Labs", "Kind"), translate("Labs", "Name"), translate("Labs", "State")])
        self.show_resources(self.resources, self.connected)

    def show_resources(self, resources: list[Any], connected: bool) -> None:
        self.resources, self.connected = resources, connected
        rows = resource_rows(resources)
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            for j, text in enumerate(row):
                item = self.table.item(i, j)
                if item is None:
                    self.table.setItem(i, j, QTableWidgetItem(text))
                elif item.text() != text:
                    item.setText(text)
        if not connected:
            self.empty.setText(translate("Labs", "Connect to Docker to see what the lab holds."))
        else:
            self.empty.setText(translate("Labs", "Nothing yet: set the lab up, or run a command."))
        self.empty.setVisible(not resources)


class LiveFeed(QObject):
    """Keeps one lab's resources current: read on the worker 300 ms after a daemon event (events
    come in bursts), once more 1.5 s later (a container's state can settle just after its
    event), and every 5 s while the lab is shown (in case the stream drops an event at a window
    boundary). `changed` brings each reading."""

    changed = Signal(str, list)  # (lab id, resources)

    def __init__(self, study: Any, connection: Any, visible: Any, parent: QObject | None = None):
        super().__init__(parent)
        self.study, self.connection, self._visible = study, connection, visible
        self.lab: Any = None
        self._soon = self._timer(300, self.refresh, single=True)
        self._settle = self._timer(1500, self.refresh, single=True)
        self._poll = self._timer(5000, self._poll_tick, single=False)
        connection.event_seen.connect(self._event)

    def _timer(self, ms: int, slot: Any, *, single: bool) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(single)
        timer.setInterval(ms)
        timer.timeout.connect(slot)
        return timer

    def follow(self, lab: Any) -> None:
        self.lab = lab
        self._poll.start()
        self.refresh()

    def stop(self) -> None:
        self.lab = None
        for timer in (self._soon, self._settle, self._poll):
            timer.stop()

    def _event(self) -> None:
        if self.lab is None:
            return
        if not self._soon.isActive():
            self._soon.start()
        self._settle.start()

    def _poll_tick(self) -> None:
        if self.lab is None or not self._visible():
            self._poll.stop()
            return
        if self.study.runner.pending == 0:
            self.refresh()

    def refresh(self) -> None:
        runner, lab = self.connection.runner, self.lab
        if runner is None or lab is None:
            return
        self.study.run(lambda _c, _s: runner.resources(lab), lambda resources: self.changed.emit(lab.id, resources), lambda _e: None)
