"""Runs of capitalised words that may be a person's name.

The first step of finding people without NER (:mod:`quotes.names`, which then tells
which runs are people): maximal runs of proper nouns with the particles, hyphens and
Gaelic inner words that join them (`Maria van der Berg`, `Shauna McIlwaine-Oduya`,
`Ruairidh Mac an t-Saoir`), cut after a title (`U.S. President Joe Biden`), before a
given name a capitalised role ends at (`City Engineer Marcus Webb`), and after a common
word that opens a sentence (`Notice Trump …`), which :class:`~quotes.known_words.CommonWords`
tells from a name (the words capitalised only where a capital is forced are
:mod:`quotes.forced_capitals`).
"""

from __future__ import annotations

from spacy.attrs import POS, SPACY
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from quotes.bearer_kinds import STREET_ENDS
from quotes.family_first_runs import family_first_given
from quotes.forced_capitals import (
    GIVEN_CONJUNCTIONS,
    GIVEN_PREPOSITIONS,
    given_read_as_conjunction,
    given_read_as_preposition,
    named_again,
    opening_kind,
    opening_word,
)
from quotes.gaelic_names import gaelic_inner_words
from quotes.genders import is_given_name
from quotes.given_first import unlisted_given_first
from quotes.known_words import CommonWords, Words
from quotes.language import table, word_list
from quotes.name_joins import inner_name_words
from quotes.name_keys import ELIDED, HYPHEN_PARTICLES, PARTICLES
from quotes.name_spans import (
    AUDIENCE_ROLES,
    POST_NOMINALS,
    SENTENCE_ROLES,
    TITLES,
    hyphen_glued,
    particle_not_title,
)
from quotes.name_starts import (
    NAME_OPENING_ADJECTIVES,
    after_nationality,
    after_portfolio,
    after_title,
    continues_given,
    day_after_preposition,
    given_after_role,
    initials_after_role,
    is_given,
)
from quotes.normalise import HYPHENS
from quotes.source_words import BODY_ENDS

#: Particles that join a name only after a given name (`Maria do Céu`).
_GIVEN_PARTICLES = word_list("given-name-particles")
#: Lower-case words that may join the parts of a name (`van`, `al`).
_JOINING = PARTICLES | HYPHEN_PARTICLES | _GIVEN_PARTICLES
#: Titles of two words whose words alone are none (`Tan Sri`): the second word ends one.
_PAIRS = frozenset(table("title-pairs"))
#: Click letters, caseless, that may open a name before its capital (`ǃGaroës`).
_CLICKS = word_list("click-letters")
#: Last words of a body's, a place's or a street's name (`Railway`, `Club`, `Road`,
#: `Street`), which a name opening with an adjective may end in (rule name-opening-adjective).
_NAME_ENDS = BODY_ENDS | word_list("place-name-heads") | STREET_ENDS


def _capital_first(form: str) -> bool:
    """Whether a word opens with a capital, or with an elided particle glued to its
    capital (`d'Aubigny`, `dell'Orto`), or with a click letter before its capital (rule
    click-letter: `ǃGaroës`)."""
    if form[:1] in _CLICKS:
        form = form[1:]
    return form[:1].isupper() or any(
        form.lower().startswith(p) and form[len(p) : len(p) + 1].isupper() for p in ELIDED
    )


def _capitalised(token: Token | None) -> bool:
    return token is not None and token.pos_ == "PROPN" and _capital_first(token.text)


def _name_cased(token: Token) -> bool:
    """Whether a word is written as a name is: in title case (`García`, `O'Brien`), or
    with a capital first and more inside, not all in capitals (`McIlwaine`, `DeVries`),
    or after an elided particle (`d'Aubigny`)."""
    return (
        token.is_title
        or (token.is_alpha and token.text[:1].isupper() and not token.is_upper)
        or (token.text[:1].islower() and _capital_first(token.text))
    )


