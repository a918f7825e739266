"""What the lab pages show, read on the worker: no widgets here."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quizapp.core.review import lab_card_id
from quizapp.core.store import NEW

MAX_FILE_BYTES = 64 * 1024


def lab_state(store: Any, lab_id: str, now: Any) -> str:
    """not_started, in_progress, passed or due."""
    attempts = store.lab_attempts(lab_id)
    current = next((a for a in reversed(attempts) if a.ended_at is None), None)  # as store.current_lab_attempt
    card = store.get_card(lab_card_id(lab_id))
    if current is not None and current.passed_at is None:
        return "in_progress"
    passed = any(a.passed_at for a in attempts) or (card is not None and card.state != NEW)
    if passed:
        if card is not None and card.due is not None and card.due <= now:
            return "due"
        return "passed"
    return "not_started"


def lab_states(collection: Any, labs: list[Any]) -> dict[str, str]:
    now = collection.clock.now()
    return {lab.id: lab_state(collection.store, lab.id, now) for lab in labs}


@dataclass
class LabPage:
    """What the lab page draws."""

    state: str
    attempt: Any
    params: dict[str, Any]
    workdir: Path | None
    files: list[tuple[str, str]]
    hints: list[dict[str, str]]
    answers: dict[str, str]


def read_files(folder: Path | None, fill: dict[str, str] | None = None) -> list[tuple[str, str]]:
    """(relative name, text) of the folder's text files. `fill` replaces `{name}` placeholders as
    set-up will: the lab's own files, shown before set-up, read as the learner will find them."""
    if folder is None or not folder.is_dir():
        return []
    out = []
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        if not path.is_file() or any(part.startswith(".quizlab") for part in rel.parts):
            continue
        try:
            text = path.read_bytes()[:MAX_FILE_BYTES].decode("utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        for key, value in (fill or {}).items():
            text = text.replace("{" + key + "}", value)
        out.append((str(rel), text))
    return out


def lab_page(collection: Any, lab: Any, workdir_before_setup: Path, token_before_setup: str) -> LabPage:
    """The page of `lab`. Before set-up its files are the lab's own, with the folder set-up will
    make and `token_before_setup` (a note that set-up fills the token in) put where set-up puts
    the real ones."""
    store = collection.store
    attempt = store.current_lab_attempt(lab.id)
    params = dict(attempt.params) if attempt is not None else dict(lab.params)
    workdir = Path(attempt.workdir) if attempt is not None else None
    if workdir is not None and workdir.is_dir():
        files = read_files(workdir)
    else:
        files = read_files(lab.files_dir, {"token": token_before_setup, "workdir": str(workdir_before_setup)})
    hints = [lab.hints[i].format(params) for i in range(min(attempt.hints_used, len(lab.hints)))] if attempt is not None else []
    state = lab_state(store, lab.id, collection.clock.now())
    return LabPage(state, attempt, params, workdir, files, hints, dict(attempt.answers) if attempt is not None else {})


def guess_lang(name: str) -> str:
    base = Path(name).name.lower()
    if base.startswith("dockerfile") or base.endswith(".dockerfile"):
        return "dockerfile"
    return {".sh": "shell", ".json": "json", ".py": "python", ".js": "javascript"}.get(Path(base).suffix, "text")


def split_found(message: str) -> tuple[str, str]:
    """A check's line and what the daemon found, which the labs code appends in parentheses:
    ("There is no image x (docker build -t ...)", "image x does not exist"). The last balanced
    group is the found part only when the line has one before it too, or the group is long."""
    text = message.rstrip()
    if not text.endswith(")"):
        return message, ""
    depth = 0
    for i in range(len(text) - 1, -1, -1):
        if text[i] == ")":
            depth += 1
        elif text[i] == "(":
            depth -= 1
            if depth == 0:
                if i == 0 or text[i - 1] != " ":
                    return message, ""  # a particle such as 이(가), not a group
                return text[:i].rstrip(), text[i + 1 : -1]
    return message, ""


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[\w./:-]+", text.lower()) if len(w) > 2}


def check_line(message: str) -> tuple[str, str]:
    """(the line, the daemon's finding or "" when it only repeats the line): a failing check
    read "There is no image quizlab/web:1 yet (docker build -t ...) (image quizlab/web:1 does not
    exist)", saying the same thing twice."""
    line, found = split_found(message)
    if not found:
        return message, ""
    # What the daemon found adds nothing when each of its words (particles aside) is in the line
    # already: the image's name, "there", "image". Then the line is said once.
    if not _words(found) - _words(line):
        return line, ""
    return line, found
