"""Tests for :mod:`quotes.marks`: one case per phenomenon, then properties and the seed."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from quotes import marks
from quotes.marks import QuoteSpan, find_quote_spans, paragraph_bounds
from quotes.normalise import read_as_meant
from quotes.records import Quote
from tests.work import counted_calls

SEED = Path(__file__).parents[1] / ".." / "shared" / "data" / "seed-gold.jsonl"


def contents(text: str) -> list[str]:
    """The content of every span found in ``text``."""
    return [text[span.start : span.end] for span in find_quote_spans(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # Each pair of marks.
        ('The mayor said "the budget is balanced" on Monday.', ["the budget is balanced"]),
        ("“We need more buses,” the councillor said.", ["We need more buses,"]),
        ("The union called it ‘a fair offer’ after the vote.", ["a fair offer"]),
        ("'We will win,' she said.", ["We will win,"]),
        ("He said 'no way' and left the room.", ["no way"]),
        ("Le ministre a dit «nous restons» mardi.", ["nous restons"]),
        ("Le maire a répondu « pas question » hier.", [" pas question "]),
        ("Die Ministerin sagte »wir bleiben« am Montag.", ["wir bleiben"]),
        ("Der Kanzler sagte „wir verhandeln“ in Berlin.", ["wir verhandeln"]),
        ("Premier powiedział „nie ustąpimy” w Sejmie.", ["nie ustąpimy"]),
        ("Sie nannte es ‹einen Anfang› gestern.", ["einen Anfang"]),
        ("Er nannte es ‚einen Fehler‘ und ging.", ["einen Fehler"]),
        ('The clerk wrote "approved” on the form.', ["approved"]),
        # Apostrophes are not quotation marks.
        ("The governor doesn't expect O'Brien to resign, ma'am.", []),
        ("Smith’s aide didn’t comment.", []),
        ("The Jones' farm was sold to the Harris' cousin.", []),
        ("Turnout has not been this low since the '90s and ’08.", []),
        ("The festival plays rock 'n' roll until dawn.", []),
        ("’Tis the season for budget cuts, the mayor joked.", []),
        # Possessives inside and at the end of single quotes.
        ("'The Jones' house is empty,' the sheriff said.", ["The Jones' house is empty,"]),
        ("He called them 'the boys' and left.", ["the boys"]),
        ("She called it 'plan 2' on Friday.", ["plan 2"]),
        # Primes: feet and inches are not quotes.
        ('The centre is 6\'2" tall and ordered a 12" pizza.', []),
        ("The guard, 5' 10\", stood at the gate.", []),
        ('"I ate a 12" pizza for lunch," he said.', ['I ate a 12" pizza for lunch,']),
        ('"We lost 137" the general said.', ["We lost 137"]),
        # Sloppy curly marks.
        ("”Sloppy” was the word the editor used.", ["Sloppy"]),
        ("“We are ready,“ the coach said.", ["We are ready,"]),
        # A mark glued between a clause's end and a word opens a quote; it still closes
        # an open one first.
        ('Sen. Ruth Dale (D-Ore.):"Who told you that?" Minister:"Nobody did."',
         ["Who told you that?", "Nobody did."]),
        ('"It was a swindle," said one stall holder."We were misled." Then she left.',
         ["It was a swindle,", "We were misled."]),
        ('She answered,“Look, the figures are wrong.”', ["Look, the figures are wrong."]),
        ('"We lost."Then the coach left.', ["We lost."]),
        # A right mark typed at both ends: it opens when the next one closes, glued.
        ("He says,” nobody listens to the valley towns.” Then he left.",
         ["nobody listens to the valley towns."]),
        ("” … they are so unlike him,” she said. “Dad would be appalled.”",
         ["… they are so unlike him,", "Dad would be appalled."]),
        ("The inspector wrote,” Drains blocked; kitchen closed until Friday.”",
         ["Drains blocked; kitchen closed until Friday."]),
        # … but a stray closer before a quote that opens properly stays a stray.
        ("That was the end of it.” He left. “We are done,” she said.", ["We are done,"]),
        # One quotation whose two ends were typed in two families: a reader takes the
        # right mark for the closer of the left one no quote of its own family is open
        # for (rule cross-family-close).
        ("The boy was ‘badly hurt” and stayed in hospital.", ["badly hurt"]),
        ("“We will not back down,’ the mayor said.", ["We will not back down,"]),
        ("He called it ‘a disgrace” and left. “We are done,” she said.",
         ["a disgrace", "We are done,"]),
        # … not a single mark after a letter (a possessive), nor before a later closer
        # of the opener's own family (its `‘s` an apostrophe), nor in tokenized text.
        ("“The boys’ club met,” he said.", ["The boys’ club met,"]),
        ("“He calls it a ‘s–t show,’ and worse,” he said.",
         ["He calls it a ‘s–t show,’ and worse,"]),
        ("“ We will not back down , ’ the mayor said .", []),
        # Dashes and brackets before an opening mark.
        ('The envoy replied—"never."', ["never."]),
        ('Officials ("we are monitoring") declined to elaborate.', ["we are monitoring"]),
        # Nested quotes stay inside the outer one.
        (
            "\"They branded me 'enemy number 1' and my brother 'enemy number 2', "
            'but I am staying," the mayor said.',
            ["They branded me 'enemy number 1' and my brother 'enemy number 2', but I am staying,"],
        ),
        ("“He told me ‘go home’ yesterday,” she said.", ["He told me ‘go home’ yesterday,"]),
        ("'The sign said \"closed\" all week,' he said.", ['The sign said "closed" all week,']),
        # A quote in the same marks that opens a sentence inside an open quote and ends
        # with a comma before its tag is a turn of its own: the one before was left
        # unclosed at its full stop (`,'”` ends a quote it closes too).
        ('"We lost. "We will be back," he said.', ["We lost.", "We will be back,"]),
        ("“She asked me. “Who said, ‘Stay’,” he told us.", ["She asked me.", "Who said, ‘Stay’,"]),
        # … one that opens after a comma, or ends with no comma, is nested in it.
        ('"He told me, "Go home," and left."', ['He told me, "Go home," and left.']),
        # Several quotes in one paragraph.
        (
            '"Today we won," the coach said. "Tomorrow we train."',
            ["Today we won,", "Tomorrow we train."],
        ),
        # Multi-paragraph quotes.
        (
            '"The harbour will reopen in May.\n"Ships will be inspected first."',
            ['The harbour will reopen in May.\n"Ships will be inspected first.'],
        ),
        (
            '"First.\n\n"Second.\n\n"Third." He left.',
            ['First.\n\n"Second.\n\n"Third.'],
        ),
        # … but a paragraph that opens a sentence and ends with a comma before its tag
        # is a turn of its own, as inside a paragraph (above)
        (
            '"The harbour will reopen in May.\n"Ships will be inspected first," she said.',
            ["The harbour will reopen in May.", "Ships will be inspected first,"],
        ),
        ('"The harbour will reopen.\nThe minister left early.', ["The harbour will reopen."]),
        ("He said: 'We will fight on\nThe crowd cheered.", ["We will fight on"]),
        ('He said "yes\nand then "no" to the plan.', ["yes", "no"]),
        # Orphans, strays and empty pairs.
        ('The word " appears alone here.', []),
        ('He said "yes" and then " walked out.', ["yes"]),
        ('"""""', []),
        ("\"'\"'“”‘’«»", []),
        ('The form had "" in the name field.', []),
        ('a"b"c', []),
        ("The 'burbs are quiet this year.", []),
        ("", []),
        ("   \n\n  ", []),
        # Marks of markup attributes, also a tag a line break splits.
        ('<post author="@ruiz" date="4 May">We are open "as usual" today.</post>', ["as usual"]),
        ('<post author="@ruiz" date="4 May\n">We are open today.</post>', []),
        # Line ends, tabs and invisible characters.
        ('"First line,\r\n"second line," he said.', ['First line,\r\n"second line,']),
        ('"One" she said.\r"Two" he said.', ["One", "Two"]),
        ('\t"Tabbed,"\tthe clerk said.', ["Tabbed,"]),
        ('He said \u200b"yes\u200b" today.', ["yes\u200b"]),
        ('\u202b"مرحبا" قال\u202c', ["مرحبا"]),
        ('She said "café\u0301" twice.', ["café\u0301"]),
    ],
)
def test_contents(text: str, expected: list[str]) -> None:
    assert contents(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Double marks spaced out like every other token: they alternate open, close.
        ('" Good evening , " said the ferryman .', [("Good evening ,", [])]),
        (
            '" I saw him , " said the vicar . " And twice after that -- before the fair . "',
            [("I saw him ,", []), ("And twice after that -- before the fair .", [])],
        ),
        ('The porter shouted " All aboard ! " and waved .', [("All aboard !", [])]),
        ("“ Come in , ” said she . “ Sit down . ”", [("Come in ,", []), ("Sit down .", [])]),
        # Single marks, spaced: they count when they pair within the paragraph.
        ("' Hush , ' said the nurse .", [("Hush ,", [])]),
        ("He called it ' the old place ' and smiled .", [("the old place", [])]),
        ("‘ Not yet , ’ he replied .", [("Not yet ,", [])]),
        # Single inside double, both spaced out.
        (
            "\" Well , miss , last Tuesday I said ' Fine weather , ' and you said "
            "' Fine weather , Mr. Hale , ' as today . \"",
            [
                (
                    "Well , miss , last Tuesday I said ' Fine weather , ' and you said "
                    "' Fine weather , Mr. Hale , ' as today .",
                    ["Fine weather ,", "Fine weather , Mr. Hale ,"],
                )
            ],
        ),
        (
            "“ She wrote ‘ come home ’ twice , ” he said .",
            [("She wrote ‘ come home ’ twice ,", ["come home"])],
        ),
        # Apostrophes and clitics split off by the tokenizer are not marks.
        ("The clerk met him at Gray 's Inn , ma 'am .", []),
        ("They 'll say we 're late , and we 've said we 'd come ; I 'm sure it 's fine .", []),
        ("The twins ' bicycles stood by the door .", []),
        ("’Tis the dog ’s bowl , and the twins ’ bicycles .", []),
        ('" Fare ye well t \' ee , " said the carter .', [("Fare ye well t ' ee ,", [])]),
        ('" Goin \' home , " he said .', [("Goin ' home ,", [])]),
        (
            '" We \'ll see , " she said , " if the boys \' dogs come home . "',
            [("We 'll see ,", []), ("if the boys ' dogs come home .", [])],
        ),
        # A spaced mark that pairs with nothing is a stray, not an unclosed quote.
        ('The sign read " and nothing more .', []),
        ("The lad ' s cap fell off .", []),
        ('" Wait here .\nThe clerk said " yes " twice .', [("yes", [])]),
        # Multi-paragraph: the next paragraph reopens with a spaced mark.
        (
            '" The road runs north .\n" It ends at the river , " he said .',
            [('The road runs north .\n" It ends at the river ,', [])],
        ),
        (
            "‘ First .\n\n‘ Second , ’ she said .",
            [("First .\n\n‘ Second ,", [])],
        ),
        # One sentence per line: a spaced quote runs on to the line that closes it.
        (
            '" The road runs north .\nIt ends at the river , " he said .',
            [("The road runs north .\nIt ends at the river ,", [])],
        ),
        (
            "“ Stop .\nListen to me .\nWe leave at dawn , ” he said , “ and not before . ”",
            [("Stop .\nListen to me .\nWe leave at dawn ,", []), ("and not before .", [])],
        ),
        (
            '" Stop .\nListen , " he said , " to me .\nWe leave at dawn . "\n" Why ? "',
            [("Stop .\nListen ,", []), ("to me .\nWe leave at dawn .", []), ("Why ?", [])],
        ),
        # ... but not into a line whose marks pair up by themselves.
        ('" Stop .\nHe said " go " and left .', [("go", [])]),
        ("' Stop .\nThe men ' hats fell .", []),
    ],
)
def test_spaced_marks(text: str, expected: list[tuple[str, list[str]]]) -> None:
    found = [
        (text[span.start : span.end], [text[a:b] for a, b in span.nested])
        for span in find_quote_spans(text)
    ]
    assert found == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ('He said "yes" today.', [QuoteSpan(9, 12, 8, 13, True, ())]),
        ('" Hi , " he said .', [QuoteSpan(2, 6, 0, 8, True, ())]),
        ("x ' a ' y", [QuoteSpan(4, 5, 2, 7, True, ())]),
        ('He said "yes\nNo.', [QuoteSpan(9, 12, 8, 12, False, ())]),
        ('He said "yes  \n\nNo.', [QuoteSpan(9, 12, 8, 12, False, ())]),
        ('"a\n"b"', [QuoteSpan(1, 5, 0, 6, True, ())]),
        ("\"a 'b' c\"", [QuoteSpan(1, 8, 0, 9, True, ((4, 5),))]),
        ("“x ‘y “z” y’ x”", [QuoteSpan(1, 14, 0, 15, True, ((4, 11), (7, 8)))]),
        # a control character (a NUL from a database field) beside a mark reads as a space
        ('\x00"Hi," Ann said.\x1b', [QuoteSpan(2, 5, 1, 6, True, ())]),
    ],
)
def test_offsets(text: str, expected: list[QuoteSpan]) -> None:
    assert find_quote_spans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("One.\nTwo.", [(0, 4), (5, 9)]),
        ("One.\n\n\nTwo.", [(0, 4), (7, 11)]),
        ("  One.  \r\nTwo.\rThree.", [(2, 6), (10, 14), (15, 21)]),
        ("\u200bOne.\u2029\ufeff", [(1, 5)]),
        ("", []),
        ("\n \n\t\n", []),
    ],
)
def test_paragraph_bounds(text: str, expected: list[tuple[int, int]]) -> None:
    assert paragraph_bounds(text) == expected


