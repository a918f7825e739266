"""The content: the curriculum and the cards, each kind defined once, as frozen data classes.

These classes are both what a deck file may say and what the app uses. Reading a file
(quizapp.core.content.loader) validates it against them with pydantic (quizapp.core.content.schema):
each field's type, the constraints in its metadata (pydantic's `Field` arguments, `min_length` and
`pattern`), and each class's `__post_init__` rules, with the line of every problem. This module
itself imports no validation library, so a deck read back from the window's cache is ready
without one: the first card is drawn before pydantic is ever imported.

One class per card type, told apart by `type`. Every string a learner sees is a `Text` (Korean
and English). Code shown on a card (Dockerfiles, commands) is a `Code` block, highlighted when
shown.

Plain data classes, not a faster hand-made record. Measured 2026-12-02 on the shared 2-core
machine (load about 1): importing this module takes 12.0 ms against 1.8 ms for the hand-made
records that a second, pydantic copy of every class used to validate; benchmarks/gui.py's start-up,
interleaved over 30 rounds, 7-12 ms later (startup_ratio 1.53-1.61 before, 1.61-1.66 after: the
target, 1.5, was already missed here), and `quizapp --version` about 12% slower.
"""

from __future__ import annotations

import os
import re
from dataclasses import MISSING, dataclass, field
from pathlib import Path
from typing import Any, Literal, Union

ID_PATTERN = r"^[a-z0-9][a-z0-9-]*[a-z0-9]$"
BLANK_RE = re.compile(r"\{\{(\d+)\}\}")
CARD_TYPES = ("basic", "cloze", "choice", "command", "order")
# A concept's name is a label of a few words; a sentence there would state the fact before the answer.
NAME_MAX = 28
OPTION_NAME_RE = re.compile(r"^[a-z][a-z0-9-]*$")


def checked(default: Any = MISSING, *, default_factory: Any = MISSING, **constraints: Any) -> Any:
    """A field whose `constraints` (pydantic's Field arguments) are checked when a file is read.
    tests/test_content_model.py holds every name to pydantic's list: pydantic ignores unknown ones."""
    return field(default=default, default_factory=default_factory, metadata=constraints)


class FromFile:
    """Read by pydantic when a file is validated: a key the class has no field for is an error."""

    __pydantic_config__ = {"extra": "forbid"}


@dataclass(frozen=True)
class Text(FromFile):
    """One learner-visible string in both languages."""

    ko: str = checked(min_length=1)
    en: str = checked(min_length=1)

    def get(self, lang: str) -> str:
        return self.ko if lang == "ko" else self.en

    def as_dict(self) -> dict[str, str]:
        return {"ko": self.ko, "en": self.en}


@dataclass(frozen=True, kw_only=True)
class Code(FromFile):
    """A code block shown with a card; `lang` picks the Pygments lexer."""

    lang: Literal["dockerfile", "shell", "json", "text", "python", "javascript"] = "text"
    source: str = checked(min_length=1)
    # True where the block is a broken Dockerfile shown as the mistake to spot: the Dockerfile
    # validity test skips it.
    broken: bool = False


@dataclass(frozen=True, kw_only=True)
class _CardBase(FromFile):
    id: str = checked(pattern=ID_PATTERN)
    concepts: list[str] = checked(min_length=1)
    prompt: Text
    code: Code | None = None
    explanation: Text | None = None
    lab: str | None = None
    # Open question id (q-...) when this card answers one of the learner's own questions.
    question: str | None = None


@dataclass(frozen=True, kw_only=True)
class BasicCard(_CardBase):
    type: Literal["basic"] = "basic"
    answer: Text


