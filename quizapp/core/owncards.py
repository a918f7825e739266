"""The learner's own cards: one YAML file in the data folder, in the deck format (content/README.md),
so it can be diffed, backed up and moved with the database.

- Every change (add, import, replace, remove) builds the whole new file, validates it as
  `quizapp content check` validates a card file (schema, curriculum ids, Dockerfiles, command answers
  against the command grammar, card ids against the built-in deck), and only then replaces the file
  in one rename. A bad card raises OwnCardError with every problem and leaves the file as it was.
- `with_own_cards(deck, data_dir)` is what opening a collection uses: the built-in deck plus the own
  cards, as a new Deck, and the ids of the own cards ("mine"). The validated cards are kept as a
  pickle keyed by the file and the curriculum, so a start with own cards needs no YAML or pydantic.
- Nothing here imports Qt; every operation returns what it changed.
"""

from __future__ import annotations

import os
import pickle
import random
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from quizapp.core import content
from quizapp.core.content.model import CARD_TYPES, Deck, Problem, display_path
from quizapp.core.lazy import LazyModule
from quizapp.core.store import fingerprint

# Opening a collection reads the own cards from their cache and needs none of these; reading or
# writing the YAML does: the loader (with pydantic) 93 ms, the content check (dockerfile-parse,
# the grader) 117 ms, PyYAML 12 ms (measured 2026-12-02 on the 2-core machine).
loader = LazyModule("quizapp.core.content.loader")
contentcheck = LazyModule("quizapp.core.contentcheck")
yaml = LazyModule("yaml")

OWN_DIRNAME = "my-cards"
OWN_FILENAME = "cards.yaml"
ID_PREFIX = "mine-"
CACHE_DIRNAME = "cache"
_HEADER = (
    "# Your own quizapp cards, in the deck format of quizapp's content/README.md.\n"
    "# quizapp rewrites this file when you add, import or edit cards in the app; you may edit it by\n"
    "# hand too (`quizapp content check` checks it). A card with a problem is left out and reported.\n"
)


class OwnCardError(ValueError):
    """The cards were refused; `problems` says why, each with its file and line, and nothing was written."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass(frozen=True)
class OwnCardsChange:
    """What one change to the own cards did. The ids are the cards' ids in the deck."""

    path: Path  # the own cards' file
    added: tuple[str, ...] = ()
    replaced: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()


