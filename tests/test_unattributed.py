"""Rows that are no attribution (quotes/unattributed.py), dropped in every scope, one case
per shape with a case beside each that the rule must keep; and direct quotes a reported
statement relays with their cue (quotes/attributor.py)."""

from __future__ import annotations

import pytest

import quotes
from tests.rows import Q, check


@pytest.mark.parametrize(
    "text, expected",
    [
        # generic-you: the reader or listener is no source
        ("If you believe the pollsters, the mayor will lose the vote.", []),
        ("You can see the problem in the budget figures.", []),
        # … a named person thinking the same is one
        ("Ana Ruiz believes the budget is too small.",
         [Q("indirect", "the budget is too small", "Ana Ruiz", "Ana Ruiz", "believes",
            "reported:subject")]),
        # markup: words inside an embedded post's tags, running into its closing tag
        ('The union wrote on its site: <post author="@union" date="May 3">Ana Ruiz says the '
         "budget is too small.</post>", []),
        # … and a source that is a piece of the tag the parse read as a noun (`post_id="…">I`)
        ('The mayor posted on Sunday.\n\n<post author="@cityhall" timestamp="1620000000" '
         'post_id="4417">I refuse to accept these cuts to the library budget. We must fight '
         "them.</post>", []),
        # … a name the tag runs into is still a source (its head word is clean)
        ('<post author="@ruiz" post-date="May 3, 2021">Ana Ruiz says the library budget is '
         "too small. Read more on our site.</post>",
         [Q("indirect", "the library budget is too small", "Ruiz", "Ruiz", "says",
            "reported:subject")]),
        # issued-work: putting out a work reports nothing by itself …
        ("The council released a statement on Friday.", []),
        # … what the statement says is reported apart
        ("The council released a statement on Friday saying the road would reopen.",
         [Q("indirect", "the road would reopen", "the council", "The council", "saying",
            "reported:participle")]),
        # … a work described by what it says is kept, and so is a stance toward a work
        ("The council released a statement condemning the attack.",
         [Q("indirect", "a statement condemning the attack", "the council", "The council",
            "released", "reported-object")]),
        ("Critics blasted the statement.",
         [Q("indirect", "the statement", "critics", "Critics", "blasted", "reported-object")]),
        # addressed-subject: who was asked is no statement; what was asked stays
        ("The mayor was asked about the toll on Monday.",
         [Q("indirect", "about the toll", None, None, "asked", "unsourced:passive")]),
        # … and so with the agent who asked
        ("The mayor was asked by the host whether the pool would reopen.",
         [Q("indirect", "whether the pool would reopen", "the host", "the host", "asked",
            "reported-passive")]),
        # … a thing told, with an agent, is what was told
        ("A different story was told by the clerk.",
         [Q("indirect", "A different story", "the clerk", "the clerk", "told",
            "reported-passive")]),
        # boilerplate: a note the publisher repeats under its articles
        ("Editor's note: The senator has repeatedly pledged to close the border.", []),
        # … the same words in the article's own reporting are the senator's
        ("The senator has repeatedly pledged to close the border.",
         [Q("indirect", "to close the border", "the senator", "The senator", "pledged",
            "reported")]),
        # … and so is a speech verb in its clause about the person
        ("Editor's note: Tom Reed is a bully who has repeatedly said he would ban all "
         "visitors.", []),
        # … but a note that reports what someone told the paper is its reporting (rule
        # note-report): a body's answer under a reader's letter
        ("Editor's note: The water board told us that the pumps had been fixed on Monday.",
         [Q("indirect", "the pumps had been fixed on Monday", "The water board",
            "The water board", "told", "reported:subject")]),
        # connective: `That said,` opening a sentence is the writer conceding a point
        ("Turnout was low. That said, the mayor won every ward.", []),
        ("Turnout was low. That being said, the mayor won every ward.", []),
        # … a sign that said something is a source, and so is a person after the connective
        ("Turnout was low. Voters passed a banner that said the count was rigged.",
         [Q("indirect", "the count was rigged", "a banner", "that", "said",
            "reported:subject")]),
        ("Turnout was low. That said, Ana Ruiz said the mayor won every ward.",
         [Q("indirect", "the mayor won every ward", "Ana Ruiz", "Ana Ruiz", "said",
            "reported:subject")]),
        # a label before a colon says nothing; a name before one does
        ("Breaking: Council votes to close the bridge.", []),
        ("Okafor: Tariffs could hurt grain exports in spring.",
         [Q("indirect", "Tariffs could hurt grain exports in spring", "Okafor", "Okafor", ":",
            "reported-colon")]),
        # … but a name with a bracket heads a line of a table
        ("Tale of the tape\nEbo Mensah (Ghana): 146.9lb, 17-0 (14 KOs)", []),
        # bare-relative: the free relative `what` alone is no piece of what is named …
        ('Hospitals faced what doctors called a "perfect storm" this winter.',
         [Q("mixed", 'a "perfect storm"', "doctors", "doctors", "called", "reported-naming")]),
        # … nor is a relative pronoun that a passive with an agent describes
        ("The ruling bloc, which is backed by two unions, lost ten seats in the vote.", []),
        ("He picked a judge who has been praised widely by the right.", []),
        # … the subject of such a passive that is a noun stays
        ("The party was backed by the army.",
         [Q("indirect", "The party", "the army", "the army", "backed", "reported-passive")]),
        # pronoun-object: an object or topic that is only a pronoun for a thing says nothing
        ("The Herald asked about them in March, and the bank has since paid the fines.", []),
        ("The old tax rules were unpopular, but the senator said them again on Tuesday.", []),
        # … a person as the object of a stance stays
        ("The union endorsed him last week.",
         [Q("indirect", "him", "the union", "The union", "endorsed", "reported-object")]),
        # across-break: a clause before a cue across a bracket or a dash is no report of it
        ("Both are engineers (Ruiz speaks fluent Welsh, Lee does not).", []),
        ("He is relaxed about interviews - he talks to everyone all the time.", []),
        # … one set off by a comma is, and so are the pieces around a cue between dashes
        ("The deal is off, the board said.",
         [Q("indirect", "The deal is off", "the board", "the board", "said",
            "reported:subject")]),
        ("The pool — the mayor said — will reopen in May.",
         [Q("indirect", "The pool", "the mayor", "the mayor", "said", "reported-set-apart"),
          Q("indirect", "will reopen in May", "the mayor", "the mayor", "said",
            "reported-parenthetical")]),
        # anonymity-terms: the terms on which a source talks unnamed are no statement …
        ("A porter at the station, who did not want to be named, said the gates jammed.",
         [Q("indirect", "the gates jammed", "a porter at the station", "A porter", "said",
            "reported:subject")]),
        ("One tenant who declined to be identified said the boiler had failed twice.",
         [Q("indirect", "the boiler had failed twice", "one tenant", "One tenant", "said",
            "reported:subject")]),
        ("Two stewards agreed to talk on condition of anonymity.", []),
        ("The coach agreed to speak on condition that his name not be printed.", []),
        # … a cue that will name someone else reports what it will do, and a request for
        # anonymity with its purpose is kept as annotators keep it
        ("The minister vowed to name the firms in parliament.",
         [Q("indirect", "to name the firms in parliament", "the minister", "The minister",
            "vowed", "reported")]),
        ("One aide requested anonymity to speak freely about the budget.",
         [Q("indirect", "anonymity to speak freely about the budget", "one aide", "One aide",
            "requested", "reported-object")]),
        # relative-act: an act cue in a relative clause whose short object only says who
        # its source is
        ("Senator Ana Ruiz, who is seeking reelection, said the fund would grow.",
         [Q("indirect", "the fund would grow", "Ana Ruiz", "Ana Ruiz", "said",
            "reported:subject")]),
        # … a longer object is an act on record
        ("Ruiz, who introduced a bill to cap rents at three percent, said the fund would "
         "grow.",
         [Q("indirect", "a bill to cap rents at three percent", "Ruiz", "who", "introduced",
            "reported-object"),
          Q("indirect", "the fund would grow", "Ruiz", "Ruiz", "said", "reported:subject")]),
        # setting-subject: a time, an event or a place that `saw` what happened in it
        ("The referendum saw a new poster campaign across the country.", []),
        ("It was a wave year that saw the party take over the House.", []),
        # … a body or a group that sees something as something holds a view
        ("The board saw the plan as a risk.",
         [Q("indirect", "the plan as a risk", "the board", "The board", "saw",
            "reported-object")]),
    ],
)
def test_unattributed_rows_are_dropped(extract, text: str, expected: list[Q]) -> None:
    check(text, extract(text), expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a quote inside what someone dreamed (no speech) stays a quote of its own
        ('She dreamed that she was walking with Tom, and saying to him, "Tell me the truth '
         'now."',
         [Q("direct", "Tell me the truth now.", None, "she", "saying", "dep:conjunct")]),
    ],
)
def test_direct_quote_within_a_reported_statement(extract, text: str, expected: list[Q]) -> None:
    check(text, extract(text), expected)


