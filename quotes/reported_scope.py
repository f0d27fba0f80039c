"""The default scope's rules for reported speech (:func:`quotes.scope.dropped_by`, its
last steps): whether a reported clause has a source that states it, and whether the cue
and the content together make a statement rather than an act, a perception, a question,
a request or a thing named. `--scope all` keeps every such row, as PolNeAR annotates them.

A rule about a record or a document comes here only when it holds for reported speech
alone and reads the source with the clause or the method (:mod:`quotes.record_acts`:
what an indictment alleges, a meeting's act `according to the minutes`), in
:func:`reported_by_source`. One that drops a row by the source alone whatever its type (a
law's text, a record with no maker) is step 2 of :func:`quotes.scope.dropped_by`, and one
that reads only the words (a `shall`, a notice's orders) is
:func:`quotes.content_scope.by_content`; see :mod:`quotes.scope`'s docstring.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.content_shape import (
    THING_OBJECT_CUES,
    clause,
    mandate,
    question,
    relayed,
    roots,
    thing_object,
    wanted_of_another,
)
from quotes.crowd_voices import crowd_mood
from quotes.deps import ANY_SUBJECT
from quotes.doc_memo import first_of
from quotes.interview_questions import in_interview_question
from quotes.language import word_list
from quotes.naming import names_what, only_names
from quotes.no_claims import plea
from quotes.page_lines import headline, standfirst
from quotes.record_acts import charge_alleged, minuted_act
from quotes.records import QuoteType
from quotes.self_descriptions import self_description
from quotes.split_prose import prose_before_quote
from quotes.trailing_asides import trailing_aside
from quotes.unasserted import mistaken_belief
from quotes.writer_voice import (
    addressees_work,
    demonstrative_source,
    should_know,
    unsigned_piece,
    writer,
    writers_work,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Cue classes whose reported clause is a statement (an `act` never is); also what makes
#: a reported clause's adjunct a report of its own (:mod:`quotes.clause_bounds`).
STATED_CLASSES = frozenset({"speech", "thought", "stance"})
#: Methods of a row whose content is a cue's object or the topic after its preposition.
_THING_OBJECT = ("reported-object", "reported-topic")
#: Methods of a row whose content is a thing and the figure its speaker puts it at
#: (:func:`quotes.figure_estimates.figure_estimate`).
_FIGURE = ("reported-figure",)
#: Methods of a row whose content is what a passive says of its subject.
BY_PASSIVE = ("reported-passive",)
#: Methods of a row whose content the parse gives as the cue's object (`said the link
#: held …`, `reminded him of the evidence …`).
_BY_OBJECT = ("reported-object", "reported-topic", "reported-noun-topic")
#: Words that make a source no one: `nobody`, `none`, `no`, `neither`.
_NEGATIVE = word_list("negative-sources")


def no_one(speaker: Span) -> bool:
    """Rule no-one: whether a source is no one, a negative pronoun or a noun under a
    negative determiner (`Nobody in Whitehall seems to think this is a crisis`, `No
    minister has said the tax will rise`, `Neither side claimed that …`): the sentence
    says that no one said or holds its clause, the writer's claim about them, not
    anyone's statement. A `No` before digits is a number sign, not a negative (rule
    number-sign-source: `A nurse at Hospital No. 4, Ana Ruiz, warned that …`, where the
    parser may take `No 4` for the source and the name for its apposition; `No 10 later
    insisted …` is Downing Street's)."""
    # `Nobody at the council seems to think the delay is a problem.`
    head = speaker.root
    return head.lower_ in _NEGATIVE or (
        not head.is_digit
        and any(c.dep_ == "det" and c.lower_ in _NEGATIVE for c in head.children)
    )


def free_relative(content: Span, cue: Token) -> bool:
    """Rule free-relative: whether a cue stands in a free relative, `what` before it and
    its clause missing the thing `what` stands for (`The herd is close to what rangers
    believe the park can feed`, `It cost twice what the council said the road would
    cost`): the clause names an amount or a thing in the writer's sentence, and what it
    holds, with a gap in it, is no claim anyone made. The parser hangs `what` on the cue
    or on the verb of the clause. A naming verb's row is no clause with a gap (`what she
    called "a stitch-up"`, :func:`quotes.naming.names_what` reads it)."""
    # `The herd is already close to what rangers believe the park can feed.`
    before = min(cue.i, content.start)
    if first_of(cue.doc, "LOWER", "what") >= before:
        return False  # no `what` before the cue or its content, as in most texts
    return any(
        c.lower_ == "what" and c.tag_ == "WP" and c.i < before
        for head in (cue, *roots(content))
        for c in head.children
    )


