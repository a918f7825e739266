"""Running a lab against one daemon and one store: start, check, solve, reset, and what the lab
holds right now. The pieces live beside it: `attempts` (the store's record, no Docker), `setup`
(making what a lab needs), `ownership` (what belongs to an attempt), `steps` (the reference
solution) and `recorder` (containers recorded as the daemon makes them).

A lab reports results; it does not schedule them: `schedule(lab_id, rating, now)`, given by the
front end (the collection's `record_lab_result`), puts a lab's first pass or a give-up on its
schedule.
"""

from __future__ import annotations

import subprocess
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from docker.errors import APIError, DockerException, NotFound
from requests.exceptions import RequestException

from quizapp.core.i18n import both
from quizapp.core.labs import assets
from quizapp.core.labs.attempts import FAILS_BEFORE_HARD, Attempts
from quizapp.core.labs.checks import CHECKS, HTTP_KINDS, CheckContext, Outcome, read_fact
from quizapp.core.labs.errors import LabError, daemon_error
from quizapp.core.labs.model import Lab, load_labs
from quizapp.core.labs.ownership import BASE_REF, PROBE_LABEL, Claim, ContainerFacts, Holdings, ImageClaim, ImageFacts, needed_names
from quizapp.core.labs.recorder import read_recorded_events, read_recording, start_recorder, stop_recorder
from quizapp.core.labs.setup import choose_params, set_up, take_back_or_refuse
from quizapp.core.labs.steps import STEP_TIMEOUT, docker_cli, run_in_pty, run_step
from quizapp.core.labs.events import follow_events
from quizapp.core.paths import content_dir as default_content

# The SDK raises requests' own errors when the daemon goes away after connecting.
DAEMON_ERRORS = (DockerException, RequestException)

__all__ = [
    "CheckReport", "CheckResult", "DAEMON_ERRORS", "FAILS_BEFORE_HARD", "LabError", "LabRunner",
    "LabSession", "Removed", "ResetReport", "Resource", "STEP_TIMEOUT", "docker_cli", "follow_events", "run_in_pty", "run_step",
]


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
    rating: int | None = None  # the first pass's rating for the schedule (None when solved)

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


@dataclass(frozen=True)
class Removed:
    kind: str  # container | image | volume | network | registry | process
    name: str
    id: str = ""

    def __str__(self) -> str:
        return f"{self.kind} {self.name}"


@dataclass
class ResetReport:
    """What a reset removed. Iterating gives one line per thing (`container quizlab-web`)."""

    lab_id: str
    removed: list[Removed] = field(default_factory=list)
    left: list[str] = field(default_factory=list)  # ids it owned but could not remove

    def __iter__(self):
        return iter([str(r) for r in self.removed])

    def to_json(self) -> dict[str, Any]:
        return {"id": self.lab_id, "removed": [r.__dict__ for r in self.removed], "left": self.left}


@dataclass
class Owned:
    """What an attempt owns on the daemon right now."""

    containers: list[Any] = field(default_factory=list)  # docker SDK Container, read in full
    images: list[ImageClaim] = field(default_factory=list)
    volumes: list[str] = field(default_factory=list)
    networks: list[tuple[str, str]] = field(default_factory=list)  # (id, name)


