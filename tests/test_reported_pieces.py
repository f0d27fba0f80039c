"""Reported speech split by the cue set into it (each piece a statement) and reported by
an aside or a poll, one sentence shape per case (sentences written for these tests).

Each case lists every row of scope `all` that the sentence gives: type, content start
offset, content, speaker mention, cue and method.
"""

from __future__ import annotations

import pytest

from tests.rows import Row, all_rows

CASES = [
    # `according to X` set into its clause: the piece before it is a statement too ...
    (
        "Ticket sales, according to the box office, have doubled since the spring.",
        [Row("indirect", 0, "Ticket sales", "the box office", "according",
             "reported-set-apart:according-to"),
         Row("indirect", 43, "have doubled since the spring", "the box office", "according",
             "according-to:according-to")],
    ),
    # ... without a leading `But`
    (
        "But the following morning, according to the caretaker, the gates were locked.",
        [Row("indirect", 4, "the following morning", "the caretaker", "according",
             "reported-set-apart:according-to"),
         Row("indirect", 55, "the gates were locked", "the caretaker", "according",
             "according-to:according-to")],
    ),
    # ... and so is a phrase after it that goes on with the clause
    (
        "The ferry ran late all week, according to commuters, despite the new timetable.",
        [Row("indirect", 0, "The ferry ran late all week", "commuters", "according",
             "according-to:according-to"),
         Row("indirect", 53, "despite the new timetable", "commuters", "according",
             "reported-set-apart:according-to")],
    ),
    # ... but not a second act of the subject after `and`
    (
        "The mill leads the county in output, according to the survey, and employs 400 "
        "people.",
        [Row("indirect", 0, "The mill leads the county in output", "the survey", "according",
             "according-to:according-to")],
    ),
    # `according to X` closing its sentence reports all of it, wherever the parse hangs
    # it: what others said (the speech nests in the account) ...
    (
        "Most tenants said that the new rent does more harm than good, according to a "
        "survey by the housing trust.",
        [Row("indirect", 0, "Most tenants said that the new rent does more harm than good",
             "a survey by the housing trust", "according", "according-to:according-to")],
    ),
    # ... and both verbs of a clause, not the last one alone
    (
        "Okafor was chairing a meeting at the depot and told staff that he saw the merger "
        "as a threat, according to someone who was there.",
        [Row("indirect", 0, "Okafor was chairing a meeting at the depot and told staff "
             "that he saw the merger as a threat", "someone", "according",
             "according-to:according-to")],
    ),
    # a parenthetical cue: a phrase after its closing comma goes on with the clause ...
    (
        "The roof would be repaired, the warden said, by a firm from Bristol.",
        [Row("indirect", 0, "The roof would be repaired", "the warden", "said",
             "reported-parenthetical:subject"),
         Row("indirect", 45, "by a firm from Bristol", "the warden", "said",
             "reported-set-apart:subject")],
    ),
    # ... but where it was said is an aside on the saying
    (
        "The school will stay open, the head teacher said, in a letter to parents.",
        [Row("indirect", 0, "The school will stay open", "the head teacher", "said",
             "reported-parenthetical:subject")],
    ),
    # ... and words before it that a quotation right after it finishes are no piece:
    # the quotation is the statement
    (
        'The mill opened in, he once said, "the year of the great flood".',
        [Row("direct", 35, "the year of the great flood", "he", "said", "dep:subject")],
    ),
    (
        'She was, she said, "the worst cook in Kilbride".',
        [Row("direct", 20, "the worst cook in Kilbride", "she", "said",
             "near-before:subject")],
    ),
    # a cue set off between a clause and the `that`-clause that finishes it: the clause
    # before the cue is the statement's first piece ...
    (
        "There is a risk, some fishermen said, that the quota will be cut.",
        [Row("indirect", 0, "There is a risk", "some fishermen", "said",
             "reported-set-apart:subject"),
         Row("indirect", 43, "the quota will be cut", "some fishermen", "said",
             "reported:subject")],
    ),
    (
        "The harbour plan is so costly, the mayor said, that the town may never finish it.",
        [Row("indirect", 0, "The harbour plan is so costly", "the mayor", "said",
             "reported-set-apart:subject"),
         Row("indirect", 52, "the town may never finish it", "the mayor", "said",
             "reported:subject")],
    ),
    # ... also when the parser hangs that clause on the cue
    (
        "The ferry is so slow, the deputy harbour master said, that if the tide turns "
        "early, the crossing takes two hours.",
        [Row("indirect", 0, "The ferry is so slow", "the deputy harbour master", "said",
             "reported-set-apart:subject"),
         Row("indirect", 59, "if the tide turns early, the crossing takes two hours",
             "the deputy harbour master", "said", "reported:subject")],
    ),
    # ... but a phrase before a cue that its `that`-clause follows with no comma is
    # the writer's
    (
        "On Monday, the mayor said that the ferry lost money.",
        [Row("indirect", 31, "the ferry lost money", "the mayor", "said",
             "reported:subject")],
    ),
    # a poll in an `in` phrase on the clause's verb is the source of the clause ...
    (
        "In a new county poll, most residents said the bus service was too slow.",
        [Row("indirect", 22, "most residents said the bus service was too slow",
             "a new county poll", "In", "reported-poll:in-poll")],
    ),
    (
        "The ferry company came last in a survey released on Monday.",
        [Row("indirect", 0, "The ferry company came last", "a survey", "in",
             "reported-poll:in-poll")],
    ),
    # named-poll: also a poll whose name ends in its noun, which the tagger reads as a
    # proper noun
    (
        "In the latest Harbour Gazette/Mori Poll, 38 percent of renters said the rents were "
        "too high.",
        [Row("indirect", 41, "38 percent of renters said the rents were too high",
             "the latest Harbour Gazette/Mori Poll", "In", "reported-poll:in-poll")],
    ),
    # ... but not a poll in a noun's phrase (the residents said it), nor the polls in
    # which someone stands
    (
        "Some 30 percent of residents in a county poll said the buses were too slow.",
        [Row("indirect", 51, "the buses were too slow", "Some 30 percent", "said",
             "reported:subject")],
    ),
    ("The mayor has been leading in the polls for weeks.", []),
    # poll-verdict: a poll as the subject of `put`, `have` or `give` reads where the one it
    # names stands: an `at` phrase, `ahead`, a clause of its own or a second object ...
    (
        "A harbour survey in June put the ferry company's support at 12 percent.",
        [Row("indirect", 29, "the ferry company's support at 12 percent", "A harbour survey",
             "put", "reported-verdict:poll-verdict")],
    ),
    (
        "The latest county poll has the mayor ahead by ten points.",
        [Row("indirect", 27, "the mayor ahead by ten points", "The latest county poll", "has",
             "reported-verdict:poll-verdict")],
    ),
    (
        "The Gazette survey has Okafor leading Mensah by six points among renters.",
        [Row("indirect", 23, "Okafor leading Mensah by six points among renters",
             "The Gazette survey", "has", "reported-verdict:poll-verdict")],
    ),
    (
        "The county poll gave the mayor a twelve-point lead over her rival.",
        [Row("indirect", 21, "the mayor a twelve-point lead over her rival", "The county poll",
             "gave", "reported-verdict:poll-verdict")],
    ),
    # ... but one object alone is no reading; without a poll, `put` a thing at a number
    # is its subject's own figure (rule figure-estimate)
    ("The county poll has a margin of error of four points.", []),
    (
        "The new owner put the ferry company's shares at 12 euros.",
        [Row("indirect", 18, "the ferry company's shares at 12 euros", "The new owner", "put",
             "reported-figure:figure-estimate")],
    ),
    # a passive `as` aside with its agent reports the clause it is set into
    (
        "As reported by the Gazette, the mill will close in May.",
        [Row("indirect", 28, "the mill will close in May", "the Gazette", "reported",
             "reported-as:passive-agent")],
    ),
    # a piece after a parenthetical cue that is the writer's adjunct (`as` with a subject
    # of its own) tells what was happening, not what was said (set_off._writers_piece)
    (
        "More than 300 boats blocked the harbour, fishermen said, as ministers met in the "
        "capital to discuss quotas.",
        [Row("indirect", 0, "More than 300 boats blocked the harbour", "fishermen", "said",
             "reported-parenthetical:subject"),
         Row("indirect", 100, "quotas", "ministers", "discuss", "reported-object:participle")],
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_reported_pieces(text: str, expected: list[Row]) -> None:
    assert all_rows(text) == expected
