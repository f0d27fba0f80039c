"""Who made a decision: the body the text last said decided a case, for a decision that
names no maker of its own.

A court, a tribunal or a regulator acts on a case (`The Harbour Authority has fined the
ferry firm £40,000`, `The tribunal dismissed the claim`) and the story then lets its
decision speak (`The notice found that …`, `According to the decision, …`, `"…," the
ruling said`): a reader takes the decision for the decider's, as
:func:`quotes.works.work_maker` does with the subject these rules find.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.language import word_list, word_map

#: Works by which a body decides a case (`decision`, `ruling`, `notice`).
_DECISIONS = word_list("decision-works")
#: The share of a bench whose holding is its court's (`majority`).
_BENCH_SHARES = word_list("bench-shares")
#: Verbs by which a body decides a case (`fine`, `dismiss`, `rule`), and the forms of
#: them that selective parsing looks for (`fined`, `dismissed`).
_DECIDING_FORMS = word_map("deciding-verbs")
_DECIDING = frozenset(_DECIDING_FORMS)
#: Verbs by which a court decides only with a clause of what it decided (`The court
#: held that …`, not `held a hearing`), and their forms, as for the verbs of deciding.
_HOLDING_FORMS = word_map("holding-verbs")
_HOLDING = frozenset(_HOLDING_FORMS)
_DECIDED = frozenset(
    form for forms in (*_DECIDING_FORMS.values(), *_HOLDING_FORMS.values()) for form in forms
)
#: The relations by which a verb of deciding hangs on another verb whose subject is its
#: own (`has banned the advert, ruling that …`, `dismissed the claim and ordered …`).
_SHARED_SUBJECT = ("advcl", "conj", "xcomp")


def decider_before(head: Token) -> Token | None:
    """Rule decider-before: the subject of the latest verb of deciding before a decision
    (:data:`_DECIDING`, :data:`_DECISIONS`): `The Harbour Authority` for `The notice found
    that …` after `The Harbour Authority has fined the ferry firm £40,000.`, the latest
    such subject that is a name, else the latest that is a noun; None when the word is
    no decision (nor a bench's majority, :func:`_bench_share`) or no verb of deciding
    outside a headline (:func:`_headline`) with a noun or name for its subject comes
    before it."""
    if (
        head.lemma_.lower() not in _DECISIONS
        and head.lower_ not in _DECISIONS
        and not _bench_share(head)
    ):
        return None
    described = None
    for token in reversed(head.doc[: head.i]):
        if token.pos_ != "VERB" or not _decides(token) or _headline(token):
            continue
        if _what_was_decided(token):
            continue
        subject = decider(token)
        if subject is not None and subject.pos_ == "PROPN":
            return subject
        # `The regulator also banned …` after `The FSCB has fined …`: a description
        # stands for a body named before, which the name gives surer than the description
        described = described or subject
    return described


def _what_was_decided(verb: Token) -> bool:
    """Rule decided-clause-no-decider: whether a verb of deciding stands in the clause of
    another, what the decider found someone did, not a decision of its own subject: `The
    Labour Appeal Court has ruled that Rietspruit Platinum unfairly dismissed 14
    supervisors` (the court decided; the mine dismissed workers), with the verbs the parse
    joined to it by `and` (`…, and ordered the company to reinstate them`, whose subject
    the parse took for the mine's)."""
    # shape: <decider> ruled|held that <subject> <deciding verb> … [and <deciding verb> …]
    while verb.dep_ == "conj":
        verb = verb.head
    return verb.dep_ == "ccomp" and verb.head.pos_ == "VERB" and _decides(verb.head)


def _decides(verb: Token) -> bool:
    """Whether a verb decides a case: a verb of deciding (:data:`_DECIDING`), or rule
    held-that-decides, a verb of holding with a clause (`The Court of Human Rights held,
    by six votes to one, that Lithuania had violated …`, :data:`_HOLDING`), as a judgment
    named after it is the holder's; not `held a hearing`, `held talks`."""
    lemma = verb.lemma_.lower()
    if lemma in _DECIDING:
        return True
    if lemma not in _HOLDING:
        return False
    # the parse may hang `held` on the clause after it: `held, by six votes to one, that …`
    clause = verb.head if verb.dep_ == "advcl" else None
    return any(c.dep_ == "ccomp" for c in verb.children) or (
        clause is not None
        and any(c.dep_ == "mark" and c.lower_ == "that" and c.i > verb.i for c in clause.children)
    )


def _bench_share(head: Token) -> bool:
    """Rule majority-of-the-bench: whether a description is the share of a court's bench
    that decided (:data:`_BENCH_SHARES`), alone, not a majority of something it names
    (`the majority of residents`): its holding is the court's, as a decision's is."""
    # Shape: The majority held that … (after `The Court of Appeal dismissed the appeal`)
    return head.lower_ in _BENCH_SHARES and not any(c.dep_ == "prep" for c in head.children)


def _headline(token: Token) -> bool:
    """Whether a token stands in a headline, a line with no full stop, whose words a
    parse reads as a sentence though they drop the auxiliary of a passive (`Kenya's
    runner banned for four years`: the runner no decider)."""
    words = [t for t in token.sent if not t.is_space]
    return not words or (words[-1].text not in _SENTENCE_ENDS and not words[-1].is_quote)


#: The marks that end a sentence, which a headline has none of.
_SENTENCE_ENDS = frozenset(".!?…")


def decider(verb: Token) -> Token | None:
    """The subject of a verb of deciding, or of the verb it hangs on by a participle or
    `and` (`The watchdog` in `The watchdog has banned the advert, ruling that …`), when
    it is a noun or a name; None for a pronoun, a passive or no subject."""
    # shape: <body> <verb> … , <deciding participle> (`The court sat, ruling that …`)
    for _ in range(2):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject if subject.pos_ in ("PROPN", "NOUN") else None
        if verb.dep_ not in _SHARED_SUBJECT:
            return None
        verb = verb.head
    return None


def before_decisions(
    words: list[str], bounds: list[tuple[int, int]], picked: list[bool]
) -> set[int]:
    """The sentences (by number; `bounds` are their token bounds in `words`, the tokens'
    forms) that hold a form of a verb of deciding (`fined`) before the last picked
    sentence that names a decision (`The notice found that …`), so that they are parsed
    too and :func:`decider_before` finds who decided (rule 8 of :mod:`quotes.picking`)."""
    named = [
        k
        for k, (start, end) in enumerate(bounds)
        if picked[k]
        and any(w.lower() in _DECISIONS or w.lower() in _BENCH_SHARES for w in words[start:end])
    ]
    if not named:
        return set()
    return {
        k
        for k, (start, end) in enumerate(bounds[: named[-1]])
        if any(w.lower() in _DECIDED for w in words[start:end])
    }
