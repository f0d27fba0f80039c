"""Words that look like statements and are not (quotes/fixed_texts.py and the rules of
quotes/scope.py they join): a question a poll, a ballot or a form puts, a program's
automatic message, a paper's headline, a thing asked for, an email's words
quoted as what someone received and a word quoted as the one chosen. Each article
holds one such row beside a real statement: the statements scope keeps the statement
only, and `all` still has the other row with its source."""

from __future__ import annotations

import pytest

import quotes


@pytest.fixture(scope="module", autouse=True)
def _model() -> None:
    quotes.get_engine()



#: (text, the words that are no statement, the statements scope's rows as (type,
#: speaker, content)).
FIXED = [
    # put-question: the question a ballot, a poll or a form puts
    (
        "Voters in Harlow Vale decide in March. The ballot question reads: \"Do you approve "
        'a new stadium on the Eastfield site?" Mayor Dennis Okoro said the vote would '
        "settle the matter.",
        "Do you approve a new stadium on the Eastfield site?",
        [("indirect", "Dennis Okoro", "the vote would settle the matter")],
    ),
    (
        'A poll of 1,500 renters asked: "Would you move to a cheaper town?" Housing '
        "campaigner Lena Fisk said most of them could not afford to stay.",
        "Would you move to a cheaper town?",
        [("indirect", "Lena Fisk", "most of them could not afford to stay")],
    ),
    (
        'The new permit form asks: "Have you lived in the district for five years?" Adviser '
        "Chidi Nwankwo said many people had given up halfway.",
        "Have you lived in the district for five years?",
        [("indirect", "Chidi Nwankwo", "many people had given up halfway")],
    ),
    # machine-message: a program's automatic message, shown or sent
    (
        "When Ravi Menon entered his meter reading, the website showed an automatic "
        'warning: "Reading too high. Please check the number." Menon said he had typed '
        "it correctly.",
        "Reading too high. Please check the number.",
        [("indirect", "Ravi Menon", "he had typed it correctly")],
    ),
    # request: a thing quoted whole after `asked for`
    (
        'The advert asked for "a cook who can start at once, with a clean driving '
        'licence". The owner, Petra Lindqvist, said she had had 40 replies.',
        "a cook who can start at once, with a clean driving licence",
        [("indirect", "Petra Lindqvist", "she had had 40 replies")],
    ),
    # received: words in a clause on the thing someone received, from no sender named
    (
        'Applicants received an email that began: "Thank you for your interest in the '
        'post." Recruiter Sam Osei said every applicant got the same reply.',
        "Thank you for your interest in the post.",
        [("indirect", "Sam Osei", "every applicant got the same reply")],
    ),
    # chosen-word: a word quoted whole as what someone chose or used
    (
        'The report avoids the term "crisis", preferring "pressure". Health Secretary Amal '
        "Haddad said the wards were coping.",
        "pressure",
        [("indirect", "Amal Haddad", "the wards were coping")],
    ),
    # displayed: a paper's headline that `read` words
    (
        'A banner headline in the Evening Post read: "Where did the money go?" Finance '
        "Minister Alba Renquist said every cent was accounted for.",
        "Where did the money go?",
        [("indirect", "Alba Renquist", "every cent was accounted for")],
    ),
]


@pytest.mark.parametrize("text, words, statements", FIXED)
def test_fixed_words_are_no_statement_and_the_statement_beside_them_is(
    text: str, words: str, statements: list[tuple[str, str, str]]
) -> None:
    found = quotes.extract(text)
    assert [(q.type, q.speaker, q.text) for q in found] == statements
    for q in found:
        assert text[q.start : q.end] == q.text
    # `all` still has the words (alone, or after the object that leads in to them, as
    # PolNeAR marks it: `an automatic warning: "…"`)
    assert any(words in q.text for q in quotes.extract(text, scope="all"))
