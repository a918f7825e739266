"""The four kinds of grader mistake of issue 11, as rules: the host shell judged by quoting, every
docker command parsed, values compared as docker normalises them, and messages as the learner typed."""

import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizapp.core.grading.command import CommandParseError, compare_commands, parse_command
from quizapp.core.grading.grammar import command_names, subcommand_spec
from quizapp.core.grading.messages import MESSAGES, OPTION_HINTS, SUBCOMMAND_HINTS, message

ROOT = Path(__file__).resolve().parent.parent
FALLBACKS = ("이(가)", "을(를)", "은(는)", "과(와)", "(으)로", "(이)어야")


def equivalent(expected, answer):
    verdict = compare_commands(expected, answer)
    return verdict.equivalent, [d.message["en"] for d in verdict.differences]


def codes(expected, answer):
    return [d.code for d in compare_commands(expected, answer).differences]


# --- the host shell, judged by quoting ----------------------------------------------------------

var_names = st.from_regex(r"[A-Z][A-Z0-9_]{0,6}", fullmatch=True)
literal_words = st.from_regex(r"[a-z0-9][a-z0-9 ._=-]{0,10}", fullmatch=True)
# Where a word can sit in a run command: the container's command, an -e value, a --name value.
places = st.sampled_from(["docker run alpine echo {}", "docker run -e {} alpine", "docker run --name {} alpine"])


def single(word):
    return "'" + word + "'"


def double(word):
    return '"' + word + '"'


def escaped(word):
    return "".join("\\" + c if not c.isalnum() else c for c in word)


@settings(max_examples=200, deadline=None)
@given(literal_words, places, st.sampled_from([single, double, escaped]), st.sampled_from([single, double, escaped]))
def test_quoting_a_plain_word_any_way_changes_nothing(word, place, quote_a, quote_b):
    assert equivalent(place.format(quote_a(word)), place.format(quote_b(word)))[0]


@settings(max_examples=200, deadline=None)
@given(var_names, st.sampled_from(["", "A=", "x-"]), places)
def test_a_variable_the_host_shell_expands_differs_from_the_same_text_passed_literally(name, prefix, place):
    text = f"{prefix}${name}"
    literal = place.format(single(text))
    expanded = place.format(double(text))
    assert not equivalent(literal, expanded)[0]
    assert not equivalent(expanded, literal)[0]
    assert "shell-expansion" in codes(literal, expanded)
    assert "shell-not-expanded" in codes(expanded, literal)
    # Double quotes and none expand alike; a backslash keeps the text like single quotes do.
    assert equivalent(expanded, place.format(text))[0]
    assert equivalent(literal, place.format(prefix + "\\$" + name))[0]


@pytest.mark.parametrize(
    "literal, expanded",
    [
        ("docker run alpine echo '$HOME'", 'docker run alpine echo "$HOME"'),
        ("docker run -e 'A=$B' alpine", 'docker run -e "A=$B" alpine'),
        ("docker run alpine echo '`id -u`'", 'docker run alpine echo "`id -u`"'),
        ("docker run alpine echo '$(id -u)'", 'docker run alpine echo "$(id -u)"'),
        ("docker run -v '~/data:/data' alpine", "docker run -v ~/data:/data alpine"),
        ("docker run alpine ls '*.txt'", "docker run alpine ls *.txt"),
        ("docker run -e 'A=~/x' alpine", "docker run -e A=~/x alpine"),
    ],
)
def test_the_issue_s_shell_pairs_differ_both_ways(literal, expanded):
    assert not equivalent(literal, expanded)[0]
    assert not equivalent(expanded, literal)[0]


def test_one_expansion_spelled_two_ways_is_the_same_command():
    assert equivalent('docker run --name "$N" alpine', 'docker run "--name=$N" alpine')[0]
    assert equivalent('docker run -e "A=$B" alpine', "docker run -e A=$B alpine")[0]


