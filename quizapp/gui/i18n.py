"""Interface strings through Qt's translation tools.

Source strings are English, written in the code as `translate("Context", "text")` so that
`pyside6-lupdate` finds them; Korean lives in `quizapp/gui/i18n/quizapp_ko.ts`, compiled by
`pyside6-lrelease` to `quizapp_ko.qm`. Switching the language installs or removes the translator
and tells every view to redo its texts; no restart.

English needs a file of its own only for plurals (`translate(ctx, "%n day(s)", "", n)`): Qt picks
"1 day" or "2 days" from `quizapp_en.qm`, made with `pyside6-lupdate -pluralonly ... -ts
quizapp/gui/i18n/quizapp_en.ts` and released the same way.

Text the core owns comes with both languages already (`quizapp/core/i18n.py`): the GUI shows it
with `pick(text, lang)`. The rating names (buttons, menus, the shortcut list, a card's history) go
through `rating_name` here, in `interface_lang()`: the language the installed translator serves,
so they switch with every other string.

To update after changing strings:
    .venv/bin/pyside6-lupdate quizapp/gui/*.py quizapp/gui/views/*.py quizapp/gui/views/labs/*.py -ts quizapp/gui/i18n/quizapp_ko.ts
    (translate the new entries in the .ts)
    .venv/bin/pyside6-lrelease quizapp/gui/i18n/quizapp_ko.ts -qm quizapp/gui/i18n/quizapp_ko.qm
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from quizapp.core.ratings import rating_name as _rating_name

I18N_DIR = Path(__file__).resolve().parent / "i18n"
TS_FILE = I18N_DIR / "quizapp_ko.ts"
QM_FILE = I18N_DIR / "quizapp_ko.qm"
EN_PLURALS_FILE = I18N_DIR / "quizapp_en.qm"

translate = QCoreApplication.translate


def interface_lang() -> str:
    """The language `translate` answers in now: Korean while its translator is installed."""
    return "ko" if LanguageSwitch._installed else "en"


def rating_name(rating: int) -> str:
    """A rating's name (the core's, one for the terminal and the window) in the interface's language."""
    return _rating_name(rating, interface_lang())


class LanguageSwitch:
    """Installs the Korean translator when the language is Korean.

    The translator belongs to the application, not to a window (there is one QApplication per
    process and its language is everyone's): every LanguageSwitch shares it, so a window that
    switches to English also takes away Korean that an earlier window installed.
    """

    _translator: QTranslator | None = None
    _loaded = False
    _installed = False
    _plurals: QTranslator | None = None  # English plural forms
    _plurals_installed = False

    def __init__(self) -> None:
        cls = type(self)
        if cls._translator is None:
            cls._translator = QTranslator()
            cls._loaded = cls._translator.load(str(QM_FILE))
            plurals = QTranslator()
            cls._plurals = plurals if plurals.load(str(EN_PLURALS_FILE)) else None

    @property
    def available(self) -> bool:
        return type(self)._loaded

    def apply(self, lang: str) -> None:
        cls = type(self)
        app = QCoreApplication.instance()
        if lang == "ko" and cls._loaded and not cls._installed:
            app.installTranslator(cls._translator)
            cls._installed = True
        elif lang != "ko" and cls._installed:
            app.removeTranslator(cls._translator)
            cls._installed = False
        english = lang != "ko" and cls._plurals is not None
        if english and not cls._plurals_installed:
            app.installTranslator(cls._plurals)
            cls._plurals_installed = True
        elif not english and cls._plurals_installed:
            app.removeTranslator(cls._plurals)
            cls._plurals_installed = False
        QLocale.setDefault(QLocale(QLocale.Korean if lang == "ko" else QLocale.English))
