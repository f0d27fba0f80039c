"""Documents a story prints as a list of items under a paragraph that introduces them,
with no quote marks (quotes/printed_items.py): an FAQ's answers, a status page's updates
and a thread's numbered posts are the maker's rows; the questions, the time stamps and
labels and the post numbers are not."""

from __future__ import annotations

import pytest

import quotes

FAQ = """Harbour wall to close for repairs

The Port of Kessel Authority published the following questions and answers on its website \
on Monday. We print them in part.

Q. Why is the wall closing?

A. Divers found cracks in two of the stone blocks below the waterline.

Q. Can I still moor my boat?

A. Yes. Moorings on the east side stay open throughout the works.

Q. When will it reopen?

A. We expect to reopen the walkway in September.

The harbour master, Ines Oduya-Laine, said the cracks were not dangerous.
"""

STAFF_FAQ = """Bakery chain to shut its night shift

Crumbwell's managers sent every baker a page of questions about the change on Friday. \
The page, sent to every baker by email, reads in part:

Will anyone lose their job?

No. Every night baker will be offered a day shift at the same pay.

When does the change start?

From the first week of March. Rotas will be posted a month ahead.

Bakers at the Lowfield branch said they had heard nothing until the page arrived.
"""

STATUS = """Trains halted after signal fault

Rail operator Northlink said on Friday that a signal fault had stopped trains across the valley.

The operator's service status page has carried three updates since the morning. It has \
read, in order:

07:05 | Investigating | We are looking into a signal fault between Ardley and Wenn.

08:40 | Identified | The fault is in the cabling at Wenn junction. Engineers are on site.

Friday 11:15 | Resolved | Trains are running again, with some delays.

Passengers waited for up to three hours.
"""

THREAD = """Passengers stranded overnight at ferry terminal

One passenger, the historian Tomasz Okoye-Brandt, posted a thread through the night. \
It read, in part:

1/ Ferry cancelled at 10pm. Nobody at the desk since then.

2/ Staff finally told us the engine is broken. No blankets, no water.

Okoye-Brandt said later that he had slept on a bench.
"""


@pytest.mark.parametrize(
    "text, content, mention, cue, method",
    [
        # an FAQ's labelled answer, without its label, the maker in the introduction
        (FAQ, "Yes. Moorings on the east side stay open throughout the works.",
         "The Port of Kessel Authority", "published", "faq-answer"),
        # an FAQ's questions printed as lines of their own, the document the mention
        (STAFF_FAQ, "No. Every night baker will be offered a day shift at the same pay.",
         "The page", "reads", "faq-answer"),
        (STAFF_FAQ, "From the first week of March. Rotas will be posted a month ahead.",
         "The page", "reads", "faq-answer"),
        # a status page's update without its time stamp and label; `It` is the page,
        # which speaks for its owner
        (STATUS, "The fault is in the cabling at Wenn junction. Engineers are on site.",
         "The operator", "read", "status-update"),
        (STATUS, "Trains are running again, with some delays.", "The operator", "read",
         "status-update"),
        # a thread's numbered post without its number; `It` is the thread of the one
        # the sentence before names
        (THREAD, "Staff finally told us the engine is broken. No blankets, no water.",
         "Tomasz Okoye-Brandt", "read", "numbered-post"),
    ],
)
def test_a_listed_item_is_its_makers_words(
    text: str, content: str, mention: str, cue: str, method: str
) -> None:
    rows = [q for q in quotes.extract(text) if q.text == content]
    assert [(q.type, q.speaker_mention, q.cue, q.method) for q in rows] == [
        ("direct", mention, cue, method)
    ]


@pytest.mark.parametrize(
    "text, words",
    [
        (FAQ, "Why is the wall closing?"),  # the questions are the maker's own headings
        (FAQ, "Can I still moor"),
        (STAFF_FAQ, "Will anyone lose"),
        (STATUS, "07:05"),  # the time stamp and the label are the page's format
        (STATUS, "Investigating"),
        (THREAD, "1/"),  # so is a post's number
        (STATUS, "Passengers waited"),  # the story after the list is the writer's
        (STAFF_FAQ, "Bakers at the Lowfield"),
    ],
)
def test_the_frame_of_a_listed_document_is_no_row(text: str, words: str) -> None:
    assert not [q for q in quotes.extract(text) if words in q.text]


def test_the_means_a_document_was_sent_by_is_no_maker_of_it() -> None:
    # `sent … by email`: the parser's agent is how the page went out, not who wrote it;
    # the page speaks for the ones who sent it (works speak for their makers)
    assert {q.speaker for q in quotes.extract(STAFF_FAQ) if q.method == "faq-answer"} == {
        "Crumbwell's managers"
    }


def test_a_paper_named_post_is_a_maker_not_a_means() -> None:
    # `by email` is how a work went out; `by the Kessel Post` names who made it
    text = "Most readers now cycle to work, according to a survey conducted by the Kessel Post."
    assert [q.speaker for q in quotes.extract(text)] == ["Kessel Post"]


def test_a_list_whose_introduction_names_no_maker_gives_no_rows() -> None:
    text = STATUS.replace("It has read, in order:", "Here they are.")
    assert "Here they are." in text
    assert not [q for q in quotes.extract(text) if q.method == "status-update"]
