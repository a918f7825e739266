"""The desktop front end: a PySide6 window on quizapp.core.

Nothing in quizapp.core imports from here. All store, content and Docker work runs on one worker
thread (`quizapp.gui.worker.TaskRunner`) and comes back to the GUI thread by signal.
"""