#: Cues of perception: `noticed that`, `saw that`, `heard that`.
_PERCEIVING = word_list("perception-cues")


def perceived(cue: Token) -> bool:
    """Whether a cue reports what someone perceived, not what they said or hold: `It takes
    a while for anyone to notice that it is the princess`, `Neighbours saw the van leave
    at dawn`, `We heard that the mill would close` (the sentence is the writer's claim);
    not a view given with `as` (`She sees the levy as a tax on the young`)."""
    return cue.lemma_.lower() in _PERCEIVING and not any(
        c.lower_ == "as" for c in cue.children
    )


#: Cues that tell a state come upon when their content has no verb group (`found it shut`).
_COMING_UPON = word_list("coming-upon-cues")
#: Tags of a predicate with no verb group of its own: an adjective, a past participle.
_STATE_TAGS = frozenset({"JJ", "VBN"})


def found_state(content: Span, cue: Token) -> bool:
    """Rule found-state: whether a row's content is a small clause after `found`, a
    thing and the state someone came upon it in, with no verb group of its own: `Staff
    who went back found the office locked`, `She found him "quiet but calm"`; what the
    finder says is so is a clause (`The inquiry found that the alarm had been off`, `found
    the alarm had been off`), kept. Also a verdict (`The jury found him guilty`), an act
    like a ruling told in the writer's words."""
    # `The crew came back at dawn and found the hut empty.`
    if cue.lemma_.lower() not in _COMING_UPON:
        return False
    heads = roots(content)
    return bool(heads) and all(
        head.tag_ in _STATE_TAGS
        and head.head == cue
        and any(c.dep_ == "nsubj" for c in head.children)
        and not any(c.dep_ in ("aux", "auxpass", "mark") for c in head.children)
        for head in heads
        if not head.is_punct
    )


def trailing_infinitive(content: Span, cue: Token) -> bool:
    """Rule trailing-infinitive: whether the cue of a clause that comes before it is an
    infinitive with `to`, a phrase of purpose after a whole sentence that the parser read
    as a source and its cue (`Tenants filled the hall on Monday, most of them to complain
    about the rents`: `most of them` did not say that the tenants filled the hall). A
    source given after the clause it reports speaks in a finite verb (`…, most of them
    said`)."""
    # `Hundreds queued at the door, many of them to ask about the refunds.`
    return content.end <= cue.i and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in cue.children
    )


#: Verbs by which an official makes something so by saying it (`declared`).
_DECLARING = word_list("declaring-cues")
#: What such a declaration makes so (`elected`, `closed`, `the winner`).
_RESULTS = word_list("declared-results")


def declared_result(content: Span, cue: Token) -> bool:
    """Rule declared-result: whether a row is an official's declaration told in the
    writer's words, its object and the result it makes so with no verb of their own
    (`She declared Tobin Ashgrove duly elected`, `The chair declared the meeting
    closed`): an act, as a vote or a ruling told so is, not a claim; `She declared that
    the count had been fair` (a clause with its own verb group) stays a row."""
    # `The returning officer then declared Ilse Marr and Tom Beck elected.`
    if cue.lemma_.lower() not in _DECLARING:
        return False
    if any(t.lower_ == "that" and t.dep_ == "mark" for t in content):
        return False
    return any(
        (root.lower_ in _RESULTS or any(c.lower_ in _RESULTS for c in root.children))
        and not any(c.dep_ in ("aux", "auxpass") for c in root.children)
        for root in roots(content)
    )


#: Cues that ask or request: what they report is a question or a request, not a claim.
_ASKING = word_list("asking-cues")


def reported_by_source(
    doc_text: str, content: Span, cue: Token | None, speaker: Span, method: str
) -> str | None:
    """Step 4 for reported speech, its source: none in the text, no one, the writer or a
    work of hers, a thing come upon, a headline's."""
    if method.startswith("unsourced"):
        return "unsourced"
    if no_one(speaker):
        return "no-one"
    if writer(speaker):
        return "writer"
    if writers_work(speaker) or unsigned_piece(speaker) or addressees_work(speaker, cue):
        return "writers-work"
    if should_know(cue):
        return "writer"  # `your readers should know that the city is not hiding anything`
    if method.startswith(BY_PASSIVE) and cue is not None and (
        cue.lemma_.lower() in THING_OBJECT_CUES
    ):
        # `The letters were found in 2019 by her niece`: what the passive's subject is,
        # a thing come upon, not what someone found to be so
        return "thing-found"
    if headline(doc_text, content.start_char):
        return "headline"
    if standfirst(doc_text, content.start_char):
        return "standfirst"  # `Aid groups say 2 million animals have died.` ¶ `ULAANBAATAR – …`
    if charge_alleged(speaker):
        return "charge-alleged"  # `The indictment alleges that he moved the deposits …`
    if minuted_act(content, speaker, method):
        return "minuted-act"  # `The council voted to sell the plot, according to the minutes`
    if in_interview_question(doc_text, content):
        return "interview-question"  # `The company says the quay is too short. Is that not true?`
    return None


