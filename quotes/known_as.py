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

from quotes.called_pronouns import named_before_pronoun
from quotes.genders import RELATIVE_PRONOUNS, pronoun_gender
from quotes.language import table, word_list
from quotes.mentions import mention_span
from quotes.name_spans import TITLES

#: Opener word → `as` when the name comes after an `as` (`known … as`), `-` when right
#: after the opener (`nicknamed`).
_OPENERS: dict[str, str] = dict(table("known-as-openers"))
#: Words that give a name after `by` and a name noun (`known by his Sámi name, Ásllat`).
_BY_NAME_OPENERS = word_list("by-name-openers")
#: The name nouns after `by` (`name` in `goes by the name Meto`).
_NAME_NOUNS = word_list("name-by-nouns")
#: The words that may open the phrase after `by` (`by his Sámi name`).
_NAME_OWNERS = word_list("by-name-owners")
#: Most words between `by`'s `his` and the name noun, plus one (`his Sámi name`).
_NAME_NOUN_GAP = 3
#: How far after `known` its `as` may stand, whether the name after it is quoted or not
#: (`known during the resistance as`; rule known-as-far: up to seven words between,
#: `known to everyone in the dressing room as`); also how far after the opener a `by`
#: (`known locally by`) and an `as` (`known since he was 12 as`) may stand.
AS_GAP = 8
#: Most words a name someone goes by has.
_NAME_WORDS = 4
#: Tokens that close the aside the name ends (`, known as Apa)`, `… as Mau Kiak,`).
_ASIDE_ENDS = frozenset({",", ")", ".", ";", ":"})


def known_as_name(opener: Token) -> tuple[Span, list[str]] | None:
    """The person an aside after their name gives another name, and that name's words
    in lower case (titles left out): `Guterres`'s mention and `["mau", "kiak"]` for
    `Aleixo Pereira Guterres, known during the resistance as Mau Kiak,`; None for other
    words and shapes (`known as the father of …`: no capitalised name; `the ferry, known
    as …`: no person's name right before)."""
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


def known_by_name(opener: Token) -> tuple[Span, list[str]] | None:
    """Rule known-by-name: the person whose name, unquoted, comes after `by` and a name
    noun, and that name's words in lower case (titles left out): an aside after their
    name (`Aslak Piera Sombán, 44, known by his Sámi name, Ásllat,`, `Demetrio Alcántara
    Ruiz, who goes by the name Meto`), or a passive whose subject is the person or a
    `he` or `she` for the person just named (`He is known by his Sámi name, Ásllat.`).
    None for other words and shapes (`known by his friends as …`: no name noun)."""
    if opener.lower_ not in _BY_NAME_OPENERS:
        return None
    start = _by_name_start(opener)
    if start is None:
        return None
    person = _person_before(opener) or _subject_before(opener)
    return None if person is None else _aside_name(opener.doc, start, person)


def _by_name_start(opener: Token) -> int | None:
    """Where the name opens after `by`, a possessive or `the`, a name noun, an `of` and a
    comma (`known locally by her family nickname, Didi`, `goes by the name of Meto`);
    None when the words after the opener are not so."""
    doc = opener.doc
    k = opener.i + 1
    while k < min(opener.i + AS_GAP, len(doc)) and doc[k].is_lower and doc[k].lower_ != "by":
        k += 1  # `known locally by`, `known to everyone by`
    if k + 2 >= len(doc) or doc[k].lower_ != "by" or doc[k + 1].lower_ not in _NAME_OWNERS:
        return None
    for j in range(k + 2, min(k + 2 + _NAME_NOUN_GAP, len(doc))):
        if doc[j].lower_ in _NAME_NOUNS:
            j += 1
            for joining in ("of", ","):
                j += int(j < len(doc) and doc[j].lower_ == joining)
            return j
        if not doc[j].is_alpha:
            return None
    return None


