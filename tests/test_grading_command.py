"""Docker commands parsed as the CLI would, and judged by what they do to the daemon."""

import json

import pytest

from quizapp.core.grading.command import CommandParseError, compare_commands, normalize_image, parse_command
from quizapp.core.grading.grammar import SUBCOMMAND_TABLE, subcommand_spec


def codes(expected, answer):
    return [d.code for d in compare_commands(expected, answer).differences]


# --- parsing ---------------------------------------------------------------------------------


def test_parse_exposes_canonical_parts_and_raw_argv():
    p = parse_command("docker container run -dp 3000:80 --name=web -e A=1 -e B=2 quizlab/web:1 node server.js")
    assert p.subcommand == "run"
    assert p.options == {"detach": True, "publish": ["3000:80"], "name": "web", "env": ["A=1", "B=2"]}
    assert p.image == "quizlab/web:1"
    assert p.container_command == ["node", "server.js"]
    assert p.positionals == ["quizlab/web:1", "node", "server.js"]
    assert p.argv == ["container", "run", "-dp", "3000:80", "--name=web", "-e", "A=1", "-e", "B=2", "quizlab/web:1", "node", "server.js"]


def test_argv_is_after_shell_parsing():
    p = parse_command("docker run --name 'my web' -e \"A=1 2\" node")
    assert p.argv == ["run", "--name", "my web", "-e", "A=1 2", "node"]
    assert p.options["name"] == "my web"


@pytest.mark.parametrize(
    "text, subcommand",
    [
        ("docker run node", "run"),
        ("docker container run node", "run"),
        ("docker create node", "create"),
        ("docker container create node", "create"),
        ("docker start web", "start"),
        ("docker container start web", "start"),
        ("docker stop web", "stop"),
        ("docker container stop web", "stop"),
        ("docker attach web", "attach"),
        ("docker container attach web", "attach"),
        ("docker logs web", "logs"),
        ("docker container logs web", "logs"),
        ("docker ps", "ps"),
        ("docker container ls", "ps"),
        ("docker container list", "ps"),
        ("docker container ps", "ps"),
        ("docker images", "images"),
        ("docker image ls", "images"),
        ("docker image list", "images"),
        ("docker build .", "build"),
        ("docker image build .", "build"),
        ("docker builder build .", "build"),
        ("docker tag a b", "tag"),
        ("docker image tag a b", "tag"),
        ("docker rm web", "rm"),
        ("docker container rm web", "rm"),
        ("docker container remove web", "rm"),
        ("docker rmi node", "rmi"),
        ("docker image rm node", "rmi"),
        ("docker image remove node", "rmi"),
        ("docker image inspect node", "image inspect"),
        ("docker container inspect web", "container inspect"),
        ("docker inspect web", "inspect"),
        ("docker cp a.txt web:/a.txt", "cp"),
        ("docker container cp web:/a.txt .", "cp"),
        ("docker push user/app", "push"),
        ("docker image push user/app", "push"),
        ("docker pull node", "pull"),
        ("docker image pull node", "pull"),
        ("docker login", "login"),
        ("docker logout localhost:5000", "logout"),
    ],
)
def test_every_curriculum_command_and_alias_parses(text, subcommand):
    assert parse_command(text).subcommand == subcommand


# A value of each argument kind the usage lines name, for building a valid command of any kind.
SAMPLE_ARGS = {"image": "node", "container": "web", "cppath": None, "context": ".", "command": "sh", "server": "localhost:5000"}


def _sample_command(name, alias):
    spec = subcommand_spec(name)
    if name == "cp":
        return f"docker {alias} a.txt web:/a.txt"
    args = [SAMPLE_ARGS.get(a.kind) or "x1" for a in spec.args if a.repeat in ("", "+")]
    return " ".join(["docker", alias, *args])


def test_every_command_of_the_docker_client_and_every_alias_parses():
    """Every command `docker --help` lists (recursively) parses, under each of its aliases."""
    assert len(SUBCOMMAND_TABLE) > 100
    for name, entry in SUBCOMMAND_TABLE.items():
        for alias in entry["aliases"]:
            assert parse_command(_sample_command(name, alias)).subcommand == name


