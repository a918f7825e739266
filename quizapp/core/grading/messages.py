"""Every message the command grader can say, in Korean and English, keyed by code.

Templates use str.format fields. Hints are appended to a difference's message when the grader knows
why that difference matters (the misconception behind it), so the learner hears the consequence,
not just "wrong".

Korean templates write a particle after a field in its fallback form ("`{option}`을(를)"); `message()`
turns it into the form the field's last sound asks for (`-d`를, `-n`을), so no learner reads "을(를)".
"""

from __future__ import annotations

from quizapp.core.i18n import both
from quizapp.core.korean import resolve_particles

MESSAGES: dict[str, tuple[str, str]] = {
    # The text is not a docker command at all.
    "empty": ("답이 비어 있습니다. docker 명령을 입력하세요.", "The answer is empty: type a docker command."),
    "too-long": (
        "명령이 너무 깁니다({length}자). {limit}자 이하로 입력하세요.",
        "The command is too long ({length} characters); keep it under {limit}.",
    ),
    "invalid-character": (
        "명령에 입력할 수 없는 문자(NUL)가 들어 있습니다.",
        "The command contains a character a shell cannot pass on (NUL).",
    ),
    "unbalanced-quote": (
        "{detail}. 셸은 이 명령을 실행하지 못하고 다음 줄을 기다립니다.",
        "A quote is not closed: {detail}. The shell would not run this; it would wait for more input.",
    ),
    "unbalanced-substitution": (
        "{detail}.",
        "A substitution is not closed: {detail}.",
    ),
    "not-docker": (
        "`{word}`(으)로 시작하는 것은 docker 명령이 아닙니다. `docker`로 시작해야 합니다.",
        "A command starting with `{word}` is not a docker command; it must start with `docker`.",
    ),
    "missing-subcommand": (
        "`docker` 다음에 할 일(run, ps, build, …)을 써야 합니다.",
        "`docker` needs a subcommand after it (run, ps, build, …).",
    ),
    "incomplete-subcommand": (
        "`docker {word}` 다음에 할 일(예: `docker {word} ls`)을 써야 합니다.",
        "`docker {word}` needs a subcommand after it (for example `docker {word} ls`).",
    ),
    "unknown-subcommand": (
        "`{word}`은(는) docker에 없는 명령입니다.",
        "`{word}` is not a docker command.",
    ),
    "unsupported-subcommand": (
        "`docker {word}`은(는) docker 클라이언트 자체가 아니라 플러그인의 명령이어서 이 퀴즈에서 채점하지 않습니다.",
        "`docker {word}` is a command of a docker CLI plugin, not of the client itself; this quiz does not grade it.",
    ),
    "unknown-option": (
        "`{option}`은(는) `docker {sub}`에 없는 옵션입니다. `docker {sub} --help`로 옵션 목록을 확인하세요.",
        "`{option}` is not an option of `docker {sub}`; `docker {sub} --help` lists them.",
    ),
    "option-before-subcommand": (
        "`{option}`이(가) 하위 명령보다 앞에 있습니다. `docker` 바로 뒤에는 docker 자체 옵션만 올 수 있으니 "
        "`docker {sub} {option} …`처럼 하위 명령 뒤에 쓰세요.",
        "`{option}` comes before the subcommand. Only docker's own options go right after `docker`; "
        "write it after the subcommand, as in `docker {sub} {option} …`.",
    ),
    "missing-value": (
        "`{option}` 옵션에는 값이 필요합니다.",
        "The option `{option}` needs a value.",
    ),
    "bad-bool": (
        "`{option}`에는 true 또는 false만 쓸 수 있습니다(`{value}`).",
        "`{option}` takes only true or false (got `{value}`).",
    ),
    "missing-argument": (
        "`docker {sub}`에 필요한 인자가 빠졌습니다: {what}.",
        "`docker {sub}` needs {what}.",
    ),
    "too-many-arguments": (
        "`docker {sub}`에 인자가 너무 많습니다: `{extra}`.",
        "`docker {sub}` got too many arguments: `{extra}`.",
    ),
    "image-name-case": (
        "이미지 이름은 소문자만 쓸 수 있습니다: `{ref}`이(가) 아니라 `{lower}`.",
        "Image names are lower case: `{lower}`, not `{ref}`.",
    ),
    "invalid-image": (
        "`{ref}`은(는) 올바른 이미지 이름이 아닙니다.",
        "`{ref}` is not a valid image name.",
    ),
    "cp-no-container": (
        "`docker cp`의 한쪽(하나만)은 `컨테이너:경로` 형식이어야 합니다.",
        "`docker cp` needs exactly one side written as `container:path`.",
    ),
    # Differences between the expected command and the answer.
    "wrong-subcommand": (
        "다른 명령입니다(정답: `docker {expected}`, 입력: `docker {answer}`).",
        "Wrong command: this needs `docker {expected}`, not `docker {answer}`.",
    ),
    "missing-option": ("`{option}` 옵션이 빠졌습니다.", "The option `{option}` is missing."),
    "extra-option": ("필요 없는 `{option}` 옵션이 있습니다.", "The option `{option}` is not needed here."),
    "wrong-option-value": (
        "`{option}`의 값이 다릅니다(정답: `{expected}`, 입력: `{answer}`).",
        "`{option}` has the wrong value: `{answer}` instead of `{expected}`.",
    ),
    "missing-option-value": ("`{option} {value}`이(가) 빠졌습니다.", "`{option} {value}` is missing."),
    "extra-option-value": ("필요 없는 `{option} {value}`이(가) 있습니다.", "`{option} {value}` is not needed here."),
    "port-swapped": (
        "호스트 포트와 컨테이너 포트가 바뀌었습니다. `-p 호스트:컨테이너` 순서이므로 `-p {expected}`이어야 합니다. "
        "`-p {answer}`은(는) 컨테이너의 {answer_container}번 포트를 호스트의 {answer_host}번으로 게시합니다.",
        "Host and container ports are swapped: it is `-p HOST:CONTAINER`, so `-p {expected}`. "
        "`-p {answer}` publishes container port {answer_container} on host port {answer_host}.",
    ),
    "option-after-image": (
        "`{option}`이(가) {what} 뒤에 있습니다. {what} 뒤의 모든 것은 컨테이너에서 실행할 명령이 되므로 docker가 아니라 "
        "그 명령이 `{option}`을(를) 받습니다. 옵션은 {what} 앞에 쓰세요.",
        "`{option}` comes after {what}. Everything after {what} is the command run in the container, so that "
        "command gets `{option}`, not docker. Put options before {what}.",
    ),
    "wrong-image": (
        "이미지가 다릅니다(정답: `{expected}`, 입력: `{answer}`).",
        "Wrong image: `{answer}` instead of `{expected}`.",
    ),
    "wrong-digest": (
        "`{repository}`의 버전 지정이 다릅니다(정답: {expected}, 입력: {answer}).",
        "`{repository}` is pinned differently: {answer} instead of {expected}.",
    ),
    "wrong-tag": (
        "`{repository}`의 태그가 다릅니다(정답: `{expected}`, 입력: `{answer}`).",
        "Wrong tag for `{repository}`: `{answer}` instead of `{expected}`.",
    ),
    "wrong-container": (
        "컨테이너가 다릅니다(정답: `{expected}`, 입력: `{answer}`).",
        "Wrong container: `{answer}` instead of `{expected}`.",
    ),
    "wrong-argument": (
        "{what}이(가) 다릅니다(정답: `{expected}`, 입력: `{answer}`).",
        "Wrong {what}: `{answer}` instead of `{expected}`.",
    ),
    "missing-argument-value": ("{what} `{value}`이(가) 빠졌습니다.", "The {what} `{value}` is missing."),
    "extra-argument-value": ("필요 없는 {what} `{value}`이(가) 있습니다.", "The {what} `{value}` is not needed here."),
    "container-command": (
        "컨테이너에서 실행할 명령이 다릅니다(정답: {expected}, 입력: {answer}).",
        "The command run in the container differs: {answer} instead of {expected}.",
    ),
    "shell-operator": (
        "`{operator}`은(는) 셸이 처리하므로 docker는 보지 못합니다. docker가 받는 것은 `{first}`뿐이고, 나머지는 "
        "셸이 따로 처리합니다.",
        "`{operator}` is handled by the shell; docker never sees it. Docker only receives `{first}`; the shell "
        "deals with the rest itself.",
    ),
    "shell-expansion": (
        "`{word}`은(는) 호스트의 셸이 docker 실행 전에 다른 값으로 바꾸므로 docker는 이 글자를 그대로 받지 않습니다.",
        "The host shell replaces `{word}` before docker runs, so docker does not receive it as written.",
    ),
    "shell-not-expanded": (
        "정답의 `{expected}`은(는) 호스트의 셸이 docker 실행 전에 값으로 바꾸지만, 입력한 `{answer}`은(는) 따옴표나 "
        "역슬래시 때문에 글자 그대로 docker에 전달됩니다.",
        "In the expected command the host shell expands `{expected}` before docker runs; your `{answer}` is "
        "quoted or escaped, so docker receives it as written.",
    ),
    "global-option": (
        "docker 자체 옵션(하위 명령 앞)이 다릅니다(정답: {expected}, 입력: {answer}).",
        "The options of docker itself (before the subcommand) differ: {answer} instead of {expected}.",
    ),
    "help-only": (
        "`--help`가 있으면 docker는 도움말만 출력하고 아무것도 하지 않습니다.",
        "With `--help` docker only prints help and does nothing else.",
    ),
    "shell-command": (
        "셸이 이어서 실행하는 명령이 다릅니다(정답: {expected}, 입력: {answer}).",
        "The commands the shell runs around it differ: {answer} instead of {expected}.",
    ),
    "more-differences": ("그 밖에도 {count}개가 더 다릅니다.", "{count} more differences."),
    "differs": ("답이 기대한 명령과 다릅니다.", "The answer does not match the expected command."),
}