def _subject_before(opener: Token) -> Span | None:
    """The subject of a passive `is known`, read from the words before its auxiliaries
    and adverbs: a person's name (`Guttorm is known by …`), or the person just named a
    `he` or `she` stands for (:func:`~quotes.called_pronouns.named_before_pronoun`)."""
    doc, k = opener.doc, opener.i - 1
    while k >= 0 and doc[k].pos_ in ("ADV", "AUX"):
        k -= 1
    if k < 0 or k == opener.i - 1:
        return None  # no auxiliary: `the man known by …` is no passive clause
    subject = doc[k]
    if subject.pos_ == "PROPN" and subject.ent_type_ == "PERSON":
        return mention_span(subject)
    gender = pronoun_gender(subject.lower_) if subject.pos_ == "PRON" else None
    person = None if gender is None else named_before_pronoun(opener, gender)
    return None if person is None else mention_span(person)


def _person_before(opener: Token) -> Span | None:
    """The person's name right before the comma or bracket that opens the aside, past
    adverbs before the opener (`, better known as`, `(also known as`) and a relative
    pronoun with its verb (`, who is known as`, `, who was better known as`), and past
    an age set off after the name (`, 52,`)."""
    doc, k = opener.doc, opener.i - 1
    while k >= 0 and doc[k].pos_ == "ADV":
        k -= 1
    # `, who is known as`, `, who had been known as`: the relative pronoun and its
    # auxiliaries
    while k >= 0 and doc[k].pos_ == "AUX":
        k -= 1
    # `, who goes by the name Meto`: the relative pronoun right before a finite verb
    finite = opener.tag_ in ("VBZ", "VBD", "VBP")
    if k >= 0 and doc[k].lower_ in RELATIVE_PRONOUNS and (doc[k].i + 1 < opener.i or finite):
        k -= 1
    if k < 1 or doc[k].text not in (",", "("):
        return None
    if k >= 3 and doc[k - 1].is_digit and doc[k - 2].text == ",":
        k -= 2  # rule known-as-past-age: `Wilhelmina Osei-Bonsu, 52, better known as Mina`
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
    for k in range(opener.i + 1, min(opener.i + 1 + AS_GAP, len(doc))):
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
            for k in range(known.i + 1, min(known.i + 1 + AS_GAP, len(doc)))
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
    Banda Mulenga, is known …`); with no subject, the person a relative clause's second
    verb is said of (:func:`relative_conjunct_person`). None when `known` has no such
    subject."""
    subjects = [c for c in known.children if c.dep_ == "nsubjpass"]
    if not subjects:
        # `…, a fisherman who … and is known along the coast as Old Henrik`
        return relative_conjunct_person(known)
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


def named_before_role(noun: Token) -> Token:
    """The name set off right before a role a nickname is given to, which stands for
    that person: `Quispe` for `an agronomist` in `Teodoro Mamani Quispe, an agronomist
    known as "Tata Teo"` (read from the words: the parse may make the role an
    apposition or a second subject); else `noun` itself."""
    doc = noun.doc
    left = noun.left_edge.i
    if noun.pos_ == "NOUN" and left >= 2 and doc[left - 1].text == "," and (
        doc[left - 2].pos_ == "PROPN"
    ):
        return doc[left - 2]
    return noun


def relative_conjunct_person(known: Token) -> Token | None:
    """Rule known-in-relative-conjunct: the person a relative clause's second verb, a
    passive `known … as` with no subject of its own, gives a name: `Henrik Solberg, a
    fisherman who has worked the fjord for thirty years and is known along the coast as
    Old Henrik` (`known` joined to `worked`, whose subject is `who`, on `a fisherman`,
    which stands for `Henrik Solberg`: :func:`named_before_role`). None for other shapes."""
    if known.dep_ != "conj" or any(c.dep_.startswith("nsubj") for c in known.children):
        return None
    verb = known.head
    if verb.dep_ != "relcl" or not any(
        c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS for c in verb.children
    ):
        return None
    noun = verb.head
    if noun.pos_ != "PROPN" and noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
        return noun.head
    return named_before_role(noun)
