"""One worker thread for every store, content and Docker call, as Anki's taskman does.

The GUI describes an operation (a plain function), the worker runs it, and a queued signal brings
the result (or the exception) back to the GUI thread, where `on_done` / `on_error` run. One worker
means the sqlite connection is only ever used by one thread at a time, and operations run in the
order they were asked for.

Long-running listeners (the daemon's event stream, a pty reader) must not sit on this worker: they
get their own thread through `run_background`, so a check never waits behind an endless stream.

The worker is one thread reading a queue, not a ThreadPoolExecutor: the window needs no pool and
no futures, and `concurrent.futures` (with the `logging` it imports) took 6.4 ms of the start
before the first card (measured 2026-12-02 on the 2-core machine, median of 5).
"""

from __future__ import annotations

import queue
import threading
import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, Signal, Slot


class TaskRunner(QObject):
    """Runs functions on a single worker thread; results come back on the GUI thread."""

    # Emitted from the worker thread when a result is waiting in `_results`; delivered queued on
    # the GUI thread. The result itself travels through the Python queue, not as signal arguments:
    # PySide6 (6.12, Python 3.11) miscounts references to None/True/False passed as queued signal
    # arguments from a thread, which ends in "deallocating None" after enough operations.
    _finished = Signal()
    # how many operations are queued or running; the window shows a busy indicator from it
    busy_changed = Signal(int)
    # an operation failed and had no on_error of its own
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._jobs: queue.SimpleQueue[Callable[[], Any] | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._work, name="quizapp-worker", daemon=True)
        self._thread.start()
        self._callbacks: dict[int, tuple[Callable[[Any], None] | None, Callable[[BaseException], None] | None]] = {}
        self._next_id = 0
        self._pending = 0
        self._closed = False
        self._results: queue.SimpleQueue[tuple[int, bool, Any]] = queue.SimpleQueue()
        self._finished.connect(self._deliver)

    @property
    def pending(self) -> int:
        return self._pending

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Queue `fn()` on the worker. `on_done(result)` or `on_error(exc)` runs on the GUI thread."""
        if self._closed:
            return
        self._next_id += 1
        op_id = self._next_id
        self._callbacks[op_id] = (on_done, on_error)
        self._pending += 1
        self.busy_changed.emit(self._pending)

        def job() -> None:
            try:
                value = fn()
            except BaseException as exc:  # noqa: BLE001 - every failure goes back to the GUI
                exc.__quizapp_traceback__ = traceback.format_exc()  # type: ignore[attr-defined]
                self._emit(op_id, False, exc)
                return
            self._emit(op_id, True, value)

        self._jobs.put(job)

    def _work(self) -> None:
        """The worker thread: each job in the order queued, until the None that shutdown() queues."""
        while (job := self._jobs.get()) is not None:
            try:
                job()
            except BaseException:  # noqa: BLE001 - shutdown's `final` only: run()'s jobs report their own
                traceback.print_exc()

    def _emit(self, op_id: int, ok: bool, value: Any) -> None:
        self._results.put((op_id, ok, value))
        try:
            self._finished.emit()
        except RuntimeError:  # the runner was deleted while the job ran (window closed)
            pass

    @Slot()
    def _deliver(self) -> None:
        while True:
            try:
                op_id, ok, value = self._results.get_nowait()
            except queue.Empty:
                return
            self._deliver_one(op_id, ok, value)

    def _deliver_one(self, op_id: int, ok: bool, value: Any) -> None:
        on_done, on_error = self._callbacks.pop(op_id, (None, None))
        self._pending -= 1
        self.busy_changed.emit(self._pending)
        if self._closed:
            return
        if ok:
            if on_done is not None:
                on_done(value)
        elif on_error is not None:
            on_error(value)
        else:
            self.failed.emit(getattr(value, "__quizapp_traceback__", None) or repr(value))

    def call_sync(self, fn: Callable[[], Any]) -> Any:
        """Run `fn` on the worker and wait: only for start-up and shut-down, never for a click.
        Its exception, if any, is raised here."""
        done = threading.Event()
        outcome: list[Any] = []

        def job() -> None:
            try:
                outcome.append((True, fn()))
            except BaseException as exc:  # noqa: BLE001 - raised again on the calling thread
                outcome.append((False, exc))
            finally:
                done.set()

        if self._closed or not self._thread.is_alive():
            raise RuntimeError("the worker has shut down")
        self._jobs.put(job)
        done.wait()
        ok, value = outcome[0]
        if not ok:
            raise value
        return value

    def shutdown(self, final: Callable[[], Any] | None = None) -> None:
        """Finish queued work, then run `final` (closing the store) on the worker thread."""
        if self._closed:
            return
        if final is not None:
            self._jobs.put(final)
        self._closed = True
        self._jobs.put(None)
        self._thread.join()


def run_background(target: Callable[[], None], name: str) -> threading.Thread:
    """A daemon thread for a listener that runs until told to stop (event stream)."""
    thread = threading.Thread(target=target, name=name, daemon=True)
    thread.start()
    return thread
