"""Live command cards: run a learner's graded answer for real, judge it by the card's lab checks,
then clean up.

Only the docker subcommands of the curriculum run, without a shell, under a time limit. Refused,
with a bilingual reason: anything that could reach the host or other people's things
(`--privileged`, host mounts, host network/pid/ipc/uts/userns namespaces, `--cap-add`,
`--device`, `--security-opt`, another daemon through `-H`), prune and system commands, shell
operators and expansions, and `rm`/`rmi`/`stop` (and the like) on anything not named
`quizlab-…`/`quizlab/…`.

`refusal(parsed)` is the pure policy (no daemon needed); `run_live_command` applies it, sets the
lab up, runs the lab's reference steps that come before the card's command, runs the command,
checks, and resets the lab.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quizapp.core.labs.ownership import BASE_REF, is_lab_name, is_lab_ref, without_registry
from quizapp.core.grading.command import CommandParseError, parse_command
from quizapp.core.i18n import both, pick
from quizapp.core.labs.daemon import DaemonProblem, connect
from quizapp.core.labs.errors import LabError
from quizapp.core.labs.model import LabFileError, load_lab
from quizapp.core.labs.runner import LabRunner
from quizapp.core.labs.steps import docker_cli, run_in_pty, run_step
from quizapp.core.paths import content_dir as default_content

ALLOWED = {
    "run", "create", "start", "stop", "build", "images", "ps", "logs", "rm", "rmi", "tag", "push",
    "pull", "inspect", "image inspect", "container inspect", "cp", "login", "logout",
}
# Subcommands whose arguments are containers or images to remove or stop: only lab resources.
DESTRUCTIVE = {"rm": "container", "stop": "container", "rmi": "image"}
HOST_NAMESPACES = ("network", "net", "pid", "ipc", "uts", "userns", "cgroupns")
DEFAULT_TIMEOUT = 60


def _m(ko: str, en: str) -> dict[str, str]:
    return both(ko, en)


@dataclass
class LiveResult:
    ran: bool
    refused: dict[str, str] | None = None
    returncode: int | None = None
    stdout: str = ""
    stderr: str = ""
    report: Any = None  # CheckReport
    timed_out: bool = False
    argv: list[str] = field(default_factory=list)


def _is_host_path(source: str) -> bool:
    return bool(source) and (source[0] in "/.~\\" or re.match(r"^[A-Za-z]:[\\/]", source) is not None or "/" in source)


def _as_list(value) -> list[str]:
    if value is None or value is True or value is False:
        return []
    return list(value) if isinstance(value, (list, tuple)) else [str(value)]


def _lab_container(name: str) -> bool:
    return is_lab_name(name)


def _lab_image(ref: str) -> bool:
    return is_lab_ref(ref) and without_registry(ref) != BASE_REF


def refusal_for_text(text: str) -> dict[str, str] | None:
    """Reasons visible before parsing: prune and system commands, which the parser does not know."""
    words = text.split()
    if words and words[0] == "docker":
        words = words[1:]
    if "prune" in words[:3]:
        return _m("prune 명령은 학습자의 다른 컨테이너·이미지까지 지우므로 여기서 실행하지 않습니다.", "prune commands would delete the learner's other containers and images too, so they do not run here.")
    if words[:1] == ["system"]:
        return _m("docker system 명령은 여기서 실행하지 않습니다 (데몬 전체에 영향을 줍니다).", "docker system commands do not run here (they affect the whole daemon).")
    return None


def refusal(parsed, client=None) -> dict[str, str] | None:
    """Why this parsed command must not run here, or None."""
    sub = parsed.subcommand
    text_reason = refusal_for_text(" ".join(["docker", *parsed.argv]))
    if text_reason:
        return text_reason
    if sub not in ALLOWED:
        return _m(f"`docker {sub}`은(는) 이 실습에서 실행하지 않는 명령입니다.", f"`docker {sub}` is not a command the labs run.")
    if parsed.global_options:
        return _m("docker 자체의 옵션(-H, --context 등)은 쓸 수 없습니다: 앱이 고른 데몬에서만 실행합니다.", "docker's own options (-H, --context, ...) are not allowed: commands run only on the daemon the app uses.")
    if parsed.shell_operators or parsed.following:
        return _m("셸 없이 docker 명령 하나만 실행합니다 (;, &&, |, > 는 쓸 수 없습니다).", "One docker command runs, without a shell (no ;, &&, | or >).")
    if parsed.expansions:
        return _m("셸 확장($VAR, $(...))은 셸 없이 실행하므로 쓸 수 없습니다.", "Shell expansions ($VAR, $(...)) cannot be used: there is no shell.")
    opts = parsed.options
    if sub in ("run", "create"):
        if opts.get("privileged"):
            return _m("--privileged는 컨테이너에 호스트 전체 권한을 주므로 실행하지 않습니다.", "--privileged gives the container full power over the host, so it does not run.")
        for v in _as_list(opts.get("volume")):
            source = v.split(":", 1)[0]
            if _is_host_path(source) and ":" in v:
                return _m(f"호스트 폴더 마운트(-v {v})는 실행하지 않습니다.", f"Host folder mounts (-v {v}) do not run here.")
            if ":" in v and not _lab_container(source):
                # A named volume that is not the lab's holds the learner's data (or another program's).
                return _m(
                    f"실습 볼륨(quizlab-로 시작하는 이름)만 연결합니다: -v {v}",
                    f"Only lab volumes (named quizlab-…) can be mounted here: -v {v}",
                )
        if _as_list(opts.get("volumes-from")):
            return _m("--volumes-from은 다른 컨테이너의 볼륨을 쓰므로 실행하지 않습니다.", "--volumes-from uses another container's volumes, so it does not run here.")
        for v in _as_list(opts.get("mount")):
            if re.search(r"(^|,)type=bind(,|$)", v) or not re.search(r"(^|,)type=", v) and re.search(r"(^|,)(src|source)=[/.~]", v):
                return _m(f"호스트 마운트(--mount {v})는 실행하지 않습니다.", f"Host mounts (--mount {v}) do not run here.")
            named = re.search(r"(?:^|,)(?:src|source)=([^,]+)", v)
            if named and not re.search(r"(^|,)type=(bind|tmpfs)(,|$)", v) and not _lab_container(named.group(1)):
                return _m(f"실습 볼륨(quizlab-로 시작하는 이름)만 연결합니다: --mount {v}", f"Only lab volumes (named quizlab-…) can be mounted here: --mount {v}")
        for ns in HOST_NAMESPACES:
            for v in _as_list(opts.get(ns)):
                if v == "host" or v.startswith("container:"):
                    flag = "network" if ns == "net" else ns
                    return _m(f"--{flag}={v}는 호스트(또는 다른 컨테이너)의 네임스페이스를 쓰므로 실행하지 않습니다.", f"--{flag}={v} shares the host's (or another container's) namespace, so it does not run.")
        if _as_list(opts.get("cap-add")):
            return _m("--cap-add로 권한을 더하는 명령은 실행하지 않습니다.", "Commands that add capabilities (--cap-add) do not run here.")
        if _as_list(opts.get("device")) or _as_list(opts.get("device-cgroup-rule")):
            return _m("호스트 장치(--device)를 넘기는 명령은 실행하지 않습니다.", "Commands that pass host devices (--device) do not run here.")
        if _as_list(opts.get("security-opt")):
            return _m("--security-opt는 실행하지 않습니다.", "--security-opt does not run here.")
    if sub in DESTRUCTIVE:
        kind = DESTRUCTIVE[sub]
        targets = list(parsed.positionals)
        for t in targets:
            if kind == "container" and not _lab_container(_container_name(client, t)):
                return _m(f"`docker {sub}`은(는) quizlab-로 시작하는 실습 컨테이너에만 씁니다 ({t}).", f"`docker {sub}` only acts on lab containers named quizlab-… here ({t}).")
            if kind == "image" and not _lab_image(_image_tag(client, t)):
                return _m(f"`docker rmi`는 quizlab/ 실습 이미지에만 씁니다 ({t}).", f"`docker rmi` only acts on lab images named quizlab/… here ({t}).")
    if sub == "build":
        for p in list(parsed.positionals) + _as_list(parsed.options.get("file")):
            if re.match(r"^[a-z]+://|^git@", p) or p == "-":
                return _m(f"빌드 컨텍스트는 실습 폴더여야 합니다 ({p}).", f"The build context must be the lab folder ({p}).")
            if p.startswith("/") or p.startswith("~") or ".." in Path(p).parts:
                return _m(f"여기서는 실습 폴더 안에서만 빌드합니다 ({p}).", f"Builds here only use the lab folder ({p}).")
    if sub == "push":
        for ref in parsed.positionals:
            if not re.match(r"^(?:localhost|127\.0\.0\.1)(?::\d+)?/", ref):
                return _m(f"여기서는 이 컴퓨터의 실습 레지스트리(localhost)로만 push합니다 ({ref}).", f"Pushes here only go to the lab registries on this computer (localhost) ({ref}).")
    if sub == "cp":
        for p in parsed.positionals:
            if ":" not in p and (p.startswith("/") or p.startswith("~") or ".." in Path(p).parts):
                return _m(f"docker cp는 실습 폴더 안의 파일만 씁니다 ({p}).", f"docker cp only uses files inside the lab folder ({p}).")
            if ":" in p and not _lab_container(_container_name(client, p.split(":", 1)[0])):
                return _m(f"docker cp는 quizlab- 실습 컨테이너에만 씁니다 ({p}).", f"docker cp only acts on quizlab- lab containers ({p}).")
    return None


def _container_name(client, ident: str) -> str:
    """A name or id prefix -> the container's name (so an id of a quizlab- container is allowed)."""
    if _lab_container(ident) or client is None:
        return ident
    try:
        return client.containers.get(ident).name
    except Exception:
        return ident


