"""Cues set into the clause they report, and the pieces they split it into.

A cue and its speaker may interrupt what they report, as a parenthetical
(`Over the next decade, most analysts say, rents will climb`), set off by commas whatever
the parser made of it (`This post, the network claimed, breaks its code`), or inside
their own complement (`the tax, which officials said will rise`), and so may `according
to X` (`Turnout, according to the clerk, was high`). The rules here find
that clause around the cue and the other pieces it splits off (PolNeAR marks each piece
as a statement), and tell a set-off cue's asides (`, she said in an interview,`) from
what it says. The clause `according to X` is set into is found by
:mod:`quotes.according_hosts`.
"""

from __future__ import annotations

from spacy.strings import get_string_id
from spacy.tokens import Token

from quotes.according_hosts import according_host
from quotes.clause_bounds import Content, clause_end
from quotes.clefts import cleft_focus
from quotes.content_edges import trimmed
from quotes.cue_objects import addressee, relative_object
from quotes.cue_words import SOURCE_PREPS, cue_lemmas
from quotes.deps import SUBJECT_OR_EXPL
from quotes.doc_memo import lexical_ids
from quotes.language import word_list
from quotes.matchers import inverted_speaker
from quotes.subtrees import subtree_indices
from quotes.writers_adjuncts import writers_adjunct

#: Prepositions of a set-off cue's time, place or manner: `, she said in an interview,`.
ASIDE_PREPS = word_list("aside-prepositions")


def split_by(cue: Token) -> tuple[list[Token], Token] | None:
    """The words of a clause the cue is set into, without the cue's own words, and the
    clause's head; none when the cue stands outside what it reports.

    A parenthetical: `Over the next decade, most analysts say, rents will climb`; a cue
    inside its own complement: `the tax, which officials said will rise` (`which` is the
    subject of `will rise`), `In most states, he said the law would pass`.
    """
    doc = cue.doc
    if not any(c.dep_ == "ccomp" for c in cue.children) and cue.dep_ == "parataxis":
        own = {cue.i} | {
            t.i
            for c in cue.children
            if not (_leading_adjunct(c) or _trailing_adjunct(c))
            for t in c.subtree
        }
        return [t for t in cue.head.subtree if t.i not in own], cue.head
    heads = [c for c in cue.rights if c.dep_ == "ccomp" and c.left_edge.i < cue.i]
    if not heads:
        return _set_off(cue)
    head = heads[0]
    own = {cue.i} | {t.i for c in cue.children if c.i != head.i for t in c.subtree}
    return [t for t in doc[head.left_edge.i : clause_end(head).i + 1] if t.i not in own], head


def frames_quotation(cue: Token, tokens: list[Token]) -> bool:
    """Whether a parenthetical cue splits a clause that the quotation right after it
    finishes: `She was, she once said, "the only one who could gut a cod"`, `He arrived
    with, he once said, "two shirts and no English"`. The words before the cue end on a
    preposition with no object or a `be` with no complement, so they say nothing alone:
    the quotation is the statement (a direct row of its own), the frame none."""
    doc = cue.doc
    before = [t for t in tokens if t.i < cue.i and not t.is_punct]
    after = cue.i + 1  # past the cue's asides (`, he said in 2019,`) and its commas
    while after < len(doc) and doc[after].text != "," and not doc[after].is_quote:
        after += 1
    while after < len(doc) and doc[after].text == ",":
        after += 1
    if not before or after >= len(doc) or not doc[after].is_quote:
        return False
    last = before[-1]
    waiting = _OBJECTS if last.pos_ == "ADP" else _COMPLEMENTS
    return (last.pos_ == "ADP" or last.lemma_.lower() == "be") and not any(
        c.dep_ in waiting and c.i < cue.i for c in last.children
    )


#: What a preposition and a `be` need to finish: its object; its complement.
_OBJECTS = frozenset({"pobj", "pcomp"})
_COMPLEMENTS = frozenset({"attr", "acomp", "ccomp", "xcomp", "prep", "advmod"})


#: Dependencies of a clause-opening adjunct: `At times`, `After the vote`, `Yesterday`.
_ADJUNCTS = frozenset({"prep", "advcl", "npadvmod", "advmod"})


def _leading_adjunct(child: Token) -> bool:
    """Whether a parenthetical cue's dependent is an adjunct opening the sentence before
    the cue's subject, set off by a comma: the parse hangs it on the cue, but it belongs to
    what is reported (`At times, aides said, he would fume`)."""
    doc = child.doc
    end = child.right_edge.i
    return (
        child.dep_ in _ADJUNCTS
        and child.i < child.head.i
        and end + 1 < len(doc)
        and doc[end + 1].text == ","
        and (child.left_edge.i == 0 or doc[child.left_edge.i - 1].is_sent_end is True
             or doc[child.left_edge.i].is_sent_start is True)
    )


