"""The rows of one document: each quote found, with its speaker, cue, method, confidence
and cue class, and whether it belongs to the statements scope (:mod:`quotes.scope`).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from quotes.capital_names import cased_name
from quotes.confidence import confidence, row_doubts, speaker_kind, speaker_reach
from quotes.cue_classes import cue_class
from quotes.form_rows import Form
from quotes.found import MARKS, Found, char_tokens
from quotes.marks import find_quote_spans
from quotes.normalise import shown
from quotes.records import Quote
from quotes.scope import dropped_by
from quotes.statement_forms import statement_forms
from quotes.written_marks import speakers_as_written


def records(found: list[Found], text: str, norm: str, doc: Doc) -> list[Quote]:
    """The rows of `found`; a statement that relays a direct quote with a row of its own
    stays out of the statements scope (`Found.relays`, :func:`within_statement`), and a
    row the statements scope gives in another shape (:mod:`quotes.statement_forms`) is
    there replaced by the rows of that shape. Each speaker's name keeps the apostrophes
    the text writes in it (:mod:`quotes.written_marks`)."""
    out: list[Quote] = []
    # statements a cue-less quote goes on with: `all` has the two as one mixed row
    continued = {id(f.continues_statement) for f in found if f.continues_statement is not None}
    # quotes a cue-less one runs on from: `all` has the run as one row
    run_on = {id(f.continues_quote) for f in found if f.continues_quote is not None}
    for f in found:
        speaker, cue = f.speaker, f.cue
        kind = cue_class(cue)
        statement = (
            not (f.relays and _passes_on_a_source(f, found))
            and dropped_by(
                norm, f.type, char_tokens(doc, f.start, f.end), cue, speaker, f.method, kind,
                f.name,
            )
            is None
        )
        forms = statement_forms(f, norm, doc) if statement else None
        if forms is not None and _named_not_quoted(f, forms):
            # marks that only name (`announced a fund, called "Dry Year"`): the row is
            # reported speech, and is a statement only as reported speech is
            statement = dropped_by(
                norm, "indirect", char_tokens(doc, f.start, f.end), cue, speaker, f.method, kind
            ) is None
            forms = forms if statement else None
        passed = _passed_on(f, doc)
        if passed is not None and not statement and not _passive_kept(passed, norm, doc):
            # only the passive `was quoted as saying` passes on a row kept out as unsourced
            passed = None
        row = _row(f, text, norm, kind, statement and forms is None and passed is None)
        unmarked = _unmarked_row(f, text, norm, kind)
        out.append(
            replace(
                row,
                attribution=f.relayed_by is None
                and f.continues_relay is None
                and f.continues_statement is None
                and id(f) not in continued
                and f.continues_quote is None
                and id(f) not in run_on
                and f.lead_in is None
                and unmarked is None
                and not _said_by_no_one(f),
            )
        )
        if unmarked is not None:
            out.append(unmarked)
        if f.continues_relay is not None:
            out.append(_relay_row(f, f.continues_relay, text, norm))
        if f.continues_statement is not None:
            out.append(_continued_statement_row(f, f.continues_statement, text, norm))
        if f.continues_quote is not None and id(f) not in run_on:
            out.append(_quote_run_row(f, text, norm))
        if f.lead_in is not None and f.relayed_by is None:
            out.append(_lead_in_row(f, kind, text, norm))
        if passed is not None and forms is None:
            out.append(replace(_row(passed, text, norm, kind, True), attribution=False))
        for form in forms or ():
            said = passed or f
            shaped = replace(
                said, type=form.type, start=form.start, end=form.end, method=form.method
            )
            out.append(replace(_row(shaped, text, norm, kind, True), attribution=False))
    return speakers_as_written(out, text, norm)


def _passed_on(f: Found, doc: Doc) -> Found | None:
    """The statement a paper or agency passes on, as the quoted one's (`Found.passed_on`):
    `The agency quoted Ana Villa as saying that the roads had reopened` is Villa's
    statement in the statements scope, method `passed-on:object`; `all` keeps the
    agency's row, as PolNeAR annotates it. In the passive (`Ms Varga was quoted as saying
    that the deal was off`, method `passed-on:subject`) the row of `all` holds `as saying
    that` too (:mod:`quotes.unsourced`): the statement starts after them. None for any
    other row."""
    if f.passed_on is None:
        return None
    speaker, name = f.passed_on
    if f.speaker is None or f.speaker.start > speaker.start:
        content = char_tokens(doc, f.start, f.end)
        if content is None or len(content) < 3 or content[0].lower_ != "as":
            return None  # the row of the passive's subject itself: `Ms Varga`
        words = content[1:]
        while words and (words[0].tag_ == "VBG" or words[0].dep_ == "mark" or words[0].is_punct):
            words = words[1:]
        if not words:
            return None
        start = words[0].idx
        return replace(f, speaker=speaker, name=name, start=start, method="passed-on:subject")
    return replace(f, speaker=speaker, name=name, method="passed-on:object")


def _passive_kept(passed: Found, norm: str, doc: Doc) -> bool:
    """Whether a passive's row passed on to its subject (`Ms Varga was quoted as saying
    that the deal was off`: unsourced in `all`) is a statement."""
    return passed.method == "passed-on:subject" and dropped_by(
        norm,
        passed.type,
        char_tokens(doc, passed.start, passed.end),
        passed.cue,
        passed.speaker,
        passed.method,
        cue_class(passed.cue),
    ) is None


def _passes_on_a_source(relay: Found, found: list[Found]) -> bool:
    """Rule relay-of-no-source: whether a relay (`according to X`) passes on a statement
    that has a source of its own, which the statements scope then keeps instead. A
    passive with no agent inside it (`The staff were told by text, according to two
    nurses`) gives no one to keep: what the sentence reports is the relay's own account,
    and the relay's row stays a statement (`all` keeps the relay's row either way)."""
    return any(f.relayed_by is relay and f.speaker is not None for f in found)


def _said_by_no_one(f: Found) -> bool:
    """Whether a row is a direct quote that no rule found anyone to say: `--scope all`
    keeps attributions, and a quotation with no source is none (`The fog lifted. "We
    never saw the shore."` with no speaker before or after). The statements scope keeps
    it for a reader to check; PolNeAR and LitBank give every direct quote a source, so
    the row could only be wrong there."""
    return f.type == "direct" and f.speaker is None and f.name is None


def _named_not_quoted(f: Found, forms: list[Form]) -> bool:
    """Whether the statements scope gives a mixed row as indirect, its marks naming a
    thing or a person, not quoting anyone (:func:`quotes.statement_forms.naming_marks`)."""
    return f.type == "mixed" and all(form.type == "indirect" for form in forms)


def _relay_row(f: Found, relay: Found, text: str, norm: str) -> Quote:
    """The row `--scope all` gives for a cue-less quote that continues a relayed one:
    the relay's, as PolNeAR annotates it (`"We will win," Ruiz said, according to the
    Gazette. "Nobody can stop us."`: the second quote is the Gazette's too)."""
    relayed = replace(
        f, speaker=relay.speaker, cue=relay.cue, name=relay.name, method="relay-continued"
    )
    return replace(_row(relayed, text, norm, cue_class(relay.cue), False), attribution=True)


def _continued_statement_row(f: Found, statement: Found, text: str, norm: str) -> Quote:
    """The row `--scope all` gives for a cue-less quote that goes on from a statement
    reported in the sentence before (`Found.continues_statement`: `Ruiz promised that she would
    stay. "We are in this to the end."`): one mixed row from the statement's content to
    the quote's closing mark, as PolNeAR annotates it, with the statement's cue and
    speaker."""
    end = f.end
    while end < len(norm) and norm[end] in MARKS:
        end += 1
    method = "statement-continued:" + statement.method.split(":", 1)[-1]
    joined = replace(statement, type="mixed", end=end, method=method)
    return replace(_row(joined, text, norm, cue_class(statement.cue), False), attribution=True)


def _quote_run_row(last: Found, text: str, norm: str) -> Quote:
    """The row `--scope all` gives for quotations that run on as one (`Found.continues_quote`,
    :func:`quotes.continued_statements.runs_on_from`), at the last of them: one direct row
    from the first one's content to the last one's, with the first one's cue and
    speaker, as PolNeAR annotates it."""
    first = last
    while first.continues_quote is not None:
        first = first.continues_quote
    method = "quote-run:" + first.method.split(":", 1)[-1]
    run = replace(first, end=last.end, method=method)
    return replace(_row(run, text, norm, cue_class(first.cue), False), attribution=True)


def _lead_in_row(f: Found, kind: str | None, text: str, norm: str) -> Quote:
    """The row `--scope all` gives for a direct quote that words of its sentence lead in
    to (`Found.lead_in`: `Ruiz gave a blunt warning: "…"`, `Instead, "…"`): one mixed
    row from those words to the closing mark, as PolNeAR annotates it."""
    assert f.lead_in is not None
    start, end, rule = f.lead_in
    method = f"{rule}:{f.method.split(':', 1)[-1]}"
    led = replace(f, type="mixed", start=start, end=end, method=method)
    return replace(_row(led, text, norm, kind, False), attribution=True)


def _unmarked_row(f: Found, text: str, norm: str, kind: str | None) -> Quote | None:
    """Rule unmarked: the row `--scope all` gives for words a rule takes as said
    verbatim though no quote marks enclose them, a transcript's turn (`NAYAR: We will
    appeal.`), a signed post or an email under its header: indirect, or mixed when marks
    quote some of its words (`LEE: They called it 'a stunt'.`). PolNeAR types a row by
    its marks, direct only when they enclose every word, so its row there is never
    direct; the statements scope keeps the row direct. None for any other row, and for
    a turn whose words all stand inside marks (`NAYAR: "We will appeal."`)."""
    if f.type != "direct" or f.dash_turn:
        return None
    words = norm[f.start : f.end].strip()
    before = norm[: f.start].rstrip()
    if not words or words[0] in MARKS or (before and before[-1] in MARKS):
        return None
    kind_of_words = "mixed" if find_quote_spans(words) else "indirect"
    shaped = replace(f, type=kind_of_words, method="unmarked:" + f.method)
    return replace(_row(shaped, text, norm, kind, False), attribution=True)


def _row(f: Found, text: str, norm: str, kind: str | None, statement: bool) -> Quote:
    """The row of one found quote; `statement` says whether the statements scope keeps
    it, `kind` is its cue's class. Where the speaker is named is counted in the paragraph
    breaks of `norm`, what the parser read, where a line break that only wraps a sentence
    is a space (:mod:`quotes.line_wraps`): `"We won," ⏎ said Ana Ruiz.` is a row as sure
    as the same words on one line."""
    speaker, cue = f.speaker, f.cue
    speaker_start = None if speaker is None else speaker.start_char
    speaker_end = None if speaker is None else speaker.end_char
    name = None if f.name is None else cased_name(shown(f.name), text)
    cue_start = None if cue is None else cue.idx
    cue_end = None if cue is None else cue.idx + len(cue)
    return Quote(
        type=f.type,
        text=text[f.start : f.end],
        start=f.start,
        end=f.end,
        speaker=name,
        speaker_mention=None if speaker is None else text[speaker_start:speaker_end],
        speaker_start=speaker_start,
        speaker_end=speaker_end,
        cue=None if cue is None else text[cue.idx : cue.idx + len(cue)],
        cue_start=cue_start,
        cue_end=cue_end,
        method=f.method,
        confidence=confidence(
            f.method,
            f.type,
            kind,
            speaker_kind(speaker),
            statement,
            reach=speaker_reach(norm, f.start, f.end, speaker_start, speaker_end),
            doubts=row_doubts(
                text, f.start, f.end, name, speaker_start, speaker_end, cue_start, cue_end
            ),
        ),
        cue_class=kind,
        statement=statement,
    )


#: What may stand between a quote and the relay after it: its closing mark and
#: punctuation, `"…?" Varga said, according to the Post`.
_AFTER_QUOTE = " \t\n\"'”’,.?!"


def reach_back(statement: Found, quotes: list[Found], norm: str) -> None:
    """Start a relay (`according to X`) at the quote its clause signs when the parse ended
    the sentence at the quote's closing mark: in `"Why now?" Varga said at a rally,
    according to the Post` the clause is `Varga said at a rally`, but what the Post
    reports is the quote with it (PolNeAR's one mixed row; :func:`within_statement`
    then passes the quote on). Only for a quote right before the clause whose cue is in
    it."""
    if not statement.method.startswith("according-to"):
        return
    for quote in quotes:
        if (
            quote.type == "direct"
            and quote.cue is not None
            and statement.start <= quote.cue.idx < statement.end
            and quote.end <= statement.start
            and not norm[quote.end : statement.start].strip(_AFTER_QUOTE)
        ):
            opened = quote.start - 1
            statement.start = opened if opened >= 0 and norm[opened] in MARKS else quote.start
            statement.type = "mixed"
            return


def within_statement(quote: Found, statement: Found) -> bool:
    """Whether a direct quote is part of a statement reported by speech that also holds
    its cue: in `"We will win," Ruiz said, according to the Gazette` the quote and `said`
    are what the Gazette reports (PolNeAR's one row, in `--scope all`), but a fact-checker
    publishes Ruiz's words as Ruiz's: the direct row stays, the Gazette's row is left out
    of the statements scope, and a quote after it continues Ruiz. A quote inside what
    someone dreamed or thought is not passed on this way."""
    if quote.cue is None:
        return False
    at = quote.cue.idx
    # the cheap tests first: this is asked of every direct quote and every statement
    return (
        statement.start <= at < statement.end
        and statement.speaker is not None
        and 2 * (min(quote.end, statement.end) - max(quote.start, statement.start))
        >= quote.end - quote.start
        and cue_class(statement.cue) == "speech"
    )