class _CountedScan:
    """The paragraph pattern, counting the texts it scans."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.texts: Counter[str] = Counter()

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        self.texts[text] += 1
        return self.pattern.finditer(text)


def test_a_texts_paragraphs_are_read_once(
    extract: Callable[[str], list[Quote]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The engine (wrapped lines), the marks and the page-shape rules each ask for a
    text's paragraphs; they are found once per text (:func:`quotes.marks._read_paragraphs`)
    and each caller gets a list of its own."""
    text = (
        "The ferry company said on Tuesday that the crossing would resume.\n\n"
        '"We have checked every hull twice," the harbour master told reporters.\n\n'
        "Passengers waited on the quay for most of the morning."
    )
    scan = _CountedScan(marks._PARAGRAPH_RE)
    monkeypatch.setattr(marks, "_PARAGRAPH_RE", scan)
    found = extract(text)
    assert [(q.text, q.speaker) for q in found if q.type == "direct"] == [
        ("We have checked every hull twice,", "the harbour master")
    ]
    assert scan.texts[text] == 1
    first, second = paragraph_bounds(text), paragraph_bounds(text)
    assert first == second == [(0, 65), (67, 137), (139, 193)] and first is not second


_ALPHABET = st.sampled_from(
    list("ab s1.,—:(") + list("\"'“”‘’„‚«»‹›") + ["\n", "\r\n", "\r", "\t", "\u200b", "\u0301"]
)
#: Tokens of tokenized text, to be joined with spaces: spaced marks and clitics.
_TOKENS = st.sampled_from(["a", "b", ",", ".", "'s", '"', "'", "“", "”", "‘", "’", "\n", "\n\n"])


