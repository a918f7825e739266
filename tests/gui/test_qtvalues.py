"""The numbers the window sets through Qt properties before its first card are Qt's own enum
values, and setting them by number gives the widget that enum."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QListWidget

from quizapp.gui import qtvalues


def test_every_number_is_the_enum_it_names():
    expected = {
        "NO_FOCUS": Qt.FocusPolicy.NoFocus,
        "PLAIN_TEXT": Qt.TextFormat.PlainText,
        "RICH_TEXT": Qt.TextFormat.RichText,
        "TEXT_SELECTABLE_BY_MOUSE": Qt.TextInteractionFlag.TextSelectableByMouse,
        "ALIGN_CENTER": Qt.AlignmentFlag.AlignCenter,
        "WIDGET_WITH_CHILDREN_SHORTCUT": Qt.ShortcutContext.WidgetWithChildrenShortcut,
        "WINDOW_SHORTCUT": Qt.ShortcutContext.WindowShortcut,
    }
    defined = {name for name in vars(qtvalues) if name.isupper()}
    assert defined == set(expected)
    for name, enum in expected.items():
        assert getattr(qtvalues, name) == enum.value, name


def test_a_property_set_by_number_reads_back_as_the_enum(qtbot):
    label = QLabel("<b>x</b>")
    qtbot.addWidget(label)
    nav = QListWidget()
    qtbot.addWidget(nav)
    shortcut = QShortcut(QKeySequence("Space"), nav)
    assert label.setProperty("textFormat", qtvalues.PLAIN_TEXT)
    assert label.setProperty("alignment", qtvalues.ALIGN_CENTER)
    assert label.setProperty("textInteractionFlags", qtvalues.TEXT_SELECTABLE_BY_MOUSE)
    assert nav.setProperty("focusPolicy", qtvalues.NO_FOCUS)
    assert shortcut.setProperty("context", qtvalues.WIDGET_WITH_CHILDREN_SHORTCUT)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.alignment() == Qt.AlignmentFlag.AlignCenter
    assert label.textInteractionFlags() == Qt.TextInteractionFlag.TextSelectableByMouse
    assert nav.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert shortcut.context() == Qt.ShortcutContext.WidgetWithChildrenShortcut