LATEST_HINT = ("태그를 생략하면 `latest`입니다.", "Without a tag it is `latest`.")

# Why a wrong subcommand matters: (expected, answer) -> hint.
SUBCOMMAND_HINTS: dict[tuple[str, str], tuple[str, str]] = {
    ("rm", "rmi"): ("rmi는 이미지를 지웁니다. 지울 것은 컨테이너이므로 rm을 씁니다.", "rmi removes images; this is a container, so use rm."),
    ("rmi", "rm"): ("rm은 컨테이너를 지웁니다. 지울 것은 이미지이므로 rmi를 씁니다.", "rm removes containers; this is an image, so use rmi."),
    ("start", "run"): (
        "run은 언제나 이미지에서 새 컨테이너를 만듭니다. 이미 있는 컨테이너를 다시 시작하려면 start를 씁니다.",
        "run always makes a new container from an image; start restarts an existing one.",
    ),
    ("run", "start"): (
        "start는 이미 있는 컨테이너를 다시 시작할 뿐, 이미지에서 새 컨테이너를 만들지 않습니다.",
        "start only restarts an existing container; it does not make a new one from an image.",
    ),
    ("run", "create"): ("create는 컨테이너를 만들기만 하고 시작하지 않습니다.", "create makes the container but does not start it."),
    ("create", "run"): ("run은 컨테이너를 만들고 바로 시작합니다. 만들기만 하려면 create입니다.", "run makes the container and starts it; create only makes it."),
    ("ps", "images"): ("images는 이미지 목록입니다. 컨테이너 목록은 ps입니다.", "images lists images; containers are listed by ps."),
    ("images", "ps"): ("ps는 컨테이너 목록입니다. 이미지 목록은 images입니다.", "ps lists containers; images are listed by images."),
    ("build", "run"): (
        "run은 이미지로 컨테이너를 실행합니다. Dockerfile로 이미지를 만드는 것은 build입니다.",
        "run starts a container from an image; building an image from a Dockerfile is build.",
    ),
    ("run", "build"): (
        "build는 이미지를 만들 뿐, 컨테이너를 만들거나 실행하지 않습니다.",
        "build makes an image; it neither creates nor runs a container.",
    ),
    ("logs", "attach"): (
        "attach는 실행 중인 컨테이너의 입출력에 다시 붙습니다. 출력만 보려면 logs입니다.",
        "attach reconnects your terminal to a running container; to read its output, use logs.",
    ),
    ("attach", "logs"): (
        "logs는 지금까지의 출력을 보여줄 뿐 컨테이너에 붙지 않습니다.",
        "logs prints the output so far; it does not attach to the container.",
    ),
    ("stop", "rm"): ("rm은 컨테이너를 삭제합니다. 멈추기만 하려면 stop입니다.", "rm deletes the container; stop only stops it."),
    ("rm", "stop"): ("stop은 멈추기만 하고 컨테이너는 남습니다. 삭제는 rm입니다.", "stop only stops it; the container stays. rm deletes it."),
    ("push", "pull"): ("pull은 레지스트리에서 이미지를 받아옵니다. 올리는 것은 push입니다.", "pull downloads from a registry; uploading is push."),
    ("pull", "push"): ("push는 레지스트리로 이미지를 올립니다. 받아오는 것은 pull입니다.", "push uploads to a registry; downloading is pull."),
    ("tag", "build"): ("build는 새 이미지를 만듭니다. 있는 이미지에 이름을 더하는 것은 tag입니다.", "build makes a new image; tag adds a name to an existing one."),
    ("login", "push"): ("push 전에 login으로 레지스트리에 로그인해야 합니다.", "push needs a login to the registry first: that is login."),
}

