"""Values as docker understands them, so that two spellings of one meaning compare equal.

- images: `node` is `docker.io/library/node:latest` (by `quizapp.core.imageref`, shared with the labs);
- ports: `-p 8080-8081:80-81` is `-p 8080:80 -p 8081:81`, `0.0.0.0:` and `/tcp` are the defaults;
- volumes: `-v /d:/d` is `-v /d:/d:rw`, `/d/` is `/d`;
- sizes (`bytes`): `512m` is `512M`, `1g` is `1024m` (docker's units are binary);
- `decimal` (`--cpus .5` is `0.5`), `int` (Go's base prefixes), `duration` (`1m` is `60s`);
- `docker build -f`: the Dockerfile in the context is the default.

A value holding a shell expansion (marked by `shell.MARK`) is left as it is: the host shell decides it.
A value docker would refuse is left as typed too; the parse already said what is wrong where it matters.
"""

from __future__ import annotations

import posixpath
import re
from decimal import Decimal, InvalidOperation

from quizapp.core.grading.errors import CommandParseError
from quizapp.core.grading.grammar import SubcommandSpec
from quizapp.core.grading.messages import clip
from quizapp.core.grading.shell import MARK
from quizapp.core.imageref import InvalidReference, canonical


def normalize_image(ref: str, default_tag: bool = True) -> str:
    """`node` -> `docker.io/library/node:latest` (the rule is `core/imageref.py`'s, which the labs
    share); raises CommandParseError for invalid names."""
    try:
        return canonical(ref, default_tag)
    except InvalidReference as exc:
        if exc.lower_case_would_do:
            raise CommandParseError("image-name-case", ref=clip(ref), lower=clip(ref.lower())) from None
        raise CommandParseError("invalid-image", ref=clip(ref)) from None


# --- ports ---------------------------------------------------------------------------------------


# A range longer than this is compared as typed: expanding `1-65535` would cost more than it tells.
MAX_RANGE = 1024


def _port_range(text: str) -> list[int] | None:
    first, dash, last = text.partition("-")
    if not first.isdigit() or (dash and not last.isdigit()) or len(text) > 11:
        return None
    lo, hi = int(first), int(last) if dash else int(first)
    if hi > 65535 or not 0 <= hi - lo < MAX_RANGE:
        return None
    return list(range(lo, hi + 1))


def normalize_ports(value: str) -> list[tuple[str, str, str, str]]:
    """A `-p` value -> one (host ip, host port, container port, protocol) per published port."""
    spec, _, proto = value.partition("/")
    proto = (proto or "tcp").lower()
    ip = ""
    if spec.startswith("[") and "]:" in spec:  # [::1]:8080:80
        ip, spec = spec[1 : spec.index("]:")], spec[spec.index("]:") + 2 :]
        parts = spec.split(":")
        host, cont = (parts[0], parts[1]) if len(parts) == 2 else ("", parts[-1])
    else:
        parts = spec.rsplit(":", 2)
        ip, host, cont = ([""] * (3 - len(parts)) + parts) if len(parts) < 3 else parts
    if ip in ("0.0.0.0", "::"):
        ip = ""
    hosts, conts = (_port_range(host) if host else []), _port_range(cont)
    if conts is None or hosts is None:
        return [(ip, host, cont, proto)]
    if not hosts:
        return [(ip, "", str(c), proto) for c in conts]
    if len(hosts) == len(conts):
        return [(ip, str(h), str(c), proto) for h, c in zip(hosts, conts)]
    # `8080-8090:80`: docker picks one free host port of the range.
    if len(conts) == 1:
        return [(ip, f"{hosts[0]}-{hosts[-1]}", str(conts[0]), proto)]
    return [(ip, host, cont, proto)]


def render_port(v: tuple[str, str, str, str]) -> str:
    ip, host, cont, proto = v
    if ":" in ip:
        ip = f"[{ip}]"
    s = ":".join(p for p in (ip, host) if p)
    s = f"{s}:{cont}" if s else cont
    return s if proto == "tcp" else f"{s}/{proto}"


def normalize_expose(value: str) -> list[str]:
    port, _, proto = value.partition("/")
    proto = (proto or "tcp").lower()
    ports = _port_range(port)
    return [f"{p}/{proto}" for p in ports] if ports else [f"{port}/{proto}"]


