"""Parse a docker command as the shell and the docker CLI would: text -> `ParsedCommand`.

Nothing is ever run. Canonical command names are docker's one-word spellings where they exist
(`docker container ls` -> "ps"; see grammar.py). Option names in `ParsedCommand.options` are the canonical
long names without dashes ("publish", "detach"), whatever spelling was typed (`-p`, `--publish`, hidden
aliases like `--net`).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from functools import lru_cache

from quizapp.core.grading.errors import CommandParseError
from quizapp.core.grading.grammar import (
    PLUGIN_COMMANDS,
    OptionSpec,
    SubcommandSpec,
    alias_index,
    command_groups,
    global_spec,
    subcommand_spec,
)
from quizapp.core.grading.messages import ARG_WHAT, clip
from quizapp.core.grading.normalize import cp_container, normalize_arg, normalize_image, normalize_options, render_item, safe_normalize_arg
from quizapp.core.grading.shell import MARK, ShellSyntaxError, Word, split_commands, tokenize

MAX_LENGTH = 10_000
_TRUE = frozenset({"1", "t", "T", "true", "TRUE", "True"})
_FALSE = frozenset({"0", "f", "F", "false", "FALSE", "False"})


@dataclass
class ParsedCommand:
    """One docker command as the CLI would receive it.

    - `argv`: the words after `docker`, exactly as the shell would pass them (quotes removed,
      escapes applied; `$VAR` and `$(...)` kept as written, see `expansions`). Safe to pass to
      `subprocess.run(["docker", *argv])` without a shell.
    - `subcommand`: canonical name (see grammar.py).
    - `options`: canonical long name -> value as given: True/False for switches, str for single
      values (the last one given wins), list[str] for repeatable options. Only what was typed.
    - `positionals`: the arguments, in order; for run/create the image and then the container command.
    - `image`, `container_command`: for run/create.
    - `global_options`: options of docker itself, given before the subcommand (e.g. "host").
    - `shell_operators`: operators after this command (`;`, `&&`, `|`, redirections like `> out`):
      the shell handles them; the text after them is not part of this docker command.
    - `expansions`: words the shell would expand before docker sees them (`$HOME`, `$(docker ps -q)`).
    - `exact_options`, `exact_positionals`: the same with what the host shell expands marked
      (`shell.MARK`), so that `'$HOME'` and `"$HOME"` compare as different words.
    - `typed`: each exact value or argument -> how it was typed (quotes included), for messages.
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
    exact_options: dict[str, bool | str | list[str]] = field(default_factory=dict)
    exact_positionals: list[str] = field(default_factory=list)
    exact_global_options: dict[str, bool | str | list[str]] = field(default_factory=dict)
    typed: dict[str, str] = field(default_factory=dict)

    @property
    def spec(self) -> SubcommandSpec:
        return subcommand_spec(self.subcommand)

    def normalized_options(self) -> dict[str, object]:
        """Options whose value differs from docker's default, with values normalised for comparing."""
        return normalize_options(self.spec, self.exact_options, self.exact_positionals)

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
                out.extend(f"--{name}={render_item(v)}" for v in value)
            else:
                out.append(f"--{name}={render_item(value)}")
        kinds = arg_kinds(self.spec, len(self.positionals))
        return out + [safe_normalize_arg(k, v) for k, v in zip(kinds, self.positionals)]


def parse_command(text: str) -> ParsedCommand:
    """Parse one docker command line. Raises CommandParseError for anything the docker CLI would
    refuse or that is not a docker command."""
    return _parse(text)


@lru_cache(maxsize=1024)
def parse_expected(text: str) -> ParsedCommand:
    """Cards are graded again and again against the same expected text; comparing never mutates what
    it parsed, so the parse can be shared."""
    return _parse(text)


def _segments(text: str):
    if not isinstance(text, str):
        raise CommandParseError("empty")
    if len(text) > MAX_LENGTH:
        raise CommandParseError("too-long", length=len(text), limit=MAX_LENGTH)
    if MARK in text:
        raise CommandParseError("invalid-character")
    try:
        return split_commands(tokenize(text))
    except ShellSyntaxError as exc:
        raise CommandParseError(exc.code, detail=exc.detail) from None


def _parse(text: str) -> ParsedCommand:
    segments = _segments(text)
    # The first segment with words is the command; everything the shell does after it is noted.
    first = next((i for i, s in enumerate(segments) if s.words), None)
    if first is None:
        raise CommandParseError("empty")
    seg = segments[first]
    operators: list[str] = list(seg.redirects)
    later = [s for s in segments[first + 1 :] if s.words or s.redirects]
    operators.extend(s.terminator for s in segments[first:] if s.terminator and s.terminator != "\n")
    if later and "\n" in [s.terminator for s in segments[first:-1]]:
        operators.append("\n")
    for s in later:
        operators.extend(s.redirects)
    words = list(seg.words)
    if words[0].text == "sudo" and len(words) > 1:
        words = words[1:]
    if words[0].text != "docker" and not words[0].text.endswith("/docker"):
        raise with_suggestion(CommandParseError("not-docker", word=clip(words[0].text)), words[0].text, ["docker"])
    parsed = _parse_docker_words(words[1:])
    parsed.shell_operators = operators
    parsed.following = [[w.text for w in s.words] for s in later]
    return parsed


