"""Rows that the statements scope gives in another shape than `--scope all` does.

PolNeAR annotates some attributions as one span where a fact-checker lists other rows
(see the guideline in `fixtures/factcheck/README.md`). The engine keeps the PolNeAR row
in `all` and, for the statements scope, gives the rows a fact-checker would publish in
its place, each by a named rule (the first three, the quoted words alone, in
:mod:`quotes.quoted_fragments`):

- `quoted-as`: a stance verb with an object and `as` before a whole quotation (`She
  described the plan as "a tax on the young"`): PolNeAR's row is mixed, from the object
  to the closing mark; the statement is the quoted words alone, a direct fragment.
- `quoted-judgement`: a naming verb with an object and then whole quotations that say
  what the object is (`He called the sale "a fire sale of the family silver"`): as
  for `quoted-as`, the quoted words alone, one direct row per quotation.
- `quoted-charge`: a charging verb with the charge's words quoted after its preposition
  (`accused management of "running the ward like a car park"`, `accused the council of
  trying to sell the park "by the back door"`): PolNeAR's row is mixed, from the object
  on; the statement is the quoted words alone, a direct fragment.
- `naming-marks`: a mixed row whose only quotation marks hold a nickname inside a name
  or the title of a work (`The author said "Winter Gardens" would be her last book`):
  those marks name, they do not quote, so the statement is indirect.
- `quote-paragraph`: a quotation that runs over paragraphs, each new one opening with a
  mark and only the last closing (`She said:` ¶ `"…` ¶ `"…"`): one span in PolNeAR and
  LitBank, one direct row per paragraph here.
- `backshifted-conjunct`: a conjunct in a tense of reported speech that the parser hung
  on the reporting verb (`said the account was accurate and had been checked by
  lawyers`): the engine's clause ends before `and`; the statement goes on over it.
- `relative-aside`: a reported clause that ends in a noun with a relative clause set
  off by a comma (`said the recall covers heaters sold since 2023, which can tip
  over`): the engine's clause ends at the comma, as PolNeAR's spans do; what the
  speaker said of the noun goes on to the end of the relative clause.

Each form keeps the row's speaker and cue; its method names the rule, with the speaker
pattern of the row it comes from (`quoted-as:subject`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from quotes.appeals import appeal_only
from quotes.cue_classes import cue_class
from quotes.cue_words import cue_lemmas
from quotes.form_rows import Form, form_method
from quotes.found import MARKS, Found, char_tokens
from quotes.instructions import notice_instruction
from quotes.language import word_list
from quotes.quoted_fragments import quoted_as, quoted_charge, quoted_judgement
from quotes.titles import is_title

#: A line break before a paragraph that opens with a quotation mark: the next paragraph
#: of a quotation that runs on (`…a hospital menu.` ¶ `"He used to say …`).
_REOPENED = re.compile(r"\n\s*(?=[\"“‘'«])")
#: Spaces around a paragraph's piece of a quotation.
_SPACES = " \t\n"


def statement_forms(found: Found, text: str, doc: Doc) -> list[Form] | None:
    """The rows the statements scope gives for `found` instead of its own, or None when
    it keeps the row as it is."""
    return (
        quoted_as(found, text, doc)
        or quoted_judgement(found, text, doc)
        or quoted_charge(found, text, doc)
        or naming_marks(found, text, doc)
        or quote_paragraphs(found, text, doc)
        or with_backshifted_conjunct(found, text, doc)
        or with_relative_aside(found, text, doc)
    )


#: Auxiliaries of a verb in the tenses reported speech shifts back to: `had checked`,
#: `would work`, `could not`.
_BACKSHIFTED = word_list("backshift-auxiliaries")


def with_backshifted_conjunct(found: Found, text: str, doc: Doc) -> list[Form] | None:
    """A reported clause that goes on over a conjunct the parser hung on the reporting
    verb, when the conjunct is in a tense of reported speech (a past perfect, `would`,
    `could`) and is no cue: `The firm said the account was accurate and had been checked
    by lawyers`, `She said the kitchen passed 40C and she had asked for a fan`, `… said
    the company "welcomes scrutiny" and would work with the committee`. The speaker's own
    next act is in the reporting verb's tense (`said the plan would fail and left`), and
    a cue is a statement of its own (`said … and added that …`), but for a thought in
    the past perfect (:func:`_thought_had`)."""
    cue = found.cue
    if found.type == "direct" or cue is None or cue_class(cue) not in _SAID:
        return None
    content = char_tokens(doc, found.start, found.end)
    if content is None:
        return None
    for conjunct in cue.rights:
        if conjunct.dep_ != "conj" or conjunct.i < content.end:
            continue
        between = doc[content.end : conjunct.left_edge.i]
        if (
            (conjunct.lemma_.lower() in cue_lemmas() and not _thought_had(conjunct))
            or not any(t.dep_ == "cc" for t in between)
            or not all(t.dep_ in ("cc", "punct") for t in between)
            or not any(
                c.dep_ in ("aux", "auxpass") and c.lower_ in _BACKSHIFTED and c.i < conjunct.i
                for c in conjunct.children
            )
        ):
            return None
        return _run_on(found, conjunct, "backshifted-conjunct")
    return None


def _thought_had(conjunct: Token) -> bool:
    """Rule backshifted-thought: whether a conjunct cue is a thought in the past perfect
    (`had thought`, `had assumed`), which after `said` is more of what the speaker said of
    that time, not a second statement: `Moloney said he had heard shouting "around half
    eleven" but had thought it was teenagers`."""
    return cue_class(conjunct) == "thought" and any(
        c.dep_ == "aux" and c.lower_ == "had" and c.i < conjunct.i for c in conjunct.children
    )


#: Cue classes of what is said or thought, whose clause a relative aside may go on.
_SAID = frozenset({"speech", "thought"})


def with_relative_aside(found: Found, text: str, doc: Doc) -> list[Form] | None:
    """A reported clause that goes on over a relative clause a comma sets off after one of
    its nouns, to the end of that relative clause: `The board said the recall covers
    heaters sold since 2023, which can tip over` (`all` ends at `2023`, as PolNeAR's
    spans do: see :func:`quotes.clause_bounds.clause_end`). The relative clause tells
    more of what the speaker said of that noun. Not a writer's comment on the whole
    clause, `which` with the verb `be` (`…, which is no surprise`)."""
    if found.type == "direct" or found.cue is None or cue_class(found.cue) not in _SAID:
        return None
    after = _RELATIVE_ASIDE.match(text, found.end)
    content = char_tokens(doc, found.start, found.end)
    if after is None or content is None:
        return None
    word = char_tokens(doc, after.start("word"), after.end("word"))
    if word is None:
        return None
    relative = word[0].head
    if (
        relative.dep_ != "relcl"
        or not content.start <= relative.head.i < content.end
        or (relative.lemma_ == "be" and word[0].lower_ == "which")
        or word[0].i < found.cue.i <= relative.right_edge.i
    ):
        return None
    return _run_on(found, relative, "relative-aside")


def _run_on(found: Found, head: Token, rule: str) -> list[Form]:
    """`found` gone on to the last word of what `head` heads (closing punctuation and a
    paragraph's line break left out), as the one form of `rule`."""
    end = head.right_edge
    while (end.is_punct or end.is_space) and end.i > head.i:
        end = head.doc[end.i - 1]
    return [Form(found.type, found.start, end.idx + len(end), form_method(rule, found.method))]


#: A relative word after the comma that ends a reported clause: `…, which can tip over`.
_RELATIVE_ASIDE = re.compile(r",\s+(?P<word>which|who|whose)\b")


def naming_marks(found: Found, text: str, doc: Doc) -> list[Form] | None:
    """The row as indirect when its only quotation marks name, not quote: a nickname
    inside a name (`Maria "Tiny" Oduya had retired from the ring, her promoter said`) or
    the title of a work (`The author said "Winter Gardens" would be her last book`, `He
    admits he nearly turned "The Long Road" down`). PolNeAR's row is mixed; the
    statement holds none of the speaker's words in quotation marks."""
    content = char_tokens(doc, found.start, found.end)
    if found.type != "mixed" or content is None:
        return None
    marks = [t for t in content if t.is_quote]
    if not marks or len(marks) % 2:
        return None
    for opening, closing in zip(marks[::2], marks[1::2], strict=True):
        words = doc[opening.i + 1 : closing.i]
        if not (_work_title(words, text) or _nickname(opening, closing)):
            return None
    return [Form("indirect", found.start, found.end, form_method("naming-marks", found.method))]


def _work_title(words: Span, text: str) -> bool:
    """Whether quoted words are the title of a work: a name in capitals (:func:`is_title`)
    that is a noun phrase (`"The Long Road"`), not speech in capitals (`"Totally
    Unacceptable"`)."""
    if not len(words) or not is_title(text[words.start_char : words.end_char]):
        return False
    return any(t.pos_ in ("NOUN", "PROPN", "NUM") for t in words if t.head not in words)


def _nickname(opening: Token, closing: Token) -> bool:
    """Whether quotation marks hold a nickname inside a name: a name's word on each side
    (`Maria "Tiny" Oduya`, `Ezekiel "Zeke" Mensah`)."""
    doc = opening.doc
    return (
        opening.i > 0
        and closing.i + 1 < len(doc)
        and doc[opening.i - 1].pos_ == "PROPN"
        and doc[closing.i + 1].pos_ == "PROPN"
        and doc[closing.i + 1].is_title
    )


def quote_paragraphs(found: Found, text: str, doc: Doc) -> list[Form] | None:
    """One direct row per paragraph of a quotation that runs over several, each new one
    opening with a mark (`"Dad never stopped drawing boats.` ¶ `"He used to say …"`),
    without the marks; None for a quotation in one paragraph or a line broken inside one
    (a hard-wrapped text's line breaks open no mark). A paragraph of a document's orders
    to its readers is none (:func:`_orders`)."""
    if found.type != "direct" or "\n" not in text[found.start : found.end]:
        return None
    cuts = [m.start() for m in _REOPENED.finditer(text, found.start, found.end)]
    if not cuts:
        return None
    forms = []
    method = form_method("quote-paragraph", found.method)
    for start, end in zip([found.start, *cuts], [*cuts, found.end], strict=True):
        piece = text[start:end]
        start += len(piece) - len(piece.lstrip(_SPACES))
        if text[start : start + 1] in MARKS and start > found.start:
            start += 1  # the mark that opens the next paragraph
        end -= len(piece) - len(piece.rstrip(_SPACES))
        if start < end:
            forms.append(Form("direct", start, end, method))
    if len(forms) < 2:
        return None
    # rule quoted-appeal: a statement's last paragraph that only appeals for information
    # (`"Anyone with information is asked to call …"`) is the appeal, an act, no row
    return [
        f
        for f in forms
        if not appeal_only(text[f.start : f.end]) and not _orders(found, f, doc)
    ]


def _orders(found: Found, form: Form, doc: Doc) -> bool:
    """Rule paragraph-orders: whether a paragraph of a document quoted in part (`It reads
    in part:` ¶ `"…` ¶ `"Do not store water in open tanks."`) is only its orders to the
    ones who read it (:func:`quotes.instructions.notice_instruction`): no claim, while
    the paragraphs of fact around it stay its maker's rows."""
    words = char_tokens(doc, form.start, form.end)
    return words is not None and notice_instruction(words, found.speaker)
