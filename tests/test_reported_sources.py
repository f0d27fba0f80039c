"""Reported speech whose source the parse hides or runs together with another's, one
sentence shape per case (sentences written for these tests): a second source joined on
by `, and`/`, but`, a share of people (`Six in 10 say`, `Most believe`), a cue read as
a noun of its subject's phrase (`councillors support reforming …`), an infinitive after an
adjective (`were more likely to say`), an `-ing` cue after `with` and its noun, a
participle after a quote (the parser gives its verb a second subject from inside the
quote, or hangs it on the quote's noun) or after a relative clause of speech, and a
perception verb that reports no view (`went to see her speak`).

Each case lists every row of scope `all` that the sentence gives: type, content start
offset, content, speaker mention, cue and method.
"""

from __future__ import annotations

import pytest

from tests.rows import Row, all_rows

CASES = [
    # a second cue with its own subject after `, and` reports its own clause, though the
    # parser hangs it inside the first one (:func:`quotes.clause_bounds.new_source`)
    (
        "Two-thirds said they were anxious about rents, and more than 3 in 10 "
        "said the mayor would be best at handling it.",
        [Row("indirect", 16, "they were anxious about rents", "Two-thirds",
             "said", "reported:subject"),
         Row("indirect", 74, "the mayor would be best at handling it", "more than 3", "said",
             "reported:subject")],
    ),
    # ... but a cue after `but not until` is part of the first clause's condition
    (
        "The mayor said the pool would reopen, but not until the council admits the costs "
        "were wrong.",
        [Row("indirect", 15,
             "the pool would reopen, but not until the council admits the costs were wrong",
             "The mayor", "said", "reported:subject")],
    ),
    # a share of people given as `<number> in <number>` is the subject of the verb after
    # it, which counts as a cue there (after a number alone it would be a noun) ...
    (
        "The survey ran in May. Six in 10 say the library should open on Sundays.",
        [Row("indirect", 37, "the library should open on Sundays", "Six in 10", "say",
             "reported:subject")],
    ),
    # ... also where the parser hangs the share on the cue as a number modifying it
    (
        "The poll ran in June. Roughly 4 in 10 say they prefer a new bus route.",
        [Row("indirect", 42, "they prefer a new bus route", "Roughly 4 in 10", "say",
             "reported:subject")],
    ),
    # rule share-word-subject: a share word standing alone that opens its clause is the
    # subject of the verb after it, which counts as a cue there (`most` is a noun's
    # marker elsewhere: `the most support`) ...
    (
        "Tenants are angry. Most believe that the rent has risen too fast.",
        [Row("indirect", 37, "the rent has risen too fast", "Most", "believe",
             "reported:subject")],
    ),
    # ... also when the tagger reads it as an adverb
    (
        "Nine in 10 nurses were tired; most said they would strike.",
        [Row("indirect", 40, "they would strike", "most", "said", "reported:subject")],
    ),
    # rule cue-read-as-group-noun: a cue in the bare present right after a plural noun,
    # read as a noun that the plural noun modifies (`councillors support`), in a sentence
    # left with no verb, is the verb; the words before it its subject ...
    (
        "A growing number of local councillors support reforming the rota.",
        [Row("indirect", 46, "reforming the rota", "A growing number",
             "support", "reported:subject")],
    ),
    # ... also after the last noun of a phrase on the subject
    (
        "Majorities across the whole estate favor selling the land to the trust.",
        [Row("indirect", 41, "selling the land to the trust", "Majorities", "favor",
             "reported:subject")],
    ),
    # an infinitive cue on an adjective after `be` speaks for the subject of `be`
    (
        "Parents were more likely to say the school was improving.",
        [Row("indirect", 32, "the school was improving", "Parents", "say",
             "reported:complement")],
    ),
    (
        "The chef was careful to note that no one had fallen ill.",
        [Row("indirect", 34, "no one had fallen ill", "The chef", "note",
             "reported:complement")],
    ),
    # an `-ing` cue right after `with` and its noun speaks for that noun, though the
    # parser hangs it on the main verb (:func:`quotes.participle_sources.with_subject`)
    (
        "Other Republicans went further, with former Texas Gov. Rick O'Neill calling Ruiz "
        "a fascist.",
        [Row("indirect", 76, "Ruiz a fascist", "Rick O'Neill", "calling",
             "reported-naming:with")],
    ),
    # a participle after a quote goes with the name next to the verb, not with a second
    # subject the parser found inside the quote (:func:`quotes.participle_sources.nearest_subject`)
    (
        '"By the way, if he gets to pick the board, nothing you can do, folks," Ruiz told a '
        'Kent rally, saying Lee would "sell the harbour."',
        [Row("direct", 1, "By the way, if he gets to pick the board, nothing you can do, folks,",
             "Ruiz", "told", "dep:subject"),
         Row("mixed", 102, 'Lee would "sell the harbour."', "Ruiz", "saying",
             "reported:participle")],
    ),
    # a participle after a quote and its cue goes with who said the quote, though the
    # parser hangs it on the quote's noun (:func:`quotes.participle_sources.quote_teller`)
    (
        '"Too much noise," Okafor said, blaming the new bar.',
        [Row("direct", 1, "Too much noise,", "Okafor", "said", "dep-inverted:subject"),
         Row("indirect", 39, "the new bar", "Okafor", "blaming", "reported-object:participle")],
    ),
    # … and so does a participle after a preposition hung there
    (
        '"Pura suerte," Okafor said, before adding in English that the team had trained '
        'for years.',
        [Row("direct", 1, "Pura suerte,", "Okafor", "said", "dep-inverted:subject"),
         Row("indirect", 58, "the team had trained for years", "Okafor", "adding",
             "reported:participle")],
    ),
    # rule participle-after-preposition: a participle after a preposition, set off by a
    # comma after a reported clause, goes with the verb that reports the clause, not with
    # the clause's own subject, though the parser hangs it on the clause's verb ...
    (
        "The mayor said the tax would rise next year, before adding that the schools "
        "would get more money.",
        [Row("indirect", 15, "the tax would rise next year", "The mayor", "said",
             "reported:subject"),
         Row("indirect", 64, "the schools would get more money", "The mayor", "adding",
             "reported:participle")],
    ),
    # ... also deeper in the reported clause
    (
        "The mayor thinks the plan is so weak that it will fail, before adding that the "
        "council should drop it.",
        [Row("indirect", 17, "the plan is so weak that it will fail", "The mayor", "thinks",
             "reported:subject"),
         Row("indirect", 75, "the council should drop it", "The mayor", "adding",
             "reported:participle")],
    ),
    # a participle right after a relative clause of speech with its own subject goes
    # with that subject (:func:`quotes.participle_sources.relative_teller`)
    (
        "The mayor complained that the vote had been rigged, a charge that county officials "
        "strongly denied, noting the same system had been used since 2004.",
        [Row("indirect", 26, "the vote had been rigged", "The mayor", "complained",
             "reported:subject"),
         Row("indirect", 107, "the same system had been used since 2004", "county officials",
             "noting", "reported:participle")],
    ),
    # a perception verb in the infinitive or `-ing` form is what someone went to look at,
    # not a view they hold ...
    ("She went to see the senator speak in Leeds.", []),
    ("We waited to see if the council would call back.", []),
    ("After seeing the flood, the mayor changed her plans.", []),
    # ... but its finite form with its own subject is one
    (
        "Voters see him as a fighter.",
        [Row("indirect", 11, "him as a fighter", "Voters", "see", "reported-object:subject")],
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_reported_sources(text: str, expected: list[Row]) -> None:
    assert all_rows(text) == expected
