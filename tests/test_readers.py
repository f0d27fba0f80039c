"""The read stage: every input kind gives the documents (ids, exact texts) and errors we expect."""

from __future__ import annotations

import gzip
import io
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotes.inputs import STDIN_ID, InputNotFoundError, ReadError, count_documents, expand_inputs
from quotes.readers import iter_documents
from quotes.records import Document, Quote

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
INPUTS = FIXTURES / "inputs"
BAD = FIXTURES / "bad"
SEED_GOLD = Path(__file__).resolve().parents[2] / "shared" / "data" / "seed-gold.jsonl"


def read(
    *inputs: str | Path, **fields: str
) -> tuple[list[Document], list[ReadError], list[ReadError]]:
    """Read inputs fully; return the documents, the errors and the warnings."""
    errors: list[ReadError] = []
    warnings: list[ReadError] = []
    docs = list(
        iter_documents(
            [str(i) for i in inputs], on_error=errors.append, on_warning=warnings.append, **fields
        )
    )
    return docs, errors, warnings


def ids(docs: list[Document]) -> list[str]:
    return [doc.id for doc in docs]


# --- plain text, directories, globs -------------------------------------------------------


def test_text_file_given_directly_keeps_its_path_as_id_and_its_exact_text() -> None:
    path = INPUTS / "harbour-pier.txt"
    docs, errors, warnings = read(path)
    assert ids(docs) == [str(path)]
    assert docs[0].text == path.read_text(encoding="utf-8")
    assert errors == warnings == []


def test_crlf_and_lone_cr_are_kept_so_offsets_index_the_original(tmp_path: Path) -> None:
    raw = b'"We stay," she said.\r\n\r\nThe vote\ris on Monday.\n'
    (tmp_path / "crlf.txt").write_bytes(raw)
    docs, _, _ = read(tmp_path / "crlf.txt")
    assert docs[0].text == raw.decode()


