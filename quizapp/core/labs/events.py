"""The daemon's lab-relevant events, followed from a time on (for the GUI's worker and the recorder)."""

from __future__ import annotations

import time
from typing import Iterator

from quizapp.core.labs.ownership import is_lab_container, is_lab_ref


def follow_events(client, since: float, *, stop=None, poll: float = 1.0) -> Iterator[dict]:
    """Lab-relevant daemon events from `since` on, until `stop()` is true (checked at least every
    `poll` seconds) or the generator is closed. For the GUI's worker thread and the recorder."""
    last = since
    while stop is None or not stop():
        until = time.time() + poll
        stream = client.events(since=f"{last:.9f}", until=f"{until:.9f}", decode=True)
        try:
            for e in stream:
                tn = e.get("timeNano")
                if tn:
                    last = max(last, tn / 1e9 + 1e-9)
                if _relevant(e):
                    yield e
        finally:
            stream.close()
        # Every event up to `until` has been delivered: continue from there.
        last = max(last, until)


def _relevant(e: dict) -> bool:
    attrs = (e.get("Actor") or {}).get("Attributes") or {}
    if e.get("Type") == "container":
        return is_lab_container(attrs.get("name", ""), attrs.get("image", ""))
    if e.get("Type") == "image":
        return is_lab_ref(attrs.get("name", "")) or is_lab_ref((e.get("Actor") or {}).get("ID", ""))
    return False
