"""What the drawings of a lab show, read from the daemon: an image's layers, the containers made
from each image, and a container's lifecycle as its events arrive. Plain data; quizapp.gui.drawings
paints it.

- `layer_stack(client, ref)`: the image's history, oldest layer first, each step's instruction and
  size. `mark_shared(a, b)` marks the steps two images have in common from the bottom up: the same
  build step reused (the layer cache), or the same base image.
- `images_and_containers(client, wanted)`: containers grouped by the image they came from, each
  with its state (created, running, paused, exited, ...).
- `Lifecycle`: one container's states, moved along by the daemon's events (create, start, attach,
  detach, die, stop, destroy, ...); every transition is kept, so the last one can be lit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any, Callable, Iterable

from quizapp.core.labs.ownership import is_lab_container as _is_lab_container

# ----- image layers ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Layer:
    instruction: str  # as written in a Dockerfile: RUN ..., COPY ..., CMD [...]
    size: int  # bytes this step added (0 for metadata such as CMD or ENV)
    step_id: str  # the step's own image id, or "<missing>" (pulled images, BuildKit)
    created: int  # seconds since the epoch
    shared: bool = False  # the other image drawn beside it has this very step too


@dataclass(frozen=True)
class LayerStack:
    ref: str  # what the learner called it: a tag, or the short id
    image_id: str
    layers: list[Layer]  # oldest (the base) first

    @property
    def size(self) -> int:
        return sum(layer.size for layer in self.layers)

    def shared_count(self) -> int:
        return sum(1 for layer in self.layers if layer.shared)


_NOP = re.compile(r"^/bin/sh -c #\(nop\)\s+")
_SHELL = re.compile(r"^/bin/sh -c ")
_BUILDKIT = re.compile(r"\s*# buildkit$")
_FILE_DIGEST = re.compile(r"\b(file|dir|multi):([0-9a-f]{12})[0-9a-f]{52}\b")


def instruction_of(created_by: str) -> str:
    """A history entry's command as the Dockerfile instruction that made it.

    The classic builder writes metadata steps as `/bin/sh -c #(nop) CMD ...` and RUN steps as
    `/bin/sh -c COMMAND`; BuildKit writes `RUN /bin/sh -c COMMAND # buildkit`. A copied file's
    64-digit digest is cut to 12."""
    text = _BUILDKIT.sub("", (created_by or "").strip())
    if _NOP.match(text):
        text = _NOP.sub("", text)
    elif text.startswith("RUN /bin/sh -c "):
        text = "RUN " + text[len("RUN /bin/sh -c "):]
    elif _SHELL.match(text):
        text = "RUN " + _SHELL.sub("", text)
    text = _FILE_DIGEST.sub(lambda m: f"{m.group(1)}:{m.group(2)}…", text)
    return " ".join(text.split())


def layer_stack(client: Any, ref: str) -> LayerStack:
    """The layers of image `ref` (a tag or an id) from its history. Raises docker's NotFound for
    an image that is not there."""
    attrs = client.api.inspect_image(ref)
    history = client.api.history(ref)  # newest first
    layers = [
        Layer(instruction_of(h.get("CreatedBy", "")), int(h.get("Size") or 0), h.get("Id") or "<missing>", int(h.get("Created") or 0))
        for h in reversed(history)
    ]
    return LayerStack(ref, attrs["Id"], layers)


def _same_step(a: Layer, b: Layer) -> bool:
    if a.step_id != "<missing>" and b.step_id != "<missing>":
        return a.step_id == b.step_id
    return (a.instruction, a.size, a.created) == (b.instruction, b.size, b.created)


def mark_shared(a: LayerStack, b: LayerStack) -> tuple[LayerStack, LayerStack]:
    """Both stacks with the steps they share marked: the longest run of the same steps from the
    bottom up. A layer is the sum of every step under it, so a step after a difference is never
    shared even when its instruction is the same (that is why a changed COPY rebuilds every
    step after it)."""
    n = 0
    for x, y in zip(a.layers, b.layers):
        if not _same_step(x, y):
            break
        n += 1

    def marked(stack: LayerStack) -> LayerStack:
        return replace(stack, layers=[replace(layer, shared=i < n) for i, layer in enumerate(stack.layers)])

    return marked(a), marked(b)


def layer_stacks(client: Any, refs: list[str]) -> list[LayerStack]:
    """The stacks of those of `refs` that exist now, the first two marked against each other."""
    from docker.errors import NotFound

    stacks = []
    for ref in refs:
        try:
            stacks.append(layer_stack(client, ref))
        except NotFound:
            continue
    if len(stacks) >= 2:
        stacks[0], stacks[1] = mark_shared(stacks[0], stacks[1])
    return stacks


def human_size(size: int) -> str:
    """Sizes as `docker history` shows them: 0B, 3.22kB, 1.98MB (powers of 1000)."""
    value = float(size)
    for unit in ("B", "kB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            return f"{value:.0f}{unit}" if unit == "B" else f"{value:.3g}{unit}"
        value /= 1000
    return f"{size}B"  # pragma: no cover - the loop always returns


# ----- images and their containers ------------------------------------------------------------


@dataclass(frozen=True)
class ContainerBox:
    id: str
    name: str
    state: str  # created | running | paused | restarting | exited | dead | removing


@dataclass(frozen=True)
class ImageBox:
    id: str
    tags: list[str]
    containers: list[ContainerBox]

    @property
    def label(self) -> str:
        return self.tags[0] if self.tags else self.id.split(":")[-1][:12]


def is_lab_container(attrs: dict[str, Any]) -> bool:
    """A container a lab drawing shows, read off a list entry by ownership's rule for a lab's container."""
    name = (attrs.get("Names") or ["/"])[0].lstrip("/")
    return _is_lab_container(name, attrs.get("Image") or "")


def is_lab_event(event: dict[str, Any]) -> bool:
    """A daemon event about a lab's container, by ownership's rule for a lab's container."""
    attributes = (event.get("Actor") or {}).get("Attributes") or {}
    return _is_lab_container(attributes.get("name", ""), attributes.get("image", ""))


