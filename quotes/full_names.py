"""The full names a document gives, and the shorter forms that stand for one of them.

A Spanish or Portuguese name keeps two surnames and goes by the first or by both
(`Rodrigo Almonte Echeverría` … `Almonte`, `Almonte Echeverría`), a name with a particle
by its surname with the particle (`Ferreira dos Anjos`): forms that a key on the last
word alone (:func:`quotes.name_keys.name_parts`) does not join to the full name.
:class:`FullNames` gives, for such a form, the one full name it shortens, so that
:class:`quotes.person_index.PersonIndex` looks it up as that name.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotes.cue_words import cue_lemmas
from quotes.genders import first_names, gender_of_given, is_given_name
from quotes.given_alone import KEY as GIVEN_ALONE_KEY
from quotes.headline_case import in_title_case
from quotes.language import word_list
from quotes.name_keys import CONJUNCTIONS, FAMILY_FIRST, fold
from quotes.name_spans import TITLES, name_text, name_tokens
from quotes.name_starts import GIVEN_OPENERS
from quotes.role_words import ROLE_NOUNS

#: Words that join a person's own name to their father's (`bin`, `binti`, `a/l`).
_PATRONYMIC = word_list("patronymic-links")


class FullNames:
    """The full names of one document (:func:`_full_names`), asked for the one a shorter
    form stands for."""

    def __init__(self, doc: Doc, nicknamed: list[str] = ()) -> None:
        """`nicknamed`: the names a nickname set inside them splits (`Joaquín Medina
        Duarte` of `Joaquín "El Toro" Medina Duarte`), which no entity holds whole."""
        #: Each full name with its folded words.
        self.names = _full_names(doc) + [
            (name, [fold(word) for word in name.split()]) for name in nicknamed
        ]
        #: The answers given so far: the index asks for each mention's name, and a
        #: long text names its people many times.
        self._expansions: dict[str, str] = {}
        #: For each folded word, the places in :attr:`names` of the full names that hold
        #: it: a short form is looked for only in those (a text of thousands of people
        #: read every full name for each one's name).
        self._holding: dict[str, list[int]] = {}
        #: For each run of a full name's opening words shorter than the name, the places
        #: of the full names that open with it: a form is looked for as a name's own name
        #: or opening words only in those (all the full names that held its first word,
        #: `Ana` in a text of thousands of people, were read for each one's name).
        self._opening_with: dict[tuple[str, ...], list[int]] = {}
        for k, (_, full_words) in enumerate(self.names):
            for word in dict.fromkeys(full_words):
                self._holding.setdefault(word, []).append(k)
            for n in range(1, len(full_words)):
                self._opening_with.setdefault(tuple(full_words[:n]), []).append(k)
        #: The last word of each full name, less the first surname that closes a name
        #: written without its second (rule first-surname-form, :func:`_less_second_surname`).
        firsts = {tuple(full_words[:2]) for _, full_words in self.names if len(full_words) == 3}
        self._surnames = {
            full_words[-1]
            for _, full_words in self.names
            if full_words and not _less_second_surname(full_words, firsts)
        }
        #: The full names the text calls by their opening words alone (rule
        #: given-used-alone, :mod:`quotes.given_alone`).
        self._opened = {name_text(name_tokens(span)) for span in doc.spans.get(GIVEN_ALONE_KEY, ())}

    def expanded(self, name: str) -> str:
        """The full name the text gives that `name` shortens: the person's own name before
        a patronymic word (`Ahmad Fauzi` for `Ahmad Fauzi bin Hashim`), the first words
        of one longer full name (:func:`_opening`), or the name less its first words,
        when one full name alone holds the words of `name` after its given name and they
        are more than its last word (which the surname finds): `Almonte` and `Almonte
        Echeverría` for `Rodrigo Almonte Echeverría` (Spanish double surnames go by the
        first), `Ferreira dos Anjos` for `Raimundo Ferreira dos Anjos`; else `name`
        itself. Not when `name` opens with a given name of its own (`Brad Vance` is no
        short form of `Imagine Brad Vance`) unless its words are the full name's surnames
        (:func:`_from_first_surname`), when another full name holds the words too (`Kofi` in
        two people's names) unless it holds them as a second surname
        (:meth:`_by_first_surname`), nor when a word of the full name up to them is
        another's surname (`Ivan Petrov` beside `Ivan Petrov Sofia`: the words after a
        surname are no part of the name)."""
        if name not in self._expansions:
            self._expansions[name] = self._expand(name)
        return self._expansions[name]

    def _expand(self, name: str) -> str:
        """:meth:`expanded`, worked out."""
        words = [fold(word) for word in name.split()]
        if not words:
            return name
        # every full name longer than the words that opens with them
        longer = [self.names[k] for k in self._opening_with.get(tuple(words), [])]
        own = {full for full, full_words in longer if _own_name_of(words, full_words)}
        if len(own) == 1:
            return own.pop()  # `Ahmad Fauzi` for `Ahmad Fauzi bin Hashim`
        opening = _opening(words, longer) or self._given_alone(words, longer)
        if opening is not None:
            return opening
        # every full name that may hold the words holds each of them: the fewest are read
        fewest = min((self._holding.get(word, []) for word in words), key=len)
        names = [self.names[k] for k in fewest]
        holders = [full for full in names if _run_at(words, full[1]) is not None]
        holders = [
            (full, full_words)
            for full, full_words in holders
            if not any(len(other) > len(full_words) and _run_at(full_words, other) is not None
                       for _, other in holders)
        ]
        surnames_only = bool(holders) and all(_from_first_surname(words, w) for _, w in holders)
        given_last = bool(holders) and all(_given_of_family_first(words, w) for _, w in holders)
        if not words or (
            gender_of_given(words[0]) is not None and not (surnames_only or given_last)
        ):
            return name
        first = self._by_first_surname(words, holders)
        if first is not None:
            return first
        if len({full for full, _ in holders}) != 1:
            return name
        full, full_words = holders[0]
        at = _run_at(words, full_words)
        if not at or (len(words) == 1 and at == len(full_words) - 1):
            return name
        return name if self._surnames & set(full_words[: at + 1]) else full

    @staticmethod
    def _by_first_surname(
        words: list[str], holders: list[tuple[str, list[str]]]
    ) -> str | None:
        """The one full name whose first surname is the surname alone that `words`
        spell, when every other full name that holds it has it for a second surname:
        `Mamani, 47, said` is Aurelio Mamani Quispe, not Rosalía Condori Mamani, as
        Spanish and Portuguese names go by the first of their two surnames; None
        otherwise."""
        if len(words) != 1 or len(holders) < 2:
            return None
        first = [full for full, full_words in holders if _from_first_surname(words, full_words)]
        second = [full for full, full_words in holders if _second_surname(words[0], full_words)]
        return first[0] if len(first) == 1 and len(first) + len(second) == len(holders) else None


    def _given_alone(
        self, words: list[str], names: list[tuple[str, list[str]]]
    ) -> str | None:
        """Rule given-used-alone: the one full name the text calls by its opening word
        alone that `words` spell, when that word is no full name's surname (`Harjit` for
        `Harjit Kaur Sandhu`, `Bounmy` for `Bounmy Keomany`); None otherwise."""
        if len(words) != 1 or words[0] in self._surnames:
            return None
        longer = {full for full, full_words in names
                  if full in self._opened and len(full_words) > 1 and full_words[0] == words[0]}
        return longer.pop() if len(longer) == 1 else None


def _opening(words: list[str], names: list[tuple[str, list[str]]]) -> str | None:
    """The one longer full name of `names` whose first words are the name of two words or
    more that `words` spell: `Rana Usman` for `Rana Usman Saeed`, `Rui Pedro` for `Rui
    Pedro Azevedo Lopes` (a man who goes by his given names, or by a given name and his
    first surname); None when none or several open so."""
    if len(words) < 2:
        return None
    longer = {full for full, full_words in names
              if len(full_words) > len(words) and full_words[: len(words)] == words}
    return longer.pop() if len(longer) == 1 else None


def _given_of_family_first(words: list[str], full_words: list[str]) -> bool:
    """Whether `words` are the given name at the end of a Vietnamese name of three words
    or more, written family name first, by which the press calls the person (`Minh Thư`
    of `Lê Thị Minh Thư`), though they open with a given name of their own."""
    return (
        len(full_words) >= 3
        and full_words[0] in FAMILY_FIRST
        and len(words) >= 2
        and full_words[-len(words) :] == words
    )


def _from_first_surname(words: list[str], full_words: list[str]) -> bool:
    """Whether `words` are the surnames of a full name of three words or more (which
    opens with a given name), from the first of two: `trevino` and `trevino garza` in
    `Santiago Treviño Garza`, though a word of them may be a given name too (`Medina`,
    `Duarte`); neither the first surname nor the last word is one of the common given
    names of the hand list (`Ann Smith` of `Mary Ann Smith`). The conjunction of a
    Catalan name's surnames counts no word (`Vila` in `Jordi Vila i Casals`)."""
    full_words = [
        word
        for k, word in enumerate(full_words)
        if not (0 < k < len(full_words) - 1 and word in CONJUNCTIONS)
    ]
    n = len(full_words)
    return (
        n >= 3
        and len(words) <= 2
        and full_words[n - 2 : n - 2 + len(words)] == words
        and words[0] not in first_names()
        and full_words[-1] not in first_names()
    )