RELAYED = ('"The bridge will stay shut," Mayor Ines Varga said, according to the Harbour '
           'Gazette. "Nobody will cross it this winter."')


def test_a_relayed_quote_is_its_speakers_and_the_relay_stays_out_of_statements() -> None:
    # the fact-checker's rows: the mayor's words are the mayor's, and so is the next quote
    check(RELAYED, quotes.extract(RELAYED), [
        Q("direct", "The bridge will stay shut,", "Ines Varga", "Ines Varga", "said",
          "dep:subject"),
        Q("direct", "Nobody will cross it this winter.", "Ines Varga", "Ines Varga", "said",
          "previous-quote")])


@pytest.mark.parametrize(
    "text, expected",
    [
        # relayed-quote: every attribution (PolNeAR's view) is the relay's, the quote with
        # its cue as one mixed row, and a cue-less quote after it is the relay's too
        (RELAYED,
         [Q("mixed", '"The bridge will stay shut," Mayor Ines Varga said', "Harbour Gazette",
            "the Harbour Gazette", "according", "according-to"),
          Q("direct", "Nobody will cross it this winter.", "Harbour Gazette",
            "the Harbour Gazette", "according", "relay-continued")]),
        # … in a sports report, the quote told to reporters, with an aside after the verb
        ('"We were second best all afternoon," the manager told reporters, according to the '
         'Evening Standard. "The lads know it."',
         [Q("mixed", '"We were second best all afternoon," the manager told reporters',
            "Evening Standard", "the Evening Standard", "according", "according-to"),
          Q("direct", "The lads know it.", "Evening Standard", "the Evening Standard",
            "according", "relay-continued")]),
        # … a court filing relayed by records; the narration after it is Patel's own act
        ('"The contract was never signed," Ms. Patel wrote in the filing, according to court '
         'records. "Nothing binds us." Patel declined to comment further.',
         [Q("mixed", '"The contract was never signed," Ms. Patel wrote in the filing',
            "court records", "court records", "according", "according-to"),
          Q("direct", "Nothing binds us.", "court records", "court records", "according",
            "relay-continued"),
          Q("indirect", "to comment further", "Patel", "Patel", "declined", "reported")]),
        # … no relay: the quotes are the mayor's, in every scope
        ('"The bridge will stay shut," Mayor Ines Varga said on Friday. "Nobody will cross '
         'it this winter."',
         [Q("direct", "The bridge will stay shut,", "Ines Varga", "Ines Varga", "said",
            "dep:subject"),
          Q("direct", "Nobody will cross it this winter.", "Ines Varga", "Ines Varga", "said",
            "previous-quote")]),
    ],
)
def test_a_relayed_quote_is_the_relays_in_every_attribution(
    text: str, expected: list[Q]
) -> None:
    check(text, quotes.extract(text, scope="all"), expected)
