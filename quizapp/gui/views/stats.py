"""Statistics: today's numbers; the cards coming due over the next 30 days; answers per day over
the past year; true retention week by week against the retention asked for; how well each
concept is remembered, as a map of the curriculum; how far through the labs the learner is.

The numbers come from quizapp.core.stats on the worker. The charts are pyqtgraph's, chosen by
measuring both libraries the issue named, with a 30-bar chart drawn offscreen on the 2-core
machine (medians of 7 fresh processes, PySide6 6.11.3):

    pyqtgraph 0.14 + numpy 2.4:   +83 MB installed (19 MB of wheels), +350 ms to the first chart
    QtCharts (PySide6-Addons):    +422 MB installed (175 MB wheel),   +6 ms to the first chart
    QPainter by hand:             nothing, 0 ms

QtCharts is quicker to open, but the add-ons would more than double the app's install (PySide6 is
234 MB), and the project left them out for that reason. pyqtgraph's cost is time, and only once:
it is imported on the worker, while the numbers are computed, the first time the view opens
(never on the way to the first card), so the GUI thread only builds the plots. The concept map
and the lab tiles are clickable tiles rather than charts, painted here.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QScrollArea,
    QSizePolicy,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from quizapp.core import stats
from quizapp.gui.i18n import translate
from quizapp.gui.study import Study
from quizapp.gui.views.common import heading, install_shortcuts

FORECAST_COLOUR = "#e39b3b"
RETENTION_COLOUR = "#5c8dd6"
# Calendar shades, from a day without answers to the busiest quarter of days.
CALENDAR_SHADES = ("#9be9a8", "#40c463", "#30a14e", "#216e39")


def load_chart_library() -> Any:
    """pyqtgraph, imported on first use (see the module's docstring for what it costs)."""
    import pyqtgraph

    return pyqtgraph


def recall_colour(value: float | None, desired: float, none: QColor) -> QColor:
    """Green for a concept remembered better than the retention asked for, amber at it, red at
    0.7 or less: FSRS keeps a studied card's recall near the desired retention, so the scale is
    spread around it (a scale from 0 to 1 would paint every studied concept the same green)."""
    if value is None:
        return none
    if value >= desired:
        hue = 50 + 70 * min(1.0, (value - desired) / max(1e-6, 1 - desired))
    else:
        hue = 50 * max(0.0, (value - 0.7) / max(1e-6, desired - 0.7))
    return QColor.fromHsv(int(hue), 170, 215)


def report_in_background(collection: Any, session: Any) -> Any:
    """Runs on the worker: the chart library's import and the numbers, so neither holds up the
    GUI thread."""
    load_chart_library()
    return stats.report(collection, session)


# ----- tiles ------------------------------------------------------------------------------------
@dataclass
class Tile:
    key: str
    title: str
    detail: str
    colour: QColor
    tooltip: str = ""


@dataclass
class TileGroup:
    title: str
    tiles: list[Tile]


class TileMap(QWidget):
    """Groups of coloured tiles, each group a row led by its title, the tiles flowing into as many
    lines as the width needs. A tile is chosen by a click, or by the arrow keys and Enter."""

    chosen = Signal(str)

    TILE_W, TILE_H, GAP, LABEL_W = 168, 50, 6, 170

    def __init__(self) -> None:
        super().__init__()
        self.groups: list[TileGroup] = []
        self.current = -1  # index into the flat list of tiles, for the keyboard
        self._rects: list[tuple[QRectF, Tile]] = []
        self.setFocusPolicy(Qt.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)

    def set_groups(self, groups: list[TileGroup]) -> None:
        self.groups = groups
        self.current = min(self.current, len(self.tiles()) - 1)
        self._layout(self.width())
        self.updateGeometry()
        self.update()

    def tiles(self) -> list[Tile]:
        return [tile for group in self.groups for tile in group.tiles]

    def _columns(self, width: int) -> int:
        return max(1, int((width - self.LABEL_W + self.GAP) // (self.TILE_W + self.GAP)))

    def _layout(self, width: int) -> int:
        """Place the tiles for `width`; returns the height they take."""
        self._rects = []
        columns = self._columns(width)
        y = 0.0
        for group in self.groups:
            for i, tile in enumerate(group.tiles):
                row, col = divmod(i, columns)
                x = self.LABEL_W + col * (self.TILE_W + self.GAP)
                self._rects.append((QRectF(x, y + row * (self.TILE_H + self.GAP), self.TILE_W, self.TILE_H), tile))
            lines = max(1, math.ceil(len(group.tiles) / columns))
            y += lines * (self.TILE_H + self.GAP) + self.GAP * 2
        return int(y)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._layout(width)

    def sizeHint(self) -> QSize:
        width = max(self.width(), 900)
        return QSize(width, self._layout(width))

    def resizeEvent(self, event: Any) -> None:
        self._layout(self.width())
        super().resizeEvent(event)

    def paintEvent(self, _event: Any) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.WindowText)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85))
        bold = QFont(self.font())
        bold.setBold(True)
        index = 0
        for group in self.groups:
            if not group.tiles:
                continue
            first = self._rects[index][0]
            p.setPen(text)
            p.setFont(bold)
            label = QRectF(0, first.top(), self.LABEL_W - 10, self.TILE_H)
            p.drawText(label, Qt.AlignLeft | Qt.AlignVCenter | Qt.TextWordWrap, group.title)
            for _tile in group.tiles:
                rect, tile = self._rects[index]
                p.setPen(Qt.NoPen)
                p.setBrush(tile.colour)
                p.drawRoundedRect(rect, 5, 5)
                if index == self.current and self.hasFocus():
                    p.setPen(QPen(palette.color(QPalette.Highlight), 3))
                    p.setBrush(Qt.NoBrush)
                    p.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 5, 5)
                ink = QColor("#1d1d1d") if tile.colour.lightnessF() > 0.55 else QColor("#f4f4f4")
                p.setPen(ink)
                inner = rect.adjusted(7, 4, -7, -4)
                p.setFont(small)
                metrics = p.fontMetrics()
                p.drawText(inner, Qt.AlignRight | Qt.AlignBottom, tile.detail)
                title_rect = QRectF(inner.left(), inner.top(), inner.width(), inner.height() - metrics.height() + 2)
                p.drawText(title_rect, Qt.AlignLeft | Qt.AlignTop | Qt.TextWordWrap, self._elided_two_lines(metrics, tile.title, inner.width()))
                index += 1
        p.end()

    @staticmethod
    def _elided_two_lines(metrics: Any, text: str, width: float) -> str:
        """At most two lines of `text`, the second cut with an ellipsis."""
        if metrics.horizontalAdvance(text) <= width * 1.9:
            return text
        return metrics.elidedText(text, Qt.ElideRight, int(width * 1.85))

    def tile_at(self, point: QPointF) -> int:
        return next((i for i, (rect, _tile) in enumerate(self._rects) if rect.contains(point)), -1)

    def event(self, event: Any) -> bool:
        if event.type() == QEvent.ToolTip:
            i = self.tile_at(event.position() if hasattr(event, "position") else QPointF(event.pos()))
            if i >= 0:
                QToolTip.showText(event.globalPos(), self._rects[i][1].tooltip, self)
            return True
        return super().event(event)

    def mouseReleaseEvent(self, event: Any) -> None:
        i = self.tile_at(event.position())
        if i >= 0 and event.button() == Qt.LeftButton:
            self.current = i
            self.update()
            self.chosen.emit(self._rects[i][1].key)

    def mouseMoveEvent(self, event: Any) -> None:
        self.setCursor(Qt.PointingHandCursor if self.tile_at(event.position()) >= 0 else Qt.ArrowCursor)

    def keyPressEvent(self, event: Any) -> None:
        count = len(self._rects)
        if not count:
            return super().keyPressEvent(event)
        key = event.key()
        if key in (Qt.Key_Return, Qt.Key_Enter, Qt.Key_Space) and self.current >= 0:
            self.chosen.emit(self._rects[self.current][1].key)
            return
        step = {Qt.Key_Right: 1, Qt.Key_Left: -1, Qt.Key_Down: self._columns(self.width()), Qt.Key_Up: -self._columns(self.width())}.get(key)
        if step is None:
            return super().keyPressEvent(event)
        self.current = 0 if self.current < 0 else min(count - 1, max(0, self.current + step))
        self.update()

    def focusInEvent(self, event: Any) -> None:
        if self.current < 0 and self._rects:
            self.current = 0
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: Any) -> None:
        self.update()
        super().focusOutEvent(event)


