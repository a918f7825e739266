"""Parse docker commands as the shell and the docker CLI would, and judge two of them by meaning.

Nothing is ever run. `parse_command` turns text into a `ParsedCommand`; `compare_commands` says whether
an answer does the same thing to the daemon as the expected command, and names each difference in the
learner's language.

Canonical subcommand names are docker's short top-level names: `docker container run` -> "run",
`docker container ls`/`list`/`ps` -> "ps", `docker image ls` -> "images", `docker image rm`/`remove` ->
"rmi", `docker container rm`/`remove` -> "rm", `docker image build`/`builder build` -> "build",
`docker image tag` -> "tag", `docker image push`/`pull` -> "push"/"pull". Commands that only exist under
a management group keep the group: "image inspect", "container inspect". `docker inspect` is "inspect".

Option names in `ParsedCommand.options` are the canonical long names without dashes ("publish",
"detach", "name"), whatever spelling was typed (`-p`, `--publish`, hidden aliases like `--net`).
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from functools import lru_cache

from quizapp.core.grading.grammar import (
    OTHER_DOCKER_COMMANDS,
    SUBCOMMAND_TABLE,
    OptionSpec,
    SubcommandSpec,
    alias_index,
    global_spec,
    subcommand_spec,
)
from quizapp.core.grading.messages import ARG_WHAT, LATEST_HINT, OPTION_HINTS, SUBCOMMAND_HINTS, message
from quizapp.core.grading.shell import ShellSyntaxError, Word, split_commands, tokenize

MAX_LENGTH = 10_000
# Past this many, a learner reads a list, not feedback.
MAX_DIFFERENCES = 12
_TRUE = frozenset({"1", "t", "T", "true", "TRUE", "True"})
_FALSE = frozenset({"0", "f", "F", "false", "FALSE", "False"})


class CommandParseError(ValueError):
    """The text is not a docker command the CLI would accept. `.message` is {"ko", "en"}."""

    def __init__(self, code: str, **fields: object):
        self.code = code
        self.fields = fields
        self.suggestion: str | None = None
        self.message = message(code, **fields)
        super().__init__(self.message["en"])


@dataclass(frozen=True)
class Difference:
    code: str
    message: dict[str, str]

    def to_json(self) -> dict:
        return {"code": self.code, "message": dict(self.message)}


@dataclass
class ParsedCommand:
    """One docker command as the CLI would receive it.

    - `argv`: the words after `docker`, exactly as the shell would pass them (quotes removed,
      escapes applied; `$VAR` and `$(...)` kept as written, see `expansions`). Safe to pass to
      `subprocess.run(["docker", *argv])` without a shell.
    - `subcommand`: canonical name (see the module docstring).
    - `options`: canonical long name -> value as given: True/False for switches, str for single
      values (the last one given wins), list[str] for repeatable options. Only what was typed.
    - `positionals`: the arguments, in order; for run/create the image and then the container command.
    - `image`, `container_command`: for run/create.
    - `global_options`: options of docker itself, given before the subcommand (e.g. "host").
    - `shell_operators`: operators after this command (`;`, `&&`, `|`, redirections like `> out`):
      the shell handles them; the text after them is not part of this docker command.
    - `expansions`: words the shell would expand before docker sees them (`$HOME`, `$(docker ps -q)`).
    """

    subcommand: str
    options: dict[str, bool | str | list[str]]
    positionals: list[str]
    argv: list[str]
    global_options: dict[str, bool | str | list[str]] = field(default_factory=dict)
    image: str | None = None
    container_command: list[str] = field(default_factory=list)
    shell_operators: list[str] = field(default_factory=list)
    expansions: list[str] = field(default_factory=list)
    # Words of the commands after this one (after `&&`, `;`, `|`, a new line), as the shell splits them.
    following: list[list[str]] = field(default_factory=list)
    # Spelling used for each option, for feedback ("-d" when the learner typed -d).
    spelled: dict[str, str] = field(default_factory=dict)

    @property
    def spec(self) -> SubcommandSpec:
        return subcommand_spec(self.subcommand)

    def normalized_options(self) -> dict[str, object]:
        """Options whose value differs from docker's default, with values normalised for comparing."""
        return _normalize_options(self.spec, self.options)

    def normalized_argv(self) -> list[str]:
        """A canonical spelling of this command: canonical subcommand, long options sorted, defaults
        dropped, then the arguments."""
        out: list[str] = [*self.subcommand.split()]
        for name, value in sorted(self.normalized_options().items()):
            if value is True:
                out.append(f"--{name}")
            elif value is False:
                out.append(f"--{name}=false")
            elif isinstance(value, tuple):
                out.extend(f"--{name}={_render_item(v)}" for v in value)
            else:
                out.append(f"--{name}={value}")
        args = _pad_defaults(self.spec, self.positionals)
        if self.subcommand in ("run", "create"):
            return out + [normalize_image(args[0]), *args[1:]]
        kinds = _arg_kinds(self.spec, len(args))
        return out + [_safe_norm(k, v) for k, v in zip(kinds, args)]