# Why a missing or extra option matters: (subcommand, option, "missing"|"extra") -> hint.
OPTION_HINTS: dict[tuple[str, str, str], tuple[str, str]] = {
    ("run", "detach", "missing"): (
        "-d가 없으면 컨테이너가 attached 모드(포그라운드)로 실행되어 터미널을 붙잡습니다.",
        "Without -d the container runs attached, in the foreground, holding your terminal.",
    ),
    ("run", "detach", "extra"): (
        "-d를 쓰면 컨테이너가 백그라운드(detached)로 실행되어 출력이 보이지 않습니다.",
        "With -d the container runs detached, in the background, and you do not see its output.",
    ),
    ("run", "rm", "missing"): ("--rm이 없으면 컨테이너가 멈춘 뒤에도 남아 있습니다.", "Without --rm the container stays after it stops."),
    ("run", "rm", "extra"): ("--rm을 쓰면 컨테이너가 멈추자마자 삭제됩니다.", "With --rm the container is removed as soon as it stops."),
    ("run", "interactive", "missing"): (
        "-i가 없으면 컨테이너가 입력(STDIN)을 받지 못합니다.",
        "Without -i the container gets no input (STDIN stays closed).",
    ),
    ("run", "tty", "missing"): ("-t가 없으면 터미널(TTY)이 할당되지 않습니다.", "Without -t no terminal (TTY) is allocated."),
    ("run", "name", "missing"): ("--name이 없으면 Docker가 임의의 이름을 붙입니다.", "Without --name Docker picks a random name."),
    ("run", "publish", "missing"): (
        "-p가 없으면 컨테이너의 포트가 호스트에 게시되지 않아 호스트에서 접속할 수 없습니다.",
        "Without -p the container's port is not published, so the host cannot reach it.",
    ),
    ("start", "attach", "missing"): (
        "start는 기본이 detached입니다. 출력을 보려면 -a가 필요합니다.",
        "start runs detached by default; -a attaches to the output.",
    ),
    ("start", "attach", "extra"): ("-a를 쓰면 컨테이너의 출력에 붙습니다(attached).", "With -a you attach to the container's output."),
    ("start", "interactive", "missing"): ("-i가 없으면 컨테이너에 입력을 보낼 수 없습니다.", "Without -i you cannot send input to the container."),
    ("ps", "all", "missing"): ("-a가 없으면 실행 중인 컨테이너만 보입니다.", "Without -a only running containers are listed."),
    ("ps", "all", "extra"): ("-a를 쓰면 멈춘 컨테이너까지 모두 보입니다.", "With -a stopped containers are listed too."),
    ("logs", "follow", "missing"): ("-f가 없으면 지금까지의 로그만 출력하고 끝납니다.", "Without -f logs prints what is there and exits."),
    ("logs", "follow", "extra"): ("-f를 쓰면 새 로그를 계속 기다리며 출력합니다.", "With -f logs keeps waiting for new output."),
    ("rm", "force", "missing"): ("-f가 없으면 실행 중인 컨테이너는 지워지지 않습니다.", "Without -f a running container is not removed."),
    ("build", "tag", "missing"): (
        "-t가 없으면 이미지에 이름이 없어 ID로만 가리킬 수 있습니다.",
        "Without -t the image gets no name; you can only use its id.",
    ),
}
# `docker create` shares run's options and their hints (it has no -d).
for (_s, _o, _k), _v in list(OPTION_HINTS.items()):
    if _s == "run" and _o != "detach":
        OPTION_HINTS.setdefault(("create", _o, _k), _v)

