"""Quotes signed by a dash line after them, and a colon line whose last noun is an adjunct."""

from __future__ import annotations

import pytest

import quotes

ROUNDUP = """Seven days in Pellbridge: what they said

"I opened the shop in 1988 and I have never had a Christmas this quiet."
— Agnes Ferreira-Holt, 64, who runs the toy shop on Quay Street, on the bypass

"The bridge will reopen when the engineers are satisfied and not a day before."
— a spokesman for the county highways team

"Forty pupils turned up to chess club. Last year we had six."
— Tomasz Wrobel (Year 9)

"We have waited six years for a lift in this block."
— Priya Natarajan of the Eastgate Tenants' Association

The harbour master, Ines Calloway, at the regatta on Sunday: "The wind did us no favours."
"""


@pytest.mark.parametrize(
    "fragment, mention, cue",
    [
        # a name, then age, role and topic after commas
        ("I opened the shop", "Agnes Ferreira-Holt", "—"),
        # an unnamed source described on the signature line
        ("The bridge will reopen", "a spokesman for the county highways team", "—"),
        # a name, then a note in brackets
        ("Forty pupils", "Tomasz Wrobel", "—"),
        # a name, then the body the person speaks for
        ("We have waited", "Priya Natarajan", "—"),
        # the adjuncts before the colon (`at the regatta on Sunday`) are no speaker
        ("The wind did us", "Ines Calloway", ":"),
    ],
)
def test_the_signature_names_who_said_it(fragment: str, mention: str, cue: str) -> None:
    [quote] = [q for q in quotes.extract(ROUNDUP) if q.text.startswith(fragment)]
    assert (quote.type, quote.speaker_mention, quote.cue) == ("direct", mention, cue)


@pytest.mark.parametrize(
    "text, fragment",
    [
        # a dash mid-line after a quote goes on with the writer's words, not a signature
        ('"We were never consulted," Lena Ortiz said - a claim the board denies.\n',
         "We were never consulted"),
        # a description after a dash that names no person
        ('The sign on the door read "Back in five minutes"\n— a promise nobody believed\n',
         "Back in five minutes"),
    ],
)
def test_a_dash_that_signs_nothing_gives_no_speaker(text: str, fragment: str) -> None:
    found = [q for q in quotes.extract(text, scope="all") if q.text.startswith(fragment)]
    assert all(q.cue not in ("—", "-") for q in found)


@pytest.mark.parametrize(
    "text, content, mention, cue",
    [
        # rule signed-without-comma: a name and a verb right after a sentence in marks
        # whose comma the writer left out
        ('The ferry stops in May.\n\n"We asked the council twice and heard nothing back" '
         "the harbour master Ana Ruiz said on Friday.\n",
         "We asked the council twice and heard nothing back", "Ana Ruiz", "said"),
        # … the name first, then the verb
        ('The ferry stops in May.\n\n"Closing the route is unfair to the islands" Ruiz '
         "wrote on Twitter.\n",
         "Closing the route is unfair to the islands", "Ruiz", "wrote"),
    ],
)
def test_a_sentence_signed_without_its_comma_is_a_quote(
    text: str, content: str, mention: str, cue: str
) -> None:
    # a show's name run on into the noun it qualifies stays a name, not a quote; and a
    # quote a relative clause goes on from is part of the counsel's mixed statement
    text += ('\n"Harbour Lights" director Ines Varga said the film would open in June.\n'
             '\n"If the board finds more papers, it will search them for names" that would '
             "answer the request, the board's counsel Tom Lee wrote in a filing.\n")
    rows = [(q.type, q.start, q.end, q.speaker_mention, q.cue)
            for q in quotes.extract(text, scope="all")]
    start = text.index(content)
    assert rows[0] == ("direct", start, start + len(content), mention, cue)
    assert [row[0] for row in rows[1:]] == ["indirect", "mixed"]
