"""Labs in the window: the list page (`listpage`), one lab's panel (`panel`, with its live panel
in `live`), the daemon connection and its badge (`daemon`), and what the pages show, read on the
worker (`data`). `view.LabsView` puts them on one page."""

from quizapp.gui.views.labs.daemon import DaemonBadge, DaemonConnection, DaemonStatus, connect_daemon
from quizapp.gui.views.labs.data import LabPage, lab_page, lab_state, lab_states
from quizapp.gui.views.labs.listpage import state_text
from quizapp.gui.views.labs.view import LabsView

__all__ = [
    "DaemonBadge",
    "DaemonConnection",
    "DaemonStatus",
    "LabPage",
    "LabsView",
    "connect_daemon",
    "lab_page",
    "lab_state",
    "lab_states",
    "state_text",
]
