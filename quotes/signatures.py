"""Signature lines: the words after a dash that name who said the quote before it.

An epigraph, a collection of sayings or a newspaper's "week in quotes" signs each
quotation after it, opening with a dash: on the same line (`"…" ― Ana Ruiz`) or on a line
of its own below the quote, where the name may be followed by the person's age, role or
topic (`— Ana Ruiz, 34, a nurse from Leith, on the strike`), or where an unnamed source is
given by a description (`— a spokesman for the harbour board`), or a reader signs with a
pen name (`— Worried in Ipoh`). The name, or the description, is the speaker and the
dash the cue; what follows the name after a comma or a bracket is not part of it.
"""

from __future__ import annotations

from itertools import islice, takewhile

from spacy.tokens import Doc, Span, Token

from quotes.deps import SUBJECT
from quotes.language import word_list
from quotes.narration import is_someone
from quotes.normalise import HYPHENS

#: The most words of a name that signs a quote after a dash inside a line (`"…" ― Ana
#: Ruiz`), initials and their full stops counted: a longer run of capitalised words is
#: no name, and the line's words past it are not read.
_MOST_NAME_WORDS = 12
#: Speech verbs a signature line may open with before the name (`— said Ana Ruiz`).
_SIGNING_VERBS = word_list("signature-speech-verbs")
#: Nouns that describe a person (`a resident`, `the organiser`).
_PERSON_ROLES = word_list("person-roles")
#: What may follow a name on a signature line of its own: the age, role or topic after
#: a comma, a note in brackets.
_AFTER_NAME = frozenset({",", "("})
#: Articles that open a description of an unnamed source (`a spokesman for …`).
_ARTICLES = word_list("determiners")
#: … or a preposition before the person's body, place or topic (`of`, `from`, `on`).
_PREPOSITIONS = word_list("signature-prepositions")


def signed_by(doc: Doc, text: str, dash: Token) -> Span | None:
    """The one a dash right after a closing quotation mark names, or None: a name that
    ends its line (`"…" ― Ana Ruiz`); on a signature line (the dash opens its line) also
    a name followed by its age, role or topic (`— Ana Ruiz, 34, on the strike`, `— Ana
    Ruiz of the tenants' union`), or a description of a person that fills the line (`— a
    spokesman for the harbour board`)."""
    end = text.find("\n", dash.idx)
    end = len(text) if end < 0 else end
    signature_line = text[text.rfind("\n", 0, dash.idx) + 1 : dash.idx].strip() == ""
    # the line's words only, up to a blank, not every token to the doc's end (a page of
    # thousands of signed quotes read the rest of the page for each); after a dash inside
    # a line, only as many as a name that ends the line has (a line of thousands of
    # `Ana Ruiz: "…" — ` read the rest of the line for each dash: n² steps)
    line = takewhile(lambda t: t.idx < end and not t.is_space, doc[dash.i + 1 :])
    words = list(line if signature_line else islice(line, _MOST_NAME_WORDS + 2))
    if said_after(dash) is not None:
        words = words[1:]  # `— said Juana Tzoc Ixcot, who sells …`
    name = _name_run(words)
    rest = [t for t in words[len(name) :] if t.text != "."]
    if not signature_line and len(name) > _MOST_NAME_WORDS:
        return None
    while name and name[-1].text == ".":
        name.pop()
    after_name = bool(rest) and (rest[0].text in _AFTER_NAME or rest[0].lower_ in _PREPOSITIONS)
    if signature_line and _pen_name(name, rest):
        return doc[name[0].i : rest[-1].i + 1]
    if name and (not rest or (signature_line and after_name)):
        return doc[name[0].i : name[-1].i + 1]
    if not name and signature_line:
        return _description(doc, words)
    return None


def said_after(dash: Token) -> Token | None:
    """Rule dash-said: the speech verb right after a dash that opens a line below a quote,
    before the name (`"…"` ¶ `— said Juana Tzoc Ixcot, who sells …`): the statement's
    cue, the name after it signing the quote as after a bare dash; None otherwise."""
    doc = dash.doc
    verb = doc[dash.i + 1] if dash.i + 1 < len(doc) else None
    if verb is None or not verb.is_lower or verb.lower_ not in _SIGNING_VERBS:
        return None
    return verb


#: Words of how a reader feels that open a pen name (`Worried`, `Confused`).
_PEN_NAME_FEELINGS = word_list("pen-name-feelings")


def _pen_name(name: list[Token], rest: list[Token]) -> bool:
    """Rule pen-name-in-place: a reader who signs with a pen name, a word of how she feels
    and the place she writes from, fills the signature line with it (`— Worried in
    Ipoh`, `— Confused in Kuching`): the whole line is the name she signs with, not the
    one word before `in`."""
    return (
        len(name) == 1
        and name[0].lower_ in _PEN_NAME_FEELINGS
        and len(rest) > 1
        and rest[0].lower_ == "in"
        and all(t.is_title for t in rest[1:])
    )


def _name_run(words: list[Token]) -> list[Token]:
    """The name words opening ``words``, with the full stops of initials and the
    hyphens inside a name (`J. Osei-Bonsu`)."""
    run: list[Token] = []
    for k, token in enumerate(words):
        inner_hyphen = (
            token.text in HYPHENS
            and bool(run)
            and not run[-1].whitespace_
            and k + 1 < len(words)
            and words[k + 1].pos_ == "PROPN"
        )
        if not _name_word(token) and token.text != "." and not inner_hyphen:
            break
        run.append(token)
    return run


def _name_word(token: Token) -> bool:
    """A word of a name: a proper noun, or any capitalised word but an article, as the
    tagger may read a rare given name on a line of its own as a noun (`Tomasz`)."""
    capitalised = token.is_alpha and token.text[:1].isupper() and token.lower_ not in _ARTICLES
    return token.pos_ == "PROPN" or capitalised


def _description(doc: Doc, words: list[Token]) -> Span | None:
    """`a spokesman for the harbour board`: an article, then words that name a person's
    role (`spokesman`, `resident`, `friend of the mayor`), no clause, up to the first
    comma of the line (`an usher, 19, on the queue` → `an usher`). Read from the words
    (the tags of a noun run are not trusted), as a signature line holds no cue and may be
    left unparsed."""
    cut = next((k for k, t in enumerate(words) if t.text == ","), len(words))
    phrase = words[:cut]
    while phrase and phrase[-1].is_punct:
        phrase.pop()
    if not phrase or phrase[0].lower_ not in _ARTICLES:
        return None
    if any(t.dep_ in SUBJECT for t in phrase):
        return None  # a clause (`— the mayor said later`), not a signature
    if not any(is_someone(t) or (t.lemma_ or t.lower_).lower() in _PERSON_ROLES for t in phrase):
        return None
    return doc[phrase[0].i : phrase[-1].i + 1]
