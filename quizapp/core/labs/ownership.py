"""What belongs to one attempt at a lab: the rules, over the daemon's list entries, that reset, the
live panel and live cards all use.

A lab may remove only what it made. What it made is known by what the app recorded when it made
it (set-up's container and image ids, the attempt's start time and token), never by a label an
image carries: Docker hands an image's labels to every image built FROM it and to every container
made from it, so a label says nothing about who made a thing. The shared things (the base image,
the lab registries) are known by the ids the app recorded for them and are never an attempt's.

An attempt owns:
- containers: set-up's (by id); any holding a name the lab asks for (start refuses to begin while
  the learner's own thing holds one, so whatever holds one later came with the attempt); and those
  created since the attempt began from an image of the labs (the base, a helper, the lab's) or from
  an image the attempt owns, or labelled by this attempt (its token, its lab, a check's probe);
- images: set-up's (by id); those built from the attempt's folder (its token, created since it
  began); and tags in the labs' namespace (`quizlab/...`, also behind a lab registry's address)
  that the lab asks for, or that were created or tagged since the attempt began;
- volumes and networks created since the attempt began under a `quizlab-` name or a name the lab
  asks for (anonymous volumes go with their containers).
Nothing that another open attempt holds (by name or id) is ever this one's.

Pure functions of plain data: no docker import, unit-tested over list entries.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any, Iterable

from quizapp.core.imageref import InvalidReference, canonical, familiar

BASE_REF = "quizlab/base:1"
LAB_NAME_PREFIX = "quizlab-"  # containers, volumes, networks
LAB_IMAGE_NAMESPACE = "quizlab/"
DECLARED_CONTAINER_NAME = r"quizlab-[a-z0-9][a-z0-9-]*"
TOKEN_LABEL = "quizlab.token"  # written by the lab's own Dockerfiles: LABEL quizlab.token="{token}"
LAB_LABEL = "quizapp.lab"  # set-up's containers
PROBE_LABEL = "quizapp.probe"  # containers a check starts to look inside an image
_REGISTRY_PREFIX = re.compile(r"^(?:localhost|127\.0\.0\.1):\d+/")


# --- the typed record of what an attempt holds ------------------------------------------------
@dataclass
class Holdings:
    """What one attempt holds, as stored with it (`lab_attempts.resources`)."""

    # Host wall-clock times (the daemon stamps its own with the same clock): `began` when set-up
    # began (what is made from then on may be the attempt's), `since` when it ended (checks judge
    # the learner's events from then on).
    began: float = 0.0
    since: float = 0.0
    token: str | None = None
    containers: dict[str, str] = field(default_factory=dict)  # set-up's: name -> id
    images: dict[str, str] = field(default_factory=dict)  # set-up's: ref -> id
    registry: str | None = None  # plain | auth, when the lab uses a lab registry
    recorder_pid: int | None = None
    solved: bool = False  # the reference solution ran: a pass is not the learner's own
    cleaned: bool = False  # a reset removed everything the attempt owned
    # Ids a reset found as the attempt's but could not remove (a daemon that went away, say):
    # the next reset or start takes them back first.
    leftovers: list[str] = field(default_factory=list)

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> Holdings:
        data = dict(data or {})
        known = {f for f in cls.__dataclass_fields__}
        h = cls(**{k: v for k, v in data.items() if k in known})
        h.since = float(h.since or 0.0)
        h.began = float(h.began or h.since)
        return h

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    def setup_ids(self) -> set[str]:
        return set(self.containers.values()) | set(self.images.values())


# --- facts read off the daemon's list entries ------------------------------------------------
def parse_time(value: Any) -> float:
    """Seconds since the epoch from a list entry's `Created` (whole seconds) or an inspect's
    RFC 3339 time with nanoseconds; 0 when unknown."""
    if value is None or value == "":
        return 0.0
    if isinstance(value, (int, float)):
        return float(value)
    text = str(value)
    m = re.match(r"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d+))?(Z|[+-]\d\d:\d\d)?", text)
    if not m:
        return 0.0
    base, frac, tz = m.groups()
    stamp = datetime.fromisoformat(base + ("+00:00" if tz in (None, "Z") else tz)).timestamp()
    return stamp + (float("0." + frac) if frac else 0.0)


# --- the labs' names: one rule for what a lab file may declare and for what the daemon lists --
def without_registry(ref: str) -> str:
    """`localhost:5000/quizlab/web:1` -> `quizlab/web:1`; a missing tag reads as `latest`."""
    return familiar(_REGISTRY_PREFIX.sub("", ref))


def is_lab_name(name: str) -> bool:
    """A container, volume or network name in the labs' namespace (`quizlab-…`). Whatever follows
    the prefix: a learner's `quizlab-Web_2` made during an attempt is the attempt's too."""
    return name.startswith(LAB_NAME_PREFIX)


def is_lab_ref(ref: str) -> bool:
    """A reference in the labs' namespace (`quizlab/...`, also behind a lab registry's address or
    spelled with Docker Hub's own `docker.io/`)."""
    return without_registry(ref).startswith(LAB_IMAGE_NAMESPACE)


