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


def test_the_installed_command_reports_the_version_from_its_metadata(wheel, tmp_path):
    """`pip install .` gives a `quizapp` command; away from the checkout its version comes from the
    installed metadata, which is pyproject.toml's."""
    import tomllib

    target = tmp_path / "target"
    install = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "-q", "--target", str(target), str(wheel)],
        capture_output=True, text=True, timeout=300,
    )
    assert install.returncode == 0, install.stdout + install.stderr
    command = target / "bin" / "quizapp"
    assert command.is_file()
    env = {**os.environ, "PYTHONPATH": str(target)}
    done = subprocess.run([str(command), "--version"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60)
    expected = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"quizapp {expected}"
    assert not (target / "pyproject.toml").exists()  # so the metadata answered, not a checkout's file


def test_the_wheel_names_genanki_as_a_dependency(wheel):
    with zipfile.ZipFile(wheel) as archive:
        [metadata] = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
        requires = [line for line in archive.read(metadata).decode().splitlines() if line.startswith("Requires-Dist:")]
    assert any("genanki" in line for line in requires)
    assert any("Pygments" in line for line in requires)


# ----- the Linux desktop files (packaging/linux) ---------------------------------------------------
LINUX = ROOT / "packaging" / "linux"
APP_ID = "org.quizapp.Quizapp"


def tool(name: str) -> str:
    """The path of a validator; CI installs it (.ci/run), elsewhere its absence skips the test."""
    found = shutil.which(name)
    if found is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is not installed; .ci/run installs it")
        pytest.skip(f"{name} is not installed (Debian: desktop-file-utils, appstream)")
    return found


def test_the_desktop_entry_is_valid():
    done = subprocess.run([tool("desktop-file-validate"), str(LINUX / f"{APP_ID}.desktop")], capture_output=True, text=True, timeout=60)
    # desktop-file-validate exits 0 on mere hints; any line it prints is something to fix.
    assert done.returncode == 0 and done.stdout.strip() == "", done.stdout + done.stderr


def test_the_appstream_metainfo_is_valid_offline():
    done = subprocess.run(
        [tool("appstreamcli"), "validate", "--no-net", "--strict", str(LINUX / f"{APP_ID}.metainfo.xml")],
        capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_linux_files_agree_with_each_other_and_the_project():
    import configparser
    import tomllib
    import xml.etree.ElementTree as ET

    desktop = configparser.ConfigParser(interpolation=None)
    desktop.optionxform = str
    desktop.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    entry = desktop["Desktop Entry"]
    assert (LINUX / f"{entry['Icon']}.svg").is_file()
    assert ET.parse(LINUX / f"{entry['Icon']}.svg").getroot().tag == "{http://www.w3.org/2000/svg}svg"
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert entry["Exec"].split()[0] in project["scripts"]

    meta = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert meta.findtext("id") == APP_ID and meta.findtext("launchable") == f"{APP_ID}.desktop"
    assert meta.find("releases/release").get("version") == project["version"]  # the newest release first
    shots = [image.text.rsplit("/", 1)[1] for image in meta.iter("image")]
    assert shots and all((ROOT / "docs" / "screenshots" / name).is_file() for name in shots)
    assert "ko" in {caption.get("{http://www.w3.org/XML/1998/namespace}lang") for caption in meta.iter("caption")}
