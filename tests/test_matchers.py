"""The speaker rules of quotes/matchers.py, each alone, on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from quotes.according_hosts import according_speaker
from quotes.governing import governing_speaker
from quotes.matchers import SpeakerMatcher
from quotes.model import load_model
from quotes.subject_repairs import subject_read_as_conjunct


@pytest.fixture(scope="module")
def nlp():
    return load_model()


def cue_speakers(nlp, text: str) -> dict[str, tuple[str, str]]:
    """Each cue word of the text with its speaker head word and the rule's name."""
    doc = nlp(text)
    return {
        doc[hit.cue].text: (doc[hit.speaker].text, hit.method)
        for hit in SpeakerMatcher(nlp.vocab)(doc).values()
    }


GOVERNED = [
    # a participle set off from the clause whose subject speaks
    ("Senator Ruiz criticized the plan, saying it would cost too much.", "saying",
     ("Ruiz", "participle")),
    # ... set off after a reported clause, it goes with the verb that reports it
    ('Mayor Varga wrote the engineers knew of the cracks, saying, "They hid nothing."',
     "saying", ("Varga", "participle")),
    # ... also when the reported clause ends in a quote (`…," adding`) ...
    ('Lee told reporters that Mr Ortiz "had a reckless plan which was doomed," adding, '
     '"He lost every vote in the valley."', "adding", ("Lee", "participle")),
    # ... or the participle hangs on an infinitive inside that clause
    ("Even a veteran union organiser said Ruiz will have to decide which camp she is in, "
     'saying, "Sooner or later, she must pick one."', "saying",
     ("organiser", "participle")),
    # a conjoined verb shares the first verb's subject
    ("Senator Ana Ruiz smiled and said the vote would wait.", "said", ("Ruiz", "conjunct")),
    # an infinitive under another verb
    ("The governor went on to say that taxes would rise.", "say", ("governor", "participle")),
    ("The mayor declined to comment on the report.", "comment", ("mayor", "complement")),
    # ... whose object speaks when the verb brings it to: `led some to speculate`
    ("The sudden closure led some to speculate that the club had failed.", "speculate",
     ("some", "complement")),
    # rule object-control: the object a verb presses or needs to do what the cue says
    # speaks (pressing-verbs.txt) ...
    ("Any deal would require the unions to accept that wages will stay flat.", "accept",
     ("unions", "object-control")),
    ("Party elders are pressing the mayor to stop attacking the council.", "attacking",
     ("mayor", "object-control")),
    # ... and the object an `-ing` participle follows after `leave` (leaving-verbs.txt)
    ("The verdict left many residents wondering whether the mill would reopen.",
     "wondering", ("residents", "object-control")),
    # a participle under a preposition: `by describing`
    ("The senator drew large crowds by describing a rigged economy.", "describing",
     ("senator", "participle")),
    # ... or the participle hangs on an infinitive that says what the object is for
    # (rule participle-past-aim)
    ("Prime Minister Ana Ruiz on Monday rejected an opposition demand to release more of "
     "the grain stockpile, telling the committee that prices had peaked.", "telling",
     ("Ruiz", "participle")),
    # rule participle-before-quote: a participle set off after a clause stays with
    # that clause's subject when the parser hangs the clause on a verb of the quote
    # the participle opens (here `asked`)
    ('Mayor Ana Ruiz was unimpressed with the plan, telling reporters, "Nobody asked for a '
     'new bridge."', "telling", ("Ruiz", "participle")),
    # a statement that speaks for whoever issued it
    ("Mayor Ines Varga issued a statement saying that all piers would stay closed.",
     "saying", ("Varga", "modified")),
]


@pytest.mark.parametrize("text, cue, expected", GOVERNED)
def test_governing_speaker(nlp, text: str, cue: str, expected: tuple[str, str]) -> None:
    assert cue_speakers(nlp, text)[cue] == expected


NOT_GOVERNED = [
    # a passive participle's subject was spoken to, not speaking
    ("Asked about the delay, the mayor blamed the weather.", "Asked"),
    # an empty `it` is no one
    ("It is important to note that the pier is closed.", "note"),
    # a participle on a noun that is not issued by anyone in the clause
    ("The crowd cheered a banner saying that the pier must stay open.", "saying"),
]


@pytest.mark.parametrize("text, cue", NOT_GOVERNED)
def test_no_governing_speaker(nlp, text: str, cue: str) -> None:
    doc = nlp(text)
    token = next(t for t in doc if t.text == cue)
    assert governing_speaker(token) is None


ACCORDING = [
    # the phrase's object is the source
    ("According to the harbour board, the ferry will sail at noon.", "According", "board",
     "board"),
    # ... unless a person's name follows a description of the source, set off by commas
    ("According to the chair of the harbour board, Ana Ruiz, the ferry will sail at noon.",
     "According", "chair", "Ruiz"),
    # `per` with a rate for its object gives no source
    ("Fares will rise by 4 per cent, per year.", "per", "year", None),
]


@pytest.mark.parametrize("text, cue, source, expected", ACCORDING)
def test_according_speaker(nlp, text: str, cue: str, source: str, expected: str | None) -> None:
    doc = nlp(text)
    words = {t.text: t for t in doc}
    speaker = according_speaker(words[cue], words[source])
    assert (speaker.text if speaker is not None else None) == expected


