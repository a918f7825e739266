"""The drawings' model (quizapp.core.labs.pictures): instructions and shared layers worked out on
plain data, then followed against the real daemon: a container appears, changes state and is
removed; a rebuilt image shares its cached layers."""

from __future__ import annotations

import io
import subprocess
import tarfile
import time

import pytest

from quizapp.core.labs.assets import BASE_REF
from quizapp.core.labs.pictures import (
    EXITED,
    Layer,
    LayerStack,
    Lifecycle,
    follow,
    human_size,
    images_and_containers,
    instruction_of,
    layer_stack,
    mark_shared,
)

PREFIX = "qtest-pic-"


# ----- without the daemon ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "created_by, instruction",
    [
        ('/bin/sh -c #(nop)  CMD ["node" "server.js"]', 'CMD ["node" "server.js"]'),
        ("/bin/sh -c #(nop) WORKDIR /app", "WORKDIR /app"),
        ("/bin/sh -c npm install", "RUN npm install"),
        ("RUN /bin/sh -c npm install # buildkit", "RUN npm install"),
        ("COPY . . # buildkit", "COPY . ."),
        ("/bin/sh -c #(nop) COPY file:73e2b2d48642b21b357384b0cb81c1869cc5e0c48a00f61553756196058304b9 in /app ", "COPY file:73e2b2d48642… in /app"),
        ("/bin/sh -c #(nop) COPY multi:3dbf2ed815d40543c69cf780bff3c4a19b8629ae719c5de6bd0e6ab8a4a4d52a in /app/ ", "COPY multi:3dbf2ed815d4… in /app/"),
        ("/bin/busybox --install -s /bin", "/bin/busybox --install -s /bin"),
    ],
)
def test_history_commands_read_as_dockerfile_instructions(created_by, instruction):
    assert instruction_of(created_by) == instruction


def stack(ref, *steps):
    return LayerStack(ref, ref, [Layer(text, size, step_id, 100 + i) for i, (text, size, step_id) in enumerate(steps)])


def test_shared_steps_run_from_the_bottom_up_to_the_first_difference():
    base = [("COPY file:aa… in /bin/busybox", 1_982_256, "sha256:b1"), ("RUN mkdir /app", 0, "sha256:b2")]
    old = stack("app:1", *base, ("COPY file:11… in /app/a.txt", 10, "sha256:o1"), ("RUN echo one", 5, "sha256:o2"))
    new = stack("app:2", *base, ("COPY file:22… in /app/a.txt", 11, "sha256:n1"), ("RUN echo one", 5, "sha256:n2"))
    a, b = mark_shared(old, new)
    assert [layer.shared for layer in a.layers] == [True, True, False, False]
    # The last step has the same instruction, but sits on a different layer: rebuilt, not shared.
    assert [layer.shared for layer in b.layers] == [True, True, False, False]
    assert a.shared_count() == 2 and a.size == 1_982_256 + 15


def test_steps_without_ids_are_compared_by_what_they_did_and_when():
    a = stack("x", ("RUN a", 1, "<missing>"), ("RUN b", 2, "<missing>"))
    b = LayerStack("y", "y", [a.layers[0], Layer("RUN b", 2, "<missing>", 999)])
    marked, _ = mark_shared(a, b)
    assert [layer.shared for layer in marked.layers] == [True, False]


@pytest.mark.parametrize("size, text", [(0, "0B"), (3216, "3.22kB"), (1_982_256, "1.98MB"), (5_300_000_000, "5.3GB")])
def test_sizes_read_as_docker_history_shows_them(size, text):
    assert human_size(size) == text


def event(action, cid="c1", name="quizlab-web", t=0):
    return {"Type": "container", "Action": action, "Actor": {"ID": cid, "Attributes": {"name": name}}, "timeNano": t}


def test_a_lifecycle_follows_run_attach_detach_stop_and_rm():
    lives = {}
    made = follow(lives, [event(a, t=i) for i, a in enumerate(["create", "attach", "start", "detach", "kill", "die", "stop", "destroy"])])
    life = lives["c1"]
    assert life.path() == ["created", "attach", "running", "detach", "exited", "removed"]
    assert [t.action for t in made] == ["create", "attach", "start", "detach", "die", "destroy"]
    assert life.last.before == EXITED and life.last.after == "removed"
    assert life.name == "quizlab-web"


