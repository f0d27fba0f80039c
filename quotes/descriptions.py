"""Descriptions that stand for someone the text has named.

A reporter names a source once and then describes it: `the prosecutor`, `the
61-year-old`, `the council`, `the report`. A reader links the description to the one
named referent that fits, and so do these rules: a role given at a mention of the
person (`Prosecutor Daniel Okafor`, `his barrister, Priya Raman`), an age in
apposition (`Graham Whitlock, 61,`), an organisation whose name ends in the kind
(`Ravensholm City Council`), a work whose maker was named (`a report by the audit
office`). When none or several fit, the description stays as written.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from quotes.language import word_list
from quotes.matchers import author, mention_span

#: Titles and honorifics, which stand before a name without being part of it.
_TITLES = word_list("titles")
#: Organisation kinds (`council`, `hospital`) a description may name.
ORG_KINDS = word_list("organisation-kinds")
#: `the 61-year-old`: the age it gives, at the end of the text before the head `old`.
_AGE = re.compile(r"(\d{1,3})[-‐‑ ]years?[-‐‑ ]old$")
#: Parts of speech of the words of a role before a name (`Opposition alderman`).
_ROLE_POS = ("NOUN", "PROPN", "ADJ")


def role_words(ent: Span) -> set[str]:
    """The role nouns the text gives a person at one mention, lower case: the words
    right before the name (`Prosecutor Daniel Okafor`, `Opposition alderman Joost de
    Wit`) and an apposition (`his barrister, Priya Raman`, `Priya Raman, a barrister`,
    `the hospice's chief executive, Rosalind Achterberg`)."""
    doc = ent.doc
    words: set[str] = set()
    i = ent.start - 1
    while i >= max(0, ent.start - 4) and doc[i].pos_ in _ROLE_POS and not doc[i].ent_type_:
        words.update((doc[i].lower_, doc[i].lemma_.lower()))
        i -= 1
    root = ent.root
    nouns = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        nouns.append(root.head)
    for noun in nouns:
        words.update((noun.lower_, noun.lemma_.lower()))
    return words


def age_of(ent: Span) -> str | None:
    """The age set off after a name: `61` in `Graham Whitlock, 61, admitted …`."""
    for child in ent.root.rights:
        if child.like_num and child.i == ent.end + 1 and ent.doc[ent.end].text == ",":
            return child.text
    return None


def described_age(head: Token) -> str | None:
    """The age a description gives: `61` for `the 61-year-old` (head `old`)."""
    if head.lower_ != "old":
        return None
    # The 16 characters before `old` (`the 61-year-old`), read from the few tokens there,
    # not from `doc.text`, which spaCy joins anew from every token on each call.
    near = head.doc[max(0, head.i - 8) : head.i + 1]
    at = head.idx - near.start_char
    match = _AGE.search(near.text[max(0, at - 16) : at + 3])
    return match.group(1) if match else None


def is_definite(head: Token) -> bool:
    """Whether a description is definite (`the prosecutor`, `their union`), not `a
    prosecutor`."""
    return any(
        (c.dep_ == "det" and c.lower_ in ("the", "this", "that"))
        or (c.dep_ == "poss" and c.lower_ in ("its", "their"))
        for c in head.children
    )


#: Parts of speech a word of an organisation's name can be tagged with (`Open Streets
#: Coalition`: the tagger reads `Open` as an adjective).
_NAME_POS = ("PROPN", "NOUN", "ADJ", "X")


def proper_name(tokens: list[Token]) -> str:
    """A proper name with the capitalised words the parse left before it, as the text
    writes it: `Open Streets Coalition` for `Streets Coalition`, `Marlow County
    Sheriff's Office` for `Office`, `Nurses' Association` for `Association`."""
    doc = tokens[0].doc
    start, sent = tokens[0].i, tokens[0].sent.start
    while start > sent:
        prev = doc[start - 1]
        if prev.tag_ == "POS" and start - 2 >= sent and doc[start - 2].text[:1].isupper():
            start -= 2
        elif (
            prev.text[:1].isupper()
            and prev.is_alpha
            and prev.pos_ in _NAME_POS
            and prev.lower_ not in _TITLES
        ):
            start -= 1
        else:
            break
    return doc[start : tokens[-1].i + 1].text


def fullest_name(doc_text: str, name: str) -> str:
    """The one longer form of a short name the text also uses (`Vantor Mobility` for
    `Vantor`): the name followed by capitalised words; the name itself when the text
    has none or several."""
    pattern = rf"(?<![\w'’-]){re.escape(name)}((?: [A-Z][\w'’-]*)+)"
    longer = {name + m.group(1) for m in re.finditer(pattern, doc_text)}
    return longer.pop() if len(longer) == 1 else name


def kind_name(head: Token) -> str | None:
    """`the council` → `Ravensholm City Council`: the one name in the text whose last
    word is the description's kind, written as the text writes it; None when there is
    none or more than one."""
    kind = head.lower_
    if kind not in ORG_KINDS:
        return None
    doc = head.doc
    names = set()
    for token in doc:
        if token.lower_ == kind and token.text[:1].isupper() and not token.is_sent_start:
            span = mention_span(token)
            words = [t for t in span if t.pos_ != "DET"]
            if len(words) > 1:
                names.add(doc[words[0].i : words[-1].i + 1].text)
    return names.pop() if len(names) == 1 else None


def earlier_author(head: Token) -> Token | None:
    """`The report also said …` → the maker of an earlier `a report by the audit
    office`, when the text named exactly one maker for works of that kind."""
    lemma = head.lemma_.lower()
    makers: dict[str, Token] = {}
    for token in head.doc[: head.i]:
        if token.lemma_.lower() == lemma and (maker := author(token)) is not None:
            makers.setdefault(mention_span(maker).text.lower(), maker)
    return next(iter(makers.values())) if len(makers) == 1 else None
