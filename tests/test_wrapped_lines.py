"""Hard-wrapped text (wire copy, e-mail, a PDF's lines pasted): a quote goes on over a
line break that only wraps its paragraph (quotes/line_wraps.py, rule wrapped-line), and
the parser reads a hard-wrapped paragraph's sentences whole (rule wrapped-paragraph, and
rule wrapped-text where no blank line sets paragraphs apart); a blank line, or a line
that opens a paragraph's shape of its own, still ends a paragraph (sentences written for
these tests)."""

from __future__ import annotations

import pytest

import quotes
from quotes.line_wraps import joined_wrapped_lines
from quotes.marks import find_quote_spans, paragraph_bounds
from tests.rows import Q, check


@pytest.mark.parametrize(
    "text, expected",
    [
        # the cue after the quote
        ('"We have waited three years for a decision from the\ncapital," said the mayor.',
         [Q("direct", "We have waited three years for a decision from the\ncapital,", "the mayor",
            "the mayor", "said", "dep:subject")]),
        # a short line, in a text of one paragraph per line: the quote closes on the next
        ('"We won\nthe cup," said the captain.',
         [Q("direct", "We won\nthe cup,", "the captain", "the captain", "said", "dep:subject")]),
        # the cue before the quote
        ('The harbour master, Petra Olsen, said: "The ferry will not sail until the\nstorm '
         'has passed and the pier has been checked."',
         [Q("direct", "The ferry will not sail until the\nstorm has passed and the pier has been "
            "checked.", "Petra Olsen", "The harbour master", "said", "dep:subject")]),
        # the cue between two quotes, the second wrapped
        ('"The bridge is safe," the engineer, Tomas Reyes, said. "We tested every\ncable twice '
         'and found nothing."',
         [Q("direct", "The bridge is safe,", "Tomas Reyes", "the engineer", "said", "dep:subject"),
          Q("direct", "We tested every\ncable twice and found nothing.", "Tomas Reyes",
            "the engineer", "said", "previous-quote")]),
        # a quote nested in single marks crosses the break with the outer one
        ('"The inspectors called the pier \'sound as a\nbell\' in their report," said Ada Kerr.',
         [Q("direct", "The inspectors called the pier 'sound as a\nbell' in their report,",
            "Ada Kerr", "Ada Kerr", "said", "dep:subject")]),
        # a wrapped paragraph left open, then a real paragraph break and a new turn
        ('Ada Kerr said: "We have asked the ministry for the money three times\nthis year and '
         'heard nothing back.\n\n"We will ask again," she said.',
         [Q("direct", "We have asked the ministry for the money three times\nthis year and heard "
            "nothing back.", "Ada Kerr", "Ada Kerr", "said", "dep:subject"),
          Q("direct", "We will ask again,", "Ada Kerr", "she", "said", "dep:subject")]),
        # Windows line ends
        ('"We have waited three years for a decision from the\r\ncapital," said the mayor.',
         [Q("direct", "We have waited three years for a decision from the\r\ncapital,",
            "the mayor", "the mayor", "said", "dep:subject")]),
    ],
)
def test_a_quote_goes_on_over_a_wrapped_line(text: str, expected: list[Q]) -> None:
    check(text, quotes.extract(text, scope="all"), expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a quote ending at a line's end: the next line is narration
        ('Ada Kerr said: "The pier is sound."\nShe left early.\n\nThe council met on Friday.',
         ["The pier is sound."]),
        # a line that opens with a bullet is a paragraph of its own
        ('The mayor said "we will build it\n- Roads: 40 per cent\n- Parks: 10 per cent',
         ["we will build it"]),
        # a paragraph on one long line that ends a sentence, then a signature line
        ('Fares\n\n"We have asked the ministry for the money three times this year and heard '
         'nothing back from anyone at all.\nAda Kerr, harbour master."\n\nThe council met.',
         ["We have asked the ministry for the money three times this year and heard nothing "
          "back from anyone at all."]),
    ],
)
def test_a_line_break_that_ends_a_paragraph_still_ends_the_quote(
    text: str, expected: list[str]
) -> None:
    assert [text[s.start : s.end] for s in find_quote_spans(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the subject and its cue on one line, the reported clause wrapped onto the next
        ("Ferry sinks\n\nThe chief executive of the harbour trust and chair of its safety "
         "board,\nPetra Olsen, told the council that the ferry had gone down in calm water\n"
         "off the north pier and that all of the passengers had reached the quay.\n\n"
         "The pier is closed.",
         [Q("indirect", "the ferry had gone down in calm water\noff the north pier and that all "
            "of the passengers had reached the quay", "Petra Olsen", "The chief executive",
            "told", "reported:subject")]),
        # two statements in one wrapped paragraph, one with a quoted fragment over a break
        ('Ferry sinks\n\nThe harbour trust said on Tuesday that the ferry had gone down in '
         'calm\nwater off the north pier, and the coastguard said the crew had been "calm\nand '
         'quick" when the water came in.\n\nThe pier is closed.',
         [Q("indirect", "the ferry had gone down in calm\nwater off the north pier",
            "the harbour trust", "The harbour trust", "said", "reported:subject"),
          Q("mixed", 'the crew had been "calm\nand quick" when the water came in',
            "the coastguard", "the coastguard", "said", "reported:subject")]),
    ],
)
def test_a_hard_wrapped_paragraph_is_read_whole(text: str, expected: list[Q]) -> None:
    check(text, quotes.extract(text), expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a story pasted from an e-mail: no blank line, the reported clause wrapped
        ("Ferry to stop running in winter\nThe harbour trust said on Tuesday that the winter "
         "ferry to the\nislands would stop at the end of October, after the crossing lost\n"
         "money for a third year.\n",
         [Q("indirect", "the winter ferry to the\nislands would stop at the end of October, "
            "after the crossing lost\nmoney for a third year", "the harbour trust",
            "The harbour trust", "said", "reported:subject")]),
        # a sentence ends inside a line; the next sentence's cue is on a wrapped line
        ("Ferry to stop running in winter\nIslanders said they had not been consulted. Marit "
         "Hovland, who runs\nthe shop on Lesser Holm, warned that older residents would be cut "
         "off\nfor months.\n",
         [Q("indirect", "they had not been consulted", "Islanders", "Islanders", "said",
            "reported:subject"),
          Q("indirect", "older residents would be cut off\nfor months", "Marit Hovland",
            "Marit Hovland", "warned", "reported:subject")]),
    ],
)
def test_a_hard_wrapped_story_with_no_blank_line_keeps_its_reported_speech(
    text: str, expected: list[Q]
) -> None:
    check(text, quotes.extract(text), expected)


