"""Quizzes: drawing a mix of cards, grading, scoring by concept, keeping the history, and the
terminal's `quizapp quiz` driven through a pipe."""

import json
from datetime import timedelta

import pytest

from quizapp.core.collection import Collection
from quizapp.core.quiz import Quiz, QuizChoice, QuizError, choose_questions, concept_history, concept_strengths


@pytest.fixture
def collection(data_dir, clock):
    c = Collection.open(data_dir, clock=clock, backup=False)
    yield c
    c.close()


def right_answer(card):
    if card.type == "command":
        return card.answer
    if card.type == "cloze":
        return [b[0] for b in card.blanks]
    if card.type == "choice":
        return [o.id for o in card.options if o.correct]
    if card.type == "order":
        return list(range(len(card.items)))
    return True


def wrong_answer(card):
    return {"command": "docker version", "cloze": ["zzz"] * len(getattr(card, "blanks", [])), "choice": [], "order": [], "basic": False}[card.type]


def test_questions_are_a_mix_from_the_chosen_concepts_and_repeat_with_the_seed(collection):
    concepts = ("expose", "publish-port", "run-creates-container", "build")
    choice = QuizChoice(concepts=concepts, count=8, seed=5)
    questions = choose_questions(collection, choice)
    assert len(questions) == 8
    assert all(set(q.card.concepts) & set(concepts) for q in questions)
    assert all(q.concept_id in concepts and q.concept_id in q.card.concepts for q in questions)
    assert len({q.card.type for q in questions}) >= 3  # a mix, not the first cards of one type
    assert len({q.card.id for q in questions}) == 8
    assert [q.card.id for q in choose_questions(collection, choice)] == [q.card.id for q in questions]
    assert [q.card.id for q in choose_questions(collection, QuizChoice(concepts=concepts, count=8, seed=6))] != [q.card.id for q in questions]


def test_section_unknown_concept_and_suspended_cards(collection):
    section = collection.deck.curriculum.concepts[0].section
    in_section = {c.id for c in collection.deck.curriculum.concepts if c.section == section}
    questions = choose_questions(collection, QuizChoice(section=section, count=50, seed=1))
    assert questions and all(q.concept_id in in_section for q in questions)
    with pytest.raises(QuizError, match="unknown concept nope"):
        choose_questions(collection, QuizChoice(concepts=("nope",)))
    with pytest.raises(QuizError, match="no section"):
        choose_questions(collection, QuizChoice(section="Kubernetes"))
    every = [q.card.id for q in choose_questions(collection, QuizChoice(concepts=("expose",), count=100, seed=1))]
    collection.suspend(every[:1])
    collection.bury(every[1:2])
    again = [q.card.id for q in choose_questions(collection, QuizChoice(concepts=("expose",), count=100, seed=1))]
    assert sorted(again) == sorted(every[2:])


def test_quiz_scores_by_concept_lists_missed_and_keeps_history(collection):
    quiz = Quiz.start(collection, QuizChoice(concepts=("expose", "build"), count=6, seed=2))
    wrong_ids = []
    for i, question in enumerate(quiz.questions):
        if i % 2:
            wrong_ids.append(question.card.id)
            result = quiz.answer(wrong_answer(question.card), elapsed_s=5)
            assert not result.correct and result.expected
        else:
            assert quiz.answer(right_answer(question.card), elapsed_s=5).correct
    result = quiz.finish()
    assert (result.questions, result.right) == (6, 3)
    assert [m.card_id for m in result.missed] == wrong_ids
    assert sum(s.questions for s in result.by_concept.values()) == 6
    assert set(result.by_concept) <= {"expose", "build"}
    data = result.to_json()
    assert set(data) == {"questions", "right", "by_concept", "missed"} and data["missed"] == wrong_ids
    # Kept: the quiz with its answers, and each concept's history.
    [stored] = collection.store.quizzes()
    assert (stored["questions"], stored["right"], stored["ended_at"] is not None) == (6, 3, True)
    for concept_id, score in result.by_concept.items():
        [entry] = concept_history(collection.store, concept_id)
        assert (entry.questions, entry.right) == (score.questions, score.right)
    # Each answer counted as a review, with its rating: Again when wrong.
    log = collection.store.review_log()
    assert [e.card_id for e in log] == [q.card.id for q in quiz.questions]
    assert [e.rating == 1 for e in log] == [bool(i % 2) for i in range(6)]


def test_no_schedule_leaves_the_schedule_alone(collection):
    quiz = Quiz.start(collection, QuizChoice(concepts=("expose",), count=3, seed=1, schedule=False))
    for question in quiz.questions:
        quiz.answer(right_answer(question.card))
    assert quiz.finish().right == 3
    assert collection.store.review_log() == []
    assert all(collection.store.get_card(q.card.id).reps == 0 for q in quiz.questions)


