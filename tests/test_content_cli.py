"""`quizapp content check` and `quizapp content stats --json`, and the stats they print."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from quizapp.cli import main
from quizapp.core.content.loader import load_content
from quizapp.core.content.model import CARD_TYPES
from quizapp.core.content.stats import content_stats

REPO = Path(__file__).resolve().parent.parent

ONE_CARD = """\
cards:
  - id: lonely-image
    type: basic
    concepts: [image, container]
    prompt:
      ko: 이미지?
      en: Image?
    answer:
      ko: 패키지
      en: Package
  - id: lonely-image-cloze
    type: cloze
    concepts: [image]
    prompt:
      ko: 빈칸
      en: Blank
    text:
      ko: "{{1}}"
      en: "{{1}}"
    blanks:
      - [이미지, image]
"""

BROKEN = """\
cards:
  - id: no-answer
    type: basic
    concepts: [image]
    prompt:
      ko: 답이 없음
      en: No answer
"""


@pytest.fixture
def content(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    (root / "cards").mkdir(parents=True)
    shutil.copy(REPO / "content" / "curriculum.yaml", root / "curriculum.yaml")
    (root / "cards" / "10-one.yaml").write_text(ONE_CARD, encoding="utf-8")
    return root


def run(argv: list[str], tmp_path: Path, capsys) -> tuple[int, str, str]:
    code = main(["--data-dir", str(tmp_path / "data"), "--lang", "en", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_check_clean_folder_exits_zero(content, tmp_path, capsys):
    code, out, err = run(["content", "check", str(content)], tmp_path, capsys)
    assert code == 0
    assert out == ""
    assert "no problems" in err


def test_check_broken_folder_exits_one_and_prints_each_problem(content, tmp_path, capsys):
    bad = content / "cards" / "20-broken.yaml"
    bad.write_text(BROKEN, encoding="utf-8")
    (content / "cards" / "30-syntax.yaml").write_text("cards:\n  - id: [\n", encoding="utf-8")
    code, out, err = run(["content", "check", str(content)], tmp_path, capsys)
    assert code == 1
    lines = out.splitlines()
    assert len(lines) == 2
    assert lines[0].endswith("20-broken.yaml:2: cards[0].answer: field required")
    assert "30-syntax.yaml:3: YAML syntax error" in lines[1]
    assert "2 problems" in err


def test_check_single_file(content, tmp_path, capsys):
    bad = content / "cards" / "20-broken.yaml"
    bad.write_text(BROKEN, encoding="utf-8")
    code, out, _ = run(["content", "check", str(content / "cards" / "10-one.yaml")], tmp_path, capsys)
    assert (code, out) == (0, "")
    code, out, _ = run(["content", "check", str(bad)], tmp_path, capsys)
    assert code == 1 and "20-broken.yaml:2:" in out


def test_check_real_content_by_default(tmp_path, capsys):
    code, out, _ = run(["content", "check"], tmp_path, capsys)
    assert (code, out) == (0, "")


def test_check_as_a_real_process_exits_non_zero(content, tmp_path):
    (content / "cards" / "20-broken.yaml").write_text(BROKEN, encoding="utf-8")
    env = {**os.environ, "QUIZAPP_DATA_DIR": str(tmp_path / "data")}
    proc = subprocess.run(
        [sys.executable, "-m", "quizapp", "content", "check", str(content)],
        capture_output=True, text=True, cwd=REPO, env=env, timeout=60,
    )
    assert proc.returncode == 1
    assert "cards[0].answer: field required" in proc.stdout
    assert "Traceback" not in proc.stderr


def test_stats_json_shape_on_a_small_deck(content, tmp_path, capsys):
    code, out, _ = run(["content", "stats", "--json", str(content)], tmp_path, capsys)
    assert code == 0
    stats = json.loads(out)
    assert stats["total"] == 2
    assert stats["by_type"] == {"basic": 1, "cloze": 1, "choice": 0, "command": 0, "order": 0}
    assert stats["by_concept"]["image"] == {"total": 2, "by_type": {"basic": 1, "cloze": 1}}
    assert stats["by_concept"]["container"] == {"total": 1, "by_type": {"basic": 1}}
    assert stats["by_concept"]["layers"] == {"total": 0, "by_type": {}}
    assert list(stats["by_concept"]) == load_content(content).curriculum.concept_ids
    # Every concept has fewer than 3 cards here.
    assert stats["under_covered"] == list(stats["by_concept"])
    assert stats["single_type"] == ["container"]
    ko_chars = len("이미지?") + len("패키지") + len("빈칸") + len("{{1}}")
    en_chars = len("Image?") + len("Package") + len("Blank") + len("{{1}}")
    assert stats["by_language"] == {"ko": {"cards": 2, "chars": ko_chars}, "en": {"cards": 2, "chars": en_chars}}
    assert stats["questions_unanswered"] == load_content(content).curriculum.question_ids
    assert stats["skipped_files"] == [] and stats["problems"] == 0


def test_stats_lists_skipped_files(content, tmp_path, capsys):
    (content / "cards" / "20-broken.yaml").write_text(BROKEN, encoding="utf-8")
    code, out, _ = run(["content", "stats", "--json", str(content)], tmp_path, capsys)
    stats = json.loads(out)
    assert code == 0
    assert [Path(p).name for p in stats["skipped_files"]] == ["20-broken.yaml"]
    assert stats["problems"] == 1 and stats["total"] == 2


def test_stats_on_the_real_deck_adds_up():
    deck = load_content(REPO / "content")
    stats = content_stats(deck)
    assert set(stats["by_type"]) == set(CARD_TYPES)
    assert sum(stats["by_type"].values()) == stats["total"] == len(deck.cards)
    assert all(n > 0 for n in stats["by_type"].values())
    assert stats["by_language"]["ko"]["cards"] == stats["by_language"]["en"]["cards"] == stats["total"]
    assert stats["under_covered"] == []
    assert stats["misconceptions_uncovered"] == [] and stats["questions_unanswered"] == []
    for cid, entry in stats["by_concept"].items():
        assert entry["total"] == len(deck.cards_for_concept(cid))
        assert sum(entry["by_type"].values()) == entry["total"]


def test_stats_text_output(content, tmp_path, capsys):
    code, out, _ = run(["content", "stats", str(content)], tmp_path, capsys)
    assert code == 0
    assert out.splitlines()[0] == "cards 2"
    assert "fewer than 3 cards: image, container" in out
