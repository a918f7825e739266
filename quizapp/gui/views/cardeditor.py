"""The card editor: add a card of the learner's own, of any of the five types, in Korean and
English, tagged with concepts of the curriculum; or change one of theirs.

- Checked before anything is saved, as `quizapp content check` checks a card file
  (cardops.save_card, on the worker): each problem is shown under the form and its field is
  framed; nothing is written while one remains. Once problems are shown they are checked again as
  the learner types, so each goes away when it is fixed.
- By keyboard: focus starts on the first field, Tab goes down the fields (never stuck in a text
  box: Tab leaves it), Space ticks a concept, Ctrl+Enter saves, Esc cancels.
- A built-in card is never changed: "edit" on one opens this editor filled with it, to save as a
  new card of the learner's own (the note at the top says so).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from quizapp.gui import cardops
from quizapp.gui.app import monospace_font
from quizapp.gui.i18n import translate
from quizapp.gui.study import Study
from quizapp.core import changes
from quizapp.core.content.model import CARD_TYPES
from quizapp.core.owncards import OWN_DIRNAME, OWN_FILENAME
from quizapp.gui.views.common import type_name
from quizapp.gui.views.common import heading, install_shortcuts, wrapped_label

# Each type's fields, below the question (cloze: the text with its blanks).
TYPE_FIELDS = {
    "basic": ("answer",),
    "command": ("command", "accept"),
    "cloze": ("blanks",),
    "choice": ("right", "wrong"),
    "order": ("items",),
}
PROBLEM_FRAME = "border: 2px solid #c62828;"
SEARCH_ROLE = 0x0100 + 1  # Qt.UserRole + 1: a concept's words in both languages, for the search box
# Once problems are shown, how long after the last key they are checked again.
RECHECK_MS = 400


def field_label(name: str, card_type: str = "") -> str:
    return {
        "type": translate("CardEditor", "Type"),
        "prompt": translate("CardEditor", "Text with blanks") if card_type == "cloze" else translate("CardEditor", "Question"),
        "answer": translate("CardEditor", "Answer"),
        "command": translate("CardEditor", "Command"),
        "accept": translate("CardEditor", "Also accepted"),
        "blanks": translate("CardEditor", "Blanks' answers"),
        "right": translate("CardEditor", "Right options"),
        "wrong": translate("CardEditor", "Wrong options"),
        "items": translate("CardEditor", "Items in order"),
        "explanation": translate("CardEditor", "Explanation"),
        "concepts": translate("CardEditor", "Concepts"),
    }.get(name, name)


def problem_text(problem: cardops.FieldProblem, card_type: str, lang: str) -> str:
    """One problem as the learner reads it, led by its field's name."""
    params = dict(problem.params)
    if problem.text:
        words = dict(problem.text)
        what = translate("CardEditor", "“{command}” is not a command the grader accepts: {reason}").format(
            command=params.get("command", ""), reason=words.get(lang, words.get("en", ""))
        )
    else:
        what = {
            "empty": translate("CardEditor", "write something here."),
            "no_blanks": translate("CardEditor", "mark each blank in the text as {{1}}, {{2}}, …"),
            "blank_count": translate("CardEditor", "blanks in the text: {blanks}; answer lines: {lines}. Write one line per blank.").format(
                blanks=params.get("blanks"), lines=params.get("lines")
            ),
            "lines_differ": translate("CardEditor", "give the English on as many lines as the Korean, or leave it empty."),
            "too_few": translate("CardEditor", "write at least two items, one per line."),
            "none": translate("CardEditor", "tick at least one concept."),
            "deck_check": problem.detail,
        }.get(problem.code, problem.detail or problem.code)
    if not problem.field:
        return what
    return f"{field_label(problem.field, card_type)}: {what}"


class PairEdit(QWidget):
    """Korean and English side by side; an empty side takes the other's text when saved."""

    def __init__(self, rows: int):
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.ko = QPlainTextEdit()
        self.en = QPlainTextEdit()
        for edit in (self.ko, self.en):
            edit.setTabChangesFocus(True)  # Tab leaves the box: no trap for the keyboard
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * rows + 14)
            layout.addWidget(edit, 1)

    def value(self) -> tuple[str, str]:
        return self.ko.toPlainText(), self.en.toPlainText()

    def set_value(self, pair: tuple[str, str]) -> None:
        self.ko.setPlainText(pair[0])
        self.en.setPlainText(pair[1] if pair[1] != pair[0] else "")

    def edits(self) -> list[QWidget]:
        return [self.ko, self.en]


