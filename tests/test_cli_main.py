"""`quizapp` with global options only opens the window, and reads no subcommand's module to do so;
anything else goes to the whole command line, which reports mistakes."""

import subprocess
import sys
from pathlib import Path

import pytest

from quizapp.cli import _window_args, main

ROOT = Path(__file__).resolve().parent.parent


def test_global_options_alone_open_the_window():
    args = _window_args(["--data-dir", "/tmp/somewhere", "--lang", "en", "--view", "review"])
    assert args is not None and (args.data_dir, args.lang, args.view, args.screenshot) == ("/tmp/somewhere", "en", "review", None)
    assert _window_args([]).view == "home"


@pytest.mark.parametrize("argv", [["review", "--terminal"], ["stats", "--json"], ["--help"], ["-h"], ["--lang", "xx"], ["--data-dir"], ["revieww"]])
def test_anything_else_is_for_the_whole_command_line(argv):
    assert _window_args(argv) is None


def test_a_mistake_is_still_reported_with_every_command(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--lang", "xx"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "invalid choice: 'xx'" in err and "COMMAND" in err  # the whole parser's usage


def test_the_window_path_imports_no_subcommand_module():
    code = (
        "import sys\n"
        "from quizapp.cli import _window_args\n"
        "_window_args(['--view', 'review'])\n"
        "print(sorted(m for m in sys.modules if m.startswith('quizapp.cli.')))\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "['quizapp.cli.gui']"  # the window's own module, which imports no Qt until it opens


def test_the_collector_is_paused_only_while_the_window_is_built(monkeypatch, tmp_path):
    import gc
    from types import SimpleNamespace

    from quizapp.cli import gui

    seen = {}

    class App:
        def exec(self):
            seen["running"] = gc.isenabled()
            return 0

    def open_window(options, view, explicit=True):
        seen["building"] = gc.isenabled()
        return App(), None

    def no_pyside(options, view, explicit=True):
        raise ImportError("No module named 'PySide6'")

    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setattr(gui, "open_window", open_window)
    args, ctx = SimpleNamespace(lang="en"), SimpleNamespace(data_dir=tmp_path, lang="en")
    assert gui.launch(args, ctx, view="review") == 0
    assert seen == {"building": False, "running": True} and gc.isenabled()
    monkeypatch.setattr(gui, "open_window", no_pyside)
    assert gui.launch(args, ctx, view="review") == 2
    assert gc.isenabled()
    gc.unfreeze()
