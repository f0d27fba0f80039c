"""`python -m quotes` runs the CLI, as the `quotes` script does (:mod:`quotes.entry`)."""

from quotes.entry import main

main()
