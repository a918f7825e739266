"""The left column of a lab: its concepts and task, the work folder, the answers it asks for, the
buttons and, right under them, the status line and the results, then the hints and the solution.
It draws what it is given; the panel decides what that is and what the buttons do."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QScrollArea, QVBoxLayout, QWidget

from quizapp.core.i18n import pick
from quizapp.gui.i18n import translate
from quizapp.gui.views.common import inline_code, wrapped_label

MUTED = "palette(placeholder-text)"  # in style sheets; rich text takes the colour itself


class LabTaskColumn(QScrollArea):
    def __init__(self) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.NoFrame)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        self.concepts = wrapped_label()
        self.concepts.setStyleSheet(f"color: {MUTED};")
        self.task = wrapped_label(rich=True, selectable=True)
        folder_row = QHBoxLayout()
        self.folder_label = QLabel()
        self.folder = QLineEdit()
        self.folder.setReadOnly(True)
        self.copy_folder = QPushButton()
        folder_row.addWidget(self.folder_label)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.copy_folder)
        self.answers_form = QFormLayout()
        self.answer_edits: dict[str, QLineEdit] = {}
        buttons = QHBoxLayout()
        self.start_button = QPushButton()
        self.check_button = QPushButton()
        self.hint_button = QPushButton()
        self.solution_button = QPushButton()
        self.reset_button = QPushButton()
        for b in (self.start_button, self.check_button, self.hint_button, self.solution_button, self.reset_button):
            b.setAutoDefault(True)  # Enter presses the focused button, as Space does
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumHeight(10)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.status = wrapped_label(rich=True)
        self.results = wrapped_label(rich=True, selectable=True)
        self.results.setObjectName("lab-results")
        self.hints = wrapped_label(rich=True, selectable=True)
        self.solution_text = wrapped_label(rich=True, selectable=True)
        layout.addWidget(self.concepts)
        layout.addWidget(self.task)
        layout.addLayout(folder_row)
        layout.addLayout(self.answers_form)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        # The results come right under the buttons that made them, before the hints.
        for w in (self.status, self.results, self.hints, self.solution_text):
            layout.addWidget(w)
        layout.addStretch(1)
        self.setWidget(inner)

    def retranslate(self) -> None:
        self.folder_label.setText(translate("Labs", "Work folder:"))
        self.copy_folder.setText(translate("Labs", "Copy"))
        self.check_button.setText(translate("Labs", "Check (Ctrl+Enter)"))
        self.solution_button.setText(translate("Labs", "Show solution"))
        self.reset_button.setText(translate("Labs", "Reset…"))

    def show_task(self, concept_titles: list[str], task_html: str, folder: str, started: bool) -> None:
        self.concepts.setText(" · ".join(concept_titles))  # every one, wrapped: none cut off
        self.task.setText(task_html)
        self.folder.setText(folder)
        self.copy_folder.setEnabled(started)

    def show_answers(self, lab: Any, params: dict[str, Any], lang: str, given: dict[str, str], on_enter: Any) -> None:
        """A field for each answer the lab asks for; Enter in one checks. A field the learner
        has typed in keeps its text."""
        if set(self.answer_edits) != set(lab.answers):
            while self.answers_form.rowCount():
                self.answers_form.removeRow(0)
            self.answer_edits = {}
            for key in lab.answers:
                edit = QLineEdit()
                edit.setObjectName(f"answer-{key}")
                edit.returnPressed.connect(on_enter)
                self.answer_edits[key] = edit
                self.answers_form.addRow(QLabel(), edit)
        for i, (key, spec) in enumerate(lab.answers.items()):
            label = self.answers_form.itemAt(i, QFormLayout.LabelRole)
            if label is not None and label.widget() is not None:
                label.widget().setText(pick(spec.prompt.format(params), lang))
            if key in given and not self.answer_edits[key].text():
                self.answer_edits[key].setText(given[key])

    def answers(self) -> dict[str, str]:
        return {key: edit.text().strip() for key, edit in self.answer_edits.items() if edit.text().strip()}

    def clear_answers(self) -> None:
        for edit in self.answer_edits.values():
            edit.clear()

    def show_hints(self, hints: list[dict[str, str]], lang: str) -> None:
        if hints:
            title = translate("Labs", "Hints")
            self.hints.setText(f"<b>{title}</b>" + "".join(f"<p>{i}. {inline_code(pick(h, lang))}</p>" for i, h in enumerate(hints, 1)))
        self.hints.setVisible(bool(hints))

    def show_solution(self, steps: list[str] | None) -> None:
        if steps is not None:
            title = translate("Labs", "Solution")
            lines = "<br>".join(f'<span style="font-family: monospace;">{inline_code(s).replace("`", "")}</span>' for s in steps)
            self.solution_text.setText(f"<b>{title}</b><br>{lines}")
        self.solution_text.setVisible(steps is not None)

    def show_results(self, html: str) -> None:
        self.results.setText(html)
        self.results.setVisible(bool(html))
