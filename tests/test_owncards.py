"""The learner's own cards: validated as `content check` validates, kept as deck-format YAML in the
data folder, studied with the built-in deck, and refused whole when any card is bad."""

import json
from pathlib import Path

import pytest

from quizapp.core import owncards
from quizapp.core.collection import Collection
from quizapp.core.owncards import OwnCardError, card_entry, both_text, own_cards_path


@pytest.fixture
def collection(data_dir, clock):
    c = Collection.open(data_dir, clock=clock, backup=False)
    yield c
    c.close()


def command_entry(card_id="mine-ps-1", answer="docker ps -a", concept="ps-all"):
    return card_entry(
        "command",
        card_id=card_id,
        prompt=both_text("멈춘 컨테이너까지 모두 보려면?", "List every container, stopped ones too"),
        answers=[both_text(answer)],
        concepts=[concept],
    )


def test_added_card_is_studied_marked_mine_and_kept_as_deck_yaml(collection, data_dir, clock):
    change = collection.add_own_card(command_entry())
    assert change.added == ("mine-ps-1",) and change.path == own_cards_path(data_dir)
    assert collection.is_mine("mine-ps-1") and not collection.is_mine(collection.deck.cards[0].id)
    card = collection.card("mine-ps-1")
    assert card.type == "command" and collection.grade(card, "docker container ls --all", 3.0).correct
    # In the store at once, right after the built-in cards of its concept.
    row = collection.store.get_card("mine-ps-1")
    assert row is not None and row.state == 0 and not row.hidden
    positions = [c.id for c in collection.deck.cards]
    last_builtin = max(i for i, c in enumerate(collection.deck.cards) if "ps-all" == c.concepts[0] and c.id != "mine-ps-1")
    assert positions.index("mine-ps-1") == last_builtin + 1 == row.position
    # The file passes `content check` as any card file does.
    from quizapp.core.contentcheck import check_content

    assert check_content(own_cards_path(data_dir)) == []
    # A new collection reads it back.
    collection.close()
    again = Collection.open(data_dir, clock=clock, backup=False)
    try:
        assert again.own_ids == frozenset({"mine-ps-1"}) and again.card("mine-ps-1").answer == "docker ps -a"
    finally:
        again.close()


def test_bad_command_card_is_refused_and_nothing_is_written(collection, data_dir):
    collection.add_own_card(command_entry())
    before = own_cards_path(data_dir).read_bytes()
    with pytest.raises(OwnCardError) as caught:
        collection.add_own_card(command_entry("mine-ps-2", answer="docker rn web"))
    assert "'docker rn web' is not a command the grader accepts" in str(caught.value)
    assert own_cards_path(data_dir).read_bytes() == before
    assert collection.card("mine-ps-2") is None and collection.store.get_card("mine-ps-2") is None


@pytest.mark.parametrize(
    "entry, message",
    [
        (card_entry("cloze", card_id="mine-c", prompt=both_text("{{1}} /app"), answers=[both_text("WORKDIR"), both_text("x")], concepts=["workdir"]), "has blanks [1], but blanks lists 2"),
        (card_entry("order", card_id="mine-o", prompt=both_text("순서"), answers=[both_text("FROM node")], concepts=["from"]), "items"),
        (card_entry("basic", card_id="mine-b", prompt=both_text("?"), answers=[both_text("!")], concepts=["no-such-concept"]), "unknown concept id 'no-such-concept'"),
        (command_entry("from-what-it-does"), "card id 'from-what-it-does' is already used at"),
        (command_entry("Mine Bad Id"), "id"),
    ],
)
def test_each_check_of_content_check_refuses_a_card(collection, data_dir, entry, message):
    with pytest.raises(OwnCardError) as caught:
        collection.add_own_card(entry)
    assert message in str(caught.value)
    assert not own_cards_path(data_dir).exists()


def test_import_is_all_or_none_and_names_the_files_line(collection, data_dir, tmp_path):
    source = tmp_path / "mine.yaml"
    source.write_text(
        "cards:\n"
        "  - id: mine-good\n"
        "    type: basic\n"
        "    concepts: [image]\n"
        "    prompt: {ko: 이미지란, en: What is an image}\n"
        "    answer: {ko: 꾸러미, en: A package}\n"
        "  - id: mine-bad\n"
        "    type: command\n"
        "    concepts: [ps-all]\n"
        "    prompt: {ko: 모두, en: All}\n"
        "    answer: docker pss\n",
        encoding="utf-8",
    )
    with pytest.raises(OwnCardError) as caught:
        collection.import_own_cards(source)
    [problem] = caught.value.problems
    assert problem.file == source and problem.line == 7 and "docker pss" in problem.message
    assert collection.own_ids == frozenset() and not own_cards_path(data_dir).exists()
    source.write_text(source.read_text(encoding="utf-8").replace("docker pss", "docker ps -a"), encoding="utf-8")
    change = collection.import_own_cards(source)
    assert change.added == ("mine-good", "mine-bad")
    assert collection.own_ids == frozenset({"mine-good", "mine-bad"})
    # Importing the same file again repeats ids: refused, pointing at where each id already is.
    with pytest.raises(OwnCardError, match=r"card id 'mine-good' is already used at .*cards.yaml:\d+"):
        collection.import_own_cards(source)