def test_the_shell_s_part_is_said_once_not_again_as_a_wrong_value():
    (d,) = compare_commands("docker run -e 'A=$B' alpine", 'docker run -e "A=$B" alpine').differences
    assert d.code == "shell-expansion" and '`"A=$B"`' in d.message["en"]
    (d,) = compare_commands('docker run -e "A=$B" alpine', "docker run -e 'A=$B' alpine").differences
    assert d.code == "shell-not-expanded"
    assert '`"A=$B"`' in d.message["en"] and "`'A=$B'`" in d.message["en"]


def test_a_tilde_the_shell_leaves_alone_is_plain_text():
    assert equivalent("docker run alpine echo a~b", "docker run alpine echo 'a~b'")[0]
    assert equivalent("docker run --volume=~/d:/d alpine", "docker run '--volume=~/d:/d' alpine")[0]


def test_expansions_stay_visible_to_the_labs_without_their_marks():
    p = parse_command('docker run -e "A=$B" --name "$N" alpine echo "$HOME"')
    assert p.options == {"env": ["A=$B"], "name": "$N"}
    assert p.positionals == ["alpine", "echo", "$HOME"]
    assert p.expansions == ["A=$B", "$N", "$HOME"]
    assert all("\x00" not in a for a in p.argv)


# --- every command of the docker client ---------------------------------------------------------


def _sample(name):
    spec = subcommand_spec(name)
    if name == "cp":
        return "a.txt web:/a.txt"
    sample = {"image": "node", "container": "web", "context": ".", "command": "sh", "server": "localhost:5000"}
    return " ".join(sample.get(a.kind, "x1") for a in spec.args if a.repeat in ("", "+"))


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(command_names()), st.data())
def test_every_command_compares_its_options_by_meaning(name, data):
    spec = subcommand_spec(name)
    switches = [o for o in dict.fromkeys(spec.by_long.values()) if o.kind == "bool" and o.default != "true" and not o.implies]
    args = _sample(name)
    base = f"docker {name} {args}"
    assert equivalent(base, base)[0]
    if not switches:
        return
    opt = data.draw(st.sampled_from(switches))
    long_form = f"docker {name} --{opt.name} {args}"
    short_form = f"docker {name} -{opt.short} {args}" if opt.short else f"docker {name} --{opt.name}=true {args}"
    assert equivalent(long_form, short_form)[0]
    verdict = compare_commands(base, long_form)
    assert not verdict.equivalent and verdict.differences[0].code == "extra-option"
    assert f"--{opt.name}" in verdict.differences[0].message["en"]


def test_only_text_that_is_not_a_docker_command_is_refused():
    for name in command_names():
        parse_command(f"docker {name} {_sample(name)}")
    for text, code in [("ls -l", "not-docker"), ("docker frob", "unknown-subcommand"), ("docker", "missing-subcommand")]:
        with pytest.raises(CommandParseError) as info:
            parse_command(text)
        assert info.value.code == code


def _cli(expected, answer):
    return subprocess.run(
        [sys.executable, "-m", "quizapp", "grade-command", "--expected", expected, "--answer", answer],
        capture_output=True, text=True, cwd=ROOT, timeout=60,
    )


def test_grade_command_exits_2_only_when_the_expected_is_not_a_docker_command():
    assert _cli("docker exec -it web sh", "docker container exec -ti web sh").returncode == 0
    assert _cli("docker kill web", "docker restart web").returncode == 1
    assert _cli("ls -l", "docker ps").returncode == 2


@pytest.mark.skipif(not Path("/usr/local/bin/docker").exists(), reason="needs the docker 28 client")
def test_the_committed_table_is_what_the_client_s_help_says():
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "generate_docker_grammar.py"), "--docker", "/usr/local/bin/docker", "--check"],
        capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


