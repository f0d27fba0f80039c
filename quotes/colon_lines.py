"""Headline and transcript lines: a short name and a colon say what follows.

`Okafor: Tariffs could hurt grain exports in spring`, `Varga to Dock Workers' Union:
The pier will reopen in May`: no verb says who speaks, so these lines need a rule of
their own, which the parse cannot give: a few capitalised words with a noun and no verb
open the line or sentence, and are not a label (`Update: …`). What follows the colon is
no one's words when it is a roster of names (`Iowa: Ana Ruiz, Tom Hale, Ben Ode`) or a
noun phrase that names a section's topic (`Carson: A miracle`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotes.clause_bounds import Content
from quotes.content_edges import trimmed
from quotes.cue_words import token_indices
from quotes.exchanges import is_chorus
from quotes.label_speakers import LabelPeople, names_someone, narrator
from quotes.language import word_list
from quotes.role_words import is_office
from quotes.sentence_starts import dated_dateline
from quotes.titles import is_title

#: Words before a colon that label what follows rather than say it (`Update: …`).
_LABELS = word_list("colon-labels")


#: Longest name (in words) that a colon makes a speaker, as in a headline.
_COLON_NAME = 6
#: Most words of a place's name in capitals before a dateline's colon (`NEW DELHI:`).
_PLACE_WORDS = 3


def colon_statements(doc: Doc, people: LabelPeople) -> list[tuple[Content, Token, Token]]:
    """Statements after a short name and a colon that open their line or sentence, as
    in headlines and transcripts: `Okafor: Tariffs could hurt grain exports in spring`,
    `Varga to Dock Workers' Union: The pier will reopen in May` (the name before
    `to`). Each with its content, the colon and the speaker's head word. `people` are
    the doc's, as the transcript's labels were checked against them."""
    out = []
    labelled = [
        (colon, label)
        for colon in (doc[i] for i in token_indices(doc, "ORTH", frozenset(":")))
        if (label := _colon_label(colon))
    ]
    # a dateline stands once; labels in capitals on two lines or more are a transcript's
    # turns (`MORAN: Do you regret it?` ¶ `LEE: Some of it.`)
    capitals = [
        colon
        for colon, label in labelled
        if len(label) <= _PLACE_WORDS and _in_capitals(label)
    ]
    surnames = (
        people.surnames_apart(doc[dict(labelled)[capitals[0]][0].i : capitals[0].i])
        if len(capitals) == 1
        else set()
    )
    for colon, label in labelled:
        _name_read_as_common_word(label, people.surnames)
        if (
            capitals == [colon]
            and doc.text[: label[0].idx].strip()
            and _place_label(label, colon, surnames)
        ):
            continue
        if _topic_heading(label) or is_chorus(" ".join(t.text for t in label)):
            continue  # a chorus is no one: `Noble Lords: Hear, hear!`
        words = []
        for token in doc[colon.i + 1 :]:
            if "\n" in token.text or (token.is_space and "\n" in token.whitespace_):
                break
            words.append(token)
            if token.is_sent_end or "\n" in token.whitespace_:
                break
        if (
            _defined_word(label, words) or _work_and_author(words) or _name_roster(words)
            or _topic_phrase(words) or _bracketed_note(words)
        ):
            continue
        content = trimmed(words, "colon")
        name = [t for t in label[: _first_prep(label)] if t.pos_ in ("PROPN", "NOUN")]
        if content is not None and name:
            out.append((content, colon, name[-1]))
    return out


#: The tags of a finite verb (`will`, `runs`, `ran`).
_FINITE = frozenset({"MD", "VBZ", "VBP", "VBD"})


def _defined_word(label: list[Token], words: list[Token]) -> bool:
    """Whether a colon line is a glossary's entry: one word, then its meaning in lower
    case, an infinitive or a noun phrase with no finite verb but in a relative clause
    (`Reintroduce: to bring an animal back …`, `Steppe: a huge, flat grassland where few
    trees grow.`). A speaker's words after a colon are a sentence, with a capital or
    without (`Okafor: Tariffs could hurt …`, `Critics: the plan will fail.`)."""
    first = next((t for t in words if not t.is_space and not t.is_punct), None)
    if len(label) != 1 or first is None or not (first.is_lower and first.is_alpha):
        return False
    finite = next((t for t in words if t.tag_ in _FINITE), None)
    return (
        first.lower_ == "to"
        or finite is None
        or any(a.dep_ == "relcl" for a in (finite, *finite.ancestors))
    )


def _bracketed_note(words: list[Token]) -> bool:
    """Rule colon-note: words after a colon that are all one note in round brackets
    are the transcriber's account of how a turn came, not anyone's claim: `MR. LEE:
    (After consulting officials) The buyer was …` (the turn's words after the note are
    the transcript's row)."""
    # Shape: `<label>: (<note>)`, the note ending the parsed sentence
    kept = [t for t in words if not t.is_space]
    return len(kept) > 2 and kept[0].text == "(" and kept[-1].text == ")" and not any(
        t.text in "()" for t in kept[1:-1]
    )


#: Fewest commas between the names of a roster (`Ana Ruiz, Tom Hale, Ben Ode`).
_ROSTER_COMMAS = 2


def _name_roster(words: list[Token]) -> bool:
    """Rule colon-roster: a list of names after a colon, who belong to the label (a
    place, a team, a panel), not words anyone said: `Iowa: Ana Ruiz, Tom Hale, Ben
    Ode`. Only names, commas and `and`."""
    # Shape: `<label>: <Name>, <Name>, … and <Name>`: `Panel: Ana Ruiz, Tom Hale, Ben Ode.`
    kept = [t for t in words if not t.is_space]
    while kept and kept[-1].is_punct:
        kept.pop()
    commas = sum(t.text == "," for t in kept)
    return commas >= _ROSTER_COMMAS and all(
        t.pos_ == "PROPN" or t.text == "," or t.dep_ == "cc" for t in kept
    )


#: Articles that open a noun phrase naming a thing (`a miracle`, `the latest count`).
_TOPIC_ARTICLES = word_list("topic-heading-articles")


def _topic_phrase(words: list[Token]) -> bool:
    """Rule colon-topic: a noun phrase after a colon that opens with an article and has
    no verb and no quote mark names what the section is about, the writer's heading,
    not anyone's words: `Carson: A miracle`, `Delegate tracker: The latest count in the
    race`, `Ruiz and Hale: A tortured partnership`. A claim has a verb (`Ruiz: The plan
    will fail`) or opens otherwise (`Ruiz: No deal without the unions`), and words in
    marks are someone's (`Ruiz: 'A betrayal'`)."""
    # Shape: `<label>: <a | an | the> <noun phrase>`: `Hale: A closing surge.`
    kept = [t for t in words if not t.is_space]
    return (
        bool(kept)
        and kept[0].lower_ in _TOPIC_ARTICLES
        and not any(t.pos_ in ("VERB", "AUX") or t.is_quote for t in kept)
    )


#: Longest subtitle (in words) of a work whose author `, by` names after it.
_SUBTITLE_WORDS = 14


def _work_and_author(words: list[Token]) -> bool:
    """Rule colon-work: a work's title and subtitle, then `, by` and its author, as a
    review heads the book it reviews (`Blue and Cream: A People's History of the
    Calcutta Tram, by Sohini Bhattacharya-Raman.`): the words before the colon are the
    title's, not a speaker's, and the subtitle no statement."""
    by = next(
        (k for k, t in enumerate(words) if t.lower_ == "by" and k and words[k - 1].text == ","),
        None,
    )
    if by is None or by + 1 >= len(words) or not words[by + 1].text[:1].isupper():
        return False
    subtitle = words[0].doc[words[0].i : words[by - 1].i]
    return is_title(subtitle.text, longest=_SUBTITLE_WORDS)


def _name_read_as_common_word(label: list[Token], people: set[str | None]) -> None:
    """`Halloran: Budget Cuts Will Hurt Rural Schools`: in a headline's capitals the
    parser may read a one-word label as a common noun or an adjective, which no rule
    takes for a speaker; a one-word label that is the surname of someone the text names
    is that person's name (tagged a proper noun).

    The tag is mended on the doc's token, as :mod:`quotes.parse_repairs` mends tags, and
    not carried beside it as a flag: every later step reads the speaker's part of speech
    (the `named` test of :func:`~quotes.reported.find_reported`, the resolver, which
    takes a proper noun for a name and so `Swift` for `Mayor Ola Swift` named later,
    and the speaker's kind in :mod:`quotes.confidence`), and a flag would have to reach
    each of them. Left untouched, the label keeps its common-word tag: `Swift:` gives no
    row (its line holds a cue, `Say`) and `Young:` resolves to `Young` alone. It does not
    run with those repairs, before the cues are matched: the colon line is found here,
    and an earlier retag would reach the cue matchers too, for which it was not measured."""
    if len(label) == 1 and label[0].is_title and label[0].lower_ in people:
        label[0].pos_, label[0].tag_ = "PROPN", "NNP"


def _colon_label(colon: Token) -> list[Token]:
    """The words between the start of the colon's line or sentence and the colon, when
    they can be a name: a few capitalised words with a noun and no verb."""
    doc = colon.doc
    start = colon.i
    while start > 0 and not _ends_line_or_sentence(doc[start - 1]):
        start -= 1
        if colon.i - start > _COLON_NAME:
            return []
    label = [t for t in doc[start : colon.i] if not t.is_space]
    if not label:
        return []
    if not label[0].text[:1].isupper() or label[0].lower_ in _LABELS:
        return []
    if narrator(" ".join(t.text for t in label)):
        return []  # `NARRATOR: You are standing …`: a script's own voice
    if label[0].pos_ == "CCONJ":
        return []  # `And a word of warning: …`: the writer's phrase, no name
    if any(t.pos_ in ("VERB", "AUX") for t in label):
        return []
    if _names_addressed(label):
        return []  # `Julie, Léa, Thomas: he talked about you`: whom the words are to
    if dated_dateline(label):
        return []  # `KOHIMA, Aug 6: Several thousand students …`: a place and a date
    if label[-1].text == ")":
        # `Ebo Mensah (Ghana): 146.9lb, 17-0`: a name with a bracket heads a line of a
        # table or record; quoted words after one are the name's (colon_sources.colon)
        return []
    return label


def _names_addressed(label: list[Token]) -> bool:
    """Whether a label is a list of three names or more, one word each, apart by commas
    or `and` (`Julie, Léa, Thomas:`, `Julie, Léa and Thomas:`): the people a speech or
    a letter turns to, not who says the words after it (a label with a role after its
    name, `Ana Ruiz, curator:`, has one comma)."""
    names, joins = label[0::2], label[1::2]
    return (
        len(names) >= 3
        and len(label) % 2 == 1
        and all(t.is_title and t.is_alpha for t in names)
        and all(t.text == "," or t.lower_ == "and" for t in joins)
    )


def _in_capitals(label: list[Token]) -> bool:
    """Whether a label is written in capitals, as a dateline or a transcript's is."""
    text = "".join(t.text for t in label)
    return len(text) > 1 and text.isupper()


def _topic_heading(label: list[Token]) -> bool:
    """Whether a label in capitals is a section's topic, as a notes column heads each
    paragraph, not a speaker: a possessive (`MORENO'S KNEE:`) or a phrase of words that
    ends on a common noun that is no office (`SHOOTING FROM DEEP:`, `INJURY UPDATE:`);
    the paragraph's prose gives its own sources. Not a name (`NAYAR:`, `VAN DER
    BERG:`) nor an office (`DEPUTY MINISTER:`, `MINISTER OF FINANCE:`)."""
    if not _in_capitals(label):
        return False
    if any(t.tag_ == "POS" for t in label):
        return True
    text = " ".join(t.text for t in label)
    return len(label) > 1 and label[-1].pos_ == "NOUN" and not is_office(text)


def _place_label(label: list[Token], colon: Token, surnames: set[str | None]) -> bool:
    """Whether a label in capitals that opens a line of prose in the story (not its
    title) names a place, as a dateline does (`SONPUR: Chief Minister … addressed a
    rally on Sunday`, `NEW DELHI: The house on Tuesday …`), not a speaker: no one the
    text names has it for a surname or a given name, and it is no office (`MINISTER:`;
    :mod:`quotes.transcripts` reads such labels). A title's label, or one over a line
    in capitals, may be a body that speaks (`UN: PEACEKEEPERS MUST LEAVE`)."""
    text = " ".join(t.text for t in label)
    first = next((t for t in colon.doc[colon.i + 1 :] if t.is_alpha), None)
    return (
        first is not None
        and not (len(first) > 1 and first.text.isupper())
        and not names_someone(text, surnames)
        and not is_office(text)
        and not is_chorus(text)
    )


def _ends_line_or_sentence(token: Token) -> bool:
    return token.text in (".", "?", "!") or "\n" in token.text + token.whitespace_


#: Prepositions where a colon label's name ends (`Varga to Dock Workers' Union:`).
_LABEL_PREPOSITIONS = word_list("colon-label-prepositions")


def _first_prep(label: list[Token]) -> int:
    """Where the name before a colon ends: at `to`, `at` or `on` (`Varga to Dock
    Workers' Union`), else its end."""
    return next((k for k, t in enumerate(label) if t.lower_ in _LABEL_PREPOSITIONS), len(label))
