"""Live mode in the terminal review: a right answer to a live command card runs for real, is
judged by its lab's checks, and is cleaned up; a wrong one never runs."""

from __future__ import annotations

import pytest

from labs.helpers import daemon_state
from quizapp.cli.review import TerminalReview
from quizapp.core.collection import Collection


@pytest.fixture
def collection(lab_data_dir, docker_client):
    with Collection.open(lab_data_dir / "review") as c:
        yield c


def live_cards(collection):
    return [c for c in collection.deck.cards if c.type == "command" and c.live]


def test_the_deck_has_live_cards_with_labs(collection):
    cards = live_cards(collection)
    assert cards and all(c.lab for c in cards)


@pytest.mark.parametrize("index", [0, 1])
def test_right_live_answer_runs_and_passes_its_checks(collection, lab_data_dir, docker_client, decoys, index):
    cards = live_cards(collection)
    if index >= len(cards):
        pytest.skip("fewer live cards")
    card = cards[index]
    before = daemon_state(docker_client)
    written: list[str] = []
    review = TerminalReview(collection, "en", lambda _p: None, written.append, live=True, data_dir=lab_data_dir)
    lines = review.run_live(card, card.answer)
    assert any(line.startswith("  ✓") for line in lines), lines
    assert not any(line.startswith("  ✗") for line in lines), lines
    assert any("real daemon" in w for w in written)
    assert daemon_state(docker_client) == before
    decoys.assert_untouched()


def test_wrong_live_answer_is_not_run(collection, lab_data_dir, docker_client):
    card = live_cards(collection)[0]
    answers = iter(["docker run --privileged quizlab/base:1", "1"])
    written: list[str] = []
    review = TerminalReview(collection, "en", lambda _p: next(answers, None), written.append, live=True, data_dir=lab_data_dir)
    review.study(card)
    assert not any("real daemon" in w for w in written)
    assert any(w.startswith("Not quite") for w in written)
    assert collection.store.review_log(card.id)[-1].correct is False


def test_a_broken_lab_file_stops_only_its_own_live_cards(collection, lab_data_dir, docker_client, decoys, tmp_path):
    import shutil

    from quizapp.core.clock import SystemClock
    from quizapp.core.labs.live import run_live_card

    from labs.conftest import CONTENT

    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    card = live_cards(collection)[0]
    other = next(p for p in (content / "labs").glob("*/lab.yaml") if p.parent.name != card.lab)
    other.write_text("id: [unclosed\n", encoding="utf-8")
    run = run_live_card(collection.store, card, card.answer, lab_data_dir, SystemClock(), content_dir=content)
    assert run.problem is None, run.problem
    lines = run.lines("en")
    assert lines and all(line.startswith("✓") for line in lines), lines

    own = content / "labs" / card.lab / "lab.yaml"
    own.write_text("id: [unclosed\n", encoding="utf-8")
    before = daemon_state(docker_client)
    run = run_live_card(collection.store, card, card.answer, lab_data_dir, SystemClock(), content_dir=content)
    assert run.result is None
    assert str(own) in run.problem["en"] and "cannot be used" in run.problem["en"]
    assert daemon_state(docker_client) == before
    decoys.assert_untouched()