class ConceptPicker(QWidget):
    """The curriculum's concepts, each ticked or not; the box above narrows the list."""

    changed = Signal()

    def __init__(self, study: Study):
        super().__init__()
        self.study = study
        self.order: list[str] = []  # ticked concepts, the first one first (it names a new card)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.chosen = wrapped_label()
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setFixedHeight(self.list.fontMetrics().lineSpacing() * 5 + 12)
        layout.addWidget(self.chosen)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        self.filter.textChanged.connect(self._narrow)
        self.filter.installEventFilter(self)
        self.list.itemChanged.connect(self._ticked)
        self.fill()

    def fill(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        collection = self.study.collection
        lang = self.study.lang
        for concept in collection.deck.curriculum.concepts if collection is not None else []:
            name = concept.name.get(lang) if concept.name is not None else concept.id
            item = QListWidgetItem(f"{name}  ·  {concept.section}")
            item.setData(Qt.UserRole, concept.id)
            names = f"{concept.name.ko} {concept.name.en}" if concept.name is not None else ""
            searched = f"{concept.id} {concept.section} {concept.title.ko} {concept.title.en} {names}"
            item.setData(SEARCH_ROLE, searched.casefold())
            item.setToolTip(concept.title.get(lang))
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if concept.id in self.order else Qt.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        ticked = next((self.list.item(i) for i in range(self.list.count()) if self.list.item(i).checkState() == Qt.Checked), None)
        if ticked is not None:  # in view, and where Space starts
            self.list.setCurrentItem(ticked)
            self.list.scrollToItem(ticked)
        self._narrow(self.filter.text())
        self._show_chosen()

    def set_chosen(self, concept_ids: list[str]) -> None:
        self.order = list(dict.fromkeys(concept_ids))
        self.fill()

    def _ticked(self, item: QListWidgetItem) -> None:
        concept_id = item.data(Qt.UserRole)
        if item.checkState() == Qt.Checked and concept_id not in self.order:
            self.order.append(concept_id)
        elif item.checkState() != Qt.Checked and concept_id in self.order:
            self.order.remove(concept_id)
        self._show_chosen()
        self.changed.emit()

    def _show_chosen(self) -> None:
        if not self.order:
            self.chosen.setText(translate("CardEditor", "No concept ticked yet: narrow the list below, then Space ticks one."))
            return
        names = [self.study.concept_name(c) for c in self.order]
        self.chosen.setText(translate("CardEditor", "Ticked: {concepts}").format(concepts=", ".join(names)))

    def _narrow(self, text: str) -> None:
        needle = text.strip().casefold()
        first = None
        for i in range(self.list.count()):
            item = self.list.item(i)
            hidden = bool(needle) and needle not in item.data(SEARCH_ROLE)
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        if first is not None and (self.list.currentItem() is None or self.list.currentItem().isHidden()):
            self.list.setCurrentItem(first)

    def eventFilter(self, watched: Any, event: Any) -> bool:
        # Down or Enter in the box goes to the concepts found, where Space ticks one.
        if watched is self.filter and event.type() == QEvent.KeyPress and event.key() in (Qt.Key_Down, Qt.Key_Return, Qt.Key_Enter):
            if not event.modifiers():
                self.list.setFocus(Qt.TabFocusReason)
                return True
        return super().eventFilter(watched, event)


class CardEditor(QDialog):
    """Add a card (`card` None), change one of the learner's (`editing` its id), or save a copy of
    a built-in card as a new one of theirs (`card` given, `editing` None)."""

    saved = Signal(str, bool)  # the card's id; True for a new card
    checked = Signal(int)  # problems were shown (how many): after a save refused or a check again

    def __init__(self, study: Study, parent: QWidget | None = None, *, card: Any = None, editing: str | None = None, concepts: list[str] | None = None):
        super().__init__(parent)
        self.study = study
        self.editing = editing
        self.copy_of = card.id if card is not None and editing is None else None
        self.saving = False
        self.problems: list[cardops.FieldProblem] = []
        self.setModal(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        self.title = heading(size=15)
        layout.addWidget(self.title)
        self.note = wrapped_label()
        layout.addWidget(self.note)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.type = QComboBox()
        for kind in CARD_TYPES:
            self.type.addItem("", kind)
        self.prompt = PairEdit(3)
        self.answer = PairEdit(2)
        self.command = QLineEdit()
        self.command.setFont(monospace_font())
        self.accept_forms = QPlainTextEdit()
        self.blanks = QPlainTextEdit()
        for edit in (self.accept_forms, self.blanks):
            edit.setTabChangesFocus(True)
            edit.setFont(monospace_font())
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 14)
        self.right = PairEdit(3)
        self.wrong = PairEdit(3)
        self.items = PairEdit(4)
        self.explanation = PairEdit(2)
        self.concepts = ConceptPicker(study)
        self.fields_widgets: dict[str, QWidget] = {
            "type": self.type,
            "prompt": self.prompt,
            "answer": self.answer,
            "command": self.command,
            "accept": self.accept_forms,
            "blanks": self.blanks,
            "right": self.right,
            "wrong": self.wrong,
            "items": self.items,
            "explanation": self.explanation,
            "concepts": self.concepts,
        }
        self.labels: dict[str, QLabel] = {}
        for name, widget in self.fields_widgets.items():
            label = QLabel()
            label.setBuddy(widget if not isinstance(widget, (PairEdit, ConceptPicker)) else self._first_edit(widget))
            self.labels[name] = label
            self.form.addRow(label, widget)
        layout.addLayout(self.form)
        self.problem_list = wrapped_label()
        self.problem_list.setStyleSheet("color: #c62828;")
        self.problem_list.hide()
        layout.addWidget(self.problem_list)
        # Buttons of our own, not the standard Save and Cancel: Qt puts its own words back on those
        # at every language change, without their keys.
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton("", QDialogButtonBox.AcceptRole)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.RejectRole)
        for button in (self.save_button, self.cancel_button):
            button.setAutoDefault(False)  # Enter in a one-line field does not save: Ctrl+Enter does
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self._recheck = QTimer(self)
        self._recheck.setSingleShot(True)
        self._recheck.setInterval(RECHECK_MS)
        self._recheck.timeout.connect(self.check_again)
        self.type.currentIndexChanged.connect(lambda _i: self._type_changed())
        for edit in self._text_edits():
            edit.textChanged.connect(self._edited)
        self.concepts.changed.connect(self._edited)
        self.shortcuts = install_shortcuts(self, [("Ctrl+Return", self.save), ("Ctrl+Enter", self.save)])

        if card is not None:
            self.set_fields(cardops.fields_of(card))
        else:
            self.concepts.set_chosen(list(concepts or []))
        self.retranslate()
        self._type_changed()
        self.resize(820, 690)
        self.as_opened = self.fields()  # what Esc may throw away without asking
        self.discard_box: QMessageBox | None = None

    # ----- fields ---------------------------------------------------------------------------
    @staticmethod
    def _first_edit(widget: QWidget) -> QWidget:
        return widget.ko if isinstance(widget, PairEdit) else widget.filter

    def _text_edits(self) -> list[Any]:
        out: list[Any] = []
        for widget in self.fields_widgets.values():
            if isinstance(widget, PairEdit):
                out += widget.edits()
            elif isinstance(widget, (QLineEdit, QPlainTextEdit)):
                out.append(widget)
        return out

    def card_type(self) -> str:
        return self.type.currentData() or "basic"

    def fields(self) -> cardops.CardFields:
        return cardops.CardFields(
            card_type=self.card_type(),
            concepts=list(self.concepts.order),
            prompt=self.prompt.value(),
            answer=self.answer.value(),
            command=self.command.text(),
            accept=self.accept_forms.toPlainText(),
            blanks=self.blanks.toPlainText(),
            right=self.right.value(),
            wrong=self.wrong.value(),
            items=self.items.value(),
            explanation=self.explanation.value(),
        )

    def set_fields(self, fields: cardops.CardFields) -> None:
        self.type.setCurrentIndex(max(0, self.type.findData(fields.card_type)))
        for name in ("prompt", "answer", "right", "wrong", "items", "explanation"):
            self.fields_widgets[name].set_value(getattr(fields, name))
        self.command.setText(fields.command)
        self.accept_forms.setPlainText(fields.accept)
        self.blanks.setPlainText(fields.blanks)
        self.concepts.set_chosen(fields.concepts)

    def _type_changed(self) -> None:
        kind = self.card_type()
        shown = {"type", "prompt", "explanation", "concepts", *TYPE_FIELDS[kind]}
        for row, name in enumerate(self.fields_widgets):
            self.form.setRowVisible(row, name in shown)
        self._retranslate_fields()
        self._tab_order()
        self._edited()

    def _tab_order(self) -> None:
        """Down the form as it is drawn: each field's Korean, then its English."""
        chain: list[QWidget] = []
        for name, widget in self.fields_widgets.items():
            if isinstance(widget, PairEdit):
                chain += widget.edits()
            elif isinstance(widget, ConceptPicker):
                chain += [widget.filter, widget.list]
            else:
                chain.append(widget)
        chain += [self.save_button, self.cancel_button]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    # ----- texts ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        if self.editing is not None:
            self.title.setText(translate("CardEditor", "Edit your card {card}").format(card=self.editing))
        else:
            self.title.setText(translate("CardEditor", "Add a card of your own"))
        self.setWindowTitle(self.title.text())
        if self.copy_of is not None:
            self.note.setText(
                translate(
                    "CardEditor",
                    "{card} is a built-in card, which cannot be changed: this saves a new card of your own from it. "
                    "The built-in card stays; suspend it in Browse (Ctrl+J) if yours replaces it.",
                ).format(card=self.copy_of)
            )
        else:
            self.note.setText(
                translate("CardEditor", "Write it in Korean, English or both: a side left empty shows the other. It is kept in {path}.").format(
                    path=self._own_path()
                )
            )
        for i, kind in enumerate(CARD_TYPES):
            self.type.setItemText(i, type_name(kind))
        korean, english = translate("CardEditor", "Korean"), translate("CardEditor", "English (empty: as the Korean)")
        for widget in (self.prompt, self.answer, self.explanation):
            widget.ko.setPlaceholderText(korean)
            widget.en.setPlaceholderText(english)
        one_per_line_ko = translate("CardEditor", "Korean, one per line")
        one_per_line_en = translate("CardEditor", "English, one per line (empty: as the Korean)")
        for widget in (self.right, self.wrong, self.items):
            widget.ko.setPlaceholderText(one_per_line_ko)
            widget.en.setPlaceholderText(one_per_line_en)
        self.command.setPlaceholderText(translate("CardEditor", "The docker command, e.g. docker ps -a"))
        self.accept_forms.setPlaceholderText(translate("CardEditor", "Other forms that are right too, one per line, e.g. docker container ls -a"))
        self.blanks.setPlaceholderText(translate("CardEditor", "One line per blank, in order; other right answers after |, e.g. image | 이미지"))
        self.concepts.filter.setPlaceholderText(translate("CardEditor", "Find a concept (Down: to the list, Space: tick)"))
        self.save_button.setText(translate("CardEditor", "Save (Ctrl+Enter)"))
        self.cancel_button.setText(translate("CardEditor", "Cancel (Esc)"))
        self._retranslate_fields()
        self.concepts.fill()
        self._show_problems()

    def _retranslate_fields(self) -> None:
        kind = self.card_type()
        for name, label in self.labels.items():
            label.setText(field_label(name, kind))
        if kind == "cloze":
            self.prompt.ko.setPlaceholderText(translate("CardEditor", "Korean, each blank as {{1}}, {{2}}, …"))
        else:
            self.prompt.ko.setPlaceholderText(translate("CardEditor", "Korean"))

    def _own_path(self) -> str:
        return str(self.study.options.data_dir / OWN_DIRNAME / OWN_FILENAME)

    # ----- problems -------------------------------------------------------------------------
    def _show_problems(self) -> None:
        kind = self.card_type()
        framed = {p.field for p in self.problems}
        for name, widget in self.fields_widgets.items():
            targets = widget.edits() if isinstance(widget, PairEdit) else [widget.list] if isinstance(widget, ConceptPicker) else [widget]
            for target in targets:
                target.setStyleSheet(PROBLEM_FRAME if name in framed else "")
        if not self.problems:
            self.problem_list.hide()
            self.problem_list.clear()
            return
        lines = [translate("CardEditor", "Not saved yet. Fix these first:")]
        lines += [f"• {problem_text(p, kind, self.study.lang)}" for p in self.problems]
        self.problem_list.setText("\n".join(lines))
        self.problem_list.show()

    def _focus_first_problem(self) -> None:
        for problem in self.problems:
            widget = self.fields_widgets.get(problem.field)
            if widget is not None:
                target = self._first_edit(widget) if isinstance(widget, (PairEdit, ConceptPicker)) else widget
                target.setFocus(Qt.OtherFocusReason)
                return

    def _edited(self) -> None:
        if self.problems and not self.saving:
            self._recheck.start()

    def check_again(self) -> None:
        fields = self.fields()
        self.study.run(lambda collection, _s: cardops.check_card(collection, fields), self._checked_again)

    def _checked_again(self, problems: list[cardops.FieldProblem]) -> None:
        if self.saving or not self.problems:
            return
        self.problems = list(problems)
        self._show_problems()
        self.checked.emit(len(self.problems))

    # ----- saving ---------------------------------------------------------------------------
    def save(self) -> None:
        """Check and save on the worker; the dialog closes once the card is in the file."""
        if self.saving:
            return
        self.saving = True
        self._recheck.stop()
        self.buttons.setEnabled(False)
        fields, editing = self.fields(), self.editing
        self.study.run(lambda collection, _s: cardops.save_card(collection, fields, editing), self._saved, self._save_failed)

    def _saved(self, outcome: cardops.SaveOutcome) -> None:
        self.saving = False
        self.buttons.setEnabled(True)
        if outcome.problems:
            self.problems = list(outcome.problems)
            self._show_problems()
            self._focus_first_problem()
            self.checked.emit(len(self.problems))
            return
        self.problems = []
        # A new card is in today's counts; an edited one only redraws its row.
        self.study.changed.emit(changes.Changes(cards=frozenset([outcome.card_id]), deck=outcome.added, schedule=outcome.added))
        self.saved.emit(outcome.card_id, outcome.added)
        self.accept()

    def _save_failed(self, exc: BaseException) -> None:
        self.saving = False
        self.buttons.setEnabled(True)
        self.problem_list.setText(translate("CardEditor", "The card could not be saved: {error}").format(error=str(exc)))
        self.problem_list.show()
        self.checked.emit(1)

    def reject(self) -> None:
        """Esc or Cancel: closes at once when nothing was typed; else asks first (Enter throws the
        card away, Esc goes back to it), so a stray Esc loses no writing."""
        if self.saving:  # the file is being written: wait for it (a moment)
            return
        if self.fields() == self.as_opened or (self.discard_box is not None and self.discard_box.isVisible()):
            super().reject()
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Question)
        box.setWindowTitle(self.windowTitle())
        box.setText(translate("CardEditor", "Throw away what you wrote on this card?"))
        discard = box.addButton(translate("CardEditor", "Throw away"), QMessageBox.DestructiveRole)
        box.addButton(translate("CardEditor", "Keep writing"), QMessageBox.RejectRole)
        box.setDefaultButton(discard)

        writing_in = QApplication.focusWidget()

        def answered(_result: int) -> None:
            box.deleteLater()
            self.discard_box = None
            if box.clickedButton() is discard:
                QDialog.reject(self)
            elif writing_in is not None:
                # back where the learner was writing (some platforms leave no window active)
                QTimer.singleShot(0, lambda: (self.activateWindow(), writing_in.setFocus(Qt.OtherFocusReason)))

        box.finished.connect(answered)
        self.discard_box = box
        box.open()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.save_button.setDefault(False)  # the button box makes it the default when shown
        # The first field, or the question when changing a card whose type is already set.
        first = self.prompt.ko if self.editing is not None or self.copy_of is not None else self.type
        QTimer.singleShot(0, lambda: first.setFocus(Qt.OtherFocusReason))
