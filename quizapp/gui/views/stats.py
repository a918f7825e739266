"""Statistics: today's numbers for now; the pictures come with the statistics issue."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from quizapp.gui import ops
from quizapp.gui.i18n import translate
from quizapp.gui.study import Study
from quizapp.gui.views.common import heading, wrapped_label


class StatsView(QWidget):
    def __init__(self, study: Study):
        super().__init__()
        self.study = study
        self.summary: ops.HomeSummary | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        self.title = heading(size=20)
        layout.addWidget(self.title)
        self.form = QFormLayout()
        self.values = {name: QLabel("–") for name in ("cards", "reviews_today", "streak", "new", "learning", "review", "labs")}
        self.captions = {name: QLabel() for name in self.values}
        for name in self.values:
            self.form.addRow(self.captions[name], self.values[name])
        layout.addLayout(self.form)
        self.note = wrapped_label()
        layout.addWidget(self.note)
        layout.addStretch(1)
        study.data_changed.connect(lambda: self.activate() if self.isVisible() else None)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(translate("Stats", "Statistics"))
        captions = {
            "cards": translate("Stats", "Cards in the deck"),
            "reviews_today": translate("Stats", "Answers today"),
            "streak": translate("Stats", "Streak (days)"),
            "new": translate("Stats", "New cards left today"),
            "learning": translate("Stats", "Learning"),
            "review": translate("Stats", "Reviews due"),
            "labs": translate("Stats", "Labs due"),
        }
        for name, caption in captions.items():
            self.captions[name].setText(caption)
        self.note.setText(translate("Stats", "Charts of retention and workload will appear here."))

    def activate(self) -> None:
        self.study.run(ops.home_summary, self._loaded)

    def _loaded(self, summary: ops.HomeSummary) -> None:
        self.summary = summary
        c = summary.counts
        values: dict[str, Any] = {
            "cards": summary.total_cards,
            "reviews_today": c.reviews_today,
            "streak": summary.streak,
            "new": c.new,
            "learning": c.learning,
            "review": c.review,
            "labs": c.labs_due,
        }
        for name, value in values.items():
            self.values[name].setText(str(value))

    def settled(self) -> bool:
        return self.summary is not None
