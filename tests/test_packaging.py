"""What `pip install .` puts on a machine: the code, the translations and the built-in content.

A wheel is built from this checkout (offline: `--no-build-isolation`, with the setuptools and wheel
the test extras install), unpacked, and run on its own: it must find every card and lab without
the checkout beside it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    # Built from a copy of the tracked files: setuptools leaves build/ in the tree it builds, and
    # a file left there from an earlier build would be packed again.
    source = tmp_path_factory.mktemp("source")
    for name in tracked(""):
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, source / name)
    out = tmp_path_factory.mktemp("wheel")
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-q", "-w", str(out), str(source)],
        capture_output=True, text=True, timeout=600,
    )
    assert build.returncode == 0, build.stdout + build.stderr
    [built] = out.glob("quizapp-*.whl")
    return built


def tracked(folder: str) -> set[str]:
    """The files git tracks under `folder` ("" for all) that are there in the working tree."""
    listed = subprocess.run(["git", "ls-files", "-z", "--", folder or "."], cwd=ROOT, capture_output=True, text=True)
    if listed.returncode != 0:
        pytest.skip("not a git checkout")
    return {name for name in listed.stdout.split("\0") if name and (ROOT / name).is_file()}


def test_the_wheel_holds_the_content_and_the_translations(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    content = {name.removeprefix("quizapp/") for name in names if name.startswith("quizapp/content/")}
    assert content == tracked("content"), "the wheel's content differs from the checkout's"
    assert "quizapp/gui/i18n/quizapp_ko.qm" in names
    code = {name for name in names if name.endswith(".py")}
    assert code == {name for name in tracked("quizapp") if name.endswith(".py")}


def run_quizapp(pythonpath: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(pythonpath)}
    env.pop("QUIZAPP_CONTENT_DIR", None)  # the content the copy carries, not one named from outside
    return subprocess.run([sys.executable, "-m", "quizapp", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


def test_an_installed_copy_studies_without_the_checkout(wheel, tmp_path):
    installed = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(installed)
    where = subprocess.run(
        [sys.executable, "-c", "import quizapp, quizapp.core.paths as p; print(quizapp.__file__); print(p.content_dir())"],
        cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(installed)}, capture_output=True, text=True, timeout=60,
    )
    module_file, content_dir = where.stdout.split()
    assert Path(module_file).is_relative_to(installed)  # the unpacked wheel, not the checkout
    assert Path(content_dir) == installed / "quizapp" / "content"

    stats = run_quizapp(installed, tmp_path, "--data-dir", str(tmp_path / "data"), "--lang", "en", "stats", "--json")
    assert stats.returncode == 0, stats.stderr
    in_checkout = run_quizapp(ROOT, ROOT, "--data-dir", str(tmp_path / "data-checkout"), "--lang", "en", "stats", "--json")
    assert in_checkout.returncode == 0, in_checkout.stderr
    cards = json.loads(stats.stdout)["cards"]
    assert cards > 0 and cards == json.loads(in_checkout.stdout)["cards"]

    labs = run_quizapp(installed, tmp_path, "--data-dir", str(tmp_path / "data"), "--lang", "en", "lab", "list")
    assert labs.returncode == 0, labs.stderr
    lab_ids = {path.parent.name for path in (ROOT / "content" / "labs").glob("*/lab.yaml")}
    assert lab_ids and all(lab_id in labs.stdout for lab_id in lab_ids)