@pytest.mark.parametrize(
    "expected, answer",
    [
        ("docker exec -it web sh", "docker container exec --interactive --tty web sh"),
        ("docker exec -e A=1 web env", "docker exec --env=A=1 web env"),
        ("docker kill web", "docker container kill web"),
        ("docker kill -s KILL web", "docker kill --signal=KILL web"),
        ("docker restart -t 5 web", "docker container restart --timeout 5 web"),
        ("docker restart -t 5 web", "docker restart --time 5 web"),
        ("docker network create quiznet", "docker network create --driver bridge quiznet"),
        ("docker volume ls", "docker volume list"),
        ("docker system prune -af", "docker system prune --all --force"),
        ("docker image prune", "docker image prune --all=false"),
        ("docker pause a b", "docker container pause b a"),
        ("docker rename old new", "docker container rename old new"),
        ("docker top web", "docker container top web"),
        ("docker stats --no-stream", "docker container stats --no-stream"),
    ],
)
def test_commands_beyond_the_curriculum_compare_by_meaning(expected, answer):
    verdict = compare_commands(expected, answer)
    assert verdict.equivalent, [d.message["en"] for d in verdict.differences]


@pytest.mark.parametrize(
    "expected, answer, code",
    [
        ("docker exec web ls", "docker exec web ls -l", "container-command"),
        ("docker exec -it web sh", "docker exec web sh", "missing-option"),
        ("docker exec web sh", "docker exec web -it sh", "option-after-image"),
        ("docker kill web", "docker kill web2", "wrong-container"),
        ("docker restart a b", "docker restart a", "missing-argument-value"),
        ("docker network create a", "docker network rm a", "wrong-subcommand"),
        ("docker rename old new", "docker rename new old", "wrong-argument"),
    ],
)
def test_commands_beyond_the_curriculum_name_their_differences(expected, answer, code):
    assert code in codes(expected, answer)


def test_exec_arguments_after_the_container_are_its_command_in_order():
    assert not compare_commands("docker exec web ls -l /", "docker exec web ls / -l").equivalent
    assert parse_command("docker exec web ls -l").positionals == ["web", "ls", "-l"]


@pytest.mark.parametrize(
    "text, options",
    [
        ("docker run -it node", {"interactive": True, "tty": True}),
        ("docker run -dp 3000:80 node", {"detach": True, "publish": ["3000:80"]}),
        ("docker run -p3000:80 node", {"publish": ["3000:80"]}),
        ("docker run -p=3000:80 node", {"publish": ["3000:80"]}),
        ("docker run --publish=3000:80 node", {"publish": ["3000:80"]}),
        ("docker run -d=false node", {"detach": False}),
        ("docker run --rm=true node", {"rm": True}),
        ("docker run --net host node", {"network": "host"}),
        ("docker logs web -f", {"follow": True}),  # options after positionals, outside run
        ("docker rm -f a b", {"force": True}),
    ],
)
def test_option_spellings(text, options):
    assert parse_command(text).options == options


def test_run_stops_option_parsing_at_the_image():
    p = parse_command("docker run node -d --rm")
    assert p.options == {}
    assert p.container_command == ["-d", "--rm"]


def test_double_dash_ends_options():
    p = parse_command("docker rm -- -weird-name")
    assert p.positionals == ["-weird-name"]


def test_shell_operators_and_expansions_are_reported_with_the_first_command():
    p = parse_command("docker ps -a && docker images | grep x > out.txt")
    assert p.subcommand == "ps"
    assert p.argv == ["ps", "-a"]
    assert p.shell_operators == ["&&", "|", "> out.txt"]
    assert parse_command("docker rm $(docker ps -aq)").expansions == ["$(docker ps -aq)"]


def test_global_options_before_the_subcommand():
    p = parse_command("docker -H tcp://1.2.3.4:2375 --context x ps")
    assert p.subcommand == "ps"
    assert p.global_options == {"host": ["tcp://1.2.3.4:2375"], "context": "x"}


def test_forbidden_options_are_visible_for_the_labs():
    p = parse_command("docker run --privileged -v /:/host --network=host --cap-add SYS_ADMIN --device /dev/sda --pid host --mount type=bind,src=/,dst=/h node")
    assert p.options["privileged"] is True
    assert p.options["volume"] == ["/:/host"]
    assert p.options["network"] == "host"
    assert p.options["cap-add"] == ["SYS_ADMIN"]
    assert p.options["device"] == ["/dev/sda"]
    assert p.options["pid"] == "host"
    assert p.options["mount"] == ["type=bind,src=/,dst=/h"]


