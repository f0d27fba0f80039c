"""A person's name set off by commas beside a described subject, read from the words
where the parse missed the apposition: `The rapporteur, Senator Ana dos Santos, told …`,
`Gary Odell-Mensah, the union's convenor at the site, said …`, `"…," called the
auctioneer, Ebo Mensah-Clarke, as …`, a name written family name first (`Lam Ka-wing,
chief executive of the bank, said …`); never beside a body's description (rule
set-off-no-body).

A step of the resolver (:meth:`quotes.speakers.SpeakerResolver.resolve`) beside the
shapes of :mod:`quotes.appositions`, which read the apposition the parse found; split
out of it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotes.language import word_list
from quotes.name_keys import PARTICLES, PATRONYMIC_SUFFIXES, family_name_first
from quotes.name_spans import TITLES, inner_hyphen
from quotes.source_words import COMPANY_WORDS

#: Lower-case words inside or closing a person's name: particles (`dos`, `van der`) and
#: patronymic words (`uulu`, `kyzy`).
_NAME_LOWER_WORDS = PARTICLES | PATRONYMIC_SUFFIXES
#: Words that describe a body, never a person (`the union`, `the company`), which a
#: name set off before them is no apposition of.
_BODY_WORDS = word_list("organisation-kinds") | COMPANY_WORDS


#: How many words a role may run on after a described speaker's mention before the comma
#: that sets off a name (`the Ranking Member on the Lands Committee, Hon. …`).
_ROLE_TAIL = 8


def name_set_off(mention: Span) -> Span | None:
    """A person's name set off by commas beside a described subject, read from the words
    when the parse missed the apposition: after it (`The rapporteur, Senator Ana dos
    Santos, told …`, where the parser made `dos` a verb; `Our GP, Dr Ann Rao-Bell, wrote
    …`, `GP` tagged a proper noun; `The ranking member, Rep. Dale Kerr (R-Ohio), said …`)
    or after a second phrase set off after it (`The chair of the trust, the body behind
    the bid, Mòrag Nic Dhòmhnaill, told …`), or before it (`Gary Odell-Mensah, the
    union's convenor at the site, said …`, `Tomás
    Ibarra, 34, a line cook, said …`), or after a speaker that follows its cue (`"…,"
    called the auctioneer, Ebo Mensah-Clarke, as …`, the parse may make the speaker
    the cue's object). The name is a person's (the tagger's PERSON at one
    of its words) and stands between the subject and its verb, or before the subject at
    the start of the clause, unless that subject describes a body (rule set-off-no-body:
    `In a letter signed by its chairman, Abel Norquist, the union said …`); None
    elsewhere."""
    head = mention.root
    doc = mention.doc
    if head.dep_ not in ("nsubj", "dobj") or head.pos_ not in ("NOUN", "PROPN"):
        return None
    if head.ent_type_ == "PERSON" and not head.is_upper:  # a name, not a role (`GP`)
        return None
    verb = head.head
    if verb.i < head.i and mention.end < len(doc) and doc[mention.end].text == ",":
        # `"…," called the auctioneer, Ebo Mensah-Clarke, as …`: a cue before its
        # speaker, the name set off after it (rule inverted-set-off)
        after = _name_run(doc, mention.end + 1, 1)
        if after is not None and after.end < len(doc) and doc[after.end].text in (",", "."):
            return after
    if head.dep_ != "nsubj":
        return None
    # the name after the first comma, or after a second phrase set off before it (`The
    # chair of the trust, the body behind the bid, Mòrag Nic Dhòmhnaill (Morag
    # MacDonald), told …`)
    start = mention.end
    for _ in range(2):
        window = doc[start : min(verb.i, start + _ROLE_TAIL)]
        comma = next((t.i for t in window if t.text == ","), None)
        if comma is None or any(t.pos_ in ("VERB", "AUX") for t in doc[mention.end : comma]):
            break
        after = _name_run(doc, comma + 1, 1)
        if after is not None and after.end < verb.i and doc[after.end].text in (",", "("):
            return after
        start = comma + 1
    if head.lower_ in _BODY_WORDS:
        # rule set-off-no-body: a body's description takes no name set off before it,
        # which ends another phrase (`In a letter signed by its chairman, Abel Norquist,
        # the union said …` is the union's)
        return None
    before = mention.start - 1
    if before > 2 and doc[before].text == "," and doc[before - 1].like_num:
        before -= 2  # `Tomás Ibarra, 34, a line cook`: the age after the name
    if before < 1 or doc[before].text != ",":
        return None
    name = _name_run(doc, before - 1, -1) or _family_first_before(doc, before)
    opens = name is not None and (
        name.start == doc[name.start].sent.start or doc[name.start - 1].is_punct
    )
    if (
        opens
        and name.root.dep_ == "appos"
        and name.root.head.i < name.start
        and doc[verb.i - 1].text != ","
    ):
        # rule opener-name-no-subject's: `In a statement read by the family's solicitor,
        # Tamsin Hocking, his widow said …`: the name is set off on the opener's noun,
        # and the subject runs on to its verb (unlike `In a message to Clinton, Tanden,
        # head of the centre, recounted …`, a description set off after the name)
        return None
    return name if opens else None


def _name_run(doc: Doc, at: int, step: int) -> Span | None:
    """The run of a name's words from token `at` on (`step` 1) or back (`step` -1): words
    that open with a capital, particles and tight hyphens between them, titles before
    them left out, a patronymic word after them kept (`, Nurbek Toktogul uulu,`); None
    when it holds no word the tagger gives a PERSON."""
    def part(token: Token) -> bool:
        return (
            token.text[:1].isupper() and not token.is_punct and token.lower_ not in TITLES
        ) or inner_hyphen(token) or (token.is_lower and token.lower_ in _NAME_LOWER_WORDS)

    if step == 1:
        at = _past_titles(doc, at)
    if not 0 <= at < len(doc) or not part(doc[at]):
        return None
    ends = [at, at]
    while 0 <= ends[1] < len(doc) and part(doc[ends[1]]):
        ends[1] += step
    start, end = sorted((ends[0], ends[1] - step))
    end += 1
    if step == -1:
        while start < end and doc[start].lower_ in TITLES:
            start += 1
    last = doc[end - 1]
    if (
        start >= end
        or not doc[start].text[:1].isupper()
        or not (last.text[:1].isupper() or last.lower_ in PATRONYMIC_SUFFIXES)
    ):
        return None
    span = doc[start:end]
    return span if any(t.ent_type_ == "PERSON" for t in span) else None


def _past_titles(doc: Doc, at: int) -> int:
    """Where a name set off after a comma at token `at` opens: past its titles, a note
    in brackets on a title (rule title-note: `The inquiry's chair, Justice (Rtd) Ama
    Boateng, said …`, a retired judge) and an apostrophe glued to its first word (rule
    apostrophe-name: `'Mamello Ntsane`, a Sesotho given name the tokenizer splits)."""
    # Shape: , Title [(Note)] ['Given] Surname ,
    titled = False
    while at < len(doc) and doc[at].lower_ in TITLES:
        at += 1
        titled = True
        if at + 2 < len(doc) and doc[at].text == "(" and doc[at + 2].text == ")":
            at += 3
    if (
        not titled
        and at + 1 < len(doc)
        and doc[at].text in _APOSTROPHES
        and not doc[at].whitespace_
        and doc[at + 1].is_title
    ):
        at += 1
    return at


#: Apostrophes that may open a name (`'Mamello`).
_APOSTROPHES = ("'", "’")


def _family_first_before(doc: Doc, comma: int) -> Span | None:
    """The name written family name first with a hyphened given name of two syllables
    that ends right before the comma at `comma` (`Lam Ka-wing, chief executive of the
    bank, said …`, `Chan Tai-man, a driver, said …`): the tagger reads the syllables as
    common nouns and gives no PERSON, so :func:`_name_run` misses it; the family name and
    the syllables are read from the lists (:func:`quotes.name_keys.family_name_first`)."""
    start = comma - 4
    if start < 0 or not inner_hyphen(doc[comma - 2]):
        return None
    given = doc[comma - 3].text + "-" + doc[comma - 1].text
    if family_name_first([doc[start].text, given]):
        return doc[start:comma]
    return None
