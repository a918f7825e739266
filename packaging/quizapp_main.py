"""The frozen app's entry point: the same command line as `quizapp` from pip (the window without
a subcommand)."""

import sys

from quizapp.cli import main

if __name__ == "__main__":
    sys.exit(main())