def _image_tag(client, ident: str) -> str:
    if _lab_image(ident) or client is None:
        return ident
    try:
        tags = client.images.get(ident).tags
    except Exception:
        return ident
    lab_tags = [t for t in tags if _lab_image(t)]
    return lab_tags[0] if lab_tags and len(lab_tags) == len(tags) else ident


def run_live_command(client, command, *, lab=None, runner=None, timeout: float = DEFAULT_TIMEOUT, docker: str | None = None) -> LiveResult:
    """Run `command` (a `ParsedCommand` or text) for real. With `lab` and `runner`, set the lab up,
    run the lab's reference steps before the first step with the same subcommand, run the command,
    judge it by the lab's checks, and reset the lab."""
    if isinstance(command, str):
        reason = refusal_for_text(command)
        if reason:
            return LiveResult(False, reason)
        try:
            parsed = parse_command(command)
        except CommandParseError as exc:
            return LiveResult(False, exc.message)
    else:
        parsed = command
    reason = refusal(parsed, client)
    if reason:
        return LiveResult(False, reason)
    argv = [docker or docker_cli(), *parsed.argv]
    session = None
    try:
        cwd = None
        params: dict[str, Any] = {}
        after: list = []
        if lab is not None and runner is not None:
            session = runner.start(lab)
            cwd, params = session.workdir, session.params
            # The learner's command takes the place of the first reference step with the same
            # subcommand: the steps before it set the scene, the steps after it finish the lab,
            # so every check judges the learner's command in its context.
            steps = list(lab.solution)
            for index, step in enumerate(steps):
                if step.run and _subcommand_of(step.run) == parsed.subcommand:
                    after = steps[index + 1 :]
                    break
                run_step(step, params, session.workdir)
        result = LiveResult(True, argv=argv)
        interactive = parsed.options.get("tty") and parsed.options.get("interactive")
        try:
            if interactive:
                result.stdout = run_in_pty(argv, ["exit"], cwd=cwd, timeout=min(timeout, 20))
                result.returncode = 0
            else:
                proc = subprocess.run(argv, cwd=cwd, capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL)
                result.returncode, result.stdout, result.stderr = proc.returncode, proc.stdout, proc.stderr
        except subprocess.TimeoutExpired as exc:
            result.timed_out = True
            result.stdout = (exc.stdout or b"").decode("utf-8", "replace") if isinstance(exc.stdout, bytes) else (exc.stdout or "")
        except LabError as exc:
            result.timed_out = True
            result.stderr = exc.message["en"]
        if session is not None:
            if result.returncode == 0 and not result.timed_out:
                for step in after:
                    run_step(step, params, session.workdir)
            result.report = runner.check(lab, record=False, answer_with_facts=True)
        return result
    finally:
        if session is not None:
            runner.reset(lab)