def _trailing_adjunct(child: Token) -> bool:
    """Whether a parenthetical cue's dependent is a phrase after the cue's closing comma
    that goes on with what is reported, not an aside on the saying: the parse hangs it on
    the cue (`The bridge was safe, the engineer said, despite the cracks`), but the
    engineer said `despite the cracks` too. Not a time, place or manner of the saying
    (`, she said in an interview`, :data:`ASIDE_PREPS`), nor `according to`."""
    doc = child.doc
    return (
        child.dep_ == "prep"
        and child.i > child.head.i
        and child.lower_ not in ASIDE_PREPS
        and child.lower_ not in SOURCE_PREPS
        and doc[child.left_edge.i - 1].text == ","
    )


#: Most words between the commas that set a cue off: `, the governor's office said in a
#: statement on Tuesday,`.
_SET_OFF_WORDS = 14
#: The id of a comma's form in the string store.
_COMMA = get_string_id(",")


def _set_off(cue: Token) -> tuple[list[Token], Token] | None:
    """The words of a sentence that a cue and its speaker, set off by commas, interrupt,
    and the first word after the cue's closing comma; whatever the parse made of it.

    `This kind of post, the network claimed, breaks its code` (which the parser may read
    as two conjoined clauses) / `The verdict, said Ellis, would be welcome`.
    """
    doc = cue.doc
    # the forms read from the doc's array (:func:`~quotes.doc_memo.lexical_ids`), no token
    # made for each word walked past; a comma farther than the most set-off words cannot
    # close the aside, so the walk stops there (a sentence of thousands of words costs no
    # more than a short one), and a cue with no comma so near on both sides is not set off
    # whatever its sentence (read only then: a walk past the sentence's edge is refused by
    # it as one stopped there)
    orths = lexical_ids(doc, "ORTH")
    lo = hi = cue.i
    while lo > max(0, cue.i - _SET_OFF_WORDS) and orths[lo - 1] != _COMMA:
        lo -= 1
    while hi < min(len(doc) - 1, cue.i + _SET_OFF_WORDS) and orths[hi + 1] != _COMMA:
        hi += 1
    if hi - lo >= _SET_OFF_WORDS:
        return None
    sent = cue.sent
    if lo - 1 <= sent.start or hi + 3 >= sent.end:
        return None
    inside = doc[lo : hi + 1]
    after = doc[hi + 2]
    if (
        doc[lo].tag_ in ("WDT", "WP", "WRB", "IN")
        or after.is_quote
        or after.tag_ in ("WDT", "WP", "WRB", "IN")
        or cue.dep_ in ("relcl", "acl")
        or _subordinate(cue)
        or any(t.tag_ == "MD" or t.is_quote or t.text in "—–-;:" for t in inside)
        or any(t.pos_ == "VERB" and t.i != cue.i for t in inside)
        or not (_speaker_before(cue, lo, hi) or _speaker_after(cue, hi))
    ):
        return None
    words = [t for t in sent if not lo - 1 <= t.i <= hi + 1]
    return words, after


def _subordinate(cue: Token) -> bool:
    """Whether a cue heads a clause that a conjunction other than `as` subordinates, which
    tells when or why, not whose words the sentence is: `the highest level since records
    began in 1968, the agency said`, `…, when the crowd began to sing, …` (an `as` aside
    does report: `The dam, as officials said, is safe`)."""
    return any(c.dep_ == "mark" and c.lower_ != "as" for c in cue.children)


def _speaker_before(cue: Token, lo: int, hi: int) -> bool:
    """Whether a set-off cue has its subject before it and nothing it says after it:
    `, the network claimed,` / `, he told reporters on Tuesday,`."""
    return (
        any(c.dep_ == "nsubj" and lo <= c.i for c in cue.lefts)
        and not any(c.dep_ in ("ccomp", "xcomp") for c in cue.children)
        and all(_aside(c) if c.i <= hi else c.dep_ in _MISREAD for c in cue.rights)
    )


#: How the parser may hang what a set-off cue interrupts on the cue: `This post, CNN
#: claimed, breaks its code` (`breaks` a conjunct of `claimed`).
_MISREAD = frozenset({"conj", "ccomp", "parataxis", "punct"})


