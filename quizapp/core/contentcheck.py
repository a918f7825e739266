"""`quizapp content check [PATH]`: every problem in the content, each with file and line.

Beyond what loading finds (quizapp.core.content), it lints what a card shows and asks: Dockerfiles,
and command answers under the grader's grammar (quizapp.core.grading, which itself grades the
content's cards: so this module sits above both packages, not in either).
"""

from __future__ import annotations

import io
import json
from pathlib import Path

from dockerfile_parse import DockerfileParser

from quizapp.core.content.loader import (
    CARDS_DIR,
    CURRICULUM_FILE,
    Deck,
    Problem,
    load_card_file,
    load_content,
    load_curriculum,
    _reference_problems,
)
from quizapp.core.content.model import BLANK_RE, ClozeCard, CommandCard, OrderCard
from quizapp.core.grading.command import parse_command
from quizapp.core.paths import content_dir


def _content_root(path: Path) -> Path | None:
    """The content folder holding `path`'s cards folder, if it has a curriculum.yaml."""
    return path if (path / CURRICULUM_FILE).is_file() else None


def check_content(path: Path | str | None = None) -> list[Problem]:
    """All problems in a content folder, or in one file of it (a card file or curriculum.yaml).

    A single card file inside a content folder is checked against that folder's curriculum and
    other card files (so a card id used in another file is reported); a card file elsewhere is
    checked against the built-in curriculum.
    """
    if path is None:
        path = content_dir()
    path = Path(path)
    if not path.exists():
        return [Problem(path, None, "no such file or folder")]
    if path.is_dir():
        root = path if path.name != CARDS_DIR else path.parent
        deck = load_content(root)
        return deck.problems + lint_deck(deck)
    if path.name == CURRICULUM_FILE:
        return load_curriculum(path)[1]
    if path.parent.name == CARDS_DIR and (root := _content_root(path.parent.parent)) is not None:
        resolved = path.resolve()
        deck = load_content(root)
        problems = deck.problems + lint_deck(deck)
        return [p for p in problems if p.file.resolve() == resolved]
    return _check_lone_file(path)


def _check_lone_file(path: Path) -> list[Problem]:
    loaded, problems = load_card_file(path)
    if loaded is None:
        return problems
    curriculum, _ = load_curriculum(content_dir() / CURRICULUM_FILE)
    if curriculum is None:  # without a curriculum the ids cannot be checked
        return problems
    for index, card in enumerate(loaded.cards):
        problems.extend(_reference_problems(card, index, loaded, curriculum))
    deck = Deck(cards=list(loaded.cards))
    deck.locations = {c.id: (path, loaded.parsed.line_of(("cards", i))) for i, c in enumerate(loaded.cards)}
    return problems + lint_deck(deck)


# ---------------------------------------------------------------------------------------------
# Dockerfiles shown on cards

# Every instruction the Dockerfile reference lists (MAINTAINER is deprecated but still parsed).
DOCKERFILE_INSTRUCTIONS = frozenset(
    "FROM RUN CMD LABEL MAINTAINER EXPOSE ENV ADD COPY ENTRYPOINT VOLUME USER WORKDIR ARG "
    "ONBUILD STOPSIGNAL HEALTHCHECK SHELL".split()
)
EXEC_FORM_INSTRUCTIONS = frozenset({"RUN", "CMD", "ENTRYPOINT", "SHELL"})


def dockerfile_problems(source: str) -> list[str]:
    """What is wrong with a Dockerfile: empty, no FROM first, unknown instructions, missing
    arguments, or an exec form (`CMD [...]`) that is not a JSON array of strings.

    The last is stricter than Docker, which silently runs a non-JSON `[...]` as shell form
    (`CMD ['node', 'server.js']` becomes `/bin/sh -c "['node', 'server.js']"` and fails when the
    container starts); a card must never teach that.
    """
    try:
        structure = DockerfileParser(fileobj=io.BytesIO(source.encode("utf-8"))).structure
    except Exception as exc:  # dockerfile-parse raises plain exceptions on odd input
        return [f"does not parse: {exc}"]
    problems: list[str] = []
    instructions = [item for item in structure if item["instruction"] != "COMMENT"]
    if not instructions:
        return ["no instructions"]
    first = next((item for item in instructions if item["instruction"] != "ARG"), None)
    if first is None or first["instruction"] != "FROM":
        problems.append("the first instruction (after ARG) must be FROM")
    for item in instructions:
        name = item["instruction"]
        line = item["startline"] + 1
        if name not in DOCKERFILE_INSTRUCTIONS:
            problems.append(f"line {line}: {name} is not a Dockerfile instruction")
            continue
        value = item["value"].strip()
        if not value:
            problems.append(f"line {line}: {name} needs an argument")
            continue
        if name in EXEC_FORM_INSTRUCTIONS and value.startswith("["):
            try:
                parsed = json.loads(value)
            except ValueError as exc:
                problems.append(f"line {line}: {name} exec form is not valid JSON ({exc.msg}); use double quotes")
                continue
            if not isinstance(parsed, list) or not parsed or not all(isinstance(x, str) for x in parsed):
                problems.append(f"line {line}: {name} exec form must be a non-empty JSON array of strings")
    return problems


def card_dockerfiles(card) -> list[tuple[str, str, bool]]:
    """Every Dockerfile a card shows, as (where, source, broken).

    A cloze Dockerfile is checked with each blank filled by its first answer; an order card's
    Dockerfile is its items joined in the right order.
    """
    found: list[tuple[str, str, bool]] = []
    if card.code is not None and card.code.lang == "dockerfile":
        found.append(("code.source", card.code.source, card.code.broken))
    if isinstance(card, ClozeCard) and card.text_lang == "dockerfile":
        for lang in ("ko", "en"):
            filled = BLANK_RE.sub(lambda m: card.blanks[int(m.group(1)) - 1][0], card.text.get(lang))
            found.append((f"text.{lang}", filled, False))
    if isinstance(card, OrderCard) and card.items_lang == "dockerfile":
        for lang in ("ko", "en"):
            found.append((f"items ({lang})", "\n".join(i.get(lang) for i in card.items) + "\n", False))
    return found


def deck_dockerfile_problems(deck) -> list[Problem]:
    """Dockerfiles on cards that are wrong, and ones marked broken that are not."""
    out: list[Problem] = []
    for card in deck.cards:
        path, line = deck.locations.get(card.id, (Path("?"), None))
        for where, source, broken in card_dockerfiles(card):
            problems = dockerfile_problems(source)
            if problems and not broken:
                out.extend(Problem(path, line, f"card {card.id!r} {where}: Dockerfile {p}") for p in problems)
            elif broken and not problems:
                out.append(Problem(path, line, f"card {card.id!r} {where}: marked broken: true, but the Dockerfile checker finds nothing wrong"))
    return out


def deck_command_problems(deck) -> list[Problem]:
    """Command cards whose answer or accepted forms the command grammar rejects."""
    out: list[Problem] = []
    for card in deck.cards:
        if not isinstance(card, CommandCard):
            continue
        path, line = deck.locations.get(card.id, (Path("?"), None))
        for where, text in [("answer", card.answer), *((f"accept[{i}]", a) for i, a in enumerate(card.accept))]:
            try:
                parse_command(text)
            except ValueError as exc:
                out.append(Problem(path, line, f"card {card.id!r} {where}: {text!r} is not a command the grader accepts: {exc}"))
    return out


def lint_deck(deck) -> list[Problem]:
    """Checks beyond the schema: Dockerfiles on cards and command answers."""
    return deck_dockerfile_problems(deck) + deck_command_problems(deck)