# ---------------------------------------------------------------------------------------------
# Parsing


def parse_command(text: str) -> ParsedCommand:
    """Parse one docker command line. Raises CommandParseError for anything the docker CLI would
    refuse or that is not a docker command."""
    return _parse(text)


@lru_cache(maxsize=1024)
def _parse_expected(text: str) -> ParsedCommand:
    """Cards are graded again and again against the same expected text; compare_commands never
    mutates what it parsed, so the parse can be shared."""
    return _parse(text)


def _parse(text: str) -> ParsedCommand:
    if not isinstance(text, str):
        raise CommandParseError("empty")
    if len(text) > MAX_LENGTH:
        raise CommandParseError("too-long", length=len(text), limit=MAX_LENGTH)
    if "\x00" in text:
        raise CommandParseError("invalid-character")
    try:
        segments = split_commands(tokenize(text))
    except ShellSyntaxError as exc:
        raise CommandParseError(exc.code, detail=exc.detail) from None
    # The first segment with words is the command; everything the shell does after it is noted.
    first = next((i for i, s in enumerate(segments) if s.words), None)
    if first is None:
        raise CommandParseError("empty")
    seg = segments[first]
    operators: list[str] = list(seg.redirects)
    later = [s for s in segments[first + 1 :] if s.words or s.redirects]
    for s in segments[first:]:
        if s.terminator == "\n":
            continue
        if s.terminator:
            operators.append(s.terminator)
    if later and "\n" in [s.terminator for s in segments[first:-1]]:
        operators.append("\n")
    for s in later:
        operators.extend(s.redirects)
    words = list(seg.words)
    if words and words[0].text == "sudo" and len(words) > 1:
        words = words[1:]
    if words[0].text != "docker" and not words[0].text.endswith("/docker"):
        raise _with_suggestion(CommandParseError("not-docker", word=_clip(words[0].text)), words[0].text, ["docker"])
    argv_words = words[1:]
    parsed = _parse_docker_words(argv_words)
    parsed.shell_operators = operators
    parsed.following = [[w.text for w in s.words] for s in later]
    return parsed


def _with_suggestion(err: CommandParseError, typed: str, candidates) -> CommandParseError:
    """Add "did you mean …?" when the typed word is a near miss (dokcer, --detatch, imgaes)."""
    import difflib

    close = difflib.get_close_matches(typed, list(candidates), n=1, cutoff=0.75)
    if close:
        err.message = {
            "ko": f"{err.message['ko']} 혹시 `{close[0]}`의 오타인가요?",
            "en": f"{err.message['en']} Did you mean `{close[0]}`?",
        }
        err.args = (err.message["en"],)
        err.suggestion = close[0]
    return err


def _clip(s: str, limit: int = 40) -> str:
    s = s.replace("\n", " ")
    return s if len(s) <= limit else s[: limit - 1] + "…"


