"""The `quotes` console script and `python -m quotes`: the command line, guarded while it
loads.

Importing the commands takes a second or more (Typer, rich, the writers; spaCy later, in
the command that parses). A Ctrl-C in that time would print Python's traceback of the
import under way; here it stops with one line and the status a shell gives a program
Ctrl-C ended (130), as a Ctrl-C while a command runs does (:mod:`quotes.signals`).
"""

from __future__ import annotations

import sys

#: The exit status of a program ended by Ctrl-C (128 + SIGINT).
INTERRUPTED = 130


def main() -> None:
    """Load and run the command line; Ctrl-C at any point is one line and exit 130."""
    try:
        from quotes.cli import app

        app(prog_name="quotes")
    except KeyboardInterrupt:
        _interrupted()
    except SystemExit as exc:
        if exc.code == INTERRUPTED:  # Ctrl-C while a command ran (quotes.signals, Typer)
            _interrupted()
        raise


def _interrupted() -> None:
    """Say so on stderr in one line and exit 130."""
    sys.stderr.write("interrupted\n")
    sys.stderr.flush()
    raise SystemExit(INTERRUPTED)
