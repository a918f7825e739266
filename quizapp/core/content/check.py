"""`quizapp content check [PATH]`: every problem in the content, each with file and line."""

from __future__ import annotations

from pathlib import Path

from quizapp.core.content.loader import (
    CARDS_DIR,
    CURRICULUM_FILE,
    Problem,
    load_card_file,
    load_content,
    load_curriculum,
    _reference_problems,
)


def _content_root(path: Path) -> Path | None:
    """The content folder `path` belongs to: it holds curriculum.yaml or a cards/ folder."""
    for candidate in (path, path.parent):
        if (candidate / CURRICULUM_FILE).is_file() or (candidate / CARDS_DIR).is_dir():
            return candidate
    return None


def check_content(path: Path | str | None = None) -> list[Problem]:
    """All problems in a content folder, or in one file of it (a card file or curriculum.yaml).

    A single card file inside a content folder is checked against that folder's curriculum and
    other card files (so a card id used in another file is reported); a card file elsewhere is
    checked against the built-in curriculum.
    """
    if path is None:
        from quizapp.core.paths import content_dir

        path = content_dir()
    path = Path(path)
    if not path.exists():
        return [Problem(path, None, "no such file or folder")]
    if path.is_dir():
        root = path if path.name != CARDS_DIR else path.parent
        return load_content(root).problems
    if path.name == CURRICULUM_FILE:
        return load_curriculum(path)[1]
    if path.parent.name == CARDS_DIR and (root := _content_root(path.parent.parent)) is not None:
        resolved = path.resolve()
        return [p for p in load_content(root).problems if p.file.resolve() == resolved]
    return _check_lone_file(path)


def _check_lone_file(path: Path) -> list[Problem]:
    from quizapp.core.paths import content_dir

    loaded, problems = load_card_file(path)
    if loaded is None:
        return problems
    curriculum, _ = load_curriculum(content_dir() / CURRICULUM_FILE)
    if curriculum is None:  # without a curriculum the ids cannot be checked
        return problems
    for index, card in enumerate(loaded.deck.cards):
        problems.extend(_reference_problems(card, index, loaded, curriculum))
    return problems