def _parse_docker_words(words: list[Word]) -> ParsedCommand:
    argv = [w.text for w in words]
    expansions = [w.text for w in words if w.expansions]
    # Options of docker itself, then the subcommand words.
    gspec = global_spec()
    global_options: dict[str, bool | str | list[str]] = {}
    i = 0
    while i < len(argv) and argv[i].startswith("-") and argv[i] != "-":
        if argv[i] == "--":
            i += 1
            break
        try:
            i = _take_option(gspec, "docker", argv, i, global_options, {})
        except CommandParseError as exc:
            if exc.code == "unknown-option":
                sub = next((w for w in argv[i + 1 :] if not w.startswith("-")), "run")
                raise CommandParseError("option-before-subcommand", option=exc.fields["option"], sub=_clip(sub, 20)) from None
            raise
    if i >= len(argv):
        raise CommandParseError("missing-subcommand")
    index = alias_index()
    name = None
    for width in (2, 1):
        key = tuple(argv[i : i + width])
        if len(key) == width and key in index:
            name = index[key]
            i += width
            break
    if name is None:
        word = argv[i]
        if word in ("container", "image", "builder") and (i + 1 >= len(argv) or argv[i + 1].startswith("-")):
            raise CommandParseError("incomplete-subcommand", word=word)
        if word in OTHER_DOCKER_COMMANDS:
            shown = word if word not in ("container", "image", "builder") else f"{word} {_clip(argv[i + 1], 20)}"
            raise CommandParseError("unsupported-subcommand", word=shown)
        candidates = sorted({" ".join(k) for k in index} | OTHER_DOCKER_COMMANDS)
        raise _with_suggestion(CommandParseError("unknown-subcommand", word=_clip(word)), word, candidates)
    spec = subcommand_spec(name)
    options: dict[str, bool | str | list[str]] = {}
    spelled: dict[str, str] = {}
    positionals: list[str] = []
    rest_are_args = False
    while i < len(argv):
        tok = argv[i]
        if rest_are_args or tok == "-" or not tok.startswith("-"):
            positionals.append(tok)
            i += 1
            if not spec.interspersed:
                rest_are_args = True
            continue
        if tok == "--":
            rest_are_args = True
            i += 1
            continue
        i = _take_option(spec, name, argv, i, options, spelled)
    _check_args(spec, positionals)
    parsed = ParsedCommand(
        subcommand=name,
        options=options,
        positionals=positionals,
        argv=argv,
        global_options=global_options,
        expansions=expansions,
        spelled=spelled,
    )
    if name in ("run", "create"):
        parsed.image = positionals[0]
        parsed.container_command = positionals[1:]
    _validate_args(parsed)
    return parsed


def _set_option(spec: OptionSpec, value: str | None, option: str, options: dict) -> None:
    if spec.kind == "bool":
        if value is None or value in _TRUE:
            options[spec.name] = True
        elif value in _FALSE:
            options[spec.name] = False
        else:
            raise CommandParseError("bad-bool", option=option, value=_clip(value))
    elif spec.kind == "value":
        options[spec.name] = value
    else:
        options.setdefault(spec.name, []).append(value)


def _take_option(spec: SubcommandSpec, sub: str, argv: list[str], i: int, options: dict, spelled: dict) -> int:
    """Consume the option(s) in argv[i] (and its value if separate); return the next index."""
    tok = argv[i]
    if tok.startswith("--"):
        name, eq, value = tok[2:].partition("=")
        opt = spec.by_long.get(name)
        if opt is None:
            if name == "help":
                options["help"] = True
                return i + 1
            raise _with_suggestion(
                CommandParseError("unknown-option", option=_clip("--" + name), sub=sub),
                "--" + name,
                ["--" + n for n in spec.by_long],
            )
        if not eq:
            value = None
            if opt.kind != "bool":
                if i + 1 >= len(argv):
                    raise CommandParseError("missing-value", option="--" + name)
                value = argv[i + 1]
                i += 1
        _set_option(opt, value, "--" + name, options)
        spelled.setdefault(opt.name, "--" + opt.name)
        return i + 1
    # A group of shorthands: -it, -dp 3000:80, -p3000:80, -d=false.
    j = 1
    while j < len(tok):
        ch = tok[j]
        opt = spec.by_short.get(ch)
        if opt is None:
            if ch == "h":
                options["help"] = True
                j += 1
                continue
            raise CommandParseError("unknown-option", option=_clip("-" + ch), sub=sub)
        spelled.setdefault(opt.name, "-" + ch)
        rest = tok[j + 1 :]
        if rest.startswith("="):
            _set_option(opt, rest[1:], "-" + ch, options)
            return i + 1
        if opt.kind == "bool":
            _set_option(opt, None, "-" + ch, options)
            j += 1
            continue
        if rest:
            _set_option(opt, rest, "-" + ch, options)
            return i + 1
        if i + 1 >= len(argv):
            raise CommandParseError("missing-value", option="-" + ch)
        _set_option(opt, argv[i + 1], "-" + ch, options)
        return i + 2
    return i + 1


def _what(kind: str) -> tuple[str, str]:
    return ARG_WHAT.get(kind, ("인자", "argument"))


def _check_args(spec: SubcommandSpec, positionals: list[str]) -> None:
    if len(positionals) < spec.min_args:
        missing = spec.args[min(len(positionals), len(spec.args) - 1)].kind
        ko, en = _what(missing)
        raise CommandParseError("missing-argument", sub=spec.name, what=(ko, "a " + en if en[0] not in "aeiou" else "an " + en))
    if spec.max_args is not None and len(positionals) > spec.max_args:
        raise CommandParseError("too-many-arguments", sub=spec.name, extra=_clip(" ".join(positionals[spec.max_args :])))