def test_replace_and_remove_keep_history_hidden(collection, data_dir):
    collection.add_own_card(command_entry())
    collection.session().answer("mine-ps-1", 3)
    edited = command_entry(answer="docker container ls -a")
    assert collection.replace_own_card("mine-ps-1", edited).replaced == ("mine-ps-1",)
    assert collection.card("mine-ps-1").answer == "docker container ls -a"
    assert collection.store.get_card("mine-ps-1").reps == 1
    with pytest.raises(OwnCardError, match="not one of your cards"):
        collection.remove_own_card(collection.deck.cards[0].id)
    assert collection.remove_own_card("mine-ps-1").removed == ("mine-ps-1",)
    assert collection.card("mine-ps-1") is None and not own_cards_path(data_dir).exists()
    row = collection.store.get_card("mine-ps-1")
    assert row.hidden and row.reps == 1


def test_a_hand_edit_that_breaks_one_card_keeps_the_others_and_warns(data_dir, clock):
    c = Collection.open(data_dir, clock=clock, backup=False)
    c.add_own_card(command_entry())
    c.add_own_card(command_entry("mine-ps-2", answer="docker ps"))
    c.close()
    path = own_cards_path(data_dir)
    path.write_text(path.read_text(encoding="utf-8").replace("answer: docker ps\n", "answer: docker pz\n"), encoding="utf-8")
    c = Collection.open(data_dir, clock=clock, backup=False)
    try:
        assert c.own_ids == frozenset({"mine-ps-1"})
        assert any("docker pz" in w["en"] and "cards.yaml" in w["en"] for w in c.warnings())
        assert c.store.get_card("mine-ps-2").hidden  # left the deck: out of every queue
    finally:
        c.close()


def test_the_cache_follows_the_file(data_dir, clock):
    from quizapp.core.content.loader import load_content

    deck = load_content()
    c = Collection.open(data_dir, clock=clock, deck=deck, backup=False)
    c.add_own_card(command_entry())
    c.close()
    assert owncards.load_own_cards(data_dir, deck).cards[0].id == "mine-ps-1"
    assert (data_dir / "cache" / "own-cards.pickle").is_file()
    path = own_cards_path(data_dir)
    path.write_text(path.read_text(encoding="utf-8").replace("mine-ps-1", "mine-ps-9"), encoding="utf-8")
    assert [c.id for c in owncards.load_own_cards(data_dir, deck).cards] == ["mine-ps-9"]


def test_guess_concept_picks_a_concept_sharing_words(collection):
    assert owncards.guess_concept(collection.deck, "EXPOSE 80 port publish") in {"expose", "publish-port"}
    assert owncards.guess_concept(collection.deck, "zzzz qqqq") is None


# ----- through the command line -----------------------------------------------------------------


def test_cli_add_list_and_refuse(data_dir):
    from tests.test_cli_review import quizapp

    out = quizapp(
        "--lang", "en", "cards", "add", "--type", "command", "--prompt", "멈춘 것까지 모든 컨테이너",
        "--prompt-en", "Every container, stopped too", "--answer", "docker ps -a", "--concept", "ps-all",
        data_dir=data_dir,
    )
    assert out.returncode == 0, out.stderr
    assert "Added: mine-ps-all-1" in out.stdout
    bad = quizapp("--lang", "en", "cards", "add", "--type", "command", "--prompt", "?", "--answer", "docker rn x", "--concept", "ps-all", data_dir=data_dir)
    assert bad.returncode == 2 and "docker rn x" in bad.stderr and "Nothing was added" in bad.stderr
    few = quizapp("--lang", "ko", "cards", "add", "--type", "order", "--prompt", "?", "--answer", "one", "--concept", "from", data_dir=data_dir)
    assert few.returncode == 2 and "--answer" in few.stderr
    listed = quizapp("--lang", "en", "cards", "list", "--mine", "--json", data_dir=data_dir)
    data = json.loads(listed.stdout)
    assert [(c["id"], c["mine"], c["type"]) for c in data] == [("mine-ps-all-1", True, "command")]
    everything = json.loads(quizapp("cards", "list", "--json", data_dir=data_dir).stdout)
    assert len(everything) > 100 and sum(c["mine"] for c in everything) == 1
    text = quizapp("--lang", "ko", "cards", "list", "--mine", data_dir=data_dir)
    assert "mine-ps-all-1  [command] (내 카드)" in text.stdout


def test_cli_import_reports_file_and_line(data_dir, tmp_path):
    from tests.test_cli_review import quizapp

    source = tmp_path / "extra.yaml"
    source.write_text(
        "cards:\n  - id: mine-cloze\n    type: cloze\n    concepts: [workdir]\n    prompt: {ko: 채우기, en: Fill}\n"
        "    text: {ko: '{{1}} /app', en: '{{1}} /app {{2}}'}\n    blanks: [[WORKDIR]]\n",
        encoding="utf-8",
    )
    out = quizapp("--lang", "en", "cards", "import", str(source), data_dir=data_dir)
    assert out.returncode == 2
    assert f"{source}:2:" in out.stderr or "extra.yaml:2:" in out.stderr
    assert json.loads(quizapp("cards", "list", "--mine", "--json", data_dir=data_dir).stdout) == []


def test_an_own_card_whose_id_a_built_in_card_takes_is_reported(data_dir, clock):
    from quizapp.core.content.loader import load_content

    deck = load_content()
    c = Collection.open(data_dir, clock=clock, deck=deck, backup=False)
    c.add_own_card(command_entry())
    c.close()
    taken = deck.cards[0].id
    path = own_cards_path(data_dir)
    path.write_text(path.read_text(encoding="utf-8").replace("mine-ps-1", taken), encoding="utf-8")
    merged, mine = owncards.with_own_cards(deck, data_dir)
    assert mine == frozenset() and merged.by_id[taken] is deck.by_id[taken]
    assert any(f"card id {taken!r} is already used at" in p.message and p.file == path for p in merged.problems)
