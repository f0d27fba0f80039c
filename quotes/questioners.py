"""Rule questioner-not-answerer: who puts a question or a charge to someone in the
sentence before a `he` or `she`, and so is not the one who answers in it.

In a hearing, a trial or an interview written up, the sentence before an answer says
who asked and whom: `Neil Garvey, who chairs the committee, pressed him on his bonus.`
¶ `He said he had given it away.` is the one pressed, not Garvey, though Garvey is the
sentence's subject. A reader tells the asker from the one asked by what the sentence
puts to someone: a question or charge put to a person (:func:`_put_to_someone`), a
question about someone the pronoun may mean (:func:`_asked_about_someone`), a quoted
question that says `you` (:func:`_quoted_question`), or, when the answer's sentence
opens `Asked …` with no `by`, any question at all (:func:`asked_opener`). Read by
:meth:`quotes.focus_filters.FocusFilters._questioners`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotes.deps import SUBJECT
from quotes.doc_memo import doc_text
from quotes.genders import FEMALE_PRONOUNS, MALE_PRONOUNS
from quotes.language import word_list, word_map
from quotes.span_index import Spans
from quotes.work_authors import passive_agent

#: Verbs of asking (`asked him whether …`).
_ASKING = word_list("asking-cues")
#: Verbs that put a charge or a challenge to someone, who answers it (`pressed him on`).
_CHALLENGING = word_list("challenging-verbs")
#: The lemma a `put it to` someone that … takes (quotes/lemma_repairs.py), and that of
#: `suggested to him that …`: a charge put to the one after `to`.
_PUT_TO = word_list("put-to-lemmas")
#: The people a hearing or a trial questions, which no role list holds (`the witness`).
_QUESTIONED = word_list("questioned-parties")
#: The roles of those whose place is to ask (`the host`, `the presenter`, `who chairs
#: the committee`): their question is put to someone else, who answers it.
_ASKING_ROLES = word_list("interviewer-roles") | word_list("chair-roles")
#: Words that open a reported question (`whether`, `why`).
_QUESTION_WORDS = word_list("question-words")
#: Words that address the one a quoted question is put to (`you`, `your`).
_SECOND_PERSON = word_list("second-person-words")
#: Verbs of a charge after which a one charged that a pronoun names answers (`accused
#: him of lying`).
_CHARGING = word_list("pronoun-charge-verbs")
#: Bodies that hold a hearing, whose members put its questions (`a member of the
#: committee`).
_HEARING_BODIES = word_list("hearing-bodies")
#: Verbs by which a speaker goes on with what they were saying (`he added`).
_GOING_ON = word_list("going-on-cues")
#: The object pronouns a person is put a question by.
_PERSON_OBJECTS = frozenset(
    o for objects in word_map("person-object-pronouns").values() for o in objects
)


def questioner_subjects(
    sent: Span, gender: str | None, quoted: Spans | None, any_question: bool
) -> list[range]:
    """The token ranges of the subjects who, in sentence `sent`, put a question or a
    charge to someone the `he` or `she` of `gender` after it may mean: `Neil Garvey
    pressed him on his bonus` (a person the verb puts it to), `Garvey asked whether he
    had known` (a question about one of `gender`), `"Did your board know?" Garvey asked`
    (a quoted question that says `you`), `The presenter, Fiona Blake, asked whether …`
    (one whose role is to ask: an interviewer's or a chair's); with `any_question` (the
    answer's sentence opens `Asked …`, :func:`asked_opener`), the subject of any verb of
    asking."""
    found = []
    for verb in sent:
        lemma = verb.lemma_.lower()
        if (
            lemma not in _ASKING
            and lemma not in _CHALLENGING
            and lemma not in _PUT_TO
            and lemma not in _CHARGING
        ):
            continue
        subject = _asker(verb)
        if subject is None:
            continue
        asker = range(subject.left_edge.i, subject.right_edge.i + 1)
        if lemma in _CHARGING:
            if _charged_pronoun(verb, gender):
                found.append(asker)
            continue
        if (
            _put_to_someone(verb, asker)
            or _hearing_member(verb.doc, asker)
            or (
                lemma in _ASKING
                and (
                    any_question
                    or _asked_about_someone(verb, gender)
                    or _quoted_question(verb, quoted)
                    or any(verb.doc[i].lemma_.lower() in _ASKING_ROLES for i in asker)
                )
            )
        ):
            found.append(asker)
    return found


def _charged_pronoun(verb: Token, gender: str | None) -> bool:
    """Rule accused-pronoun-answers: whether a verb of a charge (:data:`_CHARGING`) has
    for object the `him` or `her` of the answering pronoun's `gender`: `Tom Amadi
    accused him of lying.` ¶ `He said …` is the one accused, whom the text already had in
    focus, answering the charge."""
    if gender is None:
        return False
    pronoun = "him" if gender == "m" else "her"
    return any(c.dep_ == "dobj" and c.lower_ == pronoun for c in verb.children)


def _hearing_member(doc: Doc, asker: range) -> bool:
    """Rule hearing-member-asks: whether the one who asks or puts a charge (`asked
    whether`, `suggested that`) is given as a member of a body that holds a hearing
    (:data:`_HEARING_BODIES`): `Gareth Lloyd, a Conservative member of the committee,
    suggested that the company had hidden the delay.` ¶ `He said …` is the witness
    answering, whom the text named before (a committee's member puts its questions, as
    its chair does)."""
    return any(
        doc[i].lemma_.lower() == "member"
        and any(
            prep.lower_ == "of"
            and any(o.lemma_.lower() in _HEARING_BODIES for o in prep.children if o.dep_ == "pobj")
            for prep in doc[i].children
            if prep.dep_ == "prep"
        )
        for i in asker
    )


def _asker(verb: Token) -> Token | None:
    """The one who asks or charges: the verb's subject, or, after a quoted question
    with the verb first (`"When does that stop?" asked the host, Mark Devlin.`), the
    object the parse gave it for one."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None:
        return subject
    if verb.i == 0 or not verb.doc[verb.i - 1].is_quote:
        return None
    return next((c for c in verb.rights if c.dep_ == "dobj"), None)


def _put_to_someone(verb: Token, asker: range) -> bool:
    """Whether a verb of asking or charging puts it to a person: its object (`asked her
    why`, `pressed him on`, `accused Ruiz of`, `challenged the witness`) or, for a
    charge put `to` someone (`put it to him that`, `suggested to the witness that`), the
    object of that `to`; not the asker the parse made its object."""
    if verb.lemma_.lower() in _PUT_TO:
        objects = [
            o
            for prep in verb.children
            if prep.dep_ == "prep" and prep.lower_ == "to"
            for o in prep.children
            if o.dep_ == "pobj"
        ]
    elif any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "to") for c in verb.children):
        return False  # `pressed him to resign`, `challenged the mayor to a debate`: a demand
    else:
        objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    return any(_person(o) for o in objects if o.i not in asker)


def _person(word: Token) -> bool:
    """Whether a verb's object is a person the text has named: `him` or `her`, a name
    the tagger took for a person's, or one a hearing questions (`the witness`); not
    another role (`asked the minister why …`), which may be no one the text names, the
    asker going on (`She said the region had not been told.`)."""
    if word.pos_ == "PRON":
        return word.lower_ in _PERSON_OBJECTS
    return word.ent_type_ == "PERSON" or word.lemma_.lower() in _QUESTIONED


def _asked_about_someone(verb: Token, gender: str | None) -> bool:
    """Whether a verb of asking asks a question about one of `gender` (`asked whether he
    had known`, `asked why she had signed`): a `he` or `she` subject of the question's
    clause, opened by a question word, after the verb; the one asked about is the one who
    answers."""
    if gender is None:
        return False
    pronouns = MALE_PRONOUNS if gender == "m" else FEMALE_PRONOUNS
    for clause in verb.rights:
        if clause.dep_ not in ("ccomp", "advcl") or clause.left_edge.lower_ not in _QUESTION_WORDS:
            continue
        if any(c.dep_ in SUBJECT and c.lower_ in pronouns for c in clause.children):
            return True
    return False


def _quoted_question(verb: Token, quoted: Spans | None) -> bool:
    """Whether a verb of asking gives a quoted question put to someone in the second
    person, in its sentence: `"Did your board know?" asked Neil Garvey`, `Garvey asked:
    "Will you resign?"`."""
    if quoted is None:
        return False
    sent = verb.sent
    text = doc_text(verb.doc)
    return any(
        "?" in text[start:end] and any(t.lower_ in _SECOND_PERSON for t in words)
        for start, end in quoted.overlapping(sent.start_char, sent.end_char)
        if (words := verb.doc.char_span(start, end, alignment_mode="expand")) is not None
    )


def asked_opener(sent: Span) -> bool:
    """Whether a sentence opens with a past participle of asking that names no asker
    (`Asked whether she would resign, she said: …`): a question someone before it put."""
    first = sent[0]
    return (
        first.tag_ == "VBN"
        and first.lemma_.lower() in _ASKING
        and passive_agent(first) is None
    )


def goes_on(pronoun: Token) -> bool:
    """Whether a `he` or `she` is the subject of a verb by which one goes on with what
    they were saying, or asks again (`He added`, `she asked`): then its owner may be the
    one who asked before it."""
    lemma = pronoun.head.lemma_.lower()
    return lemma in _GOING_ON or lemma in _ASKING or lemma in _CHALLENGING
