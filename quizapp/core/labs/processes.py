"""Processes the labs start in the background (a registry, a recorder): is a recorded pid still ours?"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path


def pid_alive(pid: int | None) -> bool:
    if not pid:
        return False
    try:
        os.kill(pid, 0)
        return True
    except OSError:
        return False


def process_matches(pid: int | None, marker: str) -> bool:
    """The process `pid` is alive and (where /proc tells) runs a command line containing
    `marker`: a pid saved long ago may belong to someone else by now."""
    if not pid_alive(pid):
        return False
    cmdline = Path(f"/proc/{pid}/cmdline")
    if not Path("/proc/self/cmdline").exists():
        return True
    try:
        return marker in cmdline.read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")
    except OSError:
        return False


def stop(pid: int, wait_s: float = 3.0) -> None:
    """SIGTERM, then reap (it is our child when this process started it) or wait until it is gone;
    SIGKILL after `wait_s`."""
    try:
        os.kill(pid, signal.SIGTERM)
    except OSError:
        return
    deadline = time.monotonic() + wait_s
    while time.monotonic() < deadline:
        try:
            done, _status = os.waitpid(pid, os.WNOHANG)
            if done:
                return
        except ChildProcessError:
            pass
        if not pid_alive(pid):
            return
        time.sleep(0.05)
    try:
        os.kill(pid, signal.SIGKILL)
    except OSError:
        pass
