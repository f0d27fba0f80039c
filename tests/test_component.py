"""The spaCy component leaves the user's pipeline as it found it: the vocabulary entries
its tokenizer lends a tag's, a reference's or an invisible character's features are
given back once the doc has left it (rule entries-given-back, quotes/lent_entries.py),
and the pipeline reports no problem of its own making; and it names a speaker as the
library does, apostrophes as the text writes them (rule name-apostrophes-as-written)."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin

from quotes.installed import default_model

#: Texts whose words the component's tokenizer reads as something else: tags as spaces,
#: references as their characters, a zero-width space outside a word as a space.
MARKUP = [
    '<p>&quot;The tide is turning,&quot; Ren&eacute;e Holt said.</p>',
    '"The tide is turning,"\u200b Orla Bright said. <br>Fish &amp; chips were served.',
]
#: The words of :data:`MARKUP` whose entries were lent.
LENT = ["<p>", "</p>", "&quot;", "Ren&eacute;e", "<br>", "&amp;", "\u200b"]


def _features(nlp: Language, word: str) -> tuple[object, ...]:
    entry = nlp.vocab[word]
    return (entry.is_space, entry.is_punct, entry.is_alpha, entry.norm_, entry.shape_,
            entry.prefix_, entry.suffix_, entry.lower_)


@pytest.fixture(scope="module")
def plain() -> Language:
    return spacy.load(default_model())


@pytest.fixture
def nlp() -> Language:
    nlp = spacy.load(default_model())
    nlp.add_pipe("quotes")
    return nlp


@pytest.mark.parametrize("run", ["one doc at a time", "nlp.pipe, one batch"])
def test_the_entries_lent_for_a_doc_are_given_back(
    nlp: Language, plain: Language, run: str
) -> None:
    # <p> was a space to the user's own docs after the component had read one page
    docs = [nlp(t) for t in MARKUP] if run == "one doc at a time" else list(nlp.pipe(MARKUP))
    # the library's rows (rule library-rows), which read a reference inside a word as its
    # letter (`Ren&eacute;e` as `Renée`, rule letter-reference-in-word), the mention as written
    assert [[(r["speaker"], r["speaker_mention"]) for r in d._.quotes] for d in docs] == [
        [("Renée Holt", "Ren&eacute;e Holt")], [("Orla Bright", "Orla Bright")]
    ]
    for word in LENT:
        assert _features(nlp, word) == _features(plain, word), word
    assert [t.is_space for t in Doc(nlp.vocab, words=["<p>", "Hello"])] == [False, False]


def test_a_pipeline_saved_after_the_component_keeps_no_lent_norm(
    nlp: Language, tmp_path: Path
) -> None:
    # the lent norms went into the vocabulary's lexeme_norm table, which to_disk saves:
    # the pipeline loaded back read `&quot;` as `"` without the component
    before = len(nlp.vocab.lookups.get_table("lexeme_norm"))
    for text in MARKUP:
        nlp(text)
    assert len(nlp.vocab.lookups.get_table("lexeme_norm")) == before
    nlp.remove_pipe("quotes")
    nlp.to_disk(tmp_path)
    loaded = spacy.load(tmp_path)
    assert [loaded.vocab[w].norm_ for w in ("&quot;", "<p>", "Ren&eacute;e")] == [
        "&quot;", "<p>", "ren&eacute;e"
    ]


def test_a_word_lent_for_two_docs_in_flight_stays_lent_until_the_last_leaves(
    nlp: Language, plain: Language
) -> None:
    first, second = (nlp.make_doc(t) for t in ('<p>"Go," Ann Lee said.</p>',
                                                '<p>"Stay," Bo Dahl said.</p>'))
    assert nlp.vocab["<p>"].is_space  # what the models read
    for name, proc in nlp.pipeline:
        first = proc(first)
        if name == "quotes":
            assert nlp.vocab["<p>"].is_space  # the second doc is still to be read
        second = proc(second)
    assert [r["speaker"] for r in first._.quotes + second._.quotes] == ["Ann Lee", "Bo Dahl"]
    assert _features(nlp, "<p>") == _features(plain, "<p>")


@pytest.mark.parametrize("off", ["removed", "disabled"])
def test_a_pipeline_whose_component_is_off_tokenizes_as_it_did_before(
    plain: Language, off: str
) -> None:
    # the tokenizer stayed the component's: it read markup as the component does and lent
    # entries that no component gave back
    nlp = spacy.load(default_model())
    nlp.add_pipe("quotes")
    if off == "removed":
        nlp.remove_pipe("quotes")
        docs = [nlp(t) for t in MARKUP]
    else:
        with nlp.select_pipes(disable=["quotes"]):
            docs = [nlp(t) for t in MARKUP]
    assert [[t.text for t in d] for d in docs] == [[t.text for t in plain(t)] for t in MARKUP]
    for word in LENT:
        assert _features(nlp, word) == _features(plain, word), word


def test_the_default_pipeline_meets_the_component_s_requirements(nlp: Language) -> None:
    # it required `token.pos`, which no pipe of the pipeline declares (the attribute
    # ruler sets it): analyze_pipes warned of a problem on every pipeline
    assert nlp.analyze_pipes()["problems"]["quotes"] == []


@pytest.mark.parametrize(
    ("exclude", "message"),
    [
        (["tagger"], "needs part-of-speech tags: add it after the tagger and attribute_ruler"),
        (["attribute_ruler"],
         "needs part-of-speech tags: add it after the tagger and attribute_ruler"),
        (["lemmatizer"], "needs lemmas: add it after the lemmatizer"),
    ],
    ids=["no tagger", "no attribute ruler", "no lemmatizer"],
)
def test_a_pipeline_without_what_the_rules_read_is_refused_in_one_line(
    exclude: list[str], message: str
) -> None:
    # no row at all without tags, and no reported clause without lemmas, without a word
    nlp = spacy.load(default_model(), exclude=exclude)
    nlp.add_pipe("quotes")
    assert nlp("")._.quotes == []
    with pytest.raises(ValueError, match=message):
        nlp('"The tide is turning," Orla Bright said. Ken Mori said the pier was shut.')


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"The tide is turning," Sean O’Brien said.', "Sean O’Brien"),
        ('"The tide is turning," said Máire O’Sullivan-Ní Dhuibhir.',
         "Máire O’Sullivan-Ní Dhuibhir"),
        ("St Mary’s Hospital said the ward would close on Friday.", "St Mary’s Hospital"),
        ('"No," said Kaʼiulani Akana.', "Kaʼiulani Akana"),
    ],
    ids=["curly apostrophe", "in a double surname", "a body's possessive",
         "modifier letter apostrophe"],
)
def test_the_library_and_the_component_write_a_name_s_apostrophe_as_the_text_does(
    nlp: Language, text: str, speaker: str
) -> None:
    """Rule name-apostrophes-as-written (quotes/written_marks.py): the library, which
    parses the text with straight marks, gave `Sean O'Brien`, the component `Sean O’Brien`."""
    import quotes

    assert [q.speaker for q in quotes.extract(text)] == [speaker]
    assert [r["speaker"] for r in nlp(text)._.quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "rows"),
    [("-", []), ("Vote no -", []),
     ('"The hall is open," Pia Ruiz said. -', [("The hall is open,", "Pia Ruiz")])],
    ids=["a hyphen alone", "a hyphen after words", "a hyphen after a quote"],
)
def test_a_doc_that_ends_in_a_hyphen_is_read(nlp: Language, text: str,
                                             rows: list[tuple[str, str]]) -> None:
    """A doc whose last word is a hyphen (a list's empty last bullet, a dash at the end of
    a line) raised an IndexError in the component's tag repairs (rule
    hyphened-given-read-apart looked at the word after it); it gives its rows."""
    doc = nlp(text)
    assert [(r["quote"], r["speaker"]) for r in doc._.quotes] == rows


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # the recogniser finds no entity: `She` had no speaker
        ('"We are ready," Pia Ruiz said. She said the hall was open.',
         [("Pia Ruiz", "Pia Ruiz"), ("Pia Ruiz", "She")]),
        # a title before the name, the three words one WORK_OF_ART: `She` had no speaker,
        # and the first mention held the title
        ('"The pier will close," Councillor Ruth Amadi said on Friday. She said repairs '
         "would take a year.", [("Ruth Amadi", "Ruth Amadi"), ("Ruth Amadi", "She")]),
        # a name the recogniser labels an organisation: `She` had no speaker
        ('"The bridge is safe," Uma Dey said. She said the cracks were old.',
         [("Uma Dey", "Uma Dey"), ("Uma Dey", "She")]),
    ],
    ids=["name with no entity", "title before the name", "name labelled otherwise"],
)
def test_the_component_finds_the_people_the_library_finds(
    nlp: Language, plain: Language, text: str, speakers: list[tuple[str, str]]
) -> None:
    """Rule people-by-rule (quotes/component_people.py): the resolver takes up `he` or
    `she` for a PERSON entity, which the component took from the user's recogniser; the
    library marks people by rule. The user's doc keeps its own entities and spans."""
    import quotes

    doc = nlp(text)
    assert [(r["speaker"], r["speaker_mention"]) for r in doc._.quotes] == speakers
    assert [(q.speaker, q.speaker_mention) for q in quotes.extract(text)] == speakers
    assert [(e.start, e.end, e.label_) for e in doc.ents] == [
        (e.start, e.end, e.label_) for e in plain(text).ents
    ]
    assert set(doc.spans) == {"quotes"}


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # a wire dateline before the reported clause: the clause held the dateline
        ("KESTRELTON, Wales (Harbour Wire) — Ferries to the island will stop for a week "
         "from Monday, the operator said on Friday.",
         [("Ferries to the island will stop for a week from Monday", "Harbour Wire")]),
        # a dateline glued to the name that opens the sentence: the speaker `MORVEN BAY`
        ("MORVEN BAY, Scotland (Coast News) — Ana Ruiz, the harbour master, said on Friday "
         "the pier would reopen in May.", [("the pier would reopen in May", "Ana Ruiz")]),
        # a curly mark glued to the colon after the cue: no row
        ("Ana Ruiz said:“The market stays.”", [("The market stays.", "Ana Ruiz")]),
        # a title's abbreviation after the cue: the speaker `Staff Sgt`
        ('"Somebody saw this happen," said Staff Sgt. Rhian Owusu-Barr of the traffic '
         'unit. "We need the footage."',
         [("Somebody saw this happen,", "Rhian Owusu-Barr"),
          ("We need the footage.", "Rhian Owusu-Barr")]),
        # a title's abbreviations before the name: `the spokesman` was no one's
        ("Police spokesman Brig. Gen. Tomas Vidal told the radio that 12 people were "
         'held.\n\n"Nobody was hurt," the spokesman told the station.',
         [("12 people were held", "Tomas Vidal"), ("Nobody was hurt,", "Tomas Vidal")]),
        # a headline line over the story: the first sentence's row was lost
        ("Ferry firm admits timetable errors\n\nThe operator said on Monday that it had "
         "printed the wrong times for three routes.",
         [("it had printed the wrong times for three routes", "the operator")]),
        # two spaces inside the name: the speaker `Ruiz`
        ("Ana  Ruiz said the pier would reopen in May.",
         [("the pier would reopen in May", "Ana Ruiz")]),
        ('"The pier is safe,"  said  Ana  Ruiz.', [("The pier is safe,", "Ana Ruiz")]),
        # a currency's abbreviation: the reported clause ended at `Rs`
        ("Tomas Vidal claimed that his crew had lost gear worth Rs. 20 million since March.",
         [("his crew had lost gear worth Rs. 20 million since March", "Tomas Vidal")]),
    ],
    ids=["dateline before the clause", "dateline glued to a name", "curly mark after a colon",
         "title abbreviation after the cue", "title abbreviations before the name",
         "headline line", "double space in a name", "double spaces around the cue",
         "currency abbreviation"],
)
def test_the_component_gives_the_library_s_rows(
    nlp: Language, plain: Language, text: str, rows: list[tuple[str, str]]
) -> None:
    """Rule library-rows (quotes/component_rows.py): the component read the pipeline's
    parse of the text as given, the library a prepared copy of it (normalised, its own
    tokenizer cases and sentence starts); now the component gives the library's rows,
    offsets into the doc's text, and leaves the user's doc as the pipeline made it."""
    import quotes
    from quotes.speaker_ids import identify

    doc = nlp(text)
    library = quotes.extract(text)
    assert [(q.text, q.speaker) for q in library] == rows
    assert doc._.quotes == identify([q.to_row(None, i) for i, q in enumerate(library, 1)])
    # a span covers the user's tokens the row's characters fall in (`said:“The` is one)
    spans = doc.spans["quotes"]
    assert [s.label_ for s in spans] == [q.speaker for q in library]
    assert all(s.start_char <= q.start < q.end <= s.end_char
               for s, q in zip(spans, library, strict=True))
    user = plain(text)
    assert doc.text == text
    assert [t.text for t in doc] == [t.text for t in user]
    assert [(e.start, e.end, e.label_) for e in doc.ents] == [
        (e.start, e.end, e.label_) for e in user.ents
    ]


