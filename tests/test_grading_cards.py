"""grade(): choice, order, cloze and command cards, and the rating an answer proposes."""

import json

import pytest

from quizapp.cli import main as cli_main
from quizapp.core.content import model
from quizapp.core.content.schema import validate
from quizapp.core.grading import AGAIN, EASY, GOOD, grade
from quizapp.core.grading.cards import dont_know, is_quick
from quizapp.core.review import is_empty_answer

T = lambda s: {"ko": s + " (ko)", "en": s}  # noqa: E731


def validated(type_name):
    """Build a card as the loader does: validated from what a file would say."""
    return lambda **fields: validate(getattr(model, type_name), fields)


BasicCard, ChoiceCard, ClozeCard, CommandCard, OrderCard = map(validated, ("BasicCard", "ChoiceCard", "ClozeCard", "CommandCard", "OrderCard"))


def command_card(answer="docker run -d -p 3000:80 --name quizlab-web quizlab/web:1", accept=()):
    return CommandCard(type="command", id="c-run", concepts=["publish-port"], prompt=T("Run it"), answer=answer, accept=list(accept))


def cloze_card():
    return ClozeCard(
        type="cloze",
        id="cl-1",
        concepts=["ps-all"],
        prompt=T("Fill in"),
        text={"ko": "`docker ps {{1}}`는 {{2}} 컨테이너를 보여줍니다", "en": "`docker ps {{1}}` shows {{2}} containers"},
        blanks=[["-a", "--all"], ["모든", "all"]],
    )


def choice_card():
    return ChoiceCard(
        type="choice",
        id="ch-1",
        concepts=["build"],
        prompt=T("What does docker build make?"),
        options=[
            {"id": "image", "text": T("an image"), "correct": True},
            {"id": "layers", "text": T("a stack of layers"), "correct": True},
            {
                "id": "container",
                "text": T("a container"),
                "misconception": "build-makes-container",
                "feedback": {"ko": "build는 컨테이너가 아니라 이미지를 만듭니다.", "en": "build makes an image, not a container."},
            },
            {"id": "nothing", "text": T("nothing")},
        ],
    )


def order_card():
    return OrderCard(
        type="order",
        id="or-1",
        concepts=["cache-friendly-order"],
        prompt=T("Order the Dockerfile"),
        items=[T("FROM node"), T("WORKDIR /app"), T("COPY package.json ."), T("RUN npm install"), T("COPY . ."), T("CMD"), ],
    )


# --- command cards ---------------------------------------------------------------------------


def test_command_card_right_by_meaning():
    g = grade(command_card(), "docker run --name=quizlab-web -dp 3000:80 quizlab/web:1")
    assert g.correct is True and g.feedback == [] and g.proposed_rating == GOOD


def test_command_card_accepts_any_alternative():
    card = command_card(answer="docker rm quizlab-old", accept=["docker rm -f quizlab-old"])
    assert grade(card, "docker rm --force quizlab-old").correct
    assert not grade(card, "docker rmi quizlab-old").correct


def test_command_card_feedback_comes_from_the_closest_reference():
    card = command_card(answer="docker run -it --rm quizlab/base:1", accept=["docker run -d -p 3000:80 quizlab/web:1"])
    g = grade(card, "docker run -d -p 80:3000 quizlab/web:1")
    assert not g.correct and g.proposed_rating == AGAIN
    assert [d.code for d in g.feedback] == ["port-swapped"]


def test_command_card_with_garbage_answer():
    g = grade(command_card(), "docker run 'oops")
    assert not g.correct and g.feedback[0].code == "unbalanced-quote"


# --- cloze -----------------------------------------------------------------------------------


@pytest.mark.parametrize("answers", [["-a", "all"], ["  --ALL ", "모든"], ["--all", "ALL"], ["-A", "\tAll\n"]])
def test_cloze_ignores_case_and_spaces_and_takes_alternatives(answers):
    assert grade(cloze_card(), answers).correct