def reported_by_shape(
    doc_text: str,
    kind: QuoteType,
    content: Span,
    cue: Token | None,
    speaker: Span,
    method: str,
    cue_class: str | None,
) -> str | None:
    """Step 5 for reported speech, its cue and content together: an act, a perception, a
    belief undone, a crowd's mood, a question or request, a thing or a name, no clause."""
    if cue_class is not None and cue_class not in STATED_CLASSES:
        return "act"
    if cue is not None and perceived(cue):
        return "perceived"
    if cue is not None and trailing_infinitive(content, cue):
        return "trailing-infinitive"
    if trailing_aside(content, cue, speaker, method):
        return "trailing-aside"  # `The ferry was cancelled, the operator said, leaving …`
    if self_description(content, cue):
        return "self-description"  # `a man who says he is a driver says: "…"`
    if cue is not None and found_state(content, cue):
        return "found-state"
    if mistaken_belief(content, cue):
        return "mistaken-belief"
    if prose_before_quote(content, cue, speaker):
        return "prose-before-quote"
    if crowd_mood(speaker, cue, cue_class):
        return "crowd-mood"
    if cue is not None and not method.startswith("reported-naming") and free_relative(
        content, cue
    ):
        return "free-relative"
    if demonstrative_source(speaker):
        return "demonstrative-source"
    if method.endswith((":modifier", ":infinitival")):
        # `the people shouting loudest know it`: a noun described by what it does, not
        # someone who made a statement
        return "modifier"
    if cue is not None and cue.lemma_.lower() in _ASKING:
        return "asked"
    if method.startswith(_THING_OBJECT) and thing_object(cue, content):
        # `thanked the "angels" of the rescue boat`, `spoke of the "green corridor"`
        return "thing-object"
    if mandate(content):
        return "mandate"
    if wanted_of_another(content, cue):
        return "wanted-of-another"
    if cue is not None and declared_result(content, cue):
        return "act"
    if plea(content, cue):
        return "plea"
    if kind == "mixed" and not only_names(content):
        return None
    if any(names_what(root) for root in roots(content)):
        # `defended what her office calls the "temporary" closures`: a thing by its name
        return "named-thing"
    if method.startswith(_FIGURE):
        # `It put the turnout at 38 percent`: a figure of its own, a claim with no clause
        return None
    # a transcript line after a name and colon is the speaker's own words, whatever their
    # shape (`LEE: Some of them, yes.`); a headline of that shape has no full stop
    transcript = method == "reported-colon"
    lenient = cue_class in ("speech", "thought")
    an_object = method.startswith((*_BY_OBJECT, *BY_PASSIVE))
    if not transcript and not clause(content, lenient, an_object) and not subject_piece(
        content, cue, method
    ):
        return "no-clause"
    if question(content, cue, method, doc_text):
        return "question"
    if method.startswith("according-to") and relayed(content):
        return "relayed"
    return None




def subject_piece(content: Span, cue: Token | None, method: str) -> bool:
    """Rule subject-piece: the piece before a cue set into a reported clause that holds
    the clause's subject (`The rent, she adds, went up in May`, `It would, he said, cost
    more`) is the first piece of the statement the piece after the cue finishes, as the
    pieces of a direct quote split by its cue are: no clause alone, a row all the same.
    A piece that holds no subject (`In his state, the governor said, …`) is not one, nor
    one that a quotation after the cue finishes (`A bridge, she once said, "is a
    promise"`: the quotation is the row)."""
    if cue is None or not method.startswith("reported-set-apart") or content.end > cue.i:
        return False
    heads = {t.head for t in content if t.dep_ in ANY_SUBJECT and t.head.is_ancestor(cue)}
    return any(
        not any(t.is_quote for t in cue.doc[cue.i : head.right_edge.i + 1]) for head in heads
    )
