"""The lab file format (`content/labs/<id>/lab.yaml`), validated by pydantic.

A lab file says what the learner reads (title, task, hints, concepts), what set-up makes, the
reference solution, which answers the learner gives, and the checks that judge the daemon's state.
Strings a learner sees are `{ko, en}`; `{name}` placeholders in them are filled from the lab's
params (`{port}`, `{workdir}`, `{user}`, ...), which set-up may change (a taken port).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from quizapp.core.content.model import Text as CardText
from quizapp.core.i18n import both
from quizapp.core.labs.ownership import declared_name_problem
from quizapp.core.labs.params import fill_params
from quizapp.core.lazy import LazyModule

yaml = LazyModule("yaml")  # lab files are read after the first card is shown
# The checks bring the docker SDK (150 ms); reading a lab file needs only their names, when it validates.
checks = LazyModule("quizapp.core.labs.checks")

ID_PATTERN = r"^[a-z0-9][a-z0-9-]*[a-z0-9]$"


class LabFileError(ValueError):
    """A lab file that cannot be used; the message names the file and the place."""


class Text(CardText):
    """The cards' bilingual text, plus filling in a lab's {params}."""

    def format(self, params: dict[str, Any]) -> dict[str, str]:
        """Filled in; a Korean particle written after a {param} as "을(를)" fits the value."""
        return both(fill_params(self.ko, params), fill_params(self.en, params))


class SetupContainer(BaseModel):
    """A container set-up creates (and starts unless `start: false`)."""

    model_config = ConfigDict(extra="forbid")
    name: str
    image: str
    # container port -> name of the param holding the host port
    ports: dict[int, str] = Field(default_factory=dict)
    tty: bool = False
    stdin_open: bool = False
    start: bool = True

    @field_validator("name")
    @classmethod
    def _in_the_labs_namespace(cls, name: str) -> str:
        if (problem := declared_name_problem(name, image=False)) is not None:
            raise ValueError(problem)
        return name


class Setup(BaseModel):
    model_config = ConfigDict(extra="forbid")
    # Helper images from content/labs/_images/<name> (built as quizlab/<name>:1).
    images: list[str] = Field(default_factory=list)
    # Images set-up builds from the lab's own work folder: tag -> folder relative to the work folder.
    build: dict[str, str] = Field(default_factory=dict)
    containers: list[SetupContainer] = Field(default_factory=list)
    registry: Literal["plain", "auth"] | None = None
    # Record each new container's configuration as the daemon creates it (for `--rm` checks,
    # whose containers are gone by the time the learner presses Check).
    record: bool = False


class SolutionStep(BaseModel):
    """One step of the reference solution.

    `run` is a docker command line (shown to the learner as written); `input` lines are typed
    into it through a pseudo-terminal, which is how `-it` steps run without a learner.
    `detach_keys` sends Ctrl+P Ctrl+Q after the input. `append`/`replace` edit a work-folder file.
    """

    model_config = ConfigDict(extra="forbid")
    run: str | None = None
    input: list[str] = Field(default_factory=list)
    detach_keys: bool = False
    wait: float = 0.0  # seconds to let output appear before typing
    append: str | None = None
    replace: str | None = None
    text: str | None = None
    old: str | None = None
    new: str | None = None

    @model_validator(mode="after")
    def _one_kind(self) -> "SolutionStep":
        kinds = [k for k in ("run", "append", "replace") if getattr(self, k)]
        if len(kinds) != 1:
            raise ValueError("a solution step is exactly one of run, append, replace")
        if self.append and self.text is None:
            raise ValueError("append needs text")
        if self.replace and (self.new is None):
            raise ValueError("replace needs new (and old, or none to overwrite the file)")
        return self

    def shown(self) -> str:
        if self.run:
            return self.run
        if self.append:
            return f"# edit {self.append}: add {self.text!r}"
        return f"# edit {self.replace}: {self.old!r} -> {self.new!r}"


class Answer(BaseModel):
    """A value the learner reads and types back; `fact` says where the daemon holds it."""

    model_config = ConfigDict(extra="forbid")
    prompt: Text
    fact: dict[str, Any]

    @field_validator("fact")
    @classmethod
    def _fact_kind(cls, fact: dict[str, Any]) -> dict[str, Any]:
        if fact.get("kind") not in checks.FACTS:
            raise ValueError(f"fact kind {fact.get('kind')!r} is not one of {sorted(checks.FACTS)}")
        return fact


class CheckSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    id: str = Field(pattern=ID_PATTERN)
    kind: str
    args: dict[str, Any] = Field(default_factory=dict)
    pass_: Text = Field(alias="pass")
    fail: Text

    @field_validator("kind")
    @classmethod
    def _known_kind(cls, kind: str) -> str:
        if kind not in checks.CHECKS:
            raise ValueError(f"check kind {kind!r} is not one of {sorted(checks.CHECKS)}")
        return kind


class Lab(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=ID_PATTERN)
    title: Text
    concepts: list[str] = Field(min_length=1)
    task: Text
    hints: list[Text] = Field(default_factory=list)
    params: dict[str, Any] = Field(default_factory=dict)
    # Params that are TCP ports on the host: a taken one is replaced by a free one.
    ports: list[str] = Field(default_factory=list)
    setup: Setup = Field(default_factory=Setup)
    # Names this lab's learner creates: set-up refuses when something foreign holds one.
    names: list[str] = Field(default_factory=list)
    answers: dict[str, Answer] = Field(default_factory=dict)
    solution: list[SolutionStep] = Field(min_length=1)
    checks: list[CheckSpec] = Field(min_length=1)
    folder: Path | None = None

    @model_validator(mode="after")
    def _consistent(self) -> "Lab":
        for p in self.ports:
            if p not in self.params:
                raise ValueError(f"ports lists {p!r}, which is not in params")
        ids = [c.id for c in self.checks]
        if len(set(ids)) != len(ids):
            raise ValueError(f"check ids repeat: {ids}")
        for name in self.names:
            if (problem := declared_name_problem(name)) is not None:
                raise ValueError(problem)
        return self

    @property
    def files_dir(self) -> Path | None:
        return self.folder / "files" if self.folder else None

    def solution_text(self, params: dict[str, Any]) -> list[str]:
        return [fill_params(step.shown(), params) for step in self.solution]


def load_lab(folder: Path) -> Lab:
    path = folder / "lab.yaml"
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise LabFileError(f"{path}: missing lab file") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark else ""
        raise LabFileError(f"{path}{where}: not valid YAML: {exc}") from None
    if not isinstance(raw, dict):
        raise LabFileError(f"{path}: the lab file must be a mapping")
    try:
        lab = Lab.model_validate({**raw, "folder": folder})
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())
        raise LabFileError(f"{path}: {problems}") from None
    if lab.id != folder.name:
        raise LabFileError(f"{path}: id {lab.id!r} differs from the folder name {folder.name!r}")
    return lab


def load_labs(content_dir: Path) -> list[Lab]:
    """Every lab under `content_dir/labs` (or `content_dir` itself when it holds lab folders)."""
    base = content_dir / "labs" if (content_dir / "labs").is_dir() else content_dir
    labs = [load_lab(d) for d in sorted(base.iterdir()) if d.is_dir() and (d / "lab.yaml").is_file()]
    order = {lab_id: i for i, lab_id in enumerate(LAB_ORDER)}
    labs.sort(key=lambda lab: (order.get(lab.id, len(order)), lab.id))
    return labs


# The curriculum's order, which is also the order a learner meets them.
LAB_ORDER = (
    "hello-container",
    "build-and-run",
    "rebuild-snapshot",
    "layer-cache",
    "logs-and-attach",
    "stop-and-start",
    "interactive-input",
    "clean-up",
    "inspect-and-copy",
    "name-and-tag",
    "push-and-pull",
    "registry-login",
)
