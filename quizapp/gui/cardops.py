"""What the card editor and Browse's card actions ask of the core, as plain functions run on the
worker thread (as ops.py does for studying): no widget here, so each can be tested on its own.

- The editor's fields (`CardFields`, plain strings as typed) become a deck-format entry through
  `owncards.card_entry`; `field_problems` finds what the learner left out or typed wrong in words
  the window can say in both languages (codes the editor translates, and the grader's own Korean
  and English for a command it cannot parse); what only the deck's checks find comes back from
  `Collection.add_own_card` as `owncards.OwnCardError`, the same checks as `quizapp content check`.
- Suspend, bury and flag toggle, as Anki's browser does, and return the core's `CardsChanged`
  with each changed card's new place, so Browse redraws only those rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from quizapp.core.lazy import LazyModule
from quizapp.core.owncards import OwnCardError, both_text, card_entry, check_entry, new_card_id, own_cards_path

# The grader (83 ms) checks a command as it is typed; PyYAML reads an own card back to edit it.
grading_command = LazyModule("quizapp.core.grading.command")
yaml = LazyModule("yaml")

BLANK = re.compile(r"\{\{(\d+)\}\}")


def lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


@dataclass
class CardFields:
    """The editor's fields as typed. Pairs are (Korean, English); an empty side takes the other's
    text, since many cards (commands, short terms) read the same in both languages."""

    card_type: str = "basic"
    concepts: list[str] = field(default_factory=list)
    prompt: tuple[str, str] = ("", "")  # cloze: the text with its blanks {{1}}, {{2}}, ...
    answer: tuple[str, str] = ("", "")  # basic
    command: str = ""  # command: the answer
    accept: str = ""  # command: other accepted forms, one per line
    blanks: str = ""  # cloze: one line per blank, alternatives split by |
    right: tuple[str, str] = ("", "")  # choice: the right options, one per line
    wrong: tuple[str, str] = ("", "")  # choice: the wrong options, one per line
    items: tuple[str, str] = ("", "")  # order: the items in the right order, one per line
    explanation: tuple[str, str] = ("", "")


@dataclass(frozen=True)
class FieldProblem:
    """Something to fix before a card can be saved, on one field of the editor.

    `code` says what, for the editor to put in words (with `params`); `text`, when given, is the
    core's own words in both languages (a command the grader cannot parse); `detail` is a deck
    check's message, which the core writes in English only."""

    field: str  # a CardFields name, or "" for the card as a whole
    code: str
    params: tuple[tuple[str, Any], ...] = ()
    text: tuple[tuple[str, str], ...] = ()  # {"ko": ..., "en": ...} as pairs (frozen)
    detail: str = ""


def both(pair: tuple[str, str]) -> dict[str, str]:
    ko, en = (part.strip() for part in pair)
    return {"ko": ko or en, "en": en or ko}


def paired_lines(pair: tuple[str, str]) -> list[dict[str, str]] | None:
    """One {"ko", "en"} per line; None when English is given but has another number of lines."""
    ko, en = lines(pair[0]), lines(pair[1])
    if ko and en and len(ko) != len(en):
        return None
    ko, en = ko or en, en or ko
    return [{"ko": k, "en": e} for k, e in zip(ko, en)]


def _command_problem(name: str, text: str) -> FieldProblem | None:
    try:
        grading_command.parse_command(text)
    except ValueError as exc:
        message = getattr(exc, "message", None) or {"ko": str(exc), "en": str(exc)}
        return FieldProblem(name, "not_command", (("command", text),), tuple(message.items()))
    return None