def test_directory_is_recursive_sorted_and_skips_hidden_names(tmp_path: Path) -> None:
    for name in ["b.txt", "a/z.txt", "a/c.md", "noext", ".hidden.txt", ".git/config", "a/.x"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(name, encoding="utf-8")
    docs, errors, _ = read(tmp_path)
    assert ids(docs) == ["a/c.md", "a/z.txt", "b.txt", "noext"]
    assert [doc.text for doc in docs] == ids(docs)
    assert errors == []


def test_globs_expand_sorted_and_double_star_recurses(tmp_path: Path) -> None:
    for name in ["2.txt", "1.txt", "skip.csv", "deep/3.txt"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    docs, _, _ = read(f"{tmp_path}/*.txt")
    assert ids(docs) == [f"{tmp_path}/1.txt", f"{tmp_path}/2.txt"]
    docs, _, _ = read(f"{tmp_path}/**/*.txt")
    assert ids(docs) == [f"{tmp_path}/1.txt", f"{tmp_path}/2.txt", f"{tmp_path}/deep/3.txt"]


@pytest.mark.parametrize(
    ("missing", "message"),
    [
        ("no/such/file.txt", "input not found: no/such/file.txt"),
        ("no/such/*.txt", r"no file matches 'no/such/\*\.txt'"),
        ("", "input not found: $"),
    ],
)
def test_missing_input_raises_at_call_time_naming_the_path(missing: str, message: str) -> None:
    with pytest.raises(InputNotFoundError, match=message):
        iter_documents([str(INPUTS), missing], on_error=pytest.fail)


def test_expand_inputs_pairs_paths_with_doc_id_roots(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("x", encoding="utf-8")
    given = str(tmp_path / "sub" / "a.txt")
    assert list(expand_inputs([str(tmp_path), given, "-"])) == [
        (tmp_path / "sub" / "a.txt", "sub/a.txt"),
        (Path(given), given),
        (None, STDIN_ID),
    ]


def test_a_repeated_id_gets_the_next_free_number_with_one_warning(tmp_path: Path) -> None:
    """`x.txt` in two input folders, and records repeating an id (one of them the id a
    repeat would get), come out each with an id of its own; one warning per id."""
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.txt").write_text(folder, encoding="utf-8")
    records = tmp_path / "c.jsonl"
    records.write_text("".join(json.dumps({"id": i, "text": i}) + "\n"
                               for i in ("r", "r", "r#2", "r")), encoding="utf-8")
    docs, errors, warnings = read(tmp_path / "a", tmp_path / "b", records)
    assert [(doc.id, doc.text) for doc in docs] == [
        ("x.txt", "a"), ("x.txt#2", "b"), ("r", "r"), ("r#2", "r"), ("r#2#2", "r#2"),
        ("r#3", "r")]
    assert errors == []
    assert [(w.source, w.reason.split(":")[0]) for w in warnings] == [
        (str(tmp_path / "b" / "x.txt"), "the document id 'x.txt' is used again"),
        (str(records), "the document id 'r' is used again"),
        (str(records), "the document id 'r#2' is used again")]


def test_reading_is_lazy_and_a_file_gone_later_is_an_error_not_a_crash(tmp_path: Path) -> None:
    for name in ["a.txt", "b.txt", "c.txt"]:
        (tmp_path / name).write_text(name, encoding="utf-8")
    errors: list[ReadError] = []
    docs = iter_documents([str(tmp_path)], on_error=errors.append)
    assert next(docs).id == "a.txt"
    (tmp_path / "b.txt").unlink()
    assert ids(list(docs)) == ["c.txt"]
    assert errors == [ReadError(str(tmp_path / "b.txt"), "cannot read: No such file or directory")]


def test_a_broken_link_in_a_folder_is_named_as_one(tmp_path: Path) -> None:
    # rule broken-link: it was "cannot read: No such file or directory", naming no link
    (tmp_path / "a.txt").write_text("first", encoding="utf-8")
    (tmp_path / "b.txt").symlink_to(tmp_path / "gone.txt")
    errors: list[ReadError] = []
    assert ids(list(iter_documents([str(tmp_path)], on_error=errors.append))) == ["a.txt"]
    assert errors == [ReadError(str(tmp_path / "b.txt"), (
        f"cannot read: a broken link (to {tmp_path / 'gone.txt'}, which does not exist)"))]


def test_unreadable_entry_in_a_directory_is_reported_and_the_rest_goes_on(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("first", encoding="utf-8")
    (tmp_path / "b.txt").symlink_to(tmp_path / "missing-target.txt")
    (tmp_path / "c.txt").write_text("last", encoding="utf-8")
    docs, errors, _ = read(tmp_path)
    assert ids(docs) == ["a.txt", "c.txt"]
    assert [error.source for error in errors] == [str(tmp_path / "b.txt")]


@settings(max_examples=50, deadline=None)
@given(st.text(st.characters(exclude_characters="\x00\ufeff", exclude_categories=["Cs"])))
def test_any_utf8_text_reads_back_identically(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "doc.txt")
        path.write_bytes(text.encode("utf-8"))
        docs, errors, warnings = read(path)
    assert [doc.text for doc in docs] == [text]
    assert errors == warnings == []


# --- stdin --------------------------------------------------------------------------------


class _Stdin:
    """Stands in for sys.stdin: only the byte buffer is used."""

    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


def test_stdin_plain_text_is_one_document(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(b'"Hello," she said.\r\nBye.'))
    docs, _, _ = read("-")
    assert docs == [Document(STDIN_ID, '"Hello," she said.\r\nBye.')]


def test_stdin_that_looks_like_jsonl_is_read_as_records(monkeypatch: pytest.MonkeyPatch) -> None:
    data = b'\n{"id": "s1", "text": "one"}\n{"text": "two"}\nnot json\n'
    monkeypatch.setattr(sys, "stdin", _Stdin(data))
    docs, errors, _ = read("-")
    assert docs == [Document("s1", "one"), Document(f"{STDIN_ID}:3", "two")]
    assert [error.source for error in errors] == [f"{STDIN_ID}:4"]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        # a JSON array of records (`cat corpus.json | quotes extract -`): it was one text
        # whose JSON went to the engine, `"b"` a quote of the speaker of the record before
        (b'[{"id": "a", "text": "\\"We won,\\" Bo Lee said."},\n {"id": "b", "text": "Two."}]\n',
         [Document("a", '"We won," Bo Lee said.'), Document("b", "Two.")]),
        (b'\xef\xbb\xbf\n[\n\n  {"id": "a", "text": "One."}\n]',  # pretty-printed, a BOM
         [Document("a", "One.")]),
        (gzip.compress(b'[{"text": "One."}]'), [Document(f"{STDIN_ID}:1", "One.")]),
        # a text that opens with a bracket stays text
        (b"[Updated] The pier is shut.\n", [Document(STDIN_ID, "[Updated] The pier is shut.\n")]),
        (b"[\nThe pier is shut.", [Document(STDIN_ID, "[\nThe pier is shut.")]),
    ],
    ids=["one line a record", "pretty-printed", "gzipped", "bracket then text",
         "bracket line then text"],
)
def test_a_json_array_on_stdin_is_read_as_records(
    monkeypatch: pytest.MonkeyPatch, data: bytes, expected: list[Document]
) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(data))
    assert read("-") == (expected, [], [])


def test_gzip_data_on_stdin_is_read_decompressed(monkeypatch: pytest.MonkeyPatch) -> None:
    # a stream has no name to end in .gz (`… | quotes extract -`, `<(cat news.jsonl.gz)`):
    # it was skipped as "gzip data without a .gz extension; rename the file"
    data = gzip.compress(b'{"id": "s1", "text": "one"}\n{"text": "two"}\n')
    monkeypatch.setattr(sys, "stdin", _Stdin(data))
    docs, errors, _ = read("-")
    assert (docs, errors) == ([Document("s1", "one"), Document(f"{STDIN_ID}:2", "two")], [])


# --- JSONL, JSON --------------------------------------------------------------------------


def test_jsonl_fixture_reports_bad_lines_by_number_and_keeps_the_rest() -> None:
    path = INPUTS / "wire.jsonl"
    docs, errors, _ = read(path)
    assert ids(docs) == ["wire-001", f"{path}:2", "5"]
    assert docs[0].text.startswith('"Prices will keep falling')
    assert [error.source for error in errors] == [f"{path}:3", f"{path}:4"]
    assert errors[0].reason == "malformed JSON: Expecting ',' delimiter: column 79"
    assert errors[1].reason == "no 'text' field (set --text-field)"


def test_bad_jsonl_records_each_get_a_reason() -> None:
    path = BAD / "malformed.jsonl"
    docs, errors, _ = read(path)
    assert ids(docs) == ["ok-1", "ok-2"]
    assert [(e.source.rsplit(":", 1)[1], e.reason) for e in errors] == [
        ("2", "malformed JSON: Unterminated string starting at: column 26"),
        ("3", "no 'text' field (set --text-field)"),
        ("4", "'text' is a number, expected a string"),
        ("5", "expected a JSON object, got a list"),
    ]


def test_a_null_text_is_named_as_null_not_as_missing(tmp_path: Path) -> None:
    path = tmp_path / "nulls.jsonl"
    path.write_text('{"id": "1", "text": null}\n', "utf-8")
    docs, errors, _ = read(path)
    assert docs == []
    assert errors == [ReadError(f"{path}:1", "'text' is null, expected a string")]


def test_field_names_are_settable(tmp_path: Path) -> None:
    path = tmp_path / "custom.jsonl"
    path.write_text('{"url": "http://x/1", "body": "Hi."}\n{"text": "no body"}\n', "utf-8")
    docs, errors, _ = read(path, id_field="url", text_field="body")
    assert docs == [Document("http://x/1", "Hi.")]
    assert errors == [ReadError(f"{path}:2", "no 'body' field (set --text-field)")]


@pytest.mark.parametrize("end", ["\n", "\r\n", "\r"], ids=["LF", "CRLF", "lone CR"])
def test_jsonl_lines_end_at_any_line_break(tmp_path: Path, end: str) -> None:
    """A JSONL file saved with classic Mac OS line ends (a lone CR) was one line, its
    every record lost to one "Extra data" error; each line is a record, numbered."""
    path = tmp_path / "ends.jsonl"
    path.write_bytes(end.join(['{"id": "a", "text": "One.\\r\\nTwo."}', "{bad",
                               '{"id": "b", "text": "Three."}', ""]).encode())
    docs, errors, _ = read(path)
    assert docs == [Document("a", "One.\r\nTwo."), Document("b", "Three.")]
    assert [error.source for error in errors] == [f"{path}:2"]


def test_a_jsonl_file_whose_first_line_is_a_list_reads_its_records(tmp_path: Path) -> None:
    """A first line holding a whole array (`[1, 2]`) made the file read as one JSON
    value, and its every record lost to one "Extra data" error: it is one bad line."""
    path = tmp_path / "mixed.jsonl"
    path.write_text('[1, 2]\n{"id": "a", "text": "One."}\n', encoding="utf-8")
    docs, errors, warnings = read(path)
    assert docs == [Document("a", "One.")]
    assert errors == [ReadError(f"{path}:1", "expected a JSON object, got a list")]
    assert warnings == []


@pytest.mark.parametrize("name", ["wrong.jsonl", "wrong.json"])
def test_a_text_field_the_file_does_not_use_is_said_once_naming_its_fields(
    tmp_path: Path, name: str
) -> None:
    """A wrong --text-field printed one error per record (a million lines for a corpus):
    one line now names the fields the records have; the file's other records without
    the field are skipped without a line each, while one a record has is still read."""
    records = [{"id": "a", "body": "One."}, {"id": "b", "body": "Two."},
               {"id": "c", "text": "Three."}, {"id": "d", "body": "Four."}]
    path = tmp_path / name
    path.write_text("\n".join(map(json.dumps, records)) if name.endswith("l")
                    else json.dumps(records), "utf-8")
    docs, errors, _ = read(path)
    assert docs == [Document("c", "Three.")]
    assert errors == [ReadError(f"{path}:1", "no 'text' field (its fields: id, body; set "
                                             "--text-field); later records of the file "
                                             "without it are skipped without a line each")]


@pytest.mark.parametrize(
    ("name", "content", "where", "lines"),
    [
        ("ids.jsonl", '{"id": "a", "text": "One."}\n{"id": "b", "text": "Two."}\n', ":1",
         (1, 2)),
        ("ids.csv", "id,text\na,One.\nb,Two.\n", "", (2, 3)),
    ],
)
def test_an_id_field_the_records_lack_is_said_once(
    tmp_path: Path, name: str, content: str, where: str, lines: tuple[int, int]
) -> None:
    """A typo in --id-field gave every document its place as id without a word."""
    path = tmp_path / name
    path.write_text(content, "utf-8")
    docs, errors, warnings = read(path, id_field="ident")
    assert ids(docs) == [f"{path}:{line}" for line in lines]
    assert errors == []
    [warning] = warnings
    assert warning.source == f"{path}{where}"
    assert warning.reason.startswith("no 'ident' ")
    assert "id, text; set --id-field)" in warning.reason


@pytest.mark.parametrize(
    ("name", "value", "kind", "where"),
    [("news.jsonl", {"desk": "wire"}, "an object", ":1"),
     ("news.jsonl", ["wire", 7], "a list", ":1"),
     ("news.jsonl", True, "a boolean", ":1"),
     ("news.jsonl", 1.5, "a number", ":1"),
     ("news.json", ["wire", 7], "a list", ":1")],
    ids=["object", "list", "boolean", "fraction", "list in a .json array"],
)
def test_an_id_that_is_no_string_or_whole_number_gives_the_record_its_place(
    tmp_path: Path, name: str, value: object, kind: str, where: str
) -> None:
    """A record's id that is an object, a list, a boolean or a fraction is no id an
    output can hold: the record takes its place as id (`FILE:LINE`), as one with no id,
    with one warning naming the file and line and what the id is; the other records
    keep theirs."""
    path = tmp_path / name
    records = [{"id": value, "text": "One."}, {"id": 7, "text": "Two."}]
    path.write_text(json.dumps(records) if name.endswith(".json")
                    else "".join(json.dumps(r) + "\n" for r in records), "utf-8")
    docs, errors, warnings = read(path)
    assert ids(docs) == [f"{path}{where}", "7"] and errors == []
    assert warnings == [ReadError(f"{path}{where}", f"'id' is {kind}, not a string or a "
                                  f"whole number; using '{path}{where}' as id")]


@pytest.mark.skipif(not SEED_GOLD.exists(), reason="shared gold data not present")
def test_gold_files_are_valid_input() -> None:
    docs, errors, _ = read(SEED_GOLD)
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8").splitlines()[0])
    assert docs[0] == Document(gold["id"], gold["text"])
    assert errors == []


def test_json_list_and_single_record(tmp_path: Path) -> None:
    docs, _, _ = read(INPUTS / "briefs.json")
    assert ids(docs) == ["brief-1", f"{INPUTS / 'briefs.json'}:2"]
    assert docs[0].text == "“The trains will run on time,” said transport minister Lena Holt."
    single = tmp_path / "one.json"
    single.write_text('{"text": "Just one."}', encoding="utf-8")
    assert read(single)[0] == [Document(str(single), "Just one.")]
    broken = tmp_path / "broken.json"
    broken.write_text('[\n{"text": "a"},\n{oops}\n]', encoding="utf-8")
    # an array is read a record at a time: a bad record is named by its number, the others
    # read (the whole file was lost to one error)
    docs, errors, _ = read(broken)
    assert docs == [Document(f"{broken}:1", "a")]
    assert [e.source for e in errors] == [f"{broken}:2"]
    empty = tmp_path / "empty.json"
    empty.write_bytes(b"\xef\xbb\xbf \n")
    assert read(empty)[1] == [ReadError(str(empty), "empty file: no JSON record")]


def test_jsonl_named_json_is_read_as_jsonl_with_a_warning(tmp_path: Path) -> None:
    """One object per line in a `.json` file (pandas' to_json(lines=True), Spark): every
    document was lost to one "malformed JSON: Extra data" error at line 2."""
    path = tmp_path / "export.json"
    path.write_text('{"id": "a", "text": "One."}\n\n{"id": "b", "text": "Two."}\n'
                    '{"id": "c"}\n', encoding="utf-8")
    docs, errors, warnings = read(path)
    assert docs == [Document("a", "One."), Document("b", "Two.")]
    assert errors == [ReadError(f"{path}:4", "no 'text' field (set --text-field)")]
    assert warnings == [ReadError(str(path), "holds one JSON object per line (JSONL), not one "
                                             "JSON value; read as JSONL")]
    two_values = tmp_path / "two.json"  # not objects, line by line: still malformed JSON
    two_values.write_text('[{"text": "a"}]\n[{"text": "b"}]\n', encoding="utf-8")
    docs, errors, _ = read(two_values)  # the first array's records are read
    assert docs == [Document(f"{two_values}:1", "a")]
    assert [e.reason for e in errors] == [
        "malformed JSON: more after the array closes (Extra data)"]


#: Records whose strings hold what an array's reader must not take for its own: brackets,
#: commas, escaped quote marks and backslashes, a BOM, characters beyond ASCII.
_TRICKY_RECORDS = [
    {"id": "a", "text": 'He said: "[1, 2], {three}", and left.'},
    {"id": "b\\", "text": "A path C:\\dir\\ and \\\"marks\\\" — “curly” ],"},
    {"id": 3, "text": "Plain.", "tags": [[1, {"x": "]"}], []]},
]


@pytest.mark.parametrize("chunk", [None, 1, 7], ids=["whole", "a byte a read", "7 bytes"])
@pytest.mark.parametrize("indent", [None, 2], ids=["one line", "pretty-printed"])
def test_a_json_array_is_read_a_record_at_a_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int | None, indent: int | None
) -> None:
    """Rule json-array-streamed: each record is cut from the stream and parsed alone, as
    json.loads reads it, whatever the reads' bounds cut through (an escape, a string)."""
    import quotes.json_arrays

    if chunk is not None:
        monkeypatch.setattr(quotes.json_arrays, "_CHUNK", chunk)
    path = tmp_path / "corpus.json"
    path.write_bytes(b"\xef\xbb\xbf \n" + json.dumps(_TRICKY_RECORDS, indent=indent,
                                                       ensure_ascii=False).encode())
    docs, errors, warnings = read(path, keep_fields=["tags"])
    assert (errors, warnings) == ([], [])
    assert docs == [Document(str(r["id"]), r["text"], {"tags": r["tags"]} if "tags" in r
                             else {}) for r in _TRICKY_RECORDS]