def _joins_name(token: Token) -> bool:
    """A word or mark inside a name, not a name word itself: a particle before a
    capitalised word (`van der Berg`, `de la Cruz`, `bin Salman`, `al-Rashid`) or a
    hyphen written without spaces between two parts (`Jean-Pierre`, `García-Márquez`,
    `Hoekstra-de Boer`)."""
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if following is None:
        return False
    tight = not token.whitespace_ and following.text in HYPHENS
    if tight and token.is_alpha and _name_cased(token):
        # `García-Márquez said`: the tagger may read the first part as a common noun
        return _joins_name(following)
    if token.text in HYPHENS and token.i > 0:
        before = doc[token.i - 1]
        return (
            not before.whitespace_
            and not token.whitespace_
            and (_name_cased(before) or before.lower_ in PARTICLES | HYPHEN_PARTICLES)
            # `Hoekstra-de Boer`: the second surname may open with its own particle
            and (_capitalised(following) or (following.is_lower and _joins_name(following)))
        )
    if not token.is_lower:
        return False
    if tight:
        return token.lower_ in PARTICLES | HYPHEN_PARTICLES
    if token.lower_ in _GIVEN_PARTICLES and token.i > 0:
        # rule given-name-particle: `Maria do Céu Antunes Vidal`, not `Why do Americans`
        return is_given_name(doc[token.i - 1].text) and _capitalised(following)
    return token.lower_ in PARTICLES and (
        _capitalised(following) or following.lower_ in PARTICLES
    )


def proper_runs(doc: Doc, common: CommonWords, words: Words) -> list[Span]:
    """Maximal runs of capitalised proper nouns with the particles and hyphens that join
    them (`Maria van der Berg`, `Jean-Pierre Dubois`), starting after the last title in
    them (`U.S. President Joe Biden` gives `Joe Biden`), at a given name inside a
    longer run (`Historian Ruth Klein` gives `Ruth Klein`), or after a common word
    that a sentence or headline opens with (`Derelict Obama and Clinton` gives
    `Obama`, see :func:`opening_word`)."""
    runs: list[Span] = []
    start = None
    spaced = doc.to_array(SPACY).tolist()
    inner = (
        gaelic_inner_words(words.forms, spaced)
        | inner_name_words(doc, words.forms, spaced, common)
        | _surnames_after_particles(doc, words.forms, common)
    )
    for i, inside in enumerate([*_in_names(doc, words.forms, inner, common), False]):
        if inside and start is None:
            start = i
        elif not inside and start is not None:
            end = i
            while end > start and (
                doc[end - 1].tag_ == "POS"
                or not (_capitalised(doc[end - 1]) or end - 1 in inner)
            ):
                end -= 1
            # a title stands before a name, so one that closes a run after a given name
            # is a surname (`Colleen Deacon`, `Harriet Canon`)
            if end - start > 1 and day_after_preposition(doc[start]):
                start += 1  # `On Sunday Whitlow posted …`: when, not who
            titles = [
                i
                for i in range(start, end)
                if (
                    doc[i].lower_ in TITLES
                    and not (i == end - 1 and i > start and is_given(doc[i - 1]))
                    and not hyphen_glued(doc[i])
                    and not particle_not_title(doc[i])
                )
                # `Tan Sri Lim`; a pair that ends the run names no one (`The Capitán Grande
                # of the Isoso, X, spoke`)
                or (i > start and (doc[i - 1].lower_, doc[i].lower_) in _PAIRS)
            ]
            start = titles[-1] + 1 if titles else start
            # the name's last word, before letters of an honour or office (`Aled Pryce
            # KC`: `Pryce` is a surname there, not a given name opening the name)
            last = end
            while last - start > 1 and doc[last - 1].text in POST_NOMINALS:
                last -= 1
            given = [
                i
                for i in range(start + 1, last - 1)
                if (
                    is_given(doc[i])
                    or given_after_role(doc[i], common)
                    or initials_after_role(doc[i], common)
                )
                and not continues_given(doc[i - 1])
                and i - 1 not in inner  # `Ma. Luisa`: the name began before
                and not _opens_last_word(doc, i, last)
                # `Ladu Samuel Tombe`: a first word no list holds that the text shows
                # is the name's
                and not (i == start + 1 and unlisted_given_first(doc, start, last, common, words))
                and not family_first_given(doc, start, i)  # `Trần Thị Kim Oanh`
            ]
            titled = after_title(doc, start)
            start = given[0] if given and not titled else start
            start = after_portfolio(doc, start, end, common)
            start = after_nationality(doc, start, end, common)
            if (
                last - start > 2
                and not titled
                and doc[start].is_sent_start
                and start not in inner
                and not is_given_name(doc[start].text)
                and (doc[start].lower_ in common or doc[start].lower_ in SENTENCE_ROLES)
                and doc[start].lower_ not in NAME_OPENING_ADJECTIVES  # `Great Ormond Street`
                and doc[start].lower_ not in PARTICLES
                and doc[start + 1].lower_ not in PARTICLES
                and doc[start + 1].text not in HYPHENS
                and is_given_name(doc[start + 1].text)
                and not _opens_last_word(doc, start + 1, last)
                and doc[end - 1].lower_ not in BODY_ENDS
                and not unlisted_given_first(doc, start, last, common, words)
            ):
                # `Fisherman Tomas Reed said …`: a capitalised role, a common word or a
                # listed role (not a given name no list holds that opens a name of three,
                # `Dil Kumari Gurung`, `Achol Deng Garang`), no particle on either side
                # (not `Seosamh Mac an t-Saoir`, `Dos Santos Pinto`), not a body's name
                # whose second word is also a given name (`Hebridean Link Ferries`)
                start += 1
            elif end - start == 2 and opening_word(doc[start], common, words) and (
                named_again(doc[start + 1], words)
            ):
                start += 1  # `Notice Trump sniffing …`, a headline's `Derelict Obama`
            elif end - start == 2 and doc[start].lower_ in AUDIENCE_ROLES:
                start += 1  # `Caller Chisomo said …`: rule role-before-given-name
            elif end - start >= 2 and opening_kind(doc[start]):
                start += 1  # `Carmaker Toyota said …`: the kind, no word of the name
            start = _opening_adjective(doc, start, end)
            if start < end:
                runs.append(doc[start:end])
            start = None
    return runs