@pytest.mark.parametrize(
    "text, code",
    [
        ("", "empty"),
        ("   ", "empty"),
        ("# just a comment", "empty"),
        ("ps -a", "not-docker"),
        ("dokcer ps", "not-docker"),
        ("docker", "missing-subcommand"),
        ("docker container", "incomplete-subcommand"),
        ("docker frobnicate", "unknown-subcommand"),
        ("docker compose up", "unsupported-subcommand"),
        ("docker network", "incomplete-subcommand"),
        ("docker network frob", "unknown-subcommand"),
        ("docker ps --bogus", "unknown-option"),
        ("docker -d run node", "option-before-subcommand"),
        ("docker ps -z", "unknown-option"),
        ("docker run --name", "missing-value"),
        ("docker run -p", "missing-value"),
        ("docker run --rm=maybe node", "bad-bool"),
        ("docker run", "missing-argument"),
        ("docker run -d", "missing-argument"),
        ("docker tag a", "missing-argument"),
        ("docker ps extra", "too-many-arguments"),
        ("docker logs a b", "too-many-arguments"),
        ("docker run Node", "image-name-case"),
        ("docker pull My/App", "image-name-case"),
        ("docker run 'no good'", "invalid-image"),
        ("docker cp a b", "cp-no-container"),
        ("docker ps 'open", "unbalanced-quote"),
        ("docker ps \x00", "invalid-character"),
        ("docker ps " + "a" * 20000, "too-long"),
    ],
)
def test_parse_errors_have_a_code_and_both_languages(text, code):
    with pytest.raises(CommandParseError) as info:
        parse_command(text)
    assert info.value.code == code
    assert info.value.message["ko"] and info.value.message["en"]
    assert info.value.message["ko"] != info.value.message["en"]


@pytest.mark.parametrize(
    "ref, normalized",
    [
        ("node", "docker.io/library/node:latest"),
        ("node:14", "docker.io/library/node:14"),
        ("library/node", "docker.io/library/node:latest"),
        ("docker.io/library/node:latest", "docker.io/library/node:latest"),
        ("index.docker.io/library/node", "docker.io/library/node:latest"),
        ("user/app", "docker.io/user/app:latest"),
        ("localhost:5000/app", "localhost:5000/app:latest"),
        ("localhost/app:1", "localhost/app:1"),
        ("quizlab/web:1", "docker.io/quizlab/web:1"),
        ("python:3.10-slim", "docker.io/library/python:3.10-slim"),
        ("node@sha256:" + "a" * 64, "docker.io/library/node@sha256:" + "a" * 64),
    ],
)
def test_image_defaults(ref, normalized):
    assert normalize_image(ref) == normalized


