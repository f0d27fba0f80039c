"""The quoted words alone, as direct rows, where PolNeAR's row is mixed and runs from a
stance, naming or charging verb's object on.

- `quoted-as`: a stance verb with an object and `as` before a whole quotation (`She
  described the plan as "a tax on the young"`).
- `quoted-judgement`: a naming verb with an object and then whole quotations that say
  what the object is (`He called the sale "a fire sale of the family silver"`), one
  direct row per quotation.
- `quoted-charge`: a charging verb with the charge's words quoted after its preposition
  (`accused management of "running the ward like a car park"`).

The quoted words are the speaker's own, which a fact-checker lists; the object before
them is the writer's. Rules of :func:`quotes.statement_forms.statement_forms`.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from quotes.cue_words import OBJECT_CUES
from quotes.deps import SUBJECT_OR_CSUBJ
from quotes.form_rows import Form, form_method
from quotes.found import Found, char_tokens
from quotes.language import word_map


def quoted_as(found: Found, text: str, doc: Doc) -> list[Form] | None:
    """The quotation alone, as a direct row, when a mixed row is a stance verb's object
    and an `as` before the whole quotation: `described the plan as "a tax on the young"`,
    `blasted the claims as "lies from start to finish" when we called` (PolNeAR's mixed
    row runs from the object on). Not a quote that is only part of what follows `as`
    (`described it as a "tax"`), nor an `as` of a verb in the clause the cue reports
    (`said the board had rejected the offer as "not even a start"`): those stay mixed."""
    if (row := _mixed_row(found, doc)) is None:
        return None
    cue, content = row
    marks = 0
    for word in content:
        marks += word.is_quote
        # `as` outside the quotes, in what the verb governs (the parser may hang it on the
        # object, or on a name quoted in it: `described its slogan, "Go on," as "…"`)
        if word.lower_ != "as" or marks % 2 or word.i + 1 >= content.end:
            continue
        if not _governed_by(word, cue):
            continue
        opening = doc[word.i + 1]
        closing = _closing(content, opening.i)
        if opening.is_quote and closing is not None and closing.i > opening.i + 1:
            start = doc[opening.i + 1].idx
            end = closing.idx
            end -= len(text[start:end]) - len(text[start:end].rstrip())
            return [Form("direct", start, end, form_method("quoted-as", found.method))]
    return None


def quoted_judgement(found: Found, text: str, doc: Doc) -> list[Form] | None:
    """The quotations alone, one direct row each, when a mixed row is a naming verb's
    object and then whole quotations that say what the object is: `He called the sale
    "a fire sale of the family silver"`, `called his team's effort "soft"`, `called the
    accounts "incomplete" and "late"` (PolNeAR's mixed row runs from the object on; a
    fact-checker lists the quoted judgement, as for :func:`quoted_as`; also when words
    of the writer's lead in to it: `described the blockades as the work of "paid
    agitators"`, or a phrase of the writer's after it on whom the judgement falls:
    :func:`_on_whom`). Not a quotation that a word before its mark belongs to (`called him
    a "loser"`: the article is the quoted noun's, as in `described it as a "tax"`) nor
    one that words after it go on (`called the "temporary" closures a mistake`). A name
    given, not a view (`calls him "the Professor"`), is no statement at all
    (:func:`quotes.naming.name_given`)."""
    if (row := _mixed_row(found, doc)) is None or not found.method.startswith(
        "reported-naming"
    ):
        return None
    cue, content = row
    if cue.lemma_.lower() not in OBJECT_CUES:
        return None
    marks = [t for t in content if t.is_quote]
    if not marks or len(marks) % 2 or marks[0].i == content.start:
        return None
    pairs = list(zip(marks[::2], marks[1::2], strict=True))
    inside = {t.i for opening, closing in pairs for t in doc[opening.i + 1 : closing.i]}
    hung = [
        t for t in doc[content.start : marks[0].i] if t.head.i in inside and t.head.pos_ != "ADJ"
    ]
    # rule object-joined-to-complement: a noun the parser hung on the quoted noun, the
    # object or the noun of a phrase after it, which no quoted noun takes before its mark
    # (but a possessive: `called the barrier the region's "last wall"` stays mixed)
    joined = any(t.pos_ in _OBJECT_POS and t.dep_ != "poss" for t in hung)
    if hung and not joined:
        # `a "loser"`: the object's last words belong to the quoted noun; an adjective
        # takes no article, so words the parser hangs on one are still the object
        # (`called the fine "absurd"`); a noun hung on it is the object the parser
        # joined to the quotation (`called the count "theft in broad daylight"`)
        return None
    # between the quotations only `and`, `or` and commas; after the last only punctuation
    between = [t for (_, shut), (opened, _) in pairwise(pairs) for t in doc[shut.i + 1 : opened.i]]
    after = doc[marks[-1].i + 1 : content.end]
    if not all(t.dep_ == "cc" or t.is_punct for t in between) or not (
        all(t.is_punct for t in after) or _gloss(after, inside) or _on_whom(after, inside)
    ):
        return None
    return _quoted_forms(pairs, text, form_method("quoted-judgement", found.method))


#: Parts of speech of an object's head noun, which no quoted noun takes before its mark.
_OBJECT_POS = frozenset({"NOUN", "PROPN", "PRON"})


#: Charging verbs and the preposition that names the charge (`accuse` `of`).
_CHARGES = word_map("charge-cues")


def quoted_charge(found: Found, text: str, doc: Doc) -> list[Form] | None:
    """Rule quoted-charge: the quotations alone, one direct row each, when a mixed row is
    a charging verb's object and the charge after its preposition holds them (guideline
    rows on `accused … of "…"`): `accused management of "running the ward like a car
    park"`, `accused the council of trying to sell the park "by the back door"` (the
    quoted words are the accuser's own; PolNeAR's mixed row runs from the object on).
    Not a quotation before the preposition (`accused the "experts" of lying`), nor
    words after the last mark (`… of "stalling" for a year`), which keep the row mixed."""
    # `The union accused the board of "playing games with people's jobs".`
    if (row := _mixed_row(found, doc)) is None:
        return None
    cue, content = row
    prepositions = _CHARGES.get(cue.lemma_.lower(), ())
    marks = [t for t in content if t.is_quote]
    if not marks or len(marks) % 2 or not prepositions:
        return None
    charge = next(
        (t for t in content if t.lower_ in prepositions and t.head.i in (cue.i, *_objects(cue))),
        None,
    )
    if charge is None or marks[0].i < charge.i:
        return None
    if not all(t.is_punct for t in doc[marks[-1].i + 1 : content.end]):
        return None
    pairs = zip(marks[::2], marks[1::2], strict=True)
    return _quoted_forms(pairs, text, form_method("quoted-charge", found.method))


def _mixed_row(found: Found, doc: Doc) -> tuple[Token, Span] | None:
    """A mixed row's cue and the tokens of its content, what each rule here reads; None
    for a row of another type, without a cue, or whose content does not fall on token
    edges."""
    content = char_tokens(doc, found.start, found.end)
    if found.type != "mixed" or found.cue is None or content is None:
        return None
    return found.cue, content


def _quoted_forms(
    pairs: Iterable[tuple[Token, Token]], text: str, method: str
) -> list[Form] | None:
    """One direct row for the words between each pair of quote marks (less the spaces
    before the closing mark); None when a pair holds no words."""
    forms = []
    for opening, closing in pairs:
        start, end = opening.idx + len(opening), closing.idx
        end -= len(text[start:end]) - len(text[start:end].rstrip())
        if start >= end:
            return None
        forms.append(Form("direct", start, end, method))
    return forms


def _objects(cue: Token) -> list[int]:
    """The token indices of a verb's direct objects, on which the parser may hang the
    charge's preposition (`accused [management] [of …]`)."""
    return [c.i for c in cue.children if c.dep_ == "dobj"]


