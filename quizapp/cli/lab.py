"""`quizapp lab list|start|check|solve|hint|give-up|reset`: the live labs from a terminal.

Exit codes: 0 done (check: passed), 1 check not passed, 2 cannot (no daemon, unknown lab, a
name held by something else, ...).
"""

from __future__ import annotations

import json
import sys

# The labs package loads each name's module on first use (labs.LabRunner brings the docker SDK):
# every command line start imports this module to register `lab`, and pays none of it.
from quizapp.core import labs
from quizapp.core.clock import SystemClock
from quizapp.core.i18n import both, pick
from quizapp.core.paths import content_dir
from quizapp.core.review import lab_scheduler
from quizapp.core.store import Store


def register(sub, parser=None) -> None:
    p = sub.add_parser("lab", help="live Docker labs checked against the real daemon")
    lab_sub = p.add_subparsers(dest="lab_command", metavar="ACTION")
    p.set_defaults(func=lambda args, ctx: (p.print_help(), 2)[1])

    q = lab_sub.add_parser("list", help="list the labs")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_list)

    for name, func, helptext in (
        ("start", cmd_start, "set a lab up (fresh folder, images, containers)"),
        ("solve", cmd_solve, "run the reference solution and print the answers"),
        ("reset", cmd_reset, "remove what the lab and the learner made for it"),
        ("hint", cmd_hint, "show the next hint"),
        ("give-up", cmd_give_up, "give up (Again on the schedule) and show the solution"),
        ("resources", cmd_resources, "what the lab holds right now"),
    ):
        q = lab_sub.add_parser(name, help=helptext)
        q.add_argument("id", metavar="ID")
        q.add_argument("--json", action="store_true")
        q.set_defaults(func=func)

    q = lab_sub.add_parser("check", help="check the daemon's state against the lab")
    q.add_argument("id", metavar="ID")
    q.add_argument("--answer", action="append", default=[], metavar="KEY=VALUE", help="an answer the lab asks for (repeatable)")
    q.add_argument("--json", action="store_true")
    q.add_argument("--no-http", action="store_true", help="skip checks that wait on an HTTP answer")
    q.set_defaults(func=cmd_check)


def _err(ctx, message: dict[str, str]) -> int:
    print(f"quizapp lab: {pick(both(message.get('ko', ''), message.get('en', '')), ctx.lang)}", file=sys.stderr)
    return 2


def _labs(ctx):
    try:
        return labs.load_labs(content_dir() / "labs")
    except labs.LabFileError as exc:
        raise _Fail({"ko": str(exc), "en": str(exc)})


class _Fail(Exception):
    def __init__(self, message: dict[str, str]):
        self.message = message


def _find(ctx, lab_id: str):
    known = _labs(ctx)
    for lab in known:
        if lab.id == lab_id:
            return lab
    ids = ", ".join(lab.id for lab in known)
    raise _Fail({"ko": f"실습 '{lab_id}'이(가) 없습니다. 있는 실습: {ids}", "en": f"no lab '{lab_id}'. Labs: {ids}"})


def _runner(ctx):
    client = labs.connect()
    if isinstance(client, labs.DaemonProblem):
        raise _Fail(client.message)
    store = Store.open(ctx.data_dir)
    return labs.LabRunner(store, client, ctx.data_dir, SystemClock(), schedule=lab_scheduler(store))


def _offline(ctx):
    """The runner without a daemon: hints and giving up need only the store's attempts."""
    store = Store.open(ctx.data_dir)
    return labs.LabRunner(store, None, ctx.data_dir, SystemClock(), schedule=lab_scheduler(store))


def _guarded(fn, *, daemon: bool = True):
    """`fn(args, ctx, lab, runner)` for the lab named by `args.id`; failures exit 2 with the reason.
    Without `daemon`, the runner is the store's attempts alone (hints and giving up need no Docker)."""

    def wrapper(args, ctx) -> int:
        runner = None
        try:
            lab = _find(ctx, args.id)
            runner = _runner(ctx) if daemon else _offline(ctx)
            return fn(args, ctx, lab, runner)
        except (_Fail, labs.LabError) as exc:
            return _err(ctx, exc.message)
        finally:
            if runner is not None:
                runner.store.close()
                if runner.client is not None:
                    runner.client.close()

    return wrapper


