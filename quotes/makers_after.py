"""The maker of a work that the text names only after the work has spoken.

A reporter may let a poll, a memo or a report speak first and say who made it next:
`The poll found that 27 percent …` ¶ `It was conducted last week by Sondages Nordet.`;
`…, according to a memo seen by the Courier.` ¶ `The memo was sent to managers by
operations director Samir Haddad.`; or in a participle set off after `according to`:
`According to the report, published on Monday by the Regional Audit Office, …`. A reader
takes the work's words for its maker's (a document speaks through its maker), and so do
these rules. Steps of :func:`quotes.works.work_maker`, tried when the words around the
work and the text before it name no maker; the last, when no text names one, takes a
body's `according to a statement` for the body's own (rule according-statement-issuer).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotes.articles import has_indefinite_article
from quotes.body_words import kind_before_name
from quotes.language import word_list
from quotes.source_words import (
    AUTHORING,
    BODY_ENDS,
    BODY_HEADS,
    ISSUING,
    SENDING,
    legal_form,
)
from quotes.work_authors import authored_work, named_in_role, passive_agent
from quotes.work_owners import maker_named
from quotes.works_before import same_kind

#: Verbs of making or sending a work, in the sentence after it (`was written by`, `was
#: sent … by`); issuing verbs (ISSUING, `published … by`) name the maker only in a
#: participle set off after `according to` the work (a paper that prints another's
#: figures is named before them: `Justice Ministry figures published by Dnes`).
_MAKING = AUTHORING | SENDING
#: Works a body issues about what it does itself (`according to a statement`).
_SELF_ISSUED = word_list("self-issued-works")
#: Their past participles as words, for a sentence left unparsed.
_MAKING_PARTICIPLES = word_list("making-participles")
#: Forms of `be` that make the passive of the sentence after (`It was conducted by …`).
_PASSIVE_BE = frozenset({"was", "were", "is", "has", "had", "been"})
#: Forms of verbs of having a work made by another (`commissioned the review from …`).
_COMMISSIONING = word_list("commissioning-forms")
#: Most words between such a verb's work and `from` (`the review in May from`).
_FROM_WORDS = 4
#: Words that end a run of role words before a name (`written by hand in March`).
_ROLE_STOPS = word_list("maker-role-stops")
#: Capitalised words that are dates, no maker (`by March`, `by Friday`).
_DATES = word_list("months") | word_list("day-words")
#: How many words a role may take between `by` and the name it ends (`by operations
#: director Samir Haddad`).
_ROLE_WORDS = 3


def maker_named_after(work: Token) -> Token | None:
    """Rule maker-named-after: the maker the sentence right after a work names for `It`
    or the work named again, as the agent of a passive of making or sending or in the
    words around the work named again (:func:`~quotes.work_owners.maker_named`: `The
    memo, written by …, reads …`):
    `Sondages Nordet` for `The poll found …` ¶ `It was conducted between May 2 and May
    9 by Sondages Nordet.`, `Samir Haddad` for `…, according to a memo seen by the
    Courier.` ¶ `The memo was sent to managers on Friday by operations director Samir
    Haddad.` (a role before the name outside it); None when that sentence opens
    otherwise or names no maker. Read from the parse, or from the words where selective
    parsing left the sentence unparsed."""
    doc = work.doc
    if not authored_work(work) or work.sent.end >= len(doc):
        return None
    after = doc[work.sent.end].sent
    subject = _same_work(after, work)
    if subject is None:
        return _commissioned_from(after, work)
    if subject.dep_ and subject.pos_ == "NOUN" and (named := maker_named(subject)) is not None:
        # shape: The <work>, written by <maker>, … (`…, according to a leaked memo.` ¶
        # `The memo, written by the party's campaign director, X, reads in part: …`)
        return named
    if subject.dep_:
        # shape: It|The <work> was <made> … by <maker> (parsed)
        verb = subject.head
        if subject.dep_ != "nsubjpass" or verb.lemma_.lower() not in _MAKING:
            return None
        return _maker_word(passive_agent(verb))
    return _unparsed_agent(after, subject)


def according_participle_maker(work: Token) -> Token | None:
    """Rule according-participle-maker: the agent of a participle of making or issuing set
    off by commas after a work that `according to` names, which the parse hangs on the
    sentence's verb: `the Regional Audit Office` in `According to the report, published
    on Monday by the Regional Audit Office, patients waited …`; None for any other
    shape, or a participle by which the work was only seen or got (`seen by`)."""
    doc = work.doc
    to = work.head
    if work.dep_ != "pobj" or to.lower_ != "to" or to.head.lower_ != "according":
        return None
    if not authored_work(work):
        return None
    # shape: according to <work> , <made|issued> … by <maker> ,
    comma = work.right_edge.i + 1
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return None
    participle = doc[comma + 1]
    if participle.tag_ != "VBN" or participle.lemma_.lower() not in _MAKING | ISSUING:
        return None
    return _maker_word(passive_agent(participle))


def according_statement_issuer(work: Token) -> Token | None:
    """Rule according-statement-issuer: the body that is the subject of the clause an
    `according to a statement` reports, when nothing names the statement's maker: a
    body's statement about what it does itself is its own (`Chipmaker Veltrix cut its
    forecast, according to a statement` is Veltrix's, not `a statement`'s). Only an
    indefinite work a body issues (:data:`_SELF_ISSUED`) and a subject that is a body (an
    organisation's name, `police`, `the ministry`); a person as subject (`Ana Ruiz
    resigned, according to a statement`) leaves the work as it is, since her employer
    or her party may have issued it."""
    # Shape: <Body> <verb> … , according to a|an <statement> .
    # e.g. `The Harbour Authority fined the ferry firm, according to a statement.`
    to = work.head
    if work.dep_ != "pobj" or to.lower_ != "to" or to.head.lower_ != "according":
        return None
    if work.lemma_.lower() not in _SELF_ISSUED or not has_indefinite_article(work):
        return None
    host = to.head.head
    subject = next((c for c in host.children if c.dep_ == "nsubj"), None)
    if subject is None or host.i == to.head.i:
        return None
    return subject if _body_word(subject) else None


def _body_word(word: Token) -> bool:
    """Whether a subject's head word names a body: a kind of organisation (`police`, `the
    ministry`), the last word of a body's name (`the Harbour Authority`, `Calder
    Holdings`) or a name after a kind of body (`Chipmaker Veltrix`)."""
    if word.pos_ == "NOUN":
        return word.lemma_.lower() in BODY_HEADS
    if word.pos_ != "PROPN":
        return False
    if word.lower_ in BODY_ENDS or legal_form(word.text):
        return True
    return any(c.dep_ == "compound" and kind_before_name(c) for c in word.lefts)


def _maker_word(agent: Token | None) -> Token | None:
    """The maker a `by` phrase names: a name (`by Sondages Nordet`), the name a role
    ends (`by operations director Samir Haddad`,
    :func:`~quotes.mentions.named_in_role`) or a description with its article or owner
    (`by the audit office`, `by the council's lawyers`); None for a bare noun, the means
    a work went by (`sent by email`, `written by hand`)."""
    if agent is None:
        return None
    if agent.pos_ == "PROPN":
        return agent
    named = named_in_role(agent)
    if named is not None:
        return named
    if agent.pos_ == "NOUN" and any(c.dep_ in ("det", "poss") for c in agent.children):
        return agent
    return None


def _same_work(sentence: Span, work: Token) -> Token | None:
    """The subject that opens `sentence` when it is `It` or a definite mention of the
    same kind of work as `work` (`The memo` after `a memo`, `The survey` after `The
    poll`: :func:`~quotes.works_before.same_kind`); None otherwise."""
    first = sentence[0]
    if first.lower_ == "it" and len(sentence) > 1:
        return first
    if first.lower_ != "the":
        return None
    # shape: The [leaked] <work> …
    kinds = same_kind(work.lemma_.lower()) | same_kind(work.lower_)
    for token in sentence[1:3]:
        if token.lemma_.lower() in kinds or token.lower_ in kinds:
            return token
        if not token.is_lower:
            return None
    return None


def _unparsed_agent(sentence: Span, subject: Token) -> Token | None:
    """The maker in `It was conducted … by Sondages Nordet.` read from the words: a
    form of `be` right after the subject, a verb of making right after it, and the name
    after the first `by` (past a role in lower case: `by operations director Samir
    Haddad`), its last capitalised word; None when the words run otherwise."""
    doc = sentence.doc
    i = subject.i + 1
    while i < sentence.end and doc[i].lower_ in _PASSIVE_BE:
        i += 1
    if i == subject.i + 1 or i >= sentence.end or doc[i].lower_ not in _MAKING_PARTICIPLES:
        return None
    by = next((t.i for t in doc[i + 1 : sentence.end] if t.lower_ == "by"), None)
    if by is None:
        return None
    j = by + 1
    if j < sentence.end and doc[j].lower_ == "the":
        j += 1
    skipped = 0
    while j < sentence.end and doc[j].is_lower and skipped < _ROLE_WORDS:
        if doc[j].lower_ in _ROLE_STOPS:
            return None
        j, skipped = j + 1, skipped + 1
    if j >= sentence.end or not doc[j].text[:1].isupper() or doc[j].lower_ in _DATES:
        return None
    while j + 1 < sentence.end and doc[j + 1].text[:1].isupper():
        j += 1
    return doc[j]


def _commissioned_from(sentence: Span, work: Token) -> Token | None:
    """Rule commissioned-from-after: the maker the sentence right after a work names as
    the one the work was commissioned from (`An independent review … has found …` ¶ `The
    council commissioned the review in May from Margaret Oyelaran-Price, …`): the
    capitalised words after `from`, their last; None when the sentence runs otherwise.
    Read from the words, as selective parsing may leave the sentence unparsed."""
    doc = sentence.doc
    kinds = same_kind(work.lemma_.lower()) | same_kind(work.lower_)
    for verb in sentence:
        if verb.lower_ not in _COMMISSIONING or verb.i + 2 >= sentence.end:
            continue
        # shape: … commissioned the <work> [in May] from <Maker> (`from Ana Ruiz, a …`)
        if doc[verb.i + 1].lower_ != "the" or doc[verb.i + 2].lower_ not in kinds:
            continue
        after = doc[verb.i + 3 : min(verb.i + 3 + _FROM_WORDS, sentence.end)]
        at = next((t.i for t in after if t.lower_ == "from"), None)
        if at is None or at + 1 >= sentence.end or not doc[at + 1].text[:1].isupper():
            return None
        j = at + 1
        while j + 1 < sentence.end and doc[j + 1].text[:1].isupper():
            j += 1
        return doc[j]
    return None