# ----- the charts -------------------------------------------------------------------------------
class Charts:
    """The three pyqtgraph plots, built on the first report (after the library's import)."""

    def __init__(self, pg: Any, parent_palette: QPalette):
        self.pg = pg
        self.forecast = pg.PlotWidget()
        self.retention = pg.PlotWidget()
        self.calendar = pg.PlotWidget()
        for plot in (self.forecast, self.retention, self.calendar):
            plot.setMenuEnabled(False)
            plot.setMouseEnabled(x=False, y=False)
            plot.hideButtons()
            plot.setFocusPolicy(Qt.NoFocus)
        self.forecast.setFixedHeight(230)
        self.retention.setFixedHeight(230)
        self.calendar.setFixedHeight(175)
        self.calendar.getPlotItem().invertY(True)
        self.legend = self.retention.addLegend(offset=(-10, -10))
        self.apply_palette(parent_palette)

    def apply_palette(self, palette: QPalette) -> None:
        text = palette.color(QPalette.WindowText)
        base = palette.color(QPalette.Window)
        for plot in (self.forecast, self.retention, self.calendar):
            plot.setBackground(base)
            for side in ("left", "bottom"):
                axis = plot.getAxis(side)
                axis.setTextPen(text)
                axis.setPen(QColor(127, 127, 127))
        self.legend.setLabelTextColor(text)
        self.text = text
        self.base = base

    def title(self, plot: Any, text: str) -> None:
        plot.setTitle(text, color=self.text.name(), size="11pt")

    def show_forecast(self, counts: list[int], title: str, today: str) -> None:
        plot = self.forecast
        plot.clear()
        self.title(plot, title)
        bars = self.pg.BarGraphItem(x=list(range(len(counts))), height=counts, width=0.72, brush=QColor(FORECAST_COLOUR), pen=None)
        plot.addItem(bars)
        ticks = [(i, today if i == 0 else f"+{i}") for i in range(0, len(counts), 5)]
        plot.getAxis("bottom").setTicks([ticks])
        plot.getAxis("bottom").setStyle(hideOverlappingLabels=False)
        plot.setXRange(-0.8, len(counts) - 0.3, padding=0)
        plot.setYRange(0, max(max(counts, default=0), 1) * 1.1, padding=0)

    def show_retention(self, weeks: list[Any], desired: float, title: str, names: tuple[str, str], lang: str) -> None:
        plot = self.retention
        plot.clear()
        self.legend.clear()
        self.title(plot, title)
        xs = [i for i, w in enumerate(weeks) if w.rate is not None]
        ys = [weeks[i].rate * 100 for i in xs]
        colour = QColor(RETENTION_COLOUR)
        line = self.pg.PlotDataItem(
            xs, ys, pen=self.pg.mkPen(colour, width=2), symbol="o", symbolSize=6, symbolBrush=colour, symbolPen=None, name=names[0]
        )
        plot.addItem(line)
        target = self.pg.PlotDataItem(
            [-0.5, len(weeks) - 0.5], [desired * 100] * 2, pen=self.pg.mkPen(QColor("#c0504d"), width=2, style=Qt.DashLine), name=names[1]
        )
        plot.addItem(target)
        low = min([desired * 100, *ys]) if ys else desired * 100
        plot.setYRange(max(0, math.floor(low / 10) * 10 - 5), 100.5, padding=0)
        plot.setXRange(-0.5, len(weeks) - 0.5, padding=0)
        ticks = [(i, short_date(w.start, lang)) for i, w in enumerate(weeks) if (len(weeks) - 1 - i) % 4 == 0]
        plot.getAxis("bottom").setTicks([ticks])
        plot.getAxis("left").setTicks([[(v, f"{v}%") for v in range(0, 101, 10)]])

    def show_calendar(self, counts: list[int], today: date, title: str, lang: str) -> None:
        """Columns are weeks (Monday first, top to bottom), the last one holding today."""
        np = __import__("numpy")
        plot = self.calendar
        plot.clear()
        self.title(plot, title)
        start = today - timedelta(days=len(counts) - 1)
        first_monday = start - timedelta(days=start.weekday())
        columns = (today - first_monday).days // 7 + 1
        peak = max(counts, default=0)
        # Categories: 0 outside the calendar, 1 no answers, 2-5 the four shades by share of the peak.
        z = np.zeros((columns, 7))
        for i, n in enumerate(counts):
            day = start + timedelta(days=i)
            column = (day - first_monday).days // 7
            z[column, day.weekday()] = 1 if n == 0 else 2 + min(3, int(4 * (n - 1) / max(peak, 1)))
        xs, ys = np.meshgrid(np.arange(columns + 1, dtype=float), np.arange(8, dtype=float), indexing="ij")
        empty = QColor(127, 127, 127, 60)
        colours = [self.base, empty, *(QColor(c) for c in CALENDAR_SHADES)]
        cmap = self.pg.ColorMap(pos=[i / 5 for i in range(6)], color=colours)
        mesh = self.pg.PColorMeshItem(xs, ys, z, colorMap=cmap, levels=(0, 5), enableAutoLevels=False, edgecolors=self.pg.mkPen(self.base, width=2))
        plot.addItem(mesh)
        months, seen = [], None
        for column in range(columns):
            monday = first_monday + timedelta(days=7 * column)
            if monday.month != seen:
                seen = monday.month
                months.append((column + 0.5, month_name(monday, lang)))
        plot.getAxis("bottom").setTicks([months])
        names = weekday_names(lang)
        plot.getAxis("left").setTicks([[(d + 0.5, names[d]) for d in (0, 2, 4)]])
        plot.setXRange(0, columns, padding=0.01)
        plot.setYRange(0, 7, padding=0.02)


