"""Image references as Docker reads them: the one rule for what `node` means.

`node`, `library/node`, `docker.io/library/node:latest` and `index.docker.io/library/node` name one
image. Grading compares a learner's command with the expected one in the `canonical` form; the labs
compare the image a container was run as, and the names daemon events carry, in the `familiar` form
that `docker images` and the events use (`node:latest`, `quizlab/app:1`, `localhost:5000/x:1`).

The grammar is Docker's own (distribution/reference): a first component is a registry only if it
looks like a host (a dot, a port, or `localhost`); names are lower case; a tag is added only when
there is neither a tag nor a digest. Only `re` is imported, so the labs' ownership rules can use it
without loading the grader.
"""

from __future__ import annotations

import re
from functools import lru_cache

DEFAULT_REGISTRY = "docker.io"
_DOCKER_HUB_ALIASES = ("index.docker.io", "registry-1.docker.io")
_NAME_COMPONENT = r"[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*"
_DOMAIN = r"(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:]+\])(?::[0-9]+)?"
_REFERENCE = re.compile(
    rf"^(?:(?P<domain>{_DOMAIN})/)?(?P<path>{_NAME_COMPONENT}(?:/{_NAME_COMPONENT})*)"
    rf"(?::(?P<tag>[\w][\w.-]{{0,127}}))?(?:@(?P<digest>[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{{32,}}))?$"
)
_IMAGE_ID = re.compile(r"^(?:sha256:)?[0-9a-f]{64}$")
MAX_LENGTH = 255


class InvalidReference(ValueError):
    """A reference Docker would refuse. `lower_case_would_do`: only its capitals are wrong."""

    def __init__(self, ref: str, lower_case_would_do: bool):
        super().__init__(f"invalid image reference {ref!r}")
        self.ref = ref
        self.lower_case_would_do = lower_case_would_do


@lru_cache(maxsize=4096)
def canonical(ref: str, default_tag: bool = True) -> str:
    """`node` -> `docker.io/library/node:latest`; a full image id -> `sha256:<id>`.
    Raises InvalidReference for a name Docker would refuse."""
    if _IMAGE_ID.match(ref):
        return ref if ref.startswith("sha256:") else "sha256:" + ref
    m = _REFERENCE.match(ref)
    if m is None or len(ref) > MAX_LENGTH:
        raise InvalidReference(ref, m is None and _REFERENCE.match(ref.lower()) is not None)
    domain, path, tag, digest = m.group("domain", "path", "tag", "digest")
    if domain is not None and not ("." in domain or ":" in domain or domain == "localhost" or domain != domain.lower()):
        path = f"{domain}/{path}"
        domain = None
    if domain is None or domain in _DOCKER_HUB_ALIASES:
        domain = DEFAULT_REGISTRY
    if domain == DEFAULT_REGISTRY and "/" not in path:
        path = "library/" + path
    out = f"{domain}/{path}"
    if tag is None and digest is None and default_tag:
        tag = "latest"
    if tag is not None:
        out += ":" + tag
    if digest is not None:
        out += "@" + digest.lower()
    return out


def short(normalized: str) -> str:
    """A canonical reference as a learner writes it: `docker.io/library/node:latest` -> `node:latest`."""
    for prefix in (f"{DEFAULT_REGISTRY}/library/", f"{DEFAULT_REGISTRY}/"):
        if normalized.startswith(prefix):
            return normalized[len(prefix) :]
    return normalized


def familiar(ref: str) -> str:
    """As `docker images` and the daemon's events name it: `node` -> `node:latest`,
    `docker.io/quizlab/app` -> `quizlab/app:latest`. A reference Docker would refuse comes back as
    typed (it names nothing on the daemon)."""
    try:
        return short(canonical(ref))
    except InvalidReference:
        return ref


def split_tag(normalized: str) -> tuple[str, str]:
    """(repository, tag) of a normalised reference; a digest comes back as "@sha256:…"."""
    if "@" in normalized:
        repo, _, digest = normalized.partition("@")
        slash, colon = repo.rfind("/"), repo.rfind(":")
        return (repo[:colon] if colon > slash else repo), "@" + digest
    slash = normalized.rfind("/")
    colon = normalized.rfind(":")
    if colon > slash:
        return normalized[:colon], normalized[colon + 1 :]
    return normalized, ""