@pytest.mark.parametrize("word", ["hoping", "hoped", "hopes"])
def test_hope_is_a_cue_whatever_the_model_lemmatises(nlp, word: str) -> None:
    subject = "The union" if word == "hopes" else "Union leaders"
    text = f"{subject} {word} to reach a deal by Friday."
    assert cue_speakers(nlp, text)[word] == (subject.split()[-1], "subject")


def test_a_share_in_percent_is_a_speaker(nlp) -> None:
    text = "In the survey, 85% of nurses said the wards are understaffed."
    assert cue_speakers(nlp, text)["said"] == ("%", "subject")


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        # rule dated-noun-cue: a month or a day before a noun cue says when, its owner speaks
        ('The union shunned Ruiz after her March comment that "every mill must close."',
         "comment", ("her", "nominal")),
        ("Lee stood by his Tuesday claim that the mill would close.", "claim",
         ("his", "nominal")),
    ],
)
def test_a_date_before_a_noun_cue_is_no_speaker(
    nlp, text: str, cue: str, expected: tuple[str, str]
) -> None:
    assert cue_speakers(nlp, text)[cue] == expected


def test_a_dash_taken_for_a_noun_is_no_speaker(nlp) -> None:
    text = (
        "When Lind noted that Berg had rarely paid any property tax ― as was plain in the "
        'few years his filings were made public ― Berg boasted, "That makes me smart."'
    )
    assert cue_speakers(nlp, text)["boasted"] == ("Berg", "subject")


def test_a_conjunct_keeps_the_subject_the_parser_hung_elsewhere(nlp) -> None:
    # `The senator voted for it, but Cruz opposed it.` parsed as if `Cruz` modified the
    # first verb: `opposed` still has its own subject before it
    words = ["The", "senator", "voted", "for", "it", ",", "but", "Cruz", "opposed", "it", "."]
    heads = [1, 2, 2, 2, 3, 2, 2, 2, 2, 8, 2]
    deps = ["det", "nsubj", "ROOT", "prep", "pobj", "punct", "cc", "npadvmod", "conj", "dobj",
            "punct"]
    pos = ["DET", "NOUN", "VERB", "ADP", "PRON", "PUNCT", "CCONJ", "PROPN", "VERB", "PRON",
           "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    speaker, method = governing_speaker(doc[8])
    assert (speaker.text, method) == ("Cruz", "subject")


# A name the parser joined to the noun before it, though it opens a clause of its own:
# (words, heads, deps, pos, tags), the name's index and the head and label it gets.
CONJUNCT_SUBJECTS = [
    # `a seat and Ortega` read as the subject of `suggested`: Ortega is, and the seat
    # goes back to `won` as its object
    (
        ["Rivas", "has", "won", "a", "seat", "and", "Ortega", "suggested", "they", "quit", "."],
        [2, 2, 2, 4, 7, 4, 4, 2, 9, 7, 2],
        ["nsubj", "aux", "ROOT", "det", "nsubj", "cc", "conj", "ccomp", "nsubj", "ccomp",
         "punct"],
        ["PROPN", "AUX", "VERB", "DET", "NOUN", "CCONJ", "PROPN", "VERB", "PRON", "VERB",
         "PUNCT"],
        ["NNP", "VBZ", "VBN", "DT", "NN", "CC", "NNP", "VBD", "PRP", "VBP", "."],
        6, ("suggested", "nsubj"),
    ),
    # `the firm and Okafor` leaves `resigned` with no subject
    (
        ["The", "board", "fined", "the", "firm", "and", "Okafor", "resigned", "."],
        [1, 2, 2, 4, 2, 4, 4, 2, 2],
        ["det", "nsubj", "ROOT", "det", "dobj", "cc", "conj", "conj", "punct"],
        ["DET", "NOUN", "VERB", "DET", "NOUN", "CCONJ", "PROPN", "VERB", "PUNCT"],
        ["DT", "NN", "VBD", "DT", "NN", "CC", "NNP", "VBD", "."],
        6, ("resigned", "nsubj"),
    ),
    # two subjects of one verb stay as they are
    (
        ["Police", "and", "Okafor", "agree", "."],
        [3, 0, 0, 3, 3],
        ["nsubj", "cc", "conj", "ROOT", "punct"],
        ["NOUN", "CCONJ", "PROPN", "VERB", "PUNCT"],
        ["NNS", "CC", "NNP", "VBP", "."],
        2, ("Police", "conj"),
    ),
]


@pytest.mark.parametrize("words, heads, deps, pos, tags, name, expected", CONJUNCT_SUBJECTS)
def test_a_name_read_as_a_conjunct_is_the_subject_of_the_verb_after_it(
    nlp, words, heads, deps, pos, tags, name, expected
) -> None:
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)
    subject_read_as_conjunct(doc[name])
    assert (doc[name].head.text, doc[name].dep_) == expected


def test_a_by_phrase_before_a_passive_cue_is_when_not_who(nlp) -> None:
    # `By noon …` sets the time; a `by` after the verb still names the agent
    assert cue_speakers(nlp, "By noon the ruling had been criticised twice.") == {}
    assert cue_speakers(nlp, "The plan was criticised by Ana Ruiz.") == {
        "criticised": ("Ruiz", "passive-agent")
    }
