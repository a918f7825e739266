"""Properties of command grading (hypothesis), and a fuzz run that must never raise."""

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from quizapp.core.grading.command import CommandParseError, compare_commands, parse_command

names = st.from_regex(r"[a-z][a-z0-9]{0,7}", fullmatch=True)
ports = st.integers(min_value=1, max_value=65535)
images = st.sampled_from(["node", "node:14", "quizlab/web:1", "python:3.10-slim", "localhost:5000/app", "nginx"])


@st.composite
def run_options(draw):
    """A set of run options, each as the alternative spellings the CLI accepts."""
    opts = []
    if draw(st.booleans()):
        opts.append(["-d", "--detach", "--detach=true", "-d=true"])
    if draw(st.booleans()):
        opts.append(["--rm", "--rm=true"])
    if draw(st.booleans()):
        opts.append(["-i", "--interactive"])
    if draw(st.booleans()):
        opts.append(["-t", "--tty"])
    if draw(st.booleans()):
        name = draw(names)
        opts.append([f"--name {name}", f"--name={name}", f"--name '{name}'"])
    for host, cont in draw(st.lists(st.tuples(ports, ports), max_size=3, unique_by=lambda t: t[0])):
        opts.append([f"-p {host}:{cont}", f"--publish {host}:{cont}", f"-p={host}:{cont}", f"-p{host}:{cont}", f"--publish={host}:{cont}/tcp"])
    for key in draw(st.lists(st.sampled_from(["A", "B", "PORT", "NODE_ENV"]), max_size=3, unique=True)):
        opts.append([f"-e {key}=1", f"--env {key}=1", f"--env={key}=1"])
    return opts


@st.composite
def command_pair(draw):
    opts = draw(run_options())
    image = draw(images)
    cmd = draw(st.sampled_from(["", " node server.js", " sh -c 'echo hi'"]))
    canonical = "docker run " + " ".join(o[0] for o in opts) + f" {image}{cmd}"
    shuffled = draw(st.permutations(opts))
    spelled = [draw(st.sampled_from(o)) for o in shuffled]
    sub = draw(st.sampled_from(["run", "container run"]))
    answer = f"docker {sub} " + " ".join(spelled) + f" {image}{cmd}"
    return canonical, answer, opts, image, cmd


@settings(max_examples=300, deadline=None)
@given(command_pair())
def test_reordering_and_respelling_options_keeps_equivalence(pair):
    canonical, answer, *_ = pair
    verdict = compare_commands(canonical, answer)
    assert verdict.equivalent, (canonical, answer, [d.message["en"] for d in verdict.differences])


@settings(max_examples=300, deadline=None)
@given(command_pair(), ports, ports)
def test_swapping_port_sides_breaks_equivalence(pair, host, cont):
    canonical, answer, opts, image, cmd = pair
    if host == cont or any(o[0].startswith(("-p", "--publish")) and (f" {cont}:" in o[0] or f" {host}:" in o[0]) for o in opts):
        host, cont = 40001, 81
    expected = canonical.replace(f" {image}", f" -p {host}:{cont} {image}", 1)
    swapped = answer.replace(f" {image}", f" -p {cont}:{host} {image}", 1)
    verdict = compare_commands(expected, swapped)
    assert not verdict.equivalent
    assert "port-swapped" in [d.code for d in verdict.differences]


@settings(max_examples=300, deadline=None)
@given(command_pair(), st.data())
def test_moving_an_option_after_the_image_breaks_equivalence(pair, data):
    canonical, answer, opts, image, cmd = pair
    if not opts:
        opts = [["-d"]]
        canonical = canonical.replace(f" {image}", f" -d {image}", 1)
    moved = data.draw(st.sampled_from(opts))[0]
    rest = [o[0] for o in opts if o[0] != moved]
    answer = "docker run " + " ".join(rest) + f" {image} {moved}{cmd}"
    verdict = compare_commands(canonical, answer)
    assert not verdict.equivalent
    assert "option-after-image" in [d.code for d in verdict.differences]


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=200))
def test_any_text_gets_a_verdict(text):
    verdict = compare_commands("docker run -d -p 3000:80 node", text)
    assert isinstance(verdict.equivalent, bool)
    for d in verdict.differences:
        assert d.code and d.message["ko"] and d.message["en"]
    try:
        parse_command(text)
    except CommandParseError as exc:
        assert exc.code and exc.message["ko"] and exc.message["en"]


