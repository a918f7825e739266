"""Judge an answer against the expected docker command by what the two do, and name each difference.

Differences are said the way the learner wrote things: values with their quotes as typed, an empty
value as `""`, an option by the spelling the learner used (`--tail`, not `-n`).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from quizapp.core.grading.errors import CommandParseError, Difference
from quizapp.core.grading.grammar import OptionSpec, SubcommandSpec, global_spec, subcommand_spec
from quizapp.core.grading.messages import LATEST_HINT, OPTION_HINTS, SUBCOMMAND_HINTS, clip, message
from quizapp.core.grading.normalize import (
    normalize_image,
    normalize_options,
    render_item,
    safe_normalize_arg,
)
from quizapp.core.grading.parse import ParsedCommand, _Options, arg_kinds, parse_command, parse_expected, take_option, what
from quizapp.core.grading.shell import MARK
from quizapp.core.imageref import short as short_image, split_tag

# Past this many, a learner reads a list, not feedback.
MAX_DIFFERENCES = 12
# What docker uses for an optional argument left out.
ARG_DEFAULTS = {"server": "docker.io"}
_NEEDS_QUOTES = re.compile(r"[\s'\"\\$`|&;<>()*?#~]")


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


def _without(p: ParsedCommand, ignore: frozenset[str]) -> ParsedCommand:
    return dataclasses.replace(
        p,
        options={k: v for k, v in p.options.items() if k not in ignore},
        exact_options={k: v for k, v in p.exact_options.items() if k not in ignore},
    )


def compare_commands(expected: str, answer: str, ignore: tuple[str, ...] | list[str] = ()) -> CommandVerdict:
    """Judge `answer` against `expected` by what they do to the daemon. Never raises for any input.
    `ignore`: options (canonical long names, e.g. `rm`) that do not matter for this question."""
    try:
        e = parse_expected(expected) if isinstance(expected, str) and len(expected) <= 2000 else parse_command(expected)
    except CommandParseError as exc:
        err = Difference(exc.code, exc.message)
        return CommandVerdict(False, [err], expected_error=err)
    try:
        a = parse_command(answer)
    except CommandParseError as exc:
        return CommandVerdict(False, [Difference(exc.code, exc.message)])
    except RecursionError:  # pragma: no cover - the tokenizer does not recurse; belt and braces
        return CommandVerdict(False, [Difference("differs", message("differs"))])
    if ignore:
        dropped = frozenset(ignore)
        e, a = _without(e, dropped), _without(a, dropped)
    diffs = _differences(e, a)
    if len(diffs) > MAX_DIFFERENCES:
        more = len(diffs) - MAX_DIFFERENCES + 1
        diffs = diffs[: MAX_DIFFERENCES - 1] + [Difference("more-differences", message("more-differences", count=more))]
    return CommandVerdict(not diffs, diffs, answer=a)


def quote(value: str) -> str:
    """A value as one would type it: `""` when empty, single-quoted when the shell would split it."""
    value = value.replace(MARK, "")
    if value == "":
        return '""'
    if _NEEDS_QUOTES.search(value):
        return "'" + value.replace("'", "'\\''") + "'"
    return value


def shown(p: ParsedCommand, exact: str) -> str:
    """`exact` as it was typed in `p` (quotes included), else quoted as one would type it."""
    typed = p.typed.get(exact)
    if typed is None and MARK in exact:
        typed = '"' + exact.replace(MARK, "") + '"'  # double quotes keep what the shell expands
    return clip(typed if typed is not None else quote(exact))


def _option_name(spec: SubcommandSpec, name: str, *spellings: dict[str, str]) -> str:
    for spelled in spellings:
        if name in spelled:
            return spelled[name]
    opt = spec.by_long.get(name)
    return f"-{opt.short}" if opt is not None and opt.short else f"--{name}"


def _command_start(spec: SubcommandSpec) -> int | None:
    """Where the arguments that are a command (run's, exec's) begin, or None."""
    return next((i for i, a in enumerate(spec.args) if a.kind == "command"), None)


def _plain(value) -> object:
    return value.replace(MARK, "") if isinstance(value, str) else value


def _differences(e: ParsedCommand, a: ParsedCommand) -> list[Difference]:
    diffs = _shell_differences(e, a)
    # Once the host shell's part is said, the same word is not named again as a wrong value.
    quiet = any(d.code in ("shell-expansion", "shell-not-expanded") for d in diffs)
    ge = normalize_options(global_spec(), e.exact_global_options)
    ga = normalize_options(global_spec(), a.exact_global_options)
    if ge != ga:
        ex, an = _render_globals(ge), _render_globals(ga)
        diffs.append(Difference("global-option", message("global-option", expected=(ex or "없음", ex or "none"), answer=(an or "없음", an or "none"))))
    esub, asub = _unify_inspect(e, a)
    if esub != asub:
        hint = SUBCOMMAND_HINTS.get((esub, asub))
        diffs.append(Difference("wrong-subcommand", message("wrong-subcommand", hint, expected=esub, answer=asub)))
        return diffs
    spec = subcommand_spec(esub)
    e_opts, a_opts = dict(e.exact_options), dict(a.exact_options)
    e_args, a_args = list(e.exact_positionals), list(a.exact_positionals)
    if esub != e.subcommand:
        e_opts.pop("type", None)
    if asub != a.subcommand:
        a_opts.pop("type", None)
    start = _command_start(spec)
    # Options typed after the image (or exec's container) go to the container: say so, then judge as
    # if they were in place.
    if start is not None and e_args[start:] != a_args[start:]:
        moved, a_opts, a_args = _options_after_head(spec, start, e_args[start:], a, a_opts, a_args)
        where = ("이미지", "the image") if esub in ("run", "create") else ("컨테이너 이름", "the container name")
        for token in moved:
            diffs.append(Difference("option-after-image", message("option-after-image", option=clip(token), what=where)))
    diffs.extend(_option_differences(spec, esub, e, a, e_opts, a_opts, e_args, a_args, quiet))
    diffs.extend(_argument_differences(spec, esub, e, a, e_args, a_args, quiet))
    return diffs


def _shell_differences(e: ParsedCommand, a: ParsedCommand) -> list[Difference]:
    """What the host shell does around and inside the command: operators, expansions, later commands."""
    diffs: list[Difference] = []
    extra_ops = [op for op in a.shell_operators if op not in e.shell_operators]
    if extra_ops:
        first = " ".join(["docker", *a.argv])
        for op in dict.fromkeys(extra_ops):
            diffs.append(Difference("shell-operator", message("shell-operator", operator=clip(op.strip() or op), first=clip(first, 80))))
    # Judged value by value, so `--name "$N"` and `"--name=$N"` (one expansion, two spellings) agree.
    e_values, a_values = _values(e), _values(a)
    for value in dict.fromkeys(a_values):
        if MARK in value and value not in e_values:
            diffs.append(Difference("shell-expansion", message("shell-expansion", word=shown(a, value))))
    for value in dict.fromkeys(e_values):
        if MARK in value and value not in a_values and _plain(value) in a_values:
            diffs.append(Difference("shell-not-expanded", message("shell-not-expanded", expected=shown(e, value), answer=shown(a, _plain(value)))))
    if (e.shell_operators or e.following) and (e.following != a.following or sorted(e.shell_operators) != sorted(a.shell_operators)):
        def tail(p: ParsedCommand) -> str:
            text = " | ".join(" ".join(words) for words in p.following)
            return f"`{clip(text, 60)}`" if text else "-"

        diffs.append(Difference("shell-command", message("shell-command", expected=tail(e), answer=tail(a))))
    return diffs


def _values(p: ParsedCommand) -> set[str]:
    """Every value and argument of the command, as exact words (what the shell expands marked)."""
    out = set(p.exact_positionals)
    for opts in (p.exact_options, p.exact_global_options):
        for v in opts.values():
            if isinstance(v, str):
                out.add(v)
            elif isinstance(v, list):
                out.update(v)
    return out


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


def _render_globals(opts: dict) -> str:
    words = []
    for k, v in sorted(opts.items()):
        for item in v if isinstance(v, tuple) else (v,):
            words.append(f"--{k}" if item is True else f"--{k}={str(item).lower() if item is False else render_item(item)}")
    return f"`{clip(' '.join(words), 60)}`" if words else ""


def _options_after_head(spec: SubcommandSpec, start: int, e_cmd: list[str], a: ParsedCommand, a_opts: dict, a_args: list[str]):
    """Leading docker options in the answer's command part that the expected command does not have
    there: returns (tokens moved, answer options with them applied, answer args without them)."""
    cmd = a_args[start:]
    raws = [a.typed.get(k, k) for k in cmd]
    opts = _Options()
    opts.values = {k: (list(v) if isinstance(v, list) else v) for k, v in a_opts.items()}
    i = 0
    moved: list[str] = []
    while i < len(cmd) and cmd[i].startswith("-") and cmd[i] not in ("-", "--"):
        if i < len(e_cmd) and e_cmd[i] == cmd[i]:
            break
        try:
            nxt = take_option(spec, spec.name, cmd, raws, i, opts)
        except CommandParseError:
            break
        moved.append(" ".join(raws[i:nxt]))
        i = nxt
    if not moved:
        return [], a_opts, a_args
    a.typed.update({k: v for k, v in opts.typed.items() if k not in a.typed})
    return moved, opts.values, [*a_args[:start], *cmd[i:]]


def _exact_value(opts: dict, name: str) -> str | None:
    v = opts.get(name)
    return v if isinstance(v, str) else None


def _option_differences(spec, sub, e, a, e_opts, a_opts, e_args, a_args, quiet: bool) -> list[Difference]:
    diffs: list[Difference] = []
    ne = normalize_options(spec, e_opts, e_args)
    na = normalize_options(spec, a_opts, a_args)
    order = {n: i for i, n in enumerate(spec.by_long)}
    for name in sorted(set(ne) | set(na), key=lambda n: order.get(n, -1)):
        ev, av = ne.get(name), na.get(name)
        if ev == av or (quiet and isinstance(ev, str) and isinstance(av, str) and _plain(ev) == _plain(av)):
            continue
        if name == "help":
            diffs.append(Difference("help-only", message("help-only")))
            continue
        opt = spec.by_long[name]
        e_name = _option_name(spec, name, e.spelled, a.spelled)
        a_name = _option_name(spec, name, a.spelled, e.spelled)
        if opt.kind == "list":
            diffs.extend(_list_differences(opt, sub, e, a, e_name, a_name, e_opts.get(name) or [], a_opts.get(name) or [], ev or (), av or (), quiet))
        elif ev is None:
            label = a_name if av is True else f"{a_name}=false" if av is False else f"{a_name} {shown(a, _exact_value(a_opts, name) or str(av))}"
            diffs.append(Difference("extra-option", message("extra-option", OPTION_HINTS.get((sub, name, "extra")), option=label)))
        elif av is None:
            label = e_name if ev is True else f"{e_name}=false" if ev is False else f"{e_name} {shown(e, _exact_value(e_opts, name) or str(ev))}"
            diffs.append(Difference("missing-option", message("missing-option", OPTION_HINTS.get((sub, name, "missing")), option=label)))
        else:
            expected = shown(e, _exact_value(e_opts, name) or str(ev))
            answer = shown(a, _exact_value(a_opts, name) or str(av))
            diffs.append(Difference("wrong-option-value", message("wrong-option-value", option=a_name, expected=expected, answer=answer)))
    return diffs


def _item_labels(p: ParsedCommand, spec: SubcommandSpec, opt: OptionSpec, values: list[str]) -> dict:
    """Normalised item -> how to show it: as typed when one typed value made exactly that item."""
    labels: dict = {}
    for v in values:
        items = normalize_options(spec, {opt.name: [v]}).get(opt.name, ())
        for item in items:
            labels.setdefault(item, shown(p, v) if len(items) == 1 else clip(render_item(item)))
    return labels


def _list_differences(opt: OptionSpec, sub: str, e, a, e_name: str, a_name: str, e_values, a_values, ev, av, quiet: bool) -> list[Difference]:
    """A repeatable option: compared as sets, recognising swapped ports and changed tags."""
    diffs: list[Difference] = []
    spec = subcommand_spec(sub)
    missing = [x for x in ev if x not in av]
    extra = [x for x in av if x not in ev]
    if quiet:
        said = {_plain(x) for x in missing} & {_plain(x) for x in extra}
        missing = [x for x in missing if _plain(x) not in said]
        extra = [x for x in extra if _plain(x) not in said]
    if opt.norm == "port":
        for m in list(missing):
            swapped = (m[0], m[2], m[1], m[3])
            if m[1] and swapped in extra:
                missing.remove(m)
                extra.remove(swapped)
                diffs.append(Difference("port-swapped", message(
                    "port-swapped", expected=render_item(m), answer=render_item(swapped),
                    answer_host=swapped[1], answer_container=swapped[2])))
    if opt.norm == "image":
        for m in list(missing):
            repo, tag = split_tag(m)
            same = next((x for x in extra if split_tag(x)[0] == repo), None)
            if same is not None:
                missing.remove(m)
                extra.remove(same)
                diffs.append(Difference("wrong-tag", _tag_message(repo, tag, split_tag(same)[1])))
    e_labels = _item_labels(e, spec, opt, e_values)
    a_labels = _item_labels(a, spec, opt, a_values)
    hint_missing = OPTION_HINTS.get((sub, opt.name, "missing")) if not av else None
    hint_extra = OPTION_HINTS.get((sub, opt.name, "extra")) if not ev else None
    for item in missing:
        label = e_labels.get(item) or clip(short_image(item) if opt.norm == "image" else render_item(item))
        diffs.append(Difference("missing-option-value", message("missing-option-value", hint_missing, option=e_name, value=label)))
    for item in extra:
        label = a_labels.get(item) or clip(short_image(item) if opt.norm == "image" else render_item(item))
        diffs.append(Difference("extra-option-value", message("extra-option-value", hint_extra, option=a_name, value=label)))
    return diffs


def _pad_defaults(spec: SubcommandSpec, args: list[str]) -> list[str]:
    if len(args) < len(spec.args):
        missing = spec.args[len(args)]
        if missing.repeat == "?" and missing.kind in ARG_DEFAULTS:
            return [*args, ARG_DEFAULTS[missing.kind]]
    return list(args)


def _argument_differences(spec: SubcommandSpec, sub: str, e, a, e_args: list[str], a_args: list[str], quiet: bool) -> list[Difference]:
    if quiet:
        e_args, a_args = _unmark_shared(e_args, a_args), _unmark_shared(a_args, e_args)
    start = _command_start(spec)
    if start is not None:
        diffs = _argument_differences_in(spec, e, a, e_args[:start], a_args[:start], ordered=True)
        if e_args[start:] != a_args[start:]:
            diffs.append(Difference("container-command", _command_message(e, a, e_args[start:], a_args[start:], sub)))
        return diffs
    ordered = not any(s.repeat in ("+", "*") for s in spec.args)
    return _argument_differences_in(spec, e, a, _pad_defaults(spec, e_args), _pad_defaults(spec, a_args), ordered)


def _unmark_shared(args: list[str], others: list[str]) -> list[str]:
    """Arguments that differ from the other side's only by what the shell expands, said already."""
    plain_others = {_plain(o) for o in others}
    return [_plain(x) if _plain(x) in plain_others else x for x in args]


