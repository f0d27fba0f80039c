"""Words in opinion and culture writing that look like statements and are not: a
character's line in a review (quotes/fiction_lines.py: rules played-part, in-a-chapter
with an episode or a work of fiction, in-a-numbered-part, plot-setting-before), the
name a group gives itself (quotes/naming.py: self-named), a piece labelled satire
(quotes/satire.py), a charge quoted as what a plea admits, a word discussed as a word,
a dedication and a title as a source (quotes/named_words.py), and a cue the sentence
denies with `nor` or `no record` (quotes/unasserted.py). Each article holds one such
row beside a real statement: the statements scope keeps the statement only, and `all`
still has the other row."""

from __future__ import annotations

import pytest

import quotes
from tests.rows import check_statements_beside


@pytest.fixture(scope="module", autouse=True)
def _model() -> None:
    quotes.get_engine()


#: (text, the words that are no statement, the statements scope's rows as (type,
#: speaker, content)).
NOT_STATEMENTS = [
    # played-part: a character the review says an actor plays
    (
        "Coldwater returns\n\n"
        '"You should never have come back here," Sheriff Ada Brenner (played by Kate '
        "Moss-Irving) warns the stranger. The show's creator, Luca Ferri, said the series had "
        "been filmed in Iceland.",
        "You should never have come back here,",
        [("indirect", "Luca Ferri", "the series had been filmed in Iceland")],
    ),
    # in-a-chapter: a line set in an episode, told to someone
    (
        'In episode two, Brenner tells her deputy: "Nobody in this town is innocent." The '
        "show's creator, Luca Ferri, said the series had been filmed in Iceland.",
        "Nobody in this town is innocent.",
        [("indirect", "Luca Ferri", "the series had been filmed in Iceland")],
    ),
    # in-a-chapter: a line set in a work of fiction, told to a kinsman of the speaker
    (
        'In the film, the old man tells his grandson: "Every tree here has a name." '
        "Director Sara Lindgren said she had cast her own grandfather in the role.",
        "Every tree here has a name.",
        [("indirect", "Sara Lindgren", "she had cast her own grandfather in the role")],
    ),
    # in-a-numbered-part: a line said in a numbered part of a work
    (
        '"You love the stone more than me," his wife says in chapter nine. Author Ruth '
        "Abara said she had trained as a mason for a year.",
        "You love the stone more than me,",
        [("indirect", "Ruth Abara", "she had trained as a mason for a year")],
    ),
    # plot-setting-before: the sentence before sets the paragraph in an episode
    (
        "In the third episode, Detective Maren Holt finally corners the smuggler. "
        '"You have nowhere left to run," Holt tells him on the pier.\n\n'
        "The show's creator, Daniel Okoro-Frith, said the writers had rewritten the scene "
        "nine times.",
        "You have nowhere left to run,",
        [("indirect", "Daniel Okoro-Frith", "the writers had rewritten the scene nine times")],
    ),
    # self-named: the name a group gives itself
    (
        'The group calls itself "Parents for Safe Streets" and has about 300 members. Its '
        "chair, Lotte Veenstra, said the council had ignored three petitions.",
        "Parents for Safe Streets",
        [("indirect", "Lotte Veenstra", "the council had ignored three petitions")],
    ),
    # satire-label: the mock report under a SATIRE label, a real report in the box after it
    (
        "SATIRE\n\n"
        "Mayor announces plan to replace buses with optimism\n\n"
        '"Buses are a twentieth-century idea," Mayor Oswin Tarrant told a press '
        "conference.\n\n"
        "What was actually said\n\n"
        "Tarrant told the council on Monday that two bus routes would be cut.",
        "Buses are a twentieth-century idea,",
        [("indirect", "Oswin Tarrant", "two bus routes would be cut")],
    ),
    # satire-label: the label before the headline
    (
        "Satire: Minister discovers the sea\n\n"
        "The Minister for Coastal Affairs, Gerald Pimm, told parliament on Monday that he "
        'had discovered the sea. "It is very large and quite wet," Pimm said.',
        "It is very large and quite wet,",
        [],
    ),
    # quoted-charge: the words of a charge a plea admits
    (
        'Tomasz Wrona, 44, also admitted "failing to stop after an accident". Judge Helen '
        "Ashworth said Wrona had shown no remorse.",
        "failing to stop after an accident",
        [("indirect", "Helen Ashworth", "Wrona had shown no remorse")],
    ),
    # word-as-word: a word repeated, quoted after `the word`
    (
        'The minister repeated the word "unacceptable" three times. Opposition leader Rhona '
        "Blake said the speech had been empty.",
        "unacceptable",
        [("indirect", "Rhona Blake", "the speech had been empty")],
    ),
    # word-as-word: a word quoted after a colon
    (
        'She kept returning to one word: "dignity". Opposition leader Rhona Blake said the '
        "speech had been empty.",
        "dignity",
        [("indirect", "Rhona Blake", "the speech had been empty")],
    ),
    # dedication: a title card's dedication
    (
        'Its title card reads "Dedicated to the men of Ashby Colliery". Director Nadia '
        "Rahimi said she had filmed 200 hours of footage.",
        "Dedicated to the men of Ashby Colliery",
        [("indirect", "Nadia Rahimi", "she had filmed 200 hours of footage")],
    ),
    # title-source: a title as the source a colon gives
    (
        'The play\'s title, "I Was Never Here", comes from a line the narrator repeats: '
        '"I was never here, and I never left." Playwright Zofia Wiśniewska said she wrote '
        "it after her mother's death.",
        "I was never here, and I never left.",
        [("indirect", "Zofia Wiśniewska", "she wrote it after her mother's death")],
    ),
    # denied-cue: a clause that `nor` opens
    (
        'Nor did her deputy, Piotr Zieliński, claim that the budget was "in crisis". '
        "Zieliński said on Tuesday that the figures were manageable.",
        "in crisis",
        [("indirect", "Piotr Zieliński", "the figures were manageable")],
    ),
    # denied-cue (no-record): a clause on `no record`
    (
        'There is no record that Captain Silas Penhale ever said "the tide waits for no '
        'man". The curator, Ewa Nowak, said visitors asked about the quote every week.',
        "the tide waits for no man",
        [("indirect", "Ewa Nowak", "visitors asked about the quote every week")],
    ),
]


@pytest.mark.parametrize(("text", "words", "statements"), NOT_STATEMENTS)
def test_no_statement_beside_a_statement(
    text: str, words: str, statements: list[tuple[str, str, str]]
) -> None:
    check_statements_beside(text, words, statements)