@dataclass(frozen=True, kw_only=True)
class ClozeCard(_CardBase):
    """`text` holds blanks written {{1}}, {{2}}, ...; `blanks[i]` lists the accepted answers for {{i+1}}.

    Answers are matched regardless of case and surrounding spaces; any listed alternative
    (Korean or English) is accepted in either language.
    """

    type: Literal["cloze"] = "cloze"
    text: Text
    text_lang: Literal["dockerfile", "shell", "text"] = "text"
    blanks: list[list[str]] = checked(min_length=1)

    def __post_init__(self) -> None:
        for lang in ("ko", "en"):
            found = sorted({int(n) for n in BLANK_RE.findall(self.text.get(lang))})
            wanted = list(range(1, len(self.blanks) + 1))
            if found != wanted:
                raise ValueError(
                    f"text.{lang} has blanks {found or 'none'}, but blanks lists {len(self.blanks)} "
                    f"(expected {{{{1}}}}..{{{{{len(self.blanks)}}}}})"
                )
        for i, answers in enumerate(self.blanks, 1):
            if not answers or not all(a.strip() for a in answers):
                raise ValueError(f"blank {i} needs at least one non-empty answer")


@dataclass(frozen=True)
class ChoiceOption(FromFile):
    id: str = checked(pattern=r"^[a-z0-9-]+$")
    text: Text
    correct: bool = False
    # The misconception (curriculum id) this wrong option embodies; its feedback must name it.
    misconception: str | None = None
    feedback: Text | None = None


@dataclass(frozen=True, kw_only=True)
class ChoiceCard(_CardBase):
    type: Literal["choice"] = "choice"
    options: list[ChoiceOption] = checked(min_length=2)

    def __post_init__(self) -> None:
        if not any(o.correct for o in self.options):
            raise ValueError("a choice card needs at least one correct option")
        ids = [o.id for o in self.options]
        if len(set(ids)) != len(ids):
            raise ValueError(f"option ids repeat: {ids}")
        for o in self.options:
            if o.misconception and o.correct:
                raise ValueError(f"option {o.id!r} is correct but names misconception {o.misconception!r}")
            if o.misconception and o.feedback is None:
                raise ValueError(f"option {o.id!r} names a misconception but has no feedback")

    @property
    def multiple(self) -> bool:
        return sum(o.correct for o in self.options) > 1


@dataclass(frozen=True, kw_only=True)
class CommandCard(_CardBase):
    """Type the docker command. `answer` is the reference; any command equivalent to it (or to
    one of `accept`) is right, as judged by quizapp.core.grading."""

    type: Literal["command"] = "command"
    answer: str = checked(min_length=1)
    accept: list[str] = field(default_factory=list)
    # Options that do not matter for this card (canonical long names as the command grammar
    # names them, e.g. `rm` for --rm): an answer that adds, drops or changes one is still right.
    ignore_options: list[str] = field(default_factory=list)
    # Live cards also run the graded answer against the daemon, judged by `lab`'s checks.
    live: bool = False

    def __post_init__(self) -> None:
        for i, name in enumerate(self.ignore_options):
            if not OPTION_NAME_RE.match(name):
                raise ValueError(f"ignore_options[{i}]: {name!r} is not an option's long name as the grammar names it (rm, not --rm)")
        if self.live and not self.lab:
            raise ValueError("a live command card needs a lab whose checks judge it")


@dataclass(frozen=True, kw_only=True)
class OrderCard(_CardBase):
    """Put `items` (given here in the right order) back in order."""

    type: Literal["order"] = "order"
    items: list[Text] = checked(min_length=2)
    items_lang: Literal["dockerfile", "shell", "text"] = "text"


Card = Union[BasicCard, ClozeCard, ChoiceCard, CommandCard, OrderCard]


# ---------------------------------------------------------------------------------------------
# The curriculum


@dataclass(frozen=True)
class Concept(FromFile):
    id: str = checked(pattern=ID_PATTERN)
    section: str = checked(min_length=1)
    # The concept's statement (a fact the cards test): shown with a card's answer, never before it.
    title: Text
    # A short neutral label (이미지 / Image) that names the topic without stating the fact: what a
    # card shows before its answer. None only in a curriculum written before names existed.
    name: Text | None = None

    def __post_init__(self) -> None:
        if self.name is not None:
            for lang in ("ko", "en"):
                if len(self.name.get(lang)) > NAME_MAX:
                    raise ValueError(f"name.{lang} is {len(self.name.get(lang))} characters; a concept's name is a short label (at most {NAME_MAX})")