# --- values docker normalises -------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(st.integers(1024, 60000), st.integers(1, 60), st.integers(1, 5))
def test_a_port_range_is_its_ports(host, cont, count):
    ranged = f"docker run -p {host}-{host + count - 1}:{cont}-{cont + count - 1} nginx"
    singles = " ".join(f"-p {host + i}:{cont + i}" for i in range(count))
    assert equivalent(ranged, f"docker run {singles} nginx")[0]
    assert not equivalent(ranged, f"docker run -p {host}:{cont} nginx")[0] or count == 1


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 4096), st.sampled_from(["k", "m", "g"]), st.sampled_from(["", "b", "B"]))
def test_sizes_are_binary_and_case_blind(n, unit, suffix):
    smaller = {"k": "", "m": "k", "g": "m"}[unit]
    a = f"docker run -m {n}{unit}{suffix} alpine"
    assert equivalent(a, f"docker run --memory {n}{unit.upper()} alpine")[0]
    assert equivalent(a, f"docker run -m {n * 1024}{smaller} alpine")[0]
    assert not equivalent(a, f"docker run -m {n + 1}{unit} alpine")[0]


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 16), st.integers(0, 99))
def test_decimals_compare_by_value(whole, frac):
    text = f"{whole}.{frac:02d}"
    assert equivalent(f"docker run --cpus {text} alpine", f"docker run --cpus {text}000 alpine")[0]
    if whole == 0:
        assert equivalent(f"docker run --cpus {text} alpine", f"docker run --cpus .{frac:02d} alpine")[0]


@pytest.mark.parametrize(
    "expected, answer, same",
    [
        ("docker run --cpus .5 alpine", "docker run --cpus 0.5 alpine", True),
        ("docker run --cpus 1 alpine", "docker run --cpus 1.0 alpine", True),
        ("docker run -m 512m alpine", "docker run -m 512M alpine", True),
        ("docker run -m 1g alpine", "docker run -m 1024m alpine", True),
        ("docker run -m 1g alpine", "docker run -m 1000m alpine", False),
        ("docker run -v /d:/d alpine", "docker run -v /d:/d:rw alpine", True),
        ("docker run -v /d:/d alpine", "docker run -v /d/:/d/ alpine", True),
        ("docker run -v /d:/d alpine", "docker run -v /d:/d:ro alpine", False),
        ("docker run -v /d:/d:ro,z alpine", "docker run -v /d:/d:z,ro alpine", True),
        ("docker run -v data:/d alpine", "docker run -v ./data:/d alpine", False),  # a volume, not a folder
        ("docker run -p 8080-8081:80-81 nginx", "docker run -p 8080:80 -p 8081:81 nginx", True),
        ("docker run -p 80-81 nginx", "docker run -p 80 -p 81 nginx", True),
        ("docker run --expose 80-81 nginx", "docker run --expose 80 --expose 81/tcp nginx", True),
        ("docker build -t a .", "docker build -f Dockerfile -t a .", True),
        ("docker build -t a .", "docker build -f ./Dockerfile -t a .", True),
        ("docker build -t a app", "docker build -f app/Dockerfile -t a app", True),
        ("docker build -t a app", "docker build -f Dockerfile -t a app", False),  # -f is relative to here
        ("docker build -t a .", "docker build -f Dockerfile.dev -t a .", False),
        ("docker run --health-interval 1m alpine", "docker run --health-interval 60s alpine", True),
        ("docker stop -t 10 web", "docker stop -t 010 web", False),  # Go reads 010 as octal 8
        ("docker stop -t 8 web", "docker stop -t 010 web", True),
        ("docker build --cache-from a,b .", "docker build --cache-from b --cache-from a .", True),
        ("docker port web 80", "docker port web 80/tcp", True),
        ("docker port web 80", "docker port web 80/udp", False),
    ],
)
def test_values_docker_normalises(expected, answer, same):
    assert equivalent(expected, answer)[0] is same, equivalent(expected, answer)[1]


# --- messages -----------------------------------------------------------------------------------


def test_quoting_is_shown_as_typed():
    (d,) = compare_commands("docker run alpine echo hello world", 'docker run alpine echo "hello world"').differences
    assert '`echo "hello world"`' in d.message["en"] and "`echo hello world`" in d.message["en"]
    assert '`echo "hello world"`' in d.message["ko"]


def test_an_empty_value_is_shown():
    (d,) = compare_commands('docker run --entrypoint "" alpine', "docker run alpine").differences
    assert '--entrypoint ""' in d.message["en"] and '--entrypoint ""' in d.message["ko"]
    (d,) = compare_commands('docker run --entrypoint "" alpine', "docker run --entrypoint sh alpine").differences
    assert '`""`' in d.message["en"]


