"""The shell tokenizer: words as a POSIX shell would pass them to docker."""

import shlex

import pytest

from quizapp.core.grading.shell import MARK, Operator, ShellSyntaxError, Word, split_commands, tokenize


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


def word_tokens(text):
    return [t for t in tokenize(text) if isinstance(t, Word)]


@pytest.mark.parametrize(
    "text, expanded",
    [
        ("echo '$HOME'", False),
        ('echo "$HOME"', True),
        ("echo $HOME", True),
        ("echo \\$HOME", False),
        ("echo '`id`'", False),
        ('echo "`id`"', True),
        ('echo "$(id)"', True),
        ("echo ~", True),
        ("echo ~/d:/d", True),
        ("echo '~/d'", False),
        ("echo \\~/d", False),
        ("echo a~b", False),  # a tilde inside a word is plain text
        ("echo A=~/x", True),  # NAME=value words expand after = (bash)
        ("echo A=x:~/y", True),
        ("echo --opt=~/x", False),  # not a NAME=value word
        ("echo *.txt", True),
        ("echo '*.txt'", False),
        ("echo file?", True),
        ("echo '[::1]:80:80'", False),
        ("echo [::1]:80:80", False),  # left alone: a bracket pattern matching no file
    ],
)
def test_the_key_marks_exactly_what_the_host_shell_expands(text, expanded):
    last = word_tokens(text)[-1]
    assert (MARK in last.key) is expanded
    assert bool(last.expansions) is expanded
    assert last.key.replace(MARK, "") == last.text


def test_raw_keeps_the_quotes_as_typed():
    toks = word_tokens("docker run --name \"my web\" -e 'A=$B' x\\ y node")
    assert [t.raw for t in toks] == ["docker", "run", "--name", '"my web"', "-e", "'A=$B'", "x\\ y", "node"]
    assert [t.text for t in toks][3] == "my web"


def test_same_words_with_different_quoting_have_the_same_key():
    keys = {word_tokens(t)[-1].key for t in ['echo "a b"', "echo 'a b'", "echo a\\ b", "echo a' 'b"]}
    assert keys == {"a b"}
    assert word_tokens('echo "$HOME"')[-1].key == word_tokens("echo $HOME")[-1].key


@pytest.mark.parametrize("text", ["docker ps 'a", 'docker ps "a', "docker rm $(docker ps", "docker rm `docker ps", "docker rm ${NAME"])
def test_syntax_errors_say_what_is_open_in_both_languages(text):
    with pytest.raises(ShellSyntaxError) as info:
        tokenize(text)
    ko, en = info.value.detail
    assert ko and en and ko != en
    assert not any(word in ko for word in ("unclosed", "quote", "double", "single"))
