"""Quotes whose source a shape of the words around the marks names, not a cue's parse.

News and collections of quotes name the one quoted in set forms that no speech verb's
parse link reaches: a label after a dash in a round-up (`- Ana Ruiz: "…"`), the idiom
`As the mayor put it, "…"`, `"…" So says Ana Ruiz`, a name set after a dash under the
quote (`"…" ― Ana Ruiz`), and a colon after a name or a clause (`Zelensky: "…"`,
`Trump leaned in and boomed: "…"`). Each rule reads one shape and gives the
:class:`quotes.found.Link` whose method names it; :class:`quotes.direct_links.DirectLinker`
tries them in its order of candidates.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotes.around_quote import BREAKS, char_before
from quotes.cue_forms import CueForms
from quotes.cue_subjects import active_subject
from quotes.descriptions import described_age
from quotes.exchanges import FIELD_ARTICLES, is_field_label
from quotes.found import DASHES, Link, char_tokens
from quotes.language import word_list
from quotes.marks import QuoteSpan
from quotes.matchers import CueSpeaker
from quotes.mentions import NOMINAL, mention_span
from quotes.narration import TITLES, is_someone
from quotes.normalise import BULLETS, HYPHENS
from quotes.relative_tags import NOUN_RELATIVE_TAGS
from quotes.signatures import signed_by

#: Words a source label may hold besides names: `- More from Ruiz:`, `- Ruiz and Lee:`.
_LABEL_WORDS = word_list("source-label-words")
#: Words that open a topic line before a colon (`On the injury: "…"`).
_TOPICS = word_list("topic-line-openers")
#: Nouns for a stretch of time, which a clause before a colon says when by, not who.
_TIMES = word_list("time-nouns")
#: Prepositions of where or when: a name after one before a colon says where, not who.
_SETTING_PREPOSITIONS = word_list("setting-prepositions")
#: Verbs of written messages that only a colon line makes cues (`…, emails: "…"`).
_COLON_VERBS = word_list("colon-line-verbs")
#: Empty subjects that stand for what follows them, no source (`it gets better: "…"`).
_PLACEHOLDERS = word_list("placeholder-subjects")
#: Things that carry words for passers-by (`a sign`, `a hat`), and the participles by
#: which they give them right after their name (`saying`, `reading`).
_DISPLAYS = word_list("display-nouns")
_DISPLAY_PARTICIPLES = word_list("display-participles")
#: The method of :func:`display_participle`'s links.
DISPLAY_PARTICIPLE = "display-participle"


def source_label(whole: Span) -> Link | None:
    """The source a round-up of what others wrote sets after a dash, right before the
    colon that opens the quote: `Turnout fell everywhere - Ana Ruiz: "…"`, `- More
    from Ruiz: "…"`, `- Ruiz and Lee: "…"` (names, `and`, and a leading `More from`)."""
    doc = whole.doc
    before = [t for t in doc[max(0, whole.start - 10) : whole.start] if not t.is_space]
    if len(before) < 3 or before[-1].text != ":":
        return None
    label: list[Token] = []
    for token in reversed(before[:-1]):
        if token.text in DASHES and token.i > 0 and doc[token.i - 1].whitespace_:
            break
        if token.pos_ != "PROPN" and token.lower_ not in _LABEL_WORDS:
            return None
        label.insert(0, token)
    else:
        return None
    names = [k for k, t in enumerate(label) if t.pos_ == "PROPN"]
    if not names:
        return None
    dash = doc[label[0].i - 1]
    speaker = doc[label[names[0]].i : label[names[-1]].i + 1]
    return Link(dash, speaker, "source-label", False)


def as_put_it(whole: Span) -> Link | None:
    """`As the mayor put it, "…"` / `As Ana Ruiz puts it: "…"`: `put it` before the comma
    or colon that opens the quote, in a clause opened by `as`, with a subject; the
    subject is the one quoted. Words of the `put` clause may come between `it` and the
    comma (`As Ana Ruiz put it in a memo to her staff, "…"`, :func:`_put_it_verb`), and
    a subject the parser made the object of `as` is the subject still (`As Ana Ruiz, a
    judge and author of "Tides," put it, "…"`, :func:`_as_object`)."""
    verb = _put_it_verb(whole)
    if verb is None:
        return None
    marker = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "as"), None)
    if marker is None:
        return None
    subject = active_subject(verb) or _as_object(marker)
    if subject is None:
        return None
    return Link(verb, mention_span(subject), "as-put-it", False)


#: How many words of its own clause a `put it` may have between `it` and the comma
#: that opens the quote (`put it in a memo to her staff explaining the cuts,`).
_PUT_IT_REACH = 12


def _put_it_verb(whole: Span) -> Token | None:
    """The `put` of `put it` before the mark or colon that opens `whole`, the words
    between `it` and that mark all of the `put` clause (its prepositions and what hangs
    on them: `put it in a memo to her staff`), none a quote mark."""
    doc = whole.doc
    first = max(0, whole.start - _PUT_IT_REACH - 3)
    before = [t for t in doc[first : whole.start] if not t.is_space]
    if not before or before[-1].text not in (",", ":"):
        return None
    words = before[:-1]
    for k in range(len(words) - 1, 0, -1):
        it, verb = words[k], words[k - 1]
        if it.lower_ == "it" and verb.lemma_ == "put" and it.head == verb:
            between = words[k + 1 :]
            subtree = {t.i for t in verb.subtree}
            if all(t.i in subtree and not t.is_quote for t in between):
                return verb
            return None
    return None


def _as_object(marker: Token) -> Token | None:
    """The name the parser made the object of `as` (`As Ana Ruiz, …, put it`: `as` read
    as a preposition), standing for the subject `put it` lacks."""
    return next((c for c in marker.children if c.dep_ == "pobj" and c.pos_ in NOMINAL), None)


def so_says(whole: Span, cues: dict[int, CueSpeaker]) -> CueSpeaker | None:
    """`"Glass forgives nothing." So says Ana Ruiz`: a cue right after `So` opening the
    words after the closing mark, with its own speaker and nothing else reported; the
    cue the matcher found there."""
    after = [t for t in whole.doc[whole.end : whole.end + 3] if not t.is_space]
    if len(after) < 2 or after[0].lower_ != "so" or after[1].head.i != after[1].i:
        return None
    hit = cues.get(after[1].i)
    if hit is None or any(c.dep_ in ("ccomp", "dobj") for c in after[1].children):
        return None
    return hit


def dash_name(doc: Doc, norm: str, span: QuoteSpan) -> Link | None:
    """The one a dash that follows the closing mark (on its line or the next) names
    (:func:`quotes.signatures.signed_by`); the dash may be one token with the mark
    (`.”― Ana Ruiz`). `norm` is the document's text made plain."""
    after = norm[span.close_end : span.close_end + 8]
    dash = span.close_end + len(after) - len(after.lstrip())
    if norm[dash : dash + 1] not in DASHES:
        return None
    cue = char_tokens(doc, dash, dash + 1)
    if cue is None:
        return None
    speaker = signed_by(doc, norm, cue[0])
    return None if speaker is None else Link(cue[0], speaker, "dash", False)


