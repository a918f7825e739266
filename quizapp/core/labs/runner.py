"""Running a lab: set-up, check, solve, hints, give up, reset, and what the lab holds right now.

The store keeps one attempt per start; the attempt's `resources` remember what set-up made (by
name and id), the daemon-clock time the attempt began (`since`: events and creation times are
compared with it, not with the learner's scheduling clock) and the registry it uses.
"""

from __future__ import annotations

import os
import re
import secrets
import shlex
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from docker.errors import APIError, DockerException, ImageNotFound, NotFound
from requests.exceptions import RequestException

# The SDK raises requests' own errors when the daemon goes away after connecting.
DAEMON_ERRORS = (DockerException, RequestException)

from quizapp.core.labs import assets
from quizapp.core.labs.checks import CHECKS, HTTP_KINDS, CheckContext, Outcome, normalize_ref, parse_docker_time, read_fact
from quizapp.core.labs.model import Lab, fill_params

GOOD, HARD, AGAIN = 3, 2, 1
FAILS_BEFORE_HARD = 3
STEP_TIMEOUT = 120
LAB_LABEL = "quizapp.lab"


class LabError(Exception):
    """The lab cannot do what was asked; `message` says why and what to do (bilingual)."""

    def __init__(self, ko: str, en: str):
        super().__init__(en)
        self.message = {"ko": ko, "en": en}


@dataclass
class LabSession:
    lab_id: str
    attempt_id: int
    workdir: Path
    params: dict[str, Any]

    def to_json(self) -> dict[str, Any]:
        return {"id": self.lab_id, "workdir": str(self.workdir), "params": self.params}


@dataclass
class CheckResult:
    id: str
    passed: bool
    message: dict[str, str]


@dataclass
class CheckReport:
    lab_id: str
    passed: bool
    checks: list[CheckResult] = field(default_factory=list)
    first_pass: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"id": self.lab_id, "passed": self.passed, "checks": [c.__dict__ for c in self.checks]}


@dataclass
class Resource:
    """One thing a lab holds, for the live panel."""

    kind: str  # container | image
    name: str
    id: str
    state: str  # running, exited, ... for containers; the tags for images
    made_by: str  # setup | learner


def docker_cli() -> str:
    path = shutil.which("docker")
    if path is None:
        raise LabError("docker 명령을 찾을 수 없습니다 (PATH).", "The docker command is not on PATH.")
    return path


def _daemon_error(exc: Exception) -> LabError:
    return LabError(f"Docker 데몬과 통신하지 못했습니다: {exc}", f"Talking to the Docker daemon failed: {exc}")


