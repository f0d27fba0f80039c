"""The whole written name of a body that the parse cut at a small word inside it.

Bodies' names join capitalised words with `and`, `of` and `for` (`the Food and Drug
Administration`, `the Office for National Statistics`, `Transport for London`), and may
hold a word that is elsewhere a title (`the Transport and General Workers' Union`, `the
Attorney General's Office`). The parser often hangs the words before `and`, or the phrase
after `for`, elsewhere, and the speaker comes out as `Drug Administration` or `Office`.
These rules widen such a name as a reader does, only when its head word is a body's
(:data:`BODY_HEADS`), so that `Pfizer and Moderna` or `data from Halden for England`
stay as they are. A name in another language, joined by its own small words
(`Instituut voor Zorgbeoordeling`, `Syndicat des Vignerons`), is read by
:mod:`quotes.foreign_body_names`; a speaker's mention the parse cut at the `and` or `&`
of a body's name is widened by :mod:`quotes.joined_body_mentions`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotes.body_name_ends import (
    AND_JOINTS,
    JOINING,
    OF_FOR,
    closing,
    lower_case_romance_end,
    numbered,
    possessive_mark,
)
from quotes.foreign_body_names import ROMANCE, foreign_joined, romance_joined
from quotes.genders import gender_of_given
from quotes.language import word_list
from quotes.nationalities import is_nation_name
from quotes.normalise import BULLETS
from quotes.source_words import BODY_HEADS, legal_form

#: The small words that join a body's purpose inside its name (`Freedom to Read`).
_PURPOSE = word_list("body-name-purpose-joins")
#: The word that opens a `from … to …` pair, whose `to` opens no purpose (`from Orbis
#: Mining to Kelby Council`).
_FROM = word_list("purpose-join-range-openers")
#: Words of a minister's portfolio (`fisheries`, `transport`), which open a department's
#: name ending in its country (`Fisheries and Oceans Canada`).
PORTFOLIOS = word_list("portfolio-words")
#: How many words a body's name may have before the word the parse ended it at.
_LONGEST = 8


def whole_body_name(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The bounds of the body's name that tokens `start:end` are part of: widened to the
    left to the `the` that opens it (`the Road and Passenger Workers' Federation`), to
    the right over `of`/`for` and the capitalised words after them (`Centre for Cities`,
    `Court of Appeal for Westmarch`, `Ministry of Industry and Product Safety`), and over
    the number of a union's branch (`Transit Workers Local 1182`), and on over French,
    Spanish or Portuguese small words once the name holds one (`Syndicat des Vignerons
    du Haut-Minervois`, :func:`~quotes.foreign_body_names.romance_joined`); `(start, end)` when
    the name's head is no body's or nothing widens it."""
    if end <= start:
        return start, end
    start, end = foreign_joined(doc, start, end)
    end = conjoined_head(doc, start, end)
    if doc[end - 1].lower_ in BODY_HEADS:
        start = name_opening(doc, start, end)
    end = lower_case_romance_end(doc, start, end)
    if romance_joined(doc, start, end):
        end = closing(doc, start, end, OF_FOR | ROMANCE)
    elif any(doc[k].lower_ in BODY_HEADS and doc[k].text[:1].isupper() for k in range(start, end)):
        end = closing(doc, start, end)
    return start, numbered(doc, end)


def _after_the(doc: Doc, i: int) -> bool:
    """Whether `the` stands right before token `i`, or before a lower-case word for a
    level of government before it (rule level-before-name: `the state Health and Family
    Welfare Department`, :data:`_LEVELS`)."""
    before = doc[i - 1].lower_
    return before == "the" or (
        i >= 2 and doc[i - 1].is_lower and before in _LEVELS and doc[i - 2].lower_ == "the"
    )


#: Lower-case words for a level of government between `the` and a body's name.
_LEVELS = word_list("government-levels")


