"""Invisible and control characters inside a word, taken out before the engine reads a
text.

A soft hyphen, a zero-width space or joiner, a word joiner or a bidirectional mark is
pasted inside words from web pages and PDFs (`an\\u00adnounced`, `Mar\\u00adgarethe
Lind`). Normalising reads it as a space, one character for one, which cuts the word in
two: the cue `announced` and the given name were lost. Inside a word (between two word
characters) it is taken out instead, so the engine reads the text as a reader sees it;
every offset of a row is then mapped back to the text as given, and its words sliced
from it again, so ``text[q.start:q.end] == q.text`` still holds. So is such a character
beside the one space between two words (`Bob\\x00 Lee said`), which made two spaces of
it and cut the name, and so is a second space between two words, typed (`Ana  Ruiz
said`) or a no-break space or tab beside a plain one (`Ana&nbsp; Ruiz` decoded; rule
double-space). An HTML reference for a letter inside a word (`Ren&eacute;e`)
is read as that letter, the rest of it taken out (rule letter-reference-in-word): the
parser, reading the letter and seven fillers, took `Renée` for no name. The row's words
keep the reference as written (`speaker_mention` `Ren&eacute;e Holt`, its offsets the
input's), as they keep any character of the input; `speaker` names the person as a reader
sees the name (`Renée Holt`), as it does for a name the text mis-decoded. So is a
reference for a space between two words (`Ana&nbsp;Ruiz`), whose fillers the parser read
as a word between the given name and the surname (rule space-reference; the speaker was
`Ruiz`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from quotes.language import word_list
from quotes.mark_kinds import INVISIBLE_CLASS
from quotes.markup import references_in_words
from quotes.normalise import CONTROLS, SPACES, read_as_meant
from quotes.records import Quote

#: A run of invisible characters between two word characters: `news\u00adpaper`.
_IN_WORD = re.compile(rf"(?<=\w)[{INVISIBLE_CLASS}]+(?=\w)")
#: The invisible characters that stand for a break between two words, not inside one:
#: the zero-width space, the byte-order mark (zero-width no-break space) and the word
#: joiner. Between a capitalised word and a capital (`Bob\ufeffLee`, `Ana\u200bRuiz`,
#: a web page's or a concatenated file's) one stands where a space was (rule
#: zero-width-break): taken out, it glued the name into one word, the speaker `BobLee`,
#: and a later `Lee said` was another person.
_BREAKS = frozenset("\u200b\u2060\ufeff")
#: Surname openers a capital follows inside the one word (`Mc\u200bDonald`): a break
#: there is taken out, as inside any word.
_GLUED_PREFIXES = word_list("glued-name-prefixes")
#: The capitalised word that ends right before a run (`Ana` of `Ana\u200bRuiz`).
_CAPITALISED_END = re.compile(r"(?<![^\W\d_])[^\W\d_][^\W\d_]*$")
#: A run of control characters (NUL, ESC, DEL …, :data:`~quotes.normalise.CONTROLS`)
#: inside a word: `Ru\x00iz`, `RU\x00IZ:`. Read as a space, it split the name (the speaker
#: `Ana Ru iz`, `Bo\x00b Lee` the speaker `Lee` with the role `Bo b`); taken out, the name
#: is whole. One between a lower-case and a capital letter (`Ana\x00Ruiz`) stands where a
#: space was, and stays a space (:mod:`quotes.normalise`).
_CONTROL_IN_WORD = re.compile("(?<=\\w)[" + re.escape(CONTROLS) + "]+(?=\\w)")
#: Invisible and control characters beside the space between two words: `Bob\x00 Lee`,
#: `Doug \u00adAndres`. Read as spaces, they made two spaces of one, which the parser
#: reads as a word of its own between the two: the name was cut (the speaker `Lee`).
_HIDDEN = re.escape(CONTROLS) + INVISIBLE_CLASS
_HIDDEN_BESIDE_SPACE = re.compile(rf"(?<=\w)[ {_HIDDEN}]*[{_HIDDEN}][ {_HIDDEN}]*(?=\w)")
#: Two spaces between two words, a typing slip (`Sanders  has denounced`) or a web page's
#: no-break space beside a plain one (`Ana&nbsp; Ruiz` decoded, `Ana\u00a0 Ruiz`), or a
#: tab beside one: the parser reads the second as a word of its own between them, which
#: cut a name or hid a subject from its verb. Not three or more, which may align the
#: columns of a table.
_DOUBLE_SPACE = re.compile(rf"(?<=\w)[ {SPACES}]{{2}}(?=\w)")


def _kept_space(run: str) -> int:
    """Where the one space a run between two words keeps stands in it: its plain space,
    else its first character (a no-break space, which normalising reads as a space)."""
    return max(run.find(" "), 0)


class Visible:
    """A text without its in-word invisible and control characters (and those beside the
    space between two words), and where each of its characters stands in the text as
    given (:meth:`given`)."""

    def __init__(self, text: str) -> None:
        self.original = text
        # mis-decoded letters are read first: `Ã\u00ad` is `í`, no soft hyphen
        meant = read_as_meant(text)
        runs = [*filter(_not_a_break, _IN_WORD.finditer(meant)),
                *filter(_inside_word, _CONTROL_IN_WORD.finditer(meant))]
        spaced = [run for run in _HIDDEN_BESIDE_SPACE.finditer(meant) if " " in run[0]]
        spaced += _DOUBLE_SPACE.finditer(meant)
        # rule letter-reference-in-word: `Ren&eacute;e` is read `Renée`, its `&` standing
        # for the letter and the rest of the reference dropped, and `Ana&nbsp;Ruiz` as one
        # space between the words (rule space-reference; markup.references_in_words)
        letters = {start: (end, char) for start, end, char in references_in_words(text)}
        self.kept: list[int] | None = None
        #: The end in the text as given of each kept place that stands for more of it
        #: (a reference's `&`: its `;` is the end of a span that ends with its letter).
        self.ends: dict[int, int] = {}
        self.text = text
        if runs or spaced or letters:
            dropped = {at for run in runs for at in range(run.start(), run.end())}
            # the words' one space stays; what the run holds besides it goes
            dropped.update(at for run in spaced for at in range(run.start(), run.end())
                           if at != run.start() + _kept_space(run[0]))
            dropped.update(at for start, (end, _) in letters.items()
                           for at in range(start + 1, end))
            self.ends = {start: end for start, (end, _) in letters.items()}
            self.kept = [at for at in range(len(text)) if at not in dropped]
            self.text = "".join(letters[at][1] if at in letters else text[at]
                                for at in self.kept)

    def given(self, quotes: list[Quote]) -> list[Quote]:
        """`quotes` found in :attr:`text`, with offsets into the text as given and the
        quote, speaker mention and cue sliced from it."""
        if self.kept is None:
            return quotes
        return [self._moved(q) for q in quotes]

    def _moved(self, q: Quote) -> Quote:
        """One quote's offsets mapped back (see :meth:`given`)."""
        start, end = self._span(q.start, q.end)
        speaker_start, speaker_end = self._span(q.speaker_start, q.speaker_end)
        cue_start, cue_end = self._span(q.cue_start, q.cue_end)
        return replace(
            q,
            text=self.original[start:end],
            start=start,
            end=end,
            speaker_mention=self._words(q.speaker_mention, speaker_start, speaker_end),
            speaker_start=speaker_start,
            speaker_end=speaker_end,
            cue=self._words(q.cue, cue_start, cue_end),
            cue_start=cue_start,
            cue_end=cue_end,
        )

    def _span(self, start: int | None, end: int | None) -> tuple[int | None, int | None]:
        """A span of :attr:`text` as a span of the text as given: from its first
        character's place to just after its last one's (an empty span stays empty)."""
        if start is None or end is None or self.kept is None:
            return start, end
        first = self.kept[start] if start < len(self.kept) else len(self.original)
        if end <= start:
            return first, first
        last = self.kept[end - 1]
        return first, self.ends.get(last, last + 1)

    def _words(self, words: str | None, start: int | None, end: int | None) -> str | None:
        """The words of a mapped span, as the text gives them."""
        if words is None or start is None or end is None:
            return words
        return self.original[start:end]


def _inside_word(run: re.Match[str]) -> bool:
    """Whether a run of controls between two word characters is inside one word, not
    where a space was: between a lower-case and a capital letter (`Ana\x00Ruiz`)."""
    before, after = run.string[run.start() - 1], run.string[run.end()]
    return not (before.islower() and after.isupper())


def _not_a_break(run: re.Match[str]) -> bool:
    """Whether a run of invisible characters between two word characters is inside one
    word, not where a space was: a run of zero-width spaces, byte-order marks or word
    joiners (:data:`_BREAKS`) between a capitalised word that is no surname opener
    (`Mc`, :data:`_GLUED_PREFIXES`) and a capital letter (`Ana\u200bRuiz`) is a space
    (:mod:`quotes.normalise` reads it as one, one character for one)."""
    if not set(run[0]) <= _BREAKS or not run.string[run.end()].isupper():
        return True
    before = _CAPITALISED_END.search(run.string, 0, run.start())
    if before is None:
        return True
    word = before[0]
    return not (word[0].isupper() and word[1:].islower()) or word in _GLUED_PREFIXES
