#!/usr/bin/env python3
"""Build the one-folder desktop app with PyInstaller, and smoke-test what was built.

    python3 packaging/build.py            build packaging/dist/quizapp/ (the app: run ./quizapp)
    python3 packaging/build.py --smoke    build, then run the built app's smoke commands
    python3 packaging/build.py --smoke --no-build    only the smoke commands, on the last build

It builds with the project's .venv (made by run.py as `python3 run.py` makes it) and installs
PyInstaller into it when missing. The smoke commands run the built binary from its own folder,
with no checkout, .venv or PYTHONPATH to lean on: --version, content check, review --terminal fed
through a pipe, export --anki, and the window rendered offscreen (--screenshot). Exit 0 when all
pass; otherwise the failing command, its exit code and its output are printed.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DIST = HERE / "dist"
WORK = HERE / "build"
APP_DIR = DIST / "quizapp"
BINARY = APP_DIR / ("quizapp.exe" if os.name == "nt" else "quizapp")
PYINSTALLER = "pyinstaller>=6.10"
# Each smoke command's limit; the whole smoke test takes well under a minute.
SMOKE_TIMEOUT_S = 180


def venv_python() -> Path:
    sys.path.insert(0, str(ROOT))
    import run  # the project's own set-up: creates .venv and installs quizapp when needed

    # A .venv with the test extras (CI's, right after the tests) has all the app needs: used as
    # it is. Otherwise run.py's own check installs quizapp when pyproject.toml or setup.py changed.
    import hashlib

    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + (ROOT / "setup.py").read_bytes()).hexdigest()
    test_stamp = run.VENV / ".installed-test"
    if not (run.PYTHON.exists() and test_stamp.exists() and test_stamp.read_text() == digest):
        run.ensure_env("")
    return run.PYTHON


def ensure_pyinstaller(python: Path) -> None:
    if subprocess.run([str(python), "-c", "import PyInstaller"], capture_output=True).returncode == 0:
        return
    print(f"build: installing {PYINSTALLER} into {python.parent.parent}", file=sys.stderr)
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", PYINSTALLER], check=True)


def build(python: Path) -> None:
    started = time.monotonic()
    subprocess.run(
        [str(python), "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(DIST), "--workpath", str(WORK), str(HERE / "quizapp.spec")],
        cwd=ROOT, check=True,
    )
    add_linux_files(APP_DIR)
    size = sum(p.stat().st_size for p in APP_DIR.rglob("*") if p.is_file())
    print(f"build: {APP_DIR} ({size / 2**20:.0f} MiB) in {time.monotonic() - started:.0f} s", file=sys.stderr)


LINUX_FILES = {  # packaging/linux/<name> -> where a Linux package (or ~/.local) installs it
    "org.quizapp.Quizapp.desktop": "share/applications",
    "org.quizapp.Quizapp.metainfo.xml": "share/metainfo",
    "org.quizapp.Quizapp.svg": "share/icons/hicolor/scalable/apps",
}


def add_linux_files(app_dir: Path) -> None:
    """The desktop entry, the AppStream metadata and the icon, laid out under share/ as a
    package installs them, beside the binary (whose folder then goes to /opt/quizapp with a
    /usr/bin/quizapp link)."""
    for name, folder in LINUX_FILES.items():
        (app_dir / folder).mkdir(parents=True, exist_ok=True)
        shutil.copy2(HERE / "linux" / name, app_dir / folder / name)


class SmokeFailure(Exception):
    pass


def smoke() -> None:
    if not BINARY.is_file():
        raise SmokeFailure(f"{BINARY} is not there: build first")
    bundled = APP_DIR / "_internal" / "quizapp"
    for needed in ("content/curriculum.yaml", "content/cards", "content/labs", "gui/i18n/quizapp_ko.qm"):
        if not (bundled / needed).exists():
            raise SmokeFailure(f"{bundled / needed} is not in the app")
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    # The binary alone: no project venv, no checkout on the path, no content named from outside.
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "QUIZAPP_CONTENT_DIR", "QUIZAPP_DATA_DIR")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory(prefix="quizapp-smoke-") as scratch:
        data = Path(scratch) / "data"

        def run(name: str, *args: str, stdin: str | None = None, check_out: str | None = None) -> str:
            started = time.monotonic()
            try:
                done = subprocess.run([str(BINARY), *args], cwd=APP_DIR, env=env, input=stdin, capture_output=True, text=True, timeout=SMOKE_TIMEOUT_S)
            except subprocess.TimeoutExpired as exc:
                raise SmokeFailure(f"{name}: no answer in {SMOKE_TIMEOUT_S} s\n{exc.stdout or ''}{exc.stderr or ''}") from exc
            output = done.stdout + done.stderr
            if done.returncode != 0:
                raise SmokeFailure(f"{name}: exit {done.returncode}\n{output}")
            if check_out is not None and check_out not in output:
                raise SmokeFailure(f"{name}: {check_out!r} not in the output\n{output}")
            print(f"smoke: {name}: ok ({time.monotonic() - started:.1f} s)", file=sys.stderr)
            return output

        run("--version", "--version", check_out=f"quizapp {version}")
        run("content check", "--lang", "en", "content", "check", check_out="no problems")
        # Enter reveals a basic card and 3 rates it Good; a typed card takes the empty line as an
        # answer and the 3 as its rating or a next answer: whatever the first cards are (the
        # content changes), some are answered, and each answer must be in the database.
        out = run("review --terminal", "--data-dir", str(data), "--lang", "en", "review", "--terminal", stdin="\n3\n" * 6 + "q\n", check_out="You answered")
        said = int(re.search(r"You answered (\d+) card", out).group(1))
        conn = sqlite3.connect(data / "quizapp.sqlite3")
        try:
            answers = conn.execute("SELECT count(*) FROM reviews").fetchone()[0]
        finally:
            conn.close()
        if not 0 < said == answers:
            raise SmokeFailure(f"review --terminal: said {said} answers, the database has {answers}")
        package = Path(scratch) / "cards.apkg"
        run("export --anki", "--data-dir", str(data), "--lang", "en", "export", "--anki", str(package), check_out="Exported")
        if not package.is_file() or package.stat().st_size < 10_000:
            raise SmokeFailure(f"export --anki: {package} missing or too small")
        shot = Path(scratch) / "home.png"
        run("the window (--screenshot)", "--data-dir", str(data), "--lang", "ko", "--screenshot", str(shot), "--view", "home")
        if not shot.is_file() or shot.read_bytes()[:8] != b"\x89PNG\r\n\x1a\n" or shot.stat().st_size < 10_000:
            raise SmokeFailure(f"--screenshot: {shot} is not a rendered PNG")
    print("smoke: the built app passed every smoke command", file=sys.stderr)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Build the one-folder quizapp with PyInstaller.")
    parser.add_argument("--smoke", action="store_true", help="run the built app's smoke commands")
    parser.add_argument("--no-build", action="store_true", help="do not build; smoke-test the last build")
    args = parser.parse_args(argv)
    if not args.no_build:
        python = venv_python()
        ensure_pyinstaller(python)
        shutil.rmtree(APP_DIR, ignore_errors=True)
        try:
            build(python)
        except subprocess.CalledProcessError as exc:
            print(f"build: PyInstaller failed (exit {exc.returncode})", file=sys.stderr)
            return 1
    if args.smoke:
        try:
            smoke()
        except SmokeFailure as exc:
            print(f"smoke: FAILED {exc}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
