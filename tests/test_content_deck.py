"""The real deck under content/: it loads cleanly and meets the coverage rules of the content issue."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quizapp.core.content.loader import load_content
from quizapp.core.contentcheck import card_dockerfiles, check_content, dockerfile_problems
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


# ---------------------------------------------------------------------------------------------
# Issue 11: the deck's errata stay fixed, and the rules behind them hold for every card.

LABS = REPO / "content" / "labs"
FULL_ID = "2f284f466ba20f1f68420a7f8cb206885c9b2eeafe91aa3fa7a2104c017fc19b"


def _card_texts(card) -> list[str]:
    """Everything a learner reads on a card, both languages, commands included."""
    out = [t for text in learner_texts(card) for t in (text.ko, text.en)]
    if card.code is not None:
        out.append(card.code.source)
    if isinstance(card, CommandCard):
        out += [card.answer, *card.accept]
    return out


def _lab_texts(lab_folder: Path) -> str:
    return (lab_folder / "lab.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "card_id,answer",
    [
        ("own-filesystem-ls-command", "docker run --rm myapp ls /app/"),
        ("run-interactive-node-repl", "docker run -it --rm node"),
        ("run-interactive-node-repl", "docker run --rm -i -t node"),
        ("cmd-override-command", "docker run myapp node -v"),
        ("cmd-override-command", "docker run --rm myapp node -v"),
        ("untagged-image-tag-later", "docker tag 2f28 quizlab/app:1"),
        ("untagged-image-tag-later", f"docker tag sha256:{FULL_ID} quizlab/app:1"),
        ("cp-into-container", "docker cp notes.txt quizlab-web:/app/public/"),
    ],
)
def test_accept_lists_take_the_right_forms(deck, card_id, answer):
    from quizapp.core.grading import grade

    result = grade(deck.by_id[card_id], answer)
    assert result.correct, [d.message["en"] for d in result.feedback]


@pytest.mark.parametrize(
    "card_id,answer",
    [
        ("own-filesystem-ls-command", "docker run --rm myapp ls /tmp"),
        ("run-interactive-node-repl", "docker run -d -it --rm node"),
        ("cmd-override-command", "docker run myapp node -e 1"),
        ("untagged-image-tag-later", "docker tag 2f29 quizlab/app:1"),
        ("untagged-image-tag-later", "docker tag 2f284f466ba2 quizlab/app:2"),
    ],
)
def test_accept_lists_still_refuse_wrong_answers(deck, card_id, answer):
    from quizapp.core.grading import grade

    assert not grade(deck.by_id[card_id], answer).correct


def test_every_unique_prefix_of_the_untagged_id_names_it(deck):
    """The prompt says no other id starts with 2f28: every beginning from there on, and the whole
    id, is the same image to Docker."""
    from quizapp.core.grading import grade

    card = deck.by_id["untagged-image-tag-later"]
    assert FULL_ID.startswith("2f284f466ba2") and "2f28" in card.prompt.en and "2f28" in card.prompt.ko
    wrong = [n for n in [*range(4, 13), 64] if not grade(card, f"docker tag {FULL_ID[:n]} quizlab/app:1").correct]
    assert wrong == []


def _with_option(command: str, option: str) -> str:
    from quizapp.core.grading.command import parse_command

    words = command.split()
    at = 1 + len(parse_command(command).subcommand.split())
    return " ".join([*words[:at], option, *words[at:]])


def test_ignored_options_are_options_of_the_command_and_do_not_matter(deck):
    """`ignore_options` names options the card does not care about: each is an option of the
    answer's subcommand, and the answer with an ignored switch added is still right."""
    from quizapp.core.grading import grade
    from quizapp.core.grading.command import CommandParseError, parse_command

    cards = [c for c in deck.cards if isinstance(c, CommandCard) and c.ignore_options]
    assert cards, "no card lists options that do not matter"
    problems = []
    switches = 0
    for card in cards:
        for name in card.ignore_options:
            try:  # an option that takes a value parses with one; a switch refuses `=x`
                if name in parse_command(_with_option(card.answer, f"--{name}=x")).options:
                    continue  # any value is right: the grader's part, not an accept list's
            except CommandParseError:
                pass
            typed = _with_option(card.answer, f"--{name}")
            try:
                parsed = parse_command(typed)
            except CommandParseError as exc:
                problems.append(f"{card.id}: --{name}: {exc}")
                continue
            switches += 1
            if name not in parsed.options:
                problems.append(f"{card.id}: --{name} is not an option of `{card.answer}`")
            elif not grade(card, typed).correct:
                problems.append(f"{card.id}: `{typed}` is graded wrong although --{name} does not matter")
    assert problems == []
    assert switches >= 2


