"""The learner's data carried elsewhere: the cards as an Anki package or as JSON (with the whole
review history), a backup on demand, and a restore from one.

Both front ends call these (`quizapp export|backup|restore`, and Settings' restore button); nothing
here knows about Qt or the terminal. Messages a learner reads are bilingual ({"ko", "en"}).
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import sqlite3
import tempfile
from dataclasses import asdict, dataclass, is_dataclass
from datetime import datetime
from html import escape
from pathlib import Path
from typing import Any, Iterable

import genanki

from quizapp.core.content.highlight import to_html
from quizapp.core.content.model import (
    BLANK_RE,
    BasicCard,
    ChoiceCard,
    ClozeCard,
    CommandCard,
    OrderCard,
    Text,
)
from quizapp.core.i18n import both
from quizapp.core.paths import DB_FILENAME
from quizapp.core.store import BACKUP_DIRNAME, SCHEMA_VERSION, DatabaseFile, Store
from quizapp.core.version import app_version

EXPORT_FORMAT = "quizapp-export"
EXPORT_FORMAT_VERSION = 1

# Anki tells decks and note types apart by these ids: fixed, so a second import of a newer export
# updates the notes of the first (each note's guid is derived from its card id) instead of
# adding a second deck.
ANKI_MODEL_ID = 1_733_011_601
ANKI_DECK_ID = 1_733_011_602
ANKI_DECK_NAME = "quizapp Docker"
ANKI_FIELDS = ("Front", "Back", "QuizappId")
HANGUL = re.compile("[\uac00-\ud7a3]")

# The tables a quizapp database has had since schema 1; a file without them is not one.
QUIZAPP_TABLES = frozenset({"cards", "reviews", "lab_attempts", "settings", "meta"})


class PortableError(Exception):
    """A request that cannot be done; nothing was changed. `text` is the bilingual message."""

    def __init__(self, text: dict[str, str]):
        super().__init__(text["en"])
        self.text = both(text["ko"], text["en"])


class RestoreRefused(PortableError):
    """The file is not one quizapp can restore (not a quizapp database, damaged, or newer)."""


# ----- the cards as HTML ------------------------------------------------------------------------
def _inline(text: str) -> str:
    """Card text as HTML: escaped, `backticks` as <code>, line breaks kept (as the window shows it)."""
    parts = escape(text).split("`")
    out = []
    for i, part in enumerate(parts):
        if i % 2 == 1 and i + 1 < len(parts):
            out.append(f"<code>{part}</code>")
        else:
            out.append(("`" if i % 2 == 1 else "") + part)
    return "".join(out).replace("\n", "<br>")


def _both(text: Text, mark: str = "") -> str:
    """Korean, then English below it; `mark` (✔ or ✘) before each. A text the same in both
    (a command) is shown once."""
    if text.ko == text.en:
        return f'<div class="ko en">{mark}{_inline(text.ko)}</div>'
    return "".join(f'<div class="{lang}" lang="{lang}">{mark}{_inline(text.get(lang))}</div>' for lang in ("ko", "en"))


def _code_block(source: str, lang: str) -> str:
    return to_html(source, lang)


def _cloze(card: ClozeCard, revealed: bool) -> str:
    """The cloze text in both languages, its blanks empty on the front and filled on the back."""

    def fill(source: str, lang: str) -> str:
        def blank(match: Any) -> str:
            n = int(match.group(1))
            if not revealed:
                return f"[{n}: ____]"
            answers = card.blanks[n - 1] if 0 < n <= len(card.blanks) else ["?"]
            # A blank accepts answers in either language: the Korean text is filled with a
            # Korean one, the English text with one without Hangul, where the card has them.
            fitting = [a for a in answers if bool(HANGUL.search(a)) == (lang == "ko")]
            return (fitting or answers)[0]

        return BLANK_RE.sub(blank, source)

    if card.text_lang != "text":  # a Dockerfile or a command: shown as code, highlighted
        sources = dict.fromkeys(fill(card.text.get(lang), lang) for lang in ("ko", "en"))
        return "".join(_code_block(source, card.text_lang) for source in sources)
    return "".join(f'<div class="{lang}" lang="{lang}">{_inline(fill(card.text.get(lang), lang))}</div>' for lang in ("ko", "en"))


def _items(items: list[Text], lang: str) -> str:
    if lang != "text":
        return "".join(f"<li>{_code_block(item.en, lang)}</li>" for item in items)
    return "".join(f"<li>{_both(item)}</li>" for item in items)


def card_front(card: Any) -> str:
    """What Anki shows before the answer: the prompt in Korean and English, the code highlighted,
    and what the card gives to work with (blanks, options, items to order)."""
    parts = [f'<div class="prompt">{_both(card.prompt)}</div>']
    if card.code is not None:
        parts.append(_code_block(card.code.source, card.code.lang))
    if isinstance(card, ClozeCard):
        parts.append(_cloze(card, revealed=False))
    elif isinstance(card, ChoiceCard):
        options = "".join(f"<li>{_both(option.text)}</li>" for option in card.options)
        parts.append(f'<ol type="a" class="options">{options}</ol>')
    elif isinstance(card, OrderCard):
        shuffled = list(card.items)
        random.Random(card.id).shuffle(shuffled)  # the same order on every export
        parts.append(f'<ul class="order">{_items(shuffled, card.items_lang)}</ul>')
    return "".join(parts)


def card_back(card: Any) -> str:
    """The answer in both languages, then the explanation."""
    parts = []
    if isinstance(card, BasicCard):
        parts.append(_both(card.answer))
    elif isinstance(card, ClozeCard):
        parts.append(_cloze(card, revealed=True))
    elif isinstance(card, ChoiceCard):
        right = "".join(
            f"<li>{_both(option.text, mark='✔ ' if option.correct else '✘ ')}"
            + (f'<div class="feedback">{_both(option.feedback)}</div>' if option.feedback is not None else "")
            + "</li>"
            for option in card.options
        )
        parts.append(f'<ol type="a" class="options">{right}</ol>')
    elif isinstance(card, CommandCard):
        parts.append(_code_block("$ " + card.answer, "shell"))
        if card.accept:
            parts.append(_code_block("\n".join("$ " + other for other in card.accept), "shell"))
    elif isinstance(card, OrderCard):
        parts.append(f'<ol class="order">{_items(card.items, card.items_lang)}</ol>')
    if card.explanation is not None:
        parts.append(f'<div class="explanation">{_both(card.explanation)}</div>')
    return "".join(parts)


ANKI_CSS = """
.card { font-family: sans-serif; font-size: 18px; text-align: left; }
.en { color: #555; margin-top: 4px; }
.nightMode .en { color: #aaa; }
.explanation { margin-top: 12px; font-size: 16px; }
.feedback { font-size: 15px; margin-left: 1em; }
code { font-family: monospace; }
pre { white-space: pre-wrap; border-radius: 4px; }
"""


def export_anki(cards: Iterable[Any], path: Path | str) -> int:
    """Every card as one Anki note (both languages, code highlighted) in an .apkg at `path`.
    Returns the number of notes. The file appears whole or not at all."""
    model = genanki.Model(
        ANKI_MODEL_ID,
        "quizapp card",
        fields=[{"name": name} for name in ANKI_FIELDS],
        templates=[{"name": "quizapp", "qfmt": "{{Front}}", "afmt": "{{FrontSide}}<hr id=answer>{{Back}}"}],
        css=ANKI_CSS,
    )
    deck = genanki.Deck(ANKI_DECK_ID, ANKI_DECK_NAME)
    count = 0
    for card in cards:
        tags = ["quizapp", f"quizapp::{card.type}", *(f"concept::{concept}" for concept in card.concepts)]
        deck.add_note(
            genanki.Note(model=model, fields=[card_front(card), card_back(card), card.id], guid=genanki.guid_for("quizapp", card.id), tags=tags)
        )
        count += 1
    _write_whole(Path(path), lambda partial: genanki.Package(deck).write_to_file(str(partial)))
    return count


# ----- JSON ---------------------------------------------------------------------------------------
def _plain(value: Any) -> Any:
    return asdict(value) if is_dataclass(value) else value


def export_data(store: Store, cards: Iterable[Any], now: datetime) -> dict[str, Any]:
    """The cards (their content and their schedule) and everything answered, as one JSON-ready
    object. Cards with history but no longer in the content are kept, with `content` null."""
    content = {card.id: card for card in cards}
    tables = store.export_tables()
    scheduled = tables["cards"]
    known = {row["id"] for row in scheduled}
    out_cards = [{"id": row["id"], "content": _plain(content.get(row["id"])), "schedule": row} for row in scheduled]
    out_cards += [{"id": cid, "content": _plain(card), "schedule": None} for cid, card in content.items() if cid not in known]
    lab_attempts = tables["lab_attempts"]
    for attempt in lab_attempts:  # JSON kept as text in the database, given back as JSON
        for name in ("params", "answers", "resources"):
            if isinstance(attempt.get(name), str):
                try:
                    attempt[name] = json.loads(attempt[name])
                except ValueError:
                    pass
    return {
        "format": EXPORT_FORMAT,
        "format_version": EXPORT_FORMAT_VERSION,
        "quizapp_version": app_version(),
        "schema_version": SCHEMA_VERSION,
        "exported_at": now.isoformat(),
        "cards": out_cards,
        "reviews": tables["reviews"],
        "lab_attempts": lab_attempts,
        "settings": tables["settings"],
    }


def export_json(store: Store, cards: Iterable[Any], path: Path | str, now: datetime) -> dict[str, int]:
    data = export_data(store, cards, now)
    text = json.dumps(data, ensure_ascii=False, indent=1)
    _write_whole(Path(path), lambda partial: partial.write_text(text + "\n", encoding="utf-8"))
    return {"cards": len(data["cards"]), "reviews": len(data["reviews"])}


def _write_whole(path: Path, write: Any) -> None:
    """`write(partial)` beside `path`, then renamed over it: a failure leaves no half file."""
    partial = path.with_name(path.name + ".partial")
    try:
        write(partial)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)


# ----- backup and restore -------------------------------------------------------------------------
@dataclass
class BackupResult:
    path: Path
    reviews: int


@dataclass
class RestoreResult:
    restored_from: Path
    kept_aside: Path  # the database as it was before, in backups/
    reviews: int


def _stamp(now: datetime) -> str:
    """The learner's own clock time in a file name (the clock gives UTC)."""
    return now.astimezone().strftime("%Y-%m-%d-%H%M%S")


def _free_name(folder: Path, stem: str) -> Path:
    target = folder / f"{stem}.sqlite3"
    n = 1
    while target.exists():
        target = folder / f"{stem}-{n}.sqlite3"
        n += 1
    return target


def _copy_database(store: Store, target: Path) -> None:
    """A consistent copy of the open database (Store.copy_to), whole or not at all."""
    _write_whole(target, store.copy_to)


def make_backup(data_dir: Path, now: datetime, to: Path | str | None = None) -> BackupResult:
    """A copy of the database now, to `to` or to backups/manual-<date-time>.sqlite3. Named apart
    from the daily copies (quizapp-<date>.sqlite3), so the daily pruning never removes one.
    An existing file at `to` is refused, not overwritten."""
    if to is not None:
        target = Path(to)
        if target.exists():
            raise PortableError({"ko": f"{target} 파일이 이미 있습니다. 다른 이름을 고르세요.", "en": f"{target} already exists; choose another name."})
        if not target.parent.is_dir():
            raise PortableError({"ko": f"{target.parent} 폴더가 없습니다.", "en": f"the folder {target.parent} does not exist."})
    with Store.open(data_dir) as store:
        if to is None:
            folder = store.path.parent / BACKUP_DIRNAME
            folder.mkdir(exist_ok=True)
            target = _free_name(folder, f"manual-{_stamp(now)}")
        _copy_database(store, target)
        return BackupResult(target, store.count_answers())


def _stage(source: Path, staging: Path) -> None:
    """A private copy of `source` (and of its -wal, where one holds answers not yet in the file)
    to look at and restore from: opening a database, even read-only, can write beside it."""
    shutil.copyfile(source, staging)
    wal = source.with_name(source.name + "-wal")
    if wal.is_file():
        shutil.copyfile(wal, staging.with_name(staging.name + "-wal"))


def check_restorable(path: Path | str, shown_as: Path | str | None = None) -> int:
    """The schema version of the quizapp database at `path`; RestoreRefused, saying why, when it
    is not one, cannot be read, or was written by a newer quizapp. Messages name `shown_as`
    (the learner's file when `path` is a copy of it). Opening may write beside `path`: give it a
    copy."""
    path = Path(path)
    shown = Path(shown_as) if shown_as is not None else path
    if not path.is_file():
        raise RestoreRefused({"ko": f"{shown} 파일이 없습니다.", "en": f"{shown} does not exist or is not a file."})
    not_ours = RestoreRefused(
        {"ko": f"{shown}은(는) quizapp 데이터베이스가 아닙니다. 아무것도 바꾸지 않았습니다.", "en": f"{shown} is not a quizapp database; nothing was changed."}
    )
    try:
        database = DatabaseFile(path)
    except sqlite3.Error as exc:
        raise not_ours from exc
    try:
        version = database.version()
        tables = database.tables()
        if version > SCHEMA_VERSION:
            raise RestoreRefused(
                {
                    "ko": f"{shown}은(는) 더 새로운 quizapp이 만든 데이터베이스입니다 (스키마 {version}, 이 quizapp은 {SCHEMA_VERSION}까지 압니다). "
                    "quizapp을 업데이트한 뒤 복원하세요. 아무것도 바꾸지 않았습니다.",
                    "en": f"{shown} was written by a newer quizapp (schema {version}; this one knows up to {SCHEMA_VERSION}). "
                    "Update quizapp, then restore it. Nothing was changed.",
                }
            )
        if version < 1 or not QUIZAPP_TABLES <= tables:
            raise not_ours
        check = database.quick_check()
        if check != "ok":
            raise RestoreRefused(
                {"ko": f"{shown} 파일이 손상되었습니다 ({check}). 아무것도 바꾸지 않았습니다.", "en": f"{shown} is damaged ({check}); nothing was changed."}
            )
        return version
    except sqlite3.DatabaseError as exc:
        raise not_ours from exc
    finally:
        database.close()


def restore(data_dir: Path, source: Path | str, now: datetime, store: Store | None = None) -> RestoreResult:
    """Make the database at `data_dir` the one in `source` (a backup, daily or manual).

    The file is checked first and refused (RestoreRefused, nothing changed) unless it is a
    readable quizapp database of this schema or an older one. The current database is then
    copied to backups/before-restore-<date-time>.sqlite3, and `source` is written into it with
    SQLite's backup API: one transaction, so a failure halfway leaves the current one as it was,
    and another quizapp that has it open waits for the lock instead of reading a half-copied file.

    `store`, when given, is the app's open store of `data_dir`: it is reopened after (migrating
    an older schema), so whoever holds it reads the restored answers; a review session made
    before must be made again."""
    source = Path(source)
    if not source.is_file():
        raise RestoreRefused({"ko": f"{source} 파일이 없습니다.", "en": f"{source} does not exist or is not a file."})
    current = Path(data_dir) / DB_FILENAME
    if current.exists() and current.resolve() == source.resolve():
        raise RestoreRefused(
            {"ko": f"{source}은(는) 지금 쓰고 있는 데이터베이스입니다.", "en": f"{source} is the database in use; choose a backup."}
        )
    # The copy to look at and restore from lives outside the data folder: a refused file leaves
    # no trace there.
    with tempfile.TemporaryDirectory(prefix="quizapp-restore-") as scratch:
        staging = Path(scratch) / source.name
        _stage(source, staging)
        check_restorable(staging, shown_as=source)
        own = store is None
        target = Store.open(data_dir) if store is None else store
        try:
            folder = target.path.parent / BACKUP_DIRNAME
            folder.mkdir(exist_ok=True)
            aside = _free_name(folder, f"before-restore-{_stamp(now)}")
            _copy_database(target, aside)
            # A file that will not open as the app opens it is found here, with the copy of the
            # one before at hand.
            target.replace_with(staging)
            return RestoreResult(source, aside, target.count_answers())
        finally:
            if own:
                target.close()
