"""What labs share: the base image `quizlab/base:1`, the helper images built on it, and the
lab registries (plain on 127.0.0.1:5000, login-only on :5001, or the next free port when taken).

The base comes from Docker Hub's `busybox` when it can be pulled; otherwise it is built
`FROM scratch` with a static busybox found on the host, which is how it works offline and in CI.
A lab registry is always one the labs started (never one someone else runs), one of each kind per
user whatever the data folder: `registry:2` run as a container where that image is present; else
the `docker-registry`/`registry` program on the host, started in its own session with its state in
`shared_dir()`. It is stopped when the last open lab that needs it is reset, and when the window
closes; a stray one from an earlier run is found by its config file and stopped before a new one
starts. What is shared is known by the ids recorded when it was made, never by a label.
"""

from __future__ import annotations

import io
import json
import os
import secrets
import shutil
import socket
import struct
import subprocess
import tarfile
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docker.errors import APIError, DockerException, ImageNotFound, NotFound

from quizapp.core.labs.processes import process_matches, stop
from quizapp.core.i18n import both
from quizapp.core.labs.checks import registry_request
from quizapp.core.lazy import LazyModule

yaml = LazyModule("yaml")  # only to write a registry's config (12 ms)

BASE_REF = "quizlab/base:1"
PULL_TIMEOUT = 20
BUSYBOX_CANDIDATES = ("/bin/busybox", "/usr/bin/busybox", "/usr/lib/initramfs-tools/bin/busybox", "/sbin/busybox")


class AssetError(Exception):
    def __init__(self, ko: str, en: str):
        super().__init__(en)
        self.message = both(ko, en)


def is_static_elf(path: str) -> bool:
    """True for an ELF executable without a program interpreter (statically linked)."""
    try:
        with open(path, "rb") as f:
            head = f.read(64)
            if head[:4] != b"\x7fELF":
                return False
            is64 = head[4] == 2
            endian = "<" if head[5] == 1 else ">"
            if is64:
                phoff, = struct.unpack_from(endian + "Q", head, 0x20)
                phentsize, phnum = struct.unpack_from(endian + "HH", head, 0x36)
            else:
                phoff, = struct.unpack_from(endian + "I", head, 0x1C)
                phentsize, phnum = struct.unpack_from(endian + "HH", head, 0x2A)
            for i in range(phnum):
                f.seek(phoff + i * phentsize)
                ptype, = struct.unpack(endian + "I", f.read(4))
                if ptype == 3:  # PT_INTERP
                    return False
            return True
    except (OSError, struct.error):
        return False


def find_static_busybox() -> str | None:
    candidates = list(BUSYBOX_CANDIDATES)
    on_path = shutil.which("busybox")
    if on_path:
        candidates.insert(0, on_path)
    for c in candidates:
        real = os.path.realpath(c)
        if os.path.isfile(real) and is_static_elf(real):
            return real
    return None


def _tar_context(files: dict[str, bytes | str], modes: dict[str, int] | None = None) -> io.BytesIO:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        for name, data in files.items():
            if isinstance(data, str):
                data = data.encode()
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.mode = (modes or {}).get(name, 0o644)
            tar.addfile(info, io.BytesIO(data))
    buf.seek(0)
    return buf