# --- equivalence -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "expected, answer",
    [
        ("docker ps -a", "docker ps --all"),
        ("docker ps -a", "docker container ls -a"),
        ("docker ps -a", "docker ps --all=true"),
        ("docker run -d -p 3000:80 --name web quizlab/web:1", "docker run -dp 3000:80 --name=web quizlab/web:1"),
        ("docker run -d -p 3000:80 --name web quizlab/web:1", "docker run --name web --publish 3000:80 --detach quizlab/web:1"),
        ("docker run -it node", "docker run -ti node"),
        ("docker run -it node", "docker run -i -t node"),
        ("docker run -it node", "docker run --interactive --tty node"),
        ("docker run node", "docker run docker.io/library/node:latest"),
        ("docker run node", "docker run --rm=false node"),
        ("docker run node", "docker run --restart no --pull=missing node"),
        ("docker run node", "docker run 'node'"),
        ("docker run -p 3000:80 node", "docker run -p 3000:80/tcp node"),
        ("docker run -p 3000:80 node", "docker run -p 0.0.0.0:3000:80 node"),
        ("docker run -p 3000:80 -p 3001:81 node", "docker run -p 3001:81 -p 3000:80 node"),
        ("docker run -e A=1 -e B=2 node", "docker run -e B=2 -e A=1 node"),
        ("docker run --expose 80 node", "docker run --expose 80/tcp node"),
        ("docker run --name web node", "docker run --name \"web\" node"),
        ("docker run --name web node", "docker run --name a --name web node"),  # last wins, as in docker
        ("docker build -t quizlab/app:1.0 .", "docker image build --tag=quizlab/app:1.0 ./"),
        ("docker build -t a:1 -t a:latest .", "docker build -t a -t a:1 ."),
        ("docker tag quizlab/app:1.0 quizlab/app:latest", "docker image tag quizlab/app:1.0 quizlab/app"),
        ("docker rm a b", "docker container rm b a"),
        ("docker rmi quizlab/old:1", "docker image rm quizlab/old:1"),
        ("docker rmi node", "docker image remove node:latest"),
        ("docker image inspect quizlab/web:1", "docker inspect quizlab/web:1"),
        ("docker image inspect quizlab/web:1", "docker inspect --type image quizlab/web:1"),
        ("docker logs -f web", "docker logs web --follow"),
        ("docker logs web", "docker logs --tail all web"),
        ("docker start -a -i greet", "docker start -ai greet"),
        ("docker start -a -i greet", "docker start -i greet"),  # -i attaches too
        ("docker stop -t 3 web", "docker stop --timeout=3 web"),
        ("docker cp notes.txt web:/app/public/notes.txt", "docker cp ./notes.txt web:app/public/notes.txt"),
        ("docker cp web:/app/secret.txt .", "docker cp web:/app/secret.txt ./"),
        ("docker push localhost:5000/web:1", "docker image push localhost:5000/web:1"),
        ("docker push user/app", "docker push user/app:latest"),
        ("docker pull node", "docker image pull docker.io/library/node"),
        ("docker login", "docker login docker.io"),
        ("docker login localhost:5001 -u learner", "docker login --username=learner localhost:5001"),
        ("docker logout", "docker logout https://index.docker.io/v1/"),
        ("docker ps", "docker ps   # all running"),
        ("docker ps", "sudo docker ps"),
    ],
)
def test_equivalent_commands(expected, answer):
    verdict = compare_commands(expected, answer)
    assert verdict.equivalent, [d.message["en"] for d in verdict.differences]
    assert verdict.differences == []


@pytest.mark.parametrize(
    "expected, answer, code",
    [
        ("docker ps -a", "docker ps", "missing-option"),
        ("docker ps", "docker ps -a", "extra-option"),
        ("docker run -d node", "docker run node", "missing-option"),
        ("docker run -p 3000:80 node", "docker run -p 80:3000 node", "port-swapped"),
        ("docker run -p 3000:80 node", "docker run -p 3001:80 node", "missing-option-value"),
        ("docker run -p 3000:80 node", "docker run node", "missing-option-value"),
        ("docker run -d node", "docker run node -d", "option-after-image"),
        ("docker run --name web node", "docker run --name web1 node", "wrong-option-value"),
        ("docker run node", "docker run node:14", "wrong-tag"),
        ("docker run node", "docker run python", "wrong-image"),
        ("docker run node", "docker run node bash", "container-command"),
        ("docker run node echo hi", "docker run node echo 'hi there'", "container-command"),
        ("docker rm web", "docker rmi web", "wrong-subcommand"),
        ("docker rm web", "docker rm web2", "wrong-container"),
        ("docker rm a b", "docker rm a", "missing-argument-value"),
        ("docker build -t app:1 .", "docker build -t app:2 .", "wrong-tag"),
        ("docker build -t app:1 .", "docker build -t app:1 ..", "wrong-argument"),
        ("docker tag a:1 a:2", "docker tag a:2 a:1", "wrong-tag"),
        ("docker ps", "docker ps && docker images", "shell-operator"),
        ("docker ps", "docker ps; docker images", "shell-operator"),
        ("docker ps", "docker ps | grep web", "shell-operator"),
        ("docker logs web", "docker logs web > out.txt", "shell-operator"),
        ("docker rm web", "docker rm $(docker ps -q)", "shell-expansion"),
        ("docker ps", "docker -H tcp://x:2375 ps", "global-option"),
        ("docker ps", "docker ps --help", "help-only"),
        ("docker run node", "docker run Node", "image-name-case"),
        ("docker image inspect node", "docker inspect --type container node", "wrong-subcommand"),
    ],
)
def test_each_difference_is_named(expected, answer, code):
    verdict = compare_commands(expected, answer)
    assert not verdict.equivalent
    assert code in [d.code for d in verdict.differences]
    for d in verdict.differences:
        assert set(d.message) == {"ko", "en"} and d.message["ko"] and d.message["en"]