def test_a_json_array_past_the_whole_file_bound_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Read whole, an array over 256 MiB was refused and a 150 MB one peaked at 500 MB
    (its bytes, its text, every record): now memory holds a record, so only a record is
    bounded (here the bound is 1 MiB, the file 3.5 MB)."""
    import quotes.input_bytes

    monkeypatch.setattr(quotes.input_bytes, "MAX_READ_BYTES", 1 << 20)
    path = tmp_path / "corpus.json"
    records = [{"id": f"r{n}", "text": "The pier is shut. " * 20_000} for n in range(6)]
    records[3]["text"] *= 4  # one record over the bound: skipped unread, alone
    path.write_text(json.dumps(records), encoding="utf-8")
    docs, errors, _ = read(path)
    assert [d.id for d in docs] == ["r0", "r1", "r2", "r4", "r5"]
    assert errors == [ReadError(f"{path}:4", "skipped: record over 1 MiB")]


def test_a_json_array_cut_short_keeps_the_records_before_the_cut(tmp_path: Path) -> None:
    """A file whose writing stopped midway lost every record to one error."""
    path = tmp_path / "corpus.json"
    whole = json.dumps([{"id": "a", "text": "One."}, {"id": "b", "text": "Two."}])
    path.write_text(whole[:-12], encoding="utf-8")
    docs, errors, _ = read(path)
    assert docs == [Document("a", "One.")]
    assert errors == [ReadError(str(path), "cut short: the file ends inside its JSON array; "
                                           "the records before the cut are read")]


@pytest.mark.parametrize("indent", [None, 2], ids=["one line", "pretty-printed"])
def test_json_named_jsonl_is_read_as_json_with_a_warning(
    tmp_path: Path, indent: int | None
) -> None:
    """An array of records in a `.jsonl` file: read by line, each line was an error (one a
    line of a pretty-printed corpus) and every document was lost."""
    path = tmp_path / "corpus.jsonl"
    records = [{"id": "a", "text": "One."}, {"id": "b", "text": "Two."}]
    path.write_text(json.dumps(records, indent=indent), encoding="utf-8")
    docs, errors, warnings = read(path)
    assert docs == [Document("a", "One."), Document("b", "Two.")]
    assert errors == []
    assert warnings == [ReadError(str(path), "holds one JSON value (an array, or an object "
                                             "over lines), not one object per line; read as "
                                             "JSON")]


@pytest.mark.parametrize(
    ("name", "content", "separator"),
    [("excel.csv", 'id;text\r\n1;"""We won,"" said Ana Ruiz."\r\n', "';'"),
     ("tabs.csv", 'id\ttext\r\n1\t"""We won,"" said Ana Ruiz."\r\n', "'\\t'"),
     ("commas.tsv", 'id,text\n1,"""We won,"" said Ana Ruiz."\n', "','")],
    ids=["semicolons in a .csv", "tabs in a .csv", "commas in a .tsv"],
)
def test_a_table_separated_otherwise_than_its_extension_is_read_so(
    tmp_path: Path, name: str, content: str, separator: str
) -> None:
    """Excel saves "CSV" with `;` where the decimal mark is a comma: the header was read
    as one column `id;text`, and the file refused as having no text column."""
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    docs, errors, warnings = read(path)
    assert docs == [Document("1", '"We won," said Ana Ruiz.')]
    assert errors == []
    wanted = "','" if name.endswith(".csv") else "'\\t'"
    assert warnings == [ReadError(str(path), f"separated by {separator}, not {wanted}; read so")]