def ensure_base(client, *, allow_pull: bool | None = None) -> str:
    """The id of `quizlab/base:1`, building it when missing; recorded as shared either way.
    It carries no label: an image's labels pass to every image built FROM it and every container
    made from it, so the labs know it by its recorded id instead."""
    try:
        image_id = client.images.get(BASE_REF).id
    except ImageNotFound:
        pass
    else:
        _record_base(image_id)
        return image_id
    if allow_pull is None:
        allow_pull = os.environ.get("QUIZAPP_LAB_OFFLINE", "") not in ("1", "true")
    if allow_pull and _pull(client, "busybox", "latest"):
        ctx = _tar_context({"Dockerfile": 'FROM busybox:latest\nCMD ["sh"]\n'})
    else:
        busybox = find_static_busybox()
        if busybox is None:
            raise AssetError(
                "기반 이미지를 만들 수 없습니다: busybox를 받을 수 없고 정적 busybox도 없습니다. `sudo apt install busybox-static`로 설치하세요.",
                "Cannot make the base image: busybox cannot be pulled and no static busybox was found. Install one: `sudo apt install busybox-static`.",
            )
        with open(busybox, "rb") as f:
            binary = f.read()
        dockerfile = 'FROM scratch\nCOPY busybox /bin/busybox\nRUN ["/bin/busybox", "--install", "-s", "/bin"]\nRUN ["/bin/mkdir", "-p", "/tmp", "/root"]\nCMD ["sh"]\n'
        ctx = _tar_context({"Dockerfile": dockerfile, "busybox": binary}, {"busybox": 0o755})
    try:
        image, _logs = client.images.build(fileobj=ctx, custom_context=True, tag=BASE_REF, rm=True, forcerm=True)
    except DockerException as exc:
        raise AssetError(f"기반 이미지 빌드 실패: {exc}", f"Building the base image failed: {exc}") from None
    _record_base(image.id)
    return image.id


def _pull(client, repo: str, tag: str) -> bool:
    old = client.api.timeout
    client.api.timeout = PULL_TIMEOUT
    try:
        client.images.pull(repo, tag=tag)
        return True
    except Exception:  # no network, rate limits, timeouts: fall back
        return False
    finally:
        client.api.timeout = old


def helper_image_ref(name: str) -> str:
    """The tag a lab's helper image (`content/labs/_images/<name>`) is built as."""
    return f"quizlab/{name}:1"


def build_helper_image(client, images_dir: Path, name: str) -> tuple[str, str]:
    """Build `content/labs/_images/<name>` as helper_image_ref(name); returns (ref, id)."""
    ref = helper_image_ref(name)
    folder = images_dir / name
    if not (folder / "Dockerfile").is_file():
        raise AssetError(f"도우미 이미지 {name}의 Dockerfile이 없습니다 ({folder})", f"helper image {name} has no Dockerfile ({folder})")
    image = build_folder(client, folder, ref, {})
    return ref, image.id


def build_folder(client, folder: Path, tag: str, labels: dict[str, str]):
    try:
        image, _logs = client.images.build(path=str(folder), tag=tag, labels=labels, rm=True, forcerm=True)
        return image
    except DockerException as exc:
        raise AssetError(f"{folder}을(를) {tag}(으)로 빌드하지 못했습니다: {exc}", f"Could not build {folder} as {tag}: {exc}") from None


# --- ports ----------------------------------------------------------------------------------
def port_free(port: int) -> bool:
    for host in ("0.0.0.0", "127.0.0.1"):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            # Connections in TIME_WAIT after an HTTP check do not hold the port for a server.
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                s.bind((host, port))
            except OSError:
                return False
    return True


def choose_port(preferred: int, taken: set[int]) -> int:
    for p in [preferred, *range(preferred + 10, preferred + 400)]:
        if p not in taken and 1024 <= p < 65536 and port_free(p):
            return p
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# --- what the labs share, recorded machine-wide -------------------------------------------------
def shared_dir() -> Path:
    """Where the labs keep what they share across data folders: the base image's recorded ids and
    the lab registries (one of each kind per user, whatever the data folder, never multiplied).
    `QUIZAPP_LAB_SHARED_DIR` moves it."""
    env = os.environ.get("QUIZAPP_LAB_SHARED_DIR")
    if env:
        return Path(env)
    uid = os.getuid() if hasattr(os, "getuid") else os.environ.get("USERNAME", "user")
    return Path(tempfile.gettempdir()) / f"quizapp-labs-{uid}"


def _record_base(image_id: str) -> None:
    ids = recorded_base_ids()
    if image_id not in ids:
        _write_ids("base.json", ids | {image_id})


def _read_ids(name: str) -> set[str]:
    try:
        return set(json.loads((shared_dir() / name).read_text()))
    except (OSError, ValueError, TypeError):
        return set()


def _write_ids(name: str, ids: set[str]) -> None:
    path = shared_dir() / name
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_text(json.dumps(sorted(ids)))
    tmp.replace(path)


MADE_KEEP = 2000  # ids of set-up's containers and images, newest last; older ones are long gone


