"""The command line: one front end on quizapp.core (the GUI is the other).

Each module in this package adds its subcommands through `register(subparsers)`; a subcommand
sets `func(args, ctx) -> int` as its handler. Global options come before the subcommand.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    import argparse


@dataclass
class CliContext:
    """What every handler may need; built once from the global options."""

    data_dir: Path
    lang: str
    out: Callable[[str], None] = field(default=print)


# Subcommand modules, imported lazily so `quizapp grade-command` does not load docker or Qt.
SUBCOMMAND_MODULES = (
    "quizapp.cli.review",
    "quizapp.cli.grade",
    "quizapp.cli.content",
    "quizapp.cli.lab",
    "quizapp.cli.gui",
)


def build_parser() -> argparse.ArgumentParser:
    # Imported here, not at the top: `import quizapp.cli.gui` (the window) then loads no argparse.
    import argparse
    import importlib

    parser = argparse.ArgumentParser(
        prog="quizapp",
        description="Study Docker with spaced repetition and live labs. Without a subcommand, opens the window.",
    )
    parser.add_argument("--data-dir", metavar="DIR", help="where the database lives (default: the user data folder; env QUIZAPP_DATA_DIR)")
    parser.add_argument("--lang", choices=("ko", "en"), default=None, help="language of everything shown (default: ko)")
    parser.add_argument("--screenshot", metavar="PATH", help="render a view offscreen to a PNG and exit")
    parser.add_argument(
        "--view",
        default="home",
        help="with --screenshot or when opening the window: home, review, labs, lab:ID, browse, stats or settings",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in SUBCOMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:  # that front end is not written yet
                continue
            raise
        register = getattr(module, "register", None)
        if register is not None:
            register(sub, parser)
    return parser


def main(argv: list[str] | None = None) -> int:
    from quizapp.core.paths import resolve_data_dir

    parser = build_parser()
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    try:
        data_dir = resolve_data_dir(args.data_dir)
    except ValueError as exc:
        print(f"quizapp: --data-dir: {exc}", file=sys.stderr)
        return 2
    ctx = CliContext(data_dir=data_dir, lang=args.lang or "ko")
    func = getattr(args, "func", None)
    if func is None:
        # No subcommand: the desktop window (or one view of it rendered to a PNG).
        from quizapp.cli import gui

        if args.screenshot:
            return gui.screenshot(args, ctx)
        return gui.launch(args, ctx, view=args.view)
    return int(func(args, ctx) or 0)
