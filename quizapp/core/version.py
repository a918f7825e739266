"""The version quizapp reports: the one in pyproject.toml."""

from __future__ import annotations

from pathlib import Path

UNKNOWN = "unknown"


def app_version() -> str:
    """pyproject.toml's version. A checkout reads its own pyproject.toml first (an editable
    install's metadata stays at the version it was installed with until run.py reinstalls); the
    frozen app carries that file beside the package for the same reason it has no metadata of its
    own; an installed copy asks importlib.metadata."""
    pyproject = Path(__file__).resolve().parent.parent.parent / "pyproject.toml"
    if pyproject.is_file():
        import tomllib

        try:
            project = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("project", {})
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
            project = {}
        # Only quizapp's own: an installed copy's parent folder is site-packages, which may hold
        # some other project's pyproject.toml.
        if project.get("name") == "quizapp" and isinstance(project.get("version"), str):
            return project["version"]
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("quizapp")
    except PackageNotFoundError:
        return UNKNOWN