def _aside(child: Token) -> bool:
    """Whether a dependent after a set-off cue says when, where or to whom it was said,
    not what: `Tuesday`, `in a statement`, `reporters` (of `told`)."""
    if child.dep_ == "prep":
        return child.lower_ in ASIDE_PREPS
    if child.dep_ in ("dobj", "dative"):
        return addressee(child)
    return child.dep_ in ("npadvmod", "advmod")


def _speaker_after(cue: Token, hi: int) -> bool:
    """Whether a set-off cue names its speaker right after it and what follows the
    commas is not that speaker's title: `, said Ellis,` but not `, said Ruth Adeyemi, a
    housing economist`."""
    name = inverted_speaker(cue)
    after = cue.doc[hi + 2]
    return (
        name is not None
        and name.end == hi + 1
        and not any(t.dep_ == "appos" for t in [after, *after.ancestors])
    )


def set_apart(cue: Token, content: Content, clause: list[Token] | None) -> list[Content]:
    """The other pieces of a clause that a parenthetical cue splits, each a statement.

    `In his state, the governor said, first offenders are sent to treatment` reports
    `In his state` as well as the clause after the cue; `The mails were personal, she
    said, not work` reports `not work` too. The relative word a naming cue moved before
    its speaker is what it names: `the budget, which he called a disgrace`. `clause` is
    the words of the clause a parenthetical cue or `according to X` is set into
    (:func:`split_by`, :func:`~quotes.according_hosts.according_host`), as the rule that
    found its content read them.
    """
    if content.rule == "naming":
        moved = relative_object(cue)
        return [] if moved is None else [Content(moved.idx, moved.idx + len(moved), "set-apart")]
    if content.rule == "according-to":
        if clause is not None:  # the clause around the phrase, as the content's rule read it
            return _beside_according(cue, clause, content)
        tokens, head = according_host(cue)
        # a pseudo-cleft's frame (`What it means, according to X, is that …`) is no piece
        return [] if cleft_focus(head) is not None else _beside_according(cue, tokens, content)
    if content.rule == "clause":
        return _before_that(cue, content)
    if content.rule != "parenthetical" or clause is None:
        return []
    return _other_pieces(clause, content, cue)


def _before_that(cue: Token, content: Content) -> list[Content]:
    """Rule piece-before-that: a cue set off by commas between a clause and the
    `that`-clause that finishes it splits one statement in two, and the clause before the
    cue is its first piece. The parser hangs the cue on that clause, or that clause on the
    cue as a clausal complement of its own; either way the cue's clause found by the
    verb's rule is only the `that`-clause, the second piece."""
    # Shape: <clause> , <speaker> <cue> , that <clause>
    # e.g. `There is a risk, some growers said, that the quota will be cut`
    if content.start < cue.idx or not _that_after_comma(cue):
        return []
    if cue.dep_ == "parataxis" and cue.head.i < cue.i:
        comma = cue.left_edge
        front = [t for t in cue.head.subtree if t.i < comma.i]
    else:
        fronts = [c for c in cue.lefts if c.dep_ == "ccomp"]
        if not fronts:
            return []
        front = list(fronts[0].subtree)
        comma = cue.doc[front[-1].i + 1]
    if comma.text != ",":
        return []
    return _other_pieces(front, content, cue)


def _that_after_comma(cue: Token) -> bool:
    """Whether the cue's clausal complement opens with `that` right after a comma."""
    doc = cue.doc
    return any(
        m.dep_ == "mark" and m.lower_ == "that" and m.i > cue.i and doc[m.i - 1].text == ","
        for c in cue.children
        if c.dep_ == "ccomp"
        for m in c.children
    )


def _beside_according(cue: Token, tokens: list[Token], content: Content) -> list[Content]:
    """The pieces of a clause that `according to X` splits, besides the one with the
    clause's head: a piece right before the phrase (`Turnout, according to the clerk, was
    high`; a leading `But` left out) or right after it that does not start a clause of its
    own with `and`/`but` (`The ferry was late, according to commuters, despite the new
    timetable`, not `…, according to the poll, and leads in Ohio`). A piece of function
    words only (`that`, `because`) is none."""
    phrase = subtree_indices(cue)
    first, last = phrase[0], phrase[-1]
    found = []
    for piece in _runs(tokens, content):
        while piece and piece[-1].is_punct:
            piece = piece[:-1]
        while piece and (piece[0].is_punct or (piece[0].dep_ == "cc" and piece[-1].i < first)):
            piece = piece[1:]
        if not piece or not any(t.pos_ in _CONTENT_POS for t in piece):
            continue
        before = piece[-1].i < first and _between_is_comma(piece[-1].i, first, cue)
        after = (
            piece[0].i > last
            and _between_is_comma(last, piece[0].i, cue)
            and piece[0].dep_ != "cc"
        )
        if before or after:
            found.append(trimmed(piece, "set-apart", shortest=1))
    return [c for c in found if c is not None]


