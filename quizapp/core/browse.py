"""Finding cards: the Browse view's search and a card's answer history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from quizapp.core.store import HIDDEN_NAMES, STATE_NAMES, ReviewLogEntry


@dataclass
class BrowseRow:
    card_id: str
    card_type: str
    prompt: dict[str, str]
    concepts: list[str]
    state: str
    due: datetime | None
    reps: int
    lapses: int
    leech: bool
    # Anki's controls: "shown", "suspended" or "buried" (a card removed from the content is not listed),
    # the flag (a key of store.FLAG_NAMES, 0 for none), and whether the learner wrote the card.
    hidden_as: str = "shown"
    flag: int = 0
    mine: bool = False


def card_text(card: Any) -> str:
    """Everything searchable on a card, both languages."""
    parts = [card.id, card.prompt.ko, card.prompt.en, " ".join(card.concepts)]
    for name in ("answer", "text", "explanation"):
        value = getattr(card, name, None)
        if value is None:
            continue
        parts.append(value if isinstance(value, str) else f"{value.ko} {value.en}")
    if getattr(card, "code", None) is not None:
        parts.append(card.code.source)
    for option in getattr(card, "options", []) or []:
        parts.append(f"{option.text.ko} {option.text.en}")
    for item in getattr(card, "items", []) or []:
        parts.append(f"{item.ko} {item.en}")
    for accepted in getattr(card, "accept", []) or []:
        parts.append(accepted)
    return "\n".join(parts).casefold()


def search_cards(
    collection: Any, text: str = "", concept: str = "", card_type: str = "", state: str = ""
) -> list[BrowseRow]:
    # Suspended and buried cards are listed too: Browse is where the learner takes them back.
    rows = {r.id: r for r in collection.store.flashcards_in_content()}
    needle = text.strip().casefold()
    out = []
    for card in collection.deck.cards:
        row = rows.get(card.id)
        if row is None:
            continue
        state_name = STATE_NAMES.get(row.state, str(row.state))
        if concept and concept not in card.concepts:
            continue
        if card_type and card.type != card_type:
            continue
        hidden_name = HIDDEN_NAMES[row.hidden_as]
        mine = collection.is_mine(card.id)
        if state and state not in (state_name, hidden_name) and not (state == "leech" and row.leech) and not (state == "mine" and mine):
            continue
        if needle and needle not in card_text(card):
            continue
        out.append(
            BrowseRow(
                card.id,
                card.type,
                {"ko": card.prompt.ko, "en": card.prompt.en},
                list(card.concepts),
                state_name,
                row.due,
                row.reps,
                row.lapses,
                row.leech,
                hidden_name,
                row.flag,
                mine,
            )
        )
    return out


def card_history(collection: Any, card_id: str) -> list[ReviewLogEntry]:
    return collection.store.review_log(card_id)
