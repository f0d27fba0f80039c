"""What kind of attribution a cue makes: `speech`, `thought`, `stance` or `act`.

The class of every cue is data, in the language's folder: a column of the verb lexicon
(`say speech`, `believe thought`, `oppose stance`, `decline act`), of the noun, adjective,
impression and hearsay lists, of the light verbs (`take stance aim …`) and of the signs
that are not words of those lists (`according`, a colon, a dash). A fact-checker keeps
what is said or thought (see :mod:`quotes.scope`); a researcher of attribution keeps all.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from quotes.cue_words import governs_clause, light_word
from quotes.figure_estimates import FIGURE_VERBS, figure_estimate
from quotes.language import DEFAULT_LANG, table, word_classes
from quotes.poll_readings import POLL_VERDICTS, poll_reading

#: The classes a cue can have, from what is plainly said to what is merely done.
CUE_CLASSES: tuple[str, ...] = ("speech", "thought", "stance", "act")
#: The class of each word of the verb lexicon (`say speech`, `believe thought`), by
#: lemma: what the rules read when they ask a verb's class without the token's context.
VERB_CLASSES = word_classes("cues")
#: The class of a verb outside every list that a quotation hangs on (`"…," I confessed`).
DEFAULT_CLASS = "speech"
#: Which list a cue's part of speech reads first (then the verb lexicon, then the rest).
_LISTS_BY_POS = {
    "NOUN": ("nominal-cues", "cues"),
    "PROPN": ("nominal-cues", "cues"),
    "ADJ": ("adjective-cues", "feeling-cues", "stance-adjectives", "cues"),
    "ADV": ("hearsay-adverbs",),
}
_ALL_LISTS = (
    "cues",
    "clause-cues",
    "goal-cues",
    "impression-cues",
    "nominal-cues",
    "stance-holder-nouns",
    "adjective-cues",
    "feeling-cues",
    "stance-adjectives",
    "hearsay-adverbs",
)


@lru_cache(maxsize=4)
def _light_classes(lang: str) -> dict[tuple[str, str], str]:
    """The class of each light verb and word pair: `("take", "aim")` is a `stance`."""
    return {(verb, word): cls for verb, cls, *words in table("light-verbs", lang) for word in words}


def cue_class(cue: Token | None, lang: str = DEFAULT_LANG) -> str | None:
    """The class of a cue token, or None for a row with no cue.

    A poll's verb of reading takes the class poll-verdicts.txt gives it (`A new poll puts
    the mayor at 40 percent`, :func:`~quotes.poll_readings.poll_reading`); a light verb
    takes the class of its word (`made clear` speech, `took aim` stance);
    a sign (`according`, `:`, a dash) reads :file:`sign-cues.txt`; a verb that governs a
    finite clause reads :file:`clause-classes.txt` first (`signed that …` speech, `signed
    the deal` an act); a noun or adjective reads its own list first (`charge` the noun is
    speech, the verb a stance); a verb outside every list that a quotation hangs on is
    :data:`DEFAULT_CLASS`.
    """
    if cue is None:
        return None
    lemma = cue.lemma_.lower()
    if lemma in POLL_VERDICTS and poll_reading(cue):
        # `A new poll puts the mayor at 40 percent`: the verb is a cue only as a poll's
        return POLL_VERDICTS[lemma]
    if lemma in FIGURE_VERBS and figure_estimate(cue):
        # `Police put the crowd at 9,000`: the verb is a cue only with a figure
        return FIGURE_VERBS[lemma]
    word = light_word(cue)
    if word is not None:
        found = _light_classes(lang).get((lemma, word.lemma_.lower()))
        if found is not None:
            return found
    sign = word_classes("sign-cues", lang).get(cue.lower_)
    if sign is not None:
        return sign
    clause = word_classes("clause-classes", lang).get(lemma)
    if clause is not None and governs_clause(cue):
        # `He signed that the link was useless`: speech, where `signed the deal` is an act
        return clause
    for name in (*_LISTS_BY_POS.get(cue.pos_, ()), *_ALL_LISTS):
        found = word_classes(name, lang).get(lemma) or word_classes(name, lang).get(cue.lower_)
        if found is not None:
            return found
    return DEFAULT_CLASS