def record_made(ident: str) -> None:
    """Remember, for every data folder, that a lab set-up made `ident`: a later start (also from
    another data folder, or after the app's database was lost) may take it back."""
    path = shared_dir() / "made.json"
    try:
        ids = json.loads(path.read_text())
    except (OSError, ValueError, TypeError):
        ids = []
    if ident in ids:
        return
    ids = [*ids, ident][-MADE_KEEP:]
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_text(json.dumps(ids))
    tmp.replace(path)


def recorded_made() -> set[str]:
    return _read_ids("made.json")


def recorded_base_ids() -> set[str]:
    return _read_ids("base.json")


def shared_ids() -> set[str]:
    """Ids of what the labs share (the base images, the registries' containers and images): never
    an attempt's to remove."""
    ids = recorded_base_ids()
    for kind in ("plain", "auth"):
        reg = load_registry(kind)
        if reg is not None:
            ids |= {x for x in (reg.container_id, reg.image_id) if x}
    return ids


# --- registries -----------------------------------------------------------------------------
@dataclass
class Registry:
    kind: str  # plain | auth
    port: int
    owned: bool = True
    user: str | None = None
    password: str | None = None
    pid: int | None = None  # the registry program, when it runs on the host
    container: str | None = None  # or the registry container's name and ids
    container_id: str | None = None
    image_id: str | None = None

    def params(self) -> dict[str, Any]:
        if self.kind == "plain":
            return {"registry": self.port}
        return {"auth_registry": self.port, "user": self.user, "password": self.password}


def _probe(port: int) -> int | None:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/v2/", timeout=1.5) as r:
            return r.status
    except urllib.error.HTTPError as exc:
        return exc.code
    except (urllib.error.URLError, OSError, ValueError):
        return None


def _registry_answers(kind: str, port: int) -> bool:
    status = _probe(port)
    return status == (200 if kind == "plain" else 401)


def _state_dir(kind: str) -> Path:
    return shared_dir() / "registries" / kind


REGISTRY_MARKER = "serve"


def _running(client, reg: Registry) -> bool:
    if reg.pid:
        return process_matches(reg.pid, str(_state_dir(reg.kind) / "config.yml"))
    return _container_running(client, reg.container)


def registry_processes(kind: str | None = None) -> list[int]:
    """Pids of lab registry programs running on this machine (of `kind`, or both), found by their
    config file under the shared folder: also those an earlier run left without a record."""
    if not Path("/proc/self/cmdline").exists():
        return []
    wanted = [str(_state_dir(k) / "config.yml") for k in ((kind,) if kind else ("plain", "auth"))]
    found = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            cmd = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")
        except OSError:
            continue
        if REGISTRY_MARKER in cmd and any(w in cmd for w in wanted):
            found.append(int(proc.name))
    return found


def _stop_pid(pid: int) -> None:
    stop(pid, wait_s=3.0)


def _htpasswd_line(user: str, password: str) -> str:
    prog = shutil.which("htpasswd")
    if prog:
        out = subprocess.run([prog, "-Bbn", user, password], capture_output=True, text=True, timeout=20)
        if out.returncode == 0:
            return out.stdout.strip() + "\n"
    try:
        import crypt  # deprecated, but libxcrypt supports bcrypt

        return f"{user}:{crypt.crypt(password, crypt.mksalt(crypt.METHOD_BLOWFISH))}\n"
    except Exception:
        raise AssetError(
            "로그인 레지스트리용 비밀번호 파일을 만들 수 없습니다: `sudo apt install apache2-utils`(htpasswd)를 설치하세요.",
            "Cannot make the login registry's password file: install htpasswd (`sudo apt install apache2-utils`).",
        ) from None


def registry_alive(client, kind: str) -> Registry | None:
    """The recorded registry of `kind` while its process (or container) runs, without asking it
    over HTTP: what a check needs to know before it uses one (an HTTP probe costs a few ms)."""
    reg = load_registry(kind)
    return reg if reg is not None and (reg.pid or reg.container) and _running(client, reg) else None