def test_a_pipeline_loaded_from_a_folder_reads_its_own_parse(tmp_path: Path) -> None:
    """A pipeline loaded from no installed package (a folder: saved or trained by the
    user, whose weights may be its own) has no library engine: the component reads the
    pipeline's own parse, its people found by rule (rule people-by-rule)."""
    spacy.load(default_model()).to_disk(tmp_path)
    nlp = spacy.load(tmp_path)
    nlp.add_pipe("quotes")
    doc = nlp('"We won," Ana Ruiz said. She said it was late.')
    assert nlp.get_pipe("quotes").library is None
    assert [(r["quote"], r["speaker"]) for r in doc._.quotes] == [
        ("We won,", "Ana Ruiz"), ("it was late", "Ana Ruiz")
    ]


#: A text with one quote, for the span-key tests (rule own-spans-key).
SAID = '"The tide is turning," Orla Bright said.'


@pytest.mark.parametrize(
    ("before", "config", "expected"),
    [
        ("nothing", {}, ["quotes"]),
        ("a span_ruler's group", {"spans_key": "quote_spans"}, ["quote_spans", "quotes"]),
        ("our own group", {}, ["quotes"]),
    ],
    ids=["no group", "another key", "the doc read again"],
)
def test_the_component_writes_its_spans_under_its_key(
    before: str, config: dict[str, str], expected: list[str]
) -> None:
    nlp = spacy.load(default_model())
    if before == "a span_ruler's group":
        ruler = nlp.add_pipe("span_ruler", config={"spans_key": "quotes"})
        ruler.add_patterns([{"label": "SEA", "pattern": "tide"}])
    nlp.add_pipe("quotes", config=config)
    doc = nlp(SAID)
    if before == "our own group":  # through a DocBin, as a corpus is saved, then read again
        doc = next(DocBin(docs=[doc]).get_docs(nlp.vocab))
        doc = nlp.get_pipe("quotes")(doc)
    key = config.get("spans_key", "quotes")
    assert sorted(doc.spans) == expected
    assert [(s.text, s.label_) for s in doc.spans[key]] == [
        ("The tide is turning,", "Orla Bright")
    ]


def test_a_group_another_component_wrote_under_the_key_is_refused_in_one_line() -> None:
    # the component replaced a span_ruler's `doc.spans["quotes"]` without a word
    nlp = spacy.load(default_model())
    ruler = nlp.add_pipe("span_ruler", config={"spans_key": "quotes"})
    ruler.add_patterns([{"label": "SEA", "pattern": "tide"}])
    nlp.add_pipe("quotes")
    with pytest.raises(ValueError, match=r"doc.spans\['quotes'\] holds 1 span another "
                       r"component wrote: .*config=\{'spans_key'"):
        nlp(SAID)
