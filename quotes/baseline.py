"""textacy's direct-quotation extractor as a baseline, in the project's own records.

``quotes evaluate --baseline`` scores textacy next to our engine on the same spaCy
model, so the README's comparison is one command anyone can rerun. textacy yields
``DQTriple(speaker, cue, content)`` with token lists and a content span that includes
the quote marks; :func:`triple_to_quote` turns one into a :class:`~quotes.records.Quote`
whose offsets index the document text and whose content excludes the marks, as ours do.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from spacy.language import Language
from spacy.tokens import Doc, Token
from textacy.extract.triples import DQTriple, direct_quotations

from quotes.records import Quote

#: What ``method`` says on every baseline quote, so mixed outputs stay traceable.
METHOD = "textacy.direct_quotations"


def _token_extent(tokens: Sequence[Token]) -> tuple[int, int]:
    """Character offsets from the first token's start to the last token's end."""
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def triple_to_quote(triple: DQTriple) -> Quote:
    """One textacy triple as a ``direct`` :class:`Quote` with offsets into the doc text.

    The content span runs from the opening to the closing mark token; the quote is the
    text strictly between them, with surrounding spaces trimmed.  Speaker and cue token
    lists (sorted by textacy) become one extent each, from first to last token.
    textacy resolves nothing, so ``speaker`` (the canonical name) stays ``None`` and
    the words it found go to ``speaker_mention``.
    """
    doc = triple.content.doc
    text = doc.text
    first, last = triple.content[0], triple.content[-1]
    start = first.idx + len(first.text) if first.is_quote else first.idx
    end = last.idx if last.is_quote else last.idx + len(last.text)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    speaker_start, speaker_end = _token_extent(triple.speaker)
    cue_start, cue_end = _token_extent(triple.cue)
    return Quote(
        type="direct",
        text=text[start:end],
        start=start,
        end=end,
        speaker_mention=text[speaker_start:speaker_end],
        speaker_start=speaker_start,
        speaker_end=speaker_end,
        cue=text[cue_start:cue_end],
        cue_start=cue_start,
        cue_end=cue_end,
        method=METHOD,
    )


def baseline_quotes(doc: Doc) -> list[Quote]:
    """textacy's direct quotations in a parsed doc, as :class:`Quote` records.

    textacy refuses a whole document when its quote marks do not pair up (an odd
    count); such a document yields no quotes here, which is what the baseline
    effectively delivers, rather than aborting the evaluation run.
    """
    try:
        return [triple_to_quote(triple) for triple in direct_quotations(doc)]
    except ValueError:
        return []


def baseline_extract_many(
    texts: Iterable[str], nlp: Language, batch_size: int = 32
) -> Iterator[list[Quote]]:
    """Run the baseline over texts with ``nlp``: one list of quotes per text, in order."""
    for doc in nlp.pipe(texts, batch_size=batch_size):
        yield baseline_quotes(doc)
