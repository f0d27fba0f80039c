"""A body's name written in another language, read whole across its small words:
Dutch, German, Italian and Polish ones between capitalised words (`Instituut voor
Zorgbeoordeling`, `Istituto per la Ricerca Sociale`, rule foreign-joined-body) and
Romance ones (`Syndicat des Vignerons du Haut-Minervois`, `Banco de la Nación`), where
an English name would hold `of` or `for`.

Steps of :func:`quotes.body_names.whole_body_name`, which widens a body's name the
parse cut, and of the mention and name rules that read a name opening after such a word
(:mod:`quotes.mentions`, :mod:`quotes.names`, :mod:`quotes.speakers`,
:mod:`quotes.written_names`); split out of :mod:`quotes.body_names`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotes.language import table, word_list

#: Small words of Romance languages inside a body's name (`Syndicat des Vignerons du
#: Haut-Minervois`) and the articles after them (`de la`).
ROMANCE = word_list("body-name-joins-romance")
ROMANCE_ARTICLES = word_list("body-name-articles-romance")
#: Small words of Dutch, German, Italian and Polish inside a body's name (`Instituut
#: voor Zorgbeoordeling`, `Instytut Onkologii im. Marii Curie`), and the articles that
#: may follow them (`Istituto per la Ricerca Sociale`): the file's two lines.
_FOREIGN_JOINS, _FOREIGN_ARTICLES = (frozenset(row) for row in table("body-name-joins-foreign"))


def foreign_join_before(doc: Doc, start: int) -> int | None:
    """Rule foreign-joined-body: where the capitalised run opens that a Dutch, German,
    Italian or Polish small word of a body's name, and its article, join to a name
    opening at token `start` (`Instituut voor | Zorgbeoordeling`, `Institut für |
    Demoskopie Linz`, `Istituto per la | Ricerca Sociale`, `Instytut Onkologii im. |
    Marii Curie`, :data:`_FOREIGN_JOINS`); None when no such word stands there, or no
    capitalised word before it."""
    i = _small_word_before(doc, start, _FOREIGN_JOINS, _FOREIGN_ARTICLES)  # `per la`
    if i is None:
        return None
    first = i
    while first > 0 and _run_word(doc[first - 1]) and not doc[first].is_sent_start:
        first -= 1
    return first if first < i else None


def foreign_joined_name(doc: Doc, start: int, end: int) -> bool:
    """Rule foreign-joined-body: whether the words `start:end` are a body's name whose
    capitalised words a Dutch, German, Italian or Polish small word joins (`Instituut
    voor Zorgbeoordeling`, :func:`foreign_join_before`), and nothing else: the parse may
    head it with that small word, a noun to the tagger, or hang the words after it as an
    apposition."""
    joins = _FOREIGN_JOINS | _FOREIGN_ARTICLES
    return (
        end - start > 2
        and all(_run_word(t) or (t.lower_ in joins and t.is_lower) for t in doc[start:end])
        and any(foreign_join_before(doc, k) is not None for k in range(start + 2, end))
    )


def _run_word(token: Token) -> bool:
    """A capitalised word that may be part of a body's name: no stop word (`The`)."""
    return token.is_alpha and token.text[:1].isupper() and not token.is_stop


def foreign_joined(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Rule foreign-joined-body: the bounds of a body's name `start:end` read on over the
    Dutch, German, Italian or Polish small words inside it (:func:`foreign_join_before`)
    to its first capitalised word (`Zorgbeoordeling` → `Instituut voor Zorgbeoordeling`)
    and to the capitalised words after such a word that follows it (`Istituto` →
    `Istituto per gli Studi Economici`, also where the parse cut the name after the
    small word: `The Stichting voor`); `(start, end)` when no such word joins it."""
    while (opening := foreign_join_before(doc, start)) is not None:
        start = opening
    close = end
    while close - 1 > start and doc[close - 1].lower_ in _FOREIGN_JOINS | _FOREIGN_ARTICLES:
        close -= 1  # `The Stichting voor`, the parse's cut after the small word
    while close < len(doc) and doc[close].lower_ in _FOREIGN_JOINS and doc[close].is_lower:
        k = close + 1
        if k < len(doc) and doc[k].lower_ in _FOREIGN_ARTICLES:
            k += 1
        run = k
        while run < len(doc) and _run_word(doc[run]) and not doc[run].is_sent_start:
            run += 1
        if run == k or not _run_word(doc[close - 1]):
            break
        close = run
    return start, max(close, end)


def romance_joined(doc: Doc, start: int, end: int) -> bool:
    """Whether a name `start:end` holds a Romance small word between capitalised words
    (`Syndicat des Vignerons`, `Banco do Nordeste`), or one right after it (`Banco | do
    Nordeste`, cut there), so that it is read on over the next such word
    (:data:`ROMANCE`): `… du Haut-Minervois`."""
    return any(
        doc[k].lower_ in ROMANCE and doc[k].is_lower
        and doc[k - 1].text[:1].isupper() and doc[k + 1].text[:1].isupper()
        for k in range(start + 1, min(end + 1, len(doc) - 1))
    )


def romance_join_before(doc: Doc, start: int) -> int | None:
    """Where a capitalised word stands before a name opening at token `start` across a
    Romance small word, and its article, that join the two (`Banco do | Nordeste`, `Banco
    de la | Nación`, :data:`ROMANCE`); None when no such word does."""
    i = _small_word_before(doc, start, ROMANCE, ROMANCE_ARTICLES)  # `de la`
    if i is None:
        return None
    word = doc[i - 1]
    return i - 1 if word.is_alpha and word.text[:1].isupper() else None


def _small_word_before(
    doc: Doc, start: int, joins: frozenset[str], articles: frozenset[str]
) -> int | None:
    """The index of the small word in lower case, one of `joins`, that stands before a
    name opening at token `start`, past the article after it (`de la`, `per la`), with a
    word before it; None when none does."""
    i = start - 1
    if i > 0 and (doc[i].lower_ in articles or doc[i].lower_ in joins) and (
        doc[i - 1].lower_ in joins and doc[i - 1].is_lower
    ):
        i -= 1  # `de la`, or two small words in a row (`e de`)
    return i if i >= 1 and doc[i].lower_ in joins and doc[i].is_lower else None


def romance_opening(doc: Doc, start: int) -> bool:
    """Whether a name opens at token `start` as a Romance language writes a body's name,
    its first word alone capitalised and a small word after it (`Syndicat des
    travailleurs`, `Confédération générale du travail`, `Banco do Nordeste`)."""
    return (
        start + 2 < len(doc)
        and doc[start].is_alpha
        and doc[start].text[:1].isupper()
        and (doc[start + 1].lower_ in ROMANCE or doc[start + 2].lower_ in ROMANCE)
        and doc[start + 1].is_lower
    )
