"""Bodies and documents that speak, named as the text names them (blind batch 45): a
town a post calls by name is no body that spoke (rule addressee-not-speaker,
quotes/speakers.py, read by quotes/answered.py)."""

from __future__ import annotations

import pytest

from tests.rows import check_speaker_and_mention

#: (rule, text, a fragment of the row's content, its speaker, its mention as written).
BODIES_THAT_SPEAK = [
    (
        "addressee-not-speaker: the town a post calls out is no `it` after it",
        "Harbour Ferries, which runs four boats, cancelled every sailing on Monday. It had "
        'posted: "Stay home tonight, Dunmore."\n\nLater the firm posted again. "We are '
        'sorry," it said.',
        "We are sorry",
        "Harbour Ferries",
        "it",
    ),
    (
        "addressee-not-speaker: nor the `it` of the firm's apology",
        "Kelp Street Bakery, which has three shops in the old town, took the advert down. "
        'It had written: "Hungry? Come and eat, Portree."\n\nOn Monday the company '
        'apologised. "It was a bad joke," it said.',
        "It was a bad joke",
        "Kelp Street Bakery",
        "it",
    ),
]


@pytest.mark.parametrize(
    ("rule", "text", "fragment", "speaker", "mention"),
    BODIES_THAT_SPEAK,
    ids=[case[0] for case in BODIES_THAT_SPEAK],
)
def test_body_that_speaks(rule: str, text: str, fragment: str, speaker: str, mention: str) -> None:
    check_speaker_and_mention(text, fragment, speaker, mention)
