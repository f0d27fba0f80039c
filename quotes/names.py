"""Find the people a document names, by rule, where no statistical NER has run.

Speaker resolution needs to know which proper names are people (`he` points to a
person, not to NATO). The statistical entity recogniser costs about half of the
small English pipeline's time, so the engine runs without it and marks people with
these rules instead: a run of proper nouns is a person when a title stands before it
(`President Zelensky`), when it starts with a common given name (`Jens Stoltenberg`),
or when it is the subject of a speech verb (`Viguerie notes`); a lone surname counts
once the fuller name has been seen. The runs themselves come from
:mod:`quotes.proper_runs`.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from quotes.acronym_names import acronym_name
from quotes.cue_words import cue_lemmas
from quotes.doc_memo import span_text
from quotes.forced_capitals import opening_word
from quotes.foreign_body_names import foreign_join_before
from quotes.genders import gender_of_given, is_given_name
from quotes.given_alone import KEY as GIVEN_ALONE_KEY
from quotes.given_alone import opened_by_lone_given
from quotes.known_words import CommonWords, Words
from quotes.language import word_list
from quotes.lone_surnames import named_by_lone_surname
from quotes.mentions import continues_name, in_slashed_legal_form, name_head
from quotes.name_joins import short_given_name
from quotes.name_keys import PARTICLES, family_name_first
from quotes.name_marks import aged, firm_possessive, indefinite, one_name, regnal, second_half
from quotes.name_spans import TITLES, before_gloss, name_tokens
from quotes.name_starts import holds_portfolio, is_given, is_initial
from quotes.nationalities import is_nation_name
from quotes.normalise import HYPHENS
from quotes.proper_runs import proper_runs
from quotes.role_words import ROLE_NOUNS, SOURCE_NOUNS
from quotes.source_words import BODY_ENDS, BODY_HEADS, BUSINESS_ENDS, legal_form

#: The span group of the words that open a sentence right before a person's name without
#: being part of it (`Notice` in `Notice Trump sniffing …`), set here (:class:`PersonNames`)
#: so that no later step glues them back (:func:`quotes.written_names.proper_name`).
GLUED_KEY = "glued_words"
#: Organisation kinds (`council`, `hospital`): before a run of proper nouns they make it
#: a body's name, after it no description of a person; a description may name one.
ORG_KINDS = word_list("organisation-kinds")
#: Words meaning `son of` or `daughter of` inside a person's name (`ap`, `bin`).
_PATRONYMIC = word_list("patronymic-particles")
#: Words for a kin group or clan (`Mataqali`, `Iwi`), no person's name.
_KIN_GROUPS = word_list("kin-group-words")
#: Prepositions after which a name is a place's (`Ana Ruiz in Wellow Cross, who …`).
_PLACE_PREPOSITIONS = word_list("place-prepositions") | word_list("origin-prepositions")
#: Nouns before a name set off after them that make it a person's: roles, interpreters
#: (`the interpreter, Deniz Aksoy, stopped`) and the nouns for the people a story quotes
#: unnamed but no body's kind (rule source-set-off-name: `A neighbour, Rafiqul Ahmed,
#: said`, a name whose given name no list holds).
_SET_OFF_ROLES = ROLE_NOUNS | word_list("interpreters") | (SOURCE_NOUNS - ORG_KINDS)
#: Nouns that name a person's office with `of` after them (`the head of …`).
_SET_OFF_OFFICES = word_list("set-off-offices")
#: Words for a day (`Sunday`), also given names: alone, a day, no person (rule
#: day-no-person), unless the text says it is one's only name.
_DAYS = word_list("day-words")


class PersonNames:
    """The `person_names` component: sets `doc.ents` to the people found by
    :func:`person_spans`, unless NER already ran, and `doc.spans[GLUED_KEY]` to the
    opening words cut off them; knows the model's common words."""

    def __init__(self, nlp: Language) -> None:
        self.common = CommonWords(nlp)

    def __call__(self, doc: Doc) -> Doc:
        if not doc.has_annotation("ENT_IOB"):
            words = Words(doc)
            people = person_spans(doc, self.common, words)
            doc.ents = people
            doc.spans[GLUED_KEY] = [
                doc[p.start - 1 : p.start]
                for p in people
                if p.start and doc[p.start - 1].pos_ == "PROPN"
                and opening_word(doc[p.start - 1], self.common, words)
            ]
        return doc


