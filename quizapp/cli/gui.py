"""`quizapp` with no subcommand: the desktop window; `--screenshot PATH` renders one view to a PNG."""

from __future__ import annotations

import gc
import os
import sys
import time
from pathlib import Path
from typing import Any

from quizapp.core.lazy import LazyModule

# The window (PySide6 and quizapp.gui) is imported when a window or a screenshot is asked for:
# every command line start imports this module (quizapp.cli imports it to open the window). Measured
# 2026-12-02 on the shared 2-core machine (load 1): quizapp.gui.study alone (PySide6's start) 81 ms.
gui_study = LazyModule("quizapp.gui.study")
gui_app = LazyModule("quizapp.gui.app")
gui_window = LazyModule("quizapp.gui.window")
QtCore = LazyModule("PySide6.QtCore")
# Only to look for the X11 libraries Qt's xcb platform needs: 2 ms the offscreen window and the
# rest of the command line do not pay.
ctypes = LazyModule("ctypes")

gui_views = LazyModule("quizapp.gui.views")  # the views' names, for --view
SCREENSHOT_SIZE = (1180, 760)


def _options(args: Any, ctx: Any, **extra: Any) -> Any:
    return gui_study.GuiOptions(data_dir=Path(ctx.data_dir), lang=getattr(args, "lang", None), **extra)


# Not a view of its own: the review view with its card's answer shown (a typed card answered "I
# don't know"), for screenshots of a card's back.
REVIEW_ANSWER = "review:answer"


def _check_view(view: str) -> str | None:
    if view in gui_views.VIEWS or view == REVIEW_ANSWER or (view.startswith("lab:") and len(view) > 4):
        return None
    return f"quizapp: --view: {view!r} is not a view; use one of {', '.join(gui_views.VIEWS)}, {REVIEW_ANSWER} or lab:ID"


# What Qt's X11 (xcb) platform plugin loads besides itself. Without them Qt aborts the process with
# "Could not load the Qt platform plugin xcb"; we name the missing ones first, with the fix.
XCB_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}


def missing_x11_libraries(load: Any = None) -> list[str]:
    """Debian package names of the X11 libraries Qt's xcb plugin needs and cannot find."""
    load = load or ctypes.CDLL
    missing = []
    for soname, package in XCB_LIBRARIES.items():
        try:
            load(soname)
        except OSError:
            missing.append(package)
    return missing


def _uses_xcb() -> bool:
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.startswith("xcb")
    return sys.platform.startswith("linux") and bool(os.environ.get("DISPLAY")) and not os.environ.get("WAYLAND_DISPLAY")


def launch(args: Any, ctx: Any, view: str = "home") -> int:
    if view == REVIEW_ANSWER:  # a window opens on the card's front
        view = "review"
    problem = _check_view(view or "home")
    if problem:
        print(problem, file=sys.stderr)
        return 2
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM")):
        print(
            "quizapp: no display to open a window on (DISPLAY and WAYLAND_DISPLAY are unset); "
            "use `quizapp review --terminal`, or `quizapp --screenshot FILE.png`",
            file=sys.stderr,
        )
        return 2
    if _uses_xcb():
        missing = missing_x11_libraries()
        if missing:
            print(
                "quizapp: the window needs X11 libraries that Qt cannot find: "
                f"{', '.join(missing)} (Debian/Ubuntu: sudo apt-get install {' '.join(missing)}); "
                "`quizapp review --terminal` works without them",
                file=sys.stderr,
            )
            return 2
    # Starting allocates mostly objects that live as long as the app (modules, classes, widgets):
    # the cyclic collector would walk them again and again (~8 ms before the first card). It is
    # paused while the window is built; what exists then is frozen out of its way, and it resumes.
    gc.disable()
    try:
        app, window = open_window(_options(args, ctx), view, explicit="--view" in sys.argv or view != "home")
    except ImportError as exc:
        print(f"quizapp: the window needs PySide6 ({exc}); `quizapp review --terminal` works without it", file=sys.stderr)
        return 2
    finally:
        gc.freeze()
        gc.enable()
    return int(app.exec())


def open_window(options: Any, view: str = "home", *, explicit: bool = True) -> tuple[Any, Any]:
    """The application and its shown window, on `view` (or, when not `explicit`, the view that was
    open last time). The benchmark starts the window through here too."""
    app = gui_app.ensure_app()
    window = gui_window.MainWindow(options)
    last = window.restore_state()
    window.study.ready.connect(lambda: gui_app.apply_theme(window.study.settings.theme))
    window.show_view(view if explicit else last if _check_view(last) is None else "home")
    window.show()
    return app, window


def render_view(window: Any, view: str, timeout: float = 60.0) -> Any:
    """Show `view`, wait until its data is drawn, and grab it."""
    if view == REVIEW_ANSWER:
        render_view(window, "review", timeout)
        window.view("review").show_answer()
        return render_view(window, "review", timeout)
    window.show_view(view)
    deadline = time.monotonic() + timeout
    quiet = 0
    while time.monotonic() < deadline:
        QtCore.QCoreApplication.processEvents(QtCore.QEventLoop.AllEvents, 50)
        if window.study.open_error is not None:
            raise ValueError(f"cannot open the data in {window.options.data_dir}: {window.study.open_error}")
        if window.study.collection is not None and window.settled():
            quiet += 1
            if quiet >= 3:
                break
        else:
            quiet = 0
        time.sleep(0.01)
    else:
        raise TimeoutError(f"the {view} view did not finish loading within {timeout:.0f} s")
    QtCore.QCoreApplication.processEvents()
    return window.grab()


def screenshot(args: Any, ctx: Any) -> int:
    view = getattr(args, "view", None) or "home"
    problem = _check_view(view)
    if problem:
        print(problem, file=sys.stderr)
        return 2
    path = Path(args.screenshot)
    if path.suffix.lower() != ".png":
        print(f"quizapp: --screenshot: {path} should end in .png", file=sys.stderr)
        return 2
    if not path.parent.exists():
        print(f"quizapp: --screenshot: the folder {path.parent} does not exist", file=sys.stderr)
        return 2
    app = gui_app.ensure_app(offscreen=True)
    window = gui_window.MainWindow(_options(args, ctx))
    window.study.ready.connect(lambda: gui_app.apply_theme(window.study.settings.theme))
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    try:
        image = render_view(window, view)
    except (TimeoutError, ValueError) as exc:
        print(f"quizapp: --screenshot: {exc}", file=sys.stderr)
        window.shutdown()
        return 2 if isinstance(exc, ValueError) else 1  # bad data, as other commands; or too slow
    ok = image.save(str(path), "PNG")
    window.shutdown()
    window.deleteLater()
    app.processEvents()
    if not ok:
        print(f"quizapp: --screenshot: cannot write {path}", file=sys.stderr)
        return 1
    print(path)
    return 0


def register(sub: Any, parser: Any) -> None:
    """The window needs no subcommand of its own: `quizapp` opens it (see quizapp.cli.main)."""
