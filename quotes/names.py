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

from quotes.matchers import continues_name, cue_lemmas
from quotes.speakers import TITLES, first_names, name_tokens


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


def _proper_runs(doc: Doc) -> list[Span]:
    """Maximal runs of capitalised proper nouns, starting after the last title in them
    (`U.S. President Joe Biden` gives `Joe Biden`) or at a given name inside a longer
    run (`Historian Ruth Klein` gives `Ruth Klein`)."""
    runs: list[Span] = []
    start = None
    for token in [*doc, None]:
        inside = token is not None and token.pos_ == "PROPN" and token.text[:1].isupper()
        if inside and start is None:
            start = token.i
        elif not inside and start is not None:
            end = token.i if token is not None else len(doc)
            while end > start and doc[end - 1].tag_ == "POS":
                end -= 1
            titles = [i for i in range(start, end) if doc[i].lower_ in TITLES]
            start = titles[-1] + 1 if titles else start
            given = [i for i in range(start + 1, end - 1) if _is_given(doc[i])]
            start = given[0] if given else start
            if end - start > 2 and doc[start].is_sent_start and not _is_given(doc[start]):
                start += 1  # `Fisherman Tomas Reed said …`: a capitalised role
            if start < end:
                runs.append(doc[start:end])
            start = None
    return runs


def _is_given(token: Token) -> bool:
    return token.lower_ in first_names()


def _is_person(run: Span) -> bool:
    """A title or a role noun before it, a given name first, or a speaker of a speech verb."""
    tokens = name_tokens(run)
    if not tokens or len(tokens) > 4:
        return False
    before = run.doc[run.start - 1] if run.start else None
    if before is not None and (
        before.lower_ in TITLES or (before.pos_ == "NOUN" and before.is_lower and len(tokens) > 1)
    ):
        return True
    if len(tokens) >= 2 and _is_given(tokens[0]):
        return True
    head = run.root
    return (
        head.dep_ == "nsubj"
        and head.head.lemma_.lower() in cue_lemmas()
        and not any(continues_name(child) for child in head.rights)
    )
