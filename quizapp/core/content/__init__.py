"""The study content: curriculum and bilingual cards from content/*.yaml.

`load_content()` is the one entry point the rest of the app needs. The plain classes a loaded deck
is made of (quizapp.core.content.model) import nothing heavy; reading files (the loader, with
YAML and pydantic) is imported on first use, so a deck read back from a cache needs neither.
"""

from typing import Any

from quizapp.core.content.model import Curriculum, Deck, Problem

__all__ = ["Curriculum", "Deck", "Problem", "load_content", "load_curriculum"]


def __getattr__(name: str) -> Any:
    if name in ("load_content", "load_curriculum"):
        from quizapp.core.content import loader

        return getattr(loader, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
