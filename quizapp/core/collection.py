"""A learner's collection: the store, the content it studies, and the sessions over them.

Both front ends open one of these; nothing here knows about Qt or the terminal.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Iterable

from quizapp.core import owncards
from quizapp.core.clock import Clock, SystemClock
from quizapp.core.content.model import Deck
from quizapp.core.i18n import pick
from quizapp.core.lazy import LazyModule
from quizapp.core.review import ReviewSession, lab_card_id, study_day_bounds
from quizapp.core.store import BACKUP_DIRNAME, FLAG_NAMES, HIDDEN_NAMES, SUSPENDED, Store

# Opening a collection with the window's cached deck needs neither: the loader (YAML, pydantic) reads
# content files, 93 ms; the grader, 83 ms (measured 2026-12-02 on the 2-core machine).
loader = LazyModule("quizapp.core.content.loader")
grading = LazyModule("quizapp.core.grading")


@dataclass(frozen=True)
class CardsChanged:
    """What one suspend/unsuspend/bury/unbury/flag did: the cards it changed, the ones that were
    already so (or could not be, as a card removed from the content), and ids no card has."""

    action: str  # suspend, unsuspend, bury, unbury or flag
    changed: tuple[str, ...]
    unchanged: tuple[str, ...]
    unknown: tuple[str, ...]
    buried_until: datetime | None = None  # for bury: when the cards come back
    flag: int | None = None  # for flag: the flag set


@dataclass(frozen=True)
class CardStatus:
    """A card's place outside the schedule: hidden or not and why, its flag."""

    card_id: str
    hidden_as: str  # a value of store.HIDDEN_NAMES: shown, removed, suspended or buried
    flag: int
    flag_name: str
    buried_until: datetime | None


