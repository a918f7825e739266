"""The content as the app uses it: the curriculum and the cards, as plain frozen data classes.

Deck files are validated when they are read (quizapp.core.content.schema, with pydantic, which
knows every rule and the line each problem is on); what passes is turned into these classes. They
carry no validation library, so a deck read back from the window's cache is ready without one:
the first card is drawn before pydantic is ever imported.

One class per card type, told apart by `type`. Every string a learner sees is a `Text` (Korean
and English). Code shown on a card (Dockerfiles, commands) is a `Code` block, highlighted when
shown.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Union

ID_PATTERN = r"^[a-z0-9][a-z0-9-]*[a-z0-9]$"
BLANK_RE = re.compile(r"\{\{(\d+)\}\}")
CARD_TYPES = ("basic", "cloze", "choice", "command", "order")


class Record:
    """A frozen record, compared, hashed, shown and pickled by value.

    The fields are the class's annotated names (a base class's first, in order, so they may also
    be given by position); a class attribute of the same name is the default (a list default is
    copied for each record). This does what `@dataclass(frozen=True)` would, without generating
    code with exec() for each class (about 1 ms a class): these classes are created on the way to
    the window's first card.
    """

    __fields__: tuple[str, ...] = ()
    __required__: frozenset[str] = frozenset()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        own = [name for name in cls.__dict__.get("__annotations__", {}) if not name.startswith("_")]
        cls.__fields__ = tuple(name for name in cls.__fields__ if name not in own) + tuple(own)
        cls.__required__ = frozenset(name for name in cls.__fields__ if not hasattr(cls, name))

    def __init__(self, *args: Any, **values: Any) -> None:
        if args:
            if len(args) > len(self.__fields__):
                raise TypeError(f"{type(self).__name__}(): {len(args)} values for {len(self.__fields__)} fields")
            values = {**dict(zip(self.__fields__, args)), **values}
        missing = self.__required__.difference(values)
        unknown = set(values).difference(self.__fields__)
        if missing or unknown:
            what = [f"missing {', '.join(sorted(missing))}"] if missing else []
            what += [f"unknown {', '.join(sorted(unknown))}"] if unknown else []
            raise TypeError(f"{type(self).__name__}(): {'; '.join(what)}")
        state = self.__dict__
        for name in self.__fields__:
            if name in values:
                state[name] = values[name]
            else:
                default = getattr(type(self), name)
                state[name] = list(default) if isinstance(default, list) else default

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} is frozen: cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is frozen: cannot delete {name!r}")

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self.__dict__ == other.__dict__

    def __hash__(self) -> int:
        return hash((type(self), *self.__dict__.values()))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())})"


class Text(Record):
    """One learner-visible string in both languages."""

    ko: str
    en: str

    def get(self, lang: str) -> str:
        return self.ko if lang == "ko" else self.en

    def as_dict(self) -> dict[str, str]:
        return {"ko": self.ko, "en": self.en}


class Code(Record):
    """A code block shown with a card; `lang` picks the Pygments lexer."""

    lang: str = "text"  # dockerfile, shell, json, text, python or javascript
    source: str
    # True where the block is a broken Dockerfile shown as the mistake to spot: the Dockerfile
    # validity test skips it.
    broken: bool = False


class _CardBase(Record):
    id: str
    concepts: list[str]
    prompt: Text
    code: Code | None = None
    explanation: Text | None = None
    lab: str | None = None
    # Open question id (q-...) when this card answers one of the learner's own questions.
    question: str | None = None


class BasicCard(_CardBase):
    type: str = "basic"
    answer: Text


class ClozeCard(_CardBase):
    """`text` holds blanks written {{1}}, {{2}}, ...; `blanks[i]` lists the accepted answers for {{i+1}}.

    Answers are matched regardless of case and surrounding spaces; any listed alternative
    (Korean or English) is accepted in either language.
    """

    type: str = "cloze"
    text: Text
    text_lang: str = "text"
    blanks: list[list[str]]


class ChoiceOption(Record):
    id: str
    text: Text
    correct: bool = False
    # The misconception (curriculum id) this wrong option embodies; its feedback names it.
    misconception: str | None = None
    feedback: Text | None = None


class ChoiceCard(_CardBase):
    type: str = "choice"
    options: list[ChoiceOption]

    @property
    def multiple(self) -> bool:
        return sum(o.correct for o in self.options) > 1


class CommandCard(_CardBase):
    """Type the docker command. `answer` is the reference; any command equivalent to it (or to
    one of `accept`) is right, as judged by quizapp.core.grading."""

    type: str = "command"
    answer: str
    accept: list[str] = []
    # Options that do not matter for this card (canonical long names, e.g. `rm`): an answer that
    # adds, drops or changes one is still right.
    ignore_options: list[str] = []
    # Live cards also run the graded answer against the daemon, judged by `lab`'s checks.
    live: bool = False


class OrderCard(_CardBase):
    """Put `items` (given here in the right order) back in order."""

    type: str = "order"
    items: list[Text]
    items_lang: str = "text"


Card = Union[BasicCard, ClozeCard, ChoiceCard, CommandCard, OrderCard]


# ---------------------------------------------------------------------------------------------
# The curriculum


class Concept(Record):
    id: str
    section: str
    # The concept's statement (a fact the cards test): shown with a card's answer, never before it.
    title: Text
    # A short neutral label (이미지 / Image) that names the topic without stating the fact: what a
    # card shows before its answer. None only in a curriculum written before names existed.
    name: Text | None = None


class Misconception(Record):
    id: str
    text: Text


class Question(Record):
    id: str
    text: Text


class Lab(Record):
    id: str
    title: Text
    concepts: list[str]


class Curriculum(Record):
    """content/curriculum.yaml: the ids every card, lab and statistic refers to."""

    concepts: list[Concept] = []
    misconceptions: list[Misconception] = []
    questions: list[Question] = []
    labs: list[Lab] = []

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


class Problem(Record):
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