def _arg_kinds(spec: SubcommandSpec, count: int) -> list[str]:
    """The kind of each of `count` arguments."""
    kinds: list[str] = []
    for index, a in enumerate(spec.args):
        if a.repeat in ("+", "*"):
            # As many as the count leaves after the arguments that follow this one.
            kinds.extend([a.kind] * (count - len(kinds) - (len(spec.args) - index - 1)))
        else:
            kinds.append(a.kind)
    return kinds[:count]


def _validate_args(parsed: ParsedCommand) -> None:
    spec = parsed.spec
    for kind, value in zip(_arg_kinds(spec, len(parsed.positionals)), parsed.positionals):
        if kind == "image":
            normalize_image(value)
        elif kind == "repository":
            normalize_image(value, default_tag=False)
    for name, value in parsed.options.items():
        opt = spec.by_long.get(name)
        if opt is not None and opt.norm == "image":
            for v in value:
                normalize_image(v)
    if parsed.subcommand == "cp":
        sides = [_cp_container(p) for p in parsed.positionals]
        if sum(1 for s in sides if s is not None) != 1:
            raise CommandParseError("cp-no-container")


# ---------------------------------------------------------------------------------------------
# Normalisation

_NAME_COMPONENT = r"[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*"
_DOMAIN = r"(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:]+\])(?::[0-9]+)?"
_REFERENCE = re.compile(
    rf"^(?:(?P<domain>{_DOMAIN})/)?(?P<path>{_NAME_COMPONENT}(?:/{_NAME_COMPONENT})*)"
    rf"(?::(?P<tag>[\w][\w.-]{{0,127}}))?(?:@(?P<digest>[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{{32,}}))?$"
)
_IMAGE_ID = re.compile(r"^(?:sha256:)?[0-9a-f]{64}$")


@lru_cache(maxsize=4096)
def normalize_image(ref: str, default_tag: bool = True) -> str:
    """`node` -> `docker.io/library/node:latest`; raises CommandParseError for invalid names."""
    if _IMAGE_ID.match(ref):
        return ref if ref.startswith("sha256:") else "sha256:" + ref
    m = _REFERENCE.match(ref)
    if m is None or len(ref) > 255:
        if m is None and _REFERENCE.match(ref.lower()) is not None:
            raise CommandParseError("image-name-case", ref=_clip(ref), lower=_clip(ref.lower()))
        raise CommandParseError("invalid-image", ref=_clip(ref))
    domain, path, tag, digest = m.group("domain", "path", "tag", "digest")
    # A first component is a registry only if it looks like a host (docker's own rule).
    if domain is not None and not ("." in domain or ":" in domain or domain == "localhost" or domain != domain.lower()):
        path = f"{domain}/{path}"
        domain = None
    if domain is None or domain in ("index.docker.io", "registry-1.docker.io"):
        domain = "docker.io"
    if domain == "docker.io" and "/" not in path:
        path = "library/" + path
    out = f"{domain}/{path}"
    if tag is None and digest is None and default_tag:
        tag = "latest"
    if tag is not None:
        out += ":" + tag
    if digest is not None:
        out += "@" + digest.lower()
    return out


def _short_image(normalized: str) -> str:
    """Back from the canonical form to how a learner writes it."""
    out = normalized
    if out.startswith("docker.io/library/"):
        out = out[len("docker.io/library/") :]
    elif out.startswith("docker.io/"):
        out = out[len("docker.io/") :]
    return out


def _split_tag(normalized: str) -> tuple[str, str]:
    """(repository, tag-or-digest) of a normalised reference."""
    if "@" in normalized:
        repo, _, digest = normalized.partition("@")
        return repo, "@" + digest
    slash = normalized.rfind("/")
    colon = normalized.rfind(":")
    if colon > slash:
        return normalized[:colon], normalized[colon + 1 :]
    return normalized, ""


def _normalize_port(value: str) -> tuple[str, str, str, str]:
    """`-p` value -> (host ip, host port, container port, protocol)."""
    spec, _, proto = value.partition("/")
    proto = (proto or "tcp").lower()
    parts = spec.rsplit(":", 2)
    if len(parts) == 3:
        ip, host, cont = parts
    elif len(parts) == 2:
        ip, (host, cont) = "", parts
    else:
        ip, host, cont = "", "", parts[0]
    if ip in ("0.0.0.0", "[::]"):
        ip = ""
    return (ip, host.lstrip("0") or host, cont.lstrip("0") or cont, proto)


