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


def day_boundary_far_from_now(data_dir) -> None:
    """Put the study day's start 12 hours from now. The command line runs on the system clock, so
    a learning step of a few minutes taken shortly before the day's start (04:00) belongs to the
    next study day and is not in today's counts: this test failed at 03:55."""
    from dataclasses import replace
    from datetime import datetime

    from quizapp.core.store import Store

    store = Store.open(data_dir)
    try:
        hour = (datetime.now().astimezone().hour + 12) % 24
        store.save_settings(replace(store.load_settings(), day_start_hour=hour))
    finally:
        store.close()


def test_piped_review_rates_undoes_and_keeps_answers(data_dir):
    from quizapp.core.store import Store

    day_boundary_far_from_now(data_dir)
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


# ----- in process: the shuffle, what the front shows, empty answers and "I don't know" -------------
GUI_CONTENT = __import__("pathlib").Path(__file__).parent / "gui" / "content"


def scripted(collection, lang, lines, rng=None):
    """A TerminalReview fed `lines`; what it writes (and each prompt) lands in `out`."""
    import random

    from quizapp.cli.review import TerminalReview

    out: list[str] = []
    feed = iter(lines)

    def read(prompt):
        out.append(prompt)
        return next(feed, None)

    review = TerminalReview(collection, lang, read, out.append, rng=rng or random.Random(5))
    return review, out


def test_the_right_option_lands_on_every_letter_and_its_letter_picks_it(data_dir):
    import random

    from quizapp.cli.review import TerminalReview
    from quizapp.core.collection import Collection

    with Collection.open(data_dir, backup=False) as collection:
        card = next(c for c in collection.deck.cards if c.type == "choice" and len(c.options) == 4 and not c.multiple)
        right = next(o for o in card.options if o.correct)
        written: list[str] = []

        def read(prompt):
            # Answer with the letter shown beside the right option, as a learner who knows it would.
            line = next(w for w in reversed(written) if w.endswith(") " + right.text.en))
            return line.strip()[0]

        review = TerminalReview(collection, "en", read, written.append, rng=random.Random(2))
        letters = set()
        for _ in range(30):
            written.clear()
            assert review.read_answer(card) == [right.id]
            letters.add(next(w for w in written if w.endswith(") " + right.text.en)).strip()[0])
        assert letters == set("abcd")


def test_nothing_shown_before_the_answer_states_the_concept(data_dir):
    from quizapp.core.collection import Collection

    with Collection.open(data_dir, backup=False) as collection:
        deck = collection.deck
        # Basic cards: Enter reveals, then Good; typed cards: "I don't know", then the proposed rating.
        review, out = scripted(collection, "ko", [])

        def answer(prompt):
            out.append(prompt)
            if len(fronts) > 12:
                return "q"
            if "(모르면 ?)" in prompt:
                return "?"
            return "3" if prompt.startswith("평가") else ""

        review.read = answer
        fronts: list[tuple[object, int]] = []
        show_front = review.show_front

        def noting_front(card):
            fronts.append((card, len(out)))
            show_front(card)

        review.show_front = noting_front
        review.run()
        assert len(fronts) == 13
        starts = [at for _, at in fronts] + [len(out)]
        for (card, at), end in list(zip(fronts, starts[1:]))[:-1]:  # the last one was quit at its front
            shown = out[at:end]
            # the first prompt that takes an answer (or reveals) ends the front
            first_prompt = next(i for i, line in enumerate(shown) if "(모르면 ?)" in line or "답 보기" in line)
            front, back = "\n".join(shown[: first_prompt + 1]), "\n".join(shown[first_prompt + 1 :])
            for cid in card.concepts:
                assert deck.concept_title(cid, "ko") not in front, card.id
                assert deck.concept_name(cid, "ko") in front
                assert deck.concept_title(cid, "ko") in back  # the statement comes with the answer
            assert card.id not in front


def test_an_empty_answer_is_asked_for_again_and_question_mark_is_again(data_dir, clock):
    from quizapp.core.collection import Collection

    with Collection.open(data_dir, clock=clock, content_dir=GUI_CONTENT, backup=False) as collection:
        lines = [
            "\n", "3",  # t-basic: reveal, Good
            "", "   ", "?", "",  # t-command: two empty answers asked again, then "I don't know"; Enter takes Again
            "", "node", "",  # t-cloze: the empty blank is asked again
            "", "c", "?", "",  # t-choice: nothing picked, a letter that is not shown, then "?"
            "", "1 1 2", "?", "",  # t-order: empty, not each number once, then "?"
            "q",
        ]
        review, out = scripted(collection, "en", lines)
        assert review.run() == 0
        text = "\n".join(out)
        assert text.count("The answer is empty. Type one, or ? if you don't know.") == 5
        assert "Choose from a, b" in text and "Type each number from 1 to 3 once" in text
        assert text.count("You did not know this one.") == 3
        log = [(e.card_id, e.rating, e.correct, e.answer) for e in collection.store.review_log()]
        assert log == [
            ("t-basic", 3, None, None),
            ("t-command", 1, False, None),
            ("t-cloze", 3, True, '["node"]'),
            ("t-choice", 1, False, None),
            ("t-order", 1, False, None),
        ]


def test_undo_names_the_card_by_its_question(data_dir, clock):
    from quizapp.core.collection import Collection

    with Collection.open(data_dir, clock=clock, content_dir=GUI_CONTENT, backup=False) as collection:
        review, out = scripted(collection, "en", ["\n", "3", "u", "q"])
        review.run()
        assert "Undone: What is a Docker image?" in out
        assert not any("t-basic" in line for line in out)


def test_order_feedback_flags_every_misplaced_item_and_choice_says_the_answer_once(data_dir, clock):
    from quizapp.core.collection import Collection

    with Collection.open(data_dir, clock=clock, content_dir=GUI_CONTENT, backup=False) as collection:
        deck = collection.deck
        review, out = scripted(collection, "en", [])
        order = deck.by_id["t-order"]
        # shown as 1. run, 2. build, 3. stop (a swap): both swapped items are out of place
        answers = iter(["1 2 3", ""])  # left as shown, then Enter takes the proposed rating
        review.read = lambda prompt: out.append(prompt) or next(answers)
        review.rng.shuffle = lambda items: items.__setitem__(slice(None), [1, 0, 2])
        review.study(order)
        marked = [line for line in out if line.startswith("  ✓") or line.startswith("  ✗")]
        assert marked == [
            "  ✗ 1. docker run app  → belongs at 2",
            "  ✗ 2. docker build -t app .  → belongs at 1",
            "  ✓ 3. docker stop <id>",
        ]
        out.clear()
        choice = deck.by_id["t-choice"]
        review.rng.shuffle = lambda items: None  # shown in the deck's order: a) all, b) running
        answers = iter(["b", ""])
        review.read = lambda prompt: out.append(prompt) or next(answers)
        review.study(choice)
        assert sum(line.count("All containers, stopped ones too") for line in out) == 2  # listed, then the answer
        assert "Answer: All containers, stopped ones too" in out
        assert not any("The right one is" in line for line in out)