def display_participle(whole: Span) -> Link | None:
    """Rule display-participle: `Ruiz held up a sign saying "No more cuts."`, `She wore a
    hat reading, "Back the Ferry"`: a participle of showing words right after the thing
    that carries them (:data:`_DISPLAYS`), which the parser hangs on the thing with no
    subject, or reads as a noun (`hat reading`), so no cue's parse reaches the quote. The
    thing is the source; its words are a slogan, which the default scope drops
    (:func:`quotes.not_said.displayed`)."""
    doc = whole.doc
    before = [t for t in doc[max(0, whole.start - 3) : whole.start] if not t.is_space]
    if before and before[-1].text == ",":
        before.pop()
    if len(before) < 2:
        return None
    thing, participle = before[-2], before[-1]
    if participle.lower_ not in _DISPLAY_PARTICIPLES or thing.pos_ != "NOUN":
        return None
    if thing.lemma_.lower() not in _DISPLAYS:
        return None
    return Link(participle, mention_span(thing), DISPLAY_PARTICIPLE, True)


def colon(whole: Span, norm: str, lemmas: frozenset[str], forms: CueForms) -> Link | None:
    """The speaker of `X: "…"` / `X verb: "…"`: the clause's subject, else the name.
    `norm` is the document's text made plain, `lemmas` the cue verbs' lemmas, `forms`
    the forms of the cue words (a past tense the tagger read as a noun).

    A thing as the subject of a verb that reports nothing is no speaker when a name ends
    the clause (:func:`_thing_before_colon`): `The timing does not surprise pollster Ann
    Lee: "…"` is Lee's, named last before the colon."""
    doc = whole.doc
    before = [t for t in doc[max(0, whole.start - 30) : whole.start] if not t.is_space]
    if not before or before[-1].text != ":":
        return None
    mark = before[-1]
    clause = []
    for token in reversed(before[:-1]):
        if token.text in BREAKS or token.is_sent_end:
            break
        clause.append(token)
    named = _past_bracket(clause)
    bracketed, clause = len(named) < len(clause), named
    for token in clause:
        # `Doyle was blunt about the plan: "…"`: a copula with its complement speaks too
        # (not one asking `what`: `and what he said was this: "…"`)
        copula = (
            token.pos_ == "AUX"
            and any(c.dep_ in ("acomp", "attr") for c in token.children)
            and not any(c.tag_ in NOUN_RELATIVE_TAGS for c in token.children)
        )
        if token.pos_ == "VERB" or copula:
            # `Romney, the 2012 nominee, tweeted in response: "…"` parses `tweeted`
            # as a modifier of `Romney`
            # as `The 61-year-old posted on X: "…"` parses `posted` under `old`
            if _reduced_relative(token):
                continue
            subject = active_subject(token) or (
                token.head
                if token.dep_ == "acl"
                and (token.head.pos_ in NOMINAL or described_age(token.head) is not None)
                else None
            )
            if subject is not None and _placeholder_before_colon(token, subject, lemmas):
                return None
            if subject is not None and _thing_before_colon(token, subject, lemmas):
                last = clause[0]
                named = last if last.pos_ == "PROPN" and not _in_setting(last) else None
                if named is not None:
                    return Link(mark, mention_span(named), "colon:named-last", False)
            if subject is not None:
                return Link(token, mention_span(subject), "colon:verb", False)
    for token in clause:
        subject = active_subject(token) if token.pos_ == "AUX" else None
        if subject is not None and is_someone(subject):
            # `Margaret Doyle was blunt about the proposal: '…'`: the copula's
            # subject, not the topic standing before the colon
            return Link(token, mention_span(subject), "colon:subject", False)
    for token in clause:
        if _misread_cue(token, lemmas, forms):
            # `Demirci-Holt posts on X: "…"`, `Reuters reports: "…"`: a cue verb after a
            # name that the tagger read as a plural noun, not part of the name
            return Link(token, mention_span(doc[token.i - 1]), "colon:verb", False)
        subject = _noun_read_cue(token, lemmas)
        if subject is not None:
            return Link(token, mention_span(subject), "colon:noun-read-verb", False)
    # `Okafor on Council Cutting Its Budget: '…'`: a headline line naming who speaks,
    # then after `on` what about, whatever the topic's words hold
    words = clause[::-1]
    on = next((k for k, t in enumerate(words) if t.lower_ == "on"), 0)
    at_line_start = bool(words) and char_before(norm, words[0].idx, " \t") in "\n\r"
    if on and at_line_start and all(t.pos_ == "PROPN" for t in words[:on]):
        return Link(mark, doc[words[0].i : words[on - 1].i + 1], "colon", False)
    if words and _field_slug(words):
        return None
    # `On the injury: "…"` under a press conference's attribution is a topic line,
    # not a speaker's name
    if clause and clause[0].pos_ in ("PROPN", "NOUN") and clause[-1].lower_ not in _TOPICS:
        # the bracket's name hangs from the label's as an apposition: not the host
        host = clause[0] if bracketed else _adjunct_host(clause[0], clause)
        if host.lower_ in _TIMES and host.pos_ == "NOUN":
            # rule colon-time: `Then, later that month on Fox: "…"` says when, not who
            return None
        name = _name_before_role(words, host)
        if name is not None:
            return Link(mark, name, "colon:name-role", False)
        method = "colon:bracket" if bracketed else "colon"
        return Link(mark, mention_span(host), method, False)
    return None