def _normalize_expose(value: str) -> str:
    port, _, proto = value.partition("/")
    return f"{port}/{(proto or 'tcp').lower()}"


def _normalize_path(value: str) -> str:
    if value in ("", "-") or "://" in value or value.startswith("git@"):
        return value
    return posixpath.normpath(value)


def _cp_container(value: str) -> tuple[str, str] | None:
    """(container, path) for `name:path`, None for a local path (as the docker CLI splits it)."""
    if value.startswith(("/", ".")) or ":" not in value:
        return None
    name, _, path = value.partition(":")
    if not name:
        return None
    if not path.startswith("/"):
        path = "/" + path
    return name, path


def _normalize_cp(value: str) -> str:
    side = _cp_container(value)
    if side is not None:
        return f"{side[0]}:{side[1]}"
    # Local: `./notes.txt` is `notes.txt`; a trailing `/` or `/.` keeps its meaning for cp.
    while value.startswith("./") and len(value) > 2:
        value = value[2:]
    return "." if value == "./" else value


def _normalize_server(value: str) -> str:
    v = re.sub(r"^https?://", "", value).rstrip("/")
    if v.endswith("/v1"):
        v = v[:-3]
    if v in ("", "index.docker.io", "registry-1.docker.io", "docker.io"):
        return "docker.io"
    return v


_ITEM_NORMALIZERS = {
    "port": _normalize_port,
    "expose": _normalize_expose,
    "image": normalize_image,
    "lower": str.lower,
    "path": _normalize_path,
}


def _normalize_options(spec: SubcommandSpec, options: dict) -> dict[str, object]:
    out: dict[str, object] = {}
    for name, value in options.items():
        opt = spec.by_long.get(name)
        if opt is None:  # --help
            out[name] = value
            continue
        norm = _ITEM_NORMALIZERS.get(opt.norm or "", None)
        if opt.kind == "bool":
            default = opt.default == "true"
            if value != default:
                out[name] = value
        elif opt.kind == "value":
            v = norm(value) if norm else value
            if opt.default is None or v != opt.default:
                out[name] = v
        else:
            items = [norm(v) if norm else v for v in value]
            # Comma lists (`--cache-from a,b`) and repeated options mean the same.
            out[name] = tuple(sorted(set(items), key=repr))
    for name, value in list(out.items()):
        opt = spec.by_long.get(name)
        if opt is not None and opt.implies and value is True:
            out[opt.implies] = True
    return out


def _render_item(v: object) -> str:
    if isinstance(v, tuple):  # a port
        ip, host, cont, proto = v
        s = ":".join(p for p in (ip, host) if p)
        s = f"{s}:{cont}" if s else cont
        return s if proto == "tcp" else f"{s}/{proto}"
    return str(v)


def _normalize_arg(kind: str, value: str) -> str:
    if kind == "image":
        return normalize_image(value)
    if kind == "repository":
        return normalize_image(value, default_tag=False)
    if kind == "context":
        return _normalize_path(value)
    if kind == "cppath":
        return _normalize_cp(value)
    if kind == "server":
        return _normalize_server(value)
    if kind == "container":
        return value.lstrip("/") or value
    return value


def _unify_inspect(e: ParsedCommand, a: ParsedCommand) -> tuple[str, str]:
    """`docker inspect X` inspects whatever X names; against `docker image inspect X` (or container)
    it does the same thing, unless --type says otherwise."""
    def canon(p: ParsedCommand, other: str) -> str:
        if p.subcommand != "inspect":
            return p.subcommand
        t = p.options.get("type")
        if t == "image" or (t is None and other == "image inspect" and "size" not in p.options):
            return "image inspect"
        if t == "container" or (t is None and other == "container inspect"):
            return "container inspect"
        return "inspect"

    return canon(e, a.subcommand), canon(a, e.subcommand)


# ---------------------------------------------------------------------------------------------
# Comparing


@dataclass
class CommandVerdict:
    equivalent: bool
    differences: list[Difference]
    # Set when the expected command itself does not parse (a broken card): {"code", "message"}.
    expected_error: Difference | None = None
    answer: ParsedCommand | None = None

    def to_json(self) -> dict:
        out: dict = {"equivalent": self.equivalent, "differences": [d.to_json() for d in self.differences]}
        if self.expected_error is not None:
            out["expected_error"] = self.expected_error.to_json()
        return out