@dataclass(frozen=True)
class Misconception(FromFile):
    id: str = checked(pattern=ID_PATTERN)
    text: Text


@dataclass(frozen=True)
class Question(FromFile):
    id: str = checked(pattern=r"^q-[a-z0-9-]+$")
    text: Text


@dataclass(frozen=True)
class Lab(FromFile):
    id: str = checked(pattern=ID_PATTERN)
    title: Text
    concepts: list[str] = checked(min_length=1)


@dataclass(frozen=True)
class Curriculum(FromFile):
    """content/curriculum.yaml: the ids every card, lab and statistic refers to."""

    concepts: list[Concept] = field(default_factory=list)
    misconceptions: list[Misconception] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    labs: list[Lab] = field(default_factory=list)

    def __post_init__(self) -> None:
        for kind in ("concepts", "misconceptions", "questions", "labs"):
            ids = [item.id for item in getattr(self, kind)]
            repeated = sorted({i for i in ids if ids.count(i) > 1})
            if repeated:
                raise ValueError(f"{kind}: ids repeat: {', '.join(repeated)}")
        known = set(self.concept_ids)
        for lab in self.labs:
            unknown = [c for c in lab.concepts if c not in known]
            if unknown:
                raise ValueError(f"lab {lab.id!r} names unknown concepts: {', '.join(unknown)}")

    @property
    def concept_ids(self) -> list[str]:
        return [c.id for c in self.concepts]

    @property
    def misconception_ids(self) -> list[str]:
        return [m.id for m in self.misconceptions]

    @property
    def question_ids(self) -> list[str]:
        return [q.id for q in self.questions]

    @property
    def lab_ids(self) -> list[str]:
        return [lab.id for lab in self.labs]

    def concept(self, concept_id: str) -> Concept | None:
        return next((c for c in self.concepts if c.id == concept_id), None)

    def concept_title(self, concept_id: str, lang: str) -> str:
        """The concept's title in `lang`; the id itself when the curriculum does not know it."""
        concept = self.concept(concept_id)
        return concept.title.get(lang) if concept else concept_id

    def concept_name(self, concept_id: str, lang: str) -> str:
        """The concept's short name in `lang`, safe to show before a card's answer. Without a name
        the id is shown: the title states the fact the card asks for."""
        concept = self.concept(concept_id)
        return concept.name.get(lang) if concept is not None and concept.name is not None else concept_id

    def misconception(self, misconception_id: str) -> Misconception | None:
        return next((m for m in self.misconceptions if m.id == misconception_id), None)

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)

    def lab(self, lab_id: str) -> Lab | None:
        return next((lab for lab in self.labs if lab.id == lab_id), None)


# ---------------------------------------------------------------------------------------------
# The deck


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the content: which file, which line (1-based, None if unknown), what."""

    file: Path
    line: int | None
    message: str

    def __str__(self) -> str:
        where = display_path(self.file)
        return f"{where}:{self.line}: {self.message}" if self.line else f"{where}: {self.message}"


def display_path(path: Path) -> str:
    """`path` relative to the working folder when it is under it, else as given."""
    try:
        rel = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)
    return str(path) if rel.startswith("..") else rel


@dataclass
class Deck:
    """Every valid card, in curriculum order, with what was wrong on the way."""

    cards: list[Card] = field(default_factory=list)
    by_id: dict[str, Card] = field(default_factory=dict)
    curriculum: Curriculum = field(default_factory=Curriculum)
    problems: list[Problem] = field(default_factory=list)
    skipped_files: list[Path] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)  # card files that loaded
    # card id -> (file, line of the card), for messages and "edit this card" links
    locations: dict[str, tuple[Path, int]] = field(default_factory=dict)

    def concept_title(self, concept_id: str, lang: str) -> str:
        return self.curriculum.concept_title(concept_id, lang)

    def concept_name(self, concept_id: str, lang: str) -> str:
        return self.curriculum.concept_name(concept_id, lang)

    def cards_for_concept(self, concept_id: str) -> list[Card]:
        return [c for c in self.cards if concept_id in c.concepts]
