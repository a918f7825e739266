"""Bilingual text: every string a learner sees exists in Korean and English."""

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