def ensure_registry(client, kind: str, preferred: int, taken: set[int]) -> Registry:
    """The lab registry of `kind`, started when it is not running: the one recorded (also by
    another data folder, or an earlier run) is reused while it answers; a stray one is stopped
    first, so there is never more than one of a kind. A restarted registry keeps its port where
    that is free, its password and what was pushed to it."""
    state_dir = _state_dir(kind)
    reg = load_registry(kind)
    if reg is not None and _running(client, reg) and _registry_answers(kind, reg.port):
        return reg
    for pid in registry_processes(kind):
        _stop_pid(pid)
    # A registry someone else runs on the preferred port (the learner's own, say) is never used:
    # the lab would push into it, could not clean up after itself there, and an image already in
    # it would pass the lab's push check. The lab's own registry takes the next free port.
    port = choose_port(reg.port if reg is not None else preferred, taken)
    user = "quizlab" if kind == "auth" else None
    # Letters and digits only: a password starting with "-" would read as an option.
    password = (reg.password if reg is not None and reg.password else secrets.token_hex(6)) if kind == "auth" else None
    state_dir.mkdir(parents=True, exist_ok=True)
    (state_dir / "data").mkdir(exist_ok=True)
    config = {
        "version": 0.1,
        "log": {"level": "warn"},
        "storage": {"filesystem": {"rootdirectory": "/var/lib/registry"}, "delete": {"enabled": True}},
        "http": {"addr": ":5000"},
    }
    if kind == "auth":
        (state_dir / "htpasswd").write_text(_htpasswd_line(user, password))
        config["auth"] = {"htpasswd": {"realm": "quizlab", "path": "/auth/htpasswd"}}
    new = _registry_container(client, kind, port, config, state_dir)
    if new is None:
        new = _registry_program(kind, port, config, state_dir)
    new.user, new.password = user, password
    _save_registry(new)
    deadline = time.monotonic() + 10
    while not _registry_answers(kind, port):
        if time.monotonic() > deadline:
            log = (state_dir / "registry.log").read_text(errors="replace")[-400:] if (state_dir / "registry.log").exists() else ""
            stop_registry(client, kind)
            raise AssetError(f"레지스트리가 127.0.0.1:{port}에서 응답하지 않습니다. {log}", f"The registry does not answer on 127.0.0.1:{port}. {log}")
        time.sleep(0.1)
    return new


def _save_registry(reg: Registry) -> None:
    path = _state_dir(reg.kind) / "state.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(reg.__dict__))
    tmp.replace(path)


def load_registry(kind: str) -> Registry | None:
    """The recorded lab registry of `kind` (running or not), or None."""
    try:
        return Registry(**json.loads((_state_dir(kind) / "state.json").read_text()))
    except (OSError, ValueError, TypeError):
        return None


def _container_running(client, name: str | None) -> bool:
    if not name:
        return False
    try:
        return client.containers.get(name).status == "running"
    except (NotFound, APIError):
        return False


def _registry_container(client, kind: str, port: int, config: dict, state_dir: Path) -> Registry | None:
    try:
        client.images.get("registry:2")
    except (ImageNotFound, APIError):
        return None
    name = f"quizlab-registry-{kind}"
    files = {"Dockerfile": "FROM registry:2\nCOPY config.yml /etc/docker/registry/config.yml\n", "config.yml": yaml.safe_dump(config)}
    if kind == "auth":
        files["Dockerfile"] += "COPY htpasswd /auth/htpasswd\n"
        files["htpasswd"] = (state_dir / "htpasswd").read_text()
    tag = f"quizlab/registry-{kind}:1"
    image, _logs = client.images.build(fileobj=_tar_context(files), custom_context=True, tag=tag, rm=True)
    try:
        client.containers.get(name).remove(force=True)
    except NotFound:
        pass
    c = client.containers.run(tag, name=name, detach=True, ports={"5000/tcp": ("127.0.0.1", port)}, restart_policy={"Name": "unless-stopped"})
    return Registry(kind, port, container=name, container_id=c.id, image_id=image.id)


