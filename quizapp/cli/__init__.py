"""The command line: one front end on quizapp.core (the GUI is the other).

Each module in this package adds its subcommands through `register(subparsers)`; a subcommand
sets `func(args, ctx) -> int` as its handler. Global options come before the subcommand.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from quizapp.cli import gui
from quizapp.core.paths import resolve_data_dir
from quizapp.core.version import app_version


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
    "quizapp.cli.data",
    "quizapp.cli.cards",
    "quizapp.cli.quiz",
    "quizapp.cli.optimize",
)


def build_parser(subcommands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; without `subcommands`, only the global options (what opening the
    window needs, without importing every subcommand's module)."""
    parser = argparse.ArgumentParser(
        prog="quizapp",
        description="Study Docker with spaced repetition and live labs. Without a subcommand, opens the window.",
        # The short parser neither exits nor helps: its mistakes, and any help asked for (even as
        # `--he`), go to the whole one.
        exit_on_error=subcommands,
        add_help=subcommands,
    )
    parser.add_argument("--data-dir", metavar="DIR", help="where the database lives (default: the user data folder; env QUIZAPP_DATA_DIR)")
    parser.add_argument("--lang", choices=("ko", "en"), default=None, help="language of everything shown (default: ko)")
    parser.add_argument("--screenshot", metavar="PATH", help="render a view offscreen to a PNG and exit")
    parser.add_argument(
        "--view",
        default="home",
        help="with --screenshot or when opening the window: home, review, labs, lab:ID, browse, stats or settings",
    )
    if not subcommands:
        return parser
    parser.add_argument("--version", action=VersionAction, help="print the version and exit")
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


class VersionAction(argparse.Action):
    """pyproject.toml's version, read only when asked for (not on the way to the window)."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, help=None):
        super().__init__(option_strings=option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        print(f"quizapp {app_version()}")
        parser.exit()


def _window_args(argv: list[str]) -> argparse.Namespace | None:
    """The options when `argv` opens the window (global options only), else None: the window
    then starts without reading the subcommands' modules."""
    try:
        args, rest = build_parser(subcommands=False).parse_known_args(argv)
    except argparse.ArgumentError:
        return None
    return None if rest else args


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = _window_args(argv) or build_parser().parse_args(argv)
    try:
        data_dir = resolve_data_dir(args.data_dir)
    except ValueError as exc:
        print(f"quizapp: --data-dir: {exc}", file=sys.stderr)
        return 2
    ctx = CliContext(data_dir=data_dir, lang=args.lang or "ko")
    func = getattr(args, "func", None)
    if func is None:
        # No subcommand: the desktop window (or one view of it rendered to a PNG).
        if args.screenshot:
            return gui.screenshot(args, ctx)
        return gui.launch(args, ctx, view=args.view)
    return int(func(args, ctx) or 0)
