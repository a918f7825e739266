"""The Qt-free core: content, store, scheduler, review session, grading, labs.

Nothing below this package may import Qt; tests/test_architecture.py keeps it so.
"""