def compare_commands(expected: str, answer: str) -> CommandVerdict:
    """Judge `answer` against `expected` by what they do to the daemon. Never raises for any input."""
    try:
        e = _parse_expected(expected) if isinstance(expected, str) and len(expected) <= 2000 else parse_command(expected)
    except CommandParseError as exc:
        err = Difference(exc.code, exc.message)
        return CommandVerdict(False, [err], expected_error=err)
    try:
        a = parse_command(answer)
    except CommandParseError as exc:
        return CommandVerdict(False, [Difference(exc.code, exc.message)])
    except RecursionError:  # pragma: no cover - the tokenizer does not recurse; belt and braces
        return CommandVerdict(False, [Difference("differs", message("differs"))])
    diffs = _differences(e, a)
    if len(diffs) > MAX_DIFFERENCES:
        more = len(diffs) - MAX_DIFFERENCES + 1
        diffs = diffs[: MAX_DIFFERENCES - 1] + [Difference("more-differences", message("more-differences", count=more))]
    return CommandVerdict(not diffs, diffs, answer=a)


def _display(spec: SubcommandSpec, name: str, spelled: dict[str, str] | None = None) -> str:
    if spelled and name in spelled:
        return spelled[name]
    opt = spec.by_long.get(name)
    if opt is not None and opt.short:
        return f"-{opt.short}"
    return f"--{name}"


def _differences(e: ParsedCommand, a: ParsedCommand) -> list[Difference]:
    diffs: list[Difference] = []
    # What the shell does around the command.
    extra_ops = [op for op in a.shell_operators if op not in e.shell_operators]
    if extra_ops:
        first = " ".join(["docker", *a.argv])
        for op in dict.fromkeys(extra_ops):
            diffs.append(Difference("shell-operator", message("shell-operator", operator=_clip(op.strip() or op), first=_clip(first, 80))))
    for word in a.expansions:
        if word not in e.expansions and word not in e.argv:
            diffs.append(Difference("shell-expansion", message("shell-expansion", word=_clip(word))))
    if (e.shell_operators or e.following) and (
        e.following != a.following or sorted(e.shell_operators) != sorted(a.shell_operators)
    ):
        def tail(p: ParsedCommand) -> str:
            shown = " | ".join(" ".join(words) for words in p.following)
            return f"`{_clip(shown, 60)}`" if shown else "-"

        diffs.append(Difference("shell-command", message("shell-command", expected=tail(e), answer=tail(a))))
    # docker's own options.
    ge = _normalize_options(global_spec(), e.global_options)
    ga = _normalize_options(global_spec(), a.global_options)
    if ge != ga:
        ex, an = _render_globals(ge), _render_globals(ga)
        msg = message("global-option", expected=(ex or "없음", ex or "none"), answer=(an or "없음", an or "none"))
        diffs.append(Difference("global-option", msg))
    esub, asub = _unify_inspect(e, a)
    if esub != asub:
        hint = SUBCOMMAND_HINTS.get((esub, asub))
        diffs.append(Difference("wrong-subcommand", message("wrong-subcommand", hint, expected=esub, answer=asub)))
        return diffs
    spec = subcommand_spec(esub)
    e_opts, a_opts = dict(e.options), dict(a.options)
    e_args, a_args = list(e.positionals), list(a.positionals)
    if esub != e.subcommand:
        e_opts.pop("type", None)
    if asub != a.subcommand:
        a_opts.pop("type", None)
    # Options typed after the image go to the container: say so, then judge as if they were in place.
    if esub in ("run", "create") and e_args[1:] != a_args[1:]:
        moved, a_opts, a_args = _options_after_image(spec, e_args[1:], a_opts, a_args)
        for token in moved:
            diffs.append(Difference("option-after-image", message("option-after-image", option=_clip(token))))
    diffs.extend(_option_differences(spec, esub, e_opts, a_opts, a.spelled))
    diffs.extend(_argument_differences(spec, esub, e_args, a_args))
    return diffs


def _render_globals(opts: dict) -> str:
    words = []
    for k, v in sorted(opts.items()):
        for item in (v if isinstance(v, tuple) else (v,)):
            words.append(f"--{k}" if item is True else f"--{k}={str(item).lower() if item is False else item}")
    return f"`{_clip(' '.join(words), 60)}`" if words else ""


