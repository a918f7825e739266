"""The loaded deck, kept as a pickle next to the database so the window starts without parsing and
validating every YAML file again.

The cache is keyed by every content file's name, size and modification time, and by the code that
reads them (the content model and loader, and the pydantic and Python versions), so an edited card
file or a new release reads the YAML again. A cache that cannot be read is ignored and rewritten.
Runs on the worker thread.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from pathlib import Path
from typing import Any

CACHE_DIRNAME = "cache"


def _key(content_dir: Path) -> str:
    import pydantic

    from quizapp.core.content import loader, model

    parts = [str(content_dir.resolve()), sys.version, pydantic.VERSION]
    for code in (model.__file__, loader.__file__):
        st = os.stat(code)
        parts.append(f"{code}:{st.st_size}:{st.st_mtime_ns}")
    files = [content_dir / "curriculum.yaml"]
    cards = content_dir / "cards"
    if cards.is_dir():
        files += sorted(p for p in cards.iterdir() if p.suffix in (".yaml", ".yml"))
    for path in files:
        try:
            st = path.stat()
            parts.append(f"{path.name}:{st.st_size}:{st.st_mtime_ns}")
        except OSError:
            parts.append(f"{path.name}:missing")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:24]


def load_deck(content_dir: Path | None, data_dir: Path) -> Any:
    from quizapp.core.content import load_content
    from quizapp.core.paths import content_dir as default_content_dir

    base = Path(content_dir) if content_dir is not None else default_content_dir()
    try:
        key = _key(base)
    except OSError:
        return load_content(base)
    cache = Path(data_dir) / CACHE_DIRNAME / f"deck-{key}.pickle"
    try:
        with open(cache, "rb") as f:
            return pickle.load(f)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        pass
    deck = load_content(base)
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        for old in cache.parent.glob("deck-*.pickle"):
            old.unlink(missing_ok=True)
        tmp = cache.with_suffix(".tmp")
        with open(tmp, "wb") as f:
            pickle.dump(deck, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, cache)
    except OSError:
        pass  # a read-only data folder: start slower next time, nothing worse
    return deck