def _gloss(after: Span, inside: set[int]) -> bool:
    """Whether the words after a quoted judgement's closing mark are the writer's gloss
    of a quoted word, set off by a comma as its apposition: `termed the promise "jumla",
    a Hindi word for an empty slogan` (the quote is the row; the gloss is the writer's)."""
    words = [t for t in after if not t.is_punct]
    if not words or after[0].text != ",":
        return False
    glosses = [t for t in words if t.dep_ == "appos" and t.head.i in inside]
    return len(glosses) == 1 and all(
        t.i in {g.i for g in glosses[0].subtree} for t in words
    )


def _on_whom(after: Span, inside: set[int]) -> bool:
    """Whether the words after a quoted judgement's closing mark are a phrase of the
    writer's on a quoted noun, saying on whom or what it falls: `called the grant "an
    insult" and "a cruel joke" on the flood-hit districts` (the quotes are the rows)."""
    words = [t for t in after if not t.is_punct]
    if not words or words[0].dep_ != "prep" or words[0].head.i not in inside:
        return False
    return all(t.i in {w.i for w in words[0].subtree} for t in words)


def _governed_by(word: Token, cue: Token) -> bool:
    """Whether the cue is the verb `word` hangs on, with no clause of its own between
    them: `described the plan as …` (`as` on `described`, on `plan`, on a name quoted
    in it or on a relative clause about it: `praised Bush, who quit on Saturday, as
    "…"`), not a verb of a clause the cue reports, whose subject is someone else
    (`said the board had rejected the offer as "…"`, `said staff had been told to
    record shifts as "…"`)."""
    for ancestor in word.ancestors:
        if ancestor == cue:
            return True
        if (
            ancestor.pos_ in ("VERB", "AUX")
            and ancestor.dep_ != "relcl"  # the parser may hang `as` on a relative clause
            and any(c.dep_ in SUBJECT_OR_CSUBJ for c in ancestor.children)
        ):
            return False
    return False


def _closing(content: Span, opened: int) -> Token | None:
    """The mark in `content` that closes the quotation opened at token `opened`: the next
    quotation mark, with none of the marks inside it opening another."""
    for token in content.doc[opened + 1 : content.end]:
        if token.is_quote:
            return token
    return None
