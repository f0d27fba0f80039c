"""File names that end in `.gz`: the one reading of such a name every door shares.

A file named `quotes.csv.gz` holds a CSV compressed with gzip, as a corpus of millions of
rows is kept; what is read (inputs, `--pred`, shard files) and what is written (`-o`,
`--errors`, `--texts`, shard files) is told by the extension before the `.gz`. The
writers (:mod:`quotes.writers`), the predictions reader
(:func:`quotes.prediction_formats.format_suffix`) and the input reader
(:func:`quotes.inputs.file_kind`) each read that extension here, so a name one of them
writes the others read alike.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["gzipped", "named_suffix", "suffix_as_written"]


def gzipped(path: Path | None) -> bool:
    """Whether the file `path` is (or is written) compressed with gzip: its name ends in
    `.gz`, in any case (`rows.jsonl.GZ`)."""
    return path is not None and path.suffix.lower() == ".gz"


def named_suffix(path: Path) -> str:
    """The extension that names `path`'s format, in lower case, looking through a final
    `.gz`: `quotes.csv.gz` names `.csv`, `Rows.JSONL` `.jsonl`, `rows.gz` none (``""``)."""
    return Path(path.stem).suffix.lower() if gzipped(path) else path.suffix.lower()


def suffix_as_written(suffix: str, path: Path) -> str:
    """The extension `suffix` as a name like `path` carries it, `.gz` after it when
    `path` is gzipped: `.csv` for `texts.csv`, `.csv.gz` for `texts.csv.gz`; what a
    message shows (`not the format .csv.gz names`) and what an output named for its
    format may end in (:func:`quotes.writers.check_output`)."""
    return suffix + (".gz" if gzipped(path) else "")
