"""What one operation changed, in the terms of what a screen shows (Anki's `OpChanges`).

An operation's result says what it touched; a front end turns that into a `Changes` and each of its
screens redraws only when a part it shows is in it. One catch-all "something changed" made each
screen redo its work for changes it does not show (Statistics recounted every answer for a lab
reset), and left the review showing a card suspended elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any, Iterable


@dataclass(frozen=True)
class Changes:
    # When cards (and labs) are due: today's counts, the forecast, due dates.
    schedule: bool = False
    # Cards whose own state changed (suspended, buried, flagged, edited, deleted): their rows.
    cards: frozenset[str] = frozenset()
    # Cards that left study (suspended, buried, deleted): a screen showing one moves on.
    gone: frozenset[str] = frozenset()
    # Cards added to or removed from the deck.
    deck: bool = False
    # The answer log: streaks, retention, reviews today.
    history: bool = False
    # Lab attempts: a lab's state (set up, passed, reset).
    labs: bool = False
    # The learner's settings (limits, language, the Docker host).
    settings: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(**{f.name: getattr(self, f.name) | getattr(other, f.name) for f in fields(self)})

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))


def answered(card_id: str) -> Changes:
    """An answer (or its undo): the card's row, its schedule and the log."""
    return Changes(schedule=True, history=True, cards=frozenset([card_id]))


# A card action's name -> whether its cards leave study.
_LEAVES_STUDY = {"suspend": True, "bury": True, "unsuspend": False, "unbury": False, "flag": False}


def card_action(action: str, changed: Iterable[str]) -> Changes:
    """What `Collection.suspend/unsuspend/bury/unbury/flag` reported (`CardsChanged`)."""
    ids = frozenset(changed)
    if not ids:
        return Changes()
    if action == "flag":  # a flag moves no card in or out of study
        return Changes(cards=ids)
    return Changes(schedule=True, cards=ids, gone=ids if _LEAVES_STUDY.get(action, False) else frozenset())


def own_cards(change: Any) -> Changes:
    """What a change to the own cards did (`OwnCardsChange`): added, replaced, removed ids."""
    added, replaced, removed = (frozenset(getattr(change, name, ())) for name in ("added", "replaced", "removed"))
    return Changes(
        schedule=bool(added or removed),
        deck=bool(added or removed),
        cards=added | replaced | removed,
        gone=removed,
    )


def lab_state(*, passed: bool = False) -> Changes:
    """A lab set up or reset changes only its attempt; a passed check also schedules it and logs it."""
    return Changes(labs=True, schedule=passed, history=passed)


def quiz_counted() -> Changes:
    """A quiz that counted as reviews: the log and the schedule of the cards it asked."""
    return Changes(schedule=True, history=True)


# A restored backup or new settings: anything may differ.
EVERYTHING = Changes(schedule=True, deck=True, history=True, labs=True, settings=True)
