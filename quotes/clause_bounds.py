"""The bounds of what a cue reports: token runs made into character spans.

Every rule of reported speech (:mod:`quotes.complements`, :mod:`quotes.set_off`,
:mod:`quotes.said_of`, :mod:`quotes.colon_lines`) finds the words a cue reports; the
steps here turn them into a :class:`Content` the same way for all of them: where a
clause ends (before an adjunct set off by a comma, or a second act of the same subject),
the unbroken run around a head, and the span without a leading `that` and edge
punctuation (:func:`quotes.content_edges.trimmed`), so that the rows of all rules agree
on what a span's edges are.
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Token

from quotes.cue_classes import VERB_CLASSES
from quotes.cue_words import SOURCE_PREPS, cue_lemmas
from quotes.deps import SUBJECT
from quotes.joined_reports import before_link, new_source
from quotes.language import word_list
from quotes.next_acts import second_act, tense
from quotes.relative_tags import RELATIVE_TAGS
from quotes.role_runs import role_run_start
from quotes.sentence_starts import MAX_SENTENCE_TOKENS
from quotes.writers_adjuncts import quotation_closed, writers_adjunct


class Content(NamedTuple):
    """What a cue reports: character bounds in the doc text and the rule that found it."""

    start: int
    end: int
    rule: str


def _preposition_verb(head: Token) -> Token | None:
    """Rule adjunct-under-preposition: the `-ing` verb a preposition heads as the last
    part of a cue's content (`accused Finland of "militarising" its border, a day after
    Helsinki announced new fencing`), whose own clause decides where the content ends:
    the parse hangs the writer's adjunct on that verb, not on the preposition."""
    if head.dep_ != "prep":
        return None
    verbs = [c for c in head.children if c.dep_ == "pcomp" and c.tag_ == "VBG"]
    return verbs[-1] if len(verbs) == 1 and reach(verbs[-1]) == reach(head) else None


def clause_end(head: Token) -> Token:
    """The clause's last token, leaving out a trailing adjunct set off by a comma that is
    the writer's (:func:`writers_adjunct`) or a relative clause set off by a comma, a
    clause joined on that has a source of its own
    (:func:`~quotes.joined_reports.new_source`) and the speaker's next act
    (:func:`~quotes.next_acts.second_act`).

    `Lindqvist said the harbour was saved, as the storm moved north`: the reported clause
    ends at `saved`; see :func:`_before_relative_aside` for the relative clause. An
    adjunct of the speaker's own stays (`…, with Europe to follow in the summer`,
    `…, up from 6 per cent`).
    """
    verb = _preposition_verb(head)
    if verb is not None:
        return clause_end(verb)
    last = reach(head)
    for child in head.rights:
        if child.i > last:
            break
        before = head.doc[child.left_edge.i - 1]
        if (
            child.dep_ in ("prep", "advcl", "advmod", "npadvmod")
            and before.text == ","
            and writers_adjunct(child)
        ):
            return head.doc[before.i - 1]
        if new_source(child):
            # `Most said they were worried, and 4 in 10 said …`: the second clause has a
            # source of its own and is a statement of its own
            return before_link(head, child)
        if second_act(child) and not _goes_on(head, child):
            # `Paul said the plan would cost billions and called him reckless`
            return before_link(head, child)
    relay = _closing_relay(head, last)
    if relay is not None:
        return head.doc[relay.i - 2]
    act = _closing_participle(head, last)
    end = head.doc[last] if act is None else head.doc[_after_comma(act)]
    return _reason_on_cue(
        head, _before_role_run(_joined_conjunct(head, _before_relative_aside(head, end)))
    )


#: Conjunctions of a reason clause after a reported one: `because`.
_REASON_MARKS = word_list("speaker-reason-marks")


def _reason_on_cue(head: Token, end: Token) -> Token:
    """Rule reason-read-onto-cue: a reason clause set off by a comma right after the
    reported clause, which the parser hung on the cue rather than on the clause, is the
    speaker's reason for what they said, and the clause ends at its end.

    Shape: `<source> <cue> <clause>, because <subject> <verb> …`. `Ms Reyes said she had
    not complained, because she was afraid of losing her job`: the parser may read the
    `because`-clause as why she said it; what she said holds it (the reason for saying
    something is hardly ever given so)."""
    doc = head.doc
    cue = head.head
    if head.dep_ != "ccomp" or cue.i > head.i or cue.lemma_.lower() not in cue_lemmas():
        return end
    k = end.i if end.text == "," else end.i + 1  # the clause may end on its comma
    while k < len(doc) and doc[k].is_quote:
        k += 1
    if k + 1 >= len(doc) or doc[k].text != ",":
        return end
    for reason in cue.rights:
        first = reason.left_edge
        if (
            reason.dep_ == "advcl"
            and first.i == k + 1
            and first.dep_ == "mark"
            and first.lower_ in _REASON_MARKS
            and any(c.dep_ in SUBJECT for c in reason.children)
        ):
            return doc[min(reason.right_edge.i, head.i + MAX_SENTENCE_TOKENS)]
    return end


def _closing_relay(head: Token, last: int) -> Token | None:
    """Rule relay-on-last-conjunct: an `according to X` set off by a comma that closes a
    clause of two conjuncts, which the parse hung on the last conjunct rather than on the
    clause's head (where :func:`writers_adjunct` reads it as the relay's): it names who
    relays the whole sentence, speaker and all, and the clause ends before its comma.

    Shape: `<speaker> <cue> that <verb …> and <verb …>, according to <source>`. `Okoro
    told officers that he had borrowed the van and had returned it the same night,
    according to a summary read in court`: Okoro's clause ends at `night`, so his row
    and the summary's, which holds it, both stand (the parse reached the summary's
    phrase from the clause, and each row's cue lay inside the other's content)."""
    doc = head.doc
    for conjunct in (c for c in head.conjuncts if c.i > head.i):
        for child in conjunct.rights:
            if (
                child.dep_ == "prep"
                and child.right_edge.i == last
                and child.i >= 2
                and doc[child.i - 1].text == ","
                and child.lower_ in SOURCE_PREPS
            ):
                return child
    return None


def _joined_conjunct(head: Token, end: Token) -> Token:
    """Rule conjunct-read-onto-cue: where a clause that ends on the conjunction joining
    a conjunct on ends: the parser may hang the conjunction (`, and`) on the reported
    clause and the conjunct after it on the cue, leaving the clause cut at the join.

    Shape: `<cue> that <clause>, and|but <conjunct>`. `The engineer told the court that
    she had found rust on two beams, and none on the third`: the conjunct with no verb,
    or one in the clause's own tense that is no cue (`…, and most of them were new`),
    goes on with what was said, to its end; any other (`…, and left the room`, another
    tense) is the writer's, and the clause ends before the comma. Never on the
    conjunction."""
    doc = head.doc
    if end.dep_ != "cc" or end.i <= head.i:
        return end
    after = end.i + 1
    while after < len(doc) and doc[after].is_space:
        after += 1
    # the conjunct whose words open right after the conjunction, hung on the cue
    conjunct = next(
        (
            c
            for a in head.ancestors
            for c in a.rights
            if c.dep_ == "conj" and c.left_edge.i == after and c.sent.start == head.sent.start
        ),
        None,
    )
    verbs = [c for c in head.children if c.dep_ in ("aux", "auxpass")] or [head]
    if (
        conjunct is not None
        and conjunct.lemma_.lower() not in cue_lemmas()
        and (
            conjunct.pos_ not in ("VERB", "AUX")
            or (head.pos_ in ("VERB", "AUX") and tense(conjunct) == verbs[0].tag_)
        )
    ):
        return doc[min(conjunct.right_edge.i, head.i + MAX_SENTENCE_TOKENS)]
    k = end.i - 1
    while k > head.i and (doc[k].is_punct or doc[k].is_space or doc[k].dep_ == "cc"):
        k -= 1
    return doc[k]


def _before_role_run(end: Token) -> Token:
    """Rule role-run-no-content: a clause set before its cue ends before the speaker's
    roles the parse hung on its last noun, after a comma.

    Shape: `<clause>, <roles> <Name> <cue>`. `The money will build a line in Brandenburg,
    co-founder and chief executive Lena Hoffmann said`: `co-founder and chief executive`
    is the writer's description of Hoffmann, not what she said (the parse sets it beside
    `Brandenburg`). Only words of roles (:func:`~quotes.role_runs.role_run_start`)
    between the comma and a name that is the cue's subject are left out."""
    doc = end.doc
    name = doc[end.i + 1] if end.i + 1 < len(doc) else None
    if name is None or name.pos_ != "PROPN":
        return end
    subject = name
    while subject.dep_ == "compound" and subject.head.i > subject.i:
        subject = subject.head
    cue = subject.head
    if subject.dep_ not in SUBJECT or cue.lemma_.lower() not in cue_lemmas():
        return end
    k = role_run_start(doc, end.i)
    return doc[k - 2] if 1 < k <= end.i and doc[k - 1].text == "," else end


def reach(head: Token) -> int:
    """The index of the last token a clause's rules read: its head's right edge, at most
    :data:`~quotes.sentence_starts.MAX_SENTENCE_TOKENS` tokens on. The library's sentences are
    never longer (it starts one there), so its clauses end at their edge; a doc parsed
    elsewhere (the spaCy component) may hold one endless sentence of cues (`He said she
    said …` many thousand times), each cue's clause running to its end, and reading
    each whole cost the square of its length."""
    return min(head.right_edge.i, head.i + MAX_SENTENCE_TOKENS)


def _goes_on(head: Token, conjunct: Token) -> bool:
    """Rule conjunct-goes-on: a conjunct verb that is no cue, in the tense of the reported
    clause's own finite verb, goes on with what was reported, though it also has the
    reporting verb's tense.

    Shape: `<cue, past> <subject> <verb, past> …, and <verb, past> …`. `She said she woke
    to the sirens and saw the clerk carried out`, `Police said the boy was struck at 11pm
    and died at the scene`, `… was not charged and did not appear in court` (its tense
    is its `did`'s: :func:`~quotes.next_acts.tense`): seeing, dying and not appearing are
    the clause's, not the speaker's acts. A
    cue stays the speaker's next act (`said the plan would cost billions and called him
    reckless`, :func:`~quotes.next_acts.second_act`), and so does a verb in another tense
    than the clause's (`said the fee would rise and left the room`), or one after a
    quotation that closed (`said it was "too early to call" and walked inside`).
    """
    verbs = [c for c in head.children if c.dep_ in ("aux", "auxpass")] or [head]
    return (
        conjunct.lemma_.lower() not in cue_lemmas()
        and verbs[0].tag_ == tense(conjunct)
        and not quotation_closed(head, conjunct.left_edge.i)
    )


def _closing_participle(head: Token, last: int) -> Token | None:
    """A participle of speech or stance that closes a clause after a comma, deeper in the
    clause than the head's own adjuncts: the speaker's next act, not what they reported.

    Shape: `<source> <cue> <clause … verb>, <cue>-ing …` (to the clause's end, no subject
    of its own). `Vance thinks the plan is so weak that it will fail, saying it lacks
    money`: Vance thinks `the plan is so weak that it will fail`; `saying …` is her next
    statement, a row of its own (the parser hangs it on the inner verb). An `-ing` word
    that is no cue stays (`…, leaving the town without a bus`), and so does one with a
    quotation after it (`…, adding, "…"`: PolNeAR keeps it in the mixed row).
    """
    doc = head.doc
    for token in doc[head.i + 1 : last + 1]:
        if (
            token.dep_ == "advcl"
            and token.tag_ == "VBG"
            and VERB_CLASSES.get(token.lemma_.lower()) in ("speech", "stance")
            and token.right_edge.i == head.right_edge.i
            and token.left_edge.i == token.i
            and _after_comma(token) > head.i
            and not any(t.is_quote for t in doc[token.i : token.right_edge.i + 1])
        ):
            return token
    return None


def _after_comma(token: Token) -> int:
    """The index of the last word before the comma right before a token (and a closing
    quote mark after the comma: `…, "expanded the party," claiming …`), else -1."""
    doc = token.doc
    k = token.i - 1
    while k > 0 and doc[k].is_quote and doc[k].tag_ != "``":
        k -= 1
    return k - 1 if k > 0 and doc[k].text == "," else -1


def _before_relative_aside(head: Token, end: Token) -> Token:
    """The last token before a relative clause that a comma sets off at the end of a
    clause, else `end`.

    Shape: `<clause ending in a noun>, which|who|whom|with whom <clause>` (the relative
    clause runs to the end). `The mayor praised the dock plan, which the port drew up in
    May`: the mayor praised `the dock plan`; what follows the comma is the writer's note
    on it. Also when the relative clause has a cue of its own: `Okafor criticised the
    budget, which an audit said was "reckless"`, `He said Lind had a path to
    the nomination, which he called "a disaster"`; its own rows (`which`, then what is
    said of it) are the relative cue's, as PolNeAR annotates them, and so are those of a
    reply (`Lee said the plan was sound, to which Ortiz replied: "…"`). A relative clause
    without a comma narrows the noun and stays (`the plan that the port drew up`, `a rule
    that farmers say hurts towns`; see :func:`quotes.statement_nesting._describes_noun`).
    """
    doc = head.doc
    for token in doc[head.i + 1 : end.i + 1]:
        if token.dep_ not in ("relcl", "advcl") or token.right_edge.i < end.i:
            continue
        first = token.left_edge
        if token.dep_ == "advcl" and first.dep_ != "prep":
            # the parser reads a relative clause after its preposition as an adverbial
            # one too (`…, to which Ortiz replied: "…"`); a concessive one is no
            # relative (`…, whatever its faults`: the source's)
            continue
        if first.i > head.i + 1 and doc[first.i - 1].text == "," and _relative(first):
            return doc[first.i - 2]
    return end


def _relative(first: Token) -> bool:
    """Whether a relative clause opens with its relative word: `which`, `who`, `whose`,
    or a preposition with one (`with whom`, `in which`)."""
    return first.tag_ in RELATIVE_TAGS or (
        first.dep_ == "prep" and any(c.tag_ in RELATIVE_TAGS for c in first.children)
    )


def contiguous_around(tokens: list[Token], head: Token) -> list[Token]:
    """The run of consecutive token indices that contains the head, in the text's order:
    a parse whose branches cross (`about 128,000 more jobs in August than in January`
    with `than` hung on `about`) walks a subtree out of that order."""
    tokens = sorted(tokens, key=lambda t: t.i)
    ids = [t.i for t in tokens]
    if head.i not in ids:
        return []
    at = ids.index(head.i)
    lo = hi = at
    while lo > 0 and ids[lo - 1] == ids[lo] - 1:
        lo -= 1
    while hi < len(ids) - 1 and ids[hi + 1] == ids[hi] + 1:
        hi += 1
    return tokens[lo : hi + 1]