class LabRunner:
    """Labs against one daemon and one store. `clock` dates attempts; `schedule(lab_id, rating,
    now)`, when given, puts a first pass or a give-up on the lab's schedule."""

    def __init__(self, store, client, data_dir: Path, clock, content_dir: Path | None = None, schedule: Callable[[str, int, Any], Any] | None = None):
        self.store = store
        self.client = client
        self.data_dir = Path(data_dir)
        self.clock = clock
        self.content_dir = Path(content_dir) if content_dir else default_content()
        self.schedule = schedule
        self.attempts = Attempts(store, clock)
        # Image file contents by (image id, path): images never change, so this stays valid.
        self._image_files: dict = {}
        self._container_files: dict = {}
        self._labs: dict[str, Lab] | None = None  # _labs_by_id()

    # --- attempts ------------------------------------------------------------------------
    def attempt(self, lab: Lab):
        """The attempt `check`/`solve`/`reset` act on: the open one, else the latest not cleaned."""
        return self.attempts.acting(lab)

    def workdir(self, lab: Lab) -> Path:
        return self.data_dir / "labs" / lab.id

    # --- start ---------------------------------------------------------------------------
    def start(self, lab: Lab) -> LabSession:
        """Set the lab up: first take back what earlier attempts of this lab left (known by the ids
        recorded with them), then a fresh work folder and token, images, containers, registry."""
        for earlier in self.attempts.uncleaned(lab):
            self._reset_attempt(lab, earlier, ResetReport(lab.id))
        earlier_ids: set[str] = assets.recorded_made()
        for a in self.store.lab_attempts(lab.id):
            h = Holdings.from_json(a.resources)
            earlier_ids |= h.setup_ids() | set(h.leftovers)
        try:
            take_back_or_refuse(self.client, lab, self._names(lab), earlier_ids, self._held_elsewhere(lab))
        except DAEMON_ERRORS as exc:
            raise daemon_error(exc) from None
        workdir = self.workdir(lab)
        params = choose_params(lab, workdir)
        holdings = Holdings(began=time.time(), token=params["token"])
        attempt_id = self.store.start_lab_attempt(lab.id, self.clock.now(), str(workdir), params)

        def save() -> None:
            self.store.update_lab_attempt(attempt_id, resources=holdings.to_json(), params=params)

        save()
        try:
            set_up(self.client, lab, params, holdings, save, self.content_dir / "labs" / "_images")
            if lab.setup.record:
                holdings.recorder_pid = start_recorder(workdir, holdings.since)
                save()
        except (assets.AssetError, *DAEMON_ERRORS) as exc:
            self._undo(lab, attempt_id)
            if isinstance(exc, assets.AssetError):
                raise LabError(exc.message["ko"], exc.message["en"]) from None
            raise daemon_error(exc) from None
        return LabSession(lab.id, attempt_id, workdir, params)

    def _undo(self, lab: Lab, attempt_id: int) -> None:
        """Take back what a set-up that failed halfway had made."""
        attempt = next((a for a in self.store.lab_attempts(lab.id) if a.id == attempt_id), None)
        if attempt is None:
            return
        try:
            self._reset_attempt(lab, attempt, ResetReport(lab.id))
        except (LabError, *DAEMON_ERRORS):
            pass  # recorded as leftovers: the next start or reset takes them back

    # --- check ---------------------------------------------------------------------------
    def context(self, lab: Lab, attempt, *, http: bool = True) -> CheckContext:
        h = Holdings.from_json(attempt.resources)
        workdir = Path(attempt.workdir)
        record = lab.setup.record
        ctx = CheckContext(
            client=self.client,
            params=dict(attempt.params),
            workdir=workdir,
            since=h.since,
            answers=dict(attempt.answers),
            setup_ids={**h.containers, **h.images},
            http=http,
            image_files=self._image_files,
            container_files=self._container_files,
            recorded=read_recording(workdir) if record else None,
            recorded_events=read_recorded_events(workdir) if record else [],
        )
        for key, spec in lab.answers.items():
            ctx.facts[key], ctx.matchers[key] = read_fact(ctx, spec.fact)
        return ctx

    def _registry_up(self, lab: Lab, attempt) -> None:
        """An open lab's registry runs again if it was stopped (the window closed meanwhile), on the
        port, and with the password, its task text shows."""
        kind = lab.setup.registry
        if not kind:
            return
        key = "registry" if kind == "plain" else "auth_registry"
        if assets.registry_alive(self.client, kind) is not None:
            return
        try:
            reg = assets.ensure_registry(self.client, kind, int(attempt.params.get(key, 5000)), set())
        except assets.AssetError as exc:
            raise LabError(exc.message["ko"], exc.message["en"]) from None
        if reg.params() != {k: attempt.params.get(k) for k in reg.params()}:
            attempt.params.update(reg.params())
            self.store.update_lab_attempt(attempt.id, params=attempt.params)

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
            message = (spec.pass_ if outcome.passed else spec.fail).format(ctx.params)
            if not outcome.passed and outcome.found:
                message = {lang: f"{message[lang]} ({outcome.found[lang]})" for lang in ("ko", "en")}
            # A lab's text fills in {port} and the like: the particle after it is chosen now.
            results.append(CheckResult(spec.id, outcome.passed, both(message["ko"], message["en"])))
        return results

    def check(
        self, lab: Lab, answers: dict[str, str] | None = None, *, http: bool = True, record: bool = True, answer_with_facts: bool = False
    ) -> CheckReport:
        """Judge the daemon's state. Answers given here are kept for the attempt; with
        `answer_with_facts`, each of the lab's answers is what the daemon says (as `solve` gives
        them: a live card's answer is its command, not those facts). A first pass is reported with
        its rating (Good without hints and with few failed checks, else Hard) and scheduled."""
        attempt = self.attempts.need(lab)
        if answers:
            unknown = set(answers) - set(lab.answers)
            if unknown:
                raise LabError(
                    f"이 실습에서 묻지 않는 답입니다: {', '.join(sorted(unknown))}. 묻는 답: {', '.join(lab.answers) or '없음'}",
                    f"This lab asks for no answer {', '.join(sorted(unknown))}. Its answers: {', '.join(lab.answers) or 'none'}",
                )
            attempt.answers.update(answers)
            self.store.update_lab_attempt(attempt.id, answers=attempt.answers)
        try:
            self._registry_up(lab, attempt)
            ctx = self.context(lab, attempt, http=http)
            if answer_with_facts:
                ctx.answers.update({key: str(value) for key, value in ctx.facts.items() if value is not None})
            results = self.run_checks(lab, ctx)
        except DAEMON_ERRORS as exc:
            raise daemon_error(exc) from None
        passed = all(r.passed for r in results)
        report = CheckReport(lab.id, passed, results)
        if not record:
            return report
        if passed and attempt.passed_at is None:
            now = self.clock.now()
            self.store.update_lab_attempt(attempt.id, passed_at=now)
            report.first_pass = True
            if not Holdings.from_json(attempt.resources).solved:
                report.rating = Attempts.first_pass_rating(attempt)
                if self.schedule is not None:
                    self.schedule(lab.id, report.rating, now)
        elif not passed:
            self.store.update_lab_attempt(attempt.id, failed_checks=attempt.failed_checks + 1)
        return report

    # --- hints and giving up (no daemon needed) ------------------------------------------
    def reveal_hint(self, lab: Lab) -> tuple[int, dict[str, str]] | None:
        return self.attempts.reveal_hint(lab)

    def give_up(self, lab: Lab) -> list[str]:
        """Again on the lab's schedule; returns the reference solution to show."""
        now = self.clock.now()
        solution, rating = self.attempts.give_up(lab)
        if rating is not None and self.schedule is not None:
            self.schedule(lab.id, rating, now)
        return solution

    # --- solve ---------------------------------------------------------------------------
    def solve(self, lab: Lab) -> dict[str, str]:
        """Run the reference solution; returns (and keeps) the answers the lab asks for.
        A solved attempt is not scheduled as the learner's own pass."""
        attempt = self.attempts.need(lab)
        h = Holdings.from_json(attempt.resources)
        h.solved = True
        self.attempts.save(attempt, h)
        self._registry_up(lab, attempt)
        for step in lab.solution:
            run_step(step, attempt.params, Path(attempt.workdir))
        ctx = self.context(lab, attempt)
        answers = {key: str(value) for key, value in ctx.facts.items() if value is not None}
        if answers:
            attempt.answers.update(answers)
            self.store.update_lab_attempt(attempt.id, answers=attempt.answers)
        return answers

    # --- reset ---------------------------------------------------------------------------
    def reset(self, lab: Lab) -> ResetReport:
        """Remove everything the lab's attempts made, and nothing else (see `ownership`): its
        containers, images and tags, volumes and networks, its pushes to the lab registry, its work
        folder; the registry itself once no other open lab needs it. Says what it removed."""
        report = ResetReport(lab.id)
        targets = self.attempts.uncleaned(lab)
        for attempt in targets:
            self._reset_attempt(lab, attempt, report)
        if not targets:
            workdir = self.workdir(lab)
            if workdir.exists():
                shutil.rmtree(workdir, ignore_errors=True)
        if lab.setup.registry and not self._registry_needed_elsewhere(lab, lab.setup.registry):
            for stopped in assets.stop_registry(self.client, lab.setup.registry):
                report.removed.append(Removed("process", f"registry {stopped}"))
        return report

    def _registry_needed_elsewhere(self, lab: Lab, kind: str) -> bool:
        by_id = self._labs_by_id()
        for a in self.attempts.open_elsewhere(lab):
            other = by_id.get(a.lab_id)
            if a.ended_at is None and (Holdings.from_json(a.resources).registry == kind or (other is not None and other.setup.registry == kind)):
                return True
        return False

    def _reset_attempt(self, lab: Lab, attempt, report: ResetReport) -> None:
        h = Holdings.from_json(attempt.resources)
        workdir = Path(attempt.workdir)
        stop_recorder(h.recorder_pid, workdir)
        left: list[str] = []
        try:
            owned = self._owned(self._claim(lab, h))
            left = self._remove(owned, report)
        except DAEMON_ERRORS as exc:
            # What is left is not known yet: set-up's ids stay recorded for the next reset, which
            # finds the learner's things by time and name again.
            h.leftovers = sorted(set(h.leftovers) | h.setup_ids())
            self.attempts.save(attempt, h)
            raise daemon_error(exc) from None
        if h.registry:
            report.removed += [Removed("registry", repo) for repo in self._clear_registry(h.registry)]
        if workdir.exists() and workdir.is_relative_to(self.data_dir / "labs"):
            shutil.rmtree(workdir, ignore_errors=True)
        h.leftovers = left
        h.cleaned = not left
        h.recorder_pid = None
        self.attempts.save(attempt, h)
        report.left += left
        if attempt.ended_at is None:
            self.store.end_lab_attempt(attempt.id, self.clock.now(), "passed" if attempt.passed_at else "reset")

    def _clear_registry(self, kind: str) -> list[str]:
        """Delete the labs' repositories from the lab registry (it is the app's own: everything in
        it is the labs'); log out of the login registry."""
        reg = assets.load_registry(kind)
        if reg is None:
            return []
        deleted = assets.registry_delete_repos(reg) if assets.registry_running(self.client, reg) else assets.registry_forget_repos(kind)
        if kind == "auth":
            for host in (f"localhost:{reg.port}", f"127.0.0.1:{reg.port}"):
                try:
                    subprocess.run([docker_cli(), "logout", host], capture_output=True, timeout=20)
                except (LabError, OSError, subprocess.TimeoutExpired):
                    pass
        return deleted

    # --- ownership -----------------------------------------------------------------------
    def _names(self, lab: Lab) -> tuple[set[str], set[str]]:
        return needed_names(lab.names, [c.name for c in lab.setup.containers], [*lab.setup.build, *map(assets.helper_image_ref, lab.setup.images)])

    def _claim(self, lab: Lab, h: Holdings) -> Claim:
        containers, images = self._names(lab)
        shared = assets.shared_ids()
        lab_images = set(assets.recorded_base_ids()) | set(h.images.values())
        try:
            lab_images.add(self.client.api.inspect_image(BASE_REF)["Id"])
        except (NotFound, APIError):
            pass
        return Claim(
            lab.id, h, containers, images, lab_image_ids=lab_images, shared_ids=shared,
            protected=self._protected(lab), tagged_since=self._tagged_since(h.began or h.since),
        )

    def _owned(self, claim: Claim) -> Owned:
        """What `claim` owns: candidates from the list entries (whole-second times, labels, tags),
        then each read in full to decide. The SDK's list() reads every container and image on the
        daemon one call each and fails when one goes away meanwhile (a --rm container ending)."""
        api = self.client.api
        owned = Owned()
        for entry in api.images():
            if claim.image(ImageFacts.from_entry(entry)) is None:
                continue
            try:
                found = claim.image(ImageFacts.from_attrs(api.inspect_image(entry["Id"])))
            except NotFound:
                continue
            if found is not None:
                owned.images.append(found)
        image_ids = {c.image.id for c in owned.images}
        for entry in api.containers(all=True):
            if not claim.container(ContainerFacts.from_entry(entry), image_ids):
                continue
            try:
                c = self.client.containers.get(entry["Id"])
            except NotFound:
                continue
            if claim.container(ContainerFacts.from_attrs(c.attrs), image_ids):
                owned.containers.append(c)
        owned.volumes = [v["Name"] for v in (api.volumes().get("Volumes") or []) if claim.volume(v)]
        owned.networks = [(n["Id"], n["Name"]) for n in api.networks() if claim.network(n)]
        return owned

    def _remove(self, owned: Owned, report: ResetReport) -> list[str]:
        """Remove what is owned; returns the ids it could not remove (kept for the next reset)."""
        api = self.client.api
        left: list[str] = []
        for c in owned.containers:
            try:
                c.remove(force=True, v=True)
            except NotFound:
                continue  # gone meanwhile (--rm, or removed by hand)
            except APIError as exc:
                if exc.status_code == 409 and "in progress" in str(exc):
                    continue  # the daemon is removing it already (--rm)
                left.append(c.id)
                continue
            report.removed.append(Removed("container", c.name, c.id))
        # Newest first: an image built FROM another goes before its parent.
        for claim in sorted(owned.images, key=lambda c: c.image.created, reverse=True):
            for tag in claim.tags:
                try:
                    api.remove_image(tag)
                    report.removed.append(Removed("image", tag, claim.image.id))
                except NotFound:
                    pass
                except APIError:
                    pass  # still used by a container that is not the lab's: leave it
            if claim.whole:
                try:
                    attrs = api.inspect_image(claim.image.id)
                except NotFound:
                    continue
                if attrs.get("RepoTags"):
                    continue  # the learner tagged it for themselves meanwhile
                try:
                    api.remove_image(claim.image.id)
                    report.removed.append(Removed("image", claim.image.id[7:19] if claim.image.id.startswith("sha256:") else claim.image.id[:12], claim.image.id))
                except NotFound:
                    pass
                except APIError:
                    left.append(claim.image.id)
        things = [("volume", name, name, api.remove_volume) for name in owned.volumes]
        things += [("network", name, ident, api.remove_network) for ident, name in owned.networks]
        for kind, name, ident, remove in things:
            try:
                remove(ident)
                report.removed.append(Removed(kind, name, ident))
            except NotFound:
                pass
            except APIError:  # still in use by something that is not the lab's
                left.append(ident)
        return left

    def _tagged_since(self, since: float) -> set[str]:
        """References tagged since `since`, as far as the daemon's short event history reaches."""
        if not since:
            return set()
        stream = self.client.events(since=f"{since:.9f}", until=f"{time.time():.9f}", decode=True, filters={"type": "image", "event": "tag"})
        try:
            return {(e.get("Actor") or {}).get("Attributes", {}).get("name", "") for e in stream}
        finally:
            stream.close()

    def _labs_by_id(self) -> dict[str, Lab]:
        """Every lab of the content, read once per runner (80 ms a time): a reset while another lab
        is open needs the names that lab asks for. Empty when a lab file cannot be read."""
        if self._labs is None:
            try:
                self._labs = {other.id: other for other in load_labs(self.content_dir / "labs")}
            except Exception:  # noqa: BLE001 - a broken lab file is reported where labs are listed
                self._labs = {}
        return self._labs

    def _held_elsewhere(self, lab: Lab) -> dict[str, str]:
        """Names and ids that other labs' attempts hold (their set-up's, their leftovers, and the
        names those labs ask for while open) -> that lab's id."""
        held: dict[str, str] = {}
        by_id = self._labs_by_id()
        for a in self.attempts.open_elsewhere(lab):
            h = Holdings.from_json(a.resources)
            for key in [*h.containers, *h.images, *h.setup_ids(), *h.leftovers]:
                held[key] = a.lab_id
            other = by_id.get(a.lab_id)
            if other is not None and a.ended_at is None:
                containers, images = self._names(other)
                for key in containers | images:
                    held.setdefault(key, a.lab_id)
        return held

    def _protected(self, lab: Lab) -> set[str]:
        return set(self._held_elsewhere(lab))

    # --- what the lab holds --------------------------------------------------------------
    def resources(self, lab: Lab) -> list[Resource]:
        attempt = self.attempt(lab)
        if attempt is None:
            return []
        h = Holdings.from_json(attempt.resources)
        owned = self._owned(self._claim(lab, h))
        setup = h.setup_ids()
        out = []
        for claim in owned.images:
            img = claim.image
            name = (claim.tags or img.tags or (img.id[7:19],))[0]
            out.append(Resource("image", name, img.id, ", ".join(img.tags), "setup" if img.id in setup else "learner"))
        for c in owned.containers:
            if (c.labels or {}).get(PROBE_LABEL):
                continue
            out.append(Resource("container", c.name, c.id, c.status, "setup" if c.id in setup else "learner"))
        return out

