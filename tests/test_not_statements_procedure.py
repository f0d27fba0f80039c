"""Words printed as rows that are no statement (quotes/chair_calls.py,
quotes/nameless_texts.py, and the rules they join in quotes/scope.py, quotes/naming.py,
quotes/fiction_lines.py and quotes/not_said.py): a chair's set words of procedure, a
message or an image with no name on it, signs, a novel's character, a term in use. Each
article holds one row that is no statement beside a real one: the statements scope keeps
the real one only, and `all` still has the other."""

from __future__ import annotations

import pytest

import quotes
from tests.rows import check_statements_beside


@pytest.fixture(scope="module", autouse=True)
def _model() -> None:
    quotes.get_engine()


#: (rule, text, the words that are no statement, the statements scope's rows as (type,
#: speaker, content)).
NOT_STATEMENTS = [
    (
        "chair-call: a call to order quoted on its own",
        "As members shouted across the floor, the Speaker, Omar Haddad, said: \"Order, "
        'order. Please take your seats." Opposition leader Rita Moss said the minister had '
        "misled the House.",
        "Order, order. Please take your seats.",
        [("indirect", "Rita Moss", "the minister had misled the House")],
    ),
    (
        "chair-call: a call to order with the house addressed",
        "CHAIR: Order. Order, Honourable Members.\n\nMENSAH: The contract was signed "
        "in March.\n\nCHAIR: Who signed it?\n\nMENSAH: The deputy minister did.",
        "Order. Order, Honourable Members.",
        [
            ("direct", "MENSAH", "The contract was signed in March."),
            ("direct", "CHAIR", "Who signed it?"),
            ("direct", "MENSAH", "The deputy minister did."),
        ],
    ),
    (
        "chair-call: a member told to sit down, `Hon.` no sentence's end",
        '"Order. The Hon. Member will resume his seat," said the Speaker, Aled Morgan. '
        "Mr Kerr later said the figures were wrong.",
        "Order. The Hon. Member will resume his seat,",
        [("indirect", "Kerr", "the figures were wrong")],
    ),
    (
        "chair-call: a name called out before `please continue`",
        'When the shouting died down, the chair, Ruth Abara, said: "Order. Inspector, please '
        'continue." Inspector Joel Mensah said the station had lost four officers since May.',
        "Order. Inspector, please continue.",
        [("indirect", "Joel Mensah", "the station had lost four officers since May")],
    ),
    (
        "chair-call: a member for a named seat told to sit down",
        '"Order! Order! The member for Eastwick will resume her seat," said the Speaker, '
        "Tomas Reid. Ms Lyle later said the budget figures were wrong.",
        "Order! Order! The member for Eastwick will resume her seat,",
        [("indirect", "Lyle", "the budget figures were wrong")],
    ),
    (
        "chair-call: the close of a debate and the day of the vote",
        'The President then announced: "The debate is closed. The vote will take place on '
        'Thursday." Greens leader Anke Vos said her group would vote against.',
        "The debate is closed. The vote will take place on Thursday.",
        [("indirect", "Anke Vos", "her group would vote against")],
    ),
    (
        "chair-call: an aide's line in a transcript that calls the last question",
        "The health minister, Rosa Morales, took questions from reporters on Monday.\n\n"
        "Q: Will the waiting lists come down?\n\n"
        "MORALES: We will cut them by half before the winter.\n\n"
        "AIDE: Last question, please.\n\n"
        "Q: When will the new ward open?\n\n"
        "MORALES: The ward opens in June.",
        "Last question, please.",
        [
            ("direct", "Rosa Morales", "We will cut them by half before the winter."),
            ("direct", "Rosa Morales", "The ward opens in June."),
        ],
    ),
    (
        "chair-call-address: an estimates chair gives the call to a member she names",
        "The hearing was chaired by Senator Ada Lindqvist-Roe. Senator Tom Okafor-Hale "
        "questioned Mr Piet Vandermolen, a deputy secretary.\n\n"
        "CHAIR: Senator Okafor-Hale, you have the call.\n\n"
        "Senator OKAFOR-HALE: How many of the new ferries are running?\n\n"
        "Mr Vandermolen: Four of the nine, Senator.\n\n"
        "CHAIR: Order. Senator Okafor-Hale, put your question.\n\n"
        "CHAIR: We will suspend and resume at 2.15 with the ports authority.",
        "Senator Okafor-Hale, you have the call.",
        [
            ("direct", "Tom Okafor-Hale", "How many of the new ferries are running?"),
            ("direct", "Piet Vandermolen", "Four of the nine, Senator."),
        ],
    ),
    (
        "chair-call: a call to order with the time each speaker is given",
        'The mayor, Rhona Kettering, told the hall: "Order, please. Each speaker gets two '
        'minutes." A resident, Amos Tull, said the pool had been shut since May.',
        "Order, please. Each speaker gets two minutes.",
        [("indirect", "Amos Tull", "the pool had been shut since May")],
    ),
    (
        "nameless-text: a relative clause says the message has no name",
        "A message shared widely on Telegram this week, which carries no name, says the "
        "bridge will close in April. Mayor Ines Varga said the bridge would stay open.",
        "the bridge will close in April",
        [("indirect", "Ines Varga", "the bridge would stay open")],
    ),
    (
        "nameless-text: the sentence after says the image has no name",
        "An image shared on Facebook shows a photograph of the mayor beside the words: "
        '"Bus fares will double in January." The image carries no name, logo or date. The '
        "mayor, Ines Varga, said fares would not change.",
        "a photograph of the mayor beside the words",
        [("indirect", "Ines Varga", "fares would not change")],
    ),
    (
        "display-put-up: signs put up, a place between them and `reading`",
        'Police had put up signs at the end of Mill Road reading "No entry - flooding". Tom '
        "Hale said the water had reached his gate.",
        "No entry - flooding",
        [("indirect", "Tom Hale", "the water had reached his gate")],
    ),
    (
        "in-a-plot: a character's line after the review names the heroine",
        "The novel is set in Accra. Its heroine, Ama, is nine. When she asks why the market "
        'burned, her aunt tells her: "Because nobody was watching." The author, Efua '
        "Mensah, said she wrote it in a year.",
        "Because nobody was watching.",
        [("indirect", "Efua Mensah", "she wrote it in a year")],
    ),
    (
        "term-in-use: the term a body goes on using for its own cuts",
        'The military government calls the cuts "load sharing". Hla Myint, an engineer, '
        "said two plants were running at half their capacity.",
        '"load sharing"',
        [("indirect", "Hla Myint", "two plants were running at half their capacity")],
    ),
]


@pytest.mark.parametrize(
    "rule, text, words, statements", NOT_STATEMENTS, ids=[c[0] for c in NOT_STATEMENTS]
)
def test_words_that_are_no_statement_leave_the_statement_beside_them(
    rule: str, text: str, words: str, statements: list[tuple[str, str, str]]
) -> None:
    check_statements_beside(text, words, statements)


def test_a_naming_verb_whose_complement_is_a_mark_alone_is_no_term() -> None:
    """Rule term-in-use on a parse that hangs only a mark as the naming verb's
    complement (`they call it here ' the den '`, the `'` read as `oprd`): no term, and no
    error (it raised IndexError and lost the whole document)."""
    from quotes.naming import name_given

    doc = quotes.get_engine().nlp("They call it here - the den.")
    call, mark = doc[1], doc[4]
    mark.head, mark.dep_ = call, "oprd"
    assert not name_given("direct", doc[5:7], call, "quoted-judgement:subject")
