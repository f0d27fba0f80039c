"""Normalise text for the parser without moving a single character.

The parser reads better with straight quote marks and plain spaces, but every
offset we report must index the text as the user gave it. So each rule here maps
one character to exactly one character: ``len(normalise(t)) == len(t)`` always.
"""

from __future__ import annotations

import re
import unicodedata

from quotes.markup import markup_as_shown

#: The hyphens that join the parts of a word or name (`co-star`, `Pritchard-Ekwueme`):
#: ASCII hyphen-minus, U+2010 HYPHEN and U+2011 NON-BREAKING HYPHEN, which normalising
#: leaves as they are.
HYPHENS = frozenset("-\u2010\u2011")
#: The marks that open a line of a list (`• Calder & Wyre Building Society: 6.6%`, `- Ana
#: Ruiz, director of the Ports Group: "…"`): bullets, and the dashes and asterisk plain
#: text writes for them.
BULLETS = frozenset("•·▪‣◦*-–—")

#: Quote marks as written, straight and curly: those that open a quotation and those that
#: close one (a straight mark does both; the low `„` only opens).
OPENING_MARKS = "\"'“‘«„‹"
CLOSING_MARKS = "\"'”’»›"
#: Every quote mark.
QUOTE_MARKS = "".join(dict.fromkeys(OPENING_MARKS + CLOSING_MARKS))
#: The double quote marks (a single mark may be an apostrophe: `What's next?`).
DOUBLE_MARKS = "\"“”«»„"
#: What is looked past after a quotation's last word: closing marks, brackets and spaces.
CLOSING_MARKS_AND_SPACES = CLOSING_MARKS + ")] \t"

#: The quote marks textacy's `preprocessing.resources.QUOTE_TRANSLATION_TABLE` makes
#: plain (its seven pairs, written out here: importing textacy takes seconds, most of a
#: command's start-up, for these few characters).
_TEXTACY_QUOTES = {"ʼ": "'", "‘": "'", "’": "'", "´": "'", "`": "'", "“": '"', "”": '"'}
#: Marks textacy leaves alone that the parser also reads best as plain quotes.
_EXTRA_QUOTES = {"«": '"', "»": '"', "„": '"', "‟": '"', "‹": "'", "›": "'", "‚": "'", "‛": "'",
                 **dict.fromkeys("＂〝〞〟❝❞「」『』", '"')}

#: The characters the parser's text reads as a straight apostrophe (`’` in `O’Brien`),
#: which a name read from the parse gives back as the text writes them
#: (:mod:`quotes.written_marks`).
APOSTROPHE_FORMS = frozenset(
    [k for k, v in {**_TEXTACY_QUOTES, **_EXTRA_QUOTES}.items() if v == "'"] + ["'"]
)

#: Invisible or layout characters that confuse the tokenizer: zero-width spaces and
#: joiners, byte-order marks, bidirectional controls, odd spaces and tabs.
SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a" + (
    "\u202f\u205f\u3000\t\x0b\x0c"
)
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u202a\u202b\u202c\u202d" + (
    "\u202e\u2066\u2067\u2068\u2069\u00ad"
)

#: A run of the invisible characters above (:data:`_INVISIBLE`), which the parser reads
#: as spaces; one between two word characters is taken out instead
#: (:mod:`quotes.hidden_chars`). The spaCy component's tokenizer reads them so too
#: (:class:`quotes.surrogate_reader.SurrogateReader`).
INVISIBLE_RUN = re.compile(f"[{_INVISIBLE}]+")

#: The other control characters of ASCII (NUL, ESC, DEL …), which no text shows: one
#: glued to a word makes it another token (`said.\x00` is no `said` and no full stop,
#: and the quote before it was lost), so the parser reads each as a space. A NUL comes
#: in JSON as `\u0000`, and a C string or a padded export ends with one. So are the
#: noncharacters U+FFFE and U+FFFF (a byte-swapped BOM, a sentinel), which the parser
#: read as part of a name: `\ufffeThe company said` gave the speaker `\ufffeThe company`.
CONTROLS = "".join(chr(code) for code in [*range(0x20), 0x7F, 0xFFFE, 0xFFFF]
                    if chr(code) not in "\t\n\r\x0b\x0c")