def _subcommand_of(text: str) -> str | None:
    try:
        return parse_command(text).subcommand
    except Exception:
        return None


@dataclass
class LiveCardRun:
    """A live command card's answer, run for the learner: what the front ends show after grading."""

    problem: dict[str, str] | None = None  # why nothing ran (no daemon, no such lab)
    lab_title: dict[str, str] | None = None
    result: LiveResult | None = None

    def lines(self, lang: str) -> list[str]:
        if self.problem is not None:
            return [pick(self.problem, lang)]
        result = self.result
        if result is None:
            return []
        if result.refused:
            return [pick(_m("실행하지 않았습니다:", "Not run:"), lang) + " " + pick(result.refused, lang)]
        lines = []
        if result.timed_out:
            lines.append(pick(_m("시간 제한 안에 끝나지 않았습니다.", "It did not finish within the time limit."), lang))
        if result.report is not None:
            lines += [("✓ " if c.passed else "✗ ") + pick(c.message, lang) for c in result.report.checks]
        return lines


def run_live_card(store, card, answer: str, data_dir: Path, clock, *, content_dir: Path | None = None, lab=None) -> LiveCardRun:
    """Run a right answer to a live command card in its lab, judged by the lab's checks, then
    cleaned up. Slow (seconds): front ends call it off their GUI thread. `lab` is the card's lab
    when the caller has it loaded already; otherwise the lab files are read."""
    client = connect()
    if isinstance(client, DaemonProblem):
        return LiveCardRun(problem={k: _m("도커 데몬이 없어 실제 실행은 건너뜁니다. ", "No Docker daemon; the live run is skipped. ")[k] + v for k, v in client.message.items()})
    try:
        folder = (content_dir or default_content()) / "labs" / card.lab
        if lab is None and (folder / "lab.yaml").is_file():
            try:  # only this card's lab file: another lab's broken file does not stop this one
                lab = load_lab(folder)
            except LabFileError as exc:
                return LiveCardRun(problem=_m(f"이 카드의 실습 파일을 쓸 수 없습니다: {exc}", f"This card's lab file cannot be used: {exc}"))
        if lab is None:
            return LiveCardRun(problem=_m(f"이 카드의 실습 {card.lab}을(를) 찾을 수 없습니다.", f"This card's lab {card.lab} was not found."))
        runner = LabRunner(store, client, Path(data_dir), clock, content_dir)
        result = run_live_command(client, answer, lab=lab, runner=runner)
        return LiveCardRun(lab_title=lab.title.as_dict(), result=result)
    finally:
        client.close()
