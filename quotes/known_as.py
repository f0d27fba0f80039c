"""Rule known-as-name: the name a person goes by, unquoted, set right after their name.

`Aleixo Pereira Guterres, known during the resistance as Mau Kiak, returned …` ¶ `"…,"
Mau Kiak said`: the parse makes `Mau Kiak` a person of its own, so the quote went to a
second speaker. Read from the words, as the parse hangs `as` on whatever noun comes
before it (`the resistance`): a person's name, a comma or an opening bracket, an opener
of known-as-openers.txt (after adverbs: `better known as`), and a run of capitalised
words that ends the aside. The person index (:class:`quotes.person_index.PersonIndex`)
then files each mention of that name under the person, as it does the names others call
someone by (:func:`quotes.nicknames.called_names`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotes.genders import RELATIVE_PRONOUNS
from quotes.language import table
from quotes.mentions import mention_span
from quotes.name_spans import TITLES

#: Opener word → `as` when the name comes after an `as` (`known … as`), `-` when right
#: after the opener (`nicknamed`).
_OPENERS: dict[str, str] = dict(table("known-as-openers"))
#: Most words between `known` and its `as`, plus one (`known during the resistance as`;
#: rule known-as-far: up to seven, `known to everyone in the dressing room as`).
_GAP = 8
#: Most words a name someone goes by has.
_NAME_WORDS = 4
#: Tokens that close the aside the name ends (`, known as Apa)`, `… as Mau Kiak,`).
_ASIDE_ENDS = frozenset({",", ")", ".", ";", ":"})


def known_as_name(opener: Token) -> tuple[Span, list[str]] | None:
    """The person an aside after their name gives another name, and that name's words
    in lower case (titles left out): `Guterres`'s mention and `["mau", "kiak"]` for
    `Aleixo Pereira Guterres, known during the resistance as Mau Kiak,`; None for other
    words and shapes (`known as the father of …`: no capitalised name; `X, 61, known
    as …`: no name right before)."""
    link = _OPENERS.get(opener.lower_)
    if link is None:
        return None
    person = _person_before(opener)
    if person is None:
        return None
    start = _name_start(opener, link)
    if start is None:
        return None
    return _aside_name(opener.doc, start, person)


def _person_before(opener: Token) -> Span | None:
    """The person's name right before the comma or bracket that opens the aside, past
    adverbs before the opener (`, better known as`, `(also known as`) and a relative
    pronoun with its verb (`, who is known as`, `, who was better known as`)."""
    doc, k = opener.doc, opener.i - 1
    while k >= 0 and doc[k].pos_ == "ADV":
        k -= 1
    # `, who is known as`, `, who had been known as`: the relative pronoun and its
    # auxiliaries
    while k >= 0 and doc[k].pos_ == "AUX":
        k -= 1
    if k >= 0 and doc[k].lower_ in RELATIVE_PRONOUNS and doc[k].i + 1 < opener.i:
        k -= 1
    if k < 1 or doc[k].text not in (",", "("):
        return None
    name = doc[k - 1]
    if name.ent_type_ != "PERSON" or name.pos_ != "PROPN":
        return None
    return mention_span(name)


def _name_start(opener: Token, link: str) -> int | None:
    """Where the name opens: right after the opener, or after the `as` a few words on
    with no punctuation between (`known during the resistance as`, `known since he was 12 as`)."""
    doc = opener.doc
    if link == "-":
        return opener.i + 1
    for k in range(opener.i + 1, min(opener.i + 1 + _GAP, len(doc))):
        if doc[k].lower_ == link:
            return k + 1
        if doc[k].is_punct or not (doc[k].is_lower or doc[k].is_digit):
            return None
    return None


def _aside_name(doc: Doc, start: int, person: Span) -> tuple[Span, list[str]] | None:
    """The capitalised words from `start` to the end of the aside, with the person;
    None when they are not all capitalised words or the aside goes on past them."""
    end = start
    while end < len(doc) and end - start <= _NAME_WORDS and doc[end].is_alpha and (
        doc[end].is_title
    ):
        end += 1
    if end == start or end - start > _NAME_WORDS:
        return None
    if end < len(doc) and doc[end].text not in _ASIDE_ENDS:
        return None  # `known as Ireland's …`, `known as Tom and Jerry`
    words = [t.lower_ for t in doc[start:end] if t.lower_ not in TITLES]
    return (person, words) if words else None


def known_as_subject(known: Token) -> tuple[Span, list[str]] | None:
    """Rule known-as-subject-unquoted: the person a passive `is known … as` gives a name
    of capitalised words, unquoted, and that name's words in lower case (titles left
    out): `His widow, Ruth Banda Mulenga, is known to everyone in Kitwe as Bana Chola,
    after …` (a teknonym), `Tomas Varga is known along the river as Old Tom.` The
    subject is the name, or a name the parse sets beside a described subject or makes a
    second subject (`His widow, Ruth Banda Mulenga,`); `as` is read from the words, a
    few on with no punctuation between, as the parse may hang it on the noun before
    it (`the whole township as`). None for other words and shapes (`is known as a fair
    man`: no capitalised name; `known as Tom and Jerry`: the aside goes on)."""
    if known.lower_ != "known":
        return None
    name = known_subject_name(known)
    if name is None or name.ent_type_ != "PERSON":
        return None
    doc = known.doc
    start = next(
        (
            k + 1
            for k in range(known.i + 1, min(known.i + 1 + _GAP, len(doc)))
            if doc[k].lower_ == "as"
        ),
        None,
    )
    if start is None or any(t.is_punct for t in doc[known.i + 1 : start]):
        return None
    return _aside_name(doc, start, mention_span(name))


def known_subject_name(known: Token) -> Token | None:
    """The name a passive `is known … as` is said of, for the unquoted name (rule
    known-as-subject-unquoted, :func:`known_as_subject`) and the quoted one (rule
    known-as-subject, :func:`quotes.nicknames.called_names`): a passive subject that is
    a proper name (`Adilson Barros is known on the waterfront as "Dico Balsa"`), else a
    proper name the parse sets beside one (`One of them, Adilson Barros, is known …`:
    `One` the subject). Every passive subject is read, the names first, as the parse
    may make the name beside a described subject a second subject (`His widow, Ruth
    Banda Mulenga, is known …`). None when `known` has no such subject."""
    subjects = [c for c in known.children if c.dep_ == "nsubjpass"]
    names = [c for c in subjects if c.pos_ == "PROPN"] + [
        a for c in subjects for a in c.children if a.dep_ == "appos" and a.pos_ == "PROPN"
    ]
    return names[0] if names else None


def knows_as(cue: Token) -> bool:
    """Rule knows-as: whether a cue of `know` gives the name someone knows a person by,
    an `as` a few words after it with a capitalised or quoted name (`the striker the
    whole county has known since he was nine as Tiki, signed …`, `whom the market knows
    as "Big Sam"`): naming, not a statement, whatever clause the parse hangs on the cue.
    `She knew as a girl that the mill would close` is no name (lower case after `as`);
    the verb has its subject (an aside after a name, `X, known as Y, said`, is
    :func:`known_as_name`'s)."""
    # `the keeper everyone in the valley has known since school as Doddie, signed on`
    if cue.lemma_.lower() != "know" or not any(c.dep_ == "nsubj" for c in cue.children):
        return False  # `Bautista, known around the league as "Coach Ronnie", added`: an aside
    start = _name_start(cue, "as")
    if start is None or start >= len(cue.doc):
        return False
    name = cue.doc[start]
    return name.is_title or name.is_quote
