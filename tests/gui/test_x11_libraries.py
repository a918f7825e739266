"""Opening the window on X11 without the libraries Qt's xcb plugin needs is a clear message with
the fix, not Qt's abort."""

from __future__ import annotations

from types import SimpleNamespace

from quizapp.cli import gui


def test_missing_libraries_are_named_by_package():
    present = {"libxcb-cursor.so.0", "libxkbcommon-x11.so.0"}

    def load(name):
        if name not in present:
            raise OSError(f"{name}: cannot open shared object file")

    assert gui.missing_x11_libraries(load) == ["libxcb-icccm4", "libxcb-keysyms1"]
    assert gui.missing_x11_libraries(lambda _name: None) == []


def test_launch_names_the_packages_and_exits_2(monkeypatch, capsys, tmp_path):
    monkeypatch.setenv("DISPLAY", ":99")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setattr(gui, "missing_x11_libraries", lambda: ["libxcb-cursor0"])
    code = gui.launch(SimpleNamespace(lang="en"), SimpleNamespace(data_dir=tmp_path, lang="en"), view="home")
    assert code == 2
    err = capsys.readouterr().err
    assert "libxcb-cursor0" in err and "apt-get install libxcb-cursor0" in err