_TABLE: dict[int, int] = {
    **{ord(k): ord(v) for k, v in _TEXTACY_QUOTES.items()},
    **{ord(k): ord(v) for k, v in _EXTRA_QUOTES.items()},
    **{ord(c): ord(" ") for c in SPACES + _INVISIBLE + CONTROLS},
    # A lone carriage return is a line break; in CRLF the CR becomes a space.
    ord("\r"): ord("\n"),
    # Unicode's line and paragraph separators (a soft return from a layout program, a
    # JavaScript string's `\u2028`) end a paragraph for the quote marks as `\n` does
    # (quotes.marks); the parser read one as a word, which held the quote after it from
    # its cue: `Intro.\u2028"We won," Ann Lee said.` gave no row.
    0x2028: ord("\n"),
    0x2029: ord("\n"),
    # The ends of a sentence of Chinese or Japanese, as the parser reads them in English
    # (rule east-asian-sentence-end): the ideographic full stop (and its halfwidth form),
    # the fullwidth `！` and `？`. The parser ran a sentence on past `。`, so in
    # `"我们会赢," 王小明说。 "We will win," said Li Wei.` the words of both quotes were
    # one mixed row of `Li Wei`, and `"…！" 王小明说。` a direct quote of his.
    **{ord(c): ord(v) for c, v in (("\u3002", "."), ("\uff61", "."), ("\uff01", "!"),
                                   ("\uff1f", "?"))},
}


def _windows_1252(code: int) -> str:
    """The character Windows-1252 gives the byte `code`, a space for the five it leaves
    unused."""
    try:
        return bytes([code]).decode("cp1252")
    except UnicodeDecodeError:
        return " "


#: The C1 controls (U+0080-U+009F) as the Windows-1252 characters they stand for: text
#: whose Windows-1252 bytes were decoded as Latin-1 (a scraper's or a database's habit)
#: holds its curly quotes, dashes and ellipsis there (`\x93We will win,\x94 Ana Ruiz
#: said`: a quote no mark rule saw), and no text means a control by them.
_C1_TABLE = {code: _windows_1252(code) for code in range(0x80, 0xA0)}
_C1 = re.compile("[\x80-\x9f]")
#: :data:`_C1_TABLE` but for the five codes Windows-1252 leaves unused, which
#: :func:`read_as_meant` reads after the mojibake they may end (`”` is `â€` + U+009D).
_C1_DEFINED = {code: char for code, char in _C1_TABLE.items() if char != " "}


def windows_1252(text: str) -> str:
    """`text` with each C1 control read as the Windows-1252 character it stands for
    (:data:`_C1_TABLE`), same length; the text itself when it holds none."""
    return text.translate(_C1_TABLE) if _C1.search(text) else text


#: The characters whose UTF-8 bytes, read as Windows-1252, news text most often holds
#: as two or three characters ("mojibake": `â€œWe will win,â€ Ana Ruiz said`, `JosÃ©`,
#: a scraper's or a database's double decoding): the typographic marks, dashes and
#: ellipsis (U+2010-U+2027) and the accented letters of Latin-1 (U+00A0-U+00FF).
_MOJIBAKE_CHARS = [chr(code) for code in [*range(0x2010, 0x2028), *range(0xA0, 0x100)]]


def _mojibake_of(char: str) -> str | None:
    """How `char` reads when its UTF-8 bytes are decoded as Windows-1252 (through
    :data:`_C1_TABLE`, as :func:`windows_1252` leaves it), or None when a byte has no
    Windows-1252 character (`”` ends in 0x9D: see :data:`_CUT_CLOSING`)."""
    try:
        return char.encode("utf-8").decode("cp1252")
    except UnicodeDecodeError:
        return None


