"""The check vocabulary: every kind of thing a lab can ask of the daemon, implemented once.

A check in a lab file names a `kind` from `CHECKS` and gives its `args`; string args may hold
`{param}` placeholders (`{port}`, `{registry}`). A check function returns an `Outcome`: passed or
not, and, when not, what it found instead (bilingual), which the runner adds to the lab's own
fail message. Check functions only read: they never change what the learner made.

`FACTS` are values read from the daemon that the learner must type back (a generated container
name, a secret word in the logs, an image id prefix); `answer` checks compare against them and
`solve` reports them.
"""

from __future__ import annotations

import base64
import io
import json
import re
import tarfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from docker.errors import APIError, NotFound

from quizapp.core.i18n import both
from quizapp.core.imageref import familiar
from quizapp.core.labs.ownership import parse_time
from quizapp.core.labs.params import fill_params


@dataclass
class Outcome:
    passed: bool
    found: dict[str, str] | None = None


def ok() -> Outcome:
    return Outcome(True)


def no(ko: str, en: str) -> Outcome:
    return Outcome(False, both(ko, en))


def parse_docker_time(text: str) -> float:
    """RFC 3339 with nanoseconds (as the daemon writes it) to a Unix timestamp."""
    return parse_time(text or "")


@dataclass
class CheckContext:
    """What checks read, with per-run memos so one check run asks the daemon each thing once."""

    client: Any
    params: dict[str, Any]
    workdir: Path
    since: float  # daemon-clock Unix time the attempt started (set-up finished)
    answers: dict[str, str] = field(default_factory=dict)
    setup_ids: dict[str, str] = field(default_factory=dict)  # names set-up made -> ids
    http: bool = True
    # Survives between runs: image contents never change for an id.
    image_files: dict[tuple[str, str], bytes | None] = field(default_factory=dict)
    # Container files by (container id, path) -> (stat, bytes), valid while the stat (name,
    # size, mode, mtime) the daemon reports is unchanged: a stat is ~1 ms, a copy ~40 ms.
    container_files: dict[tuple[str, str], tuple[str, bytes | None]] = field(default_factory=dict)
    _containers: dict[str, Any] = field(default_factory=dict)
    _images: dict[str, Any] = field(default_factory=dict)
    _events: list[dict] | None = None
    _logs: dict[str, str] = field(default_factory=dict)
    # Values read from the daemon for the lab's answers, usable in args as `{fact:KEY}`, and how
    # a learner's answer is compared with each.
    facts: dict[str, str | None] = field(default_factory=dict)
    matchers: dict[str, Callable[[str, str], bool]] = field(default_factory=dict)
    recorded: dict[str, list[dict]] | None = None
    # Events the lab's recorder kept (merged with the daemon's own short history).
    recorded_events: list[dict] = field(default_factory=list)

    @property
    def token(self) -> str:
        return str(self.params.get("token", ""))

    def fill(self, value: Any) -> Any:
        if isinstance(value, str):
            value = fill_params(value, self.params)
            for key, v in self.facts.items():
                value = value.replace("{fact:" + key + "}", "(none)" if v is None else str(v))
            return value
        if isinstance(value, list):
            return [self.fill(v) for v in value]
        if isinstance(value, dict):
            return {k: self.fill(v) for k, v in value.items()}
        return value

    # --- reading the daemon -----------------------------------------------------------
    def container(self, name: str):
        if name not in self._containers:
            try:
                self._containers[name] = self.client.containers.get(name)
            except NotFound:
                self._containers[name] = None
        return self._containers[name]

    def image(self, ref: str):
        if ref not in self._images:
            try:
                self._images[ref] = self.client.images.get(ref)
            except (NotFound, APIError):
                self._images[ref] = None
        return self._images[ref]

    def events(self) -> list[dict]:
        if self._events is None:
            now = time.time()
            stream = self.client.events(since=f"{self.since:.9f}", until=f"{now:.9f}", decode=True)
            try:
                live = list(stream)
            finally:
                stream.close()
            if self.recorded_events:
                merged = {_event_key(e): e for e in self.recorded_events if (e.get("timeNano") or 0) <= now * 1e9}
                merged.update({_event_key(e): e for e in live})
                live = sorted(merged.values(), key=lambda e: e.get("timeNano") or 0)
            self._events = live
        return self._events

    def container_events(self, name: str) -> list[dict]:
        """Events of containers that bore this name (by name attribute or by current id)."""
        current = self.container(name)
        cid = current.id if current is not None else None
        out = []
        for e in self.events():
            if e.get("Type") != "container":
                continue
            actor = e.get("Actor") or {}
            if actor.get("ID") == cid or (actor.get("Attributes") or {}).get("name") == name:
                out.append(e)
        return out

    def logs(self, name: str) -> str:
        if name not in self._logs:
            c = self.container(name)
            self._logs[name] = c.logs(stdout=True, stderr=True).decode("utf-8", "replace") if c is not None else ""
        return self._logs[name]

    def image_file(self, ref: str, path: str) -> bytes | None:
        """A file's bytes inside an image (None when absent); read through a created, never
        started container, cached by image id."""
        img = self.image(ref)
        if img is None:
            return None
        key = (img.id, path)
        if key not in self.image_files:
            c = self.client.containers.create(img.id, command=["true"], labels={"quizapp.probe": "1"})
            try:
                self.image_files[key] = _read_archive(c, path)
            finally:
                c.remove(force=True)
        return self.image_files[key]

    def container_file(self, container, path: str) -> bytes | None:
        api = self.client.api
        resp = api.head(api._url("/containers/{0}/archive", container.id), params={"path": path})
        if resp.status_code == 404:
            return None
        stat = resp.headers.get("X-Docker-Container-Path-Stat", "")
        key = (container.id, path)
        cached = self.container_files.get(key)
        if resp.status_code == 200 and stat and cached and cached[0] == stat:
            return cached[1]
        data = _read_archive(container, path)
        if resp.status_code == 200 and stat:
            self.container_files[key] = (stat, data)
        return data

    def local_file(self, rel: str) -> bytes | None:
        p = self.workdir / rel
        try:
            return p.read_bytes()
        except OSError:
            return None


