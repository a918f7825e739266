"""Finding the Docker daemon the way the docker CLI does, and saying plainly why it cannot be used.

`connect()` returns a docker SDK client, or a `DaemonProblem` with a bilingual message that names
the fix. It never waits more than a few seconds: the ping uses a short timeout, and the returned
client gets a longer one for real work.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

MIN_API = (1, 41)
PING_TIMEOUT = 4
WORK_TIMEOUT = 120


@dataclass(frozen=True)
class DaemonProblem:
    kind: str  # not_installed | not_running | permission | api_too_old | bad_host
    message: dict[str, str]
    detail: str = ""

    def __str__(self) -> str:
        return self.message["en"]


def docker_host() -> tuple[str | None, str]:
    """(base_url or None for the platform default, where it came from): DOCKER_HOST, then the
    current docker context (DOCKER_CONTEXT or the CLI config's currentContext), then the default."""
    env = os.environ.get("DOCKER_HOST")
    if env:
        return env, "DOCKER_HOST"
    context = os.environ.get("DOCKER_CONTEXT")
    config_dir = Path(os.environ.get("DOCKER_CONFIG") or Path.home() / ".docker")
    if not context:
        try:
            context = json.loads((config_dir / "config.json").read_text()).get("currentContext")
        except (OSError, ValueError, AttributeError):
            context = None
    if context and context != "default":
        import hashlib

        meta = config_dir / "contexts" / "meta" / hashlib.sha256(context.encode()).hexdigest() / "meta.json"
        try:
            host = json.loads(meta.read_text())["Endpoints"]["docker"]["Host"]
            return host, f"context {context}"
        except (OSError, ValueError, KeyError, TypeError):
            pass
    if sys.platform == "win32":
        return "npipe:////./pipe/docker_engine", "default"
    return "unix:///var/run/docker.sock", "default"


def _problem(kind: str, ko: str, en: str, detail: str = "") -> DaemonProblem:
    return DaemonProblem(kind, {"ko": ko, "en": en}, detail)


def connect(timeout: float = PING_TIMEOUT):
    """A connected `docker.DockerClient`, or a `DaemonProblem`."""
    try:
        import docker
        from docker.errors import DockerException
    except ImportError:  # pragma: no cover - docker is a hard dependency
        return _problem("not_installed", "파이썬 docker 패키지가 없습니다: pip install docker", "The Python docker package is missing: pip install docker")
    base_url, source = docker_host()
    cli_present = shutil.which("docker") is not None
    sock = base_url[len("unix://"):] if base_url and base_url.startswith("unix://") else None
    if sock and not os.path.exists(sock) and source == "default":
        if not cli_present:
            return _problem(
                "not_installed",
                "Docker가 설치되어 있지 않습니다. Docker Engine(리눅스: `sudo apt install docker.io`) 또는 Docker Desktop을 설치하세요.",
                "Docker is not installed. Install Docker Engine (Linux: `sudo apt install docker.io`) or Docker Desktop.",
            )
        return _problem(
            "not_running",
            f"Docker 데몬이 실행 중이 아닙니다({sock} 없음). `sudo systemctl start docker`로 시작하거나 Docker Desktop을 여세요.",
            f"The Docker daemon is not running ({sock} is missing). Start it with `sudo systemctl start docker`, or open Docker Desktop.",
        )
    if sock and os.path.exists(sock) and not os.access(sock, os.R_OK | os.W_OK):
        return _permission(sock)
    try:
        client = docker.DockerClient(base_url=base_url, timeout=timeout, version="auto")
    except DockerException as exc:
        return _classify(exc, base_url, source)
    except Exception as exc:  # malformed DOCKER_HOST and the like
        return _problem("bad_host", f"Docker 주소({source}: {base_url})를 쓸 수 없습니다: {exc}", f"Cannot use the Docker address ({source}: {base_url}): {exc}")
    try:
        version = client.api._version
        major, minor = (int(x) for x in str(version).split(".")[:2])
        if (major, minor) < MIN_API:
            client.close()
            return _problem(
                "api_too_old",
                f"Docker 데몬의 API {version}이(가) 너무 오래되었습니다(최소 {MIN_API[0]}.{MIN_API[1]}, Docker 20.10). Docker를 업데이트하세요.",
                f"The Docker daemon speaks API {version}, too old (at least {MIN_API[0]}.{MIN_API[1]}, Docker 20.10). Update Docker.",
            )
        client.api.timeout = WORK_TIMEOUT
    except (ValueError, TypeError):
        pass
    return client


def _permission(where: str) -> DaemonProblem:
    return _problem(
        "permission",
        f"Docker 소켓({where})에 접근할 권한이 없습니다. `sudo usermod -aG docker $USER` 후 다시 로그인하세요.",
        f"No permission to use the Docker socket ({where}). Run `sudo usermod -aG docker $USER`, then log out and back in.",
    )


def _classify(exc: Exception, base_url: str | None, source: str) -> DaemonProblem:
    text = str(exc)
    low = text.lower()
    if "permission denied" in low or "permissionerror" in low:
        return _permission(base_url or "default socket")
    if "client version" in low and "too old" in low or "minimum supported api version" in low:
        return _problem("api_too_old", "Docker 데몬의 API가 너무 오래되었습니다. Docker를 업데이트하세요.", "The Docker daemon's API is too old. Update Docker.", text)
    return _problem(
        "not_running",
        f"Docker 데몬에 연결할 수 없습니다({source}: {base_url}). 데몬이 실행 중인지 확인하세요: `sudo systemctl start docker` 또는 Docker Desktop.",
        f"Cannot reach the Docker daemon ({source}: {base_url}). Make sure it is running: `sudo systemctl start docker`, or open Docker Desktop.",
        text,
    )