def images_and_containers(client: Any, wanted: Callable[[dict[str, Any]], bool] = is_lab_container) -> list[ImageBox]:
    """Every wanted container (stopped ones too), grouped under the image it was made from;
    images in the order their first container appears, containers oldest first."""
    rows = sorted(client.api.containers(all=True), key=lambda c: c.get("Created", 0))
    images: dict[str, ImageBox] = {}
    tags_of: dict[str, list[str]] = {}
    for row in rows:
        if not wanted(row):
            continue
        image_id = row.get("ImageID") or row.get("Image") or ""
        if image_id not in tags_of:
            try:
                tags_of[image_id] = list(client.api.inspect_image(image_id).get("RepoTags") or [])
            except Exception:  # noqa: BLE001 - an image removed under its container still shows, untagged
                tags_of[image_id] = []
        box = ContainerBox(row["Id"], (row.get("Names") or ["/?"])[0].lstrip("/"), row.get("State") or "created")
        current = images.get(image_id) or ImageBox(image_id, tags_of[image_id], [])
        images[image_id] = replace(current, containers=[*current.containers, box])
    return list(images.values())


# ----- a container's lifecycle ----------------------------------------------------------------

CREATED, RUNNING, PAUSED, EXITED, REMOVED = "created", "running", "paused", "exited", "removed"
STATES = (CREATED, RUNNING, PAUSED, EXITED, REMOVED)

# Which state each container event leaves the container in. attach and detach leave it where it
# is (a terminal joining or leaving a running container); kill is followed by die.
_AFTER = {
    "create": CREATED,
    "start": RUNNING,
    "restart": RUNNING,
    "unpause": RUNNING,
    "pause": PAUSED,
    "die": EXITED,
    "stop": EXITED,
    "oom": EXITED,
    "destroy": REMOVED,
}
_STAYS = ("attach", "detach", "kill", "rename", "resize")


@dataclass(frozen=True)
class Transition:
    action: str  # the daemon's event: create, start, attach, detach, die, stop, destroy, ...
    before: str | None  # None for the create that brought the container into being
    after: str
    time_nano: int


@dataclass
class Lifecycle:
    """One container's life as its events tell it."""

    container_id: str
    name: str = ""
    state: str | None = None  # None until its create is seen
    auto_remove: bool = False  # made with --rm
    transitions: list[Transition] = field(default_factory=list)

    def apply(self, event: dict[str, Any]) -> Transition | None:
        """Move along by one daemon event (as client.events(decode=True) gives it); returns the
        transition, or None for an event about something else or one that changes nothing."""
        actor = event.get("Actor") or {}
        if event.get("Type") != "container" or (actor.get("ID") or event.get("id")) != self.container_id:
            return None
        action = (event.get("Action") or event.get("status") or "").split(":")[0]
        attributes = actor.get("Attributes") or {}
        self.name = attributes.get("name", self.name)
        if action in _STAYS:
            if self.state is None or action in ("kill", "rename", "resize"):
                return None
            after = self.state
        elif action in _AFTER:
            after = _AFTER[action]
            if after == self.state:  # stop after die: already exited
                return None
        else:
            return None
        step = Transition(action, self.state, after, int(event.get("timeNano") or 0))
        self.state = after
        self.transitions.append(step)
        return step

    @property
    def last(self) -> Transition | None:
        return self.transitions[-1] if self.transitions else None

    def path(self) -> list[str]:
        """The states visited, in order (attach and detach kept as the actions they are)."""
        return [t.after if t.action not in ("attach", "detach") else t.action for t in self.transitions]


