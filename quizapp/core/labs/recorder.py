"""`python -m quizapp.core.labs.recorder WORKDIR SINCE`: write each new container's
configuration (name, image, --rm, -t, -i) to WORKDIR/.quizlab/containers.jsonl as the daemon
creates it, so checks can judge containers that are gone by the time the learner checks, and
every lab-relevant event to events.jsonl, since the daemon itself keeps only a short history.

Started by lab set-up in its own session; stops on SIGTERM (reset), when the work folder goes
away, or after a few hours.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

MAX_LIFETIME_S = 6 * 3600


def main(argv: list[str]) -> int:
    from docker.errors import NotFound

    from quizapp.core.labs.daemon import DaemonProblem, connect
    from quizapp.core.labs.runner import follow_events

    workdir, since = Path(argv[0]), float(argv[1])
    client = connect()
    if isinstance(client, DaemonProblem):
        print(client.message["en"], file=sys.stderr)
        return 2
    state = workdir / ".quizlab"
    state.mkdir(parents=True, exist_ok=True)
    out_path = state / "containers.jsonl"
    events_path = state / "events.jsonl"
    (state / "recorder.ready").write_text("ready\n")
    born = time.monotonic()

    def stop() -> bool:
        return not state.is_dir() or time.monotonic() - born > MAX_LIFETIME_S

    for e in follow_events(client, since, stop=stop, poll=1.0):
        # The daemon keeps only a short history of events; keep the lab's own.
        with open(events_path, "a", encoding="utf-8") as f:
            f.write(json.dumps(e) + "\n")
        if e.get("Type") != "container" or e.get("Action") != "create":
            continue
        cid = (e.get("Actor") or {}).get("ID")
        try:
            attrs = client.api.inspect_container(cid)
        except NotFound:
            record = {"id": cid, "name": (e.get("Actor") or {}).get("Attributes", {}).get("name"), "gone": True}
        else:
            record = {
                "id": cid,
                "name": attrs["Name"].lstrip("/"),
                "image": attrs["Config"].get("Image"),
                "auto_remove": bool(attrs["HostConfig"].get("AutoRemove")),
                "tty": bool(attrs["Config"].get("Tty")),
                "open_stdin": bool(attrs["Config"].get("OpenStdin")),
                "time": e.get("timeNano"),
            }
        with open(out_path, "a", encoding="utf-8") as f:
            f.write(json.dumps(record) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
