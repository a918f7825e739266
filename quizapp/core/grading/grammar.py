"""The docker CLI grammar the grader understands: every command of the docker client.

The commands, their aliases, arguments and options come from `docker_cli.py`, generated from the
client's own `--help` by `scripts/generate_docker_grammar.py`. Help does not say everything the grader
needs, so this module adds, by hand:

- how a value is compared (`NORM_BY_TYPE`, `NORM_BY_OPTION`): `bytes` (512m is 512M), `decimal` (.5 is
  0.5), `int`, `duration` (1m is 60s), `port` for -p (ranges expanded), `volume` (`:rw` is the default),
  `image`, `lower`, `dockerfile`, `expose`;
- hidden spellings the client accepts but does not list (`HIDDEN_ALIASES`: `--net`, `--time`);
- switches that turn on another (`IMPLIES`: `docker start -i` attaches too);
- the options of BuildKit's `docker build` that the legacy builder's help lacks (`BUILDX_OPTIONS`);
- the kind of each argument, read from the usage line (`_ARG_KINDS`).

Canonical command names are docker's one-word spellings where one exists (`docker container ls` ->
"ps", `docker image rm` -> "rmi", `docker container exec` -> "exec"); the others keep their group
("image inspect", "network create"). `docker inspect` is "inspect".

An option's kind is `bool` (a switch; `--x=false` turns it off), `value` (one value; given twice, the last
wins, as in the docker CLI) or `list` (repeatable; the order of repetitions does not matter).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from quizapp.core.grading.docker_cli import COMMANDS, DOCKER_VERSION, GLOBAL_OPTIONS

# pflag types that repeat (each use adds one or more items).
LIST_TYPES = frozenset(
    "list strings filter ulimit map mount network port pref secret config external-ca stringToString "
    "ipNetSlice stringArray stringSlice".split()
)
# Types whose comma-separated value is several items (`--cache-from a,b` is `--cache-from a --cache-from b`).
COMMA_TYPES = frozenset({"strings", "stringSlice", "ipNetSlice"})
NORM_BY_TYPE = {
    "bytes": "bytes",
    "decimal": "decimal",
    "float": "decimal",
    "int": "int",
    "int64": "int",
    "uint": "int",
    "uint16": "int",
    "uint32": "int",
    "uint64": "int",
    "duration": "duration",
}
# (canonical command or "*", option) -> normaliser.
NORM_BY_OPTION = {
    ("run", "publish"): "port",
    ("create", "publish"): "port",
    ("run", "expose"): "expose",
    ("create", "expose"): "expose",
    ("run", "volume"): "volume",
    ("create", "volume"): "volume",
    ("run", "attach"): "lower",
    ("create", "attach"): "lower",
    ("build", "tag"): "image",
    ("build", "file"): "dockerfile",
}
HIDDEN_ALIASES = {
    ("run", "network"): ("net",),
    ("create", "network"): ("net",),
    ("run", "network-alias"): ("net-alias",),
    ("create", "network-alias"): ("net-alias",),
    ("stop", "timeout"): ("time",),
    ("restart", "timeout"): ("time",),
}
IMPLIES = {("start", "interactive"): "attach"}
# Options whose help type or default does not say how docker treats them: (command, option) -> (kind, default).
OVERRIDES = {
    # One network mode, "default" (the bridge) when absent; `--network` is a NetworkOpt in help.
    ("run", "network"): ("value", "default"),
    ("create", "network"): ("value", "default"),
}
# `docker build` is BuildKit (buildx) wherever Docker Desktop or Engine 23+ runs; its options beyond the
# legacy builder's help, from `docker buildx build --help`: (short, long, type, default).
BUILDX_OPTIONS = (
    ("", "allow", "list", None),
    ("", "annotation", "list", None),
    ("", "attest", "list", None),
    ("", "build-context", "list", None),
    ("", "builder", "string", None),
    ("", "cache-to", "list", None),
    ("", "call", "string", "build"),
    ("", "check", "bool", None),
    ("", "load", "bool", None),
    ("", "metadata-file", "string", None),
    ("", "no-cache-filter", "list", None),
    ("o", "output", "list", None),
    ("", "progress", "string", "auto"),
    ("", "provenance", "string", None),
    ("", "push", "bool", None),
    ("", "sbom", "string", None),
    ("", "secret", "list", None),
    ("", "ssh", "list", None),
)
# Commands whose options end at the first argument: what follows is a command for the container (or ps).
NOT_INTERSPERSED = frozenset({"run", "create", "exec", "top", "service create"})
# Plugins of the docker CLI (not part of the client itself): known, but not graded.
PLUGIN_COMMANDS = frozenset({"compose", "buildx", "scout", "init", "debug", "model", "ai", "sbom", "extension", "dev"})

# Usage placeholders -> argument kinds the grader compares with meaning.
_ARG_KINDS = {
    "IMAGE": "image",
    "IMAGE:TAG": "image",
    "self|NODE": "node",
    "NAME": "image",
    "SOURCE_IMAGE": "image",
    "TARGET_IMAGE": "image",
    "REPOSITORY": "image",
    "CONTAINER": "container",
    "CONTAINER:SRC_PATH": "cppath",
    "DEST_PATH|-": "cppath",
    "PATH|URL|-": "context",
    "CONTEXT": "docker-context",
    "SERVER": "server",
    "NAME|ID": "object",
    "COMMAND": "command",
    "ARG": "command",
    "ps OPTIONS": "command",
}
# `docker images [REPOSITORY[:TAG]]` filters by repository: no tag is not `latest` there.
_ARG_OVERRIDES = {"images": "repository?"}


@dataclass(frozen=True)
class OptionSpec:
    name: str  # canonical long name without dashes
    short: str | None
    kind: str  # "bool" | "value" | "list"
    default: str | None
    norm: str | None
    aliases: tuple[str, ...] = ()
    implies: str | None = None
    comma: bool = False  # a value "a,b" is two items


@dataclass(frozen=True)
class ArgSpec:
    kind: str
    repeat: str  # "" once, "?" optional, "+" one or more, "*" any


@dataclass(frozen=True)
class SubcommandSpec:
    name: str
    args: tuple[ArgSpec, ...]
    interspersed: bool
    by_long: dict[str, OptionSpec]
    by_short: dict[str, OptionSpec]

    @property
    def min_args(self) -> int:
        return sum(1 for a in self.args if a.repeat in ("", "+"))

    @property
    def max_args(self) -> int | None:
        if any(a.repeat in ("+", "*") for a in self.args):
            return None
        return len(self.args)


def _canonical(aliases: tuple[str, ...]) -> str:
    one_word = [a for a in aliases if " " not in a]
    return one_word[0] if one_word else aliases[0]


@lru_cache(maxsize=1)
def _entries() -> dict[str, dict]:
    """Canonical name -> generated entry."""
    return {_canonical(entry["aliases"]): entry for entry in COMMANDS.values()}


def command_names() -> list[str]:
    """Every canonical command name, e.g. "run", "exec", "network create"."""
    return list(_entries())


# Kept for callers that list the grammar: canonical name -> {"aliases", "usage"}.
SUBCOMMAND_TABLE: dict[str, dict] = {
    _canonical(e["aliases"]): {"aliases": e["aliases"], "usage": e["usage"]} for e in COMMANDS.values()
}


def _usage_args(usage: str) -> tuple[ArgSpec, ...]:
    """`container run [OPTIONS] IMAGE [COMMAND] [ARG...]` -> image, command*."""
    text = usage.replace(" | ", "|").replace("[ps OPTIONS]", "[ps_OPTIONS...]").replace("[OPTIONS]", "")
    words = [w for w in text.split() if w != "OPTIONS"]
    # Drop the command's own words.
    while words and re.fullmatch(r"[a-z][a-z-]*", words[0]):
        words.pop(0)
    raw: list[tuple[str, bool, bool]] = []  # (placeholder, optional, repeated)
    for word in words:
        optional = word.startswith("[") and word.endswith("]")
        if optional:
            word = word[1:-1]
        repeated = word.endswith("...")
        word = word.removesuffix("...")
        word = re.sub(r"\[.*\]$", "", word).replace("ps_OPTIONS", "ps OPTIONS")
        raw.append((word, optional, repeated))
    specs: list[ArgSpec] = []
    i = 0
    while i < len(raw):
        word, optional, repeated = raw[i]
        kind = _ARG_KINDS.get(word, word.lower() or "arg")
        nxt = raw[i + 1] if i + 1 < len(raw) else None
        # X [X...] is X+; [X] [X...] is X*; COMMAND [ARG...] is command+.
        if nxt is not None and nxt[2] and _ARG_KINDS.get(nxt[0], nxt[0].lower()) == kind:
            specs.append(ArgSpec(kind, "*" if optional else "+"))
            i += 2
            continue
        specs.append(ArgSpec(kind, "*" if repeated else "?" if optional else ""))
        i += 1
    return tuple(specs)


def _parse_args_text(text: str) -> tuple[ArgSpec, ...]:
    specs = []
    for word in text.split():
        repeat = word[-1] if word[-1] in "?+*" else ""
        specs.append(ArgSpec(word.rstrip("?+*"), repeat))
    return tuple(specs)


def _option_specs(command: str, options) -> tuple[dict[str, OptionSpec], dict[str, OptionSpec]]:
    by_long: dict[str, OptionSpec] = {}
    by_short: dict[str, OptionSpec] = {}
    for short, long, typ, default in options:
        if long == "help":  # the parser treats --help alike everywhere: docker only prints help
            continue
        kind = "bool" if typ == "bool" else "list" if typ in LIST_TYPES else "value"
        kind, default = OVERRIDES.get((command, long), (kind, default))
        norm = NORM_BY_OPTION.get((command, long)) or NORM_BY_TYPE.get(typ)
        aliases = HIDDEN_ALIASES.get((command, long), ())
        spec = OptionSpec(long, short or None, kind, default, norm, aliases, IMPLIES.get((command, long)), typ in COMMA_TYPES)
        by_long[long] = spec
        for alias in aliases:
            by_long.setdefault(alias, spec)
        if short:
            by_short[short] = spec
    return by_long, by_short


@lru_cache(maxsize=None)
def subcommand_spec(name: str) -> SubcommandSpec:
    entry = _entries()[name]
    options = entry["options"]
    if name == "build":
        known = {o[1] for o in options}
        options = options + tuple(o for o in BUILDX_OPTIONS if o[1] not in known)
    by_long, by_short = _option_specs(name, options)
    args = _parse_args_text(_ARG_OVERRIDES[name]) if name in _ARG_OVERRIDES else _usage_args(entry["usage"])
    return SubcommandSpec(name, args, name not in NOT_INTERSPERSED, by_long, by_short)


@lru_cache(maxsize=1)
def global_spec() -> SubcommandSpec:
    # `docker -v` prints the version: an option of docker itself, like --help.
    by_long, by_short = _option_specs("docker", GLOBAL_OPTIONS)
    return SubcommandSpec("docker", (), False, by_long, by_short)


@lru_cache(maxsize=1)
def alias_index() -> dict[tuple[str, ...], str]:
    """Word sequence after "docker" -> canonical subcommand name."""
    index: dict[tuple[str, ...], str] = {}
    for name, entry in _entries().items():
        for alias in entry["aliases"]:
            index[tuple(alias.split())] = name
    return index


@lru_cache(maxsize=1)
def command_groups() -> frozenset[str]:
    """Management commands (`container`, `network`, `trust key`, ...): words that need a subcommand."""
    groups = set()
    for key in COMMANDS:
        words = key.split()
        for n in range(1, len(words)):
            groups.add(" ".join(words[:n]))
    return frozenset(groups)


__all__ = [
    "DOCKER_VERSION",
    "SUBCOMMAND_TABLE",
    "ArgSpec",
    "OptionSpec",
    "SubcommandSpec",
    "alias_index",
    "command_groups",
    "command_names",
    "global_spec",
    "subcommand_spec",
]
