"""Renders the screenshots of a lab after Check and of Browse with its preview, in Korean and
English, light and dark: lab-after-check-{ko,en}-{light,dark}.png and
browse-preview-{ko,en}-{light,dark}.png in this folder; and the lab's drawings once the learner's
container ran and stopped, lab-drawings-{containers,lifecycle,layers}-{ko-light,en-dark}.png.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/lab_and_browse.py

The lab part needs the Docker daemon: it sets up build-and-run in a temporary data folder, builds
the image as a learner would (so some checks pass and some do not), checks, and resets the lab
at the end.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SIZE = (1180, 760)


def wait(app, condition, seconds: float, what: str) -> None:
    end = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > end:
            raise SystemExit(f"timed out waiting for {what}")
        app.processEvents()
        time.sleep(0.01)
    app.processEvents()


def shoot_both_languages(app, window, name: str) -> None:
    """`name`-ko.png and `name`-en.png in this folder: the window as it is, in each language."""
    for lang in ("ko", "en"):
        window.study.set_language(lang)
        settle(app)
        path = HERE / f"{name}-{lang}.png"
        window.grab().save(str(path), "PNG")
        print(path)


def settle(app, seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def main() -> int:
    from quizapp.gui.app import apply_theme, ensure_app
    from quizapp.gui.study import GuiOptions
    from quizapp.gui.window import MainWindow

    app = ensure_app(offscreen=True)
    data = Path(tempfile.mkdtemp(prefix="quizapp-shots-"))
    window = MainWindow(GuiOptions(data_dir=data, lang="ko", docker=True))
    window.resize(*SIZE)
    window.show()
    wait(app, lambda: window.study.collection is not None, 30, "the collection")

    def each_look(name: str) -> None:
        for lang in ("ko", "en"):
            window.study.set_language(lang)
            for theme in ("light", "dark"):
                apply_theme(theme)
                settle(app)
                path = HERE / f"{name}-{lang}-{theme}.png"
                window.grab().save(str(path), "PNG")
                print(path)
        apply_theme("light")

    # Browse: a cloze card answered once (its history reads as text), previewed with Enter
    answered: list[object] = []
    window.study.run(
        lambda _c, session: session.answer("container-cloze-exited", 3, duration_ms=8200, answer='["이미지", "멈춘"]', correct=True),
        answered.append,
    )
    wait(app, lambda: bool(answered), 30, "the answer")
    browse = window.view("browse")
    window.show_view("browse")
    wait(app, browse.settled, 30, "Browse")
    browse.text.setText("exited")
    browse._timer.stop()
    found: list[int] = []
    browse.searched.connect(found.append)
    browse.search()
    wait(app, lambda: bool(found) and browse.settled(), 30, "the search")
    browse.table.selectRow(next(i for i, r in enumerate(browse.rows) if r.card_id == "container-cloze-exited"))
    browse.preview_current()
    wait(app, lambda: browse.history_card is not None, 10, "the preview")
    each_look("browse-preview")

    # A lab after Check
    labs = window.view("labs")
    window.show_view("lab:build-and-run")
    wait(app, lambda: labs.daemon is not None and labs.page is not None, 60, "the lab")
    if not labs.daemon.ok:
        print("no Docker daemon: the lab screenshots are left as they were", file=sys.stderr)
        window.shutdown()
        return 1
    panel = labs.panel
    panel.start_lab()
    wait(app, lambda: panel.busy_with is None and panel.started, 300, "set-up")
    try:
        subprocess.run(["docker", "build", "-q", "-t", "quizlab/web:1", str(panel.page.workdir)], check=True, capture_output=True)
        panel.check_lab()
        wait(app, lambda: panel.busy_with is None and panel.report is not None, 120, "the check")
        panel.refresh_resources()
        settle(app, 2)
        each_look("lab-after-check")

        # The drawings beside the live panel, once the learner's container runs and is stopped
        subprocess.run(["docker", "run", "-d", "--name", "quizlab-web", "quizlab/web:1"], check=True, capture_output=True)
        subprocess.run(["docker", "stop", "-t", "1", "quizlab-web"], check=True, capture_output=True)
        panel.refresh_resources()
        wait(app, lambda: any(c.name == "quizlab-web" for i in panel.containers_drawing.images for c in i.containers), 30, "the drawn container")
        wait(app, lambda: getattr(panel.lifecycle_drawing.lifecycle, "state", None) == "exited", 30, "the lifecycle")
        wait(app, lambda: bool(panel.layers_drawing.stacks), 30, "the layers")
        for tab, name in enumerate(("containers", "lifecycle", "layers")):
            panel.drawings.setCurrentIndex(tab)
            for lang, theme in (("ko", "light"), ("en", "dark")):
                window.study.set_language(lang)
                apply_theme(theme)
                settle(app)
                path = HERE / f"lab-drawings-{name}-{lang}-{theme}.png"
                window.grab().save(str(path), "PNG")
                print(path)
        apply_theme("light")
    finally:
        panel.reset_lab()
        wait(app, lambda: panel.busy_with is None, 120, "reset")
        window.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
