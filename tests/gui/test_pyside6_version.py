"""The PySide6 the tests run on is one pyproject.toml allows, and the bound keeps out 6.12.

PySide6 6.12.0 on Python 3.11 drops a reference to None, True or False on every void call and
every emit(); a study session then aborts the interpreter ("deallocating None") within minutes.
The window emits and calls Qt directly, with no guard of its own: the dependency bound is the
guard, so it must exclude that release, and what is installed must be inside it.
"""

from __future__ import annotations

import tomllib
from importlib.metadata import version
from pathlib import Path

from packaging.requirements import Requirement

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"
DISTRIBUTION = "PySide6-Essentials"


def pyside6_requirement() -> Requirement:
    dependencies = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]["dependencies"]
    found = [Requirement(d) for d in dependencies if Requirement(d).name.lower() == DISTRIBUTION.lower()]
    assert len(found) == 1, dependencies
    return found[0]


def test_the_bound_excludes_the_release_that_leaks_references():
    assert "6.12.0" not in pyside6_requirement().specifier


def test_the_installed_pyside6_is_inside_the_bound():
    installed = version(DISTRIBUTION)
    assert installed in pyside6_requirement().specifier, f"{DISTRIBUTION} {installed} is installed; pyproject.toml allows {pyside6_requirement().specifier}"