class LabRunner:
    """Labs against one daemon and one store. `clock` dates attempts and scheduling answers."""

    def __init__(self, store, client, data_dir: Path, clock, content_dir: Path | None = None):
        from quizapp.core.paths import content_dir as default_content

        self.store = store
        self.client = client
        self.data_dir = Path(data_dir)
        self.clock = clock
        self.content_dir = Path(content_dir) if content_dir else default_content()
        # Image file contents by (image id, path): images never change, so this stays valid.
        self._image_files: dict = {}
        self._container_files: dict = {}
        self._labs: dict[str, Lab] | None = None  # _labs_by_id()

    # --- attempts ------------------------------------------------------------------------
    def attempt(self, lab: Lab):
        """The attempt `check`/`solve`/`reset` act on: the open one, else the latest not cleaned."""
        current = self.store.current_lab_attempt(lab.id)
        if current is not None:
            return current
        attempts = self.store.lab_attempts(lab.id)
        if attempts and not attempts[-1].resources.get("cleaned"):
            return attempts[-1]
        return None

    def _need_attempt(self, lab: Lab):
        a = self.store.current_lab_attempt(lab.id)
        if a is None:
            raise LabError(
                f"실습 {lab.id}이(가) 시작되지 않았습니다: quizapp lab start {lab.id}",
                f"Lab {lab.id} is not started: quizapp lab start {lab.id}",
            )
        return a

    def workdir(self, lab: Lab) -> Path:
        return self.data_dir / "labs" / lab.id

    # --- start ---------------------------------------------------------------------------
    def start(self, lab: Lab) -> LabSession:
        """Set the lab up: a fresh work folder and token, prerequisite images, containers and
        registry. An open attempt at the same lab is reset first."""
        if self.attempt(lab) is not None:
            self.reset(lab)
        made: dict[str, Any] = {"containers": {}, "images": {}}
        try:
            return self._start(lab, made)
        except assets.AssetError as exc:
            self._undo(made)
            raise LabError(exc.message["ko"], exc.message["en"]) from None
        except DAEMON_ERRORS as exc:
            self._undo(made)
            raise _daemon_error(exc) from None

    def _undo(self, made: dict[str, Any]) -> None:
        """Remove what a set-up that failed halfway had made."""
        for cid in made["containers"].values():
            try:
                self.client.containers.get(cid).remove(force=True)
            except Exception:
                pass
        for ref in made["images"]:
            try:
                self.client.images.remove(ref)
            except Exception:
                pass

    def _start(self, lab: Lab, resources: dict[str, Any]) -> LabSession:
        client = self.client
        self._refuse_foreign(lab)
        params: dict[str, Any] = dict(lab.params)
        taken: set[int] = set()
        for key in lab.ports:
            if key in ("registry", "auth_registry"):
                continue
            params[key] = assets.choose_port(int(params[key]), taken)
            taken.add(params[key])
        workdir = self.workdir(lab)
        token = "qz" + secrets.token_hex(5)
        params["token"] = token
        params["workdir"] = str(workdir)
        if lab.setup.registry:
            kind = lab.setup.registry
            key = "registry" if kind == "plain" else "auth_registry"
            reg = assets.ensure_registry(client, self.data_dir, kind, int(params.get(key, 5000 if kind == "plain" else 5001)), taken)
            params.update(reg.params())
            resources["registry"] = kind
        self._fresh_workdir(lab, workdir, params)
        assets.ensure_base(client)
        for name in lab.setup.images:
            ref, image_id = assets.build_helper_image(client, self.content_dir / "labs" / "_images", name, lab.id)
            resources["images"][ref] = image_id
        for tag, folder in lab.setup.build.items():
            # No extra label: a learner who rebuilds the same folder gets this very image (cache).
            image = assets.build_folder(client, workdir / folder, tag, {})
            resources["images"][tag] = image.id
        for spec in lab.setup.containers:
            ports = {f"{cport}/tcp": int(params[pname]) for cport, pname in spec.ports.items()}
            kwargs = dict(name=spec.name, ports=ports, tty=spec.tty, stdin_open=spec.stdin_open, labels={LAB_LABEL: lab.id}, detach=True)
            c = client.containers.run(spec.image, **kwargs) if spec.start else client.containers.create(spec.image, **kwargs)
            resources["containers"][spec.name] = c.id
        # The daemon stamps events with the host's wall clock; checks compare with this.
        resources["since"] = time.time()
        resources["token"] = token
        started = self.clock.now()
        attempt_id = self.store.start_lab_attempt(lab.id, started, str(workdir), params)
        self.store.update_lab_attempt(attempt_id, resources=resources)
        if lab.setup.record:
            resources["recorder_pid"] = start_recorder(workdir, resources["since"])
            self.store.update_lab_attempt(attempt_id, resources=resources)
        return LabSession(lab.id, attempt_id, workdir, params)

    def _fresh_workdir(self, lab: Lab, workdir: Path, params: dict[str, Any]) -> None:
        if workdir.exists():
            shutil.rmtree(workdir)
        workdir.mkdir(parents=True)
        src = lab.files_dir
        if src is None or not src.is_dir():
            return
        for path in sorted(src.rglob("*")):
            target = workdir / path.relative_to(src)
            if path.is_dir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            data = path.read_bytes()
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                target.write_bytes(data)
            else:
                for key in ("token", "workdir"):
                    text = text.replace("{" + key + "}", str(params[key]))
                target.write_text(text, encoding="utf-8")
            target.chmod(path.stat().st_mode & 0o777)

    def _needed_names(self, lab: Lab) -> tuple[set[str], set[str]]:
        containers = {n for n in lab.names if n.startswith("quizlab-")} | {c.name for c in lab.setup.containers}
        images = {n for n in lab.names if n.startswith("quizlab/")} | set(lab.setup.build) | {f"quizlab/{n}:1" for n in lab.setup.images}
        return containers, images

    def _other_open_labs(self, lab: Lab) -> dict[str, str]:
        """Names (and ids) held by other labs' attempts that are not cleaned up -> that lab's id."""
        held: dict[str, str] = {}
        for a in self.store.lab_attempts():
            if a.lab_id == lab.id or a.resources.get("cleaned") or a.ended_at is not None and a.outcome == "reset":
                continue
            for name, ident in {**a.resources.get("containers", {}), **a.resources.get("images", {})}.items():
                held[name] = a.lab_id
                held[ident] = a.lab_id
        return held

    def _refuse_foreign(self, lab: Lab) -> None:
        containers, images = self._needed_names(lab)
        held = self._other_open_labs(lab)
        for name in sorted(containers):
            try:
                c = self.client.containers.get(name)
            except NotFound:
                continue
            if c.name != name:
                continue
            owner = held.get(name) or held.get(c.id)
            if owner:
                raise LabError(
                    f"컨테이너 {name}은(는) 실습 {owner}이(가) 쓰고 있습니다. 먼저 정리하세요: quizapp lab reset {owner}",
                    f"Container {name} belongs to lab {owner}. Reset that lab first: quizapp lab reset {owner}",
                )
            if not self._lab_made_container(c):
                raise LabError(
                    f"컨테이너 이름 {name}을(를) 이 실습이 만들지 않은 컨테이너({c.short_id}, 이미지 {c.attrs['Config'].get('Image')})가 쓰고 있습니다. "
                    f"필요 없으면 지우거나(docker rm -f {name}) 이름을 바꾸세요(docker rename {name} 다른-이름).",
                    f"The container name {name} is held by a container this lab did not make ({c.short_id}, image {c.attrs['Config'].get('Image')}). "
                    f"Remove it if you do not need it (docker rm -f {name}) or rename it (docker rename {name} other-name).",
                )
            c.remove(force=True)
        for ref in sorted(images):
            try:
                img = self.client.images.get(ref)
            except (ImageNotFound, APIError):
                continue
            owner = held.get(ref) or held.get(img.id)
            if owner:
                raise LabError(
                    f"이미지 {ref}은(는) 실습 {owner}이(가) 쓰고 있습니다. 먼저 정리하세요: quizapp lab reset {owner}",
                    f"Image {ref} belongs to lab {owner}. Reset that lab first: quizapp lab reset {owner}",
                )
            labels = img.labels or {}
            if not (labels.get("quizlab.token") or labels.get(assets.SETUP_LABEL)):
                raise LabError(
                    f"이미지 이름 {ref}을(를) 이 실습이 만들지 않은 이미지({img.short_id})가 쓰고 있습니다. 필요 없으면 지우거나(docker rmi {ref}) 다른 태그를 붙이세요.",
                    f"The image name {ref} is held by an image this lab did not make ({img.short_id}). Remove it if you do not need it (docker rmi {ref}) or tag it differently.",
                )
            # The image is the labs': so are the containers made from it.
            for c in self.client.containers.list(all=True, filters={"ancestor": img.id}):
                if c.attrs.get("Image") == img.id:
                    c.remove(force=True)
            try:
                self.client.images.remove(ref)
            except APIError as exc:
                raise LabError(f"이전 실습의 이미지 {ref}을(를) 지우지 못했습니다: {exc}", f"Could not remove {ref} left by an earlier lab: {exc}") from None

    def _lab_made_container(self, c) -> bool:
        if (c.labels or {}).get(LAB_LABEL):
            return True
        image_ref = c.attrs["Config"].get("Image", "")
        if image_ref.startswith("quizlab/"):
            return True
        try:
            img = self.client.images.get(c.attrs["Image"])
        except (ImageNotFound, APIError):
            return False
        labels = img.labels or {}
        return bool(labels.get("quizlab.token") or labels.get(assets.SETUP_LABEL))

    # --- check ---------------------------------------------------------------------------
    def context(self, lab: Lab, attempt, *, http: bool = True) -> CheckContext:
        res = attempt.resources
        workdir = Path(attempt.workdir)
        record = lab.setup.record
        ctx = CheckContext(
            client=self.client,
            params=dict(attempt.params),
            workdir=workdir,
            since=float(res.get("since", 0)),
            answers=dict(attempt.answers),
            setup_ids={**res.get("containers", {}), **res.get("images", {})},
            http=http,
            image_files=self._image_files,
            container_files=self._container_files,
            recorded=read_recording(workdir) if record else None,
            recorded_events=read_recorded_events(workdir) if record else [],
        )
        for key, spec in lab.answers.items():
            ctx.facts[key], ctx.matchers[key] = read_fact(ctx, spec.fact)
        return ctx

    def run_checks(self, lab: Lab, ctx: CheckContext, *, only: list[str] | None = None) -> list[CheckResult]:
        results = []
        for spec in lab.checks:
            if only is not None and spec.id not in only:
                continue
            if not ctx.http and spec.kind in HTTP_KINDS:
                continue
            args = ctx.fill(spec.args)
            try:
                outcome: Outcome = CHECKS[spec.kind](ctx, **args)
            except APIError as exc:  # NotFound too
                outcome = Outcome(False, {"ko": f"데몬 오류: {exc}", "en": f"daemon error: {exc}"})
            if outcome.passed:
                message = spec.pass_.format(ctx.params)
            else:
                message = spec.fail.format(ctx.params)
                if outcome.found:
                    message = {lang: f"{message[lang]} ({outcome.found[lang]})" for lang in ("ko", "en")}
            results.append(CheckResult(spec.id, outcome.passed, message))
        return results

    def check(
        self, lab: Lab, answers: dict[str, str] | None = None, *, http: bool = True, record: bool = True, answer_with_facts: bool = False
    ) -> CheckReport:
        """Judge the daemon's state. Answers given here are kept for the attempt; with
        `answer_with_facts`, each of the lab's answers is what the daemon says (as `solve` gives
        them: a live card's answer is its command, not those facts). A first pass is an answer on
        the lab's schedule: Good without hints and with few failed checks, else Hard."""
        attempt = self._need_attempt(lab)
        if answers:
            unknown = set(answers) - set(lab.answers)
            if unknown:
                raise LabError(
                    f"이 실습에는 답 {', '.join(sorted(unknown))}이(가) 없습니다. 가능한 답: {', '.join(lab.answers) or '없음'}",
                    f"This lab asks for no answer {', '.join(sorted(unknown))}. Its answers: {', '.join(lab.answers) or 'none'}",
                )
            attempt.answers.update(answers)
            self.store.update_lab_attempt(attempt.id, answers=attempt.answers)
        ctx = self.context(lab, attempt, http=http)
        if answer_with_facts:
            ctx.answers.update({key: str(value) for key, value in ctx.facts.items() if value is not None})
        try:
            results = self.run_checks(lab, ctx)
        except DAEMON_ERRORS as exc:
            raise _daemon_error(exc) from None
        passed = all(r.passed for r in results)
        report = CheckReport(lab.id, passed, results)
        if not record:
            return report
        if passed and attempt.passed_at is None:
            now = self.clock.now()
            self.store.update_lab_attempt(attempt.id, passed_at=now)
            rating = GOOD if attempt.hints_used == 0 and attempt.failed_checks < FAILS_BEFORE_HARD else HARD
            if not attempt.resources.get("solved"):
                from quizapp.core.review import record_lab_result

                record_lab_result(self.store, lab.id, rating, now)
            report.first_pass = True
        elif not passed:
            self.store.update_lab_attempt(attempt.id, failed_checks=attempt.failed_checks + 1)
        return report

    # --- hints and giving up -------------------------------------------------------------
    def reveal_hint(self, lab: Lab) -> tuple[int, dict[str, str]] | None:
        """The next hint (index, text), or None when all are shown."""
        attempt = self._need_attempt(lab)
        if attempt.hints_used >= len(lab.hints):
            return None
        i = attempt.hints_used
        self.store.update_lab_attempt(attempt.id, hints_used=i + 1)
        return i, lab.hints[i].format(attempt.params)

    def give_up(self, lab: Lab) -> list[str]:
        """Again on the lab's schedule; returns the reference solution to show."""
        attempt = self._need_attempt(lab)
        from quizapp.core.review import record_lab_result

        now = self.clock.now()
        if attempt.passed_at is None:
            record_lab_result(self.store, lab.id, AGAIN, now)
        self.store.end_lab_attempt(attempt.id, now, "gave_up")
        return lab.solution_text(attempt.params)

    # --- solve ---------------------------------------------------------------------------
    def solve(self, lab: Lab) -> dict[str, str]:
        """Run the reference solution; returns (and keeps) the answers the lab asks for.
        A solved attempt is not scheduled as the learner's own pass."""
        attempt = self._need_attempt(lab)
        attempt.resources["solved"] = True
        self.store.update_lab_attempt(attempt.id, resources=attempt.resources)
        for step in lab.solution:
            run_step(step, attempt.params, Path(attempt.workdir))
        ctx = self.context(lab, attempt)
        answers = {key: str(value) for key, value in ctx.facts.items() if value is not None}
        if answers:
            attempt.answers.update(answers)
            self.store.update_lab_attempt(attempt.id, answers=attempt.answers)
        return answers

    # --- reset ---------------------------------------------------------------------------
    def reset(self, lab: Lab) -> list[str]:
        """Remove what the lab, and the learner for it, made since it started. Keeps the shared
        base image and the lab registries (but deletes the lab's pushes from those)."""
        attempt = self.attempt(lab)
        removed: list[str] = []
        res = attempt.resources if attempt else {}
        since = float(res.get("since", time.time()))
        token = res.get("token")
        if attempt is not None:
            stop_recorder(res.get("recorder_pid"), Path(attempt.workdir))
        try:
            removed += self._reset_daemon(lab, res, since, token)
        except DAEMON_ERRORS as exc:
            raise _daemon_error(exc) from None
        if lab.setup.registry:
            reg = assets.load_registry(self.data_dir, lab.setup.registry)
            if reg is not None:
                removed += [f"registry {x}" for x in assets.registry_delete_repos(reg)]
                if reg.kind == "auth":
                    for host in (f"localhost:{reg.port}", f"127.0.0.1:{reg.port}"):
                        subprocess.run([docker_cli(), "logout", host], capture_output=True, timeout=20)
        workdir = Path(attempt.workdir) if attempt else self.workdir(lab)
        if workdir.exists() and workdir.is_relative_to(self.data_dir / "labs"):
            shutil.rmtree(workdir, ignore_errors=True)
        if attempt is not None:
            res["cleaned"] = True
            self.store.update_lab_attempt(attempt.id, resources=res)
            if attempt.ended_at is None:
                self.store.end_lab_attempt(attempt.id, self.clock.now(), "passed" if attempt.passed_at else "reset")
        return removed

    def _containers_where(self, candidate) -> list[Any]:
        """The containers (stopped ones too) whose list entry passes `candidate`, each read in full.
        The SDK's containers.list() reads every container on the daemon (one call each, however many
        the learner has) and fails when one goes away meanwhile (a --rm container ending); this reads
        only the candidates and skips the ones gone."""
        return _read_where(self.client.api.containers(all=True), candidate, self.client.containers.get)

    def _images_where(self, candidate) -> list[Any]:
        """The images whose list entry passes `candidate`, each read in full (as _containers_where)."""
        return _read_where(self.client.api.images(), candidate, self.client.images.get)

    def _lab_images(self, lab: Lab, res: dict, since: float, token: str | None) -> list[tuple[Any, list[str]]]:
        """(image, tags to remove) for images the attempt made or tagged: set-up's, those built
        from this attempt's folder (its token label), and images made or tagged since the start
        under a name this lab asks for (also behind a registry address)."""
        setup_ids = set(res.get("images", {}).values())
        _containers, wanted = self._needed_names(lab)
        wanted = {normalize_ref(n) for n in wanted}
        tagged = self._tagged_since(since)

        def ours(image_id: str, labels: dict) -> bool:  # set-up's, or built from this attempt's folder
            return image_id in setup_ids or bool(token and labels.get("quizlab.token") == token) or labels.get(assets.SETUP_LABEL) == lab.id

        def lab_tags(tags: list[str]) -> list[str]:
            return [t for t in tags if _is_lab_tag(t) and t != assets.BASE_REF]

        def named(tags: list[str]) -> list[str]:  # under a name this lab asks for
            return [t for t in lab_tags(tags) if _without_registry(t) in wanted]

        def candidate(entry: dict) -> bool:  # the list's summary: labels and tags exact, no creation time to the ns
            labels = entry.get("Labels") or {}
            return not labels.get(assets.SHARED_LABEL) and (ours(entry["Id"], labels) or bool(named(entry.get("RepoTags") or [])))

        out = []
        for img in self._images_where(candidate):
            if ours(img.id, img.labels or {}):
                out.append((img, lab_tags(img.tags)))
                continue
            recent = parse_docker_time(img.attrs.get("Created", "")) >= since
            kept = [t for t in named(img.tags) if recent or t in tagged]
            if kept:
                out.append((img, kept))
        return out

    def _learners_containers(self, lab: Lab, res: dict, since: float, images: list, protected: set[str]):
        """A test for containers the learner made for this lab since it started: a name it asks
        for, or made from one of its images (`images` from `_lab_images`; `protected` ids left out)."""
        wanted_names, _images = self._needed_names(lab)
        image_ids = {img.id for img, _tags in images} | set(res.get("images", {}).values())
        if self._uses_base(lab):
            try:
                image_ids.add(self.client.images.get(assets.BASE_REF).id)
            except (ImageNotFound, APIError):
                pass
        image_ids -= protected
        return _Learners(since, set(wanted_names), image_ids)

    def _tagged_since(self, since: float) -> set[str]:
        stream = self.client.events(since=f"{since:.9f}", until=f"{time.time():.9f}", decode=True, filters={"type": "image", "event": "tag"})
        try:
            return {(e.get("Actor") or {}).get("Attributes", {}).get("name", "") for e in stream}
        finally:
            stream.close()

    @staticmethod
    def _uses_base(lab: Lab) -> bool:
        """The learner runs the base image itself in this lab (its containers are the lab's)."""
        return any(step.run and assets.BASE_REF in step.run for step in lab.solution) or assets.BASE_REF in lab.task.en

    def _labs_by_id(self) -> dict[str, Lab]:
        """Every lab of the content, read once per runner (80 ms a time): a reset while another lab
        is open needs the names that lab asks for. Empty when a lab file cannot be read."""
        if self._labs is None:
            from quizapp.core.labs.model import load_labs

            try:
                self._labs = {other.id: other for other in load_labs(self.content_dir / "labs")}
            except Exception:  # noqa: BLE001 - a broken lab file is reported where labs are listed
                self._labs = {}
        return self._labs

    def _protected(self, lab: Lab) -> set[str]:
        """Names and ids that other labs' open attempts hold: a reset leaves them alone, even
        when they were made after this lab started."""
        open_attempts = [a for a in self.store.lab_attempts() if a.lab_id != lab.id and a.ended_at is None and not a.resources.get("cleaned")]
        if not open_attempts:
            return set()
        by_id = self._labs_by_id()
        held: set[str] = set()
        for a in open_attempts:
            held |= set(a.resources.get("containers", {})) | set(a.resources.get("containers", {}).values())
            held |= set(a.resources.get("images", {})) | set(a.resources.get("images", {}).values())
            other = by_id.get(a.lab_id)
            if other is not None:
                containers, images = self._needed_names(other)
                held |= containers | images
        return held

    def _reset_daemon(self, lab: Lab, res: dict, since: float, token: str | None) -> list[str]:
        removed = []
        protected = self._protected(lab)
        all_images = self._lab_images(lab, res, since, token)
        images = [(img, [t for t in tags if t not in protected]) for img, tags in all_images if img.id not in protected]
        learners = self._learners_containers(lab, res, since, all_images, protected)
        setup_containers = set(res.get("containers", {}).values())

        def lab_made(container_id: str, labels: dict) -> bool:  # by set-up, a lab, or a check's probe
            return container_id in setup_containers or labels.get(LAB_LABEL) == lab.id or bool(labels.get("quizapp.probe"))

        def candidate(entry: dict) -> bool:  # the list's summary (shared ones, e.g. registries, never)
            labels = entry.get("Labels") or {}
            return not labels.get(assets.SHARED_LABEL) and (lab_made(entry["Id"], labels) or learners.could_be(entry))

        for c in self._containers_where(candidate):
            if c.name in protected or c.id in protected:
                continue
            if lab_made(c.id, c.labels or {}) or learners(c):
                try:
                    c.remove(force=True, v=True)
                except NotFound:
                    continue  # gone meanwhile (--rm, or removed by hand)
                except APIError as exc:
                    if exc.status_code == 409 and "in progress" in str(exc):
                        continue  # the daemon is removing it already (--rm)
                    raise
                removed.append(f"container {c.name}")
        for img, tags in images:
            targets = tags or ([img.id] if not img.tags else [])
            for t in targets:
                try:
                    self.client.images.remove(t, force=False)
                    removed.append(f"image {t}")
                except NotFound:
                    pass
                except APIError:
                    # Still used by a container that is not the lab's: leave it.
                    pass
        return removed

    # --- what the lab holds --------------------------------------------------------------
    def resources(self, lab: Lab) -> list[Resource]:
        attempt = self.attempt(lab)
        if attempt is None:
            return []
        res = attempt.resources
        since = float(res.get("since", 0))
        setup_containers = set(res.get("containers", {}).values())
        setup_images = set(res.get("images", {}).values())
        out = []
        images = self._lab_images(lab, res, since, res.get("token"))
        learners = self._learners_containers(lab, res, since, images, set())
        for img, tags in images:
            out.append(Resource("image", (tags or img.tags or [img.short_id])[0], img.id, ", ".join(img.tags), "setup" if img.id in setup_images else "learner"))
        for c in self._containers_where(lambda entry: entry["Id"] in setup_containers or learners.could_be(entry)):
            if c.id in setup_containers or learners(c):
                if (c.labels or {}).get("quizapp.probe"):
                    continue
                out.append(Resource("container", c.name, c.id, c.status, "setup" if c.id in setup_containers else "learner"))
        return out