def _event_key(e: dict) -> tuple:
    return (e.get("timeNano"), e.get("Type"), e.get("Action"), (e.get("Actor") or {}).get("ID"))


def _read_archive(container, path: str) -> bytes | None:
    try:
        stream, _stat = container.get_archive(path)
    except NotFound:
        return None
    data = b"".join(stream)
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        for member in tar.getmembers():
            if member.isfile():
                f = tar.extractfile(member)
                return f.read() if f else None
    return None


def _short(data: bytes | None, limit: int = 60) -> str:
    if data is None:
        return "-"
    text = data.decode("utf-8", "replace").strip().replace("\n", " ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _state(c) -> str:
    return c.attrs["State"]["Status"]


def _missing_container(name: str) -> Outcome:
    return no(f"컨테이너 {name}이(가) 없습니다", f"there is no container {name}")


def _missing_image(ref: str) -> Outcome:
    return no(f"이미지 {ref}이(가) 없습니다", f"there is no image {ref}")


# --- the vocabulary --------------------------------------------------------------------------
CHECKS: dict[str, Callable[..., Outcome]] = {}
HTTP_KINDS = {"http_contains", "http_equals_local", "http_differs_from_local"}


def check(fn: Callable[..., Outcome]) -> Callable[..., Outcome]:
    CHECKS[fn.__name__] = fn
    return fn


@check
def image_exists(ctx: CheckContext, ref: str) -> Outcome:
    return ok() if ctx.image(ref) is not None else _missing_image(ref)


@check
def image_absent(ctx: CheckContext, ref: str) -> Outcome:
    img = ctx.image(ref)
    if img is None:
        return ok()
    return no(f"{ref}이(가) 아직 있습니다 ({img.short_id})", f"{ref} is still there ({img.short_id})")


@check
def image_from_lab(ctx: CheckContext, ref: str) -> Outcome:
    """Built from this attempt's work folder: its Dockerfile carries the attempt's token label."""
    img = ctx.image(ref)
    if img is None:
        return _missing_image(ref)
    token = (img.labels or {}).get("quizlab.token")
    if token == ctx.token:
        return ok()
    if token:
        return no(f"{ref}은(는) 다른 시도의 폴더에서 빌드되었습니다", f"{ref} was built from another attempt's folder")
    return no(f"{ref}은(는) 이 실습 폴더({ctx.workdir})에서 빌드되지 않았습니다", f"{ref} was not built from this lab's folder ({ctx.workdir})")


@check
def images_differ(ctx: CheckContext, a: str, b: str) -> Outcome:
    ia, ib = ctx.image(a), ctx.image(b)
    if ia is None:
        return _missing_image(a)
    if ib is None:
        return _missing_image(b)
    if ia.id != ib.id:
        return ok()
    return no(f"{a}와(과) {b}는 같은 이미지입니다 ({ia.short_id})", f"{a} and {b} are the same image ({ia.short_id})")


@check
def same_image(ctx: CheckContext, refs: list[str]) -> Outcome:
    ids = {}
    for ref in refs:
        img = ctx.image(ref)
        if img is None:
            return _missing_image(ref)
        ids[ref] = img.short_id
    if len(set(ids.values())) == 1:
        return ok()
    shown = ", ".join(f"{r} = {i}" for r, i in ids.items())
    return no(f"서로 다른 이미지입니다: {shown}", f"they are different images: {shown}")


@check
def container_absent(ctx: CheckContext, name: str) -> Outcome:
    c = ctx.container(name)
    if c is None:
        return ok()
    return no(f"{name}이(가) 아직 있습니다 (상태: {_state(c)})", f"{name} is still there (state: {_state(c)})")


@check
def container_state(ctx: CheckContext, name: str, status: str, exit_code: int | None = None) -> Outcome:
    c = ctx.container(name)
    if c is None:
        return _missing_container(name)
    st = c.attrs["State"]
    if st["Status"] != status:
        return no(f"{name}의 상태는 {st['Status']}입니다", f"{name} is {st['Status']}")
    if exit_code is not None and st.get("ExitCode") != exit_code:
        return no(f"{name}의 종료 코드는 {st.get('ExitCode')}입니다", f"{name} exited with code {st.get('ExitCode')}")
    return ok()


@check
def container_image(ctx: CheckContext, name: str, image: str, by_name: bool = False) -> Outcome:
    """The container was made from `image`; with `by_name`, the learner also named it that way
    (`docker run quizlab/app:1.0`, not `quizlab/app` or the id)."""
    c = ctx.container(name)
    if c is None:
        return _missing_container(name)
    img = ctx.image(image)
    used = c.attrs["Config"].get("Image", "")
    if img is None or c.attrs.get("Image") != img.id:
        return no(f"{name}은(는) {used} 이미지로 만들어졌습니다", f"{name} was made from image {used}")
    if by_name and familiar(used) != familiar(image):
        return no(f"{name}은(는) {image}이(가) 아니라 {used}(으)로 실행되었습니다", f"{name} was run as {used}, not {image}")
    return ok()


@check
def port_binding(ctx: CheckContext, name: str, container_port: int, host_port: Any) -> Outcome:
    c = ctx.container(name)
    if c is None:
        return _missing_container(name)
    bindings = c.attrs["HostConfig"].get("PortBindings") or {}
    key = f"{container_port}/tcp"
    hosts = [str(b.get("HostPort")) for b in bindings.get(key) or []]
    if str(host_port) in hosts:
        return ok()
    shown = ", ".join(f"{(b or [{}])[0].get('HostPort')}:{k.split('/')[0]}" for k, b in bindings.items())
    if not shown:
        return no(f"{name}에는 포트 연결(-p)이 없습니다", f"{name} publishes no port (no -p)")
    return no(f"{name}의 포트 연결: {shown} (호스트:컨테이너)", f"{name} publishes {shown} (host:container)")


@check
def container_flags(ctx: CheckContext, name: str, tty: bool | None = None, open_stdin: bool | None = None, auto_remove: bool | None = None) -> Outcome:
    c = ctx.container(name)
    if c is None:
        return _missing_container(name)
    have = {
        "-t": bool(c.attrs["Config"].get("Tty")),
        "-i": bool(c.attrs["Config"].get("OpenStdin")),
        "--rm": bool(c.attrs["HostConfig"].get("AutoRemove")),
    }
    want = {"-t": tty, "-i": open_stdin, "--rm": auto_remove}
    wrong = [flag for flag, w in want.items() if w is not None and have[flag] != w]
    if not wrong:
        return ok()
    shown = ", ".join(f"{f} {'on' if have[f] else 'off'}" for f in wrong)
    return no(f"{name}: {shown}", f"{name}: {shown}")


def _http_get(port: Any, path: str) -> tuple[int | None, bytes]:
    url = f"http://127.0.0.1:{port}{path}"
    deadline = time.monotonic() + 3
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2) as resp:
                return resp.status, resp.read()
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read() or b""
        except (urllib.error.URLError, OSError):
            if time.monotonic() > deadline:
                return None, b""
            time.sleep(0.2)