def _registry_program(kind: str, port: int, config: dict, state_dir: Path) -> Registry:
    prog = shutil.which("docker-registry") or shutil.which("registry")
    if prog is None:
        raise AssetError(
            "레지스트리를 시작할 수 없습니다: registry:2 이미지도, docker-registry 프로그램도 없습니다. `sudo apt install docker-registry`로 설치하세요.",
            "Cannot start a registry: neither the registry:2 image nor a docker-registry program is available. Install one: `sudo apt install docker-registry`.",
        )
    config = json.loads(json.dumps(config))
    config["storage"]["filesystem"]["rootdirectory"] = str(state_dir / "data")
    config["http"]["addr"] = f"127.0.0.1:{port}"
    if kind == "auth":
        config["auth"]["htpasswd"]["path"] = str(state_dir / "htpasswd")
    (state_dir / "config.yml").write_text(yaml.safe_dump(config))
    log = open(state_dir / "registry.log", "ab")
    proc = subprocess.Popen([prog, REGISTRY_MARKER, str(state_dir / "config.yml")], stdin=subprocess.DEVNULL, stdout=log, stderr=log, start_new_session=True)
    log.close()
    return Registry(kind, port, pid=proc.pid)


def stop_registry(client, kind: str) -> list[str]:
    """Stop the lab registry of `kind` (recorded or stray). Its record keeps the port and password,
    and its storage what was pushed, for a lab that is still open and starts it again."""
    stopped = []
    reg = load_registry(kind)
    for pid in registry_processes(kind):
        _stop_pid(pid)
        stopped.append(f"{kind}:{reg.port if reg else pid}")
    if reg is not None and reg.container:
        try:
            client.containers.get(reg.container_id or reg.container).remove(force=True)
            stopped.append(reg.container)
        except (NotFound, APIError):
            pass
    if reg is not None and (reg.pid or reg.container):
        reg.pid = None
        reg.container = reg.container_id = None
        _save_registry(reg)
    return stopped


def stop_registries(client, data_dir: Path | None = None) -> list[str]:
    """Stop every lab registry (when the window closes, after tests). `data_dir` is not needed:
    the registries are shared by every data folder."""
    return [x for kind in ("plain", "auth") for x in stop_registry(client, kind)]


def registry_running(client, reg: Registry) -> bool:
    return _running(client, reg) and _registry_answers(reg.kind, reg.port)


def registry_forget_repos(kind: str, prefix: str = "quizlab/") -> list[str]:
    """Delete the labs' repositories from a stopped registry's storage (it is the labs' own), so
    they do not come back when it starts again."""
    root = _state_dir(kind) / "data" / "docker" / "registry" / "v2" / "repositories"
    top = root / prefix.rstrip("/")
    if not top.is_dir():
        return []
    gone = []
    for repo in sorted(p for p in top.iterdir() if p.is_dir()):
        tags = repo / "_manifests" / "tags"
        names = sorted(t.name for t in tags.iterdir()) if tags.is_dir() else []
        gone += [f"{prefix}{repo.name}:{t}" for t in names] or [f"{prefix}{repo.name}"]
    shutil.rmtree(top, ignore_errors=True)
    return gone


def registry_delete_repos(reg: Registry, prefix: str = "quizlab/") -> list[str]:
    """Delete every manifest under `prefix` in a registry the labs own."""
    if not reg.owned:
        return []
    auth = {"user": reg.user, "password": reg.password} if reg.kind == "auth" else {}
    status, _h, body = registry_request(reg.port, "/v2/_catalog", **auth)
    if status != 200:
        return []
    deleted = []
    for repo in json.loads(body).get("repositories") or []:
        if not repo.startswith(prefix):
            continue
        st, _h, tb = registry_request(reg.port, f"/v2/{repo}/tags/list", **auth)
        for tag in (json.loads(tb).get("tags") or []) if st == 200 else []:
            st2, headers, _ = registry_request(reg.port, f"/v2/{repo}/manifests/{tag}", method="HEAD", **auth)
            digest = {k.lower(): v for k, v in headers.items()}.get("docker-content-digest")
            if st2 == 200 and digest:
                registry_request(reg.port, f"/v2/{repo}/manifests/{digest}", method="DELETE", **auth)
                deleted.append(f"{repo}:{tag}")
    return deleted
