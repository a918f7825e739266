"""The loaded deck, kept as a pickle next to the database so the window starts without parsing and
validating every YAML file again.

The cache is keyed by every content file's name, size and modification time, and by the code that
reads them (the content model, schema and loader, pydantic's installed version and Python's), so an
edited card file or a new release reads the YAML again. A cache that cannot be read is ignored and
rewritten. Runs on the worker thread.

The cached deck is made of plain classes (quizapp.core.content.model): reading it back imports
neither pydantic nor YAML, which is most of what the first card would otherwise wait for.
"""

from __future__ import annotations

import os
import pickle
import sys
from importlib.util import find_spec
from pathlib import Path

from quizapp.core.content import model
from quizapp.core.content.model import Deck
from quizapp.core.lazy import LazyModule
from quizapp.core.paths import content_dir as default_content_dir
from quizapp.core.store import fingerprint

# What a start from the cache skips: the YAML files read and validated (YAML and pydantic). Measured
# 2026-12-02 on the shared 2-core machine (load 1): importing the loader 93 ms.
loader = LazyModule("quizapp.core.content.loader")

CACHE_DIRNAME = "cache"


def _code_files() -> list[str]:
    """The files whose change must re-read the YAML, found without importing them: the content
    package's modules and pydantic's version module (a new pydantic may validate differently)."""
    here = Path(model.__file__).parent
    files = [str(here / name) for name in ("model.py", "schema.py", "loader.py")]
    spec = find_spec("pydantic")
    if spec is not None and spec.origin:
        files.append(str(Path(spec.origin).parent / "version.py"))
    return files


def _key(content_dir: Path) -> str:
    parts = [str(content_dir.resolve()), sys.version]
    for code in _code_files():
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
    return fingerprint("\n".join(parts))


def load_deck(content_dir: Path | None, data_dir: Path) -> Deck:
    base = Path(content_dir) if content_dir is not None else default_content_dir()
    try:
        key = _key(base)
    except OSError:
        return _read(base)
    cache = Path(data_dir) / CACHE_DIRNAME / f"deck-{key}.pickle"
    try:
        with open(cache, "rb") as f:
            cached = pickle.load(f)
        if isinstance(cached, Deck):
            return cached
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        pass
    deck = _read(base)
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


def _read(content_dir: Path) -> Deck:
    """The deck read from its YAML files (the loader brings pydantic and YAML with it)."""
    return loader.load_content(content_dir)
