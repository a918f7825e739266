"""Finding the Docker daemon the way the docker CLI does, and saying plainly why it cannot be used.

`connect()` returns a docker SDK client, or a `DaemonProblem` with a bilingual message that names
the fix. It never waits more than a few seconds: the ping uses a short timeout, and the returned
client gets a longer one for real work.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from quizapp.core.i18n import both

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


def _current_context_name(environ) -> str | None:
    name = environ.get("DOCKER_CONTEXT")
    if name:
        return name
    config_dir = Path(environ.get("DOCKER_CONFIG") or Path.home() / ".docker")
    try:
        return json.loads((config_dir / "config.json").read_text()).get("currentContext")
    except (OSError, ValueError, AttributeError):
        return None


def _context_host(environ, name: str) -> str | None:
    config_dir = Path(environ.get("DOCKER_CONFIG") or Path.home() / ".docker")
    meta = config_dir / "contexts" / "meta" / hashlib.sha256(name.encode()).hexdigest() / "meta.json"
    try:
        return json.loads(meta.read_text())["Endpoints"]["docker"]["Host"]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def endpoint(host: str | None = None, environ=None) -> tuple[dict, str]:
    """(the docker SDK client's `base_url`/`tls` arguments, where they came from), found as the
    docker CLI finds them: `host` when given (a URL, or a context's name), else DOCKER_HOST with
    DOCKER_TLS_VERIFY/DOCKER_CERT_PATH, else the current context (DOCKER_CONTEXT or the CLI
    config's currentContext) with its TLS material, read by the SDK's own `ContextAPI`, else the
    platform's default socket."""
    environ = os.environ if environ is None else environ
    from docker.utils import kwargs_from_env

    if host and "://" in host:
        return kwargs_from_env({**environ, "DOCKER_HOST": host}), "setting"
    if not host and environ.get("DOCKER_HOST"):
        return kwargs_from_env(environ), "DOCKER_HOST"
    name = host or _current_context_name(environ)
    if name and name != "default":
        from docker.context import ContextAPI
        from docker.errors import ContextNotFound, DockerException

        try:
            ctx = ContextAPI.get_context(name)
        except (ContextNotFound, DockerException, OSError, ValueError, KeyError, TypeError):
            ctx = None
        if ctx is not None and ctx.Host:
            kwargs = {"base_url": ctx.Host}
            if ctx.TLSConfig is not None:
                kwargs["tls"] = ctx.TLSConfig
            return kwargs, f"context {name}"
        # A meta.json the SDK cannot read (no "Metadata", say): its host as the CLI would use it.
        host_of_meta = _context_host(environ, name)
        if host_of_meta:
            return {"base_url": host_of_meta}, f"context {name}"
    if sys.platform == "win32":
        return {"base_url": "npipe:////./pipe/docker_engine"}, "default"
    return {"base_url": "unix:///var/run/docker.sock"}, "default"


def docker_host(host: str | None = None) -> tuple[str | None, str]:
    """(base_url, where it came from): see `endpoint`."""
    kwargs, source = endpoint(host)
    return kwargs.get("base_url"), source


def _problem(kind: str, ko: str, en: str, detail: str = "") -> DaemonProblem:
    return DaemonProblem(kind, both(ko, en), detail)


def connect(host: str | None = None, timeout: float = PING_TIMEOUT):
    """A connected `docker.DockerClient`, or a `DaemonProblem`. `host` (a URL or a context name)
    wins over the environment; TLS settings come with the host, as the docker CLI takes them."""
    try:
        import docker
        from docker.errors import DockerException
    except ImportError:  # pragma: no cover - docker is a hard dependency
        return _problem("not_installed", "파이썬 docker 패키지가 없습니다: pip install docker", "The Python docker package is missing: pip install docker")
    kwargs, source = endpoint(host)
    base_url = kwargs.get("base_url")
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
        client = docker.DockerClient(**kwargs, timeout=timeout, version="auto")
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