def short_date(day: date, lang: str) -> str:
    return f"{day.month}/{day.day}" if lang == "ko" else day.strftime("%b %d").replace(" 0", " ")


def month_name(day: date, lang: str) -> str:
    return f"{day.month}월" if lang == "ko" else day.strftime("%b")


def weekday_names(lang: str) -> list[str]:
    return ["월", "화", "수", "목", "금", "토", "일"] if lang == "ko" else ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


# ----- the view ---------------------------------------------------------------------------------
class StatsView(QWidget):
    # A concept the learner chose on the map, to study its cards (the window connects it).
    concept_chosen = Signal(str)
    # A concept to take a quiz on: Q on the chosen tile, or its right-click menu.
    quiz_requested = Signal(str)
    lab_chosen = Signal(str)

    SUMMARY = ("cards", "reviews_today", "streak", "new", "learning", "review", "labs")

    def __init__(self, study: Study):
        super().__init__()
        self.study = study
        self.report: Any = None
        self.charts: Charts | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.NoFrame)
        outer.addWidget(self.scroll)
        page = QWidget()
        self.scroll.setWidget(page)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(28, 20, 28, 20)
        layout.setSpacing(10)
        self.title = heading(size=20)
        layout.addWidget(self.title)

        summary = QGridLayout()
        summary.setHorizontalSpacing(22)
        self.values = {name: QLabel("–") for name in self.SUMMARY}
        self.captions = {name: QLabel() for name in self.SUMMARY}
        for column, name in enumerate(self.SUMMARY):
            font = self.values[name].font()
            font.setPointSize(font.pointSize() + 5)
            font.setBold(True)
            self.values[name].setFont(font)
            summary.addWidget(self.values[name], 0, column)
            summary.addWidget(self.captions[name], 1, column)
        summary.setColumnStretch(len(self.SUMMARY), 1)
        layout.addLayout(summary)

        self.loading = QLabel()
        layout.addWidget(self.loading)
        self.top_row = QHBoxLayout()
        layout.addLayout(self.top_row)
        self.calendar_row = QVBoxLayout()
        layout.addLayout(self.calendar_row)
        self.calendar_note = QLabel()
        layout.addWidget(self.calendar_note)

        self.mastery_title = heading(size=15)
        self.mastery_note = QLabel()
        self.mastery_note.setWordWrap(True)
        self.concept_map = TileMap()
        self.concept_map.chosen.connect(self.concept_chosen)
        self.concept_map.setContextMenuPolicy(Qt.CustomContextMenu)
        self.concept_map.customContextMenuRequested.connect(self._concept_menu)
        install_shortcuts(self.concept_map, [("Q", self.quiz_on_current_concept)], context=Qt.WidgetShortcut)
        self.quiz_note = QLabel()
        self.quiz_note.setWordWrap(True)
        self.labs_title = heading(size=15)
        self.labs_note = QLabel()
        self.lab_map = TileMap()
        self.lab_map.chosen.connect(self.lab_chosen)
        for widget in (self.mastery_title, self.mastery_note, self.quiz_note, self.concept_map, self.labs_title, self.labs_note, self.lab_map):
            layout.addWidget(widget)
        layout.addStretch(1)

        changed = getattr(study, "changed", None)
        if changed is not None:
            changed.connect(self._changed)
        self.retranslate()

    # ----- data ---------------------------------------------------------------------------------
    def activate(self) -> None:
        self.study.run(report_in_background, self.show_report)

    def _changed(self, changes: Any) -> None:
        # The report reads the answer log and the schedule only: a lab set up or reset, a flag or
        # new settings leave it as it is (and it costs a pass over every card and answer).
        if self.isVisible() and (changes.history or changes.schedule):
            self.activate()

    def settled(self) -> bool:
        return self.report is not None

    def show_report(self, report: Any) -> None:
        self.report = report
        if self.charts is None:
            self.charts = Charts(load_chart_library(), self.palette())
            self.top_row.addWidget(self.charts.forecast, 1)
            self.top_row.addSpacing(16)
            self.top_row.addWidget(self.charts.retention, 1)
            self.calendar_row.addWidget(self.charts.calendar)
        self._show()

    def _show(self) -> None:
        report = self.report
        if report is None:
            self.loading.setText(translate("Stats", "Counting…"))
            return
        self.loading.hide()
        lang = getattr(self.study, "lang", "en")
        c = report.counts
        values = {
            "cards": report.total_cards,
            "reviews_today": c.reviews_today if c else 0,
            "streak": report.streak,
            "new": c.new if c else 0,
            "learning": c.learning if c else 0,
            "review": c.review if c else 0,
            "labs": c.labs_due if c else 0,
        }
        for name, value in values.items():
            self.values[name].setText(f"{value:,}")
        charts = self.charts
        assert charts is not None
        charts.show_forecast(report.forecast, translate("Stats", "Cards coming due, next 30 days"), translate("Stats", "today"))
        charts.show_retention(
            report.retention,
            report.desired_retention,
            translate("Stats", "True retention by week (reviews passed)"),
            (translate("Stats", "Passed"), translate("Stats", "Desired retention {percent}%").format(percent=round(report.desired_retention * 100))),
            lang,
        )
        charts.show_calendar(report.calendar, report.today, translate("Stats", "Answers per day, past year"), lang)
        days = sum(1 for n in report.calendar if n)
        self.calendar_note.setText(
            translate("Stats", "{answers} answers on {days} days in the past year; busiest day {peak}.").format(
                answers=f"{sum(report.calendar):,}", days=days, peak=f"{max(report.calendar, default=0):,}"
            )
        )
        self._show_mastery(lang)
        self._show_labs(lang)

    def _show_mastery(self, lang: str) -> None:
        grey = QColor(127, 127, 127, 70)
        groups = []
        for section in self.report.mastery:
            tiles = []
            for concept in section.concepts:
                title = self.study.concept_title(concept.concept_id)
                if concept.started:
                    detail = f"{round(concept.mean_retrievability * 100)}%"
                    tip = translate("Stats", "{title}\nRecall now: {percent}% (mean over {studied} of {cards} cards studied)").format(
                        title=title, percent=round(concept.mean_retrievability * 100), studied=concept.studied, cards=concept.cards
                    )
                else:
                    detail = translate("Stats", "not started")
                    tip = translate("Stats", "{title}\nNot studied yet ({cards} cards)").format(title=title, cards=concept.cards)
                tiles.append(Tile(concept.concept_id, title, detail, recall_colour(concept.mean_retrievability, self.report.desired_retention, grey), tip))
            groups.append(TileGroup(stats.section_title(section.section, lang), tiles))
        self.concept_map.set_groups(groups)

    def _show_labs(self, lang: str) -> None:
        grey = QColor(127, 127, 127, 70)
        tiles = []
        for lab in self.report.labs:
            title = lab.title.get(lang) if hasattr(lab.title, "get") else str(lab.title)
            if lab.passed:
                colour = QColor("#40c463")
                detail = translate("Stats", "passed")
            elif lab.attempts:
                colour = QColor("#e3b341")
                detail = translate("Stats", "tried")
            else:
                colour = grey
                detail = translate("Stats", "not started")
            tip = translate("Stats", "{title}\n{attempts} attempts, {passed} passed").format(title=title, attempts=lab.attempts, passed=lab.passed)
            tiles.append(Tile(lab.lab_id, title, detail, colour, tip))
        passed = sum(1 for lab in self.report.labs if lab.passed)
        self.labs_note.setText(translate("Stats", "{passed} of {total} labs passed").format(passed=passed, total=len(self.report.labs)))
        self.lab_map.set_groups([TileGroup("", tiles)] if tiles else [])

    def quiz_on_current_concept(self) -> None:
        tiles = self.concept_map._rects
        if 0 <= self.concept_map.current < len(tiles):
            self.quiz_requested.emit(tiles[self.concept_map.current][1].key)

    def _concept_menu(self, point: Any) -> None:
        """Right-click on a concept: study its cards, or take a quiz on it."""
        i = self.concept_map.tile_at(QPointF(point))
        if i < 0:
            return
        key = self.concept_map._rects[i][1].key
        self.concept_map.current = i
        self.concept_map.update()
        menu = QMenu(self)
        menu.addAction(translate("Stats", "Study its cards"), lambda: self.concept_chosen.emit(key))
        menu.addAction(translate("Stats", "Take a quiz on it"), lambda: self.quiz_requested.emit(key))
        menu.popup(self.concept_map.mapToGlobal(point))

    # ----- texts and colours ----------------------------------------------------------------------
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
        self.mastery_title.setText(translate("Stats", "How well each concept is remembered"))
        self.mastery_note.setText(
            translate(
                "Stats",
                "Each concept's chance of recall now (FSRS retrievability, the mean over its studied cards), "
                "by section of the notes, weakest first. Click a concept, or choose it with the arrow keys and press Enter, to study its cards.",
            )
        )
        self.quiz_note.setText(translate("Stats", "To take a quiz on a concept, choose it and press Q, or right-click it."))
        self.labs_title.setText(translate("Stats", "Labs"))
        self._show()

    def changeEvent(self, event: Any) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.PaletteChange and self.charts is not None:
            self.charts.apply_palette(self.palette())
            if self.report is not None:
                self._show()