def test_a_lifecycle_starts_at_create_and_ignores_other_containers():
    lives = {}
    follow(lives, [event("start", "old"), event("create", "c2"), event("start", "c3")])
    assert list(lives) == ["c2"]
    life = Lifecycle("c2")
    assert life.apply(event("start", "other")) is None


# ----- against the daemon ---------------------------------------------------------------------
def tar_of(files: dict[str, str]) -> io.BytesIO:
    data = io.BytesIO()
    with tarfile.open(fileobj=data, mode="w") as tar:
        for name, text in files.items():
            raw = text.encode()
            info = tarfile.TarInfo(name)
            info.size = len(raw)
            tar.addfile(info, io.BytesIO(raw))
    data.seek(0)
    return data


def ours(attrs):
    return (attrs.get("Names") or ["/"])[0].lstrip("/").startswith(PREFIX)


def states(client):
    return {c.name: c.state for box in images_and_containers(client, ours) for c in box.containers}


def events_between(client, since, until, container_id):
    return [e for e in client.events(since=since, until=until, decode=True) if (e.get("Actor") or {}).get("ID") == container_id]


@pytest.mark.docker
def test_a_container_appears_changes_state_and_is_removed(docker_client, lab_data_dir):
    client = docker_client
    name = PREFIX + "life"
    try:
        client.containers.get(name).remove(force=True)
    except Exception:
        pass
    since = time.time() - 1
    container = client.containers.create(BASE_REF, ["sleep", "30"], name=name)
    try:
        assert states(client) == {name: "created"}
        (box,) = images_and_containers(client, ours)
        assert BASE_REF in box.tags and box.label == BASE_REF
        container.start()
        assert states(client) == {name: "running"}
        container.stop(timeout=1)
        assert states(client) == {name: "exited"}
    finally:
        container.remove(force=True)
    assert states(client) == {}
    lives = {}
    follow(lives, events_between(client, since, time.time() + 1, container.id))
    life = lives[container.id]
    assert life.name == name
    assert [t.after for t in life.transitions] == ["created", "running", "exited", "removed"]
    assert [t.action for t in life.transitions][:2] == ["create", "start"] and life.last.action == "destroy"


@pytest.mark.docker
def test_run_with_rm_attaches_and_removes_itself(docker_client, lab_data_dir):
    client = docker_client
    name = PREFIX + "rm"
    since = time.time() - 1
    # The docker CLI, as the learner types it: it attaches to the container's output.
    run = subprocess.run(["docker", "run", "--rm", "--name", name, BASE_REF, "echo", "hi"], capture_output=True, text=True, timeout=60)
    assert run.stdout.strip() == "hi", run.stderr
    deadline = time.time() + 10
    while name in states(client) and time.time() < deadline:
        time.sleep(0.1)
    assert states(client) == {}
    lives = {}
    follow(lives, client.events(since=since, until=time.time() + 1, decode=True), wanted=lambda e: e["Actor"]["Attributes"].get("name") == name)
    (life,) = lives.values()
    path = life.path()
    assert path[0] == "created" and "attach" in path and path[-2:] == ["exited", "removed"]
    assert "running" in path


@pytest.mark.docker
def test_a_rebuilt_image_shares_its_cached_layers(docker_client, lab_data_dir):
    client = docker_client
    dockerfile = f'FROM {BASE_REF}\nRUN echo one > /one\nCOPY a.txt /a.txt\nCMD ["cat", "/a.txt"]\n'
    tags = ["qtestpic/app:1", "qtestpic/app:2", "qtestpic/app:3"]
    try:
        client.images.build(fileobj=tar_of({"Dockerfile": dockerfile, "a.txt": "first\n"}), custom_context=True, tag=tags[0], rm=True)
        client.images.build(fileobj=tar_of({"Dockerfile": dockerfile, "a.txt": "second\n"}), custom_context=True, tag=tags[1], rm=True)
        client.images.build(fileobj=tar_of({"Dockerfile": dockerfile, "a.txt": "first\n"}), custom_context=True, tag=tags[2], rm=True)
        base = layer_stack(client, BASE_REF)
        first, changed = mark_shared(layer_stack(client, tags[0]), layer_stack(client, tags[1]))
        instructions = [layer.instruction for layer in first.layers]
        assert instructions[len(base.layers):len(base.layers) + 1] == ["RUN echo one > /one"]
        assert instructions[-2].startswith("COPY file:") and instructions[-2].endswith("in /a.txt")
        assert instructions[-1].startswith("CMD [")
        # The base's layers and the RUN came from the cache; the changed file, and the CMD on top
        # of it, were built again.
        assert [layer.shared for layer in changed.layers] == [True] * (len(base.layers) + 1) + [False, False]
        assert first.layers[-2].size == len("first\n")
        # The same context again: every step from the cache, the very same image.
        again, _ = mark_shared(layer_stack(client, tags[2]), layer_stack(client, tags[0]))
        assert all(layer.shared for layer in again.layers) and again.image_id == first.image_id
    finally:
        for tag in tags:
            try:
                client.images.remove(tag, force=True)
            except Exception:
                pass