def _silent(port: Any, path: str) -> Outcome:
    return no(f"127.0.0.1:{port}{path}에서 응답이 없습니다", f"nothing answers at 127.0.0.1:{port}{path}")


@check
def http_contains(ctx: CheckContext, port: Any, text: str, path: str = "/") -> Outcome:
    status, body = _http_get(port, path)
    if status is None:
        return _silent(port, path)
    if status == 200 and text.encode() in body:
        return ok()
    return no(f"127.0.0.1:{port}{path}의 응답({status}): {_short(body)}", f"127.0.0.1:{port}{path} answered ({status}): {_short(body)}")


@check
def http_equals_local(ctx: CheckContext, port: Any, local: str, path: str = "/") -> Outcome:
    want = ctx.local_file(local)
    status, body = _http_get(port, path)
    if status is None:
        return _silent(port, path)
    if status == 200 and want is not None and body.strip() == want.strip():
        return ok()
    return no(f"127.0.0.1:{port}{path}의 응답: {_short(body)}", f"127.0.0.1:{port}{path} answered: {_short(body)}")


@check
def http_differs_from_local(ctx: CheckContext, port: Any, local: str, path: str = "/") -> Outcome:
    """What is served differs from the work-folder file (the learner edited it after the build)."""
    want = ctx.local_file(local)
    status, body = _http_get(port, path)
    if status is None:
        return _silent(port, path)
    if want is not None and body.strip() != want.strip():
        return ok()
    return no(f"{local}이(가) 빌드할 때와 같습니다", f"{local} is the same as at build time")


