"""`python -m quizapp.core.labs.recorder WORKDIR SINCE`: write each new container's
configuration (name, image, --rm, -t, -i) to WORKDIR/.quizlab/containers.jsonl as the daemon
creates it, so checks can judge containers that are gone by the time the learner checks, and
every lab-relevant event to events.jsonl, since the daemon itself keeps only a short history.

Started by lab set-up in its own session; stops on SIGTERM (reset), when the work folder goes
away, or after a few hours.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from docker.errors import NotFound

from quizapp.core.labs.daemon import DaemonProblem, connect
from quizapp.core.labs.events import follow_events
from quizapp.core.labs.processes import process_matches, stop

MAX_LIFETIME_S = 6 * 3600


def start_recorder(workdir: Path, since: float) -> int:
    """A small process that writes each new container's configuration as the daemon creates it,
    so checks can judge containers that are already gone (`--rm`)."""
    (workdir / ".quizlab").mkdir(parents=True, exist_ok=True)
    log = open(workdir / ".quizlab" / "recorder.log", "ab")
    proc = subprocess.Popen(
        [sys.executable, "-m", "quizapp.core.labs.recorder", str(workdir), f"{since:.9f}"],
        stdin=subprocess.DEVNULL, stdout=log, stderr=log, start_new_session=True,
    )
    log.close()
    ready = workdir / ".quizlab" / "recorder.ready"
    deadline = time.monotonic() + 10
    while not ready.exists() and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    return proc.pid


def stop_recorder(pid: int | None, workdir: Path) -> None:
    if not pid:
        return
    try:  # reap it if it already ended on its own (it is our child when this process started it)
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        pass
    if process_matches(pid, "quizapp.core.labs.recorder"):
        stop(pid, wait_s=2.0)


def _read_jsonl(path: Path) -> list[dict]:
    """The records of a JSON-lines file the recorder writes; a torn line is skipped."""
    try:
        lines = path.read_text().splitlines()
    except OSError:
        return []
    out = []
    for line in lines:
        try:
            out.append(json.loads(line))
        except ValueError:
            continue
    return out


def read_recorded_events(workdir: Path) -> list[dict]:
    return _read_jsonl(workdir / ".quizlab" / "events.jsonl")


def read_recording(workdir: Path) -> dict[str, list[dict]]:
    """Recorded container configurations by name."""
    out: dict[str, list[dict]] = {}
    for rec in _read_jsonl(workdir / ".quizlab" / "containers.jsonl"):
        out.setdefault(rec.get("name", ""), []).append(rec)
    return out



def main(argv: list[str]) -> int:
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
