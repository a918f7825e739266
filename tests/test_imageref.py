"""One rule for what an image reference names, shared by the grader and the labs."""

import pytest

from quizapp.core.grading.command import CommandParseError, normalize_image
from quizapp.core.imageref import InvalidReference, canonical, familiar, split_tag
from quizapp.core.labs.ownership import is_lab_ref, without_registry

HEX = "0123456789abcdef" * 4


@pytest.mark.parametrize(
    ("ref", "want_canonical", "want_familiar"),
    [
        ("node", "docker.io/library/node:latest", "node:latest"),
        ("library/node:20", "docker.io/library/node:20", "node:20"),
        ("index.docker.io/library/node", "docker.io/library/node:latest", "node:latest"),
        ("quizlab/app", "docker.io/quizlab/app:latest", "quizlab/app:latest"),
        ("docker.io/quizlab/app:1.0", "docker.io/quizlab/app:1.0", "quizlab/app:1.0"),
        ("localhost:5000/quizlab/web", "localhost:5000/quizlab/web:latest", "localhost:5000/quizlab/web:latest"),
        ("ghcr.io/a/b:2", "ghcr.io/a/b:2", "ghcr.io/a/b:2"),
        # a first component that is not a host is part of the name
        ("quizlab/web/extra", "docker.io/quizlab/web/extra:latest", "quizlab/web/extra:latest"),
        (f"node@sha256:{HEX.upper()}", f"docker.io/library/node@sha256:{HEX}", f"node@sha256:{HEX}"),
        (HEX, f"sha256:{HEX}", f"sha256:{HEX}"),
    ],
    ids=lambda v: v if len(v) < 40 else v[:20] + "…",
)
def test_forms(ref, want_canonical, want_familiar):
    assert canonical(ref) == want_canonical
    assert familiar(ref) == want_familiar


def test_a_name_docker_refuses():
    with pytest.raises(InvalidReference) as caps:
        canonical("Quizlab/App")
    assert caps.value.lower_case_would_do
    with pytest.raises(InvalidReference) as bad:
        canonical("quizlab//app")
    assert not bad.value.lower_case_would_do
    assert familiar("Quizlab/App") == "Quizlab/App"  # names nothing on the daemon: kept as typed
    # The grader says the same in its own words.
    with pytest.raises(CommandParseError):
        normalize_image("Quizlab/App")


SPELLINGS = ["busybox", "busybox:latest", "docker.io/library/busybox", "library/busybox:latest", "busybox:1.36",
             "quizlab/app", "docker.io/quizlab/app:latest", "quizlab/app:1.0", "localhost:5000/quizlab/app"]


@pytest.mark.parametrize("a", SPELLINGS)
def test_the_grader_and_the_labs_agree_on_which_spellings_name_one_image(a):
    for b in SPELLINGS:
        assert (normalize_image(a) == normalize_image(b)) == (familiar(a) == familiar(b)), (a, b)


def test_the_labs_namespace_is_read_after_the_same_rule():
    # Docker Hub's own spelling of a lab image is still the lab's.
    assert without_registry("docker.io/quizlab/app") == "quizlab/app:latest"
    assert is_lab_ref("docker.io/quizlab/app:1.0")
    assert is_lab_ref("localhost:5000/quizlab/web:1")
    assert not is_lab_ref("notquizlab/web:1") and not is_lab_ref("ghcr.io/quizlab/web:1")


def test_split_tag():
    assert split_tag("localhost:5000/quizlab/web:1") == ("localhost:5000/quizlab/web", "1")
    assert split_tag("localhost:5000/quizlab/web") == ("localhost:5000/quizlab/web", "")
    assert split_tag(f"docker.io/library/node@sha256:{HEX}") == ("docker.io/library/node", f"@sha256:{HEX}")
