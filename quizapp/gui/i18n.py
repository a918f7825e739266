"""Interface strings through Qt's translation tools.

Source strings are English, written in the code as `translate("Context", "text")` so that
`pyside6-lupdate` finds them; Korean lives in `quizapp/gui/i18n/quizapp_ko.ts`, compiled by
`pyside6-lrelease` to `quizapp_ko.qm`. Switching the language installs or removes the translator
and tells every view to redo its texts; no restart.

To update after changing strings:
    .venv/bin/pyside6-lupdate quizapp/gui/*.py quizapp/gui/views/*.py -ts quizapp/gui/i18n/quizapp_ko.ts
    (translate the new entries in the .ts)
    .venv/bin/pyside6-lrelease quizapp/gui/i18n/quizapp_ko.ts -qm quizapp/gui/i18n/quizapp_ko.qm
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

I18N_DIR = Path(__file__).resolve().parent / "i18n"
TS_FILE = I18N_DIR / "quizapp_ko.ts"
QM_FILE = I18N_DIR / "quizapp_ko.qm"

translate = QCoreApplication.translate


class LanguageSwitch:
    """Holds the Korean translator and installs it when the language is Korean."""

    def __init__(self) -> None:
        self._translator = QTranslator()
        self._loaded = self._translator.load(str(QM_FILE))
        self._installed = False

    @property
    def available(self) -> bool:
        return self._loaded

    def apply(self, lang: str) -> None:
        app = QCoreApplication.instance()
        if lang == "ko" and self._loaded and not self._installed:
            app.installTranslator(self._translator)
            self._installed = True
        elif lang != "ko" and self._installed:
            app.removeTranslator(self._translator)
            self._installed = False
        QLocale.setDefault(QLocale(QLocale.Korean if lang == "ko" else QLocale.English))
