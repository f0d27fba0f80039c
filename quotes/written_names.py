"""Names as the text writes them: a proper name with the words the parse left out of it.

The parse often cuts a name (`Streets Coalition` for `Open Streets Coalition`, `Kestrel`
for `Kestrel & Finch`, `Office` for `Marlow County Sheriff's Office`). These steps give
the name whole, as written (:func:`proper_name`), its fullest or titled form elsewhere in
the text (:func:`fullest_name`, :func:`titled_name`, :func:`of_name`), an acronym spelled out
(:func:`spelled_out`) and the named body a kind word stands for (:func:`kind_name`).
Split from :mod:`quotes.descriptions`, which links descriptions to these names.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator

from spacy.tokens import Doc, Token

from quotes.body_names import kind_word, romance_join_before, whole_body_name
from quotes.cue_words import token_indices
from quotes.doc_memo import memo
from quotes.genders import gender_of_given
from quotes.headline_case import in_title_case
from quotes.language import word_list, word_map
from quotes.mentions import mention_span
from quotes.name_spans import TITLES
from quotes.names import GLUED_KEY, ORG_KINDS
from quotes.source_words import BODY_HEADS, legal_form

#: Last words of a business's name (`Holdings`, `Therapeutics`).
_BUSINESS_ENDS = word_list("business-name-ends")
#: Other kind words of bodies of a kind: `school` → `academy`, `college`.
_KIND_NAMES = word_map("organisation-kind-names")
#: Last words of a law's name (`the Labour Relations Act`): no body a description fits.
_LAW_NAME_ENDS = word_list("law-name-ends")
#: Last words of a place's name (`Uruguay River`, `Harbour Street`), which no description
#: of a kind of organisation stands for.
_PLACE_ENDS = word_list("place-name-heads") - ORG_KINDS
#: Dashes that join two names into one when no space is on either side.
_NAME_DASHES = frozenset("–—-‐‑")
#: Entity labels of a name that is a place's or a people's, which no headline body is.
_PLACE_ENTS = frozenset({"GPE", "LOC", "NORP"})
#: Parts of speech a word of an organisation's name can be tagged with (`Open Streets
#: Coalition`: the tagger reads `Open` as an adjective).
_NAME_POS = ("PROPN", "NOUN", "ADJ", "X")


def proper_name(tokens: list[Token], joined: bool = True) -> str:
    """A proper name with the capitalised words the parse left before it, as the text
    writes it: `Open Streets Coalition` for `Streets Coalition`, `Marlow County
    Sheriff's Office` for `Office`, `Nurses' Association` for `Association`, across an
    ampersand (`Retail & Allied Workers Union`); and a firm's second name after an
    ampersand (`Kestrel & Finch` for `Kestrel`); a body's name the parse cut at a small
    word, whole (`Food and Drug Administration`, `Centre for Cities`: :mod:`quotes.body_names`),
    unless `joined` is false."""
    doc = tokens[0].doc
    glued = {span.start for span in doc.spans.get(GLUED_KEY, ())}
    start = tokens[0].i
    # Across a sentence start too: the parser may end a sentence between two words of a
    # name (`Brightlane | Cloud said`); punctuation or a line break stops it anyway.
    while start > 0 and start - 1 not in glued:
        prev = doc[start - 1]
        if prev.tag_ == "POS" and start >= 2 and doc[start - 2].text[:1].isupper():
            start -= 2
        elif (
            prev.text[:1].isupper()
            and prev.is_alpha
            and prev.pos_ in _NAME_POS
            and prev.lower_ not in TITLES
        ):
            start -= 1
        elif _joins(prev) and start >= 2 and doc[start - 2].text[:1].isupper() and (
            doc[start - 2].is_alpha
        ):
            start -= 2  # `Retail & Allied Workers Union`, cut at the ampersand
        elif (romance := romance_join_before(doc, start)) is not None:
            start = romance  # `Banco do Nordeste`, `Banco de la Nación`, cut after `do`
        else:
            break
    end = _ampersand_end(doc, tokens[-1].i + 1)
    if joined:
        start, end = whole_body_name(doc, start, end)
    return doc[start:end].text


def _joins(token: Token) -> bool:
    """Whether a token joins two names into one: an ampersand (`Kestrel & Finch`) or a
    dash with no space either side (`Solvane–Kerr Cycling`, a team named for two
    sponsors; not `Solvane – Kerr`, a dash set off between phrases)."""
    if token.text == "&":
        return True
    return (
        token.text in _NAME_DASHES
        and token.i > 0
        and not token.whitespace_
        and not token.doc[token.i - 1].whitespace_
    )


def _ampersand_end(doc: Doc, end: int) -> int:
    """Where a name that ends before token `end` ends when an ampersand or a dash with
    no space around it joins it to more capitalised words, as firms' names do (`Kestrel
    & Finch`, `Marks & Spencer`, `Solvane–Kerr Cycling`, where the parse may end the
    name at the joint): after those words; else `end`."""
    while (
        end + 1 < len(doc)
        and _joins(doc[end])
        and doc[end + 1].text[:1].isupper()
        and _firm_word(doc[end + 1])
    ):
        end += 2
        while end < len(doc) and doc[end].text[:1].isupper() and _firm_word(doc[end]):
            end += 1
    return end


def _firm_word(token: Token) -> bool:
    """A word of a firm's name: a word of letters, or an abbreviation with its full
    stop that ends one (`Co.`, `Inc.` in `Nestling & Co.`)."""
    return token.is_alpha or (token.text.endswith(".") and token.text[:-1].isalpha()
                              and len(token.text) > 2)


def one_name_before(
    head: Token, personal: Callable[[list[Token]], bool] | None = None, kind: str = ""
) -> str | None:
    """`The company said …` when no body has spoken yet: the one name of two or more
    capitalised words the text wrote before it that is no person's (`Halvorsen Marine`
    in `Shares in Halvorsen Marine fell … The company said`), as the text writes it; None
    when there are none or several (a place is a name too, and then no one is sure).
    Read from the words, as the sentences before may be left unparsed: a run's first
    word is dropped when it opens a sentence (`Shares`), and a run is a person's when it
    holds a title or opens with a given name (`Judge Rosalind Achebe`, `Carys Lloyd`),
    not when the name finder took it for one (a firm that `dismissed` someone is the
    subject of a cue word), nor when `personal` says it is, by what the text gave its
    bearer (`Kenjiro Mizushima, 63,`), nor one whose own kind word is not `kind`'s
    (:func:`kind_fits`: `the company` is no `Consumer Product Safety Commission`)."""
    doc = head.doc
    names = set()
    i = 0
    while i < head.i:
        j = i
        while j < head.i and _name_word(doc[j]):
            j += 1
        if j == i:
            i += 1
            continue
        start = i + 1 if doc[i].is_sent_start else i
        end = _ampersand_end(doc, j)
        words = [t for t in doc[start:end] if _firm_word(t)]
        if len(words) > 1 and doc[start].is_alpha and not (
            gender_of_given(words[0].text) is not None
            or any(t.lower_ in TITLES for t in words)
            or (personal is not None and personal(words))
        ):
            name = doc[start:end].text
            if not kind or kind_fits(kind, name):
                names.add(name)
        i = j
    return names.pop() if len(names) == 1 else None


def headline_body(head: Token, personal: Callable[[list[Token]], bool]) -> str | None:
    """`The company said …` when no body that spoke fits it: the body the story is
    about, as its headline opens with it and the text names it again before the
    description (`Voltwise recalls 180,000 power banks` ¶ `Voltwise is recalling …, the
    company said`; `Corvane lifts forecast` ¶ `Shares in Corvane Systems jumped …`), in
    its longest form there (`Corvane Systems`, `Nestling Baby Co.`). The headline is the
    first line when it has no full stop; its first word must be capitalised and no
    title, and the name no person's by what the text gave its bearer (`personal`: `Biden
    says …` before `President Joe Biden`), nor a place's as the tagger reads it (the
    tagger's `PERSON` is no guide, it takes many a firm's made-up name for one, nor is a
    first word that may be a given name: `Sable Devices`), nor an acronym the text
    spells out in lower-case words, a thing's (:func:`glossed_in_lower_case`). None when
    no such name leads the story."""
    doc = head.doc
    first = doc[0] if len(doc) else None
    if first is None or not _name_word(first) or first.lower_ in TITLES:
        return None
    if glossed_in_lower_case(doc.text, first.text):
        return None  # `RSV jab cuts admissions` ¶ `… respiratory syncytial virus (RSV) …`
    line_end = doc.text.find("\n")
    if line_end < 0 or doc.text[:line_end].rstrip().endswith((".", "!", "?")):
        return None
    forms = []
    for token in doc[1 : head.i]:
        if token.idx < line_end or token.text != first.text or token.ent_type_ in _PLACE_ENTS:
            continue
        if _name_word(doc[token.i - 1]):
            continue  # inside a longer name: `United Rail and Signal Workers`, not `Rail`
        end = token.i
        while end < head.i and _name_word(doc[end]):
            end += 1
        if end < head.i and _abbreviated_end(doc[end]):
            end += 1  # `Nestling Baby Co.`
        forms.append(doc[token.i : _ampersand_end(doc, end)])
    if not forms:
        return None
    longest = max(forms, key=len)
    if personal([t for t in longest if t.is_alpha]):
        return None
    return longest.text


def _abbreviated_end(token: Token) -> bool:
    """A capitalised abbreviation with its full stop that closes a firm's name, as
    the tokenizer keeps it (`Co.`, `Inc.`, `Ltd.`)."""
    word = token.text[:-1]
    return token.text.endswith(".") and word.isalpha() and word[:1].isupper() and len(word) <= 4


def _name_word(token: Token) -> bool:
    """A capitalised word of a name, or a hyphen inside one (`Lloyd-Mensah`)."""
    if token.text in ("-", "‐", "‑"):
        return token.i > 0 and not token.doc[token.i - 1].whitespace_ and not token.whitespace_
    return token.is_alpha and token.text[:1].isupper()


#: A character a name cannot follow where a word starts: a letter, digit, apostrophe or
#: hyphen.
_WORD_CHAR = re.compile(r"[\w'’-]")
#: Capitalised words after a name, each after a space (`Vantor` → ` Mobility Group`).
_CAPITALISED_AFTER = re.compile(r"(?: [A-Z][\w'’-]*)+")
#: A capitalised word after a name, that may be its legal form (`Halvik Seafood` → ` AS`).
_LEGAL_FORM_AFTER = re.compile(r" (?P<form>[A-Z][\w/]*\.?)(?![\w'’/-])")


def _name_then(
    doc_text: str, name: str, after: re.Pattern[str]
) -> Iterator[tuple[int, re.Match[str]]]:
    r"""Where the text writes `name` at a word's start with what `after` matches right
    after it: that start and the match of `after`, left to right and none overlapping,
    as `re.finditer` finds `(?<![\w'’-])name` followed by `after`. Read with `str.find`
    and patterns compiled once: a pattern made for each name took a quarter of a
    millisecond to compile, for every name of every document (two thirds of the time
    these readers took)."""
    at = doc_text.find(name)
    while at >= 0:
        found = (
            None if at and _WORD_CHAR.match(doc_text, at - 1)
            else after.match(doc_text, at + len(name))
        )
        if found is not None:
            yield at, found
        at = doc_text.find(name, at + 1 if found is None else found.end())


def fullest_name(doc_text: str, name: str) -> str:
    """The one longer form of a short name the text also uses (`Vantor Mobility` for
    `Vantor`): the name followed by capitalised words, outside a headline in title case,
    whose every word is capitalised (`Orissa High Court Directs Power Company To Pay …`
    gives no `Court Directs Power Company` for `the Court`) and that run into no person's
    title and name (:func:`_runs_into_person`) nor fill a note in square brackets
    (:func:`_fills_note`); the name itself when the text has none or several."""
    headlines: dict[int, bool] = {}  # whether each line read so far, by its first character
    forms = {
        doc_text[start : words.end()]
        for start, words in _name_then(doc_text, name, _CAPITALISED_AFTER)
        if not _in_headline(doc_text, start, headlines)
        and not _runs_into_person(words.group().split())
        and not _fills_note(doc_text, start, words.end())
    }
    return forms.pop() if len(forms) == 1 else name


def _fills_note(doc_text: str, start: int, end: int) -> bool:
    """Rule note-is-no-name: whether a longer form (the characters from `start` to `end`)
    fills a transcriber's note in square brackets, which names what was left out, not a
    body: `[Operator Instructions]` is no longer form of a call's `Operator`."""
    return doc_text[start - 1 : start] == "[" and doc_text[end : end + 1] == "]"


def body_fullest_name(doc_text: str, name: str) -> str:
    """The one longer form of a name (:func:`fullest_name`) when it ends as a firm's
    name does, in a legal form or a business's last word (rule short-body-name): `Corrin
    Knit Mills Ltd` for `Corrin Knit`, `Tay Loc Technologies` for `Tay Loc`, which the
    tagger took for a person's name; the name itself otherwise (not a body's head word,
    as in `the Ana Ruiz Foundation`, which a person's name opens)."""
    full = fullest_name(doc_text, name)
    last = full.split()[-1]
    if full != name and (legal_form(last) or last.lower() in _BUSINESS_ENDS):
        return full
    return name


def _runs_into_person(words: list[str]) -> bool:
    """Whether the capitalised words after a body's short name run into a person's
    title and name: `Senate Majority Leader Mitch McConnell` is no longer form of `the
    Senate` (a title, then a known given name); `Ombudsman Hellen Taleo Kalsakau` and
    `Seiuli Faleolo Ah Sue` are (a name with no title inside is the person's own)."""
    titled = [k for k, word in enumerate(words) if word.lower().rstrip(".") in TITLES]
    return bool(titled) and any(
        gender_of_given(word) is not None for word in words[titled[0] + 1 :]
    )


def legal_name(doc_text: str, name: str) -> str:
    """The one form of a company's name that the text writes with its legal form after
    it (rule legal-form-name): `Halvik Seafood AS` for `Halvik Seafood`, `Tarnby
    Foods P/F` for `Tarnby Foods`, the name a register gives the company, which the text
    shortens after naming it once (not in a headline in title case: `Norvik Warns As
    Costs Rise`); the name itself when the text has none or several."""
    headlines: dict[int, bool] = {}  # whether each line read so far, by its first character
    forms = {
        f"{name} {after.group('form')}"
        for start, after in _name_then(doc_text, name, _LEGAL_FORM_AFTER)
        if legal_form(after.group("form")) and not _in_headline(doc_text, start, headlines)
    }
    return forms.pop() if len(forms) == 1 else name


def _in_headline(text: str, at: int, headlines: dict[int, bool]) -> bool:
    """Whether the line of `text` that character `at` is on is in title case, each line
    read once however many forms it holds (one endless line of the same name, read again
    for each, cost the square of its length: 70 s for 100,000 characters)."""
    start = text.rfind("\n", 0, at) + 1
    if start not in headlines:
        end = text.find("\n", at)
        headlines[start] = in_title_case(text[start : end if end >= 0 else len(text)])
    return headlines[start]


def titled_name(doc_text: str, name: str) -> str:
    """The one longer form of a body's short name that the text writes after `the` with
    capitalised words before it (`Washington Post` for `the Post`, `New York Times` for
    `the Times`); the name itself when the text has none or several."""
    pattern = rf"(?<![\w'’-])[Tt]he (?P<form>(?:[A-Z][\w'’.-]* )+{re.escape(name)})(?![\w'’-])"
    return _one_form(pattern, doc_text, name)


def of_name(doc_text: str, name: str) -> str:
    """The one longer form of a body's one-word short name that the text writes with `of`
    and a capitalised place or field after it (`Bank of England` for `the Bank`, `Court
    of Appeal` for `the Court`); the name itself when the text has none or several."""
    pattern = rf"(?<![\w'’-])(?P<form>{re.escape(name)} of [A-Z][\w-]*(?: [A-Z][\w-]*)*)"
    return _one_form(pattern, doc_text, name)


def _one_form(pattern: str, doc_text: str, name: str) -> str:
    """The one text that `pattern`'s `form` group matches in the text, or `name` when it
    matches none or several: the steps above differ only in the shape they look for."""
    forms = {m.group("form") for m in re.finditer(pattern, doc_text)}
    return forms.pop() if len(forms) == 1 else name


#: Articles, which open a sentence before a body's name but are no part of it.
_ARTICLES = word_list("determiners")
#: Small words an acronym skips: `IMF` for `International Monetary Fund`.
_ACRONYM_SKIPS = sorted(word_list("acronym-skipped-words"))


def spelled_out(doc_text: str, acronym: str) -> str | None:
    """`International Monetary Fund` for `IMF`: the one run of capitalised words in the
    text whose initials spell a short all-capitals name (small words like `of` skipped,
    the parts of a hyphened word each an initial),
    else the one body's name the text writes the acronym after in brackets, whatever
    its letters (:func:`_bracketed_before`); None when the name is no acronym or the
    text spells it out never or in several ways."""
    if not (2 <= len(acronym) <= 6 and acronym.isalpha() and acronym.isupper()):
        return None
    skip = "|".join(re.escape(w) for w in _ACRONYM_SKIPS)
    words = [rf"{letter}[\w'’-]+" for letter in acronym]
    # rule acronym-hyphen-initials: each part of a hyphened word gives a letter too
    # (`WADA` for `World Anti-Doping Agency`)
    joint = r"(?:(?: (?:" + skip + r"))* |-)"
    pattern = rf"(?<![\w'’-]){joint.join(words)}(?![\w'’-])"
    found = {m.group(0) for m in re.finditer(pattern, doc_text)}
    if not found:
        return _bracketed_before(doc_text, acronym, skip)
    return found.pop() if len(found) == 1 else None


def _bracketed_before(doc_text: str, acronym: str, skip: str) -> str | None:
    """The one body's name written right before the acronym in brackets, which the
    body's own language spells (`the Union for Integration and Progress (BIP)`, from
    the Albanian): a run of capitalised words (small words between them) holding a
    body's head word (`Union`, :data:`~quotes.source_words.BODY_HEADS`), so that a party
    tag after a person's name (`Tom Reed (DUP)`) names no one by it."""
    word = r"[A-Z][\w'’-]+"
    name = rf"(?P<name>{word}(?: (?:(?:{skip}) )*{word})*)"
    pattern = rf"(?<![\w'’-]){name} \({re.escape(acronym)}\)"
    names = {_less_article(m.group("name")) for m in re.finditer(pattern, doc_text)}
    found = {name for name in names if not BODY_HEADS.isdisjoint(name.lower().split())}
    return found.pop() if len(found) == 1 else None


def _less_article(name: str) -> str:
    """A name less a capitalised article opening its sentence (`The Union …`)."""
    first, _, rest = name.partition(" ")
    return rest if first.lower() in _ARTICLES and rest else name


def glossed_in_lower_case(doc_text: str, acronym: str) -> bool:
    """Whether the text spells out an all-capitals word in lower-case words, its
    initials, right before the acronym in brackets: `respiratory syncytial virus (RSV)`,
    `chronic kidney disease (CKD)`. A disease's, a drug's or a method's acronym is so
    glossed, never a body's, whose name is capitalised (`Food Standards Agency (FSA)`)."""
    if not (2 <= len(acronym) <= 6 and acronym.isalpha() and acronym.isupper()):
        return False
    words = r"[\w'’-]*\s+".join(re.escape(letter.lower()) for letter in acronym)
    gloss = rf"(?<![\w'’-]){words}[\w'’-]*\s+\({re.escape(acronym)}\)"
    return re.search(gloss, doc_text) is not None


def kind_name(head: Token, spoken: Collection[str] = ()) -> str | None:
    """`the council` → `Ravensholm City Council`: the name in the text whose kind word
    is the description's kind (`Society of Radiographers` for `the union` too, when the
    text names no body with the kind itself, see :data:`_KIND_NAMES`), written as the
    text writes it (:func:`_kind_names`); of several, the one named before the
    description (`The court also found …` after `The Court of Appeal ruled …`, not the
    `Supreme Court` named after it), of several before, the one that has spoken
    (`spoken`, the bodies resolved as speakers so far), else the one named last before
    it; None when there is none."""
    kind = head.lower_
    if kind not in ORG_KINDS:
        return None
    doc = head.doc
    names = _kind_names(doc, frozenset({kind}))
    named = any(i != head.i for i in _capitalised(doc, kind))
    if not named and head.is_lower and kind in _KIND_NAMES:  # `the union`, not `Union`
        names = _kind_names(doc, frozenset(_KIND_NAMES[kind]))
    if len(names) < 2:
        return next(iter(names), None)
    before = {name: at for name, at in names.items() if at < head.i}
    if len(before) == 1 or not before:
        return next(iter(before), None)
    spoke = [name for name in before if name in spoken]
    if len(spoke) == 1:
        return spoke[0]
    return max(before, key=lambda name: before[name])


def kind_fits(kind: str, name: str) -> bool:
    """Whether a body's name can be what a description of its kind stands for: not when
    the name ends in another kind of organisation (`the bank` is no `Financial Services
    Authority`, `the company` no `Harrow District Council`), unless a body of that kind
    may be named so (`the union` and `Society of Radiographers`, :data:`_KIND_NAMES`);
    a name's kind word may open it (:func:`~quotes.body_names.kind_word`: `the company`
    is no `Syndicat des travailleurs …`); never a law's name (`the company` is no
    `Labour Relations Act`) nor a place's (`Uruguay River`, `Harbour Street`)."""
    last = kind_word(name)
    end = name.split()[-1].lower()
    if kind in ORG_KINDS and end in _LAW_NAME_ENDS:
        return False
    if kind in ORG_KINDS and end != kind and end in _PLACE_ENDS and not legal_form(end):
        return False  # rule place-is-no-body: `the company` is no `Uruguay River`
    return (
        kind not in ORG_KINDS
        or last not in ORG_KINDS
        or last == kind
        or last in _KIND_NAMES.get(kind, ())
    )


def _kind_names(doc: Doc, kinds: frozenset[str]) -> dict[str, int]:
    """The names in the text whose kind word (capitalised, not opening a sentence) is
    one of `kinds`, each with the index of its kind word where the text first names it:
    `Ravensholm City Council`, `Society of Radiographers`, `Department for Transport`,
    widened over the words the parse cut off (`City of Tshwelo Metropolitan
    Municipality`, :func:`~quotes.body_names.whole_body_name`). Only the kind words
    are made tokens (:func:`~quotes.cue_words.token_indices`); read once per doc and
    kinds, as a description of the kind may recur thousands of times."""
    known: dict[frozenset[str], dict[str, int]] = memo(doc, "kind-names")
    if kinds not in known:
        known[kinds] = _names_of_kinds(doc, kinds)
    return known[kinds]


def _capitalised(doc: Doc, kind: str) -> list[int]:
    """The indices of the kind word written with a capital (`Council`), read once per
    doc and kind."""
    known: dict[str, list[int]] = memo(doc, "kind-capitalised")
    if kind not in known:
        known[kind] = [
            i for i in token_indices(doc, "LOWER", frozenset({kind})) if doc[i].text[:1].isupper()
        ]
    return known[kind]


def _names_of_kinds(doc: Doc, kinds: frozenset[str]) -> dict[str, int]:
    """:func:`_kind_names`, read from the doc."""
    names: dict[str, int] = {}
    for i in token_indices(doc, "LOWER", kinds):
        token = doc[i]
        if token.text[:1].isupper() and not token.is_sent_start:
            span = mention_span(token)
            words = [t for t in span if t.pos_ != "DET"]
            if len(words) > 1:
                bounds = whole_body_name(doc, words[0].i, words[-1].i + 1)
            else:
                # a kind word the name opens with (`Society of Radiographers`): the parse
                # often leaves the `of`/`for` phrase off the mention
                bounds = whole_body_name(doc, token.i, token.i + 1)
                if bounds == (token.i, token.i + 1):
                    continue
            names.setdefault(doc[bounds[0] : bounds[1]].text, i)
    return names
