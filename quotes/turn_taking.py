"""Turn-taking in an exchange of quotes: whether a cue-less quote is a new turn (it
opens the line right after the quote before, or cuts in on one broken off with a dash),
whose turn it is (the other speaker's, the one a question was put to), and a paragraph
of a quote left open that the next paragraph's cue names. Steps of
:meth:`quotes.inheritance.Inheritance.resolve`, read on the text made plain (`norm`):
they give a cue-less quote the speaker of another quote, never one from the narration
(:mod:`quotes.sentence_speakers`).
"""

from __future__ import annotations

import re

from quotes.dialogue import DENSE_REACH, Line, answers_question, turn_sources
from quotes.first_person import FIRST_PERSON
from quotes.found import DASHES, MARKS, Found

#: How many paragraphs back a dialogue partner may have last spoken …
_DIALOGUE_REACH = 3
#: … or lines, in dialogue-dense text (:func:`quotes.dialogue.dialogue_dense`), where a
#: turn of several sentences spans as many lines and a partner answers a few turns later.
_DENSE_DIALOGUE_REACH = 15


def alternation(norm: str, direct: list[Found], dense: bool) -> dict[int, Found]:
    """Cue-less replies in an exchange (keyed by `id`), with the quote two lines
    before or after them that gives their speaker (:func:`quotes.dialogue.turn_sources`)."""
    lines = [
        Line(
            answers=k > 0 and answers(norm, direct[k - 1], f),
            same_line=k > 0
            and "\n" not in norm[direct[k - 1].end : f.start]
            and not broken_off(norm, direct[k - 1]),
            anchored=f.speaker is not None,
        )
        for k, f in enumerate(direct)
    ]
    sources = turn_sources(lines, DENSE_REACH) if dense else turn_sources(lines)
    return {id(direct[k]): direct[source] for k, source in sources.items()}


def left_open_into(norm: str, dense: bool, f: Found, after: Found) -> bool:
    """Rule left-open: whether a cue-less quote that its writer leaves open at its
    paragraph's end goes on in the next paragraph, which reopens it with a mark and
    names its speaker there: `"I phoned the office twice. Nobody called back.` ¶ `"He
    gave up football that spring," Kovac said.` is Kovac's, as news style quotes one
    speech over paragraphs, even where the marks were paired as two quotes (the
    second opening a sentence and ending before its tag). Only a quote that opens its
    paragraph (one after a cue in its own paragraph goes on with that cue's speaker,
    :meth:`quotes.inheritance.Inheritance._inherit`) and speaks in the first person (`I`,
    `we`: a paragraph of prose about others that a stray mark opens is no one's), and not
    in dialogue-dense text, where a line left open is more often a mark the writer
    dropped."""
    if dense or after.type != "direct" or after.speaker is None or after.cue is None:
        return False
    line = norm[norm.rfind("\n", 0, f.start) + 1 : f.start]
    if line.strip(MARKS + " \t"):
        return False  # not a paragraph of its own: the quote before it speaks on
    words = re.findall(r"(?<![\w-])[\w'’]+(?![\w-])", norm[f.start : f.end])
    if not any(word.lower() in FIRST_PERSON for word in words):
        return False  # no one's voice: a paragraph of prose a stray mark opens
    gap = norm[f.end : after.start]
    return (
        gap.lstrip(" \t")[:1] == "\n"  # no closing mark: the quote runs to the line end
        and not gap.strip(MARKS + " \t\r\n")
        and gap.rstrip(" \t")[-1:] in MARKS
    )


def answers(norm: str, before: Found, f: Found) -> bool:
    """Whether a quote opens the line right after the one the quote before closes,
    with no narration between: a new turn in the dialogue.

    `"Is it far?"` / `"Two miles."` — or, on one line, right after a quote broken off
    with a dash: someone cuts in (`"And then they --" "Nonsense!"`).
    """
    gap = norm[before.end : f.start]
    if gap.strip(MARKS + " \t\r\n"):
        return False
    return "\n" in gap or broken_off(norm, before)


def broken_off(norm: str, found: Found) -> bool:
    """Whether a quote ends with a dash, its speaker cut short: `"But you said --"`."""
    return norm[found.start : found.end].rstrip(MARKS + " ").endswith(tuple(DASHES))


def previous_turn(f: Found, before: Found, attributed: list[Found], dense: bool) -> None:
    """A reply goes back to the last speaker other than the one it answers, while
    the exchange runs (that speaker's quote within three lines of the answered one):
    `"Is it far?" asked Tom.` / `"Two miles," said the guide.` / `Tom asked, "And
    the bridge?"` / `"It fell."` is the guide's, and a next `"Then we swim."` Tom's."""
    if before.speaker is None:
        return
    reach = _DENSE_DIALOGUE_REACH if dense else _DIALOGUE_REACH
    for source in reversed(attributed):
        if before.paragraph - source.paragraph > reach:
            return
        if (
            source.type == "direct"
            and source.start < before.start
            and source.name != before.name
        ):
            borrow(f, source, "previous-turn")
            return


def answer_to_question(norm: str, f: Found, asked: Found | None, question: Found | None) -> None:
    """In dialogue-dense text, a cue-less reply to a question put in a running exchange
    is the answer of the one it was put to, the speaker of the line before the
    question (:func:`quotes.dialogue.answers_question`): `"You came by ferry?"` /
    `"Why not?" asked Tom.` / `"It was the only boat."` is not Tom's."""
    if asked is None or question is None or asked.speaker is None:
        return
    if question.speaker is None or _who(asked) == _who(question):
        return
    if answers_question(
        norm, (asked.start, asked.end), (question.start, question.end), (f.start, f.end)
    ):
        borrow(f, asked, "answer-to-question")


def _who(found: Found) -> str:
    """Who speaks a quote: the resolved name, else the mention as written (`I`)."""
    return found.name or (found.speaker.text.lower() if found.speaker is not None else "")


def borrow(f: Found, source: Found, method: str) -> None:
    """Give a cue-less quote the cue and speaker of an earlier one."""
    f.cue, f.speaker, f.name = source.cue, source.speaker, source.name
    f.method = method
