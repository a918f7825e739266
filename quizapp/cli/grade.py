"""`quizapp grade-command`: judge a typed docker command against the expected one, without running it.

Exit status: 0 when the answer is equivalent, 1 when it is not, 2 when the expected command itself
does not parse (then the problem is the card, not the answer). Every command of the docker client
parses; what does not is text that is not a docker command, or one the client would refuse.
"""

from __future__ import annotations

import json
import sys

from quizapp.core.i18n import pick
from quizapp.core.lazy import LazyModule

grading_command = LazyModule("quizapp.core.grading.command")  # the grader: 83 ms no other command needs

UI = {
    "unparsable": {"ko": "--expected 명령을 해석할 수 없습니다", "en": "--expected does not parse"},
    "equivalent": {"ko": "정답입니다: 같은 일을 하는 명령입니다.", "en": "Right: the command does the same thing."},
    "different": {"ko": "다릅니다:", "en": "Not the same:"},
}


def register(sub, parser) -> None:
    p = sub.add_parser(
        "grade-command",
        help="judge a docker command against the expected one (runs nothing)",
        description="Judge whether ANSWER does the same thing to the Docker daemon as EXPECTED, and name each difference.",
    )
    p.add_argument("--expected", required=True, metavar="CMD", help="the reference command, e.g. \"docker ps -a\"")
    p.add_argument("--answer", required=True, metavar="CMD", help="the learner's command")
    p.add_argument("--json", action="store_true", help="print the verdict as JSON")
    p.set_defaults(func=handle_grade_command)


def handle_grade_command(args, ctx) -> int:
    verdict = grading_command.compare_commands(args.expected, args.answer)
    if args.json:
        ctx.out(json.dumps(verdict.to_json(), ensure_ascii=False))
    elif verdict.expected_error is not None:
        print(f"quizapp grade-command: {pick(UI['unparsable'], ctx.lang)}: {pick(verdict.expected_error.message, ctx.lang)}", file=sys.stderr)
    elif verdict.equivalent:
        ctx.out(pick(UI["equivalent"], ctx.lang))
    else:
        ctx.out(pick(UI["different"], ctx.lang))
        for d in verdict.differences:
            ctx.out(f"- {pick(d.message, ctx.lang)}")
    if verdict.expected_error is not None:
        return 2
    return 0 if verdict.equivalent else 1
