"""The main window: a menu bar that lists every shortcut, a list of views on the left, the current
view on the right, a status bar with the worker's progress and the Docker daemon's badge."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QSettings, QTimer
from PySide6.QtGui import QAction, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quizapp.gui import qtvalues
from quizapp.core.ratings import RATINGS
from quizapp.gui.i18n import LanguageSwitch, rating_name, translate
from quizapp.gui.study import GuiOptions, Study
from quizapp.gui.views import VIEWS
from quizapp.gui.views.common import install_shortcuts
from quizapp.gui.worker import TaskRunner

# "quiz" last: Ctrl+1-6 stay where learners (and the tests) know them.
# Anything the worker runs longer than this shows the busy bar.
BUSY_AFTER_MS = 1000


def nav_label(name: str) -> str:
    return {
        "home": translate("Window", "Home"),
        "review": translate("Window", "Review"),
        "labs": translate("Window", "Labs"),
        "browse": translate("Window", "Browse"),
        "stats": translate("Window", "Statistics"),
        "settings": translate("Window", "Settings"),
        "quiz": translate("Window", "Quiz"),
    }[name]


def shortcut_sections() -> list[tuple[str, list[tuple[str, str]]]]:
    """Every key the window answers to, by where it works: the menus and the shortcut list (F1,
    `?`) are drawn from this one table. Keys are QKeySequence strings (shown in the learner's
    platform's form)."""
    go = [(f"Ctrl+{i}", translate("Window", "Go to {view}").format(view=nav_label(name))) for i, name in enumerate(VIEWS, 1)]
    return [
        (
            translate("Window", "Everywhere"),
            [
                *go,
                ("F1", translate("Window", "Keyboard shortcuts (also ?)")),
                ("Ctrl+Q", translate("Window", "Quit (in the terminal Ctrl+Q is the shell's: Ctrl+P Ctrl+Q detaches)")),
            ],
        ),
        (
            translate("Window", "Home"),
            [("Enter", translate("Window", "Start studying")), ("Q", translate("Window", "Take a quiz"))],
        ),
        (
            translate("Window", "Review"),
            [
                ("Space", translate("Window", "Show the answer, or submit it")),
                ("Enter", translate("Window", "Submit; on the answer side, take the proposed rating")),
                *((str(r), rating_name(r)) for r in RATINGS),
                ("A", translate("Window", "A, B, C…: choose an option")),
                ("Ctrl+Up", translate("Window", "Order cards: move the selected item up (Ctrl+Down: down)")),
                ("Ctrl+Z", translate("Window", "Undo the last answer")),
            ],
        ),
        (
            translate("Window", "Labs"),
            [
                ("Enter", translate("Window", "Open the selected lab")),
                ("Ctrl+Return", translate("Window", "Check the lab (works in the terminal too)")),
                ("Ctrl+H", translate("Window", "Next hint (works in the terminal too)")),
                ("Ctrl+T", translate("Window", "Open a shell in the lab's work folder")),
                ("Ctrl+Tab", translate("Window", "Leave the terminal (Ctrl+Shift+Tab: back)")),
                ("Escape", translate("Window", "Back to the list of labs")),
            ],
        ),
        (
            translate("Window", "Browse"),
            [
                ("Ctrl+F", translate("Window", "Search")),
                ("Enter", translate("Window", "Preview the selected card")),
                ("Ctrl+N", translate("Window", "Add a card of your own")),
                ("Ctrl+E", translate("Window", "Edit the selected card (a built-in one: as a new card of your own)")),
                ("Ctrl+J", translate("Window", "Suspend or unsuspend the selected cards")),
                ("Ctrl+Shift+J", translate("Window", "Bury the selected cards until the next study day, or unbury them")),
                ("Alt+1", translate("Window", "Alt+1…7: flag the selected cards red, orange, green, blue, pink, turquoise, purple")),
                ("Alt+0", translate("Window", "Take the flag off")),
                ("Ctrl+Delete", translate("Window", "Delete the selected card of your own")),
                ("Ctrl+K", translate("Window", "Quiz on the selected cards' concepts")),
                ("Menu", translate("Window", "All of these in a menu (also Shift+F10)")),
            ],
        ),
        (
            translate("Window", "Settings"),
            [("Ctrl+S", translate("Window", "Save the settings"))],
        ),
        (
            translate("Window", "Quiz"),
            [
                ("Enter", translate("Window", "Start; submit the answer; next question (on a button: press it)")),
                ("Space", translate("Window", "Tick a concept or section in the list")),
                ("Y", translate("Window", "Basic cards: I knew it (N: I didn't)")),
                ("Ctrl+D", translate("Window", "I don't know")),
                ("A", translate("Window", "A, B, C…: choose an option")),
                ("Escape", translate("Window", "End the quiz now (scored on what was answered)")),
            ],
        ),
        (
            translate("Window", "Card editor"),
            [
                ("Ctrl+Return", translate("Window", "Save the card")),
                ("Space", translate("Window", "Tick or untick the concept in the list")),
                ("Escape", translate("Window", "Cancel (asks first when something is written)")),
            ],
        ),
    ]


def key_text(key: str) -> str:
    """A key as the lists show it: "Ctrl+Return" reads as the key a learner knows, Ctrl+Enter."""
    return key.replace("Return", "Enter")


class ShortcutsDialog(QDialog):
    """The list of every shortcut, from `shortcut_sections()`; Esc or Enter closes it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("Window", "Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 2)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.NoSelection)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.Close).setText(translate("Window", "Close"))
        layout.addWidget(buttons)
        self.fill()
        self.resize(560, 620)

    def fill(self) -> None:
        rows: list[tuple[str, str, bool]] = []
        for title, keys in shortcut_sections():
            rows.append((title, "", True))
            rows += [(key_text(key), what, False) for key, what in keys]
        self.table.setRowCount(len(rows))
        for i, (key, what, is_title) in enumerate(rows):
            first = QTableWidgetItem(key)
            if is_title:
                font = first.font()
                font.setBold(True)
                first.setFont(font)
            self.table.setItem(i, 0, first)
            self.table.setItem(i, 1, QTableWidgetItem(what))
        # Sized for every row, not only the rows in view (as resizeColumnToContents would).
        bold = self.table.font()
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        self.table.setColumnWidth(0, max(metrics.horizontalAdvance(key) for key, _what, _title in rows) + 24)
        self.table.resizeRowsToContents()


class MainWindow(QMainWindow):
    def __init__(self, options: GuiOptions):
        super().__init__()
        self.options = options
        self.runner = TaskRunner(self)
        self.study = Study(options, self.runner, self)
        # Open the collection first: the worker reads the database and the deck while the views
        # below are built.
        self.study.open()
        self.language = LanguageSwitch()
        self.language.apply(self.study.lang)
        self.window_settings = QSettings(str(options.data_dir / "window.ini"), QSettings.IniFormat)
        self.current = "home"

        # Views are built when first shown (the labs view also once start-up is over, for the
        # daemon badge): the first card does not wait for widgets nobody is looking at.
        self.views: dict[str, Any] = {}
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.nav = QListWidget()
        self.nav.setFixedWidth(170)
        self.nav.setProperty("focusPolicy", qtvalues.NO_FOCUS)
        font = self.nav.font()
        font.setPointSize(font.pointSize() + 1)
        self.nav.setFont(font)
        self.nav.setStyleSheet("QListWidget { border: none; } QListWidget::item { padding: 9px 10px; }")
        for _name in VIEWS:  # row i is VIEWS[i]
            self.nav.addItem(QListWidgetItem())
        self.nav.currentRowChanged.connect(lambda row: self.show_view(VIEWS[row]) if 0 <= row < len(VIEWS) else None)
        self.stack = QStackedWidget()
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.status_text = QLabel()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(140)
        self.busy.hide()
        self.daemon_badge: QWidget | None = None
        self.statusBar().addWidget(self.status_text, 1)
        self.statusBar().addPermanentWidget(self.busy)
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.timeout.connect(self._maybe_show_busy)
        self.runner.busy_changed.connect(self._busy_changed)
        self.runner.failed.connect(self._worker_failed)
        self.study.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.study.language_changed.connect(self._language_changed)
        self.study.ready.connect(self._ready)
        self.study.open_failed.connect(self._open_failed)

        self._build_menus()

        self.resize(1180, 760)
        self.retranslate()

    # ----- menus -------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        """The menus hold the window-wide keys (Ctrl+1-6, Ctrl+Q, F1) and show every view's keys
        beside their entries; keys a view owns (Space, 1-4, Ctrl+Enter, ...) are shown there as
        text only, so each key has one owner."""
        bar = self.menuBar()
        self.menus = {name: bar.addMenu("") for name in ("file", "go", "review", "labs", "browse", "help")}
        self.actions: dict[str, QAction] = {}

        def add(menu: str, name: str, key: str, run: Any = None) -> None:
            action = QAction(self)
            action.setData(key)
            if run is not None:
                # As a property: setShortcut()'s overloads make PySide6 build all of Qt's enums
                # (see qtvalues), which the first card would wait for.
                action.setProperty("shortcut", QKeySequence(key))
                action.triggered.connect(run)
            self.menus[menu].addAction(action)
            self.actions[name] = action

        add("file", "quit", "Ctrl+Q", self.close)
        for i, name in enumerate(VIEWS, 1):
            add("go", name, f"Ctrl+{i}", lambda _=False, name=name: self.show_view(name))
        add("help", "shortcuts", "F1", self.show_shortcuts)
        question = QAction(self)  # "?" too, kept out of the menu (it lists F1 and ?)
        question.setProperty("shortcut", QKeySequence("?"))
        question.triggered.connect(self.show_shortcuts)
        self.addAction(question)
        for menu, section in (("review", 2), ("labs", 3), ("browse", 4)):
            for j in range(len(shortcut_sections()[section][1])):
                add(menu, f"{menu}-{j}", "")
        self.shortcuts_dialog: ShortcutsDialog | None = None

    def _retranslate_menus(self) -> None:
        for name, title in (
            ("file", translate("Window", "&File")),
            ("go", translate("Window", "&Go")),
            ("review", translate("Window", "&Review")),
            ("labs", translate("Window", "&Labs")),
            ("browse", translate("Window", "&Browse")),
            ("help", translate("Window", "&Help")),
        ):
            self.menus[name].setTitle(title)
        self.actions["quit"].setText(translate("Window", "Quit"))
        for name in VIEWS:
            self.actions[name].setText(nav_label(name))
        self.actions["shortcuts"].setText(translate("Window", "Keyboard shortcuts") + "\tF1, ?")
        sections = shortcut_sections()
        for menu, section in (("review", 2), ("labs", 3), ("browse", 4)):
            for j, (key, what) in enumerate(sections[section][1]):
                # The key after a tab is drawn as the entry's shortcut, without binding it here.
                self.actions[f"{menu}-{j}"].setText(f"{what}\t{key_text(key)}")
                self.actions[f"{menu}-{j}"].setEnabled(False)

    def show_shortcuts(self) -> None:
        if self.shortcuts_dialog is None:
            self.shortcuts_dialog = ShortcutsDialog(self)
            # back to the window once the list is gone (some platforms leave no window active)
            self.shortcuts_dialog.finished.connect(lambda _r: QTimer.singleShot(0, self.activateWindow))
        self.shortcuts_dialog.fill()
        self.shortcuts_dialog.open()
        self.shortcuts_dialog.activateWindow()  # keys go to it at once: Esc closes it
        self.shortcuts_dialog.table.setFocus()

    # ----- views ------------------------------------------------------------------------------
    def view(self, name: str) -> Any:
        """The view called `name`, built the first time it is asked for."""
        if name in self.views:
            return self.views[name]
        if name not in VIEWS:
            raise ValueError(f"unknown view {name!r}: one of {', '.join(VIEWS)} or lab:ID")
        study = self.study
        if name == "home":
            from quizapp.gui.views.home import HomeView

            view = HomeView(study)
            view.start_requested.connect(lambda: self.show_view("review"))
            view.labs_requested.connect(lambda: self.show_view("labs"))
            view.quiz_requested.connect(lambda: self.show_view("quiz"))
            self.home_enter = install_shortcuts(view, [("Return", view.enter), ("Enter", view.enter)])
        elif name == "review":
            from quizapp.gui.views.review import ReviewView

            view = ReviewView(study)
            view.home_requested.connect(lambda: self.show_view("home"))
            view.open_lab.connect(lambda lab_id: self.show_view("lab:" + lab_id))
        elif name == "labs":
            from quizapp.gui.views.labs import LabsView

            view = LabsView(study)
            self.daemon_badge = view.daemon_badge_widget()
            self.statusBar().addPermanentWidget(self.daemon_badge)
        elif name == "browse":
            from quizapp.gui.views.browse import BrowseView

            view = BrowseView(study)
            view.quiz_requested.connect(lambda concepts: self.start_quiz(concepts=concepts))
        elif name == "stats":
            from quizapp.gui.views.stats import StatsView

            view = StatsView(study)
            view.concept_chosen.connect(self.study_concept)
            view.quiz_requested.connect(lambda concept_id: self.start_quiz(concepts=[concept_id]))
            view.lab_chosen.connect(lambda lab_id: self.show_view("lab:" + lab_id))
        elif name == "quiz":
            from quizapp.gui.views.quiz import QuizView

            view = QuizView(study)
            view.home_requested.connect(lambda: self.show_view("home"))
        else:
            from quizapp.gui.views.settings import SettingsView

            view = SettingsView(study)
        self.views[name] = view
        self.stack.addWidget(view)
        return view

    def study_concept(self, concept_id: str) -> None:
        """Study one concept's cards now (a click on it in Statistics), then today's queue."""

        def focus(collection: Any, session: Any) -> int:
            return session.focus([card.id for card in collection.deck.cards_for_concept(concept_id)])

        def go(count: int) -> None:
            name = self.study.concept_name(concept_id)
            self.study.message.emit(translate("Window", "Studying {concept}: {count} cards").format(concept=name, count=count))
            review = self.view("review")
            if review.state not in ("loading", "saving", "grading"):
                review.state = "idle"  # the card on screen gives way to the concept's first
            self.show_view("review")

        self.study.run(focus, go)

    def start_quiz(self, concepts: list[str] | None = None, section: str | None = None) -> None:
        """Open the quiz's chooser with these concepts (or this section of the notes) ticked, from
        Statistics or Browse; a quiz under way ends first, keeping its answers."""
        self.view("quiz").prefill(concepts, section)
        self.show_view("quiz")

    def show_view(self, name: str) -> None:
        lab_id = None
        if name.startswith("lab:"):
            lab_id = name[4:]
            name = "labs"
        if name not in VIEWS:
            raise ValueError(f"unknown view {name!r}: one of {', '.join(VIEWS)} or lab:ID")
        self.current = name if lab_id is None else f"lab:{lab_id}"
        row = VIEWS.index(name)
        if self.nav.currentRow() != row:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(row)
            self.nav.blockSignals(False)
        view = self.view(name)
        self.stack.setCurrentWidget(view)
        # Focus into the view first, then let it put focus where the learner acts next (the
        # lab list, a search box): set after, the view's own choice was taken back.
        view.setFocus()
        if lab_id is not None:
            view.open_lab(lab_id)
        else:
            if name == "labs":
                view.show_list()
            self.study.when_ready(view.activate)

    def settled(self) -> bool:
        """Nothing queued on the worker and the current view has drawn its data."""
        view = self.stack.currentWidget()
        labs = self.views.get("labs")
        daemon_known = (labs is not None and labs.daemon is not None) or not self.options.docker
        return self.study.collection is not None and self.runner.pending == 0 and view is not None and view.settled() and daemon_known

    # ----- texts --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(translate("Window", "quizapp: Docker study"))
        self._retranslate_menus()
        if self.shortcuts_dialog is not None:
            self.shortcuts_dialog.setWindowTitle(translate("Window", "Keyboard shortcuts"))
            self.shortcuts_dialog.fill()
        for i, name in enumerate(VIEWS):
            self.nav.item(i).setText(f"  {nav_label(name)}")
        for view in list(self.views.values()):
            view.retranslate()

    def _language_changed(self, lang: str) -> None:
        self.language.apply(lang)
        self.retranslate()

    # ----- worker ---------------------------------------------------------------------------------
    def _busy_changed(self, pending: int) -> None:
        if pending:
            if not self._busy_timer.isActive() and not self.busy.isVisible():
                self._busy_timer.start(BUSY_AFTER_MS)
        else:
            self._busy_timer.stop()
            self.busy.hide()

    def _maybe_show_busy(self) -> None:
        if self.runner.pending:
            self.busy.show()

    def _worker_failed(self, text: str) -> None:
        self.statusBar().showMessage(translate("Window", "Something went wrong: {error}").format(error=text.strip().splitlines()[-1]), 10000)

    def _ready(self) -> None:
        self.language.apply(self.study.lang)
        self.retranslate()
        # The daemon badge: asked once the first view's own work is queued, so it never delays the
        # first card.
        QTimer.singleShot(200, self._connect_daemon_once)

    def _connect_daemon_once(self) -> None:
        labs = self.view("labs")
        if labs.daemon is None:
            labs.connect_daemon()

    def _open_failed(self, error: str) -> None:
        self.status_text.setText(translate("Window", "Cannot open your data: {error}").format(error=error))

    # ----- remembering ----------------------------------------------------------------------------
    def restore_state(self) -> str:
        """Put back the saved geometry; returns the view that was open last."""
        geometry = self.window_settings.value("geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        last = self.window_settings.value("last_view", "home")
        return str(last) if isinstance(last, str) else "home"

    def save_state(self) -> None:
        self.window_settings.setValue("geometry", self.saveGeometry())
        self.window_settings.setValue("last_view", self.current)
        self.window_settings.sync()

    def changeEvent(self, event: Any) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.PaletteChange and not self._reapplying:  # a new theme
            from quizapp.gui.app import reapply_style_sheets

            self._reapplying = True
            try:
                reapply_style_sheets(self)
            finally:
                self._reapplying = False

    _reapplying = False

    def closeEvent(self, event: Any) -> None:
        self.save_state()
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        for view in list(self.views.values()):
            stop = getattr(view, "shutdown", None)
            if stop is not None:
                stop()
        collection = self.study.collection
        self.runner.shutdown(final=collection.close if collection is not None else None)
