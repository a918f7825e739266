"""The QApplication: one per process, set up with a font that has Hangul and the chosen theme."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette
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
        if app.platformName() == "offscreen":
            _quiet_offscreen_notice()
        app.setApplicationName("quizapp")
        app.setOrganizationName("quizapp")
        app.setStyle("Fusion")
        family = first_installed(UI_FONTS)
        if family:
            font = QFont(family)
            font.setPointSize(10)
            app.setFont(font)
    return app  # type: ignore[return-value]


# The offscreen platform (screenshots, tests) says this on every shown window: it has no window system
# to pass size hints to. It is not the learner's concern; every other Qt message still gets through.
OFFSCREEN_NOTICE = "This plugin does not support propagateSizeHints()"


def _quiet_offscreen_notice() -> None:
    from PySide6.QtCore import qFormatLogMessage, qInstallMessageHandler

    previous = None

    def handler(mode, context, message):  # noqa: ANN001 - Qt's signature
        if message == OFFSCREEN_NOTICE:
            return
        if previous is not None:
            previous(mode, context, message)
        else:
            sys.stderr.write(qFormatLogMessage(mode, context, message) + "\n")

    previous = qInstallMessageHandler(handler)


def first_installed(families: tuple[str, ...]) -> str | None:
    installed = set(QFontDatabase.families())
    return next((f for f in families if f in installed), None)


def monospace_font() -> QFont:
    family = first_installed(MONO_FONTS)
    font = QFont(family) if family else QFontDatabase.systemFont(QFontDatabase.FixedFont)
    font.setStyleHint(QFont.Monospace)
    return font


_theme = "system"


def dark_palette() -> QPalette:
    p = QPalette()
    window, base, text = QColor(45, 45, 48), QColor(30, 30, 32), QColor(230, 230, 230)
    for role, colour in (
        (QPalette.Window, window),
        (QPalette.WindowText, text),
        (QPalette.Base, base),
        (QPalette.AlternateBase, window),
        (QPalette.ToolTipBase, window),
        (QPalette.ToolTipText, text),
        (QPalette.Text, text),
        (QPalette.Button, window),
        (QPalette.ButtonText, text),
        (QPalette.BrightText, QColor(255, 80, 80)),
        (QPalette.Highlight, QColor(42, 130, 218)),
        (QPalette.HighlightedText, QColor(255, 255, 255)),
        (QPalette.PlaceholderText, QColor(150, 150, 150)),
        (QPalette.Link, QColor(100, 170, 255)),
    ):
        p.setColor(role, colour)
    for role in (QPalette.WindowText, QPalette.Text, QPalette.ButtonText):
        p.setColor(QPalette.Disabled, role, QColor(120, 120, 120))
    return p


def apply_theme(theme: str) -> None:
    """light, dark, or system (follow the desktop's colour scheme, also when it changes)."""
    global _theme
    app = QApplication.instance()
    if app is None:
        return
    hints = QGuiApplication.styleHints()
    _theme = theme
    dark = theme == "dark" or (theme == "system" and hints.colorScheme() == Qt.ColorScheme.Dark)
    app.setPalette(dark_palette() if dark else app.style().standardPalette())
    if not getattr(app, "_quizapp_follows_scheme", False):
        hints.colorSchemeChanged.connect(lambda _scheme: apply_theme(_theme) if _theme == "system" else None)
        app._quizapp_follows_scheme = True


def is_dark() -> bool:
    """Whether the window is drawn dark now (code blocks then use the dark highlighting)."""
    app = QApplication.instance()
    if app is None:
        return False
    return app.palette().color(QPalette.Window).lightness() < 128