_MOJIBAKE = {bad: char for char in _MOJIBAKE_CHARS if (bad := _mojibake_of(char))}
#: `”` is E2 80 9D, and 0x9D has no Windows-1252 character: a decoder leaves `â€`
#: followed by U+009D, U+FFFD, or nothing.
_CUT_CLOSING = "\u00e2\u20ac[\u009d\ufffd]?"


def _alternatives(keys: list[str]) -> str:
    """A pattern matching any of `keys`, longest first."""
    return "|".join(re.escape(key) for key in sorted(keys, key=len, reverse=True))


#: Mis-decoded letters (`Ã©`), read first so the marks after them see a letter
#: (`JosÃ©â€™s`), then the marks, dashes and signs (`â€œ`, `â€”`, `Â£`).
_BAD_LETTER = re.compile(_alternatives([bad for bad, ch in _MOJIBAKE.items() if ch.isalpha()]))
_BAD_SIGN = re.compile(
    _alternatives([bad for bad, ch in _MOJIBAKE.items() if not ch.isalpha()]) + "|" + _CUT_CLOSING
)
_MARKS = frozenset("\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f")
#: Fills the places of a mis-decoded character's extra characters inside a word, for the
#: parser: U+034F COMBINING GRAPHEME JOINER, which shows nothing and keeps the word one
#: token (`O’͏͏Brien`, a name the parser still reads as one).
_JOINER = "\u034f"
#: A mis-decoded apostrophe in an English contraction (`donâ€™t`, `unionâ€™s`, `weâ€™re`):
#: the parser reads best the word as spelt, its fillers after it (`don't  `).
_CONTRACTION = re.compile(
    "(?<=[^\\W\\d_]|\u034f)\u00e2\u20ac\u2122((?:t|s|re|ll|ve|d|m)(?![^\\W\\d_]))", re.IGNORECASE
)


def read_as_meant(text: str, for_parser: bool = False) -> str:
    """`text` with HTML markup as a browser shows it (:func:`~quotes.markup.markup_as_shown`),
    C1 controls (:func:`windows_1252`) and UTF-8 read as Windows-1252
    (:data:`_MOJIBAKE`) written as the characters they stand for, same length.

    The character takes the place of its two or three, the others becoming fillers:
    spaces before an opening mark and after a closing one (`â€œWe` reads `  “We`), so
    the mark finder pairs them; inside a word, for the mark finder, the letter before
    repeated (an apostrophe there is no mark: `donâ€™t` reads `donnnt`), and for the
    parser (`for_parser`) the character and :data:`_JOINER` s (`O’͏͏Brien`, `José͏`), or a
    contraction spelt whole, its fillers after it (`don't  `). Every offset still
    indexes `text`.
    """
    text = markup_as_shown(text, for_parser)
    if _C1.search(text):
        text = text.translate(_C1_DEFINED)
    if "\u00c3" in text or "\u00c2" in text or "\u00e2\u20ac" in text:
        fill = _JOINER if for_parser else ""
        text = _BAD_LETTER.sub(lambda found: _letter(found[0], fill), text)
        if for_parser:
            text = _CONTRACTION.sub(lambda found: "'" + found[1] + "  ", text)
        text = _BAD_SIGN.sub(lambda found: _sign(found, for_parser), text)
    return windows_1252(text)


def _letter(bad: str, fill: str) -> str:
    """The letter `bad` stands for, then `fill` (or the letter again) in the places of
    its other characters (see :func:`read_as_meant`)."""
    char = _MOJIBAKE[bad]
    return char + (fill or char) * (len(bad) - 1)


def _sign(found: re.Match[str], for_parser: bool) -> str:
    """The mark, dash or sign one mojibake sequence stands for, with its fillers (see
    :func:`read_as_meant`)."""
    bad, text, end = found[0], found.string, found.end()
    char = _MOJIBAKE.get(bad, "\u201d")
    fill = len(bad) - 1
    before = text[found.start() - 1 : found.start()]
    after = text[end : end + 1]
    if char in _MARKS and (before.isalnum() or before == _JOINER) and after.isalnum():
        return char + _JOINER * fill if for_parser else before * (fill + 1)
    if after.isalnum() and not before.isalnum():
        return " " * fill + char
    return char + " " * fill


