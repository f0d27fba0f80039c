"""Words that look like statements and are not (quotes/fixed_texts.py and the rules of
quotes/scope.py they join): a question a poll, a ballot or a form puts, a program's
automatic message, a thing asked for, a decision's penalty lines, a column's notice to
its readers, a withdrawal in French, an oath's formula, a contract's terms, rules read out, a
paper's headline, an email's words quoted as what someone received and a
word quoted as the one chosen. Each article holds one such
row beside a real statement: the statements scope keeps the statement only, and `all`
still has the other row with its source."""

from __future__ import annotations

import pytest

import quotes
from tests.rows import check_statements_beside


@pytest.fixture(scope="module", autouse=True)
def _model() -> None:
    quotes.get_engine()


COLUMN = (
    "Ask the vet: itchy dogs and old cats\n\n"
    "Every month Dr Marta Kowalczyk, a vet in Gdynia, answers readers' questions on their "
    "pets.\n\n"
    "Q. My spaniel scratches all night. Should I change his food?\n"
    "— Ewa, Sopot\n\n"
    "A. Not yet. Most itching in spring comes from fleas, so treat him and the house "
    "first and see if it stops within a month.\n\n"
    "Q. Our cat is 17 and sleeps most of the day. Is that normal?\n"
    "— Jan, Gdańsk\n\n"
    "A. Yes, for a cat of that age. Take her in if she stops eating.\n\n"
    "Questions for this column can be sent to the pets desk by post. We regret that we "
    "cannot reply individually."
)

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
    # sanction-read: a passive sanction, then a line naming a penalty
    (
        'The last line of the panel\'s ruling reads: "Permit suspended for six months. Fine '
        'of €800." The trainer, Aidan Feeney, said he would appeal.',
        "Permit suspended for six months. Fine of €800.",
        [("indirect", "Aidan Feeney", "he would appeal")],
    ),
    # reader-notice: a column's standing notice to its readers
    (
        COLUMN,
        "Questions for this column can be sent to the pets desk by post. We regret that we "
        "cannot reply individually.",
        [
            # the readers' signed questions are theirs, the answers the vet's
            ("direct", "Ewa", "Q. My spaniel scratches all night. Should I change his food?"),
            (
                "direct",
                "Marta Kowalczyk",
                "A. Not yet. Most itching in spring comes from fleas, so treat him and the "
                "house first and see if it stops within a month.",
            ),
            ("direct", "Jan", "Q. Our cat is 17 and sleeps most of the day. Is that normal?"),
            ("direct", "Marta Kowalczyk",
             "A. Yes, for a cat of that age. Take her in if she stops eating."),
        ],
    ),
    # set-formula: an unparliamentary word withdrawn, in French
    (
        '"Vous mentez aux Français," Mme Claire Aubert said. The chair asked her to '
        'withdraw the word. "Je retire le mot, Monsieur le Président," Mme Aubert said.',
        "Je retire le mot, Monsieur le Président,",
        [("direct", "Claire Aubert", "Vous mentez aux Français,")],
    ),
    # rite: an oath's formula, `I solemnly swear that I will …`
    (
        "The clerk read the oath and each new councillor repeated it: \"I solemnly swear "
        'that I will serve the people of this borough." The new leader, Gwen Pryce, said '
        "the buses would come first.",
        "I solemnly swear that I will serve the people of this borough.",
        [("indirect", "Gwen Pryce", "the buses would come first")],
    ),
    # law-text: the terms of a contract, what it lays down
    (
        "The contract states that the club \"shall pay the player a bonus of £50,000 on "
        'promotion". The player\'s agent, Ruairi Boyle, said the club had broken it.',
        'the club "shall pay the player a bonus of £50,000 on promotion"',
        [("indirect", "Ruairi Boyle", "the club had broken it")],
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
    # recited: a text of rules or an instrument read out after a colon
    (
        "The clerk then read out the standing orders: \"Members shall address the chair at "
        'all times." Councillor Ana Ruiz said the rules were out of date.',
        "Members shall address the chair at all times.",
        [("indirect", "Ana Ruiz", "the rules were out of date")],
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
    check_statements_beside(text, words, statements)