@check
def container_file_equals_local(ctx: CheckContext, name: str, path: str, local: str) -> Outcome:
    """A file in a container equals a work-folder file (docker cp in, or out)."""
    c = ctx.container(name)
    if c is None:
        return _missing_container(name)
    want = ctx.local_file(local)
    if want is None:
        return no(f"실습 폴더에 {local}이(가) 없습니다", f"{local} is not in the lab folder")
    have = ctx.container_file(c, path)
    if have is None:
        return no(f"{name} 안에 {path}이(가) 없습니다", f"{path} is not in {name}")
    if have == want:
        return ok()
    return no(f"{name}:{path}의 내용: {_short(have)}", f"{name}:{path} holds: {_short(have)}")


@check
def image_file_equals_local(ctx: CheckContext, image: str, path: str, local: str) -> Outcome:
    have = ctx.image_file(image, path)
    if ctx.image(image) is None:
        return _missing_image(image)
    if have is None:
        return no(f"{image} 안에 {path}이(가) 없습니다", f"{path} is not in {image}")
    want = ctx.local_file(local)
    if want is not None and have == want:
        return ok()
    return no(f"{image}의 {path}: {_short(have)}", f"{path} in {image}: {_short(have)}")


@check
def image_files_compare(ctx: CheckContext, a: str, b: str, path: str, equal: bool) -> Outcome:
    """The same path in two images is equal (a cached layer) or differs (a rebuilt one)."""
    for ref in (a, b):
        if ctx.image(ref) is None:
            return _missing_image(ref)
    fa, fb = ctx.image_file(a, path), ctx.image_file(b, path)
    if fa is None or fb is None:
        return no(f"{a if fa is None else b} 안에 {path}이(가) 없습니다", f"{path} is not in {a if fa is None else b}")
    if (fa == fb) == equal:
        return ok()
    if equal:
        return no(f"{path}이(가) 두 이미지에서 다릅니다: {_short(fa, 30)} / {_short(fb, 30)}", f"{path} differs between the images: {_short(fa, 30)} / {_short(fb, 30)}")
    return no(f"{path}이(가) 두 이미지에서 같습니다", f"{path} is the same in both images")


