"""`quizapp lab ...` from the outside: JSON shapes and exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


ROOT = Path(__file__).resolve().parents[2]


def quizapp(*args: str, data_dir: Path, env: dict | None = None, timeout: float = 180) -> subprocess.CompletedProcess:
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "quizapp", "--data-dir", str(data_dir), "--lang", "en", "lab", *args],
        capture_output=True, text=True, cwd=ROOT, env=full_env, timeout=timeout,
    )


def test_list_json_gives_ids_titles_and_concepts(tmp_path):
    out = quizapp("list", "--json", data_dir=tmp_path)
    assert out.returncode == 0, out.stderr
    labs = json.loads(out.stdout)
    assert [lab["id"] for lab in labs][:3] == ["hello-container", "build-and-run", "rebuild-snapshot"]
    assert len(labs) == 12
    for lab in labs:
        assert set(lab) == {"id", "title", "concepts"}
        assert lab["title"]["ko"] and lab["title"]["en"]
        assert lab["concepts"]


def test_unknown_lab_exits_2_and_names_the_labs(tmp_path):
    out = quizapp("check", "no-such-lab", "--json", data_dir=tmp_path)
    assert out.returncode == 2
    assert "no-such-lab" in out.stderr and "build-and-run" in out.stderr


def test_no_daemon_exits_2_quickly_with_the_fix(tmp_path):
    out = quizapp("start", "build-and-run", "--json", data_dir=tmp_path, env={"DOCKER_HOST": f"unix://{tmp_path}/nothing.sock"}, timeout=30)
    assert out.returncode == 2
    assert "daemon" in out.stderr.lower() and "start" in out.stderr.lower()
    assert "Traceback" not in out.stderr


def test_bad_answer_syntax_exits_2(tmp_path, lab_data_dir):
    out = quizapp("check", "hello-container", "--answer", "nonsense", data_dir=tmp_path)
    assert out.returncode == 2
    assert "KEY=VALUE" in out.stderr


@pytest.mark.docker
@pytest.mark.slow
def test_start_check_solve_check_reset(lab_data_dir, docker_client, decoys):
    data = lab_data_dir
    out = quizapp("start", "build-and-run", "--json", data_dir=data)
    assert out.returncode == 0, out.stderr
    started = json.loads(out.stdout)
    assert started["id"] == "build-and-run"
    assert Path(started["workdir"]).is_dir()
    assert isinstance(started["params"]["port"], int)
    try:
        out = quizapp("check", "build-and-run", "--json", data_dir=data)
        assert out.returncode == 1
        report = json.loads(out.stdout)
        assert report["passed"] is False
        assert {c["id"] for c in report["checks"]} == {"image", "from-lab", "running", "from-image", "port", "page"}
        for c in report["checks"]:
            assert set(c) == {"id", "passed", "message"} and c["message"]["ko"] and c["message"]["en"]
        out = quizapp("solve", "build-and-run", data_dir=data)
        assert out.returncode == 0, out.stderr
        out = quizapp("check", "build-and-run", "--json", data_dir=data)
        assert out.returncode == 0, out.stdout + out.stderr
        assert json.loads(out.stdout)["passed"] is True
    finally:
        out = quizapp("reset", "build-and-run", "--json", data_dir=data)
    assert out.returncode == 0, out.stderr
    reset = json.loads(out.stdout)
    removed = {(r["kind"], r["name"]) for r in reset["removed"]}
    # It says what it removed: the lab's container and the image the learner built.
    assert {("container", "quizlab-web"), ("image", "quizlab/web:1")} <= removed, removed
    assert reset["left"] == []
    assert "quizlab-web" not in [c.name for c in docker_client.containers.list(all=True)]
    assert "quizlab/web:1" not in [t for i in docker_client.images.list() for t in i.tags]
    decoys.assert_untouched()


@pytest.mark.docker
@pytest.mark.slow
def test_reset_prints_what_it_removed(lab_data_dir, docker_client):
    data = lab_data_dir
    assert quizapp("start", "stop-and-start", data_dir=data).returncode == 0
    out = quizapp("reset", "stop-and-start", data_dir=data)
    assert out.returncode == 0, out.stderr
    assert "Removed:" in out.stdout and "quizlab-web" in out.stdout
    again = quizapp("reset", "stop-and-start", data_dir=data)
    assert again.returncode == 0 and "Nothing to remove." in again.stdout


@pytest.mark.docker
@pytest.mark.slow
def test_answers_given_once_are_kept(lab_data_dir):
    data = lab_data_dir
    assert quizapp("start", "hello-container", data_dir=data).returncode == 0
    try:
        solved = quizapp("solve", "hello-container", "--json", data_dir=data)
        name = json.loads(solved.stdout)["answers"]["name"]
        wrong = quizapp("check", "hello-container", "--answer", "name=nobody", "--json", data_dir=data)
        assert wrong.returncode == 1
        right = quizapp("check", "hello-container", "--answer", f"name={name}", "--json", data_dir=data)
        assert right.returncode == 0
        again = quizapp("check", "hello-container", "--json", data_dir=data)
        assert again.returncode == 0, again.stdout
    finally:
        quizapp("reset", "hello-container", data_dir=data)


@pytest.mark.docker
def test_check_before_start_exits_2(lab_data_dir):
    out = quizapp("check", "name-and-tag", data_dir=lab_data_dir)
    assert out.returncode == 2
    assert "lab start name-and-tag" in out.stderr


@pytest.mark.docker
@pytest.mark.slow
def test_hint_and_give_up_need_no_daemon(lab_data_dir):
    data = lab_data_dir
    assert quizapp("start", "stop-and-start", data_dir=data).returncode == 0
    gone = {"DOCKER_HOST": f"unix://{data}/no-daemon.sock"}
    try:
        hint = quizapp("hint", "stop-and-start", "--json", data_dir=data, env=gone)
        assert hint.returncode == 0, hint.stderr
        assert json.loads(hint.stdout)["index"] == 0
        gave_up = quizapp("give-up", "stop-and-start", "--json", data_dir=data, env=gone)
        assert gave_up.returncode == 0, gave_up.stderr
        assert "docker start quizlab-web" in json.loads(gave_up.stdout)["solution"]
    finally:
        assert quizapp("reset", "stop-and-start", data_dir=data).returncode == 0


@pytest.mark.docker
@pytest.mark.slow
def test_hint_give_up_and_resources(lab_data_dir):
    data = lab_data_dir
    assert quizapp("start", "stop-and-start", data_dir=data).returncode == 0
    try:
        hint = json.loads(quizapp("hint", "stop-and-start", "--json", data_dir=data).stdout)
        assert hint["index"] == 0 and "docker stop" in hint["hint"]["en"]
        held = json.loads(quizapp("resources", "stop-and-start", "--json", data_dir=data).stdout)
        assert {(r["kind"], r["name"], r["made_by"]) for r in held} >= {("container", "quizlab-web", "setup"), ("image", "quizlab/web:1", "setup")}
        gave_up = quizapp("give-up", "stop-and-start", "--json", data_dir=data)
        assert gave_up.returncode == 0
        assert "docker start quizlab-web" in json.loads(gave_up.stdout)["solution"]
        # Given up: no longer open for checks, but reset still cleans it.
        assert quizapp("check", "stop-and-start", data_dir=data).returncode == 2
    finally:
        assert quizapp("reset", "stop-and-start", data_dir=data).returncode == 0
    assert "quizlab-web" not in quizapp("resources", "stop-and-start", data_dir=data).stdout
