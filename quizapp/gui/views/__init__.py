"""The window's views. Each takes the shared `Study`, redraws its texts in `retranslate()`, and
refreshes its data from the worker in `activate()` when it is shown."""
