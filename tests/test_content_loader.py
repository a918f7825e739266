"""Loading broken content: every problem names its file and line, and the valid files still load."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest

from quizapp.core.content.loader import load_content
from quizapp.core.contentcheck import check_content
from quizapp.core.content.loader import Problem

REPO = Path(__file__).resolve().parent.parent

GOOD = """\
cards:
  - id: good-image-basic
    type: basic
    concepts: [image]
    prompt:
      ko: 이미지란?
      en: What is an image?
    answer:
      ko: 패키지
      en: A package
  - id: good-layers-cloze
    type: cloze
    concepts: [layers]
    prompt:
      ko: 빈칸
      en: Blank
    text:
      ko: "{{1}} 레이어"
      en: "{{1}} layer"
    blanks:
      - [읽기, read-only]
"""


def card(card_id: str, concepts: str = "[container]", extra: str = "") -> str:
    """One valid basic card as it sits in a `cards:` list; `extra` adds lines indented 4 spaces."""
    return (
        f"  - id: {card_id}\n"
        "    type: basic\n"
        f"    concepts: {concepts}\n"
        "    prompt:\n"
        "      ko: 질문\n"
        "      en: Question\n"
        "    answer:\n"
        "      ko: 답\n"
        "      en: Answer\n"
    ) + extra


def indented(block: str) -> str:
    return textwrap.indent(textwrap.dedent(block), "  ")


def line_of(text: str, needle: str, occurrence: int = 1) -> int:
    """1-based line of the `occurrence`-th line containing `needle`."""
    hits = [i for i, line in enumerate(text.splitlines(), 1) if needle in line]
    return hits[occurrence - 1]


@pytest.fixture
def content(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    (root / "cards").mkdir(parents=True)
    shutil.copy(REPO / "content" / "curriculum.yaml", root / "curriculum.yaml")
    (root / "cards" / "10-good.yaml").write_text(GOOD, encoding="utf-8")
    return root


def write(root: Path, name: str, text: str) -> Path:
    path = root / "cards" / name
    path.write_text(text, encoding="utf-8")
    return path


def only_problem(deck, path: Path) -> Problem:
    mine = [p for p in deck.problems if p.file == path]
    assert len(mine) == 1, [str(p) for p in deck.problems]
    return mine[0]


def test_clean_content_has_no_problems(content):
    deck = load_content(content)
    assert deck.problems == []
    assert [c.id for c in deck.cards] == ["good-image-basic", "good-layers-cloze"]
    assert deck.concept_title("image", "en").startswith("An image")
    assert deck.concept_title("image", "ko").startswith("이미지")


def test_yaml_syntax_error_names_file_and_line_and_others_load(content):
    text = "cards:\n  - id: broken-one\n    type: basic\n  concepts: [image]\n    prompt: x\n"
    bad = write(content, "20-bad.yaml", text)
    deck = load_content(content)
    problem = only_problem(deck, bad)
    assert problem.message.startswith("YAML syntax error")
    assert problem.line == line_of(text, "  concepts: [image]")  # the badly indented line
    assert deck.skipped_files == [bad]
    assert {c.id for c in deck.cards} == {"good-image-basic", "good-layers-cloze"}


def test_yaml_syntax_error_in_a_flow_collection_names_both_lines(content):
    text = "cards:\n  - id: broken-one\n    type: basic\n    prompt: {ko: 질문, en: [unclosed\n    answer: x\n"
    bad = write(content, "20-bad.yaml", text)
    problem = only_problem(load_content(content), bad)
    assert problem.line == 5  # where PyYAML gave up
    assert "started at line 4" in problem.message  # where the unclosed [ opened


def test_missing_field_points_at_the_mapping_that_lacks_it(content):
    text = "cards:\n" + card("ok-first") + indented(
        """\
          - id: no-english
            type: basic
            concepts: [image]
            prompt:
              ko: 영어가 없음
            answer:
              ko: 답
              en: Answer
        """
    )
    bad = write(content, "20-missing.yaml", text)
    deck = load_content(content)
    problem = only_problem(deck, bad)
    assert problem.line == line_of(text, "prompt:", occurrence=2)  # the mapping that lacks `en`
    assert problem.message == "cards[1].prompt.en: field required"
    assert str(problem).endswith(f"20-missing.yaml:{problem.line}: cards[1].prompt.en: field required")
    assert bad in deck.skipped_files
    assert "ok-first" not in deck.by_id  # the whole broken file is skipped
    assert "good-image-basic" in deck.by_id


def test_wrong_type_points_at_the_value_and_explains_yaml_numbers(content):
    text = "cards:\n" + card("ok-first") + indented(
        """\
          - id: numeric-blank
            type: cloze
            concepts: [publish-port]
            prompt:
              ko: 포트
              en: Port
            text:
              ko: "-p {{1}}:80"
              en: "-p {{1}}:80"
            blanks:
              - [3000]
        """
    )
    bad = write(content, "20-type.yaml", text)
    deck = load_content(content)
    problem = only_problem(deck, bad)
    assert problem.line == line_of(text, "- [3000]")
    assert problem.message.startswith("cards[1].blanks[0][0]: Input should be a valid string")
    assert "quotes" in problem.message


def test_wrong_type_of_a_list_field(content):
    text = "cards:\n" + card("string-concepts", concepts="image")
    bad = write(content, "20-type.yaml", text)
    problem = only_problem(load_content(content), bad)
    assert problem.line == line_of(text, "concepts: image")
    assert problem.message.startswith("cards[0].concepts:")


def test_unknown_card_type_is_reported_at_the_card(content):
    text = "cards:\n" + card("odd-type").replace("type: basic", "type: essay")
    bad = write(content, "20-type.yaml", text)
    problem = only_problem(load_content(content), bad)
    assert problem.line == line_of(text, "- id: odd-type")
    assert "essay" in problem.message


def test_unknown_field_is_a_problem(content):
    text = "cards:\n" + card("typo-field", extra="    explanaton:\n      ko: 설명\n      en: Why\n")
    bad = write(content, "20-extra.yaml", text)
    problem = only_problem(load_content(content), bad)
    assert problem.line == line_of(text, "explanaton")
    assert "cards[0].explanaton: unknown field" in problem.message


def test_duplicate_id_in_one_file_points_at_the_second(content):
    text = "cards:\n" + card("twice") + card("other") + card("twice")
    bad = write(content, "20-dup.yaml", text)
    deck = load_content(content)
    problem = only_problem(deck, bad)
    assert problem.line == line_of(text, "- id: twice", occurrence=2)
    assert "'twice' appears twice" in problem.message
    assert f"first at line {line_of(text, '- id: twice')}" in problem.message
    assert bad in deck.skipped_files


def test_duplicate_id_across_files_keeps_the_first(content):
    text = "cards:\n" + card("fresh") + card("good-image-basic")
    second = write(content, "20-dup.yaml", text)
    deck = load_content(content)
    problem = only_problem(deck, second)
    assert problem.line == line_of(text, "- id: good-image-basic")
    assert "already used at" in problem.message and "10-good.yaml:2" in problem.message
    assert deck.by_id["good-image-basic"].answer.en == "A package"  # the first one stays
    assert "fresh" in deck.by_id  # the rest of the file loads
    assert second not in deck.skipped_files


@pytest.mark.parametrize(
    "field,yaml_text,needle",
    [
        ("concepts", "    concepts: [image, not-a-concept]\n", "unknown concept id 'not-a-concept'"),
        ("lab", "    lab: no-such-lab\n", "unknown lab id 'no-such-lab'"),
        ("question", "    question: q-nothing\n", "unknown question id 'q-nothing'"),
    ],
)
def test_unknown_ids_are_problems_and_the_card_is_left_out(content, field, yaml_text, needle):
    base = card("refers-badly")
    if field == "concepts":
        base = base.replace("    concepts: [container]\n", yaml_text)
    else:
        base += yaml_text
    text = "cards:\n" + card("fine-one") + base
    bad = write(content, "20-refs.yaml", text)
    deck = load_content(content)
    problem = only_problem(deck, bad)
    assert needle in problem.message
    assert problem.line == line_of(text, yaml_text.strip() if field != "concepts" else "not-a-concept")
    assert "refers-badly" not in deck.by_id
    assert "fine-one" in deck.by_id


def test_unknown_misconception_on_an_option(content):
    text = textwrap.dedent(
        """\
        cards:
          - id: choice-bad-misc
            type: choice
            concepts: [expose]
            prompt:
              ko: 고르기
              en: Pick
            options:
              - id: right
                text: {ko: 맞음, en: Right}
                correct: true
              - id: wrong
                text: {ko: 틀림, en: Wrong}
                misconception: made-up
                feedback: {ko: 왜, en: Why}
        """
    )
    bad = write(content, "20-misc.yaml", text)
    problem = only_problem(load_content(content), bad)
    assert problem.line == line_of(text, "misconception: made-up")
    assert "cards[0].options[1].misconception" in problem.message


def test_yaml_duplicate_key_is_reported(content):
    text = "cards:\n" + card("twice-key", extra="    answer:\n      ko: 또\n      en: Again\n")
    bad = write(content, "20-key.yaml", text)
    problem = only_problem(load_content(content), bad)
    assert problem.line == line_of(text, "answer:", occurrence=2)
    assert "'answer' appears twice" in problem.message


@pytest.mark.parametrize(
    "raw",
    [b"", b"- just\n- a list\n", b"cards: []\n", b"\xff\xfe not utf-8", b"cards:\n  - 42\n", b"cards: {}\n"],
)
def test_garbage_never_raises(content, raw):
    bad = content / "cards" / "20-garbage.yaml"
    bad.write_bytes(raw)
    deck = load_content(content)
    assert bad in deck.skipped_files
    assert any(p.file == bad for p in deck.problems)
    assert "good-image-basic" in deck.by_id


def test_broken_curriculum_is_reported_and_cards_still_load(content):
    (content / "curriculum.yaml").write_text("concepts:\n  - id: xx\n    section: s\n", encoding="utf-8")
    deck = load_content(content)
    problem = next(p for p in deck.problems if p.file.name == "curriculum.yaml")
    assert problem.line == 2 and "title: field required" in problem.message
    assert "good-image-basic" in deck.by_id


def test_curriculum_lab_with_unknown_concept(content):
    path = content / "curriculum.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("concepts: [image-snapshot]", "concepts: [image-snap]"), encoding="utf-8")
    deck = load_content(content)
    assert any("rebuild-snapshot" in p.message and "image-snap" in p.message for p in deck.problems)


def test_missing_content_folder_is_a_problem_not_a_crash(tmp_path):
    deck = load_content(tmp_path / "nowhere")
    assert deck.cards == []
    assert {p.message for p in deck.problems} >= {"curriculum file not found", "no card files (*.yaml) found"}


def test_cards_follow_curriculum_order_across_files(content):
    # 05- sorts before 10-good.yaml, but its card is about a later concept (cmd), so it comes after image.
    write(content, "05-early.yaml", "cards:\n" + card("about-cmd", concepts="[cmd]") + card("about-container"))
    deck = load_content(content)
    assert [c.id for c in deck.cards] == ["good-image-basic", "about-container", "about-cmd", "good-layers-cloze"]


def test_check_single_file_reports_only_that_file(content):
    text = "cards:\n" + card("dup-across") + card("good-image-basic")
    other = write(content, "20-other.yaml", "cards:\n" + card("x-unknown", concepts="[nope]"))
    bad = write(content, "30-bad.yaml", text)
    problems = check_content(bad)
    assert [p.file for p in problems] == [bad]
    assert "already used" in problems[0].message
    assert [p.file for p in check_content(other)] == [other]
    assert check_content(content / "cards" / "10-good.yaml") == []
    assert len(check_content(content)) == 2
    assert len(check_content(content / "cards")) == 2


def test_check_flags_a_bad_dockerfile_on_a_card(content):
    text = "cards:\n" + card(
        "shows-bad-cmd",
        extra="    code:\n      lang: dockerfile\n      source: |\n        FROM node\n        CMD ['node', 'server.js']\n",
    )
    bad = write(content, "20-docker.yaml", text)
    assert load_content(content).problems == []  # loads fine: the lint belongs to `check`
    problems = check_content(bad)
    assert len(problems) == 1 and "not valid JSON" in problems[0].message
    assert problems[0].line == line_of(text, "- id: shows-bad-cmd")
    # Marked as the mistake to spot, it is fine; marked broken but valid, it is not.
    bad.write_text(text.replace("lang: dockerfile\n", "lang: dockerfile\n      broken: true\n"), encoding="utf-8")
    assert check_content(bad) == []
    bad.write_text(
        text.replace("lang: dockerfile\n", "lang: dockerfile\n      broken: true\n").replace("['node', 'server.js']", '["node", "server.js"]'),
        encoding="utf-8",
    )
    assert "checker finds nothing wrong" in check_content(bad)[0].message


def test_check_missing_path(tmp_path):
    problems = check_content(tmp_path / "nope.yaml")
    assert len(problems) == 1 and problems[0].message == "no such file or folder"


def test_check_flags_a_command_the_grammar_rejects(content):
    text = textwrap.dedent(
        """\
        cards:
          - id: typo-command
            type: command
            concepts: [ps-all]
            prompt:
              ko: 모든 컨테이너
              en: All containers
            answer: docker ps -a
            accept:
              - docker pss -a
        """
    )
    bad = write(content, "20-cmd.yaml", text)
    problems = check_content(bad)
    assert len(problems) == 1
    assert problems[0].line == line_of(text, "- id: typo-command")
    assert "accept[0]" in problems[0].message and "pss" in problems[0].message


def test_check_lone_card_file_uses_the_built_in_curriculum(tmp_path):
    lone = tmp_path / "cards" / "draft.yaml"
    lone.parent.mkdir()
    lone.write_text("cards:\n" + card("draft-card", concepts="[image, imgae]"), encoding="utf-8")
    problems = check_content(lone)
    assert len(problems) == 1
    assert "unknown concept id 'imgae'" in problems[0].message and problems[0].line == 4