@check
def layers_shared(ctx: CheckContext, a: str, b: str, beyond: str, at_least: int = 1) -> Outcome:
    """`a` and `b` share at least `at_least` layers on top of `beyond`'s layers (a cache hit)."""
    imgs = {}
    for ref in (a, b, beyond):
        img = ctx.image(ref)
        if img is None:
            return _missing_image(ref)
        imgs[ref] = img.attrs["RootFS"].get("Layers") or []
    la, lb = imgs[a], imgs[b]
    common = 0
    for x, y in zip(la, lb):
        if x != y:
            break
        common += 1
    extra = common - len(imgs[beyond])
    if extra >= at_least:
        return ok()
    return no(
        f"{a}와(과) {b}는 기반 이미지 위에서 레이어를 {max(extra, 0)}개 공유합니다 ({len(la)}개 / {len(lb)}개 중)",
        f"{a} and {b} share {max(extra, 0)} layers above the base image (of {len(la)} / {len(lb)})",
    )


@check
def logs_contain(ctx: CheckContext, name: str, pattern: str, count: int = 1) -> Outcome:
    if ctx.container(name) is None:
        return _missing_container(name)
    logs = ctx.logs(name)
    n = len(re.findall(pattern, logs))
    if n >= count:
        return ok()
    tail = _short(logs[-120:].encode(), 80)
    return no(f"{name}의 로그에서 {n}번 찾았습니다 (필요: {count}): {tail}", f"found {n} in {name}'s logs (need {count}): {tail}")


def _actor(e: dict) -> tuple[str, dict]:
    actor = e.get("Actor") or {}
    return actor.get("ID", ""), actor.get("Attributes") or {}


@check
def container_event(ctx: CheckContext, name: str, actions: list[str], count: int = 1) -> Outcome:
    """Since the lab started, the daemon reported each of `actions` for a container named `name`."""
    seen = [e.get("Action", "") for e in ctx.container_events(name)]
    missing = [a for a in actions if sum(1 for s in seen if s == a or s.startswith(a + ":")) < count]
    if not missing:
        return ok()
    return no(f"{name}에 대해 아직 {', '.join(missing)} 이벤트가 없습니다 (본 것: {', '.join(seen) or '없음'})", f"no {', '.join(missing)} event for {name} yet (seen: {', '.join(seen) or 'none'})")


@check
def image_event(ctx: CheckContext, ref: str, actions: list[str]) -> Outcome:
    """Since the lab started, the daemon reported `actions` for an image: by name (push, pull,
    tag) or, for `delete`, by the id set-up recorded for that name."""
    want_ids = {ctx.setup_ids.get(ref)} - {None}
    img = ctx.image(ref)
    if img is not None:
        want_ids.add(img.id)
    names = {ref, familiar(ref)}
    if ref.startswith("localhost:"):
        alias = "127.0.0.1:" + ref[len("localhost:"):]
        names |= {alias, familiar(alias)}
    seen: list[str] = []
    for e in ctx.events():
        if e.get("Type") != "image":
            continue
        aid, attrs = _actor(e)
        if aid in want_ids or attrs.get("name") in names or aid in names:
            seen.append(e.get("Action", ""))
    missing = [a for a in actions if a not in seen]
    if not missing:
        return ok()
    return no(f"{ref}에 대해 아직 {', '.join(missing)} 이벤트가 없습니다 (본 것: {', '.join(seen) or '없음'})", f"no {', '.join(missing)} event for {ref} yet (seen: {', '.join(seen) or 'none'})")


def _starts(events: list[dict]) -> list[int]:
    return [i for i, e in enumerate(events) if e.get("Action") == "start"]


@check
def started_detached(ctx: CheckContext, name: str) -> Outcome:
    """The container's last start since the lab began was not attached: the CLI attaches right
    before it starts for `docker run` without -d and for `docker start -a`."""
    evs = ctx.container_events(name)
    starts = _starts(evs)
    if not starts:
        return no(f"{name}이(가) 이 실습에서 시작되지 않았습니다", f"{name} was not started during this lab")
    i = starts[-1]
    if i > 0 and evs[i - 1].get("Action") == "attach":
        return no(f"{name}은(는) 연결된(attached) 상태로 시작되었습니다 (-d 없이)", f"{name} was started attached (without -d)")
    return ok()