def _opening_adjective(doc: Doc, start: int, end: int) -> int:
    """Rule name-opening-adjective: where a run of a body's, a place's or a street's
    name opens when the capitalised word right before it is an adjective that opens such
    names (:data:`~quotes.name_starts.NAME_OPENING_ADJECTIVES`), which the tagger reads
    as an adjective, no proper noun, where it opens a sentence: `Great Western Railway
    said …`, `Little Harbour Rowing Club said …`, `Great Ormond Street said …` (not
    `Western Railway`, a person to the name rules). Only before a run that ends in such
    a name's last word (:data:`_NAME_ENDS`); `start` otherwise."""
    if not start or doc[end - 1].lower_ not in _NAME_ENDS:
        return start
    before = doc[start - 1]
    if before.pos_ != "PROPN" and before.is_title and before.lower_ in NAME_OPENING_ADJECTIVES:
        return start - 1
    return start


def after_title_pair(token: Token) -> bool:
    """Whether a title of two words (title-pairs.txt) stands right before a word: `Lim`
    in `Tan Sri Lim said`, whose name the title is no part of."""
    doc, i = token.doc, token.i
    return i >= 2 and (doc[i - 2].lower_, doc[i - 1].lower_) in _PAIRS


def _opens_last_word(doc: Doc, i: int, last: int) -> bool:
    """Whether the word at `i` opens a double-barrelled surname that ends the name (its
    last word before `last`): `Rhodri Lloyd-Vaughan` (not `Jean-Pierre Dubois`, where
    more follows the hyphened pair), so a given name there is no name's start."""
    return i + 2 == last - 1 and doc[i + 1].text in HYPHENS


def _in_names(
    doc: Doc, forms: list[str], inner: set[int], common: CommonWords
) -> list[bool]:
    """For each token of `doc` (whose forms are `forms`), whether it is a capitalised
    proper noun or joins the parts of a name (:func:`_capitalised`, :func:`_joins_name`),
    or is one of the `inner` words of a name that neither marks (`an t-Saoir` after `Mac`,
    :mod:`quotes.gaelic_names`; `'t` in `van 't Hoff`, :mod:`quotes.name_joins`), or is a
    given name the tagger read as another word (:func:`_given_read_as_other_word`) or as
    a preposition (:func:`given_read_as_preposition`) or a conjunction
    (:func:`given_read_as_conjunction`).
    Read from arrays; only the few tokens that can join a name (a hyphen, a particle, a
    word a hyphen follows without a space) are asked as tokens."""
    propn = (doc.to_array(POS) == PROPN).tolist()
    spaced = doc.to_array(SPACY).tolist()
    inside = []
    for i, form in enumerate(forms):
        if (propn[i] and _capital_first(form)) or i in inner:
            inside.append(True)
            continue
        if (
            _given_read_as_other_word(doc, forms, propn, i, common)
            or _unknown_before_name(doc, forms, propn, i, common)
            or (form.lower() in GIVEN_PREPOSITIONS and given_read_as_preposition(doc[i]))
            or (form.lower() in GIVEN_CONJUNCTIONS and given_read_as_conjunction(doc[i]))
        ):
            inside.append(True)
            continue
        joins = (
            form in HYPHENS
            or form.lower() in _JOINING
            or (not spaced[i] and i + 1 < len(forms) and forms[i + 1] in HYPHENS)
        )
        inside.append(joins and _joins_name(doc[i]))
    return inside


