"""Fixtures shared by the rule tests."""

from __future__ import annotations

from functools import partial

import pytest

import quotes


@pytest.fixture(scope="module")
def extract():
    """`quotes.extract` with the default model, loaded once (get_engine caches it), in
    scope `all`: these cases test the rules, whatever the default scope keeps."""
    quotes.get_engine()
    return partial(quotes.extract, scope="all")
