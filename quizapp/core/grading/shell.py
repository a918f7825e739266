"""A small POSIX-shell tokenizer: what a shell would hand to `docker`, without running anything.

It knows quoting (single, double, backslash), line continuations, comments, control operators
(`;`, `&&`, `||`, `|`, `&`, newlines), redirections (`>`, `2>&1`, `<`, ...) and notices the
expansions the shell would perform before docker sees anything (`$VAR`, `$(...)`, backticks).
Expansions are kept as their literal text; the word records which kinds it contained, so the
grader can tell the learner that docker would receive something else.

`shlex` is not used: it neither reports operators inside words as POSIX shells do nor tells which
words held expansions, and a hand-written scanner over regular expressions is as fast.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Operators, longest first so `&&` wins over `&`.
CONTROL_OPERATORS = ("&&", "||", ";;", "|&", ";", "|", "&", "\n", "(", ")")
REDIRECT_OPERATORS = ("<<-", "<<", ">>", "<&", ">&", "<>", ">|", "&>>", "&>", "<", ">")

# A run of characters with no special meaning outside quotes.
# Blanks are space and tab as in POSIX shells, plus a carriage return from text pasted from Windows.
_PLAIN = re.compile(r"[^ \t\r\n'\"\\|&;<>()$`#]+")
_BLANK = re.compile(r"[ \t\r]+")
_OPERATOR = re.compile(r"&>>|&>|&&|\|\||;;|\|&|<<-|<<|>>|<&|>&|<>|>\||[;|&()<>\n]")
_SINGLE = re.compile(r"'([^']*)'")
_DOUBLE_PLAIN = re.compile(r'[^"\\$`]+')
_VAR = re.compile(r"\$(?:[A-Za-z_][A-Za-z0-9_]*|[0-9@*#?$!-]|\{[^}]*\})")


class ShellSyntaxError(ValueError):
    """The text is not a complete shell command (an unclosed quote or substitution)."""

    def __init__(self, code: str, detail: str):
        super().__init__(detail)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class Word:
    text: str
    # Kinds of shell expansion found unquoted or in double quotes: "variable", "command", "glob".
    expansions: frozenset[str] = frozenset()
    quoted: bool = False


@dataclass(frozen=True)
class Operator:
    text: str

    @property
    def is_redirect(self) -> bool:
        return self.text in REDIRECT_OPERATORS


@dataclass
class _WordBuilder:
    parts: list[str] = field(default_factory=list)
    expansions: set[str] = field(default_factory=set)
    quoted: bool = False
    started: bool = False


def _scan_substitution(text: str, i: int) -> int:
    """Given text[i:] starting with `$(`, return the index just past the matching `)`."""
    depth = 0
    n = len(text)
    j = i + 1
    while j < n:
        c = text[j]
        if c == "\\":
            j += 2
            continue
        if c == "'":
            end = text.find("'", j + 1)
            if end < 0:
                raise ShellSyntaxError("unbalanced-quote", "unclosed ' inside $(...)")
            j = end + 1
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1
    raise ShellSyntaxError("unbalanced-substitution", "unclosed $(")


def _scan_backtick(text: str, i: int, w: _WordBuilder) -> int:
    """Handle the backtick substitution starting at text[i]; append it to w and return the next index."""
    j = i + 1
    n = len(text)
    while j < n:
        c = text[j]
        if c == "\\":
            j += 2
            continue
        if c == "`":
            w.parts.append(text[i : j + 1])
            w.expansions.add("command")
            return j + 1
        j += 1
    raise ShellSyntaxError("unbalanced-substitution", "unclosed `")


def _scan_dollar(text: str, i: int, w: _WordBuilder) -> int:
    """Handle `$` at text[i]; append its literal text to w and return the next index."""
    if text.startswith("$((", i):
        end = _scan_substitution(text, i)
        w.expansions.add("arithmetic")
    elif text.startswith("$(", i):
        end = _scan_substitution(text, i)
        w.expansions.add("command")
    else:
        m = _VAR.match(text, i)
        if m is None and text.startswith("${", i):
            raise ShellSyntaxError("unbalanced-substitution", "unclosed ${")
        if m is None:
            w.parts.append("$")
            return i + 1
        end = m.end()
        w.expansions.add("variable")
    w.parts.append(text[i:end])
    return end


def tokenize(text: str) -> list[Word | Operator]:
    """Split `text` into words and operators as a POSIX shell would (without expanding)."""
    tokens: list[Word | Operator] = []
    w = _WordBuilder()
    i = 0
    n = len(text)

    def flush() -> None:
        nonlocal w
        if w.started:
            tokens.append(Word("".join(w.parts), frozenset(w.expansions), w.quoted))
            w = _WordBuilder()

    while i < n:
        c = text[i]
        m = _PLAIN.match(text, i)
        if m:
            w.parts.append(m.group(0))
            w.started = True
            i = m.end()
            continue
        if c in " \t\r":
            flush()
            i = _BLANK.match(text, i).end()
            continue
        if c == "'":
            m = _SINGLE.match(text, i)
            if m is None:
                raise ShellSyntaxError("unbalanced-quote", "unclosed single quote (')")
            w.parts.append(m.group(1))
            w.started = w.quoted = True
            i = m.end()
            continue
        if c == '"':
            w.started = w.quoted = True
            i += 1
            while True:
                if i >= n:
                    raise ShellSyntaxError("unbalanced-quote", 'unclosed double quote (")')
                m = _DOUBLE_PLAIN.match(text, i)
                if m:
                    w.parts.append(m.group(0))
                    i = m.end()
                    continue
                d = text[i]
                if d == '"':
                    i += 1
                    break
                if d == "\\":
                    nxt = text[i + 1] if i + 1 < n else ""
                    if nxt == "\n":
                        i += 2
                    elif nxt in ('"', "\\", "$", "`"):
                        w.parts.append(nxt)
                        i += 2
                    else:
                        w.parts.append("\\")
                        i += 1
                elif d == "$":
                    i = _scan_dollar(text, i, w)
                else:  # backtick
                    i = _scan_backtick(text, i, w)
            continue
        if c == "\\":
            if i + 1 >= n:  # a trailing backslash escapes nothing; bash keeps it
                w.parts.append("\\")
                w.started = True
                i += 1
            elif text[i + 1] == "\n":  # line continuation
                i += 2
            else:
                w.parts.append(text[i + 1])
                w.started = w.quoted = True
                i += 2
            continue
        if c == "$":
            w.started = True
            i = _scan_dollar(text, i, w)
            continue
        if c == "`":
            w.started = True
            i = _scan_backtick(text, i, w)
            continue
        if c == "#" and not w.started:
            end = text.find("\n", i)
            i = n if end < 0 else end
            continue
        if c == "#":
            w.parts.append("#")
            i += 1
            continue
        # An operator. A word of digits right before a redirection is its file descriptor.
        m = _OPERATOR.match(text, i)
        op = m.group(0)
        if op in REDIRECT_OPERATORS and w.started and not w.quoted and "".join(w.parts).isdigit():
            w = _WordBuilder()
        else:
            flush()
        tokens.append(Operator(op))
        i = m.end()
    flush()
    return tokens


@dataclass(frozen=True)
class Segment:
    """One simple command and the operator that ended it ("" at the end of the text)."""

    words: list[Word]
    terminator: str
    redirects: list[str]


def split_commands(tokens: list[Word | Operator]) -> list[Segment]:
    """Group tokens into simple commands; redirections and their targets are set aside."""
    segments: list[Segment] = []
    words: list[Word] = []
    redirects: list[str] = []
    skip_target = False
    for tok in tokens:
        if isinstance(tok, Word):
            if skip_target:
                redirects[-1] += " " + tok.text
                skip_target = False
            else:
                words.append(tok)
            continue
        if tok.is_redirect:
            redirects.append(tok.text)
            skip_target = True
            continue
        if tok.text == "\n" and not words and not redirects:
            continue
        segments.append(Segment(words, tok.text, redirects))
        words, redirects, skip_target = [], [], False
    if words or redirects or not segments:
        segments.append(Segment(words, "", redirects))
    return segments
