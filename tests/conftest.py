"""Fixtures shared by the rule tests."""

from __future__ import annotations

from functools import partial

import pytest
from hypothesis import settings

import quotes

# The property tests draw the same examples on every run (derandomize): a CI run that
# fails names a case every later run fails too, never a draw of the day's luck.
settings.register_profile("repeatable", derandomize=True)
settings.load_profile("repeatable")


@pytest.fixture(scope="module")
def extract():
    """`quotes.extract` with the default model, loaded once (get_engine caches it), in
    scope `all`: these cases test the rules, whatever the default scope keeps."""
    quotes.get_engine()
    return partial(quotes.extract, scope="all")
