"""Statements a column's layout attributes (:mod:`quotes.columns`): an oral history's
testimonies under their heading lines, a readers' questions column whose questions
are signed on a dash line and answered by the expert the introduction names, and the
points a source lists under a lead-in that ends in a colon."""

from __future__ import annotations

import pytest

import quotes

ORAL_HISTORY = """Voices from the brickworks

An extract from Kilns, a book of testimonies from the Ashby brickworks, which closed in 1979.

Dora Penhallow-Reid (b. 1931), kiln loader, 1946–1979

I was fifteen and my sister worked there. The foreman said, "You'll do," and that was it.

We did three kilns a week. [laughs] Three! My back still remembers it.

Idris Maelor (born 1940), lorry driver

When the order book emptied they called us into the yard. Nobody said sorry.

Kilns is published by Ridgeway Press at £12.
"""

PROFILES = """Meet the candidates

Tom Ellery, 54, Liberal Democrat

Ellery has run the hardware shop on Mill Street since 1998.

Ada Quist, 41, Green

Quist is a nurse at the county hospital and a school governor.
"""

COLUMN = """Bin collections: your questions answered

Bins will go three-weekly next month. We put your questions to adviser Ottilie Brandvold-Ames.

Our family of six fills the bin in a week. What are we meant to do?
— Declan Ferris, Hatherley

You can ask for a larger bin free of charge. I would also check what goes in it.

Will the recycling days change? I work nights and put it out late.
— A reader in Oakfield

No. Recycling stays fortnightly on the same day.

If you miss a collection, you can book a one-off pickup online. I use it myself after Christmas.

The council's cabinet approved the change in March by six votes to two.
"""


def _rows(text: str) -> list[tuple[str, str, str | None, str | None, str]]:
    return [(q.type, q.text, q.speaker, q.cue, q.method) for q in quotes.extract(text)]


def test_testimonies_under_heading_lines_are_the_witnesses_rows() -> None:
    assert _rows(ORAL_HISTORY) == [
        # the foreman's words inside a testimony are part of it, no row of their own
        ("direct", 'I was fifteen and my sister worked there. The foreman said, "You\'ll do," '
         "and that was it.", "Dora Penhallow-Reid", None,
         "headed-testimony"),
        # a stage note parts the paragraph into two rows
        ("direct", "We did three kilns a week.", "Dora Penhallow-Reid", None, "headed-testimony"),
        ("direct", "Three! My back still remembers it.", "Dora Penhallow-Reid", None,
         "headed-testimony"),
        # `(born 1940)` heads a testimony too; the publication line after it is no row
        ("direct", "When the order book emptied they called us into the yard. Nobody said sorry.",
         "Idris Maelor", None, "headed-testimony"),
    ]


REACTIONS = """What they said: reactions to the closing of the Fenwick glassworks

Harrow Glass said it would close the works in March. Here is how the town reacted.

Odile Brancaster-Nkemelu, Minister for Industry

Nobody from the company picked up the phone to us. We read about it online.

Piotr Zawadzki-Hale, chairman of the Glassmakers' Union

Four hundred people found out from a notice on the canteen door.

We will fight for every job in that building.

Ruth Tennant-Obi, leader of Fenwick council

Tennant-Obi said the works paid a quarter of the town's business rates.

Magda Oyelaran, 51, furnace operator for 22 years

My son works on the packing line. We are losing two wages, not one.

The company declined to comment further.
"""


def test_reactions_under_name_and_role_lines_are_each_persons_rows() -> None:
    assert _rows(REACTIONS) == [
        ("indirect", "it would close the works in March", "Harrow Glass", "said",
         "reported:subject"),
        ("direct", "Nobody from the company picked up the phone to us. We read about it online.",
         "Odile Brancaster-Nkemelu", None, "headed-reaction"),
        # a paragraph with no first person is the reaction too, and so is the next one
        ("direct", "Four hundred people found out from a notice on the canteen door.",
         "Piotr Zawadzki-Hale", None, "headed-reaction"),
        ("direct", "We will fight for every job in that building.", "Piotr Zawadzki-Hale", None,
         "headed-reaction"),
        # a paragraph that reports the person is the writer's, with a row of its own
        ("indirect", "the works paid a quarter of the town's business rates",
         "Ruth Tennant-Obi", "said", "reported:subject"),
        # an age heads a reaction too; after the last heading the story goes on
        ("direct", "My son works on the packing line. We are losing two wages, not one.",
         "Magda Oyelaran", None, "headed-reaction"),
    ]


EXPERT_REACTION = """Expert reaction to a trial of a malaria vaccine for infants

Dr Imani Wekesa-Lund, senior lecturer in child health, Kisumu Medical School, said:

This is a careful trial, and the answer is better than most of us expected.

The older children did less well. That needs a second look.

Declared interests: none.

A spokesperson for the Department of Health said:

The department will review the results with its advisers.
"""

HEADING_AND_LEAD_IN = """The council met on Monday. The leader, Ana Ruiz-Kemp, said:

The budget is balanced for the first time in a decade.
"""


def test_comments_under_lines_that_end_in_said_are_each_persons_rows() -> None:
    assert _rows(EXPERT_REACTION) == [
        ("direct", "This is a careful trial, and the answer is better than most of us expected.",
         "Imani Wekesa-Lund", "said", "said-heading"),
        ("direct", "The older children did less well. That needs a second look.",
         "Imani Wekesa-Lund", "said", "said-heading"),
        # the desk's note after a comment is no one's; a description heads a comment too
        ("direct", "The department will review the results with its advisers.",
         "A spokesperson for the Department of Health", "said", "said-heading"),
    ]


