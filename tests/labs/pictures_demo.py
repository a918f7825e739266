"""Screenshots of the Docker drawings, from what a layer-cache lab leaves on the real daemon.

    .venv/bin/python tests/labs/pictures_demo.py docs/screenshots [--lang ko]

Builds an image twice, the second time with only the source changed (the dependencies' steps
come from the cache), runs containers from both into different states, stops one, and draws the
three pictures from the daemon (drawing-layers.png, drawing-containers.png,
drawing-lifecycle.png). Everything it makes is called qdemo… and removed at the end.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

DOCKERFILE = """FROM quizlab/base:1
WORKDIR /app
COPY deps.txt install.sh /app/
RUN sh install.sh
COPY server.sh /app/
CMD ["sh", "server.sh"]
"""
FILES = {
    "deps.txt": "left-pad 1.3.0\n",
    "install.sh": "mkdir -p /app/deps && cp deps.txt /app/deps/ && dd if=/dev/zero of=/app/deps/blob bs=1k count=300 2>/dev/null\n",
}
PREFIX = "qdemo"


def context(server: str) -> io.BytesIO:
    data = io.BytesIO()
    with tarfile.open(fileobj=data, mode="w") as tar:
        for name, text in {"Dockerfile": DOCKERFILE, **FILES, "server.sh": server}.items():
            raw = text.encode()
            info = tarfile.TarInfo(name)
            info.size = len(raw)
            tar.addfile(info, io.BytesIO(raw))
    data.seek(0)
    return data


def clean(client) -> None:
    for c in client.containers.list(all=True):
        if c.name.startswith(PREFIX + "-"):
            c.remove(force=True)
    for tag in (f"{PREFIX}/web:1", f"{PREFIX}/web:2"):
        try:
            client.images.remove(tag, force=True)
        except Exception:  # noqa: BLE001 - not there
            pass


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default="ko", choices=("ko", "en"))
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from quizapp.core.labs import DaemonProblem, connect
    from quizapp.core.labs.assets import ensure_base
    from quizapp.core.labs.pictures import follow, images_and_containers, layer_stack, mark_shared
    from quizapp.gui.app import ensure_app
    from quizapp.gui.drawings import ContainersDrawing, LayerStackDrawing, LifecycleDrawing
    from quizapp.gui.i18n import LanguageSwitch

    client = connect()
    if isinstance(client, DaemonProblem):
        print(client.message["en"], file=sys.stderr)
        return 2
    ensure_base(client)
    clean(client)
    try:
        client.images.build(fileobj=context('echo "v1"; sleep 3600\n'), custom_context=True, tag=f"{PREFIX}/web:1", rm=True)
        client.images.build(fileobj=context('echo "v2"; sleep 3600\n'), custom_context=True, tag=f"{PREFIX}/web:2", rm=True)
        since = time.time() - 0.5
        old = client.containers.run(f"{PREFIX}/web:1", name=f"{PREFIX}-web-1", detach=True)
        old.stop(timeout=1)
        client.containers.run(f"{PREFIX}/web:2", name=f"{PREFIX}-web-2", detach=True)
        client.containers.create(f"{PREFIX}/web:2", name=f"{PREFIX}-web-3")
        until = time.time() + 0.5
        lives: dict = {}
        follow(lives, client.events(since=since, until=until, decode=True, filters={"container": old.id}))
        ours = lambda row: (row.get("Names") or ["/"])[0].lstrip("/").startswith(PREFIX + "-")  # noqa: E731
        stacks = mark_shared(layer_stack(client, f"{PREFIX}/web:1"), layer_stack(client, f"{PREFIX}/web:2"))
        images = images_and_containers(client, ours)

        ensure_app()
        LanguageSwitch().apply(args.lang)
        drawings = {
            "drawing-layers.png": (LayerStackDrawing(), lambda d: d.set_stacks(list(stacks)), (900, 330)),
            "drawing-containers.png": (ContainersDrawing(), lambda d: d.set_images(images), (900, 190)),
            "drawing-lifecycle.png": (LifecycleDrawing(), lambda d: d.set_lifecycle(lives[old.id]), (760, 255)),
        }
        for name, (drawing, fill, size) in drawings.items():
            fill(drawing)
            drawing.resize(*size)
            drawing.setAutoFillBackground(True)
            path = args.out / name
            if not drawing.grab().save(str(path)):
                print(f"cannot write {path}", file=sys.stderr)
                return 1
            print(path)
    finally:
        clean(client)
        client.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
