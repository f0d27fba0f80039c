"""Find the people a document names, by rule, where no statistical NER has run.

Speaker resolution needs to know which proper names are people (`he` points to a
person, not to NATO). The statistical entity recogniser costs about half of the
small English pipeline's time, so the engine runs without it and marks people with
these rules instead: a run of proper nouns is a person when a title stands before it
(`President Zelensky`), when it starts with a common given name (`Jens Stoltenberg`),
or when it is the subject of a speech verb (`Viguerie notes`); a lone surname counts
once the fuller name has been seen.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from quotes.descriptions import ORG_KINDS
from quotes.matchers import continues_name, cue_lemmas
from quotes.speakers import (
    HYPHEN_PARTICLES,
    PARTICLES,
    TITLES,
    first_names,
    gender_of_given,
    name_tokens,
)


@Language.component("person_names")
def person_names(doc: Doc) -> Doc:
    """Set `doc.ents` to the people found by :func:`person_spans`, unless NER already ran."""
    if not doc.has_annotation("ENT_IOB"):
        doc.ents = person_spans(doc)
    return doc


def person_spans(doc: Doc) -> list[Span]:
    """Spans labelled PERSON for the proper-noun runs that name people."""
    runs = _proper_runs(doc)
    people = [run for run in runs if _is_person(run)]
    surnames = {name_tokens(p)[-1].lower_ for p in people if name_tokens(p)}
    people += [
        run
        for run in runs
        if run not in people and (tokens := name_tokens(run)) and tokens[-1].lower_ in surnames
    ]
    return sorted(
        (Span(doc, run.start, run.end, label="PERSON") for run in people),
        key=lambda span: span.start,
    )


_HYPHENS = ("-", "‐", "‑")


def _capitalised(token: Token | None) -> bool:
    return token is not None and token.pos_ == "PROPN" and token.text[:1].isupper()


def _joins_name(token: Token) -> bool:
    """A word or mark inside a name, not a name word itself: a particle before a
    capitalised word (`van der Berg`, `de la Cruz`, `bin Salman`, `al-Rashid`) or a
    hyphen written without spaces between two parts (`Jean-Pierre`, `García-Márquez`)."""
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if following is None:
        return False
    tight = not token.whitespace_ and following.text in _HYPHENS
    if tight and token.is_title and token.is_alpha:
        # `García-Márquez said`: the tagger may read the first part as a common noun
        return _joins_name(following)
    if token.text in _HYPHENS and token.i > 0:
        before = doc[token.i - 1]
        return (
            not before.whitespace_
            and not token.whitespace_
            and (before.is_title or before.lower_ in PARTICLES | HYPHEN_PARTICLES)
            and _capitalised(following)
        )
    if not token.is_lower:
        return False
    if tight:
        return token.lower_ in PARTICLES | HYPHEN_PARTICLES
    return token.lower_ in PARTICLES and (
        _capitalised(following) or following.lower_ in PARTICLES
    )


def _proper_runs(doc: Doc) -> list[Span]:
    """Maximal runs of capitalised proper nouns with the particles and hyphens that join
    them (`Maria van der Berg`, `Jean-Pierre Dubois`), starting after the last title in
    them (`U.S. President Joe Biden` gives `Joe Biden`) or at a given name inside a
    longer run (`Historian Ruth Klein` gives `Ruth Klein`)."""
    runs: list[Span] = []
    start = None
    for token in [*doc, None]:
        inside = token is not None and (_capitalised(token) or _joins_name(token))
        if inside and start is None:
            start = token.i
        elif not inside and start is not None:
            end = token.i if token is not None else len(doc)
            while end > start and (doc[end - 1].tag_ == "POS" or not _capitalised(doc[end - 1])):
                end -= 1
            titles = [i for i in range(start, end) if doc[i].lower_ in TITLES]
            start = titles[-1] + 1 if titles else start
            given = [
                i
                for i in range(start + 1, end - 1)
                if _is_given(doc[i]) and not _continues_given(doc[i - 1])
            ]
            start = given[0] if given else start
            if (
                end - start > 2
                and doc[start].is_sent_start
                and gender_of_given(doc[start].lower_) is None
                and doc[start + 1].text not in _HYPHENS
                and gender_of_given(doc[start + 1].lower_) is not None
            ):
                start += 1  # `Fisherman Tomas Reed said …`: a capitalised role
            if start < end:
                runs.append(doc[start:end])
            start = None
    return runs


def _continues_given(before: Token) -> bool:
    """Whether a given name after `before` belongs to a name already begun: after a
    hyphen (`Marie-Claire`) or another given name (`Karine Jean-Pierre`)."""
    return before.text in ("-", "‐", "‑") or gender_of_given(before.lower_) is not None


def _is_given(token: Token) -> bool:
    return token.lower_ in first_names()


def _is_person(run: Span) -> bool:
    """A title or a role noun before it, a given name first (from the hand list or the
    SSA counts: `Karine Dubois`), a description in apposition after it that is no kind
    of organisation (`Guðrún Sigurðardóttir, an engineer`), or a speaker of a speech
    verb."""
    tokens = name_tokens(run)
    words = [t for t in tokens if t.is_title or t.is_upper]
    if not tokens or len(words) > 4:
        return False
    before = run.doc[run.start - 1] if run.start else None
    if before is not None and before.lower_ in ORG_KINDS:
        return False  # `the aid group Mountain Relief`
    if before is not None and (
        before.lower_ in TITLES or (before.pos_ == "NOUN" and before.is_lower and len(tokens) > 1)
    ):
        return True
    if len(tokens) >= 2 and gender_of_given(tokens[0].text) is not None:
        return True
    head = run.root
    described = [c for c in head.children if c.dep_ == "appos" and c.i > run.end]
    if len(tokens) >= 2 and described and described[0].pos_ == "NOUN" and (
        described[0].lower_ not in ORG_KINDS
    ):
        return True  # `Guðrún Sigurðardóttir, an engineer who …`
    return (
        head.dep_ == "nsubj"
        and head.head.lemma_.lower() in cue_lemmas()
        and not any(continues_name(child) for child in head.rights)
    )
