"""The terminal front end, driven through a pipe as a script would."""

import json
import os
import subprocess
import sys

import pytest


def quizapp(*args, data_dir, stdin="", env_extra=None):
    env = dict(os.environ)
    env.pop("QUIZAPP_DATA_DIR", None)
    env.update(env_extra or {})
    return subprocess.run(
        [sys.executable, "-m", "quizapp", "--data-dir", str(data_dir), *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def stats(data_dir):
    out = quizapp("stats", "--json", data_dir=data_dir)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_stats_json_on_a_fresh_collection(data_dir):
    s = stats(data_dir)
    assert set(s) >= {"cards", "new", "learning", "review", "reviews_today"}
    assert s["cards"] >= 100
    assert s["new"] == 20  # the default daily limit, out of many more new cards
    assert s["learning"] == s["review"] == s["reviews_today"] == 0


def test_piped_review_rates_undoes_and_keeps_answers(data_dir):
    from quizapp.core.store import Store

    # First card of the built-in deck is a basic card: reveal, rate Good. Then the script quits.
    first = quizapp("--lang", "en", "review", "--terminal", data_dir=data_dir, stdin="\n3\nq\n")
    assert first.returncode == 0, first.stderr
    assert "answered 1 card" in first.stdout
    s = stats(data_dir)
    assert s["reviews_today"] == 1 and s["new"] == 19 and s["learning"] == 1
    store = Store.open(data_dir)
    try:
        [entry] = store.review_log()
        assert entry.rating == 3 and entry.state_before["state"] == 0
    finally:
        store.close()


def test_undo_in_the_terminal(data_dir):
    out = quizapp("--lang", "en", "review", "--terminal", data_dir=data_dir, stdin="\n3\nu\nq\n")
    assert out.returncode == 0, out.stderr
    assert "Undone:" in out.stdout
    assert stats(data_dir)["reviews_today"] == 0


def test_end_of_input_quits_cleanly(data_dir):
    out = quizapp("review", "--terminal", data_dir=data_dir, stdin="")
    assert out.returncode == 0
    assert "Traceback" not in out.stderr


def test_korean_is_the_default_language(data_dir):
    out = quizapp("review", "--terminal", data_dir=data_dir, stdin="q\n")
    assert "답 보기" in out.stdout


def test_data_dir_from_environment(tmp_path):
    env_dir = tmp_path / "from-env"
    out = subprocess.run(
        [sys.executable, "-m", "quizapp", "stats", "--json"],
        capture_output=True,
        text=True,
        env={**os.environ, "QUIZAPP_DATA_DIR": str(env_dir)},
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert (env_dir / "quizapp.sqlite3").exists()


def test_data_dir_that_is_a_file_names_it(tmp_path):
    f = tmp_path / "not-a-folder"
    f.write_text("x")
    out = quizapp("stats", "--json", data_dir=f)
    assert out.returncode == 2
    assert str(f) in out.stderr and "Traceback" not in out.stderr


def test_corrupt_database_is_reported_with_its_new_place(data_dir):
    (data_dir / "quizapp.sqlite3").write_bytes(b"\x00garbage" * 1000)
    out = quizapp("--lang", "en", "stats", "--json", data_dir=data_dir)
    assert out.returncode == 0
    assert "moved to" in out.stderr and "unreadable" in out.stderr
    moved = [p for p in data_dir.iterdir() if "unreadable" in p.name]
    assert len(moved) == 1 and moved[0].read_bytes() == b"\x00garbage" * 1000


def test_wrong_option_feedback_names_its_misconception(data_dir):
    from quizapp.core.collection import Collection
    from quizapp.core.grading import grade

    with Collection.open(data_dir) as collection:
        card = next(c for c in collection.deck.cards if c.type == "choice" and any(o.misconception for o in c.options))
        wrong = next(o for o in card.options if o.misconception)
        result = grade(card, [wrong.id])
        lines = collection.feedback_lines(result.feedback, "en")
        expected = collection.deck.curriculum.misconception(wrong.misconception).text.en
        assert not result.correct
        assert any(line.startswith("A common misconception: " + expected) for line in lines)
        assert any(wrong.feedback.en in line for line in lines)
