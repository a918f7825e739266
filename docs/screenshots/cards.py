"""Renders the card editor adding a command card of the learner's own, with the message a
mistyped accepted form gets (nothing is saved while it stands), over Browse: card-editor-ko.png and
card-editor-en.png in this folder; and Browse with a suspended, a buried and flagged cards and one
of the learner's own, its preview open: browse-marks-ko.png and browse-marks-en.png.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/cards.py

Runs on a temporary data folder with the built-in content; needs no Docker daemon.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from lab_and_browse import SIZE, settle, shoot_both_languages, wait  # noqa: E402 - the same waiting as the other shots


def main() -> int:
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QColor, QPainter

    from quizapp.gui.app import apply_theme, ensure_app
    from quizapp.gui.study import GuiOptions
    from quizapp.gui.window import MainWindow

    app = ensure_app(offscreen=True)
    apply_theme("light")
    data = Path(tempfile.mkdtemp(prefix="quizapp-shots-"))
    window = MainWindow(GuiOptions(data_dir=data, lang="ko", docker=False))
    window.resize(*SIZE)
    window.show()
    wait(app, lambda: window.study.collection is not None, 30, "the collection")
    browse = window.view("browse")
    window.show_view("browse")
    wait(app, browse.settled, 30, "Browse")
    browse.concept.setCurrentIndex(browse.concept.findData("ps-all"))  # the new card is tagged with it
    browse._timer.stop()
    browse.search()
    wait(app, browse.settled, 30, "the search")

    for lang in ("ko", "en"):
        window.study.set_language(lang)
        browse.add_card()
        editor = browse.editor
        settle(app)
        editor.type.setCurrentIndex(editor.type.findData("command"))
        editor.prompt.ko.setPlainText("멈춘 것까지 모든 컨테이너를 보여 주는 명령은?")
        editor.prompt.en.setPlainText("Which command lists every container, stopped ones too?")
        editor.command.setText("docker ps -a")
        editor.accept_forms.setPlainText("docker container ls --all\ndocker contaner ls -a")
        editor.explanation.ko.setPlainText("-a(--all)가 없으면 실행 중인 컨테이너만 보입니다.")
        checked: list[int] = []
        editor.checked.connect(checked.append)
        editor.save()
        wait(app, lambda: bool(checked), 30, "the check")
        editor.accept_forms.setFocus()
        settle(app)
        # The dialog over the window, as the learner sees it.
        shot = window.grab()
        dialog = editor.grab()
        painter = QPainter(shot)
        painter.fillRect(shot.rect(), QColor(0, 0, 0, 90))  # the window behind a modal dialog
        where = QPoint((shot.width() - dialog.width()) // 2, max(0, (shot.height() - dialog.height()) // 2))
        painter.setPen(QColor(90, 90, 90))
        painter.drawRect(where.x() - 1, where.y() - 1, dialog.width() + 1, dialog.height() + 1)
        painter.drawPixmap(where, dialog)
        painter.end()
        path = HERE / f"card-editor-{lang}.png"
        shot.save(str(path), "PNG")
        print(path)
        editor.done(0)  # closed without the "throw away?" question
        settle(app)

    # Browse: the marks and tints of Anki's controls, and a card of the learner's own
    changed: list[object] = []

    def set_aside(collection, _session) -> None:
        from quizapp.core.owncards import both_text, card_entry
        from quizapp.gui.ops import search_cards

        collection.add_own_card(
            card_entry(
                "command",
                card_id="mine-ps-all-1",
                prompt=both_text("멈춘 것까지 모든 컨테이너를 보여 주는 명령은?", "Which command lists every container, stopped ones too?"),
                answers=[both_text("docker ps -a"), both_text("docker container ls --all")],
                concepts=["ps-all"],
            )
        )
        rows = [r.card_id for r in search_cards(collection, concept="ps-all")]
        collection.suspend(rows[:1])
        collection.bury(rows[1:2])
        collection.flag(rows[2:3], 1)
        collection.flag(rows[:1], 4)

    window.study.run(set_aside, changed.append)
    wait(app, lambda: bool(changed), 30, "the changes")
    found: list[int] = []
    browse.searched.connect(found.append)
    browse.search()
    wait(app, lambda: bool(found) and browse.settled(), 30, "the search")
    browse.select_only(next(i for i, r in enumerate(browse.rows) if r.mine))
    browse.preview_current()
    wait(app, lambda: browse.history_card is not None, 10, "the preview")
    shoot_both_languages(app, window, "browse-marks")
    window.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
