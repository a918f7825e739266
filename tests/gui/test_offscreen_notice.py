"""Offscreen rendering (screenshots) does not print Qt's size-hint notice on every window, and every
other Qt message still reaches stderr."""

from __future__ import annotations

import os
import subprocess
import sys

CODE = """
from PySide6.QtCore import qWarning
from quizapp.gui.app import OFFSCREEN_NOTICE, ensure_app
ensure_app()
qWarning(OFFSCREEN_NOTICE)
qWarning("a different warning")
"""


def test_only_the_offscreen_notice_is_dropped():
    out = subprocess.run(
        [sys.executable, "-c", CODE], capture_output=True, text=True, timeout=60, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    )
    assert out.returncode == 0, out.stderr
    assert "propagateSizeHints" not in out.stderr
    assert "a different warning" in out.stderr