def field_problems(fields: CardFields) -> list[FieldProblem]:
    """What the editor can tell at once, in both languages; [] when the deck's checks come next."""
    out: list[FieldProblem] = []
    kind = fields.card_type
    if not any(part.strip() for part in fields.prompt):
        out.append(FieldProblem("prompt", "empty"))
    if kind == "basic" and not any(part.strip() for part in fields.answer):
        out.append(FieldProblem("answer", "empty"))
    elif kind == "command":
        if not fields.command.strip():
            out.append(FieldProblem("command", "empty"))
        else:
            found = _command_problem("command", fields.command.strip())
            out += [found] if found else []
        for other in lines(fields.accept):
            found = _command_problem("accept", other)
            out += [found] if found else []
    elif kind == "cloze":
        answers = lines(fields.blanks)
        for text in (t for t in fields.prompt if t.strip()):
            numbers = sorted({int(n) for n in BLANK.findall(text)})
            if not numbers:
                out.append(FieldProblem("prompt", "no_blanks"))
                break
            if answers and len(answers) != max(numbers):
                out.append(FieldProblem("blanks", "blank_count", (("blanks", max(numbers)), ("lines", len(answers)))))
                break
        if not answers:
            out.append(FieldProblem("blanks", "empty"))
    elif kind == "choice":
        for name in ("right", "wrong"):
            pair = getattr(fields, name)
            found = paired_lines(pair)
            if found is None:
                out.append(FieldProblem(name, "lines_differ"))
            elif not found:
                out.append(FieldProblem(name, "empty"))
    elif kind == "order":
        found = paired_lines(fields.items)
        if found is None:
            out.append(FieldProblem("items", "lines_differ"))
        elif len(found) < 2:
            out.append(FieldProblem("items", "too_few"))
    if not fields.concepts:
        out.append(FieldProblem("concepts", "none"))
    return out


def entry_of(fields: CardFields, card_id: str) -> dict[str, Any]:
    """The card in the deck format (content/README.md), from fields without field_problems."""
    kind = fields.card_type
    wrong = None
    if kind == "basic":
        answers = [both(fields.answer)]
    elif kind == "command":
        answers = [both_text(text) for text in [fields.command.strip(), *lines(fields.accept)]]
    elif kind == "cloze":
        answers = [both_text(text) for text in lines(fields.blanks)]
    elif kind == "choice":
        answers = paired_lines(fields.right) or []
        wrong = paired_lines(fields.wrong) or []
    else:
        answers = paired_lines(fields.items) or []
    explanation = both(fields.explanation) if any(p.strip() for p in fields.explanation) else None
    return card_entry(
        kind, card_id=card_id, prompt=both(fields.prompt), answers=answers, concepts=list(fields.concepts), wrong=wrong, explanation=explanation
    )


def fields_of(card: Any) -> CardFields:
    """A card of the deck as the editor's fields (to edit an own card, or copy a built-in one)."""
    kind = card.type
    explanation = (card.explanation.ko, card.explanation.en) if card.explanation is not None else ("", "")
    fields = CardFields(card_type=kind, concepts=list(card.concepts), prompt=(card.prompt.ko, card.prompt.en), explanation=explanation)
    if kind == "basic":
        fields.answer = (card.answer.ko, card.answer.en)
    elif kind == "command":
        fields.command = card.answer
        fields.accept = "\n".join(card.accept)
    elif kind == "cloze":
        fields.prompt = (card.text.ko, card.text.en)
        fields.blanks = "\n".join(" | ".join(alternatives) for alternatives in card.blanks)
    elif kind == "choice":
        right = [o.text for o in card.options if o.correct]
        wrong = [o.text for o in card.options if not o.correct]
        fields.right = ("\n".join(t.ko for t in right), "\n".join(t.en for t in right))
        fields.wrong = ("\n".join(t.ko for t in wrong), "\n".join(t.en for t in wrong))
    elif kind == "order":
        fields.items = ("\n".join(t.ko for t in card.items), "\n".join(t.en for t in card.items))
    return fields


# What card_entry writes; every other key of an edited card (its code block, lab, ...) is kept.
_WRITTEN = {"id", "type", "concepts", "prompt", "answer", "accept", "text", "blanks", "options", "items", "explanation"}
_ANY_TYPE = {"code", "lab", "question"}  # keys every card type may have


def _kept_keys(collection: Any, card_id: str, new_type: str) -> dict[str, Any]:
    """The keys of the own card `card_id` the editor does not show, to keep on saving it."""


    path = own_cards_path(collection.data_dir)
    if not path.is_file():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    old = next((e for e in data.get("cards") or [] if isinstance(e, dict) and e.get("id") == card_id), None)
    if old is None:
        return {}
    keep = {k: v for k, v in old.items() if k not in _WRITTEN}
    return keep if old.get("type") == new_type else {k: v for k, v in keep.items() if k in _ANY_TYPE}


