"""Who a description by a title stands for: the one person the text titled so.

`The Health Minister added …` after `Health Minister Datuk Seri Dr Nurul Ain said …`, `the
president` after `President Ada Lind`, `the judge` after `Mr Justice Hale`
(title-descriptions.txt), and `The First Minister has conceded …` before the story names
`First Minister Morag MacInnes`. :class:`TitledDescriptions` adds these lookups to the
index of what the text states of each person (:mod:`quotes.stated_facts`);
:class:`quotes.described.DescribedIndex` builds on it for the other descriptions.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotes.articles import has_indefinite_article
from quotes.language import word_list, word_map
from quotes.name_spans import LESSER_OFFICES, MOST_TITLES, TITLES
from quotes.portfolio_titles import after_portfolio, portfolio
from quotes.stated_facts import StatedFacts

_VOICES = word_list("body-voices")
#: The titles a description noun stands for besides itself (`the judge`: Justice).
_TITLE_DESCRIPTIONS = word_map("title-descriptions")


class TitledDescriptions(StatedFacts):
    """:class:`~quotes.stated_facts.StatedFacts` with the descriptions by a title looked
    up: the one person the text titled so; fed in document order."""

    def by_title_phrase(self, head: Token) -> str | None:
        """`The Health Minister added …` after `Health Minister Datuk Seri Dr Nurul Ain
        said …`: the one person the text named right after the same capitalised title
        and its qualifiers (a few more titles may stand between); None for a title with
        no qualifier, or when none or several were so named."""
        doc = head.doc
        start, phrase = _title_phrase(head)
        if len(phrase) < 2:
            return None
        fits = {
            person
            for i, person in self.timeline
            if i < start and _phrase_at(_words_before(doc, i), phrase) is not None
        }
        return self._the_one(fits)

    def by_later_title_phrase(self, head: Token) -> str | None:
        """Rule title-named-later: `The First Minister has conceded that …` in a story's
        opening, before it names `First Minister Morag MacInnes`: the one person the text
        names after the mention right after the same capitalised title and its qualifiers
        (:meth:`by_title_phrase`), none of them titled a deputy's or a former holder's
        (`former First Minister X` held it before); None for a title with no qualifier, or
        when none or several were so named."""
        doc = head.doc
        _, phrase = _title_phrase(head)
        if len(phrase) < 2:
            return None
        fits = set()
        for i, person in self.timeline:
            if i <= head.i:
                continue
            before = _words_before(doc, i)
            at = _phrase_at(before, phrase)
            if at is not None and not (at and before[at - 1] in LESSER_OFFICES):
                fits.add(person)
        return self._the_one(fits)

    def by_later_portfolio(self, head: Token) -> str | None:
        """Rule portfolio-named-later (:mod:`quotes.portfolio_titles`): `…, the Finance
        Minister says.` before the story names `Minister of Finance Rra Kabelo
        Ramolefhe`: the one person named after the mention right after the same title
        and portfolio, in either order, honorifics between; None when the title has no
        portfolio, or none or several were so named."""
        words = portfolio(head)
        if words is None:
            return None
        fits = {
            person
            for i, person in self.timeline
            if i > head.i and after_portfolio(head.doc, i, head.lower_, words)
        }
        return self._the_one(fits)

    def _by_title(self, head: Token) -> str | None:
        """`the president` → the one person the text titled President before it (`the
        PM` → Prime Minister, title-descriptions.txt), of
        several the one named in its sentence or the one before (`Justice X wrote …` ¶
        `Justice Y argued … The justice said` is Y); None when it titled none, or several
        and not one is named there, or the description is a body's voice after an
        indefinite article (`a spokesperson`, another the text leaves unnamed)."""
        title = head.lower_
        if title not in TITLES and title not in _TITLE_DESCRIPTIONS:
            return None
        if title in _VOICES and has_indefinite_article(head):
            # rule indefinite-voice: `A spokesperson for the health board said …` after
            # `Labour's health spokesperson, Rewi Manahi,` is another, unnamed one (not
            # other titles: `A sheriff has found …` in a lead is the one named later)
            return None
        titles = {title, *_TITLE_DESCRIPTIONS.get(title, ())}  # `the judge`: Mr Justice X
        titled = {p for i, p in self.timeline if i < head.i and titles & self.people[p].titles}
        words = {t.lower_ for t in head.lefts if t.lower_ in TITLES}
        if len(titled) > 1 and not words:
            titled = self._office_itself(titled)
        if len(titled) > 1:
            # `the Chief Justice` after `Chief Justice X and Justice Y`: all its title words
            fits = {p for p in titled if words and words <= self.people[p].titles}
            if not fits and not words:
                # `In his dissent, Justice Y argued … The justice said …`: the one the
                # sentence before named (not `Judge X and Judge Y heard …`, two)
                fits = {p for i, p in self.timeline if p in titled and self._in_reach(i, head)}
            titled = fits
        return self._the_one(titled)

    def _office_itself(self, titled: set[int]) -> set[int]:
        """Of several people titled with a bare title's word, those who hold the office
        itself, when some do (rule office-itself): `The Mayor replied …` after `Present:
        Mayor Rosa Vella; Deputy Mayor Ian Farr` is Rosa Vella, not the deputy, nor a
        former holder (:data:`LESSER_OFFICES`)."""
        itself = {p for p in titled if not self.people[p].titles & LESSER_OFFICES}
        return itself or titled


def _title_phrase(head: Token) -> tuple[int, list[str]]:
    """Where the capitalised title phrase a description's head closes begins, and its
    words in lower case: `Health Minister` of `The Health Minister added`."""
    doc = head.doc
    start = head.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].is_title:
        start -= 1
    return start, [t.lower_ for t in doc[start : head.i + 1]]


def _words_before(doc: Doc, i: int) -> list[str]:
    """The words, in lower case, of the titles that may stand before word `i`."""
    return [t.lower_ for t in doc[max(0, i - MOST_TITLES) : i]]


def _phrase_at(words: list[str], phrase: list[str]) -> int | None:
    """Where `phrase` stands in `words`, or None."""
    return next((k for k in range(len(words)) if words[k : k + len(phrase)] == phrase), None)
