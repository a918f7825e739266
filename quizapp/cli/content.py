"""`quizapp content check [PATH]` and `quizapp content stats [--json] [PATH]`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from quizapp.core.content.stats import content_stats
from quizapp.core.lazy import LazyModule

# Every command line start imports this module (to register its commands); what only a command
# needs is imported when it runs. Measured 2026-12-02 on the shared 2-core machine (load 1): the
# content loader (YAML, pydantic) 93 ms, the checker (with dockerfile-parse and the grader) 117 ms.
loader = LazyModule("quizapp.core.content.loader")
check = LazyModule("quizapp.core.contentcheck")

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
        n = len(problems)
        msg = {"ko": f"문제 {n}개", "en": f"{n} problem{'s' if n != 1 else ''}"}
        print(msg.get(ctx.lang, msg["en"]), file=sys.stderr)
        return 1
    msg = {"ko": "문제 없음", "en": "no problems"}
    print(msg.get(ctx.lang, msg["en"]), file=sys.stderr)
    return 0


def handle_stats(args, ctx) -> int:
    deck = loader.load_content(Path(args.path) if args.path else None)
    stats = content_stats(deck)
    if args.json:
        ctx.out(json.dumps(stats, ensure_ascii=False, indent=2))
        return 0
    ko = ctx.lang == "ko"
    ctx.out(("카드 " if ko else "cards ") + str(stats["total"]))
    ctx.out(("유형별: " if ko else "by type: ") + ", ".join(f"{t} {n}" for t, n in stats["by_type"].items()))
    for lang, entry in stats["by_language"].items():
        ctx.out(f"{lang}: {entry['cards']} " + ("카드, " if ko else "cards, ") + f"{entry['chars']} " + ("자" if ko else "chars"))
    width = max((len(c) for c in stats["by_concept"]), default=0)
    for cid, entry in stats["by_concept"].items():
        types = ", ".join(f"{t} {n}" for t, n in sorted(entry["by_type"].items()))
        mark = "  <3" if cid in stats["under_covered"] else ""
        ctx.out(f"  {cid:<{width}}  {entry['total']:>3}  {types}{mark}")
    if stats["under_covered"]:
        ctx.out(("카드 3장 미만: " if ko else "fewer than 3 cards: ") + ", ".join(stats["under_covered"]))
    if stats["skipped_files"]:
        ctx.out(("건너뛴 파일: " if ko else "skipped files: ") + ", ".join(stats["skipped_files"]))
    return 0
