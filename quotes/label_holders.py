"""The person a record's label names: `Mr K J DLAMINI:`, `The MINISTER:`, `CALLER:`.

A transcript, a hearing's record or a log marks who speaks by a label at the start of a
line, and its introduction names the people the labels stand for
(:class:`quotes.label_names.LabelNames`); the name it gives is made the fullest one the
text gives that person. Asked by the speaker resolution
(:class:`quotes.speakers.SpeakerResolver`) for a role written as a label
(`LAUNCH CONDUCTOR:`) and by the inheritance of a transcript's turns
(:mod:`quotes.inheritance`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from quotes.label_clues import clue_ends, first_clue, settled_end
from quotes.label_names import LabelNames, label_words, labels_a_line
from quotes.name_mentions import NameMentions


class LabelHolders(NameMentions):
    """:class:`~quotes.name_mentions.NameMentions` asked for the one a record's label
    names."""

    def __init__(self, doc: Doc, text: str | None = None) -> None:
        super().__init__(doc, text)
        #: The names a record's introduction gives its labels, read on first use.
        self._labels: LabelNames | None = None
        #: The fuller name of each name a label was given (:meth:`label_name`): a long
        #: record repeats a few labels hundreds of times.
        self._fuller: dict[str, str] = {}
        #: Where the text first gives a clue to each label's words
        #: (:func:`quotes.label_clues.first_clue`), read once per label.
        self._clues: dict[tuple[str, ...], int | None] = {}
        #: The end of every such clue (:func:`quotes.label_clues.clue_ends`).
        self._clue_ends: dict[tuple[str, ...], list[int]] = {}
        #: Whether each name found for a label labels a line of its own
        #: (:func:`quotes.label_names.labels_a_line`).
        self._labelling: dict[str, bool] = {}

    def label_name(self, label: Span, introduction: int) -> str | None:
        """The full name the introduction (the text before character ``introduction``)
        gives a record's label (`Mr K J DLAMINI`, `The MINISTER`, `CALLER`;
        :class:`quotes.label_names.LabelNames`), or None: the label is then resolved as
        any mention (:meth:`resolve`). The introduction's words give one word before the
        surname; the one person the text names with more words before it, or after it,
        has the fuller name (`Ngọc Diệp` is `Phạm Ngọc Diệp`, a family name written first;
        `Rocío Benavides` is `Rocío Benavides Ortega`, a second surname after the first)."""
        _, words = label_words(label.text)
        if words not in self._clues:
            self._clues[words] = first_clue(self.text, words)
            self._clue_ends[words] = clue_ends(self.text, words)
        clue = self._clues[words]
        if clue is None or clue >= introduction:
            # an introduction before the first clue names no one: each of thousands of
            # labelled lines was looked up in all the text before it
            return None
        # the text before each labelled line names as the text up to a little past the
        # last place that could name the label's holder does
        introduction = settled_end(self._clue_ends[words], introduction)
        if self._labels is None or len(self._labels.introduction) != introduction:
            self._labels = LabelNames(self.text[:introduction])
        name = self._labels.name(label.text)
        if name is not None and name not in self._labelling:
            # read once per name: each of thousands of lines read all the text for it
            self._labelling[name] = labels_a_line(self.text, name)
        if name is None or self._labelling[name]:
            # `0442 PORT RADIO: Sea Swallow, Port Radio.`: a radio call names the station
            # after the vessel it calls, and another label is no holder of this one
            return None
        if name not in self._fuller:
            fuller = {
                p.name
                for p in self.people
                if p.name.endswith(f" {name}") or p.name.startswith(f"{name} ")
            }
            self._fuller[name] = fuller.pop() if len(fuller) == 1 else name
        return self._fuller[name]
