"""The one SQLite database: cards' scheduling state, the review log, lab attempts and settings.

- Schema version lives in `PRAGMA user_version`; migrations are a plain chain of steps.
- WAL journal, so a reader never blocks the writer and a killed process leaves a consistent file.
- Each answer is one transaction, committed before the caller shows the next card.
- A database that cannot be read is never overwritten: it is moved aside and a fresh one started;
  `Store.recovered_from` says where the old file went.
"""

from __future__ import annotations

import zlib
import json
import os
import sqlite3
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable

from quizapp.core.lazy import LazyModule
from quizapp.core.paths import DB_FILENAME
from quizapp.core.settings import Settings

if TYPE_CHECKING:
    import sqlite_utils
else:
    # sqlite-utils (schema work, bulk writes) costs ~50 ms and opening the app to its first card
    # needs none of it; the schema steps only a database behind this quizapp needs.
    sqlite_utils = LazyModule("sqlite_utils")
migrations = LazyModule("quizapp.core.migrations")

SCHEMA_VERSION = 3  # the number of steps in quizapp.core.migrations.MIGRATIONS

# Card states, as stored. 0 is "never answered"; 1-3 are fsrs.State's values.
NEW, LEARNING, REVIEW, RELEARNING = 0, 1, 2, 3
STATE_NAMES = {NEW: "new", LEARNING: "learning", REVIEW: "review", RELEARNING: "relearning"}

# `cards.hidden`: why a card is out of every queue. Every queue query asks for `hidden = 0`, so any
# other value takes the card out of all of them at once. REMOVED is the content's doing (the card
# left the deck files); SUSPENDED and BURIED are the learner's, and a sync never undoes them.
SHOWN, REMOVED, SUSPENDED, BURIED = 0, 1, 2, 3
HIDDEN_NAMES = {SHOWN: "shown", REMOVED: "removed", SUSPENDED: "suspended", BURIED: "buried"}

# A card the learner studies: a flashcard (not a lab's schedule row) that nothing hides (not
# suspended, buried or removed from the content). Every queue, count and statistic over studied
# cards asks for it through this one condition (CardRow.studied for a row already read): copies
# typed out by hand once let a suspended card into the leech list.
STUDIED_CARD = f"hidden = {SHOWN} AND kind = 'card'"
# An answer to a flashcard, not a lab's result (a lab's schedule row is `lab:<id>`,
# quizapp.core.review.LAB_PREFIX): what the daily limits, the optimizer and the counts of cards
# answered read from the review log.
FLASHCARD_ANSWER = "card_id NOT LIKE 'lab:%'"

# Flags, as Anki numbers them; 0 is no flag.
FLAG_NAMES = {0: "none", 1: "red", 2: "orange", 3: "green", 4: "blue", 5: "pink", 6: "turquoise", 7: "purple"}


class StoreError(Exception):
    """The database cannot be used; the message names the file and the fix."""


_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def fingerprint(text: str) -> str:
    """A short fingerprint of `text` that tells a changed text from the one seen before (not a
    security check): its length and two checksums, 64 bits between them. hashlib would load
    OpenSSL, 3 ms on the way to the window's first card."""
    data = text.encode()
    return f"{len(data):x}-{zlib.crc32(data):08x}-{zlib.adler32(data):08x}"


def iso(dt: datetime) -> str:
    """UTC, fixed width, so text order is time order in SQL comparisons."""
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f+00:00")