def _second_surname(word: str, full_words: list[str]) -> bool:
    """Whether `word` closes a full name after a first surname that is no given name
    (`mamani` in `Rosalía Condori Mamani`)."""
    return (
        len(full_words) >= 3
        and full_words[-1] == word
        and not is_given_name(full_words[-2])
    )


def _own_name_of(words: list[str], full_words: list[str]) -> bool:
    """Whether `words` are the person's own name of a full name that joins it to the
    father's by a patronymic word (`Ahmad Fauzi` of `Ahmad Fauzi bin Hashim`)."""
    k = len(words)
    return 0 < k < len(full_words) and full_words[k] in _PATRONYMIC and full_words[:k] == words


def _full_names(doc: Doc) -> list[tuple[str, list[str]]]:
    """The full names of the PERSON entities of `doc`, with their folded words: more than
    one word, a known given name or a word that opens one first (`Rodrigo Almonte
    Echeverría`, `Baiq Nurul Hidayati`; not a role before a name: `Veteran Ines Varga`)
    or a patronymic word inside (`Nurul Huda binti Ismail`, whatever the lists know of
    `Nurul`), or one the text calls by its opening words alone (:mod:`quotes.given_alone`),
    less those in a title-case headline, whose run
    may hold the words after the name (`Ines Varga Backs Toll Plan`)."""
    names = {}
    sentences: dict[int, tuple[str, int]] = {}
    opened = {(span.start, span.end) for span in doc.spans.get(GIVEN_ALONE_KEY, ())}
    for ent in doc.ents:
        tokens = name_tokens(ent) if ent.label_ == "PERSON" else []
        name = name_text(tokens) if tokens else ""
        if (
            len(name.split()) > 1
            and (
                _opens_person(tokens[0].text, name)
                or _set_off_after_role(tokens)
                or _three_words_of_a_speaker(tokens)
                or _titled_three_words(tokens)
                or (ent.start, ent.end) in opened
            )
            and not in_title_case(_line_of(ent, sentences))
        ):
            names[name] = [fold(word) for word in name.split()]
    return list(names.items())


