"""A quote relayed with its speaker (`"…," the coach said, according to the Gazette`) when
the parse ends a sentence inside the quote or at its closing mark: `--scope all` has the
relay's one mixed row from the opening mark, the statements scope the quote as the
speaker's.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

import quotes


@pytest.mark.parametrize(
    "text, relayed, source, speaker",
    [
        # a quote of two sentences: the parse ends one inside the marks
        (
            '"I held the gate for her, I offered her a chair and nothing else. That is plain '
            'courtesy and it is not a favour," the bishop told reporters, according to '
            "Reuters, during an answer on his flight home.",
            '"I held the gate for her, I offered her a chair and nothing else. That is plain '
            'courtesy and it is not a favour," the bishop told reporters',
            "Reuters",
            "the bishop",
        ),
        # a question: the parse ends the sentence at `?"` …
        (
            '"Is this about the town, or is it about an election year?" Varga said at a '
            "press conference, according to the Yorkshire Post.",
            '"Is this about the town, or is it about an election year?" Varga said at a '
            "press conference",
            "the Yorkshire Post",
            "Varga",
        ),
        # … or inside the marks, before `?,"`
        (
            '"How long must the tenants wait? When does it end?," the judge said, '
            "according to the Gazette.",
            '"How long must the tenants wait? When does it end?," the judge said',
            "the Gazette",
            "the judge",
        ),
    ],
)
def test_a_relay_reaches_back_to_the_quote_its_clause_signs(
    text: str, relayed: str, source: str, speaker: str
) -> None:
    rows = quotes.extract(text, scope="all")
    assert [(q.type, q.text, q.speaker_mention, q.cue) for q in rows if q.type != "indirect"] == [
        ("mixed", relayed, source, "according")
    ]
    statements = [q for q in quotes.extract(text) if q.type == "direct"]
    assert [q.speaker_mention for q in statements] == [speaker]


def test_a_relay_does_not_reach_a_quote_its_clause_does_not_sign() -> None:
    text = '"We are ready," Varga said. The mill closed in May, according to the Gazette.'
    rows = quotes.extract(text, scope="all")
    assert [(q.type, q.text, q.speaker_mention) for q in rows] == [
        ("direct", "We are ready,", "Varga"),
        ("indirect", "The mill closed in May", "the Gazette"),
    ]


@pytest.mark.parametrize(
    "text, relay, speaker, said",
    [
        # `according to X` closing the sentence: the parse hangs it inside what was said
        (
            "Most tenants said that the new rent does more harm than good, according to a "
            "survey by the housing trust.",
            "Most tenants said that the new rent does more harm than good",
            "Most tenants",
            "the new rent does more harm than good",
        ),
        # … or on the clause's verb
        (
            "The mayor said the bridge would reopen in May, according to the Gazette.",
            "The mayor said the bridge would reopen in May",
            "The mayor",
            "the bridge would reopen in May",
        ),
    ],
)
def test_a_relayed_statement_is_the_relays_in_all_and_the_speakers_in_statements(
    text: str, relay: str, speaker: str, said: str
) -> None:
    rows = quotes.extract(text, scope="all")
    assert [(q.text, q.cue) for q in rows] == [(relay, "according")]
    statements = quotes.extract(text)
    assert [(q.text, q.speaker_mention, q.cue) for q in statements] == [(said, speaker, "said")]


@pytest.mark.parametrize(
    "text, speaker, said",
    [
        # the parse hangs the closing `according to X` on the clause's second verb
        # (rule relay-on-last-conjunct): the clause still ends before its comma
        (
            "The man told officers that he had been hired to drive the truck and had never "
            "opened the crates, according to court documents.",
            "The man",
            "he had been hired to drive the truck and had never opened the crates",
        ),
        (
            "The guard told police that he had been paid to leave the gate open and had "
            "gone home early, according to the charge sheet.",
            "The guard",
            "he had been paid to leave the gate open and had gone home early",
        ),
    ],
)
def test_a_relay_closing_a_clause_of_two_verbs_passes_the_statement_on(
    text: str, speaker: str, said: str
) -> None:
    (relay,) = quotes.extract(text, scope="all")
    assert (relay.text, relay.cue) == (text[: text.index(", according")], "according")
    statements = quotes.extract(text)
    assert [(q.text, q.speaker_mention, q.cue) for q in statements] == [(said, speaker, "told")]


def test_an_act_inside_a_relay_stays_the_relays() -> None:
    text = "Aides voiced anger at the coverage, according to a person close to the campaign."
    for scope in ("all", "statements"):
        rows = quotes.extract(text, scope=scope)
        assert [(q.text, q.cue) for q in rows] == [
            ("Aides voiced anger at the coverage", "according")
        ]


def test_according_to_a_lawyer_is_the_lawyers_row_unlike_an_interpreter() -> None:
    # a lawyer or an aide is a source of their own (reported._interpreted)
    text = "According to her lawyers, the singer said that she had never seen the contract."
    rows = quotes.extract(text, scope="all")
    assert [(q.text, q.speaker_mention) for q in rows] == [
        ("the singer said that she had never seen the contract", "her lawyers")
    ]


def test_an_announcement_a_relay_opens_on_is_the_relays_account() -> None:
    # `According to X, Y announced that …`: X's account of Y's announcement; the
    # statements scope leaves it out as relayed (reported.relays_statement)
    text = ("According to regional papers, the two rail firms have announced that they will "
            "not raise fares this year.")
    assert [(q.speaker_mention, q.cue) for q in quotes.extract(text, scope="all")] == [
        ("regional papers", "According")
    ]
    assert quotes.extract(text) == []


@pytest.mark.parametrize(
    "text, relay, speaker, cue, said",
    [
        ("According to the minutes, the treasurer said the fund was nearly empty.",
         "the minutes", "the treasurer", "said", "the fund was nearly empty"),
        ("According to the readout, the minister stressed that supplies were secure.",
         "the readout", "the minister", "stressed", "supplies were secure"),
        # a document that records what was said, set before the statement or after it
        ("According to the court filing, Vane told a friend that he had burned the van.",
         "the court filing", "Vane", "told", "he had burned the van"),
        ("Vane told a friend that he had burned the van, according to the court filing.",
         "the court filing", "Vane", "told", "he had burned the van"),
    ],
)
def test_a_record_of_the_saying_passes_the_statement_on(
    text: str, relay: str, speaker: str, cue: str, said: str
) -> None:
    # a record of what was said (record-documents.txt) is no account of it: the statements
    # scope keeps the speaker's row, `--scope all` the relay's (reported.relays_statement)
    assert [q.speaker_mention for q in quotes.extract(text, scope="all")] == [relay]
    assert [(q.text, q.speaker_mention, q.cue) for q in quotes.extract(text)] == [
        (said, speaker, cue)
    ]



@pytest.mark.parametrize(
    "text, content, speaker, cue, relay",
    [
        # rule press-relay: an agency's `reported` closing the sentence passes the
        # statement on; the one who said it is its speaker
        (
            "Rana Haddad said the council had cut the budget twice, the agency reported.",
            "the council had cut the budget twice",
            "Rana Haddad",
            "said",
            "the agency",
        ),
        # … also after `told`, and for an outlet named by kind
        (
            "Karim Bekov told lawmakers the mine would reopen, state media reported.",
            "the mine would reopen",
            "Karim Bekov",
            "told",
            "state media",
        ),
    ],
)
def test_an_outlet_reporting_a_statement_passes_it_on(
    text: str, content: str, speaker: str, cue: str, relay: str
) -> None:
    assert [(q.text, q.speaker, q.cue) for q in quotes.extract(text)] == [
        (content, speaker, cue)
    ]
    # `--scope all` keeps the outlet's one row, as for `according to X`
    assert [q.speaker for q in quotes.extract(text, scope="all")] == [relay]

