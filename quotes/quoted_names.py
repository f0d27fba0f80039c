"""What a reported naming row ends in, read from its content: a name in quotation marks
(`calls her "the Boss"`, `Critics call the plan "Project Fear"`), a trade's term
(`Forecasters call this a "blocking high"`) or a body's label in use (`The ministry is
calling it a "budget for working families"`), not a view (`called the plan "a disaster"`).
:func:`quotes.naming.name_given` asks these of a `reported-naming` row; the verb-side
readings (`what the council calls …`) stay in :mod:`quotes.naming`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.articles import INDEFINITE
from quotes.titles import is_title
from quotes.verb_forms import PRESENT_TAGS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token



def in_present(verb: Token) -> bool:
    """Whether a verb is in the present, simple or progressive: `calls`, `is calling`."""
    if verb.tag_ in PRESENT_TAGS:
        return True
    return verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.tag_ in PRESENT_TAGS for c in verb.children
    )


#: Dependents a given name may have: `the "quiet period"`, `its "green plan"`.
_NAME_DEPS = frozenset({"det", "poss", "compound", "amod", "punct", "nmod", "case"})


def quoted_name(content: Span) -> bool:
    """Whether reported content ends in a definite noun phrase in quotation marks with
    nothing but modifiers (`calls her "the Boss"`, `is calling its "green plan"`), not an
    indefinite one (`called the plan "a disaster"`), a superlative (`called it "the worst
    deal"`) or a phrase with a complement (`called it "the end of an era"`, `described
    the bill as "a gift to the banks"`: the last word hangs on a word inside the marks,
    so it closes a complement, not the name)."""
    # the name's head is its last word, whatever the parser hung it on
    label = next((t for t in reversed(content) if not t.is_punct), None)
    return (
        label is not None
        and label.pos_ in ("NOUN", "PROPN")
        # the name ends at the closing mark: not `what she called "a stitch-up" by the board`
        and label.i + 1 < len(label.doc)
        and label.doc[label.i + 1].is_quote
        and not _closes_a_complement(label)
        and any(
            (c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the")) and _at_name(c, label)
            for c in label.children
        )
        # what follows the row (`, which she pretended to hate`) is no part of the name
        and all(c.dep_ in _NAME_DEPS for c in label.children if c.i < content.end)
        and not any(t.tag_ in ("JJS", "RBS") for t in label.subtree)
    )


def _at_name(word: Token, label: Token) -> bool:
    """Rule object-article-outside: whether a name's article or possessive stands inside
    its quotation or right before the opening mark (`calls her "the Boss"`, `is calling
    its "green plan"`), not before the object the parser hung it on (`called the
    leaflet "propaganda"`: `the` is the leaflet's, and the quoted word a judgement of
    it); nor is a quotation that opens with an indefinite article a name (`describes the
    book as "a Middlemarch of the north"`), whatever `the` it holds."""
    doc = label.doc
    opening = next((t for t in reversed(doc[: label.i]) if t.is_quote), None)
    if opening is None or doc[opening.i + 1].lower_ in INDEFINITE:
        return False
    return word.i > opening.i or word.i == opening.i - 1


def quoted_proper_name(content: Span) -> bool:
    """Rule quoted-proper-name: whether reported content ends in a proper name in
    quotation marks, every word of it capitalised and tagged a proper noun, with no
    article: `Supporters called the affair "Fee Gate"`, `Critics call the plan "Project
    Fear"` (the name the thing goes by, like `calls her "the Boss"`); not a quoted view
    (`called it "reckless"`, `called the deal "a disaster"`)."""
    doc = content.doc
    last = next((t for t in reversed(content) if not t.is_punct), None)
    if last is None or last.i + 1 >= len(doc) or not doc[last.i + 1].is_quote:
        return False
    opening = next((t for t in reversed(doc[content.start : last.i]) if t.is_quote), None)
    words = [] if opening is None else doc[opening.i + 1 : last.i + 1]
    return 0 < len(words) <= 4 and all(w.tag_ == "NNP" and w.is_title for w in words)


def term_of_a_trade(cue: Token, content: Span) -> bool:
    """Whether a naming verb gives the term a group of people uses, in the simple present
    with a bare plural subject, and only the term is quoted, the writer's article left
    outside the marks: `Forecasters call this a "blocking high"`, `Sailors call it a
    "dead run"`. Not one speaker's judgement (`She called the plan a "stitch-up"`) nor
    quoted words that hold their own article (`Critics call the law "a recipe for
    chaos"`)."""
    if cue.tag_ not in PRESENT_TAGS or any(c.dep_ in ("aux", "neg") for c in cue.children):
        return False
    subjects = [c for c in cue.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].tag_ not in ("NNS", "NNPS"):
        return False
    if any(c.dep_ in ("det", "poss") for c in subjects[0].children):
        return False
    opening = next((t for t in content if t.is_quote), None)
    if opening is None or opening.i + 1 >= content.end:
        return False
    before, first = content.doc[opening.i - 1], content.doc[opening.i + 1]
    return before.dep_ == "det" and first.dep_ != "det" and first.pos_ != "DET"


def label_in_use(cue: Token, content: Span) -> bool:
    """Rule label-in-use: whether a naming verb in the present, simple or progressive,
    gives its object a label whose indefinite article the writer leaves outside the
    marks, and the row ends at the closing mark: `The ministry is calling it a "budget
    for working families"`, `It calls the closures an "adjustment"` (the label a body
    goes on using for its own plan, as :func:`names_what` reads `what it is calling a "digital
    first" strategy`). Not a judgement once made (`She called the plan a "stitch-up"`),
    nor quoted words that hold their own article (`calls the law "a recipe for chaos"`),
    nor an `as` before them (`describes it as a "tax grab"`), nor a superlative."""
    # `The ministry is calling the cuts a "smart savings plan".`
    if not in_present(cue):
        return False
    doc = content.doc
    marks = [t for t in content if t.is_quote]
    if len(marks) != 2 or marks[0].i < 1 or marks[1].i + 1 < content.end:
        return False
    article = doc[marks[0].i - 1]
    quoted = doc[marks[0].i + 1 : marks[1].i]
    return (
        article.lower_ in INDEFINITE
        and content.start < article.i
        and len(quoted) > 0
        and quoted[0].pos_ != "DET"
        and not any(t.lower_ == "as" for t in doc[content.start : article.i])
        and not any(t.tag_ in ("JJS", "RBS") for t in quoted)
    )


def _closes_a_complement(last: Token) -> bool:
    """Whether the last word of a quotation closes a complement inside it, not a name: it
    hangs on a word after the opening mark (`police` on `for` in `"a blank cheque for
    the police"`), and the quoted words are no title in capitals, which names a thing
    whatever its shape (`calls him "the Professor of the Stalls"`)."""
    doc = last.doc
    head = last.head
    if not head.i < last.i or any(t.is_quote for t in doc[head.i : last.i]):
        return False
    opening = next((t for t in reversed(doc[: head.i]) if t.is_quote), None)
    if opening is None:
        return False
    return not is_title(doc[opening.i + 1 : last.i + 1].text)
