"""Validation of what a file says against the content classes, with pydantic.

The classes themselves (fields, constraints, rules) are quizapp.core.content.model's: pydantic
validates those data classes directly, so what it returns is what the rest of the app uses. This
module adds only what belongs to the files: a card file is a `cards:` list with unique ids.
"""

from __future__ import annotations

from typing import Annotated, Any, TypeVar, Union

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, field_validator

from quizapp.core.content.model import BasicCard, ChoiceCard, ClozeCard, CommandCard, OrderCard

__all__ = ["Card", "DeckFile", "validate"]

Card = Annotated[
    Union[BasicCard, ClozeCard, ChoiceCard, CommandCard, OrderCard],
    Field(discriminator="type"),
]


class DeckFile(BaseModel):
    """One YAML file under content/cards/."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    cards: list[Card] = Field(min_length=1)

    @field_validator("cards")
    @classmethod
    def _unique_ids(cls, cards: list) -> list:
        seen: set[str] = set()
        for card in cards:
            if card.id in seen:
                raise ValueError(f"card id {card.id!r} appears twice in this file")
            seen.add(card.id)
        return cards


T = TypeVar("T")
_adapters: dict[type, TypeAdapter] = {}


def validate(cls: type[T], data: Any) -> T:
    """`data` (as read from YAML) as a `cls` from quizapp.core.content.model; raises pydantic's
    ValidationError naming every problem's place."""
    adapter = _adapters.get(cls)
    if adapter is None:
        adapter = _adapters[cls] = TypeAdapter(cls)
    return adapter.validate_python(data)
