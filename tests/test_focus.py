"""Studying one concept's cards (a click on a concept in Statistics): each once, the most due
first, then new ones in the deck's order, suspended ones left out; then today's queue goes on."""

from datetime import timedelta

from quizapp.core.review import ReviewSession
from quizapp.core.scheduler import AGAIN, GOOD


def test_a_concepts_cards_each_once_most_due_first_then_the_usual_queue(store, clock):
    store.sync_items(["a1", "a2", "a3", "b1", "a4"])
    session = ReviewSession(store, clock)
    # a2 was learnt long ago and is due in 3 days, a3 a day later; a1 and a4 are new.
    for card in ("a2", "a3"):
        session.answer(card, GOOD)
        session.answer(card, GOOD)
    clock.set(clock.now() + timedelta(hours=1))
    store.suspend(["a4"])
    assert session.focus(["a1", "a2", "a3", "a4"]) == 3  # the suspended one is left out
    assert store.get_card("a2").due <= store.get_card("a3").due
    shown = []
    while session.focus_left():
        row = session.next_card()
        shown.append(row.id)
        session.answer(row.id, AGAIN if row.id == "a2" else GOOD)
    # Not yet due, studied anyway, most due first; the new one after; each once (a2's Again does
    # not bring it back within the focus).
    assert shown == ["a2", "a3", "a1"]
    assert session.focus_left() == 0
    # Then today's queue: the next new card in the deck's order that the focus did not take.
    assert session.next_card().id in ("a2", "b1")


def test_undo_inside_a_focus_shows_the_card_again_and_counts_it_left(store, clock):
    store.sync_items(["a1", "a2"])
    session = ReviewSession(store, clock)
    session.focus(["a1", "a2"])
    first = session.next_card().id
    session.answer(first, GOOD)
    assert session.focus_left() == 1
    assert session.undo() == first
    assert session.focus_left() == 2
    assert session.next_card().id == first
