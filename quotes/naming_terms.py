"""Two shapes of a name given that :mod:`quotes.naming` does not read, both rules of the
default scope (:func:`quotes.scope.dropped_by`; `--scope all` keeps the rows):

- rule term-after-noun: a term quoted whole right after the writer's noun for the thing,
  which the parse reads as one noun phrase (`Georgians call the technique "minankari"`,
  `Sailors call the wind "the bora"`): the term a group uses, in the present;
- rule definite-name-quote: a direct quote that is only a short definite name a naming
  verb gives its object (`She calls it, more often, "the glass"`, `Fans called him "the
  Wall"`): a name, not a view. An indefinite one (`calls it "a disgrace"`), a superlative
  (`"the worst deal"`) or a name with a complement (`"the end of an era"`) is a
  judgement, kept;
- rule described-thing: a verb of describing whose row is its object alone, no `as` and
  no quoted words in it (`Palaeontologists have described a new species of dinosaur`,
  `it describes places that exist on paper`): the thing described, not anyone's words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.language import word_list

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Verbs that give a name or a term (`call`, `dub`).
_NAMING = word_list("term-naming-verbs")
#: Verbs of describing a thing (`describe`, `depict`).
_DESCRIBING = word_list("describing-verbs")
#: Words that lead in a view after a describing verb's object (`as`, `like`).
_VIEW_LINKS = word_list("view-links")
#: Most words of a term quoted whole, and of a definite name with its article.
_TERM_WORDS = 2
_NAME_WORDS = 4


def quoted_name_given(kind: str, content: Span | None, cue: Token | None) -> bool:
    """Whether a row is a name a naming verb gives, in one of this module's shapes."""
    if content is None or cue is None or cue.lemma_.lower() not in _NAMING:
        return False
    if any(c.dep_ == "neg" for c in cue.children):
        return False
    if kind == "direct":
        return _definite_name(content, cue)
    return _term_after_noun(content, cue)


def _quoted_words(content: Span) -> Span | None:
    """The words between the last pair of quotation marks of a row that ends at its
    closing mark (the mark itself may stand just outside the row)."""
    doc = content.doc
    end = content.end
    while end > content.start and doc[end - 1].is_punct and not doc[end - 1].is_quote:
        end -= 1
    if end < len(doc) and doc[end].is_quote:
        close = end
    elif end > content.start and doc[end - 1].is_quote:
        close = end - 1
    else:
        return None
    opening = next((t.i for t in reversed(doc[: close]) if t.is_quote), None)
    if opening is None or opening + 1 >= close:
        return None
    return doc[opening + 1 : close]


def _term_after_noun(content: Span, cue: Token) -> bool:
    """Rule term-after-noun: a naming verb not in the simple past; the row ends in a term
    of one or two words quoted whole, no article in it, right after a noun of the
    writer's under `the` (`call the technique "minankari"`)."""
    # `Georgians call the technique "minankari".`
    if cue.tag_ == "VBD":
        return False
    words = _quoted_words(content)
    if words is None or not 0 < len(words) <= _TERM_WORDS:
        return False
    if any(t.pos_ in ("DET", "VERB", "AUX", "ADP", "PRON") or t.tag_ in ("JJS", "RBS")
           for t in words):
        return False
    doc = content.doc
    mark = words.start - 1
    if mark < 2 or doc[mark - 1].pos_ != "NOUN" or doc[mark - 2].lower_ != "the":
        return False
    return content.start <= mark - 2


def _definite_name(content: Span, cue: Token) -> bool:
    """Rule definite-name-quote: the quote is a short definite name, its words a `the`
    and nouns or adjectives, no superlative, no complement, and the verb has an object
    before it (`calls it, more often, "the glass"`)."""
    # `Abashidze calls it, more often, "the glass".`
    words = [t for t in content if not t.is_punct]
    if not 1 < len(words) <= _NAME_WORDS or words[0].lower_ != "the":
        return False
    if any(t.pos_ not in ("DET", "NOUN", "PROPN", "ADJ") or t.tag_ in ("JJS", "RBS")
           for t in words[1:]) or words[1:] == [] or words[-1].pos_ not in ("NOUN", "PROPN"):
        return False
    return any(
        c.dep_ in ("dobj", "dative") and c.i < content.start and c.pos_ in ("PRON", "PROPN", "NOUN")
        for c in cue.children
    )


def described_thing(content: Span | None, cue: Token | None, method: str) -> bool:
    """Rule described-thing: a reported row of a naming verb's object (method
    `reported-naming`) whose cue is a verb of describing and whose words hold no `as`,
    no `like` and no quotation mark: what was described, not words or a view."""
    # `Palaeontologists have described a new species of long-necked dinosaur.`
    if content is None or cue is None or not method.startswith("reported-naming"):
        return False
    if cue.lemma_.lower() not in _DESCRIBING:
        return False
    return not any(t.is_quote or t.lower_ in _VIEW_LINKS for t in content)


def known_by_name(cue: Token) -> bool:
    """Rule knows-as (:func:`quotes.known_as.knows_as`): `the winger everyone has known
    since he was 14 as Quim, signed …` gives a name, not a statement."""
    # imported here: quotes.known_as needs spaCy when imported, and the commands that need
    # no model import the scope's rules without it
    from quotes.known_as import knows_as

    return knows_as(cue)
