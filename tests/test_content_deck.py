"""The real deck under content/: it loads cleanly and meets the coverage rules of the content issue."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quizapp.core.content import load_content
from quizapp.core.content.check import card_dockerfiles, check_content, dockerfile_problems
from quizapp.core.content.model import ChoiceCard, CommandCard
from quizapp.core.content.stats import learner_texts
from quizapp.core.paths import content_dir

REPO = Path(__file__).resolve().parent.parent
SHARED_CURRICULUM = REPO.parent / "shared" / "curriculum.md"
HANGUL = re.compile(r"[\uac00-\ud7a3]")


@pytest.fixture(scope="module")
def deck():
    return load_content(REPO / "content")


def test_built_in_content_dir_is_the_repo_content():
    assert (content_dir() / "curriculum.yaml").is_file()


def test_real_content_loads_with_zero_problems(deck):
    assert [str(p) for p in deck.problems] == []
    assert deck.skipped_files == []
    assert len(deck.files) >= 3


def test_content_check_is_clean_on_the_real_content():
    # check_content adds the Dockerfile lint on top of loading.
    assert [str(p) for p in check_content(REPO / "content")] == []


def test_at_least_180_cards(deck):
    assert len(deck.cards) >= 180, (
        f"the deck has {len(deck.cards)} cards; the content issue asks for at least 180 "
        "(content/cards/10..30 hold about 110, the rest come from the other card files)"
    )


def test_card_ids_unique_and_indexed(deck):
    assert len(deck.by_id) == len(deck.cards)
    assert all(deck.by_id[c.id] is c for c in deck.cards)


def test_cards_are_in_curriculum_order(deck):
    position = {cid: i for i, cid in enumerate(deck.curriculum.concept_ids)}
    firsts = [position[c.concepts[0]] for c in deck.cards]
    assert firsts == sorted(firsts)


def test_every_concept_has_three_cards_of_two_types(deck):
    short = {}
    for cid in deck.curriculum.concept_ids:
        cards = deck.cards_for_concept(cid)
        types = {c.type for c in cards}
        if len(cards) < 3 or len(types) < 2:
            short[cid] = (len(cards), sorted(types))
    assert short == {}, f"concepts below 3 cards or 2 types: {short}"


def test_every_misconception_is_a_wrong_option_with_feedback(deck):
    covered = set()
    for card in deck.cards:
        if isinstance(card, ChoiceCard):
            for option in card.options:
                if option.misconception and not option.correct and option.feedback is not None:
                    assert option.feedback.ko.strip() and option.feedback.en.strip()
                    covered.add(option.misconception)
    missing = [m for m in deck.curriculum.misconception_ids if m not in covered]
    assert missing == [], f"misconceptions without a choice card whose wrong option names them: {missing}"


def test_every_open_question_has_an_answer_card(deck):
    answered = {c.question for c in deck.cards if c.question}
    missing = [q for q in deck.curriculum.question_ids if q not in answered]
    assert missing == [], f"open questions without an answer card: {missing}"


def test_no_card_is_another_card_twice(deck):
    """Two cards of one type asking the same question (by their prompt, or the same open question)
    would be the same card twice in the schedule."""
    import re

    def words(text: str) -> str:
        return re.sub(r"[^\w]+", " ", text.lower()).strip()

    def front(card, lang: str) -> str:  # what the learner sees before answering
        parts = [getattr(card.prompt, lang), card.code.source if card.code else ""]
        if card.type == "cloze":
            parts.append(getattr(card.text, lang))
        return words(" ".join(parts))

    seen: dict[tuple, str] = {}
    twice = []
    for card in deck.cards:
        keys = [(card.type, "en", front(card, "en")), (card.type, "ko", front(card, "ko"))]
        if card.question:
            keys.append((card.type, "question", card.question))
        for key in keys:
            if key in seen:
                twice.append((seen[key], card.id, key[1]))
            else:
                seen[key] = card.id
    assert twice == [], f"cards that repeat another card (first, second, by): {twice}"


def test_every_lab_on_a_card_exists_and_every_lab_has_cards(deck):
    labs = set(deck.curriculum.lab_ids)
    on_cards = {c.lab for c in deck.cards if c.lab}
    assert on_cards <= labs, f"unknown lab ids on cards: {sorted(on_cards - labs)}"
    assert labs - on_cards == set(), f"labs no card points to: {sorted(labs - on_cards)}"


def test_curriculum_ids_match_the_shared_curriculum(deck):
    if not SHARED_CURRICULUM.is_file():
        pytest.skip(f"{SHARED_CURRICULUM} is not beside this checkout")
    text = SHARED_CURRICULUM.read_text(encoding="utf-8")

    def ids(section_start: str, section_end: str | None) -> list[str]:
        part = text.split(section_start, 1)[1]
        if section_end:
            part = part.split(section_end, 1)[0]
        return [i for i in re.findall(r"^\| ([a-z0-9-]+) \|", part, re.M) if i != "id"]

    assert deck.curriculum.concept_ids == ids("## Concepts", "## Misconceptions")
    assert deck.curriculum.misconception_ids == ids("## Misconceptions", "## The learner")
    assert deck.curriculum.question_ids == ids("## The learner", "## Labs")
    assert deck.curriculum.lab_ids == ids("## Labs", None)
    expected_lab_concepts = {
        m.group(1): [c.strip() for c in m.group(2).split(",")]
        for m in re.finditer(r"^\| ([a-z0-9-]+) \| ([a-z0-9, -]+) \|", text.split("## Labs", 1)[1], re.M)
        if m.group(1) != "id"
    }
    assert {lab.id: lab.concepts for lab in deck.curriculum.labs} == expected_lab_concepts


def test_every_card_speaks_korean_and_english(deck):
    for card in deck.cards:
        assert HANGUL.search(card.prompt.ko), f"{card.id}: the Korean prompt has no Korean in it"
        for text in learner_texts(card):
            assert text.ko.strip() and text.en.strip(), card.id
        # Prose answers are written for each language, not copied across.
        if card.type == "basic":
            assert card.answer.ko != card.answer.en, card.id


def test_every_command_card_parses_with_the_command_grammar(deck):
    from quizapp.core.grading.command import parse_command

    failures = []
    commands = [c for c in deck.cards if isinstance(c, CommandCard)]
    assert commands, "the deck has no command cards"
    for card in commands:
        for text in [card.answer, *card.accept]:
            try:
                parse_command(text)
            except Exception as exc:  # noqa: BLE001 - report every failure at once
                failures.append(f"{card.id}: {text!r}: {exc}")
    assert failures == []


def _dockerfile_cases():
    deck = load_content(REPO / "content")
    return [
        pytest.param(source, broken, id=f"{card.id}:{where}")
        for card in deck.cards
        for where, source, broken in card_dockerfiles(card)
    ]


DOCKERFILE_CASES = _dockerfile_cases()


def test_the_deck_shows_dockerfiles_and_at_least_one_broken_one():
    assert sum(1 for p in DOCKERFILE_CASES if not p.values[1]) >= 10
    assert any(p.values[1] for p in DOCKERFILE_CASES), "no card shows a broken Dockerfile to spot"


@pytest.mark.parametrize("source,broken", DOCKERFILE_CASES)
def test_dockerfile_on_card_is_valid_unless_marked_broken(source, broken):
    problems = dockerfile_problems(source)
    if broken:
        assert problems, "marked broken: true, but the checker finds nothing wrong"
    else:
        assert problems == []


@pytest.mark.parametrize(
    "source,expected",
    [
        ('FROM node\nCMD ["node", "server.js"]\n', []),
        ("FROM node\nCMD node server.js\n", []),
        ("ARG V=20\nFROM node:${V}\nRUN npm install\n", []),
        ("FROM node\nCMD ['node', 'server.js']\n", ["not valid JSON"]),
        ('FROM node\nENTRYPOINT ["node", 3]\n', ["array of strings"]),
        ("FROM node\nRUNN npm install\n", ["RUNN is not a Dockerfile instruction"]),
        ("WORKDIR /app\nFROM node\n", ["must be FROM"]),
        ("# only a comment\n", ["no instructions"]),
    ],
)
def test_dockerfile_checker(source, expected):
    problems = dockerfile_problems(source)
    assert len(problems) == len(expected), problems
    for problem, fragment in zip(problems, expected):
        assert fragment in problem


def test_notes_single_quote_cmd_is_taught_as_wrong(deck):
    # The notes write CMD ['node', 'server.js']; wherever the deck shows it, it is a mistake.
    shows = []
    for card in deck.cards:
        if card.code is not None and "['node', 'server.js']" in card.code.source:
            shows.append(card.code.broken)
        if isinstance(card, ChoiceCard):
            for option in card.options:
                if "['node', 'server.js']" in option.text.en:
                    shows.append(not option.correct)
    assert shows and all(shows)
