"""A mistake in the command line itself is one line on stderr and exit status 2.

Click finds these mistakes (an unknown option, a missing argument, a value that is not a
number, a command that does not exist) before any of our code runs, and Typer prints each
as the usage line, a hint and a boxed message over five or more lines. The house rule is
one line naming the mistake: ``error quotes extract: no such option: --bogus (try
'quotes extract --help')``, the shape of every other error a user can act on.
"""

from __future__ import annotations

import difflib
import sys
from collections.abc import Sequence
from typing import Any

import typer
from typer.core import TyperCommand, TyperGroup

from quotes import output_locks
from quotes.cli_run import err, shown

#: Click's base of the errors it finds in a command line. Typer 0.29 carries its own copy
#: of click (``typer._click``), earlier versions use click itself: the class is taken from
#: the one Typer exports, whichever click that is.
UsageError: type[Exception] = next(kind for kind in typer.BadParameter.__mro__
                                   if kind.__name__ == "ClickException")

#: How alike an unknown option must be to a real one to be offered in its place: click's
#: own cut (0.6) offers `--columns` for `--bogus`; this one `--scope` for `--scop`.
LIKE_ENOUGH = 0.75


def usage_line(exc: Any) -> str:
    """One line for a usage error: the command it is about, the mistake and where help is
    (`quotes extract: missing argument 'INPUT' (try 'quotes extract --help')`)."""
    if type(exc).__name__ == "NoSuchOption":  # click's guesses, only the close ones
        message = f"no such option: {exc.option_name}"
        close = difflib.get_close_matches(exc.option_name, exc.possibilities or [],
                                          cutoff=LIKE_ENOUGH)
        if close:
            message += f"; did you mean {' or '.join(close)}?"
    else:
        message = " ".join(exc.format_message().split()).rstrip(".")
        message = message[:1].lower() + message[1:]
    ctx = getattr(exc, "ctx", None)
    if ctx is None:
        return f"quotes: {message}"
    return f"{ctx.command_path}: {message} (try '{ctx.command_path} --help')"


class _Parsing:
    """Parsing that says which command a usage error is about: click raises a missing
    option value (`--shard` last) without its context."""

    def parse_args(self, ctx: typer.Context, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)  # type: ignore[misc, no-any-return]
        except UsageError as exc:
            if getattr(exc, "ctx", None) is None:
                exc.ctx = ctx  # type: ignore[attr-defined]
            raise


class OneLineCommand(_Parsing, TyperCommand):
    """A `quotes` command whose usage errors name it (:class:`_Parsing`) and that lets go
    of the locks on its outputs when it ends, however it ends (:mod:`quotes.output_locks`:
    a later command of the same process, as in tests, may write them again)."""

    def invoke(self, ctx: typer.Context) -> Any:
        try:
            return super().invoke(ctx)
        finally:
            output_locks.release()


class OneLineUsage(_Parsing, TyperGroup):
    """The `quotes` group, printing click's usage errors in one line (:func:`usage_line`)
    instead of Typer's box; everything else runs as Typer runs it."""

    def main(  # type: ignore[override]
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        """Run the command line; with `standalone_mode` (the console script, CliRunner) a
        usage error prints one line and exits 2, as a command's `typer.Exit` exits."""
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        try:
            code = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except UsageError as exc:
            if type(exc).__name__ != "NoArgsIsHelpError":  # `quotes` alone shows the help
                err.print(f"[red]error[/red] {shown(usage_line(exc))}", highlight=False,
                          soft_wrap=True)
            sys.exit(exc.exit_code)  # type: ignore[attr-defined]
        sys.exit(code if isinstance(code, int) else 0)