def name_opening(doc: Doc, start: int, end: int) -> int:
    """Where a body's name ending at `end` opens: after the `the` before a run of
    capitalised words, possessive marks (`Attorney General's Office`) and at most one
    small joining word (`Food and Drug`, after a list of words and commas: `Meteorology,
    Climatology and Geophysical`) — the run must be preceded by `the` (or by `the` and a
    level of government, :func:`_after_the`), as a body's
    full name is (`Pfizer and the Moderna Foundation` keeps `Moderna Foundation`), or
    open its sentence across an `and` (:func:`_opens_sentence_as_name`) that no body's
    head word stands before (`Harwell Council and Dunmore Council` name two; `Members of
    Dunmore Council` are no body's name)."""
    i, joints, commas, headed, ofs = start, 0, 0, False, False
    while i > 0 and end - i < _LONGEST:
        prev = doc[i - 1]
        if prev.lower_ == "the":
            break
        word = prev.is_alpha and prev.text[:1].isupper()
        possessive = possessive_mark(prev) and i >= 2 and doc[i - 2].text[:1].isupper()
        # `the Paramedics' and Ambulance Workers' Union`: a plural possessive before the
        # joint (rule possessive-before-joint)
        joint = prev.lower_ in JOINING and not joints and i >= 2 and (
            doc[i - 2].is_title or (i >= 3 and possessive_mark(doc[i - 2]) and doc[i - 3].is_title)
        )
        # `the Meteorology, Climatology and Geophysical Agency`: a list of single words
        # joined by commas before its `and`
        listed = prev.text == "," and joints and i >= 2 and doc[i - 2].is_title
        if not (word or possessive or joint or listed):
            break
        i -= 1
        joints += joint
        commas += listed
        headed = headed or (joint and doc[i - 1].lower_ in BODY_HEADS)
        ofs = ofs or (joint and prev.lower_ not in AND_JOINTS)
    if i < start and i > 0 and _after_the(doc, i) and doc[i].text[:1].isupper():
        return i
    if i < start and joints and not (commas or headed or ofs) and _opens_sentence_as_name(
        doc[i], ampersand="&" in [t.text for t in doc[i:start]]
    ):
        return i  # `Renfield and Oakby Health Trust said …`, the name opening its sentence
    return start


def _opens_sentence_as_name(token: Token, ampersand: bool = False) -> bool:
    """Whether a capitalised word opening a sentence or a list line may open a body's
    name written without `the` (`Renfield and Oakby Health Trust said`, `• Calder & Wyre
    Building Society: 6.6%`): no small word (`But`, `On`) and no given name (`Marta Ruiz
    and Kelby Council said` names two), unless an `&` joins it to the rest, as it joins
    no two people (`Calder` is a given name too)."""
    bullet = token.i > 0 and token.doc[token.i - 1]
    return (
        (token.is_sent_start or (bullet and bullet.is_sent_start and bullet.text in BULLETS))
        and token.is_alpha
        and not token.is_stop
        and (ampersand or gender_of_given(token.text) is None)
    )


def conjoined_head(doc: Doc, start: int, end: int) -> int:
    """The end of a body's name whose head the parse split off after `and`: `Eastholm
    Fire and Rescue Service said`, `the Kelby Environment and Land Court has ruled`,
    `Aldbury and Wendham NHS Trust said` (the speaker comes out as the words before
    `and`), or after the `to` of its purpose (rule body-purpose: `the Cumberland Right
    to Know Coalition said`, `The Fitness to Practise Committee found`). The words after
    the joint must be a short capitalised run ending in a body's head word
    (:data:`BODY_HEADS`), and the words before it open with no given name (the tagger
    takes `Eastholm Fire` for a person), so that `Pfizer and the Moderna Foundation`,
    `Ana Ruiz and Kelby Council` and `Harwell Council and Dunmore Council` stay two, and
    so do the two ends of `from … to …` (`a letter from Orbis Mining to Kelby Council`);
    `end` otherwise."""
    purpose = doc[end].lower_ in _PURPOSE if end < len(doc) else False
    if purpose and start > 0 and doc[start - 1].lower_ in _FROM:
        return end  # `a letter from Orbis Mining to Kelby Council`: a sender and an addressee
    if not (
        end + 2 < len(doc)
        and (doc[end].lower_ in AND_JOINTS or purpose)
        and doc[end - 1].text[:1].isupper()
        and doc[end - 1].lower_ not in BODY_HEADS  # `Harwell Council and Dunmore Council`
        and gender_of_given(doc[start].text) is None
    ):
        return end
    close = end + 1
    words = 0
    while close < len(doc) and words < 4 and not doc[close].is_sent_start:
        if doc[close].is_alpha and doc[close].text[:1].isupper():  # `NHS` too
            words += 1
        elif not _glued_hyphen(doc, close):
            break
        close += 1
    if close > end + 1 and doc[close - 1].lower_ in BODY_HEADS:
        return close
    if close > end + 2 and _portfolio_department(doc, start, end, close):
        return close
    if close > end + 1 and close < len(doc) and legal_form_word(doc[close]):
        return close + 1  # `Harbour Land and Housing Corp. said`
    return end


