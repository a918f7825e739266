"""Bilingual text: every string a learner sees exists in Korean and English.

Three kinds of text, three ways, one for each:
- What the core and the command line say (grading feedback, lab checks and errors, rating names in
  `core/ratings.py`, every message of `quizapp/cli`): a `{"ko": ..., "en": ...}` dict, written with
  `both()` when variable text is followed by a Korean particle, and shown with `pick(text, lang)`.
  A command keeps its messages in one table (`UI` or `MESSAGES`) at the top of its module.
- The window's own interface (buttons, menus, titles): Qt's translation, `translate("Context",
  "English")` with Korean in `quizapp/gui/i18n/quizapp_ko.ts` (see `quizapp/gui/i18n.py`). Text the
  core hands the window is already bilingual and shown with `pick`, never translated again.
- The study content (cards, concepts, labs): both languages side by side in the YAML files, read by
  `core/content` and `core/labs/model.py`.
"""

from __future__ import annotations

from typing import Literal, Mapping

Lang = Literal["ko", "en"]
LANGS: tuple[Lang, ...] = ("ko", "en")


def pick(text: Mapping[str, str], lang: str) -> str:
    """The text in `lang`, falling back to the other language rather than showing nothing."""
    if lang in text and text[lang]:
        return text[lang]
    for other in LANGS:
        if text.get(other):
            return text[other]
    return ""


def both(ko: str, en: str) -> dict[str, str]:
    """A bilingual message; the Korean particles after variable text fit the word before them
    ("`-d`을(를)" becomes "`-d`를")."""
    from quizapp.core.korean import resolve_particles

    return {"ko": resolve_particles(ko), "en": en}