def _options_after_image(spec: SubcommandSpec, e_cmd: list[str], a_opts: dict, a_args: list[str]):
    """Leading docker options in the answer's container command that the expected command does not
    have there: returns (tokens moved, answer options with them applied, answer args without them)."""
    cmd = a_args[1:]
    i = 0
    moved: list[str] = []
    opts = {k: (list(v) if isinstance(v, list) else v) for k, v in a_opts.items()}
    while i < len(cmd) and cmd[i].startswith("-") and cmd[i] not in ("-", "--"):
        if i < len(e_cmd) and e_cmd[i] == cmd[i]:
            break
        try:
            nxt = _take_option(spec, spec.name, cmd, i, opts, {})
        except CommandParseError:
            break
        moved.append(" ".join(cmd[i:nxt]))
        i = nxt
    if not moved:
        return [], a_opts, a_args
    return moved, opts, [a_args[0], *cmd[i:]]


def _option_differences(spec: SubcommandSpec, sub: str, e_opts: dict, a_opts: dict, spelled: dict) -> list[Difference]:
    diffs: list[Difference] = []
    ne = _normalize_options(spec, e_opts)
    na = _normalize_options(spec, a_opts)
    order = {n: i for i, n in enumerate(spec.by_long)}
    for name in sorted(set(ne) | set(na), key=lambda n: order.get(n, -1)):
        ev, av = ne.get(name), na.get(name)
        if ev == av:
            continue
        if name == "help":
            diffs.append(Difference("help-only", message("help-only")))
            continue
        opt = spec.by_long[name]
        shown = _display(spec, name)
        if opt.kind == "list":
            diffs.extend(_list_differences(opt, sub, shown, ev or (), av or ()))
        elif ev is None:
            typed = _display(spec, name, spelled)
            label = typed if av is True else f"{typed}={'false' if av is False else _clip(str(av))}"
            diffs.append(Difference("extra-option", message("extra-option", OPTION_HINTS.get((sub, name, "extra")), option=label)))
        elif av is None:
            label = shown if ev is True else f"{shown} {'false' if ev is False else _clip(str(ev))}"
            diffs.append(Difference("missing-option", message("missing-option", OPTION_HINTS.get((sub, name, "missing")), option=label)))
        else:
            diffs.append(Difference("wrong-option-value", message("wrong-option-value", option=shown, expected=_clip(str(ev)), answer=_clip(str(av)))))
    return diffs


def _list_differences(opt: OptionSpec, sub: str, shown: str, ev, av) -> list[Difference]:
    """A repeatable option: compared as sets, recognising swapped ports and changed tags."""
    diffs: list[Difference] = []
    missing = [x for x in ev if x not in av]
    extra = [x for x in av if x not in ev]
    if opt.norm == "port":
        for m in list(missing):
            swapped = (m[0], m[2], m[1], m[3])
            if m[1] and swapped in extra:
                missing.remove(m)
                extra.remove(swapped)
                diffs.append(Difference("port-swapped", message(
                    "port-swapped", expected=_render_item(m), answer=_render_item(swapped),
                    answer_host=swapped[1], answer_container=swapped[2])))
    if opt.norm == "image":
        for m in list(missing):
            repo, tag = _split_tag(m)
            same = next((x for x in extra if _split_tag(x)[0] == repo), None)
            if same is not None:
                missing.remove(m)
                extra.remove(same)
                diffs.append(Difference("wrong-tag", _tag_message(repo, tag, _split_tag(same)[1])))
    hint_missing = OPTION_HINTS.get((sub, opt.name, "missing")) if not av else None
    hint_extra = OPTION_HINTS.get((sub, opt.name, "extra")) if not ev else None
    for item in missing:
        shown_item = _short_image(item) if opt.norm == "image" else _render_item(item)
        diffs.append(Difference("missing-option-value", message("missing-option-value", hint_missing, option=shown, value=_clip(shown_item))))
    for item in extra:
        shown_item = _short_image(item) if opt.norm == "image" else _render_item(item)
        diffs.append(Difference("extra-option-value", message("extra-option-value", hint_extra, option=shown, value=_clip(shown_item))))
    return diffs


