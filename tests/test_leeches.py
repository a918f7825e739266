"""The leech list holds cards only: a lab given up again and again is not a card to reword."""

from quizapp.core.review import ReviewSession, record_lab_result
from quizapp.core.scheduler import AGAIN


def test_a_lab_marked_leech_is_not_in_the_leech_list_a_card_is(store, clock):
    store.sync_items(["c1", "c2"])
    record_lab_result(store, "build-and-run", AGAIN, clock.now())
    with store.transaction() as conn:
        # As after eight lapses of each (the scheduler marks both kinds the same way).
        conn.execute("UPDATE cards SET leech = 1, lapses = 8 WHERE id IN ('lab:build-and-run', 'c2')")
    session = ReviewSession(store, clock)
    assert store.get_card("lab:build-and-run").leech
    assert session.leeches() == ["c2"]
