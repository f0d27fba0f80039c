"""Direct quotes: whether one quoted span is a quotation proper, and the cue and speaker
it is linked to (by the parse first, then by position, then by a colon or dash).

:class:`DirectLinker` reads one quoted span (:class:`quotes.marks.QuoteSpan`) of a parsed
document; each special shape (a source label, `as X put it`, `so says X`, a name after a
dash, a verb right after the closing mark, a colon) is a method of its own, named after
the `method` its rows carry.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from itertools import islice

from spacy.tokens import Doc, Span, Token

from quotes.continued import continued_cue
from quotes.cue_words import OBJECT_CUES
from quotes.found import DASHES, Found, Link, char_tokens
from quotes.language import word_list
from quotes.marks import QuoteSpan
from quotes.matchers import CueSpeaker, active_subject
from quotes.mentions import NOMINAL, mention_span
from quotes.mixed import clause_before, finishes_clause, opened_before, reported_within
from quotes.narration import is_someone, is_speech_sound, sound_source
from quotes.signatures import signed_by
from quotes.span_index import Spans
from quotes.titles import is_title, names_a_work

#: Characters after which an opening mark starts a quotation rather than a scare
#: quote or title inside a clause (`said, "…"`, `X: "…"`, `— "…"`).
_INTRODUCERS = frozenset(",:;—–-([")
#: How far (tokens) a cue may stand from a quote it attributes without a parse link.
_NEAR_AFTER = 6
#: … or farther when the speaker comes first and an apposition stands before the cue.
_NEAR_SPEAKER = 4
_NEAR_APPOSITION = 30
_NEAR_BEFORE = 10
#: Verbs between a quote and its cue that the parse link may pass (`said, adding "…"`),
#: and a reported clause too when the quote goes on with it after a comma.
_PASSES = frozenset({"conj", "advcl", "xcomp"})
_RUN_ON_PASSES = _PASSES | {"ccomp"}
#: Words a source label may hold besides names: `- More from Ruiz:`, `- Ruiz and Lee:`.
_LABEL_WORDS = frozenset({"more", "from", "and", "&"})


class DirectLinker:
    """Links the quoted spans of one document to their cues and speakers."""

    def __init__(
        self,
        text: str,
        norm: str,
        doc: Doc,
        cues: dict[int, CueSpeaker],
        lemmas: frozenset[str],
        paragraph_of: Callable[[int], int],
        quoted: Spans,
    ) -> None:
        """`norm` is `text` made plain (what every look at the characters reads), `cues`
        the cues the matcher found by token, `paragraph_of` the paragraph of a character
        offset, `quoted` every quoted span of the text."""
        self.text = text
        self.norm = norm
        self.doc = doc
        self.cues = cues
        self.lemmas = lemmas
        self.paragraph_of = paragraph_of
        self._quoted = quoted
        #: The cues that stand outside every quote.
        self._free_cues = {
            i for i in cues if not quoted.overlapping(doc[i].idx, doc[i].idx + 1)
        }
        #: The cues of each paragraph, in text order.
        self._cues_in: dict[int, list[CueSpeaker]] = {}
        for hit in cues.values():
            paragraph = paragraph_of(doc[hit.cue].idx)
            self._cues_in.setdefault(paragraph, []).append(hit)

    def direct(self, span: QuoteSpan) -> Found | None:
        """A quotation proper with its cue, or None for a fragment inside a clause."""
        whole = char_tokens(self.doc, span.open_start, span.close_end)
        if whole is None or span.end <= span.start:
            return None
        link = self._link(whole, span)
        if is_title(self.text[span.start : span.end]) and not self._signed(whole, link):
            return None
        if names_a_work(whole):
            return None
        if self._runs_on(span) or not (
            self._introduced(span)
            or (
                link is not None
                and link.attached
                and self._ends_clause(span)
                and not finishes_clause(whole, link.cue)
            )
        ):
            return None
        if self._in_statement(whole, span, link):
            return None
        found = Found(span.start, span.end, "direct", paragraph=self.paragraph_of(span.open_start))
        if link is not None and is_speech_sound(link.speaker):
            # `"No," came the reply from Ann Lee.`: the one it comes from, or nobody yet
            source = sound_source(link.speaker)
            link = None if source is None else replace(link, speaker=source)
        if link is not None:
            found.cue, found.speaker, found.method = link.cue, link.speaker, link.method
            # `Ito said the vote was lost, "and not by a little."`: one mixed statement
            clause = clause_before(whole, link.cue, self.cues)
            if clause is not None:
                found.start, found.end = clause.start_char, span.close_end
                found.type = "mixed"
                found.method = "reported-run-on:" + link.method.split(":", 1)[-1]
        return found

    def _in_statement(self, whole: Span, span: QuoteSpan, link: Link | None) -> bool:
        """Whether the quote ends a larger statement that the reported-speech rules give
        as mixed (:mod:`quotes.mixed`): its clause opens before the mark after `that`, or
        words lead straight into the marks from a cue that an earlier cue, outside any
        quote, reports (`Lee said the mayor wants "…"`)."""
        if opened_before(whole):
            return True
        return (
            link is not None
            and link.cue.i < whole.start
            and not self._introduced(span)
            and reported_within(link.cue, self._free_cues)
        )

    def _signed(self, whole: Span, link: Link | None) -> bool:
        """Whether the speaker and cue follow the closing mark at once, so the words are
        a quotation however short (`"Hopefully," the president said`), not a title."""
        if link is None or link.speaker.start < whole.end:
            return False
        first = min(link.cue.i, link.speaker.root.left_edge.i)
        return all(t.is_punct or t.is_space for t in self.doc[whole.end : first])

    def _introduced(self, span: QuoteSpan) -> bool:
        """Whether the marks open a quotation, not a scare quote or title mid-clause.

        A quotation starts a paragraph or sentence, or follows `,` `:` or a dash.
        """
        before = _char_before(self.norm, span.open_start, " \t")
        return not before or before in "\n\r.!?\"'”’»" or before in _INTRODUCERS

    def _runs_on(self, span: QuoteSpan) -> bool:
        """Whether the sentence goes on after an unpunctuated quote: a name or a fragment.

        `'It Is Not A Radical Idea' To Ask …`, `"Broad City" star Arturo Castro …`
        """
        inner = self.norm[span.start : span.end].rstrip()
        after = self.norm[span.close_end : span.close_end + 3]
        return bool(inner) and inner[-1].isalnum() and after[:1] == " " and after[1:2].isalnum()

    def _ends_clause(self, span: QuoteSpan) -> bool:
        """Whether the quote runs to the end of its sentence (`Cruz says that "…."`)."""
        inner = self.norm[span.start : span.end].rstrip()
        after = self.norm[span.close_end : span.close_end + 2].lstrip(" \t")
        return inner.endswith((".", "!", "?")) or not after or after[0] in ".!?\n\r"

    def _link(self, whole: Span, span: QuoteSpan) -> Link | None:
        """The first candidate cue and speaker whose speaker is not quoted words
        (`"My dear Holmes," said I` is said by `I`, not `Holmes`), unless a later one
        signs the quote at once: in `Rhimes declared: "Change the world," she said.` the
        quote is `she`'s (:meth:`_signed`)."""
        links = (
            link
            for link in self._candidates(whole, span)
            if not self._quoted.overlapping(link.speaker.start_char, link.speaker.start_char + 1)
        )
        first = next(links, None)
        if first is None or self._signed(whole, first):
            return first
        return next((link for link in links if self._signed(whole, link)), first)

    def _candidates(self, whole: Span, span: QuoteSpan) -> Iterator[Link]:
        """Cue and speaker candidates: by parse first, then by position, then colon."""
        inside = range(whole.start, whole.end)
        near = [
            c
            for paragraph in range(
                self.paragraph_of(span.open_start), self.paragraph_of(span.close_end - 1) + 1
            )
            for c in self._cues_in.get(paragraph, ())
            if c.cue not in inside
        ]
        roots = _roots(whole)
        # source-label — `Polls missed the late swing - Ana Ruiz: "…"`: the name between
        # a dash and the colon, before any verb the headline in front of it holds
        link = self._source_label(whole)
        if link is not None:
            yield link
        # dep:<pattern> — the quote is the cue's complement: `Zelensky said, "…"`,
        # `Trump said that "…"`
        # `Ito said the vote was lost on Friday, "by a mile"`: a quote opened after the
        # comma that ends a reported clause and hung on that clause goes on with it (one
        # mixed statement, :func:`quotes.mixed.clause_before`)
        run_on = _char_before(self.norm, span.open_start) in (",", *DASHES)
        for root in roots:
            for ancestor in islice(root.ancestors, 3):
                if ancestor.i in inside:
                    continue
                hit = self.cues.get(ancestor.i)
                if hit is not None:
                    yield self._result(
                        hit, "dep:" + hit.method, _is_whole_object(root, hit, inside)
                    )
                    break
                passes = _RUN_ON_PASSES if run_on else _PASSES
                if ancestor.pos_ == "VERB" and ancestor.dep_ not in passes:
                    break
        # dep-inverted — the cue hangs off the quote: `"…," he said.`
        for c in near:
            token = self.doc[c.cue]
            if token.head.i in inside and token.i - whole.end < _NEAR_AFTER:
                yield self._result(c, "dep-inverted:" + c.method)
        # dash — `"…" ― Sonya Herridge`: a name set after a dash is the one quoted, as
        # under an epigraph or in a collection of quotes
        link = self._dash_name(span)
        if link is not None:
            yield link
        # near-after — `"…," Zelensky said.` where the parse split the sentence, and
        # `"…," Robert Shrum, a veteran Democratic strategist, said.`; never after a
        # quote closed by a full stop (`"…," Thurber said. "B." While critics said …`)
        open_end = not self.norm[span.start : span.end].rstrip().endswith(".")
        for c in sorted(near, key=lambda c: c.cue) if open_end else ():
            gap = self.doc[whole.end : c.cue]
            named_first = 0 <= c.speaker - whole.end < _NEAR_SPEAKER
            if (
                c.cue >= whole.end
                and len(gap) < (_NEAR_APPOSITION if named_first else _NEAR_AFTER)
                and _no_break(gap)
            ):
                yield self._result(c, "near-after:" + c.method)
        opener = _char_before(self.norm, span.open_start)
        # as-put-it — `As the mayor put it, "…"`: the idiom names the one quoted
        link = self._as_put_it(whole) if opener in (",", ":") else None
        if link is not None:
            yield link
        # near-before — `Zelensky said in a video speech, "…"`, `as Pope tells us -- "…"`
        if opener in (",", ":", *DASHES):
            for c in sorted(near, key=lambda c: -c.cue):
                gap = self.doc[c.cue + 1 : whole.start]
                if c.cue < whole.start and len(gap) < _NEAR_BEFORE and _no_break(gap[:-1]):
                    yield self._result(c, "near-before:" + c.method)
        # dep-verb — any verb the quote is the clausal object of, outside the lexicon:
        # `"This is a big win for me," I confessed.`
        for root in roots:
            verb = root.head
            if root.dep_ in ("ccomp", "parataxis") and verb.i not in inside and verb.pos_ == "VERB":
                subject = active_subject(verb)
                if subject is not None:
                    yield Link(verb, mention_span(subject), "dep-verb:subject", True)
        # continued — `"Do." she answered.`, `"I heard it drop."` / `said the girl.`: the
        # sentence goes on in lowercase after the closing mark, on its line or the next
        continued = continued_cue(self.doc, whole.end, self.lemmas)
        if continued is not None:
            cue, speaker = continued
            order = "name-verb" if speaker.end <= cue.i else "verb-name"
            yield Link(cue, speaker, "continued:" + order, False)
        # after-verb — `"This is fantastic!" beamed a delegate.` / `"…," the sign reads.`
        if self.norm[span.start : span.end].rstrip()[-1:] in (",", "?", "!", "—"):
            link = self._verb_after(whole)
            if link is not None:
                yield link
        # so-says — `"…" So says Ana Ruiz, …`: `so` stands for the quote just before
        link = self._so_says(whole)
        if link is not None:
            yield link
        # colon — `Zelensky: "…"`, `Trump leaned in and boomed: "…"`, and a paragraph
        # ending `Breitbart News responded:` before a quoted paragraph
        if opener == ":":
            link = self._colon(whole)
            if link is not None:
                yield link

    def _source_label(self, whole: Span) -> Link | None:
        """The source a round-up of what others wrote sets after a dash, right before the
        colon that opens the quote: `Turnout fell everywhere - Ana Ruiz: "…"`, `- More
        from Ruiz: "…"`, `- Ruiz and Lee: "…"` (names, `and`, and a leading `More from`)."""
        before = [t for t in self.doc[max(0, whole.start - 10) : whole.start] if not t.is_space]
        if len(before) < 3 or before[-1].text != ":":
            return None
        label: list[Token] = []
        for token in reversed(before[:-1]):
            if token.text in DASHES and token.i > 0 and self.doc[token.i - 1].whitespace_:
                break
            if token.pos_ != "PROPN" and token.lower_ not in _LABEL_WORDS:
                return None
            label.insert(0, token)
        else:
            return None
        names = [k for k, t in enumerate(label) if t.pos_ == "PROPN"]
        if not names:
            return None
        dash = self.doc[label[0].i - 1]
        speaker = self.doc[label[names[0]].i : label[names[-1]].i + 1]
        return Link(dash, speaker, "source-label", False)

    def _as_put_it(self, whole: Span) -> Link | None:
        """`As the mayor put it, "…"` / `As Ana Ruiz puts it: "…"`: `put it` right before
        the comma or colon that opens the quote, in a clause opened by `as`, with a
        subject; the subject is the one quoted."""
        before = [t for t in self.doc[max(0, whole.start - 4) : whole.start] if not t.is_space]
        if len(before) < 3 or before[-2].lower_ != "it" or before[-3].lemma_ != "put":
            return None
        verb = before[-3]
        if not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
            return None
        subject = active_subject(verb)
        if subject is None:
            return None
        return Link(verb, mention_span(subject), "as-put-it", False)

    def _so_says(self, whole: Span) -> Link | None:
        """`"Glass forgives nothing." So says Ana Ruiz`: a cue right after `So` opening the
        words after the closing mark, with its own speaker and nothing else reported."""
        after = [t for t in self.doc[whole.end : whole.end + 3] if not t.is_space]
        if len(after) < 2 or after[0].lower_ != "so" or after[1].head.i != after[1].i:
            return None
        hit = self.cues.get(after[1].i)
        if hit is None or any(c.dep_ in ("ccomp", "dobj") for c in after[1].children):
            return None
        return self._result(hit, "so-says:" + hit.method)

    def _dash_name(self, span: QuoteSpan) -> Link | None:
        """The one a dash that follows the closing mark (on its line or the next) names
        (:func:`quotes.signatures.signed_by`); the dash may be one token with the mark
        (`.”― Ana Ruiz`)."""
        after = self.norm[span.close_end : span.close_end + 8]
        dash = span.close_end + len(after) - len(after.lstrip())
        if self.norm[dash : dash + 1] not in DASHES:
            return None
        cue = char_tokens(self.doc, dash, dash + 1)
        if cue is None:
            return None
        speaker = signed_by(self.doc, self.norm, cue[0])
        return None if speaker is None else Link(cue[0], speaker, "dash", False)

    def _verb_after(self, whole: Span) -> Link | None:
        """`"…," Trump barked.` / `"…," beamed Clara Nunez.`: a name and a verb, either
        order, right after the closing mark, read from the tags when the parse is wrong."""
        after = _same_sentence(list(self.doc[whole.end : whole.end + _NEAR_APPOSITION]))
        if len(after) > 1 and _misread_name(after[0]) and self._past_cue(after[1]):
            # `"…," Will wrote.` / `"…," From said.`: a surname the tagger read as a
            # modal or a preposition, the cue right after it
            name = self.doc[after[0].i : after[0].i + 1]
            return Link(after[1], name, "near-after:name-verb", False)
        run = _noun_run(after)
        if run and len(run) < len(after) and after[len(run)].text == ",":
            # `"…," Mr. Daniels, now 81 and retired in Boston, said`: the cue after the
            # name's apposition, wherever the parse hung it
            cue = self._cue_after_apposition(after[len(run) :], run)
            if cue is not None:
                return Link(cue, _run_mention(run), "near-after:name-verb", False)
        after = after[:_NEAR_BEFORE]
        if len(run) > 1 and run[-1].lemma_.lower() in self.lemmas:
            # `"…," the email read.` with the cue tagged as a noun
            return Link(run[-1], _run_mention(run[:-1]), "near-after:name-verb", False)
        if run and len(run) < len(after) and after[len(run)].pos_ == "VERB":
            return Link(
                after[len(run)], _run_mention(run), "near-after:name-verb", False
            )
        # `"…," read the email.`: a past tense tagged as a base form is still a cue; a
        # participle goes on with the sentence (`"…," promising the club will …`)
        finite = ("VBD", "VBZ", "VBP")
        if (
            after
            and after[0].pos_ == "VERB"
            and after[0].tag_ != "VBG"
            and (after[0].tag_ in finite or after[0].lemma_.lower() in self.lemmas)
        ):
            run = _noun_run(after[1:])
            if run and run[-1].pos_ in ("PROPN", "NOUN", "PRON"):
                return Link(after[0], _run_mention(run), "near-after:verb-name", False)
        return None

    def _past_cue(self, token: Token) -> bool:
        """Whether a word is a cue verb in a tense that reports (`said`, `says`, `wrote`)."""
        return token.tag_ in ("VBD", "VBZ", "VBN") and token.lemma_.lower() in self.lemmas

    def _cue_after_apposition(self, rest: list[Token], name: list[Token]) -> Token | None:
        """The first cue verb after a comma in the same sentence, before a quote mark or
        a verb with a subject other than the name: the `said` of `"…," Mr. Daniels, now
        81 and retired in Boston, said`."""
        for token in rest:
            if token.text in _BREAKS or token.is_quote:
                return None
            after_comma = self.doc[token.i - 1].text == ","
            if token.pos_ == "VERB" and after_comma and token.lemma_.lower() in self.lemmas:
                return token
            if any(c.dep_ == "nsubj" and c not in name for c in token.children):
                return None
        return None

    def _colon(self, whole: Span) -> Link | None:
        """The speaker of `X: "…"` / `X verb: "…"`: the clause's subject, else the name."""
        before = [t for t in self.doc[max(0, whole.start - 30) : whole.start] if not t.is_space]
        if not before or before[-1].text != ":":
            return None
        colon = before[-1]
        clause = []
        for token in reversed(before[:-1]):
            if token.text in _BREAKS or token.is_sent_end:
                break
            clause.append(token)
        for token in clause:
            # `Doyle was blunt about the plan: "…"`: a copula with its complement speaks too
            # (not one asking `what`: `and what he said was this: "…"`)
            copula = (
                token.pos_ == "AUX"
                and any(c.dep_ in ("acomp", "attr") for c in token.children)
                and not any(c.tag_ in ("WP", "WDT") for c in token.children)
            )
            if token.pos_ == "VERB" or copula:
                # `Romney, the 2012 nominee, tweeted in response: "…"` parses `tweeted`
                # as a modifier of `Romney`
                subject = active_subject(token) or (
                    token.head if token.dep_ == "acl" and token.head.pos_ in NOMINAL else None
                )
                if subject is not None:
                    return Link(token, mention_span(subject), "colon:verb", False)
        for token in clause:
            subject = active_subject(token) if token.pos_ == "AUX" else None
            if subject is not None and is_someone(subject):
                # `Margaret Doyle was blunt about the proposal: '…'`: the copula's
                # subject, not the topic standing before the colon
                return Link(token, mention_span(subject), "colon:subject", False)
        # `Okafor on Council Cutting Its Budget: '…'`: a headline line naming who speaks,
        # then after `on` what about, whatever the topic's words hold
        words = clause[::-1]
        on = next((k for k, t in enumerate(words) if t.lower_ == "on"), 0)
        at_line_start = bool(words) and _char_before(self.norm, words[0].idx, " \t") in "\n\r"
        if on and at_line_start and all(t.pos_ == "PROPN" for t in words[:on]):
            return Link(colon, self.doc[words[0].i : words[on - 1].i + 1], "colon", False)
        # `On the injury: "…"` under a press conference's attribution is a topic line,
        # not a speaker's name
        if clause and clause[0].pos_ in ("PROPN", "NOUN") and clause[-1].lower_ not in _TOPICS:
            return Link(colon, mention_span(_adjunct_host(clause[0], clause)), "colon", False)
        return None

    def _result(self, hit: CueSpeaker, method: str, attached: bool = False) -> Link:
        """The link a matched cue gives, with its speaker's whole mention."""
        return Link(self.doc[hit.cue], mention_span(self.doc[hit.speaker]), method, attached)