# ----- the drawings ---------------------------------------------------------------------------
def pixel(widget, x, y):
    return widget.grab().toImage().pixelColor(int(x), int(y)).name()


def test_the_layer_drawing_marks_shared_steps_and_joins_them(qtbot):
    from quizapp.gui.drawings import OWN, SHARED, LayerStackDrawing

    base = [("COPY file:aa… in /bin/busybox", 1_982_256, "sha256:b1"), ("RUN mkdir /app", 4096, "sha256:b2")]
    a, b = mark_shared(
        stack("quizlab/app:1", *base, ("COPY file:11… in /app/a.txt", 10, "sha256:o1")),
        stack("quizlab/app:2", *base, ("COPY file:22… in /app/a.txt", 11, "sha256:n1")),
    )
    drawing = LayerStackDrawing()
    qtbot.addWidget(drawing)
    drawing.set_stacks([a, b])
    drawing.resize(700, 200)
    bottom = drawing.height() - 26
    row = drawing.ROW
    width = (700 - drawing.COLUMN_GAP) / 2
    base_y = bottom - row / 2
    top_y = bottom - 3 * row - 2 * drawing.GAP + row / 2
    assert pixel(drawing, 4, base_y) == SHARED.name()  # the base, left image
    assert pixel(drawing, width + drawing.COLUMN_GAP + 4, base_y) == SHARED.name()  # and right
    assert pixel(drawing, 4, top_y) == OWN[0].name()  # the changed COPY: each its own
    assert pixel(drawing, width + drawing.COLUMN_GAP + 4, top_y) == OWN[1].name()
    # Shared steps are joined across the gap between the images; the others are not.
    image = drawing.grab().toImage()
    background = image.pixelColor(int(width + drawing.COLUMN_GAP / 2), 2).name()

    def inked(y):
        return sum(image.pixelColor(x, int(y)).name() != background for x in range(int(width) + 2, int(width + drawing.COLUMN_GAP) - 2))

    assert inked(base_y) > 10 and inked(top_y) == 0


def test_the_container_drawing_colours_each_container_by_state(qtbot):
    from quizapp.core.labs.pictures import ContainerBox, ImageBox
    from quizapp.gui.drawings import STATE_COLOURS, ContainersDrawing

    drawing = ContainersDrawing()
    qtbot.addWidget(drawing)
    boxes = [ContainerBox("1", "quizlab-a", "running"), ContainerBox("2", "quizlab-b", "exited"), ContainerBox("3", "quizlab-c", "created")]
    drawing.set_images([ImageBox("sha256:abc", ["quizlab/web:1"], boxes)])
    drawing.resize(700, 140)
    for i, box in enumerate(boxes):
        x = 8 + i * (drawing.CHIP_W + drawing.GAP) + 10
        assert pixel(drawing, x, drawing.HEAD + drawing.CHIP / 2) == STATE_COLOURS[box.state].name()


def test_the_lifecycle_drawing_fills_the_state_and_lights_the_last_move(qtbot):
    from quizapp.gui.drawings import STATE_COLOURS, LifecycleDrawing

    life = Lifecycle("c1")
    follow({"c1": life}, [event(a) for a in ("create", "start", "die")])
    drawing = LifecycleDrawing()
    qtbot.addWidget(drawing)
    drawing.set_lifecycle(life)
    drawing.resize(700, 230)
    assert drawing.lit_arrow() == ("running", "exited")
    exited = drawing._node_rect("exited")
    assert pixel(drawing, exited.left() + 8, exited.center().y()) == STATE_COLOURS["exited"].name()
    running = drawing._node_rect("running")
    assert pixel(drawing, running.left() + 8, running.center().y()) != STATE_COLOURS["running"].name()  # visited, not current
    life.apply(event("destroy"))
    drawing.set_lifecycle(life)
    assert drawing.lit_arrow() == ("exited", "removed")