def test_non_utf8_jsonl_line_falls_back_alone(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(
        '{"text": "Zürich café"}\n'.encode()
        + b'{"text": "caf\xe9 \x93ok\x94"}\n'
        + b'{"text": "ok"}\n'
    )
    docs, errors, warnings = read(path)
    assert [doc.text for doc in docs] == ["Zürich café", "café “ok”", "ok"]
    assert errors == []
    assert warnings == [
        ReadError(str(path), "not valid UTF-8 from line 2; such lines decoded as cp1252")
    ]


_HUGE = "9" * 5000


@pytest.mark.parametrize(
    ("name", "data", "docs", "errors"),
    [("big.jsonl", f'{{"id": "a", "text": "The pier shut.", "hash": {_HUGE}}}\n',
      [Document("a", "The pier shut.", {"hash": _HUGE})], []),
     ("big.jsonl", f'{{"id": {_HUGE}, "text": "The pier shut."}}\n',
      [Document(_HUGE, "The pier shut.")], []),
     ("big.json", f'[{{"id": "a", "text": "The pier shut.", "hash": [{_HUGE}]}}]',
      [Document("a", "The pier shut.", {"hash": [_HUGE]})], []),
     ("big.jsonl", f'{{"id": "a", "text": {_HUGE}}}\n', [],
      ["'text' is a number, expected a string"])],
    ids=["kept-field", "id", "json-file", "text"],
)
def test_an_integer_of_thousands_of_digits_does_not_lose_its_record(
    tmp_path: Path, name: str, data: str, docs: list[Document], errors: list[str]
) -> None:
    """Python makes no int of over 4,300 digits, and refused the whole record ("unreadable
    JSON: Exceeds the limit") for one such number in any field, even one the run never
    reads. The number is kept as its digits (rule long-json-numbers); as a text it is
    still a number, no string."""
    path = tmp_path / name
    path.write_text(data, encoding="utf-8")
    found, failed, _ = read(path, keep_fields=("hash",))
    assert (found, [error.reason for error in failed]) == (docs, errors)


def test_a_lone_surrogate_in_a_text_or_kept_field_is_replaced_with_a_warning(
    tmp_path: Path,
) -> None:
    """JSON may escape half a surrogate pair (`\\ud800`), which no UTF-8 output can
    hold: the --texts file, the database's documents and every kept field ended in a
    traceback. It is U+FFFD now, one character for one (offsets hold), as the engine
    reads it; an id keeps it (the run reports that document)."""
    path = tmp_path / "wire.jsonl"
    path.write_text('{"id": "a", "url": ["x\\udc80"], "text": "\\"Hi \\ud800,\\" she said."}\n'
                    '{"id": "b", "text": "\\ud83d\\ude00 fine"}\n', encoding="utf-8")
    docs, errors, warnings = read(path, keep_fields=("url",))
    assert errors == []
    assert [(d.id, d.text, dict(d.metadata)) for d in docs] == [
        ("a", '"Hi \ufffd," she said.', {"url": ["x\ufffd"]}), ("b", "\U0001f600 fine", {})]
    assert warnings == [ReadError(f"{path}:1", "a lone surrogate (a \\ud800-\\udfff escape "
                                               "with no partner, not Unicode) replaced by "
                                               "U+FFFD")]


# --- CSV, TSV -----------------------------------------------------------------------------


def test_csv_text_column_with_id_fallback_to_the_row_line() -> None:
    docs, errors, _ = read(INPUTS)
    csv_docs = [doc for doc in docs if doc.id.startswith("letters")]
    assert ids(csv_docs) == [
        "letters-1",
        "letters.csv:3",
        "letters-3",
        "letters-1#2",  # the TSV's first row repeats the CSV's id
        "letters.tsv:3",
    ]
    assert csv_docs[0].text.startswith("=SUM(A1:A9) is not a quote")
    assert csv_docs[1].text == (
        '"The budget is balanced," said Treasurer Alan Cho.\n\n'
        '"It will stay balanced next year too," he added.'
    )
    assert csv_docs[4].text == csv_docs[1].text
    assert errors[-1].source.endswith("wire.jsonl:4")


def test_csv_without_the_text_column_or_with_short_rows(tmp_path: Path) -> None:
    nocol = tmp_path / "nocol.csv"
    nocol.write_text("id,body\n1,hello\n", encoding="utf-8")
    short = tmp_path / "short.csv"
    short.write_text("id,text\n1,hello\n2\n3,bye\n", encoding="utf-8")
    docs, errors, _ = read(nocol, short)
    assert docs == [Document("1", "hello"), Document("3", "bye")]
    assert errors == [
        ReadError(str(nocol), "no 'text' column (columns: id, body; set --text-field)"),
        ReadError(f"{short}:3", "row has 1 fields, the header has 2"),
    ]


def test_a_tsv_field_opening_with_a_quote_mark_keeps_its_marks(tmp_path: Path) -> None:
    """TSV written without quoting: a text that opens with a quotation is read as written
    (the csv module alone would drop both marks, and the quote with them); a field
    quoted as CSV writers quote it still has its marks undoubled."""
    path = tmp_path / "wire.tsv"
    path.write_text('id\ttext\n'
                    'a\t"The ferry is late," said Ana Ruiz.\n'
                    'b\t"We sail," said Tom Fell. "Now."\n'
                    'c\t"""Fine,"" said Ida Berg."\n', encoding="utf-8")
    docs, errors, _ = read(path)
    assert errors == []
    assert docs == [Document("a", '"The ferry is late," said Ana Ruiz.'),
                    Document("b", '"We sail," said Tom Fell. "Now."'),
                    Document("c", '"Fine," said Ida Berg.')]


@pytest.mark.parametrize(
    ("lines", "texts"),
    [
        (['id\ttext', 'a\t"We sail at dawn."', 'b\t"Now."\t'],
         ['"We sail at dawn."', '"Now."']),
        (['id\ttext', 'a\t"""We sail,"" she said."', 'b\t"Two\tcolumns"'],
         ['"We sail," she said.', "Two\tcolumns"]),
        (['"id"\t"text"', '"a"\t"We sail at dawn."'], ["We sail at dawn."]),
    ],
    ids=["a bare quotation keeps its marks", "quoted by a writer that had to",
         "a writer that quotes every field"],
)
def test_a_tsv_field_that_is_only_a_quotation_keeps_its_marks(
    tmp_path: Path, lines: list[str], texts: list[str]
) -> None:
    """A TSV field written `"We sail at dawn."` is a quotation: a writer that quotes a
    field only when it must (a tab, a line break, a quote mark) never writes it so, and
    the csv module alone dropped both marks. A field such a writer quoted, or a file
    whose every field is quoted (its header too), is read as quoted."""
    path = tmp_path / "wire.tsv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, errors, _ = read(path)
    assert errors == []
    assert [doc.text for doc in docs] == texts


def test_a_csv_line_with_a_bare_quote_mark_is_named_and_the_rest_read(tmp_path: Path) -> None:
    path = tmp_path / "wire.csv"
    path.write_text('id,text\na,"The ferry is late," said Ana Ruiz.\nb,The pier shut.\n',
                    encoding="utf-8")
    docs, errors, _ = read(path)
    assert docs == [Document("b", "The pier shut.")]
    [error] = errors
    assert error.source == f"{path}:2"
    assert error.reason.startswith("malformed CSV: ',' expected after '\"'")
    assert "must be quoted whole, its marks doubled" in error.reason


# rule header-again: two tables joined (`cat a.csv b.csv > all.csv`) repeat the header, the
# second maybe after its byte-order mark; the line was read as a document `text`
@pytest.mark.parametrize("bom", ["", "\ufeff"], ids=["plain", "with its BOM"])
def test_a_table_s_header_repeated_inside_it_is_skipped_with_a_warning(
    tmp_path: Path, bom: str
) -> None:
    path = tmp_path / "all.csv"
    path.write_text(f'id,text\r\na,The pier shut.\r\n{bom}id,text\r\nb,The ferry ran.\r\n',
                    encoding="utf-8")
    docs, errors, warnings = read(path)
    assert docs == [Document("a", "The pier shut."), Document("b", "The ferry ran.")]
    assert errors == []
    assert warnings == [ReadError(f"{path}:3", "the header again (tables joined?); skipped")]


def test_a_csv_cut_inside_a_quoted_field_says_so(tmp_path: Path) -> None:
    # rule cut-short-table: it was told to quote its fields whole and double their marks
    path = tmp_path / "cut.csv"
    path.write_text('id,text\na,The pier shut.\nb,"""We lost', encoding="utf-8")
    docs, errors, _ = read(path)
    assert docs == [Document("a", "The pier shut.")]
    assert errors == [ReadError(f"{path}:3", (
        "malformed CSV: the file ends inside a quoted field (is it cut short, or does a "
        "field open with a quote mark it never closes?)"))]


def test_cp1252_csv_is_decoded_whole_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "legacy.csv"
    path.write_bytes(b'id,text\r\nx,"\x93Non,\x94 said the caf\xe9 owner."\r\n')
    docs, _, warnings = read(path)
    assert docs == [Document("x", "“Non,” said the café owner.")]
    assert warnings == [ReadError(str(path), "not valid UTF-8; decoded as cp1252")]


# --- HTML ---------------------------------------------------------------------------------


def test_a_page_nested_past_the_parser_s_depth_says_its_text_is_cut(tmp_path: Path) -> None:
    """An old page that opens a <font> before each paragraph and never closes it: the
    parser reads 255 levels, so every paragraph past the 253rd was lost without a word."""
    path = tmp_path / "old.html"
    paragraphs = "".join(f'<font size="2"><p>Item {n}: the ferry runs at {n} past nine.</p>'
                         for n in range(300))
    path.write_text(f"<html><body>{paragraphs}</body></html>", encoding="utf-8")
    docs, errors, warnings = read(path)
    assert "Item 0:" in docs[0].text and errors == []
    assert warnings == [ReadError(str(path), (
        "nested more than 255 elements deep (tags left open, as an old page's <font>): the "
        "HTML parser reads no deeper, so the text past that depth is lost"))]
    shallow = tmp_path / "new.html"  # closed tags: no word
    shallow.write_text(paragraphs.replace("</p>", "</p></font>"), encoding="utf-8")
    assert read(shallow)[2] == []


def test_html_gives_the_article_paragraphs_without_boilerplate() -> None:
    docs, errors, _ = read(INPUTS / "harbour-pier.html")
    text = docs[0].text
    paragraphs = text.split("\n")
    assert paragraphs[0].startswith("The council voted 7-2 on Tuesday")
    assert paragraphs[1].startswith("“We cannot ask people to walk on a structure")
    assert (
        paragraphs[-1]
        == "“The pier is the heart of this town,” he said. “Close it and you close the town.”"
    )
    for boilerplate in ["Subscribe", "Most read", "Privacy policy", "All rights reserved"]:
        assert boilerplate not in text
    assert errors == []


def test_a_review_page_in_the_input_folder_is_no_article(tmp_path: Path) -> None:
    """A page `quotes review` wrote into a folder of articles repeats their quotes: read
    as an article, it counted every quote and speaker a second time on the next run."""
    from quotes.review import ReviewWriter

    article = tmp_path / "pier.html"
    article.write_text("<html><body><article><p>" + '"We stay," Ann Lee said.' * 5
                       + "</p></article></body></html>", "utf-8")
    quote = Quote("direct", "We stay,", 1, 9, speaker="Ann Lee", method="dep:subject")
    with ReviewWriter(tmp_path / "review.html", title="Harbour") as page:
        page.add(Document("pier.html", '"We stay," Ann Lee said.'), [quote])
    docs, errors, warnings = read(tmp_path)
    assert ids(docs) == ["pier.html"]
    assert errors == []
    assert warnings == [ReadError(str(tmp_path / "review.html"), "skipped: a page `quotes "
                                  "review` wrote, not an article (its quotes are those of its "
                                  "documents)")]


_PAGE = ('<html><head>{meta}<title>Pier</title></head><body><article><p>{text}</p>'
         '</article></body></html>')
_AS_CP1252 = "not valid UTF-8; decoded as cp1252"
_MIXED = "not valid UTF-8; decoded as UTF-8, its stray bytes as cp1252"
_STAY = "\"Мы остаёмся,\" сказала Анна."


@pytest.mark.parametrize(
    ("meta", "data", "text", "warned"),
    [('<meta charset="utf-8">', '"We stay," José Lee said at the caf'.encode() + b"\xe9.",
      '"We stay," José Lee said at the café.', _MIXED),
     ("", b'"We stay," Ann Lee said at the caf\xe9.', '"We stay," Ann Lee said at the café.',
      _AS_CP1252),
     ('<meta charset="iso-8859-1">', b'\x93We stay,\x94 Ann Lee said at the caf\xe9.',
      "“We stay,” Ann Lee said at the café.", None),
     ('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">',
      _STAY.encode("cp1251"), _STAY, None)],
    ids=["utf-8 page with a stray byte", "no charset", "declared latin-1", "declared cp1251"],
)
def test_an_html_page_not_in_utf8_is_decoded_as_declared_else_as_text_with_a_warning(
    tmp_path: Path, meta: str, data: bytes, text: str, warned: str | None
) -> None:
    """A page whose bytes are not UTF-8 was decoded by trafilatura's guess, the page's
    own charset unread and no word said: a UTF-8 page with one Latin-1 byte read as
    ISO-8859-10 (`JosÃĐ`, `café` lost). A page that declares another charset is read in
    it (a Latin-1 label as cp1252, as browsers read it), one that declares UTF-8 as UTF-8
    with its stray bytes as cp1252; any other is read as a text file is, with its warning."""
    path = tmp_path / "pier.html"
    head, tail = _PAGE.format(meta=meta, text="\x00").encode().split(b"\x00")
    path.write_bytes(head + data + tail)
    docs, errors, warnings = read(path)
    assert ([doc.text for doc in docs], errors) == ([text], [])
    assert warnings == ([ReadError(str(path), warned)] if warned else [])


def test_html_without_trafilatura_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    docs, errors, _ = read(INPUTS / "harbour-pier.html", INPUTS / "harbour-pier.txt")
    assert len(docs) == 1
    assert errors == [
        ReadError(
            str(INPUTS / "harbour-pier.html"),
            "HTML input needs trafilatura: pip install trafilatura lxml_html_clean",
        )
    ]


# --- gzip ---------------------------------------------------------------------------------


def test_gzipped_inputs_are_read_transparently(tmp_path: Path) -> None:
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(b"Plain\r\ntext."))
    (tmp_path / "b.jsonl.gz").write_bytes(gzip.compress(b'{"id": "g", "text": "zipped"}\n'))
    (tmp_path / "c.txt.gz").write_bytes(b"not gzip at all")
    docs, errors, _ = read(tmp_path)
    assert docs == [Document("a.txt.gz", "Plain\r\ntext."), Document("g", "zipped")]
    assert [error.source for error in errors] == [str(tmp_path / "c.txt.gz")]
    assert errors[0].reason.startswith("cannot read:")


