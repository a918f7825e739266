"""`quizapp optimize [--json]`: fit FSRS's weights to the learner's history (quizapp.core.optimize)."""

from __future__ import annotations

import json
import sys
from typing import Any

from quizapp.cli.review import _open_collection
from quizapp.core.i18n import pick
from quizapp.core.lazy import LazyModule

# Every command line start imports this module (to register its commands); what only a command
# needs is imported when it runs. Measured 2026-12-02 on the shared 2-core machine (load 1):
# quizapp.core.optimize (fsrs and fsrs-rs) 13 ms.
optimizer = LazyModule("quizapp.core.optimize")

UI = {
    "compare": {
        "ko": "현재 가중치: 로그 손실 {cl:.4f}, RMSE {cr:.4f}\n맞춘 가중치: 로그 손실 {fl:.4f}, RMSE {fr:.4f}",
        "en": "Current weights: log loss {cl:.4f}, RMSE {cr:.4f}\nFitted weights:  log loss {fl:.4f}, RMSE {fr:.4f}",
    },
    "kept": {"ko": "맞춘 가중치가 더 나아서 이제부터 씁니다 (복습 {n}개에서).", "en": "The fitted weights are better: they are used from now on (from {n} reviews)."},
    "not_kept": {"ko": "맞춘 가중치가 더 낫지 않아 지금 가중치를 그대로 씁니다.", "en": "The fitted weights are no better: the current ones stay."},
}


def run_optimize(args: Any, ctx: Any) -> int:
    collection = _open_collection(ctx)
    if collection is None:
        return 2
    with collection:
        try:
            result = optimizer.optimize(collection.store, collection.clock)
        except optimizer.OptimizeError as exc:
            ready = optimizer.readiness(collection.store)
            if args.json:
                ctx.out(json.dumps({"ready": ready.ready, "reviews": ready.reviews, "more_needed": ready.more_needed, "kept": False}))
            print("quizapp optimize: " + pick(exc.text, ctx.lang), file=sys.stderr)
            return 1
    if args.json:
        ctx.out(json.dumps({"ready": True, **result.to_json()}))
        return 0
    ctx.out(pick(UI["compare"], ctx.lang).format(cl=result.current_log_loss, cr=result.current_rmse, fl=result.fitted_log_loss, fr=result.fitted_rmse))
    ctx.out(pick(UI["kept" if result.kept else "not_kept"], ctx.lang).format(n=result.reviews))
    return 0


def register(sub: Any, parser: Any) -> None:
    text = "fit the FSRS weights to your review history; kept only when they predict it better"
    p = sub.add_parser("optimize", help=text, description=text)
    p.add_argument("--json", action="store_true", help="print one JSON object (log loss and RMSE before and after, kept)")
    p.set_defaults(func=run_optimize)
