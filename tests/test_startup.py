"""Commands that need no model start at once: importing the CLI loads neither spaCy nor
textacy (each takes seconds); the engine imports them when a command runs it."""

from __future__ import annotations

import subprocess
import sys

import pytest
from textacy.preprocessing.resources import QUOTE_TRANSLATION_TABLE

from quotes.normalise import _TEXTACY_QUOTES


@pytest.mark.parametrize("module", ["quotes.cli", "quotes.evaluate", "quotes"])
def test_importing_loads_no_nlp_library(module: str) -> None:
    code = (
        f"import sys, {module}; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'spacy', 'thinc', 'textacy'}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"


def test_normalise_maps_the_marks_textacy_maps() -> None:
    assert {ord(k): ord(v) for k, v in _TEXTACY_QUOTES.items()} == QUOTE_TRANSLATION_TABLE
