"""Rule they-them-person: a `they` that stands for one person whose pronouns the text
gives as they/them.

`Councillor Robin Sabourin, who uses they/them pronouns, moved to delay the vote.` ¶
`"…," they said.`: the `they` is Robin Sabourin, as a `she` after a woman's name is hers;
with no group or body in reach it had no speaker. Read by
:class:`quotes.speakers.SpeakerResolver` for a `they` that no group or body that spoke
just before stands for.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from quotes.language import word_list

#: The words after `they/` that give a person's pronouns (`them` in `they/them`).
_FORMS = word_list("they-them-forms")
#: Most tokens between the end of a name and the `they/them` note on it
#: (`Robin Sabourin (Progressive, Ward 3), who uses they/them`).
_REACH = 12


def they_them_people(doc: Doc) -> list[Span]:
    """The names of the people the text says use they/them: for each `they/them` note,
    the nearest person's name before it in its sentence, no more than :data:`_REACH`
    tokens back."""
    people = [ent for ent in doc.ents if ent.label_ == "PERSON"]
    found = []
    for i in range(len(doc) - 2):
        if doc[i].lower_ != "they" or doc[i + 1].text != "/" or doc[i + 2].lower_ not in _FORMS:
            continue
        start = doc[i].sent.start
        before = [p for p in people if start <= p.start and p.end <= i and i - p.end <= _REACH]
        if before:
            found.append(before[-1])
    return found
