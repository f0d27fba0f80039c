"""The words of a mention that are the person's name, without titles and trimmings.

`Indiana Gov. Mike Pence` is `Mike Pence`, `Aled Pryce KC` is `Aled Pryce`, `Mr Ruiz's` is
`Ruiz`, `Kobayashi-san` is `Kobayashi`: what the resolver, the name finder and the speaker
table key a person on, with the title words set before a name kept apart
(:func:`titles_before`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotes.doc_memo import span_text
from quotes.genders import is_given_name
from quotes.language import word_list
from quotes.name_keys import PARTICLES, POSSESSIVE_ENDINGS, name_parts
from quotes.normalise import HYPHENS
from quotes.source_words import BODY_HEADS

#: Words that come before a name but are not part of it (`President`, `Mrs.`).
TITLES = word_list("titles")
#: Words before a title that make it another office than the title alone names, a
#: deputy's or a former holder's (`Deputy Mayor`, `Vice President`, `former Minister`).
LESSER_OFFICES = word_list("lesser-offices")
#: Letters after a name that are not part of it (`KC`, `MP`, `OBE`).
POST_NOMINALS = word_list("post-nominals")
#: Courtesy words written after a name, apart from it (`Bey` in `Hüseyin Bey`).
_HONORIFICS_AFTER = word_list("honorifics-after")
#: Honorifics joined after a name by a hyphen (`-san` in `Kobayashi-san`).
_HYPHENED_SUFFIXES = word_list("name-suffixes-hyphened")
#: Title words that close a hyphenated office (`General` in `Auditor-General`).
_OFFICE_ENDS_HYPHENED = word_list("office-ends-hyphened")
#: Words that may be a title or a given name (`Col`, `Dean`).
_TITLE_OR_GIVEN = word_list("title-given-names")
#: Titles that make one rank with a title-or-given word after them (`Lt` in `Lt Col`).
_RANK_OPENERS = word_list("rank-openers")
#: Nouns of occupation or office that a capital at a sentence's start draws into a name
#: (`Manager Nemanja Vukic said`), but not a family name written first (`Son Heung-min`).
SENTENCE_ROLES = word_list("person-roles") - word_list("family-names-first")
#: Prepositions that relate a role to someone else (`a spokesman for`, `an adviser to`).
RELATING = word_list("relating-prepositions")


def name_tokens(span: Span) -> list[Token]:
    """The span without leading titles, determiners and a trailing possessive, and
    from a title inside it, without the words up to it (`Indiana Gov. Mike Pence` gives
    `Mike Pence`: a title stands before a name, never inside one); hyphens inside a name
    (`Jean-Pierre`) are kept, other punctuation dropped."""
    tokens = [t for t in span if not t.is_punct or t.text in HYPHENS]
    whole = tokens
    inner = [k for k, t in enumerate(tokens[:-1]) if _title_word(t)]
    if inner:
        tokens = tokens[inner[-1] + 1 :]
    while tokens and (_title_word(tokens[0]) or tokens[0].pos_ == "DET"):
        tokens = tokens[1:]
    if (
        _office_name(whole, tokens)
        or _title_in_body_name(whole, tokens)
        or _title_heading_body(whole, tokens)
    ):
        tokens = whole[1:] if whole[0].pos_ == "DET" else whole
    if _role_before_name(tokens):
        tokens = tokens[1:]
    while tokens and (tokens[-1].tag_ == "POS" or tokens[-1].text in HYPHENS):
        tokens = tokens[:-1]
    while len(tokens) > 1 and (
        tokens[-1].text in POST_NOMINALS
        # a word of its own, not a syllable a hyphen glues on (`Lee Min-ji`)
        or (tokens[-1].text in _HONORIFICS_AFTER and tokens[-2].whitespace_)
    ):
        tokens = tokens[:-1]  # `Aled Pryce KC` is Aled Pryce, `Hüseyin Bey` Hüseyin
    if (
        len(tokens) > 2
        and tokens[-1].text in _HYPHENED_SUFFIXES  # in lower case: `Ouro-Sama` is a name
        and tokens[-2].text in HYPHENS
        and not tokens[-3].whitespace_
        and not tokens[-2].whitespace_
    ):
        tokens = tokens[:-2]  # `Kobayashi-san` is Kobayashi
    while tokens and tokens[0].text in HYPHENS:
        tokens = tokens[1:]
    return tokens


def _title_word(token: Token) -> bool:
    """Whether a word of a mention is a title, not part of the name: a word of the
    titles list that is neither half of a double-barrelled surname (:func:`hyphen_glued`)
    nor a capitalised name particle (:func:`particle_not_title`)."""
    return token.lower_ in TITLES and not hyphen_glued(token) and not particle_not_title(token)


def particle_not_title(token: Token) -> bool:
    """Rule capitalised-particle: whether a word that is both a title and a name particle
    is written as a particle, a capital then small letters, not as the title's capitals:
    `Di` in `Lorenzo Di Bartolo` and `Di Bartolo said` is the Italian `di` of the surname;
    the police rank is written `DI` (`DI Jane Hart`)."""
    return token.lower_ in PARTICLES and token.text[:1].isupper() and token.text[1:].islower()


def inner_hyphen(token: Token) -> bool:
    """Whether a token is a hyphen inside a name, no space on either side
    (`Ashworth-Kemp`)."""
    return token.text in HYPHENS and not token.whitespace_ and not token.nbor(-1).whitespace_


def hyphen_glued(word: Token) -> bool:
    """hyphen-glued-title: whether a word that is a title elsewhere is one half of a
    double-barrelled surname, a hyphen tight against it and no title on the other side:
    `Bishop` in `Anwar Bishop-Okoro`, `King` in `Lena King-Hale`, `SHEIKH` in a
    transcript's `SHEIKH-LUND:` (a title stands apart before a name, never glued to it;
    `Secretary-General` and `Lieutenant-Colonel` are titles, both halves titles, and so
    is the `General` that closes `Auditor-General`, an office whose first half is no title:
    rule hyphened-office-end)."""
    doc = word.doc
    i = word.i
    after = (
        i + 2 < len(doc)
        and doc[i + 1].text in HYPHENS
        and not word.whitespace_
        and not doc[i + 1].whitespace_
        and doc[i + 2].lower_ not in TITLES
    )
    before = (
        i > 1
        and word.lower_ not in _OFFICE_ENDS_HYPHENED
        and doc[i - 1].text in HYPHENS
        and not doc[i - 1].whitespace_
        and not doc[i - 2].whitespace_
        and doc[i - 2].lower_ not in TITLES
    )
    return after or before


def _office_name(whole: list[Token], left: list[Token]) -> bool:
    """office-name: whether cutting the titles out of a mention left a fragment that
    opens with a linking word (`of`, `and`, `in`), so the title was the head word of a
    body's or an office's own name, not a word before a person's: `the Minister of
    Works` stays `Minister of Works`, `the Office of the Governor and Executive Council`
    and `the Consulate General of Chile` stay whole (not `of Works`, `and Executive
    Council`, `of Chile`).
    Not for a person's mention (`Secretary of State Ann Reed`, a word the tagger put in
    a person's name), where the name after the office is the name."""
    return (
        bool(left)
        and len(left) < len(whole)
        and left[0].is_lower
        and left[0].lower_ not in PARTICLES
        and not any(t.ent_type_ == "PERSON" for t in whole)
    )


def _title_in_body_name(whole: list[Token], left: list[Token]) -> bool:
    """title-in-body-name: whether the title cut out of a mention stood after `of` in a
    body's name, where it is a word of the name: `the Association of Private Hospitals`
    stays whole (not `Hospitals`), as does `the Guild of Master Bakers`; a body's head
    word (:data:`~quotes.source_words.BODY_HEADS`) before the `of`."""
    if not left or len(left) == len(whole):
        return False
    title = left[0].i - 1
    doc = left[0].doc
    return (
        title >= 2
        and doc[title].lower_ in TITLES
        and doc[title - 1].lower_ == "of"
        and doc[title - 2].lower_ in BODY_HEADS
        and doc[title - 2].text[:1].isupper()
        and doc[title - 2].i >= whole[0].i
    )


def _title_heading_body(whole: list[Token], left: list[Token]) -> bool:
    """title-heading-body: whether the title cut out of a mention opens a body's name,
    whose last word is a body's head word (:data:`~quotes.source_words.BODY_HEADS`):
    `the Justice Ministry` stays whole (not `Ministry`), as do `Justice Department
    figures` and `the Chancellor's Office`; never a person's mention."""
    return (
        bool(left)
        and len(left) < len(whole)
        and left[-1].lower_ in BODY_HEADS
        and left[-1].text[:1].isupper()
        and not any(t.ent_type_ == "PERSON" for t in whole)
    )


def _role_before_name(tokens: list[Token]) -> bool:
    """role-before-name: whether a mention opens with a capitalised noun of occupation
    before a name of two words or more, which is no part of the name: `Manager Nemanja
    Vukic said …`, `Striker Lena Hoff told …` (lower case, `team manager Nemanja Vukic`,
    the noun stays out of the mention already); role-before-given-name: or before one
    known given name, the noun itself none (`Striker Kane said`; `Mason Mount` and
    `Hunter Reid` are names), or an audience's noun before any one name (`Reader Morag
    sends this`, `Caller Chisomo said`)."""
    if len(tokens) == 2:
        role, given = tokens
        if not role.is_title or given.pos_ != "PROPN":
            return False
        if role.lower_ in AUDIENCE_ROLES:
            return True
        return (
            role.lower_ in SENTENCE_ROLES
            and is_given_name(given.text)
            and not is_given_name(role.text)
        )
    return (
        len(tokens) > 2
        and tokens[0].lower_ in SENTENCE_ROLES
        and tokens[0].is_title
        and all(t.pos_ == "PROPN" or t.text in HYPHENS for t in tokens[1:])
    )


#: Members of an audience named in a post by the noun and a given name (`Reader Morag`).
AUDIENCE_ROLES = word_list("audience-roles")


def name_text(tokens: list[Token]) -> str:
    """A name as the text writes it, from its first word to its last (`Jean-Pierre
    Dubois`, `Maria van der Berg`), never words re-joined with spaces."""
    # The span's own characters (its tokens and the spaces between them), cut from the
    # doc's text read once per doc (:func:`~quotes.doc_memo.span_text`): `Span.text` and
    # `doc.text` join theirs anew from a token object per word on each call.
    return span_text(tokens[0].doc[tokens[0].i : tokens[-1].i + 1])


def surname_key(span: Span) -> str | None:
    """The key that links `Zelensky`, `President Zelensky` and `Volodymyr Zelensky`."""
    tokens = name_tokens(span)
    return name_parts(name_text(tokens))[1] if tokens else None


def titles_before(ent: Span) -> list[str]:
    """The three words before a name (`Secretary of State Ana Ruiz`), or the run of
    titles before it when longer (`Minister Datuk Seri Dr Nurul Ain`), lower case, from
    after a preposition that relates someone else to the person (`a spokesperson for Mr
    Ruiz` gives Ruiz `mr`, and neither the title nor the gender of `spokesperson`) and
    after the end of a field before it (:func:`_ends_a_field`)."""
    doc = ent.doc
    start = max(0, ent.start - 3)
    # the word before the three first, the one a longer run needs: before most names it
    # is no title, and the three are not read again as tokens
    while (
        start > 0
        and ent.start - start < MOST_TITLES
        and doc[start - 1].lower_ in TITLES
        and all(t.lower_ in TITLES for t in doc[start : ent.start])
    ):
        start -= 1  # `Health Minister Datuk Seri Dr Nurul Ain`: a longer run of titles
    tokens = doc[start : ent.start]
    cut = max(
        (
            k + 1
            for k, t in enumerate(tokens)
            if t.lower_ in RELATING or _ends_a_field(t) or _closes_a_quote(t)
        ),
        default=0,
    )
    return [t.lower_ for t in tokens[cut:]]


def _ends_a_field(token: Token) -> bool:
    """Whether a word before a name closes what stood before it, so that no title before
    it is the name's (rule title-across-a-field): a line break or a semicolon, which end
    a list's item (not a comma: `The Tánaiste, Ana Ruiz, said` is titled). Shape: `Name,
    Title` ¶ `Name` as minutes are signed: `Ines Marr, Chair` ¶ `Tom Bode, Secretary`
    gives Tom Bode no `chair`."""
    return token.text == ";" or (token.is_space and "\n" in token.text)


def _closes_a_quote(token: Token) -> bool:
    """Whether a word before a name is a quote mark, so that no word of the quote before
    it is the name's title (rule title-across-a-quote). Shape: `"…, except my uncle,"
    Mawar says` gives Mawar no `uncle` (nor a man's gender)."""
    return token.is_quote and token.text not in POSSESSIVE_ENDINGS


#: The most title words read before a name (`Health Minister Datuk Seri Dr`).
MOST_TITLES = 6


#: The longest gloss in brackets that may stand between a title and a name, in words.
_GLOSS_WORDS = 4


def before_gloss(doc: Doc, start: int) -> int:
    """Where a name that starts at token `start` has its title: right before it, or
    before a gloss in brackets that translates the title (`Wethouder (alderman) Joost
    van der Meulen`, `Burgemeester (mayor) Femke Halsema`): the index of the token before
    the name or, after such a gloss, of the token before its opening bracket (-1 at the
    text's start)."""
    if start < 2 or doc[start - 1].text != ")":
        return start - 1
    for k in range(start - 2, max(start - 3 - _GLOSS_WORDS, -1), -1):
        if doc[k].text == "(":
            inside = doc[k + 1 : start - 1]
            glossed = len(inside) and all(t.is_alpha and t.is_lower for t in inside)
            return k - 1 if glossed else start - 1
    return start - 1


def title_or_given_before(surname: Token) -> Token | None:
    """The word right before a surname that may be a title or a given name
    (:data:`_TITLE_OR_GIVEN`), capitalised, with no full stop and no title before it
    (`Col` in `Col Henderson`, not in `Lt Col Henderson`; `Prince` before a surname of two
    parts, `Prince Adjei-Mensah`) or a title it makes no rank with (rule
    given-after-title), or None."""
    doc = surname.doc
    first = surname.i
    while first >= 2 and inner_hyphen(doc[first - 1]):
        first -= 2  # `Adjei-Mensah`: the surname's first part
    if first == 0:
        return None
    word = doc[first - 1]
    if (
        word.lower_ in _TITLE_OR_GIVEN
        and word.is_title
        and (word.i == 0 or doc[word.i - 1].lower_ not in TITLES or _given_after_title(word))
    ):
        return word
    return None


def _given_after_title(word: Token) -> bool:
    """given-after-title: whether a word that may be a title or a given name, after a
    title, is a known given name with which that title makes no rank of two words
    (:data:`_RANK_OPENERS`): `Senator Dean Whitlock` is Dean Whitlock, as `Mr Don Ferris`
    is Don Ferris; `Lt Col Briggs` and `Acting Dean Ruiz` keep their ranks."""
    return is_given_name(word.text) and word.nbor(-1).lower_ not in _RANK_OPENERS
