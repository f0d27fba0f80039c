"""Documents a news story prints whole after a paragraph that introduces them, with no
quote marks: a letter, a statement or press release, a voicemail's transcript. Each
paragraph of the document is its maker's own words, a direct row, as an email is under
its `From:` line (:func:`quotes.page_shapes.emails`); the introduction says whose they
are (guideline rows on letters, press releases and voicemails printed whole).

- the introduction names the document and its maker: the maker's own document as the
  subject of the verb that gives it (`Her letter to the prime minister reads in full:`,
  the letter the mention, standing for the one who wrote it), the maker as the agent of a
  passive (`The message was left by Tom Hale at 8pm.`, `The letter, signed by Ana Ruiz,
  reads:`) or as the subject of the verb that issues it (`Harbour Foods issued the
  following statement`);
- the body: a letter's paragraphs between its salutation (`Dear …,`) and its sign-off
  (`Respectfully,`), which with the signature are no rows; a document the writer annotates
  in square brackets, every paragraph to the end of the text but the notes (and the
  quotations in them, which have rows of their own) and from the first paragraph after
  the last note that opens with the writer's attribution (`Ana Ruiz declined to say …`,
  where the story goes on); else the one paragraph right after an
  introduction that ends in a colon (`The Reporter's transcript:` ¶ `Rosita, it's Dennis.
  …`). A stage note splits a paragraph (`[pause]`) and a note that ends it (`[Message
  ends]`) is no part of it.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from quotes.deps import SUBJECT
from quotes.found import MARKS, char_tokens
from quotes.genders import PERSON_PRONOUNS
from quotes.language import table, word_list
from quotes.marks import QUOTED_RUN, paragraph_bounds
from quotes.mentions import mention_span
from quotes.page_shapes import SignedPost, opens_email
from quotes.parse_links import subject_of_sentence_before
from quotes.speech_pieces import speech_pieces
from quotes.work_authors import passive_agent

#: Documents a story may print whole (`letter`, `statement`, `voicemail`).
_DOCUMENTS = word_list("printed-documents")
#: Phrases that say the document follows whole (`in full`, `the following`).
_WHOLE = tuple(" ".join(row) for row in table("printed-whole-phrases"))
#: A letter's salutation's first word (`Dear`) and its sign-offs (`Respectfully`).
_SALUTATIONS = word_list("letter-salutations")
#: The first word of a letter's address line that ends in a colon (`To the board:`).
_ADDRESSES = word_list("letter-addresses")
_SIGNOFFS = frozenset(" ".join(row) for row in table("letter-signoffs"))
#: The writer's own voice, never the maker of what the writer prints (`We print it`).
_WRITERS = word_list("writer-pronouns")
#: A note in square brackets that ends a paragraph (`… not this one. [Message ends]`).
_END_NOTE = re.compile(r"\s*\[[^\[\]\n]{1,40}\]\s*$")
#: What says the writer's notes in square brackets go between the document's paragraphs.
_NOTES = "square brackets"


def printed_documents(doc: Doc, norm: str, lemmas: frozenset[str]) -> list[SignedPost]:
    """Rule printed-whole: the paragraphs of each document printed whole after the
    paragraph that introduces it, each a direct row of its maker with the introduction's
    verb for cue (see the module's docstring for the shapes read); none where the
    introduction names no maker or a letter has no sign-off. `lemmas` are the cue words
    an introduction's verb and the writer's attributions after the document are read
    against."""
    # `Her letter reads in full:` ¶ `Dear Mayor,` ¶ `I resign.` ¶ `Yours sincerely,`
    out = []
    paragraphs = paragraph_bounds(norm)
    for k, (start, end) in enumerate(paragraphs[:-1]):
        intro = norm[start:end]
        lower = intro.lower()
        colon = intro.endswith(":")
        # rule whole-phrase-unquoted: `… "urges donors to fund it in full".` quotes the
        # phrase; it says nothing of what follows
        whole = any(phrase in QUOTED_RUN.sub("", lower) for phrase in _WHOLE)
        if not (colon or whole) or intro[0] in MARKS:
            continue
        span = char_tokens(doc, start, end)
        maker = None if span is None else document_maker(span, whole)
        if maker is None and span is not None and colon and whole:
            maker = colon_subject(span, lemmas)  # `It reads in full:`
        if maker is None:
            continue
        cue, speaker = maker
        after = paragraphs[k + 1 :]
        if after and opens_email(norm, after[0][0]):
            continue  # `… prints it here in full.` ¶ `From: Ana Ruiz` ¶ `To: …`: the email
            # rule reads it, and its header is no row
        if whole and _NOTES not in lower and not _salutation(norm, after):
            body = _printed_run(doc, norm, after, speaker, lemmas)
        else:
            body = _body(norm, after, colon, _NOTES in lower)
            if _NOTES in lower:
                body = _before_writers_ending(doc, norm, after, body, lemmas)
        for body_start, body_end in body:
            for piece_start, piece_end in speech_pieces(norm, body_start, body_end):
                out.append(SignedPost(piece_start, piece_end, cue, speaker))
    return out


def colon_subject(intro: Span, lemmas: frozenset[str]) -> tuple[Token, Span] | None:
    """The cue and the maker's mention of an introduction that ends in a colon after a
    cue verb (a word of `lemmas`) with a subject that stands for the document: the
    subject (`The document, sent to all staff, reads in part:`), or for an `it` the maker
    the sentence before names (:func:`_maker_before`: `Ana Ruiz posted a statement.`
    ¶ `It reads in full:`); never the writer (`We print it below:`)."""
    verb = intro[-1].head  # the colon hangs on the verb that gives what follows
    subject = next((c for c in verb.children if c.dep_ in SUBJECT), None)
    if subject is None or verb.lemma_.lower() not in lemmas or subject.lower_ in _WRITERS:
        return None
    if subject.lower_ == "it":
        subject = _maker_before(subject)
    return None if subject is None else (verb, mention_span(subject))


def _maker_before(it: Token) -> Token | None:
    """The maker an `it` that opens an introduction stands for: the subject of the
    sentence before, a noun, a name or a `he` or `she`, as that sentence names the
    document and says whose it is: the one who made it (`Ana Ruiz posted a thread through
    the night. It read:`, `She replied with a statement. It reads in full:`),
    by the name set beside it if any (`One passenger, the novelist Ana Ruiz, posted …`),
    or the owner of the document itself (`The company's status page has carried four
    updates. It has read, in order:`), else the document, which the resolver reads as it
    reads a memo that `reads`."""
    if it.i != it.sent.start:
        return None
    subject = subject_of_sentence_before(it, ("nsubj",))
    if subject is None or not (
        subject.pos_ in ("NOUN", "PROPN") or subject.lower_ in PERSON_PRONOUNS
    ):
        return None
    # `One passenger, the novelist Ana Ruiz, posted …`: the name set beside the subject
    named = next(
        (t for t in subject.subtree if t.dep_ == "appos" and t.pos_ == "PROPN" and t.ent_type_),
        None,
    )
    # `The company's status page has carried …`: the page speaks for its owner
    owner = next((c for c in subject.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    return named or owner or subject


def document_maker(
    intro: Span, whole: bool, documents: frozenset[str] = _DOCUMENTS
) -> tuple[Token, Span] | None:
    """The cue and the maker's mention an introduction gives for the document it names
    (a word of ``documents``),
    its last sentence first: the maker's own document as a verb's subject (`Her
    letter … reads`), the agent of a passive whose subject or participle is the document
    (`The message was left by Tom Hale`, `The letter, signed by Ana Ruiz, reads`), or the
    subject of a verb whose object is the document (`Harbour Foods issued the following
    statement`) when the introduction says it is printed whole (`whole`: `the following`,
    `in full`), as a post that shares a document may not print it (`X tweeted the
    transcript for context:` over the writer's own paragraph); else a passive read from
    the words (:func:`_named_agent`)."""
    for sentence in reversed(list(intro.sents)):
        for word in sentence:
            if word.lemma_.lower() not in documents or word.pos_ != "NOUN":
                continue
            verb = word.head
            owned = any(c.dep_ == "poss" for c in word.children)
            if owned and word.dep_ == "ROOT":
                # `Her letter to the council, which …, reads in full:`: the parser may hang
                # the verb on the relative clause and make the document the root
                verb = next((t for t in reversed(sentence) if t.pos_ == "VERB"), word)
            if owned and word.dep_ in ("nsubj", "ROOT") and verb.i > word.i:
                return verb, intro.doc[word.left_edge.i : word.i + 1]
            # `Below is the eulogy that Ana Ruiz delivered`: the maker in a relative clause
            for clause in (c for c in word.children if c.dep_ == "relcl"):
                subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
                if whole and subject is not None and subject.pos_ == "PROPN":
                    # the name from its first proper noun: the parser may hang `that` on it
                    first = next(t for t in subject.subtree if t.pos_ == "PROPN")
                    return clause, intro.doc[first.i : subject.i + 1]
            for holder in (verb, *(c for c in word.children if c.dep_ == "acl")):
                agent = passive_agent(holder)
                if agent is not None and (word.dep_ == "nsubjpass" or holder is not verb):
                    return holder, mention_span(agent)
            if word.dep_ == "dobj" and whole:
                subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                if subject is not None and subject.lower_ not in _WRITERS:
                    return verb, _whole_name(subject)
    return _named_agent(intro)


#: A passive that names the maker of a document, read from the words, as the sentence may
#: go unparsed (it holds no cue word): `The message was left by Tom Hale`, group `verb`
#: the participle and `by` where the agent starts.
_PASSIVE_MAKER = re.compile(
    r"\b(?P<noun>[a-z]+)\s+(?:was|were|had\s+been)\s+(?P<verb>[a-z]+)\s+(?P<by>by)\s+"
)


def _named_agent(intro: Span) -> tuple[Token, Span] | None:
    """The participle and the name after `by` in a passive whose subject is a document
    (`The message was left by Hon. Tom Hale, the minister, at 8pm`), the name a proper
    name the document's name rules found (:attr:`Doc.ents`)."""
    doc = intro.doc
    at = intro.start_char
    for match in _PASSIVE_MAKER.finditer(intro.text):
        if match.group("noun") not in _DOCUMENTS:
            continue
        verb = char_tokens(doc, at + match.start("verb"), at + match.end("verb"))
        after = at + match.end("by")
        name = next((e for e in doc.ents if after <= e.start_char <= after + _TITLE_ROOM), None)
        if verb is not None and name is not None and name.label_ in ("PERSON", "ORG"):
            return verb[0], name
    return None


#: Most characters of a title between `by` and the name after it (`by Hon. Tom Hale`).
_TITLE_ROOM = 12


def _whole_name(subject: Token) -> Span:
    """A maker's mention: a proper name with every word the parser hung before it
    (`Gobi Altan Resources LLC`, where the name rules may cut off a first word that is
    no known name), else the mention as :func:`~quotes.mentions.mention_span` reads it."""
    words = subject.doc[subject.left_edge.i : subject.i + 1]
    if subject.pos_ == "PROPN" and all(t.pos_ == "PROPN" for t in words):
        return words
    return mention_span(subject)


def _salutation(norm: str, after: list[tuple[int, int]]) -> bool:
    """Whether the document after its introduction opens with a letter's salutation
    (`Dear Mayor,`)."""
    first = norm[after[0][0] : after[0][1]].split() if after else []
    return bool(first) and first[0].lower() in _SALUTATIONS


#: Most words of a signature under a document (`Luka`, `Ana Ruiz`).
_SIGNATURE_WORDS = 4


def _printed_run(
    doc: Doc, norm: str, after: list[tuple[int, int]], maker: Span, lemmas: frozenset[str]
) -> list[tuple[int, int]]:
    """Rule printed-whole, for a document the introduction says is printed whole (`in
    full`, `the following`) with no letter's sign-off: its paragraphs are those from the
    one after the introduction to where the layout shows the writer's story going on,
    the first that is a signature (a short line of capitalised words, `Luka`, no row),
    opens with a quote mark or a transcript's label (`MR. PATEL:`, read by the
    transcript rules), names the maker (`Ruiz, 54, has worked there …`) or opens with
    the writer's attribution, a cue verb whose subject is a name or a noun (`The fire
    service said on Monday that …`; a pronoun's is the document's own voice: `he told
    us …`). An opening address that ends in a comma (`Members of the family,
    friends,`) is no row, as a letter's salutation is not, nor is a letter's address
    line that ends in a colon (rule address-line: `To the members of the board:`)."""
    # `It reads in full:` ¶ `I did nothing wrong.` ¶ `We will appeal.` ¶ `Luka` ¶ `His …`
    out = []
    for k, (start, end) in enumerate(after):
        paragraph = norm[start:end]
        if k == 0 and (paragraph.endswith(",") or _address_line(paragraph)):
            continue  # the address to those it was spoken or written to
        words = char_tokens(doc, start, end)
        if (
            norm[start] in MARKS
            or words is None
            or _labelled(paragraph)
            or _signature(paragraph)
            or any(t.text == maker[-1].text for t in words)
            or _attributes(words[0].sent, lemmas)
        ):
            break
        out.append(_without_end_note(norm, start, end))
    return out


#: A line's label before a colon (`MR. PATEL:`, `Q:`).
_LABEL = re.compile(r"(?P<label>[^\W\d_][^:\n]{0,40}):")


def _labelled(paragraph: str) -> bool:
    """Whether a paragraph opens with a label in capitals and a colon (`MR. PATEL: Good
    afternoon.`): a transcript's turn, which the transcript rules read
    (:mod:`quotes.transcripts`), not a paragraph of prose printed whole."""
    label = _LABEL.match(paragraph)
    return label is not None and label.group("label").isupper()


def _address_line(paragraph: str) -> bool:
    """Rule address-line: whether a paragraph is a letter's address line, a line that
    opens with a word of :data:`_ADDRESSES` and ends in a colon with no sentence's end
    before it (`To the members of the licensing board:`)."""
    words = paragraph.split()
    return (
        bool(words)
        and words[0].lower() in _ADDRESSES
        and paragraph.endswith(":")
        and not any(c in ".!?" for c in paragraph)
    )


def _signature(paragraph: str) -> bool:
    """Whether a paragraph is a signature: at most :data:`_SIGNATURE_WORDS` capitalised
    words with no sentence's end (`Luka`, `Ana Ruiz`), with or without the signer's role
    after a comma, itself at most as many words (rule signature-role: `Ana Ruiz,
    pharmacist`, `Tom Hale, Chair of Governors`)."""
    name, _, role = paragraph.partition(", ")
    words = name.split()
    return (
        0 < len(words) <= _SIGNATURE_WORDS
        and all(w[:1].isupper() for w in words)
        and len(role.split()) <= _SIGNATURE_WORDS
        and paragraph[-1:].isalpha()
    )


def _attributes(sentence: Span, lemmas: frozenset[str], named: bool = False) -> bool:
    """Whether a sentence is the writer's attribution: its root a cue verb (a word of
    `lemmas`) whose subject is a name or a noun, not a pronoun (with `named`, a name)."""
    root = sentence.root
    # the subject next to the verb: in `Ana, Tom: he talked about you`, not the names
    # the words turn to, which the parser may take for a second subject
    subject = next(
        (c for c in reversed(list(root.children)) if c.dep_ in SUBJECT), None
    )
    return (
        root.lemma_.lower() in lemmas
        and subject is not None
        and subject.pos_ in (("PROPN",) if named else ("NOUN", "PROPN"))
    )


def _before_writers_ending(
    doc: Doc,
    norm: str,
    after: list[tuple[int, int]],
    body: list[tuple[int, int]],
    lemmas: frozenset[str],
) -> list[tuple[int, int]]:
    """Rule writers-ending: of a document that the writer annotates in square brackets,
    the paragraphs but those after its last note that open with the writer's own
    attribution (a cue verb with a name for subject, :func:`_attributes`), where the
    story goes on after the document: `Ana Ruiz declined to say on Friday when the pump
    had last been serviced.` The paragraphs between the notes stay the document's,
    whatever their verb (`Divers found a tear in the net.`), and so does one whose subject
    is a common noun (`No customer has reported being unwell.`)."""
    notes = [start for start, _ in after if norm[start] == "["]
    if not notes:
        return body
    last = notes[-1]
    out = []
    for start, end in body:
        words = char_tokens(doc, start, end) if start > last else None
        if words is not None and _attributes(words[0].sent, lemmas, named=True):
            break
        out.append((start, end))
    return out


def _body(
    norm: str, after: list[tuple[int, int]], colon: bool, notes: bool
) -> list[tuple[int, int]]:
    """The paragraphs of the document printed after its introduction (`after` the
    paragraphs that follow it), each without a note that ends it."""
    if not after or norm[after[0][0]] in MARKS:
        return []
    first = norm[after[0][0] : after[0][1]].split()
    if first and first[0].lower() in _SALUTATIONS:
        body = []
        for start, end in after[1:]:
            if norm[start:end].rstrip(",").lower() in _SIGNOFFS:
                return [_without_end_note(norm, start, end) for start, end in body]
            body.append((start, end))
        return []  # a letter with no sign-off: where it ends is not known
    if notes:
        chosen = [(s, e) for s, e in after if norm[s] not in MARKS and norm[s] != "["]
    elif colon and norm[after[0][0]] != "[":
        chosen = after[:1]
    else:
        return []
    return [_without_end_note(norm, start, end) for start, end in chosen]


def _without_end_note(norm: str, start: int, end: int) -> tuple[int, int]:
    """A paragraph without the note in square brackets that ends it, the recording's or
    the transcriber's (`… not this one. [Message ends]`)."""
    note = _END_NOTE.search(norm, start, end)
    return (start, note.start()) if note is not None and note.start() > start else (start, end)