def _adjunct_host(token: Token, clause: list[Token]) -> Token:
    """The one a colon line names when its last noun is a prepositional adjunct: in `The
    council leader, Ann Lee, on Friday: "…"` or `Ann Lee at the rally: "…"` the noun the
    adjunct hangs from (the name in apposition to it, if any), not `Friday` or `rally`;
    ``token`` itself otherwise."""
    while token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.head in clause:
        host = token.head.head
        if host.pos_ not in NOMINAL:
            break
        token = host
    return next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"), token)


def _char_before(text: str, at: int, blanks: str | None = None) -> str:
    """The last character of `text[:at]` once stripped of `blanks` (all whitespace when
    None), or "" when nothing is left; reads back only over the blanks, not the prefix."""
    i = at - 1
    while i >= 0 and (text[i].isspace() if blanks is None else text[i] in blanks):
        i -= 1
    return text[i] if i >= 0 else ""



def _roots(span: Span) -> list[Token]:
    """Tokens of the span whose syntactic head lies outside it (or that head a sentence)."""
    return [t for t in span if not t.is_punct and (t.head.i < span.start or t.head.i >= span.end)]


def _is_whole_object(root: Token, hit: CueSpeaker, inside: range) -> bool:
    """Whether the quote is all of what the cue reports: `Cruz says that "…"`.

    Not when part of the clause stands outside the marks (`Pataki says Kasich "has …"`),
    nor for naming verbs whose object is outside (`called Trump "unhinged"`).
    """
    cue = root.doc[hit.cue]
    return (
        root.head.i == hit.cue
        and cue.lemma_.lower() not in OBJECT_CUES
        and all(t.i in inside or t.dep_ == "mark" or t.is_punct for t in root.subtree)
    )


