"""Bodies named by a phrase or opening with an adjective, printed whole, in the speaker
and in the mention's offsets (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.rows import check_speaker_and_mention


@pytest.mark.parametrize(
    "text, fragment, speaker, mention",
    [
        # rule phrase-name: a name opening with an order's verb, which the parse made a
        # clause of its own (no row) …
        (
            "Save the Moorland said the new road would cut the heath in two.",
            "the new road would cut",
            "Save the Moorland",
            "Save the Moorland",
        ),
        # … after a quote, where the verb read as the cue's clausal subject …
        (
            '"We will not give up," Save the Moorland said in a statement.',
            "We will not give up",
            "Save the Moorland",
            "Save the Moorland",
        ),
        # … after its cue, where the tagger read its verb as a name of its own (`Save`)
        (
            '"We will keep fighting," said Save the Moorland.',
            "We will keep fighting",
            "Save the Moorland",
            "Save the Moorland",
        ),
        # … with proper nouns after the verb, which the parse took for the subject alone
        (
            "Make Harbury Breathe said the air on the ring road was the worst in the county.",
            "the air on the ring road",
            "Make Harbury Breathe",
            "Make Harbury Breathe",
        ),
        # … after its description, a capitalised verb inside (no row) …
        (
            "The campaign group Stop Closing Libraries Now said the council had broken "
            "its promise.",
            "the council had broken",
            "Stop Closing Libraries Now",
            "Stop Closing Libraries Now",
        ),
        # … a capitalised adverb closing it, which the parse hung on the cue
        (
            "Commuters' group Cheaper Trains Now said the increase would push people back "
            "into cars.",
            "the increase would push",
            "Cheaper Trains Now",
            "Commuters' group Cheaper Trains Now",
        ),
        # … a capitalised `not` or preposition inside it
        (
            "Hope Not Fear said the leaflets had been traced to a printer in Harwell.",
            "the leaflets had been traced",
            "Hope Not Fear",
            "Hope Not Fear",
        ),
        (
            "Paddlers Against Litter said plastic on the river had doubled.",
            "plastic on the river",
            "Paddlers Against Litter",
            "Paddlers Against Litter",
        ),
        # rule name-opening-adjective: an adjective opening a railway's name, which the
        # tagger reads as no proper noun where it opens the sentence …
        (
            "Great Western Railway said the 07:10 from Exeter would not run.",
            "the 07:10 from Exeter",
            "Great Western Railway",
            "Great Western Railway",
        ),
        # … or a hospital known by its street, whose second word is also a given name
        (
            "Great Milton Street said the boy was in a stable condition.",
            "the boy was in a stable condition",
            "Great Milton Street",
            "Great Milton Street",
        ),
    ],
)
def test_body_named_by_a_phrase_is_whole(
    text: str, fragment: str, speaker: str, mention: str
) -> None:
    check_speaker_and_mention(text, fragment, speaker, mention)

