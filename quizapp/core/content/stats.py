"""`quizapp content stats --json`: how much content there is, by type, concept and language."""

from __future__ import annotations

from typing import Any

from quizapp.core.content.model import (
    CARD_TYPES,
    BasicCard,
    Card,
    ChoiceCard,
    ClozeCard,
    Deck,
    OrderCard,
    Text,
    display_path,
)
from quizapp.core.i18n import LANGS

MIN_CARDS_PER_CONCEPT = 3
MIN_TYPES_PER_CONCEPT = 2


def learner_texts(card: Card) -> list[Text]:
    """Every bilingual string a learner can see on `card`."""
    texts: list[Text] = [card.prompt]
    if card.explanation is not None:
        texts.append(card.explanation)
    if isinstance(card, BasicCard):
        texts.append(card.answer)
    elif isinstance(card, ClozeCard):
        texts.append(card.text)
    elif isinstance(card, ChoiceCard):
        for option in card.options:
            texts.append(option.text)
            if option.feedback is not None:
                texts.append(option.feedback)
    elif isinstance(card, OrderCard):
        texts.extend(card.items)
    return texts


def content_stats(deck: Deck) -> dict[str, Any]:
    """Totals by type, by concept id and by language, plus what the coverage rules still miss."""
    by_type = {t: 0 for t in CARD_TYPES}
    concept_ids = list(deck.curriculum.concept_ids)
    by_concept: dict[str, dict[str, Any]] = {cid: {"total": 0, "by_type": {}} for cid in concept_ids}
    by_language = {lang: {"cards": 0, "chars": 0} for lang in LANGS}
    misconceptions_used: set[str] = set()
    questions_answered: set[str] = set()
    labs_used: dict[str, int] = {}

    for card in deck.cards:
        by_type[card.type] += 1
        for cid in dict.fromkeys(card.concepts):
            entry = by_concept.setdefault(cid, {"total": 0, "by_type": {}})
            entry["total"] += 1
            entry["by_type"][card.type] = entry["by_type"].get(card.type, 0) + 1
        texts = learner_texts(card)
        for lang in LANGS:
            chars = sum(len(t.get(lang).strip()) for t in texts)
            if all(t.get(lang).strip() for t in texts):
                by_language[lang]["cards"] += 1
            by_language[lang]["chars"] += chars
        if isinstance(card, ChoiceCard):
            misconceptions_used.update(
                o.misconception for o in card.options if o.misconception and o.feedback is not None
            )
        if card.question:
            questions_answered.add(card.question)
        if card.lab:
            labs_used[card.lab] = labs_used.get(card.lab, 0) + 1

    under = [cid for cid in by_concept if by_concept[cid]["total"] < MIN_CARDS_PER_CONCEPT]
    single_type = [
        cid
        for cid in by_concept
        if by_concept[cid]["total"] and len(by_concept[cid]["by_type"]) < MIN_TYPES_PER_CONCEPT
    ]
    return {
        "total": len(deck.cards),
        "by_type": by_type,
        "by_concept": by_concept,
        "by_language": by_language,
        "by_lab": {lab: labs_used.get(lab, 0) for lab in deck.curriculum.lab_ids},
        "under_covered": under,
        "single_type": single_type,
        "misconceptions_uncovered": [m for m in deck.curriculum.misconception_ids if m not in misconceptions_used],
        "questions_unanswered": [q for q in deck.curriculum.question_ids if q not in questions_answered],
        "files": [display_path(p) for p in deck.files],
        "skipped_files": [display_path(p) for p in deck.skipped_files],
        "problems": len(deck.problems),
    }