#: The most words a bracket between a label's name and its colon holds: an affiliation
#: or a party tag (`(Barclays)`, `(R-Ohio)`, `(Eastmoor Capital Partners)`).
_BRACKET_WORDS = 5


def _field_slug(words: list[Token]) -> bool:
    """Rule colon-field: a script's slug or a form's field in capitals alone before a
    colon (`Dur 0'09". OUTCUE: "… fill a bucket."`, `VERDICT: "…"`), also after an
    article (`THE CLAIM: "…"`, a fact check's box), names what follows, not a voice; a
    single letter is a transcript's `Q` or `A`."""
    if len(words) == 2 and words[0].lower_ in FIELD_ARTICLES:
        words = words[1:]
    label = words[0]
    return (
        len(words) == 1 and len(label) > 1 and label.text.isupper() and is_field_label(label.text)
    )


def _past_bracket(clause: list[Token]) -> list[Token]:
    """Rule colon:bracket: a label's name with a bracket between it and the colon,
    `Ana Ruiz (Barclays): "…"`, `Rep. Tom Hale (R-Ohio): "…"`: the clause before the
    colon (``clause``, from the colon backwards) without the bracket, whose words say
    where the one named works or sits, not who speaks. The clause as it is when it does
    not end with a short bracket (:data:`_BRACKET_WORDS`) after some word."""
    if not clause or clause[0].text != ")":
        return clause
    opened = next((k for k, t in enumerate(clause) if t.text == "("), None)
    if opened is None or opened > _BRACKET_WORDS + 1 or opened + 1 >= len(clause):
        return clause
    return clause[opened + 1 :]


