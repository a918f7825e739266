"""What a deck file may say, validated by pydantic when content is read.

One model per card type, discriminated by `type`, and the curriculum's models. Everything that
validates is turned into the plain classes of quizapp.core.content.model (`to_plain`), which the
rest of the app uses; pydantic is needed only to read YAML, never to use a loaded deck.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from quizapp.core.content import model
from quizapp.core.content.model import BLANK_RE, CARD_TYPES, ID_PATTERN

NAME_MAX = 28

__all__ = ["BLANK_RE", "CARD_TYPES", "ID_PATTERN", "Card", "DeckFile", "Curriculum", "to_plain"]


class Text(BaseModel):
    """One learner-visible string in both languages."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)
    ko: str = Field(min_length=1)
    en: str = Field(min_length=1)

    def get(self, lang: str) -> str:
        return self.ko if lang == "ko" else self.en

    def as_dict(self) -> dict[str, str]:
        return {"ko": self.ko, "en": self.en}


class Code(BaseModel):
    """A code block shown with a card; `lang` picks the Pygments lexer."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)
    lang: Literal["dockerfile", "shell", "json", "text", "python", "javascript"] = "text"
    source: str = Field(min_length=1)
    # True where the block is a broken Dockerfile shown as the mistake to spot: the Dockerfile
    # validity test skips it.
    broken: bool = False


class _CardBase(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)
    id: str = Field(pattern=ID_PATTERN)
    concepts: list[str] = Field(min_length=1)
    prompt: Text
    code: Code | None = None
    explanation: Text | None = None
    lab: str | None = None
    # Open question id (q-...) when this card answers one of the learner's own questions.
    question: str | None = None


class BasicCard(_CardBase):
    type: Literal["basic"]
    answer: Text


class ClozeCard(_CardBase):
    """`text` holds blanks written {{1}}, {{2}}, ...; `blanks[i]` lists the accepted answers for {{i+1}}.

    Answers are matched regardless of case and surrounding spaces; any listed alternative
    (Korean or English) is accepted in either language.
    """

    type: Literal["cloze"]
    text: Text
    text_lang: Literal["dockerfile", "shell", "text"] = "text"
    blanks: list[list[str]] = Field(min_length=1)

    @model_validator(mode="after")
    def _blanks_match_text(self) -> "ClozeCard":
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
        return self


class ChoiceOption(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)
    id: str = Field(pattern=r"^[a-z0-9-]+$")
    text: Text
    correct: bool = False
    # The misconception (curriculum id) this wrong option embodies; its feedback must name it.
    misconception: str | None = None
    feedback: Text | None = None


class ChoiceCard(_CardBase):
    type: Literal["choice"]
    options: list[ChoiceOption] = Field(min_length=2)

    @model_validator(mode="after")
    def _options_are_sound(self) -> "ChoiceCard":
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
        return self


class CommandCard(_CardBase):
    """Type the docker command. `answer` is the reference; any command equivalent to it (or to
    one of `accept`) is right, as judged by quizapp.core.grading."""

    type: Literal["command"]
    answer: str = Field(min_length=1)
    accept: list[str] = Field(default_factory=list)
    # Options that do not matter for this card (canonical long names as the command grammar
    # names them, e.g. `rm` for --rm): an answer that adds, drops or changes one is still right.
    ignore_options: list[Annotated[str, Field(pattern=r"^[a-z][a-z0-9-]*$")]] = Field(default_factory=list)
    # Live cards also run the graded answer against the daemon, judged by `lab`'s checks.
    live: bool = False

    @model_validator(mode="after")
    def _live_needs_lab(self) -> "CommandCard":
        if self.live and not self.lab:
            raise ValueError("a live command card needs a lab whose checks judge it")
        return self


class OrderCard(_CardBase):
    """Put `items` (given here in the right order) back in order."""

    type: Literal["order"]
    items: list[Text] = Field(min_length=2)
    items_lang: Literal["dockerfile", "shell", "text"] = "text"


Card = Annotated[
    Union[BasicCard, ClozeCard, ChoiceCard, CommandCard, OrderCard],
    Field(discriminator="type"),
]


class DeckFile(BaseModel):
    """One YAML file under content/cards/."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    cards: list[Card] = Field(min_length=1)

    @field_validator("cards")
    @classmethod
    def _unique_ids(cls, cards: list) -> list:
        seen: set[str] = set()
        for card in cards:
            if card.id in seen:
                raise ValueError(f"card id {card.id!r} appears twice in this file")
            seen.add(card.id)
        return cards


# ---------------------------------------------------------------------------------------------
# The curriculum


class Concept(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)
    id: str = Field(pattern=ID_PATTERN)
    section: str = Field(min_length=1)
    # The statement, shown with a card's answer; `name`, a short neutral label, is what shows before.
    title: Text
    name: Text | None = None

    @model_validator(mode="after")
    def _name_is_a_label(self) -> "Concept":
        # A name is a label of a few words; a sentence there would state the fact before the answer.
        if self.name is not None:
            for lang in ("ko", "en"):
                if len(self.name.get(lang)) > NAME_MAX:
                    raise ValueError(f"name.{lang} is {len(self.name.get(lang))} characters; a concept's name is a short label (at most {NAME_MAX})")
        return self


class Misconception(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)
    id: str = Field(pattern=ID_PATTERN)
    text: Text


class Question(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)
    id: str = Field(pattern=r"^q-[a-z0-9-]+$")
    text: Text


class Lab(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)
    id: str = Field(pattern=ID_PATTERN)
    title: Text
    concepts: list[str] = Field(min_length=1)


class Curriculum(BaseModel):
    """content/curriculum.yaml: the ids every card, lab and statistic refers to."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)
    concepts: list[Concept] = Field(default_factory=list)
    misconceptions: list[Misconception] = Field(default_factory=list)
    questions: list[Question] = Field(default_factory=list)
    labs: list[Lab] = Field(default_factory=list)

    @model_validator(mode="after")
    def _ids_unique_and_known(self) -> "Curriculum":
        for kind in ("concepts", "misconceptions", "questions", "labs"):
            ids = [item.id for item in getattr(self, kind)]
            repeated = sorted({i for i in ids if ids.count(i) > 1})
            if repeated:
                raise ValueError(f"{kind}: ids repeat: {', '.join(repeated)}")
        known = {c.id for c in self.concepts}
        for lab in self.labs:
            unknown = [c for c in lab.concepts if c not in known]
            if unknown:
                raise ValueError(f"lab {lab.id!r} names unknown concepts: {', '.join(unknown)}")
        return self


# ---------------------------------------------------------------------------------------------
# To the plain classes

# Each schema model and the plain class it becomes (same name, same fields).
_PLAIN: dict[type, type] = {
    schema: getattr(model, schema.__name__)
    for schema in (
        Text, Code, BasicCard, ClozeCard, ChoiceOption, ChoiceCard, CommandCard, OrderCard,
        Concept, Misconception, Question, Lab, Curriculum,
    )
}


def to_plain(value: Any) -> Any:
    """A validated model (or a list of them) as quizapp.core.content.model's plain classes."""
    if isinstance(value, BaseModel):
        plain = _PLAIN[type(value)]
        return plain(**{name: to_plain(getattr(value, name)) for name in type(value).model_fields})
    if isinstance(value, list):
        return [to_plain(item) for item in value]
    return value