@pytest.mark.parametrize(
    "text, joined",
    [
        # a hard-wrapped paragraph: its breaks read as spaces
        ("Ferry\n\nThe harbour trust said on Tuesday that the ferry had gone down in calm\n"
         "water off the north pier.\n\nEnd.",
         "Ferry\n\nThe harbour trust said on Tuesday that the ferry had gone down in calm "
         "water off the north pier.\n\nEnd."),
        # short lines are a list's items, each a line of its own
        ("Closures\n\nTrains cancelled at Kessen\nschools closed early\n\nEnd.",
         "Closures\n\nTrains cancelled at Kessen\nschools closed early\n\nEnd."),
        # a speaker label opens a line of its own
        ("Talk\n\nQ: Will the pier reopen before the summer season starts in the\ntown?\nA: We "
         "hope so.\n\nEnd.",
         "Talk\n\nQ: Will the pier reopen before the summer season starts in the town?\nA: We "
         "hope so.\n\nEnd."),
        # a text of one paragraph per line (no blank line), one line going on in lower case:
        # a list's or a poem's lines as well, not joined
        ("The harbour trust said on Tuesday that the ferry had gone down in calm\nwater.",
         "The harbour trust said on Tuesday that the ferry had gone down in calm\nwater."),
        # a hard-wrapped text with no blank line: its wrapped breaks are spaces, before a
        # capital too where the line had no room for the next word; the headline, whose
        # next word would have fit, and the paragraph's last line stay lines of their own
        ("Ferry to stop in winter\nThe harbour trust said on Tuesday that the winter ferry to "
         "Lesser\nHolm would stop at the end of October, after the crossing lost\nmoney for a "
         "third year in a row, and that its two old boats would\nbe sold.\nIslanders were angry.",
         "Ferry to stop in winter\nThe harbour trust said on Tuesday that the winter ferry to "
         "Lesser Holm would stop at the end of October, after the crossing lost money for a third "
         "year in a row, and that its two old boats would be sold.\nIslanders were angry."),
        # the title's line is never joined to a line in capitals, however long it is
        ("A long headline about the island ferry that will stop running for winter\nThe "
         "harbour trust said on Tuesday that the ferry to the islands\nwould stop at the end of "
         "October, after the crossing lost money\nfor a third year.",
         "A long headline about the island ferry that will stop running for winter\nThe "
         "harbour trust said on Tuesday that the ferry to the islands would stop at the end of "
         "October, after the crossing lost money for a third year."),
        # a line longer than a wrapped line: the text puts a paragraph on each line
        ("Ferry to stop in winter\nThe harbour trust said on Tuesday that the ferry would stop "
         "at the end of October, after the crossing lost money for a third year in a row.\n"
         "Islanders said that they had not been asked about it by anyone at all\nand that "
         "they would write to the minister, and to the trust, about the\nferry.",
         "Ferry to stop in winter\nThe harbour trust said on Tuesday that the ferry would stop "
         "at the end of October, after the crossing lost money for a third year in a row.\n"
         "Islanders said that they had not been asked about it by anyone at all\nand that "
         "they would write to the minister, and to the trust, about the\nferry."),
    ],
)
def test_joined_wrapped_lines(text: str, joined: str) -> None:
    assert joined_wrapped_lines(text, paragraph_bounds(text)) == joined


