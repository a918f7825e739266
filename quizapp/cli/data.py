"""`quizapp export --anki FILE.apkg | --json FILE`, `quizapp backup [--to FILE]` and
`quizapp restore FILE`: the learner's data carried elsewhere (quizapp.core.portable does the work).

Exit codes: 0 done; 1 it failed on the way (nothing half-written is left); 2 refused as asked
(a file that is not a quizapp database, a newer one, a file that would be overwritten)."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from quizapp.core.clock import SystemClock
from quizapp.core.i18n import pick
from quizapp.core.lazy import LazyModule
from quizapp.core.store import Store, StoreError

# Every command line start imports this module (to register its commands); what only a command
# needs is imported when it runs. Measured 2026-12-02 on the shared 2-core machine (load 1): the
# content loader (YAML, pydantic) 93 ms, portable (genanki, Pygments) 74 ms.
loader = LazyModule("quizapp.core.content.loader")
portable = LazyModule("quizapp.core.portable")

MESSAGES = {
    "anki": {"ko": "카드 {n}장을 Anki 패키지로 내보냈습니다: {path}", "en": "Exported {n} cards as an Anki package: {path}"},
    "json": {
        "ko": "카드 {cards}장과 답 {reviews}개를 내보냈습니다: {path}",
        "en": "Exported {cards} cards and {reviews} answers: {path}",
    },
    "backup": {"ko": "백업했습니다 (답 {reviews}개): {path}", "en": "Backed up ({reviews} answers): {path}"},
    "restored": {
        "ko": "{source} 에서 복원했습니다 (답 {reviews}개). 복원 전의 데이터베이스는 {aside} 에 있습니다.",
        "en": "Restored from {source} ({reviews} answers). The database as it was before is kept at {aside}.",
    },
    "failed": {"ko": "실패했습니다: {error}", "en": "Failed: {error}"},
}


def register(sub, parser) -> None:
    export = sub.add_parser(
        "export",
        help="write the cards as an Anki package, or the cards and every answer as JSON",
        description="Write the cards as an Anki package (both languages on each card), or the cards and the whole review history as JSON.",
    )
    what = export.add_mutually_exclusive_group(required=True)
    what.add_argument("--anki", metavar="FILE.apkg", help="an Anki package for Anki or AnkiDroid")
    what.add_argument("--json", metavar="FILE", help="the cards, their schedules and every answer, as JSON")
    export.set_defaults(func=handle_export)

    backup = sub.add_parser("backup", help="copy the database now (besides the daily copies)")
    backup.add_argument("--to", metavar="FILE", help="where to write the copy (default: backups/manual-DATE-TIME.sqlite3 in the data folder)")
    backup.set_defaults(func=handle_backup)

    restore = sub.add_parser(
        "restore",
        help="go back to a backup; the current database is kept aside first",
        description="Make a backup the database in use; the current one is first copied to backups/before-restore-DATE-TIME.sqlite3. "
        "Close the quizapp window first. Exit 2 (nothing changed) for a file that is not a quizapp database or is from a newer quizapp.",
    )
    restore.add_argument("file", metavar="FILE", help="a backup (backups/*.sqlite3 in the data folder, or one made with --to)")
    restore.set_defaults(func=handle_restore)


def _say(ctx, key: str, **values: object) -> None:
    ctx.out(pick(MESSAGES[key], ctx.lang).format(**values))


def _error(ctx, text: dict[str, str]) -> None:
    print(f"quizapp: {pick(text, ctx.lang)}", file=sys.stderr)


def _failed(ctx, exc: BaseException) -> int:
    message = MESSAGES["failed"]
    _error(ctx, {lang: template.format(error=exc) for lang, template in message.items()})
    return 1


def _now():
    return SystemClock().now()


def handle_export(args, ctx) -> int:
    target = Path(args.anki or args.json)
    if not target.parent.is_dir():
        _error(ctx, {"ko": f"{target.parent} 폴더가 없습니다.", "en": f"the folder {target.parent} does not exist."})
        return 2
    deck = loader.load_content()
    try:
        if args.anki:
            n = portable.export_anki(deck.cards, target)
            _say(ctx, "anki", n=n, path=target)
            return 0
        with Store.open(ctx.data_dir) as store:
            counts = portable.export_json(store, deck.cards, target, _now())
        _say(ctx, "json", path=target, **counts)
        return 0
    except (OSError, sqlite3.Error, StoreError) as exc:
        return _failed(ctx, exc)


def handle_backup(args, ctx) -> int:
    try:
        result = portable.make_backup(ctx.data_dir, _now(), to=args.to)
    except portable.PortableError as exc:
        _error(ctx, exc.text)
        return 2
    except (OSError, sqlite3.Error, StoreError) as exc:
        return _failed(ctx, exc)
    _say(ctx, "backup", reviews=result.reviews, path=result.path)
    return 0


def handle_restore(args, ctx) -> int:
    try:
        result = portable.restore(ctx.data_dir, args.file, _now())
    except portable.PortableError as exc:
        _error(ctx, exc.text)
        return 2
    except (OSError, sqlite3.Error, StoreError) as exc:
        return _failed(ctx, exc)
    _say(ctx, "restored", source=result.restored_from, reviews=result.reviews, aside=result.kept_aside)
    return 0
