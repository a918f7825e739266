"""The store's schema, one step per version: each takes the database from version i to i+1 (the
store reads `PRAGMA user_version` and runs the steps it lacks, in one transaction). Never edit a
released step: add one. Loaded only when a database needs one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

# The card states as stored (quizapp.core.store's NEW and REVIEW). A step is history: it writes the
# values of its version, and the store imports this module, so it does not import the store back.
NEW, REVIEW = 0, 2

if TYPE_CHECKING:
    import sqlite_utils


def _migrate_to_1(db: "sqlite_utils.Database") -> None:
    db["cards"].create(
        {
            "id": str,
            "kind": str,
            "position": int,
            "state": int,
            "step": int,
            "stability": float,
            "difficulty": float,
            "due": str,
            "last_review": str,
            "reps": int,
            "lapses": int,
            "leech": int,
            "hidden": int,
        },
        pk="id",
        not_null={"kind", "position", "state", "reps", "lapses", "leech", "hidden"},
        defaults={"kind": "card", "state": NEW, "reps": 0, "lapses": 0, "leech": 0, "hidden": 0},
    )
    # The review queue's two questions: due learning/review cards by time, new cards by position.
    db.execute("CREATE INDEX idx_cards_due ON cards(hidden, state, due)")
    db.execute("CREATE INDEX idx_cards_new ON cards(hidden, state, position)")
    db["reviews"].create(
        {
            "id": int,
            "card_id": str,
            "rating": int,
            "reviewed_at": str,
            "duration_ms": int,
            "answer": str,
            "correct": int,
            "state_before": str,
            "kind_before": int,  # the state before, repeated as a column for the daily limits
        },
        pk="id",
        not_null={"card_id", "rating", "reviewed_at", "state_before", "kind_before"},
    )
    db.execute("CREATE INDEX idx_reviews_time ON reviews(reviewed_at)")
    db.execute("CREATE INDEX idx_reviews_card ON reviews(card_id, reviewed_at)")
    db["lab_attempts"].create(
        {
            "id": int,
            "lab_id": str,
            "started_at": str,
            "workdir": str,
            "params": str,
            "answers": str,
            "hints_used": int,
            "failed_checks": int,
            "resources": str,
            "passed_at": str,
            "ended_at": str,
            "outcome": str,
        },
        pk="id",
        not_null={"lab_id", "started_at", "workdir", "hints_used", "failed_checks"},
        defaults={"hints_used": 0, "failed_checks": 0, "params": "{}", "answers": "{}", "resources": "{}"},
    )
    db.execute("CREATE INDEX idx_lab_attempts_lab ON lab_attempts(lab_id, id)")
    db["settings"].create({"key": str, "value": str}, pk="key")
    db["meta"].create({"key": str, "value": str}, pk="key")


def _migrate_to_2(db: "sqlite_utils.Database") -> None:
    """Suspend, bury and flag (cards.hidden becomes a state, see SHOWN..BURIED; version 1 only ever
    wrote 0 and 1, which keep their meaning), and quizzes with their answers."""
    db.execute("ALTER TABLE cards ADD COLUMN flag INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE cards ADD COLUMN buried_until TEXT")
    db["quizzes"].create(
        {
            "id": int,
            "started_at": str,
            "ended_at": str,
            "choice": str,  # JSON: how the cards were chosen (concepts, section, weakest, count, seed)
            "scheduled": int,  # whether the answers also counted as reviews
            "questions": int,
            "right": int,
        },
        pk="id",
        not_null={"started_at", "choice", "scheduled", "questions", "right"},
        defaults={"choice": "{}", "scheduled": 1, "questions": 0, "right": 0},
    )
    db["quiz_answers"].create(
        {
            "id": int,
            "quiz_id": int,
            "position": int,
            "card_id": str,
            "concept_id": str,  # the card's first concept: the one its result counts for
            "answer": str,
            "correct": int,
            "answered_at": str,
            "review_id": int,  # the review it also counted as, when scheduled
        },
        pk="id",
        not_null={"quiz_id", "position", "card_id", "concept_id", "correct", "answered_at"},
        foreign_keys=[("quiz_id", "quizzes", "id")],
    )
    db.execute("CREATE INDEX idx_quiz_answers_concept ON quiz_answers(concept_id, quiz_id)")
    db.execute("CREATE INDEX idx_quiz_answers_quiz ON quiz_answers(quiz_id, position)")


# review_quarters: answers per quarter hour (store.QUARTER_S), kept by triggers.
_QUARTER_OF = "CAST(strftime('%s', substr({row}.reviewed_at, 1, 19)) AS INTEGER) / 900"
_IS_REVIEW = "({row}.kind_before = " + str(REVIEW) + " AND {row}.card_id NOT LIKE 'lab:%')"


def _quarter_add(row: str, sign: str) -> str:
    quarter, review = _QUARTER_OF.format(row=row), _IS_REVIEW.format(row=row)
    return (
        "INSERT INTO review_quarters(quarter, answers, review_answered, review_passed)"
        f" VALUES ({quarter}, {sign}1, {sign}{review}, {sign}({review} AND {row}.rating > 1))"
        " ON CONFLICT(quarter) DO UPDATE SET answers = answers + excluded.answers,"
        " review_answered = review_answered + excluded.review_answered,"
        " review_passed = review_passed + excluded.review_passed;"
    )


def _migrate_to_3(db: "sqlite_utils.Database") -> None:
    """review_quarters: answer counts per quarter hour for the Statistics view, filled from the
    reviews already there and kept up to date by triggers on every later change; and an index
    that counts flashcards apart from labs (the review queue's due counts, the forecast) without
    reading the table: 60 against 2 ms for 100,000 cards."""
    db.execute("CREATE INDEX idx_cards_kind_due ON cards(hidden, kind, state, due)")
    db.execute(
        "CREATE TABLE review_quarters (quarter INTEGER PRIMARY KEY, answers INTEGER NOT NULL,"
        " review_answered INTEGER NOT NULL, review_passed INTEGER NOT NULL)"
    )
    quarter, review = _QUARTER_OF.format(row="reviews"), _IS_REVIEW.format(row="reviews")
    db.execute(
        "INSERT INTO review_quarters(quarter, answers, review_answered, review_passed)"
        f" SELECT {quarter}, count(*), sum({review}), sum({review} AND rating > 1) FROM reviews GROUP BY 1"
    )
    db.execute(f"CREATE TRIGGER review_quarters_insert AFTER INSERT ON reviews BEGIN {_quarter_add('NEW', '+')} END")
    db.execute(f"CREATE TRIGGER review_quarters_delete AFTER DELETE ON reviews BEGIN {_quarter_add('OLD', '-')} END")
    db.execute(
        "CREATE TRIGGER review_quarters_update AFTER UPDATE OF reviewed_at, rating, card_id, kind_before ON reviews"
        f" BEGIN {_quarter_add('OLD', '-')} {_quarter_add('NEW', '+')} END"
    )


MIGRATIONS = [_migrate_to_1, _migrate_to_2, _migrate_to_3]