def cmd_list(args, ctx) -> int:
    try:
        known = _labs(ctx)
    except _Fail as exc:
        return _err(ctx, exc.message)
    if args.json:
        print(json.dumps([{"id": lab.id, "title": lab.title.as_dict(), "concepts": lab.concepts} for lab in known], ensure_ascii=False))
    else:
        for lab in known:
            print(f"{lab.id:20} {pick(lab.title.as_dict(), ctx.lang)}")
    return 0


def _start(args, ctx, lab, runner) -> int:
    session = runner.start(lab)
    if args.json:
        print(json.dumps(session.to_json(), ensure_ascii=False))
    else:
        print(pick(lab.title.as_dict(), ctx.lang))
        print()
        print(pick(lab.task.format(session.params), ctx.lang))
        print()
        print(f"workdir: {session.workdir}")
    return 0


def _check(args, ctx, lab, runner) -> int:
    answers = {}
    for item in args.answer:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise _Fail({"ko": f"--answer는 KEY=VALUE 형식이어야 합니다: {item!r}", "en": f"--answer takes KEY=VALUE, not {item!r}"})
        answers[key.strip()] = value
    report = runner.check(lab, answers, http=not args.no_http)
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False))
    else:
        for c in report.checks:
            print(f"[{'ok' if c.passed else '--'}] {pick(c.message, ctx.lang)}")
        print("PASSED" if report.passed else "NOT YET")
    return 0 if report.passed else 1


def _solve(args, ctx, lab, runner) -> int:
    answers = runner.solve(lab)
    if args.json:
        print(json.dumps({"id": lab.id, "answers": answers}, ensure_ascii=False))
    else:
        for k, v in answers.items():
            print(f"{k}={v}")
    return 0


def _reset(args, ctx, lab, runner) -> int:
    report = runner.reset(lab)
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False))
        return 0
    if not report.removed:
        print(pick({"ko": "지울 것이 없었습니다.", "en": "Nothing to remove."}, ctx.lang))
    else:
        print(pick({"ko": "지운 것:", "en": "Removed:"}, ctx.lang))
        for r in report.removed:
            print(f"  {r.kind:9} {r.name}")
    if report.left:
        print(pick({"ko": "지우지 못한 것(다음 정리 때 다시 시도): ", "en": "Could not remove (tried again at the next reset): "}, ctx.lang) + ", ".join(report.left), file=sys.stderr)
        return 1
    return 0


def _hint(args, ctx, lab, runner) -> int:
    hint = runner.reveal_hint(lab)
    if hint is None:
        msg = {"ko": "더 보여 줄 힌트가 없습니다.", "en": "No more hints."}
        print(json.dumps({"id": lab.id, "hint": None}) if args.json else pick(msg, ctx.lang))
        return 0
    i, text = hint
    print(json.dumps({"id": lab.id, "index": i, "hint": text}, ensure_ascii=False) if args.json else f"{i + 1}. {pick(text, ctx.lang)}")
    return 0


def _give_up(args, ctx, lab, runner) -> int:
    steps = runner.give_up(lab)
    print(json.dumps({"id": lab.id, "solution": steps}, ensure_ascii=False) if args.json else "\n".join(steps))
    return 0


def _resources(args, ctx, lab, runner) -> int:
    items = runner.resources(lab)
    if args.json:
        print(json.dumps([r.__dict__ for r in items], ensure_ascii=False))
    else:
        for r in items:
            print(f"{r.kind:9} {r.name:30} {r.state:10} {r.made_by}")
    return 0


cmd_start = _guarded(_start)
cmd_check = _guarded(_check)
cmd_solve = _guarded(_solve)
cmd_reset = _guarded(_reset)
cmd_hint = _guarded(_hint, daemon=False)
cmd_give_up = _guarded(_give_up, daemon=False)
cmd_resources = _guarded(_resources)
