"""A small POSIX-shell tokenizer: what a shell would hand to `docker`, without running anything.

It knows quoting (single, double, backslash), line continuations, comments, control operators
(`;`, `&&`, `||`, `|`, `&`, newlines), redirections (`>`, `2>&1`, `<`, ...) and the expansions the host
shell performs before docker sees anything: `$VAR`, `${VAR}`, `$(...)`, `$((...))` and backticks
(unquoted or in double quotes), a tilde prefix (`~`, `~/x`, and after `=` or `:` in a `NAME=value`
word, as bash does), and the glob characters `*` and `?` (unquoted; `[...]` is left alone, since
`-p [::1]:80:80` matches no file).

Each `Word` has:
- `text`: the word as docker would receive it if nothing expanded (quotes removed, escapes applied,
  expansions kept as typed);
- `key`: the same with every span the shell expands wrapped in NUL characters (NUL never reaches here:
  the grader refuses it), so `'$HOME'` (key `$HOME`) and `"$HOME"` (key `\\0$HOME\\0`) differ while
  `"a b"` and `a\\ b` agree;
- `raw`: the word exactly as typed, quotes included, for messages;
- `expansions`: the kinds of expansion it holds ("variable", "command", "arithmetic", "tilde", "glob").

`shlex` is not used: it neither reports operators inside words as POSIX shells do nor tells which
words hold expansions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

CONTROL_OPERATORS = ("&&", "||", ";;", "|&", ";", "|", "&", "\n", "(", ")")
REDIRECT_OPERATORS = ("<<-", "<<", ">>", "<&", ">&", "<>", ">|", "&>>", "&>", "<", ">")
MARK = "\x00"

# A run of characters with no special meaning outside quotes. Blanks are space and tab as in POSIX
# shells, plus a carriage return from text pasted from Windows.
_PLAIN = re.compile(r"[^ \t\r\n'\"\\|&;<>()$`#~*?]+")
_BLANK = re.compile(r"[ \t\r]+")
_OPERATOR = re.compile(r"&>>|&>|&&|\|\||;;|\|&|<<-|<<|>>|<&|>&|<>|>\||[;|&()<>\n]")
_DOUBLE_PLAIN = re.compile(r'[^"\\$`]+')
_VAR = re.compile(r"\$(?:[A-Za-z_][A-Za-z0-9_]*|[0-9@*#?$!-]|\{[^}]*\})")
_TILDE = re.compile(r"~[A-Za-z0-9._-]*")
_ASSIGNMENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*=")
_ESCAPABLE_IN_DOUBLE = '"\\$`'

# Why the text is not a complete command, in both languages.
_DETAILS = {
    "'": ("작은따옴표(')가 닫히지 않았습니다", "unclosed single quote (')"),
    '"': ('큰따옴표(")가 닫히지 않았습니다', 'unclosed double quote (")'),
    "$(": ("$(…)의 괄호가 닫히지 않았습니다", "unclosed $("),
    "$('": ("$(…) 안의 작은따옴표가 닫히지 않았습니다", "unclosed ' inside $(...)"),
    "${": ("${…}의 중괄호가 닫히지 않았습니다", "unclosed ${"),
    "`": ("역따옴표(`)가 닫히지 않았습니다", "unclosed `"),
}


class ShellSyntaxError(ValueError):
    """The text is not a complete shell command (an unclosed quote or substitution).
    `detail` is a (Korean, English) pair."""

    def __init__(self, code: str, what: str):
        self.code = code
        self.detail = _DETAILS[what]
        super().__init__(self.detail[1])


@dataclass(frozen=True)
class Word:
    text: str
    expansions: frozenset[str] = frozenset()
    quoted: bool = False
    key: str = ""
    raw: str = ""

    def __post_init__(self):
        if not self.key:
            object.__setattr__(self, "key", self.text)
        if not self.raw:
            object.__setattr__(self, "raw", self.text)


@dataclass(frozen=True)
class Operator:
    text: str

    @property
    def is_redirect(self) -> bool:
        return self.text in REDIRECT_OPERATORS


@dataclass
class _WordBuilder:
    start: int
    parts: list[str] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)
    expansions: set[str] = field(default_factory=set)
    quoted: bool = False

    def literal(self, text: str) -> None:
        self.parts.append(text)
        self.keys.append(text)

    def expansion(self, kind: str, text: str) -> None:
        self.parts.append(text)
        self.keys.append(MARK + text + MARK)
        self.expansions.add(kind)

    def so_far(self) -> str:
        return "".join(self.parts)


def _closing_paren(text: str, i: int) -> int:
    """Given text[i:] starting with `$(`, the index just past the matching `)`."""
    depth = 0
    j = i + 1
    while j < len(text):
        c = text[j]
        if c == "\\":
            j += 2
            continue
        if c == "'":
            end = text.find("'", j + 1)
            if end < 0:
                raise ShellSyntaxError("unbalanced-quote", "$('")
            j = end + 1
            continue
        depth += {"(": 1, ")": -1}.get(c, 0)
        if depth == 0:
            return j + 1
        j += 1
    raise ShellSyntaxError("unbalanced-substitution", "$(")


def _closing_backtick(text: str, i: int) -> int:
    j = i + 1
    while j < len(text):
        if text[j] == "\\":
            j += 2
        elif text[j] == "`":
            return j + 1
        else:
            j += 1
    raise ShellSyntaxError("unbalanced-substitution", "`")


def _dollar_end(text: str, i: int) -> tuple[str, int] | None:
    """The expansion starting with `$` at text[i]: (kind, end), or None for a plain `$`."""
    if text.startswith("$((", i):
        return "arithmetic", _closing_paren(text, i)
    if text.startswith("$(", i):
        return "command", _closing_paren(text, i)
    m = _VAR.match(text, i)
    if m is not None:
        return "variable", m.end()
    if text.startswith("${", i):
        raise ShellSyntaxError("unbalanced-substitution", "${")
    return None


class _Tokenizer:
    def __init__(self, text: str):
        self.text = text
        self.i = 0
        self.tokens: list[Word | Operator] = []
        self.word: _WordBuilder | None = None
        self.handlers = {
            " ": self._blank, "\t": self._blank, "\r": self._blank,
            "'": self._single, '"': self._double, "\\": self._backslash,
            "$": self._dollar, "`": self._backtick, "#": self._hash,
            "~": self._tilde, "*": self._glob, "?": self._glob,
        }

    def run(self) -> list[Word | Operator]:
        text = self.text
        while self.i < len(text):
            m = _PLAIN.match(text, self.i)
            if m:
                self._current().literal(m.group(0))
                self.i = m.end()
                continue
            self.handlers.get(text[self.i], self._operator)()
        self._flush()
        return self.tokens

    def _current(self) -> _WordBuilder:
        if self.word is None:
            self.word = _WordBuilder(self.i)
        return self.word

    def _flush(self) -> None:
        w = self.word
        if w is not None:
            self.tokens.append(Word(w.so_far(), frozenset(w.expansions), w.quoted, "".join(w.keys), self.text[w.start : self.i]))
            self.word = None

    def _blank(self) -> None:
        self._flush()
        self.i = _BLANK.match(self.text, self.i).end()

    def _single(self) -> None:
        end = self.text.find("'", self.i + 1)
        if end < 0:
            raise ShellSyntaxError("unbalanced-quote", "'")
        w = self._current()
        w.literal(self.text[self.i + 1 : end])
        w.quoted = True
        self.i = end + 1

    def _double(self) -> None:
        w = self._current()
        w.quoted = True
        text, i = self.text, self.i + 1
        while i < len(text) and text[i] != '"':
            m = _DOUBLE_PLAIN.match(text, i)
            if m:
                w.literal(m.group(0))
                i = m.end()
            elif text[i] == "\\":
                nxt = text[i + 1 : i + 2]
                w.literal("" if nxt == "\n" else nxt if nxt and nxt in _ESCAPABLE_IN_DOUBLE else "\\")
                i += 2 if nxt == "\n" or (nxt and nxt in _ESCAPABLE_IN_DOUBLE) else 1
            else:
                i = self._expand_at(i)
        if i >= len(text):
            raise ShellSyntaxError("unbalanced-quote", '"')
        self.i = i + 1

    def _expand_at(self, i: int) -> int:
        """A `$…` or backtick expansion at text[i] (inside or outside double quotes)."""
        w = self._current()
        if self.text[i] == "`":
            kind, end = "command", _closing_backtick(self.text, i)
        else:
            found = _dollar_end(self.text, i)
            if found is None:
                w.literal("$")
                return i + 1
            kind, end = found
        w.expansion(kind, self.text[i:end])
        return end

    def _backslash(self) -> None:
        text, i = self.text, self.i
        if i + 1 >= len(text):  # a trailing backslash escapes nothing; bash keeps it
            self._current().literal("\\")
            self.i += 1
        elif text[i + 1] == "\n":  # line continuation
            self.i += 2
        else:
            w = self._current()
            w.literal(text[i + 1])
            w.quoted = True
            self.i += 2

    def _dollar(self) -> None:
        self.i = self._expand_at(self.i)

    def _backtick(self) -> None:
        self.i = self._expand_at(self.i)

    def _hash(self) -> None:
        if self.word is None:  # a comment runs to the end of the line
            end = self.text.find("\n", self.i)
            self.i = len(self.text) if end < 0 else end
        else:
            self.word.literal("#")
            self.i += 1

    def _tilde(self) -> None:
        w = self.word
        before = w.so_far() if w is not None else ""
        # A tilde prefix: at the start of a word, or after the `=` or a `:` of a NAME=value word.
        prefix = w is None or (
            not w.quoted and before[-1:] in ("=", ":") and _ASSIGNMENT.match(before) is not None
        )
        m = _TILDE.match(self.text, self.i)
        if prefix:
            self._current().expansion("tilde", m.group(0))
        else:
            self._current().literal(m.group(0))
        self.i = m.end()

    def _glob(self) -> None:
        self._current().expansion("glob", self.text[self.i])
        self.i += 1

    def _operator(self) -> None:
        m = _OPERATOR.match(self.text, self.i)
        op = m.group(0)
        w = self.word
        # A word of digits right before a redirection is its file descriptor, not an argument.
        if op in REDIRECT_OPERATORS and w is not None and not w.quoted and w.so_far().isdigit():
            self.word = None
        else:
            self._flush()
        self.tokens.append(Operator(op))
        self.i = m.end()


def tokenize(text: str) -> list[Word | Operator]:
    """Split `text` into words and operators as a POSIX shell would (without expanding)."""
    return _Tokenizer(text).run()


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