def test_a_digest_is_called_a_digest():
    digest_a, digest_b = "sha256:" + "a" * 64, "sha256:" + "b" * 64
    (d,) = compare_commands(f"docker pull node@{digest_a}", f"docker pull node@{digest_b}").differences
    assert d.code == "wrong-digest"
    assert "digest" in d.message["en"] and "tag" not in d.message["en"]
    assert "다이제스트" in d.message["ko"] and "태그" not in d.message["ko"]
    (d,) = compare_commands("docker pull node:14", f"docker pull node@{digest_b}").differences
    assert "tag `14`" in d.message["en"] and "digest" in d.message["en"]


@pytest.mark.parametrize(
    "expected, answer, named",
    [
        ("docker logs -n 5 web", "docker logs --tail 10 web", "--tail"),
        ("docker logs --tail 5 web", "docker logs -n 10 web", "-n"),
        ("docker run --name a node", "docker run --name=b node", "--name"),
        ("docker ps", "docker ps --all", "--all"),
        ("docker ps", "docker ps -a", "-a"),
        ("docker run node", "docker run --publish 80:80 node", "--publish"),
    ],
)
def test_an_option_is_named_as_the_learner_typed_it(expected, answer, named):
    (d,) = compare_commands(expected, answer).differences
    assert f"`{named}" in d.message["en"] and f"`{named}" in d.message["ko"]


SAMPLE_FIELDS = {
    "word": "-d", "option": "-n", "sub": "run", "value": "3000", "ref": "Node", "lower": "node", "what": ("이미지", "image"),
    "extra": "x", "expected": "web", "answer": "quizlab-web", "repository": "node", "answer_host": "80",
    "answer_container": "3000", "operator": "&&", "first": "docker ps", "count": 3, "length": 20000, "limit": 10000,
    "detail": ("작은따옴표(')가 닫히지 않았습니다", "unclosed single quote (')"),
}


def _every_korean_message():
    for code in MESSAGES:
        yield code, message(code, **SAMPLE_FIELDS)["ko"]
    for hint in [*SUBCOMMAND_HINTS.values(), *OPTION_HINTS.values()]:
        yield "hint", message("differs", hint)["ko"]


def test_no_korean_message_uses_a_fallback_particle():
    for code, ko in _every_korean_message():
        assert not any(f in ko for f in FALLBACKS), (code, ko)


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=80))
def test_no_verdict_in_korean_has_a_fallback_particle_or_an_english_phrase(answer):
    for d in compare_commands("docker run -d -p 3000:80 --name web quizlab/web:1", answer).differences:
        ko = re.sub(r"`[^`]*`", "", d.message["ko"])
        assert not any(f in ko for f in FALLBACKS), d.message["ko"]
        # Two English words in a row outside code is an untranslated fragment ("unclosed double quote").
        assert not re.search(r"\b[a-z]{3,} [a-z]{3,}\b", ko), d.message["ko"]


def test_korean_messages_hold_no_english_phrases():
    for code, ko in _every_korean_message():
        outside_code = re.sub(r"`[^`]*`", "", ko)
        assert not re.search(r"\b[a-z]{3,} [a-z]{3,}\b", outside_code), (code, ko)


def test_unclosed_quote_is_said_in_korean():
    (d,) = compare_commands("docker ps", 'docker ps "a').differences
    assert "unclosed" not in d.message["ko"] and "큰따옴표" in d.message["ko"]


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(["-p", "--expose", "-v", "-m", "--cpus", "--stop-timeout", "--health-interval", "--shm-size", "-e"]),
    st.one_of(st.text(max_size=30), st.from_regex(r"[0-9.:\[\]-]{0,60}", fullmatch=True), st.from_regex(r"[0-9]{1,5000}[kmgp]?", fullmatch=True)),
)
def test_any_value_of_a_normalised_option_gets_a_verdict_and_equals_itself(option, value):
    from quizapp.core.grading.compare import quote

    command = f"docker run {option} {quote(value)} alpine"
    verdict = compare_commands(command, command)
    assert verdict.equivalent or verdict.expected_error is not None
