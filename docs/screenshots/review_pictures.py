"""Renders a layers card and a lifecycle card after their answer, with the drawing made from
quizapp.core.labs.pictures' fixed examples: review-picture-{layers,lifecycle}-{ko,en}.png.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/review_pictures.py

Each uses a copy of the GUI tests' content whose one card is about that concept (`--view
review:answer` shows the first card's back)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

from tests.gui.test_review_pictures import CARDS, CURRICULUM  # noqa: E402


def main() -> int:
    for concept, first in (("layers", "p-layers"), ("lifecycle", "p-attach")):
        with tempfile.TemporaryDirectory(prefix="quizapp-shots-") as tmp:
            content = Path(tmp) / "content"
            shutil.copytree(ROOT / "tests" / "gui" / "content", content)
            (content / "curriculum.yaml").write_text(CURRICULUM, encoding="utf-8")
            # That card alone: new cards are not always asked in the file's order.
            blocks = CARDS.split("\n  - ")
            head, cards = blocks[0], [block for block in blocks[1:] if block.startswith(f"id: {first}\n")]
            (content / "cards" / "10-test.yaml").write_text("\n  - ".join([head, *cards]), encoding="utf-8")
            for lang in ("ko", "en"):
                out = HERE / f"review-picture-{concept}-{lang}.png"
                env = {**os.environ, "QUIZAPP_CONTENT_DIR": str(content), "QT_QPA_PLATFORM": "offscreen"}
                data = Path(tmp) / f"data-{lang}"
                command = [str(ROOT / ".venv" / "bin" / "quizapp"), "--data-dir", str(data), "--lang", lang, "--screenshot", str(out), "--view", "review:answer"]
                subprocess.run(command, check=True, env=env)
                print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