def _portfolio_department(doc: Doc, start: int, end: int, close: int) -> bool:
    """Rule portfolio-department: whether the words `start:end` before an `and` and the
    capitalised run `end + 1:close` after it are one department's name, its portfolios
    and then its country (`A stock assessment published by Fisheries and Oceans Canada
    found …`, `Transport and Infrastructure Ireland`), or its portfolios alone, as a
    territory names a department (`Highways and Public Works said …`): the words before
    the joint are all portfolio words (`fisheries`) and the run ends in a nation's name
    or is all portfolio words too, so that `Pfizer and Moderna Canada` stay two."""
    return all(doc[k].lower_ in PORTFOLIOS for k in range(start, end)) and (
        is_nation_name(doc[close - 1].text)
        or (close > end + 3 and is_nation_name(doc[close - 2 : close].text))
        # `Highways and Public Works said …`: a department named by its portfolios alone
        or all(doc[k].lower_ in PORTFOLIOS for k in range(end + 1, close))
    )


def _glued_hyphen(doc: Doc, i: int) -> bool:
    """Rule hyphened-body-word: whether token `i` is a hyphen written without spaces
    between two capitalised words of a body's name (`North-West` in `the West and
    North-West Hospital Group`), which the run of the name's words goes on over."""
    return (
        doc[i].text == "-"
        and 0 < i < len(doc) - 1
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
        and doc[i - 1].text[:1].isupper()
        and doc[i + 1].text[:1].isupper()
    )


def legal_form_word(token: Token) -> bool:
    """Whether a token is a company's legal form written as one capitalised word, with or
    without its full stop (`Corp.`, `Ltd`), not opening a sentence."""
    return token.text[:1].isupper() and not token.is_sent_start and legal_form(token.text)


def kind_word(name: str) -> str:
    """The word of a body's name that says its kind, lower case: its last (`Harrow
    District Council`), or its first when a small word joins a phrase to it (`Society of
    Radiographers`, `Syndicat des travailleurs …`)."""
    words = name.lower().split()
    if len(words) > 2 and words[1] in OF_FOR | ROMANCE:
        return words[0]
    return words[-1] if words else ""


def joined_around(whole: str, name: str) -> bool:
    """Whether `whole` is `name` with more of a body's name joined to it by a small word
    (`Retail & Allied Workers Union` for `Allied Workers Union`, `Food and Drug
    Administration` for `Drug Administration`, `Department for Education` for
    `Department`) or with a branch's number after it (`Transit Workers Local 1182`),
    or with the name in the possessive that a body's head word is named for (:func:`_named_for`),
    not merely with capitalised words before it (`Shares in Halvorsen Marine` is no
    name)."""
    at = whole.find(name)
    if at < 0 or whole == name:
        return False
    extra = f"{whole[:at]} {whole[at + len(name):]}".split()
    return any(word.lower() in JOINING or word.isdigit() for word in extra) or _named_for(
        whole[:at], name
    )


def _named_for(before: str, name: str) -> bool:
    """named-for: whether the words `before` a body's name are the possessive of the
    saint or person it is named for, as schools, churches and hospitals are (`St Columba's
    Primary School` for `Primary School`, `St Jude's Hospital` for `Hospital`), or the
    plural possessive of the people it is for (`Aviation Passengers' Rights Bureau` for
    `Rights Bureau`): the words end in a possessive mark and the name ends in a body's
    head word (:data:`BODY_HEADS`), so the parse's cut at the mark gives no name less
    its first words."""
    words = name.split()
    return (
        before.rstrip().endswith(("'s", "’s", "s'", "s’"))
        and bool(words)
        and words[-1].lower() in BODY_HEADS
    )