@check
def attached_later(ctx: CheckContext, name: str) -> Outcome:
    """A `docker attach` to the running container: an attach after its last start that does not
    lead into another start."""
    evs = ctx.container_events(name)
    starts = _starts(evs)
    first = starts[-1] + 1 if starts else 0
    for i in range(first, len(evs)):
        if evs[i].get("Action") == "attach" and not (i + 1 < len(evs) and evs[i + 1].get("Action") == "start"):
            return ok()
    return no(f"{name}에 attach한 기록이 없습니다", f"no attach to {name} was seen")


@check
def same_container(ctx: CheckContext, name: str) -> Outcome:
    """`name` is still the container set-up made (restarted, not replaced)."""
    c = ctx.container(name)
    if c is None:
        return _missing_container(name)
    want = ctx.setup_ids.get(name)
    if c.id == want:
        return ok()
    return no(f"{name}은(는) 새 컨테이너입니다 (id {c.short_id}, 원래 {str(want)[:12]})", f"{name} is a new container (id {c.short_id}, was {str(want)[:12]})")


@check
def removed_by_daemon(ctx: CheckContext, name: str) -> Outcome:
    """A container named `name` ran with --rm (as recorded when the daemon created it), exited
    and was removed by the daemon."""
    if ctx.container(name) is not None:
        return no(f"{name}이(가) 아직 있습니다", f"{name} is still there")
    evs = ctx.container_events(name)
    actions = [e.get("Action") for e in evs]
    if "destroy" not in actions or "die" not in actions:
        return no(f"{name}이(가) 실행되고 삭제된 기록이 없습니다 (본 것: {', '.join(actions) or '없음'})", f"no run and removal of {name} was seen (seen: {', '.join(actions) or 'none'})")
    records = (ctx.recorded or {}).get(name, [])
    destroyed = {(e.get("Actor") or {}).get("ID") for e in evs if e.get("Action") == "destroy"}
    if any(r.get("auto_remove") and r.get("id") in destroyed for r in records):
        return ok()
    if records:
        return no(f"{name}은(는) --rm 없이 만들어져 손으로 삭제되었습니다", f"{name} was made without --rm and removed by hand")
    return no(f"{name}이(가) 만들어질 때의 설정을 기록하지 못했습니다", f"{name}'s settings were not recorded when it was made")


# --- registries ------------------------------------------------------------------------------
def registry_request(port: Any, path: str, *, user: str | None = None, password: str | None = None, method: str = "GET") -> tuple[int | None, dict, bytes]:
    req = urllib.request.Request(f"http://127.0.0.1:{port}{path}", method=method)
    req.add_header("Accept", "application/vnd.docker.distribution.manifest.v2+json")
    if user:
        token = base64.b64encode(f"{user}:{password}".encode()).decode()
        req.add_header("Authorization", f"Basic {token}")
    try:
        with urllib.request.urlopen(req, timeout=3) as resp:
            return resp.status, dict(resp.headers), resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers or {}), b""
    except (urllib.error.URLError, OSError):
        return None, {}, b""


def _registry_auth(ctx: CheckContext, auth: bool) -> dict[str, Any]:
    return {"user": ctx.params.get("user"), "password": ctx.params.get("password")} if auth else {}


@check
def registry_has_tag(ctx: CheckContext, port: Any, repo: str, tag: str, auth: bool = False) -> Outcome:
    status, _h, body = registry_request(port, f"/v2/{repo}/tags/list", **_registry_auth(ctx, auth))
    if status is None:
        return no(f"127.0.0.1:{port}의 레지스트리가 응답하지 않습니다", f"the registry at 127.0.0.1:{port} does not answer")
    tags = []
    if status == 200:
        try:
            tags = json.loads(body).get("tags") or []
        except ValueError:
            tags = []
    if tag in tags:
        return ok()
    return no(f"레지스트리의 {repo} 태그: {', '.join(tags) or '없음'}", f"the registry's tags for {repo}: {', '.join(tags) or 'none'}")


@check
def registry_refuses_anonymous(ctx: CheckContext, port: Any) -> Outcome:
    status, _h, _b = registry_request(port, "/v2/")
    if status == 401:
        return ok()
    return no(f"127.0.0.1:{port}은(는) 로그인 없이 응답합니다 ({status})", f"127.0.0.1:{port} answers without a login ({status})")