def shown(name: str) -> str:
    """A name read from the parser's text as a reader should see it: without the
    :data:`_JOINER` s and spaces that stand in a mis-decoded character's places."""
    return " ".join(name.replace(_JOINER, "").split())


#: A lone UTF-16 surrogate: a `str` can hold one (a broken `\ud83d` escape in JSON, an
#: undecodable byte in a file name) but neither spaCy nor any UTF-8 output can.
SURROGATE = re.compile("[\ud800-\udfff]")


#: The longest run of non-space characters the parser reads as it stands. spaCy's
#: tokenizer splits a token's prefixes and suffixes one at a time, each time copying the
#: rest, so one token of n characters (a row of 200,000 quote marks, a megabyte without a
#: space) costs n² steps; longer than any word or web address of real text.
MAX_RUN = 400
LONG_RUN = re.compile(rf"\S{{{MAX_RUN + 1},}}")
#: Rows of more adjacent quote marks than this (after the marks are made straight) are
#: typographic noise (the mark finder skips any run over three; doubled apostrophes make
#: at most eight): the parser reads them as spaces, not as one token per mark.
MAX_MARK_RUN = 8
_MARK_ROW = re.compile(rf"[\"'`]{{{MAX_MARK_RUN + 1},}}")


#: Combining marks (diacritics that sit on the character before them): those of Latin,
#: Greek and Cyrillic text and their supplements, the marks for symbols and the half marks.
COMBINING_CLASS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
#: Rule combining-mark-base: a run of combining marks glued before a quote mark, which
#: :func:`_read_stray_combining` reads as spaces when nothing but a space or the
#: paragraph's start is under it (`She spoke. \u0301"We won," …`, a stray accent of a
#: botched conversion), as the mark finder reads it (quotes.mark_kinds).
_COMBINING_BEFORE_MARK = re.compile(f"[{COMBINING_CLASS}]+(?=[\"'])")


def _read_stray_combining(text: str) -> str:
    """`text` with each run of :data:`_COMBINING_BEFORE_MARK` that sits on a space, or on
    nothing, as spaces, so the quote mark after it is a token of its own, where the
    parser read `\u0301"We` as one word and the quote's opening words hung on the run."""
    def spaces(run: re.Match[str]) -> str:
        base = text[run.start() - 1] if run.start() else " "
        return " " * len(run[0]) if base.isspace() else run[0]

    return _COMBINING_BEFORE_MARK.sub(spaces, text)


#: Signs that end no word (rule symbol-before-mark): an ellipsis and the bullets of a
#: list, after which a mark glued to the next word opens a quote (quotes.mark_kinds).
SIGNS_BEFORE_OPENING = frozenset("…•▪‣◦*")


#: The keycap, a combining mark that makes an emoji of the ASCII sign before it (`#️⃣`).
KEYCAP = "\u20e3"
#: What ends an emoji but is no symbol itself: the selector of its colour form (U+FE0F,
#: `❤️`), the five skin tones (U+1F3FB–U+1F3FF, `👍🏽`) and the keycap (`#️⃣`).
EMOJI_ENDS = frozenset(f"\ufe0f\U0001f3fb\U0001f3fc\U0001f3fd\U0001f3fe\U0001f3ff{KEYCAP}")
#: A keycap emoji, made on an ASCII sign (`#️⃣` is `#`, U+FE0F, U+20E3).
_KEYCAP = re.compile(f"[#*0-9]\ufe0f?{KEYCAP}")


