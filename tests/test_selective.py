"""Selective parsing: which sentences are parsed, and what the rest still gives.

Sentences written for these tests. Each rule of :func:`quotes.picking.pick` has a case
that picks a sentence and, where there is one, a case that it leaves alone.
"""

from __future__ import annotations

import pytest

import quotes
from quotes.mentions import mention_span
from quotes.normalise import normalise
from quotes.picking import pick, sentences


@pytest.fixture(scope="module")
def engine() -> quotes.Engine:
    engine = quotes.get_engine()
    assert engine.selective is not None
    return engine


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a full stop, a space and a capital
        ("The ferry ran late. Nobody minded.", ["The ferry ran late. ", "Nobody minded."]),
        # `!` before a comma is no sentence end (`Jeb!, Ben Carson`)
        ("Yahoo!, Lycos and Excite bid.", ["Yahoo!, Lycos and Excite bid."]),
        # a lower-case word after the stop: no split
        ("It cost 5 p.m. prices. and more.", ["It cost 5 p.m. prices. and more."]),
        # a closing mark after the stop, and a paragraph break that the break ends
        ('He left. "Fine." \n\nThe end.', ["He left. ", '"Fine." \n\n', "The end."]),
        # a line starting in lower case goes on with the sentence before it
        ("The mayor said\nthat it would rain.", ["The mayor said\nthat it would rain."]),
    ],
)
def test_sentences_by_rule(engine: quotes.Engine, text: str, expected: list[str]) -> None:
    doc = engine.nlp.make_doc(text)
    assert [doc[start:end].text_with_ws for start, end in sentences(doc)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quotation, and the sentence before one that opens with it (its speaker's)
        ('Ana Ruiz waved. "We sail at noon." The sea was calm.', [True, True, False]),
        # a scare quote inside a clause is no quotation: not picked for it
        ('The new "fix" failed. The sea was calm.', [False, False]),
        # any inflection of a cue verb, a noun cue, an adjective cue, hearsay
        ("The clerk had warned them. The sea was calm.", [True, False]),
        ("Her claims were loud. He is confident it works.", [True, True]),
        ("The pier reportedly sank.", [True]),
        # a verb that is a cue only with a clause: the parse must show whether it has one
        ("The board accepted that it had failed. The sea was calm.", [True, False]),
        # a form that is a cue only as a verb, read as a noun after a determiner
        ("The state budget grew. The states voted.", [False, True]),
        # a colon that can close a speaker's name
        ("Ruiz: the ferry will run. The sea was calm.", [True, False]),
        # a verb-only cue form after a number is a noun; after a name it is a verb
        ("Nine supports carried the roof. Varga supports the plan.", [False, True]),
        ("The tally reached 40 votes. The council votes on Monday.", [False, True]),
        # a verb-only cue form inside a name, unless the sentence is a title-case headline
        ("Grain ships from the United States arrived late at the harbour.", [False]),
        ("Fighters loyal to Islamic State camped near the border town.", [False]),
        (
            "Ruiz gave money to the Harbour Vote Fund in the spring of that year. "
            "Port Workers Vote To Strike.",
            [False, True],
        ),
        # words inside a markup tag; a lone `<` opens none
        ('<post id="7" kind="press">The ferry ran late.</post>', [False]),
        ("Turnout was < 5 percent, the clerk admitted.", [True]),
        # a form that is nearly always a noun counts only after a word that opens a verb
        ("Crews for the campaign left early. Crews plan to campaign in May.", [False, True]),
        # … or before `that`
        ("Okonkwo states that the fee is fair. Ten states joined.", [True, False]),
        ("The press was kind to Varga. They press the mayor for answers.", [False, True]),
        # a light verb's word counts only with that verb in its sentence
        ("Varga made the case for a pier. The case went to court.", [True, False]),
        ("Ruiz took aim at the budget. The archer missed her aim.", [True, False]),
        ("She has doubts about the pier. There is no doubt about the tide.", [True, False]),
        # a phrasal verb counts only with its particle close after it
        ("The minister fired back at her critics. The crew fired the old boiler.",
         [True, False]),
        # … or right after the object it needs
        ("Ms Lind put it to him that he lied. She put her hand to her mouth.", [True, False]),
        # figure-verbs.txt: a cue only with the `at` of its figure a few words on
        ("Police put the size of the crowd at 9,000. They put the barriers away.", [True, False]),
        # an agent noun is no form of the verb it comes from
        ("The reporters waited outside. The voters sang.", [False, False]),
        # a noun for one who holds a stance counts wherever it stands (`be` may make it a
        # cue: `She is a critic of the levy`)
        ("The critics waited outside. The reporters sang.", [True, False]),
        # a noun cue with an owner, a source, or none
        ("Her statement was brief. The statement was brief.", [True, False]),
        ("A statement from the port was brief. Russian claims grew.", [True, True]),
        # the sentence before a lead-in that names its speaker by a pronoun alone and
        # ends on its cue (whom the pronoun means); not before one that goes on after it
        (
            "Skipper Lana Voss picked Ede, with Tom Hale out. Here is what she said.",
            [True, True],
        ),
        ("Skipper Lana Voss picked Ede, with Tom Hale out. She said it twice.", [False, True]),
        # the sentence before an `It` cue sentence that names a work, whose maker it
        # may give (`Her first entry`), quoted words after the cue or none; not one that
        # names no work
        ('Her first entry is dated March 3. It reads: "Open at nine."', [True, True]),
        ("The tide turned at noon. It says the pier will open.", [False, True]),
        # the paragraph before the first of two questions printed as paragraphs of their
        # own, where an interview's introduction names whom the writer met
        (
            "The lock opened in 1820.\n\nWe met Ines Roy at the lock. She was busy.\n\n"
            "Why locks?\n\nMy uncle kept one.\n\nAnd now?\n\nI keep it.",
            [False, True, True, False, False, False, False],
        ),
    ],
)
def test_pick(engine: quotes.Engine, text: str, expected: list[bool]) -> None:
    doc = engine.nlp.make_doc(text)
    assert pick(doc, text, sentences(doc), engine.selective.cues) == expected