POLICE_RELEASE = """Man charged after Hamilton jewellery robbery

Waikato

Tuesday, 3 March 2026 - 2:15pm

Please attribute to Detective Sergeant Ropata Whaanga-Lee, Hamilton CIB:

A 31-year-old man has been charged with aggravated robbery after a jewellery store \
on Victoria Street was robbed on Saturday.

Officers found the stolen rings in a storage unit in Frankton. He will appear in \
the Hamilton District Court on Wednesday.

We would like to hear from anyone who saw a silver hatchback near the store. \
You can contact Police on 105.

As the matter is before the court, Police will not be commenting further.

The store's owners have asked Police to release the following statement:

"We are grateful to the officers and to our neighbours."

ENDS
"""


def test_paragraphs_under_a_release_s_attribute_to_line_are_that_officer_s_rows() -> None:
    assert [r for r in _rows(POLICE_RELEASE) if r[-1] == "attribute-line"] == [
        ("direct", "A 31-year-old man has been charged with aggravated robbery after a jewellery"
         " store on Victoria Street was robbed on Saturday.",
         "Ropata Whaanga-Lee", "attribute", "attribute-line"),
        ("direct", "Officers found the stolen rings in a storage unit in Frankton. He will"
         " appear in the Hamilton District Court on Wednesday.",
         "Ropata Whaanga-Lee", "attribute", "attribute-line"),
        # the appeal and the refusal are acts; the owners' statement is theirs, not his
    ]


WRITERS_LEAD_INS = """Readers had their say on the new bus timetable.

One reader wrote:

The number 12 now leaves before the school bell. Nobody asked the parents.

While another posted this message:

The night buses are the best thing the council has done in years.
"""


@pytest.mark.parametrize("text", [HEADING_AND_LEAD_IN, WRITERS_LEAD_INS])
def test_lines_that_end_in_said_head_no_roundup_unless_two_name_their_speakers(
    text: str,
) -> None:
    # one `X said:` is a lead-in; `While another posted this message:` is the writer's
    # sentence, no heading that names a speaker
    assert not [q for q in quotes.extract(text) if q.method == "said-heading"]


LETTERS = """Letters to the editor

Why was the footbridge shut for a month with no notice? Nobody told the school.

Ines Ruiz-Okafor, Mill End

Parking charges

The new charges at the station car park will empty the high street by spring.

Tom Hale-Brandt, Upper Leith
"""


def test_a_letters_signatures_head_no_reactions() -> None:
    # a letter is signed under it with a place, not headed with a role: the heading and
    # the letter under a signature are no reaction of the one who signed above
    assert not [q for q in quotes.extract(LETTERS) if q.method == "headed-reaction"]


def test_name_lines_over_the_writers_own_profiles_are_no_testimonies() -> None:
    assert quotes.extract(PROFILES, scope="all") == []


def test_a_readers_column_gives_each_question_to_its_reader_and_each_answer_to_the_expert() -> None:
    assert _rows(COLUMN) == [
        ("direct", "Our family of six fills the bin in a week. What are we meant to do?",
         "Declan Ferris", "—", "reader-question"),
        ("direct", "You can ask for a larger bin free of charge. I would also check what goes "
         "in it.", "Ottilie Brandvold-Ames", None,
         "reader-answer"),
        # a reader given only by a description signs her question too
        ("direct", "Will the recycling days change? I work nights and put it out late.",
         "reader in Oakfield", "—", "reader-question"),
        # the last answer runs over two paragraphs; the closing note is the writer's
        ("direct", "No. Recycling stays fortnightly on the same day.",
         "Ottilie Brandvold-Ames", None, "reader-answer"),
        ("direct", "If you miss a collection, you can book a one-off pickup online. I use it "
         "myself after Christmas.", "Ottilie Brandvold-Ames", None, "reader-answer"),
    ]


@pytest.mark.parametrize("pen_name", ["Worried in Oakfield", "Confused in Hatherley"])
def test_a_reader_who_signs_with_a_pen_name_and_a_place_is_the_whole_pen_name(
    pen_name: str,
) -> None:
    # rule pen-name-in-place: a word of how the reader feels and where she writes from
    text = COLUMN.replace("— A reader in Oakfield", f"— {pen_name}")
    assert [q.speaker for q in quotes.extract(text) if q.method == "reader-question"] == [
        "Declan Ferris", pen_name
    ]


def test_one_signed_question_is_no_column() -> None:
    text = COLUMN.split("Will the recycling")[0]
    methods = {q.method for q in quotes.extract(text, scope="all")}
    assert not methods & {"reader-question", "reader-answer"}


LISTED = """The coroner, Dr Ines Walcott, wrote to the hospital after the inquest.

The report lists four matters of concern, including:

• There is no agreed way to call a doctor to the day ward.
• Nurses on the ward cannot see a patient's notes after discharge.

The trust has 56 days to respond.
"""

PRICES = """Closing prices at the market (Friday):

• Barley: £182 a tonne, up £3
• Feed wheat: £171 a tonne, down £1
"""


def test_points_listed_under_a_lead_in_are_its_subjects_rows() -> None:
    assert _rows(LISTED) == [
        ("direct", "There is no agreed way to call a doctor to the day ward.", "The report",
         "lists", "listed-point"),
        ("direct", "Nurses on the ward cannot see a patient's notes after discharge.",
         "The report", "lists", "listed-point"),
    ]


def test_a_list_of_figures_is_no_one_s_points() -> None:
    assert quotes.extract(PRICES, scope="all") == []