@Language.factory("person_names")
def make_person_names(nlp: Language, name: str) -> PersonNames:
    """The `person_names` component for `nlp` (see :class:`PersonNames`)."""
    return PersonNames(nlp)


def person_spans(
    doc: Doc, common: CommonWords | None = None, words: Words | None = None
) -> list[Span]:
    """Spans labelled PERSON for the proper-noun runs that name people; `common` tells
    the common words that open a sentence before a name without being part of it;
    `words` are the doc's :class:`Words`, when the caller has them. The full names the
    text calls by their opening words alone go to `doc.spans[GIVEN_ALONE_KEY]`
    (:func:`~quotes.given_alone.opened_by_lone_given`)."""
    common = common or CommonWords()
    runs = proper_runs(doc, common, words or Words(doc))
    # each run's name words, read once for every test below
    names = {(run.start, run.end): name_tokens(run) for run in runs}
    opened = opened_by_lone_given(runs, names, common)
    doc.spans[GIVEN_ALONE_KEY] = opened
    named = {
        (run.start, run.end)
        for run in runs
        if (
            not participle_opener(run[0], common)
            and not possessed_body(run, common)
            and _is_person(run, names[run.start, run.end])
        )
        or _double_barrelled(run, common, names[run.start, run.end])
    } | named_by_lone_surname(runs, names, common) | {(run.start, run.end) for run in opened}
    runs = _unglued(runs, named)
    people = [run for run in runs if (run.start, run.end) in named]
    surnames = {tokens[-1].lower_ for p in people if (tokens := names[p.start, p.end])}
    people += [
        run
        for run in runs
        if (run.start, run.end) not in named
        and (tokens := names[run.start, run.end])
        and tokens[-1].lower_ in surnames
    ]
    return sorted(
        (Span(doc, run.start, run.end, label="PERSON") for run in people),
        key=lambda span: span.start,
    )


def _kind_last(tokens: list[Token]) -> bool:
    """Whether words end in a capitalised kind of body (`Observatory`)."""
    return bool(tokens) and tokens[-1].is_title and tokens[-1].lower_ in ORG_KINDS


def participle_opener(word: Token, common: CommonWords) -> bool:
    """Rule participle-opener-no-name: whether a capitalised word is a participle that
    opens its sentence set off by a comma, a verb's `-ing` form (`Responding, Transport
    Minister Ana Ruiz said that …`), which the tagger may read as a proper noun and the
    parser as the cue's subject; no name (not `Fleming, the captain, …`)."""
    doc = word.doc
    return (
        word.is_sent_start is True
        and word.lower_.endswith("ing")
        and word.i + 1 < len(doc)
        and doc[word.i + 1].text == ","
        and common.participle(word.lower_)
    )


def possessed_body(run: Span, common: CommonWords) -> bool:
    """Rule possessive-in-body-name: whether a run is the rest of a body's name that
    holds a possessive, cut at its mark: right after a capitalised word's `'s` or `'`
    (`the Chatsworth Residents' Forum said …`, `St Aidan's Primary School said …`), its
    first word a common word, its last a body's head word (:data:`BODY_HEADS`) and no
    word of it a given name. A person's name after a possessive has a given name or a
    surname for its last word (`Google's Sundar Pichai`, `the paper's Political Editor
    Tom Reed`), so the run is no person, and the mention reads the words before the
    mark into the name."""
    doc = run.doc
    return (
        run.start >= 2
        and doc[run.start - 1].tag_ == "POS"
        and doc[run.start - 2].text[:1].isupper()
        and run[0].lower_ in common
        and run[-1].lower_ in BODY_HEADS
        and not any(is_given_name(word.text) for word in run)
    )


