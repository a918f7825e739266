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
    return {"ko": ko, "en": en}
