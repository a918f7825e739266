"""Drawings of what the learner's docker commands did, painted from quizapp.core.labs.pictures:

- `LayerStackDrawing`: one or two images' layers, base at the bottom, each step's instruction and
  size; the steps both images share (the layer cache, the base image) marked and joined.
- `ContainersDrawing`: each image with the containers made from it, coloured by state.
- `LifecycleDrawing`: created → running → exited → removed (and paused), the container's state
  filled, the transition that just happened lit with its command.
- `DaemonPictures`: follows the daemon's event stream on its own thread and hands each new picture
  to the GUI thread, so the drawings move as the learner's commands run.

Each drawing is a plain QWidget with a `set_…` method: a lab view places them beside its live
panel and connects a `DaemonPictures` to them; a card can show one made from a fixed example.
"""

from __future__ import annotations

import queue
import threading
import time
from dataclasses import replace
from typing import Any, Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from quizapp.core.labs.pictures import follow, human_size, images_and_containers, is_lab_container, is_lab_event, layer_stacks
from quizapp.gui.i18n import translate

SHARED = QColor("#3aa38f")  # a step two images share
OWN = (QColor("#5c8dd6"), QColor("#d68a3c"))  # each image's own steps, left and right
STATE_COLOURS = {
    "created": QColor("#8fa9c9"),
    "running": QColor("#3fb950"),
    "paused": QColor("#e3b341"),
    "restarting": QColor("#e3b341"),
    "exited": QColor("#8b8f96"),
    "dead": QColor("#c0504d"),
    "removing": QColor("#c0504d"),
    "removed": QColor("#c0504d"),
}
LIT = QColor("#f0883e")


def state_name(state: str) -> str:
    return {
        "created": translate("Drawings", "created"),
        "running": translate("Drawings", "running"),
        "paused": translate("Drawings", "paused"),
        "restarting": translate("Drawings", "restarting"),
        "exited": translate("Drawings", "exited"),
        "dead": translate("Drawings", "dead"),
        "removing": translate("Drawings", "removing"),
        "removed": translate("Drawings", "removed"),
    }.get(state, state)


def ink_on(colour: QColor) -> QColor:
    return QColor("#1d1d1d") if colour.lightnessF() > 0.6 else QColor("#ffffff")


class _Drawing(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)

    def minimumSizeHint(self) -> QSize:
        # As tall as drawn: in a short pane (a lab's side) the scroll area scrolls instead of
        # squeezing the rows onto the heading.
        return QSize(200, self.sizeHint().height())

    def _text(self) -> QColor:
        return self.palette().color(QPalette.WindowText)

    def _small(self, p: QPainter) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
        return font