def test_ignore_options_is_validated_and_carried_to_the_card():
    from pydantic import ValidationError

    from quizapp.core.content.model import CommandCard
    from quizapp.core.content.schema import validate

    fields = dict(type="command", id="c-x", concepts=["run-rm"], prompt={"ko": "실행", "en": "Run"}, answer="docker run node")
    card = validate(CommandCard, {**fields, "ignore_options": ["rm"]})
    assert card.ignore_options == ["rm"]
    assert validate(CommandCard, fields).ignore_options == []
    with pytest.raises(ValidationError):  # the grammar's name, not the spelling typed
        validate(CommandCard, {**fields, "ignore_options": ["--rm"]})


def test_no_two_command_cards_ask_for_the_same_command(deck):
    from quizapp.core.grading.command import compare_commands

    commands = [c for c in deck.cards if isinstance(c, CommandCard)]
    same = [
        (a.id, b.id)
        for i, a in enumerate(commands)
        for b in commands[i + 1:]
        if compare_commands(a.answer, b.answer).equivalent
    ]
    assert same == []


def test_no_two_cloze_cards_on_a_concept_ask_for_the_same_words(deck):
    clozes = [c for c in deck.cards if c.type == "cloze"]

    def same_words(a, b) -> bool:
        folded = lambda blank: {x.casefold() for x in blank}  # noqa: E731
        return len(a.blanks) == len(b.blanks) and all(folded(p) & folded(q) for p, q in zip(a.blanks, b.blanks))

    same = [
        (a.id, b.id)
        for i, a in enumerate(clozes)
        for b in clozes[i + 1:]
        if set(a.concepts) & set(b.concepts) and same_words(a, b)
    ]
    assert same == []


def test_no_two_basic_cards_on_a_concept_give_the_same_answer(deck):
    """Basic cards sharing a concept whose English answers share most of their words say the same
    thing twice (the two venv cards shared 63%; the closest distinct pair shares a third)."""

    def words(text: str) -> set[str]:
        return set(re.findall(r"[a-z0-9]+", text.lower()))

    basics = [c for c in deck.cards if c.type == "basic"]
    close = []
    for i, a in enumerate(basics):
        for b in basics[i + 1:]:
            if set(a.concepts) & set(b.concepts):
                wa, wb = words(a.answer.en), words(b.answer.en)
                if len(wa & wb) / len(wa | wb) > 0.5:
                    close.append((a.id, b.id))
    assert close == []


def test_only_one_card_asks_why_docker_ps_a_is_empty_after_a_build(deck):
    asking = [
        c.id
        for c in deck.cards
        if c.type == "choice" and "docker build" in c.prompt.en and "docker ps" in c.prompt.en and "nothing" in c.prompt.en
    ]
    assert asking == ["image-id-vs-container-id-ps-empty"]


def test_cards_about_the_web_lab_image_describe_busybox_httpd(deck):
    """quizlab/web:1 is the build-and-run folder, served by busybox httpd: a card naming it (or its
    container) must not call it a node server or speak of its server.js."""
    dockerfile = (LABS / "build-and-run" / "files" / "Dockerfile").read_text(encoding="utf-8")
    assert '"httpd"' in dockerfile and "node" not in dockerfile.split("CMD", 1)[1]
    wrong = []
    for card in deck.cards:
        texts = _card_texts(card)
        if any("quizlab/web" in t or "quizlab-web" in t for t in texts):
            if any(re.search(r"node server|노드 서버|node 서버|server\.js", t, re.I) for t in texts):
                wrong.append(card.id)
    assert wrong == []


def test_the_greet_card_describes_the_greet_image(deck):
    script = (LABS / "_images" / "greet" / "greet.sh").read_text(encoding="utf-8")
    assert "read -r name || exit 1" in script
    card = deck.by_id["interactive-flags-greet"]
    for lang in ("ko", "en"):
        assert "`read`" in getattr(card.prompt, lang) and "input()" not in getattr(card.prompt, lang)
        plain = next(o for o in card.options if o.id == "plain")
        assert "1" in getattr(plain.feedback, lang) and "`read`" in getattr(plain.feedback, lang)


