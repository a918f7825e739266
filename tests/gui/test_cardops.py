"""The card editor's and Browse's operations without a window (quizapp.gui.cardops): a card read
into the editor's fields and written back is the same card; what a learner leaves out is named
before the deck's checks run; an edit keeps what the editor does not show; the toggles."""

from __future__ import annotations

import pytest
import yaml

from quizapp.core.collection import Collection
from quizapp.core.owncards import check_entry, own_cards_path
from quizapp.gui import cardops
from quizapp.gui.cardops import CardFields

from .conftest import CONTENT


@pytest.fixture
def collection(data_dir, clock):
    c = Collection.open(data_dir, clock=clock, content_dir=CONTENT, backup=False)
    yield c
    c.close()


def essence(card):
    """What a learner sees of a card, to compare a copy with its original."""
    kind = card.type
    parts = [kind, tuple(card.concepts), card.explanation]
    if kind == "basic":
        parts += [card.prompt, card.answer]
    elif kind == "command":
        parts += [card.prompt, card.answer, tuple(card.accept)]
    elif kind == "cloze":
        parts += [card.text, tuple(tuple(b) for b in card.blanks)]
    elif kind == "choice":
        parts += [card.prompt, sorted((o.text.ko, o.text.en, o.correct) for o in card.options)]
    else:
        parts += [card.prompt, tuple(card.items)]
    return parts


@pytest.mark.parametrize("card_id", ["t-basic", "t-command", "t-cloze", "t-choice", "t-order"])
def test_each_type_read_into_the_fields_and_saved_is_the_same_card(collection, card_id):
    original = collection.card(card_id)
    fields = cardops.fields_of(original)
    assert cardops.field_problems(fields) == []
    assert check_entry(cardops.entry_of(fields, "mine-copy-1"), collection.deck) == []
    outcome = cardops.save_card(collection, fields)
    assert outcome.problems == () and outcome.added
    copy = collection.card(outcome.card_id)
    assert collection.is_mine(copy.id) and essence(copy) == essence(original)


def test_what_is_left_out_or_mistyped_is_named_before_the_deck_checks(collection):
    def codes(**kw):
        return [(p.field, p.code) for p in cardops.field_problems(CardFields(**{"concepts": ["image"], "prompt": ("질문", ""), **kw}))]

    assert codes(card_type="basic") == [("answer", "empty")]
    assert codes(card_type="cloze", prompt=("FROM {{1}} AS {{2}}", ""), blanks="node") == [("blanks", "blank_count")]
    assert codes(card_type="cloze", prompt=("FROM node", ""), blanks="node") == [("prompt", "no_blanks")]
    assert codes(card_type="choice", right=("맞음", "right\nalso"), wrong=("틀림", "")) == [("right", "lines_differ")]
    assert codes(card_type="order", items=("하나", "")) == [("items", "too_few")]
    assert [(p.field, p.code) for p in cardops.field_problems(CardFields(card_type="basic", answer=("a", "")))] == [
        ("prompt", "empty"),
        ("concepts", "none"),
    ]
    [bad] = cardops.field_problems(CardFields(card_type="command", concepts=["image"], prompt=("q", ""), command="docker ps", accept="docker imgaes"))
    assert bad.field == "accept" and dict(bad.params) == {"command": "docker imgaes"}
    assert "images" in dict(bad.text)["ko"] and "Did you mean `images`?" in dict(bad.text)["en"]
    # Nothing of it reaches the file
    outcome = cardops.save_card(collection, CardFields(card_type="order", concepts=["image"], prompt=("q", ""), items=("하나", "")))
    assert outcome.card_id is None and not own_cards_path(collection.data_dir).exists()


def test_a_problem_only_the_deck_checks_find_is_put_on_its_field(collection):
    fields = CardFields(card_type="basic", concepts=["no-such-concept"], prompt=("질문", ""), answer=("답", ""))
    outcome = cardops.save_card(collection, fields)
    assert outcome.card_id is None
    [problem] = outcome.problems
    assert problem.field == "concepts" and problem.code == "deck_check" and "no-such-concept" in problem.detail
    assert cardops.check_card(collection, fields) == [problem]
    assert not own_cards_path(collection.data_dir).exists()


def test_an_edit_keeps_what_the_editor_does_not_show(collection, tmp_path):
    source = tmp_path / "mine.yaml"
    source.write_text(
        yaml.safe_dump(
            {
                "cards": [
                    {
                        "id": "mine-order-1",
                        "type": "order",
                        "concepts": ["container"],
                        "prompt": {"ko": "순서대로", "en": "In order"},
                        "code": {"lang": "dockerfile", "source": "FROM node\n"},
                        "items": [{"ko": "a", "en": "a"}, {"ko": "b", "en": "b"}],
                    }
                ]
            }
        ),
        encoding="utf-8",
    )
    collection.import_own_cards(source)
    fields = cardops.fields_of(collection.card("mine-order-1"))
    fields.items = ("a\nb\nc", "")
    outcome = cardops.save_card(collection, fields, "mine-order-1")
    assert outcome == cardops.SaveOutcome("mine-order-1", added=False)
    card = collection.card("mine-order-1")
    assert [i.ko for i in card.items] == ["a", "b", "c"] and card.code.source == "FROM node\n"
    # As another type, only what any card may have is kept
    fields.card_type, fields.answer = "basic", ("답", "")
    cardops.save_card(collection, fields, "mine-order-1")
    entry = yaml.safe_load(own_cards_path(collection.data_dir).read_text(encoding="utf-8"))["cards"][0]
    assert entry["type"] == "basic" and entry["code"]["source"] == "FROM node\n" and "items" not in entry


def test_suspend_bury_and_flag_toggle_as_in_anki(collection):
    first = cardops.toggle_suspend(collection, ["t-basic"])
    assert first.change.action == "suspend" and first.now == {"t-basic": ("suspended", 0)}
    mixed = cardops.toggle_suspend(collection, ["t-basic", "t-cloze"])  # not all suspended: suspend the rest
    assert mixed.change.action == "suspend" and mixed.change.changed == ("t-cloze",)
    back = cardops.toggle_suspend(collection, ["t-basic", "t-cloze"])
    assert back.change.action == "unsuspend" and back.now == {"t-basic": ("shown", 0), "t-cloze": ("shown", 0)}
    buried = cardops.toggle_bury(collection, ["t-order"])
    assert buried.now == {"t-order": ("buried", 0)} and cardops.toggle_bury(collection, ["t-order"]).change.action == "unbury"
    assert cardops.toggle_flag(collection, ["t-order"], 4).now == {"t-order": ("shown", 4)}
    assert cardops.toggle_flag(collection, ["t-order"], 4).now == {"t-order": ("shown", 0)}