def _read_where(entries: list[dict], candidate, get) -> list[Any]:
    out = []
    for entry in entries:
        if candidate(entry):
            try:
                out.append(get(entry["Id"]))
            except NotFound:  # gone since it was listed
                continue
    return out


@dataclass
class _Learners:
    """Which containers the learner made for a lab since it started: a name the lab asks for, or
    made from one of its images. Calling it tests a container read in full (its creation time to
    the nanosecond); `could_be` tests a list entry (whole seconds), never saying no where the full
    test would say yes."""

    since: float
    names: set[str]
    image_ids: set[str]

    def __call__(self, c) -> bool:
        recent = parse_docker_time(c.attrs.get("Created", "")) >= self.since
        return recent and (c.name in self.names or c.attrs.get("Image") in self.image_ids)

    def could_be(self, entry: dict) -> bool:
        if int(entry.get("Created") or 0) < int(self.since):
            return False
        names = {name.lstrip("/") for name in entry.get("Names") or []}
        return bool(names & self.names) or entry.get("ImageID") in self.image_ids


def _without_registry(ref: str) -> str:
    """`localhost:5000/quizlab/web:1` -> `quizlab/web:1` (normalized)."""
    return normalize_ref(re.sub(r"^(?:localhost|127\.0\.0\.1):\d+/", "", ref))


