"""The fields a file's records are read by (``--text-field``, ``--id-field``), checked once
per file: a field name the file does not use is said in one line naming the fields it
has, where a wrong ``--text-field`` printed one error per record (a million lines for a
million-record file) and a wrong ``--id-field`` none at all (every document got its
positional id, `news.jsonl:12`, and the user never learnt why)."""

from __future__ import annotations

from collections.abc import Iterable

from quotes.inputs import ReadError

__all__ = ["DEFAULT_ID_FIELD", "FileFields", "named_fields"]

#: The id field records are read by when no ``--id-field`` is given; a record may lack it
#: (its id is then its place, `news.jsonl:12`), so its absence is not reported.
DEFAULT_ID_FIELD = "id"

#: The most field names a message lists (a record of 300 fields is named by its first).
_NAMED = 12


def named_fields(names: Iterable[object]) -> str:
    """Field names for a message: `id, body, url`, the first few and `…` when many."""
    listed = [str(name) for name in names]
    shown = ", ".join(listed[:_NAMED]) + (", …" if len(listed) > _NAMED else "")
    return shown or "none"


class FileFields:
    """The field checks of one file's records, in order.

    The text field: a record without it is an error naming its line; when no record
    before it had the field, the field is likely not the file's at all (a typo, another
    corpus' name), so the error names the record's fields and the file's later records
    without it are skipped without a line each. The id field: when one other than
    :data:`DEFAULT_ID_FIELD` was given, the first record without it is a warning, once
    for the file, naming the fields it has."""

    def __init__(self, id_field: str, text_field: str) -> None:
        self.id_field = id_field
        self.text_field = text_field
        self.had_text = False  # some record of the file had the text field
        self.silent = False  # the field was named missing for the whole file
        self.id_told = id_field == DEFAULT_ID_FIELD

    def missing_text(self, record: dict[str, object], where: str) -> ReadError | None:
        """The error for a record without the text field, or None: none when the record
        has it, and none for a file whose records were already said to lack it."""
        if self.text_field in record:
            self.had_text = True
            return None
        if self.silent:
            return None
        if self.had_text:
            return ReadError(where, f"no {self.text_field!r} field (set --text-field)")
        self.silent = True
        return ReadError(where, f"no {self.text_field!r} field (its fields: "
                                f"{named_fields(record)}; set --text-field); later records "
                                "of the file without it are skipped without a line each")

    def missing_id(self, record: dict[str, object], where: str) -> ReadError | None:
        """The warning, once for the file, for the first record without a given id field."""
        if self.id_told or self.id_field in record:
            return None
        self.id_told = True
        return ReadError(where, f"no {self.id_field!r} field (its fields: "
                                f"{named_fields(record)}; set --id-field); the file's "
                                "documents without it get their place as id (FILE:LINE)")
