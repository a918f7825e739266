"""Load the curriculum and the card files into a Deck, collecting every problem with its line.

Loading never raises for bad content: a card file that does not parse or validate is skipped and
reported (`Deck.skipped_files`, `Deck.problems`), and every valid file still loads. Cross-file
checks (a card id used twice, an id the curriculum does not know) are problems too; the card at
fault is left out of the deck so the rest of the app only ever sees cards that make sense.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

import yaml
from pydantic import ValidationError

from quizapp.core.content.schema import DeckFile, validate
from quizapp.core.paths import content_dir as default_content_dir
from quizapp.core.content.model import CARD_TYPES, Card, ChoiceCard, Curriculum, Deck, Problem, display_path

CURRICULUM_FILE = "curriculum.yaml"
CARDS_DIR = "cards"
CARD_SUFFIXES = (".yaml", ".yml")

__all__ = ["CARDS_DIR", "CURRICULUM_FILE", "Deck", "Problem", "card_files", "load_card_file", "load_content", "load_curriculum"]


# ---------------------------------------------------------------------------------------------
# YAML with line numbers


class _Parsed:
    """A YAML file read once: its data plus its node tree, so errors can point at lines."""

    def __init__(self, data: Any, node: yaml.Node | None):
        self.data = data
        self.node = node

    def line_of(self, loc: Iterable[Any]) -> int:
        """The 1-based line of the deepest key or item `loc` reaches (its parent's when a key is
        missing). A mapping value is reported at its key's line: `prompt:`, not the line below it."""
        node = self.node
        if node is None:
            return 1
        line = node.start_mark.line + 1
        for part in loc:
            found = _child(node, part)
            if found is None:
                if isinstance(part, str) and part in CARD_TYPES:
                    continue  # pydantic's discriminator tag, not a key in the file
                break
            anchor, node = found
            line = anchor.start_mark.line + 1
        return line


