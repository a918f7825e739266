"""Numbers of the few Qt enum values the window sets before its first card is drawn.

Reading `Qt` from Python makes PySide6 build every enum of Qt's namespace at once (about 90 of
them, 14 ms on a 2-core machine, a tenth of a bare window's start). The widgets on the way to the
first card therefore set these through their Qt properties, by number: Qt converts the number to
its enum itself. Views built later use `Qt` as usual. tests/gui/test_qtvalues.py checks every
number against PySide6's own enum, so none can drift.
"""

NO_FOCUS = 0  # Qt.FocusPolicy.NoFocus, for the "focusPolicy" property
PLAIN_TEXT = 0  # Qt.TextFormat.PlainText, for "textFormat"
RICH_TEXT = 1  # Qt.TextFormat.RichText
TEXT_SELECTABLE_BY_MOUSE = 1  # Qt.TextInteractionFlag.TextSelectableByMouse, for "textInteractionFlags"
ALIGN_CENTER = 0x84  # Qt.AlignmentFlag.AlignCenter (AlignHCenter | AlignVCenter), for "alignment"
WIDGET_WITH_CHILDREN_SHORTCUT = 3  # Qt.ShortcutContext.WidgetWithChildrenShortcut, for a shortcut's "context"
WINDOW_SHORTCUT = 1  # Qt.ShortcutContext.WindowShortcut
