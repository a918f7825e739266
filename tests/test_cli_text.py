"""The command line says everything through the core's bilingual text (`quizapp/core/i18n.py`):
a message table of `{"ko", "en"}` entries shown with `pick`, never its own language switch."""

import ast
import importlib
import string
from pathlib import Path

CLI = Path(__file__).resolve().parent.parent / "quizapp" / "cli"


def own_language_switches(path: Path) -> list[str]:
    """`... if lang == "ko" else ...` and `text.get(lang, text["en"])`: a scheme of its own."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Compare) and any(isinstance(c, ast.Constant) and c.value in ("ko", "en") for c in [node.left, *node.comparators]):
            found.append(f"{path.name}:{node.lineno}: compares a language")
        # A dict's .get(lang, fallback); content's own `Text.get(lang)` takes the language alone.
        if isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "get" and len(node.args) == 2 and (
            isinstance(node.args[0], ast.Attribute) and node.args[0].attr == "lang" or isinstance(node.args[0], ast.Name) and node.args[0].id == "lang"
        ):
            found.append(f"{path.name}:{node.lineno}: .get(lang, ...)")
    return found


def test_no_command_switches_language_by_itself():
    files = sorted(CLI.glob("*.py"))
    assert len(files) >= 8
    assert [hit for f in files for hit in own_language_switches(f)] == []


def test_the_detector_sees_a_switch(tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text('label = "카드" if ctx.lang == "ko" else "cards"\nmsg = text.get(ctx.lang, text["en"])\n')
    assert len(own_language_switches(probe)) == 2


def test_every_message_table_has_both_languages_with_the_same_fields():
    tables = 0
    for path in sorted(CLI.glob("*.py")):
        module = importlib.import_module(f"quizapp.cli.{path.stem}")
        for name in ("UI", "MESSAGES"):
            table = getattr(module, name, None)
            if table is None:
                continue
            tables += 1
            for key, text in table.items():
                assert set(text) == {"ko", "en"} and all(text.values()), f"{path.name} {name}[{key!r}]"
                fields = [{f for _, f, _, _ in string.Formatter().parse(text[lang]) if f} for lang in ("ko", "en")]
                assert fields[0] == fields[1], f"{path.name} {name}[{key!r}]: {fields}"
    assert tables >= 6
