"""Where a body's written name closes: a step of :func:`quotes.body_names.whole_body_name`
(split out of :mod:`quotes.body_names`), which reads on past the word the parse ended the
name at, over the phrases joined after its head (`Centre for Cities`, `Court of Appeal for
Westmarch`, `Commission on Audit`, `Ministry of Works, Transport and Infrastructure`),
a branch's number (`Transit Workers Local 1182`) and the lower-case words of a name in a
Romance language that its acronym spells (`Syndicat des travailleurs et travailleuses du
jeu vidéo (STTJV)`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotes.foreign_body_names import ROMANCE, ROMANCE_ARTICLES, romance_opening
from quotes.language import word_list
from quotes.name_keys import POSSESSIVE_ENDINGS
from quotes.source_words import BODY_HEADS, TIME_WORDS

#: Small words inside a body's name (`Food and Drug Administration`, `Centre for Cities`).
JOINING = word_list("body-name-joins")


#: The English small words that join phrases after a body's head (`Centre for Cities`).
OF_FOR = word_list("body-phrase-joins")


#: The small words that join a body's topic after its head (`Commission on Audit`),
#: before no word for a time (:data:`~quotes.source_words.TIME_WORDS`: `the Council on Monday`).
_TOPIC = word_list("body-topic-joins")


#: The joints that join two names of a body as one (`Food and Drug`, `Kestrel & Finch`).
AND_JOINTS = JOINING - OF_FOR


#: Words that name a branch of a body by its number (`Local 1182`, `Lodge 42`).
_NUMBERED = word_list("numbered-body-words")
#: Signs for `number` before a branch's number after a body's name (`Union No. 3`).
_NUMBER_SIGNS = word_list("branch-number-signs")


#: How many words a body's name may have with the phrases joined after it.
_LONGEST_JOINED = 14


def lower_case_romance_end(doc: Doc, start: int, end: int) -> int:
    """The end of a body's name written in a Romance language, in lower case after its
    first word, that the parse cut (`Syndicat des travailleurs | et travailleuses du jeu
    vidéo (STTJV)`): read on over the lower-case words after it, when an acronym in
    brackets follows them that the initials of the name's words spell (its small words
    skipped, :data:`~quotes.foreign_body_names.ROMANCE`, :data:`JOINING`); `end` otherwise."""
    if not romance_opening(doc, start):
        return end
    k = end
    while k < len(doc) and k - start < _LONGEST_JOINED and doc[k].is_alpha and doc[k].is_lower:
        k += 1
    if not (
        k + 2 < len(doc)
        and doc[k].text == "("
        and doc[k + 2].text == ")"
        and doc[k + 1].is_alpha
        and doc[k + 1].is_upper
    ):
        return end
    initials = "".join(
        t.text[0] for t in doc[start:k] if t.lower_ not in ROMANCE | JOINING
    )
    return k if initials.upper() == doc[k + 1].text else end


def closing(
    doc: Doc, start: int, end: int, joints: frozenset[str] = OF_FOR | _TOPIC
) -> int:
    """The end of a body's name `start:end` (holding a body's head word) with the
    phrases joined after it (by `joints`): `of` or `for`, an optional `the` and a capitalised run
    (`for National Statistics`, `for the Study of War`), or `on` and a topic
    (:func:`_topic_after`: `Commission on Audit`), again after such a phrase
    (`Court of Appeal for Westmarch`), and one more run after `and` once the name has
    an `of` or `for` (`of Health and Human Services`, where the parse may end the name
    at `and`), not across a sentence's end. A name the parse ended at a small word
    that nothing joins to ends before it."""
    i = end - 1 if doc[end - 1].lower_ in JOINING else end
    has_of = any(doc[k].lower_ in joints for k in range(start, i))
    while i + 1 < len(doc) and i - start < _LONGEST_JOINED:
        word = doc[i].lower_
        if not (word in joints or (has_of and word in AND_JOINTS)):
            break
        k = i + 1
        if word in joints and k + 1 < len(doc) and (
            doc[k].lower_ == "the" or (word in ROMANCE and doc[k].lower_ in ROMANCE_ARTICLES)
        ):
            k += 1  # `Institute for the Study of War`, `Empresarios de la Rioja`
        if doc[k].is_sent_start or not (doc[k].is_alpha and doc[k].is_title):
            break
        if word in _TOPIC and not _topic_after(doc, i, k):
            break
        i = _capitalised_run(doc, k)
        has_of = has_of or word in joints
    return _listed_portfolio(doc, i) if has_of else i


#: Most words of one part of a list of portfolios after `of` (`Works, Transport and
#: Infrastructure`): a portfolio is a word or two, rarely three.
_PORTFOLIO_WORDS = 3


def _listed_portfolio(doc: Doc, i: int) -> int:
    """Rule body-portfolio-list: the end of a body's name whose `of` phrase lists its
    portfolios with commas before the last `and` (`the Ministry of Works, Transport and
    Infrastructure said`, `the Ministry of Land, Infrastructure, Transport and Tourism`),
    where the parse ends the name at the first comma: from token `i`, after a comma,
    over short capitalised runs set apart by commas, to the end of the run after `and`;
    `i` when the list does not close with `and` and a capitalised run (`the Ministry of
    Works, Transport Minister Ana Ruiz said` names someone after the comma)."""
    k = i
    while k + 1 < len(doc) and doc[k].text == ",":
        run = _capitalised_run(doc, k + 1)
        if run == k + 1 or run - (k + 1) > _PORTFOLIO_WORDS:
            return i
        k = run
        if k + 1 < len(doc) and doc[k].lower_ in AND_JOINTS:
            last = _capitalised_run(doc, k + 1)
            if last == k + 1 or last - (k + 1) > _PORTFOLIO_WORDS:
                return i
            return last
    return i


def _topic_after(doc: Doc, joint: int, k: int) -> bool:
    """Rule body-topic: whether the `on` at `joint` joins the topic from token `k` to a
    body's name: right after the body's head word (`the Commission on Audit`, `the Council
    on Foreign Relations`), not before a time (`the Council on Monday said`, `the
    Committee on March 3`)."""
    return doc[joint - 1].lower_ in BODY_HEADS and doc[k].lower_ not in TIME_WORDS


def numbered(doc: Doc, end: int) -> int:
    """The end of a name after the number of a union's branch or lodge that follows
    it (`Amalgamated Transit Workers Local 1182`, :data:`_NUMBERED`); `end` otherwise."""
    if (
        end < len(doc)
        and doc[end - 1].lower_ in _NUMBERED
        and doc[end - 1].text[:1].isupper()
        and doc[end].is_digit
        and not doc[end].is_sent_start
    ):
        return end + 1
    return _signed_number(doc, end)


def _signed_number(doc: Doc, end: int) -> int:
    """Rule branch-number-sign: the end of a name whose head word is a body's after a
    number sign and the branch's number that follow it (`Caleta Norte Fishermen's Union
    No. 3`, :data:`_NUMBER_SIGNS`); `end` otherwise."""
    # shape: <Name> Union|Association No.|Nº <digits>
    if end >= len(doc) or doc[end - 1].lower_ not in BODY_HEADS:
        return end
    if doc[end].lower_ not in _NUMBER_SIGNS or not doc[end].text[:1].isupper():
        return end
    # the sign's full stop, a token or the space the parser reads it as
    k = end + 1 + (end + 1 < len(doc) and (doc[end + 1].text == "." or doc[end + 1].is_space))
    return k + 1 if k < len(doc) and doc[k].is_digit else end


def _capitalised_run(doc: Doc, i: int) -> int:
    """The end of the run of capitalised words (and hyphens inside them, `Co-operation`)
    from token `i`, on over a possessive mark between two of them (rule
    possessive-inside-phrase: `Federation of Nurses' Associations of Galicia`)."""
    start = i
    while i < len(doc) and not doc[i].is_sent_start:
        if (doc[i].is_alpha and doc[i].is_title) or (
            i > start
            and possessive_mark(doc[i])
            and i + 1 < len(doc)
            and doc[i + 1].is_alpha
            and doc[i + 1].is_title
            and not doc[i + 1].is_sent_start
        ):
            i += 1
        elif (
            doc[i].text == "-"
            and i + 1 < len(doc)
            and doc[i + 1].is_alpha
            and not doc[i - 1].whitespace_
            and not doc[i].whitespace_
        ):
            i += 2
        else:
            break
    return i


def possessive_mark(token: Token) -> bool:
    """Whether a token is a possessive mark: tagged so, or `'s` or a lone apostrophe
    where no parse tagged it (`Allied Workers' Union` in a sentence left unparsed)."""
    return token.tag_ == "POS" or (not token.tag_ and token.text in POSSESSIVE_ENDINGS)