def test_cloze_names_each_wrong_blank():
    g = grade(cloze_card(), ["-q", ""])
    assert not g.correct
    assert [d.code for d in g.feedback] == ["cloze-wrong", "cloze-wrong"]
    assert "-q" in g.feedback[0].message["en"] and "-a / --all" in g.feedback[0].message["en"]
    assert "empty" in g.feedback[1].message["en"]


def test_cloze_missing_answers_are_wrong():
    assert not grade(cloze_card(), ["-a"]).correct


def test_cloze_nfc_normalisation():
    import unicodedata

    decomposed = unicodedata.normalize("NFD", "모든")
    assert decomposed != "모든"
    assert grade(cloze_card(), ["-a", decomposed]).correct


# --- choice ----------------------------------------------------------------------------------


def test_choice_right_needs_exactly_the_correct_options():
    assert grade(choice_card(), {"image", "layers"}).correct
    assert grade(choice_card(), ["layers", "image"]).correct


def test_choice_wrong_option_names_its_misconception():
    g = grade(choice_card(), ["image", "container", "layers"])
    assert not g.correct
    (d,) = g.feedback
    assert d.code == "misconception:build-makes-container"
    assert d.message["en"] == "build makes an image, not a container."


def test_choice_missed_correct_option_and_plain_wrong_option():
    g = grade(choice_card(), ["image", "nothing"])
    assert [d.code for d in g.feedback] == ["choice-wrong", "choice-missed"]
    assert "a stack of layers" in g.feedback[1].message["en"]


def test_choice_unknown_id_is_wrong():
    g = grade(choice_card(), ["image", "layers", "zzz"])
    assert not g.correct and g.feedback[0].code == "choice-unknown"


# --- order -----------------------------------------------------------------------------------


def test_order_right():
    assert grade(order_card(), [0, 1, 2, 3, 4, 5]).correct


def test_order_names_only_the_misplaced_item():
    # COPY . . moved before COPY package.json: only that item is out of place.
    g = grade(order_card(), [0, 1, 4, 2, 3, 5])
    assert not g.correct
    assert [d.code for d in g.feedback] == ["order-misplaced"]
    assert "COPY . ." in g.feedback[0].message["en"] and "position 5" in g.feedback[0].message["en"]


@pytest.mark.parametrize("answer", [[0, 1, 2], [0, 0, 1, 2, 3, 4], ["x"], None])
def test_order_invalid_shapes(answer):
    g = grade(order_card(), answer)
    assert not g.correct and g.feedback[0].code == "order-invalid"


# --- basic and rating ------------------------------------------------------------------------


def test_basic_cards_are_self_rated():
    card = BasicCard(type="basic", id="b-1", concepts=["image"], prompt=T("What is an image?"), answer=T("A package"))
    with pytest.raises(ValueError, match="self"):
        grade(card, "anything")


def test_rating_wrong_right_quick():
    card = command_card()
    right = "docker run -d -p 3000:80 --name quizlab-web quizlab/web:1"
    assert grade(card, "docker ps", elapsed_s=1, typical_s=20).proposed_rating == AGAIN
    assert grade(card, right, elapsed_s=30, typical_s=20).proposed_rating == GOOD
    assert grade(card, right, elapsed_s=5, typical_s=20).proposed_rating == EASY
    assert grade(card, right).proposed_rating == GOOD  # time unknown: never Easy


def test_quick_is_relative_to_the_learners_median_and_nothing_is_quick_without_one():
    assert is_quick("choice", 5.9, 10) and not is_quick("choice", 6.1, 10)
    # no typical time of the learner's own (a card never answered right): never quick
    assert not is_quick("choice", 0.5, None) and not is_quick("command", 0.5, 0)