def _misread_cue(token: Token, lemmas: frozenset[str], forms: CueForms) -> bool:
    """Whether a word before a colon is a cue verb that the tagger took for a noun, right
    after who speaks: in the present tense read as a plural noun after a name (`posts`,
    `writes`, `emails`: lower case, tagged `NNS`, its lemma a cue's, `lemmas`, or a
    written message's, :data:`_COLON_VERBS`), or in the past read as a singular noun
    after a name or a description (`the 38-year-old joked: "…"`: a form of a cue verb,
    :meth:`~quotes.cue_forms.CueForms.verb_form`)."""
    if not token.is_lower or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    if token.tag_ == "NNS":
        lemma = token.lemma_.lower()
        return before.pos_ == "PROPN" and (lemma in lemmas or lemma in _COLON_VERBS)
    return (
        token.tag_ == "NN"
        and token.lower_.endswith("ed")
        and before.pos_ in ("PROPN", "NOUN", "ADJ")
        and forms.verb_form(token.lower_)
    )


def _past_bullet(words: list[Token]) -> list[Token]:
    """`words` without the bullets or dashes that open a list line (`•`, `-`,
    :data:`~quotes.normalise.BULLETS`)."""
    while words and words[0].text in BULLETS:
        words = words[1:]
    return words


def _noun_read_cue(token: Token, lemmas: frozenset[str]) -> Token | None:
    """The subject of a cue verb in the present tense that the tagger read as a plural
    noun after an apposition (`A reader, Tom Berg, 18, from Lundby, emails: "…"`): a
    lower-case `NNS` word whose lemma is a cue's (`lemmas`) or a written message's
    (:data:`_COLON_VERBS`) and that the parse gives a subject all the same."""
    lemma = token.lemma_.lower()
    if token.tag_ != "NNS" or not token.is_lower:
        return None
    if lemma not in lemmas and lemma not in _COLON_VERBS:
        return None
    return next((c for c in token.children if c.dep_ == "nsubj"), None)


