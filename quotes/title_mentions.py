"""A speaker mention that is a title or a role rather than a name: `The Clerk noted`,
`The Prime Minister replied`, `The Health Minister added`, `LAUNCH CONDUCTOR:`.

Written with a capital, as minutes and news write an office, a title or a role stands for
the one person the text gave it (:class:`quotes.described.DescribedIndex`); a role
written as a record's label for the person the record's introduction names
(:class:`quotes.label_holders.LabelHolders`). A step of
:class:`quotes.speakers.SpeakerResolver`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotes.body_mentions import BodyMentions
from quotes.descriptions import is_definite
from quotes.label_names import role_label
from quotes.name_spans import LESSER_OFFICES, TITLES
from quotes.role_words import ROLE_NOUNS


class TitleMentions(BodyMentions):
    """:class:`~quotes.body_mentions.BodyMentions` asked for the one person a title or a
    role stands for."""

    def _titled(self, mention: Span, head: Token, tokens: list[Token], first: Token) -> str | None:
        """The one person a capitalised title or role, or a role written as a record's
        label, stands for (`tokens` the mention's name words, `first` its first word after
        an article); the title phrase as written when no one holds a title with its
        portfolio; None when the mention is no title or role, or no one fits."""
        if len(tokens) == 1 and head.pos_ == "PROPN" and is_definite(head):
            # `The Clerk noted …`, capitalised as minutes write it, after `Mrs D. Penhaligon
            # (Clerk)`: a role the text gave one person, not a name; `the PM replied` after
            # `Prime Minister Ana Ruiz`, a title's abbreviation
            role = self.role_holder(head)
            if role is not None:
                return role
        if len(tokens) > 1 and head.pos_ == "PROPN" and is_definite(head):
            # rule office-phrase-role: `The Town Clerk said …` after `Town Clerk Margaret
            # Olsen`, a person's role of several capitalised words as minutes write it,
            # never one the text made a deputy's or a former holder's (`Deputy Clerk X`)
            holder = self._office_phrase_holder(tokens, head)
            if holder is not None:
                return holder
        if not tokens and head.pos_ == "PROPN" and (is_definite(head) or len(mention) == 1):
            # `The Prime Minister replied …`, capitalised, after `Prime Minister Catherine
            # Ashdown-Reid told MPs …`: a title alone, the one person the text titled so
            # (`The Chair advised …` after `Cllr J. Aldous (Chair)`: a title word the text
            # gave as a role, in brackets after the name); with no article too, as the
            # Bhutanese press calls a minister (rule bare-title: `Lyonpo said …` after
            # `Lyonpo Dorji Wangchuk, the minister for works, …`); else, before the text
            # names its holder, the one named after it with the whole title (`The Chief
            # Minister has admitted …` before `Chief Minister Priya Raghunathan`)
            titled = (
                self._by_title(head) or self._by_role(head) or self.by_later_title_phrase(head)
            )
            if titled is not None:
                return titled
        if (
            tokens
            and head.pos_ == "PROPN"
            and head.lower_ in TITLES
            and head.i == mention.end - 1
            and is_definite(head)
        ):
            # `The Health Minister added …` after `Health Minister Sara Lindqvist said …`:
            # a title with its portfolio, capitalised, no name after it; `the Green Party
            # MP said`: the words before the title say whose MP, no name of the person
            # (the one person the text titled so, before it or else after it, else the
            # title phrase as written)
            return (
                self.by_title_phrase(head)
                or self.role_holder(head)
                or self.by_later_title_phrase(head)
                or self.by_later_portfolio(head)
                or self.doc[first.i : mention.end].text
            )
        if (
            head.pos_ == "PROPN"
            and head.lower_ in TITLES
            and is_definite(head)
            and (holder := self.by_later_portfolio(head)) is not None
        ):
            # rule portfolio-named-later: `…, the Minister of Public Works has told the
            # council` before `signed by Minister of Public Works Eng. Bader Al-Rashidi`
            return holder
        if role_label(mention) and (holder := self.label_name(mention, mention.start_char)):
            # `LAUNCH CONDUCTOR: "…"` in a log after `launch conductor Tevita Fifita-Lowe`
            return holder
        return None

    def role_holder(self, head: Token) -> str | None:
        """The one person named before whom the text gave a description's noun as a
        role or title (`the coroner` after `Senior coroner X`, `the judge` after `Mr
        Justice X`), never the person in focus; None when none or several."""
        return self._by_role(head) or self._by_title(head)

    def _office_phrase_holder(self, tokens: list[Token], head: Token) -> str | None:
        """The one person named before whom the text gave the role that heads a
        capitalised phrase of role words (`Town Clerk`, `Parish Treasurer`), unless the
        text gave them a lesser office (`Deputy`, `Assistant`) the phrase does not hold;
        None otherwise."""
        if head.lower_ not in ROLE_NOUNS or not all(t.is_alpha and t.is_title for t in tokens):
            return None
        holder = self._by_role(head)
        index = None if holder is None else self.index_of(holder)
        if index is None:
            return None
        person = self.people[index]
        lesser = (person.titles | person.roles) & LESSER_OFFICES
        return None if lesser - {t.lower_ for t in tokens} else holder
