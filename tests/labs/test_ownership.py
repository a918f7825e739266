"""The rules of what belongs to a lab attempt, over the daemon's list entries (no daemon)."""

from __future__ import annotations

import pytest

from quizapp.core.labs.events import _relevant as relevant_event
from quizapp.core.labs.ownership import (
    BASE_REF,
    Claim,
    ContainerFacts,
    Holdings,
    ImageFacts,
    is_lab_container,
    needed_names,
    parse_time,
    without_registry,
)
from quizapp.core.labs.pictures import is_lab_container as is_lab_container_entry
from quizapp.core.labs.pictures import is_lab_event

BEGAN = 1_700_000_000.25
BEFORE, DURING = BEGAN - 3600, BEGAN + 60
BASE_ID, HELPER_ID, LEARNER_IMG = "sha256:base", "sha256:helper", "sha256:mine"


def claim(**holdings) -> Claim:
    h = Holdings(began=BEGAN, since=BEGAN + 5, token="qz123", containers={"quizlab-web": "c-setup"}, images={"quizlab/greet:1": HELPER_ID}, **holdings)
    names = needed_names(["quizlab-web", "quizlab/web:1", "quizlab/base:1", "docker"], ["quizlab-web"], ["quizlab/greet:1"])
    return Claim("build-and-run", h, *names, lab_image_ids={BASE_ID, HELPER_ID}, shared_ids={BASE_ID})


def container(id="c1", name="happy_turing", image=BASE_ID, created=DURING, labels=None, precise=True) -> ContainerFacts:
    return ContainerFacts(id, name, image, created, labels or {}, precise)


def image(id="sha256:x", tags=(), created=DURING, labels=None, precise=True) -> ImageFacts:
    return ImageFacts(id, tuple(tags), created, labels or {}, precise)


def test_names_a_lab_asks_for_are_normalized_and_never_the_base():
    containers, images = needed_names(["quizlab-web", "quizlab/web", "localhost:5000/quizlab/app:2", BASE_REF, "myapp"], [], [])
    assert containers == {"quizlab-web"}
    assert images == {"quizlab/web:latest", "quizlab/app:2"}


def test_containers_made_before_the_attempt_are_never_its_own_whatever_their_image_or_labels():
    c = claim()
    # An image's labels pass to its containers: a learner's container of a token-labelled or
    # set-up-labelled image, made before the lab, stays.
    assert not c.container(container(created=BEFORE))
    assert not c.container(container(created=BEFORE, labels={"quizlab.token": "qz123", "quizapp.lab": "build-and-run"}))
    assert not c.container(container(created=BEFORE, image=LEARNER_IMG))


def test_containers_made_during_the_attempt_from_a_lab_image_or_by_name_are_its_own():
    c = claim()
    assert c.container(container(image=BASE_ID))  # docker run quizlab/base:1 echo hi
    assert c.container(container(image=HELPER_ID))
    assert c.container(container(image=LEARNER_IMG), owned_image_ids={LEARNER_IMG})
    assert not c.container(container(image=LEARNER_IMG))  # the learner's own image, used meanwhile
    assert c.container(container(id="c-setup", name="quizlab-web", created=BEFORE))  # set-up's, by id
    assert c.container(container(name="quizlab-web", image=LEARNER_IMG, created=BEFORE))  # a name the lab asks for


def test_list_entries_know_whole_seconds_and_never_say_no_where_the_full_read_says_yes():
    c = claim()
    same_second_before = BEGAN - 0.2  # int() equal to BEGAN's second
    assert c.container(container(created=same_second_before, precise=False))
    assert not c.container(container(created=same_second_before, precise=True))
    assert c.image(image(tags=("quizlab/x:1",), created=same_second_before, precise=False)) is not None
    assert c.image(image(tags=("quizlab/x:1",), created=same_second_before, precise=True)) is None


def test_what_other_open_attempts_hold_is_never_this_ones():
    c = claim()
    c.protected = {"quizlab-web", "c2", "quizlab/web:1"}
    assert not c.container(container(name="quizlab-web"))
    assert not c.container(container(id="c2"))
    assert c.image(image(tags=("quizlab/web:1",))) is None


def test_images_built_from_the_attempts_folder_go_whole_with_every_tag():
    c = claim()
    got = c.image(image(tags=("quizlab/web:1", "myweb:latest"), labels={"quizlab.token": "qz123"}))
    assert got is not None and got.whole and set(got.tags) == {"quizlab/web:1", "myweb:latest"}
    # The same label from another attempt (an older image of the learner's, built FROM a lab image):
    assert c.image(image(tags=("myweb:latest",), labels={"quizlab.token": "qzOTHER"})) is None
    # The token of this attempt on an image older than the attempt cannot be this attempt's build.
    assert c.image(image(tags=("myweb:latest",), labels={"quizlab.token": "qz123"}, created=BEFORE)) is None


