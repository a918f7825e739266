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
from quizapp.cli.review import _open_collection
from quizapp.core import owncards
from quizapp.core.content.model import CARD_TYPES
from quizapp.core.owncards import OwnCardError
from quizapp.core.store import FLAG_NAMES, HIDDEN_NAMES

UI = {
    "suspend": {"ko": "보류했습니다: {ids}", "en": "Suspended: {ids}"},
    "unsuspend": {"ko": "보류를 풀었습니다: {ids}", "en": "Unsuspended: {ids}"},
    "bury": {"ko": "{until}까지 묻어 두었습니다: {ids}", "en": "Buried until {until}: {ids}"},
    "unbury": {"ko": "다시 꺼냈습니다: {ids}", "en": "Unburied: {ids}"},
    "flag": {"ko": "깃발 {flag}: {ids}", "en": "Flag {flag}: {ids}"},
    "unchanged": {"ko": "이미 그 상태이거나 바꿀 수 없는 카드: {ids}", "en": "Already so, or cannot be changed: {ids}"},
    "unknown": {"ko": "그런 카드가 없습니다: {ids}", "en": "No such card: {ids}"},
    "added": {"ko": "카드를 추가했습니다: {ids}", "en": "Added: {ids}"},
    "saved_in": {"ko": "저장한 곳: {path}", "en": "Saved in: {path}"},
    "refused": {"ko": "카드를 추가하지 않았습니다 (문제 {n}개):", "en": "Nothing was added ({n} problem(s)):"},
    "concept_guessed": {
        "ko": "개념을 고르지 않아 '{concept}'(으)로 정했습니다 (--concept 로 바꿀 수 있습니다).",
        "en": "No --concept given: tagged '{concept}' (choose another with --concept).",
    },
    "no_concept": {
        "ko": "--concept: 카드에 붙일 개념을 찾지 못했습니다. `quizapp content stats` 가 개념 id를 보여 줍니다.",
        "en": "--concept: no concept fits this card; `quizapp content stats` lists the concept ids.",
    },
    "answer_count": {
        "ko": "--answer: {type} 카드에는 --answer 가 {want} 필요합니다 ({got}개 받음).",
        "en": "--answer: a {type} card needs {want} --answer ({got} given).",
    },
    "mine": {"ko": "내 카드", "en": "mine"},
    "removed": {"ko": "내용에서 빠짐", "en": "removed"},
    "suspended": {"ko": "보류", "en": "suspended"},
    "buried": {"ko": "묻어 둠", "en": "buried"},
    "flagged": {"ko": "깃발 {flag}", "en": "flag {flag}"},
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
    return _open_collection(ctx)


def parse_flag(value: str) -> int | None:
    text = value.strip().lower()
    if text.isdigit() and int(text) in FLAG_NAMES:
        return int(text)
    for number, name in FLAG_NAMES.items():
        if text in (name, FLAG_WORDS[number]["ko"]):
            return number
    return None


def handle_hide(args: Any, ctx: Any) -> int:
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


ANSWER_COUNTS = {
    "basic": ({"ko": "1개", "en": "exactly one"}, 1, 1),
    "command": ({"ko": "1개 이상", "en": "at least one"}, 1, None),
    "cloze": ({"ko": "빈칸마다 1개", "en": "one per blank"}, 1, None),
    "choice": ({"ko": "1개 이상 (틀린 보기는 --wrong)", "en": "at least one (wrong options with --wrong)"}, 1, None),
    "order": ({"ko": "2개 이상 (올바른 순서로)", "en": "two or more (in the right order)"}, 2, None),
}


def _refused(ctx: Any, problems: list[Any]) -> int:
    print("quizapp cards: " + t("refused", ctx.lang, n=len(problems)), file=sys.stderr)
    for problem in problems:
        print(f"  {problem}", file=sys.stderr)
    return 2


def handle_add(args: Any, ctx: Any) -> int:
    answers = args.answer or []
    words, least, most = ANSWER_COUNTS[args.type]
    if len(answers) < least or (most is not None and len(answers) > most):
        print(f"quizapp cards add: " + t("answer_count", ctx.lang, type=args.type, want=pick(words, ctx.lang), got=len(answers)), file=sys.stderr)
        return 2
    answers_en = args.answer_en or []
    texts = [owncards.both_text(a, answers_en[i] if i < len(answers_en) else None) for i, a in enumerate(answers)]
    if args.type in ("command", "cloze"):  # commands and blanks are the same words in both languages
        texts = [owncards.both_text(a) for a in answers]
    collection = _open(ctx)
    if collection is None:
        return 2
    with collection:
        concepts = list(args.concept or [])
        if not concepts:
            guessed = owncards.guess_concept(collection.deck, " ".join([args.prompt, args.prompt_en or "", *answers]))
            if guessed is None:
                print("quizapp cards add: " + t("no_concept", ctx.lang), file=sys.stderr)
                return 2
            concepts = [guessed]
            print(t("concept_guessed", ctx.lang, concept=guessed), file=sys.stderr)
        try:
            entry = owncards.card_entry(
                args.type,
                card_id=args.id or owncards.new_card_id(collection.deck, concepts[0]),
                prompt=owncards.both_text(args.prompt, args.prompt_en),
                answers=texts,
                concepts=concepts,
                wrong=[owncards.both_text(w) for w in args.wrong or []],
                explanation=owncards.both_text(args.explanation, args.explanation_en) if args.explanation else None,
            )
            change = collection.add_own_card(entry)
        except owncards.OwnCardError as exc:
            return _refused(ctx, exc.problems)
    ctx.out(t("added", ctx.lang, ids=", ".join(change.added)))
    ctx.out(t("saved_in", ctx.lang, path=change.path))
    return 0


def handle_import(args: Any, ctx: Any) -> int:
    collection = _open(ctx)
    if collection is None:
        return 2
    with collection:
        try:
            change = collection.import_own_cards(args.file)
        except OwnCardError as exc:
            return _refused(ctx, exc.problems)
    ctx.out(t("added", ctx.lang, ids=", ".join(change.added)))
    ctx.out(t("saved_in", ctx.lang, path=change.path))
    return 0


def handle_list(args: Any, ctx: Any) -> int:
    collection = _open(ctx)
    if collection is None:
        return 2
    with collection:
        rows = {r.id: r for r in collection.store.flashcards_in_content()}
        listed = []
        for card in collection.deck.cards:
            if args.mine and not collection.is_mine(card.id):
                continue
            row = rows.get(card.id)
            listed.append(
                {
                    "id": card.id,
                    "type": card.type,
                    "concepts": list(card.concepts),
                    "mine": collection.is_mine(card.id),
                    "status": HIDDEN_NAMES[row.hidden_as] if row else "shown",
                    "flag": FLAG_NAMES.get(row.flag, "none") if row else "none",
                    "prompt": card.prompt.get(ctx.lang),
                }
            )
    if args.json:
        ctx.out(json.dumps(listed, ensure_ascii=False))
        return 0
    flag_numbers = {name: number for number, name in FLAG_NAMES.items()}
    for item in listed:
        marks = [t("mine", ctx.lang)] if item["mine"] else []
        if item["status"] != "shown":
            marks.append(t(item["status"], ctx.lang))
        if item["flag"] != "none":
            marks.append(t("flagged", ctx.lang, flag=pick(FLAG_WORDS[flag_numbers[item["flag"]]], ctx.lang)))
        prompt = item["prompt"].splitlines()[0] if item["prompt"] else ""
        ctx.out(f"{item['id']}  [{item['type']}]{' (' + ', '.join(marks) + ')' if marks else ''}  {prompt}")
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

    text = "add one card of your own (checked as `content check` checks cards; a bad card is refused)"
    a = inner.add_parser("add", help=text, description=text)
    a.add_argument("--type", required=True, choices=CARD_TYPES, help="the card type")
    a.add_argument("--prompt", required=True, metavar="TEXT", help="the question (for cloze: the text with {{1}}, {{2}}, ...)")
    a.add_argument(
        "--answer",
        action="append",
        metavar="TEXT",
        help="basic: the answer; command: the command (more: other accepted forms); cloze: one per blank, "
        "alternatives split by |; choice: each right option; order: each item, in the right order",
    )
    a.add_argument("--wrong", action="append", metavar="TEXT", help="choice: each wrong option")
    a.add_argument("--concept", action="append", metavar="ID", help="concept id (repeatable; default: the one most like the card)")
    a.add_argument("--prompt-en", metavar="TEXT", help="the prompt in English when it differs")
    a.add_argument("--answer-en", action="append", metavar="TEXT", help="each --answer in English when it differs")
    a.add_argument("--explanation", metavar="TEXT", help="shown after the answer")
    a.add_argument("--explanation-en", metavar="TEXT", help="the explanation in English when it differs")
    a.add_argument("--id", metavar="ID", help="the card's id (default: mine-<concept>-<n>)")
    a.set_defaults(func=handle_add)

    text = "add every card of a deck-format YAML file to your own cards (all or none)"
    i = inner.add_parser("import", help=text, description=text)
    i.add_argument("file", metavar="FILE.yaml")
    i.set_defaults(func=handle_import)

    text = "list the cards: id, type, whether it is yours, suspended or buried, its flag"
    ls = inner.add_parser("list", help=text, description=text)
    ls.add_argument("--mine", action="store_true", help="only your own cards")
    ls.add_argument("--json", action="store_true", help="print one JSON list")
    ls.set_defaults(func=handle_list)