@settings(max_examples=300, deadline=None)
@example("\x9d\x9b0")  # an undefined C1 code read as a filler before a mark (`›`)
@example("\x8b\x85")  # marks round a C1 control read as a character (`\x85` as `…`)
@example('"a\n""""')  # a quote run on into a paragraph whose doubled marks leave it none
@example("'“\n'»’'“‘“'—.“ .,”'’, —,\n“’’’\n\n\n»")  # a paragraph opening in another family
@given(
    st.lists(_ALPHABET, max_size=200).map("".join)
    | st.lists(_TOKENS, max_size=60).map(" ".join)
    | st.text(max_size=200)
)
def test_spans_are_valid_for_any_text(text: str) -> None:
    spans = find_quote_spans(text)
    meant = read_as_meant(text)
    previous_end = 0
    for span in spans:
        assert previous_end <= span.open_start <= span.start <= span.end <= span.close_end
        assert span.close_end <= len(text)
        assert span.closed == (span.close_end > span.end)
        # Content is trimmed of its marks (one character, or two for a doubled '' or ``)
        # and the spaces next to them, and only of those; a mark read from mojibake or a
        # C1 control covers the fillers read_as_meant wrote beside it (`\x9d\x9b` is ` ›`).
        opening = 2 if text.startswith(("''", "``"), span.open_start) else 1
        closing = 2 if span.closed and text[span.close_end - 2 : span.close_end] == "''" else 1
        assert len(meant[span.open_start : span.start].strip()) == opening
        assert len(meant[span.end : span.close_end].strip()) == (closing if span.closed else 0)
        assert text[span.start : span.end].strip()
        for inner_start, inner_end in span.nested:
            assert span.start <= inner_start <= inner_end <= span.end
        assert list(span.nested) == sorted(span.nested)
        previous_end = span.close_end
    bounds = paragraph_bounds(text)
    assert all(0 <= start < end <= len(text) for start, end in bounds)


