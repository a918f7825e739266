"""Statistics: today's numbers, answers per day over the last two weeks, and the cards coming due
over the next two. (The fuller pictures come with the statistics issue.)"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from quizapp.gui import ops
from quizapp.gui.i18n import translate
from quizapp.gui.study import Study
from quizapp.gui.views.common import heading


class BarChart(QWidget):
    """Bars with their value on top and a label under every few."""

    def __init__(self, colour: str, label_last: bool = False):
        super().__init__()
        self.label_last = label_last  # label every other bar counting from the last one (today)
        self.values: list[int] = []
        self.labels: list[str] = []
        self.title = ""
        self.colour = QColor(colour)
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)

    def set_data(self, title: str, values: list[int], labels: list[str]) -> None:
        self.title, self.values, self.labels = title, values, labels
        self.update()

    def paintEvent(self, _event: Any) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        text = self.palette().color(QPalette.WindowText)
        metrics = p.fontMetrics()
        line = metrics.height()
        p.setPen(text)
        p.drawText(QRectF(0, 0, self.width(), line + 4), Qt.AlignLeft | Qt.AlignVCenter, self.title)
        if not self.values:
            return
        top, bottom = line * 2 + 8, self.height() - line - 6
        width = self.width() / len(self.values)
        peak = max(max(self.values), 1)
        for i, value in enumerate(self.values):
            h = (bottom - top) * value / peak
            bar = QRectF(i * width + width * 0.15, bottom - h, width * 0.7, h)
            p.fillRect(bar, self.colour)
            if value:
                p.drawText(QRectF(i * width, bottom - h - line - 2, width, line), Qt.AlignCenter, str(value))
            anchor = len(self.values) - 1 if self.label_last else 0
            if (i - anchor) % 2 == 0 or len(self.values) <= 7:
                p.drawText(QRectF(i * width - width, bottom + 4, width * 3, line), Qt.AlignCenter, self.labels[i])
        p.setPen(QColor(127, 127, 127))
        p.drawLine(0, int(bottom), self.width(), int(bottom))


class StatsView(QWidget):
    def __init__(self, study: Study):
        super().__init__()
        self.study = study
        self.data: ops.Workload | None = None
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
        charts = QHBoxLayout()
        self.past = BarChart("#5c8dd6", label_last=True)
        self.ahead = BarChart("#e39b3b")
        charts.addWidget(self.past)
        charts.addSpacing(24)
        charts.addWidget(self.ahead)
        layout.addLayout(charts, 1)
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
        self._show()

    def activate(self) -> None:
        self.study.run(ops.workload, self._loaded)

    def _loaded(self, data: ops.Workload) -> None:
        self.data = data
        self._show()

    def _show(self) -> None:
        data = self.data
        if data is None:
            return
        summary = data.summary
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
        n = len(data.past)
        past_labels = [translate("Stats", "today") if i == n - 1 else f"-{n - 1 - i}" for i in range(n)]
        ahead_labels = [translate("Stats", "today") if i == 0 else f"+{i}" for i in range(len(data.ahead))]
        self.past.set_data(translate("Stats", "Answers per day, last two weeks"), data.past, past_labels)
        self.ahead.set_data(translate("Stats", "Cards coming due, next two weeks"), data.ahead, ahead_labels)

    def settled(self) -> bool:
        return self.data is not None