def parse_iso(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


# The columns an answer changes and an undo puts back.
SCHEDULING_COLUMNS = ("state", "step", "stability", "difficulty", "due", "last_review", "reps", "lapses", "leech")
_SET_SCHEDULING = f"UPDATE cards SET {', '.join(name + ' = ?' for name in SCHEDULING_COLUMNS)} WHERE id = ?"


@dataclass
class CardRow:
    id: str
    kind: str  # "card" or "lab"
    position: int
    state: int
    step: int | None
    stability: float | None
    difficulty: float | None
    due: datetime | None
    last_review: datetime | None
    reps: int
    lapses: int
    leech: bool
    hidden: bool  # out of every queue, for whatever reason (see hidden_as)
    hidden_as: int = SHOWN  # SHOWN, REMOVED, SUSPENDED or BURIED
    flag: int = 0  # a key of FLAG_NAMES
    buried_until: datetime | None = None  # the start of the study day that brings a buried card back

    @property
    def studied(self) -> bool:
        """STUDIED_CARD, for a row already read: a flashcard nothing hides."""
        return self.hidden_as == SHOWN and self.kind == "card"

    @property
    def suspended(self) -> bool:
        return self.hidden_as == SUSPENDED

    @property
    def buried(self) -> bool:
        return self.hidden_as == BURIED

    @classmethod
    def from_sql(cls, row: dict[str, Any]) -> "CardRow":
        return cls(
            id=row["id"],
            kind=row["kind"],
            position=row["position"],
            state=row["state"],
            step=row["step"],
            stability=row["stability"],
            difficulty=row["difficulty"],
            due=parse_iso(row["due"]),
            last_review=parse_iso(row["last_review"]),
            reps=row["reps"],
            lapses=row["lapses"],
            leech=bool(row["leech"]),
            hidden=bool(row["hidden"]),
            hidden_as=row["hidden"],
            flag=row.get("flag") or 0,
            buried_until=parse_iso(row.get("buried_until")),
        )

    def scheduling_fields(self) -> dict[str, Any]:
        """The columns an answer changes (and an undo restores): SCHEDULING_COLUMNS, as stored."""
        return {
            "state": self.state,
            "step": self.step,
            "stability": self.stability,
            "difficulty": self.difficulty,
            "due": iso(self.due) if self.due else None,
            "last_review": iso(self.last_review) if self.last_review else None,
            "reps": self.reps,
            "lapses": self.lapses,
            "leech": int(self.leech),
        }


@dataclass
class ReviewLogEntry:
    id: int
    card_id: str
    rating: int
    reviewed_at: datetime
    duration_ms: int | None
    answer: str | None
    correct: bool | None
    state_before: dict[str, Any]


@dataclass
class LabAttempt:
    id: int
    lab_id: str
    started_at: datetime
    workdir: str
    params: dict[str, Any] = field(default_factory=dict)
    answers: dict[str, Any] = field(default_factory=dict)
    hints_used: int = 0
    failed_checks: int = 0
    resources: dict[str, Any] = field(default_factory=dict)
    passed_at: datetime | None = None
    ended_at: datetime | None = None
    outcome: str | None = None


def _is_busy(exc: BaseException) -> bool:
    return isinstance(exc, sqlite3.OperationalError) and ("locked" in str(exc) or "busy" in str(exc))


def _is_damage(exc: sqlite3.DatabaseError) -> bool:
    """SQLite's words for a file that is not (or no longer) a readable database."""
    text = str(exc).lower()
    return any(word in text for word in ("not a database", "malformed", "disk image", "corrupt", "no such table"))


def _switch_to_wal(conn: sqlite3.Connection, path: Path, wait_s: float = 10.0) -> None:
    """Changing the journal mode needs a lock SQLite does not wait for (no busy handler), so another
    instance opening the same file at that moment makes it fail at once: retry for a while."""
    deadline = time.monotonic() + wait_s
    while True:
        try:
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode.lower() == "wal":
                return
            problem: BaseException = sqlite3.OperationalError(f"database is locked: {path} stayed in {mode} mode")
        except sqlite3.OperationalError as exc:
            if not _is_busy(exc):
                raise
            problem = exc
        if time.monotonic() > deadline:
            raise problem
        time.sleep(0.02)


# Answers per quarter hour (unix seconds // 900), kept by triggers: the Statistics view counts a
# year of answers per study day and per week from it instead of from every review row (1,000,000
# rows: 230 ms of counting against 10). Study days start on a whole hour of a time zone, and
# zones are whole quarter hours off UTC, so a day is a whole number of quarters.
QUARTER_S = 900


BACKUP_DIRNAME = "backups"
BACKUPS_KEPT = 7  # days


class Store:
    """The database of one learner. Open with `Store.open(data_dir)`.

    The tables are this class's own: the rest of quizapp asks for what it needs by name (due cards,
    counts, answers between two times) and never writes SQL or reaches for `conn`, so a change of
    layout stays here (tests/test_architecture.py keeps it so). Tests and benchmarks may use `conn`
    to set up rows no operation writes, such as a year of past answers."""

    def __init__(self, path: Path, conn: sqlite3.Connection, recovered_from: Path | None = None):
        self.path = path
        self.conn = conn
        self._db: "sqlite_utils.Database | None" = None
        # Where an unreadable database was moved to when this one was started fresh.
        self.recovered_from = recovered_from

    @property
    def db(self) -> "sqlite_utils.Database":
        """sqlite-utils over the same connection, for schema work and bulk writes (loaded on first
        use: see `sqlite_utils` above)."""
        if self._db is None:
            self._db = sqlite_utils.Database(self.conn)
        return self._db

    def _rows(self, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
        cur = self.conn.execute(sql, tuple(params))
        names = [c[0] for c in cur.description]
        return [dict(zip(names, r)) for r in cur.fetchall()]

    # ----- opening ------------------------------------------------------------------------
    @classmethod
    def open(cls, data_dir: Path | str, *, filename: str = DB_FILENAME) -> "Store":
        data_dir = Path(data_dir)
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the data folder {data_dir}: {exc.strerror}") from exc
        path = data_dir / filename
        try:
            return cls(path, cls._connect_and_migrate(path))
        except (sqlite3.DatabaseError, PermissionError, OSError) as exc:
            if _is_busy(exc):
                raise StoreError(f"{path} is locked by another quizapp for too long; close it and retry") from exc
            if not path.exists():
                raise StoreError(f"cannot create the database {path}: {exc}") from exc
            if isinstance(exc, sqlite3.DatabaseError) and not _is_damage(exc):
                # Only a file that cannot be read is moved aside; any other failure leaves it be.
                raise StoreError(f"cannot open the database {path}: {exc}") from exc
            aside = cls._move_aside(path)
            try:
                return cls(path, cls._connect_and_migrate(path), recovered_from=aside)
            except (sqlite3.DatabaseError, OSError) as exc2:
                raise StoreError(f"cannot start a fresh database at {path}: {exc2}") from exc2

    # ----- daily backups ----------------------------------------------------------------------
    def backups(self) -> list[Path]:
        """The daily copies of this database, newest first."""
        folder = self.path.parent / BACKUP_DIRNAME
        return sorted(folder.glob(f"{self.path.stem}-*.sqlite3"), reverse=True)

    def backup_if_due(self, now: datetime, keep: int = BACKUPS_KEPT) -> Path | None:
        """Once a day (by `now`'s date), copy the database to backups/<name>-YYYY-MM-DD.sqlite3
        with SQLite's backup API (a consistent copy, WAL included) and keep the last `keep` days.
        A database without answers is not copied: its empty copies would push out ones that hold
        answers. Raises OSError or sqlite3.Error when the copy cannot be written."""
        folder = self.path.parent / BACKUP_DIRNAME
        target = folder / f"{self.path.stem}-{now:%Y-%m-%d}.sqlite3"
        if target.exists() or self.conn.execute("SELECT 1 FROM reviews LIMIT 1").fetchone() is None:
            return None
        folder.mkdir(exist_ok=True)
        partial = target.with_name(target.name + ".partial")
        dest = sqlite3.connect(partial)
        try:
            self.conn.backup(dest)
        finally:
            dest.close()
        os.replace(partial, target)
        for old in self.backups()[keep:]:
            old.unlink(missing_ok=True)
        return target

    def copy_to(self, target: Path) -> None:
        """A consistent copy of this database (WAL included) at `target`, with SQLite's backup
        API, as one self-contained file: a copy still marked WAL makes whoever opens it, even only
        to read, leave -wal and -shm files beside it."""
        target.unlink(missing_ok=True)
        dest = sqlite3.connect(target)
        try:
            self.conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()

    def replace_with(self, source: Path) -> None:
        """Make this database the one in the file `source` (checked first: DatabaseFile), written
        in with SQLite's backup API: one transaction, so a failure halfway leaves this one as it
        was, and another quizapp that has it open waits for the lock instead of reading a
        half-copied file. Then opened again as the app opens it: an older schema is migrated, and
        a file that will not open is found now."""
        src = sqlite3.connect(source, isolation_level=None)
        try:
            src.backup(self.conn)
        finally:
            src.close()
        self.reopen()

    def export_tables(self) -> dict[str, Any]:
        """Every row a learner's data holds, as plain values: cards (by position), reviews and
        lab attempts (by id), and the settings as a dict. JSON columns stay text."""
        return {
            "cards": self._rows("SELECT * FROM cards ORDER BY position, id"),
            "reviews": self._rows("SELECT * FROM reviews ORDER BY id"),
            "lab_attempts": self._rows("SELECT * FROM lab_attempts ORDER BY id"),
            "settings": dict(self.conn.execute("SELECT key, value FROM settings ORDER BY key").fetchall()),
        }

    @staticmethod
    def _move_aside(path: Path) -> Path:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = path.with_name(f"{path.name}.unreadable-{stamp}")
        n = 1
        while aside.exists():
            aside = path.with_name(f"{path.name}.unreadable-{stamp}-{n}")
            n += 1
        try:
            path.rename(aside)
            for suffix in ("-wal", "-shm"):
                side = path.with_name(path.name + suffix)
                if side.exists():
                    side.rename(aside.with_name(aside.name + suffix))
        except OSError as exc:
            raise StoreError(
                f"{path} cannot be read and cannot be moved aside ({exc.strerror}); "
                f"move it away yourself or use --data-dir"
            ) from exc
        return aside

    @staticmethod
    def _connect_and_migrate(path: Path) -> sqlite3.Connection:
        if path.exists() and not os.access(path, os.R_OK | os.W_OK):
            raise PermissionError(f"no read/write permission on {path}")
        conn = sqlite3.connect(str(path), timeout=10.0, isolation_level=None, check_same_thread=False)
        try:
            conn.execute("PRAGMA busy_timeout = 10000")
            # Read the version before anything writes: a newer file must stay byte for byte.
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise StoreError(
                    f"{path} was written by a newer quizapp (schema {version}, this one knows {SCHEMA_VERSION}); "
                    "update quizapp"
                )
            _switch_to_wal(conn, path)
            # NORMAL in WAL mode: a commit is in the WAL file before it returns, so a killed
            # process loses nothing committed; only a power cut can lose the last commits.
            conn.execute("PRAGMA synchronous = NORMAL")
            if version < SCHEMA_VERSION:
                # Only a database behind this quizapp needs the steps (and sqlite-utils).
                db = sqlite_utils.Database(conn)
                conn.execute("BEGIN IMMEDIATE")
                try:
                    # Re-read under the write lock: another instance may have migrated meanwhile.
                    version = conn.execute("PRAGMA user_version").fetchone()[0]
                    for step in migrations.MIGRATIONS[version:]:
                        step(db)
                    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                    conn.execute("COMMIT")
                except BaseException:
                    conn.execute("ROLLBACK")
                    raise
            # Touch the tables: a file with a valid header but damaged pages fails here, not later.
            conn.execute("SELECT count(*) FROM settings").fetchone()
            conn.execute("SELECT id FROM cards LIMIT 1").fetchall()
            return conn
        except BaseException:
            conn.close()
            raise

    def reopen(self) -> None:
        """Connect to the file again, as opening does (migrations included), after something else
        (a restore) wrote another database into it; whoever holds this Store keeps using it."""
        self.conn.close()
        self._db = None
        self.conn = self._connect_and_migrate(self.path)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ----- transactions -------------------------------------------------------------------
    def transaction(self) -> "_Transaction":
        return _Transaction(self.conn)

    # ----- settings -----------------------------------------------------------------------
    def load_settings(self) -> Settings:
        rows = dict(self.conn.execute("SELECT key, value FROM settings").fetchall())
        return Settings.from_rows(rows)

    def save_settings(self, settings: Settings) -> None:
        settings.validate()
        with self.transaction():
            self.db["settings"].upsert_all(settings.to_rows(), pk="key")

    def get_meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self.conn.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))

    # ----- cards --------------------------------------------------------------------------
    def sync_items(self, ids: Iterable[str], kind: str = "card") -> dict[str, int]:
        """Make the rows of one kind match the content: `ids` in curriculum order.

        New ids appear as new; ids no longer in the content are hidden (REMOVED) with their history
        kept; ids that come back are shown again; positions follow the content's order. What the
        learner hid (SUSPENDED, BURIED) stays hidden: only the content's own hiding is undone, and a
        suspended card that leaves the content stays suspended for when it comes back. Skipped
        cheaply when the content has not changed since the last sync.
        """
        ids = list(ids)
        digest = fingerprint("\n".join(ids))
        meta_key = f"content_digest:{kind}"
        if self.get_meta(meta_key) == digest:
            return {"added": 0, "hidden": 0, "shown": 0}
        shown = 0
        with self.transaction():
            existing = {
                r[0]: (r[1], r[2]) for r in self.conn.execute("SELECT id, hidden, position FROM cards WHERE kind = ?", (kind,))
            }
            wanted = set(ids)
            new_rows = []
            for position, item_id in enumerate(ids):
                if item_id not in existing:
                    new_rows.append((item_id, kind, position))
                    continue
                hidden_as, old_position = existing[item_id]
                if hidden_as == REMOVED:
                    self.conn.execute("UPDATE cards SET hidden = ?, position = ? WHERE id = ?", (SHOWN, position, item_id))
                    shown += 1
                elif old_position != position:
                    self.conn.execute("UPDATE cards SET position = ? WHERE id = ?", (position, item_id))
            self.conn.executemany(
                "INSERT INTO cards(id, kind, position, state, reps, lapses, leech, hidden) VALUES (?, ?, ?, 0, 0, 0, 0, 0)",
                new_rows,
            )
            gone = [
                (item_id,)
                for item_id, (hidden_as, _) in existing.items()
                if item_id not in wanted and hidden_as in (SHOWN, BURIED)
            ]
            self.conn.executemany(f"UPDATE cards SET hidden = {REMOVED}, buried_until = NULL WHERE id = ?", gone)
            self.set_meta(meta_key, digest)
        return {"added": len(new_rows), "hidden": len(gone), "shown": shown}

    # ----- suspend, bury, flag ------------------------------------------------------------
    def _set_hidden(self, card_ids: Iterable[str], to: int, *, only_from: tuple[int, ...], buried_until: datetime | None = None) -> list[str]:
        """Move the cards among `card_ids` whose hidden state is in `only_from` to `to`; returns
        the ids that changed, in the order given (unknown ids and cards already there are left)."""
        changed = []
        with self.transaction():
            for card_id in dict.fromkeys(card_ids):
                row = self.conn.execute("SELECT hidden FROM cards WHERE id = ?", (card_id,)).fetchone()
                if row is None or row[0] not in only_from:
                    continue
                self.conn.execute(
                    "UPDATE cards SET hidden = ?, buried_until = ? WHERE id = ?",
                    (to, iso(buried_until) if buried_until else None, card_id),
                )
                changed.append(card_id)
        return changed

    def suspend(self, card_ids: Iterable[str]) -> list[str]:
        """Take cards out of every queue until unsuspended (a buried card becomes suspended)."""
        return self._set_hidden(card_ids, SUSPENDED, only_from=(SHOWN, BURIED))

    def unsuspend(self, card_ids: Iterable[str]) -> list[str]:
        return self._set_hidden(card_ids, SHOWN, only_from=(SUSPENDED,))

    def bury(self, card_ids: Iterable[str], until: datetime) -> list[str]:
        """Take shown cards out of every queue until `until` (the next study day's start)."""
        return self._set_hidden(card_ids, BURIED, only_from=(SHOWN,), buried_until=until)

    def unbury(self, card_ids: Iterable[str]) -> list[str]:
        return self._set_hidden(card_ids, SHOWN, only_from=(BURIED,))

    def unbury_due(self, now: datetime) -> list[str]:
        """Bring back every buried card whose day has come. One indexed read when there is nothing
        to do (the index on cards(hidden, ...)), so a session may ask before every card."""
        earliest = self.conn.execute(f"SELECT min(coalesce(buried_until, '')) FROM cards WHERE hidden = {BURIED}").fetchone()[0]
        if earliest is None or (earliest and datetime.fromisoformat(earliest) > now):
            return []
        rows = self.conn.execute(f"SELECT id, buried_until FROM cards WHERE hidden = {BURIED}").fetchall()
        due = [card_id for card_id, until in rows if not until or datetime.fromisoformat(until) <= now]
        return self.unbury(due)

    def set_flag(self, card_ids: Iterable[str], flag: int) -> list[str]:
        """Flag cards (0 takes the flag off); returns the ids whose flag changed."""
        if flag not in FLAG_NAMES:
            raise ValueError(f"flag must be one of {sorted(FLAG_NAMES)} ({', '.join(FLAG_NAMES.values())}), not {flag!r}")
        changed = []
        with self.transaction():
            for card_id in dict.fromkeys(card_ids):
                cur = self.conn.execute("UPDATE cards SET flag = ? WHERE id = ? AND flag != ?", (flag, card_id, flag))
                if cur.rowcount:
                    changed.append(card_id)
        return changed

    def count_hidden_as(self, hidden_as: int, kind: str = "card") -> int:
        return self._count("SELECT count(*) FROM cards WHERE hidden = ? AND kind = ?", (hidden_as, kind))

    def get_card(self, card_id: str) -> CardRow | None:
        rows = self._rows("SELECT * FROM cards WHERE id = ?", (card_id,))
        return CardRow.from_sql(rows[0]) if rows else None

    def _cards(self, where: str, params: Iterable[Any] = (), *, order: str = "", limit: int | None = None) -> list[CardRow]:
        sql = f"SELECT * FROM cards WHERE {where}"
        if order:
            sql += f" ORDER BY {order}"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [CardRow.from_sql(r) for r in self._rows(sql, params)]

    def _first_card(self, where: str, params: Iterable[Any], order: str) -> CardRow | None:
        rows = self._cards(where, params, order=order, limit=1)
        return rows[0] if rows else None

    def _count(self, sql: str, params: Iterable[Any] = ()) -> int:
        return int(self.conn.execute(sql, tuple(params)).fetchone()[0])

    # ----- the review queue (quizapp.core.review) ---------------------------------------------
    def first_learning_due(self, by: datetime) -> CardRow | None:
        """The studied card in (re)learning that fell due first, if one is due at `by` or before."""
        return self._first_card(f"{STUDIED_CARD} AND state IN (?, ?) AND due <= ?", (LEARNING, RELEARNING, iso(by)), "due")

    def first_review_due(self, before: datetime) -> CardRow | None:
        """The studied card in review that fell due first, if one is due before `before`."""
        return self._first_card(f"{STUDIED_CARD} AND state = ? AND due < ?", (REVIEW, iso(before)), "due")

    def new_cards(self, limit: int | None = None) -> list[CardRow]:
        """Studied cards never answered, in the curriculum's order."""
        return self._cards(f"{STUDIED_CARD} AND state = ?", (NEW,), order="position", limit=limit)

    def count_learning_due(self, before: datetime) -> int:
        sql = f"SELECT count(*) FROM cards WHERE {STUDIED_CARD} AND state IN (?, ?) AND due < ?"
        return self._count(sql, (LEARNING, RELEARNING, iso(before)))

    def count_reviews_due(self, before: datetime) -> int:
        return self._count(f"SELECT count(*) FROM cards WHERE {STUDIED_CARD} AND state = ? AND due < ?", (REVIEW, iso(before)))

    def count_new(self) -> int:
        return self._count(f"SELECT count(*) FROM cards WHERE {STUDIED_CARD} AND state = ?", (NEW,))

    def count_labs_due(self, before: datetime) -> int:
        """Labs done before (so on a schedule) and due again before `before`; hidden ones left out."""
        sql = f"SELECT count(*) FROM cards WHERE hidden = {SHOWN} AND kind = 'lab' AND state != ? AND due < ?"
        return self._count(sql, (NEW, iso(before)))

    def flashcard_answers_since(self, since: datetime) -> dict[int, int]:
        """Flashcard answers (labs left out) given at `since` or later, counted by the card's state
        before the answer (NEW, LEARNING, ...): what the daily limits count."""
        return dict(
            self.conn.execute(
                f"SELECT kind_before, count(*) FROM reviews WHERE reviewed_at >= ? AND {FLASHCARD_ANSWER} GROUP BY kind_before",
                (iso(since),),
            )
        )

    def leeches(self) -> list[CardRow]:
        """Studied cards marked as leeches, in the curriculum's order."""
        return self._cards(f"{STUDIED_CARD} AND leech = 1", order="position")

    def next_due_after(self, now: datetime) -> datetime | None:
        """When the next studied card already answered comes due, at `now` or later."""
        sql = f"SELECT min(due) FROM cards WHERE {STUDIED_CARD} AND state != ? AND due >= ?"
        return parse_iso(self.conn.execute(sql, (NEW, iso(now))).fetchone()[0])

    def add_lab_card(self, card_id: str) -> bool:
        """Give a lab its schedule row (`lab:<id>`, new, after the other labs) unless it has one;
        returns whether it was added."""
        with self.transaction():
            cur = self.conn.execute(
                "INSERT OR IGNORE INTO cards(id, kind, position, state, reps, lapses, leech, hidden)"
                f" SELECT ?, 'lab', coalesce(max(position), -1) + 1, {NEW}, 0, 0, 0, {SHOWN} FROM cards WHERE kind = 'lab'",
                (card_id,),
            )
            return cur.rowcount > 0

    # ----- cards as lists (browse, quizzes, the command line) -----------------------------------
    def studied_card_ids(self) -> set[str]:
        return {r[0] for r in self.conn.execute(f"SELECT id FROM cards WHERE {STUDIED_CARD}")}

    def flashcards_in_content(self) -> list[CardRow]:
        """Flashcards the content still has, shown, suspended or buried (the learner can take the
        last two back), in the curriculum's order."""
        return self._cards("hidden != ? AND kind = 'card'", (REMOVED,), order="position")

    def answered_flashcards(self) -> list[CardRow]:
        """Flashcards answered at least once, hidden ones too: what is known of the learner's memory."""
        return self._cards("kind = 'card' AND state != ?", (NEW,))

    # ----- answers ------------------------------------------------------------------------
    def _set_scheduling(self, card_id: str, fields: dict[str, Any]) -> None:
        """Write the columns an answer changes, given as CardRow.scheduling_fields gives them."""
        self.conn.execute(_SET_SCHEDULING, (*(fields[name] for name in SCHEDULING_COLUMNS), card_id))

    def record_answer(
        self,
        before: CardRow,
        after: CardRow,
        *,
        rating: int,
        reviewed_at: datetime,
        duration_ms: int | None,
        answer: str | None,
        correct: bool | None,
    ) -> int:
        """Store the card's new state and the log entry in one committed transaction."""
        with self.transaction():
            self._set_scheduling(after.id, after.scheduling_fields())
            cur = self.conn.execute(
                "INSERT INTO reviews(card_id, rating, reviewed_at, duration_ms, answer, correct, state_before, kind_before)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    after.id,
                    rating,
                    iso(reviewed_at),
                    duration_ms,
                    answer,
                    None if correct is None else int(correct),
                    json.dumps(before.scheduling_fields()),
                    before.state,
                ),
            )
            return int(cur.lastrowid)

    def undo_answer(self, review_id: int) -> str:
        """Remove one log entry and put its card back as it was before; returns the card id."""
        with self.transaction():
            row = self.conn.execute("SELECT card_id, state_before FROM reviews WHERE id = ?", (review_id,)).fetchone()
            if row is None:
                raise KeyError(f"no review {review_id} to undo")
            card_id, state_before = row
            self._set_scheduling(card_id, json.loads(state_before))
            self.conn.execute("DELETE FROM reviews WHERE id = ?", (review_id,))
        return card_id

    def review_log(self, card_id: str | None = None, *, since: datetime | None = None) -> list[ReviewLogEntry]:
        sql = "SELECT id, card_id, rating, reviewed_at, duration_ms, answer, correct, state_before FROM reviews"
        clauses, params = [], []
        if card_id is not None:
            clauses.append("card_id = ?")
            params.append(card_id)
        if since is not None:
            clauses.append("reviewed_at >= ?")
            params.append(iso(since))
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        sql += " ORDER BY id"
        return [
            ReviewLogEntry(
                id=r[0],
                card_id=r[1],
                rating=r[2],
                reviewed_at=datetime.fromisoformat(r[3]),
                duration_ms=r[4],
                answer=r[5],
                correct=None if r[6] is None else bool(r[6]),
                state_before=json.loads(r[7]),
            )
            for r in self.conn.execute(sql, params)
        ]

    def count_answers(self) -> int:
        """Every answer given, to cards and labs."""
        return self._count("SELECT count(*) FROM reviews")

    def count_flashcard_answers(self) -> int:
        return self._count(f"SELECT count(*) FROM reviews WHERE {FLASHCARD_ANSWER}")

    def flashcard_answer_history(self) -> list[tuple[str, int, datetime]]:
        """(card id, rating, when) of every flashcard answer, card by card, each card's in the
        order given: what the FSRS optimizer learns from."""
        return [
            (card_id, rating, datetime.fromisoformat(reviewed_at))
            for card_id, rating, reviewed_at in self.conn.execute(
                f"SELECT card_id, rating, reviewed_at FROM reviews WHERE {FLASHCARD_ANSWER} ORDER BY card_id, reviewed_at, id"
            )
        ]

    def median_duration_ms(self, card_id: str, *, correct_only: bool = True, last: int = 10) -> float | None:
        """The learner's own typical answer time for a card (for proposing Easy)."""
        sql = "SELECT duration_ms FROM reviews WHERE card_id = ? AND duration_ms IS NOT NULL"
        if correct_only:
            sql += " AND (correct IS NULL OR correct = 1)"
        sql += " ORDER BY id DESC LIMIT ?"
        values = sorted(r[0] for r in self.conn.execute(sql, (card_id, last)))
        if not values:
            return None
        mid = len(values) // 2
        return float(values[mid]) if len(values) % 2 else (values[mid - 1] + values[mid]) / 2

    # ----- quizzes ------------------------------------------------------------------------
    def start_quiz(self, started_at: datetime, choice: dict[str, Any], scheduled: bool) -> int:
        with self.transaction():
            cur = self.conn.execute(
                "INSERT INTO quizzes(started_at, choice, scheduled, questions, right) VALUES (?, ?, ?, 0, 0)",
                (iso(started_at), json.dumps(choice, ensure_ascii=False), int(scheduled)),
            )
            return int(cur.lastrowid)

    def record_quiz_answer(
        self,
        quiz_id: int,
        *,
        position: int,
        card_id: str,
        concept_id: str,
        answer: str | None,
        correct: bool,
        answered_at: datetime,
        review_id: int | None,
    ) -> int:
        """One answered question, committed at once (a quiz cut short keeps what was answered)."""
        with self.transaction():
            cur = self.conn.execute(
                "INSERT INTO quiz_answers(quiz_id, position, card_id, concept_id, answer, correct, answered_at, review_id)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (quiz_id, position, card_id, concept_id, answer, int(correct), iso(answered_at), review_id),
            )
            self.conn.execute(
                "UPDATE quizzes SET questions = questions + 1, right = right + ? WHERE id = ?", (int(correct), quiz_id)
            )
            return int(cur.lastrowid)

    def finish_quiz(self, quiz_id: int, ended_at: datetime) -> None:
        with self.transaction():
            self.conn.execute("UPDATE quizzes SET ended_at = ? WHERE id = ?", (iso(ended_at), quiz_id))

    def quizzes(self) -> list[dict[str, Any]]:
        """Every quiz, oldest first: id, started_at, ended_at, choice, scheduled, questions, right."""
        out = []
        for row in self._rows("SELECT * FROM quizzes ORDER BY id"):
            row["started_at"] = parse_iso(row["started_at"])
            row["ended_at"] = parse_iso(row["ended_at"])
            row["choice"] = json.loads(row["choice"] or "{}")
            row["scheduled"] = bool(row["scheduled"])
            out.append(row)
        return out

    def quiz_answers(self, quiz_id: int) -> list[dict[str, Any]]:
        rows = self._rows("SELECT * FROM quiz_answers WHERE quiz_id = ? ORDER BY position", (quiz_id,))
        for row in rows:
            row["correct"] = bool(row["correct"])
            row["answered_at"] = parse_iso(row["answered_at"])
        return rows

    def concept_quiz_history(self, concept_id: str) -> list[tuple[int, datetime, int, int]]:
        """(quiz id, when it started, questions on this concept, right), oldest first."""
        return [
            (quiz_id, datetime.fromisoformat(started), n, right)
            for quiz_id, started, n, right in self.conn.execute(
                "SELECT q.id, q.started_at, count(*), sum(a.correct) FROM quiz_answers a JOIN quizzes q ON q.id = a.quiz_id"
                " WHERE a.concept_id = ? GROUP BY q.id ORDER BY q.id",
                (concept_id,),
            )
        ]

    # ----- statistics (quizapp.core.stats) -------------------------------------------------
    def _quarters(self, bounds: list[datetime]) -> list[int] | None:
        """`bounds` as review_quarters keys, or None when one is not on a quarter hour."""
        out = []
        for bound in bounds:
            seconds = (bound - _EPOCH) // timedelta(microseconds=1)
            if seconds % (QUARTER_S * 1_000_000):
                return None
            out.append(seconds // (QUARTER_S * 1_000_000))
        return out

    def count_answers_between(self, bounds: list[datetime]) -> list[int]:
        """Answers (cards and lab results) given in each period [bounds[i], bounds[i+1]).

        From review_quarters when the bounds are quarter hours (study days always are), else one
        count per period on the reviewed_at index."""
        quarters = self._quarters(bounds)
        if quarters is not None:
            sql = "SELECT coalesce(sum(answers), 0) FROM review_quarters WHERE quarter >= ? AND quarter < ?"
            return [self._count(sql, (a, b)) for a, b in zip(quarters, quarters[1:])]
        sql = "SELECT count(*) FROM reviews WHERE reviewed_at >= ? AND reviewed_at < ?"
        return [self._count(sql, (iso(a), iso(b))) for a, b in zip(bounds, bounds[1:])]

    def count_flashcard_answers_between(self, bounds: list[datetime]) -> list[int]:
        """Flashcard answers (labs left out) given in each period [bounds[i], bounds[i+1])."""
        sql = f"SELECT count(*) FROM reviews WHERE reviewed_at >= ? AND reviewed_at < ? AND {FLASHCARD_ANSWER}"
        return [self._count(sql, (iso(a), iso(b))) for a, b in zip(bounds, bounds[1:])]

    def answered_quarter_hours(self) -> list[datetime]:
        """The start of every quarter hour in which something (a card or a lab) was answered,
        oldest first. A study day starts on a whole hour of a time zone, and zones are whole
        quarter hours off UTC, so these give the same study days as every answer's own time,
        from one row per quarter instead of one per answer."""
        return [
            _EPOCH + timedelta(seconds=quarter * QUARTER_S)
            for (quarter,) in self.conn.execute("SELECT quarter FROM review_quarters WHERE answers > 0 ORDER BY quarter")
        ]

    def count_review_passes_between(self, bounds: list[datetime]) -> list[tuple[int, int]]:
        """(passed, answered) per period [bounds[i], bounds[i+1]) for flashcards answered in the
        review state: the answers that measure retention (learning steps and labs do not)."""
        quarters = self._quarters(bounds)
        if quarters is not None:
            sql = (
                "SELECT coalesce(sum(review_passed), 0), coalesce(sum(review_answered), 0) FROM review_quarters"
                " WHERE quarter >= ? AND quarter < ?"
            )
            params = [(a, b) for a, b in zip(quarters, quarters[1:])]
        else:
            sql = (
                "SELECT coalesce(sum(rating > 1), 0), count(*) FROM reviews"
                f" WHERE reviewed_at >= ? AND reviewed_at < ? AND kind_before = ? AND {FLASHCARD_ANSWER}"
            )
            params = [(iso(a), iso(b), REVIEW) for a, b in zip(bounds, bounds[1:])]
        out = []
        for p in params:
            passed, answered = self.conn.execute(sql, p).fetchone()
            out.append((int(passed), int(answered)))
        return out

    def count_cards_due_by(self, ends: list[datetime]) -> list[int]:
        """Visible, studied flashcards falling due in each period ending at ends[i] (exclusive),
        the first period taking every card already overdue. One count per period on the (hidden,
        kind, state, due) index."""
        if not ends:
            return []
        studied = (LEARNING, REVIEW, RELEARNING)
        where = f"{STUDIED_CARD} AND state IN (?, ?, ?)"
        counts = [self._count(f"SELECT count(*) FROM cards WHERE {where} AND due < ?", (*studied, iso(ends[0])))]
        between = f"SELECT count(*) FROM cards WHERE {where} AND due >= ? AND due < ?"
        counts += [self._count(between, (*studied, iso(a), iso(b))) for a, b in zip(ends, ends[1:])]
        return counts

    def memory_states(self) -> list[tuple[str, float, datetime]]:
        """(card id, FSRS stability, last answered) of every visible flashcard studied so far."""
        return [
            (r[0], r[1], datetime.fromisoformat(r[2]))
            for r in self.conn.execute(
                f"SELECT id, stability, last_review FROM cards WHERE {STUDIED_CARD} AND state != ?"
                " AND stability IS NOT NULL AND last_review IS NOT NULL",
                (NEW,),
            )
        ]

    def memory_ages(self, now: datetime) -> list[tuple[str, float, int]]:
        """memory_states with, instead of the time of the last answer, the whole days since then
        ((now - last).days, at least 0), worked out in SQL on iso() text: parsing 90,000 times
        in Python took 100 ms. A time not in iso()'s form is parsed in Python.

        NOT INDEXED: nearly every row qualifies, and reading the table in order is faster than
        following the hidden index row by row (95 against 140 ms for 100,000 cards)."""
        now_us = (now - _EPOCH) // timedelta(microseconds=1)
        rows = self.conn.execute(
            "SELECT id, stability, CASE WHEN length(last_review) = 32 AND substr(last_review, 27) = '+00:00'"
            " THEN max(0, (? - (CAST(strftime('%s', substr(last_review, 1, 19)) AS INTEGER) * 1000000"
            " + CAST(substr(last_review, 21, 6) AS INTEGER))) / 86400000000) END"
            f" FROM cards NOT INDEXED WHERE {STUDIED_CARD} AND state != ?"
            " AND stability IS NOT NULL AND last_review IS NOT NULL",
            (now_us, NEW),
        ).fetchall()
        if any(days is None for _, _, days in rows):
            last = dict(self.conn.execute(f"SELECT id, last_review FROM cards WHERE {STUDIED_CARD}"))
            rows = [
                (card_id, stability, days if days is not None else max(0, (now - datetime.fromisoformat(last[card_id])).days))
                for card_id, stability, days in rows
            ]
        return rows

    def count_flashcards(self) -> int:
        """Visible flashcards (the content's, not labs)."""
        return self._count(f"SELECT count(*) FROM cards WHERE {STUDIED_CARD}")

    def lab_cards(self) -> list[CardRow]:
        """The labs' own schedule rows (`lab:<id>`), hidden ones too."""
        return self._cards("kind = 'lab'")

    def lab_attempt_counts(self) -> dict[str, tuple[int, int]]:
        """lab id -> (attempts, attempts passed)."""
        rows = self.conn.execute(
            "SELECT lab_id, count(*), coalesce(sum(passed_at IS NOT NULL), 0) FROM lab_attempts GROUP BY lab_id"
        )
        return {r[0]: (int(r[1]), int(r[2])) for r in rows}

    # ----- lab attempts -------------------------------------------------------------------
    _LAB_JSON = ("params", "answers", "resources")

    def start_lab_attempt(self, lab_id: str, started_at: datetime, workdir: str, params: dict[str, Any]) -> int:
        with self.transaction():
            cur = self.conn.execute(
                "INSERT INTO lab_attempts(lab_id, started_at, workdir, params, answers, hints_used, failed_checks, resources)"
                " VALUES (?, ?, ?, ?, '{}', 0, 0, '{}')",
                (lab_id, iso(started_at), str(workdir), json.dumps(params)),
            )
            return int(cur.lastrowid)

    def _lab_attempt_from_row(self, row: dict[str, Any]) -> LabAttempt:
        return LabAttempt(
            id=row["id"],
            lab_id=row["lab_id"],
            started_at=datetime.fromisoformat(row["started_at"]),
            workdir=row["workdir"],
            params=json.loads(row["params"] or "{}"),
            answers=json.loads(row["answers"] or "{}"),
            hints_used=row["hints_used"],
            failed_checks=row["failed_checks"],
            resources=json.loads(row["resources"] or "{}"),
            passed_at=parse_iso(row["passed_at"]),
            ended_at=parse_iso(row["ended_at"]),
            outcome=row["outcome"],
        )

    def current_lab_attempt(self, lab_id: str) -> LabAttempt | None:
        """The latest attempt at this lab that has not ended."""
        rows = self._rows("SELECT * FROM lab_attempts WHERE lab_id = ? AND ended_at IS NULL ORDER BY id DESC LIMIT 1", [lab_id])
        return self._lab_attempt_from_row(rows[0]) if rows else None

    def lab_attempts(self, lab_id: str | None = None) -> list[LabAttempt]:
        if lab_id is None:
            rows = self._rows("SELECT * FROM lab_attempts ORDER BY id")
        else:
            rows = self._rows("SELECT * FROM lab_attempts WHERE lab_id = ? ORDER BY id", [lab_id])
        return [self._lab_attempt_from_row(r) for r in rows]

    def update_lab_attempt(self, attempt_id: int, **changes: Any) -> None:
        allowed = {"answers", "hints_used", "failed_checks", "resources", "passed_at", "params"}
        unknown = set(changes) - allowed
        if unknown:
            raise TypeError(f"update_lab_attempt: unknown fields {sorted(unknown)}")
        values = {}
        for key, value in changes.items():
            if value is None:
                continue
            if key in self._LAB_JSON:
                value = json.dumps(value)
            elif key == "passed_at":
                value = iso(value)
            values[key] = value
        if not values:
            return
        with self.transaction():
            sets = ", ".join(f"{k} = ?" for k in values)
            self.conn.execute(f"UPDATE lab_attempts SET {sets} WHERE id = ?", (*values.values(), attempt_id))

    def end_lab_attempt(self, attempt_id: int, ended_at: datetime, outcome: str) -> None:
        if outcome not in ("passed", "gave_up", "reset"):
            raise ValueError(f"outcome must be passed, gave_up or reset, not {outcome!r}")
        with self.transaction():
            self.conn.execute(
                "UPDATE lab_attempts SET ended_at = ?, outcome = ? WHERE id = ?", (iso(ended_at), outcome, attempt_id)
            )


class DatabaseFile:
    """A database file other than the open one (a backup to restore from), opened only to judge
    it: its schema version, its tables, whether SQLite finds it sound. Opening may write beside
    the file: give it a copy. Raises sqlite3.Error where the file is not a readable database."""

    def __init__(self, path: Path | str):
        self._conn = sqlite3.connect(path, isolation_level=None)

    def version(self) -> int:
        return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    def tables(self) -> set[str]:
        return {row[0] for row in self._conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}

    def quick_check(self) -> str:
        """SQLite's verdict on the file's pages: "ok", or the first problem found."""
        return str(self._conn.execute("PRAGMA quick_check").fetchone()[0])

    def close(self) -> None:
        self._conn.close()


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any exception. Nested use joins the outer one."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.outer = False

    def __enter__(self) -> sqlite3.Connection:
        if self.conn.in_transaction:
            return self.conn
        self.outer = True
        self.conn.execute("BEGIN IMMEDIATE")
        return self.conn

    def __exit__(self, exc_type, exc, tb) -> None:
        if not self.outer:
            return
        if exc_type is None:
            self.conn.execute("COMMIT")
        else:
            self.conn.execute("ROLLBACK")