def _opens_person(first: str, name: str) -> bool:
    """Whether a name of several words is a person's by its words: a known given name
    or a word that opens one first (`Baiq`), an initial before two words or more
    (:func:`_initial_first`), a family name written first before two
    words or more (`Lê Thị Minh Thư`), a patronymic word inside (`binti`), or the
    conjunction between a Catalan or Spanish name's two surnames (`Jordi Vila i Casals`,
    whatever the lists know of `Jordi`)."""
    words = [fold(word) for word in name.split()]
    return (
        is_given_name(first)
        or _initial_first(first, words)
        or first.lower() in GIVEN_OPENERS
        or (fold(first) in FAMILY_FIRST and len(words) >= 3)
        or not _PATRONYMIC.isdisjoint(words)
        or not CONJUNCTIONS.isdisjoint(words[2:-1])
    )


def _initial_first(first: str, words: list[str]) -> bool:
    """Rule initial-opens-name: whether a name of three words or more opens with an
    initial, as South Indian names write the family's or the father's (`R. Meenakshi
    Sundaram`, whom the press then calls `Meenakshi Sundaram`)."""
    return len(words) >= 3 and len(first) == 2 and first[0].isupper() and first[1] == "."


def _set_off_after_role(tokens: list[Token]) -> bool:
    """Whether a name is set off by a comma after a role or a title, as a person's is,
    whatever the lists know of its given name: `the government spokeswoman, Wara Quispe
    Condori, said`."""
    first, head = tokens[0], tokens[-1]
    role = head.head
    return (
        head.dep_ == "appos"
        and first.i > 0
        and first.doc[first.i - 1].text == ","
        and role.i < first.i
        and (role.lower_ in TITLES or role.lemma_.lower() in ROLE_NOUNS)
    )