def with_suggestion(err: CommandParseError, typed: str, candidates) -> CommandParseError:
    """Add "did you mean …?" when the typed word is a near miss (dokcer, --detatch, imgaes)."""
    close = difflib.get_close_matches(typed, list(candidates), n=1, cutoff=0.75)
    if close:
        err.message = {
            "ko": f"{err.message['ko']} 혹시 `{close[0]}`의 오타인가요?",
            "en": f"{err.message['en']} Did you mean `{close[0]}`?",
        }
        err.args = (err.message["en"],)
        err.suggestion = close[0]
    return err


def _strip(value):
    if isinstance(value, str):
        return value.replace(MARK, "")
    if isinstance(value, list):
        return [v.replace(MARK, "") for v in value]
    return value


class _Options:
    """Options being read: exact values (expansions marked), how each was spelled and typed."""

    def __init__(self):
        self.values: dict[str, bool | str | list[str]] = {}
        self.spelled: dict[str, str] = {}
        self.typed: dict[str, str] = {}

    def set(self, spec: OptionSpec, value: str | None, option: str, raw: str | None) -> None:
        self.spelled.setdefault(spec.name, option)
        if spec.kind == "bool":
            if value is None or value in _TRUE:
                self.values[spec.name] = True
            elif value in _FALSE:
                self.values[spec.name] = False
            else:
                raise CommandParseError("bad-bool", option=option, value=clip(value))
            return
        if raw is not None:
            self.typed.setdefault(value, raw)
        if spec.kind == "value":
            self.values[spec.name] = value
        else:
            self.values.setdefault(spec.name, []).append(value)


def _value_raw(raw_word: str, prefix: str) -> str | None:
    """How the value part of `--name=value` (or `-pVALUE`) was typed, when the quotes allow saying."""
    return raw_word[len(prefix) :] if raw_word.startswith(prefix) else None


def take_option(spec: SubcommandSpec, sub: str, keys: list[str], raws: list[str], i: int, opts: _Options) -> int:
    """Consume the option(s) in keys[i] (and its value if separate); return the next index."""
    tok = keys[i]
    if tok.startswith("--"):
        name, eq, value = tok[2:].partition("=")
        opt = spec.by_long.get(name)
        if opt is None:
            if name == "help":
                opts.values["help"] = True
                return i + 1
            raise with_suggestion(
                CommandParseError("unknown-option", option=clip("--" + name), sub=sub), "--" + name, ["--" + n for n in spec.by_long]
            )
        spelled = "--" + name
        if eq:
            opts.set(opt, value, spelled, _value_raw(raws[i], tok[: len(name) + 3]))
            return i + 1
        if opt.kind == "bool":
            opts.set(opt, None, spelled, None)
            return i + 1
        if i + 1 >= len(keys):
            raise CommandParseError("missing-value", option=spelled)
        opts.set(opt, keys[i + 1], spelled, raws[i + 1])
        return i + 2
    return _take_shorthands(spec, sub, keys, raws, i, opts)


def _take_shorthands(spec: SubcommandSpec, sub: str, keys: list[str], raws: list[str], i: int, opts: _Options) -> int:
    """A group of shorthands: -it, -dp 3000:80, -p3000:80, -d=false."""
    tok = keys[i]
    for j in range(1, len(tok)):
        ch = tok[j]
        opt = spec.by_short.get(ch)
        if opt is None and ch == "h":
            opts.values["help"] = True
            continue
        if opt is None:
            raise CommandParseError("unknown-option", option=clip("-" + ch), sub=sub)
        rest = tok[j + 1 :]
        if rest.startswith("=") or (rest and opt.kind != "bool"):
            value = rest[1:] if rest.startswith("=") else rest
            opts.set(opt, value, "-" + ch, _value_raw(raws[i], tok[: len(tok) - len(value)]))
            return i + 1
        if opt.kind == "bool":
            opts.set(opt, None, "-" + ch, None)
            continue
        if i + 1 >= len(keys):
            raise CommandParseError("missing-value", option="-" + ch)
        opts.set(opt, keys[i + 1], "-" + ch, raws[i + 1])
        return i + 2
    return i + 1


def _subcommand(keys: list[str], i: int) -> tuple[str, int]:
    """The canonical command named at keys[i:], and the index after its words."""
    index = alias_index()
    for width in (3, 2, 1):
        key = tuple(keys[i : i + width])
        if len(key) == width and key in index:
            return index[key], i + width
    word = keys[i].replace(MARK, "")
    groups = command_groups()
    if word in groups:
        nxt = keys[i + 1] if i + 1 < len(keys) else ""
        if not nxt or nxt.startswith("-"):
            raise CommandParseError("incomplete-subcommand", word=word)
        raise with_suggestion(
            CommandParseError("unknown-subcommand", word=clip(f"{word} {nxt.replace(MARK, '')}")),
            f"{word} {nxt}",
            sorted(" ".join(k) for k in index if k[0] == word),
        )
    if word in PLUGIN_COMMANDS:
        raise CommandParseError("unsupported-subcommand", word=word)
    candidates = sorted({k[0] for k in index} | groups)
    raise with_suggestion(CommandParseError("unknown-subcommand", word=clip(word)), word, candidates)