def test_unparsed_sentences_still_name_people(engine: quotes.Engine) -> None:
    text = (
        "Mayor Ines Varga opened the pier on Monday. The weather was grey.\n\n"
        "The crowd was small. It rained all day.\n\n"
        '"It will hold," she said.'
    )
    doc = engine.parse(normalise(text))
    assert doc.text == text
    start = text.index("The crowd")
    unparsed = doc.char_span(start, start + len("The crowd was small.")).sent
    assert unparsed.text == "The crowd was small."
    assert not any(token.dep_ for token in unparsed)
    assert [(q.text, q.speaker, q.speaker_mention) for q in engine.extract(text)] == [
        ("It will hold,", "Ines Varga", "she")
    ]


@pytest.mark.parametrize(
    ("sentence", "word", "name"),
    [
        ("Members of Dunmore District Council met.", "Council", "Dunmore District Council"),
        ("Nurses at St Brigid's Hospital met.", "Hospital", "St Brigid's Hospital"),
        # a possessive before a common noun is no part of a name
        ("Varga's pier opened.", "Varga", "Varga"),
    ],
)
def test_names_in_unparsed_sentences_keep_their_words(
    engine: quotes.Engine, sentence: str, word: str, name: str
) -> None:
    text = f'{sentence} The sea was calm.\n\n"It will hold," she said.'
    doc = engine.parse(text)
    token = next(t for t in doc if t.text == word)
    assert all(t.dep_ != "ROOT" for t in token.sent)  # the sentence was not parsed
    assert mention_span(token).text == name


def test_a_text_with_nothing_to_parse_has_no_quotes(engine: quotes.Engine) -> None:
    assert engine.extract("The tide came in. The gulls left.") == []
    assert engine.extract("") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a heading holding a cue word, on a line of its own before the claim's paragraph
        ("Second claim\n\nSzczęsny said that the harbour had added 40 new berths since 2019.",
         "Szczęsny"),
        # a numbered heading
        ("Claim three\n\nSzczęsny claimed that the harbour had added 40 new berths since 2019.",
         "Szczęsny"),
    ],
)
def test_a_heading_is_parsed_apart_from_the_next_paragraph(text: str, speaker: str) -> None:
    # rule heading-parsed-alone: parsed in one run with the heading, the surname became
    # a sentence of its own and the claim lost its speaker
    (row,) = quotes.extract(text, scope="all")
    assert row.speaker == speaker
    assert text[row.speaker_start : row.speaker_end] == speaker
    assert text[row.start : row.end] == "the harbour had added 40 new berths since 2019"