def _name_before_role(words: list[Token], host: Token) -> Span | None:
    """The name that opens a list line `• Ana Ruiz, director general of the Ports Group:
    "…"` (``words``, in text order, up to the colon): the proper nouns before the first
    comma, when the word the colon line would name (``host``) stands after that comma,
    in the role, which the name holds."""
    words = _past_bullet(words)
    comma = next((k for k, t in enumerate(words) if t.text == ","), 0)
    if not comma or host.i <= words[comma].i:
        return None
    if not all(t.pos_ == "PROPN" or t.text in HYPHENS for t in words[:comma]):
        return None
    if not any(t.ent_type_ == "PERSON" for t in words[:comma]):
        return None
    return host.doc[words[0].i : words[comma - 1].i + 1]


def _placeholder_before_colon(verb: Token, subject: Token, lemmas: frozenset[str]) -> bool:
    """Rule colon-placeholder: whether the clause before a colon has for its subject an
    empty `it`, `this` or `that` of a verb that reports nothing, standing for the quote
    the colon announces (`Wait, it gets better: "…"`, `It was the stage itself: "…"`),
    so that the clause names no one who speaks it."""
    return verb.lemma_.lower() not in lemmas and subject.lower_ in _PLACEHOLDERS


#: Links of a noun that another word of the clause governs (an object, a preposition's).
_GOVERNED = frozenset({"dobj", "pobj", "dative", "oprd"})


def _reduced_relative(verb: Token) -> bool:
    """Rule participle-on-an-object: a participle after an object or a preposition's
    noun is a relative clause cut short, not the verb of the colon's clause: `The
    ministry sent a text message to every phone registered in the district: "…"` is the
    ministry's, not the phones' (`The 61-year-old posted on X:`, the participle on the
    clause's subject, speaks); so is the verb of a relative clause set off by commas
    whose subject is no relative pronoun (`Ruth Osei, whose riding includes St. Aubin,
    posted on X: "…"`; `Mattia Foletti, who led the no campaign: "…"` is his)."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.dep_ in _GOVERNED:
        return True
    start = verb.left_edge.i
    subject = active_subject(verb) if verb.dep_ == "relcl" else None
    return (
        subject is not None
        and subject.tag_ not in NOUN_RELATIVE_TAGS
        and start > 0
        and verb.doc[start - 1].text == ","
    )


def _thing_before_colon(verb: Token, subject: Token, lemmas: frozenset[str]) -> bool:
    """Whether the clause before a colon is about a thing, not someone speaking: its verb
    is no cue and its subject is a common noun no one (`The timing of the surge does not
    surprise pollster Ann Lee:`, `Estimates of turnout are unreliable - Pew Research:`),
    where the one quoted is named last, before the colon; but not a name that says
    where or when (:func:`_in_setting`)."""
    return (
        verb.lemma_.lower() not in lemmas
        and subject.pos_ == "NOUN"
        and subject.ent_type_ != "PERSON"
        and subject.lower_ not in TITLES
    )


def _in_setting(name: Token) -> bool:
    """Rule named-in-setting: whether a name is the object of a preposition of where or
    when (:data:`_SETTING_PREPOSITIONS`): in `a familiar voice mocked the victims on
    Twitter:` or `… gave the idea a whirl in an interview on Tuesday:` the name says where
    or when, not who speaks, so the clause's subject does (:func:`colon`); in `caught the
    eye of Inspector Ravi Bose:` the inspector speaks."""
    return name.dep_ == "pobj" and name.head.lower_ in _SETTING_PREPOSITIONS


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
