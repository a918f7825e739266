"""The lab files: every lab of the curriculum, bilingual, loadable; bad files named clearly."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quizapp.core.labs import LabFileError, load_lab, load_labs
from quizapp.core.labs.checks import CHECKS, FACTS
from quizapp.core.labs.model import LAB_ORDER

CONTENT = Path(__file__).resolve().parents[2] / "content"
CURRICULUM = Path("/work/shared/curriculum.md")


def test_the_twelve_labs_in_curriculum_order():
    assert [lab.id for lab in load_labs(CONTENT / "labs")] == list(LAB_ORDER)
    assert len(LAB_ORDER) == 12


@pytest.mark.skipif(not CURRICULUM.exists(), reason="curriculum not on this machine")
def test_concepts_match_the_curriculum_table():
    table = {}
    for line in CURRICULUM.read_text().splitlines():
        m = re.match(r"\| ([a-z-]+) \| ([a-z, -]+) \|", line)
        if m and m.group(1) in LAB_ORDER:
            table[m.group(1)] = [c.strip() for c in m.group(2).split(",")]
    for lab in load_labs(CONTENT / "labs"):
        assert lab.concepts == table[lab.id], lab.id


@pytest.mark.parametrize("lab", load_labs(CONTENT / "labs"), ids=lambda lab: lab.id)
def test_lab_is_complete_and_bilingual(lab):
    assert lab.hints, "hints are revealed one at a time: at least one"
    assert lab.solution
    for check in lab.checks:
        assert check.kind in CHECKS
        if check.kind == "answer":
            assert check.args["key"] in lab.answers
    for key, answer in lab.answers.items():
        assert answer.fact["kind"] in FACTS
    # Every {param} the task mentions is a param the lab fills in.
    known = set(lab.params) | {"workdir", "token", "user", "password", "registry", "auth_registry"}
    for text in (lab.task.ko, lab.task.en):
        for name in re.findall(r"(?<!\{)\{([a-z_0-9]+)\}(?!\})", text):
            assert name in known, f"{lab.id}: task mentions {{{name}}}"
    # Korean text is Korean.
    assert re.search(r"[가-힣]", lab.task.ko) and re.search(r"[가-힣]", lab.title.ko)
    for c in lab.checks:
        assert re.search(r"[가-힣]", c.fail.ko) or c.fail.ko == c.fail.en


def test_names_stay_in_the_quizlab_namespace():
    for lab in load_labs(CONTENT / "labs"):
        for c in lab.setup.containers:
            assert c.name.startswith("quizlab-")
        for tag in lab.setup.build:
            assert tag.startswith("quizlab/")


def test_bad_yaml_names_file_and_line(tmp_path):
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "lab.yaml").write_text("id: broken\ntitle: {ko: a\n")
    with pytest.raises(LabFileError) as exc:
        load_lab(folder)
    assert "broken/lab.yaml" in str(exc.value) and ":" in str(exc.value)


def _small_lab(tmp_path, folder_name: str, lab_id: str, check: str):
    """A one-check lab file in tmp_path/folder_name; `check` is the check's kind and args."""
    folder = tmp_path / folder_name
    folder.mkdir()
    (folder / "lab.yaml").write_text(
        f"id: {lab_id}\ntitle: {{ko: 가, en: a}}\nconcepts: [x]\ntask: {{ko: 가, en: a}}\n"
        "solution: [{run: docker ps}]\n"
        f"checks: [{{id: one, {check}, pass: {{ko: 가, en: a}}, fail: {{ko: 가, en: a}}}}]\n"
    )
    return folder


def test_unknown_check_kind_is_named(tmp_path):
    folder = _small_lab(tmp_path, "odd", "odd", "kind: teleport")
    with pytest.raises(LabFileError) as exc:
        load_lab(folder)
    assert "teleport" in str(exc.value) and "odd/lab.yaml" in str(exc.value)


def test_id_must_match_folder(tmp_path):
    folder = _small_lab(tmp_path, "here", "there", "kind: image_exists, args: {ref: x}")
    with pytest.raises(LabFileError, match="folder name"):
        load_lab(folder)


def test_a_labs_korean_text_fits_its_particles_to_the_filled_in_values():
    from quizapp.core.labs.model import Text

    text = Text(ko="호스트 포트 {port}을(를) 열고 http://localhost:{port}이(가) 답하는지 보세요", en="x")
    assert text.format({"port": 3000})["ko"] == "호스트 포트 3000을 열고 http://localhost:3000이 답하는지 보세요"
    assert text.format({"port": 3002})["ko"] == "호스트 포트 3002를 열고 http://localhost:3002가 답하는지 보세요"


@pytest.mark.parametrize(
    ("names", "setup", "refused"),
    [
        # The rule once differed: set-up's containers had a pattern, the names a lab asks for only a prefix.
        ("[quizlab-Web]", "", "quizlab-Web"),
        ("[quizlab-]", "", "quizlab-"),
        ('["quizlab/"]', "", "quizlab/"),
        ('["quizlab/Web:1"]', "", "quizlab/Web:1"),
        ("[myapp]", "", "myapp"),
        ("[]", "setup: {containers: [{name: quizlab-Web, image: 'quizlab/base:1'}]}\n", "quizlab-Web"),
        ("[]", "setup: {containers: [{name: web, image: 'quizlab/base:1'}]}\n", "web"),
    ],
    ids=["capital", "prefix-alone", "namespace-alone", "image-capital", "outside", "setup-capital", "setup-outside"],
)
def test_a_lab_file_declares_only_names_of_the_labs_one_form(tmp_path, names, setup, refused):
    folder = _small_lab(tmp_path, "named", "named", "kind: image_exists, args: {ref: x}")
    lab_file = folder / "lab.yaml"
    lab_file.write_text(lab_file.read_text() + f"names: {names}\n" + setup)
    with pytest.raises(LabFileError) as exc:
        load_lab(folder)
    assert refused in str(exc.value) and "named/lab.yaml" in str(exc.value)


def test_the_declared_names_that_pass(tmp_path):
    folder = _small_lab(tmp_path, "named", "named", "kind: image_exists, args: {ref: x}")
    lab_file = folder / "lab.yaml"
    lab_file.write_text(
        lab_file.read_text()
        + 'names: [quizlab-web2, "quizlab/app:1.0", "quizlab/app"]\n'
        + "setup: {containers: [{name: quizlab-web-2, image: 'quizlab/base:1'}]}\n"
    )
    lab = load_lab(folder)
    assert lab.names == ["quizlab-web2", "quizlab/app:1.0", "quizlab/app"]
    assert [c.name for c in lab.setup.containers] == ["quizlab-web-2"]
