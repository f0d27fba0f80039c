"""A cue in the lowercase words that go on after a quote's closing mark.

Fiction ends a spoken sentence inside the marks and goes on, in lowercase, with the cue:
`"Do." she answered.` Split a sentence a line, as corpora of novels come, the cue even
starts the next line:

    "Then I heard it drop."
    said the girl, in a quiet voice.

The parser reads the closing mark as opening the next sentence and the cue as a sentence
of its own, so neither the dependency patterns nor the position patterns (which stop at a
full stop: `"B." While critics said …`) link it. A lowercase word right after the mark
says the sentence goes on; when it is a cue with its speaker, the quote is theirs.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotes.language import word_list

#: The most words a speaker named after the cue may have (`one of the older women`).
_MAX_NAME = 6
#: Words that end a speaker's name after the cue: `said the girl, in a quiet voice`,
#: `said Mr. Hale; and …`.
_NAME_ENDS = frozenset({",", ".", ";", ":", "!", "?", "(", ")", "—", "–", "--"})
#: Parts of speech a speaker's name after the cue is made of.
_NAME_POS = frozenset({"DET", "PRON", "NOUN", "PROPN", "ADJ", "NUM", "ADP", "PUNCT"})
#: Parts of speech that may end a speaker's words before the cue (`the coach said.`).
_HEADS = frozenset({"NOUN", "PROPN", "PRON"})
#: Subject pronouns that may stand before the cue: `she answered`.
_PRONOUNS = word_list("subject-pronouns")
#: Relative pronouns that end a speaker's name after the cue (`said the man who …`).
_NAME_RELATIVES = word_list("cue-name-relatives")


def continued_cue(doc: Doc, at: int, lemmas: frozenset[str]) -> tuple[Token, Span] | None:
    """The cue and speaker in the words that go on after a closing mark at token `at`
    (the first token after the mark), on its line or at the start of the next: `she
    answered` (pronoun and cue) or `said the girl` (cue and a name up to the next
    punctuation); None unless the first word is lowercase and a cue or its pronoun.
    """
    i = at
    if i < len(doc) and doc[i].is_space:
        if doc[i].text.count("\n") > 1:
            return None  # a blank line: a new paragraph
        i += 1
    if i + 1 >= len(doc) or not doc[i].text[:1].islower():
        return None
    first, second = doc[i], doc[i + 1]
    # `she answered.` / `he said, …`
    if first.lower_ in _PRONOUNS and _is_cue(second, lemmas):
        return second, doc[i : i + 1]
    # `said the girl, in a quiet voice.` / `cried one of the women.`
    if not _is_cue(first, lemmas):
        return None
    end = i + 1
    while end < len(doc) and end - i <= _MAX_NAME and not _ends_name(doc, end):
        if doc[end].pos_ not in _NAME_POS or doc[end].is_space or doc[end].is_quote:
            return None
        if doc[end].pos_ == "ADP" and doc[end].lower_ != "of":
            return None  # `growled Mr. Heathcliff in unison`: the name ends before
        end += 1
    if end >= len(doc) or not _ends_name(doc, end) or end == i + 1:
        return None
    name = doc[i + 1 : end]
    if name[-1].pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    return first, name


def _ends_name(doc: Doc, at: int) -> bool:
    """Whether the word at `at` ends a speaker named after the cue: a mark
    (:data:`_NAME_ENDS`), or, rule name-before-relative, a relative pronoun right after a
    noun, opening a clause about the one named (`"…," replied the man who had fed the
    horses.`: the man; `cried the girls whose bus was late`: the girls)."""
    word = doc[at]
    if word.text in _NAME_ENDS:
        return True
    return (
        word.lower_ in _NAME_RELATIVES
        and at > 0
        and doc[at - 1].pos_ in ("NOUN", "PROPN")
    )


def said_sentence(doc: Doc, at: int, lemmas: frozenset[str]) -> tuple[Token, Span] | None:
    """Rule said-sentence: the cue and speaker of a sentence of a name and a cue alone
    that follows a closing mark on its line (the first token after the mark at `at`),
    a news writer's full stop where a comma belongs: `"We had chances." Team captain
    Ola Berg said. "…"`; None unless the words up to the cue (no more than
    :data:`_MAX_NAME`, no mark) end in a person's name or a noun and a full stop ends
    the sentence right after the cue. The speaker is the name (the tagger may read a
    role before it as a verb: `captain`), else the words before the cue."""
    if at >= len(doc) or doc[at].is_space or not doc[at].text[:1].isupper():
        return None
    for end in range(at + 1, min(len(doc) - 1, at + _MAX_NAME + 1)):
        word = doc[end]
        if _is_cue(word, lemmas) and word.tag_ != "VBN":
            closed = doc[end + 1].text == "." and (
                end + 2 >= len(doc) or doc[end + 2].is_space or doc[end + 2].is_quote
            )
            last = doc[end - 1]
            name = doc[at:end]
            if last.ent_type_ == "PERSON":
                name = next((e for e in doc.ents if e.start <= last.i < e.end), name)
            elif any(t.pos_ not in _NAME_POS for t in name) or last.pos_ not in _HEADS:
                return None
            return (word, name) if closed else None
        if word.is_space or word.is_quote or (word.is_punct and word.text not in "-‐"):
            return None
    return None


def _is_cue(token: Token, lemmas: frozenset[str]) -> bool:
    """A reporting verb, finite (`said`, `cries`; the tagger may read a `said` that
    opens a line as a participle), not a base form (`"Do." tell me …`)."""
    return token.lemma_.lower() in lemmas and token.tag_ in ("VBD", "VBZ", "VBP", "VBN")