def is_lab_container(name: str, image: str) -> bool:
    """A lab's container, as the live panel, the drawings and the event follower see one: named
    `quizlab-…`, or made from an image in the labs' namespace (not one whose name merely holds
    `quizlab`, like `notquizlab/web` or `someone/quizlab/web`)."""
    return is_lab_name(name) or is_lab_ref(image)


def declared_name_problem(name: str, *, image: bool = True) -> str | None:
    """Why a lab file may not declare `name` (a container set-up makes, or, with `image`, a name
    the lab asks for), or None: `quizlab-` then lower-case letters, digits and hyphens, or an image
    reference Docker accepts in the labs' namespace."""
    if name.startswith(LAB_NAME_PREFIX):
        if re.fullmatch(DECLARED_CONTAINER_NAME, name):
            return None
        return f"container name {name!r}: after quizlab-, only lower-case letters, digits and hyphens (not first)"
    if not image:
        return f"container name {name!r} must start with quizlab-"
    if name.startswith(LAB_IMAGE_NAMESPACE):
        try:
            canonical(name)
            return None
        except InvalidReference:
            return f"image name {name!r} is not one Docker accepts"
    return f"name {name!r} must start with quizlab- (container) or quizlab/ (image)"


@dataclass(frozen=True)
class ContainerFacts:
    id: str
    name: str
    image_id: str
    created: float  # whole seconds from a list entry, to the nanosecond from an inspect
    labels: dict[str, str]
    precise: bool = False
    volumes: tuple[str, ...] = ()  # named volumes it mounts

    @classmethod
    def from_entry(cls, entry: dict[str, Any]) -> ContainerFacts:
        names = [n.lstrip("/") for n in entry.get("Names") or []]
        mounts = tuple(m.get("Name", "") for m in entry.get("Mounts") or [] if m.get("Type") == "volume")
        return cls(entry["Id"], names[0] if names else "", entry.get("ImageID", ""), parse_time(entry.get("Created")), entry.get("Labels") or {}, False, mounts)

    @classmethod
    def from_attrs(cls, attrs: dict[str, Any]) -> ContainerFacts:
        mounts = tuple(m.get("Name", "") for m in attrs.get("Mounts") or [] if m.get("Type") == "volume")
        config = attrs.get("Config") or {}
        return cls(attrs["Id"], attrs.get("Name", "").lstrip("/"), attrs.get("Image", ""), parse_time(attrs.get("Created")), config.get("Labels") or {}, True, mounts)


@dataclass(frozen=True)
class ImageFacts:
    id: str
    tags: tuple[str, ...]
    created: float
    labels: dict[str, str]
    precise: bool = False

    @classmethod
    def from_entry(cls, entry: dict[str, Any]) -> ImageFacts:
        tags = tuple(t for t in entry.get("RepoTags") or [] if t != "<none>:<none>")
        return cls(entry["Id"], tags, parse_time(entry.get("Created")), entry.get("Labels") or {}, False)

    @classmethod
    def from_attrs(cls, attrs: dict[str, Any]) -> ImageFacts:
        config = attrs.get("Config") or {}
        return cls(attrs["Id"], tuple(attrs.get("RepoTags") or []), parse_time(attrs.get("Created")), config.get("Labels") or {}, True)


@dataclass(frozen=True)
class ImageClaim:
    """An image the attempt owns: remove `tags`; with `whole`, the image itself once untagged."""

    image: ImageFacts
    tags: tuple[str, ...]
    whole: bool