def _child(node: yaml.Node, part: Any) -> tuple[yaml.Node, yaml.Node] | None:
    """(node whose line to report, child node) for one step of a pydantic location."""
    if isinstance(node, yaml.MappingNode) and isinstance(part, str):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode) and key.value == part:
                return key, value
    if isinstance(node, yaml.SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
        return node.value[part], node.value[part]
    return None


def _duplicate_keys(node: yaml.Node | None, path: str = "") -> list[tuple[int, str]]:
    """YAML lets a mapping repeat a key and silently keeps the last; we report it instead."""
    found: list[tuple[int, str]] = []
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key, value in node.value:
            name = key.value if isinstance(key, yaml.ScalarNode) else "?"
            if name in seen:
                found.append((key.start_mark.line + 1, f"{path or 'top level'}: key {name!r} appears twice"))
            seen.add(name)
            found.extend(_duplicate_keys(value, f"{path}.{name}" if path else name))
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            found.extend(_duplicate_keys(item, f"{path}[{i}]"))
    return found


def _read_yaml(path: Path) -> tuple[_Parsed | None, list[Problem]]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        return None, [Problem(path, None, f"cannot read: {exc.strerror or exc}")]
    except UnicodeDecodeError as exc:
        return None, [Problem(path, None, f"not UTF-8 text ({exc.reason} at byte {exc.start})")]
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        context = exc.context or ""
        if exc.context and exc.context_mark is not None and mark is not None and exc.context_mark.line != mark.line:
            context += f" started at line {exc.context_mark.line + 1}"
        what = ", ".join(p for p in (context, exc.problem) if p)
        return None, [Problem(path, line, f"YAML syntax error: {what}")]
    except yaml.YAMLError as exc:
        return None, [Problem(path, None, f"YAML error: {exc}")]
    finally:
        loader.dispose()
    problems = [Problem(path, line, msg) for line, msg in _duplicate_keys(node)]
    return _Parsed(data, node), problems


def _format_loc(loc: Iterable[Any]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif isinstance(part, str) and part in CARD_TYPES:
            continue
        elif isinstance(part, str) and part.startswith("function-"):
            continue
        else:
            out += f".{part}" if out else str(part)
    return out or "top level"


def _duplicate_id_problems(path: Path, parsed: _Parsed) -> list[Problem]:
    """Point at each repeated card id itself, not at the `cards:` list the validator blames."""
    found = _child(parsed.node, "cards") if parsed.node is not None else None
    cards = found[1] if found else None
    if not isinstance(cards, yaml.SequenceNode):
        return []
    first: dict[str, int] = {}
    out = []
    for index, card in enumerate(cards.value):
        found_id = _child(card, "id")
        id_node = found_id[1] if found_id else None
        if not isinstance(id_node, yaml.ScalarNode):
            continue
        line = id_node.start_mark.line + 1
        if id_node.value in first:
            out.append(Problem(path, line, f"cards[{index}].id: card id {id_node.value!r} appears twice in this file (first at line {first[id_node.value]})"))
        else:
            first[id_node.value] = line
    return out


# pydantic's error types for a missing and an unknown key (a data class's field is an argument).
MISSING_FIELD = ("missing", "missing_argument", "missing_keyword_only_argument", "missing_positional_only_argument")
UNKNOWN_FIELD = ("extra_forbidden", "unexpected_keyword_argument")


def _validation_problems(path: Path, parsed: _Parsed, exc: ValidationError) -> list[Problem]:
    problems = []
    for err in exc.errors(include_url=False):
        loc = err.get("loc", ())
        message = err.get("msg", "invalid")
        if message.startswith("Value error, "):
            message = message[len("Value error, "):]
        value = err.get("input")
        if err.get("type") == "string_type" and isinstance(value, (int, float, bool)):
            message += f" (YAML read {value!r} as a {type(value).__name__}: put it in quotes)"
        if "appears twice in this file" in message:
            problems.extend(_duplicate_id_problems(path, parsed))
            continue
        if err.get("type") in MISSING_FIELD:
            message = "field required"
        elif err.get("type") in UNKNOWN_FIELD:
            message = "unknown field (not in the schema; a typo?)"
        problems.append(Problem(path, parsed.line_of(loc), f"{_format_loc(loc)}: {message}"))
    # One line per problem, in file order.
    problems.sort(key=lambda p: p.line or 0)
    return problems


# ---------------------------------------------------------------------------------------------
# Loading


def load_curriculum(path: Path) -> tuple[Curriculum | None, list[Problem]]:
    """Read content/curriculum.yaml; None (with problems) when it is missing or invalid."""
    if not path.is_file():
        return None, [Problem(path, None, "curriculum file not found")]
    parsed, problems = _read_yaml(path)
    if parsed is None:
        return None, problems
    try:
        curriculum = validate(Curriculum, parsed.data if parsed.data is not None else {})
    except ValidationError as exc:
        return None, problems + _validation_problems(path, parsed, exc)
    return curriculum, problems


@dataclass
class _LoadedFile:
    path: Path
    cards: list[Card]  # validated
    parsed: _Parsed


def load_card_file(path: Path) -> tuple[_LoadedFile | None, list[Problem]]:
    """Parse and validate one card file on its own (no cross-file checks)."""
    parsed, problems = _read_yaml(path)
    if parsed is None:
        return None, problems
    if parsed.data is None:
        return None, problems + [Problem(path, 1, "the file is empty; expected a top-level 'cards:' list")]
    try:
        deck_file = DeckFile.model_validate(parsed.data)
    except ValidationError as exc:
        return None, problems + _validation_problems(path, parsed, exc)
    return _LoadedFile(path, deck_file.cards, parsed), problems


def card_files(cards_dir: Path) -> list[Path]:
    if not cards_dir.is_dir():
        return []
    return sorted(p for p in cards_dir.iterdir() if p.is_file() and p.suffix in CARD_SUFFIXES)


def _reference_problems(card: Card, index: int, loaded: _LoadedFile, curriculum: Curriculum) -> list[Problem]:
    """Ids on a card that the curriculum does not know."""
    out: list[Problem] = []

    def bad(loc: tuple, message: str) -> None:
        out.append(Problem(loaded.path, loaded.parsed.line_of(("cards", index, *loc)), f"{_format_loc(('cards', index, *loc))}: {message}"))

    concepts = set(curriculum.concept_ids)
    for i, concept_id in enumerate(card.concepts):
        if concept_id not in concepts:
            bad(("concepts", i), f"unknown concept id {concept_id!r} (not in curriculum.yaml)")
    if card.lab is not None and card.lab not in curriculum.lab_ids:
        bad(("lab",), f"unknown lab id {card.lab!r} (not in curriculum.yaml)")
    if card.question is not None and card.question not in curriculum.question_ids:
        bad(("question",), f"unknown question id {card.question!r} (not in curriculum.yaml)")
    if isinstance(card, ChoiceCard):
        misconceptions = set(curriculum.misconception_ids)
        for i, option in enumerate(card.options):
            if option.misconception is not None and option.misconception not in misconceptions:
                bad(("options", i, "misconception"), f"unknown misconception id {option.misconception!r} (not in curriculum.yaml)")
    return out


def load_content(content_dir: Path | None = None) -> Deck:
    """Load curriculum.yaml and every cards/*.yaml under `content_dir` (default: the built-in content).

    Never raises for bad content: see Deck.problems and Deck.skipped_files.
    """
    if content_dir is None:
        content_dir = default_content_dir()
    content_dir = Path(content_dir)
    deck = Deck()
    curriculum, problems = load_curriculum(content_dir / CURRICULUM_FILE)
    deck.problems.extend(problems)
    if curriculum is not None:
        deck.curriculum = curriculum

    files = card_files(content_dir / CARDS_DIR)
    if not files:
        deck.problems.append(Problem(content_dir / CARDS_DIR, None, "no card files (*.yaml) found"))

    order = {cid: i for i, cid in enumerate(deck.curriculum.concept_ids)}
    keyed: list[tuple[tuple[int, int, int], Card]] = []
    for file_index, path in enumerate(files):
        loaded, problems = load_card_file(path)
        deck.problems.extend(problems)
        if loaded is None:
            deck.skipped_files.append(path)
            continue
        deck.files.append(path)
        for index, card in enumerate(loaded.cards):
            line = loaded.parsed.line_of(("cards", index))
            if card.id in deck.by_id:
                first_path, first_line = deck.locations[card.id]
                deck.problems.append(
                    Problem(path, line, f"cards[{index}].id: card id {card.id!r} is already used at {display_path(first_path)}:{first_line}")
                )
                continue
            if curriculum is not None:
                refs = _reference_problems(card, index, loaded, curriculum)
                if refs:
                    deck.problems.extend(refs)
                    continue
            deck.by_id[card.id] = card
            deck.locations[card.id] = (path, line)
            keyed.append(((order.get(card.concepts[0], len(order)), file_index, index), card))
    keyed.sort(key=lambda pair: pair[0])
    deck.cards = [card for _, card in keyed]
    return deck
