"""How long a lab check takes, against one `docker inspect` process.

For every lab: start it, run the reference solution, then time the check (without the checks
that wait on an HTTP answer) several times, and time `docker inspect` processes in the same run.
Last output line: {"docker_inspect_ms": m, "labs": {"ID": ms, ...}, "ratio_max": r}; target r <= 1.0.

Needs a reachable Docker daemon. Uses a temporary data folder and DOCKER_CONFIG, and resets each
lab after timing it.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

REPEATS = int(os.environ.get("QUIZAPP_BENCH_REPEATS", "9"))


def main() -> int:
    from quizapp.core.clock import SystemClock
    from quizapp.core.labs import DaemonProblem, LabRunner, connect, load_labs
    from quizapp.core.labs.assets import stop_registries
    from quizapp.core.labs.runner import docker_cli
    from quizapp.core.store import Store

    # Lab names (quizlab-web, port 3000) are global on a daemon: wait for test sessions using it.
    import fcntl

    lock = open(os.environ.get("QUIZAPP_DOCKER_TEST_LOCK", "/tmp/quizapp-docker-tests.lock"), "a+")
    fcntl.flock(lock, fcntl.LOCK_EX)
    client = connect()
    if isinstance(client, DaemonProblem):
        print(f"no Docker daemon: {client.message['en']}", file=sys.stderr)
        return 2
    tmp = Path(tempfile.mkdtemp(prefix="quizapp-bench-"))
    os.environ["DOCKER_CONFIG"] = str(tmp / "dockerconfig")
    store = Store.open(tmp / "data")
    runner = LabRunner(store, client, tmp / "data", SystemClock(), ROOT / "content")
    docker = docker_cli()
    inspect_times: list[float] = []
    lab_ms: dict[str, float] = {}

    def time_inspect() -> None:
        t = time.perf_counter()
        subprocess.run([docker, "inspect", "quizlab/base:1"], capture_output=True, check=True)
        inspect_times.append((time.perf_counter() - t) * 1000)

    try:
        for lab in load_labs(ROOT / "content" / "labs"):
            runner.start(lab)
            try:
                runner.solve(lab)
                first = runner.check(lab, http=False, record=False)
                if not first.passed:
                    print(f"{lab.id}: check does not pass after solve: {[c.id for c in first.checks if not c.passed]}", file=sys.stderr)
                times = []
                for _ in range(REPEATS):
                    t = time.perf_counter()
                    runner.check(lab, http=False, record=False)
                    times.append((time.perf_counter() - t) * 1000)
                    time_inspect()
                lab_ms[lab.id] = round(statistics.median(times), 2)
                print(f"{lab.id:20} check {lab_ms[lab.id]:7.2f} ms", file=sys.stderr)
            finally:
                runner.reset(lab)
    finally:
        stop_registries(client)
        store.close()
    inspect_ms = round(statistics.median(inspect_times), 2)
    ratio = round(max(ms / inspect_ms for ms in lab_ms.values()), 3)
    print(f"docker inspect: {inspect_ms} ms", file=sys.stderr)
    print(json.dumps({"docker_inspect_ms": inspect_ms, "labs": lab_ms, "ratio_max": ratio}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
