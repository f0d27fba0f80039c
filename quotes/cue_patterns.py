"""The dependency patterns of :class:`quotes.matchers.SpeakerMatcher`, each a named
shape that ties a cue to the token heading its speaker (`subject`, `passive-agent`,
`passive-by`, `nominal`, `nominal-source`, `adjective`, `according-to`, `in-poll`,
`poll-verdict`, `figure-estimate`); the name travels into the output as ``method``.
Split out of :mod:`quotes.matchers`, which runs them, ranks what they find and reads
the speakers of cues no pattern fits off the tokens: this module is the patterns alone,
data over the parse, where a new shape of cue and speaker goes.
"""

from __future__ import annotations

from quotes.child_patterns import ChildPatterns
from quotes.cue_words import ADJECTIVE_CUES, NOMINAL_CUES, NOMINAL_SOURCES, POLL_NOUNS
from quotes.figure_estimates import FIGURE_VERBS
from quotes.language import word_list
from quotes.poll_readings import POLL_VERDICTS

#: Subjects of `be` that stand for the clause after an adjective cue (`it is clear`).
_PLACEHOLDER_SUBJECTS = word_list("placeholder-subjects")

# Each pattern anchors on the cue (`CUE`) and finds the `SPEAKER` token.
# The cue constraint (a lemma of the lexicon) is added in :func:`add_cue_patterns`.
_SPEAKER_PATTERNS: dict[str, list[dict[str, object]]] = {
    # `Zelensky said, "…"` / `"…," he said` / `"…," said the minister`
    # (a passive subject is who was asked or told, not the speaker: `Trump was asked, "…"`)
    "subject": [{"RIGHT_ID": "SPEAKER", "RIGHT_ATTRS": {"DEP": "nsubj"}}],
    # `"…," was said by the minister` / `the plan was announced by Biden`
    "passive-agent": [
        {"RIGHT_ID": "BY", "RIGHT_ATTRS": {"DEP": "agent"}},
        {"LEFT_ID": "BY", "REL_OP": ">", "RIGHT_ID": "SPEAKER", "RIGHT_ATTRS": {"DEP": "pobj"}},
    ],
    # the same where the parser took the agent for a plain `by` phrase: `The plan was
    # criticized, even by allies like Kemp`
    "passive-by": [
        {"RIGHT_ID": "BE", "RIGHT_ATTRS": {"DEP": "auxpass"}},
        {"RIGHT_ID": "BY", "RIGHT_ATTRS": {"DEP": "prep", "LOWER": "by"}},
        {"LEFT_ID": "BY", "REL_OP": ">", "RIGHT_ID": "SPEAKER", "RIGHT_ATTRS": {"DEP": "pobj"}},
    ],
}

# The same for noun cues (`claim`, `assertion`, `warning`: the lexicon's noun cues, added
# in `SpeakerMatcher.__init__`), each name with its shapes.
_NOUN_PATTERNS: dict[str, list[list[dict[str, object]]]] = {
    # `Russian claims that …` / `Trump's assertion that …` (a noun cue and its owner)
    "nominal": [
        [
            {
                "RIGHT_ID": "SPEAKER",
                "RIGHT_ATTRS": {"DEP": "poss", "POS": {"IN": ["PROPN", "NOUN", "PRON"]}},
            }
        ],
        [
            {
                "RIGHT_ID": "SPEAKER",
                "RIGHT_ATTRS": {
                    "DEP": {"IN": ["amod", "compound"]},
                    "POS": {"IN": ["PROPN", "ADJ"]},
                    "IS_TITLE": True,
                },
            }
        ],
    ],
    # `The message from the governor was that …`, `a warning by the agency that …`
    "nominal-source": [
        [
            {
                "RIGHT_ID": "FROM",
                "RIGHT_ATTRS": {"DEP": "prep", "LOWER": {"IN": sorted(NOMINAL_SOURCES)}},
            },
            {
                "LEFT_ID": "FROM",
                "REL_OP": ">",
                "RIGHT_ID": "SPEAKER",
                "RIGHT_ATTRS": {"DEP": "pobj", "POS": {"IN": ["PROPN", "NOUN", "PRON"]}},
            },
        ]
    ],
}


