"""The desktop front end: a PySide6 window on quizapp.core.

Nothing in quizapp.core imports from here. All store, content and Docker work runs on one worker
thread (`quizapp.gui.worker.TaskRunner`) and comes back to the GUI thread by signal.
"""

import threading


def preload_core() -> None:
    """Start importing the core (the store and the plain content classes) on a thread before Qt is imported.

    Part of those imports overlaps with Qt's own start, which shortens the time to the first card;
    the worker then finds the modules loaded. Python's per-module import locks make the two
    importers safe.
    """

    def work() -> None:
        import quizapp.core.collection  # noqa: F401
        import quizapp.core.content.model  # noqa: F401

    threading.Thread(target=work, name="quizapp-preload", daemon=True).start()
