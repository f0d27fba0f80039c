"""Misreadings of the small models that :mod:`quotes.parse_repairs` mends, seen through
the rows they give (sentences written for these tests), one case per shape."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from spacy.tokens import Doc, Token

import quotes
from quotes.cue_repairs import cue_read_as_relative, cue_read_as_second_relative
from quotes.name_repairs import join_word_read_as_verb
from quotes.rehead import rehead, rehead_all
from quotes.tag_repairs import hyphened_word_read_apart
from tests.rows import Q, check


@pytest.mark.parametrize(
    "text, expected",
    [
        # subject-read-as-apposition: after a phrase set before the cue, the subject set
        # off by commas is hung on the phrase's last noun; the cue's subject it is
        ('In a statement to the Herald, his senior policy adviser, Dan Whitlock, said: '
         '"The deal matters."',
         [Q("direct", "The deal matters.", "Dan Whitlock", "his senior policy adviser",
            "said", "dep:subject")]),
        ("In an interview with the Guardian, the club's chairman, Tom Hale, said: "
         '"We will not sell the ground."',
         [Q("direct", "We will not sell the ground.", "Tom Hale", "Tom Hale", "said",
            "dep:subject")]),
        ('In a post on Facebook, her campaign manager, Jo Banks, wrote: "We are in it to '
         'win."',
         [Q("direct", "We are in it to win.", "Jo Banks", "her campaign manager", "wrote",
            "dep:subject")]),
        # … an apposition of the phrase's own noun, with the cue's subject after it, stays
        ('In a statement to the Gazette, a weekly paper, Marta Quill said: "We regret '
         'the error."',
         [Q("direct", "We regret the error.", "Marta Quill", "Marta Quill", "said",
            "dep:subject")]),
        # name-read-as-body-apposition: the body a role is held in read as the subject,
        # the name after the role its apposition; the name speaks
        ("Dockers' Union of the Humber general secretary Moses Tembo-Hartley described "
         'the new rota as "a recipe for accidents".',
         [Q("mixed", 'the new rota as "a recipe for accidents"', "Moses Tembo-Hartley",
            "Moses Tembo-Hartley", "described", "reported-naming:subject")]),
        # patronymic-subject: a Kyrgyz surname's last word read as an adverb of the cue;
        # the name is the cue's subject
        ("Bolot uulu said engineers had warned that the dam had cracked.",
         [Q("indirect", "engineers had warned that the dam had cracked", "Bolot uulu",
            "Bolot uulu", "said", "reported:subject")]),
        # portfolio-list-subject: the first of the portfolios listed before a title read
        # as the subject, the name after the title its apposition; the name speaks
        ("Energy, Mines and Resources Minister Raymond Tutin told reporters that the rules "
         "had taken four years to write.",
         [Q("indirect", "the rules had taken four years to write", "Raymond Tutin",
            "Raymond Tutin", "told", "reported:subject")]),
        ("Transport, Roads and Ports Minister Kemal Arslan told reporters the bridge was "
         "safe.",
         [Q("indirect", "the bridge was safe", "Kemal Arslan", "Kemal Arslan", "told",
            "reported:subject")]),
        # name-read-as-second-subject: a name after an office that closes the subject's
        # phrase is that office's apposition, and the subject speaks ...
        ("A former aide to housing minister Rhodri Ellis-Varga has said the scheme was "
         "rushed.",
         [Q("indirect", "the scheme was rushed",
            "a former aide to housing minister Rhodri Ellis-Varga", "A former aide",
            "said", "reported:subject")]),
        # ... but after a noun that is no office the name holds the subject's office
        ("Leader of the opposition Councillor Meera Joshi-Kale opined that the budget "
         "was hollow.",
         [Q("indirect", "the budget was hollow", "Meera Joshi-Kale", "Meera Joshi-Kale",
            "opined", "reported:subject")]),
        # particle-read-as-head: a name's particle in lower case read as the subject,
        # the name's words hung on it; the whole name speaks
        ("Kiprop arap Chelimo, a teacher from Iten, said the school had closed early.",
         [Q("indirect", "the school had closed early", "Kiprop arap Chelimo",
            "Kiprop arap Chelimo", "said", "reported:subject")]),
        # … and a Romance name's small word read as the cue's auxiliary, the name's words
        # hung on it
        ("Councillor Tião do Gás, known by his nickname, said the cap would hurt shops.",
         [Q("indirect", "the cap would hurt shops", "Tião do Gás", "Councillor Tião do Gás", "said",
            "reported:subject")]),
        # join-word-read-as-verb: the small word of a Romance name read as a verb, the
        # cue's clause; it joins the name, and the clause is the one after it
        ("Ana Lobo told the Correio do Norte that she would sing again.",
         [Q("indirect", "she would sing again", "Ana Lobo", "Ana Lobo", "told",
            "reported:subject")]),
        # join-word-read-as-clause: ... or as the clause of the cue after it, the name's
        # first words its subject
        ("The Centro Hospitalar do Oeste, which runs the hospital, said in a statement that "
         "it had been unable to hire nurses.",
         [Q("indirect", "it had been unable to hire nurses", "Centro Hospitalar do Oeste",
            "The Centro Hospitalar", "said", "reported:subject")]),
        # participle-read-as-clause: a participle on the noun of a phrase on the cue read
        # as a second clause after the one the cue reports; it modifies the noun
        ("The driver braked late at the bend below the station, investigators said in "
         "their final report made public on Monday.",
         [Q("indirect", "The driver braked late at the bend below the station",
            "investigators", "investigators", "said", "reported:subject")]),
        # quote-read-as-subject: a one-word quote before a cue whose subject follows is
        # read as the subject (the one after as a second subject or the object)
        ('"Nonsense," wrote a council member who lives on the estate.',
         [Q("direct", "Nonsense,", "a council member who lives on the estate",
            "a council member", "wrote", "dep:subject")]),
        ('"Rubbish," replied a fan who had travelled from Leeds.',
         [Q("direct", "Rubbish,", "a fan who had travelled from Leeds", "a fan", "replied",
            "dep:subject")]),
        # … a subject the parser read right is left as it is
        ('"Absolutely," said the coach, Gareth Southgate.',
         [Q("direct", "Absolutely,", "Gareth Southgate", "the coach", "said",
            "dep:subject")]),
        # answer-read-as-auxiliary: a short answer set off before a cue with its own
        # subject is read as the cue's auxiliary
        ("Ann Birch asked whether the ferry would sail on Sunday. It would, the harbourmaster "
         "replied.",
         [Q("indirect", "whether the ferry would sail on Sunday", "Ann Birch", "Ann Birch",
            "asked", "reported:subject"),
          Q("indirect", "It would", "the harbourmaster", "the harbourmaster", "replied",
            "reported:subject")]),
        # subject-read-into-adverb: a subject ending in an adjective is hung on the
        # adverb before the cue (`The … later`); the word its determiner opens speaks
        ("Mara Quist, 41, was sent home twice. The 41-year-old later told the Echo that "
         "she had lost a week's pay.",
         [Q("indirect", "she had lost a week's pay", "Mara Quist", "The 41-year-old", "told",
            "reported:subject")]),
        # subject-read-into-cue: a subject ending in an adjective is hung on the cue
        # itself (`The … says`); the adjective its determiner opens speaks
        ("Hylke Bosma, 79, lives by the church. The 79-year-old says he has never been "
         "woken by the bells.",
         [Q("indirect", "he has never been woken by the bells", "Hylke Bosma",
            "The 79-year-old", "says", "reported:subject")]),
        # subject-read-into-set-off-phrase: the subject before a phrase set off by
        # commas is read as the phrase's own; the cue's subject it is
        ("Dunmore, unbeaten in nine races, claimed that the stewards had ignored the rules.",
         [Q("indirect", "the stewards had ignored the rules", "Dunmore", "Dunmore",
            "claimed", "reported:subject")]),
        # … also a relative clause on the subject read as the cue's clause
        ("Tomas Wrenfield, the Harbour Rovers captain, whose 88 off 90 balls carried his "
         "side, said he had no regrets about batting first.",
         [Q("indirect", "he had no regrets about batting first", "Tomas Wrenfield",
            "Tomas Wrenfield", "said", "reported:subject")]),
        # subject-read-into-participle: a subject with a participle phrase after it is
        # read as a clause that is the cue's subject; the participle's subject speaks
        ("Most Green party voters in two cities going to the polls on Sunday said they "
         "want a ban on new coal plants.",
         [Q("indirect", "they want a ban on new coal plants",
            "Most Green party voters in two cities", "Most Green party voters", "said",
            "reported:subject")]),
        # a light cue's `that`-clause read as its word's clausal subject (`clear` …
        # `that they would like`) is still what the light cue reports
        ("A few governors made clear that they would like to see the levy cut before the "
         "summer.",
         [Q("indirect", "they would like to see the levy cut before the summer",
            "a few governors", "A few governors", "made", "reported-light:subject")]),
        # cue-read-as-relative: a cue in the past read as a participle of the noun that
        # opens the sentence (`the senator [who was] called …`), the sentence left with
        # no verb; the noun is the cue's subject
        ('The senator called Hargreave "a danger to the city."',
         [Q("mixed", 'Hargreave "a danger to the city."', "the senator", "The senator",
            "called", "reported-naming:subject")]),
        # … while a participle of a noun in a sentence with a verb of its own stays
        ("A man called Horse rode into town.", []),
        # name-read-as-verb: a surname that is also a verb, read as one though it is
        # the cue's one-word subject, is the name that speaks
        ('"The numbers are fake," Trump shot back.',
         [Q("direct", "The numbers are fake,", "Trump", "Trump", "shot", "dep:subject")]),
        # cue-read-as-modifier: after a description ending in an adjective, a cue in the
        # past read as a second adjective of the noun after it, which the parser makes
        # the root; the description speaks, the relative clause is what is reported
        ("Ines Varga, 18, won the title. The 18-year-old told reporters she had fallen "
         "twice in training.",
         [Q("indirect", "she had fallen twice in training", "Ines Varga",
            "The 18-year-old", "told", "reported:subject")]),
        # subject-read-as-root: after a subject with a name set off by commas, a cue in
        # the past read as an adjective of its object, the subject's noun the root
        ('The president of the nurses union, Ana Ruiz, accused management of "running the '
         'ward like a car park".',
         [Q("mixed", 'management of "running the ward like a car park"', "Ana Ruiz",
            "The president", "accused", "reported-object:subject")]),
        # the subject repairs on a verb that is a cue only with a clause: the subject
        # after a participle opener, which the parser reads as the cue's clausal subject
        ("Representing PC A, Ms Aoife Nic Dhomhnaill submitted that his record should count "
         "in his favour.",
         [Q("indirect", "his record should count in his favour", "Aoife Nic Dhomhnaill",
            "Aoife Nic Dhomhnaill", "submitted", "reported:clause-cue")]),
        # … and a clause cue read as a participle of the noun opening the sentence
        ("The home manager, Dora Ash, accepted in cross-examination that the weekly budget "
         "had fallen over the winter.",
         [Q("indirect", "the weekly budget had fallen over the winter", "Dora Ash",
            "The home manager", "accepted", "reported:clause-cue")]),
        # clause-read-as-relative-on-addressee: the clause after a gathering a cue
        # addresses is read as a relative clause on it
        ("Moving the motion, Ana Ruiz, a nurse from Leeds, told the hall she had worked 50 "
         "hours the week before.",
         [Q("indirect", "she had worked 50 hours the week before", "Ana Ruiz", "Ana Ruiz",
            "told", "reported:subject")]),
        # … also when the clause's subject has words of its own and the gathering is
        # tagged as an adjective (`inquest` read as a superlative)
        ("State pathologist Dr Ines Varga told the inquest the cause of death was drowning.",
         [Q("indirect", "the cause of death was drowning", "Ines Varga", "Ines Varga",
            "told", "reported:subject")]),
        # … and after a phrase of where the cue spoke, whose named noun takes it
        ("Coach Ada Bright urged calm and told reporters at Half Way Tree he had spoken to "
         "the selectors and to the player.",
         [Q("indirect", "calm", "Ada Bright", "Ada Bright", "urged", "reported-object"),
          Q("indirect", "he had spoken to the selectors and to the player", "Ada Bright",
            "Ada Bright", "told", "reported:conjunct")]),
        # … while the thing told keeps its relative clause
        ("Ana Ruiz told the story she had heard from her mother.",
         [Q("indirect", "the story she had heard from her mother", "Ana Ruiz", "Ana Ruiz",
            "told", "reported-object:subject")]),
        # verb-read-into-subject-phrase: a cue in `-s` read as the plural noun ending
        # the subject's phrase, the sentence left with no verb
        ("The report of his inspection states that the damp came from a broken gutter.",
         [Q("indirect", "the damp came from a broken gutter", "The report", "The report",
            "states", "reported:subject")]),
        # a list's ordinal read as the adjective of a cue in `-s` before a colon
        ('The leaflet has two claims. The first reads: "Fares will rise in May."',
         [Q("direct", "Fares will rise in May.", "The first", "The first", "reads",
            "dep:subject")]),
        # clause-read-onto-a-phrase: a `that`-clause after a phrase on the cue is hung on
        # the phrase's noun
        ("His wife, Rosa Mamani, said outside the courthouse that friends had raised the "
         "money within an hour.",
         [Q("indirect", "friends had raised the money within an hour", "Rosa Mamani",
            "His wife", "said", "reported:subject")]),
        ("Tom Hale said in a written question that riders at two stations had waited for "
         "an hour.",
         [Q("indirect", "riders at two stations had waited for an hour", "Tom Hale",
            "Tom Hale", "said", "reported:subject")]),
        # … also on a noun that reports speech when it is the form the cue's own words
        # took (`in a written response`), with no one else's name on it
        ("A spokeswoman for the water board said in a written response that two of its "
         "largest customers owed it money.",
         [Q("indirect", "two of its largest customers owed it money",
            "a spokeswoman for the water board", "A spokeswoman", "said", "reported:subject")]),
        # … also after a phrase of how it was said: `without any evidence that …`
        ("The mayor was just as blunt, claiming without any evidence that the council "
         "wanted to sell the park.",
         [Q("indirect", "the council wanted to sell the park", "the mayor", "The mayor",
            "claiming", "reported:participle")]),
        # … not a relative clause whose subject is `that`
        ("Tom Hale spoke at the meeting that was held on Monday.", []),
        # bare-clause-on-medium: a clause with no `that`, whose verb has an object of its
        # own, hung as a relative clause on the cue's medium
        ("The harbour board said in a statement it had asked divers to check every mooring "
         "in the bay.",
         [Q("indirect", "it had asked divers to check every mooring in the bay",
            "the harbour board", "The harbour board", "said", "reported:subject")]),
        # … not a relative clause on a work the cue's speaker issued, with no object
        ('The harbour board said in a statement it issued on Monday: "The slipway will '
         'close."',
         [Q("direct", "The slipway will close.", "the harbour board", "The harbour board",
            "said", "dep:subject")]),
        # that-read-as-object: the clause's `that` read as an object, where the tagger
        # reads a conjunction …
        ('Retired judge Nasir Ali Shah said on a radio programme that both ministers were '
         '"behaving like cousins arguing over a goat".',
         [Q("mixed", 'both ministers were "behaving like cousins arguing over a goat"',
            "Nasir Ali Shah", "Nasir Ali Shah", "said", "reported:subject")]),
        # … or on a conjunct of the clause's verb, where no relative word stands
        ("The Mekong Delta Regional Drought Relief and Monitoring Office said in a "
         "statement after the briefing that 2,900 farms in five provinces had been "
         "affected and two wells had failed since March.",
         [Q("indirect", "2,900 farms in five provinces had been affected and two wells "
            "had failed since March", "Mekong Delta Regional Drought Relief and Monitoring "
            "Office", "The Mekong Delta Regional Drought Relief and Monitoring Office",
            "said", "reported:subject")]),
        # closing-cue-read-as-conjunct: a cue closing the sentence after a comma is read
        # as a second verb of the clause it reports
        ("The new pen infringes a patent held by its rival Corvane Medical, the High Court "
         "has ruled.\n\nThe pen went on sale in 2019.",
         [Q("indirect", "The new pen infringes a patent held by its rival Corvane Medical",
            "High Court", "the High Court", "ruled", "reported:subject")]),
        # … also with when it was said after it
        ("The new pen infringes a patent held by its rival Corvane Medical, the High Court "
         "ruled on Tuesday.",
         [Q("indirect", "The new pen infringes a patent held by its rival Corvane Medical",
            "High Court", "the High Court", "ruled", "reported:subject")]),
        # closing-subject-read-into-clause: the subject of a cue closing its sentence,
        # a description and a name set off by commas, read as an apposition of a noun
        # of the clause before it …
        ("The dam is safe, the Minister of State with responsibility for the Office of "
         "Public Works, Tom Hale, said yesterday.",
         [Q("indirect", "The dam is safe", "Tom Hale", "the Minister of State", "said",
            "reported:subject")]),
        # … or as a third thing joined to its list, the cue as a second verb of the clause
        ("The town will be protected by raised walls rather than a barrier at the harbour "
         "mouth, the minister, Ana Ruiz, said yesterday.",
         [Q("indirect", "The town will be protected by raised walls rather than a barrier "
            "at the harbour mouth", "Ana Ruiz", "the minister", "said", "reported:subject")]),
        # clause-subject-read-as-second-subject: the reported clause's subject read as a
        # second subject of the cue, its verb as a participle on that noun
        ("Our correspondent, Ana Ruiz Vidal, says several board members left before the "
         "vote.",
         [Q("indirect", "several board members left before the vote", "Ana Ruiz Vidal",
            "Our correspondent", "says", "reported:subject")]),
        # closing-cue-relative: a cue closing the sentence after a comma is read as a
        # relative clause on a noun of the clause it reports
        ("Sand mining on the banks of the Rio Negro has dried out three ponds that a "
         "fishing village uses to raise Tambaqui, the village's lawyers said on Tuesday.",
         [Q("indirect", "Sand mining on the banks of the Rio Negro has dried out three ponds "
            "that a fishing village uses to raise Tambaqui", "the village's lawyers",
            "the village's lawyers", "said", "reported:subject")]),
        # closing-cue-read-as-noun: a cue in the present closing the sentence after a
        # comma, tagged as a plural noun
        ("The scheme will cut about 3,000 car trips a day, Tartu City Municipality estimates.",
         [Q("indirect", "The scheme will cut about 3,000 car trips a day",
            "Tartu City Municipality", "Tartu City Municipality", "estimates",
            "reported:subject")]),
        # closing-cue-adverbial: after a participle phrase set off by commas, a cue
        # closing the sentence is read as an adverbial clause of the clause it reports
        ("OBAN, Scotland — CalMarine has cancelled its winter sailings to Lismore, leaving "
         "islanders with one boat a week until March, the operator confirmed on Tuesday.",
         [Q("indirect", "CalMarine has cancelled its winter sailings to Lismore, leaving "
            "islanders with one boat a week until March", "CalMarine", "the operator",
            "confirmed", "reported:subject")]),
        # closing-cue-complement: a cue closing the sentence after a comma is read as a
        # second clause the root cue reports …
        ("Most tenants now say they trust the mayor more than the council, a city survey "
         "found this year.",
         [Q("indirect", "Most tenants now say they trust the mayor more than the council",
            "a city survey", "a city survey", "found", "reported:subject")]),
        # … or as the clause the root cue reports, the clause before the comma on it
        ("Lind said the bridge would close in May, the engineer recalled.",
         [Q("indirect", "Lind said the bridge would close in May", "the engineer",
            "the engineer", "recalled", "reported:subject")]),
        # … not a comment on the sentence whose noun of speech the parser read onto the
        # subject of its relative clause (`a claim [that] council officials reject`)
        ("Ruiz said the council had the money to finish the bridge, a claim council "
         "officials reject.",
         [Q("indirect", "the council had the money to finish the bridge, a claim council "
            "officials reject", "Ruiz", "Ruiz", "said", "reported:subject")]),
        # … not a second clause that is no cue
        ("Lind said the bridge would close in May, the ferry would stop and the road would "
         "flood.",
         [Q("indirect", "the bridge would close in May, the ferry would stop and the road "
            "would flood", "Lind", "Lind", "said", "reported:subject")]),
        # … not an aside opened by `as`
        ("The ferry will stop in March, as the operator confirmed on Tuesday.",
         [Q("indirect", "The ferry will stop in March", "the operator", "the operator",
            "confirmed", "reported-as:subject")]),
        # clause-subject-read-as-object: the reported clause's subject read as the cue's
        # object, the clause's verb hung on the sentence's main verb
        ("The bar is run by his sister, Ana Ruiz, who admits the no-cash policy on "
         "Saturdays has cost them some customers.",
         [Q("indirect", "the no-cash policy on Saturdays has cost them some customers",
            "Ana Ruiz", "who", "admits", "reported:subject")]),
        ("The shop is run by her brother and co-owner, Tom Reed, who admits the "
         "late-opening rule on Sundays has cost them some trade.",
         [Q("indirect", "the late-opening rule on Sundays has cost them some trade",
            "Tom Reed", "who", "admits", "reported:subject")]),
        # … an object with a relative clause of its own stays the object
        ("Ana Ruiz thanked the volunteers who had worked through the night.",
         [Q("indirect", "the volunteers who had worked through the night", "Ana Ruiz",
            "Ana Ruiz", "thanked")]),
        # work-read-as-gerund-object: an `-ing` word before a work read as a gerund with
        # the work for its object; the work is the cue's subject, its author speaks
        ("Polling figures from the Lowell Institute suggest that the mayor has lost ground.",
         [Q("indirect", "the mayor has lost ground", "Lowell Institute",
            "Polling figures from the Lowell Institute", "suggest", "reported:subject")]),
        # … while a gerund with no work for its object stays a clause
        ("Raising fares shows that the council has run out of ideas, Dunn said.",
         [Q("indirect", "Raising fares shows that the council has run out of ideas", "Dunn",
            "Dunn", "said", "reported:subject")]),
        # cue-read-onto-set-off-participle: the participle of a phrase set off after the
        # subject read as the verb, the cue hung on it
        ('Adelino Martins, known in parliament as Lafaek, called the budget "a goodbye '
         'note to the rainy-day fund".',
         [Q("mixed", 'the budget "a goodbye note to the rainy-day fund"', "Adelino Martins",
            "Adelino Martins", "called", "reported-naming:subject")]),
        # cue-read-onto-relative: the cue read as a participle of the last noun of a
        # relative clause set off after the subject
        ('Tomas Hale, who leads the largest opposition group, called the tolls "a betrayal '
         'of every driver who asked us about them".',
         [Q("mixed", 'the tolls "a betrayal of every driver who asked us about them"',
            "Tomas Hale", "Tomas Hale", "called", "reported-naming:subject")]),
        # cue-read-onto-participle-root: an `-ing` participle on the subject read as the
        # verb, the finite cue hung on it with no label
        ("Majorities of teachers in six districts going to the polls Sunday say they would "
         "back the strike.",
         [Q("indirect", "they would back the strike", "Majorities of teachers in six districts",
            "Majorities", "say", "reported:subject")]),
        # cue-read-as-second-relative: the cue closing the sentence read as a second
        # relative clause on its source's noun, the first one's object as its subject
        ("The ticket app went offline for six hours on Monday, the company that runs it "
         "said.",
         [Q("indirect", "The ticket app went offline for six hours on Monday",
            "the company that runs it", "the company", "said",
            "reported-parenthetical:subject")]),
        # gerund-subject-read-as-clause: `that` read as the subject of the -ing clause
        # that is the reported clause's subject, the reported verb hung under it
        ("Its clerk, Jane Holt, wrote to the council that allowing one bench would lead "
         'to "a forest of plaques" within a decade.',
         [Q("mixed", 'allowing one bench would lead to "a forest of plaques" within a decade',
            "Jane Holt", "Its clerk", "wrote", "reported:subject")]),
        # subject-read-into-opener after a clause that opens with a subordinating word
        ('When I rang the harbour office, a man there told me the ferry had been cancelled '
         '"for want of a crew".',
         [Q("mixed", 'the ferry had been cancelled "for want of a crew"', "a man", "a man",
            "told", "reported:subject")]),
        # subject-read-into-quote: the speaker's phrase after a quote of two sentences
        # read as part of the quote, a word of the quote read as the cue's subject
        ('"Solveig taught half of this faculty how to read ice. The other half she taught '
         'how to read a budget," the university\'s rector, Prof. Tomasz Wierzbicki-Holm, '
         "said on Monday.",
         [Q("direct", "Solveig taught half of this faculty how to read ice. The other half "
            "she taught how to read a budget,", "Tomasz Wierzbicki-Holm",
            "the university's rector", "said", "dep:subject")]),
        # ... a relative clause set off by commas inside the phrase, which the parser hung
        # on the quote's closing mark
        ('"Every flat will get a letter with its day before the end of May," a '
         "spokesperson for Dunmore Water Company, which runs the town's pipes, said.",
         [Q("direct", "Every flat will get a letter with its day before the end of May,",
            "a spokesperson for Dunmore Water Company", "a spokesperson", "said",
            "dep:subject")]),
        # cue-read-as-compound-head: a cue in its base form after a plural noun, read as
        # a noun that the plural noun is a compound of
        ("The findings state that Mr Delacroix did not file a flight plan.",
         [Q("indirect", "Mr Delacroix did not file a flight plan", "The findings",
            "The findings", "state", "reported:subject")]),
        # … and a cue in `-s` read as a plural noun after a singular one
        ("The filing states that the company owes its lenders $4m.",
         [Q("indirect", "the company owes its lenders $4m", "The filing", "The filing",
            "states", "reported:subject")]),
        # clause-object-read-as-second-subject: the reported clause's object read as a
        # second subject of the cue, its verb as an adjective of the object
        ("Outside the hall, Rra Kagiso Motsumi, who had come as a guest, said the feud had "
         "divided families who had lived there for years.",
         [Q("indirect", "the feud had divided families who had lived there for years",
            "Kagiso Motsumi", "Kagiso Motsumi", "said", "reported:subject")]),
        ("Later, Dorcas Achieng, who had attended as an observer, said the row had divided "
         "families who had shared the land for generations.",
         [Q("indirect", "the row had divided families who had shared the land for "
            "generations", "Dorcas Achieng", "Dorcas Achieng", "said", "reported:subject")]),
        # time-phrase-read-as-mark: a phrase of time between the cue and the clause it
        # reports, its preposition read as the clause's mark (or as a preposition of its verb)
        ("A harbour board spokeswoman said after the meeting the new berths had been "
         "tested and were safe.",
         [Q("indirect", "the new berths had been tested and were safe",
            "a harbour board spokeswoman", "A harbour board spokeswoman", "said",
            "reported:subject")]),
        # connective-read-as-cue: `That said,` opening a sentence read as its verb, the
        # sentence's own cue hung on it; the cue after the comma speaks
        ('That said, she noted, "The hall will not be ready by June."',
         [Q("direct", "The hall will not be ready by June.", None, "she", "noted",
            "dep:subject")]),
        ('She called Ruiz "kind." (That said, she also noted, "He will punch back.")',
         [Q("mixed", 'Ruiz "kind."', None, "She", "called", "reported-naming:subject"),
          Q("direct", "He will punch back.", None, "she", "noted", "dep:subject")]),
        ("That said, the treasurer noted that the fund was still short.",
         [Q("indirect", "the fund was still short", "the treasurer", "the treasurer",
            "noted", "reported:subject")]),
        # aside-read-as-cue: the writer's `and I quote` read as the cue of the quotation
        ('No surprise that Dale Moreno said, and I quote, "We love the small towns."',
         [Q("direct", "We love the small towns.", "Dale Moreno", "Dale Moreno", "said",
            "near-before:subject")]),
        ('Tom Hale said, and I quote, "We will never close the mill."',
         [Q("direct", "We will never close the mill.", "Tom Hale", "Tom Hale", "said",
            "dep:subject")]),
        # content-read-as-first-subject: the words set before a closing cue read as a
        # first subject beside the one that speaks
        ("Or perhaps Nadia Kovac, party strategist Owen Bright says.",
         [Q("indirect", "Nadia Kovac", "Owen Bright", "Owen Bright", "says",
            "reported:subject")]),
        # asked-aside: the participle of an asking cue set off after the subject read as
        # the subject's verb, the cue after it left with no subject; the one asked
        # speaks with the cue, what was asked has no speaker
        ("Councillor Edna Plaskett, asked about the ferry fares, has said that they "
         "will rise.",
         [Q("indirect", "the ferry fares", None, None, "asked", "unsourced:addressed"),
          Q("indirect", "they will rise", "Edna Plaskett", "Edna Plaskett", "said",
            "reported:subject")]),
        ("The harbourmaster, asked whether the pier would reopen, said the repairs had "
         "stalled.",
         [Q("indirect", "whether the pier would reopen", None, None, "asked",
            "unsourced:addressed"),
          Q("indirect", "the repairs had stalled", "the harbourmaster", "The harbourmaster",
            "said", "reported:subject")]),
        ('Mr. Quaid, asked about the ferry on Sunday, had said, "The timetable is not '
         'my doing."',
         [Q("indirect", "the ferry on Sunday", None, None, "asked", "unsourced:addressed"),
          Q("direct", "The timetable is not my doing.", "Quaid", "Quaid", "said",
            "dep:subject")]),
        # agent-after-complement: the `by` phrase closing a passive cue's clause hung on
        # the last noun of what the cue says; it names the cue's source
        ('The tariff has been called "a fiscal trap" by Orla Vance, a lecturer at '
         "Dunmore University.",
         [Q("indirect", "The tariff", "Orla Vance", "Orla Vance", "called",
            "reported-passive:passive-agent"),
          Q("direct", "a fiscal trap", "Orla Vance", "Orla Vance", "called",
            "reported-passive:passive-agent")]),
        ("The walkout was viewed as a triumph by some in the union.",
         [Q("indirect", "The walkout", None, "some", "viewed",
            "reported-passive:passive-agent"),
          Q("indirect", "as a triumph", None, "some", "viewed",
            "reported-passive:passive-agent")]),
        # agent-before-conjunct: … also before a clause joined to the cue's
        ('The tariff has been called "a fiscal trap" by Orla Vance, and it makes the cost of '
         "goods hard to trace.",
         [Q("indirect", "The tariff", "Orla Vance", "Orla Vance", "called",
            "reported-passive:passive-agent"),
          Q("direct", "a fiscal trap", "Orla Vance", "Orla Vance", "called",
            "reported-passive:passive-agent")]),
        # agent-after-of-phrase: … and hung on the last noun of an `of` phrase closing it
        ("Ruiz was confirmed as one of the new trustees by Ana Lobo.",
         [Q("indirect", "Ruiz", "Ana Lobo", "Ana Lobo", "confirmed",
            "reported-passive:passive-agent"),
          Q("indirect", "as one of the new trustees", "Ana Lobo", "Ana Lobo", "confirmed",
            "reported-passive:passive-agent")]),
        # agent-name-set-off: … with the agent's name set off after the phrase
        ("Haddad was confirmed as one of the ferry's passengers by the Deputy Foreign "
         "Minister for Consular Affairs, Sami Rahal.",
         [Q("indirect", "Haddad", "Sami Rahal", "the Deputy Foreign Minister", "confirmed",
            "reported-passive:passive-agent"),
          Q("indirect", "as one of the ferry's passengers", "Sami Rahal",
            "the Deputy Foreign Minister", "confirmed", "reported-passive:passive-agent")]),
        # … not the `by` phrase of a noun the cue's complement is about
        ("The mayor was asked about the claim of credit for the attack by the group.",
         [Q("indirect", "about the claim of credit for the attack by the group", None, None,
            "asked", "unsourced:passive")]),
        # clause-subject-read-into-phrase: the clause's subject run on into the phrase
        # of when or in what the cue spoke (`Monday traffic`, `a call wheat`)
        ("The mayor said on Monday traffic had fallen by half.",
         [Q("indirect", "traffic had fallen by half", "the mayor", "The mayor", "said",
            "reported:subject")]),
        ("The finance chief told analysts on a call copper had cost the group 9 percent "
         "less.",
         [Q("indirect", "copper had cost the group 9 percent less", "the finance chief",
            "The finance chief", "told", "reported:subject")]),
        # clause-subject-read-as-object-beside-clause: the clause's subject hung on the
        # cue as its object, with no one told, after the person told (with a phrase the
        # parser hung on the cue), or as an apposition of the person told
        ("The firm also warned a higher tax could delay its plans.",
         [Q("indirect", "a higher tax could delay its plans", "the firm", "The firm",
            "warned", "reported:subject")]),
        ("Mayor Ann Lee told us dust storms in May had cut the harvest by 6 percent.",
         [Q("indirect", "dust storms in May had cut the harvest by 6 percent", "Ann Lee",
            "Ann Lee", "told", "reported:subject")]),
        ("She told the court Ana had bought a ticket to Lima in March.",
         [Q("indirect", "Ana had bought a ticket to Lima in March", None, "She", "told",
            "reported:subject")]),
        # surname-read-as-preposition: a capitalised subject tagged as a preposition
        # inside its sentence is a surname (`From`, `Long`)
        ('Tax rises scared the voters off, From said.',
         [Q("indirect", "Tax rises scared the voters off", "From", "From", "said",
            "reported:subject")]),
        # clause-subject-read-as-source-apposition: the subject of the clause an opening
        # `according to X,` is set into read as X's apposition
        ("According to the Alpine Club, avalanche deaths in the Tyrol were higher this "
         "winter than last.",
         [Q("indirect", "avalanche deaths in the Tyrol were higher this winter than last",
            "Alpine Club", "the Alpine Club", "According", "according-to:according-to")]),
        # … on a noun of the source's phrase, after its own set-off description
        ("According to results from Dunmore Testing Laboratories, a firm in Galway, water "
         "drawn from the well last week had twice the safe level of nitrate.",
         [Q("indirect", "water drawn from the well last week had twice the safe level of "
            "nitrate", "Dunmore Testing Laboratories",
            "results from Dunmore Testing Laboratories, a firm in Galway", "According",
            "according-to:according-to")]),
        # … with an adverb of the clause's verb between the subject and the verb
        ("According to the Harbour Transit Group, a research team at the port, about six "
         "in ten dockers on the quay still travel by bus.",
         [Q("indirect", "about six in ten dockers on the quay still travel by bus",
            "Harbour Transit Group", "the Harbour Transit Group", "According",
            "according-to:according-to")]),
        # a parse whose branches cross (`than` hung on `about`): the clause is still read
        # in the text's order (clause_bounds.contiguous_around)
        ("Ferries carried about 9,000 more cars in June than in May of the first year, "
         "according to the Harbour Board.",
         [Q("indirect", "Ferries carried about 9,000 more cars in June than in May of the "
            "first year", "Harbour Board", "the Harbour Board", "according",
            "according-to:according-to")]),
    ],
)
def test_parse_repairs(text: str, expected: list[Q]) -> None:
    check(text, quotes.extract(text, scope="all"), expected)


# -- a repair that would make a cycle leaves the parse as it was ----------------------------

#: Made-up parses, each word as `text/tag/pos/dep/head` (the head's index; its own for a
#: root), with a word the repair is called on whose moves would hang a word under itself.
CYCLES = {
    # rule cue-read-as-second-relative on a noun that is its sentence's root: the cue
    # over the noun, the noun over the cue (no guard of its own stopped it before)
    "second relative on the root noun": (
        cue_read_as_second_relative, 8,
        "It/PRP/PRON/nsubj/1 fell/VBD/VERB/ROOT/1 ,/,/PUNCT/punct/1 the/DT/DET/det/4 "
        "firm/NN/NOUN/ROOT/4 that/WDT/PRON/nsubj/6 runs/VBZ/VERB/relcl/4 "
        "it/PRP/PRON/nsubj/8 said/VBD/VERB/relcl/4 ././PUNCT/punct/4"),
    # a hyphened word whose first part hangs on the hyphen: the hyphen and the last part
    # would each hang on the other
    "hyphened word over its hyphen": (
        hyphened_word_read_apart, 2,
        "His/PRP$/PRON/poss/2 co/NN/NOUN/compound/2 -/NN/NOUN/nsubj/4 star/NN/NOUN/appos/2 "
        "said/VBD/VERB/ROOT/4"),
    # a Romance name's small word read as a verb, the capitalised word before it hung on
    # it: the word would hang on the one that hangs on it
    "join word over the word before it": (
        join_word_read_as_verb, 1,
        "Banco/NNP/PROPN/nsubj/1 do/VB/VERB/ROOT/1 Brasil/NNP/PROPN/dobj/1"),
}


def _parse(words: str) -> Doc:
    """A doc of `text/tag/pos/dep/head` words, set apart by spaces but for the hyphen's."""
    fields = [w.rsplit("/", 4) for w in words.split()]
    texts = [f[0] for f in fields]
    return Doc(spacy.blank("en").vocab, words=texts,
               spaces=[t != "-" and n != "-" for t, n in zip(texts, [*texts[1:], ""], strict=True)],
               tags=[f[1] for f in fields], pos=[f[2] for f in fields],
               deps=[f[3] for f in fields], heads=[int(f[4]) for f in fields])


