"""Each view redraws from the change an operation reports (quizapp.core.changes), not from one
catch-all signal: Review leaves a card suspended, buried or deleted elsewhere; Statistics recomputes
for answers but not for a lab reset; Home's counts follow an answer; Browse redraws its rows and
keeps its selection.

The answer and the lab reset are made while another view is on screen (the operations called on
their views directly), since a view that is hidden asks again anyway when it is shown."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt

from .conftest import make_window
from .helpers import press


def flush_worker(qtbot, window):
    """Whatever a change queued on the (single) worker has run once this returns."""
    done = []
    window.study.run(lambda _c, _s: None, done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10000)


def card_on_its_back(qtbot, window):
    """Review with its first card answered up to the rating, then left for another view."""
    review = window.view("review")
    with qtbot.waitSignal(review.card_shown, timeout=10000):
        window.show_view("review")
    with qtbot.waitSignal(review.revealed, timeout=10000):
        press(qtbot, window, Qt.Key_Space)
    return review


def lab_to_reset(qtbot, window):
    """The labs view with a lab open in its panel and a runner whose reset removes nothing (no
    daemon here): the panel's own reset, as the learner's Reset button runs it."""
    labs = window.view("labs")
    window.show_view("lab:gui-hello")
    qtbot.waitUntil(lambda: labs.lab is not None and labs.panel.page is not None, timeout=20000)

    class NoDaemonRunner:
        def reset(self, _lab):
            return []

    labs.connection.runner = NoDaemonRunner()
    return labs


def reset_from_elsewhere(qtbot, window, labs):
    with qtbot.waitSignal(labs.panel.was_reset, timeout=10000):
        labs.panel.reset_lab()
    flush_worker(qtbot, window)


def rate_from_elsewhere(qtbot, review, rating=3):
    with qtbot.waitSignal(review.answered, timeout=10000):
        review.rate(rating)


def test_suspending_the_card_on_screen_in_browse_moves_review_on(qtbot, window):
    review = window.view("review")
    with qtbot.waitSignal(review.card_shown, timeout=10000):
        window.show_view("review")
    shown = review.card.id
    browse = window.view("browse")
    with qtbot.waitSignal(browse.searched, timeout=10000):
        window.show_view("browse")
    browse.select_only(next(i for i, row in enumerate(browse.rows) if row.card_id == shown))
    with qtbot.waitSignal(browse.cards_changed, timeout=10000) as changed:
        browse.toggle_suspend()
    assert changed.args == ["suspend", [shown]]
    # Back in Review: the next card, not the suspended one still on screen.
    window.show_view("review")
    qtbot.waitUntil(lambda: review.settled() and review.card is not None and review.card.id != shown, timeout=10000)
    assert review.state == "front"


def test_burying_the_card_on_screen_while_review_is_shown_moves_it_on(qtbot, window):
    """The change reaches a Review that is on screen too (as from the command line's twin)."""
    from quizapp.core import changes

    review = window.view("review")
    with qtbot.waitSignal(review.card_shown, timeout=10000):
        window.show_view("review")
    shown = review.card.id
    got = []
    window.study.run(lambda collection, _s: collection.bury([shown]), got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=10000)
    with qtbot.waitSignal(review.card_shown, timeout=10000) as next_card:
        window.study.changed.emit(changes.card_action(got[0].action, got[0].changed))
    assert next_card.args[0] != shown
    # A flag leaves it where it is.
    flagged = review.card.id
    window.study.changed.emit(changes.card_action("flag", [flagged]))
    flush_worker(qtbot, window)
    assert review.card.id == flagged and review.state == "front"


def test_a_lab_reset_leaves_statistics_alone_and_an_answer_recomputes_them(qtbot, data_dir, clock, monkeypatch):
    from quizapp.gui.views import stats as stats_module

    window = make_window(qtbot, data_dir, clock)
    reports = []
    real_report = stats_module.report_in_background

    def counted(collection, session):
        reports.append(1)
        return real_report(collection, session)

    monkeypatch.setattr(stats_module, "report_in_background", counted)
    review = card_on_its_back(qtbot, window)

    labs = lab_to_reset(qtbot, window)

    stats = window.view("stats")
    window.show_view("stats")
    qtbot.waitUntil(stats.settled, timeout=20000)
    flush_worker(qtbot, window)
    before = len(reports)
    assert before >= 1

    reset_from_elsewhere(qtbot, window, labs)
    assert len(reports) == before, "a lab reset made Statistics recompute"

    rate_from_elsewhere(qtbot, review)
    qtbot.waitUntil(lambda: len(reports) == before + 1, timeout=10000)
    qtbot.waitUntil(lambda: stats.report is not None and stats.report.counts.reviews_today == 1, timeout=10000)


def test_home_counts_follow_an_answer_and_not_a_lab_reset(qtbot, window, monkeypatch):
    from quizapp.gui import ops

    asked = []
    real_summary = ops.home_summary

    def counted(collection, session):
        asked.append(1)
        return real_summary(collection, session)

    monkeypatch.setattr(ops, "home_summary", counted)
    review = card_on_its_back(qtbot, window)
    labs = lab_to_reset(qtbot, window)
    home = window.view("home")
    window.show_view("home")
    qtbot.waitUntil(lambda: home.settled() and home.tiles["new"].number.text() == "5", timeout=10000)
    flush_worker(qtbot, window)
    before = len(asked)

    reset_from_elsewhere(qtbot, window, labs)  # the lab's schedule stays: no count on Home moves
    assert len(asked) == before

    rate_from_elsewhere(qtbot, review)
    qtbot.waitUntil(lambda: home.tiles["new"].number.text() == "4", timeout=10000)
    assert home.tiles["learning"].number.text() == "1"


def test_browse_redraws_an_answered_card_and_keeps_its_selection(qtbot, window):
    review = card_on_its_back(qtbot, window)
    answered = review.card.id
    browse = window.view("browse")
    with qtbot.waitSignal(browse.searched, timeout=10000):
        window.show_view("browse")
    rows = {row.card_id: i for i, row in enumerate(browse.rows)}
    others = [card_id for card_id in rows if card_id != answered][:2]
    browse.select_only(rows[others[0]])
    browse.table.selectionModel().select(
        browse.table.model().index(rows[others[1]], 0),
        QItemSelectionModel.Select | QItemSelectionModel.Rows,
    )
    selected = browse.selected_ids()
    assert sorted(selected) == sorted(others)
    assert browse.table.item(rows[answered], 5).text() == "0 / 0"

    with qtbot.waitSignal(browse.searched, timeout=10000):
        rate_from_elsewhere(qtbot, review)
    row = next(i for i, r in enumerate(browse.rows) if r.card_id == answered)
    assert browse.table.item(row, 5).text() == "1 / 0"
    assert browse.selected_ids() == selected
    current = browse.table.item(browse.table.currentRow(), 0).data(Qt.UserRole)
    assert current == others[0]


def test_deleting_the_own_card_on_screen_in_browse_moves_review_on(qtbot, window):
    def add_mine_and_bury_the_rest(collection, _session):
        change = collection.add_own_card(
            {"id": "mine-container-1", "type": "basic", "concepts": ["container"], "prompt": {"ko": "내 카드", "en": "My card"}, "answer": {"ko": "답", "en": "Answer"}}
        )
        mine = change.added[0]
        collection.bury([card.id for card in collection.deck.cards if card.id != mine])
        return mine

    got = []
    window.study.run(add_mine_and_bury_the_rest, got.append, got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=10000)
    mine = got[0]
    assert isinstance(mine, str), mine
    review = window.view("review")
    with qtbot.waitSignal(review.card_shown, timeout=10000) as shown:
        window.show_view("review")
    assert shown.args == [mine]
    browse = window.view("browse")
    with qtbot.waitSignal(browse.searched, timeout=10000):
        window.show_view("browse")
    with qtbot.waitSignal(browse.searched, timeout=10000):
        browse._delete(mine)  # what the delete question's Enter runs (its keys are tested with the editor)
    # Back in Review: no card left (the rest are buried), not the deleted one still on screen.
    window.show_view("review")
    qtbot.waitUntil(lambda: review.state == "done", timeout=10000)
    assert review.card is None