def _argument_differences(spec: SubcommandSpec, sub: str, e_args: list[str], a_args: list[str]) -> list[Difference]:
    diffs: list[Difference] = []
    if sub in ("run", "create"):
        diffs.extend(_image_difference(e_args[0], a_args[0]))
        if e_args[1:] != a_args[1:]:
            diffs.append(Difference("container-command", _command_message(e_args[1:], a_args[1:])))
        return diffs
    e_args, a_args = _pad_defaults(spec, e_args), _pad_defaults(spec, a_args)
    e_kinds = _arg_kinds(spec, len(e_args))
    a_kinds = _arg_kinds(spec, len(a_args))
    e_norm = [_safe_norm(k, v) for k, v in zip(e_kinds, e_args)]
    a_norm = [_safe_norm(k, v) for k, v in zip(a_kinds, a_args)]
    repeated = any(s.repeat in ("+", "*") for s in spec.args)
    if repeated:
        # rm a b == rm b a: the same set of targets.
        if sorted(e_norm) == sorted(a_norm):
            return diffs
        e_set, a_set = set(e_norm), set(a_norm)
        missing = [(k, v, n) for k, v, n in zip(e_kinds, e_args, e_norm) if n not in a_set]
        extra = [(k, v, n) for k, v, n in zip(a_kinds, a_args, a_norm) if n not in e_set]
        if len(missing) == 1 and len(extra) == 1:
            diffs.extend(_pair_difference(missing[0][0], missing[0][1], extra[0][1], missing[0][2], extra[0][2]))
            return diffs
        for k, v, _ in missing:
            diffs.append(Difference("missing-argument-value", message("missing-argument-value", what=_what(k), value=_clip(v))))
        for k, v, _ in extra:
            diffs.append(Difference("extra-argument-value", message("extra-argument-value", what=_what(k), value=_clip(v))))
        if not missing and not extra:  # same items, different counts
            diffs.append(Difference("differs", message("differs")))
        return diffs
    for idx in range(max(len(e_args), len(a_args))):
        if idx < len(e_args) and idx < len(a_args):
            if e_norm[idx] != a_norm[idx]:
                diffs.extend(_pair_difference(e_kinds[idx], e_args[idx], a_args[idx], e_norm[idx], a_norm[idx]))
        elif idx < len(e_args):
            diffs.append(Difference("missing-argument-value", message("missing-argument-value", what=_what(e_kinds[idx]), value=_clip(e_args[idx]))))
        else:
            diffs.append(Difference("extra-argument-value", message("extra-argument-value", what=_what(a_kinds[idx]), value=_clip(a_args[idx]))))
    return diffs


# What docker uses for an optional argument left out.
ARG_DEFAULTS = {"server": "docker.io"}


def _pad_defaults(spec: SubcommandSpec, args: list[str]) -> list[str]:
    if len(args) < len(spec.args):
        missing = spec.args[len(args)]
        if missing.repeat == "?" and missing.kind in ARG_DEFAULTS:
            return [*args, ARG_DEFAULTS[missing.kind]]
    return list(args)


def _safe_norm(kind: str, value: str) -> str:
    try:
        return _normalize_arg(kind, value)
    except CommandParseError:
        return value


def _pair_difference(kind: str, e_raw: str, a_raw: str, e_norm: str, a_norm: str) -> list[Difference]:
    if kind == "image":
        return _image_difference(e_raw, a_raw)
    if kind == "container":
        return [Difference("wrong-container", message("wrong-container", expected=_clip(e_raw), answer=_clip(a_raw)))]
    return [Difference("wrong-argument", message("wrong-argument", what=_what(kind), expected=_clip(e_raw), answer=_clip(a_raw)))]


def _image_difference(e_raw: str, a_raw: str) -> list[Difference]:
    e, a = normalize_image(e_raw), normalize_image(a_raw)
    if e == a:
        return []
    (er, et), (ar, at) = _split_tag(e), _split_tag(a)
    if er == ar:
        return [Difference("wrong-tag", _tag_message(er, et, at))]
    return [Difference("wrong-image", message("wrong-image", expected=_clip(e_raw), answer=_clip(a_raw)))]


def _tag_message(repo: str, expected: str, answer: str) -> dict[str, str]:
    hint = LATEST_HINT if "latest" in (expected, answer) else None
    return message("wrong-tag", hint, repository=_short_image(repo), expected=expected, answer=answer)


def _command_message(e_cmd: list[str], a_cmd: list[str]) -> dict[str, str]:
    def show(cmd: list[str], lang: str) -> str:
        if not cmd:
            return "(이미지의 기본 CMD)" if lang == "ko" else "(the image's default CMD)"
        return "`" + _clip(" ".join(cmd), 60) + "`"

    return message("container-command", expected=(show(e_cmd, "ko"), show(e_cmd, "en")), answer=(show(a_cmd, "ko"), show(a_cmd, "en")))


__all__ = [
    "CommandParseError",
    "CommandVerdict",
    "Difference",
    "ParsedCommand",
    "compare_commands",
    "normalize_image",
    "parse_command",
    "SUBCOMMAND_TABLE",
]
