"""The content classes: what a file may say, what the loader makes of it, and what the window's
deck cache reads back without pydantic or YAML."""

import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from dataclasses import fields

from quizapp.core.content.loader import load_content
from quizapp.core.content.model import ChoiceCard, ClozeCard, CommandCard, Curriculum, Problem, Text

ROOT = Path(__file__).resolve().parent.parent


def card(**extra):
    fields = dict(id="c-run", concepts=["publish-port"], prompt=Text(ko="실행", en="Run it"), answer="docker ps")
    return CommandCard(**{**fields, **extra})


def test_a_record_is_frozen_and_equal_by_value():
    a = card()
    assert a == card() and hash(Text("가", "a")) == hash(Text(ko="가", en="a"))
    assert a != card(answer="docker ps -a")
    with pytest.raises(AttributeError, match="cannot assign to field 'answer'"):
        a.answer = "docker images"  # type: ignore[misc]
    assert a.type == "command" and a.live is False and a.code is None


def test_a_record_names_what_is_missing_or_unknown():
    with pytest.raises(TypeError, match="missing 1 required keyword-only argument: 'answer'"):
        CommandCard(id="x", concepts=["a"], prompt=Text("가", "a"))
    with pytest.raises(TypeError, match="unexpected keyword argument 'colour'"):
        card(colour="red")
    with pytest.raises(TypeError, match="takes 3 positional arguments but 4 were given"):
        Text("가", "a", "b")


def test_list_defaults_are_not_shared_between_records():
    first, second = card(), card()
    first.accept.append("docker container ls")
    assert second.accept == [] and Curriculum().concepts == [] and Curriculum().concepts is not Curriculum().concepts


def test_base_fields_come_first_and_positional_fields_follow_them():
    assert [f.name for f in fields(ChoiceCard)][:3] == ["id", "concepts", "prompt"]
    assert str(Problem(Path("cards/x.yaml"), 3, "bad")) == "cards/x.yaml:3: bad"


def test_the_whole_deck_survives_a_pickle_unchanged():
    deck = load_content(ROOT / "content")
    again = pickle.loads(pickle.dumps(deck, protocol=pickle.HIGHEST_PROTOCOL))
    assert len(again.cards) == len(deck.cards) > 200
    assert again.cards == deck.cards and again.curriculum == deck.curriculum
    assert again.by_id == deck.by_id and again.locations == deck.locations


def test_a_cached_deck_is_read_without_pydantic_or_yaml(tmp_path):
    """The window's first card waits on this read: it must not import the validation library."""
    data = tmp_path / "data"
    code = (
        "import sys, pickle\n"
        "from pathlib import Path\n"
        "from quizapp.gui.deckcache import load_deck\n"
        f"deck = load_deck(None, Path({str(data)!r}))\n"
        "heavy = sorted(m for m in ('pydantic', 'yaml', 'sqlite_utils', 'docker') if m in sys.modules)\n"
        "print(len(deck.cards), ','.join(heavy) or '-')\n"
    )
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120) for _ in range(2)]
    for run in runs:
        assert run.returncode == 0, run.stderr
    first, second = (run.stdout.split() for run in runs)
    assert first[1] == "pydantic,yaml"  # the first start reads the YAML (and writes the cache)
    assert second == [first[0], "-"]  # the next reads the cache: same cards, nothing heavy


def test_every_field_constraint_is_one_pydantic_checks():
    """Field constraints are pydantic's Field arguments, named in each field's metadata; pydantic
    silently ignores a name it does not know, so a typo (`min_lenght`) would drop a rule unseen."""
    import inspect

    from pydantic import Field

    from quizapp.core.content import model

    known = set(inspect.signature(Field).parameters)
    classes = [c for c in vars(model).values() if isinstance(c, type) and issubclass(c, model.FromFile) and c is not model.FromFile]
    assert len(classes) == 14  # Text, Code, the card base and 5 card types, ChoiceOption, the curriculum's 5
    constrained = [(c.__name__, f.name, name) for c in classes for f in fields(c) for name in f.metadata]
    assert len(constrained) >= 15
    assert [entry for entry in constrained if entry[2] not in known] == []


def test_reading_a_file_checks_field_constraints_and_rules():
    from pydantic import ValidationError

    from quizapp.core.content.schema import validate

    good = dict(type="command", id="c-run", concepts=["publish-port"], prompt={"ko": "실행", "en": "Run it"}, answer="docker ps")
    assert validate(CommandCard, good) == card()
    for bad, place in (
        ({**good, "id": "Not An Id"}, "id"),  # pattern
        ({**good, "concepts": []}, "concepts"),  # min_length
        ({**good, "prompt": {"ko": "", "en": "Run"}}, "prompt.ko"),  # min_length of a nested class
        ({**good, "colour": "red"}, "colour"),  # an unknown key
        ({**good, "live": True}, "needs a lab"),  # a rule (__post_init__)
    ):
        with pytest.raises(ValidationError) as caught:
            validate(CommandCard, bad)
        assert place.split(".")[-1] in str(caught.value), bad


def test_a_rule_holds_for_a_card_made_in_code_too():
    with pytest.raises(ValueError, match=r"text.ko has blanks \[1\], but blanks lists 2"):
        ClozeCard(id="c", concepts=["a"], prompt=Text("가", "a"), text=Text("{{1}}", "{{1}} {{2}}"), blanks=[["x"], ["y"]])
    with pytest.raises(ValueError, match="rm, not --rm"):
        card(ignore_options=["--rm"])


def test_every_concept_has_a_short_name_that_does_not_state_its_title():
    """Before a card's answer only the concept's name shows: a label, in both languages, that is
    not the statement the cards test."""
    deck = load_content(ROOT / "content")
    assert deck.problems == []
    for concept in deck.curriculum.concepts:
        assert concept.name is not None, concept.id
        for lang in ("ko", "en"):
            name, title = concept.name.get(lang), concept.title.get(lang)
            assert name.strip() and len(name) <= 28, (concept.id, lang, name)
            assert name != title and len(name) < len(title), (concept.id, lang)
    assert deck.concept_name("image", "ko") == "이미지" and deck.concept_name("image", "en") == "Image"
    assert deck.concept_title("image", "en").startswith("An image packages")


def test_a_concept_without_a_name_shows_its_id_never_its_title():
    from quizapp.core.content.model import Concept

    curriculum = Curriculum(concepts=[Concept(id="layers", section="s", title=Text("파일을 바꾸는 명령", "Instructions that change files add layers"))])
    assert curriculum.concept_name("layers", "en") == "layers"
    assert curriculum.concept_name("unknown", "ko") == "unknown"


def test_a_concept_name_that_is_a_sentence_is_refused():
    from pydantic import ValidationError

    from quizapp.core.content.model import Concept
    from quizapp.core.content.schema import validate

    title = {"ko": "이미지는 패키지", "en": "An image is a package"}
    assert validate(Concept, dict(id="image", section="s", title=title, name={"ko": "이미지", "en": "Image"})).name.en == "Image"
    with pytest.raises(ValidationError, match="short label"):
        validate(Concept, dict(id="image", section="s", title=title, name={"ko": "이미지", "en": "An image packages everything needed to run an app"}))


def test_the_layers_concept_counts_a_workdir_that_makes_a_folder():
    title = load_content(ROOT / "content").curriculum.concept("layers").title
    assert "WORKDIR" in title.en and "WORKDIR" in title.ko
    assert "Each Dockerfile instruction makes a layer" not in title.en