# ----- layers -----------------------------------------------------------------------------------
class LayerStackDrawing(_Drawing):
    ROW, THIN, GAP, COLUMN_GAP = 28, 16, 3, 56

    def __init__(self) -> None:
        super().__init__()
        self.stacks: list[Any] = []

    def set_stacks(self, stacks: list[Any]) -> None:
        """One or two `LayerStack`s (two: marked by pictures.mark_shared)."""
        self.stacks = list(stacks)[:2]
        self.updateGeometry()
        self.update()

    def _row_height(self, layer: Any) -> int:
        return self.ROW if layer.size else self.THIN

    def sizeHint(self) -> QSize:
        rows = max((sum(self._row_height(l) + self.GAP for l in s.layers) for s in self.stacks), default=0)
        return QSize(640, rows + 70)

    def paintEvent(self, _event: Any) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        text = self._text()
        count = max(1, len(self.stacks))
        width = (self.width() - self.COLUMN_GAP * (count - 1)) / count
        bottom = self.height() - 26
        positions: list[list[QRectF]] = []
        for column, stack in enumerate(self.stacks):
            left = column * (width + self.COLUMN_GAP)
            p.setPen(text)
            bold = QFont(self.font())
            bold.setBold(True)
            p.setFont(bold)
            p.drawText(QRectF(left, 0, width, 22), Qt.AlignLeft | Qt.AlignVCenter, f"{stack.ref}  ·  {human_size(stack.size)}")
            p.setFont(self._small(p))
            metrics = p.fontMetrics()
            y = bottom
            rects = []
            for layer in stack.layers:  # base first, drawn from the bottom up
                h = self._row_height(layer)
                y -= h
                rect = QRectF(left, y, width, h)
                rects.append(rect)
                colour = SHARED if layer.shared else OWN[column % 2]
                if not layer.size:
                    colour = QColor(colour)
                    colour.setAlpha(110)
                p.setPen(Qt.NoPen)
                p.setBrush(colour)
                p.drawRoundedRect(rect, 4, 4)
                ink = ink_on(colour) if layer.size else text
                p.setPen(ink)
                size = human_size(layer.size)
                size_w = metrics.horizontalAdvance(size) + 12
                inner = rect.adjusted(8, 0, -8, 0)
                p.drawText(inner, Qt.AlignRight | Qt.AlignVCenter, size)
                label = metrics.elidedText(layer.instruction, Qt.ElideRight, int(inner.width() - size_w))
                p.drawText(inner, Qt.AlignLeft | Qt.AlignVCenter, label)
                y -= self.GAP
            positions.append(rects)
        if len(self.stacks) == 2:
            # Join the steps both images share: the same layers on disk, stored once.
            p.setPen(QPen(SHARED, 2, Qt.DotLine))
            left_rects, right_rects = positions
            for i, layer in enumerate(self.stacks[0].layers):
                if layer.shared and i < len(right_rects):
                    a, b = left_rects[i], right_rects[i]
                    p.drawLine(QPointF(a.right(), a.center().y()), QPointF(b.left(), b.center().y()))
        p.setPen(text)
        p.setFont(self._small(p))
        legend = translate("Drawings", "Base at the bottom. Green: steps both images share (the layer cache); pale: steps that add no files.")
        p.drawText(QRectF(0, self.height() - 22, self.width(), 22), Qt.AlignLeft | Qt.AlignVCenter, legend)
        p.end()


