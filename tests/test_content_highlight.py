"""Dockerfiles and commands highlighted as inline-styled HTML (for Qt) and as ANSI (for a terminal)."""

from __future__ import annotations

import html
import re

import pytest

from quizapp.core.content.highlight import to_ansi, to_html

DOCKERFILE = 'FROM node\nWORKDIR /app\nCOPY . .\nRUN npm install\nCMD ["node", "server.js"]\n'
COMMAND = "docker run -d -p 3000:80 --name web myimage"
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def visible_text(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


@pytest.mark.parametrize("source,lang", [(DOCKERFILE, "dockerfile"), (COMMAND, "shell"), ("<b>&amp;</b>", "text")])
def test_html_keeps_the_text_exactly(source, lang):
    out = to_html(source, lang)
    assert out.startswith("<pre") and out.endswith("</pre>")
    assert visible_text(out) == source.rstrip("\n")


def test_html_uses_inline_styles_and_colours_instructions():
    out = to_html(DOCKERFILE, "dockerfile")
    assert "class=" not in out  # Qt rich text has no stylesheet for Pygments classes
    keyword = re.search(r'<span style="([^"]+)">FROM</span>', out)
    assert keyword and "color" in keyword.group(1)
    assert re.search(r'<span style="[^"]*color[^"]*">(&quot;|")node(&quot;|")</span>', out)


def test_dark_and_light_differ():
    light, dark = to_html(DOCKERFILE, "dockerfile"), to_html(DOCKERFILE, "dockerfile", dark=True)
    assert light != dark
    assert visible_text(light) == visible_text(dark)


def test_unknown_language_falls_back_to_plain_text():
    out = to_html("FROM node", "klingon")
    assert visible_text(out) == "FROM node"
    assert "<span" not in out.split(">", 1)[1]


def test_ansi_colours_and_keeps_the_text():
    out = to_ansi(DOCKERFILE, "dockerfile")
    assert "\x1b[" in out
    assert ANSI.sub("", out) == DOCKERFILE.rstrip("\n")
    assert ANSI.sub("", to_ansi(COMMAND, "shell")) == COMMAND