@dataclass(frozen=True)
class OwnCards:
    cards: list[Any] = field(default_factory=list)  # model cards, in file order
    locations: dict[str, tuple[Path, int]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


def own_cards_path(data_dir: Path | str) -> Path:
    return Path(data_dir) / OWN_DIRNAME / OWN_FILENAME


# ---------------------------------------------------------------------------------------------
# Checking


def check_card_file(path: Path, deck: Deck, *, ignore_ids: Iterable[str] = ()) -> tuple[Any, list[Problem]]:
    """(the file's validated cards or None, every problem): the checks of `quizapp content check`
    on one card file, against `deck`'s curriculum, plus card ids already in `deck` (but for
    `ignore_ids`, the cards the file replaces)."""
    loaded, problems = loader.load_card_file(path)
    if loaded is None:
        return None, problems
    ignore = set(ignore_ids)
    for index, card in enumerate(loaded.cards):
        line = loaded.parsed.line_of(("cards", index))
        problems.extend(loader._reference_problems(card, index, loaded, deck.curriculum))
        if card.id in deck.by_id and card.id not in ignore:
            first_path, first_line = deck.locations.get(card.id, (Path("?"), 0))
            problems.append(
                Problem(path, line, f"cards[{index}].id: card id {card.id!r} is already used at {display_path(first_path)}:{first_line}")
            )
    single = Deck(cards=list(loaded.cards))
    single.locations = {c.id: (path, loaded.parsed.line_of(("cards", i))) for i, c in enumerate(loaded.cards)}
    problems.extend(contentcheck.lint_deck(single))
    problems.sort(key=lambda p: p.line or 0)
    return (loaded if not problems else None), problems


# ---------------------------------------------------------------------------------------------
# Loading


def _curriculum_key(deck: Deck) -> str:
    c = deck.curriculum
    return fingerprint("|".join(",".join(ids) for ids in (c.concept_ids, c.lab_ids, c.question_ids, c.misconception_ids)))


def _cache_key(path: Path, deck: Deck) -> str:
    here = Path(content.__file__).parent
    parts = [str(path.resolve()), _curriculum_key(deck), ",".join(sorted(deck.by_id))]
    for code in (here / "model.py", here / "schema.py", here / "loader.py", Path(__file__).parent / "contentcheck.py", Path(__file__)):
        st = code.stat()
        parts.append(f"{code.name}:{st.st_size}:{st.st_mtime_ns}")
    st = path.stat()
    parts.append(f"{st.st_size}:{st.st_mtime_ns}")
    return fingerprint("\n".join(parts))


def load_own_cards(data_dir: Path | str, deck: Deck) -> OwnCards:
    """The valid own cards. A file with problems loads every card that has none (as the content
    loader does with its files) and reports the rest; a missing file is no cards."""
    path = own_cards_path(data_dir)
    if not path.is_file():
        return OwnCards()
    cache = Path(data_dir) / CACHE_DIRNAME / "own-cards.pickle"
    try:
        key: str | None = _cache_key(path, deck)
    except OSError:
        key = None
    try:
        with open(cache, "rb") as f:
            cached_key, cached = pickle.load(f)
        if key is not None and cached_key == key and isinstance(cached, OwnCards):
            return cached
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        pass  # no cache yet, or one that cannot be read: read the YAML
    own = _read_own_cards(path, deck)
    if key is not None:
        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            tmp = cache.with_suffix(".tmp")
            with open(tmp, "wb") as f:
                pickle.dump((key, own), f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, cache)
        except OSError:
            pass  # a read-only data folder: read the YAML again next time
    return own


def _read_own_cards(path: Path, deck: Deck) -> OwnCards:
    loaded, problems = check_card_file(path, deck)
    if loaded is not None:
        return OwnCards(
            cards=list(loaded.cards),
            locations={c.id: (path, loaded.parsed.line_of(("cards", i))) for i, c in enumerate(loaded.cards)},
        )
    # Some card is bad: keep each card that is fine on its own, as the content loader keeps files.
    bad_lines = {p.line for p in problems}
    whole, _ = loader.load_card_file(path)
    if whole is None:
        return OwnCards(problems=problems)
    cards, locations = [], {}
    starts = [whole.parsed.line_of(("cards", i)) for i in range(len(whole.cards))] + [10**9]
    for i, card in enumerate(whole.cards):
        if any(line is not None and starts[i] <= line < starts[i + 1] for line in bad_lines):
            continue
        cards.append(card)
        locations[card.id] = (path, starts[i])
    return OwnCards(cards=cards, locations=locations, problems=problems)


def with_own_cards(deck: Deck, data_dir: Path | str) -> tuple[Deck, frozenset[str]]:
    """A new deck: `deck` plus the learner's own cards, each placed after the built-in cards of its
    first concept; and the own cards' ids. `deck` itself is not changed (the window caches it)."""
    own = load_own_cards(data_dir, deck)
    if not own.cards and not own.problems:
        return deck, frozenset()
    order = {cid: i for i, cid in enumerate(deck.curriculum.concept_ids)}
    mine = [c for c in own.cards if c.id not in deck.by_id]
    keyed = [((order.get(c.concepts[0], len(order)), 0, i), c) for i, c in enumerate(deck.cards)]
    keyed += [((order.get(c.concepts[0], len(order)), 1, i), c) for i, c in enumerate(mine)]
    keyed.sort(key=lambda pair: pair[0])
    merged = Deck(
        cards=[c for _, c in keyed],
        by_id={**deck.by_id, **{c.id: c for c in mine}},
        curriculum=deck.curriculum,
        problems=deck.problems + own.problems,
        skipped_files=list(deck.skipped_files),
        files=deck.files + [own_cards_path(data_dir)],
        locations={**deck.locations, **{c.id: own.locations[c.id] for c in mine}},
    )
    return merged, frozenset(c.id for c in mine)


# ---------------------------------------------------------------------------------------------
# Changing


def _read_entries(path: Path) -> list[dict[str, Any]]:
    """The own file's cards as plain YAML data (to write back with a change)."""
    if not path.is_file():
        return []
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    cards = data.get("cards") if isinstance(data, dict) else None
    return list(cards) if isinstance(cards, list) else []


def _dump(entries: list[dict[str, Any]]) -> str:
    return _HEADER + yaml.safe_dump({"cards": entries}, allow_unicode=True, sort_keys=False, width=100)


def _builtin_deck(deck: Deck, own_ids: Iterable[str]) -> Deck:
    """`deck` without the own cards: what a new own file is checked against."""
    own = set(own_ids)
    return Deck(
        cards=[c for c in deck.cards if c.id not in own],
        by_id={k: v for k, v in deck.by_id.items() if k not in own},
        curriculum=deck.curriculum,
        locations={k: v for k, v in deck.locations.items() if k not in own},
    )


def _write_checked(data_dir: Path | str, entries: list[dict[str, Any]], deck: Deck, own_ids: Iterable[str]) -> list[Problem]:
    """Write `entries` as the own file if the whole file passes; else return its problems."""
    path = own_cards_path(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".cards-", suffix=".yaml", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(_dump(entries))
        _, problems = check_card_file(tmp, _builtin_deck(deck, own_ids))
        if problems:
            # Name the file being changed, not the scratch copy.
            return [Problem(path, p.line, p.message) for p in problems]
        os.replace(tmp, path)
        return []
    finally:
        tmp.unlink(missing_ok=True)


def import_file(data_dir: Path | str, deck: Deck, own_ids: Iterable[str], source: Path | str) -> OwnCardsChange:
    """Add every card of a card file (deck format) to the own cards: all or none. The file is
    checked on its own first, so its problems name its own lines."""
    source = Path(source)
    if not source.is_file():
        raise OwnCardError([Problem(source, None, "no such file")])
    loaded, problems = check_card_file(source, deck)
    if problems:
        raise OwnCardError(problems)
    new_entries = _read_entries(source)
    entries = _read_entries(own_cards_path(data_dir)) + new_entries
    problems = _write_checked(data_dir, entries, deck, own_ids)
    if problems:
        raise OwnCardError(problems)
    return OwnCardsChange(own_cards_path(data_dir), added=tuple(c.id for c in loaded.cards))


def add_card(data_dir: Path | str, deck: Deck, own_ids: Iterable[str], entry: dict[str, Any]) -> OwnCardsChange:
    """Add one card, given in the deck format as plain data (see card_entry)."""
    problems = check_entry(entry, deck)
    if problems:
        raise OwnCardError(problems)
    entries = _read_entries(own_cards_path(data_dir)) + [entry]
    problems = _write_checked(data_dir, entries, deck, own_ids)
    if problems:
        raise OwnCardError(problems)
    return OwnCardsChange(own_cards_path(data_dir), added=(entry["id"],))


def replace_card(data_dir: Path | str, deck: Deck, own_ids: Iterable[str], card_id: str, entry: dict[str, Any]) -> OwnCardsChange:
    """Put `entry` in place of the own card `card_id` (its id may stay or change)."""
    if card_id not in set(own_ids):
        raise OwnCardError([Problem(own_cards_path(data_dir), None, f"{card_id!r} is not one of your cards")])
    problems = check_entry(entry, _builtin_deck(deck, own_ids))
    if problems:
        raise OwnCardError(problems)
    entries = [entry if e.get("id") == card_id else e for e in _read_entries(own_cards_path(data_dir))]
    problems = _write_checked(data_dir, entries, deck, own_ids)
    if problems:
        raise OwnCardError(problems)
    return OwnCardsChange(own_cards_path(data_dir), replaced=(card_id,))


def remove_card(data_dir: Path | str, deck: Deck, own_ids: Iterable[str], card_id: str) -> OwnCardsChange:
    """Take an own card out of the file; its review history stays in the database (hidden)."""
    if card_id not in set(own_ids):
        raise OwnCardError([Problem(own_cards_path(data_dir), None, f"{card_id!r} is not one of your cards")])
    entries = [e for e in _read_entries(own_cards_path(data_dir)) if e.get("id") != card_id]
    problems = _write_checked(data_dir, entries, deck, own_ids) if entries else []
    if problems:
        raise OwnCardError(problems)
    if not entries:
        own_cards_path(data_dir).unlink(missing_ok=True)
    return OwnCardsChange(own_cards_path(data_dir), removed=(card_id,))


def check_entry(entry: dict[str, Any], deck: Deck) -> list[Problem]:
    """One card, as plain data, checked alone (problems name the place `card:` and its fields)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "card.yaml"
        path.write_text(_dump([entry]), encoding="utf-8")
        _, problems = check_card_file(path, deck)
    return [Problem(Path("card"), None, re.sub(r"^(cards\[0\][.:]?|card '[^']*')\s*", "", p.message)) for p in problems]


# ---------------------------------------------------------------------------------------------
# A card from a few fields (the command line's `cards add`, a simple editor)


def both_text(ko: str, en: str | None = None) -> dict[str, str]:
    return {"ko": ko, "en": en if en else ko}


def card_entry(
    card_type: str,
    *,
    card_id: str,
    prompt: dict[str, str],
    answers: list[dict[str, str]],
    concepts: list[str],
    wrong: list[dict[str, str]] | None = None,
    explanation: dict[str, str] | None = None,
) -> dict[str, Any]:
    """A card in the deck format from its parts. `answers` are:
    basic: one text; command: the command, then other accepted forms; cloze: one per blank
    (alternatives split by `|`), with the blanks `{{1}}`.. in `prompt`; choice: the right options
    (`wrong` the others); order: the items in the right order."""
    if card_type not in CARD_TYPES:
        raise OwnCardError([Problem(Path("type"), None, f"{card_type!r} is not a card type; use one of {', '.join(CARD_TYPES)}")])
    entry: dict[str, Any] = {"id": card_id, "type": card_type, "concepts": list(concepts)}
    first = answers[0] if answers else {"ko": "", "en": ""}
    if card_type == "basic":
        entry["prompt"] = prompt
        entry["answer"] = first
    elif card_type == "command":
        entry["prompt"] = prompt
        entry["answer"] = first["en"]
        if len(answers) > 1:
            entry["accept"] = [a["en"] for a in answers[1:]]
    elif card_type == "cloze":
        entry["prompt"] = {"ko": "빈칸을 채우세요", "en": "Fill in the blanks"}
        entry["text"] = prompt
        entry["blanks"] = [[alt.strip() for alt in a["en"].split("|")] for a in answers]
    elif card_type == "choice":
        entry["prompt"] = prompt
        options = [(a, True) for a in answers] + [(w, False) for w in (wrong or [])]
        random.Random(card_id).shuffle(options)  # the right ones first would give them away
        entry["options"] = [
            {"id": f"o{i}", "text": text, **({"correct": True} if right else {})} for i, (text, right) in enumerate(options, 1)
        ]
    elif card_type == "order":
        entry["prompt"] = prompt
        entry["items"] = list(answers)
    if explanation:
        entry["explanation"] = explanation
    return entry


def new_card_id(deck: Deck, concept: str) -> str:
    """`mine-<concept>-<n>`, the first n no card uses."""
    base = ID_PREFIX + re.sub(r"[^a-z0-9-]", "", concept.lower()).strip("-") if concept else ID_PREFIX + "card"
    n = 1
    while f"{base}-{n}" in deck.by_id:
        n += 1
    return f"{base}-{n}"


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[\w-]+", text.lower()) if len(w) > 1}


def guess_concept(deck: Deck, text: str) -> str | None:
    """The concept whose cards and title share the most words with `text` (for a card added without
    one); None when nothing is shared."""
    wanted = _words(text)
    best, best_score = None, 0
    for concept in deck.curriculum.concepts:
        words = _words(f"{concept.id} {concept.title.ko} {concept.title.en}")
        for card in deck.cards_for_concept(concept.id):
            words |= _words(card.prompt.en + " " + card.prompt.ko + " " + str(getattr(card, "answer", "")))
        score = len(wanted & words)
        if score > best_score:
            best, best_score = concept.id, score
    return best