@check
def image_from_registry(ctx: CheckContext, ref: str, port: Any, repo: str, tag: str, auth: bool = False) -> Outcome:
    """The local image was pulled from (or pushed to) the registry: its RepoDigests hold the
    digest the registry serves for repo:tag."""
    img = ctx.image(ref)
    if img is None:
        return _missing_image(ref)
    status, headers, _b = registry_request(port, f"/v2/{repo}/manifests/{tag}", method="HEAD", **_registry_auth(ctx, auth))
    digest = {k.lower(): v for k, v in headers.items()}.get("docker-content-digest")
    if status != 200 or not digest:
        return no(f"레지스트리에 {repo}:{tag}이(가) 없습니다", f"the registry has no {repo}:{tag}")
    digests = [d.split("@", 1)[1] for d in img.attrs.get("RepoDigests") or [] if "@" in d and d.split("@", 1)[0].endswith(repo)]
    if digest in digests:
        return ok()
    return no(f"{ref}의 다이제스트({', '.join(d[:19] for d in digests) or '없음'})가 레지스트리의 {digest[:19]}와 다릅니다", f"{ref}'s digests ({', '.join(d[:19] for d in digests) or 'none'}) do not match the registry's {digest[:19]}")


# --- answers and the facts behind them -------------------------------------------------------
FACTS: dict[str, Callable[..., tuple[str | None, Callable[[str, str], bool]]]] = {}


def fact(fn):
    FACTS[fn.__name__] = fn
    return fn


def _exact(given: str, want: str) -> bool:
    return given.strip() == want


@fact
def generated_name(ctx: CheckContext, image: str):
    """The name of the newest container made from `image` since the lab started."""
    img = ctx.image(image)
    if img is None:
        return None, _exact
    best = None
    for c in ctx.client.containers.list(all=True, filters={"ancestor": img.id}):
        if (c.labels or {}).get("quizapp.probe"):
            continue
        created = parse_docker_time(c.attrs.get("Created", ""))
        if created < ctx.since or c.attrs.get("Image") != img.id:
            continue
        if best is None or created > best[0]:
            best = (created, c.name)
    return (best[1] if best else None), _exact


@fact
def log_match(ctx: CheckContext, container: str, pattern: str):
    found = re.findall(pattern, ctx.logs(container))
    return (found[-1] if found else None), lambda given, want: given.strip().lower() == want.lower()


@fact
def image_id(ctx: CheckContext, ref: str, min_length: int = 4):
    img = ctx.image(ref)
    if img is None:
        return None, _exact
    full = img.id.split(":", 1)[1]

    def prefix(given: str, want: str) -> bool:
        g = given.strip().lower().removeprefix("sha256:")
        return len(g) >= min_length and want.startswith(g)

    return full, prefix


@fact
def exposed_port(ctx: CheckContext, ref: str):
    img = ctx.image(ref)
    if img is None:
        return None, _exact
    ports = sorted((img.attrs.get("Config") or {}).get("ExposedPorts") or {})
    if not ports:
        return None, _exact
    want = ports[0]

    def same_port(given: str, w: str) -> bool:
        g = given.strip().lower()
        return g == w or g + "/tcp" == w

    return want.split("/")[0], lambda given, w: same_port(given, want)


def read_fact(ctx: CheckContext, spec: dict[str, Any]):
    args = ctx.fill({k: v for k, v in spec.items() if k != "kind"})
    return FACTS[spec["kind"]](ctx, **args)


@check
def fact_found(ctx: CheckContext, key: str) -> Outcome:
    """The thing the learner's answer `key` is about exists (e.g. a container made in the lab)."""
    if ctx.facts.get(key) is not None:
        return ok()
    return no("찾지 못했습니다", "not found")


@check
def answer(ctx: CheckContext, key: str) -> Outcome:
    """The learner's answer `key` matches the fact read for it (`ctx.facts`, `ctx.matchers`)."""
    given = ctx.answers.get(key)
    want = ctx.facts.get(key)
    if want is None:
        return no("답을 확인할 대상이 아직 없습니다", "there is nothing to check the answer against yet")
    if given is None or given == "":
        return no(f"답 '{key}'을(를) 아직 입력하지 않았습니다", f"no answer for '{key}' yet")
    if ctx.matchers[key](str(given), str(want)):
        return ok()
    return no(f"입력한 답: {given}", f"your answer: {given}")
