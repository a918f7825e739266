"""A card about layers or a container's lifecycle shows, once its answer is shown, the drawing a lab
shows, made from a fixed example (no daemon); other cards show none, and no card shows one before
its answer."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from .conftest import CONTENT, make_window

CURRICULUM = """\
concepts:
  - id: layers
    section: test
    name: {ko: 레이어, en: Layers}
    title: {ko: 이미지는 레이어로 쌓인다, en: An image is a stack of layers}
  - id: attach
    section: test
    name: {ko: attach, en: attach}
    title: {ko: attach는 실행 중인 컨테이너에 붙는다, en: attach joins a running container}
  - id: container
    section: test
    name: {ko: 컨테이너, en: Container}
    title: {ko: 컨테이너는 이미지를 실행한 인스턴스, en: A container is a running instance of an image}
questions: []
labs:
  - id: gui-hello
    title: {ko: 창에서 하는 첫 실습, en: A first lab from the window}
    concepts: [container]
"""

CARDS = """\
cards:
  - id: p-layers
    type: basic
    concepts: [layers]
    prompt: {ko: "레이어란?", en: "What is a layer?"}
    answer: {ko: "빌드 단계 하나의 결과", en: "The result of one build step"}
  - id: p-attach
    type: basic
    concepts: [attach]
    prompt: {ko: "attach란?", en: "What does attach do?"}
    answer: {ko: "실행 중인 컨테이너에 터미널을 붙인다", en: "Joins a terminal to a running container"}
  - id: p-plain
    type: basic
    concepts: [container]
    prompt: {ko: "컨테이너란?", en: "What is a container?"}
    answer: {ko: "이미지를 실행한 인스턴스", en: "A running instance of an image"}
"""


@pytest.fixture
def picture_content(tmp_path) -> Path:
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    (content / "curriculum.yaml").write_text(CURRICULUM, encoding="utf-8")
    (content / "cards" / "10-test.yaml").write_text(CARDS, encoding="utf-8")
    return content


def test_layer_and_lifecycle_cards_show_their_drawing_with_the_answer(qtbot, data_dir, clock, picture_content):
    from quizapp.gui.drawings import LayerStackDrawing, LifecycleDrawing

    window = make_window(qtbot, data_dir, clock, content=picture_content)
    review = window.view("review")
    window.show_view("review")
    seen = {}
    for _ in range(3):
        qtbot.waitUntil(lambda: review.state == "front" and review.card is not None, timeout=10000)
        card_id = review.card.id
        assert review.picture is None or not review.picture.isVisible()  # not before the answer
        review.show_answer()
        qtbot.waitUntil(lambda: review.state == "back", timeout=10000)
        seen[card_id] = review.picture
        if card_id == "p-layers":
            assert isinstance(review.picture, LayerStackDrawing) and review.picture.isVisible()
            left, right = review.picture.stacks
            assert (left.ref, right.ref) == ("app:1", "app:2")
            # the base and the dependency steps are shared; the changed COPY and what follows are not
            assert [layer.shared for layer in right.layers] == [True] * 5 + [False] * 3
            assert "cache" in review.picture_caption.text() and review.picture_caption.isVisible()
        elif card_id == "p-attach":
            assert isinstance(review.picture, LifecycleDrawing) and review.picture.isVisible()
            assert review.picture.lifecycle.state == "exited"
            assert review.picture.lit_arrow() == ("running", "exited")
            assert "detach" in review.picture_caption.text()
        else:
            assert review.picture is None and not review.picture_caption.isVisible()
        # the drawing is painted: more than a few colours in the card's page
        if review.picture is not None:
            image = review.picture.grab().toImage()
            colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
            assert len(colours) > 5
        review.rate(3)
    assert set(seen) == {"p-layers", "p-attach", "p-plain"}
