"""Numbers of the few Qt enum values the window sets before its first card is drawn.

Reading `Qt` from Python makes PySide6 build every enum of Qt's namespace at once (about 90 of
them). The widgets on the way to the first card therefore set these through their Qt properties,
by number: Qt converts the number to its enum itself. Views built later use `Qt` as usual (so does
quizapp.gui.app's reading of the desktop's colour scheme, just after the first frame).
tests/gui/test_qtvalues.py checks every number against PySide6's own enum, so none can drift;
tests/gui/test_startup.py that the first card is drawn before `Qt` is built.

The start-up target needs it. Measured 2026-12-02 on the shared 2-core machine: once the
QApplication exists, `from PySide6.QtCore import Qt` takes 19 ms at load 1 (35 ms at load 4),
against a bare window's 135 ms; benchmarks/gui.py's start-up, interleaved over 30 rounds against
the same tree using `Qt` directly, is 15-20 ms slower without this module (startup_ratio about
1.65 -> 1.77; target 1.5).
"""

NO_FOCUS = 0  # Qt.FocusPolicy.NoFocus, for the "focusPolicy" property
PLAIN_TEXT = 0  # Qt.TextFormat.PlainText, for "textFormat"
RICH_TEXT = 1  # Qt.TextFormat.RichText
TEXT_SELECTABLE_BY_MOUSE = 1  # Qt.TextInteractionFlag.TextSelectableByMouse, for "textInteractionFlags"
ALIGN_CENTER = 0x84  # Qt.AlignmentFlag.AlignCenter (AlignHCenter | AlignVCenter), for "alignment"
WIDGET_WITH_CHILDREN_SHORTCUT = 3  # Qt.ShortcutContext.WidgetWithChildrenShortcut, for a shortcut's "context"
WINDOW_SHORTCUT = 1  # Qt.ShortcutContext.WindowShortcut