SEEDS = [
    "docker run -d -p 3000:80 --name quizlab-web quizlab/web:1",
    "docker run -it --rm quizlab/base:1 sh -c 'echo \"hi\" && ls'",
    "docker start -a -i quizlab-greet",
    "docker build -t quizlab/app:1.0 -f Dockerfile .",
    "docker cp notes.txt quizlab-web:/app/public/notes.txt",
    "docker logs -f --tail 10 quizlab-ticker",
    "docker ps -a --filter name=quizlab --format '{{.Names}}'",
    "docker image inspect --format '{{.Config.ExposedPorts}}' quizlab/web:1",
    "docker rm $(docker ps -aq) && docker rmi quizlab/old:1 | tee out.txt > /dev/null 2>&1",
    "docker login localhost:5001 -u learner --password-stdin",
    "docker tag quizlab/web:1 localhost:5000/quizlab/web:1; docker push localhost:5000/quizlab/web:1",
]
ALPHABET = list(" \t\n'\"\\$`(){}[];&|<>#=:-/.,*?~!@%^+0123456789abcdefghijklmnopqrstuvwxyzADIPT") + ["\x00", "é", "한", "\udcff", "🐳"]


def _mutate(rng: random.Random, text: str) -> str:
    chars = list(text)
    for _ in range(rng.randint(1, 6)):
        op = rng.randrange(5)
        pos = rng.randint(0, len(chars))
        if op == 0:
            chars.insert(pos, rng.choice(ALPHABET))
        elif op == 1 and chars:
            del chars[min(pos, len(chars) - 1)]
        elif op == 2 and chars:
            chars[min(pos, len(chars) - 1)] = rng.choice(ALPHABET)
        elif op == 3:
            words = "".join(chars).split(" ")
            rng.shuffle(words)
            chars = list(" ".join(words))
        else:
            other = rng.choice(SEEDS)
            cut = rng.randint(0, len(other))
            chars = chars[:pos] + list(other[cut:])
    return "".join(chars)


def _random_text(rng: random.Random) -> str:
    n = rng.choice([0, 1, 5, 20, 80, 300])
    return "".join(rng.choice(ALPHABET) for _ in range(n))


def test_fuzz_ten_thousand_random_and_mutated_commands():
    rng = random.Random(20261130)
    verdicts = {True: 0, False: 0}
    for i in range(10_000):
        text = _random_text(rng) if i % 4 == 0 else _mutate(rng, rng.choice(SEEDS))
        expected = rng.choice(SEEDS) if i % 3 else text
        verdict = compare_commands(expected, text)  # must not raise
        verdicts[verdict.equivalent] += 1
        if not verdict.equivalent:
            assert verdict.differences, (expected, text)
            assert all(d.message["ko"] and d.message["en"] for d in verdict.differences)
        verdict.to_json()
    # Both kinds of outcome were exercised: expected-vs-itself is mostly equivalent.
    assert verdicts[True] > 100 and verdicts[False] > 5000


@settings(max_examples=300, deadline=None)
@given(command_pair(), st.sampled_from(["", " -d", " --rm", " -p 1:2", " x", "&& docker ps", " -e Z=9"]))
def test_equivalence_is_symmetric_and_reflexive(pair, extra):
    canonical, answer, *_ = pair
    answer = answer + extra
    assert compare_commands(canonical, answer).equivalent == compare_commands(answer, canonical).equivalent
    assert compare_commands(answer, answer).equivalent