# --- paths and volumes ---------------------------------------------------------------------------


def normalize_path(value: str) -> str:
    if value in ("", "-") or "://" in value or value.startswith("git@"):
        return value
    return posixpath.normpath(value)


def _host_path(value: str) -> str:
    """A volume source: a path (`/d`, `./d`) is normalised; a name (`data`) is kept."""
    if value.startswith("/"):
        return posixpath.normpath(value)
    if value.startswith("."):
        norm = posixpath.normpath(value)
        return norm if norm.startswith("..") or norm == "." else "./" + norm
    return value


def normalize_volume(value: str) -> str:
    """`/d:/d:rw` is `/d:/d`; `ro,z` is `z,ro`; trailing slashes and `./` do not matter."""
    parts = value.split(":")
    if len(parts) == 1:
        return posixpath.normpath(value) if value.startswith("/") else value
    if len(parts) > 3:
        return value
    source, target = _host_path(parts[0]), posixpath.normpath(parts[1]) if parts[1].startswith("/") else parts[1]
    mode = sorted(set(parts[2].split(",")) - {"rw", ""}) if len(parts) == 3 else []
    return ":".join([source, target] + ([",".join(mode)] if mode else []))


def cp_container(value: str) -> tuple[str, str] | None:
    """(container, path) for `name:path`, None for a local path (as the docker CLI splits it)."""
    if value.startswith(("/", ".")) or ":" not in value:
        return None
    name, _, path = value.partition(":")
    if not name:
        return None
    if not path.startswith("/"):
        path = "/" + path
    return name, path


def normalize_cp(value: str) -> str:
    side = cp_container(value)
    if side is not None:
        return f"{side[0]}:{side[1]}"
    # Local: `./notes.txt` is `notes.txt`; a trailing `/` or `/.` keeps its meaning for cp.
    while value.startswith("./") and len(value) > 2:
        value = value[2:]
    return "." if value == "./" else value


def normalize_server(value: str) -> str:
    v = re.sub(r"^https?://", "", value).rstrip("/")
    v = v.removesuffix("/v1")
    if v in ("", "index.docker.io", "registry-1.docker.io", "docker.io"):
        return "docker.io"
    return v


# --- numbers -------------------------------------------------------------------------------------

_BYTES = re.compile(r"^(\d+(?:\.\d+)?) ?([kmgtp])?i?b?$", re.IGNORECASE)
_DURATION_PART = re.compile(r"(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)")
_DURATION_NS = {"ns": 1, "us": 10**3, "µs": 10**3, "μs": 10**3, "ms": 10**6, "s": 10**9, "m": 60 * 10**9, "h": 3600 * 10**9}


# Longer numbers are compared as typed (no docker limit is that long, and Python's int-to-text has limits).
_MAX_NUMBER = 40


def normalize_bytes(value: str) -> str:
    """docker's RAMInBytes: `512m` -> 536870912; units k, m, g, t, p are powers of 1024."""
    m = _BYTES.match(value.strip()) if len(value) <= _MAX_NUMBER else None
    if m is None:
        return value
    number, unit = Decimal(m.group(1)), (m.group(2) or "").lower()
    return str(int(number * 1024 ** ("kmgtp".index(unit) + 1 if unit else 0)))


def normalize_decimal(value: str) -> str:
    if len(value) > _MAX_NUMBER:
        return value
    try:
        d = Decimal(value.strip())
    except InvalidOperation:
        return value
    if not d.is_finite() or abs(d.adjusted()) > _MAX_NUMBER:
        return value
    return format(d.normalize(), "f") if d else "0"


def normalize_int(value: str) -> str:
    """Go's strconv.ParseInt(s, 0, 64), which pflag uses: 0x1f, 0o17, 0b1, and 017 is octal."""
    text = value.strip().replace("_", "")
    if len(text) > _MAX_NUMBER:
        return value
    sign = -1 if text.startswith("-") else 1
    digits = text.lstrip("+-").lower()
    try:
        if digits[:2] in ("0x", "0o", "0b"):
            n = int(digits[2:], {"0x": 16, "0o": 8, "0b": 2}[digits[:2]])
        elif len(digits) > 1 and digits.startswith("0"):
            n = int(digits[1:], 8)
        else:
            n = int(digits, 10)
    except ValueError:
        return value
    return str(sign * n)


