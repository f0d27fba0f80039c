"""A name's longer forms elsewhere in the text, found by reading the text's characters.

The parse gives a short name (`Vantor`, `the Post`, `the Bank`, `IMF`); the text often
writes the name whole somewhere else: its fullest form (`Vantor Mobility Group`,
:func:`fullest_name`; a firm's, :func:`body_fullest_name`), its legal form (`Halvik
Seafood AS`, :func:`legal_name`), a form after `the` (`Washington Post`,
:func:`titled_name`) or with `of` (`Bank of England`, :func:`of_name`), an acronym spelled
out (`International Monetary Fund`, :func:`spelled_out`), a short name of a word and
initials written whole (`Statistics South Africa` for `Stats SA`, :func:`word_and_initials`)
or glossed in lower case (a
disease's, :func:`glossed_in_lower_case`), or the whole name a headline shortened
(:func:`headline_shortened`). Each gives the one such form, or the name
itself when the text has none or several. Split from :mod:`quotes.written_names`, which
reads names from the parse.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quotes.genders import gender_of_given
from quotes.headline_case import in_title_case
from quotes.language import word_list
from quotes.name_spans import TITLES
from quotes.nationalities import is_nation_name
from quotes.source_words import (
    BODY_HEADS,
    LOWER_CASE_LEGAL_FORMS,
    SEVERAL_WORD_LEGAL_FORMS,
    TIME_WORDS,
    legal_form,
)

#: Small words that join a body's topic after its head (`Commission on Audit`), but none
#: of the words for a time (`the Council on Monday`, :data:`~quotes.source_words.TIME_WORDS`).
_TOPIC_JOINS = word_list("body-topic-joins")
#: Last words of a business's name (`Holdings`, `Therapeutics`).
_BUSINESS_ENDS = word_list("business-name-ends")
#: A character of a name's word, which a name cannot follow where it starts: a letter,
#: digit, apostrophe or hyphen (`O'Neill`, `Ruiz-Tell`).
_NAME_WORD_CHAR = re.compile(r"[\w'’-]")
#: Capitalised words after a name, each after a space (`Vantor` → ` Mobility Group`),
#: the last may be a legal form with full stops inside (`Salar Andino` → ` Lithium S.A.`,
#: rule stopped-legal-form-after; not the stop that ends a sentence after a word) or, rule
#: partnership-form-after, a German limited partnership's form of several words that
#: opens with a capital (`Haller` → ` Bau GmbH & Co. KG`, the parse's name stopped at `&`).
_CAPITALISED_AFTER = re.compile(
    r"(?: [A-Z][\w'’-]*)*(?:"
    + "".join(f" (?i:{re.escape(form)})(?!\\w)|" for form in sorted(
        (f for f in SEVERAL_WORD_LEGAL_FORMS if "&" in f), key=len, reverse=True))
    + r" [A-Z](?:\.[A-Z])+\.?| [A-Z][\w'’-]*)"
)
#: Legal forms written as whole words, whose full stop ends a sentence (`Limited.`).
_WHOLE_WORD_FORMS = word_list("legal-forms-whole-words")
#: Words a legal form puts in brackets before its last word (`(Pty)`, `(Pvt)`).
_LEGAL_BRACKETS = word_list("legal-form-brackets")
#: A capitalised word after a name, that may be its legal form (`Halvik Seafood` → ` AS`),
#: with full stops inside (` S.A.`), a legal form of several words (` sp. z o.o.`) or one
#: a register writes in lower case (` plc`, ` hf.`); rule bracketed-legal-form: with a
#: word in brackets before it, as South African and Pakistani registers write the form
#: (`Kestrel Mining` → ` (Pty) Ltd`), also before a possessive (`… (Pty) Ltd's dismissal`).
_LEGAL_FORM_AFTER = re.compile(
    r" (?P<form>(?:\((?i:"
    + "|".join(sorted(_LEGAL_BRACKETS))
    + r")\) )?(?P<last>"
    + "".join(f"(?i:{re.escape(form)})|" for form in sorted(SEVERAL_WORD_LEGAL_FORMS, key=len,
                                                            reverse=True))
    + "".join(f"{re.escape(form)}\\.?|" for form in sorted(LOWER_CASE_LEGAL_FORMS))
    + r"[A-Z][\w/]*(?:\.[A-Za-z]+)*\.?))(?=['’]s(?!\w)|(?![\w'’/-]))"
)


#: A body's name after a possessive: `Poland's` and `Constitutional Tribunal`.
_AFTER_POSSESSIVE = re.compile(r"(?P<owner>[^'’]+)['’]s (?P<body>[A-Z].*)")


def without_nation(doc_text: str, name: str) -> str | None:
    """Rule nation-possessive-body: a body's name written after its country's possessive
    (`Poland's Constitutional Tribunal said …`) as the text writes it elsewhere without
    one (`the Constitutional Tribunal ruled …`): the name less the possessive, as a
    fact-checker prints it; None when the words before `'s` are no nation's name
    (`St Aidan's Primary School`, `Marlow County Sheriff's Office`) or the text writes
    the body's name after a possessive only, where the country stays (`Lithuania's
    Constitutional Court`)."""
    found = _AFTER_POSSESSIVE.fullmatch(name)
    if found is None or not is_nation_name(found["owner"]):
        return None
    body = found["body"]
    for at, _ in _name_then(doc_text, body, _ANYTHING):
        if not doc_text[:at].endswith(("'s ", "’s ")):
            return body
    return None


#: What follows a name in :func:`without_nation`: anything.
_ANYTHING = re.compile("")


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
            None if at and _NAME_WORD_CHAR.match(doc_text, at - 1)
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
    return _with_legal_stop(doc_text, forms.pop()) if len(forms) == 1 else name


#: A full stop that is a word's own, not a sentence's end: a comma or a lower-case word
#: after it (`Daon Labs Inc., a start-up,`, `Inc. said`).
_OWN_STOP = re.compile(r"\.(?:,| [a-z])")


def _with_legal_stop(doc_text: str, form: str) -> str:
    """Rule legal-form-stop: a name that ends in a legal form the text writes with its
    full stop (`Daon Labs Inc., a Seoul start-up,` for `Daon Labs Inc`), with the stop,
    as the company's name is printed; a stop that may end a sentence (`… Daon Labs
    Inc. The firm …`) says nothing, and a form the text writes without one stays so."""
    if legal_form(form.split()[-1]) and next(_name_then(doc_text, form, _OWN_STOP), None):
        return f"{form}."
    return form


#: What may follow a name written alone: anything but a space and a capital.
_NO_CAPITALISED_AFTER = re.compile(r"(?! [A-Z])")
#: Anything after a name.
_ANY = re.compile(r"")
#: Last characters of a line that is a sentence's, not a headline's.
_SENTENCE_ENDS = (".", "!", "?", ":", '"', "”", "’", "'", ")")


def headline_shortened(doc_text: str, name: str) -> str:
    """Rule headline-short-name: the one longer form of a name (:func:`fullest_name`)
    when the text writes the name alone only in headlines, lines that end with no full
    stop (`Silesian Ballet calls off autumn tour` above `The Silesian Ballet Theatre has
    cancelled …`): a headline shortens the name its story writes whole. The name itself
    when the text has no one longer form, writes it only in headlines, writes the name
    alone nowhere (`U.N. PANEL RULES FOR …`, a headline the parse cut) or in a sentence."""
    full = fullest_name(doc_text, name)
    if full == name or not any(
        _in_sentence_line(doc_text, start) for start, _ in _name_then(doc_text, full, _ANY)
    ):
        return name
    alone = [start for start, _ in _name_then(doc_text, name, _NO_CAPITALISED_AFTER)]
    if not alone or any(_in_sentence_line(doc_text, start) for start in alone):
        return name
    return full


def _in_sentence_line(doc_text: str, at: int) -> bool:
    """Whether the line character `at` is on ends as a sentence does, not a headline."""
    end = doc_text.find("\n", at)
    return doc_text[at : end if end >= 0 else len(doc_text)].rstrip().endswith(_SENTENCE_ENDS)


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
        f"{name} {_without_sentence_stop(after.group('form'))}"
        for start, after in _name_then(doc_text, name, _LEGAL_FORM_AFTER)
        if legal_form(after.group("last")) and not _in_headline(doc_text, start, headlines)
    }
    return forms.pop() if len(forms) == 1 else name


def _without_sentence_stop(form: str) -> str:
    """A legal form less the full stop after a whole word (rule whole-word-legal-form-stop:
    `Limited.` at a sentence's end is `Limited`; `Ltd.` and `Inc.` keep theirs)."""
    return form[:-1] if form.endswith(".") and form[:-1].lower() in _WHOLE_WORD_FORMS else form


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
    `the Times`); the name itself when the text has none or several. Each `the` and the
    capitalised words after it are found by a pattern compiled once; the form is the most
    of those words that the name follows, as ``(?:Word )+name`` would match."""
    forms = set()
    found = _THE_CAPITALISED.search(doc_text)
    while found is not None:
        end = _name_after_words(doc_text, name, found)
        if end is not None:
            forms.add(doc_text[found.start("words") : end])
        found = _THE_CAPITALISED.search(doc_text, found.start() + 1 if end is None else end)
    return forms.pop() if len(forms) == 1 else name


#: `the` at a word's start and the capitalised words after it, each with its space.
_THE_CAPITALISED = re.compile(r"(?<![\w'’-])[Tt]he (?P<words>(?:[A-Z][\w'’.-]* )+)")


def _name_after_words(doc_text: str, name: str, found: re.Match[str]) -> int | None:
    """Where `name` ends when it follows the most of the capitalised words `found` after
    `the` (one at least) and no word character follows it; None when it follows none."""
    starts = [found.start("words") + k + 1 for k, c in enumerate(found.group("words")) if c == " "]
    for at in reversed(starts):
        end = at + len(name)
        if doc_text.startswith(name, at) and not _NAME_WORD_CHAR.match(doc_text, end):
            return end
    return None


def of_name(doc_text: str, name: str) -> str:
    """The one longer form of a body's one-word short name that the text writes with `of`
    and a capitalised place or field after it (`Bank of England` for `the Bank`, `Court
    of Appeal` for `the Court`), or with `on` and its topic (`Commission on Audit` for
    `the Commission`; not `on` before a time, `the Council on Monday`: rule body-topic);
    the name itself when the text has none or several."""
    forms = {
        doc_text[start : after.end()]
        for start, after in _name_then(doc_text, name, _OF_AFTER)
        if after.group("joint") == "of" or after.group("first").lower() not in TIME_WORDS
    }
    return forms.pop() if len(forms) == 1 else name


#: `of` (or a topic's joint, `on`) and a capitalised place, field or topic after a name
#: (`Bank` → ` of England`, `Commission` → ` on Audit`).
_JOINTS = "|".join(sorted({"of"} | _TOPIC_JOINS))
_OF_AFTER = re.compile(rf" (?P<joint>{_JOINTS}) (?P<first>[A-Z][\w-]*)(?: [A-Z][\w-]*)*")


#: Articles, which open a sentence before a body's name but are no part of it.
_ARTICLES = word_list("determiners")
#: The most letters of an acronym read as initials (`IMF`), and of a body's short name
#: in capitals read after its full name in brackets (`UNACAJU`).
_LONGEST_ACRONYM = 6
_LONGEST_SHORT_NAME = 10
#: Small words an acronym skips: `IMF` for `International Monetary Fund`.
_ACRONYM_SKIPS = sorted(word_list("acronym-skipped-words"))


def spelled_out(doc_text: str, acronym: str) -> str | None:
    """`International Monetary Fund` for `IMF`: the one run of capitalised words in the
    text whose initials spell a short all-capitals name (small words like `of` skipped,
    the parts of a hyphened word each an initial),
    else the one body's name the text writes the acronym after in brackets, whatever
    its letters (:func:`_bracketed_before`), also for a longer short name, which spells
    no initials but syllables of the name in its own language (rule
    acronym-bracketed-long: `UNACAJU` after `Cashew Farmers' Union of Guinea-Bissau`);
    None when the name is no acronym or the text spells it out never or in several
    ways."""
    if not (2 <= len(acronym) <= _LONGEST_SHORT_NAME and acronym.isalpha() and acronym.isupper()):
        return None
    skip = "|".join(re.escape(w) for w in _ACRONYM_SKIPS)
    if len(acronym) > _LONGEST_ACRONYM:
        return _bracketed_before(doc_text, acronym, skip)
    words = [rf"{letter}[\w'’-]+" for letter in acronym]
    # rule acronym-hyphen-initials: each part of a hyphened word gives a letter too
    # (`WADA` for `World Anti-Doping Agency`)
    joint = r"(?:(?: (?:" + skip + r"))* |-)"
    pattern = rf"(?<![\w'’-]){joint.join(words)}(?![\w'’-])"
    found = {m.group(0) for m in re.finditer(pattern, doc_text)}
    if not found:
        return _bracketed_before(doc_text, acronym, skip)
    return found.pop() if len(found) == 1 else None


#: A short name of a word and the initials of the words after it (`Stats SA`, `Sport NZ`):
#: the word, then two or three capitals.
_WORD_AND_INITIALS = re.compile(r"(?P<word>[A-Z][a-z]{2,}) (?P<initials>[A-Z]{2,3})")


def word_and_initials(doc_text: str, name: str) -> str | None:
    """Rule word-and-initials-name: `Statistics South Africa` for `Stats SA`, `Sport New
    Zealand` for `Sport NZ`: a body's short name made of a word of its name, cut or whole,
    and the initials of the words after it, as `Stats NZ` and `Health NZ` are written: the
    one run of capitalised words in the text that opens with a word the short name's word
    (less a clipped word's plural `s`) begins and goes on in words whose initials spell
    the capitals (small words like `of` skipped); None when the name is of no such shape
    or the text writes no such run or several."""
    shape = _WORD_AND_INITIALS.fullmatch(name)
    if shape is None or shape["word"].lower() in _ARTICLES | TITLES:  # `The AP`, `Former AG`
        return None
    skip = "|".join(re.escape(w) for w in _ACRONYM_SKIPS)
    joint = r"(?: (?:" + skip + r"))* "
    # each initial's word in title case, no acronym (`VP Pick` spells no `VP`)
    words = joint.join(rf"{letter}[a-z][\w'’-]*" for letter in shape["initials"])
    # a clipped word's plural `s` is no letter of the word it clips (`Stats`, `Statistics`)
    word = shape["word"].removesuffix("s") if len(shape["word"]) > 4 else shape["word"]
    pattern = rf"(?<![\w'’-]){re.escape(word)}[a-z]* {words}(?![\w'’-])"
    found = {m.group(0) for m in re.finditer(pattern, doc_text)} - {name}
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