def is_glued_symbol(char: str | None) -> bool:
    """Whether ``char`` is a sign of :data:`SIGNS_BEFORE_OPENING`, a symbol of Unicode's
    "other symbol" class (an emoji, `🔥"We won," she said`, or U+FFFD, a character lost in
    decoding) or the end of an emoji (:data:`EMOJI_ENDS`: `❤️"We won,"` and `👍🏽"We won,"`
    gave a mixed or an indirect row holding the emoji and the mark): before a quote mark
    glued to a word, the mark opens a quote (rule symbol-before-mark). Not the signs of
    mathematics or markup (`=`, `>`: an attribute's value)."""
    if char is None:
        return False
    return (char in SIGNS_BEFORE_OPENING or char in EMOJI_ENDS
            or (char > "\x7f" and unicodedata.category(char) == "So"))


#: A symbol glued before a quote mark that opens a word (rule symbol-before-mark), which
#: :func:`_read_glued_symbols` reads as a space for the parser.
_SYMBOL_BEFORE_OPENING = re.compile(f"(?:{_KEYCAP.pattern}|[*\u0080-\U0010ffff])+"
                                    "(?=[\"'][^\\W_])")


def _read_glued_symbols(text: str) -> str:
    """`text` with the symbols of :func:`is_glued_symbol` glued before a quote mark that
    opens a word read as spaces, so the mark is a token of its own: the parser read
    `🔥"We` as one word, and the quote's row held the symbol and the mark (a mixed row).
    The whole emoji goes, its parts joined by U+200D too: `❤️"We` left `❤` before the
    mark, which the parser took into the reported clause (a mixed row); so does a keycap's
    ASCII base (`#️⃣"We`: the parser read `#` as a word of the clause)."""
    def spaces(found: re.Match[str]) -> str:
        run = found[0]
        kept = len(run)
        while kept and (is_glued_symbol(run[kept - 1]) or run[kept - 1] == "\u200d"
                        or _KEYCAP.match(run, kept - 1)):
            kept -= 1
        return run[:kept] + " " * (len(run) - kept)

    return _SYMBOL_BEFORE_OPENING.sub(spaces, text)


def normalise(text: str) -> str:
    """Mis-decoded characters read as meant (:func:`read_as_meant`), quote marks to
    ASCII, odd spaces to plain ones, line ends to ``\\n``, East Asian sentence ends to
    ASCII ones, a stray combining mark before
    a quote mark to a space (:func:`_read_stray_combining`), and so a symbol glued before
    an opening one (:func:`_read_glued_symbols`), lone surrogates to U+FFFD,
    rows of quote marks to spaces (:data:`MAX_MARK_RUN`), a space every :data:`MAX_RUN`
    characters of a longer run without one; same length."""
    out = read_as_meant(text, for_parser=True).translate(_TABLE)
    if "\r\n" in text:
        out = _crlf_to_space_newline(text, out)
    if _MARK_ROW.search(out):
        out = _MARK_ROW.sub(lambda row: " " * len(row[0]), out)
    if _COMBINING_BEFORE_MARK.search(out):
        out = _read_stray_combining(out)
    if _SYMBOL_BEFORE_OPENING.search(out):
        out = _read_glued_symbols(out)
    return _break_long_runs(replace_surrogates(out))


def _break_long_runs(text: str) -> str:
    """Put a space in place of every :data:`MAX_RUN`-th character of a run without one.

    `'"' * 5000` is read as runs of 400 marks, so the tokenizer's time stays linear.
    """
    if not LONG_RUN.search(text):
        return text
    chars = list(text)
    for run in LONG_RUN.finditer(text):
        for i in range(run.start() + MAX_RUN, run.end(), MAX_RUN + 1):
            chars[i] = " "
    return "".join(chars)


def replace_surrogates(text: str) -> str:
    """`text` with each lone surrogate replaced by U+FFFD (offsets unchanged)."""
    return SURROGATE.sub("\ufffd", text) if SURROGATE.search(text) else text


def _crlf_to_space_newline(original: str, out: str) -> str:
    """Turn the CR of each CRLF into a space, so a CRLF stays one line break, not two."""
    chars = list(out)
    start = original.find("\r\n")
    while start != -1:
        chars[start] = " "
        start = original.find("\r\n", start + 2)
    return "".join(chars)
