"""The learner's data carried elsewhere: `quizapp export --anki/--json`, `backup`, `restore`.

The Anki package is read back by Anki's own library (PyPI `anki`), not by genanki, which wrote it.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import shutil
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from quizapp.cli import main
from quizapp.core.clock import FixedClock
from quizapp.core.collection import Collection
from quizapp.core.content.loader import load_content
from quizapp.core.portable import RestoreRefused, export_anki, make_backup, restore
from quizapp.core.store import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"
DAY0 = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)


@functools.lru_cache(maxsize=1)
def the_deck():
    return load_content(CONTENT)  # read once: a second or so each time


@pytest.fixture(scope="module")
def deck():
    return the_deck()


def answer_some(data_dir: Path, n: int, when: datetime = DAY0, rating: int = 3) -> None:
    with Collection.open(data_dir, clock=FixedClock(when), deck=the_deck(), backup=False) as c:
        session = c.session()
        for _ in range(n):
            card = session.next_card()
            session.answer(card.id, rating, duration_ms=1200)


def table(path: Path, name: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT * FROM {name} ORDER BY 1").fetchall()
    finally:
        conn.close()


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under `folder` by its bytes."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*")) if p.is_file()}


# ----- Anki ---------------------------------------------------------------------------------------
def test_the_anki_package_imports_into_anki_with_every_card(deck, tmp_path):
    anki_collection = pytest.importorskip("anki.collection")
    package = tmp_path / "quizapp.apkg"
    assert export_anki(deck.cards, package) == len(deck.cards) > 100

    col = anki_collection.Collection(str(tmp_path / "collection.anki2"))
    try:
        request = anki_collection.ImportAnkiPackageRequest(
            package_path=str(package), options=anki_collection.ImportAnkiPackageOptions(with_scheduling=False)
        )
        col.import_anki_package(request)
        note_ids = col.find_notes("")
        assert len(note_ids) == col.card_count() == len(deck.cards)
        notes = {note["QuizappId"]: note for note in (col.get_note(nid) for nid in note_ids)}
        assert set(notes) == {card.id for card in deck.cards}  # one note per card, none twice

        for card in deck.cards:  # both languages on each card
            front = notes[card.id]["Front"]
            assert 'lang="ko"' in front and 'lang="en"' in front
            assert re.search(r"[\uac00-\ud7a3]", front), f"{card.id}: no Korean on the front"

        with_code = next(card for card in deck.cards if card.code is not None and card.code.lang == "dockerfile")
        front = notes[with_code.id]["Front"]
        assert "<pre" in front and 'style="color:' in front  # highlighted by Pygments, styles inline
        command = next(card for card in deck.cards if card.type == "command")
        assert "<pre" in notes[command.id]["Back"] and 'style="color:' in notes[command.id]["Back"]
    finally:
        col.close()


def test_a_second_export_updates_the_notes_of_the_first(deck, tmp_path):
    anki_collection = pytest.importorskip("anki.collection")
    first, second = tmp_path / "a.apkg", tmp_path / "b.apkg"
    export_anki(deck.cards, first)
    export_anki(deck.cards[:10], second)
    col = anki_collection.Collection(str(tmp_path / "collection.anki2"))
    try:
        for package in (first, second):
            col.import_anki_package(
                anki_collection.ImportAnkiPackageRequest(package_path=str(package), options=anki_collection.ImportAnkiPackageOptions())
            )
        assert col.note_count() == len(deck.cards)
    finally:
        col.close()


def test_export_anki_from_the_command_line(tmp_path, capsys):
    package = tmp_path / "cards.apkg"
    assert main(["--data-dir", str(tmp_path / "data"), "--lang", "en", "export", "--anki", str(package)]) == 0
    assert package.stat().st_size > 0 and "Exported" in capsys.readouterr().out
    assert main(["--data-dir", str(tmp_path / "data"), "export", "--anki", str(tmp_path / "missing" / "x.apkg")]) == 2
    assert "missing" in capsys.readouterr().err


# ----- JSON ---------------------------------------------------------------------------------------
def test_the_json_export_holds_the_cards_and_every_answer(deck, data_dir, tmp_path):
    answer_some(data_dir, 5)
    answer_some(data_dir, 3, when=DAY0 + timedelta(days=1), rating=1)
    out = tmp_path / "export.json"
    assert main(["--data-dir", str(data_dir), "export", "--json", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "quizapp-export" and data["schema_version"] == SCHEMA_VERSION
    reviews = table(data_dir / "quizapp.sqlite3", "reviews")
    assert len(data["reviews"]) == len(reviews) == 8
    assert [tuple(r.values()) for r in data["reviews"]] == reviews  # every column of every answer
    exported = {c["id"]: c for c in data["cards"]}
    assert {card.id for card in deck.cards} <= set(exported)
    answered = {r["card_id"] for r in data["reviews"]}
    assert all(exported[cid]["schedule"]["reps"] >= 1 for cid in answered)
    some = deck.cards[0]
    assert exported[some.id]["content"]["prompt"] == {"ko": some.prompt.ko, "en": some.prompt.en}


# ----- backup and restore -------------------------------------------------------------------------
def test_restoring_a_backup_brings_back_every_answer(data_dir):
    answer_some(data_dir, 6)
    db = data_dir / "quizapp.sqlite3"
    reviews_then, cards_then = table(db, "reviews"), table(db, "cards")
    backup = make_backup(data_dir, DAY0).path
    assert backup.parent == data_dir / "backups" and backup.name.startswith("manual-")
    assert not backup.with_name(backup.name + "-wal").exists()  # one self-contained file

    answer_some(data_dir, 4, when=DAY0 + timedelta(days=2), rating=1)  # more answers after it
    reviews_later = table(db, "reviews")
    assert len(reviews_later) == 10

    result = restore(data_dir, backup, DAY0 + timedelta(days=2))
    assert result.reviews == 6
    assert table(db, "reviews") == reviews_then and table(db, "cards") == cards_then
    # What was there before is kept aside, every answer of it.
    assert result.kept_aside.parent == data_dir / "backups"
    assert table(result.kept_aside, "reviews") == reviews_later
    # ...and the app studies on from the restored answers.
    answer_some(data_dir, 1, when=DAY0 + timedelta(days=3))
    assert len(table(db, "reviews")) == 7


def test_a_daily_backup_restores_too_and_the_daily_pruning_keeps_manual_ones(data_dir):
    answer_some(data_dir, 2)
    manual = make_backup(data_dir, DAY0).path
    for day in range(1, 10):
        with Collection.open(data_dir, clock=FixedClock(DAY0 + timedelta(days=day)), deck=the_deck()) as c:
            c.session().answer(c.session().next_card().id, 3, duration_ms=900)
            daily = c.store.backups()
    assert manual.exists() and manual not in daily and len(daily) == 7
    result = restore(data_dir, daily[-1], DAY0 + timedelta(days=10))
    assert result.reviews == len(table(daily[-1], "reviews"))


def test_backup_to_a_file_of_ones_choice_and_never_over_one(data_dir, tmp_path, capsys):
    answer_some(data_dir, 3)
    target = tmp_path / "mine.sqlite3"
    assert main(["--data-dir", str(data_dir), "--lang", "en", "backup", "--to", str(target)]) == 0
    assert len(table(target, "reviews")) == 3 and "3 answers" in capsys.readouterr().out
    before = target.read_bytes()
    answer_some(data_dir, 1)
    assert main(["--data-dir", str(data_dir), "--lang", "en", "backup", "--to", str(target)]) == 2
    assert "already exists" in capsys.readouterr().err and target.read_bytes() == before


def newer_database(source: Path, target: Path) -> Path:
    shutil.copyfile(source, target)
    conn = sqlite3.connect(target)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    return target


def not_quizapp_database(target: Path) -> Path:
    conn = sqlite3.connect(target)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    return target


@pytest.mark.parametrize("kind", ["text", "empty", "other-sqlite", "newer", "truncated", "missing"])
def test_a_refused_restore_changes_nothing(kind, data_dir, tmp_path, capsys):
    answer_some(data_dir, 4)
    good = make_backup(data_dir, DAY0).path
    offered = tmp_path / "offered" / f"{kind}.sqlite3"
    offered.parent.mkdir()
    if kind == "text":
        offered.write_text("these are my notes, not a database\n")
    elif kind == "empty":
        offered.write_bytes(b"")
    elif kind == "other-sqlite":
        not_quizapp_database(offered)
    elif kind == "newer":
        newer_database(good, offered)
    elif kind == "truncated":
        offered.write_bytes(good.read_bytes()[: len(good.read_bytes()) // 3])
    data_before, offered_before = snapshot(data_dir), snapshot(offered.parent)

    code = main(["--data-dir", str(data_dir), "--lang", "en", "restore", str(offered)])

    assert code == 2
    err = capsys.readouterr().err
    assert str(offered) in err
    if kind == "newer":
        assert "newer quizapp" in err and f"schema {SCHEMA_VERSION + 1}" in err
    elif kind == "missing":
        assert "does not exist" in err
    else:
        assert "not a quizapp database" in err or "damaged" in err
    assert snapshot(data_dir) == data_before  # no file in the data folder changed or appeared
    assert snapshot(offered.parent) == offered_before  # nor beside the file offered
    assert len(table(data_dir / "quizapp.sqlite3", "reviews")) == 4


def test_the_newer_database_message_in_korean_too(data_dir, tmp_path):
    answer_some(data_dir, 1)
    offered = newer_database(make_backup(data_dir, DAY0).path, tmp_path / "newer.sqlite3")
    with pytest.raises(RestoreRefused) as refused:
        restore(data_dir, offered, DAY0)
    assert "더 새로운 quizapp" in refused.value.text["ko"] and "newer quizapp" in refused.value.text["en"]


def test_the_released_schema_fixture_restores(data_dir):
    fixture = ROOT / "tests" / "fixtures" / "db-v1.sqlite3"
    before = snapshot(fixture.parent)
    result = restore(data_dir, fixture, DAY0)
    assert result.reviews == len(table(fixture, "reviews"))
    assert snapshot(fixture.parent) == before


def test_version_comes_from_pyproject(capsys):
    import tomllib

    expected = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"quizapp {expected}"


def test_a_cloze_card_is_filled_in_each_language_with_its_own_answers(deck):
    from quizapp.core.portable import HANGUL, card_back, card_front

    mixed = [
        card for card in deck.cards
        if card.type == "cloze" and card.text_lang == "text"
        and all(any(HANGUL.search(a) for a in answers) and any(not HANGUL.search(a) for a in answers) for answers in card.blanks)
    ]
    assert mixed, "the deck has a cloze card with Korean and English answers to every blank"
    for card in mixed:
        english_back = re.search(r'<div class="en" lang="en">(.*?)</div>', card_back(card)).group(1)
        korean_back = re.search(r'<div class="ko" lang="ko">(.*?)</div>', card_back(card)).group(1)
        assert not HANGUL.search(english_back), english_back
        assert "{{" not in korean_back and "____" in card_front(card)


def test_a_database_copied_by_hand_with_its_wal_restores_every_answer(tmp_path):
    """A learner's own copy of a database in use: answers still only in its -wal file count too."""
    from quizapp.core.store import Store

    source_dir, target_dir = tmp_path / "laptop", tmp_path / "desktop"
    answer_some(source_dir, 3)
    with Store.open(source_dir) as open_store:  # held open: its -wal is not folded back in
        open_store.conn.execute("PRAGMA wal_autocheckpoint = 0")
        with Collection(open_store, the_deck(), FixedClock(DAY0)) as c:
            session = c.session()
            session.answer(session.next_card().id, 4, duration_ms=800)
            copied = tmp_path / "by-hand"
            copied.mkdir()
            for name in ("quizapp.sqlite3", "quizapp.sqlite3-wal"):
                shutil.copyfile(source_dir / name, copied / name)
    assert (copied / "quizapp.sqlite3-wal").stat().st_size > 0
    answer_some(target_dir, 1)
    result = restore(target_dir, copied / "quizapp.sqlite3", DAY0)
    assert result.reviews == 4 == len(table(target_dir / "quizapp.sqlite3", "reviews"))


def test_restoring_under_an_open_store_reopens_it_on_the_restored_answers(data_dir, tmp_path):
    from quizapp.core.store import Store

    answer_some(data_dir, 2)
    backup = make_backup(data_dir, DAY0).path
    answer_some(data_dir, 3)
    with Store.open(data_dir) as store:  # the app's own, held open as the window holds it
        with pytest.raises(RestoreRefused):
            restore(data_dir, tmp_path / "nowhere.sqlite3", DAY0, store=store)
        assert store.count_answers() == 5  # refused: still the same, still usable
        result = restore(data_dir, backup, DAY0, store=store)
        assert result.reviews == 2 == store.count_answers()
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"  # opened as the app opens it