@pytest.mark.docker
def test_the_live_pictures_follow_a_container_from_the_daemon(qtbot, docker_client, lab_data_dir):
    from quizapp.core.labs import connect
    from quizapp.gui.drawings import DaemonPictures

    name = PREFIX + "live"
    pictures = DaemonPictures(connect, wanted_event=lambda e: e["Actor"]["Attributes"].get("name", "").startswith(PREFIX), wanted_container=ours)
    seen_states: list[dict[str, str]] = []
    lives = []
    pictures.containers_changed.connect(lambda images: seen_states.append({c.name: c.state for i in images for c in i.containers}))
    pictures.lifecycle_changed.connect(lives.append)
    pictures.start_following()
    try:
        qtbot.waitUntil(lambda: bool(seen_states), timeout=10000)  # the first picture, before any event
        container = docker_client.containers.create(BASE_REF, ["sleep", "30"], name=name)
        qtbot.waitUntil(lambda: seen_states[-1] == {name: "created"}, timeout=15000)
        container.start()
        qtbot.waitUntil(lambda: seen_states[-1] == {name: "running"}, timeout=15000)
        container.remove(force=True)
        qtbot.waitUntil(lambda: seen_states[-1] == {}, timeout=15000)
        qtbot.waitUntil(lambda: bool(lives) and lives[-1].state == "removed", timeout=15000)
        assert [t.after for t in lives[-1].transitions][:2] == ["created", "running"]
        assert lives[-1].name == name
    finally:
        pictures.stop_following()
        try:
            docker_client.containers.get(name).remove(force=True)
        except Exception:
            pass


@pytest.mark.docker
def test_the_live_layers_are_drawn_again_after_a_rebuild(qtbot, docker_client, lab_data_dir):
    from quizapp.core.labs import connect
    from quizapp.gui.drawings import DaemonPictures

    tags = ["qtestpic/live:1", "qtestpic/live:2"]
    dockerfile = f"FROM {BASE_REF}\nRUN echo one > /one\nCOPY a.txt /a.txt\n"
    for tag in tags:
        try:
            docker_client.images.remove(tag, force=True)
        except Exception:
            pass
    pictures = DaemonPictures(connect, wanted_event=lambda e: False, layer_refs=tags)
    seen: list = []
    pictures.layers_changed.connect(seen.append)
    pictures.start_following()
    try:
        qtbot.waitUntil(lambda: bool(seen), timeout=10000)
        assert seen[-1] == []  # neither image is there yet
        docker_client.images.build(fileobj=tar_of({"Dockerfile": dockerfile, "a.txt": "1\n"}), custom_context=True, tag=tags[0], rm=True)
        qtbot.waitUntil(lambda: len(seen[-1]) == 1, timeout=15000)
        docker_client.images.build(fileobj=tar_of({"Dockerfile": dockerfile, "a.txt": "2\n"}), custom_context=True, tag=tags[1], rm=True)
        qtbot.waitUntil(lambda: len(seen[-1]) == 2, timeout=15000)
        first, second = seen[-1]
        assert [layer.shared for layer in second.layers][-2:] == [True, False]  # the RUN from the cache, the new COPY not
        assert first.ref == tags[0] and second.ref == tags[1]
    finally:
        pictures.stop_following()
        for tag in tags:
            try:
                docker_client.images.remove(tag, force=True)
            except Exception:
                pass


def test_cards_choose_their_drawing_by_concept():
    from quizapp.core.labs.pictures import picture_for

    assert picture_for(["layers"]) == "layers" and picture_for(["q-layer-origin"]) == "layers"
    assert picture_for(["cache-invalidation"]) == "layers"
    assert picture_for(["run-rm"]) == "lifecycle" and picture_for(["attached-detached"]) == "lifecycle"
    assert picture_for(["image", "attach"]) == "lifecycle"  # the first concept with a drawing decides
    assert picture_for(["image", "dockerfile"]) is None and picture_for([]) is None


def test_the_examples_are_what_the_daemon_would_give():
    """The lifecycle example is made by following events as a lab does; the layer example marks
    as shared exactly the steps below the changed COPY."""
    from quizapp.core.labs.pictures import example_layer_stacks, example_lifecycle

    life = example_lifecycle()
    assert life.path() == ["created", "attach", "running", "detach", "exited"]
    assert life.state == "exited" and life.name == "web"
    first, second = example_layer_stacks()
    changed = [layer.instruction for layer in second.layers].index("COPY . /app")
    assert [layer.shared for layer in second.layers] == [i < changed for i in range(len(second.layers))]
    assert [layer.shared for layer in first.layers] == [layer.shared for layer in second.layers]