#: Parts of speech of function words a capitalised surname is sometimes read as (`Will`,
#: `From`, `May`).
_FUNCTION_POS = frozenset({"AUX", "ADP", "SCONJ", "CCONJ", "ADV", "PART"})


def _misread_name(token: Token) -> bool:
    """Whether a capitalised word inside its sentence is tagged as a function word: a
    surname the tagger took for `will` or `from` (`"…," Will wrote.`)."""
    return token.text[:1].isupper() and token.pos_ in _FUNCTION_POS and not token.is_sent_start


#: Parts of speech a short speaker noun phrase is made of (`the 43-year-old`, `Mr. Obama`).
_NP_POS = frozenset({"PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM"})


def _noun_run(tokens: list[Token]) -> list[Token]:
    """The leading noun phrase of `tokens`, by tags: at most five words, ending in a noun."""
    run: list[Token] = []
    words = 0
    for token in tokens:
        # a hyphen or a point inside the phrase is no word: `the 43-year-old`, `Mr. Obama`
        inner_mark = token.is_punct and token.text in ".-" and not token.is_sent_end
        # a participle modifying the noun belongs to it: `retired surgeon Ben Okafor`
        modifier = token.dep_ == "amod"
        if (token.pos_ not in _NP_POS and not inner_mark and not modifier) or words == 5:
            break
        words += not inner_mark
        run.append(token)
    while run and run[-1].pos_ not in ("PROPN", "NOUN", "PRON", "ADJ"):
        run.pop()
    if len(run) > 1 and any(t.pos_ == "PRON" for t in run):
        return []
    return run


