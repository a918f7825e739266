"""The Statistics view: its charts draw the core's numbers, a concept on the map is chosen by a
click or by the keyboard, and the chart library loads only when the view opens."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QPoint, Qt

from .conftest import CONTENT, make_window
from .helpers import answer_first_card

ROOT = Path(__file__).resolve().parents[2]


def open_stats(qtbot, window):
    stats = window.view("stats")
    window.show_view("stats")
    qtbot.waitUntil(stats.settled, timeout=20000)
    return stats


def plot_items(plot, kind):
    return [item for item in plot.getPlotItem().items if type(item).__name__ == kind]


def test_charts_draw_the_reports_numbers(qtbot, window):
    answer_first_card(qtbot, window, rating=3)
    stats = open_stats(qtbot, window)
    report = stats.report
    (bars,) = plot_items(stats.charts.forecast, "BarGraphItem")
    assert list(bars.opts["height"]) == report.forecast and len(report.forecast) == 30
    assert report.forecast[0] == 1  # the answered card's next learning step is today
    (mesh,) = plot_items(stats.charts.calendar, "PColorMeshItem")
    z = mesh.z
    today = report.today
    # Today's cell (its week's column, its weekday's row) has answers; no cell after it does.
    assert z[-1, today.weekday()] >= 2
    assert all(z[-1, d] == 0 for d in range(today.weekday() + 1, 7))
    assert (z == 1).sum() == 364  # every other day of the year: shown, without answers
    lines = stats.charts.retention.getPlotItem().listDataItems()
    desired = [item for item in lines if item.name() and "90" in item.name()]
    assert desired and set(desired[0].getData()[1]) == {90.0}
    assert stats.values["cards"].text() == str(report.total_cards)


def test_a_concept_is_chosen_by_click_or_by_arrow_keys_and_enter(qtbot, window):
    answer_first_card(qtbot, window, rating=1)
    stats = open_stats(qtbot, window)
    concept_map = stats.concept_map
    keys = [tile.key for tile in concept_map.tiles()]
    assert sorted(keys) == ["container", "image"]
    stats.scroll.ensureWidgetVisible(concept_map)
    first_rect = concept_map._rects[0][0]
    with qtbot.waitSignal(stats.concept_chosen, timeout=3000) as clicked:
        qtbot.mouseClick(concept_map, Qt.LeftButton, pos=first_rect.center().toPoint())
    assert clicked.args == [keys[0]]
    concept_map.setFocus()
    qtbot.keyClick(concept_map, Qt.Key_Right)
    with qtbot.waitSignal(stats.concept_chosen, timeout=3000) as entered:
        qtbot.keyClick(concept_map, Qt.Key_Return)
    assert entered.args == [keys[1]]
    # A click between tiles chooses nothing.
    with qtbot.assertNotEmitted(stats.concept_chosen):
        qtbot.mouseClick(concept_map, Qt.LeftButton, pos=QPoint(2, 2))


def test_the_weakest_concept_comes_first(qtbot, window):
    # Forgotten (Again) the image card: image's recall is below container's, which is not started
    # or remembered better; started concepts come first, weakest first.
    answer_first_card(qtbot, window, rating=1)
    stats = open_stats(qtbot, window)
    concepts = [c for s in stats.report.mastery for c in s.concepts]
    started = [c.mean_retrievability for c in concepts if c.started]
    assert started == sorted(started)
    assert [tile.key for tile in stats.concept_map.tiles()] == [c.concept_id for c in concepts]


def test_korean_titles_on_the_charts_and_the_map(qtbot, data_dir, clock):
    window = make_window(qtbot, data_dir, clock, lang="ko")
    stats = open_stats(qtbot, window)
    title = stats.charts.forecast.getPlotItem().titleLabel.text
    assert "30일" in title
    assert stats.captions["cards"].text() != "Cards in the deck"
    assert stats.concept_map.groups and stats.concept_map.groups[0].title == "test"  # the notes' own heading


CHILD = r"""
import json, sys
from pathlib import Path
from quizapp.cli.gui import open_window
from quizapp.gui.study import GuiOptions

app, window = open_window(GuiOptions(data_dir=Path(sys.argv[1]), lang="en", content_dir=Path(sys.argv[2]), docker=False), "home")
def wait(done):
    from PySide6.QtCore import QEventLoop, QTimer
    loop = QEventLoop()
    timer = QTimer(); timer.timeout.connect(lambda: loop.quit() if done() else None); timer.start(20)
    loop.exec()
wait(window.settled)
before = [m for m in ("pyqtgraph", "numpy") if m in sys.modules]
window.show_view("stats")
wait(lambda: window.view("stats").settled())
after = [m for m in ("pyqtgraph", "numpy") if m in sys.modules]
print(json.dumps({"before": before, "after": after}), flush=True)
window.shutdown()
"""


def run_child(data: Path) -> dict:
    run = subprocess.run(
        [sys.executable, "-c", CHILD, str(data), str(CONTENT)],
        capture_output=True, text=True, cwd=ROOT, timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout.strip().splitlines()[-1])


def test_the_chart_library_loads_only_when_the_view_opens(tmp_path):
    first = run_child(tmp_path / "data")
    assert "pyqtgraph" not in first["before"]
    # A new database is made with sqlite-utils, which imports numpy when it is installed; every
    # later start opens the database without either, until the Statistics view opens.
    again = run_child(tmp_path / "data")
    assert again == {"before": [], "after": ["pyqtgraph", "numpy"]}


def test_choosing_a_concept_studies_its_cards_first(qtbot, window):
    """Enter on a concept in Statistics opens Review on that concept's cards, each once, before
    today's queue."""
    answer_first_card(qtbot, window, rating=3)  # an image card
    stats = open_stats(qtbot, window)
    concept_map = stats.concept_map
    keys = [tile.key for tile in concept_map.tiles()]
    concept_map.setFocus()
    for _ in range(keys.index("container")):
        qtbot.keyClick(concept_map, Qt.Key_Right)
    qtbot.keyClick(concept_map, Qt.Key_Return)
    review = window.view("review")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is review and review.state == "front", timeout=10000)
    deck = window.study.collection.deck
    container_cards = {c.id for c in deck.cards_for_concept("container")}
    assert review.step.card.row.id in container_cards
    assert window.study.session.focus_left() == len(container_cards)
