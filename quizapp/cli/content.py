"""`quizapp content check [PATH]` and `quizapp content stats [--json] [PATH]`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from quizapp.core.content.stats import content_stats
from quizapp.core.i18n import pick
from quizapp.core.lazy import LazyModule

# Every command line start imports this module (to register its commands); what only a command
# needs is imported when it runs. Measured 2026-12-02 on the shared 2-core machine (load 1): the
# content loader (YAML, pydantic) 93 ms, the checker (with dockerfile-parse and the grader) 117 ms.
loader = LazyModule("quizapp.core.content.loader")
check = LazyModule("quizapp.core.contentcheck")

UI = {
    "one_problem": {"ko": "문제 1개", "en": "1 problem"},
    "problems": {"ko": "문제 {n}개", "en": "{n} problems"},
    "no_problems": {"ko": "문제 없음", "en": "no problems"},
    "cards": {"ko": "카드 {n}", "en": "cards {n}"},
    "by_type": {"ko": "유형별: {types}", "en": "by type: {types}"},
    "by_language": {"ko": "{lang}: {cards} 카드, {chars} 자", "en": "{lang}: {cards} cards, {chars} chars"},
    "under_covered": {"ko": "카드 3장 미만: {ids}", "en": "fewer than 3 cards: {ids}"},
    "skipped": {"ko": "건너뛴 파일: {files}", "en": "skipped files: {files}"},
}

_HELP = {
    "check": "validate content files; print each problem as file:line: message; exit 1 on any",
    "stats": "count cards by type, concept and language",
}


def register(sub, parser) -> None:
    p = sub.add_parser("content", help="check and count the study content (content/*.yaml)")
    p.set_defaults(func=_no_action, content_parser=p)
    inner = p.add_subparsers(dest="content_command", metavar="ACTION")

    check = inner.add_parser("check", help=_HELP["check"], description=_HELP["check"])
    check.add_argument("path", nargs="?", help="content folder or one YAML file (default: the built-in content)")
    check.set_defaults(func=handle_check)

    stats = inner.add_parser("stats", help=_HELP["stats"], description=_HELP["stats"])
    stats.add_argument("path", nargs="?", help="content folder (default: the built-in content)")
    stats.add_argument("--json", action="store_true", help="print one JSON object")
    stats.set_defaults(func=handle_stats)


def _no_action(args, ctx) -> int:
    args.content_parser.print_help()
    return 2


def handle_check(args, ctx) -> int:
    problems = check.check_content(Path(args.path) if args.path else None)
    for problem in problems:
        ctx.out(str(problem))
    if problems:
        print(pick(UI["one_problem" if len(problems) == 1 else "problems"], ctx.lang).format(n=len(problems)), file=sys.stderr)
        return 1
    print(pick(UI["no_problems"], ctx.lang), file=sys.stderr)
    return 0


def handle_stats(args, ctx) -> int:
    deck = loader.load_content(Path(args.path) if args.path else None)
    stats = content_stats(deck)
    if args.json:
        ctx.out(json.dumps(stats, ensure_ascii=False, indent=2))
        return 0

    def say(key: str, **values: object) -> None:
        ctx.out(pick(UI[key], ctx.lang).format(**values))

    say("cards", n=stats["total"])
    say("by_type", types=", ".join(f"{t} {n}" for t, n in stats["by_type"].items()))
    for lang, entry in stats["by_language"].items():
        say("by_language", lang=lang, cards=entry["cards"], chars=entry["chars"])
    width = max((len(c) for c in stats["by_concept"]), default=0)
    for cid, entry in stats["by_concept"].items():
        types = ", ".join(f"{t} {n}" for t, n in sorted(entry["by_type"].items()))
        mark = "  <3" if cid in stats["under_covered"] else ""
        ctx.out(f"  {cid:<{width}}  {entry['total']:>3}  {types}{mark}")
    if stats["under_covered"]:
        say("under_covered", ids=", ".join(stats["under_covered"]))
    if stats["skipped_files"]:
        say("skipped", files=", ".join(stats["skipped_files"]))
    return 0