class Collection:
    def __init__(
        self, store: Store, deck: Any, clock: Clock, lab_ids: list[str] | None = None, own_ids: frozenset[str] = frozenset()
    ):
        self.store = store
        self.deck = deck  # the built-in cards and the learner's own ones
        self.own_ids = own_ids  # the learner's own cards ("mine")
        self.clock = clock
        self.backup_problem: str | None = None  # why today's backup could not be written
        self.store.sync_items([card.id for card in deck.cards], kind="card")
        if lab_ids is not None:
            self.store.sync_items([lab_card_id(lab_id) for lab_id in lab_ids], kind="lab")

    @classmethod
    def open(
        cls, data_dir: Path, *, clock: Clock | None = None, content_dir: Path | None = None, deck: Any = None, backup: bool = True
    ) -> "Collection":
        """`deck`, when given (the window's cached one), is used instead of reading `content_dir`.
        With `backup`, today's backup is made if due (see backup()); the window asks for it after
        the first card instead."""
        store = Store.open(data_dir)
        try:
            if deck is None:
                deck = loader.load_content(content_dir)
            deck, own_ids = owncards.with_own_cards(deck, data_dir)
            lab_ids = [lab.id for lab in getattr(deck.curriculum, "labs", [])]
            collection = cls(store, deck, clock or SystemClock(), lab_ids=lab_ids, own_ids=own_ids)
            store.unbury_due(collection.clock.now())
        except BaseException:
            store.close()
            raise
        if backup:
            collection.backup()
        return collection

    def backup(self) -> Path | None:
        """Today's copy of the database, if not made yet (17 ms for 10,000 answers); a failure is
        kept for warnings(), the answers being safe in the database itself."""
        try:
            return self.store.backup_if_due(self.clock.now())
        except (OSError, sqlite3.Error) as exc:
            self.backup_problem = f"{self.store.path.parent / BACKUP_DIRNAME}: {exc}"
            return None

    def warnings(self) -> list[dict[str, str]]:
        """What the learner should be told on opening: a database moved aside, deck files skipped."""
        out = []
        if self.store.recovered_from is not None:
            out.append(
                {
                    "ko": f"데이터베이스를 읽을 수 없어 {self.store.recovered_from} 로 옮겨 두고 새로 시작했습니다.",
                    "en": f"The database could not be read; it was moved to {self.store.recovered_from} and a fresh one started.",
                }
            )
            newest = self.store.backups()[:1]
            if newest:
                out.append(
                    {
                        "ko": f"가장 최근 백업은 {newest[0]} 입니다. 되돌리려면 quizapp을 닫고 이 파일을 {self.store.path} 위에 복사하세요.",
                        "en": f"The newest backup is {newest[0]}. To go back to it, close quizapp and copy it over {self.store.path}.",
                    }
                )
        if self.backup_problem is not None:
            out.append(
                {
                    "ko": f"오늘의 백업을 만들지 못했습니다 (답은 데이터베이스에 저장되어 있습니다): {self.backup_problem}",
                    "en": f"Today's backup could not be written (your answers are saved in the database): {self.backup_problem}",
                }
            )
        for problem in getattr(self.deck, "problems", []):
            out.append({"ko": f"카드 파일 문제: {problem}", "en": f"Deck file problem: {problem}"})
        return out

    # ----- suspend, bury, flag -------------------------------------------------------------
    def _change(self, action: str, card_ids: Iterable[str], apply: Any, **extra: Any) -> CardsChanged:
        card_ids = list(dict.fromkeys(card_ids))
        known = [cid for cid in card_ids if self.store.get_card(cid) is not None]
        changed = apply(known)
        return CardsChanged(
            action=action,
            changed=tuple(changed),
            unchanged=tuple(cid for cid in known if cid not in changed),
            unknown=tuple(cid for cid in card_ids if cid not in known),
            **extra,
        )

    def suspend(self, card_ids: Iterable[str]) -> CardsChanged:
        """Out of every queue (review and quiz) until unsuspended."""
        return self._change("suspend", card_ids, self.store.suspend)

    def unsuspend(self, card_ids: Iterable[str]) -> CardsChanged:
        return self._change("unsuspend", card_ids, self.store.unsuspend)

    def bury(self, card_ids: Iterable[str]) -> CardsChanged:
        """Out of every queue until the next study day starts (Settings.day_start_hour)."""
        day_end = study_day_bounds(self.clock.now(), self.store.load_settings().day_start_hour)[1]
        return self._change("bury", card_ids, lambda ids: self.store.bury(ids, day_end), buried_until=day_end)

    def unbury(self, card_ids: Iterable[str]) -> CardsChanged:
        return self._change("unbury", card_ids, self.store.unbury)

    def flag(self, card_ids: Iterable[str], flag: int) -> CardsChanged:
        """Set a flag (1-7, FLAG_NAMES), or take it off with 0. Raises ValueError for another number."""
        if flag not in FLAG_NAMES:
            raise ValueError(f"flag must be one of {sorted(FLAG_NAMES)}, not {flag!r}")
        return self._change("flag", card_ids, lambda ids: self.store.set_flag(ids, flag), flag=flag)

    def status(self, card_id: str) -> CardStatus | None:
        row = self.store.get_card(card_id)
        if row is None:
            return None
        return CardStatus(row.id, HIDDEN_NAMES[row.hidden_as], row.flag, FLAG_NAMES.get(row.flag, str(row.flag)), row.buried_until)

    def suspended_count(self) -> int:
        return self.store.count_hidden_as(SUSPENDED)

    # ----- the learner's own cards ---------------------------------------------------------
    def is_mine(self, card_id: str) -> bool:
        return card_id in self.own_ids

    def own_cards(self) -> list[Any]:
        return [card for card in self.deck.cards if card.id in self.own_ids]

    def add_own_card(self, entry: dict[str, Any]) -> Any:
        """Add a card given in the deck format (owncards.card_entry builds one); it is studied from
        now on. Returns an owncards.OwnCardsChange; raises owncards.OwnCardError, changing nothing."""
        return self._after_own_change(owncards.add_card(self.data_dir, self.deck, self.own_ids, entry))

    def import_own_cards(self, path: Path | str) -> Any:
        return self._after_own_change(owncards.import_file(self.data_dir, self.deck, self.own_ids, path))

    def replace_own_card(self, card_id: str, entry: dict[str, Any]) -> Any:
        return self._after_own_change(owncards.replace_card(self.data_dir, self.deck, self.own_ids, card_id, entry))

    def remove_own_card(self, card_id: str) -> Any:
        return self._after_own_change(owncards.remove_card(self.data_dir, self.deck, self.own_ids, card_id))

    @property
    def data_dir(self) -> Path:
        return self.store.path.parent

    def _after_own_change(self, change: Any) -> Any:
        """Read the own cards again into the deck and the store, so they are studied at once."""
        mine = self.own_ids
        own_path = owncards.own_cards_path(self.data_dir)
        builtin = Deck(
            cards=[c for c in self.deck.cards if c.id not in mine],
            by_id={k: v for k, v in self.deck.by_id.items() if k not in mine},
            curriculum=self.deck.curriculum,
            problems=[p for p in self.deck.problems if p.file != own_path],
            skipped_files=list(self.deck.skipped_files),
            files=[f for f in self.deck.files if f != own_path],
            locations={k: v for k, v in self.deck.locations.items() if k not in mine},
        )
        self.deck, self.own_ids = owncards.with_own_cards(builtin, self.data_dir)
        self.store.sync_items([card.id for card in self.deck.cards], kind="card")
        return change

    def session(self) -> ReviewSession:
        return ReviewSession(self.store, self.clock)

    def card(self, card_id: str) -> Any:
        return self.deck.by_id.get(card_id)

    def grade(self, card: Any, answer: Any, elapsed_s: float | None) -> Any:
        """Grade a typed, choice or order answer; "quick" is judged against the learner's own
        median time on this card."""
        typical_ms = self.store.median_duration_ms(card.id)
        return grading.grade(card, answer, elapsed_s=elapsed_s, typical_s=None if typical_ms is None else typical_ms / 1000)

    def feedback_lines(self, feedback: list[Any], lang: str) -> list[str]:
        """A graded answer's feedback as the learner reads it: a wrong option that embodies a
        misconception is introduced by that misconception, named in words from the curriculum."""
        lines = []
        for item in feedback:
            code = item["code"] if isinstance(item, dict) else item.code
            message = item["message"] if isinstance(item, dict) else item.message
            text = pick(message, lang)
            if code.startswith("misconception:"):
                found = self.deck.curriculum.misconception(code.split(":", 1)[1])
                if found is not None:
                    label = "흔한 오해" if lang == "ko" else "A common misconception"
                    text = f"{label}: {found.text.get(lang)}\n{text}"
            lines.append(text)
        return lines

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> "Collection":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
