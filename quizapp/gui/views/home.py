"""Home: today's counts, the start button, the streak, and what comes next."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from quizapp.core.changes import Changes
from quizapp.core.i18n import pick
from quizapp.gui import ops
from quizapp.gui.i18n import translate
from quizapp.gui.study import Study
from quizapp.gui.views.common import heading, install_shortcuts, interval, wrapped_label


HOME_WIDTH = 820


class CountTile(QWidget):
    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.number = QLabel("–")
        font = self.number.font()
        font.setPointSize(28)
        font.setBold(True)
        self.number.setFont(font)
        self.number.setAlignment(Qt.AlignCenter)
        self.caption = QLabel()
        self.caption.setAlignment(Qt.AlignCenter)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)
        self.setMinimumWidth(120)


class HomeView(QWidget):
    start_requested = Signal()
    labs_requested = Signal()
    quiz_requested = Signal()

    def __init__(self, study: Study):
        super().__init__()
        self.study = study
        self.summary: ops.HomeSummary | None = None
        # One centred column of readable width, as the review's card: on a wide window the counts,
        # the buttons and the lines under them stay together instead of spreading to the edges.
        centring = QHBoxLayout(self)
        centring.setContentsMargins(32, 24, 32, 24)
        self.column = QWidget()
        self.column.setMaximumWidth(HOME_WIDTH)
        centring.addStretch(1)
        centring.addWidget(self.column, 100)
        centring.addStretch(1)
        layout = QVBoxLayout(self.column)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = heading(size=20)
        layout.addWidget(self.title)
        grid = QGridLayout()
        self.tiles = {name: CountTile() for name in ("new", "learning", "review", "labs")}
        for i, tile in enumerate(self.tiles.values()):
            grid.addWidget(tile, 0, i)
        layout.addLayout(grid)
        buttons = QHBoxLayout()
        self.start = QPushButton()
        self.start.setDefault(True)
        self.start.setMinimumHeight(40)
        self.start.clicked.connect(self.start_requested)
        self.labs_button = QPushButton()
        self.labs_button.setMinimumHeight(40)
        self.labs_button.clicked.connect(self.labs_requested)
        self.quiz_button = QPushButton()
        self.quiz_button.setMinimumHeight(40)
        self.quiz_button.clicked.connect(self.quiz_requested)
        install_shortcuts(self, [("Q", self.quiz_button.click)])
        buttons.addWidget(self.start, 2)
        buttons.addWidget(self.quiz_button, 1)
        buttons.addWidget(self.labs_button, 1)
        layout.addLayout(buttons)
        self.streak = wrapped_label()
        self.next = wrapped_label()
        self.warnings = wrapped_label()
        self.warnings.setStyleSheet("color: #b35c00;")
        for w in (self.streak, self.next, self.warnings):
            layout.addWidget(w)
        layout.addStretch(1)
        study.changed.connect(self._changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(translate("Home", "Today"))
        captions = {
            "new": translate("Home", "New"),
            "learning": translate("Home", "Learning"),
            "review": translate("Home", "To review"),
            "labs": translate("Home", "Labs due"),
        }
        for name, tile in self.tiles.items():
            tile.caption.setText(captions[name])
        self.start.setText(translate("Home", "Start studying (Enter)"))
        self.labs_button.setText(translate("Home", "Labs"))
        self.quiz_button.setText(translate("Home", "Take a quiz (Q)"))
        self._show()

    def enter(self) -> None:
        """Enter presses the button that has focus (Tab to Quiz, Enter), else starts studying."""
        focused = QApplication.focusWidget()
        button = focused if focused in (self.quiz_button, self.labs_button) else self.start
        button.click()

    def activate(self) -> None:
        self.study.run(ops.home_summary, self._loaded)

    def _changed(self, changes: Changes) -> None:
        # Hidden, nothing to do: showing Home again calls activate(), which asks again.
        if self.isVisible() and (changes.schedule or changes.deck or changes.history):
            self.activate()

    def _loaded(self, summary: ops.HomeSummary) -> None:
        self.summary = summary
        self._show()

    def _show(self) -> None:
        s = self.summary
        if s is None:
            self.streak.setText(translate("Home", "Loading…"))
            self.next.setText("")
            return
        lang = self.study.lang
        c = s.counts
        for name, value in (("new", c.new), ("learning", c.learning), ("review", c.review), ("labs", c.labs_due)):
            self.tiles[name].number.setText(str(value))
        self.start.setEnabled(c.total() > 0 or c.learning > 0)
        if s.streak:
            days = s.streak  # a plain name: pyside6-lupdate misses a plural whose count is an expression
            self.streak.setText(translate("Home", "Streak: %n day(s) in a row", "", days))
        else:
            self.streak.setText(translate("Home", "No streak yet: answer a card today to start one."))
        if c.total() > 0:
            # Names, not titles: a title states what the coming cards ask.
            titles = [self.study.concept_name(cid) for cid in s.next_concepts]
            if c.new and titles:
                self.next.setText(translate("Home", "Coming up: {concepts}").format(concepts=" · ".join(titles)))
            else:
                self.next.setText(translate("Home", "Coming up: {n} card(s) to review").format(n=c.learning + c.review))
        elif s.next_due is not None:
            wait = s.next_due - self.study.clock.now()
            self.next.setText(translate("Home", "All done for now. The next card is due in {wait}.").format(wait=interval(wait, lang)))
        else:
            self.next.setText(translate("Home", "All done for today."))
        self.warnings.setText("\n".join(pick(w, lang) for w in s.warnings))
        self.warnings.setVisible(bool(s.warnings))

    def settled(self) -> bool:
        return self.summary is not None