def _tree(doc: Doc) -> list[tuple[int, str, str]]:
    return [(t.head.i, t.dep_, t.pos_) for t in doc]


@pytest.mark.parametrize(("repair", "at", "words"), CYCLES.values(), ids=CYCLES.keys())
def test_a_repair_that_would_make_a_cycle_leaves_the_parse_unchanged(
    repair: Callable[[Token], None], at: int, words: str
) -> None:
    doc = _parse(words)
    before = _tree(doc)
    repair(doc[at])
    assert _tree(doc) == before


def test_moves_are_made_all_or_none() -> None:
    doc = _parse("Ada/NNP/PROPN/nsubj/1 said/VBD/VERB/ROOT/1 no/UH/INTJ/ccomp/1")
    before = _tree(doc)
    # the first move alone is sound; with the second, `said` hangs under `no` under `said`
    assert not rehead_all([(doc[0], doc[2], "nsubj"), (doc[1], doc[2], "ccomp")])
    assert not rehead(doc[1], doc[0])
    assert _tree(doc) == before
    assert rehead(doc[2], doc[0], "appos")
    assert _tree(doc)[2] == (0, "appos", "INTJ")



def test_a_clause_on_the_root_noun_is_what_the_cue_read_as_relative_reports() -> None:
    # cue-read-as-relative: the cue read as a participle of the sentence's root noun,
    # with the clause it reports hung on that noun as a clause on it (`acl`), as the
    # parser may read it (`The weekly Dorfpost reported on Friday that the mill had closed`)
    doc = _parse(
        "The/DT/DET/det/2 weekly/JJ/ADJ/amod/2 Dorfpost/NNP/PROPN/ROOT/2 "
        "reported/VBD/VERB/acl/2 on/IN/ADP/prep/3 Friday/NNP/PROPN/pobj/4 "
        "that/IN/SCONJ/mark/10 the/DT/DET/det/8 mill/NN/NOUN/nsubj/10 "
        "had/VBD/AUX/aux/10 closed/VBN/VERB/acl/2 ././PUNCT/punct/2"
    )
    cue_read_as_relative(doc[3])
    assert [(t.head.i, t.dep_) for t in (doc[2], doc[3], doc[10])] == [
        (3, "nsubj"), (3, "ROOT"), (3, "ccomp")]


def test_an_adverbial_clause_on_a_cue_is_not_what_it_reports() -> None:
    # adverbial-read-as-clause: a clause of time the parser hung on the cue as its
    # complement is no reported content
    text = "The health department will consider the drug once the full data are published."
    assert not [q for q in quotes.extract(text, scope="all") if q.text.startswith("once")]
