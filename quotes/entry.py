"""The `quotes` console script and `python -m quotes`: the command line, guarded while it
loads.

Importing the commands takes a second or more (Typer, rich, the writers; spaCy later, in
the command that parses). A Ctrl-C in that time would print Python's traceback of the
import under way; here it stops with one line and the status a shell gives a program
Ctrl-C ended (130), as a Ctrl-C while a command runs does (:mod:`quotes.signals`).
"""

from __future__ import annotations

import os
import sys

#: The exit status of a program ended by Ctrl-C (128 + SIGINT).
INTERRUPTED = 130


def main() -> None:
    """Load and run the command line; Ctrl-C at any point is one line and exit 130, and
    a full disk under stdout one line and exit 1."""
    try:
        from quotes.cli import app

        app(prog_name="quotes")
    except KeyboardInterrupt:
        _interrupted()
    except SystemExit as exc:
        if exc.code == INTERRUPTED:  # Ctrl-C while a command ran (quotes.signals, Typer)
            _interrupted()
        raise
    except OSError as exc:
        from quotes.atomic_sink import disk_full

        if not disk_full(exc):
            raise
        # A full disk under stdout (`quotes evaluate gold.jsonl > /mnt/full/report.txt`,
        # `quotes --help > /dev/full`): the commands that write rows guard their own
        # stdout (quotes.outputs); the tables, reports and help printed by rich or click
        # reached here as a traceback.
        _unwritable(exc)


def _unwritable(exc: OSError) -> None:
    """Say on stderr in one line that stdout could not be written, and exit 1, as
    ``quotes extract`` does for its rows."""
    # Python flushes stdout once more at exit: into nothing, not the full file again
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    sys.stderr.write(f"error cannot write stdout: {exc.strerror or exc}\n")
    sys.stderr.flush()
    raise SystemExit(1)


def _interrupted() -> None:
    """Say so on stderr in one line and exit 130."""
    sys.stderr.write("interrupted\n")
    sys.stderr.flush()
    raise SystemExit(INTERRUPTED)