# ----- images and containers ------------------------------------------------------------------------
class ContainersDrawing(_Drawing):
    HEAD, CHIP, CHIP_W, GAP = 30, 30, 190, 8

    def __init__(self) -> None:
        super().__init__()
        self.images: list[Any] = []

    def set_images(self, images: list[Any]) -> None:
        """`ImageBox`es from pictures.images_and_containers."""
        self.images = list(images)
        self.updateGeometry()
        self.update()

    def _columns(self) -> int:
        return max(1, int((self.width() - 16) // (self.CHIP_W + self.GAP)))

    def sizeHint(self) -> QSize:
        columns = max(1, (max(self.width(), 640) - 16) // (self.CHIP_W + self.GAP))
        rows = sum(self.HEAD + ((len(i.containers) + columns - 1) // columns) * (self.CHIP + self.GAP) + 12 for i in self.images)
        return QSize(640, max(rows, 60) + 26)

    def paintEvent(self, _event: Any) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        text = self._text()
        frame = QColor(text)
        frame.setAlpha(70)
        y = 0.0
        columns = self._columns()
        if not self.images:
            p.setPen(text)
            p.drawText(QRectF(0, 0, self.width(), 40), Qt.AlignLeft | Qt.AlignVCenter, translate("Drawings", "No containers yet."))
        for image in self.images:
            rows = (len(image.containers) + columns - 1) // columns
            box = QRectF(0.5, y + 0.5, self.width() - 1, self.HEAD + rows * (self.CHIP + self.GAP) + 4)
            p.setPen(QPen(frame, 1))
            p.setBrush(Qt.NoBrush)
            p.drawRoundedRect(box, 6, 6)
            bold = QFont(self.font())
            bold.setBold(True)
            p.setFont(bold)
            p.setPen(text)
            p.drawText(QRectF(10, y, self.width() - 20, self.HEAD), Qt.AlignLeft | Qt.AlignVCenter, translate("Drawings", "image {name}").format(name=image.label))
            p.setFont(self._small(p))
            metrics = p.fontMetrics()
            for i, container in enumerate(image.containers):
                row, col = divmod(i, columns)
                chip = QRectF(8 + col * (self.CHIP_W + self.GAP), y + self.HEAD + row * (self.CHIP + self.GAP), self.CHIP_W, self.CHIP)
                colour = STATE_COLOURS.get(container.state, STATE_COLOURS["created"])
                p.setPen(Qt.NoPen)
                p.setBrush(colour)
                p.drawRoundedRect(chip, self.CHIP / 2, self.CHIP / 2)
                p.setPen(ink_on(colour))
                state = state_name(container.state)
                inner = chip.adjusted(12, 0, -12, 0)
                p.drawText(inner, Qt.AlignRight | Qt.AlignVCenter, state)
                name = metrics.elidedText(container.name, Qt.ElideRight, int(inner.width() - metrics.horizontalAdvance(state) - 10))
                p.drawText(inner, Qt.AlignLeft | Qt.AlignVCenter, name)
            y = box.bottom() + 12
        p.end()


# ----- a container's lifecycle --------------------------------------------------------------------
# Where each state sits (column, row) and the arrows between them, each with its command.
_NODES = {"created": (0, 1), "running": (1, 1), "paused": (1, 0), "exited": (2, 1), "removed": (3, 1)}
_ARROWS = [
    ("created", "running", "start"),
    ("running", "exited", "stop"),
    ("exited", "running", "start"),
    ("running", "paused", "pause"),
    ("paused", "running", "unpause"),
    ("exited", "removed", "rm"),
    ("created", "removed", "rm"),
]
# The daemon's event for each arrow's command (die is a stop the container did itself).
_EVENT_ARROW = {"start": "start", "restart": "start", "die": "stop", "stop": "stop", "oom": "stop", "pause": "pause", "unpause": "unpause", "destroy": "rm"}


class LifecycleDrawing(_Drawing):
    NODE_W, NODE_H = 112, 40

    def __init__(self) -> None:
        super().__init__()
        self.lifecycle: Any = None

    def set_lifecycle(self, lifecycle: Any) -> None:
        """A pictures.Lifecycle, or None for the map alone."""
        self.lifecycle = lifecycle
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, 250)

    # Narrower than this, the map is drawn at this width and scaled down: its boxes and labels
    # would overlap otherwise (a lab's side pane is about 400 px wide).
    CANVAS_W = 600

    def _canvas_width(self) -> float:
        return max(self.width(), self.CANVAS_W)

    def _node_rect(self, state: str) -> QRectF:
        col, row = _NODES[state]
        step = (self._canvas_width() - self.NODE_W - 20) / 3
        return QRectF(10 + col * step, 34 + row * 80, self.NODE_W, self.NODE_H)

    def lit_arrow(self) -> tuple[str, str] | None:
        """The arrow of the last transition, as (from, to); None when it was not a move."""
        last = getattr(self.lifecycle, "last", None)
        if last is None or last.before is None or last.before == last.after:
            return None
        return (last.before, last.after)

    def paintEvent(self, _event: Any) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        if self.width() < self.CANVAS_W:
            p.scale(self.width() / self.CANVAS_W, self.width() / self.CANVAS_W)
        text = self._text()
        life = self.lifecycle
        state = getattr(life, "state", None)
        visited = {t.after for t in getattr(life, "transitions", [])}
        lit = self.lit_arrow()
        last = getattr(life, "last", None)
        p.setFont(self._small(p))
        for source, target, command in _ARROWS:
            a, b = self._node_rect(source), self._node_rect(target)
            is_lit = lit == (source, target)
            colour = LIT if is_lit else QColor(text.red(), text.green(), text.blue(), 110)
            self._arrow(p, a, b, colour, 3 if is_lit else 1.4, f"docker {command}", source, target)
        # created comes from `docker create` or `docker run`
        entry = self._node_rect("created")
        p.setPen(LIT if last is not None and last.action == "create" and last.before is None else text)
        p.drawText(QRectF(entry.left(), entry.top() - 30, 200, 24), Qt.AlignLeft | Qt.AlignVCenter, "docker run / create")
        for name in _NODES:
            rect = self._node_rect(name)
            colour = STATE_COLOURS[name]
            current = name == state
            fill = QColor(colour) if current else QColor(colour.red(), colour.green(), colour.blue(), 120 if name in visited else 40)
            p.setPen(QPen(LIT if current else colour, 3 if current else 1.5))
            p.setBrush(fill)
            p.drawRoundedRect(rect, 8, 8)
            p.setPen(ink_on(fill) if current else text)
            bold = QFont(self.font())
            bold.setBold(current)
            p.setFont(bold)
            p.drawText(rect, Qt.AlignCenter, state_name(name))
        # attach and detach: a terminal joining or leaving the running container.
        running = self._node_rect("running")
        attach_lit = last is not None and last.action in ("attach", "detach")
        p.setFont(self._small(p))
        p.setPen(QPen(LIT if attach_lit else text, 2 if attach_lit else 1))
        loop = QRectF(running.center().x() - 16, running.bottom(), 32, 26)
        p.setBrush(Qt.NoBrush)
        p.drawArc(loop, 180 * 16, 180 * 16)
        label = "docker attach / detach" if not attach_lit else f"docker {last.action}"
        p.drawText(QRectF(running.left() - 40, running.bottom() + 22, running.width() + 80, 18), Qt.AlignCenter, label)
        if life is not None:
            name = getattr(life, "name", "") or life.container_id[:12]
            p.setPen(text)
            p.drawText(QRectF(0, 0, self._canvas_width(), 22), Qt.AlignRight | Qt.AlignVCenter, translate("Drawings", "container {name}").format(name=name))
        p.end()

    def _arrow(self, p: QPainter, a: QRectF, b: QRectF, colour: QColor, width: float, label: str, source: str, target: str) -> None:
        """A curved arrow from box a to box b (back arrows bend the other way) with its label."""
        forward = (b.center().x() - a.center().x(), b.center().y() - a.center().y())
        vertical = abs(forward[1]) > abs(forward[0])
        if vertical:  # pause goes up on the left, unpause comes down on the right
            up = forward[1] < 0
            x_shift = -18 if up else 18
            start = QPointF(a.center().x() + x_shift, a.top() if up else a.bottom())
            end = QPointF(b.center().x() + x_shift, b.bottom() if up else b.top())
            control = QPointF((start.x() + end.x()) / 2, (start.y() + end.y()) / 2)
        else:
            backwards = forward[0] < 0
            skip = abs(_NODES[target][0] - _NODES[source][0]) > 1
            start = QPointF(a.right() if not backwards else a.left(), a.center().y() + (10 if backwards or skip else -4))
            end = QPointF(b.left() if not backwards else b.right(), b.center().y() + (10 if backwards or skip else -4))
            # created → removed passes under the row of boxes, clear of the other arrows' labels
            bend = 150 if skip else (26 if backwards else -20)
            control = QPointF((start.x() + end.x()) / 2, (start.y() + end.y()) / 2 + bend)
        path = QPainterPath(start)
        path.quadTo(control, end)
        p.setPen(QPen(colour, width))
        p.setBrush(Qt.NoBrush)
        p.drawPath(path)
        # the head, along the curve's last direction
        direction = QPointF(end.x() - control.x(), end.y() - control.y())
        length = max(1e-6, (direction.x() ** 2 + direction.y() ** 2) ** 0.5)
        ux, uy = direction.x() / length, direction.y() / length
        head = QPolygonF([end, QPointF(end.x() - 9 * ux + 5 * uy, end.y() - 9 * uy - 5 * ux), QPointF(end.x() - 9 * ux - 5 * uy, end.y() - 9 * uy + 5 * ux)])
        p.setBrush(colour)
        p.setPen(Qt.NoPen)
        p.drawPolygon(head)
        p.setPen(colour)
        middle = path.pointAtPercent(0.5)
        if vertical:
            left_side = x_shift < 0
            rect = QRectF(middle.x() - 126, middle.y() - 8, 120, 16) if left_side else QRectF(middle.x() + 6, middle.y() - 8, 120, 16)
            p.drawText(rect, (Qt.AlignRight if left_side else Qt.AlignLeft) | Qt.AlignVCenter, label)
        else:
            p.drawText(QRectF(middle.x() - 60, middle.y() - (18 if control.y() < start.y() else -2), 120, 16), Qt.AlignCenter, label)


# ----- live from the daemon -------------------------------------------------------------------------
class DaemonPictures(QTimer):
    """Follows the daemon's events on its own thread and brings each new picture to the GUI
    thread: `containers_changed(list[ImageBox])` after any lab container event, and
    `lifecycle_changed(Lifecycle)` for the container the event was about. Docker calls never run
    on the GUI thread; this timer only takes what the thread has put in its queue."""

    containers_changed = Signal(object)
    lifecycle_changed = Signal(object)
    layers_changed = Signal(object)  # list[LayerStack] of `layer_refs`, after any image event

    def __init__(
        self,
        connect: Callable[[], Any],
        wanted_event: Callable[[dict[str, Any]], bool] | None = None,
        wanted_container: Callable[[dict[str, Any]], bool] | None = None,
        layer_refs: list[str] | None = None,
        parent: Any = None,
    ):
        """`connect()` gives a docker client (called on the thread); `wanted_event` and
        `wanted_container` choose what is drawn (default: the labs' own containers); the layers
        of the images named in `layer_refs` (one or two, e.g. a lab's image before and after a
        rebuild) are drawn again after every image event."""
        super().__init__(parent)
        self._connect = connect
        self._wanted_event = wanted_event
        self._wanted_container = wanted_container
        self._layer_refs = list(layer_refs or [])
        self._queue: queue.Queue[tuple[str, Any]] = queue.Queue()
        self._stop = threading.Event()
        self._redraw = threading.Event()
        self._thread: threading.Thread | None = None
        self.setInterval(100)
        self.timeout.connect(self._deliver)

    def start_following(self, since: float | None = None) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop.clear()
        since = time.time() if since is None else since
        self._thread = threading.Thread(target=self._run, args=(since,), name="quizapp-drawings", daemon=True)
        self._thread.start()
        self.start()

    def set_layer_refs(self, refs: list[str]) -> None:
        """Draw these images' layers from now on (the thread reads the new list on its next turn)."""
        if list(refs) != self._layer_refs:
            self._layer_refs = list(refs)
            self.redraw()

    def redraw(self) -> None:
        """Read the containers and layers again on the thread's next turn (within half a second),
        e.g. once the choice of what is wanted has changed."""
        self._redraw.set()

    @property
    def following(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def stop_following(self, wait: float = 3.0) -> None:
        self._stop.set()
        self.stop()
        if self._thread is not None:
            self._thread.join(wait)
            self._thread = None

    def _run(self, since: float) -> None:
        client = self._connect()
        if client is None or not hasattr(client, "api"):
            return
        wanted_event = self._wanted_event or is_lab_event
        wanted_container = self._wanted_container or is_lab_container
        lifecycles: dict[str, Any] = {}
        last = since
        try:
            self._queue.put(("containers", images_and_containers(client, wanted_container)))
            if self._layer_refs:
                self._queue.put(("layers", layer_stacks(client, self._layer_refs)))
            while not self._stop.is_set():
                # Asked in slices, as quizapp.core.labs.runner.follow_events does, so a stop is
                # seen within half a second even when the daemon is quiet.
                until = time.time() + 0.5
                events = list(client.events(since=f"{last:.9f}", until=f"{until:.9f}", decode=True))
                last = until
                containers = [e for e in events if e.get("Type") == "container" and wanted_event(e)]
                for event in containers:
                    cid = (event.get("Actor") or {}).get("ID")
                    if follow(lifecycles, [event]):
                        life = lifecycles[cid]
                        # A copy: the thread goes on changing its own.
                        self._queue.put(("lifecycle", replace(life, transitions=list(life.transitions))))
                redraw = self._redraw.is_set()
                self._redraw.clear()
                if containers or redraw:
                    self._queue.put(("containers", images_and_containers(client, wanted_container)))
                refs = self._layer_refs
                if refs and (redraw or any(e.get("Type") == "image" for e in events)):
                    self._queue.put(("layers", layer_stacks(client, refs)))
        except Exception:  # noqa: BLE001 - the daemon went away: the drawings keep their last picture
            pass
        finally:
            client.close()

    def _deliver(self) -> None:
        while True:
            try:
                kind, value = self._queue.get_nowait()
            except queue.Empty:
                return
            signal = {"containers": self.containers_changed, "lifecycle": self.lifecycle_changed, "layers": self.layers_changed}[kind]
            signal.emit(value)
