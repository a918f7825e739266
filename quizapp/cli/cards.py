"""`quizapp cards ...`: the learner's hand on single cards.

- `suspend|unsuspend|bury|unbury ID...`: out of every queue until unsuspended, or until the next
  study day; `flag ID... --flag red` (or 1-7; `none` takes it off).
- `add`, `import FILE.yaml`, `list [--mine] [--json]`: the learner's own cards (quizapp.core.owncards).
"""

from __future__ import annotations

import json
import sys
from typing import Any

from quizapp.core.i18n import pick

UI = {
    "suspend": {"ko": "보류했습니다: {ids}", "en": "Suspended: {ids}"},
    "unsuspend": {"ko": "보류를 풀었습니다: {ids}", "en": "Unsuspended: {ids}"},
    "bury": {"ko": "{until}까지 묻어 두었습니다: {ids}", "en": "Buried until {until}: {ids}"},
    "unbury": {"ko": "다시 꺼냈습니다: {ids}", "en": "Unburied: {ids}"},
    "flag": {"ko": "깃발 {flag}: {ids}", "en": "Flag {flag}: {ids}"},
    "unchanged": {"ko": "이미 그 상태이거나 바꿀 수 없는 카드: {ids}", "en": "Already so, or cannot be changed: {ids}"},
    "unknown": {"ko": "그런 카드가 없습니다: {ids}", "en": "No such card: {ids}"},
    "bad_flag": {
        "ko": "--flag: {value!r}은(는) 깃발이 아닙니다. {names} 또는 0-7 중 하나를 쓰세요.",
        "en": "--flag: {value!r} is not a flag; use one of {names} or 0-7.",
    },
}


FLAG_WORDS = {
    0: {"ko": "없음", "en": "none"},
    1: {"ko": "빨강", "en": "red"},
    2: {"ko": "주황", "en": "orange"},
    3: {"ko": "초록", "en": "green"},
    4: {"ko": "파랑", "en": "blue"},
    5: {"ko": "분홍", "en": "pink"},
    6: {"ko": "청록", "en": "turquoise"},
    7: {"ko": "보라", "en": "purple"},
}


def t(key: str, lang: str, **kw: Any) -> str:
    return pick(UI[key], lang).format(**kw)


def _open(ctx: Any) -> Any:
    from quizapp.cli.review import _open_collection

    return _open_collection(ctx)


def parse_flag(value: str) -> int | None:
    from quizapp.core.store import FLAG_NAMES

    text = value.strip().lower()
    if text.isdigit() and int(text) in FLAG_NAMES:
        return int(text)
    for number, name in FLAG_NAMES.items():
        if text in (name, FLAG_WORDS[number]["ko"]):
            return number
    return None


def handle_hide(args: Any, ctx: Any) -> int:
    from quizapp.core.store import FLAG_NAMES

    flag = None
    if args.cards_command == "flag":
        flag = parse_flag(args.flag)
        if flag is None:
            print("quizapp cards flag: " + t("bad_flag", ctx.lang, value=args.flag, names=", ".join(FLAG_NAMES.values())), file=sys.stderr)
            return 2
    collection = _open(ctx)
    if collection is None:
        return 2
    with collection:
        action = args.cards_command
        if action == "flag":
            change = collection.flag(args.ids, flag)
        else:
            change = getattr(collection, action)(args.ids)
    if args.json:
        ctx.out(
            json.dumps(
                {
                    "action": change.action,
                    "changed": list(change.changed),
                    "unchanged": list(change.unchanged),
                    "unknown": list(change.unknown),
                    "buried_until": change.buried_until.isoformat() if change.buried_until else None,
                    "flag": change.flag,
                },
                ensure_ascii=False,
            )
        )
    else:
        if change.changed:
            until = change.buried_until.strftime("%Y-%m-%d %H:%M") if change.buried_until else ""
            flag_name = pick(FLAG_WORDS[change.flag], ctx.lang) if change.flag is not None else ""
            ctx.out(t(action, ctx.lang, ids=", ".join(change.changed), until=until, flag=flag_name))
        if change.unchanged:
            ctx.out(t("unchanged", ctx.lang, ids=", ".join(change.unchanged)))
    if change.unknown:
        print("quizapp cards: " + t("unknown", ctx.lang, ids=", ".join(change.unknown)), file=sys.stderr)
        return 2
    return 0


def _no_action(args: Any, ctx: Any) -> int:
    args.cards_parser.print_help()
    return 2


def register(sub: Any, parser: Any) -> None:
    p = sub.add_parser("cards", help="suspend, bury or flag cards; add, import and list your own cards")
    p.set_defaults(func=_no_action, cards_parser=p)
    inner = p.add_subparsers(dest="cards_command", metavar="ACTION")
    helps = {
        "suspend": "take cards out of every queue until they are unsuspended",
        "unsuspend": "put suspended cards back in the queues",
        "bury": "take cards out of every queue until the next study day",
        "unbury": "put buried cards back now",
        "flag": "flag cards (red, orange, green, blue, pink, turquoise, purple; none takes it off)",
    }
    for name, text in helps.items():
        c = inner.add_parser(name, help=text, description=text)
        c.add_argument("ids", nargs="+", metavar="ID", help="card id (as `quizapp cards list` shows)")
        if name == "flag":
            c.add_argument("--flag", required=True, metavar="COLOR", help="red, orange, green, blue, pink, turquoise, purple, none, or 0-7")
        c.add_argument("--json", action="store_true", help="print what changed as one JSON object")
        c.set_defaults(func=handle_hide)
