"""The live panel: the containers and images a lab holds now, as the daemon says."""

from __future__ import annotations

from typing import Any

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