def _unglued(runs: list[Span], named: set[tuple[int, int]]) -> list[Span]:
    """The runs without those that glue a body's name to a person's: after `the`, a run
    whose last word is a name the text also uses alone for a person (`the Washington
    Post Trump said`, when `Trump said` is in the text). A person's name takes no
    article, so the words before were the body's; the run is no person's full name,
    and the person is found by the other mentions (a surname resolves to them). `named`
    holds the `(start, end)` of the runs :func:`_is_person` takes for people."""
    alone = {run[0].lower_ for run in runs if len(run) == 1 and not _after_article(run)
             and (run.start, run.end) in named}
    return [
        run for run in runs
        if not (len(run) >= 2 and _after_article(run) and run[-1].lower_ in alone
                and not is_given(run[0]))
    ]


def _after_article(run: Span) -> bool:
    """Whether the word before a run is the definite article (`the Washington Post`)."""
    return run.start > 0 and run.doc[run.start - 1].lower_ == "the"


def _body_after_adjective(run: Span) -> bool:
    """Whether a run is a body's name whose first word, a capitalised adjective, the
    tagger left out of it: `the` and that adjective before a run that ends in a kind of
    organisation (`The Indonesian Badminton Federation said …`, `the Scottish Rowing
    Federation`). The run is then no person, even when it speaks; `the Brazilian Neymar`
    keeps its person, as no kind word ends it."""
    doc = run.doc
    at = run.start - 1
    return (
        at > 0
        and run[-1].lower_ in ORG_KINDS
        and doc[at].tag_ == "JJ"
        and doc[at].is_title
        and doc[at - 1].lower_ == "the"
    )


def _article_before(first: Token) -> bool:
    """Whether `the` stands right before a name's first word, as before a paper's or a
    body's name (`the Morning Sentinel`, `the Grace Foundation`, `the Hudson Institute
    said`) and hardly ever before a person's: the name is then no person's, even when
    its first word is a given name or it speaks."""
    return first.i > 0 and first.doc[first.i - 1].lower_ == "the"


def _double_barrelled(
    run: Span, common: CommonWords, tokens: list[Token] | None = None
) -> bool:
    """Whether a run is a given name the lists lack and a double-barrelled surname:
    `Morag Quigley-Baird`, `Lowenna Tregear-Mbeki` (one capitalised word that is no
    common word, title or organisation's kind, then two name-cased parts joined by a
    hyphen, one of them may open with an elided particle: `Clémence N'Diaye-Rousseau`);
    not `Air France-KLM` (a common word first, a part in capitals). `tokens` are the
    run's :func:`name_tokens`, when the caller has them."""
    tokens = name_tokens(run) if tokens is None else tokens
    if len(tokens) != 4 or tokens[2].text not in HYPHENS or _article_before(tokens[0]):
        return False
    first, parts = tokens[0], (tokens[1], tokens[3])
    before = run.doc[run.start - 1] if run.start else None
    return (
        first.is_alpha
        and first.is_title
        and first.lower_ not in common
        and first.lower_ not in TITLES
        and (before is None or before.lower_ not in ORG_KINDS)
        and all(_letters(part) and part.text[:1].isupper() and not part.is_upper for part in parts)
        and not any(part.lower_ in ORG_KINDS for part in parts)
    )


def _letters(part: Token) -> bool:
    """Whether a part of a surname is letters, with an apostrophe after an elided
    particle (`N'Diaye` in `Clémence N'Diaye-Rousseau`, `O'Brien`)."""
    text = part.text
    return part.is_alpha or (len(text) > 2 and text[1] in "'’" and (text[0] + text[2:]).isalpha())


def _who_after(run: Span) -> bool:
    """Whether `, who` follows a name, as it follows a person's (rule who-person:
    `Leināʻala Kahale, who sailed with him to Rarotonga, was his best student`). Not a
    name whose last word is a kind of organisation, nor one whose `who` may belong to a
    noun or name before it: the object of a preposition (`Ana Ruiz in Wellow Cross, who
    writes …`, `the director of the Harbour Trust, who …`) or a party or body set off
    after a name (`Ana Ruiz, Lega dei Ticinesi, who led …`). Read from the words, which
    may be left unparsed (`in`, `of` and `from` are known without a parse)."""
    doc = run.doc
    before = doc[run.start - 1] if run.start else None
    return (
        run.end + 1 < len(doc)
        and doc[run.end].text == ","
        and doc[run.end + 1].lower_ == "who"
        and run[-1].lower_ not in ORG_KINDS
        and not (
            before is not None and (before.pos_ == "ADP" or before.lower_ in _PLACE_PREPOSITIONS)
        )
        and not (
            before is not None and before.text == "," and run.start > 1
            and doc[run.start - 2].is_title
        )
    )