@pytest.mark.parametrize("name", ["news.jsonl.gz", "story.txt.gz", "table.csv.gz", "news.gz"])
def test_an_empty_gzip_file_is_named_as_cut_short(tmp_path: Path, name: str) -> None:
    # 0 bytes hold no gzip data (a compressed empty text takes 20): its writing failed, as
    # `gzip -t` says; it was read as no records, or one empty text, without a word
    (tmp_path / name).write_bytes(b"")
    (tmp_path / "b.txt.gz").write_bytes(gzip.compress(b""))  # an empty text, compressed
    docs, errors, _ = read(tmp_path)
    assert docs == [Document("b.txt.gz", "")]
    assert [(e.source, e.reason) for e in errors] == [(str(tmp_path / name), (
        "cannot read: empty file (0 bytes), no gzip data: was its writing cut short?"))]


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        # JSONL under a name that says only gzip: one plain text whose JSON went to the
        # engine, its `"` marks paired as quotes; read as `zcat news.gz | quotes extract -`
        ("news.gz", b'{"id": "n1", "text": "One."}\n{"id": "n2", "text": "Two."}\n',
         [Document("n1", "One."), Document("n2", "Two.")]),
        ("NEWS.GZ", b'\n{"id": "n1", "text": "One."}\n', [Document("n1", "One.")]),
        ("news.gz", b'[{"id": "n1", "text": "One."}]', [Document("n1", "One.")]),
        # a text that opens with a brace but no JSON object on its first line stays text
        ("memo.gz", b'{Draft} The pier is shut.\n', [Document("memo.gz",
                                                             "{Draft} The pier is shut.\n")]),
        # the name says text: read as the name says
        ("memo.txt.gz", b'{"id": "n1", "text": "One."}\n',
         [Document("memo.txt.gz", '{"id": "n1", "text": "One."}\n')]),
    ],
    ids=["jsonl", "upper-case name, blank first line", "array", "text opening with a brace",
         "named text"],
)
def test_a_gzip_file_whose_name_says_no_format_is_read_by_its_content(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, data: bytes,
    expected: list[Document],
) -> None:
    monkeypatch.chdir(tmp_path)
    Path(name).write_bytes(gzip.compress(data))
    docs, errors, warnings = read(name)
    assert (docs, errors, warnings) == (expected, [], [])


