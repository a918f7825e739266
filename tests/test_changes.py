"""What an operation reports as changed (quizapp.core.changes), from what the core returned."""

from __future__ import annotations

from quizapp.core import changes
from quizapp.core.changes import Changes


def test_suspend_and_bury_take_cards_out_of_study_and_a_flag_does_not():
    suspended = changes.card_action("suspend", ["a", "b"])
    assert suspended.gone == {"a", "b"} and suspended.cards == {"a", "b"} and suspended.schedule
    assert changes.card_action("bury", ["a"]).gone == {"a"}
    for back in ("unsuspend", "unbury"):
        assert changes.card_action(back, ["a"]).gone == frozenset() and changes.card_action(back, ["a"]).schedule
    flagged = changes.card_action("flag", ["a"])
    assert flagged.cards == {"a"} and not flagged.gone and not flagged.schedule and not flagged.history
    # Nothing changed (the cards were so already): nothing to redraw.
    assert not changes.card_action("suspend", [])


def test_an_answer_touches_the_log_and_the_schedule_a_lab_reset_neither():
    answer = changes.answered("a")
    assert answer.history and answer.schedule and answer.cards == {"a"} and not answer.labs
    reset = changes.lab_state()
    assert reset.labs and not (reset.history or reset.schedule or reset.cards)
    passed = changes.lab_state(passed=True)
    assert passed.labs and passed.schedule and passed.history


def test_own_cards_change_names_added_and_removed_cards():
    from pathlib import Path

    from quizapp.core.owncards import OwnCardsChange

    removed = changes.own_cards(OwnCardsChange(Path("own.yaml"), removed=("mine-1",)))
    assert removed.gone == {"mine-1"} and removed.deck and removed.schedule
    edited = changes.own_cards(OwnCardsChange(Path("own.yaml"), replaced=("mine-2",)))
    assert edited.cards == {"mine-2"} and not edited.deck and not edited.gone


def test_changes_combine():
    both = changes.answered("a") | changes.card_action("suspend", ["b"])
    assert both.cards == {"a", "b"} and both.gone == {"b"} and both.history
    assert not Changes() and changes.EVERYTHING.labs and changes.EVERYTHING.deck
