"""A description of a body (`the union`, `the university`, `Police`) stands for the full
name the text wrote before it: a name whose kind word is in the language of its country
(`Universidad de Talca`), a name the kind word stands inside (`Novi Sad Police
Administration`), and a name set off with a description of the kind (`Kallförbundet,
the dockers' union,`). Sentences written for these tests."""

from __future__ import annotations

import pytest

import quotes
from tests.rows import Q, check


@pytest.mark.parametrize(
    "text, expected",
    [
        # foreign-kind words (organisation-kind-names.txt): `the university` is the one
        # `Universidad …` the text names
        (
            "Students marched to the Universidad de Coquimbo on Monday. The university "
            "said that fees would rise by 6 percent.",
            [Q("indirect", "fees would rise by 6 percent", "Universidad de Coquimbo",
               "The university", "said")],
        ),
        # `the theatre` is the `Teatro …`
        (
            "The play opens at the Teatro Vila Nova in Porto on Friday. The theatre said "
            "every seat for the first week had been sold.",
            [Q("indirect", "every seat for the first week had been sold", "Teatro Vila Nova",
               "The theatre", "said")],
        ),
        # `the league` is the `Liga …`
        (
            "Real Oriente went top of the Liga Costera after a 2-0 win. The crowd of 8,000 "
            "was the biggest of the season, according to the league.",
            [Q("indirect", "The crowd of 8,000 was the biggest of the season",
               "Liga Costera", "the league", "according")],
        ),
        # `festival` is a kind of body (organisation-kinds.txt): `the festival` is the
        # one `… Festival` the text names, not a juror who spoke in between
        (
            "The jury of the Harnby Mountain Film Festival walked out on Friday. Nino "
            "Beridze, its president, said the film had been cut. The festival said the "
            "screening had been cancelled.",
            [Q("indirect", "the film had been cut", "Nino Beridze", "Nino Beridze", "said"),
             Q("indirect", "the screening had been cancelled", "Harnby Mountain Film Festival",
               "The festival", "said")],
        ),
        # kind-inside-name: `Police` is the whole `… Police Administration`, not the
        # words up to the kind word
        (
            "The Dravska Police Administration said that four people had been arrested. "
            "Police said the men had been held overnight.",
            [Q("indirect", "four people had been arrested", "Dravska Police Administration",
               "The Dravska Police Administration", "said"),
             Q("indirect", "the men had been held overnight", "Dravska Police Administration",
               "Police", "said")],
        ),
        # `the cooperative` is the whole `… Cooperative Society`
        (
            "The Lakeside Fishers' Cooperative Society, which has 400 members, wants the "
            "quota cut delayed. Half of its boats stayed in port last month, according to "
            "the cooperative.",
            [Q("indirect", "Half of its boats stayed in port last month",
               "Lakeside Fishers' Cooperative Society", "the cooperative", "according")],
        ),
        # kind-set-off-name: `the union` is the name set off with a description of a union
        (
            "Members of Kallförbundet, the dockers' union, voted on Friday. Nils Berg said "
            "he had voted yes. Turnout was 70 percent, according to the union.",
            [Q("indirect", "he had voted yes", "Nils Berg", "Nils Berg", "said"),
             Q("indirect", "Turnout was 70 percent", "Kallförbundet", "the union",
               "according")],
        ),
        # kind-set-off-name where the description's noun is followed by a relative word,
        # not a comma: `Brimvale, a Kent company that makes biscuits,` is the company
        (
            "Hundreds of workers at Brimvale, a Kent company that makes biscuits, walked "
            "out on Monday.\n\nUnion officials said talks had failed. \"We are not "
            "moving,\" said Tom Reed, a shop steward.\n\nThe company said it regretted "
            "the strike.",
            [Q("indirect", "talks had failed", "Union officials", "Union officials", "said"),
             Q("direct", "We are not moving,", "Tom Reed", "Tom Reed", "said"),
             Q("indirect", "it regretted the strike", "Brimvale", "The company", "said")],
        ),
        # the same with `based`: `Orla, a firm based in Cork,` is `the firm`
        (
            "Inspectors visited Orla, a firm based in Cork, in March. Ann Moss, who "
            "farms near Mallow, said prices had fallen. The firm said it had paid every "
            "farmer on time.",
            [Q("indirect", "prices had fallen", "Ann Moss", "Ann Moss", "said"),
             Q("indirect", "it had paid every farmer on time", "Orla", "The firm", "said")],
        ),
        # ... but a sentence's opening word for a time is no name set off so
        (
            "Harbour Foods and Kelso Mills both cut jobs. Yesterday, a firm that makes "
            "biscuits closed a plant in Leeds. \"It is over,\" said Ann Moss. The firm said "
            "it regretted the cuts.",
            [Q("direct", "It is over,", "Ann Moss", "Ann Moss", "said"),
             Q("indirect", "it regretted the cuts", "the firm", "The firm", "said")],
        ),
        # kind-set-off-name where the name is first written inside a longer word: the
        # name set off is the one read, not the first place its letters occur
        (
            "Tour buses from Malmöfjord were late. Members of Malmöf, the drivers' union, "
            "voted on Friday. Turnout was 70 percent, according to the union.",
            [Q("indirect", "Turnout was 70 percent", "Malmöf", "the union", "according")],
        ),
    ],
)
def test_body_description_is_the_name_before(text: str, expected: list[Q]) -> None:
    check(text, quotes.extract(text), expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        # club-named-before, a club's word ending the name (`Athletic`)
        (
            "Brackwell Athletic manager Ana Ruiz-Calder insisted on Friday that she would not "
            "resign. She spoke for twenty minutes. The club said the board backed her.",
            [Q("indirect", "she would not resign", "Ana Ruiz-Calder", "Ana Ruiz-Calder",
               "insisted"),
             Q("indirect", "the board backed her", "Brackwell Athletic", "The club", "said")],
        ),
        # a post in the club after its name, though a player is the subject just before
        (
            "Hallsberg coach Ana Ruiz-Calder praised her players. Mikkel Dahl scored nine "
            "goals. The club said the match had sold out.",
            [Q("indirect", "the match had sold out", "Hallsberg", "The club", "said")],
        ),
        # a post after the club's possessive
        (
            "Larkhill drew 0-0 at home on Saturday. Larkhill's striker Ola Berg left the pitch "
            "with a knee injury. He will miss three weeks, according to the club.",
            [Q("indirect", "He will miss three weeks", "Larkhill", "the club",
               "according")],
        ),
        # the club named first, not the opponent named last; a club's word opening a name
        # (`FC`) gives the longest form of the one named by a post
        (
            "FC Lindgrund lost 2-1 to Ashcombe United on Sunday. The Ashcombe coach, "
            "Tom Weiss, praised the fans. The Lindgrund captain left on crutches. In a "
            "statement, the club said all tickets for the return game had been sold.",
            [Q("indirect", "all tickets for the return game had been sold", "FC Lindgrund",
               "the club", "said")],
        ),
        # the club named first where its words stand as a name of their own: not the
        # opponent's, whose word stands before in a longer name (`Larkhill Road`) ...
        (
            "Fans queued along Larkhill Road before Brackwell Athletic played at home on "
            "Saturday. The Larkhill coach, Tom Weiss, praised the away support. The club "
            "said all tickets had been sold.",
            [Q("indirect", "all tickets had been sold", "Brackwell Athletic", "The club",
               "said")],
        ),
        # ... or inside a longer word (`Elyside`)
        (
            "Hundreds of Elyside residents watched Brackwell Athletic beat Ely 2-0 on "
            "Saturday. The Ely coach, Tom Weiss, praised the away support. The club said "
            "all tickets had been sold.",
            [Q("indirect", "all tickets had been sold", "Brackwell Athletic", "The club",
               "said")],
        ),
    ],
)
def test_club_is_the_one_the_story_is_about(text: str, expected: list[Q]) -> None:
    check(text, quotes.extract(text), expected)