def _global_options(keys: list[str], raws: list[str]) -> tuple[_Options, int]:
    """Options of docker itself, before the subcommand; and the index of the subcommand's first word."""
    gspec = global_spec()
    gopts = _Options()
    i = 0
    while i < len(keys) and keys[i].startswith("-") and keys[i] != "-":
        if keys[i] == "--":
            return gopts, i + 1
        try:
            i = take_option(gspec, "docker", keys, raws, i, gopts)
        except CommandParseError as exc:
            if exc.code != "unknown-option":
                raise
            sub = next((w for w in keys[i + 1 :] if not w.startswith("-")), "run")
            raise CommandParseError("option-before-subcommand", option=exc.fields["option"], sub=clip(sub, 20)) from None
    return gopts, i


def _parse_docker_words(words: list[Word]) -> ParsedCommand:
    keys = [w.key for w in words]
    raws = [w.raw for w in words]
    expanded = any(w.expansions for w in words)
    gopts, i = _global_options(keys, raws)
    if i >= len(keys):
        raise CommandParseError("missing-subcommand")
    name, i = _subcommand(keys, i)
    spec = subcommand_spec(name)
    opts = _Options()
    positionals: list[str] = []
    typed: dict[str, str] = {}
    rest_are_args = False
    while i < len(keys):
        tok = keys[i]
        if rest_are_args or tok == "-" or not tok.startswith("-"):
            positionals.append(tok)
            typed.setdefault(tok, raws[i])
            i += 1
            rest_are_args = rest_are_args or not spec.interspersed
            continue
        if tok == "--":
            rest_are_args = True
            i += 1
            continue
        i = take_option(spec, name, keys, raws, i, opts)
    _check_args(spec, positionals)
    typed.update({k: v for k, v in opts.typed.items() if k not in typed})
    plain = [p.replace(MARK, "") for p in positionals] if expanded else positionals
    parsed = ParsedCommand(
        subcommand=name,
        options={k: _strip(v) for k, v in opts.values.items()} if expanded else dict(opts.values),
        positionals=plain,
        argv=[w.text for w in words],
        global_options={k: _strip(v) for k, v in gopts.values.items()},
        expansions=[w.text for w in words if w.expansions],
        spelled=opts.spelled,
        exact_options=opts.values,
        exact_positionals=positionals,
        exact_global_options=gopts.values,
        typed=typed,
    )
    if name in ("run", "create"):
        parsed.image = plain[0]
        parsed.container_command = plain[1:]
    _validate_args(parsed)
    return parsed


def what(kind: str) -> tuple[str, str]:
    return ARG_WHAT.get(kind, ("인자", "argument"))


def _check_args(spec: SubcommandSpec, positionals: list[str]) -> None:
    if len(positionals) < spec.min_args:
        missing = spec.args[min(len(positionals), len(spec.args) - 1)].kind
        ko, en = what(missing)
        raise CommandParseError("missing-argument", sub=spec.name, what=(ko, ("an " if en[0] in "aeiou" else "a ") + en))
    if spec.max_args is not None and len(positionals) > spec.max_args:
        extra = " ".join(positionals[spec.max_args :]).replace(MARK, "")
        raise CommandParseError("too-many-arguments", sub=spec.name, extra=clip(extra))


def arg_kinds(spec: SubcommandSpec, count: int) -> list[str]:
    """The kind of each of `count` arguments."""
    kinds: list[str] = []
    optional_left = count - spec.min_args
    for index, a in enumerate(spec.args):
        if a.repeat in ("+", "*"):
            # As many as the count leaves after the arguments that follow this one.
            following = sum(1 for b in spec.args[index + 1 :] if b.repeat in ("", "+"))
            kinds.extend([a.kind] * (count - len(kinds) - following))
        elif a.repeat == "?":
            if optional_left > 0:
                kinds.append(a.kind)
                optional_left -= 1
        else:
            kinds.append(a.kind)
    return kinds[:count]


def _validate_args(parsed: ParsedCommand) -> None:
    spec = parsed.spec
    for kind, value in zip(arg_kinds(spec, len(parsed.exact_positionals)), parsed.exact_positionals):
        if kind in ("image", "repository"):
            normalize_arg(kind, value)
    for name, value in parsed.exact_options.items():
        opt = spec.by_long.get(name)
        if opt is not None and opt.norm == "image":
            for v in value:
                if MARK not in v:
                    normalize_image(v)
    if parsed.subcommand == "cp":
        sides = [cp_container(p) for p in parsed.exact_positionals]
        if sum(1 for s in sides if s is not None) != 1:
            raise CommandParseError("cp-no-container")