#: A quote closing on a comma, its attribution on the same line as it and on one line.
_ON_ONE_LINE = '"We won the cup," said Ana Ruiz, the captain.'


@pytest.mark.parametrize(
    "text",
    [
        # the break right after the quote's closing mark
        '"We won the cup,"\nsaid Ana Ruiz, the captain.',
        # after the cue
        '"We won the cup," said\nAna Ruiz, the captain.',
        # inside the speaker's name
        '"We won the cup," said Ana\nRuiz, the captain.',
        # after the speaker's name and its comma, before the description
        '"We won the cup," said Ana Ruiz,\nthe captain.',
        # Windows line ends, curly marks
        '“We won the cup,”\r\nsaid Ana Ruiz, the captain.',
    ],
)
def test_a_line_break_inside_an_attribution_changes_no_row(text: str) -> None:
    """Rule wrapped-attribution: the rows, confidence included, are the rows of the same
    words on one line, with offsets into the text as given."""
    flat = {q.start: q for q in quotes.extract(_ON_ONE_LINE)}
    found = quotes.extract(text)
    assert [(q.type, q.text, q.speaker, q.cue, q.method, q.confidence) for q in found] == [
        (q.type, q.text, q.speaker, q.cue, q.method, q.confidence) for q in flat.values()
    ]
    row = found[0]
    assert text[row.speaker_start : row.speaker_end].split() == ["Ana", "Ruiz"]
    assert text[row.cue_start : row.cue_end] == "said"


@pytest.mark.parametrize(
    "text, joined",
    [
        # the cue on the next line, before a name
        ('"We won,"\nAna Ruiz said.', '"We won," Ana Ruiz said.'),
        # the next line opens with a quote mark: a list of quoted words, not joined
        ('He spoke of "trust,"\n"hope" and more.', 'He spoke of "trust,"\n"hope" and more.'),
        # a blank line ends the paragraph
        ('"We won,"\n\nsaid Ana Ruiz.', '"We won,"\n\nsaid Ana Ruiz.'),
        # a quote closing on a full stop ends its sentence
        ('"We won."\nAna Ruiz left.', '"We won."\nAna Ruiz left.'),
        # a speaker label opens a line of its own
        ('"We won," said Ana Ruiz,\nQ: Who lost?', '"We won," said Ana Ruiz,\nQ: Who lost?'),
    ],
)
def test_joined_attribution_lines(text: str, joined: str) -> None:
    assert joined_wrapped_lines(text, paragraph_bounds(text)) == joined
