"""The shell tokenizer: words as a POSIX shell would pass them to docker."""

import shlex

import pytest

from quizapp.core.grading.shell import Operator, ShellSyntaxError, Word, split_commands, tokenize


def words(text):
    return [t.text for t in tokenize(text) if isinstance(t, Word)]


def ops(text):
    return [t.text for t in tokenize(text) if isinstance(t, Operator)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("docker ps -a", ["docker", "ps", "-a"]),
        ("  docker   ps\t-a  ", ["docker", "ps", "-a"]),
        ("docker run --name 'my web' node", ["docker", "run", "--name", "my web", "node"]),
        ('docker run -e "A=1 2" node', ["docker", "run", "-e", "A=1 2", "node"]),
        ('docker run -e A="x"y node', ["docker", "run", "-e", "A=xy", "node"]),
        (r"docker run --name my\ web node", ["docker", "run", "--name", "my web", "node"]),
        ('echo "a\\"b"', ["echo", 'a"b']),
        ('echo "a\\nb"', ["echo", "a\\nb"]),
        ("echo 'a\\nb'", ["echo", "a\\nb"]),
        ("docker ps \\\n  -a", ["docker", "ps", "-a"]),
        ("docker ps # list them", ["docker", "ps"]),
        ("echo a#b", ["echo", "a#b"]),
        ("echo ''", ["echo", ""]),
        ('docker run node node -e "console.log(1)"', ["docker", "run", "node", "node", "-e", "console.log(1)"]),
    ],
)
def test_words_match_what_a_shell_passes(text, expected):
    assert words(text) == expected


@pytest.mark.parametrize(
    "text",
    ["docker ps -a", "docker run --name 'my web' node", 'docker run -e "A=1 2" node', r"a\ b 'c d' \"e"],
)
def test_agrees_with_shlex_on_plain_commands(text):
    assert words(text) == shlex.split(text)


@pytest.mark.parametrize(
    "text, operators",
    [
        ("docker ps && docker images", ["&&"]),
        ("docker ps; docker images", [";"]),
        ("docker ps | grep web", ["|"]),
        ("docker ps || true", ["||"]),
        ("docker run node &", ["&"]),
        ("docker logs web > out.txt 2>&1", [">", ">&"]),
        ("docker ps&&docker images", ["&&"]),
    ],
)
def test_operators_are_recognised_even_without_spaces(text, operators):
    assert ops(text) == operators


def test_quoted_operators_are_plain_text():
    assert ops("docker run node sh -c 'a && b; c | d'") == []
    assert words("docker run node sh -c 'a && b'")[-1] == "a && b"


def test_redirection_targets_and_fd_numbers_are_not_arguments():
    (seg,) = split_commands(tokenize("docker logs web 2> err.txt"))
    assert [w.text for w in seg.words] == ["docker", "logs", "web"]
    assert seg.redirects == [">" + " err.txt"]


def test_expansions_are_kept_literally_and_marked():
    toks = [t for t in tokenize('docker rm $(docker ps -aq) "$NAME" `id -u` \'$HOME\'') if isinstance(t, Word)]
    assert [t.text for t in toks] == ["docker", "rm", "$(docker ps -aq)", "$NAME", "`id -u`", "$HOME"]
    assert toks[2].expansions == {"command"}
    assert toks[3].expansions == {"variable"}
    assert toks[4].expansions == {"command"}
    assert toks[5].expansions == frozenset()  # single quotes stop expansion


@pytest.mark.parametrize(
    "text, code",
    [
        ("docker ps 'a", "unbalanced-quote"),
        ('docker ps "a', "unbalanced-quote"),
        ("docker rm $(docker ps", "unbalanced-substitution"),
        ("docker rm `docker ps", "unbalanced-substitution"),
        ("docker rm ${NAME", "unbalanced-substitution"),
    ],
)
def test_unclosed_quotes_and_substitutions_are_errors(text, code):
    with pytest.raises(ShellSyntaxError) as info:
        tokenize(text)
    assert info.value.code == code


def test_split_commands_groups_by_operator():
    segs = split_commands(tokenize("docker ps -a && docker images\ndocker rm x"))
    assert [[w.text for w in s.words] for s in segs] == [["docker", "ps", "-a"], ["docker", "images"], ["docker", "rm", "x"]]
    assert [s.terminator for s in segs] == ["&&", "\n", ""]
