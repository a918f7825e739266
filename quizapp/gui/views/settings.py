"""Settings: language (switched at once), desired retention, daily limits, the hour the day
starts, the Docker host or context, the theme, going back to a backup, and fitting FSRS's
parameters to the learner's own history (Optimize, as in Anki: offered once the history is large
enough, run on the worker, the new parameters kept only when they predict the history better)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from quizapp.core import changes
from quizapp.core.store import BACKUP_DIRNAME, BACKUPS_KEPT
from quizapp.gui.app import apply_theme
from quizapp.gui.i18n import translate
from quizapp.gui.study import Study
from quizapp.gui.views.common import heading, install_shortcuts, wrapped_label

from quizapp.core.collection import Collection
from quizapp.core.lazy import LazyModule
from quizapp.core.review import ReviewSession

# Only for a restore (genanki, Pygments: 74 ms) and for Optimize (Anki's Rust FSRS engine).
portable = LazyModule("quizapp.core.portable")
optimizing = LazyModule("quizapp.core.optimize")


class SettingsView(QWidget):
    saved = Signal()
    restored = Signal()  # a backup is the database in use now
    restore_failed = Signal(str)
    readiness_shown = Signal(int)  # how many more reviews Optimize needs (0: it can run)
    optimized = Signal(object)  # the core's OptimizeResult, or None when fitting could not be done

    def __init__(self, study: Study):
        super().__init__()
        self.study = study
        self._loading = False
        # In a scroll area: with Optimize below the backups, the page is taller than a small window.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.NoFrame)
        page = QWidget()
        scroll.setWidget(page)
        outer.addWidget(scroll)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(32, 24, 32, 24)
        self.title = heading(size=20)
        layout.addWidget(self.title)
        form = QFormLayout()
        self.language = QComboBox()
        self.language.addItem("한국어", "ko")
        self.language.addItem("English", "en")
        self.retention = QSpinBox()  # in percent, as a learner reads it: 0.90 is 90%
        self.retention.setRange(70, 99)
        self.retention.setSuffix("%")
        self.new_per_day = QSpinBox()
        self.new_per_day.setRange(0, 9999)
        self.reviews_per_day = QSpinBox()
        self.reviews_per_day.setRange(0, 99999)
        self.day_start = QSpinBox()
        self.day_start.setRange(0, 23)
        self.docker_host = QLineEdit()
        self.docker_host.setPlaceholderText("unix:///var/run/docker.sock")
        self.theme = QComboBox()
        self.live_commands = QCheckBox()
        self.labels = {name: QLabel() for name in ("language", "retention", "new", "reviews", "day_start", "docker", "live", "theme")}
        form.addRow(self.labels["language"], self.language)
        form.addRow(self.labels["retention"], self.retention)
        form.addRow(self.labels["new"], self.new_per_day)
        form.addRow(self.labels["reviews"], self.reviews_per_day)
        form.addRow(self.labels["day_start"], self.day_start)
        form.addRow(self.labels["docker"], self.docker_host)
        form.addRow(self.labels["live"], self.live_commands)
        form.addRow(self.labels["theme"], self.theme)
        form_box = QWidget()
        form_box.setLayout(form)
        form_box.setMaximumWidth(760)
        layout.addWidget(form_box)
        self.docker_note = wrapped_label()
        self.docker_note.setMaximumWidth(760)
        layout.addWidget(self.docker_note)
        row = QHBoxLayout()
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.result = wrapped_label()
        layout.addWidget(self.result)
        self.data_note = wrapped_label(selectable=True)  # where the answers and their backups are
        self.data_note.setMaximumWidth(760)
        layout.addWidget(self.data_note)
        restore_row = QHBoxLayout()
        self.restore_button = QPushButton()
        self.restore_button.clicked.connect(self.choose_backup)
        restore_row.addWidget(self.restore_button)
        restore_row.addStretch(1)
        layout.addLayout(restore_row)
        self.restore_result = wrapped_label(selectable=True)
        self.restore_result.setMaximumWidth(760)
        layout.addWidget(self.restore_result)
        self.optimize_note = wrapped_label()
        self.optimize_note.setMaximumWidth(760)
        layout.addWidget(self.optimize_note)
        optimize_row = QHBoxLayout()
        self.optimize_button = QPushButton()
        self.optimize_button.setEnabled(False)  # until the history is known to be large enough
        self.optimize_button.clicked.connect(self.optimize)
        optimize_row.addWidget(self.optimize_button)
        self.optimize_status = QLabel()
        optimize_row.addWidget(self.optimize_status, 1)
        layout.addLayout(optimize_row)
        self.optimize_result = wrapped_label(selectable=True)
        self.optimize_result.setMaximumWidth(760)
        layout.addWidget(self.optimize_result)
        self.readiness: Any = None
        self.optimizing = False
        layout.addStretch(1)
        self.language.currentIndexChanged.connect(self._language_picked)
        self.theme.currentIndexChanged.connect(self._theme_picked)  # applied at once, as the language
        install_shortcuts(self, [("Ctrl+S", self.save)])
        study.when_ready(self.load)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(translate("Settings", "Settings"))
        texts = {
            "language": translate("Settings", "Language"),
            "retention": translate("Settings", "Desired retention"),
            "new": translate("Settings", "New cards per day"),
            "reviews": translate("Settings", "Reviews per day"),
            "day_start": translate("Settings", "The day starts at (hour)"),
            "docker": translate("Settings", "Docker host or context"),
            "live": translate("Settings", "Live command cards"),
            "theme": translate("Settings", "Theme"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        current = self.theme.currentData() or self.study.settings.theme
        self.theme.blockSignals(True)
        self.theme.clear()
        self.theme.addItem(translate("Settings", "Follow the system"), "system")
        self.theme.addItem(translate("Settings", "Light"), "light")
        self.theme.addItem(translate("Settings", "Dark"), "dark")
        self.theme.setCurrentIndex(max(0, self.theme.findData(current)))
        self.theme.blockSignals(False)
        self.docker_note.setText(
            translate(
                "Settings",
                "Leave the Docker host empty to use DOCKER_HOST or the current docker context, as the docker command does. "
                "Examples: unix:///var/run/docker.sock, tcp://127.0.0.1:2375, or a context name.",
            )
        )
        self.live_commands.setText(translate("Settings", "Also run a right answer against Docker, judged by its lab"))
        self.save_button.setText(translate("Settings", "Save (Ctrl+S)"))
        self.data_note.setText(
            translate(
                "Settings",
                "Your answers are kept in {folder}. Each day a copy goes to {backups}, where the last {days} days "
                "are kept; to go back to one, restore it here. The answers as they are now are kept in the same folder first.",
            ).format(folder=self.study.options.data_dir, backups=self.backups_folder(), days=BACKUPS_KEPT)
        )
        self.restore_button.setText(translate("Settings", "Restore from a backup…"))
        self.optimize_note.setText(
            translate(
                "Settings",
                "FSRS schedules each card from parameters fitted to many learners. Optimize fits them to your own answers, "
                "as Anki does, and keeps the new ones only when they predict your history better.",
            )
        )
        self.optimize_button.setText(translate("Settings", "Optimize FSRS parameters"))
        self._show_readiness()

    def load(self) -> None:
        s = self.study.settings
        self._loading = True
        self.language.setCurrentIndex(max(0, self.language.findData(self.study.lang)))
        self.retention.setValue(round(s.desired_retention * 100))
        self.new_per_day.setValue(s.new_per_day)
        self.reviews_per_day.setValue(s.reviews_per_day)
        self.day_start.setValue(s.day_start_hour)
        self.docker_host.setText(s.docker_host)
        self.live_commands.setChecked(s.live_commands)
        self.theme.setCurrentIndex(max(0, self.theme.findData(s.theme)))
        self._loading = False

    def activate(self) -> None:
        self.load()
        self.check_readiness()
        self.language.setFocus()

    def _language_picked(self, _index: int) -> None:
        if self._loading:
            return
        lang = self.language.currentData()
        self.study.set_language(lang)
        self.save()

    def _theme_picked(self, _index: int) -> None:
        if self._loading:
            return
        apply_theme(self.theme.currentData() or "system")
        self.save()

    def edited(self) -> Any:
        return replace(
            self.study.settings,
            language=self.language.currentData(),
            desired_retention=round(self.retention.value() / 100, 2),
            new_per_day=self.new_per_day.value(),
            reviews_per_day=self.reviews_per_day.value(),
            day_start_hour=self.day_start.value(),
            docker_host=self.docker_host.text().strip(),
            live_commands=self.live_commands.isChecked(),
            theme=self.theme.currentData() or "system",
        )

    def save(self) -> None:
        settings = self.edited()
        try:
            settings.validate()
        except ValueError as exc:
            self.result.setText(str(exc))
            return
        apply_theme(settings.theme)

        def done(_settings: Any) -> None:
            self.result.setText(translate("Settings", "Saved."))
            self.saved.emit()

        self.study.save_settings(settings, done, lambda exc: self.result.setText(str(exc)))

    def settled(self) -> bool:
        return True

    # ----- restore ----------------------------------------------------------------------------
    def backups_folder(self) -> Path:
        return Path(self.study.options.data_dir) / BACKUP_DIRNAME

    def choose_backup(self) -> None:
        folder = self.backups_folder()
        path, _filter = QFileDialog.getOpenFileName(
            self,
            translate("Settings", "Restore from a backup"),
            str(folder if folder.is_dir() else self.study.options.data_dir),
            translate("Settings", "quizapp backups (*.sqlite3);;All files (*)"),
        )
        if not path:
            return
        answer = QMessageBox.question(
            self,
            translate("Settings", "Restore from a backup"),
            translate("Settings", "Go back to the answers in {file}? The answers as they are now are copied to {backups} first.").format(
                file=path, backups=folder
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_from(Path(path))

    def restore_from(self, path: Path) -> None:
        """Make the backup at `path` the database in use, on the worker: the open store is
        reopened on the restored file and a new review session made from it, so every view reads
        the restored answers; the database as it was is kept in backups/ first."""
        self.restore_button.setEnabled(False)
        self.restore_result.setText(translate("Settings", "Restoring {file}…").format(file=path))
        data_dir = Path(self.study.options.data_dir)
        study = self.study

        def work(collection: Any, _session: Any) -> tuple[Any, Any]:
            result = portable.restore(data_dir, path, collection.clock.now(), store=collection.store)
            # The same store, so whoever holds it (a lab's runner) reads the restored answers; a
            # new Collection adds the cards the backup did not know yet.
            lab_ids = [lab.id for lab in getattr(collection.deck.curriculum, "labs", [])]
            restored = Collection(collection.store, collection.deck, collection.clock, lab_ids=lab_ids)
            # Set here, on the worker, before any operation queued behind this one runs.
            study.collection, study.session = restored, restored.session()
            return result, study.session.settings

        self.study.run(work, self._restored, self._restore_failed)

    def _restored(self, outcome: tuple[Any, Any]) -> None:
        result, settings = outcome
        self.restore_button.setEnabled(True)
        self.study.settings = settings
        self.restore_result.setText(
            translate("Settings", "Restored {answers} answers from {file}. The answers as they were before are in {aside}.").format(
                answers=result.reviews, file=result.restored_from, aside=result.kept_aside
            )
        )
        self.load()
        self.study.settings_changed.emit()
        self.study.changed.emit(changes.EVERYTHING)  # another collection's answers, cards and labs
        self.restored.emit()

    def _restore_failed(self, exc: BaseException) -> None:
        self.restore_button.setEnabled(True)
        if isinstance(exc, portable.PortableError):
            message = exc.text.get(self.study.lang, exc.text["en"])
        else:
            message = translate("Settings", "The backup could not be restored: {error}").format(error=str(exc))
        self.restore_result.setText(message)
        self.restore_failed.emit(message)

    # ----- optimize -----------------------------------------------------------------------------
    def check_readiness(self) -> None:
        """How many reviews there are and how many fitting needs (a count, on the worker)."""
        self.study.run(lambda collection, _s: optimizing.readiness(collection.store), self._readiness_known)

    def _readiness_known(self, ready: Any) -> None:
        self.readiness = ready
        self._show_readiness()
        self.readiness_shown.emit(ready.more_needed)

    def _show_readiness(self) -> None:
        ready = self.readiness
        if self.optimizing:
            return
        self.optimize_button.setEnabled(ready is not None and ready.ready)
        if ready is None:
            self.optimize_status.setText("")
        elif ready.ready:
            self.optimize_status.setText(translate("Settings", "{reviews} reviews: enough to fit the parameters to your history.").format(reviews=ready.reviews))
        else:
            self.optimize_status.setText(
                translate("Settings", "{more} more reviews needed ({reviews} of {needed} so far).").format(
                    more=ready.more_needed, reviews=ready.reviews, needed=ready.needed
                )
            )

    def optimize(self) -> None:
        """Fit the parameters on the worker (a few seconds for thousands of reviews); the review
        session in use takes the new ones when they are kept."""
        if self.optimizing or self.readiness is None or not self.readiness.ready:
            return
        self.optimizing = True
        self.optimize_button.setEnabled(False)
        self.optimize_status.setText(translate("Settings", "Fitting the parameters to your history…"))
        self.optimize_result.clear()
        study = self.study

        def work(collection: Any, _session: Any) -> tuple[Any, Any]:
            result = optimizing.optimize(collection.store, collection.clock)
            settings = collection.store.load_settings()
            if result.kept:
                # Set here, on the worker, before any operation queued behind this one runs.
                study.session = ReviewSession(collection.store, collection.clock, settings)
            return result, settings

        self.study.run(work, self._optimized, self._optimize_failed)

    def _optimized(self, outcome: tuple[Any, Any]) -> None:
        result, settings = outcome
        self.optimizing = False
        self.study.settings = settings  # a later Save keeps the fitted parameters
        lines = [
            translate("Settings", "Log loss: {before:.4f} before, {after:.4f} after.").format(
                before=result.current_log_loss, after=result.fitted_log_loss
            ),
            translate("Settings", "RMSE: {before:.4f} before, {after:.4f} after.").format(before=result.current_rmse, after=result.fitted_rmse),
            translate("Settings", "The new parameters predict your {reviews} reviews better: they are used from now on.").format(reviews=result.reviews)
            if result.kept
            else translate("Settings", "The new parameters are no better on your {reviews} reviews: the current ones stay.").format(reviews=result.reviews),
        ]
        self.optimize_result.setText("\n".join(lines))
        self._show_readiness()
        if result.kept:
            self.study.settings_changed.emit()
        self.optimized.emit(result)

    def _optimize_failed(self, exc: BaseException) -> None:
        self.optimizing = False
        if isinstance(exc, optimizing.OptimizeError):
            message = exc.text.get(self.study.lang, exc.text["en"])
        else:
            message = translate("Settings", "The parameters could not be fitted: {error}").format(error=str(exc))
        self.optimize_result.setText(message)
        self._show_readiness()
        self.optimized.emit(None)
