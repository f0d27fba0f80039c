"""Attribution in PolNeAR's broad sense that no `said` introduces: acts and stances
(`named`, `decided`, `sued`, `focused on`), a cue that modifies the noun whose holder it
reports (`the farmers opposing the pipeline`, `the first union to back the deal`) and
what a noun cue is about (`the senator's attacks on the budget`).
Sentences written for these tests; one case per phenomenon, in scope `all`.
"""

from __future__ import annotations

import pytest

from tests.rows import Q, check

CASES = [
    # an active participle modifying who holds the stance: `the farmers opposing …`
    (
        "A coalition of farmers opposing the pipeline met in Dunmore on Monday.",
        [Q("indirect", "the pipeline", "farmers", "farmers", "opposing",
           "reported-object:modifier")],
    ),
    # sign-of-thing: someone's deed or words, or a stretch of time, as the subject of
    # `signal` is a sign of the object, not a source signalling it
    ("Senator Paul Okafor spoke on Monday. Mr. Okafor's comments signal a turnabout from "
     "the council's old stance.", []),
    ("The harbour board met in March. The past fortnight has signalled a reckoning "
     "inside the board.", []),
    # an infinitival relative after a ranking word: `the first group to back …` ...
    (
        "The first group to back the new contract was a small union.",
        [Q("indirect", "the new contract", "the first group", "The first group", "back",
           "reported-object:infinitival")],
    ),
    # ... rule ranked-subject: after `be`, `become` or `remain`, their subject, whom the
    # noun ranks
    (
        "The dockers' union was the first group to back the new contract.",
        [Q("indirect", "the new contract", "the dockers' union", "The dockers' union", "back",
           "reported-object:infinitival")],
    ),
    (
        "Ruiz was the only mayor in the county to oppose the levy.",
        [Q("indirect", "the levy", "Ruiz", "Ruiz", "oppose", "reported-object:infinitival")],
    ),
    # speaking-participle: a participle of speech that tells a `that`-clause, its noun
    # the one who says it
    (
        "The trial opened with a prosecutor telling jurors that the fire had been "
        "started on purpose.",
        [Q("indirect", "the fire had been started on purpose", "a prosecutor",
           "a prosecutor", "telling", "reported:participle")],
    ),
    # an act participle says nothing of its noun: `people seeking shelter`
    ("People seeking shelter crowded into the hall.", []),
    # identifying-that-clause: a relative `that` with no comma picks out its noun; its
    # object is no stance (`leaflets that backed …`, `a fund that supports …`) ...
    ("The council printed leaflets that backed the bypass.", []),
    ("The club runs a fund that supports young players.", []),
    # ... while a person's `who` clause is one
    (
        "A councillor who backed the bypass spoke first.",
        [Q("indirect", "the bypass", "a councillor who backed the bypass", "who", "backed",
           "reported-object:subject")],
    ),
    # `with` and an `-ing` clause: the noun is its subject (`with economists warning …`)
    (
        "Sales fell sharply, with analysts predicting a weak winter.",
        [Q("indirect", "a weak winter", "analysts", "analysts", "predicting",
           "reported-object:with")],
    ),
    # … but wording is no source: `with softer language calling for "…"` reports nothing
    ('The statement was toned down, with softer language calling for "calm heads" all round.',
     []),
    # naming someone to a post
    (
        "Last year the magazine named him one of its people of the year.",
        [Q("indirect", "him one of its people of the year", "the magazine", "the magazine", "named",
           "reported-object:subject")],
    ),
    # deciding, with its infinitive
    (
        "Governor Alma Reyes decided not to seek a third term.",
        [Q("indirect", "not to seek a third term", "Alma Reyes", "Alma Reyes", "decided",
           "reported:subject")],
    ),
    # British spellings of the cues in -ize: a stance and a thought
    (
        "Opposition councillors criticised the decision to close the depot.",
        [Q("indirect", "the decision to close the depot", "Opposition councillors",
           "Opposition councillors", "criticised", "reported-object:subject")],
    ),
    (
        "The head teacher realised the roof had been leaking for months.",
        [Q("indirect", "the roof had been leaking for months", "the head teacher",
           "The head teacher", "realised", "reported:subject")],
    ),
    # suing someone
    (
        "The ferry operator sued the port authority over unpaid fees.",
        [Q("indirect", "the port authority over unpaid fees", "the ferry operator",
           "The ferry operator", "sued", "reported-object:subject")],
    ),
    # `focused on` a topic (`on` after the cues of topic-on-cues.txt)
    (
        "Councillor Obi focused on the cost of school meals.",
        [Q("indirect", "the cost of school meals", "Obi", "Obi", "focused",
           "reported-topic:subject")],
    ),
    # `on` after other cues is a time or a place: `spoke on Tuesday`
    ("Mr Lund spoke on Tuesday in Hull.", []),
    # what one speaks is a language or words, not what is said (thing-object-cues.txt)
    ("Councillor Obi speaks fluent Portuguese at home.", []),
    # hiring is no attribution (right a third of the time on PolNeAR's train slices)
    ("The mayor's campaign hired a pollster from Leeds in May.", []),
    # topic-time-span: `for`/`over` a stretch of time says how long, not what about ...
    ("Councillor Obi spoke for more than forty minutes in Hull.", []),
    ("The two ferry firms had argued for months.", []),
    # ... as does a measure of a stretch of time (`the last couple of weeks`), or one with
    # time nouns before it (`a six-year time period`)
    ("The ferry firms have argued over the last couple of weeks.", []),
    ("The two firms argued over a six-year time period.", []),
    # ... and the topic may hang on the stretch of time: `for an hour about …`
    (
        "Councillor Obi spoke for twenty minutes about the new harbour.",
        [Q("indirect", "the new harbour", "Obi", "Obi", "spoke",
           "reported-topic:subject")],
    ),
    # ... while a time noun with an adjective of its own is a thing called for
    (
        "The dockers' union called for a shorter week.",
        [Q("indirect", "a shorter week", "the dockers' union", "The dockers' union",
           "called", "reported-topic:subject")],
    ),
    # a noun cue's owner and what it aims at: `the senator's attacks on …`
    (
        "The senator's attacks on the budget angered her colleagues.",
        [Q("indirect", "the budget", "the senator", "The senator", "attacks",
           "reported-noun-topic:nominal")],
    ),
    # topic-time-span after a noun cue: `remarks on Tuesday night` say when, not what
    ("The senator's remarks on Tuesday night angered her colleagues.", []),
    (
        "The senator's remarks on Tuesday about the budget angered her colleagues.",
        [Q("indirect", "the budget", "the senator", "The senator", "remarks",
           "reported-noun-topic:nominal")],
    ),
    # a noun cue's infinitive: `the board's decision to close …`
    (
        "The board's decision to close the plant surprised the town.",
        [Q("indirect", "to close the plant", "the board", "The board", "decision",
           "reported-noun-topic:nominal")],
    ),
    # stance-holder: the subject that `be` calls a supporter or critic of something
    (
        "Councillor Adaeze Obi has long been a vocal supporter of the harbour levy.",
        [Q("indirect", "the harbour levy", "Adaeze Obi", "Adaeze Obi", "supporter",
           "reported-noun-topic:stance-holder")],
    ),
    # ... while the noun alone names a source, no stance of the sentence
    ("Supporters of the harbour levy marched to the town hall.", []),
    # stance-adjective: the subject that `be` calls vocal, divided, wary … about or on
    # something holds a stance on it
    (
        "Councillor Adaeze Obi remained lukewarm about the harbour levy.",
        [Q("indirect", "the harbour levy", "Adaeze Obi", "Adaeze Obi", "lukewarm",
           "reported-stance-adjective:stance-adjective")],
    ),
    # ... while the adjective with no such phrase reports nothing
    ("The harbour board was divided.", []),
    # ... and one whose preposition is stranded after a relative word describes a thing
    ("The one thing that Ana Ruiz is vocal about is the ferry timetable.", []),
    # stance-phrase: `in favour of`, `in support of` set on a verb take its subject's side
    (
        "The harbour council voted in favour of the new levy.",
        [Q("indirect", "the new levy", "the harbour council", "The harbour council", "favour",
           "reported-stance-phrase:stance-phrase")],
    ),
    # ... while one on a noun is no one's side
    ("The odds in favour of a recount have shot up.", []),
    # topic-with: the side taken by `agree with`, `disagree with`
    (
        "Councillor Obi disagreed with the harbour master.",
        [Q("indirect", "the harbour master", "Obi", "Obi", "disagreed",
           "reported-topic:subject")],
    ),
    # a thought turned over: `pondered whether …` (a question, scope `all` only)
    (
        "Ana Ruiz pondered whether the voters would forgive her.",
        [Q("indirect", "whether the voters would forgive her", "Ana Ruiz", "Ana Ruiz", "pondered",
           "reported:subject")],
    ),
    # outer-subject: a noun cue that another verb acts on is that verb's subject's row
    (
        "Dock workers balked at the owner's proposal to close the north quay.",
        [Q("indirect", "to close the north quay", "Dock workers", "Dock workers", "proposal",
           "reported-noun-topic:outer-subject")],
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_broad_cue(extract, text: str, expected: list[Q]) -> None:
    check(text, extract(text), expected)
