#!/usr/bin/env python3
"""The two set-up commands, for a fresh machine with only Python 3.11+:

    python3 run.py          launch quizapp with its built-in content (creates .venv on first use)
    python3 run.py test     install everything and run the whole test suite

Extra arguments after `run.py` go to quizapp (e.g. `python3 run.py review --terminal`), and
after `run.py test` to pytest.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")


def ensure_env(extras: str) -> None:
    """Create .venv and install quizapp (editable) with `extras`, again only when pyproject.toml or
    setup.py changes."""
    if sys.version_info < (3, 11):
        sys.exit(f"quizapp needs Python 3.11 or newer; this is {sys.version.split()[0]}")
    if not PYTHON.exists():
        print(f"run.py: creating {VENV}", file=sys.stderr)
        venv.EnvBuilder(with_pip=True).create(VENV)
    stamp = VENV / f".installed-{extras or 'app'}"
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + (ROOT / "setup.py").read_bytes()).hexdigest()
    if stamp.exists() and stamp.read_text() == digest:
        return
    target = f".[{extras}]" if extras else "."
    print(f"run.py: installing quizapp {target} into {VENV}", file=sys.stderr)
    subprocess.run([str(PYTHON), "-m", "pip", "install", "--quiet", "--upgrade", "pip"], check=True)
    subprocess.run([str(PYTHON), "-m", "pip", "install", "--quiet", "-e", target], cwd=ROOT, check=True)
    stamp.write_text(digest)


def main(argv: list[str]) -> int:
    if argv[:1] == ["test"]:
        ensure_env("test")
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
        return subprocess.run([str(PYTHON), "-m", "pytest", *argv[1:]], cwd=ROOT, env=env).returncode
    ensure_env("")
    return subprocess.run([str(PYTHON), "-m", "quizapp", *argv], cwd=ROOT).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
