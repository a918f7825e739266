"""The QApplication: one per process, set up with a font that has Hangul and the chosen theme."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

# Families tried in order for the interface: the first one installed wins. Hangul needs a CJK font;
# without one Qt falls back to whatever fontconfig offers, which may draw boxes.
UI_FONTS = ("Noto Sans CJK KR", "Noto Sans KR", "NanumGothic", "Apple SD Gothic Neo", "Malgun Gothic", "Source Han Sans KR")
MONO_FONTS = ("Noto Sans Mono CJK KR", "D2Coding", "DejaVu Sans Mono", "Menlo", "Consolas")


def ensure_app(offscreen: bool = False) -> QApplication:
    from quizapp.gui.signals import pin_singletons_if_leaking

    pin_singletons_if_leaking()
    app = QApplication.instance()
    if app is None:
        if offscreen:
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = QApplication(sys.argv[:1])
        app.setApplicationName("quizapp")
        app.setOrganizationName("quizapp")
        app.setStyle("Fusion")
        family = first_installed(UI_FONTS)
        if family:
            font = QFont(family)
            font.setPointSize(10)
            app.setFont(font)
    return app  # type: ignore[return-value]


def first_installed(families: tuple[str, ...]) -> str | None:
    installed = set(QFontDatabase.families())
    return next((f for f in families if f in installed), None)


def monospace_font() -> QFont:
    family = first_installed(MONO_FONTS)
    font = QFont(family) if family else QFontDatabase.systemFont(QFontDatabase.FixedFont)
    font.setStyleHint(QFont.Monospace)
    return font


def apply_theme(theme: str) -> None:
    """light, dark, or system (follow the desktop's colour scheme)."""
    hints = QGuiApplication.styleHints()
    scheme = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(theme, Qt.ColorScheme.Unknown)
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(scheme)


def is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