def test_set_up_images_and_the_shared_base():
    c = claim()
    helper = c.image(image(id=HELPER_ID, tags=("quizlab/greet:1",), created=BEFORE))
    assert helper is not None and helper.whole
    assert c.image(image(id=BASE_ID, tags=(BASE_REF,), created=DURING)) is None
    # A base tag on something else is not removed either (only its other lab tags are).
    other = c.image(image(id="sha256:y", tags=(BASE_REF, "quizlab/new:1")))
    assert other is not None and other.tags == ("quizlab/new:1",) and not other.whole


def test_lab_tags_the_lab_asks_for_any_time_others_only_when_recent():
    c = claim()
    old = c.image(image(id=LEARNER_IMG, tags=("localhost:5000/quizlab/web:1", "mine:1"), created=BEFORE))
    assert old is not None and old.tags == ("localhost:5000/quizlab/web:1",) and not old.whole
    assert c.image(image(id=LEARNER_IMG, tags=("quizlab/other:1",), created=BEFORE)) is None
    assert c.image(image(id=LEARNER_IMG, tags=("quizlab/other:1",), created=DURING)) is not None
    c.tagged_since = {"quizlab/other:1"}
    assert c.image(image(id=LEARNER_IMG, tags=("quizlab/other:1",), created=BEFORE)) is not None
    # The learner's own names on the learner's own image are never touched.
    assert c.image(image(id=LEARNER_IMG, tags=("mine:1",), created=DURING)) is None


def test_volumes_and_networks_made_during_the_attempt_under_lab_names():
    c = claim()
    iso_during = "2023-11-14T23:14:20.5Z"  # BEGAN + 60 s
    iso_before = "2023-11-14T22:13:00Z"
    assert parse_time(iso_during) > BEGAN
    assert c.volume({"Name": "quizlab-data", "CreatedAt": iso_during})
    assert not c.volume({"Name": "quizlab-data", "CreatedAt": iso_before})
    assert not c.volume({"Name": "mydata", "CreatedAt": iso_during})
    assert c.network({"Id": "n1", "Name": "quizlab-net", "Created": iso_during})
    assert not c.network({"Id": "n2", "Name": "qtest-decoy-net", "Created": iso_during})


def test_leftovers_recorded_by_a_failed_reset_are_taken_back():
    c = claim(leftovers=["c-old", "sha256:old"])
    assert c.container(container(id="c-old", created=BEFORE, image=LEARNER_IMG))
    got = c.image(image(id="sha256:old", created=BEFORE))
    assert got is not None and got.whole


def test_holdings_read_old_records_and_round_trip():
    old = {"containers": {"quizlab-web": "abc"}, "images": {}, "since": 12.5, "token": "qz1", "registry": None, "solved": True, "cleaned": False, "extra": 1}
    h = Holdings.from_json(old)
    assert h.began == 12.5 and h.since == 12.5 and h.solved and h.setup_ids() == {"abc"}
    assert Holdings.from_json(h.to_json()) == h


def test_registry_addresses_are_stripped_and_tags_normalized():
    assert without_registry("127.0.0.1:5001/quizlab/web") == "quizlab/web:latest"
    assert without_registry("quizlab/web@sha256:abc") == "quizlab/web@sha256:abc"


@pytest.mark.parametrize(
    ("name", "image", "is_labs"),
    [
        ("quizlab-web", "nginx:1", True),
        ("quizlab-Web_2", "nginx:1", True),  # a learner's own spelling under the prefix
        ("happy_turing", "quizlab/web:1", True),
        ("happy_turing", "localhost:5000/quizlab/web:1", True),
        ("happy_turing", "docker.io/quizlab/web", True),
        # The drawings once took any image holding "quizlab/", the daemon badge any holding "quizlab".
        ("happy_turing", "notquizlab/web:1", False),
        ("happy_turing", "someone/quizlab/web:1", False),
        ("happy_turing", "quizlabby:1", False),
        ("web-quizlab-1", "nginx:1", False),
    ],
)
def test_one_rule_for_a_labs_container_everywhere(name, image, is_labs):
    assert is_lab_container(name, image) is is_labs
    # The drawings read list entries, the event follower and the daemon badge read events.
    assert is_lab_container_entry({"Names": [f"/{name}"], "Image": image}) is is_labs
    event = {"Type": "container", "Actor": {"Attributes": {"name": name, "image": image}}}
    assert is_lab_event(event) is is_labs
    assert relevant_event(event) is is_labs
    from quizapp.gui.views.labs.daemon import moves_the_live_panel  # the window's: imports Qt

    assert moves_the_live_panel(event) is is_labs
