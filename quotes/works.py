"""Who a work speaks for: the maker of a report, the issuer of a bulletin, the body a
study's researchers work at.

A reporter names a work's maker once (`a report by the audit office`, `a study by
researchers at Eastmoor University`, `The Met Service issued a red warning`) and then
lets the work speak (`The report also said …`, `the findings show …`, `The bulletin
reads: …`); the resolver (:class:`quotes.speakers.SpeakerResolver`) gives such a row the
maker these rules find, as a reader does. Descriptions of people and bodies are read by
:mod:`quotes.descriptions`.

This module tries the steps in order: the maker the words around the work name
(:mod:`quotes.work_owners`, and the agent of a participle set off after `according to`
it, :mod:`quotes.makers_after`), the body its researchers are at
(:mod:`quotes.research_groups`), and for a definite work that names none, the maker
the text before gave it (:mod:`quotes.works_before`), or the body that decided what the
work reports (:func:`~quotes.deciders.decider_before`); then the maker the sentence
after names (:func:`~quotes.makers_after.maker_named_after`); last, for `according to a
statement` with no maker, the body its clause is about
(:func:`~quotes.makers_after.according_statement_issuer`).
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.deciders import decider_before
from quotes.descriptions import is_definite
from quotes.makers_after import (
    according_participle_maker,
    according_statement_issuer,
    maker_named_after,
)
from quotes.research_groups import group_place
from quotes.work_owners import maker_named
from quotes.works_before import (
    earlier_author,
    issuer_before,
    part_maker,
    same_work_before,
    spoken_in,
    study_maker,
)


def work_maker(head: Token) -> Token | None:
    """The maker of a work, or the body of a place, that a mention headed by `head`
    stands for, by the steps above, in the order the resolver
    (:class:`quotes.speakers.SpeakerResolver`) tries them: `a tally by the Press
    Association`, `The report also said …` after `a report by the audit office`, `The
    bulletin reads: …` after `The Met Service issued a red warning …`, `The notice found
    …` after `The Harbour Authority has fined …` (:func:`~quotes.deciders.decider_before`),
    `the regulator's final notice`, `The letter says …` after `the decision letter says
    …`; None when it is not a work."""
    maker = maker_named(head) or according_participle_maker(head) or group_place(head)
    if maker is None and head.pos_ == "NOUN" and is_definite(head):
        # `the statement said` after `In a statement, the church said …`
        maker = spoken_in(head)
    if maker is None and head.pos_ == "NOUN" and is_definite(head):
        # `The report also said …` after `a report by the audit office`; `The study
        # found …` after `Researchers at the University of Harnby followed …`
        maker = earlier_author(head) or study_maker(head)
    if maker is None and head.pos_ == "NOUN" and (
        is_definite(head) or any(c.dep_ == "poss" for c in head.children)
    ):
        # `The bulletin reads: …` after `The Met Service issued a red warning …`;
        # `The findings …` after `Harnby University researchers published a paper`
        maker = issuer_before(head)
        maker = None if maker is None else group_place(maker) or maker
    if maker is None and head.pos_ == "NOUN" and is_definite(head):
        # `The notice found …` after `The Harbour Authority has fined the ferry firm`
        maker = decider_before(head)
    if maker is None and head.pos_ == "NOUN" and is_definite(head):
        # `The letter says …` after `"…," the decision letter says` (the inspector's):
        # the work named again speaks for whoever it spoke for before
        before = same_work_before(head)
        maker = None if before is None else work_maker(before)
    if maker is None and head.pos_ == "NOUN":
        # `One entry reads: …` after `… the field diary of Henrik Aalto.`
        maker = part_maker(head)
    if maker is None and head.pos_ == "NOUN":
        # `The poll found …` ¶ `It was conducted last week by Sondages Nordet.`
        maker = maker_named_after(head)
    if maker is None and head.pos_ == "NOUN":
        # `Chipmaker Veltrix cut its forecast, according to a statement.`
        maker = according_statement_issuer(head)
    return maker
