"""`python -m quotes` runs the CLI."""

from quotes.cli import app

app(prog_name="quotes")
