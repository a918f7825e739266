"""How long grading one typed docker command takes, against shlex.split on the same strings.

Each answer is graded against its card's expected command with `compare_commands` (the expected parse
is cached, as it is when a card is reviewed again; the answer is parsed afresh every time, since
learners rarely type the same thing twice). Prints per-answer medians; the last line is JSON:
{"grade_ms": ..., "shlex_ms": ...}. Target: grade_ms under 1.
"""

from __future__ import annotations

import json
import shlex
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quizapp.core.grading import command as command_module  # noqa: E402
from quizapp.core.grading.command import compare_commands  # noqa: E402

PAIRS = [
    ("docker ps -a", "docker ps --all"),
    ("docker ps -a", "docker container ls"),
    ("docker run -d -p 3000:80 --name quizlab-web quizlab/web:1", "docker run -dp 3000:80 --name=quizlab-web quizlab/web:1"),
    ("docker run -d -p 3000:80 --name quizlab-web quizlab/web:1", "docker run -p 80:3000 --name quizlab-web quizlab/web:1 -d"),
    ("docker run -it --rm quizlab/base:1", "docker container run --interactive --tty --rm=true docker.io/quizlab/base:1"),
    ("docker run --rm --name quizlab-once quizlab/base:1 echo hi", "docker run --name quizlab-once quizlab/base:1 echo 'hi'"),
    ("docker start -a -i quizlab-greet", "docker start -ai quizlab-greet"),
    ("docker logs -f quizlab-ticker", "docker logs quizlab-ticker --follow"),
    ("docker build -t quizlab/app:1.0 .", "docker build -t quizlab/app:2.0 ./"),
    ("docker tag quizlab/app:1.0 quizlab/app:latest", "docker image tag quizlab/app:1.0 quizlab/app"),
    ("docker rm quizlab-old", "docker rmi quizlab-old"),
    ("docker rmi quizlab/old:1", "docker image rm quizlab/old:1"),
    ("docker cp notes.txt quizlab-web:/app/public/notes.txt", "docker cp ./notes.txt quizlab-web:app/public/notes.txt"),
    ("docker image inspect quizlab/web:1", "docker inspect --format '{{.Id}}' quizlab/web:1"),
    ("docker push localhost:5000/quizlab/web:1", "docker push localhost:5000/quizlab/web:1 && docker images"),
    ("docker pull localhost:5000/quizlab/web:1", "docker pull localhost:5000/quizlab/web"),
    ("docker login localhost:5001 -u learner", "docker login -u learner localhost:5001"),
    ("docker stop quizlab-web", "docker stop $(docker ps -q)"),
    ("docker run -e A=1 -e B=2 -p 3000:80 -p 3001:81 node", "docker run -p 3001:81 -e B=2 -p 3000:80 -e A=1 node"),
    ("docker ps", "docker ps 'unclosed"),
    ("docker exec -it quizlab-web sh", "docker container exec --interactive --tty quizlab-web sh"),
    ("docker run -p 8080-8081:80-81 -m 1g --cpus .5 -v /d:/d nginx", "docker run -p 8081:81 -p 8080:80 -m 1024m --cpus 0.5 -v /d:/d:rw nginx"),
    ("docker run alpine echo '$HOME'", 'docker run alpine echo "$HOME"'),
    ("docker network create --driver bridge quiznet", "docker network create quiznet"),
]


def _median_ms(func, items, repeat: int) -> float:
    per_item: list[float] = []
    for _ in range(repeat):
        for item in items:
            t0 = time.perf_counter()
            func(item)
            per_item.append((time.perf_counter() - t0) * 1000)
    return statistics.median(per_item)


def main() -> None:
    repeat = 200
    # Fresh answer strings each round (a trailing space changes nothing for the shell) so no cache
    # can help the answer side.
    rounds = [[(e, a + " " * (r % 7)) for e, a in PAIRS] for r in range(repeat)]
    for e, a in PAIRS:  # warm-up: imports, regex compilation, the expected-side cache
        compare_commands(e, a)
        shlex.split(a, posix=True) if "'unclosed" not in a else None
    grade_times: list[float] = []
    for batch in rounds:
        for e, a in batch:
            t0 = time.perf_counter()
            compare_commands(e, a)
            grade_times.append((time.perf_counter() - t0) * 1000)
    cold_times: list[float] = []
    for batch in rounds[:50]:
        for e, a in batch:
            command_module.parse_expected.cache_clear()
            command_module.normalize_image.cache_clear()
            t0 = time.perf_counter()
            compare_commands(e, a)
            cold_times.append((time.perf_counter() - t0) * 1000)
    answers = [a for _, a in PAIRS if "'unclosed" not in a]  # shlex raises on the unclosed quote

    shlex_ms = _median_ms(shlex.split, answers, repeat)
    grade_ms = statistics.median(grade_times)
    print(f"answers graded: {len(grade_times)}; median grade {grade_ms:.4f} ms; p95 "
          f"{sorted(grade_times)[int(0.95 * len(grade_times))]:.4f} ms; median with no cache at all {statistics.median(cold_times):.4f} ms; "
          f"median shlex.split {shlex_ms:.4f} ms")
    print(json.dumps({"grade_ms": round(grade_ms, 4), "shlex_ms": round(shlex_ms, 4)}))


if __name__ == "__main__":
    main()