ARG_WHAT: dict[str, tuple[str, str]] = {
    "image": ("이미지", "image"),
    "repository": ("이미지 저장소", "repository"),
    "container": ("컨테이너", "container"),
    "context": ("빌드 컨텍스트 경로", "build context path"),
    "cppath": ("복사 경로", "copy path"),
    "server": ("레지스트리 주소", "registry address"),
    "object": ("이미지/컨테이너", "object"),
    "command": ("컨테이너 명령어", "container command"),
    "docker-context": ("docker 컨텍스트", "docker context"),
    "network": ("네트워크", "network"),
    "volume": ("볼륨", "volume"),
    "new_name": ("새 이름", "new name"),
    "service": ("서비스", "service"),
    "node": ("노드", "node"),
    "secret": ("시크릿", "secret"),
    "config": ("설정", "config"),
    "stack": ("스택", "stack"),
    "plugin": ("플러그인", "plugin"),
    "private_port": ("컨테이너 포트", "container port"),
    "file|url|-": ("파일", "file"),
    "file|-": ("파일", "file"),
    "term": ("검색어", "search term"),
    "manifest_list": ("매니페스트 목록", "manifest list"),
    "manifest": ("매니페스트", "manifest"),
}


def clip(s: str, limit: int = 40) -> str:
    """A value short enough for one line of feedback; shell expansion marks (NUL) removed."""
    s = s.replace("\x00", "").replace("\n", " ")
    return s if len(s) <= limit else s[: limit - 1] + "…"


def message(code: str, hint: tuple[str, str] | None = None, **fields: object) -> dict[str, str]:
    """The message for `code` in both languages; a field given as a (ko, en) pair differs by language.
    Korean particles after fields take the form their word asks for."""
    ko, en = MESSAGES[code]
    ko = resolve_particles(ko.format(**{k: v[0] if isinstance(v, tuple) else v for k, v in fields.items()}))
    en = en.format(**{k: v[1] if isinstance(v, tuple) else v for k, v in fields.items()})
    if hint:
        ko, en = f"{ko} {resolve_particles(hint[0])}", f"{en} {hint[1]}"
    return both(ko, en)
