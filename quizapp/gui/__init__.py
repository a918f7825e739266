"""The desktop front end: a PySide6 window on quizapp.core.

Nothing in quizapp.core imports from here. All store, content and Docker work runs on one worker
thread (`quizapp.gui.worker.TaskRunner`) and comes back to the GUI thread by signal.
"""

# Modules the window needs before its first card, imported before PySide6: PySide6 reads the
# source of every module imported after it (looking for its `__feature__` switches), and the
# worker then finds the core loaded instead of importing it while the first view is built (two
# threads importing at once mostly wait for each other's turn at the interpreter lock).
import html  # noqa: E402,F401
import queue  # noqa: E402,F401

import quizapp.core.collection  # noqa: E402,F401
import quizapp.core.content.model  # noqa: E402,F401
import quizapp.gui.deckcache  # noqa: E402,F401
import quizapp.gui.ops  # noqa: E402,F401
