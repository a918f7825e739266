"""The core stays Qt-free: both front ends stand on it, and tests run it headless. The import rules
(pyproject.toml's [tool.importlinter] contracts) hold, and breaking one fails the check. The database
layout stays in the store: everything else asks it by name."""

import ast
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORE = ROOT / "quizapp" / "core"
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "qtpy")


def qt_imports(path: Path) -> list[str]:
    found = []
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        for name in names:
            if name.split(".")[0] in QT_MODULES:
                found.append(f"{path.relative_to(CORE.parent.parent)}:{node.lineno}: {name}")
    return found


def test_no_module_under_core_imports_qt():
    files = sorted(CORE.rglob("*.py"))
    assert len(files) >= 5, "the core package should have been found"
    offenders = [hit for f in files for hit in qt_imports(f)]
    assert offenders == []


def test_the_detector_sees_a_qt_import(tmp_path):
    fake = CORE / "_tmp_probe_for_test.py"
    try:
        fake.write_text("from PySide6 import QtCore\n")
        assert qt_imports(fake) and "PySide6" in qt_imports(fake)[0]
    finally:
        fake.unlink()


def test_importing_the_whole_core_loads_no_qt():
    code = (
        "import pkgutil, importlib, sys, quizapp.core as c\n"
        "for m in pkgutil.walk_packages(c.__path__, 'quizapp.core.'):\n"
        "    importlib.import_module(m.name)\n"
        "print(sorted(k for k in sys.modules if k.split('.')[0] in ('PySide6','shiboken6')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def lint_imports(root: Path) -> subprocess.CompletedProcess:
    """import-linter's `lint-imports` on the checkout at `root` (its pyproject.toml's contracts)."""
    code = "import sys\nfrom importlinter.cli import lint_imports_command\nsys.exit(lint_imports_command())"
    env = {**os.environ, "COLUMNS": "300"}  # one line per contract
    return subprocess.run([sys.executable, "-c", code, "--no-cache", "--no-logo"], cwd=root, capture_output=True, text=True, timeout=300, env=env)


def test_the_import_rules_hold():
    run = lint_imports(ROOT)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Contracts: 4 kept, 0 broken." in run.stdout


@pytest.mark.parametrize(
    "module,line,contract",
    [
        ("core/clock.py", "import quizapp.gui.app", "The core imports neither front end"),
        ("core/grading/shell.py", "from quizapp.core import store", "Grading imports neither the labs nor the store"),
        ("core/labs/params.py", "import quizapp.core.review", "The labs do not import the review session"),
        ("core/content/model.py", "import quizapp.core.content.loader", "No import cycles"),
    ],
)
def test_breaking_a_rule_fails_the_check(tmp_path, module, line, contract):
    shutil.copytree(ROOT / "quizapp", tmp_path / "quizapp", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    target = tmp_path / "quizapp" / module
    target.write_text(target.read_text(encoding="utf-8") + f"\n\ndef _probe():\n    {line}\n", encoding="utf-8")
    run = lint_imports(tmp_path)
    assert run.returncode == 1, run.stdout + run.stderr
    broken = [line for line in run.stdout.splitlines() if line.endswith(" BROKEN")]
    assert any(line.startswith(contract) for line in broken), run.stdout


# ----- the database layout stays in the store -------------------------------------------------------
PACKAGE = CORE.parent
STORE = CORE / "store.py"
DATABASE_MODULES = (STORE, CORE / "migrations.py")  # the store and its schema steps
SQL = re.compile(r"\b(SELECT\b.*\bFROM|INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+(TABLE|INDEX|TRIGGER)|PRAGMA)\b", re.S)
CURSOR_METHODS = {"execute", "executemany", "executescript"}


def database_uses(source: str, name: str = "<probe>") -> list[str]:
    """Where `source` writes SQL, runs a statement, or reaches for a store's connection."""
    found = []
    for node in ast.walk(ast.parse(source, filename=name)):
        text = None
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value
        elif isinstance(node, ast.JoinedStr):  # an f-string: its fixed parts around the values
            text = "{}".join(v.value if isinstance(v, ast.Constant) else "" for v in node.values)
        if text is not None and SQL.search(text):
            found.append(f"{name}:{node.lineno}: SQL {text[:40]!r}")
        elif isinstance(node, ast.Attribute) and node.attr == "conn":
            found.append(f"{name}:{node.lineno}: .conn")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in CURSOR_METHODS:
            found.append(f"{name}:{node.lineno}: .{node.func.attr}(")
    return found


def test_no_module_but_the_store_writes_sql_or_touches_the_connection():
    assert all(f.is_file() for f in DATABASE_MODULES)
    files = [f for f in sorted(PACKAGE.rglob("*.py")) if f not in DATABASE_MODULES]
    assert len(files) >= 20, "the package should have been found"
    offenders = [hit for f in files for hit in database_uses(f.read_text(encoding="utf-8"), str(f.relative_to(PACKAGE.parent)))]
    assert offenders == []


def test_the_sql_detector_sees_each_way_in():
    assert database_uses("rows = store.conn.execute('SELECT id FROM cards WHERE hidden = 0')") != []
    hits = database_uses("c.execute(f'UPDATE cards SET flag = {flag}')")
    assert any(".execute(" in hit for hit in hits) and any("SQL" in hit for hit in hits)
    assert database_uses("store.conn") != []
    assert database_uses("x = 'INSERT OR IGNORE INTO cards(id) VALUES (?)'") != []
    assert database_uses("x = 'DELETE FROM reviews'") != []
    assert database_uses("x = f'SELECT {columns} FROM {table}'") != []
    assert database_uses("x = 'PRAGMA user_version'") != []
    # What the store's callers do instead, and words a learner reads, are no SQL.
    assert database_uses("rows = store.new_cards(limit=1); label = 'Select the cards to update'") == []
    assert database_uses(STORE.read_text(encoding="utf-8")) != []