# --- bad inputs ---------------------------------------------------------------------------


def test_bad_inputs_set() -> None:
    names = ["empty.txt", "image.png", "malformed.jsonl", "not-utf8.txt", "whitespace.txt"]
    docs, errors, warnings = read(*(BAD / name for name in names))
    assert docs == [
        Document(str(BAD / "empty.txt"), ""),
        Document("ok-1", '"It is finished," the builder said.'),
        Document("ok-2", "The last line is fine."),
        Document(
            str(BAD / "not-utf8.txt"),
            "The mayor said: “We will not back down.” The café stayed open.\n",
        ),
        Document(str(BAD / "whitespace.txt"), "   \n\t\n  \n"),
    ]
    assert errors[0] == ReadError(str(BAD / "image.png"), "skipped: binary file (PNG image)")
    assert [error.source for error in errors[1:]] == [
        f"{BAD / 'malformed.jsonl'}:{n}" for n in (2, 3, 4, 5)
    ]
    assert warnings == [ReadError(str(BAD / "not-utf8.txt"), "not valid UTF-8; decoded as cp1252")]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"%PDF-1.7\n...", "skipped: PDF file; extract its text first, e.g. with pdftotext"),
        (b"hdr\x01\x00\x00\x00\x02\x00\x00\x00data", "skipped: binary file (NUL bytes)"),
        ("Café au lait, 3 €".encode("utf-16-le"),
         "skipped: UTF-16 text without a byte-order mark; convert the file to UTF-8 (or to "
         "UTF-16 with its byte-order mark)"),
        ("A bad pair: ".encode("utf-16") + b"\x00\xd8A\x00",
         "cannot read: not valid UTF-16 text after its byte-order mark (illegal UTF-16 "
         "surrogate); convert the file to UTF-8"),
        ("An odd byte".encode("utf-16") + b"!",
         "cannot read: not valid UTF-16 text after its byte-order mark (truncated data); "
         "convert the file to UTF-8"),
        ("Too big: ".encode("utf-32") + b"\x00\x00\x11\x00",
         "cannot read: not valid UTF-32 text after its byte-order mark (code point not in "
         "range(0x110000)); convert the file to UTF-8"),
    ],
    ids=["pdf", "nul", "utf-16 without bom", "bad surrogate", "odd length", "utf-32 range"],
)
def test_binary_files_are_skipped_with_a_reason(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "file.txt"
    path.write_bytes(data)
    assert read(path)[1:] == ([ReadError(str(path), reason)], [])


_STORY = ('"The ferry will sail on Monday," Ana Ruiz said. The harbour board met on Friday '
          'and agreed to reopen the pier once the storm had passed.\n')


@pytest.mark.parametrize(
    ("name", "data", "texts", "errors"),
    [
        # a crash filled the file up with NULs after its text
        ("story.txt", _STORY.encode() + b"\x00" * 4096, [_STORY + "\x00" * 4096], []),
        # a C string's terminator kept in a field: the other records are read, that line fails
        ("wire.jsonl",
         (json.dumps({"id": "a", "text": _STORY}) + "\n"
          + '{"id": "b", "text": "Ana Ruiz said.\x00"}\n'
          + json.dumps({"id": "c", "text": _STORY}) + "\n").encode(),
         [_STORY, _STORY], [2]),
        ("wire.csv", ('id,text\na,"' + _STORY.replace('"', '""') + '"\nb,Ana Ruiz said.\x00\n'
                      ).encode(), [_STORY, "Ana Ruiz said.\x00"], []),
        # a short text with a few NULs, denser than one in a hundred bytes, every row kept
        ("short.csv", b'id,text\na,"Ana Ruiz said the pier opens.\x00"\nb,"Bo Lee said '
         b'no.\x00"\nc,"Ada Lind agreed."\n',
         ["Ana Ruiz said the pier opens.\x00", "Bo Lee said no.\x00", "Ada Lind agreed."], []),
        ("note.txt", b"text\x00with a NUL", ["text\x00with a NUL"], []),
    ],
    ids=["nul padding", "nul in a jsonl record", "nul in a csv field", "short csv",
         "short text"],
)
def test_text_with_a_few_nul_bytes_is_read_as_text(
    tmp_path: Path, name: str, data: bytes, texts: list[str], errors: list[int]
) -> None:
    """Rule stray-nul-text: a text file with a few NUL bytes (a crash's padding, a C
    string's terminator) was skipped whole as a binary file, every record of a corpus
    lost; a binary file's NULs are far denser (tests above)."""
    path = tmp_path / name
    path.write_bytes(data)
    docs, found, _ = read(path)
    assert [doc.text for doc in docs] == texts
    assert [error.source for error in found] == [f"{path}:{line}" for line in errors]


TEXT = '"Café \U0001f600 open," Ada Lind said.\r\n'


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-32-be"])
@pytest.mark.parametrize("kind", ["txt", "txt.gz", "jsonl", "json", "csv", "html"])
def test_utf16_and_utf32_with_a_byte_order_mark_are_read_as_text(
    tmp_path: Path, encoding: str, kind: str
) -> None:
    """Text saved as UTF-16 or UTF-32 (Windows Notepad's \"Unicode\", Excel's \"Unicode
    text\") reads as the same text in every format, its byte-order mark dropped."""
    content = {"txt": TEXT, "txt.gz": TEXT, "json": json.dumps({"id": "a", "text": TEXT}),
               "jsonl": json.dumps({"id": "a", "text": TEXT}) + "\n",
               "csv": 'id,text\r\na,"' + TEXT.replace('"', '""') + '"\r\n',
               "html": f"<html><body><article><p>{TEXT}</p></article></body></html>"}[kind]
    data = content.encode(encoding)
    if encoding.endswith("-be"):  # the codec of one byte order writes no mark
        data = {"utf-16-be": b"\xfe\xff", "utf-32-be": b"\x00\x00\xfe\xff"}[encoding] + data
    path = tmp_path / f"wide.{kind}"
    path.write_bytes(gzip.compress(data) if kind.endswith(".gz") else data)
    docs, errors, warnings = read(path)
    assert (errors, warnings) == ([], [])
    expected = TEXT.strip() if kind == "html" else TEXT
    assert [doc.text for doc in docs] == [expected]


def test_a_real_stdin_with_an_endless_first_line_is_bounded() -> None:
    """A pipe (a buffered stream, which refuses a negative read length) whose first line
    passes the bound is refused at the bound, not read whole nor a ValueError."""
    program = ("import quotes.input_bytes as b; b.MAX_READ_BYTES = 1 << 20\n"
               "from quotes.readers import iter_documents\n"
               "print(list(iter_documents(['-'], on_error=print)))")
    done = subprocess.run([sys.executable, "-c", program], input=b"word " * 300_000,
                          capture_output=True, check=True, cwd=FIXTURES.parent)
    assert done.stdout.decode() == ("ReadError(source='<stdin>', reason='skipped: over 1 MiB "
                                    "to read whole (decompressed); split it, or give it as "
                                    "JSONL')\n[]\n")


def test_utf16_on_stdin_is_read_as_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(TEXT.encode("utf-16"))))
    assert read("-") == ([Document(STDIN_ID, TEXT)], [], [])


