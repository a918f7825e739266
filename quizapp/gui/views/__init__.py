"""The window's views. Each takes the shared `Study`, redraws its texts in `retranslate()`, and
refreshes its data from the worker in `activate()` when it is shown."""

# The views by name, in the side list's order (Ctrl+1.. follows it). Qt-free, so the command line's
# `--view` checks against the same names without loading Qt.
VIEWS = ("home", "review", "labs", "browse", "stats", "settings", "quiz")