def _argument_differences_in(spec, e, a, e_args: list[str], a_args: list[str], ordered: bool) -> list[Difference]:
    diffs: list[Difference] = []
    e_kinds, a_kinds = arg_kinds(spec, len(e_args)), arg_kinds(spec, len(a_args))
    e_norm = [safe_normalize_arg(k, v) for k, v in zip(e_kinds, e_args)]
    a_norm = [safe_normalize_arg(k, v) for k, v in zip(a_kinds, a_args)]
    if not ordered:
        # rm a b == rm b a: the same set of targets.
        if sorted(e_norm) == sorted(a_norm):
            return diffs
        e_set, a_set = set(e_norm), set(a_norm)
        missing = [(k, v, n) for k, v, n in zip(e_kinds, e_args, e_norm) if n not in a_set]
        extra = [(k, v, n) for k, v, n in zip(a_kinds, a_args, a_norm) if n not in e_set]
        if len(missing) == 1 and len(extra) == 1:
            return _pair_difference(e, a, missing[0][0], missing[0][1], extra[0][1])
        for k, v, _ in missing:
            diffs.append(Difference("missing-argument-value", message("missing-argument-value", what=what(k), value=shown(e, v))))
        for k, v, _ in extra:
            diffs.append(Difference("extra-argument-value", message("extra-argument-value", what=what(k), value=shown(a, v))))
        if not missing and not extra:  # same items, different counts
            diffs.append(Difference("differs", message("differs")))
        return diffs
    for idx in range(max(len(e_args), len(a_args))):
        if idx < len(e_args) and idx < len(a_args):
            if e_norm[idx] != a_norm[idx]:
                diffs.extend(_pair_difference(e, a, e_kinds[idx], e_args[idx], a_args[idx]))
        elif idx < len(e_args):
            diffs.append(Difference("missing-argument-value", message("missing-argument-value", what=what(e_kinds[idx]), value=shown(e, e_args[idx]))))
        else:
            diffs.append(Difference("extra-argument-value", message("extra-argument-value", what=what(a_kinds[idx]), value=shown(a, a_args[idx]))))
    return diffs