_UTF8_STORY = "“We won,” José Núñez said — the café stayed open."


@pytest.mark.parametrize(
    ("name", "data", "text", "warned"),
    [("story.txt", _UTF8_STORY.encode() + b" Caf\xe9 au lait.",
      _UTF8_STORY + " Café au lait.", _MIXED),
     ("story.json", b'{"text": "' + _UTF8_STORY.encode() + b' \x93Bien\x94"}',
      _UTF8_STORY + " “Bien”", _MIXED),
     ("story.csv", b'id,text\nx,"' + _UTF8_STORY.replace('"', '""').encode() + b' caf\xe9"\n',
      _UTF8_STORY + " café", _MIXED),
     # real cp1252, one byte pair of which is valid UTF-8 by chance (`É”`): stays cp1252
     ("old.txt", b"\x93CAF\xc9\x94 is shut,\x94 said the caf\xe9 owner.",
      "“CAFÉ” is shut,” said the café owner.", "not valid UTF-8; decoded as cp1252"),
     ("old.csv", b'id,text\nx,"\x93CAF\xc9\x94 shut,\x94 she said in the caf\xe9"\n',
      "“CAFÉ” shut,” she said in the café", "not valid UTF-8; decoded as cp1252")],
    ids=["text", "json", "csv", "cp1252 text", "cp1252 csv"],
)
def test_utf8_with_a_few_stray_bytes_reads_them_alone_as_cp1252(
    tmp_path: Path, name: str, data: bytes, text: str, warned: str
) -> None:
    """A UTF-8 file with a stray Latin-1 or cp1252 byte (`caf\\xe9` pasted in) was decoded
    whole as cp1252, so its UTF-8 became mojibake (`â€œWe won,â€\x9d JosÃ©`). When its
    whole UTF-8 sequences outnumber the bytes that are not, it is UTF-8 with only those
    bytes read as cp1252 (rule stray-bytes-as-cp1252); a cp1252 file stays cp1252."""
    path = tmp_path / name
    path.write_bytes(data)
    docs, errors, warnings = read(path)
    assert ([doc.text for doc in docs], errors) == ([text], [])
    assert warnings == [ReadError(str(path), warned)]


