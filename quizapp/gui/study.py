"""What every view of one window shares: the worker, the open collection, the language.

Passed into each view; there is no global application object. The collection is opened and used
only on the worker thread; the GUI thread keeps a reference to read the loaded content (cards,
curriculum), which never changes after loading.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QObject, QTimer, Signal

from quizapp.core.changes import Changes
from quizapp.core.clock import Clock, SystemClock
from quizapp.core.collection import Collection
from quizapp.core.lazy import LazyModule
from quizapp.core.paths import content_dir as default_content_dir
from quizapp.core.review import ReviewSession
from quizapp.core.settings import Settings
from quizapp.gui.deckcache import load_deck
from quizapp.gui.worker import TaskRunner

# The lab files are read after the first card (pydantic and YAML: about 90 ms).
lab_model = LazyModule("quizapp.core.labs.model")


# How long after the collection opens the lab files are read: the first view's own work (a card,
# today's counts) takes a few milliseconds and is queued first.
LABS_AFTER_MS = 150


@dataclass
class GuiOptions:
    data_dir: Path
    lang: str | None = None  # None: the language saved in the settings
    clock: Clock = field(default_factory=SystemClock)
    content_dir: Path | None = None
    # Seed for the order in which a choice card's options and an order card's items are shuffled
    # at each showing (tests fix it).
    shuffle_seed: int | None = None
    # Whether the labs view may talk to the daemon (screenshots of a machine without one still work).
    docker: bool = True


class Study(QObject):
    ready = Signal()  # the collection is open
    labs_loaded = Signal()  # the lab files are read (after the first view has its data)
    open_failed = Signal(str)
    language_changed = Signal(str)
    settings_changed = Signal()
    # What an operation changed (quizapp.core.changes.Changes): each view redraws only for a part it shows.
    changed = Signal(object)
    message = Signal(str)  # a line for the status bar

    def __init__(self, options: GuiOptions, runner: TaskRunner, parent: QObject | None = None):
        super().__init__(parent)
        self.options = options
        self.runner = runner
        self.clock = options.clock
        self.collection: Any = None
        self.session: Any = None
        self.settings = Settings()
        self.lang = options.lang or "ko"
        self.labs: list[Any] = []
        self.lab_problems: list[str] = []
        self.labs_read = False
        self._waiting: list[Callable[[], None]] = []

    # ----- opening (worker) ---------------------------------------------------------------
    def open(self) -> None:
        options = self.options

        def work() -> tuple[Any, Any]:
            deck = load_deck(options.content_dir, options.data_dir)
            collection = Collection.open(options.data_dir, clock=options.clock, deck=deck, backup=False)
            return collection, collection.session()

        self.runner.run(work, self._opened, self._open_failed)

    open_error: str | None = None

    def _open_failed(self, exc: BaseException) -> None:
        self.open_error = str(exc)
        self.open_failed.emit(self.open_error)

    def _opened(self, result: tuple[Any, Any]) -> None:
        self.collection, self.session = result
        self.settings = self.session.settings
        if self.options.lang is None:
            self.lang = self.settings.language
        self.ready.emit()
        waiting, self._waiting = self._waiting, []
        for callback in waiting:
            callback()
        # The lab files (and pydantic, YAML and the docker SDK they import) and today's backup (a
        # copy of the whole database, once a day) wait until the first view has drawn its data.
        QTimer.singleShot(LABS_AFTER_MS, self._after_first_view)

    def _after_first_view(self) -> None:
        self.runner.run(lambda: load_labs_for(self.options.content_dir), self._labs_read)
        self.runner.run(self.collection.backup)

    def _labs_read(self, result: tuple[list[Any], list[str]]) -> None:
        self.labs, self.lab_problems = result
        self.labs_read = True
        self.labs_loaded.emit()

    def when_ready(self, callback: Callable[[], None]) -> None:
        if self.collection is not None:
            callback()
        else:
            self._waiting.append(callback)

    # ----- helpers --------------------------------------------------------------------------
    def run(self, fn: Callable[..., Any], on_done: Callable[[Any], None] | None = None, on_error: Callable[[BaseException], None] | None = None) -> None:
        """Run `fn(collection, session)` on the worker once the collection is open."""
        self.when_ready(lambda: self.runner.run(lambda: fn(self.collection, self.session), on_done, on_error))

    def concept_title(self, concept_id: str) -> str:
        """The concept's statement: it states a fact a card asks for, so a card shows it only with
        its answer."""
        if self.collection is None:
            return concept_id
        return self.collection.deck.concept_title(concept_id, self.lang)

    def concept_name(self, concept_id: str) -> str:
        """The concept's short neutral name, safe to show before an answer (and on Home)."""
        if self.collection is None:
            return concept_id
        return self.collection.deck.concept_name(concept_id, self.lang)

    def lab(self, lab_id: str) -> Any:
        return next((lab for lab in self.labs if lab.id == lab_id), None)

    def set_language(self, lang: str) -> None:
        if lang == self.lang:
            return
        self.lang = lang
        self.language_changed.emit(lang)

    def save_settings(self, settings: Settings, on_done: Callable[[Any], None] | None = None, on_error: Callable[[BaseException], None] | None = None) -> None:
        """Validate and store the settings; a new review session picks them up."""

        def work(collection: Any, session: Any) -> Any:
            collection.store.save_settings(settings)
            return ReviewSession(collection.store, collection.clock, settings)

        def done(session: Any) -> None:
            self.session = session
            self.settings = settings
            self.settings_changed.emit()
            # A new-card limit or a day's start moves today's counts.
            self.changed.emit(Changes(settings=True, schedule=True))
            if on_done is not None:
                on_done(settings)

        self.run(work, done, on_error)


def load_labs_for(content_dir: Path | None) -> tuple[list[Any], list[str]]:
    """The labs in the content, or none (with the reason) when they cannot be read."""
    base = Path(content_dir) if content_dir is not None else default_content_dir()
    if not (base / "labs").is_dir():
        return [], []
    try:
        return lab_model.load_labs(base), []
    except lab_model.LabFileError as exc:
        return [], [str(exc)]
    except Exception as exc:  # noqa: BLE001 - a lab file that breaks loading must not break the app
        return [], [f"{type(exc).__name__}: {exc}"]