def test_large_document_takes_linear_work() -> None:
    """Four times the text costs about four times the work, not sixteen. Work is counted,
    not timed (every Python and built-in call the mark finder makes, through the profiler
    hook), so the count is the same on a busy machine as on an idle one."""
    paragraph = (
        'Officials said the talks would resume on Monday. "We are ready to talk, and we '
        "will not leave the table,\" the minister told reporters, adding that the 'firewall' "
        "between the two ministries would hold and that the Jones' report was due.\n\n"
    )
    repeats = 50_000 // len(paragraph)

    def calls(times: int) -> int:
        spans, counted = counted_calls(lambda: find_quote_spans(paragraph * times))
        assert len(spans) == 2 * times
        return counted

    assert calls(4 * repeats) / calls(repeats) < 4.5


def test_seed_article() -> None:
    if not SEED.exists():
        pytest.skip("seed data not available")
    doc = json.loads(SEED.read_text(encoding="utf-8").splitlines()[0])
    text = doc["text"]
    found = {(span.start, span.end) for span in find_quote_spans(text)}
    direct = [(q["start"], q["end"]) for q in doc["quotes"] if q["type"] == "direct"]
    assert direct
    assert set(direct) <= found
    firewall = text.index("'firewall'")
    assert (firewall + 1, firewall + len("'firewall'") - 1) in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # newspaper archives write double quotes as two apostrophes
        ("''We will rebuild,'' the mayor said.", [(0, 2, 18, 20)]),
        ("He called it ''a disgrace.'' Then he left.", [(13, 15, 26, 28)]),
        # TeX-style opening backticks
        ("``Not today,'' she said.", [(0, 2, 12, 14)]),
        # a doubled apostrophe inside a word is a typo, not a mark
        ("We don''t know yet.", []),
    ],
)
def test_doubled_apostrophes_are_one_mark(
    text: str, expected: list[tuple[int, int, int, int]]
) -> None:
    spans = find_quote_spans(text)
    assert [(s.open_start, s.start, s.end, s.close_end) for s in spans] == expected
