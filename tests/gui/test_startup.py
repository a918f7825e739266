"""What the window's first card waits for: checked by what a fresh process has loaded when the
card is painted, not by a clock (the speed itself is benchmarks/gui.py's)."""

import json
import subprocess
import sys
from pathlib import Path

from .conftest import CONTENT

ROOT = Path(__file__).resolve().parents[2]

# Opens the window on the review view as `quizapp` does, and reports at the card's first paint.
CHILD = r"""
import enum, json, os, sys
from pathlib import Path

built = []
create = enum.EnumType._create_
def record(cls, name, *args, **kwargs):
    built.append(name)
    return create(cls, name, *args, **kwargs)
enum.EnumType._create_ = record

from quizapp.cli.gui import open_window
from quizapp.gui.study import GuiOptions
from quizapp.gui.views import review

shown = review.ReviewView._show_step
def show_step(self, step):
    shown(self, step)
    if step.card is None or getattr(self, "_reported", False):
        return
    self._reported = True
    paint = self.prompt.paintEvent
    def painted(event):
        paint(event)
        heavy = ["pydantic", "yaml", "docker", "sqlite_utils", "pygments"]
        print(json.dumps({
            "card": step.card.card.id,
            "prompt": self.prompt.text(),
            "loaded": [m for m in heavy if m in sys.modules],
            "qt_namespace_built": "AlignmentFlag" in built,
        }), flush=True)
        os._exit(0)
    self.prompt.paintEvent = painted
    self.prompt.update()
review.ReviewView._show_step = show_step
app, window = open_window(GuiOptions(data_dir=Path(sys.argv[1]), lang="en", content_dir=Path(sys.argv[2])), "review")
app.exec()
"""


def first_paint(data_dir: Path) -> dict:
    run = subprocess.run(
        [sys.executable, "-c", CHILD, str(data_dir), str(CONTENT)],
        capture_output=True, text=True, cwd=ROOT, timeout=120, env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout.strip().splitlines()[-1])


def test_the_first_card_is_drawn_before_the_heavy_libraries_load(tmp_path):
    data = tmp_path / "data"
    first = first_paint(data)  # a new database; the deck is read from YAML and cached
    assert first["card"] == "t-basic" and first["prompt"].startswith("What is a Docker image?")
    again = first_paint(data)  # as every later start: the deck comes from the cache
    assert again["card"] == "t-basic"
    # Validation (pydantic, YAML), the labs (docker) and highlighting load after the card is on
    # screen, and nothing has asked for Qt's enum namespace. (fsrs, for the card's intervals, is
    # asked for once the card is shown, so it may be loading on the worker during the paint.)
    assert again["loaded"] == []
    assert again["qt_namespace_built"] is False
