"""Step 4 of the `statements` scope for a direct quote: its place on the page.

:func:`quotes.scope.dropped_by` asks it last for a direct quote: words no one is given as
saying by where the quote stands (a heckle, a topic or a thing quoted, a line repeated,
cited, recited or cried, the writer's sentence or her own words, a headline or the
title), as :mod:`quotes.reported_scope` is asked for reported speech.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.appeals import appeal_only
from quotes.content_shape import chosen_word, quoted_request, quoted_thing, quoted_topic
from quotes.crowd_voices import heckled
from quotes.normalise import OPENING_MARKS
from quotes.not_said import recited, sung, translated_in_brackets
from quotes.page_lines import (
    cited_headline,
    echoed_ending,
    headline,
    in_writers_sentence,
    named_quote_title,
    pull_quote,
    set_in_apposition,
    signature,
    standfirst,
    title,
)
from quotes.read_out import numbered_text, sung_while
from quotes.records import UNNAMED_VOICE
from quotes.reported_scope import BY_PASSIVE
from quotes.set_off_texts import note_before_colon, title_beside_work
from quotes.titles import is_title, published_title
from quotes.translations import translated_after_cue, translated_after_dash
from quotes.writer_voice import headlinese, own_words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def _direct_by_page(
    doc_text: str, content: Span | None, cue: Token | None, speaker: Span | None, method: str
) -> str | None:
    """Step 4 for a direct quote: words no one is given as saying, by the quote's place
    on the page (a heckle, a line repeated or cited, the writer's sentence or own words,
    a headline); otherwise the quote is the speaker's words and stays."""
    if method == UNNAMED_VOICE:
        return "heckle"  # `"Rubbish!" came a voice from the benches.`
    if content is not None and quoted_topic(cue, content, method):
        return "thing-object"  # `Critics spoke of "the Jerič sound"`: a topic of talk
    if content is not None and quoted_thing(cue, content):
        return "thing-object"  # `The union maintains "a strict neutrality"`: scare quotes
    if content is not None and published_title(cue, content):
        return "work-title"  # `since it published "Who Holds the Keys?", its review`
    if content is not None and quoted_request(cue, content, method):
        return "request"  # `The casting call asked for "an actress, 25–35, …"`
    if content is not None and chosen_word(cue, content):
        return "chosen-word"  # `The report avoids the term "crisis", preferring "pressure"`
    if content is not None and _named_beside_source(doc_text, content, cue, speaker):
        return "work-title"  # `The brochure, "Harbour 2030: A Market for All", shows …`
    if content is not None and appeal_only(content.text):
        return "appeal"  # `"Anyone with information is asked to call 555 0100."`
    if content is not None:
        lines = _direct_by_lines(doc_text, content, cue, method)
        if lines is not None:
            return lines
        if title_beside_work(doc_text, content, cue):
            return "work-title"  # `a documentary about itself, "Los del Puente", in which …`
        if speaker is None and in_writers_sentence(doc_text, content.start_char, content.end_char):
            # `Her column last week, "Why I gave up the car", drew 300 letters`: a title, a
            # slogan or the writer's own words, which no one is given as saying
            return "unsourced"
    if speaker is not None and own_words(speaker, method):
        return "writer"
    if (
        speaker is not None
        and content is not None
        and method.startswith(_BORROWED)
        and content.start <= speaker.start < content.end
    ):
        # rule speaker-inside-quote: `Last day at the library: "Where will the children
        # read now?"`: a speaker borrowed from a sentence the parse ran into the quote is
        # the quote's own words, no one given as saying it (`--scope all` keeps the row)
        return "unsourced"
    # `Tributes to Ann Lee, 'the voice of the morning show'`: a quote in a headline that no
    # one is given as saying is the headline's, not a statement; and a quote in the title
    # over the story is never one, whoever the title names (`'We lost everything': family
    # tells of flood`, `Okafor: 'We were beaten'`, also when the quotation keeps its full
    # stop: `Okafor: 'We were beaten.'`)
    if content is not None and named_quote_title(doc_text, content.start_char):
        return "headline"
    if content is not None and standfirst(doc_text, content.start_char):
        return "standfirst"  # `"We will rebuild," mayor says after flood.` ¶ `KANO – …`
    if content is None or not headline(doc_text, content.start_char):
        return None
    if speaker is None or title(doc_text, content.start_char) or headlinese(speaker):
        return "headline"
    return None


def _direct_by_lines(
    doc_text: str, content: Span, cue: Token | None, method: str
) -> str | None:
    """What makes a direct quote a line repeated, cited, recited or cried rather than
    someone's statement: a pull quote, a cited headline or title, an echoed ending, a
    signature, a translation in brackets, a text recited or sung, a heckle."""
    start, end = content.start_char, content.end_char
    if pull_quote(doc_text, start, end):
        return "pull-quote"
    if cited_headline(doc_text, start, end):
        return "work-title"
    if echoed_ending(doc_text, start, end):
        return "echo"
    if signature(doc_text, start):
        return "signature"  # `It was signed: "The staff of Ward 9".`
    if method.startswith(_BORROWED) and set_in_apposition(doc_text, start, end):
        # `His first book, "Salt and Iron", is still in print.`: a title, not words of
        # whoever said the quote before it
        return "work-title"
    if translated_in_brackets(doc_text, start):
        return "gloss"
    if translated_after_dash(doc_text, start, end) or translated_after_cue(doc_text, start, end):
        return "gloss"  # `It reads "Paid â'n cau ni" — "Don't close us".`
    if recited(content) or sung(cue, content) or numbered_text(content) or sung_while(cue):
        return "recited"
    if note_before_colon(content):
        return "platform-note"  # `A community note had been added under the post: "…"`
    if heckled(content, cue):
        return "heckle"
    if method.startswith(BY_PASSIVE) and is_title(content.text):
        # `"The Salt Road" is published by Harrow Books`: a work's title, not words
        return "work-title"
    return None


def _named_beside_source(
    doc_text: str, content: Span, cue: Token | None, speaker: Span | None
) -> bool:
    """Rule title-beside-source: whether a direct quote is set off by commas right after
    the very words taken for its source, with the cue after it (`The ministry's
    brochure, "Harbour 2030: A Market for All", shows 200 stalls`): the name of the
    thing those words name, its title, not what it says."""
    start, end = content.start_char, content.end_char
    if speaker is None or cue is None or cue.i < content.end:
        return False
    between = doc_text[speaker.end_char : start]
    return (
        speaker.end_char <= start
        and between.strip(" " + OPENING_MARKS) == ","
        and set_in_apposition(doc_text, start, end)
    )


#: Methods of a direct quote with no cue of its own, whose speaker is borrowed from a quote
#: or a sentence near it (:mod:`quotes.inheritance`).
_BORROWED = ("previous-quote", "previous-sentence", "previous-turn", "last-speaker",
             "next-sentence")
