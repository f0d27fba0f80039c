"""The whole written name of a body that the parse cut at a small word inside it.

Bodies' names join capitalised words with `and`, `of` and `for` (`the Food and Drug
Administration`, `the Office for National Statistics`, `Transport for London`), and may
hold a word that is elsewhere a title (`the Transport and General Workers' Union`, `the
Attorney General's Office`). The parser often hangs the words before `and`, or the phrase
after `for`, elsewhere, and the speaker comes out as `Drug Administration` or `Office`.
These rules widen such a name as a reader does, only when its head word is a body's
(:data:`BODY_HEADS`), so that `Pfizer and Moderna` or `data from Halden for England`
stay as they are.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotes.language import word_list

#: Words that end or head a body's name (`Council`, `Federation`, `Office`).
BODY_HEADS = word_list("organisation-kinds") | word_list("body-name-heads")
#: Small words inside a body's name (`Food and Drug Administration`, `Centre for Cities`).
_JOINING = word_list("body-name-joins")
#: How many words a body's name may have.
_LONGEST = 8


def whole_body_name(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The bounds of the body's name that tokens `start:end` are part of: widened to the
    left to the `the` that opens it (`the Road and Passenger Workers' Federation`), and
    to the right over `of`/`for` and a capitalised word or run (`Centre for Cities`);
    `(start, end)` when the name's head is no body's or nothing widens it."""
    if end <= start:
        return start, end
    if doc[end - 1].lower_ in BODY_HEADS:
        start = _opening(doc, start, end)
    head = _head_before_joint(doc, end)
    if head is not None and head.lower_ in BODY_HEADS:
        end = _closing(doc, end)
    return start, end


def _opening(doc: Doc, start: int, end: int) -> int:
    """Where a body's name ending at `end` opens: after the `the` before a run of
    capitalised words, possessive marks (`Attorney General's Office`) and at most one
    small joining word (`Food and Drug`) — the run must be preceded by `the`, as a body's
    full name is (`Pfizer and the Moderna Foundation` keeps `Moderna Foundation`)."""
    i, joints = start, 0
    while i > 0 and end - i < _LONGEST:
        prev = doc[i - 1]
        if prev.lower_ == "the":
            break
        word = prev.is_alpha and prev.text[:1].isupper()
        possessive = prev.tag_ == "POS" and i >= 2 and doc[i - 2].text[:1].isupper()
        joint = prev.lower_ in _JOINING and not joints and i >= 2 and doc[i - 2].is_title
        if not (word or possessive or joint):
            break
        i -= 1
        joints += joint
    if i < start and i > 0 and doc[i - 1].lower_ == "the" and doc[i].text[:1].isupper():
        return i
    return start


def _head_before_joint(doc: Doc, end: int) -> Token | None:
    """The word before an `of` or `for` right after the name, when a capitalised word
    follows the small word; None otherwise."""
    if end + 1 >= len(doc) or doc[end].lower_ not in ("of", "for"):
        return None
    following = doc[end + 1]
    if not (following.is_alpha and following.is_title):
        return None
    return doc[end - 1]


def _closing(doc: Doc, end: int) -> int:
    """The end of the capitalised run after the `of`/`for` at `end` (`for National
    Statistics`), and of one more after `and` (`for Economic Co-operation and
    Development`, `of Health and Human Services`), not across a sentence's end."""
    i = _capitalised_run(doc, end + 1)
    if i + 1 < len(doc) and doc[i].lower_ == "and" and doc[i + 1].is_title:
        i = _capitalised_run(doc, i + 1)
    return i


def _capitalised_run(doc: Doc, i: int) -> int:
    """The end of the run of capitalised words (and hyphens inside them, `Co-operation`)
    from token `i`."""
    while i < len(doc) and not doc[i].is_sent_start:
        if doc[i].is_alpha and doc[i].is_title:
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


def joined_around(whole: str, name: str) -> bool:
    """Whether `whole` is `name` with more of a body's name joined to it by a small word
    (`Retail & Allied Workers Union` for `Allied Workers Union`, `Food and Drug
    Administration` for `Drug Administration`, `Department for Education` for
    `Department`), not merely with capitalised words before it (`Shares in Halvorsen
    Marine` is no name)."""
    at = whole.find(name)
    if at < 0 or whole == name:
        return False
    extra = f"{whole[:at]} {whole[at + len(name):]}".split()
    return any(word.lower() in _JOINING for word in extra)
