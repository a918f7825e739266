"""The core stays Qt-free: both front ends stand on it, and tests run it headless."""

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parent.parent / "quizapp" / "core"
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