@pytest.mark.parametrize("make, right", [
    (command_card, "docker run -d -p 3000:80 --name quizlab-web quizlab/web:1"),
    (cloze_card, ["-a", "all"]),
    (choice_card, ["image", "layers"]),
    (order_card, [0, 1, 2, 3, 4, 5]),
])
def test_a_cards_first_right_answer_proposes_good_even_when_quick(make, right):
    card = make()
    # Brand new: the store has no time of the learner's on this card, however quick the answer.
    assert grade(card, right, elapsed_s=0.8, typical_s=None).proposed_rating == GOOD
    # Once the learner has a typical time, a much quicker right answer proposes Easy.
    assert grade(card, right, elapsed_s=0.8, typical_s=10).proposed_rating == EASY


def test_empty_answers_are_told_apart_from_wrong_ones():
    assert is_empty_answer(command_card(), "") and is_empty_answer(command_card(), "   ") and is_empty_answer(command_card(), None)
    assert not is_empty_answer(command_card(), "docker ps")
    assert is_empty_answer(cloze_card(), ["-a", ""]) and is_empty_answer(cloze_card(), ["-a"]) and is_empty_answer(cloze_card(), [])
    assert not is_empty_answer(cloze_card(), ["x", "y"])
    assert is_empty_answer(choice_card(), []) and not is_empty_answer(choice_card(), ["nothing"])
    assert is_empty_answer(order_card(), []) and not is_empty_answer(order_card(), [2, 1, 0])


def test_i_dont_know_is_wrong_and_proposes_again():
    given_up = dont_know()
    assert given_up.correct is False and given_up.proposed_rating == AGAIN and given_up.dont_know
    assert given_up.to_json()["dont_know"] is True and grade(choice_card(), ["image"]).to_json()["dont_know"] is False


def test_grade_to_json():
    data = grade(choice_card(), ["container"]).to_json()
    assert data["correct"] is False and data["proposed_rating"] == AGAIN
    assert {"code", "message"} <= set(data["feedback"][0])
    json.dumps(data, ensure_ascii=False)


# --- CLI -------------------------------------------------------------------------------------


def run_cli(capsys, *argv):
    code = cli_main(["--lang", "en", "grade-command", *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_exit_codes_and_json(capsys):
    code, out, _ = run_cli(capsys, "--expected", "docker ps -a", "--answer", "docker ps --all", "--json")
    assert code == 0 and json.loads(out) == {"equivalent": True, "differences": []}
    code, out, _ = run_cli(capsys, "--expected", "docker run -p 3000:80 web", "--answer", "docker run -p 80:3000 web", "--json")
    data = json.loads(out)
    assert code == 1 and data["equivalent"] is False
    assert data["differences"][0]["code"] == "port-swapped" and set(data["differences"][0]["message"]) == {"ko", "en"}
    code, out, err = run_cli(capsys, "--expected", "docker run", "--answer", "docker run node")
    assert code == 2 and "does not parse" in err


def test_cli_text_output_in_the_chosen_language(capsys):
    code, out, _ = run_cli(capsys, "--expected", "docker rm web", "--answer", "docker rmi web")
    assert code == 1 and "rmi removes images" in out
    code = cli_main(["--lang", "ko", "grade-command", "--expected", "docker rm web", "--answer", "docker rmi web"])
    assert code == 1 and "rmi는 이미지를 지웁니다" in capsys.readouterr().out


def test_missed_option_wording_depends_on_how_many_are_right():
    several = grade(choice_card(), ["image"])  # two right options: the other one is "right too"
    assert several.feedback[0].message["en"].startswith("This one is right too")
    single = ChoiceCard(
        id="one-right",
        type="choice",
        concepts=["image"],
        prompt={"ko": "고르세요", "en": "Pick"},
        options=[
            {"id": "a", "text": {"ko": "맞음", "en": "right"}, "correct": True},
            {"id": "b", "text": {"ko": "틀림", "en": "wrong"}},
        ],
    )
    g = grade(single, ["b"])
    assert [d.code for d in g.feedback] == ["choice-wrong", "choice-missed"]
    assert g.feedback[1].message == {"ko": "정답은 이것입니다: 맞음", "en": "The right one is: right"}