def follow(lifecycles: dict[str, Lifecycle], events: Iterable[dict[str, Any]], wanted: Callable[[dict[str, Any]], bool] | None = None) -> list[Transition]:
    """Feed `events` to the lifecycles they are about, starting one at each container's create
    (when `wanted` accepts its event, or always without `wanted`); returns the transitions made."""
    made = []
    for event in events:
        if event.get("Type") != "container":
            continue
        cid = (event.get("Actor") or {}).get("ID") or event.get("id")
        if not cid:
            continue
        life = lifecycles.get(cid)
        if life is None:
            if event.get("Action") != "create" or (wanted is not None and not wanted(event)):
                continue
            life = lifecycles[cid] = Lifecycle(cid)
        step = life.apply(event)
        if step is not None:
            made.append(step)
    return made


# ----- fixed examples, for cards (no daemon) --------------------------------------------------

# Concepts a card's drawing is chosen by: an image's layers and the layer cache, or a container's
# lifecycle (its states and the commands between them).
LAYER_CONCEPTS = frozenset({"cache-invalidation", "cache-friendly-order", "image-snapshot"})
LIFECYCLE_CONCEPTS = frozenset(
    {
        "run-creates-container", "run-vs-start", "attached-detached", "attach", "stop", "start-interactive", "rm",
        "run-rm", "ctrl-c-attached", "ctrl-c-stops", "run-restarts", "start-attached", "ps-all", "q-ctrl-c",
    }
)


def picture_for(concept_ids: Iterable[str]) -> str | None:
    """"layers", "lifecycle" or None: the drawing a card about these concepts shows with its
    answer (the first concept that has one decides)."""
    for concept_id in concept_ids:
        if "layer" in concept_id or concept_id in LAYER_CONCEPTS:
            return "layers"
        if concept_id in LIFECYCLE_CONCEPTS:
            return "lifecycle"
    return None


def example_layer_stacks() -> list[LayerStack]:
    """A node app's image before and after its code changed, built from a cache-friendly
    Dockerfile: the base and the dependency steps are reused, `COPY . .` and what follows are not."""
    base = [
        Layer("ADD file:4b1c… in /", 77_800_000, "<missing>", 1_700_000_000),
        Layer('CMD ["node"]', 0, "<missing>", 1_700_000_001),
    ]

    def stack(ref: str, image_id: str, code_size: int, built: int, code_step: str) -> LayerStack:
        own = [
            Layer("WORKDIR /app", 0, "sha256:aa01", 1_700_100_000),
            Layer("COPY package.json /app", 1_200, "sha256:aa02", 1_700_100_001),
            Layer("RUN npm install", 31_500_000, "sha256:aa03", 1_700_100_020),
            Layer("COPY . /app", code_size, code_step, built),
            Layer("EXPOSE 80", 0, code_step + "e", built + 1),
            Layer('CMD ["node", "server.js"]', 0, code_step + "c", built + 2),
        ]
        return LayerStack(ref, image_id, base + own)

    return list(mark_shared(stack("app:1", "sha256:1111", 48_000, 1_700_100_030, "sha256:bb04"), stack("app:2", "sha256:2222", 49_500, 1_700_200_000, "sha256:cc04")))


def example_lifecycle() -> Lifecycle:
    """`docker run -it --name web node` (created, attached, running), Ctrl+P Ctrl+Q (detached),
    then `docker stop web` (exited): the path a learner's container takes, as its events tell it."""
    cid = "e" * 64
    actions = ["create", "attach", "start", "detach", "kill", "die", "stop"]
    lifecycles: dict[str, Lifecycle] = {}
    follow(
        lifecycles,
        (
            {"Type": "container", "Action": action, "Actor": {"ID": cid, "Attributes": {"name": "web", "image": "node"}}, "timeNano": i}
            for i, action in enumerate(actions, 1)
        ),
    )
    return lifecycles[cid]
