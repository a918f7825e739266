"""Interface strings come from Qt's translation files, every one has Korean, and the language
switches without a restart."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from quizapp.gui.i18n import QM_FILE, TS_FILE

GUI = Path(__file__).resolve().parents[2] / "quizapp" / "gui"
SOURCES = sorted(GUI.glob("*.py")) + sorted((GUI / "views").rglob("*.py"))


def messages(ts: Path) -> dict[tuple[str, str], tuple[str | None, str | None]]:
    out = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.find("name").text
        for m in ctx.iter("message"):
            tr = m.find("translation")
            out[(name, m.find("source").text)] = (tr.text, tr.get("type"))
    return out


def lupdate() -> str:
    here = Path(sys.executable).parent / "pyside6-lupdate"
    found = str(here) if here.exists() else shutil.which("pyside6-lupdate")
    if not found:
        pytest.fail("pyside6-lupdate is missing: it comes with PySide6-Essentials")
    return found


def test_every_interface_string_has_korean(tmp_path):
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate(), *map(str, SOURCES), "-ts", str(fresh)], check=True, capture_output=True)
    in_code = messages(fresh)
    committed = messages(TS_FILE)
    assert len(in_code) > 100
    untranslated = [key for key in in_code if key not in committed or not committed[key][0] or committed[key][1] in ("unfinished", "vanished", "obsolete")]
    assert untranslated == [], f"strings without Korean in {TS_FILE.name} (run pyside6-lupdate, translate, pyside6-lrelease): {untranslated}"
    # Hangul in every translation: an English string copied over is not a translation
    # (names that stay as they are, like "Docker {version} · {where}", are allowed).
    same = [key for key in in_code if committed[key][0] == key[1] and not key[1].startswith("Docker ")]
    assert same == []


def test_compiled_qm_matches_the_ts():
    translator = QTranslator()
    assert translator.load(str(QM_FILE)), f"{QM_FILE} does not load: run pyside6-lrelease"
    for (context, source), (text, _kind) in messages(TS_FILE).items():
        assert translator.translate(context, source) == text, f"{QM_FILE.name} is older than {TS_FILE.name} ({context}: {source})"


SETTERS = {"setText", "setPlaceholderText", "setToolTip", "setWindowTitle", "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "showMessage", "addTab", "setTabText"}
ALLOWED = {"한국어", "English", "$", "–", "● ", "unix:///var/run/docker.sock"}


def test_no_interface_literals_outside_translate():
    found = []
    for path in SOURCES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
            if name not in SETTERS:
                continue
            for arg in node.args:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and any(c.isalpha() for c in arg.value) and arg.value not in ALLOWED:
                    found.append(f"{path.name}:{node.lineno}: {arg.value!r}")
    assert found == []


def test_language_switches_without_restart(qtbot, window):
    review = window.view("review")
    with qtbot.waitSignal(review.card_shown, timeout=10000):
        window.show_view("review")
    assert window.nav.item(0).text().strip() == "Home"
    assert review.reveal_button.text() == "Show answer (Space)"
    assert review.prompt.text().startswith("What is a Docker image?")
    window.study.set_language("ko")
    assert window.nav.item(0).text().strip() == "홈"
    assert review.reveal_button.text() == "답 보기 (Space)"
    assert review.prompt.text().startswith("도커 이미지란 무엇인가요?")
    assert review.counts.text().startswith("새 카드")
    window.study.set_language("en")
    assert window.nav.item(0).text().strip() == "Home"


def test_english_plurals_follow_the_count():
    """"Streak: 1 day(s)" read as English should: Qt's plural forms from quizapp_en.qm, which
    holds every `%n` string of the code (written by hand: pyside6-lupdate misses them)."""
    import re

    from quizapp.gui.app import ensure_app
    from quizapp.gui.i18n import EN_PLURALS_FILE, LanguageSwitch, translate

    ensure_app()
    in_code = set()
    for path in SOURCES:
        in_code |= set(re.findall(r'translate\("(\w+)", "([^"]*%n[^"]*)"', path.read_text(encoding="utf-8")))
    in_file = {key for key in messages(EN_PLURALS_FILE.with_suffix(".ts"))}
    assert in_code and in_code == in_file
    switch = LanguageSwitch()
    try:
        switch.apply("en")
        assert translate("Home", "Streak: %n day(s) in a row", "", 1) == "Streak: 1 day in a row"
        assert translate("Home", "Streak: %n day(s) in a row", "", 2) == "Streak: 2 days in a row"
        assert translate("Labs", "Reset: removed %n item(s).", "", 1) == "Reset: removed 1 item."
        switch.apply("ko")
        assert translate("Home", "Streak: %n day(s) in a row", "", 2) == "연속 학습: 2일째"
    finally:
        switch.apply("en")