def _field_of(message: str, card_type: str) -> tuple[str, str]:
    """(the editor's field, the message without its field path) for a deck check's message."""
    head, sep, rest = message.partition(": ")
    if not sep or " " in head:
        return "", message
    name = re.split(r"[.\[]", head, maxsplit=1)[0]
    where = {
        "prompt": "prompt",
        "text": "prompt",
        "answer": "command" if card_type == "command" else "answer",
        "accept": "accept",
        "blanks": "blanks",
        "options": "right",
        "items": "items",
        "concepts": "concepts",
        "explanation": "explanation",
    }.get(name, "")
    return where, rest


@dataclass(frozen=True)
class SaveOutcome:
    card_id: str | None  # the card saved; None when nothing was
    problems: tuple[FieldProblem, ...] = ()
    added: bool = True  # a new card (else one of the learner's replaced)


def save_card(collection: Any, fields: CardFields, editing: str | None = None) -> SaveOutcome:
    """Add the card, or put it in place of the own card `editing`. A built-in card is never
    changed: given one, this adds a new card of the learner's own."""
    problems = field_problems(fields)
    if problems:
        return SaveOutcome(None, tuple(problems))
    replacing = editing if editing is not None and collection.is_mine(editing) else None
    card_id = replacing or new_card_id(collection.deck, fields.concepts[0])
    entry = entry_of(fields, card_id)
    try:
        if replacing:
            entry = {**entry, **_kept_keys(collection, replacing, fields.card_type)}
            collection.replace_own_card(replacing, entry)
        else:
            collection.add_own_card(entry)
    except OwnCardError as exc:
        found = []
        for problem in exc.problems:
            where, rest = _field_of(problem.message, fields.card_type)
            found.append(FieldProblem(where, "deck_check", detail=rest))
        return SaveOutcome(None, tuple(found))
    return SaveOutcome(card_id, added=replacing is None)


def check_card(collection: Any, fields: CardFields) -> list[FieldProblem]:
    """The problems saving would find, without saving (to clear the messages as they are fixed)."""
    problems = field_problems(fields)
    if problems:
        return problems
    entry = entry_of(fields, new_card_id(collection.deck, fields.concepts[0]))
    out = []
    for problem in check_entry(entry, collection.deck):
        where, rest = _field_of(problem.message, fields.card_type)
        out.append(FieldProblem(where, "deck_check", detail=rest))
    return out


# ----- Anki's controls ---------------------------------------------------------------------------
@dataclass(frozen=True)
class CardsAction:
    change: Any  # collection.CardsChanged
    # each changed card's new place: (hidden_as: shown, suspended or buried; flag)
    now: dict[str, tuple[str, int]]


def _after(collection: Any, change: Any) -> CardsAction:
    now = {}
    for card_id in change.changed:
        status = collection.status(card_id)
        if status is not None:
            now[card_id] = (status.hidden_as, status.flag)
    return CardsAction(change, now)


def toggle_suspend(collection: Any, card_ids: list[str]) -> CardsAction:
    """Suspend the cards, or unsuspend them when every one is suspended (Anki's Ctrl+J)."""
    statuses = [collection.status(i) for i in card_ids]
    every = bool(card_ids) and all(s is not None and s.hidden_as == "suspended" for s in statuses)
    return _after(collection, collection.unsuspend(card_ids) if every else collection.suspend(card_ids))


def toggle_bury(collection: Any, card_ids: list[str]) -> CardsAction:
    statuses = [collection.status(i) for i in card_ids]
    every = bool(card_ids) and all(s is not None and s.hidden_as == "buried" for s in statuses)
    return _after(collection, collection.unbury(card_ids) if every else collection.bury(card_ids))


def toggle_flag(collection: Any, card_ids: list[str], flag: int) -> CardsAction:
    """Set the flag, or take it off when every card has it already (as Anki's Ctrl+1..7)."""
    statuses = [collection.status(i) for i in card_ids]
    every = bool(card_ids) and all(s is not None and s.flag == flag for s in statuses)
    return _after(collection, collection.flag(card_ids, 0 if every else flag))