def _is_lab_tag(ref: str) -> bool:
    return bool(re.match(r"^(?:(?:localhost|127\.0\.0\.1):\d+/)?quizlab/", ref))


# --- running solution steps ------------------------------------------------------------------
def _argv(template: str, params: dict[str, Any]) -> list[str]:
    filled = [fill_params(w, params) for w in shlex.split(template)]
    if not filled or filled[0] != "docker":
        raise LabError(f"해법 단계는 docker 명령이어야 합니다: {template}", f"A solution step must be a docker command: {template}")
    return [docker_cli(), *filled[1:]]


def run_step(step, params: dict[str, Any], workdir: Path) -> str:
    if step.append or step.replace:
        rel = step.append or step.replace
        path = workdir / rel
        if step.append:
            with open(path, "a", encoding="utf-8") as f:
                f.write(fill_params(step.text, params))
        else:
            text = path.read_text(encoding="utf-8") if step.old is not None else ""
            new = fill_params(step.new, params)
            path.write_text(text.replace(fill_params(step.old, params), new) if step.old is not None else new, encoding="utf-8")
        return ""
    argv = _argv(step.run, params)
    if step.input or step.detach_keys:
        return run_in_pty(argv, step.input, detach=step.detach_keys, wait=step.wait, cwd=workdir)
    try:
        proc = subprocess.run(argv, cwd=workdir, capture_output=True, text=True, timeout=STEP_TIMEOUT, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        raise LabError(f"해법 단계가 {STEP_TIMEOUT}초 안에 끝나지 않았습니다: {step.run}", f"A solution step did not finish within {STEP_TIMEOUT}s: {step.run}") from None
    if proc.returncode != 0:
        raise LabError(
            f"해법 단계 실패 ({step.run}): {proc.stderr.strip()[-300:]}",
            f"Solution step failed ({step.run}): {proc.stderr.strip()[-300:]}",
        )
    return proc.stdout


def run_in_pty(argv: list[str], lines: list[str], *, detach: bool = False, wait: float = 0.0, cwd: Path | None = None, timeout: float = 60) -> str:
    """Run an interactive docker command in a pseudo-terminal, typing `lines`, then (with
    `detach`) Ctrl+P Ctrl+Q. Returns what the terminal showed."""
    if sys.platform == "win32":  # pragma: no cover
        raise LabError("이 단계는 터미널이 필요합니다 (Windows에서는 직접 입력하세요).", "This step needs a terminal (type it yourself on Windows).")
    from ptyprocess import PtyProcessUnicode

    proc = PtyProcessUnicode.spawn(argv, cwd=str(cwd) if cwd else None, dimensions=(24, 100), env=os.environ.copy())
    out: list[str] = []
    deadline = time.monotonic() + timeout

    def drain(seconds: float) -> None:
        import select

        end = time.monotonic() + seconds
        while time.monotonic() < end:
            r, _, _ = select.select([proc.fd], [], [], max(0.0, end - time.monotonic()))
            if not r:
                return
            try:
                out.append(proc.read(4096))
            except EOFError:
                return

    try:
        drain(max(wait, 0.8))
        for line in lines:
            proc.write(line + "\r")
            drain(0.5)
        if detach:
            proc.write("\x10")
            time.sleep(0.1)
            proc.write("\x11")
        while proc.isalive() and time.monotonic() < deadline:
            drain(0.2)
        if proc.isalive():
            proc.terminate(force=True)
            raise LabError(f"대화형 단계가 끝나지 않았습니다: {' '.join(argv[1:])}", f"An interactive step did not finish: {' '.join(argv[1:])}")
    finally:
        if proc.isalive():
            proc.terminate(force=True)
    return "".join(out)


# --- recording container configurations as the lab runs -------------------------------------
def start_recorder(workdir: Path, since: float) -> int:
    """A small process that writes each new container's configuration as the daemon creates it,
    so checks can judge containers that are already gone (`--rm`)."""
    (workdir / ".quizlab").mkdir(parents=True, exist_ok=True)
    log = open(workdir / ".quizlab" / "recorder.log", "ab")
    proc = subprocess.Popen(
        [sys.executable, "-m", "quizapp.core.labs.recorder", str(workdir), f"{since:.9f}"],
        stdin=subprocess.DEVNULL, stdout=log, stderr=log, start_new_session=True,
    )
    log.close()
    ready = workdir / ".quizlab" / "recorder.ready"
    deadline = time.monotonic() + 10
    while not ready.exists() and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    return proc.pid


def stop_recorder(pid: int | None, workdir: Path) -> None:
    import signal

    if not pid:
        return
    try:  # reap it if it already ended on its own (it is our child when this process started it)
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        pass
    if not assets.process_matches(pid, "quizapp.core.labs.recorder"):
        return
    try:
        os.kill(pid, signal.SIGTERM)
    except OSError:
        return
    for _ in range(40):
        try:
            done, _status = os.waitpid(pid, os.WNOHANG)
            if done:
                return
        except ChildProcessError:
            try:
                os.kill(pid, 0)
            except OSError:
                return
        time.sleep(0.05)


def _read_jsonl(path: Path) -> list[dict]:
    """The records of a JSON-lines file the recorder writes; a torn line is skipped."""
    import json

    try:
        lines = path.read_text().splitlines()
    except OSError:
        return []
    out = []
    for line in lines:
        try:
            out.append(json.loads(line))
        except ValueError:
            continue
    return out


def read_recorded_events(workdir: Path) -> list[dict]:
    return _read_jsonl(workdir / ".quizlab" / "events.jsonl")


def read_recording(workdir: Path) -> dict[str, list[dict]]:
    """Recorded container configurations by name."""
    out: dict[str, list[dict]] = {}
    for rec in _read_jsonl(workdir / ".quizlab" / "containers.jsonl"):
        out.setdefault(rec.get("name", ""), []).append(rec)
    return out


def follow_events(client, since: float, *, stop=None, poll: float = 1.0) -> Iterator[dict]:
    """Lab-relevant daemon events from `since` on, until `stop()` is true (checked at least every
    `poll` seconds) or the generator is closed. For the GUI's worker thread and the recorder."""
    last = since
    while stop is None or not stop():
        until = time.time() + poll
        stream = client.events(since=f"{last:.9f}", until=f"{until:.9f}", decode=True)
        try:
            for e in stream:
                tn = e.get("timeNano")
                if tn:
                    last = max(last, tn / 1e9 + 1e-9)
                if _relevant(e):
                    yield e
        finally:
            stream.close()
        # Every event up to `until` has been delivered: continue from there.
        last = max(last, until)


def _relevant(e: dict) -> bool:
    attrs = (e.get("Actor") or {}).get("Attributes") or {}
    if e.get("Type") == "container":
        return attrs.get("name", "").startswith("quizlab-") or _is_lab_tag(attrs.get("image", ""))
    if e.get("Type") == "image":
        return _is_lab_tag(attrs.get("name", "")) or _is_lab_tag((e.get("Actor") or {}).get("ID", ""))
    return False