def _three_words_of_a_speaker(tokens: list[Token]) -> bool:
    """Rule three-word-speaker: whether a person's name of three capitalised words is a
    full name whatever the lists know of its first word, as the subject of a cue or set
    before a description of the person: `Eirlys Pugh Davies, a grower, said …` (a Welsh
    given name and a double surname, which goes by `Pugh`), `Ibon Etxeberria Agirre
    said`. A name of two words may be a body's or a role's run; three capitals a cue or
    a description makes a person's are a given name and two surnames."""
    head = tokens[-1]
    return (
        len(tokens) == 3
        and all(t.is_alpha and t.is_title for t in tokens)
        and (
            (head.dep_ == "nsubj" and head.head.lemma_ in cue_lemmas())
            or any(
                c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > head.i
                and any(d.dep_ == "det" for d in c.children)
                for c in head.children
            )
        )
    )


def _titled_three_words(tokens: list[Token]) -> bool:
    """Rule titled-three-words: whether a person's name of three capitalised words is a
    full name whatever the lists know of its first word, as a title or a role noun right
    before it marks a person's: `led by Dr Esperanza Ngoy Kasongo`, `rector Xavier Puig
    Serra` (a given name and two surnames, which the text then shortens to the first:
    `Ngoy said`). Not by an age set off after it (`Ana Limachi Mamani, 74,`): a feature
    names a family so, each by an age, and their shared first surname alone is then
    no one's short form here."""
    if len(tokens) != 3 or not all(t.is_alpha and t.is_title for t in tokens):
        return False
    before = tokens[0].doc[tokens[0].i - 1] if tokens[0].i else None
    return before is not None and (
        before.lower_ in TITLES or before.lemma_.lower() in ROLE_NOUNS
    )


def _line_of(span: Span, sentences: dict[int, tuple[str, int]]) -> str:
    """The text of a span's sentence, within the line that holds the span. `sentences`
    keeps each sentence's text and first character by its first token, made once for
    all the names in it (a long sentence's text, made once per name, cost the square
    of its length)."""
    sent = span.sent
    if sent.start not in sentences:
        sentences[sent.start] = (sent.text, sent.start_char)
    text, first = sentences[sent.start]
    at = span.start_char - first
    return text[text.rfind("\n", 0, at) + 1 : (text.find("\n", at) + 1 or len(text) + 1) - 1]


def _less_second_surname(words: list[str], firsts: set[tuple[str, ...]]) -> bool:
    """Rule first-surname-form: whether a full name of two words is another full name of
    the text less its last word, a Spanish or Basque name written by the given name and
    the first of its two surnames (a headline's `Maialen Etxeberria` beside `Maialen
    Etxeberria Zubizarreta`): its last word is the longer name's first surname, no other
    person's surname, so `Etxeberria says` stays the longer name's short form. `firsts`
    holds the first two words of each full name of three words, read once for all the
    names (each name compared with every other cost the square of a text of thousands of
    people)."""
    return len(words) == 2 and tuple(words) in firsts


def _run_at(part: list[str], whole: list[str]) -> int | None:
    """Where the words `part` run in `whole`, or None."""
    n = len(part)
    return next((k for k in range(len(whole) - n + 1) if whole[k : k + n] == part), None)