#: Parts of speech of a word that says something: a piece with none is no statement.
_CONTENT_POS = frozenset({"NOUN", "PROPN", "NUM", "VERB", "ADJ", "PRON"})


def _between_is_comma(i: int, j: int, cue: Token) -> bool:
    """Whether only a comma (or a dash) stands between tokens `i` and `j`."""
    between = cue.doc[i + 1 : j]
    return len(between) == 1 and between[0].text in (",", "-", "—", "–")


def _runs(tokens: list[Token], content: Content) -> list[list[Token]]:
    """The runs of consecutive `tokens` outside the content."""
    pieces: list[list[Token]] = []
    for token in tokens:
        if content.start <= token.idx < content.end:
            continue
        if pieces and pieces[-1][-1].i == token.i - 1:
            pieces[-1].append(token)
        else:
            pieces.append([token])
    return pieces


def _other_pieces(tokens: list[Token], content: Content, cue: Token) -> list[Content]:
    """The runs of `tokens` outside the content, each a statement of its own: the pieces
    a cue set into its clause splits off. `Turnout, according to the clerk, was high`
    reports `Turnout` as well as `was high`. Not a second act of the speaker joined to
    the cue (:func:`_speakers_next_act`)."""
    found = (
        trimmed(_without_join(piece, cue), "set-apart", shortest=1)
        for piece in _runs(tokens, content)
        if not _speakers_next_act(piece, cue) and not _writers_piece(piece, cue)
    )
    return [c for c in found if c is not None]


def _without_join(piece: list[Token], cue: Token) -> list[Token]:
    """Rule piece-after-join: a piece after the cue without the conjunction that joins it
    to the clause before the cue: the statement goes on after the cue, and the `and` or
    `but` is the writer's join, not the start of what was said. Not after a cue that
    signs a quote (`"…," our waiter says, and he is right`), whose piece after the comma
    is the writer's gloss, dropped as such (:mod:`quotes.reported`)."""
    # Shape: <clause> , <speaker> <cue> , and|but <clause>
    # e.g. `Prices have risen, she says, and more increases are likely next year`
    words = [t for t in piece if not (t.is_punct or t.is_space)]
    if len(words) < 2 or words[0].i < cue.i or words[0].dep_ != "cc":
        return piece
    if any(t.is_quote for t in cue.doc[cue.sent.start : cue.i]):
        return piece
    if cue.doc[words[0].i + 1].is_quote:
        return piece  # `…, he said, and "everyone started running."`: a mixed row whole
    return [t for t in piece if t.i > words[0].i]


def _writers_piece(piece: list[Token], cue: Token) -> bool:
    """Rule piece-writers-adjunct: a piece after the cue that is an adjunct of the
    writer's (:func:`~quotes.writers_adjuncts.writers_adjunct`) tells what was happening as
    the source spoke, not what they said: `More than 4,000 tractors rolled in, organisers
    said, as farmers protested against cheap imports` reports only the tractors."""
    inside = {t.i for t in piece}
    return piece[0].i > cue.i and any(
        t.head.i not in inside and t.dep_ in _ADJUNCTS and writers_adjunct(t) for t in piece
    )


def _speakers_next_act(piece: list[Token], cue: Token) -> bool:
    """Whether a piece after the cue is a verb with no subject of its own joined to the
    cue, or to a quotation closed before the cue: what the speaker did next, not what
    they said (`"I still dream about it," she says, and then falls silent`; the parser
    hangs `falls` on `dream`). A conjunct with a subject of its own goes on with what
    was said (`The plan was a mistake, she said, and the council should scrap it`), and
    so does one joined to a clause the cue is set into, unquoted (`The board met, she
    said, and agreed to sell`); a cue with a clause stays (`…, he said, and added that
    …`), whose row needs the speaker the parse gives it only here, but not one with none
    (`…, she says, and then says nothing`)."""
    doc = cue.doc
    return any(
        t.dep_ == "conj"
        and t.pos_ in ("VERB", "AUX")
        and not (t.lemma_.lower() in cue_lemmas() and any(c.dep_ == "ccomp" for c in t.children))
        and (t.head == cue or any(x.is_quote for x in doc[t.head.i : cue.i]))
        and not any(c.dep_ in SUBJECT_OR_EXPL for c in t.children)
        for t in piece
    )
