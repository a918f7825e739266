"""A lab's `{name}` placeholders, filled from the attempt's params (`{port}`, `{workdir}`, ...)."""

from __future__ import annotations

from typing import Any


def fill_params(text: str, params: dict[str, Any]) -> str:
    # str.format_map would choke on `{{` and JSON in task text; replace known names only.
    for key, value in params.items():
        text = text.replace("{" + key + "}", str(value))
    return text
