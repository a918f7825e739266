"""The QApplication: one per process, set up with a font that has Hangul and the chosen theme."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QTimer, qFormatLogMessage, qInstallMessageHandler
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

# Families tried in order for the interface: the first one installed wins. Hangul needs a CJK font;
# without one Qt falls back to whatever fontconfig offers, which may draw boxes.
UI_FONTS = ("Noto Sans CJK KR", "Noto Sans KR", "NanumGothic", "Apple SD Gothic Neo", "Malgun Gothic", "Source Han Sans KR")
MONO_FONTS = ("Noto Sans Mono CJK KR", "D2Coding", "DejaVu Sans Mono", "Menlo", "Consolas")


def ensure_app(offscreen: bool = False) -> QApplication:
    app = QApplication.instance()
    if app is None:
        if offscreen:
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        # Fusion on every platform, so the dark palette looks the same everywhere. Asked for on the
        # command line Qt reads, not with setStyle(): that returns the style, and PySide6 then builds
        # its Python class (~5 ms) before the first card.
        app = QApplication([*sys.argv[:1], "-style", "Fusion"])
        if app.platformName() == "offscreen":
            _quiet_offscreen_notice()
        app.setApplicationName("quizapp")
        app.setOrganizationName("quizapp")
        # Qt takes the first family it has: no need to list every installed font first (~4 ms).
        font = QFont()
        font.setFamilies(list(UI_FONTS))
        font.setPointSize(10)
        app.setFont(font)
    return app  # type: ignore[return-value]


# The offscreen platform (screenshots, tests) says this on every shown window: it has no window system
# to pass size hints to. It is not the learner's concern; every other Qt message still gets through.
OFFSCREEN_NOTICE = "This plugin does not support propagateSizeHints()"


def _quiet_offscreen_notice() -> None:
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
    """light, dark, or system: the desktop's own palette, which Qt keeps following as the desktop
    changes between light and dark (where the desktop says dark but Qt's palette is light, ours)."""
    global _theme
    app = QApplication.instance()
    if app is None:
        return
    _theme = theme
    if theme == "dark":
        app.setPalette(dark_palette())
    else:
        if app.palette().resolveMask():  # a palette of ours: back to the desktop's
            app.setPalette(QPalette())
        if theme == "light" and is_dark():  # a dark desktop
            app.setPalette(app.style().standardPalette())
    if getattr(app, "_quizapp_follows_scheme", False):
        _follow_desktop()
        return
    app._quizapp_follows_scheme = True
    QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _scheme: _follow_desktop())
    # At start-up the desktop's scheme is read just after the first frame: asking for it makes
    # PySide6 build every enum of `Qt` (see qtvalues), which the first card would wait for.
    QTimer.singleShot(DESKTOP_CHECK_MS, _follow_desktop)


DESKTOP_CHECK_MS = 100


def _follow_desktop() -> None:
    from PySide6.QtCore import Qt  # not before the first card: see quizapp.gui.qtvalues

    app = QApplication.instance()
    if app is None or _theme == "dark":
        return
    desktop_dark = QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
    ours = bool(app.palette().resolveMask())
    if _theme == "light":
        if is_dark():  # the desktop turned dark under a light window
            app.setPalette(app.style().standardPalette())
    elif desktop_dark and not is_dark():
        app.setPalette(dark_palette())
    elif not desktop_dark and ours:
        app.setPalette(QPalette())


def reapply_style_sheets(top: QWidget) -> None:
    """Apply again every style sheet in `top`: Qt resolves a sheet's colours (`palette(...)`, and
    the background a sheet implies) when it is applied, so after the application's palette
    changes (the theme, or the desktop turning dark) the old colours would stay."""
    for widget in (top, *top.findChildren(QWidget)):
        sheet = widget.styleSheet()
        if sheet:
            widget.setStyleSheet(sheet)


def is_dark() -> bool:
    """Whether the window is drawn dark now (code blocks then use the dark highlighting)."""
    app = QApplication.instance()
    if app is None:
        return False
    return app.palette().color(QPalette.Window).lightness() < 128