# --- the rules -------------------------------------------------------------------------------
@dataclass
class Claim:
    """The rules for one attempt of one lab.

    `container_names`/`image_names`: the names the lab asks for (images normalized, without a
    registry address). `lab_image_ids`: the labs' own images (the base, helpers) that a container
    made since the attempt began makes the attempt's. `shared_ids`: the base image and the lab
    registries' containers, never anyone's to remove. `protected`: names and ids other open attempts
    hold. `tagged_since`: references tagged since the attempt began (from the daemon's events, when
    it still has them; creation times cover the rest)."""

    lab_id: str
    holdings: Holdings
    container_names: set[str] = field(default_factory=set)
    image_names: set[str] = field(default_factory=set)
    lab_image_ids: set[str] = field(default_factory=set)
    shared_ids: set[str] = field(default_factory=set)
    protected: set[str] = field(default_factory=set)
    tagged_since: set[str] = field(default_factory=set)

    # -- time: a list entry knows whole seconds only, so it may pass where the full read fails
    def _since(self, created: float, precise: bool) -> bool:
        since = self.holdings.began or self.holdings.since
        return created >= since if precise else int(created) >= int(since)

    def _held_elsewhere(self, *keys: str) -> bool:
        return any(k in self.protected for k in keys if k)

    # -- images ----------------------------------------------------------------------------
    def image(self, img: ImageFacts) -> ImageClaim | None:
        """The attempt's claim on an image, or None. Run over list entries to find candidates, then
        over full reads (creation times to the nanosecond) to decide."""
        h = self.holdings
        if img.id in self.shared_ids or self._held_elsewhere(img.id):
            return None
        lab_tags = tuple(t for t in img.tags if is_lab_ref(t) and without_registry(t) != BASE_REF and not self._held_elsewhere(t, without_registry(t)))
        recent = self._since(img.created, img.precise)
        made = img.id in h.setup_ids() or img.id in h.leftovers or bool(h.token and img.labels.get(TOKEN_LABEL) == h.token and recent)
        if made:
            # Built by the attempt (its set-up or its folder): every tag it carries came with it.
            return ImageClaim(img, tuple(t for t in img.tags if not self._held_elsewhere(t)), True)
        kept = tuple(t for t in lab_tags if without_registry(t) in self.image_names or recent or t in self.tagged_since)
        if kept:
            return ImageClaim(img, kept, False)
        return None

    def owned_images(self, images: Iterable[ImageFacts]) -> list[ImageClaim]:
        return [c for c in (self.image(i) for i in images) if c is not None]

    # -- containers ------------------------------------------------------------------------
    def container(self, c: ContainerFacts, owned_image_ids: set[str] = frozenset()) -> bool:
        h = self.holdings
        if c.id in self.shared_ids or self._held_elsewhere(c.id, c.name):
            return False
        if c.id in h.setup_ids() or c.id in h.leftovers or c.name in self.container_names:
            return True
        if not self._since(c.created, c.precise):
            return False
        labels = c.labels
        by_label = bool(h.token and labels.get(TOKEN_LABEL) == h.token) or labels.get(LAB_LABEL) == self.lab_id or bool(labels.get(PROBE_LABEL))
        return by_label or c.image_id in self.lab_image_ids or c.image_id in owned_image_ids or c.image_id in h.setup_ids()

    # -- volumes and networks --------------------------------------------------------------
    def _named_since(self, name: str, created: float, ident: str, precise: bool) -> bool:
        if self._held_elsewhere(name, ident):
            return False
        if ident and ident in self.holdings.leftovers:
            return True
        return (is_lab_name(name) or name in self.container_names) and self._since(created, precise)

    def volume(self, entry: dict[str, Any]) -> bool:
        """A `volumes()` list entry (`Name`, `CreatedAt`: whole seconds only)."""
        return self._named_since(entry.get("Name", ""), parse_time(entry.get("CreatedAt")), entry.get("Name", ""), False)

    def network(self, entry: dict[str, Any]) -> bool:
        """A `networks()` list entry (`Id`, `Name`, `Created` to the nanosecond)."""
        return self._named_since(entry.get("Name", ""), parse_time(entry.get("Created")), entry.get("Id", ""), True)


def needed_names(names: Iterable[str], setup_containers: Iterable[str], setup_images: Iterable[str]) -> tuple[set[str], set[str]]:
    """(container names, normalized image references) a lab asks for: its `quizlab-` and
    `quizlab/` names and what its set-up makes."""
    names = list(names)
    containers = {n for n in names if is_lab_name(n)} | set(setup_containers)
    images = {without_registry(n) for n in [*names, *setup_images] if is_lab_ref(n)}
    images.discard(BASE_REF)
    return containers, images