def _run_mention(run: list[Token]) -> Span:
    """The speaker a noun phrase names: its last noun's mention, reaching back to the
    phrase's first word when the parse hangs that word elsewhere (`the 43-year-old`,
    whose `year` the parser makes an adverb); a name keeps its own mention (`Mrs. Ruiz`
    is `Ruiz`, the honorific kept apart)."""
    head = run[-1]
    mention = mention_span(head)
    if head.pos_ != "PROPN" and mention.start > run[0].i and mention.end == head.i + 1:
        return head.doc[run[0].i : head.i + 1]
    return mention


#: Tokens that end the stretch between a quote and its cue: a sentence end or a mark.
_BREAKS = frozenset({".", "!", "?", '"', "''", "``"})
#: Words that open a topic line before a colon (`On the injury: "…"`).
_TOPICS = word_list("topic-line-openers")


def _no_break(tokens: Span | list[Token]) -> bool:
    """No sentence end, no other quote mark and no new paragraph in between."""
    return not any(t.text in _BREAKS or ("\n" in t.text and not _continues(t)) for t in tokens)


def _continues(space: Token) -> bool:
    """Whether the line after a line break goes on with the same sentence, as in fiction
    printed a line per sentence: `"Oh, how delicious!"` / `cried one of the women.`"""
    doc = space.doc
    nxt = doc[space.i + 1] if space.i + 1 < len(doc) else None
    return nxt is not None and (nxt.text[:1].islower() or nxt.text == "I")


def _same_sentence(tokens: list[Token]) -> list[Token]:
    """The tokens without leading line breaks that the sentence runs on across."""
    while tokens and tokens[0].is_space:
        if "\n" in tokens[0].text and not _continues(tokens[0]):
            return []
        tokens = tokens[1:]
    return tokens