def test_bytes_cp1252_cannot_decode_fall_back_to_latin1(tmp_path: Path) -> None:
    path = tmp_path / "odd.txt"
    path.write_bytes(b"A\x81B \xe9")
    docs, _, warnings = read(path)
    assert docs == [Document(str(path), "A\x81B é")]
    assert warnings == [ReadError(str(path), "not valid UTF-8; decoded as latin-1")]


def test_utf8_bom_is_not_part_of_the_text(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfHello")
    assert read(path) == ([Document(str(path), "Hello")], [], [])


@pytest.mark.parametrize("kind", ["txt", "jsonl", "csv"])
def test_a_3mb_document_is_read_whole(tmp_path: Path, kind: str) -> None:
    paragraph = '"We will not stop," said the spokeswoman, Ada Brenner.\r\n\r\n'
    text = paragraph * (3_000_000 // len(paragraph) + 1)
    path = tmp_path / f"big.{kind}"
    if kind == "txt":
        path.write_bytes(text.encode())
    elif kind == "jsonl":
        path.write_text(json.dumps({"id": "big", "text": text}) + "\n", encoding="utf-8")
    else:
        path.write_bytes(b'id,text\r\nbig,"' + text.replace('"', '""').encode() + b'"\r\n')
    docs, errors, _ = read(path)
    assert len(docs) == 1 and docs[0].text == text and len(text) > 3_000_000
    assert errors == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads anything")
def test_permission_denied_is_an_error_not_a_crash(tmp_path: Path) -> None:
    (tmp_path / "locked.txt").write_text("secret", encoding="utf-8")
    (tmp_path / "locked.txt").chmod(0)
    (tmp_path / "open.txt").write_text("public", encoding="utf-8")
    docs, errors, _ = read(tmp_path)
    assert ids(docs) == ["open.txt"]
    assert errors == [ReadError(str(tmp_path / "locked.txt"), "cannot read: Permission denied")]


@pytest.mark.parametrize(
    "files, expected",
    [
        ({"a.txt": "One.", "b.html": "<p>Two.</p>"}, 2),
        ({"a.txt": "One.", "docs.jsonl": '{"id": 1, "text": "x"}\n\n{"id": 2, "text": "y"}\n'}, 3),
        ({"a.txt": "One.", "rows.csv": "id,text\n1,x\n"}, None),
        ({"a.txt": "One.", "docs.jsonl.gz": None}, None),
    ],
    ids=["one per file", "one per jsonl line", "csv rows need a parse", "compressed"],
)
def test_count_documents_when_cheap(
    tmp_path: Path, files: dict[str, str | None], expected: int | None
) -> None:
    for name, text in files.items():
        path = tmp_path / name
        if text is None:
            path.write_bytes(gzip.compress(b'{"id": 1, "text": "x"}\n'))
        else:
            path.write_text(text, encoding="utf-8")
    assert count_documents([str(tmp_path)]) == expected


def test_count_documents_of_stdin_is_unknown() -> None:
    assert count_documents(["-"]) is None


@pytest.mark.parametrize(
    ("data", "ids"),
    [(b'"We open on Monday," said Ada Lind.\n', ["{fifo}"]),
     (b'{"id": "w1", "text": "Bo Lee said the pier was shut."}\n', ["w1"])],
    ids=["one text", "JSONL"],
)
def test_a_fifo_with_no_writer_yet_says_it_waits_then_reads_the_late_writer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data: bytes, ids: list[str]
) -> None:
    """`mkfifo p; quotes extract p` with nothing writing to `p` hung for ever, saying
    nothing: opening a FIFO waits for a writer. After a short wait the run says so, once,
    and goes on waiting; a writer that comes late is read as any other."""
    import threading
    import time

    from quotes import input_bytes

    monkeypatch.setattr(input_bytes, "FIFO_NOTICE_SECONDS", 0.2)
    fifo = tmp_path / "late.fifo"
    os.mkfifo(fifo)

    def late_writer() -> None:
        time.sleep(1.0)
        with open(fifo, "wb") as pipe:
            pipe.write(data)

    threading.Thread(target=late_writer, daemon=True).start()
    errors: list[ReadError] = []
    warnings: list[ReadError] = []
    docs = list(iter_documents([str(fifo)], on_error=errors.append,
                               on_warning=warnings.append))
    assert [doc.id for doc in docs] == [i.format(fifo=fifo) for i in ids] and errors == []
    assert warnings == [ReadError(str(fifo), "a FIFO with nothing writing to it yet; waiting "
                                             "for a writer (start the command that feeds it, "
                                             "or Ctrl-C to stop)")]


@pytest.mark.skipif(sys.platform in ("darwin", "win32"), reason="names must be UTF-8 there")
@pytest.mark.parametrize("named", ["folder", "file", "glob"])
def test_a_file_name_that_is_not_utf8_is_read_under_an_escaped_id(
    tmp_path: Path, named: str
) -> None:
    """An old archive's Latin-1 name (`caf\\xe9.txt`) reached the run as a lone surrogate,
    and the document was refused (`id is not valid Unicode`), its text never read."""
    from typer.testing import CliRunner

    from quotes.cli import app

    news = tmp_path / "news"
    news.mkdir()
    (news / os.fsdecode(b"caf\xe9.txt")).write_text('"We open at six," Ana Ruiz said.\n',
                                                   encoding="utf-8")
    given = {"folder": news, "file": news / os.fsdecode(b"caf\xe9.txt"),
             "glob": news / "caf*.txt"}[named]
    result = CliRunner().invoke(app, ["extract", str(given), "-f", "jsonl", "--workers", "1",
                                      "-q"])
    assert result.exit_code == 0, result.output
    [row] = [json.loads(line) for line in result.stdout.splitlines()]
    escaped = "caf\\xe9.txt" if named == "folder" else f"{news}/caf\\xe9.txt"
    assert (row["doc_id"], row["quote"], row["speaker"]) == (escaped, "We open at six,",
                                                             "Ana Ruiz")