def _pair_difference(e, a, kind: str, e_raw: str, a_raw: str) -> list[Difference]:
    if kind == "image" and MARK not in e_raw + a_raw:
        return _image_difference(e, a, e_raw, a_raw)
    if kind == "container":
        return [Difference("wrong-container", message("wrong-container", expected=shown(e, e_raw), answer=shown(a, a_raw)))]
    return [Difference("wrong-argument", message("wrong-argument", what=what(kind), expected=shown(e, e_raw), answer=shown(a, a_raw)))]


def _image_difference(e, a, e_raw: str, a_raw: str) -> list[Difference]:
    try:
        en, an = normalize_image(e_raw), normalize_image(a_raw)
    except CommandParseError:
        en, an = e_raw, a_raw
    if en == an:
        return []
    (er, et), (ar, at) = split_tag(en), split_tag(an)
    if er == ar:
        return [Difference("wrong-digest" if "@" in et + at else "wrong-tag", _tag_message(er, et, at))]
    return [Difference("wrong-image", message("wrong-image", expected=shown(e, e_raw), answer=shown(a, a_raw)))]


def _version_label(tag: str) -> tuple[str, str]:
    if tag.startswith("@"):
        return f"다이제스트 `{clip(tag[1:], 24)}`", f"digest `{clip(tag[1:], 24)}`"
    return f"태그 `{tag}`", f"tag `{tag}`"


def _tag_message(repo: str, expected: str, answer: str) -> dict[str, str]:
    if expected.startswith("@") or answer.startswith("@"):
        return message("wrong-digest", repository=short_image(repo), expected=_version_label(expected), answer=_version_label(answer))
    hint = LATEST_HINT if "latest" in (expected, answer) else None
    return message("wrong-tag", hint, repository=short_image(repo), expected=expected, answer=answer)


def _command_message(e, a, e_cmd: list[str], a_cmd: list[str], sub: str) -> dict[str, str]:
    def show(p: ParsedCommand, cmd: list[str], lang: str) -> str:
        if not cmd:
            return "(이미지의 기본 CMD)" if lang == "ko" else "(the image's default CMD)"
        return "`" + clip(" ".join(shown(p, w) for w in cmd), 60) + "`"

    return message(
        "container-command",
        expected=(show(e, e_cmd, "ko"), show(e, e_cmd, "en")),
        answer=(show(a, a_cmd, "ko"), show(a, a_cmd, "en")),
    )