def test_time_limit(collection, clock):
    quiz = Quiz.start(collection, QuizChoice(concepts=("expose",), count=3, seed=1, minutes=2))
    quiz.answer(right_answer(quiz.current().card))
    assert quiz.time_left() == timedelta(minutes=2) and not quiz.expired()
    clock.advance(minutes=2)
    assert quiz.expired()
    result = quiz.finish()
    assert result.timed_out and result.questions == 1 and result.asked_of == 3


def test_weakest_concepts_by_retrievability(collection, clock):
    session = collection.session()
    old = [c.id for c in collection.deck.cards_for_concept("expose")][:2]
    fresh = [c.id for c in collection.deck.cards_for_concept("build")][:2]
    with pytest.raises(QuizError, match="No card has been reviewed"):
        choose_questions(collection, QuizChoice(weakest=True))
    for card_id in old:
        session.answer(card_id, 3)
    clock.advance(days=20)  # the expose cards' memory has faded; the build cards are answered now
    for card_id in fresh:
        session.answer(card_id, 3)
    strengths = concept_strengths(collection)
    assert [s.concept_id for s in strengths][:1] == ["expose"]
    assert strengths[0].retrievability < strengths[-1].retrievability
    questions = choose_questions(collection, QuizChoice(weakest=True, count=2, seed=1))
    assert {q.concept_id for q in questions} <= {"expose", "build"}
    assert any(q.concept_id == "expose" for q in choose_questions(collection, QuizChoice(weakest=True, count=10, seed=1)))


# ----- through the command line -----------------------------------------------------------------


def script_for(questions, *, wrong_types=("order",)):
    """Piped lines: the right answer for every card but those of `wrong_types` (left empty)."""
    lines = []
    for q in questions:
        card = q.card
        wrong = card.type in wrong_types
        if card.type == "basic":
            lines += ["", "n" if wrong else "y"]
        elif card.type == "command":
            lines.append("" if wrong else card.answer)
        elif card.type == "cloze":
            lines += ["" if wrong else b[0] for b in card.blanks]
        elif card.type == "choice":
            lines.append("" if wrong else ",".join(chr(97 + i) for i, o in enumerate(card.options) if o.correct))
        elif card.type == "order":
            lines.append("")  # the shown order is shuffled: answered wrong on purpose
    return "\n".join(lines) + "\n"


def test_cli_quiz_through_a_pipe_ends_on_the_json_score(data_dir, clock):
    from tests.test_cli_review import quizapp

    args = ["--concept", "expose", "--concept", "cache-friendly-order", "--count", "6", "--seed", "4"]
    with Collection.open(data_dir, clock=clock, backup=False) as c:
        questions = choose_questions(c, QuizChoice(concepts=("expose", "cache-friendly-order"), count=6, seed=4))
    assert any(q.card.type == "order" for q in questions) and any(q.card.type != "order" for q in questions)
    out = quizapp("--lang", "en", "quiz", *args, "--json", data_dir=data_dir, stdin=script_for(questions))
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout.strip().splitlines()[-1])
    wrong = [q.card.id for q in questions if q.card.type == "order"]
    assert data["questions"] == 6 and data["right"] == 6 - len(wrong)
    assert data["missed"] == wrong
    assert sum(v["questions"] for v in data["by_concept"].values()) == 6
    # Every missed question is shown with its right answer.
    for q in questions:
        if q.card.type == "order":
            assert " → ".join(i.en for i in q.card.items) in out.stdout
    assert "Score: " in out.stdout
    # The answers counted as reviews.
    stats = json.loads(quizapp("stats", "--json", data_dir=data_dir).stdout)
    assert stats["reviews_today"] == 6


def test_cli_quiz_stops_on_q_and_refuses_bad_choices(data_dir):
    from tests.test_cli_review import quizapp

    out = quizapp("--lang", "ko", "quiz", "--concept", "expose", "--count", "3", "--no-schedule", "--json", data_dir=data_dir, stdin="q\n")
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout.strip().splitlines()[-1]) == {"questions": 0, "right": 0, "by_concept": {}, "missed": []}
    assert "복습 일정에 반영하지 않았습니다" in out.stdout
    bad = quizapp("--lang", "en", "quiz", "--concept", "nope", data_dir=data_dir)
    assert bad.returncode == 2 and "unknown concept nope" in bad.stderr
    weak = quizapp("--lang", "ko", "quiz", "--weakest", data_dir=data_dir)
    assert weak.returncode == 2 and "복습한 카드가 없어" in weak.stderr