def test_the_issue_messages():
    swapped = compare_commands("docker run -p 3000:80 web", "docker run -p 80:3000 web").differences
    assert [d.code for d in swapped] == ["port-swapped"]
    assert "swapped" in swapped[0].message["en"] and "바뀌었습니다" in swapped[0].message["ko"]
    attached = compare_commands("docker run -d web", "docker run web").differences
    assert "attached" in attached[0].message["en"]
    rmi = compare_commands("docker rm web", "docker rmi web").differences
    assert "rmi removes images; this is a container" in rmi[0].message["en"]


def test_option_after_image_is_one_difference_not_a_cascade():
    diffs = compare_commands("docker run -d -p 3000:80 web", "docker run web -d -p 3000:80").differences
    assert [d.code for d in diffs] == ["option-after-image", "option-after-image"]
    assert "-p 3000:80" in diffs[1].message["en"]


def test_answer_with_operator_still_compares_the_docker_part():
    diffs = codes("docker ps -a", "docker ps && docker images")
    assert diffs == ["shell-operator", "missing-option"]


def test_expected_that_does_not_parse_is_reported_as_such():
    verdict = compare_commands("docker run", "docker run node")
    assert verdict.expected_error is not None and verdict.expected_error.code == "missing-argument"
    assert not verdict.equivalent
    assert compare_commands("docker ps", "docker run").expected_error is None


def test_to_json_shape():
    data = compare_commands("docker ps -a", "docker ps").to_json()
    assert set(data) == {"equivalent", "differences"}
    assert data["equivalent"] is False
    (d,) = data["differences"]
    assert set(d) == {"code", "message"} and set(d["message"]) == {"ko", "en"}
    json.dumps(data)


@pytest.mark.parametrize(
    "answer",
    ["", " ", "\x00\x01\x02", "docker run '", "docker " * 5000, "\udcff docker", "docker run -p", "'\"`$((", "docker\nps", "🐳"],
)
def test_any_string_gets_a_verdict(answer):
    verdict = compare_commands("docker ps", answer)
    assert verdict.equivalent is False
    assert verdict.differences and all(d.message["ko"] and d.message["en"] for d in verdict.differences)


def test_parsed_command_normalized_argv():
    a = parse_command("docker container run -p 3000:80 -d --name web node").normalized_argv()
    b = parse_command("docker run --name=web -dp 3000:80 node:latest").normalized_argv()
    assert a == b == ["run", "--detach", "--name=web", "--publish=3000:80", "docker.io/library/node:latest"]


def test_commands_after_a_shell_operator_are_compared_when_the_card_has_them():
    assert compare_commands("docker ps -a && docker images", "docker ps --all && docker images").equivalent
    verdict = compare_commands("docker ps -a && docker images", "docker ps -a && docker rm x")
    assert [d.code for d in verdict.differences] == ["shell-command"]
    assert "docker rm x" in verdict.differences[0].message["en"]


def test_the_content_command_cards_parse_and_their_alternatives_agree():
    from pathlib import Path

    import yaml

    from quizapp.core.content.schema import DeckFile

    files = sorted((Path(__file__).resolve().parent.parent / "content" / "cards").glob("*.yaml"))
    if not files:
        pytest.skip("no content/cards yet")
    checked = 0
    for f in files:
        for card in DeckFile.model_validate(yaml.safe_load(f.read_text(encoding="utf-8"))).cards:
            if card.type != "command":
                continue
            for ref in (card.answer, *card.accept):
                parse_command(ref)  # raises with a named reason if a card cannot be graded
                checked += 1
    assert checked > 0


def test_long_lists_of_differences_are_capped():
    from quizapp.core.grading.command import MAX_DIFFERENCES

    verdict = compare_commands("docker run node", "docker run " + " ".join(f"-e V{i}=1" for i in range(40)) + " node")
    assert len(verdict.differences) == MAX_DIFFERENCES
    assert verdict.differences[-1].code == "more-differences"
    assert "29 more" in verdict.differences[-1].message["en"]


@pytest.mark.parametrize(
    "text, suggestion",
    [("dokcer ps", "docker"), ("docker imgaes", "images"), ("docker run --detatch node", "--detach"), ("docker zzz", None)],
)
def test_near_misses_get_a_suggestion(text, suggestion):
    with pytest.raises(CommandParseError) as info:
        parse_command(text)
    assert info.value.suggestion == suggestion
    if suggestion:
        assert f"`{suggestion}`" in info.value.message["en"] and f"`{suggestion}`" in info.value.message["ko"]