def add_cue_patterns(matcher: ChildPatterns, lemmas: frozenset[str]) -> None:
    """Add every pattern to `matcher`, the verb patterns anchored on a cue of `lemmas`
    (the lexicon's cue lemmas, :func:`~quotes.cue_words.cue_lemmas`)."""
    cue = {"LEMMA": {"IN": sorted(lemmas)}, "POS": {"IN": ["VERB", "AUX"]}}
    for name, rest in _SPEAKER_PATTERNS.items():
        matcher.add(name, [[{"RIGHT_ID": "CUE", "RIGHT_ATTRS": cue}, *_link(rest)]])
    noun = {"LEMMA": {"IN": sorted(NOMINAL_CUES)}, "POS": "NOUN"}
    for name, shapes in _NOUN_PATTERNS.items():
        matcher.add(
            name, [[{"RIGHT_ID": "CUE", "RIGHT_ATTRS": noun}, *_link(rest)] for rest in shapes]
        )
    # `She is confident that …` / `He was critical of the plan` (the subject of `be`)
    matcher.add(
        "adjective",
        [
            [
                {"RIGHT_ID": "BE", "RIGHT_ATTRS": {"LEMMA": "be"}},
                {
                    "LEFT_ID": "BE",
                    "REL_OP": ">",
                    "RIGHT_ID": "CUE",
                    "RIGHT_ATTRS": {"DEP": "acomp", "LOWER": {"IN": sorted(ADJECTIVE_CUES)}},
                },
                {
                    "LEFT_ID": "BE",
                    "REL_OP": ">",
                    "RIGHT_ID": "SPEAKER",
                    # not the empty subject of `it is clear that …`
                    "RIGHT_ATTRS": {
                        "DEP": "nsubj",
                        "LOWER": {"NOT_IN": sorted(_PLACEHOLDER_SUBJECTS)},
                    },
                },
            ]
        ],
    )
    # `according to the report, …` / `…, according to officials`, and the press's
    # `…, per a team source` (:func:`source_preposition` keeps a source's `per`)
    matcher.add(
        "according-to",
        [
            [
                {"RIGHT_ID": "CUE", "RIGHT_ATTRS": {"LOWER": "according"}},
                {
                    "LEFT_ID": "CUE",
                    "REL_OP": ">",
                    "RIGHT_ID": "TO",
                    "RIGHT_ATTRS": {"LOWER": "to"},
                },
                {
                    "LEFT_ID": "TO",
                    "REL_OP": ">",
                    "RIGHT_ID": "SPEAKER",
                    "RIGHT_ATTRS": {"DEP": "pobj"},
                },
            ],
            [
                {"RIGHT_ID": "CUE", "RIGHT_ATTRS": {"LOWER": "per"}},
                {
                    "LEFT_ID": "CUE",
                    "REL_OP": ">",
                    "RIGHT_ID": "SPEAKER",
                    "RIGHT_ATTRS": {"DEP": "pobj"},
                },
            ],
        ],
    )

    # `In a new poll, 40 percent of voters back the plan` (the `in` on a clause's
    # verb, :func:`in_poll`): the poll found what the clause says
    matcher.add(
        "in-poll",
        [
            [
                {"RIGHT_ID": "CUE", "RIGHT_ATTRS": {"LOWER": "in", "DEP": "prep"}},
                {
                    "LEFT_ID": "CUE",
                    "REL_OP": ">",
                    "RIGHT_ID": "SPEAKER",
                    "RIGHT_ATTRS": {"DEP": "pobj", "LOWER": {"IN": sorted(POLL_NOUNS)}},
                },
            ]
        ],
    )

    # `A new poll puts the mayor at 40 percent` (:func:`poll_reading`): the poll read
    # where the one it names stands; `Police put the crowd at 9,000`
    # (:func:`figure_estimate`): the subject's own figure for a thing
    for name, verbs, tags in (
        ("poll-verdict", POLL_VERDICTS, ["VERB", "AUX"]),
        ("figure-estimate", FIGURE_VERBS, ["VERB"]),
    ):
        matcher.add(
            name,
            [
                [
                    {
                        "RIGHT_ID": "CUE",
                        "RIGHT_ATTRS": {"LEMMA": {"IN": sorted(verbs)}, "POS": {"IN": tags}},
                    },
                    {
                        "LEFT_ID": "CUE",
                        "REL_OP": ">",
                        "RIGHT_ID": "SPEAKER",
                        "RIGHT_ATTRS": {"DEP": "nsubj"},
                    },
                ]
            ],
        )


def _link(rest: list[dict[str, object]]) -> list[dict[str, object]]:
    """Attach the first pattern step to the cue when it has no parent yet."""
    out = []
    for step in rest:
        if "LEFT_ID" not in step:
            step = {"LEFT_ID": "CUE", "REL_OP": ">", **step}
        out.append(step)
    return out