def test_no_text_says_only_run_copy_and_add_make_layers(deck):
    """A WORKDIR that creates its folder adds a layer too (RootFS.Layers grows by one)."""
    claims = re.compile(r"only RUN, COPY,? and ADD|RUN, COPY, ADD만|instruction is a layer|명령은 레이어 하나")
    texts = {card.id: _card_texts(card) for card in deck.cards}
    texts.update({lab.name: [_lab_texts(lab)] for lab in LABS.iterdir() if (lab / "lab.yaml").is_file()})
    assert [where for where, ts in texts.items() if any(claims.search(t) for t in ts)] == []
    what = deck.by_id["layers-what-basic"]
    assert "WORKDIR" in what.answer.ko and "WORKDIR" in what.answer.en


def test_texts_naming_the_classic_cache_message_name_buildkits_too(deck):
    texts = {card.id: " ".join(_card_texts(card)) for card in deck.cards}
    texts.update({lab.name: _lab_texts(lab) for lab in LABS.iterdir() if (lab / "lab.yaml").is_file()})
    one_builder = [where for where, t in texts.items() if "Using cache" in t and "CACHED" not in t]
    assert one_builder == []


def test_a_bind_mount_is_not_called_a_volume(deck):
    conflated = re.compile(r"bind mount \(volume\)|바인드 마운트\(볼륨\)|a volume mounts them|볼륨으로 연결", re.I)
    assert [c.id for c in deck.cards if any(conflated.search(t) for t in _card_texts(c))] == []


def test_attach_sends_input_only_with_dash_i(deck):
    card = deck.by_id["attach-vs-logs"]
    assert "`-i`" in card.answer.ko and "`-i`" in card.answer.en


def test_login_card_says_what_is_stored_and_how(deck):
    card = deck.by_id["push-login-stored"]
    for text in (card.answer.ko, card.answer.en):
        assert "config.json" in text and "base64" in text and "credential helper" in text
    assert "자격 증명" in card.answer.ko and "credentials" in card.answer.en


@pytest.mark.parametrize(
    "card_id,ko,en",
    [
        ("repo-naming-push-not-local", "An image does not exist locally with the tag", "An image does not exist locally with the tag"),
        ("registry-hub-create-repository", "첫 push", "first push"),
        ("push-login-vs-git-config", "git config", "git config"),
        ("image-tag-vs-flag", "플래그", "flag"),
        ("interactive-flags-not-only-servers", "웹서버", "web servers"),
    ],
)
def test_the_notes_topics_that_had_no_card_have_one(deck, card_id, ko, en):
    card = deck.by_id[card_id]
    assert ko in " ".join(t.ko for t in learner_texts(card))
    assert en in " ".join(t.en for t in learner_texts(card))


def test_a_lab_with_a_login_registry_says_pulls_need_the_login_too():
    for lab in LABS.iterdir():
        path = lab / "lab.yaml"
        if not path.is_file():
            continue
        import yaml

        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if (data.get("setup") or {}).get("registry") != "auth":
            continue
        assert "pull" in data["task"]["ko"] and "pull" in data["task"]["en"], lab.name
        hints = " ".join(h["en"] for h in data["hints"])
        assert "needs no login." not in hints, lab.name


def test_lab_texts_of_issue_11():
    assert "밝힌" not in _lab_texts(LABS / "inspect-and-copy")
    step_one = next(line for line in _lab_texts(LABS / "interactive-input").splitlines() if line.strip().startswith("1."))
    assert step_one.count("이름") <= 1, step_one
    build_hint = _lab_texts(LABS / "build-and-run")
    assert "빌드 컨텍스트" in build_hint and "build context" in build_hint


def test_an_ignored_option_with_any_value_is_right_and_other_options_still_count(deck):
    """The grader drops a card's `ignore_options` from both commands: a user name given up front
    (any name) does not matter for logging in; the registry does."""
    from quizapp.core.grading import grade

    card = next(c for c in deck.cards if c.id == "push-login-command")
    assert grade(card, "docker login -u kim localhost:5001").correct
    assert grade(card, "docker login --username=quizlab localhost:5001").correct
    assert not grade(card, "docker login -u kim localhost:5000").correct