def _is_person(run: Span, tokens: list[Token] | None = None) -> bool:
    """A title or a role noun before it, a given name first (from the hand list or the
    SSA counts: `Karine Dubois`; one of either sex before another: `Casey Darnell
    Hobbs`), set off after a title or role noun (`Her lawyer, Tam Ní Bhriain,`), a
    description in apposition after it that is no kind of organisation (`Guðrún
    Sigurðardóttir, an engineer`), an age (:func:`aged`), a word meaning `son of` or
    `daughter of` between its words (`Llinos ap Gwilym`, :data:`_PATRONYMIC`), a name
    the text says is one's only name (:func:`one_name`), or a speaker of a speech verb;
    never a country's name of two words or more (`Sri Lanka`, though `Sri` opens given
    names), a kin group's word (`Mataqali`, :data:`_KIN_GROUPS`), a name after `the`
    (:func:`_article_before`) nor one with `a` (`a silver Volkswagen Passat`). `tokens`
    are the run's :func:`name_tokens`, when the caller has them."""
    tokens = name_tokens(run) if tokens is None else tokens
    words = [t for t in tokens if (t.is_title or t.is_upper) and not is_initial(t)
             and not regnal(t) and not second_half(t)]
    if not tokens or len(words) > 4 or _article_before(tokens[0]) or _body_after_adjective(run):
        return False
    if tokens[-1].lower_ in _KIN_GROUPS:
        return False  # rule kin-group-no-person: `the Turaga ni Mataqali … told`
    if len(tokens) >= 2 and is_nation_name(" ".join(t.text for t in tokens)):
        return False  # rule nation-no-person: `Sri Lanka said …`, whatever `Sri` opens
    at = before_gloss(run.doc, run.start)  # `Wethouder (alderman) Joost …`
    before = run.doc[at] if at >= 0 else None
    if before is not None and before.lower_ in ORG_KINDS:
        return False  # `the aid group Mountain Relief`
    if indefinite(run):
        return False  # `a silver Volkswagen Passat approached`: a thing of a make
    if acronym_name(tokens[-1]) is not None:
        return False  # `Norland Radio and Television (NRT) said …`: a body's name
    if len(tokens[0].text) > 1 and tokens[0].is_upper and _kind_last(tokens[1:]):
        return False  # rule acronym-kind-body: `The Joint ALMA Observatory said`, no Alma
    if foreign_join_before(run.doc, run.start) is not None:
        return False  # rule foreign-joined-body: `Instituut voor Zorgbeoordeling found …`
    if firm_possessive(run):
        return False  # rule possessive-firm-name: `Macy's said …`, a firm, no `Macy`
    if legal_form(tokens[-1].text) or in_slashed_legal_form(tokens[-1]):
        return False  # `Kaskada Sport Ltd said …`, `(Pty) Ltd said …`, `P/F said`: a company
    if before is not None and before.lower_ in TITLES and tokens[-1].lower_ in ORG_KINDS:
        # rule title-before-body-kind: `the Justice Ministry said`, `Justice Department
        # figures`: a title word heading a body's name, no judge called Ministry
        return False
    if len(tokens) == 1 and tokens[0].lower_ in _DAYS and not one_name(run):
        return False  # rule day-no-person: `miss Sunday's game`, a day, whatever precedes it
    if before is not None and (
        (before.lower_ in TITLES and not (before.is_lower and before.pos_ == "VERB"))
        or (before.pos_ == "NOUN" and before.is_lower and len(tokens) > 1)
        or (before.lower_ in ROLE_NOUNS and before.is_lower and len(tokens) > 1)
    ):
        # `skipper Dagur Sunnuson was at work`: a role noun, which a sentence left
        # unparsed (no cue in it) gives no part of speech
        return True
    if len(tokens) >= 2 and holds_portfolio(run.doc, tokens[0].i):
        # portfolio-holder: `Minister for Coasts Aviaja Lund, who …`, the name after an
        # office's portfolio (the run :func:`~quotes.name_starts.after_portfolio` cut)
        return True
    if len(tokens) >= 2 and gender_of_given(tokens[0].text) is not None:
        return True
    if len(tokens) >= 3 and short_given_name(tokens[0]):
        return True  # `Md. Rafiqul Islam Chowdhury`: Mohammad written short
    if len(tokens) >= 3 and is_given_name(tokens[0].text) and (
        gender_of_given(tokens[1].text) is not None
    ):
        return True  # `Dorian Lamar Whitlock`: a given name of either sex, then another
    if len(tokens) >= 3 and is_given(tokens[1]) and tokens[-1].lower_ not in BODY_ENDS:
        # rule unlisted-given-first (:mod:`quotes.given_first`): `Wani Joseph Lokudu`, a
        # first word no list holds kept before a listed given name
        return True
    if aged(run, tokens):
        return True  # `Ollie Tremayne, 18, got …`, `Letchumi, 46,`, `67-year-old Ramdeen Mahto`
    if len(tokens) >= 2 and run.start > 0 and run.doc[run.start - 1].lower_ == "born":
        return True  # rule born-name: `Dapo Sixx, the rapper born Oladapo Sikiru Bankole,`
    if len(tokens) == 1 and one_name(run):
        return True  # `Rizky, like many Indonesians, uses one name.`
    if len(tokens) >= 2 and _who_after(run):
        return True  # rule who-person: `Leināʻala Kahale, who sailed with him, …`
    if len(tokens) >= 3 and is_given_name(tokens[0].text) and tokens[1].text in PARTICLES:
        return True  # `Théo de Rocquigny`, `Sam van Dijk`: a given name of either sex
    written = span_text(run.doc[tokens[0].i : tokens[-1].i + 1]).split()
    if len(tokens) >= 3 and any(word.lower() in _PATRONYMIC for word in written[1:-1]):
        return True  # `Llinos ap Gwilym, spoke …`, `Ganesan s/o Murugiah`: `son of` inside
    if family_name_first(written):
        # `Zhou Haoran reached the semi-finals`; rule family-first-person: the name's words
        # as written, a hyphened given name one word (`Seo Min-ji's album`), not three
        return True
    if len(tokens) >= 3 and all(is_initial(t) for t in tokens[:2]) and tokens[-1].is_title:
        return True  # `K. P. D. Ranjith Abeywickrama, who also addressed the briefing`
    head = name_head(run)
    if (
        len(tokens) >= 2
        and head.dep_ == "appos"
        and head.head.i < run.start
        and run.doc[run.start - 1].text == ","
        and (
            head.head.lower_ in TITLES
            or head.head.lemma_.lower() in _SET_OFF_ROLES
            or _office_of(head.head)
        )
    ):
        return True  # `The chairman of the council, Ruairidh Mac an t-Saoir, said`
    described = [c for c in head.children if c.dep_ == "appos" and c.i > run.end]
    if len(tokens) >= 2 and described and described[0].pos_ == "NOUN" and (
        described[0].lower_ not in ORG_KINDS
    ):
        return True  # `Guðrún Sigurðardóttir, an engineer who …`
    if len(tokens) >= 2 and tokens[-1].lower_ in BUSINESS_ENDS:
        return False  # rule business-end-no-person: `Northway Airlines said`, `Haller Bau said`
    return (
        head.dep_ == "nsubj"
        and head.head.lemma_.lower() in cue_lemmas()
        and not any(continues_name(child) for child in head.rights)
    )


def _office_of(noun: Token) -> bool:
    """Rule office-of-set-off: whether a noun names a person's office with the body
    after it, `of` and its object (`head of the water office`, :data:`_SET_OFF_OFFICES`),
    so that a name set off after it is a person's: `The head of the port authority, Andi
    Wahyu Pallawa, said …` (not `the head, …` alone, a body part or a bed's end)."""
    # Shape: the head/chief/leader of <body>, <Name Name Name>, <cue>
    return noun.lower_ in _SET_OFF_OFFICES and any(
        child.dep_ == "prep" and child.lower_ == "of" for child in noun.rights
    )
