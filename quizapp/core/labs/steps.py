"""Running a lab's reference solution steps as the learner would type them: docker commands (some
in a pseudo-terminal, typing input and detaching) and edits of the lab's files."""

from __future__ import annotations

import os
import select
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from quizapp.core.labs.errors import LabError
from quizapp.core.labs.params import fill_params

STEP_TIMEOUT = 120


def docker_cli() -> str:
    path = shutil.which("docker")
    if path is None:
        raise LabError("docker 명령을 찾을 수 없습니다 (PATH).", "The docker command is not on PATH.")
    return path


def _argv(template: str, params: dict[str, Any]) -> list[str]:
    filled = [fill_params(w, params) for w in shlex.split(template)]
    if not filled or filled[0] != "docker":
        raise LabError(f"해법 단계는 docker 명령이어야 합니다: {template}", f"A solution step must be a docker command: {template}")
    return [docker_cli(), *filled[1:]]


def run_step(step, params: dict[str, Any], workdir: Path) -> str:
    if step.append or step.replace:
        rel = step.append or step.replace
        path = workdir / rel
        if step.append:
            with open(path, "a", encoding="utf-8") as f:
                f.write(fill_params(step.text, params))
        else:
            text = path.read_text(encoding="utf-8") if step.old is not None else ""
            new = fill_params(step.new, params)
            path.write_text(text.replace(fill_params(step.old, params), new) if step.old is not None else new, encoding="utf-8")
        return ""
    argv = _argv(step.run, params)
    if step.input or step.detach_keys:
        return run_in_pty(argv, step.input, detach=step.detach_keys, wait=step.wait, cwd=workdir)
    try:
        proc = subprocess.run(argv, cwd=workdir, capture_output=True, text=True, timeout=STEP_TIMEOUT, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        raise LabError(f"해법 단계가 {STEP_TIMEOUT}초 안에 끝나지 않았습니다: {step.run}", f"A solution step did not finish within {STEP_TIMEOUT}s: {step.run}") from None
    if proc.returncode != 0:
        raise LabError(
            f"해법 단계 실패 ({step.run}): {proc.stderr.strip()[-300:]}",
            f"Solution step failed ({step.run}): {proc.stderr.strip()[-300:]}",
        )
    return proc.stdout


def run_in_pty(argv: list[str], lines: list[str], *, detach: bool = False, wait: float = 0.0, cwd: Path | None = None, timeout: float = 60) -> str:
    """Run an interactive docker command in a pseudo-terminal, typing `lines`, then (with
    `detach`) Ctrl+P Ctrl+Q. Returns what the terminal showed."""
    if sys.platform == "win32":  # pragma: no cover
        raise LabError("이 단계는 터미널이 필요합니다 (Windows에서는 직접 입력하세요).", "This step needs a terminal (type it yourself on Windows).")
    from ptyprocess import PtyProcessUnicode

    proc = PtyProcessUnicode.spawn(argv, cwd=str(cwd) if cwd else None, dimensions=(24, 100), env=os.environ.copy())
    out: list[str] = []
    deadline = time.monotonic() + timeout

    def drain(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            r, _, _ = select.select([proc.fd], [], [], max(0.0, end - time.monotonic()))
            if not r:
                return
            try:
                out.append(proc.read(4096))
            except EOFError:
                return

    try:
        drain(max(wait, 0.8))
        for line in lines:
            proc.write(line + "\r")
            drain(0.5)
        if detach:
            proc.write("\x10")
            time.sleep(0.1)
            proc.write("\x11")
        while proc.isalive() and time.monotonic() < deadline:
            drain(0.2)
        if proc.isalive():
            proc.terminate(force=True)
            raise LabError(f"대화형 단계가 끝나지 않았습니다: {' '.join(argv[1:])}", f"An interactive step did not finish: {' '.join(argv[1:])}")
    finally:
        if proc.isalive():
            proc.terminate(force=True)
    return "".join(out)


