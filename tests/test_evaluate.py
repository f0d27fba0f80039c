"""The scorer on hand-made cases whose right numbers are worked out in the comments."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from quotes.cli import app
from quotes.gold import GoldDoc, load_gold
from quotes.predictions import PredictionError, load_predictions
from quotes.records import COLUMNS, Quote
from quotes.scoring import OVERALL, error_examples, match_quotes, normalise_span, score
from quotes.speaker_match import names_match, speaker_matches, strict_name_matches

# One document, three gold quotes; offsets are found with str.index below.
TEXT = 'Jones said, "We will build it." Ann Lee said that the bridge would open soon. "It is done," Lee added.'  # noqa: E501


def span(fragment: str, text: str = TEXT) -> tuple[int, int]:
    """Offsets of the first occurrence of ``fragment`` in ``text``."""
    start = text.index(fragment)
    return start, start + len(fragment)


def gold_quote(
    fragment: str,
    type_: str = "direct",
    speaker: str | None = None,
    text: str = TEXT,
    **extra: Any,
) -> dict[str, Any]:
    """A quote-gold entry for ``fragment``; the speaker span is its first occurrence."""
    start, end = span(fragment, text)
    speaker_start, speaker_end = span(speaker, text) if speaker else (None, None)
    return {
        "start": start,
        "end": end,
        "text": fragment,
        "type": type_,
        "speaker": speaker,
        "speaker_start": speaker_start,
        "speaker_end": speaker_end,
        "speaker_name": None,
        "speaker_aliases": [],
        **extra,
    }


def pred(fragment: str, type_: str = "direct", speaker: str | None = None) -> Quote:
    """A predicted quote for ``fragment`` in :data:`TEXT`, speaker given by name only."""
    start, end = span(fragment)
    return Quote(type=type_, text=fragment, start=start, end=end, speaker=speaker)


GOLD = {
    "d1": GoldDoc(
        "d1",
        TEXT,
        [
            gold_quote("We will build it.", speaker="Jones"),  # g0
            gold_quote("the bridge would open soon", "indirect", speaker="Ann Lee"),  # g1
            gold_quote("It is done,", speaker="Lee"),  # g2
        ],
    )
}
PREDS = {
    "d1": [
        pred('"We will build it."', speaker="Jones"),  # p0: exact after trimming, right speaker
        pred("the bridge would open", speaker="Jones"),  # p1: partial to g1, wrong type+speaker
        pred("It is", speaker="Ann Lee"),  # p2: partial to g2, surname match
        pred("Ann Lee said", "indirect"),  # p3: overlaps no gold quote
    ]
}


@pytest.mark.parametrize(
    "text, expected",
    [
        ('"We will build it."', "We will build it"),
        (" “Yes!” ", "Yes"),
        ("'firewall',", "firewall"),
        ("«Non», ", "Non"),
        ('"..."', ""),
    ],
)
def test_normalise_span_trims_marks_spaces_and_edge_punctuation(text: str, expected: str) -> None:
    start, end = normalise_span(text, 0, len(text))
    assert text[start:end] == expected


def test_normalise_span_clips_to_the_text() -> None:
    assert normalise_span("abc", -3, 10) == (0, 3)


def test_exact_and_partial_matching() -> None:
    gold = [gold_quote("We will build it.")]
    # With marks and period, the prediction trims to the same span as gold: exact.
    assert match_quotes(TEXT, gold, [pred('"We will build it."')]).exact == [(0, 0)]
    # A shorter span overlaps the whole of itself: partial only.
    shorter = match_quotes(TEXT, gold, [pred("We will build")])
    assert (shorter.exact, shorter.partial) == ([], [(0, 0)])


def test_matching_is_one_to_one() -> None:
    # Gold "We will build it" (trimmed, 16 chars); p0 "We will build" overlaps 13 chars,
    # p1 "build it" overlaps 8; both qualify, the larger overlap takes gold, p1 is left
    # over: partial P = 1/2, R = 1/1.
    gold = [gold_quote("We will build it.")]
    preds = [pred("We will build"), pred("build it")]
    assert match_quotes(TEXT, gold, preds).partial == [(0, 0)]
    counts = score({"d": GoldDoc("d", TEXT, gold)}, {"d": preds}).rows[OVERALL]
    assert (counts.pred, counts.gold, counts.partial) == (2, 1, 1)
    assert counts.prf(counts.partial)[:2] == (0.5, 1.0)


def test_ties_go_to_the_earlier_prediction() -> None:
    # Gold [0, 10); A = [0, 6) and B = [4, 10) overlap it by 6 each: A starts first, so
    # A is matched even though B is listed first.
    text = "abcdefghijklmnop"
    gold = [{"start": 0, "end": 10, "type": "direct"}]
    b = Quote(type="direct", text=text[4:10], start=4, end=10)
    a = Quote(type="direct", text=text[0:6], start=0, end=6)
    assert match_quotes(text, gold, [b, a]).partial == [(0, 1)]


@pytest.mark.parametrize(
    "pred_span, matched",
    [
        # gold [0, 10) has 10 chars, the prediction 20: the shorter is gold, half is 5.
        ((5, 25), True),  # overlap [5, 10) = 5 chars = half: matched
        ((6, 26), False),  # overlap [6, 10) = 4 chars < half: not matched
        ((10, 30), False),  # touching, no overlap
    ],
)
def test_half_overlap_threshold(pred_span: tuple[int, int], matched: bool) -> None:
    text = "abcdefghijklmnopqrstuvwxyz0123456789"
    gold = [{"start": 0, "end": 10, "type": "direct"}]
    prediction = Quote(type="direct", text="", start=pred_span[0], end=pred_span[1])
    assert bool(match_quotes(text, gold, [prediction]).partial) is matched


@pytest.mark.parametrize(
    "a, b, expected",
    [
        ("jones", "Jones", True),  # case
        ("Senator Jane Doe", "Doe", True),  # title, surname
        ("Mr. Doe", "Jane Doe", True),  # title with a dot, surname
        ("the minister", "Minister", True),  # nothing but titles: the last word stays
        ("The Daily Courier", "the Courier", True),  # shortened form
        ("John Doe", "Jane Doe", False),  # same surname, another person
        ("Doe", "Jane Roe", False),
        ("he", "He", True),  # pronoun vs pronoun
        ("she", "he", False),
        # bracketed-affiliation: a party and state in brackets is no part of the name
        ("Sen. Ada Quill (D-Ore.)", "Ada Quill", True),
        ("Rep. Bo Lind (R-Utah)", "Lind", True),
        ("Tom Hale (Labour)", "Tom Hale", True),
        ("Sen. Ada Quill (D-Ore.)", "Bo Quill", False),
        ("(AP)", "AP", True),  # nothing outside the brackets: the bracket's words stay
    ],
)
def test_names_match(a: str, b: str, expected: bool) -> None:
    assert names_match(a, b) is expected
    assert names_match(b, a) is expected


@pytest.mark.parametrize(
    "gold_mention, predicted, expected",
    [
        # appositive-description: the gold mention runs on past the name with an age, a
        # role or a relative clause set off by a comma; the name before it is compared
        ("Ada Quill, 52, a ferry pilot from Hull", "Ada Quill", True),
        ("Bo Lind, a spokesman for the dockers' union,", "Lind", True),
        ("Lind, whose union runs the ferries", "Bo Lind", True),
        ("a retired pilot named Ada Quill, who flew for 30 years", "Ada Quill", True),
        ("Bo Lind, a spokesman for Ada Quill", "Ada Quill", False),  # the name is Lind
        ("one veteran pilot, harbour master Bo Lind,", "Bo Lind", True),  # name after it
        ("Ada Quill, and Bo Lind", "Ada Quill", False),  # a second name, no description
        ("More than 1,400 pilots", "More than 1", False),  # a figure's comma
        ("Lind's niece, state Sen. Ann Lee (D-Bray),", "Ann Lee", True),  # name after it
    ],
)
def test_gold_description_after_name(gold_mention: str, predicted: str, expected: bool) -> None:
    prediction = Quote("direct", "", 0, 1, speaker=predicted, speaker_mention="she")
    assert speaker_matches(prediction, {"speaker": gold_mention}) is expected


SPEAKER_TEXT = "Later the engineer Ann Lee told us more."


@pytest.mark.parametrize(
    "prediction, gold, expected",
    [
        # Name vs gold mention, ignoring case.
        (Quote("direct", "", 0, 1, speaker="ANN LEE"), {"speaker": "Ann Lee"}, True),
        # Resolved name vs the gold full name when the mention is a pronoun.
        (
            Quote("direct", "", 0, 1, speaker="Ann Lee", speaker_mention="she"),
            {"speaker": "He", "speaker_name": "Dr. Ann Lee"},
            True,
        ),
        # Pronoun mention vs gold pronoun mention (no gold name, as in PolNeAR).
        (
            Quote("direct", "", 0, 1, speaker="Tom Ray", speaker_mention="he"),
            {"speaker": "He"},
            True,
        ),
        (Quote("direct", "", 0, 1, speaker_mention="she"), {"speaker": "he"}, False),
        # One of the aliases.
        (
            Quote("direct", "", 0, 1, speaker="the Bureau"),
            {"speaker": "it", "speaker_aliases": ["Federal Bureau", "the Bureau"]},
            True,
        ),
        # Different names, but the speaker spans overlap: "the engineer Ann Lee" [6, 26)
        # and "Ann Lee" [19, 26).
        (
            Quote(
                "direct", "", 0, 1, speaker_mention="the engineer", speaker_start=6, speaker_end=26
            ),
            {"speaker": "Lee", "speaker_start": 19, "speaker_end": 26},
            True,
        ),
        # Spans that do not overlap, names that differ.
        (
            Quote(
                "direct", "", 0, 1, speaker_mention="the engineer", speaker_start=6, speaker_end=18
            ),
            {"speaker": "Ann Lee", "speaker_start": 19, "speaker_end": 26},
            False,
        ),
        # Aliases given as null (a converter that knows none): the mention still matches.
        (
            Quote("direct", "", 0, 1, speaker="Ann Lee"),
            {"speaker": "Ann Lee", "speaker_aliases": None},
            True,
        ),
        # Gold has no speaker: right only when none is claimed.
        (Quote("direct", "", 0, 1), {"speaker": None}, True),
        (Quote("direct", "", 0, 1, speaker="Ann Lee"), {"speaker": None}, False),
        # Gold has a speaker, the prediction none.
        (Quote("direct", "", 0, 1), {"speaker": "Ann Lee"}, False),
    ],
)
def test_speaker_matches(prediction: Quote, gold: dict[str, Any], expected: bool) -> None:
    assert speaker_matches(prediction, gold) is expected


@pytest.mark.parametrize(
    "speaker, mention, gold_name, expected",
    [
        # The full name, whatever titles or roles stand with it.
        ("Raj Patel", "Patel", "Raj Patel", True),
        ("Dr. Raj Patel", "Patel", "Raj Patel", True),
        ("Raj Patel", "he", "Mr. Raj Patel", True),
        # Hyphens, accents and particles as the text spells them.
        ("Jean-Pierre Dubois", "he", "Jean-Pierre Dubois", True),
        ("Luis García-Márquez", "García-Márquez", "Luis García-Márquez", True),
        ("Maria van der Berg", "she", "Maria van der Berg", True),
        # Cut, re-joined or mangled names are wrong.
        ("Pierre Dubois", "Dubois", "Jean-Pierre Dubois", False),
        ("Jean - Pierre Dubois", "he", "Jean-Pierre Dubois", False),
        ("Berg", "Berg", "Maria van der Berg", False),
        # A surname alone, a pronoun or a role alone is wrong, though the lenient rule
        # accepts the surname.
        ("Patel", "Patel", "Raj Patel", False),
        (None, "he", "Raj Patel", False),
        ("Opposition whip", "Opposition whip", "Raj Patel", False),
        # An organisation is named by all its words, articles aside.
        ("audit office", "the audit office", "the Audit Office", True),
        ("office", "the office", "the Audit Office", False),
    ],
)
def test_strict_name_rule(
    speaker: str | None, mention: str, gold_name: str, expected: bool
) -> None:
    prediction = Quote("direct", "", 0, 1, speaker=speaker, speaker_mention=mention)
    gold = {"speaker": mention, "speaker_name": gold_name, "speaker_aliases": []}
    assert strict_name_matches(prediction, gold) is expected


@pytest.mark.parametrize(
    "prediction, gold, expected",
    [
        # An unnamed source is judged as by the lenient rule: the description matches.
        (
            Quote("indirect", "", 0, 1, speaker="a police spokesman"),
            {"speaker": "a police spokesman", "speaker_name": "a police spokesman"},
            True,
        ),
        (
            Quote("indirect", "", 0, 1, speaker="the mayor"),
            {"speaker": "a police spokesman", "speaker_name": None},
            False,
        ),
        # A description holding a place name is still a description.
        (
            Quote("indirect", "", 0, 1, speaker="A resident"),
            {"speaker": "A resident", "speaker_name": "A resident of Harbour Row"},
            True,
        ),
        (
            Quote("indirect", "", 0, 1, speaker="officials"),
            {"speaker": "Two officials", "speaker_name": "Two officials"},
            True,
        ),
        # No source in the text: right when none is claimed.
        (Quote("indirect", "", 0, 1), {"speaker": None, "speaker_name": None}, True),
    ],
)
def test_strict_rule_leaves_unnamed_sources_as_they_were(
    prediction: Quote, gold: dict[str, Any], expected: bool
) -> None:
    assert strict_name_matches(prediction, gold) is expected


def test_score_per_type_and_overall() -> None:
    rows = score(GOLD, PREDS).rows
    assert list(rows) == ["direct", "indirect", "mixed", OVERALL]
    # Overall, type-blind: p0-g0 exact; p1-g1, p2-g2 partial ("It is" is the shorter,
    # wholly inside "It is done"); p3 spurious. Speakers right for p0 and p2 ("Ann Lee"
    # vs "Lee", surname), wrong for p1 ("Jones" vs "Ann Lee").
    overall = rows[OVERALL]
    assert (overall.gold, overall.pred) == (3, 4)
    assert (overall.exact, overall.partial, overall.attributed) == (1, 3, 2)
    assert overall.prf(overall.exact)[:2] == pytest.approx((1 / 4, 1 / 3))
    assert overall.prf(overall.partial) == pytest.approx((3 / 4, 1.0, 6 / 7))
    assert overall.prf(overall.attributed)[:2] == pytest.approx((2 / 4, 2 / 3))
    assert overall.speaker_accuracy == pytest.approx(2 / 3)
    # Direct only: gold g0, g2; predictions p0, p1, p2 (p1 is typed direct, and no direct
    # gold is left for it, so it is spurious here). P = 2/3, R = 2/2.
    direct = rows["direct"]
    assert (direct.gold, direct.pred, direct.exact, direct.partial, direct.attributed) == (
        2,
        3,
        1,
        2,
        2,
    )
    assert direct.speaker_accuracy == 1.0
    # Indirect only: gold g1, prediction p3; they do not overlap.
    indirect = rows["indirect"]
    assert (indirect.gold, indirect.pred, indirect.partial) == (1, 1, 0)
    assert rows["mixed"].to_dict()["partial"] == {"tp": 0, "p": 0.0, "r": 0.0, "f1": 0.0}


def test_types_restrict_gold_and_predictions() -> None:
    rows = score(GOLD, PREDS, types=["direct"]).rows
    assert list(rows) == ["direct", OVERALL]
    # Overall now sees the direct row's quotes only: g0, g2 against p0, p1, p2.
    overall = rows[OVERALL]
    assert (overall.gold, overall.pred, overall.partial, overall.attributed) == (2, 3, 2, 2)


def test_unknown_and_missing_documents() -> None:
    # Predictions for an unknown doc are ignored; a gold doc without predictions is
    # entirely missed.
    overall = score(GOLD, {"elsewhere": PREDS["d1"]}).rows[OVERALL]
    assert (overall.gold, overall.pred, overall.partial) == (3, 0, 0)


def test_error_examples() -> None:
    examples = error_examples(GOLD, PREDS, limit=5)
    assert [(e.kind, e.doc_id) for e in examples] == [
        ("spurious", "d1"),
        ("misattributed", "d1"),
    ]
    spurious, misattributed = examples
    assert "[Ann Lee said]" in spurious.context
    assert (misattributed.pred_speaker, misattributed.gold_speaker) == ("Jones", "Ann Lee")
    # Without predictions every gold quote is missed; the limit applies per kind.
    missed = error_examples(GOLD, {}, limit=2)
    assert [e.kind for e in missed] == ["missed", "missed"]
    assert len(missed[0].context) <= 90


def write_gold(path: Path) -> None:
    """The test document as a quote-gold JSONL file."""
    doc = GOLD["d1"]
    path.write_text(json.dumps({"id": "d1", "text": doc.text, "quotes": doc.quotes}) + "\n")


def write_csv(path: Path, docs: dict[str, list[Quote]]) -> None:
    """Predictions as the export CSV (the COLUMNS contract)."""
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        for doc_id, quotes in docs.items():
            for number, quote in enumerate(quotes):
                writer.writerow(quote.to_row(doc_id, number))


def test_load_gold(tmp_path: Path) -> None:
    write_gold(tmp_path / "gold.jsonl")
    docs = load_gold(tmp_path / "gold.jsonl")
    assert list(docs) == ["d1"]
    assert docs["d1"].quotes[2]["text"] == "It is done,"


def test_load_predictions_csv(tmp_path: Path) -> None:
    path = tmp_path / "pred.csv"
    cue_start, cue_end = span("added")
    with_cue = Quote(
        "direct",
        "It is done,",
        *span("It is done,"),
        speaker="Ann Lee",
        speaker_mention="Lee",
        speaker_start=TEXT.index("Lee a"),
        speaker_end=TEXT.index("Lee a") + 3,
        cue="added",
        cue_start=cue_start,
        cue_end=cue_end,
        method="test",
        confidence=0.5,
    )
    write_csv(path, {"d1": [*PREDS["d1"], with_cue], "d2": [PREDS["d1"][0]]})
    loaded = load_predictions(path)
    assert loaded["d1"][:4] == PREDS["d1"]  # empty cells came back as None
    assert loaded["d1"][4] == with_cue
    assert loaded["d2"] == [PREDS["d1"][0]]


def test_load_predictions_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "pred.jsonl"
    quote = gold_quote("It is done,", speaker="Lee", speaker_name="Ann Lee")
    path.write_text(json.dumps({"id": "d1", "quotes": [quote]}) + "\n\n")
    [loaded] = load_predictions(path)["d1"]
    # Gold shape: "speaker" is the mention, "speaker_name" the resolved name.
    assert (loaded.speaker, loaded.speaker_mention) == ("Ann Lee", "Lee")
    assert (loaded.start, loaded.end, loaded.type) == (*span("It is done,"), "direct")
    assert (loaded.speaker_start, loaded.cue) == (span("Lee")[0], None)


def test_load_predictions_rejects_unknown_types(tmp_path: Path) -> None:
    path = tmp_path / "pred.jsonl"
    path.write_text(json.dumps({"id": "d1", "quotes": [{"start": 0, "end": 1, "type": "x"}]}))
    with pytest.raises(ValueError, match=r"pred\.jsonl:1"):
        load_predictions(path)


@pytest.mark.parametrize(("start", "end", "message"), [
    (40, 20, "pred.csv:2: quote_start 40 and quote_end 20 are no span"),
    (-1, 20, "pred.csv:2: quote_start -1 and quote_end 20 are no span"),
    (20, 999, f"pred.csv: doc d1: quote 1 ends at 999, past the end of the gold text "
              f"({len(TEXT)} characters): predicted on another text"),
])
def test_predictions_that_span_no_text_are_refused_in_one_line(
    tmp_path: Path, start: int, end: int, message: str
) -> None:
    write_gold(tmp_path / "gold.jsonl")
    write_csv(tmp_path / "pred.csv",
              {"d1": [Quote(type="direct", text="x", start=start, end=end)]})
    result = CliRunner().invoke(
        app, ["evaluate", str(tmp_path / "gold.jsonl"), "--pred", str(tmp_path / "pred.csv")])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"error {tmp_path / message}"


def test_predictions_cut_short_are_refused_in_one_line(tmp_path: Path) -> None:
    """A CSV cut short (copied while its run wrote it) ends in a row of fewer fields
    than its header, whose missing cells were read as nothing and the row scored."""
    write_gold(tmp_path / "gold.jsonl")
    pred = tmp_path / "pred.csv"
    write_csv(pred, PREDS)
    header, first, _rest = pred.read_text("utf-8").split("\n", 2)
    pred.write_text(f"{header}\n{first[: len(first) // 2]}", "utf-8")
    result = CliRunner().invoke(app, ["evaluate", str(tmp_path / "gold.jsonl"),
                                      "--pred", str(pred)])
    assert result.exit_code == 2
    [line] = result.stderr.splitlines()
    assert line.startswith(f"error {pred}:2: a row of ")
    assert line.endswith("is the file cut short (copied while its run wrote it, a full disk)?")


def test_baseline_adapter() -> None:
    from quotes.baseline import baseline_quotes
    from quotes.model import load_model

    text = 'Jones said, "We will build it." '
    [quote] = baseline_quotes(load_model()(text))
    assert quote.type == "direct"
    assert text[quote.start : quote.end] == quote.text == "We will build it."
    assert (quote.speaker_mention, quote.speaker_start, quote.speaker_end) == ("Jones", 0, 5)
    assert (quote.cue, quote.cue_start) == ("said", 6)


def test_baseline_adapter_survives_unpaired_marks() -> None:
    from quotes.baseline import baseline_quotes
    from quotes.model import load_model

    assert baseline_quotes(load_model()('Jones said, "We will build it. ')) == []


def test_cli_json_and_warning(tmp_path: Path) -> None:
    write_gold(tmp_path / "gold.jsonl")
    write_csv(tmp_path / "pred.csv", {**PREDS, "ghost": PREDS["d1"][:1]})
    result = CliRunner().invoke(
        app,
        [
            "evaluate",
            str(tmp_path / "gold.jsonl"),
            "--pred",
            str(tmp_path / "pred.csv"),
            "--json",
            "--errors",
            "1",
            "--types",
            "direct,indirect",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "ghost" in result.stderr
    [report] = json.loads(result.stdout)
    assert report["types"] == ["direct", "indirect"]
    overall = report["scores"]["quotes"][OVERALL]
    assert (overall["gold"], overall["pred"], overall["partial"]["tp"]) == (3, 4, 3)
    assert [e["kind"] for e in report["errors"]["quotes"]] == ["spurious", "misattributed"]


def test_cli_table(tmp_path: Path) -> None:
    write_gold(tmp_path / "gold.jsonl")
    write_csv(tmp_path / "pred.csv", PREDS)
    result = CliRunner().invoke(
        app,
        [
            "evaluate",
            str(tmp_path / "gold.jsonl"),
            "--pred",
            str(tmp_path / "pred.csv"),
            "--errors",
            "1",
        ],
        env={"COLUMNS": "200"},
    )
    assert result.exit_code == 0, result.output
    assert "gold.jsonl" in result.stdout
    assert "overall" in result.stdout
    assert "75.0" in result.stdout  # overall partial precision 3/4
    assert "[Ann Lee said]" in result.stdout  # context shown verbatim, not as markup


def test_cli_strict_names(tmp_path: Path) -> None:
    # Gold names "Ann Lee" for the quote Lee added; the prediction resolved only "Lee".
    gold = {
        "id": "d1",
        "text": TEXT,
        "quotes": [gold_quote("It is done", speaker="Lee", speaker_name="Ann Lee")],
    }
    (tmp_path / "gold.jsonl").write_text(json.dumps(gold) + "\n")
    write_csv(tmp_path / "pred.csv", {"d1": [Quote("direct", "", *span("It is done"), "Lee")]})
    args = ["evaluate", str(tmp_path / "gold.jsonl"), "--pred", str(tmp_path / "pred.csv")]
    result = CliRunner().invoke(app, [*args, "--strict-names", "--json"])
    assert result.exit_code == 0, result.output
    overall = json.loads(result.stdout)[0]["scores"]["quotes"][OVERALL]
    assert overall["attribution"]["tp"] == 1
    assert overall["strict_attribution"]["tp"] == 0
    plain = json.loads(CliRunner().invoke(app, [*args, "--json"]).stdout)[0]
    assert "strict_attribution" not in plain["scores"]["quotes"][OVERALL]
    table = CliRunner().invoke(app, [*args, "--strict-names"], env={"COLUMNS": "200"})
    assert "strict" in table.stdout


def test_cli_rejects_unknown_types(tmp_path: Path) -> None:
    write_gold(tmp_path / "gold.jsonl")
    result = CliRunner().invoke(
        app, ["evaluate", str(tmp_path / "gold.jsonl"), "--types", "direct,quoted"]
    )
    assert result.exit_code != 0


def test_every_option_has_help() -> None:
    command = typer.main.get_command(app).commands["evaluate"]
    assert all(param.help for param in command.params)


def test_cli_scores_past_a_document_the_engine_fails_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The engine breaks on one text (as a RecursionError in a resolver once did): that
    # document is named on stderr and scored with no rows; the other is scored as usual.
    from quotes.engine import Engine

    broken = "The harbour board said the ferry would be late. BREAK"
    real = Engine.attribute

    def attribute(self: Engine, text: str, *args: Any, **kwargs: Any) -> list[Quote]:
        if "BREAK" in text:
            raise RecursionError("maximum recursion depth exceeded")
        return real(self, text, *args, **kwargs)

    monkeypatch.setattr(Engine, "attribute", attribute)
    doc = GOLD["d1"]
    lines = [
        {
            "id": "bad",
            "text": broken,
            "quotes": [gold_quote("the ferry would be late", "indirect", "The harbour", broken)],
        },
        {"id": "d1", "text": doc.text, "quotes": doc.quotes},
    ]
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(line) + "\n" for line in lines))
    result = CliRunner().invoke(app, ["evaluate", str(gold), "--json"])
    assert result.exit_code == 0, result.output
    assert "document bad: RecursionError" in result.stderr
    assert "Traceback" not in result.output
    overall = json.loads(result.stdout)[0]["scores"]["quotes"][OVERALL]
    assert overall["gold"] == 4
    assert overall["attribution"]["tp"] == 3  # d1's three quotes, found as in the other tests


def test_a_gzip_compressed_gold_file_and_predictions_are_read_as_extract_reads_gz(
    tmp_path: Path,
) -> None:
    """`evaluate gold.jsonl.gz` failed on its first line ("not UTF-8 text"), though
    `extract` reads `.gz` inputs; the gold and JSONL predictions are read decompressed
    and score as the plain files do."""
    import gzip

    write_gold(tmp_path / "gold.jsonl")
    plain = (tmp_path / "gold.jsonl").read_bytes()
    (tmp_path / "gold.jsonl.gz").write_bytes(gzip.compress(plain))
    assert load_gold(tmp_path / "gold.jsonl.gz") == load_gold(tmp_path / "gold.jsonl")
    rows = [quote.to_row("d1", number) for number, quote in enumerate(PREDS["d1"])]
    lines = "".join(json.dumps(row) + "\n" for row in rows).encode()
    (tmp_path / "pred.jsonl.gz").write_bytes(gzip.compress(lines))
    result = CliRunner().invoke(app, ["evaluate", str(tmp_path / "gold.jsonl.gz"), "--pred",
                                      str(tmp_path / "pred.jsonl.gz"), "--json"])
    assert result.exit_code == 0, result.output
    overall = json.loads(result.stdout)[0]["scores"]["quotes"][OVERALL]
    assert (overall["gold"], overall["pred"], overall["partial"]["tp"]) == (3, 4, 3)


@pytest.mark.parametrize("name", ["pred.csv.gz", "pred.out"], ids=["csv.gz", "no extension"])
def test_gzip_compressed_csv_predictions_are_read_as_jsonl_ones_are(
    tmp_path: Path, name: str
) -> None:
    """`evaluate --pred rows.csv.gz` (our own CSV, compressed) was refused ("unknown
    predictions format '.gz'") while `rows.jsonl.gz` was read; a CSV is read through
    gzip too, by the extension before `.gz` or, under another name, by its first bytes;
    a damaged one is one line naming it."""
    import gzip

    write_gold(tmp_path / "gold.jsonl")
    write_csv(tmp_path / "pred.csv", PREDS)
    (tmp_path / name).write_bytes(gzip.compress((tmp_path / "pred.csv").read_bytes()))
    result = CliRunner().invoke(app, ["evaluate", str(tmp_path / "gold.jsonl"), "--pred",
                                      str(tmp_path / name), "--json"])
    assert result.exit_code == 0, result.output
    overall = json.loads(result.stdout)[0]["scores"]["quotes"][OVERALL]
    assert (overall["gold"], overall["pred"], overall["partial"]["tp"]) == (3, 4, 3)
    whole = (tmp_path / name).read_bytes()
    (tmp_path / name).write_bytes(whole[: len(whole) // 2])
    result = CliRunner().invoke(app, ["evaluate", str(tmp_path / "gold.jsonl"), "--pred",
                                      str(tmp_path / name)])
    assert result.exit_code == 2, result.output
    [line] = result.stderr.splitlines()
    assert line.startswith(f"error {tmp_path / name}: ")


def test_a_damaged_gzip_gold_file_is_one_line_naming_it(tmp_path: Path) -> None:
    import gzip

    write_gold(tmp_path / "gold.jsonl")
    whole = gzip.compress((tmp_path / "gold.jsonl").read_bytes())
    (tmp_path / "cut.jsonl.gz").write_bytes(whole[: len(whole) // 2])
    result = CliRunner().invoke(app, ["evaluate", str(tmp_path / "cut.jsonl.gz")])
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    [line] = result.stderr.splitlines()
    assert line.startswith(f"error {tmp_path / 'cut.jsonl.gz'}: ")


def _gold_fifo(tmp_path: Path, data: bytes, name: str = "gold.fifo",
               delay: float = 0.0) -> Path:
    """A FIFO that a thread fills with `data` once a reader opens it (`<(zcat …)`),
    opening it for writing only after `delay` seconds."""
    import os
    import threading
    import time

    fifo = tmp_path / name
    os.mkfifo(fifo)

    def feed() -> None:
        time.sleep(delay)
        with open(fifo, "wb") as pipe:  # blocks until evaluate opens it
            pipe.write(data)

    threading.Thread(target=feed, daemon=True).start()
    return fifo


@pytest.mark.parametrize("compress", [False, True], ids=["plain", "gzip"])
def test_a_gold_fifo_is_read_once_from_its_start(tmp_path: Path, compress: bool) -> None:
    """`quotes evaluate <(zcat gold.jsonl.gz)`: the gold file was opened twice (once to
    look for gzip's first bytes), so a named pipe hung for ever waiting for a second
    writer, and `<(…)` was read from its third byte on ("not JSON"). It is opened once
    and scores as the file does."""
    import gzip

    write_gold(tmp_path / "gold.jsonl")
    write_csv(tmp_path / "pred.csv", PREDS)
    data = (tmp_path / "gold.jsonl").read_bytes()
    fifo = _gold_fifo(tmp_path, gzip.compress(data) if compress else data)
    result = CliRunner().invoke(app, ["evaluate", str(fifo), "--pred",
                                      str(tmp_path / "pred.csv"), "--json"])
    assert result.exit_code == 0, result.output
    overall = json.loads(result.stdout)[0]["scores"]["quotes"][OVERALL]
    assert (overall["gold"], overall["pred"], overall["partial"]["tp"]) == (3, 4, 3)


def _rows_csv(tmp_path: Path) -> Path:
    write_csv(tmp_path / "rows.csv", PREDS)
    return tmp_path / "rows.csv"


def _rows_tsv(tmp_path: Path) -> Path:
    with open(_rows_csv(tmp_path), encoding="utf-8", newline="") as handle:
        table = list(csv.reader(handle))
    with open(tmp_path / "rows.tsv", "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, delimiter="\t").writerows(table)
    return tmp_path / "rows.tsv"


def _people_csv(tmp_path: Path) -> Path:
    (tmp_path / "people.csv").write_text("id,text\n1,The pier is shut.\n", encoding="utf-8")
    return tmp_path / "people.csv"


_GOLD_DOC = {"id": "g1", "text": "The pier is shut.", "quotes": []}


def _gold_array(tmp_path: Path) -> Path:
    """Gold written as one pretty-printed JSON array, as `json.dump(docs, f, indent=2)`."""
    (tmp_path / "gold.json").write_text(json.dumps([_GOLD_DOC], indent=2), encoding="utf-8")
    return tmp_path / "gold.json"


def _gold_array_line(tmp_path: Path) -> Path:
    """Gold written as one JSON array on one line, as `json.dump(docs, f)`."""
    (tmp_path / "gold.json").write_text(json.dumps([_GOLD_DOC]), encoding="utf-8")
    return tmp_path / "gold.json"


@pytest.mark.parametrize(
    ("make", "message"),
    [(lambda tmp_path: Path("/dev/zero"), "/dev/zero: a device, not a regular file"),
     (_rows_csv, "rows.csv:1: CSV rows `quotes extract` wrote, not one JSON object per line; "
      "gold is quote-gold JSONL (id, text, quotes on each line); score rows against it with "
      "--pred FILE"),
     (_rows_tsv, "rows.tsv:1: TSV rows `quotes extract` wrote, not one JSON object per line"),
     (_people_csv, "people.csv:1: a CSV header, not one JSON object per line"),
     (_gold_array, "gold.json:1: a JSON array, not one JSON object per line; gold is "
      "quote-gold JSONL"),
     (_gold_array_line, "gold.json:1: a JSON array, not one JSON object per line")],
    ids=["endless device", "our CSV rows", "our rows as TSV", "another CSV", "JSON array",
         "JSON array on one line"],
)
def test_gold_that_is_no_jsonl_file_is_one_line_saying_what_it_is(
    tmp_path: Path, make: Any, message: str
) -> None:
    """`evaluate /dev/zero` read for ever (a line with no end) and never answered; the
    rows `extract` wrote, given as the gold, were "not JSON (Expecting value)", and so
    was gold written as one JSON array (`[` alone on the first line), or "not a JSON
    object" on one line. A device is refused by its kind; a table or an array says it is
    one and what to give instead."""
    result = CliRunner().invoke(app, ["evaluate", str(make(tmp_path))])
    assert result.exit_code == 2, result.output
    [line] = result.stderr.splitlines()
    assert message in line


@pytest.mark.parametrize("name", ["rows.xlsx", "rows.db", "rows.parquet", "rows.csv"])
@pytest.mark.parametrize("device", ["/dev/null", "/dev/zero"])
def test_predictions_that_are_a_device_are_refused_by_their_kind(
    tmp_path: Path, name: str, device: str
) -> None:
    """`--pred rows.xlsx` linked to `/dev/zero` was read by the workbook reader until
    memory ran out (the process killed), and a database or Parquet name on a device was
    "not a `quotes` database (no such table: quotes)" or "not a Parquet file": only CSV
    and JSONL refused a device. Every format is refused by the file's kind first;
    `/dev/null` holds no row, as an empty file."""
    link = tmp_path / name
    link.symlink_to(device)
    said = "empty, no rows to score" if device == "/dev/null" else "a device, not a regular file$"
    with pytest.raises(PredictionError, match=rf"rows\.\w+: {said}"):
        load_predictions(link)


@pytest.mark.parametrize("name", ["rows.csv", "rows.jsonl", "rows.xlsx", "rows.db",
                                  "rows.parquet"])
def test_a_folder_given_as_predictions_or_gold_is_named_a_folder(tmp_path: Path,
                                                                 name: str) -> None:
    """The library's `load_predictions` and `load_gold` on a folder said "a special file"
    (CSV, JSONL), "Is a directory" (.xlsx), "disk I/O error" (.db), or read a folder
    named `.parquet` as no rows without a word (the CLI refuses folders before)."""
    folder = tmp_path / name
    folder.mkdir()
    with pytest.raises(PredictionError, match=rf"{name}: a folder, not a regular file$"):
        load_predictions(folder)
    with pytest.raises(ValueError, match=rf"{name}: a folder, not a regular file$"):
        load_gold(folder)


def test_a_corpus_given_as_gold_is_refused_in_one_line(tmp_path: Path) -> None:
    """A JSONL corpus to extract from (id and text, no quotes) given as the gold was read
    as documents with no quote, every predicted row scored spurious, P 0, without a
    word. A gold file none of whose documents gives "quotes" is refused."""
    corpus = tmp_path / "news.jsonl"
    corpus.write_text(json.dumps({"id": "d1", "text": "The pier is shut."}) + "\n",
                      encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate", str(corpus), "--pred", str(_rows_csv(tmp_path))])
    assert result.exit_code == 2, result.output
    [line] = result.stderr.splitlines()
    assert line.endswith('news.jsonl: no document has a "quotes" field: a corpus to extract '
                         'from (id, text), not quote-gold (id, text, quotes on each line; '
                         '"quotes": [] for a document with none)')


def test_utf16_gold_and_tsv_predictions_score_as_utf8_and_csv_do(tmp_path: Path) -> None:
    """A gold file saved as UTF-16 with its byte-order mark was "not UTF-8 text", though
    `extract` reads such a file; our CSV saved as TSV (a spreadsheet's tab-separated
    export) was read as CSV, one column: "no doc_id column". Both score as the UTF-8
    JSONL and the CSV do."""
    write_gold(tmp_path / "gold.jsonl")
    wide = tmp_path / "gold16.jsonl"
    wide.write_bytes((tmp_path / "gold.jsonl").read_text("utf-8").encode("utf-16"))
    assert load_gold(wide) == load_gold(tmp_path / "gold.jsonl")
    tsv = _rows_tsv(tmp_path)
    assert load_predictions(tsv) == load_predictions(tmp_path / "rows.csv")
    rows = [quote.to_row("d1", number) for number, quote in enumerate(PREDS["d1"])]
    lines = "".join(json.dumps(row) + "\n" for row in rows)
    (tmp_path / "pred16.jsonl").write_bytes(lines.encode("utf-16"))
    assert load_predictions(tmp_path / "pred16.jsonl") == PREDS
    result = CliRunner().invoke(app, ["evaluate", str(wide), "--pred", str(tsv), "--json"])
    assert result.exit_code == 0, result.output
    overall = json.loads(result.stdout)[0]["scores"]["quotes"][OVERALL]
    assert (overall["gold"], overall["pred"], overall["partial"]["tp"]) == (3, 4, 3)


@pytest.mark.parametrize("name", ["rows.tsv", "rows.tsv.gz"])
def test_our_csv_renamed_tsv_scores_as_the_csv(tmp_path: Path, name: str) -> None:
    """Our CSV saved under a .tsv name (`cp rows.csv rows.tsv`: commas, no tab) was read
    split at tabs, one column, "no doc_id, type, quote_start, quote_end column", though
    its header names them all. A .tsv whose header has commas and no tab is read as CSV."""
    import gzip

    data = _rows_csv(tmp_path).read_bytes()
    renamed = tmp_path / name
    renamed.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    assert load_predictions(renamed) == load_predictions(tmp_path / "rows.csv")


@pytest.mark.parametrize("end", [b"\r\n", b"\r"], ids=["CRLF", "lone CR"])
def test_gold_and_jsonl_predictions_with_cr_line_ends_score_as_lf_ones(
    tmp_path: Path, end: bytes
) -> None:
    """A gold file saved with classic Mac OS line ends (a lone CR) was one line, "not
    JSON (Extra data)", though `extract` reads such JSONL; its lines, and those of JSONL
    predictions, end at a lone CR as at a line feed (CRLF as before)."""
    write_gold(tmp_path / "gold.jsonl")
    record = (tmp_path / "gold.jsonl").read_bytes().rstrip(b"\n")
    other = json.loads(record) | {"id": "d2"}
    (tmp_path / "gold-cr.jsonl").write_bytes(record + end + json.dumps(other).encode() + end)
    gold = load_gold(tmp_path / "gold-cr.jsonl")
    assert list(gold) == ["d1", "d2"] and gold["d1"] == load_gold(tmp_path / "gold.jsonl")["d1"]
    rows = [quote.to_row("d1", number) for number, quote in enumerate(PREDS["d1"])]
    (tmp_path / "pred.jsonl").write_bytes(b"".join(json.dumps(r).encode() + end for r in rows))
    assert load_predictions(tmp_path / "pred.jsonl") == PREDS


def test_gold_and_jsonl_predictions_joined_with_a_byte_order_mark_are_read(
    tmp_path: Path,
) -> None:
    """Two gold files joined (`cat a.jsonl b.jsonl`), the second saved with a byte-order
    mark, were refused at its first line, "not JSON (Unexpected UTF-8 BOM)", though
    `extract` reads such JSONL; a mark opening any line is skipped, as the first's is
    (rule bom-on-any-line)."""
    write_gold(tmp_path / "gold.jsonl")
    record = (tmp_path / "gold.jsonl").read_bytes().rstrip(b"\n")
    other = json.dumps(json.loads(record) | {"id": "d2"}).encode()
    (tmp_path / "joined.jsonl").write_bytes(record + b"\n\xef\xbb\xbf" + other + b"\n")
    gold = load_gold(tmp_path / "joined.jsonl")
    assert list(gold) == ["d1", "d2"] and gold["d1"] == load_gold(tmp_path / "gold.jsonl")["d1"]
    rows = [json.dumps(quote.to_row("d1", n)).encode() for n, quote in enumerate(PREDS["d1"])]
    (tmp_path / "pred.jsonl").write_bytes(b"\n\xef\xbb\xbf".join(rows) + b"\n")
    assert load_predictions(tmp_path / "pred.jsonl") == PREDS


@pytest.mark.parametrize("which", ["gold", "pred"])
def test_a_fifo_with_no_writer_yet_says_it_waits_then_scores(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, which: str
) -> None:
    """`quotes evaluate gold.fifo` or `--pred pred.fifo` with nothing writing to it yet
    hung saying nothing (opening a FIFO waits for a writer); after a short wait it says
    so on stderr, once, and scores what a late writer sends."""
    from quotes import input_bytes

    monkeypatch.setattr(input_bytes, "FIFO_NOTICE_SECONDS", 0.2)
    write_gold(tmp_path / "gold.jsonl")
    write_csv(tmp_path / "pred.csv", PREDS)
    source = tmp_path / ("gold.jsonl" if which == "gold" else "pred.csv")
    fifo = _gold_fifo(tmp_path, source.read_bytes(), f"{which}.fifo", delay=1.0)
    gold = fifo if which == "gold" else tmp_path / "gold.jsonl"
    pred = fifo if which == "pred" else tmp_path / "pred.csv"
    result = CliRunner().invoke(app, ["evaluate", str(gold), "--pred", str(pred), "--json"])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [
        f"warning {fifo}: a FIFO with nothing writing to it yet; waiting for a writer (start "
        "the command that feeds it, or Ctrl-C to stop)"]
    overall = json.loads(result.stdout)[0]["scores"]["quotes"][OVERALL]
    assert (overall["gold"], overall["pred"], overall["partial"]["tp"]) == (3, 4, 3)


FERRY = '"The ferry runs at nine," Ola Berg said.'
NOTHING = "The harbour was quiet on Sunday."


@pytest.mark.parametrize(("predicted", "said"), [
    # another corpus's rows: no id in common
    (["t1", "t2"], "no row for 2 of the 2 gold documents with quotes (their 2 quotes scored "
                   "as missed) and rows for 2 documents the gold does not have (ignored: t1, "
                   "t2); were they made from another corpus?"),
    # half the corpus predicted (one shard of two)
    (["g1"], "no row for 1 of the 2 gold documents with quotes (their 1 quote scored as "
             "missed)"),
    # every document with quotes has its rows; the quiet one needs none
    (["g1", "g2"], None),
])
def test_predictions_whose_ids_the_gold_lacks_are_counted_in_one_line(
    tmp_path: Path, predicted: list[str], said: str | None
) -> None:
    """Rows made from another corpus, or from part of this one, scored as if every quote
    were missed, without a word (the ids were told only of rows the gold lacks)."""
    start, end = span("The ferry runs at nine,", FERRY)
    quote = {"start": start, "end": end, "text": FERRY[start:end], "type": "direct",
             "speaker": None, "speaker_start": None, "speaker_end": None}
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(doc) + "\n" for doc in [
        {"id": "g1", "text": FERRY, "quotes": [quote]},
        {"id": "g2", "text": FERRY, "quotes": [quote]},
        {"id": "g3", "text": NOTHING, "quotes": []},
    ]), encoding="utf-8")
    row = Quote(type="direct", text=FERRY[start:end], start=start, end=end, speaker="Ola Berg")
    rows = tmp_path / "rows.csv"
    write_csv(rows, {doc_id: [row] for doc_id in predicted})
    result = CliRunner().invoke(app, ["evaluate", str(gold), "--pred", str(rows), "--json"])
    assert result.exit_code == 0, result.output
    assert result.stderr == (f"warning {rows}: {said}\n" if said else "")


@pytest.mark.parametrize(("which", "bad", "said"), [
    ("gold", ["g1"], '"id" is ["g1"], expected a string'),
    ("gold", {"n": 1}, '"id" is {"n": 1}, expected a string'),
    ("gold", True, '"id" is true, expected a string'),
    ("pred", ["g1"], '"doc_id" is ["g1"], expected a string'),
])
def test_a_document_id_that_is_no_text_is_refused_in_one_line(
    tmp_path: Path, which: str, bad: object, said: str
) -> None:
    """A list (or object, or boolean) id was scored under its Python spelling, `['g1']`,
    an id no other file has: every quote of the document missed, or every row spurious."""
    start, end = span("The ferry runs at nine,", FERRY)
    quote = {"start": start, "end": end, "text": FERRY[start:end], "type": "direct",
             "speaker": None, "speaker_start": None, "speaker_end": None}
    gold, rows = tmp_path / "gold.jsonl", tmp_path / "rows.jsonl"
    gold.write_text(json.dumps({"id": bad if which == "gold" else "g1", "text": FERRY,
                                "quotes": [quote]}) + "\n", encoding="utf-8")
    rows.write_text(json.dumps({"doc_id": bad if which == "pred" else "g1", "quote_id": 1,
                                "type": "direct", "quote": FERRY[start:end],
                                "quote_start": start, "quote_end": end}) + "\n",
                    encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate", str(gold), "--pred", str(rows)])
    assert result.exit_code == 2, result.output
    assert result.stderr == f"error {gold if which == 'gold' else rows}:1: {said}\n"


@pytest.mark.parametrize(("which", "value", "shown"), [
    ("gold", {"desk": "wire"}, '{"desk": "wire"}'),
    ("gold", ["d1"], '["d1"]'),
    ("pred", ["d1"], '["d1"]'),
    ("pred", {"id": "d1"}, '{"id": "d1"}'),
], ids=["gold object", "gold list", "pred list", "pred object"])
def test_an_id_that_is_an_object_or_a_list_is_one_line_naming_file_and_line(
    tmp_path: Path, which: str, value: object, shown: str
) -> None:
    """A gold document's `id`, or a JSONL prediction's `doc_id`, that is an object or a
    list matches no document: one line naming the file, the line and the value, exit 2
    (where `extract` gives such a record its place as id, with a warning)."""
    write_gold(tmp_path / "gold.jsonl")
    row = PREDS["d1"][0].to_row("d1", 0)
    (tmp_path / "pred.jsonl").write_text(json.dumps(row) + "\n" + json.dumps(
        {**row, "doc_id": value}) + "\n")
    if which == "gold":
        good = (tmp_path / "gold.jsonl").read_text()
        (tmp_path / "gold.jsonl").write_text(good + json.dumps(
            {**json.loads(good), "id": value}) + "\n")
    result = CliRunner().invoke(app, ["evaluate", str(tmp_path / "gold.jsonl"), "--pred",
                                      str(tmp_path / "pred.jsonl")])
    assert result.exit_code == 2, result.output
    field, name = ("id", "gold.jsonl") if which == "gold" else ("doc_id", "pred.jsonl")
    assert result.stderr == (f'error {tmp_path / name}:2: "{field}" is {shown}, expected '
                             "a string\n")
