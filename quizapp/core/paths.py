"""Where quizapp keeps its data: platformdirs' user data folder unless told otherwise."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "quizapp"
DATA_DIR_ENV = "QUIZAPP_DATA_DIR"
DB_FILENAME = "quizapp.sqlite3"


def resolve_data_dir(option: str | None = None) -> Path:
    """--data-dir wins, then $QUIZAPP_DATA_DIR, then the platform's user data folder."""
    raw = option or os.environ.get(DATA_DIR_ENV)
    if not raw:
        import platformdirs  # only here: the window and the worker import this module for content_dir()

        raw = platformdirs.user_data_dir(APP_NAME, appauthor=False)
    path = Path(raw).expanduser()
    if path.exists() and not path.is_dir():
        raise ValueError(f"{path} exists and is not a folder")
    return path


def content_dir() -> Path:
    """The built-in content: `content/` beside the package in a checkout or an installed copy."""
    env = os.environ.get("QUIZAPP_CONTENT_DIR")
    if env:
        return Path(env)
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "content", here.parent / "content"):
        if (candidate / "cards").is_dir():
            return candidate
    return here.parent / "content"
