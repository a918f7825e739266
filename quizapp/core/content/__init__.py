"""The study content: curriculum and bilingual cards from content/*.yaml.

`load_content()` is the one entry point the rest of the app needs.
"""

from quizapp.core.content.loader import (
    Curriculum,
    Deck,
    Problem,
    load_content,
    load_curriculum,
)

__all__ = ["Curriculum", "Deck", "Problem", "load_content", "load_curriculum"]
