"""Dockerfiles and commands shown highlighted: HTML with inline styles for Qt, ANSI for a terminal."""

from __future__ import annotations

from functools import lru_cache
from html import escape

from pygments import highlight
from pygments.formatters import HtmlFormatter, TerminalFormatter
from pygments.lexer import Lexer
from pygments.lexers import (
    BashLexer,
    DockerLexer,
    JavascriptLexer,
    JsonLexer,
    PythonLexer,
    TextLexer,
)

_LEXERS: dict[str, type[Lexer]] = {
    "dockerfile": DockerLexer,
    "shell": BashLexer,
    "json": JsonLexer,
    "python": PythonLexer,
    "javascript": JavascriptLexer,
    "text": TextLexer,
}
LIGHT_STYLE = "default"
DARK_STYLE = "monokai"


@lru_cache(maxsize=None)
def _lexer(lang: str) -> Lexer:
    return _LEXERS.get(lang, TextLexer)(stripnl=False, ensurenl=False)


@lru_cache(maxsize=4)
def _html_formatter(dark: bool) -> HtmlFormatter:
    # noclasses: Qt's rich text has no stylesheet for Pygments' classes, so styles go inline.
    return HtmlFormatter(style=DARK_STYLE if dark else LIGHT_STYLE, noclasses=True, nowrap=True)


def to_html(source: str, lang: str, dark: bool = False) -> str:
    """`source` as a `<pre>` block with inline colour styles (Qt rich text understands these)."""
    formatter = _html_formatter(dark)
    body = highlight(source.rstrip("\n"), _lexer(lang), formatter).rstrip("\n")
    style = formatter.style
    background = style.background_color or ("#272822" if dark else "#f8f8f8")
    # The default text colour, so plain tokens stay readable on a dark background.
    foreground = "#f8f8f2" if dark else "#000000"
    return (
        f'<pre style="background-color: {background}; color: {foreground}; '
        f'font-family: monospace; padding: 6px;">{body}</pre>'
    )


def to_ansi(source: str, lang: str) -> str:
    """`source` coloured with ANSI escapes for a terminal (no trailing newline added)."""
    return highlight(source.rstrip("\n"), _lexer(lang), TerminalFormatter()).rstrip("\n")


def to_plain_html(source: str) -> str:
    """No colours at all, for places that cannot show them."""
    return f"<pre>{escape(source.rstrip(chr(10)))}</pre>"