def normalize_duration(value: str) -> str:
    """Go's time.ParseDuration, in nanoseconds: `1m`, `60s` and `1m0s` are one value."""
    text = value.strip()
    if len(text) > _MAX_NUMBER:
        return value
    sign = -1 if text.startswith("-") else 1
    text = text.lstrip("+-")
    if text == "0":
        return "0"
    total, pos = Decimal(0), 0
    for m in _DURATION_PART.finditer(text):
        if m.start() != pos:
            return value
        total += Decimal(m.group(1)) * _DURATION_NS[m.group(2)]
        pos = m.end()
    if pos != len(text) or pos == 0:
        return value
    return str(sign * int(total))


def _safe_image(value: str) -> str:
    try:
        return normalize_image(value)
    except CommandParseError:
        return value


# Normaliser name (grammar's `norm`) -> function of one value returning a value or a list of items.
VALUE_NORMALIZERS = {
    "image": _safe_image,
    "lower": str.lower,
    "path": normalize_path,
    "dockerfile": normalize_path,
    "bytes": normalize_bytes,
    "decimal": normalize_decimal,
    "int": normalize_int,
    "duration": normalize_duration,
    "volume": normalize_volume,
}
ITEM_EXPANDERS = {"port": normalize_ports, "expose": normalize_expose}


def _one(norm: str | None, value: str):
    if value is None or MARK in value:
        return value
    func = VALUE_NORMALIZERS.get(norm or "")
    return func(value) if func else value


def _items(norm: str | None, comma: bool, value: str) -> list:
    values = value.split(",") if comma and MARK not in value else [value]
    out: list = []
    for v in values:
        if MARK not in v and norm in ITEM_EXPANDERS:
            out.extend(ITEM_EXPANDERS[norm](v))
        else:
            out.append(_one(norm, v))
    return out


def normalize_options(spec: SubcommandSpec, options: dict, positionals: list[str] = ()) -> dict[str, object]:
    """Options whose value differs from docker's default, values normalised; lists as sorted tuples."""
    out: dict[str, object] = {}
    for name, value in options.items():
        opt = spec.by_long.get(name)
        if opt is None:  # --help
            out[name] = value
        elif opt.kind == "bool":
            if value != (opt.default == "true"):
                out[name] = value
        elif opt.kind == "value":
            v = _one(opt.norm, value)
            if opt.default is None or v != _one(opt.norm, opt.default):
                out[name] = v
        else:
            items = [item for v in value for item in _items(opt.norm, opt.comma, v)]
            out[name] = tuple(sorted(set(items), key=repr))
    for name, value in list(out.items()):
        opt = spec.by_long.get(name)
        if opt is not None and opt.implies and value is True:
            out[opt.implies] = True
    if spec.name == "build" and "file" in out and positionals and _is_default_dockerfile(str(out["file"]), positionals[0]):
        del out["file"]
    return out


def _is_default_dockerfile(file: str, context: str) -> bool:
    """A relative -f is relative to the current folder, and the default is CONTEXT/Dockerfile."""
    if MARK in context or "://" in context or context == "-":
        return False
    return file == posixpath.normpath(posixpath.join(context, "Dockerfile"))


def render_item(v: object) -> str:
    if isinstance(v, tuple):
        return render_port(v)
    return str(v).replace(MARK, "")


def normalize_arg(kind: str, value: str) -> str:
    """An argument by its kind; raises CommandParseError for an invalid image."""
    if MARK in value:
        return value
    if kind == "image":
        return normalize_image(value)
    if kind == "repository":
        return normalize_image(value, default_tag=False)
    if kind == "context":
        return normalize_path(value)
    if kind == "cppath":
        return normalize_cp(value)
    if kind == "server":
        return normalize_server(value)
    if kind == "container":
        return value.lstrip("/") or value
    if kind == "private_port":  # `docker port web 80` is 80/tcp
        return normalize_expose(value)[0]
    return value


def safe_normalize_arg(kind: str, value: str) -> str:
    try:
        return normalize_arg(kind, value)
    except CommandParseError:
        return value