#: The tags of a verb in the present, as which the tagger may read a given name in `-s`.
_PRESENT_TAGS = frozenset({"VBZ"})
#: The tags of a past verb, an adjective, a common noun or an adverb, as which it may
#: read one in `-ed`, one in `-ly` or one it does not know (`Sayed`, `Syed`, `Pieter`
#: before `ter Horst`, `Gergely Szalai`).
_OTHER_TAGS = frozenset({"VBD", "VBN", "JJ", "NN", "RB"})


def _unknown_before_name(
    doc: Doc, forms: list[str], propn: list[bool], i: int, common: CommonWords
) -> bool:
    """Rule unknown-name-word: whether word `i` is a name's word the tagger read as a
    common noun or an adjective because it does not know it: in title case, no word of
    the model's vocabulary, right before a proper noun in title case (`Tharindu` in
    `Tharindu Malinga Senanayake, 24, …`, `Balajied` in `Shri Balajied Rymbai`). A word
    the vocabulary knows (`Consumer`, `Historian`) stays out, and so does a stop word,
    which the vocabulary's index of nouns and verbs leaves out (`Everything Trump says`)."""
    form = forms[i]
    return (
        form.istitle()
        and form.isalpha()
        and i + 1 < len(forms)
        and propn[i + 1]
        and forms[i + 1].istitle()
        and doc[i].tag_ in _UNKNOWN_TAGS
        and form.lower() not in common
        and not doc[i].is_stop  # `Everything Trump says is a lie`
    )


def _surnames_after_particles(doc: Doc, forms: list[str], common: CommonWords) -> set[int]:
    """Rule surname-after-particle: the surnames after a name's particle that the tagger
    read as another part of speech, as it does a word it does not know after `Ould`
    (`Taleb` in `Sidi Mohamed Ould Taleb chairs …`, read as a preposition, which cut the
    name before it): in title case, no proper noun to the tagger, no common word nor stop
    word, after a particle (`Ould`, `bin`, `Abu`) that follows a proper noun in title
    case. Kept with a name's inner words, so the run holds them to its end."""
    found = set()
    for i in range(2, len(forms)):
        form = forms[i]
        if forms[i - 1].lower() not in PARTICLES or not (form.istitle() and form.isalpha()):
            continue
        before, word = doc[i - 2], doc[i]
        if (
            word.pos_ != "PROPN"
            and before.pos_ == "PROPN"
            and forms[i - 2].istitle()
            and form.lower() not in common
            and not word.is_stop
        ):
            found.add(i)
    return found


#: The tags as which the tagger reads a name's word it does not know.
_UNKNOWN_TAGS = frozenset({"NN", "NNS", "JJ"})


def _given_read_as_other_word(
    doc: Doc, forms: list[str], propn: list[bool], i: int, common: CommonWords
) -> bool:
    """Whether word `i` is a given name the tagger read as another word: one ending in
    `-s` read as a verb in the present (`Annelies van Riemsdijk, a strategist, …`,
    `Agnes Oduya …`), or one that is no common English word read as a past verb, an
    adjective, a common noun or an adverb (`Sayed Hashim Al Alawi`, `Syed Imran Qadri`,
    `Pieter ter Horst`, whose lower-case particle left the surname alone, `said Gergely
    Szalai, …`, an adverb in `-ly` to the tagger); in title case, a known
    given name, with a particle or a proper noun right after it."""
    form = forms[i]
    if not (form.istitle() and i + 1 < len(forms)):
        return False
    tag = doc[i].tag_
    if not (
        (tag in _PRESENT_TAGS and form.endswith("s"))
        or (tag in _OTHER_TAGS and form.lower() not in common)
    ):
        return False
    following = forms[i + 1]
    return is_given_name(form) and (
        following.lower() in PARTICLES or (propn[i + 1] and following.istitle())
    )


